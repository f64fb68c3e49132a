"""Exploring a large store (issue 16, item 4): the app's page on 100k and 1M synthetic events in PostgreSQL.

A throw-away PostgreSQL server (tests/pg.py) holds one database per size. The stores are filled by COPY of generated
rows straight into the tables: a benchmark fixture, not the ingest path (1M events through `Store.ingest` would take
hours). The rows have the shape of `benchmarks.store.synthetic_articles`: 50 events per article, a source and a
target actor each (14 countries), one source sentence, 90% placed at one of 60 places, 20% ranges, two years.
The page is then served with the large store path (GEOTIMELINE_LARGE_STORE=1: aggregates from SQL) and, at the sizes
in --memory-sizes, with the in-memory path (every event in one pandas frame) as the baseline, in the same run.
Playwright measures as benchmarks/app.py does (`measure`): open (first visit, cold), reopen, filter and clear (a
search), their *_drawn variants (until plotly.js has drawn both charts), select_drawn (a click on a timeline mark);
the Streamlit process's peak resident memory is its VmHWM (/proc/PID/status) when the visits are over.

    python -m benchmarks.large_store [--sizes 100000,1000000] [--memory-sizes 100000] [--repeat 2]

With --queries, no browser: the store-side work of one view (sidebar options, then the one-statement summary of
count, bins, places and latest ids) without a filter and with a search, timed on PostgreSQL and on a SQLite file
holding the same rows (written with executemany), into benchmarks/results/large_store_queries.json.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from datetime import date

import numpy as np
import pandas as pd

from benchmarks.app import Server, measure
from benchmarks.store import ACTORS, OUTLETS, PER_ARTICLE, PLACES, VERBS
from benchmarks.table import write_results
from geotimeline.events import CATEGORIES, DOMAINS, MODES
from geotimeline.store import Store
from tests import pg
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS

CHUNK = 100_000  # rows per COPY


def generated(n: int, seed: int = 7) -> dict[str, pd.DataFrame]:
    """The rows of the four tables for n events (vectorised: a million events in a few seconds)."""
    rng = np.random.default_rng(seed)
    ids = np.arange(1, n + 1)
    art = (ids - 1) // PER_ARTICLE
    n_art = int(art[-1]) + 1
    first = np.datetime64(date(2024, 1, 1))
    days = first + rng.integers(0, 730, n).astype("timedelta64[D]")
    span = rng.random(n) < 0.2
    ends = np.where(span, days + rng.integers(3, 40, n).astype("timedelta64[D]"), days)
    src = rng.integers(0, len(ACTORS), n)
    tgt = (src + rng.integers(1, len(ACTORS), n)) % len(ACTORS)
    names = np.array([a[0] for a in ACTORS], dtype=object)
    countries = np.array([a[1] for a in ACTORS], dtype=object)
    place = rng.integers(0, len(PLACES), n)
    placed = rng.random(n) < 0.9
    category = np.array(CATEGORIES, dtype=object)[rng.integers(0, len(CATEGORIES), n)]
    sig = "source:" + countries[src] + "|target:" + countries[tgt]
    start = pd.Series(days.astype(str))
    key = pd.Series(art).map("k{:08d}".format)
    sentence = pd.Series(ids).map("Synthetic report {}.".format)
    events = pd.DataFrame({
        "id": ids, "summary": names[src] + " " + np.array(VERBS, dtype=object)[rng.integers(0, len(VERBS), n)]
        + " " + names[tgt], "category": category, "domain": np.array(DOMAINS, dtype=object)[rng.integers(0, len(DOMAINS), n)],
        "start": start, "end": pd.Series(ends.astype(str)), "granularity": np.where(span, "range", "day"),
        "date_text": start, "date_source": "text",
        "place_name": np.where(placed, np.array([p.name for p in PLACES], dtype=object)[place], None),
        "lat": np.where(placed, np.array([p.lat for p in PLACES])[place], np.nan),
        "lon": np.where(placed, np.array([p.lon for p in PLACES])[place], np.nan),
        "place_kind": np.where(placed, "city", None), "place_inferred": 0,
        "mode": np.array(MODES, dtype=object)[rng.integers(0, len(MODES), n)], "confidence": 0.7,
        "actor_sig": sig, "edited": 0, "deleted": 0, "vessels": "[]", "version": 1,
    })
    actors = pd.DataFrame({
        "event_id": np.repeat(ids, 2), "pos": np.tile([0, 1], n),
        "name": np.ravel(np.column_stack([names[src] + " unit " + ids.astype(str).astype(object), names[tgt]])),
        "country": np.ravel(np.column_stack([countries[src], countries[tgt]])),
        "role": np.tile(np.array(["source", "target"], dtype=object), n),
    })
    lengths = sentence.str.len().to_numpy() + 1
    within = np.arange(n) % PER_ARTICLE
    cum = np.cumsum(lengths) - lengths
    offsets = cum - cum[ids - 1 - within]
    sources = pd.DataFrame({"event_id": ids, "article_key": key, "sentence": sentence, "sentence_start": offsets,
                            "sentence_end": offsets + lengths - 1, "category": category, "actor_sig": sig})
    a_ids = np.arange(n_art)
    published = first + rng.integers(0, 730, n_art).astype("timedelta64[D]")
    texts = sentence.groupby(art).agg(" ".join)
    articles = pd.DataFrame({
        "key": pd.Series(a_ids).map("k{:08d}".format), "ext_id": pd.Series(a_ids).map("synthetic-{}.txt".format),
        "title": pd.Series(a_ids).map("Synthetic article {}".format),
        "outlet": np.array(OUTLETS, dtype=object)[rng.integers(0, len(OUTLETS), n_art)],
        "url": "", "published": published.astype(str), "language": "en", "text": texts.to_numpy(),
        "source": pd.Series(a_ids).map("synthetic-{}.txt".format),
        "n_sources": np.bincount(art, minlength=n_art), "collection": "My articles",
    })
    return {"articles": articles, "events": events, "event_actors": actors, "event_sources": sources}


def fill(url: str, n: int) -> None:
    """A store of n generated events: the schema made by `Store` (migrations), the rows COPYed in."""
    import psycopg

    Store(url).close()
    tables = generated(n)
    with psycopg.connect(url, autocommit=True) as conn:
        for table, frame in tables.items():
            columns = ", ".join(f'"{c}"' for c in frame.columns)
            for at in range(0, len(frame), CHUNK):
                buffer = io.StringIO()
                frame.iloc[at:at + CHUNK].to_csv(buffer, sep="\t", header=False, index=False, na_rep="\\N")
                with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    copy.write(buffer.getvalue())
        conn.execute("SELECT setval(pg_get_serial_sequence('events', 'id'), %s)", (n,))
        conn.execute("ANALYZE")


def fill_sqlite(path: str, n: int) -> None:
    import sqlite3

    Store(path).close()
    with sqlite3.connect(path) as conn:
        for table, frame in generated(n).items():
            marks = ", ".join("?" * len(frame.columns))
            rows = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
            conn.executemany(f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in frame.columns)})"
                             f" VALUES ({marks})", rows)
        conn.execute("ANALYZE")


def query_times(target: str, repeat: int) -> dict[str, float]:
    """Seconds (best of `repeat`) of the store-side work of one view, on a store of generated rows."""
    from geotimeline.filters import ViewState
    from geotimeline.store import aggregates

    out: dict[str, float] = {}
    with Store(target) as store:
        for label, work in (
            ("options", lambda: aggregates.options(store)),
            ("summary", lambda: aggregates.summary(store, aggregates.where(ViewState()), "domain")),
            ("summary_search", lambda: aggregates.summary(store, aggregates.where(ViewState(search="sanctions")),
                                                          "domain")),
        ):
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                work()
                times.append(time.perf_counter() - t)
            out[label] = min(times)
    return out


def queries(sizes: list[int], repeat: int) -> None:
    import tempfile

    server, reason = pg.start()
    if server is None:
        sys.exit(f"no PostgreSQL server: {reason}")
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="geotimeline-large-") as tmp:
            for n in sizes:
                url, path = server.create_database(), f"{tmp}/events-{n}.db"
                fill(url, n)
                fill_sqlite(path, n)
                for backend, target in (("postgresql", url), ("sqlite", path)):
                    load = os.getloadavg()[0]
                    m = query_times(target, repeat)
                    rows.append([n, backend, m["options"], m["summary"], m["summary_search"],
                                 round(max(load, os.getloadavg()[0]), 1)])
                    print(rows[-1], file=sys.stderr)
                server.drop_database(url)
    finally:
        server.stop()
    write_results("large_store_queries", ["events", "backend", "options_s", "summary_s", "summary_search_s",
                                          "load_avg"], rows, command="python -m benchmarks.large_store --queries",
                  note=f"seconds, best of {repeat}; summary = count, bins, places and latest ids in one statement; "
                  "search = 'sanctions'; 2 cores shared with other jobs.")


def peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def save(rows: list[list[object]]) -> None:
    write_results("large_store", ["events", "path", "open_s", "reopen_s", "filter_drawn_s", "clear_drawn_s",
                                  "select_drawn_s", "peak_rss_mb", "load_avg", "store_fill_s"], rows,
                  note="PostgreSQL 15 on the same machine; seconds, medians of the visits; open = first visit (cold "
                  "caches); *_drawn = until plotly.js has drawn both charts after a search ('sanctions') or its "
                  "clearing, or a click on a timeline mark; peak_rss_mb = the Streamlit process's VmHWM; load_avg = "
                  "the 1-minute load average (the higher of before and after) on 2 cores shared with other jobs.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--memory-sizes", default="100000", help="sizes also served with the in-memory path")
    parser.add_argument("--repeat", type=int, default=2, help="page visits per configuration (first is cold)")
    parser.add_argument("--queries", action="store_true", help="time the store-side queries only (no browser)")
    args = parser.parse_args()
    if args.queries:
        queries([int(s) for s in args.sizes.split(",")], max(args.repeat, 3))
        return
    from playwright.sync_api import sync_playwright

    server, reason = pg.start()
    if server is None:
        sys.exit(f"no PostgreSQL server: {reason}")
    memory_sizes = {int(s) for s in args.memory_sizes.split(",") if s}
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for n in (int(s) for s in args.sizes.split(",")):
                url = server.create_database()
                t = time.perf_counter()
                fill(url, n)
                build = time.perf_counter() - t
                variants = [("large store (SQL)", "1")] + ([("in memory (baseline)", str(10 * n))]
                                                            if n in memory_sizes else [])
                for label, threshold in variants:
                    os.environ["GEOTIMELINE_LARGE_STORE"] = threshold  # Server passes the environment on
                    load = os.getloadavg()[0]
                    app = Server(url, cache=True)  # type: ignore[arg-type] - a URL is a store target too
                    try:
                        m = measure(browser, app.base, args.repeat)
                        peak = peak_rss_mb(app.proc.pid)
                    finally:
                        app.stop()
                    load = max(load, os.getloadavg()[0])
                    rows.append([n, label, m["open"], m["reopen"], m["filter_drawn"], m["clear_drawn"],
                                 m["select_drawn"], round(peak), round(load, 1), round(build, 1)])
                    save(rows)  # after every configuration: a run cut short keeps what it measured
                    print(f"{n:>8} {label:<22} open {m['open']:.2f}s reopen {m['reopen']:.2f}s filter_drawn "
                          f"{m['filter_drawn']:.2f}s clear_drawn {m['clear_drawn']:.2f}s select_drawn "
                          f"{m['select_drawn']:.2f}s peak {peak:.0f} MB load {load:.1f}", file=sys.stderr)
                server.drop_database(url)
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
