"""Ingest speed of the event store at 1k, 10k and 100k synthetic events: merge candidates by start window
(schema 3, `Store._find_same`) against the old rule (every event of the category and actor signature, on
the schema-2 database it ran on: `tests.test_store.LegacyStore`), side by side in the same run.

The events are those `benchmarks/app.py` builds its page-speed stores from (same generator, seed 7): 50
per article, two years of days, random country pairs, so a signature's candidate set grows with the store.
Each build goes to a fresh SQLite file in a temporary directory through `Store.ingest`, one transaction
per article. Columns:
  - build_s:      wall time of the whole build,
  - us_per_event: build_s per event,
  - tail_us:      time per event over the last 10% of articles (flat when ingest scales linearly),
  - events:       events stored after merging, and `same` whether both rules left identical events and
                  sources (a digest of both tables).
An old-rule build that passes --old-limit seconds is stopped and reported as skipped.

    python -m benchmarks.store [--sizes 1000,10000,100000] [--old-limit 60]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from benchmarks.table import write_results
from geotimeline.articles import Article
from geotimeline.events import CATEGORIES, DOMAINS, MODES, Event, EventActor
from geotimeline.gazetteer import Place
from geotimeline.store import Store
from tests.test_store import LegacyStore

# the workload of benchmarks/app.py
PLACES = [Place(f"Place {i}", random.Random(i).uniform(-50, 60), random.Random(-i).uniform(-170, 170), "city",
                None) for i in range(60)]
COUNTRIES = ["USA", "VEN", "RUS", "CHN", "IRN", "YEM", "GBR", "FRA", "COL", "CUB", "TTO", "BRA", "ISR", "SAU"]
ACTORS = [(f"{c} government", c) for c in COUNTRIES] + [(f"{c} navy", c) for c in COUNTRIES]
VERBS = ["deploys ships near", "meets envoys in", "warns", "sanctions", "patrols off", "signs accord with",
         "protests to", "seizes a tanker near"]
OUTLETS = [f"Outlet {i}" for i in range(12)]
PER_ARTICLE = 50


def synthetic_articles(n: int, seed: int = 7) -> Iterator[tuple[Article, list[Event]]]:
    """n synthetic events, PER_ARTICLE per article, spread over two years (also the stores of benchmarks/app.py)."""
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    for a in range(0, n, PER_ARTICLE):
        count = min(PER_ARTICLE, n - a)
        sentences = [f"Synthetic report {a + i}." for i in range(count)]
        art = Article(id=f"synthetic-{a}.txt", text=" ".join(sentences), title=f"Synthetic article {a}",
                      outlet=rng.choice(OUTLETS), published=first + timedelta(days=rng.randrange(730)),
                      source=f"synthetic-{a}.txt")
        events, offset = [], 0
        for i, sentence in enumerate(sentences):
            (src, sc), (tgt, tc) = rng.sample(ACTORS, 2)
            start = first + timedelta(days=rng.randrange(730))
            span = rng.random() < 0.2
            events.append(Event(
                summary=f"{src} {rng.choice(VERBS)} {tgt}", sentence=sentence, article=art.id,
                sentence_start=offset, sentence_end=offset + len(sentence), start=start,
                end=start + timedelta(days=rng.randrange(3, 40)) if span else start,
                granularity="range" if span else "day", date_text=start.isoformat(), date_source="text",
                category=rng.choice(CATEGORIES), domain=rng.choice(DOMAINS),
                actors=(EventActor(f"{src} unit {a + i}", sc, "source"), EventActor(tgt, tc, "target")),
                place=rng.choice(PLACES) if rng.random() < 0.9 else None, mode=rng.choice(MODES),
                confidence=0.7,
            ))
            offset += len(sentence) + 1
        yield art, events


def build(store: Store, n: int, limit: float | None) -> tuple[float, float, bool]:
    """Ingest n synthetic events; (seconds in all, seconds per event over the last 10% of articles,
    finished). Stops early, unfinished, once `limit` seconds have passed."""
    articles = -(-n // PER_ARTICLE)
    tail_from = articles - max(1, articles // 10)
    tail_events, tail_start = 0, None
    t0 = time.perf_counter()
    for index, (art, events) in enumerate(synthetic_articles(n)):
        if index == tail_from:
            tail_start = time.perf_counter()
        store.ingest(art, events)
        if tail_start is not None:
            tail_events += len(events)
        if limit is not None and time.perf_counter() - t0 > limit:
            return time.perf_counter() - t0, float("nan"), False
    end = time.perf_counter()
    return end - t0, (end - tail_start) / tail_events, True


def digest(store: Store) -> str:
    """Events (fields merging decides) and their sources, in id order."""
    h = hashlib.sha256()
    for sql in ("SELECT id, category, actor_sig, start, end, granularity, place_name FROM events"
                " WHERE deleted=0 ORDER BY id",
                "SELECT event_id, article_key, sentence_start FROM event_sources"
                " ORDER BY event_id, article_key, sentence_start"):
        for row in store.conn.execute(sql):
            h.update(repr(row).encode())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--old-limit", type=float, default=60.0, help="stop an old-rule build after this many s")
    args = parser.parse_args()
    rows, skipped = [], []
    with tempfile.TemporaryDirectory(prefix="geotimeline-bench-store-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            digests = {}
            for rule, opener, limit in (("start window (new)", Store, None),
                                        ("all of signature (old)", LegacyStore, args.old_limit)):
                path = Path(tmp) / f"{n}-{opener.__name__}.db"
                with opener(path) as store:
                    seconds, tail, finished = build(store, n, limit)
                    stored = store.count_events() if finished else None
                    digests[rule] = digest(store) if finished else None
                if not finished:
                    skipped.append(f"{rule} at {n}: stopped after {seconds:.1f} s (> {limit:.0f} s)")
                    rows.append([n, rule, "skipped", "", "", "", ""])
                    continue
                rows.append([n, rule, seconds, seconds / n * 1e6, tail * 1e6, stored, ""])
                print(f"{n:>7} {rule:<24} {seconds:.2f}s", file=sys.stderr)
            old = digests["all of signature (old)"]
            rows[-1][-1] = rows[-2][-1] = "-" if old is None else ("yes" if old == digests["start window (new)"]
                                                                  else "NO")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    write_results("store", ["n", "rule", "build_s", "us_per_event", "tail_us", "events", "same"], rows,
                  skipped=skipped,
                  note="Store.ingest of the benchmarks/app.py synthetic events, fresh file per build; "
                  "tail_us = microseconds per event over the last 10% of articles; same = identical events "
                  f"and sources under both rules. {os.cpu_count()} cores, load {load:.1f} at the end.")


if __name__ == "__main__":
    main()
