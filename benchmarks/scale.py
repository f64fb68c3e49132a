"""Scale: archive ingest on one process vs Dask workers, into SQLite and PostgreSQL; and a concurrency run of
several ingest processes and editors against one PostgreSQL store.

    python -m benchmarks.scale [--n 500] [--seconds 40]

Articles: the VOA stories (../shared/corpora/voa), repeated with varied ids, titles, URLs and a distinct last
line so each copy is a new article (its events merge with the earlier copies' as reports of one development).
Dask runs are timed on a started, warmed cluster (spaCy loaded on every worker); the start is reported apart.
PostgreSQL is a throw-away server (tests/pg.py). Writes results to benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import tempfile
import time
from functools import partial
from pathlib import Path

from benchmarks.extraction import read_records
from benchmarks.table import corpus, write_results
from geotimeline.archive import Extracted, extract_partition, ingest_archive, partitions
from geotimeline.articles import Article
from geotimeline.pipeline import ingest_articles
from geotimeline.store import EditConflict, Store


def load(n: int) -> list[Article]:
    lines = (corpus("voa") / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    stories = [json.loads(line) for line in lines if line.strip()]
    records = []
    for k in range(n):
        r = stories[k % len(stories)]
        copy = k // len(stories)
        records.append({"id": f"{r['id']}-{copy}", "title": f"{r.get('title', '')} ({copy})",
                        "url": f"{r.get('url', '')}?copy={copy}", "published": r.get("published"), "outlet": "VOA",
                        "text": r["text"] + ("" if copy == 0 else f"\n\nCopy {copy} of this story.")})
    return read_records(records)


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _row(label: str, backend: str, workers: int, seconds: float, store: Store, n: int) -> list:
    return [label, backend, workers, n, round(seconds, 1), round(n / seconds, 2), store.count_articles(),
            store.count_events(), store.check() == []]


def _warm_cluster(workers: int, sample: Article):
    from dask.distributed import Client, LocalCluster

    start = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    client.run(extract_partition, [sample])  # every worker loads the parser before the clock starts
    return cluster, client, time.perf_counter() - start


def throughput(articles: list[Article], server, tmp: Path) -> tuple[list[list], dict]:
    rows, extra = [], {}
    n = len(articles)
    with Store(tmp / "serial.db") as store:
        seconds, _ = _timed(lambda: ingest_articles(store, articles))
        rows.append(_row("serial (1 process)", "sqlite", 1, seconds, store, n))
    for workers in (1, 2):
        cluster, client, started = _warm_cluster(workers, articles[0])
        extra[f"cluster_start_s_{workers}"] = round(started, 1)
        try:
            with Store(tmp / f"dask{workers}.db") as store:
                seconds, _ = _timed(partial(ingest_archive, store, str(tmp / f"dask{workers}.db"), articles,
                                            scheduler=cluster.scheduler_address))
                rows.append(_row("dask", "sqlite", workers, seconds, store, n))
            if server is not None:
                url = server.create_database()
                with Store(url) as store:
                    seconds, _ = _timed(partial(ingest_archive, store, url, articles,
                                                scheduler=cluster.scheduler_address))
                    rows.append(_row("dask", "postgresql", workers, seconds, store, n))
        finally:
            client.close()
            cluster.close()
    for backend in ("sqlite", "postgresql"):
        rate = {r[2]: r[5] for r in rows if r[0] == "dask" and r[1] == backend}
        if 1 in rate and 2 in rate:
            extra[f"scaling_2_vs_1_{backend}"] = round(rate[2] / rate[1], 2)
    return rows, extra


# ---- concurrency: ingest processes and editors on one PostgreSQL store ---------------------------------------
def _ingester(url: str, work: list[tuple[Article, tuple]], seed: int, deadline: float, out) -> None:
    order = list(range(len(work)))
    random.Random(seed).shuffle(order)
    added = 0
    with Store(url, pool_size=1) as store:
        for i in order:
            if time.time() > deadline:
                break
            article, events = work[i]
            added += store.ingest(article, events).article_added
    out.put(("ingest", seed, added))


def _editor(url: str, who: int, deadline: float, out) -> None:
    rng = random.Random(who)
    done = refused = 0
    mine: list[tuple[int, str]] = []  # (event id, summary) of every edit this editor saved
    with Store(url, pool_size=1) as store:
        while time.time() < deadline:
            ids = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE deleted=0 ORDER BY id LIMIT 5")]
            if not ids:
                time.sleep(0.05)
                continue
            event_id = rng.choice(ids)
            seen = store.event(event_id)
            if seen is None:
                continue
            time.sleep(rng.random() * 0.02)  # a person reading before saving: the other editor may save first
            summary = f"edit {done + refused} by editor {who}"
            try:
                store.update_event(event_id, version=seen.version, summary=summary)
                done += 1
                mine.append((event_id, summary))
            except EditConflict:
                refused += 1
    out.put(("edit", who, done, refused, mine))


def concurrency(work: list[tuple[Article, tuple]], server, seconds: float) -> dict:
    url = server.create_database()
    Store(url).close()  # migrated once before the processes start
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    deadline = time.time() + seconds
    procs = [ctx.Process(target=_ingester, args=(url, work, seed, deadline, out)) for seed in range(4)]
    procs += [ctx.Process(target=_editor, args=(url, who, deadline, out)) for who in range(2)]
    for p in procs:
        p.start()
    reports = [out.get(timeout=seconds + 600) for _ in procs]
    for p in procs:
        p.join()
    ingested = [r for r in reports if r[0] == "ingest"]
    edits = [r for r in reports if r[0] == "edit"]
    with Store(url) as store:
        keys = {a.fingerprint for a, _ in work}
        stored = {r[0] for r in store.conn.execute("SELECT key FROM articles")}
        rows = store.conn.execute("SELECT count(*), count(DISTINCT (event_id, article_key, sentence_start))"
                                  " FROM event_sources").fetchone()
        logged = store.conn.execute("SELECT count(*) FROM edits WHERE action='update'").fetchone()[0]
        last = {r[0]: r[1] for r in store.conn.execute(
            "SELECT event_id, new FROM edits WHERE id IN (SELECT max(id) FROM edits WHERE action='update'"
            " GROUP BY event_id)")}
        current = {e.id: e.event.summary for e in store.events()}
        saved = sum(r[2] for r in edits)
        with_reference = Store(Path(tempfile.mkdtemp()) / "ref.db")
        for article, events in work:
            if article.fingerprint in stored:
                with_reference.ingest(article, events)
        reference_sources = with_reference.conn.execute("SELECT count(*) FROM event_sources").fetchone()[0]
        with_reference.close()
        return {
            "seconds": seconds, "ingest_processes": 4, "editors": 2, "articles_offered": len(work),
            "articles_added_by_processes": sum(r[2] for r in ingested), "articles_stored": len(stored),
            "articles_lost_or_foreign": len(stored - keys),
            "doubled_articles": sum(r[2] for r in ingested) - len(stored),
            "source_rows": rows[0], "doubled_source_rows": rows[0] - rows[1],
            "source_rows_serial_reference": reference_sources,
            "events": store.count_events(), "edits_saved": saved, "edits_logged": logged,
            "edits_refused_as_conflicts": sum(r[3] for r in edits),
            "lost_edits": sum(1 for i, s in last.items() if i in current and current[i] != s),
            "consistency_problems": store.check(),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--seconds", type=float, default=40.0, help="length of the concurrency run")
    args = parser.parse_args()
    from tests import pg

    articles = load(args.n)
    server, reason = pg.start()
    if server is None:
        print(f"PostgreSQL runs skipped: {reason}")
    try:
        with tempfile.TemporaryDirectory(prefix="geotimeline-scale-") as tmp:
            rows, extra = throughput(articles, server, Path(tmp))
        if server is not None:
            work_articles = articles[: min(len(articles), 150)]
            extracted: dict[str, Extracted] = {}
            for part in partitions(work_articles, 1):
                extracted.update((r.fingerprint, r) for r in extract_partition(part))
            work = [(a, extracted[a.fingerprint].events) for a in work_articles]
            extra["concurrency"] = concurrency(work, server, args.seconds)
    finally:
        if server is not None:
            server.stop()
    extra.update(n_articles=args.n, cpus=os.cpu_count(), load_average=os.getloadavg(),
                 note="2 cores shared with other jobs; Dask figures exclude the cluster start (given apart)")
    write_results("scale", ["run", "backend", "workers", "articles", "seconds", "articles/s", "stored articles",
                            "events", "consistent"], rows, **extra)
    print(json.dumps({k: v for k, v in extra.items()}, indent=1, default=str))


if __name__ == "__main__":
    main()
