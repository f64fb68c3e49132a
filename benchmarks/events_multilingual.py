"""Events in Spanish and Russian (and English) news-style passages written and annotated for the project
(benchmarks/data/events_multilingual.jsonl: one passage per line with its text, published date, half, the
gold events with quotes copied from the text, and page furniture), through what a user gets from
`geotimeline extract`: each passage is written as a JSON Lines record (id, text, published; no language,
so the reader's own detection applies, as for a user's file) and read back by the reader, then run through
`extract_events`. The measures are those of benchmarks.voa_events (benchmarks.matching), per language and
half (the half each passage carries). Baseline: the spaCy parse baseline on the English passages only
(en_core_web_sm parses English; Russian is parsed by slovnet through geotimeline.udtree, Spanish is not parsed).

Run: python -m benchmarks.events_multilingual [--gold FILE]   (--gold copies FILE into benchmarks/data first)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.extraction import extract_records
from benchmarks.matching import HEADERS, TARGETS, Found, Tally, gold_of
from benchmarks.parse_baseline import parse_events
from benchmarks.table import write_results
from benchmarks.voa_events import found_of
from benchmarks.voa_gold import locate

DATA = Path(__file__).resolve().parent / "data" / "events_multilingual.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, help="copy this file to benchmarks/data/events_multilingual.jsonl first")
    args = ap.parse_args(argv)
    if args.gold:
        if not args.gold.is_file():
            print(f"error: {args.gold}: not found", file=sys.stderr)
            return 2
        shutil.copyfile(args.gold, DATA)
    if not DATA.exists():
        print(f"error: {DATA}: not found (give --gold FILE)", file=sys.stderr)
        return 2
    passages = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    extracted = extract_records({"id": p["id"], "text": p["text"], "published": p.get("published")} for p in passages)
    tallies: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    unplaced: list[str] = []
    misread: list[str] = []
    for p, (article, events) in zip(passages, extracted, strict=True):
        lang, text = p.get("lang") or "?", p["text"]
        if article.language != lang:
            misread.append(f"{p['id']}: read as {article.language}")
        gold, furniture = [], []
        for rec in p.get("events") or []:
            span = locate(str(rec.get("quote") or ""), text)
            if span is None:
                unplaced.append(f"{p['id']}: quote not found")
                continue
            gold.append(gold_of(rec, *span))
        for quote in p.get("furniture") or []:
            span = locate(quote, text)
            if span is not None:
                furniture.append(span)
        systems = {"geotimeline extract": [found_of(e) for e in events]}
        if lang == "en":
            systems["baseline: spaCy parse"] = [Found(e.sentence_start, e.sentence_end, e.category, e.source, e.target)
                                                for e in parse_events(text)]
        for system, found in systems.items():
            for half in (p.get("half") or "?", "all"):
                tallies[(system, lang, half)].add(found, gold, furniture)
    order = {"es": 0, "ru": 1, "en": 2, "looked-at": 0, "unseen": 1, "all": 2}
    keys = sorted(tallies, key=lambda k: (k[0] != "geotimeline extract", order.get(k[1], 9), order.get(k[2], 9)))
    rows = [[s, lang, half, *tallies[(s, lang, half)].row(dated=s == "geotimeline extract")] for s, lang, half in keys]
    rows.append(["target", "", "", "", "", f">= {TARGETS['found']:.2f}", f"<= {TARGETS['wrong source/target']:.2f}",
                 "", "", "", "", "", "", "", "0"])
    write_results("events_multilingual", ["system", "lang", "half", "passages", *HEADERS], rows,
                  passages=len(passages), quotes_not_found=unplaced, language_misread=misread, targets=TARGETS,
                  path="passages -> JSON Lines file -> geotimeline.articles.read_articles -> events.extract_events")
    for line in unplaced + misread:
        print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
