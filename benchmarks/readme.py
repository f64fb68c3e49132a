"""Writes the latest benchmark figures (benchmarks/results/*.json) into README.md.

    python -m benchmarks.readme [--check]

The block between the markers `<!-- benchmarks:start -->` and `<!-- benchmarks:end -->` is replaced by one
Markdown table per benchmark, with the command that produced it and when it ran. Nothing is measured
here: run the benchmarks first. `--check` exits 1 when the README is out of date with the results.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from benchmarks.table import RESULTS

README = RESULTS.parent.parent / "README.md"
START, END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"

Row = list[object]
# (name, heading, row filter): the order and the rows shown in the README; every row is in the JSON.
SECTIONS: tuple[tuple[str, str, Callable[[Row], bool]], ...] = (
    ("temporal", "Dates: TimeBank + AQUAINT (TempEval-3 training data), all files",
     lambda r: r[1] == "all"),
    ("temporal_agreement", "Dates: how consistently the TimeBank gold normalises the same wording",
     lambda r: True),
    ("temporal_multilingual", "Dates: Spanish, Russian and English passages written and annotated for the project",
     lambda r: True),
    ("places", "Naval incidents: ASAM reports, incident date and position, through `extract`", lambda r: True),
    ("places_before", "Naval incidents, ASAM: today's figures before the parse-based rebuild (issue 14)",
     lambda r: True),
    ("events", "Events: PLOVER gold records, category and actor roles, through `extract`", lambda r: True),
    ("events_before", "Events, PLOVER: today's figures before the parse-based rebuild (issue 14)", lambda r: True),
    ("voa_events", "Events in real news: VOA stories against a blind event gold, through `extract`", lambda r: True),
    ("voa_events_before", "Events, VOA: today's figures before the parse-based rebuild (issue 14)", lambda r: True),
    ("events_multilingual", "Events in Spanish and Russian passages written and annotated for the project",
     lambda r: True),
    ("events_multilingual_before", "Events, Spanish and Russian: today's figures before the parse-based rebuild "
     "(issue 14)", lambda r: True),
    ("throughput", "Throughput: VOA news stories, whole pipeline (`extract`: reader + extract_events)",
     lambda r: True),
    ("throughput_before", "Throughput: today's figures before the parse-based rebuild (issue 14)", lambda r: True),
    ("reading", "Reading: publication dates from datelines, main text from HTML", lambda r: True),
    ("charts", "Charts: figure build and browser render", lambda r: True),
    ("app", "App: headless Chromium against `streamlit run app.py`", lambda r: True),
    ("large_store", "App on a large PostgreSQL store: aggregates from SQL, and every event in memory as the baseline",
     lambda r: True),
    ("large_store_queries", "Large store, the store side of one view at 1M events: PostgreSQL and SQLite",
     lambda r: True),
    ("store", "Store: ingest with merging, synthetic events", lambda r: True),
)


def cell(value: object) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, float):
        if 0 < abs(value) <= 1 and not value.is_integer():
            return f"{value:.3f}"
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return str(value).replace("|", "\\|")


def section(name: str, heading: str, keep: Callable[[Row], bool]) -> str:
    path = RESULTS / f"{name}.json"
    if not path.exists():
        return f"**{heading}**: not measured yet (`python -m benchmarks.{name}`).\n"
    data = json.loads(path.read_text(encoding="utf-8"))
    headers = data["headers"]
    rows = [r for r in data["rows"] if keep(r)]
    lines = [
        f"**{heading}** — `{data['command']}`, measured {data['measured_at'][:10]} "
        f"(Python {data['python']}, {data['machine']})",
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(cell(c) for c in r) + " |" for r in rows),
    ]
    note = data.get("note") or data.get("notes")
    if isinstance(note, str) and note:
        lines += ["", f"_{note}_"]
    return "\n".join(lines) + "\n"


def render() -> str:
    return "\n".join(section(*s) for s in SECTIONS)


def updated(readme: str, block: str) -> str:
    if START not in readme or END not in readme:
        raise SystemExit(f"{README}: markers {START} / {END} not found")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block}{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when README.md is out of date")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    new = updated(current, render())
    if args.check:
        if new != current:
            print("README.md benchmark figures are out of date: run python -m benchmarks.readme")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"wrote the benchmark figures into {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
