"""Converts the blind VOA event annotation (/work/gold/voa_a.jsonl, voa_b.jsonl; format in its GUIDE.md) into
benchmarks/data/voa_events.jsonl, without the corpus text: each quote becomes its character offsets in the
story text (quote_start, quote_end) and a short sha1 of the quoted text (quote_sha1, to detect drift of the
corpus); page furniture likewise becomes a list of {start, end, sha1}. Every other field is kept as
annotated (summaries are the annotators' own words; names and date expressions are short mentions).

A quote is found exactly, else after folding typographic quotes, dashes and runs of white space (the
offsets are still those of the original text). Quotes not found are listed and left out.

Run: python -m benchmarks.voa_gold [GOLD_FILE ...]   (defaults: /work/gold/voa_a.jsonl /work/gold/voa_b.jsonl)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from pathlib import Path

from benchmarks.table import corpus

log = logging.getLogger(__name__)
OUT = Path(__file__).resolve().parent / "data" / "voa_events.jsonl"
DEFAULT = (Path("/work/gold/voa_a.jsonl"), Path("/work/gold/voa_b.jsonl"))
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " "})


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def stories() -> dict[int, dict]:
    lines = (corpus("voa") / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    return {i: json.loads(line) for i, line in enumerate(lines) if line.strip()}


def _folded(text: str) -> tuple[str, list[int]]:
    """The text with quotes/dashes folded and white space runs as one space, and each char's original offset."""
    out, where = [], []
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Character offsets of `quote` in `text`: exact, else after folding; None when not found."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    folded, where = _folded(text)
    q, _ = _folded(quote)
    at = folded.find(q.strip())
    if at < 0:
        return None
    end = at + len(q.strip()) - 1
    return where[at], where[end] + 1


def convert(paths: list[Path]) -> tuple[list[dict], list[str]]:
    texts = stories()
    out: list[dict] = []
    problems: list[str] = []
    for path in paths:
        annotator = re.sub(r"^voa_", "", path.stem)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                story = texts[int(rec["line"])]
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
                problems.append(f"{path}:{number}: unreadable record ({exc!r})")
                continue
            if str(rec.get("story")) != str(story["id"]):
                problems.append(f"{path}:{number}: story {rec.get('story')} is not line {rec['line']}'s ({story['id']})")
                continue
            text = story["text"]
            if "furniture" in rec:
                spans = []
                for quote in rec["furniture"] or []:
                    span = locate(quote, text)
                    if span is None:
                        problems.append(f"{path}:{number}: furniture not found in story {story['id']}")
                        continue
                    spans.append({"start": span[0], "end": span[1], "sha1": sha1(text[span[0]:span[1]])})
                out.append({"line": rec["line"], "story": str(story["id"]), "annotator": annotator, "furniture": spans})
                continue
            span = locate(str(rec.get("quote") or ""), text)
            if span is None:
                problems.append(f"{path}:{number}: quote not found in story {story['id']}")
                continue
            kept = {k: v for k, v in rec.items() if k != "quote"}
            out.append({**kept, "story": str(story["id"]), "annotator": annotator, "quote_start": span[0],
                        "quote_end": span[1], "quote_sha1": sha1(text[span[0]:span[1]])})
    return out, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=Path, nargs="*", default=list(DEFAULT))
    args = ap.parse_args(argv)
    missing = [p for p in args.files if not p.exists()]
    if missing:
        print(f"error: {', '.join(map(str, missing))}: not found", file=sys.stderr)
        return 2
    records, problems = convert(args.files)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    events = [r for r in records if "furniture" not in r]
    lines = sorted({r["line"] for r in records})
    print(f"wrote {OUT}: {len(events)} event records, {len(records) - len(events)} furniture lines, "
          f"{len(lines)} stories; {len(problems)} problems")
    for p in problems:
        print("  ", p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
