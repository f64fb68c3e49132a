"""Hostile input through the command line: nothing a reader can supply may hang the app or end in a traceback.

A corpus of hostile texts is generated (never stored in the repository): long capitalised words before
"the Pentagon said", repeated words and punctuation, markup, 200 KB single lines, deep nesting, many dates,
unicode oddities, binary-looking text, an article over the extraction cap. Each text is written as a .txt
file and run through `python -m geotimeline ingest FILE --db TMP` (into a store already holding one article)
and `python -m geotimeline extract FILE`. Recorded per input: seconds, exit codes, whether stderr held a
traceback, and whether a refused ingest changed the store. Reported: corpus size, slowest input and its
time, tracebacks, timeouts, stores changed on refusal.

Run: python -m benchmarks.hostile [--quick]   (--quick: one ending per family and size instead of four)
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from benchmarks.table import write_results
from geotimeline.events import MAX_TEXT_CHARS

TIMEOUT = 300  # seconds per command: a hang, not a slow run
PUBLISHED = "2025-05-05"
LEAD = "Officials met on Monday, "
ENDINGS = {"bare": "", "said": " said", "pentagon": " the Pentagon said.", "date": " on 12 March 2024."}
SIZES = (1_000, 20_000, 199_000)  # characters of hostile body: a paragraph, a long article, a 200 KB line


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _nested(n: int) -> str:
    opens, closes = "([{«“\"'", "'\"”»}])"
    depth = n // 2
    return "".join(opens[i % len(opens)] for i in range(depth)) + "".join(closes[i % len(closes)] for i in range(depth))


def _dates(n: int) -> str:
    months = ("January", "March", "May", "July", "October", "December")
    parts, i = [], 0
    while sum(map(len, parts)) < n:
        parts.append(f"on {i % 28 + 1} {months[i % 6]} {1990 + i % 40}, ")
        i += 1
    return "".join(parts)[:n]


def _unicode(n: int) -> str:
    pieces = ("\u200bRu\u200dssia ", "\u202eaivatkaR\u202c ", "e\u0301\u0301\u0301 ", "🇷🇺🚢 ", "ＡＢＣ　", "Рentagon ",
              "\ufeff", "\u00a0\u2028", "ﬁnal ", "İstanbul ")
    return _repeat("".join(pieces))(n)


def _binary(n: int) -> str:
    rng = random.Random(n)  # seeded: the same corpus every run
    return "".join(chr(rng.choice((rng.randint(1, 0x7f), rng.randint(0xa0, 0x2ff)))) for _ in range(n))


# family name -> body of about n characters
FAMILIES: dict[str, Callable[[int], str]] = {
    "capitalised word": lambda n: "A" + "a" * (n - 1),
    "capitals word": _repeat("A"),
    "Aaaa repeated": _repeat("Aaaa "),
    "word, repeated": _repeat("word, "),
    "dashes": _repeat("--- "),
    "digit run": _repeat("1"),
    "initials": _repeat("A."),
    "hyphenated capitals": _repeat("Aa-"),
    "name of name": _repeat("Aa of "),
    "parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "mixed nesting": _nested,
    "markup": _repeat("<div class=\"x\"><b>Navy</b> <script>alert(1)</script>&amp;&#0; "),
    "many dates": _dates,
    "run-on events": _repeat("Russia attacked China on 12 March 2024 and "),
    "unicode oddities": _unicode,
    "binary-looking": _binary,
}


def hostile_texts(sizes: tuple[int, ...] = SIZES, endings: dict[str, str] = ENDINGS) -> Iterator[tuple[str, str]]:
    """(name, text) for every family, size and ending, then one article over the extraction cap."""
    for family, make in FAMILIES.items():
        for n in sizes:
            for ending_name, ending in endings.items():
                yield f"{family} / {n:,} / {ending_name}", LEAD + make(n) + ending
    yield "over the cap", _repeat("The Navy seized a tanker on 3 May 2025. ")(MAX_TEXT_CHARS + 1_000)


def _store_digest(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' order by name")]
        h = hashlib.sha256()
        for t in tables:
            for row in con.execute(f'select * from "{t}" order by 1'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def _run(args: list[str]) -> tuple[float, int | None, str]:
    t = time.perf_counter()
    try:
        p = subprocess.run([sys.executable, "-m", "geotimeline", *args], capture_output=True, text=True,
                           timeout=TIMEOUT, errors="replace")
        return time.perf_counter() - t, p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t, None, ""


def _work(path: Path) -> float:
    """Seconds of reading and extraction in this process (the parser already loaded): the work per input, without
    the command's start-up (Python, spaCy and its weights, ~2-4 s), which every input pays alike."""
    from geotimeline.articles import InputError, read_articles
    from geotimeline.events import extract_events
    from geotimeline.pipeline import with_publication_date

    t = time.perf_counter()
    try:
        for article in with_publication_date(read_articles(path), date.fromisoformat(PUBLISHED)):
            extract_events(article)
    except InputError:
        pass  # refused with a message: also an end
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    endings = {"pentagon": ENDINGS["pentagon"]} if "--quick" in argv else ENDINGS
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        seed_db, seed_text = tmp / "seed.db", tmp / "seed.txt"
        seed_text.write_text("The Navy seized a tanker on 3 May 2025, the Pentagon said.\n", encoding="utf-8")
        startup, _, _ = _run(["--db", str(seed_db), "ingest", str(seed_text), "--published", PUBLISHED])
        from geotimeline.document import nlp_for

        nlp_for("en")
        for i, (name, text) in enumerate(hostile_texts(endings=endings)):
            path, db = tmp / f"input{i}.txt", tmp / f"store{i}.db"
            path.write_text(text, encoding="utf-8")
            shutil.copy(seed_db, db)
            before = _store_digest(db)
            t_ingest, rc_ingest, err_ingest = _run(["--db", str(db), "ingest", str(path), "--published", PUBLISHED])
            refused = rc_ingest != 0 or "failed" in err_ingest
            changed = refused and _store_digest(db) != before
            t_extract, rc_extract, err_extract = _run(["extract", str(path), "--published", PUBLISHED])
            traceback = "Traceback (most recent call last)" in err_ingest + err_extract
            work = _work(path)
            rows.append([name, len(text), round(t_ingest, 2), rc_ingest, round(t_extract, 2), rc_extract,
                         traceback, refused, changed, round(work, 2)])
            print(f"{i + 1}: {name}: ingest {t_ingest:.1f}s rc={rc_ingest}, extract {t_extract:.1f}s rc={rc_extract}"
                  f"{' TRACEBACK' if traceback else ''}", file=sys.stderr, flush=True)
            path.unlink()
            db.unlink()
    slowest = max(rows, key=lambda r: max(r[2], r[4]))
    slowest_work = max(rows, key=lambda r: r[9])
    summary = {
        "corpus_size": len(rows),
        "slowest_input": slowest[0],
        "slowest_seconds": max(slowest[2], slowest[4]),
        "tracebacks": sum(1 for r in rows if r[6]),
        "timeouts": sum(1 for r in rows if r[3] is None or r[5] is None),
        "refused": sum(1 for r in rows if r[7]),
        "store_changed_on_refusal": sum(1 for r in rows if r[8]),
        "slowest_work_input": slowest_work[0],
        "slowest_work_seconds": slowest_work[9],
        "inputs_over_5s_work": sum(1 for r in rows if r[9] >= 5),
        "command_startup_seconds": round(startup, 2),
        "timeout_seconds": TIMEOUT,
        "quick": "--quick" in argv,
    }
    write_results("hostile", ["input", "chars", "ingest s", "ingest rc", "extract s", "extract rc", "traceback",
                              "refused", "store changed", "work s"], rows, summary=summary)
    print(summary)


if __name__ == "__main__":
    main()
