"""TimeBank + AQUAINT (TempEval-3 training data): the temporal tagger against plain dateparser.search_dates.

    python -m benchmarks.temporal [--limit N] [--baseline-limit N]

Per TIMEX3 type and overall: relaxed and strict span F1, type accuracy and value accuracy (over relaxed
matches) and value F1 (value accuracy x relaxed F1, as TempEval-3 defines it), plus documents per second.
Each file's DCT is the publication date. Our open ranges keep the range word in the span ("since 1990",
value "1990.."); TimeBank tags the bare expression, so the leading range word and the ".." are removed
before scoring; a closed range ("between 1994 and 1997") is scored as its two ends. ISO week numbers are
compared without a leading zero ("1998-W7" = "1998-W07"). Per-type rows: recall is over the gold mentions
of that type matched by a system mention of any type (so search_dates, which only says DATE, still "finds"
some durations); precision is over the system mentions of that type. Rows are reported for all files and
for the even/odd halves (by sorted file name), as a check against rules fitted to one half.
"""

from __future__ import annotations

import argparse
import html
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from benchmarks.table import corpus, write_results
from geotimeline.temporal import find_timexes

TYPES = ("DATE", "TIME", "DURATION", "SET")
_TAG = re.compile(r"<[^>]+>")
_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
_OPEN_WORD = re.compile(r"^(?:since|until|till|up\s+to|up\s+until|through|from|starting|beginning|as\s+of)\s+"
                        r"(?:(?:on|in)\s+)?", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    text: str
    dct: date
    gold: tuple[Mention, ...]


def read_doc(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S).group(1)
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text_parts: list[str] = []
    gold: list[Mention] = []
    pos = 0
    length = 0
    for m in _TIMEX.finditer(body):
        chunk = html.unescape(_TAG.sub("", body[pos:m.start()]))
        text_parts.append(chunk)
        length += len(chunk)
        inner = html.unescape(_TAG.sub("", m.group(2)))
        attrs = m.group(1)
        type_ = re.search(r'type="(\w+)"', attrs).group(1)
        value = re.search(r'value="([^"]*)"', attrs).group(1)
        gold.append(Mention(length, length + len(inner), type_, value))
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(html.unescape(_TAG.sub("", body[pos:])))
    return Doc(path.stem, "".join(text_parts), date.fromisoformat(dct), tuple(gold))


_RANGE_OPEN = re.compile(r"^(?:from|between)\s+", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:\b(?:to|until|till|through|thru|and)\b|-|–|—)\s*", re.I)
_WEEK = re.compile(r"-W0(\d)")


def ours(doc: Doc) -> list[Mention]:
    """Our expressions as TimeBank tags them: open ranges without the range word, closed ranges as two."""
    out = []
    for t in find_timexes(doc.text, doc.dct, "en"):
        start, value = t.start, t.value
        m = _OPEN_WORD.match(t.text)
        if (value.endswith("..") or value.startswith("..")) and m:
            start += m.end()
            value = value.strip(".")
        elif ".." in value.strip("."):
            a, b = value.split("..", 1)
            inner = t.text[_RANGE_OPEN.match(t.text).end() if _RANGE_OPEN.match(t.text) else 0:]
            offset = t.start + len(t.text) - len(inner)
            joins = list(_RANGE_JOIN.finditer(inner))
            if joins:
                j = joins[-1]
                out.append(Mention(offset, offset + j.start(), t.type, a))
                out.append(Mention(offset + j.end(), t.end, t.type, b))
                continue
        out.append(Mention(start, t.end, t.type, value))
    return out


def _same_value(a: str, b: str) -> bool:
    """Equal values; ISO week numbers compare without their leading zero (TimeBank writes "1998-W7")."""
    return a == b or _WEEK.sub(r"-W\1", a) == _WEEK.sub(r"-W\1", b)


def baseline(doc: Doc, lang: str = "en") -> list[Mention]:
    """Plain search_dates in the document's language, its DCT as RELATIVE_BASE: a day for all it finds."""
    from dateparser.search import search_dates

    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    found = search_dates(doc.text, languages=[lang], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for chunk, when in found:
        i = doc.text.find(chunk, pos)
        if i < 0:
            continue
        pos = i + len(chunk)
        out.append(Mention(i, pos, "DATE", when.date().isoformat()))
    return out


def score(docs: list[Doc], system: dict[str, list[Mention]], type_: str | None) -> dict[str, float]:
    tp_r = tp_s = n_sys = n_gold = type_ok = value_ok = sys_hit = 0
    for doc in docs:
        gold = [g for g in doc.gold if type_ is None or g.type == type_]
        sys_all = system[doc.name]
        sys = [s for s in sys_all if type_ is None or s.type == type_]
        n_gold += len(gold)
        n_sys += len(sys)
        used: set[int] = set()
        for g in gold:
            # relaxed match: any overlap, among all system mentions (type is scored separately)
            match = next((i for i, s in enumerate(sys_all) if i not in used and s.start < g.end and g.start < s.end),
                         None)
            if match is None:
                continue
            used.add(match)
            s = sys_all[match]
            tp_r += 1
            tp_s += s.start == g.start and s.end == g.end
            type_ok += s.type == g.type
            value_ok += _same_value(s.value, g.value)
        sys_hit += sum(1 for s in sys if any(s.start < g.end and g.start < s.end for g in doc.gold))
    # precision: this type's system mentions that overlap a gold mention; recall: this type's gold mentions
    # matched by a system mention of any type (type accuracy is reported apart)
    p_r = _safe(sys_hit, n_sys)
    r_r = _safe(tp_r, n_gold)
    p_s = _safe(tp_s * sys_hit / tp_r if tp_r else 0, n_sys)
    r_s = _safe(tp_s, n_gold)
    f_r = _f1(p_r, r_r)
    value_acc = _safe(value_ok, tp_r)
    return {"gold": n_gold, "system": n_sys, "relaxed_p": p_r, "relaxed_r": r_r, "relaxed_f1": f_r,
            "strict_f1": _f1(p_s, r_s), "type_acc": _safe(type_ok, tp_r), "value_acc": value_acc,
            "value_f1": value_acc * f_r}


def _safe(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def run(docs: list[Doc], fn) -> tuple[dict[str, list[Mention]], float]:
    t0 = time.perf_counter()
    out = {d.name: fn(d) for d in docs}
    return out, len(docs) / max(time.perf_counter() - t0, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="use only the first N files (0: all)")
    ap.add_argument("--baseline-limit", type=int, default=0, help="run search_dates on the first N files only")
    args = ap.parse_args()
    root = corpus("timebank")
    paths = sorted(root.rglob("*.tml"))
    if args.limit:
        paths = paths[:args.limit]
    docs = [read_doc(p) for p in paths]
    base_docs = docs[:args.baseline_limit] if args.baseline_limit else docs

    find_timexes("warm-up on Friday, May 4, 2025", date(2025, 5, 5), "en")
    mine, mine_speed = run(docs, ours)
    theirs, their_speed = run(base_docs, baseline)

    halves = {"all": docs, "even": docs[0::2], "odd": docs[1::2]}
    headers = ["system", "split", "type", "gold", "sys", "rel_P", "rel_R", "rel_F1", "strict_F1", "type_acc",
               "value_acc", "value_F1"]
    rows = []
    for system_name, system, pool in (("geotimeline", mine, docs), ("search_dates", theirs, base_docs)):
        names = {d.name for d in pool}
        for split, split_docs in halves.items():
            split_docs = [d for d in split_docs if d.name in names]
            if system_name == "search_dates" and split != "all":
                continue
            for type_ in (None, *TYPES):
                s = score(split_docs, system, type_)
                rows.append([system_name, split, type_ or "ALL", s["gold"], s["system"],
                             *(round(100 * s[k], 1) for k in ("relaxed_p", "relaxed_r", "relaxed_f1", "strict_f1",
                                                              "type_acc", "value_acc", "value_f1"))])
    print(f"documents: {len(docs)} (baseline on {len(base_docs)})")
    print(f"docs/second: geotimeline {mine_speed:.1f}, search_dates {their_speed:.2f}")
    write_results("temporal", headers, rows, documents=len(docs), baseline_documents=len(base_docs),
                  docs_per_second={"geotimeline": round(mine_speed, 2), "search_dates": round(their_speed, 3)})


if __name__ == "__main__":
    main()
