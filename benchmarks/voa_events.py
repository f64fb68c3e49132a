"""Events in real news: VOA stories against the blind event gold (benchmarks/data/voa_events.jsonl, made by
benchmarks.voa_gold from the annotators' files), through what a user gets from `geotimeline extract`.

Every annotated story is written as a JSON Lines record (id, text, title, its published date, outlet "VOA")
and read back by the reader, as the CLI reads a file, then run through `extract_events`
(benchmarks.extraction). Events are matched to gold records one to one within a story (benchmarks.matching:
the event's sentence overlaps the gold quote; same category preferred, then the nearest).

Measures, per half (looked-at = even story line, unseen = odd) and all:
- found: share of the gold developments (kind "development") matched by an event (target >= 80%);
- wrong source/target: share of matched events that name a source country not among the gold source
  countries, or a target country not among the gold target countries (target <= 5%); swapped: how many
  of them put a gold source country as target or a gold target country as source;
- category accuracy of the matched events; date: same day (gold gives a day) and same month (gold gives a
  month or a day); place within 161 km (gold gives a place; none = miss);
- events in sentences that no gold record quotes (share of all events: the annotators judged nothing there
  a development); events on page furniture (captions, credits; target 0).
Side by side in the same run: the spaCy parse baseline (benchmarks.parse_baseline; no dates or places).
When a story was annotated twice, the first annotation file's records are used.

Run: python -m benchmarks.voa_gold && python -m benchmarks.voa_events
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.extraction import countries, extract_records
from benchmarks.matching import HEADERS, TARGETS, Found, Gold, Tally, gold_of
from benchmarks.parse_baseline import parse_events
from benchmarks.table import write_results
from benchmarks.voa_gold import OUT as GOLD
from benchmarks.voa_gold import sha1, stories
from geotimeline.events import Event


def found_of(e: Event) -> Found:
    return Found(e.sentence_start, e.sentence_end, e.category, frozenset(countries(e, "source")),
                 frozenset(countries(e, "target")), e.start, e.granularity == "day",
                 (e.place.lat, e.place.lon) if e.place else None)


def load_gold(texts: dict[int, dict]) -> tuple[dict[int, list[Gold]], dict[int, list[tuple[int, int]]], list[str]]:
    """Gold records and furniture spans per story line; records whose quote no longer matches are dropped."""
    if not GOLD.exists():
        sys.exit(f"{GOLD}: not found; run python -m benchmarks.voa_gold first")
    gold: dict[int, list[Gold]] = defaultdict(list)
    furniture: dict[int, list[tuple[int, int]]] = defaultdict(list)
    owner: dict[int, str] = {}
    drift = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        n = int(rec["line"])
        if owner.setdefault(n, rec.get("annotator", "")) != rec.get("annotator", ""):
            continue  # annotated twice: the first file's annotation is used
        text = texts[n]["text"]
        spans = rec["furniture"] if "furniture" in rec else [
            {"start": rec["quote_start"], "end": rec["quote_end"], "sha1": rec["quote_sha1"]}]
        if any(sha1(text[s["start"]:s["end"]]) != s["sha1"] for s in spans):
            drift.append(f"line {n}: the corpus text changed under a quote")
            continue
        if "furniture" in rec:
            furniture[n].extend((s["start"], s["end"]) for s in spans)
        else:
            gold[n].append(gold_of(rec, rec["quote_start"], rec["quote_end"]))
    lines = sorted(set(gold) | set(furniture))
    return {n: gold.get(n, []) for n in lines}, furniture, drift


def main() -> None:
    texts = stories()
    gold, furniture, drift = load_gold(texts)
    lines = list(gold)
    extracted = extract_records({"id": str(texts[n]["id"]), "text": texts[n]["text"], "title": texts[n].get("title", ""),
                                 "published": texts[n].get("published"), "outlet": "VOA"} for n in lines)
    systems = ("geotimeline extract", "baseline: spaCy parse")
    tallies = {(s, h): Tally() for s in systems for h in ("looked-at", "unseen", "all")}
    for n, (article, events) in zip(lines, extracted, strict=True):
        per_system = {systems[0]: [found_of(e) for e in events],
                      systems[1]: [Found(p.sentence_start, p.sentence_end, p.category, p.source, p.target)
                                   for p in parse_events(article.text)]}
        for system, found in per_system.items():
            for half in ("looked-at" if n % 2 == 0 else "unseen", "all"):
                tallies[(system, half)].add(found, gold[n], furniture.get(n, []))
    rows = [[s, h, *t.row(dated=s == systems[0])] for (s, h), t in tallies.items()]
    rows.append(["target", "", "", "", f">= {TARGETS['found']:.2f}", f"<= {TARGETS['wrong source/target']:.2f}",
                 "", "", "", "", "", "", "", "0"])
    write_results("voa_events", ["system", "half", "stories", *HEADERS], rows,
                  gold=str(GOLD.relative_to(Path(__file__).resolve().parent.parent)), gold_stories=len(lines),
                  gold_drift=drift, targets=TARGETS,
                  path="stories -> JSON Lines file -> geotimeline.articles.read_articles -> events.extract_events",
                  note=f"Gold: {len(lines)} of {len(texts)} VOA stories annotated so far (blind annotators).")
    if drift:
        print("gold records dropped (corpus drift):", *drift, sep="\n  ")


if __name__ == "__main__":
    main()
