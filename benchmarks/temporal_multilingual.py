"""Spanish and Russian (and a little English) dates: the temporal tagger against plain dateparser.search_dates.

    python -m benchmarks.temporal_multilingual

There is no public Spanish or Russian TIMEX3 corpus beside the repository, so this set is our own:
`benchmarks/data/temporal_multilingual.jsonl`, news-style passages written for the project and annotated by
hand, blind to the tagger's output (the annotator did not run or read the tagger), by the conventions of the
issue's contract: ISO-TimeML values against each passage's publication date, a closed range as one expression
("del 4 al 9 de mayo" -> "2025-05-04..2025-05-09"), an open range with its range word ("desde septiembre" ->
"2025-09.."). Scored per language as `benchmarks.temporal` scores TimeBank: relaxed and strict span F1, type
and value accuracy over relaxed matches, value F1 (value accuracy x relaxed F1), with our expressions as the
tagger gives them (no TimeBank-specific reshaping). search_dates runs with the passage's language and the
publication date as RELATIVE_BASE, and says DATE with a day for everything it finds.

Rows are given for all passages and for two halves by position in the file: "looked-at" (1st, 3rd, ...
passage of each language), whose errors may be read while improving the tagger, and "unseen" (2nd, 4th,
...), whose errors are not read, so it stays a held-out check on rules fitted to the first half.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from benchmarks.table import write_results
from benchmarks.temporal import TYPES, Doc, Mention, baseline, run, score
from geotimeline.temporal import find_timexes

DATA = Path(__file__).resolve().parent / "data" / "temporal_multilingual.jsonl"
LANGS = ("es", "ru", "en")


def load(path: Path = DATA) -> dict[str, list[Doc]]:
    """The passages by language, with the gold mentions located in order in their text."""
    out: dict[str, list[Doc]] = {lang: [] for lang in LANGS}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        text, pos, gold = rec["text"], 0, []
        for g in rec["gold"]:
            i = text.find(g["text"], pos)
            if i < 0:
                raise SystemExit(f"{path}:{n}: gold text {g['text']!r} not found in order in {rec['id']}")
            gold.append(Mention(i, i + len(g["text"]), g["type"], g["value"]))
            pos = i + len(g["text"])
        out.setdefault(rec["lang"], []).append(Doc(f"{rec['id']}", text, date.fromisoformat(rec["published"]),
                                                   tuple(gold)))
    return out


def ours(doc: Doc, lang: str) -> list[Mention]:
    return [Mention(t.start, t.end, t.type, t.value) for t in find_timexes(doc.text, doc.dct, lang)]


def main() -> None:
    by_lang = load()
    find_timexes("warm-up el viernes 4 de mayo de 2025", date(2025, 5, 5), "es")
    headers = ["system", "lang", "split", "type", "gold", "sys", "rel_P", "rel_R", "rel_F1", "strict_F1", "type_acc",
               "value_acc", "value_F1"]
    rows, speed = [], {}
    for name, fn in (("geotimeline", ours), ("search_dates", baseline)):
        for lang in LANGS:
            docs = by_lang.get(lang, [])
            if not docs:
                continue
            system, per_s = run(docs, lambda d, lang=lang, fn=fn: fn(d, lang))
            speed[f"{name}/{lang}"] = round(per_s, 1)
            for split, part in (("all", docs), ("looked-at", docs[0::2]), ("unseen", docs[1::2])):
                types = (None, *TYPES) if split == "all" and name == "geotimeline" else (None, "DATE")
                for type_ in types:
                    s = score(part, system, type_)
                    if not s["gold"] and not s["system"]:
                        continue
                    rows.append([name, lang, split, type_ or "ALL", s["gold"], s["system"],
                                 *(round(100 * s[k], 1) for k in ("relaxed_p", "relaxed_r", "relaxed_f1",
                                                                  "strict_f1", "type_acc", "value_acc",
                                                                  "value_f1"))])
    counts = {lang: len(docs) for lang, docs in by_lang.items()}
    print(f"passages: {counts}; passages/second: {speed}")
    write_results("temporal_multilingual", headers, rows, passages=counts, passages_per_second=speed)


if __name__ == "__main__":
    main()
