"""Scale: archive ingest on one process vs Dask workers, into SQLite and PostgreSQL; a concurrency run of several
ingest processes and editors against one PostgreSQL store; kill -9 of a Dask worker and of the client mid-ingest.

    python -m benchmarks.scale [--n 500] [--only PATTERN ...] [--seconds 60] [--kill-n 300] [--out FILE]

Configurations (pick some with --only, shell patterns): serial-sqlite, dask1-sqlite, dask1-postgresql,
dask2-sqlite, dask2-postgresql, concurrency, kill-worker-sqlite, kill-worker-postgresql, kill-client-sqlite,
kill-client-postgresql. Each finished configuration is written to the results file at once, so a long run that is
cut short still leaves the figures of what it finished; `complete` says whether every configuration ran.

Articles: the VOA stories (../shared/corpora/voa), repeated with varied ids, titles, URLs and a distinct last
line so each copy is a new article (its events merge with the earlier copies' as reports of one development),
written to one JSON Lines file and read back as `ingest FILE` reads it. Dask throughput runs are timed on a
started, warmed cluster (spaCy loaded on every worker); the start is reported apart. The kills run the real CLI
(`ingest FILE --workers 2`, its own cluster) on the first --kill-n articles, kill -9 once some are stored, run the
same command again, and compare the store with a clean run's by content digest (geotimeline.store.fingerprint).
"Equals clean" of a throughput run compares it with the serial run's store: True, "same reports" when the same
articles and source sentences are grouped into events otherwise (workers writing PostgreSQL in parallel write in
another order, and the first report of a development decides what later ones merge with), or False. PostgreSQL is a throw-away server
(tests/pg.py). The 1-minute load average is recorded with every configuration.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shlex
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from benchmarks.scale_concurrency import concurrency
from benchmarks.table import RESULTS, corpus, write_results
from geotimeline.archive import Extracted, extract_partition, ingest_archive, partitions
from geotimeline.articles import Article
from geotimeline.pipeline import ingest_articles, read_all
from geotimeline.settings import load_settings
from geotimeline.store import Store
from geotimeline.store.fingerprint import Content, content

THROUGHPUT = ("serial-sqlite", "dask1-sqlite", "dask1-postgresql", "dask2-sqlite", "dask2-postgresql")
KILLS = ("kill-worker-sqlite", "kill-worker-postgresql", "kill-client-sqlite", "kill-client-postgresql")
CONFIGURATIONS = (*THROUGHPUT, "concurrency", *KILLS)
HEADERS = ["run", "backend", "workers", "articles", "seconds", "articles/s", "stored articles", "events",
           "consistent", "equals clean", "load 1m"]


def records(n: int) -> list[dict]:
    lines = (corpus("voa") / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    stories = [json.loads(line) for line in lines if line.strip()]
    out = []
    for k in range(n):
        r = stories[k % len(stories)]
        copy = k // len(stories)
        out.append({"id": f"{r['id']}-{copy}", "title": f"{r.get('title', '')} ({copy})",
                    "url": f"{r.get('url', '')}?copy={copy}", "published": r.get("published"), "outlet": "VOA",
                    "text": r["text"] + ("" if copy == 0 else f"\n\nCopy {copy} of this story.")})
    return out


def write_file(rows: list[dict], path: Path) -> tuple[Path, list[Article]]:
    """The records as a JSON Lines file, and its articles read back as the CLI reads them."""
    from tests.kills import write_jsonl

    write_jsonl(rows, path)
    articles, errors = read_all([path], max_bytes=load_settings().max_bytes)  # as the CLI reads it
    if errors:
        raise SystemExit(f"{path}: {errors[0]}")
    return path, articles


@dataclass
class Run:
    """The results of one benchmark run, written to `out` after every configuration."""

    out: Path
    chosen: tuple[str, ...]
    extra: dict = field(default_factory=dict)
    rows: list[list] = field(default_factory=list)
    clean: dict[int, Content] = field(default_factory=dict)  # clean runs' content by number of articles

    def add(self, name: str, row: list | None = None, **figures: object) -> None:
        if row is not None:
            self.rows.append(row)
        self.extra.update(figures)
        self.extra.setdefault("done", []).append(name)
        self.extra.setdefault("load_average", {})[name] = os.getloadavg()
        self.save()

    def save(self, complete: bool = False) -> None:
        self.extra["complete"] = complete
        write_results("scale", HEADERS, self.rows, out=self.out, **self.extra)


def _row(label: str, backend: str, workers: int, seconds: float, store: Store, n: int, equals: object) -> list:
    return [label, backend, workers, n, round(seconds, 1), round(n / seconds, 2), store.count_articles(),
            store.count_events(), store.check() == [], equals, round(os.getloadavg()[0], 2)]


def _equals(run: Run, n: int, store: Store) -> object:
    """True when the store equals the clean run's; "same reports" when only the grouping of the same source
    sentences into events differs (the order of writing decides it, see geotimeline.store.fingerprint)."""
    if n not in run.clean:
        return "n/a"
    found = content(store.conn)
    if found == run.clean[n]:
        return True
    return "same reports" if found.sources_digest == run.clean[n].sources_digest else False


def _warm_cluster(workers: int, sample: Article):
    from dask.distributed import Client, LocalCluster

    start = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    client.run(extract_partition, [sample])  # every worker loads the parser before the clock starts
    return cluster, client, time.perf_counter() - start


def throughput(run: Run, articles: list[Article], server, tmp: Path) -> None:
    n = len(articles)
    if "serial-sqlite" in run.chosen:
        with Store(tmp / "serial.db") as store:
            start = time.perf_counter()
            ingest_articles(store, articles)
            seconds = time.perf_counter() - start
            run.clean[n] = content(store.conn)
            run.add("serial-sqlite", _row("serial (1 process)", "sqlite", 1, seconds, store, n, "reference"))
    for workers in (1, 2):
        names = [f"dask{workers}-{b}" for b in ("sqlite", "postgresql") if f"dask{workers}-{b}" in run.chosen
                 and (b == "sqlite" or server is not None)]
        if not names:
            continue
        cluster, client, started = _warm_cluster(workers, articles[0])
        run.extra[f"cluster_start_s_{workers}"] = round(started, 1)
        try:
            for name in names:
                target = str(tmp / f"dask{workers}.db") if name.endswith("sqlite") else server.create_database()
                with Store(target) as store:
                    start = time.perf_counter()
                    ingest_archive(store, target, articles, scheduler=cluster.scheduler_address)
                    seconds = time.perf_counter() - start
                    row = _row("dask", name.split("-")[1], workers, seconds, store, n, _equals(run, n, store))
                scaling = _scaling(run.rows + [row], name.split("-")[1])
                run.add(name, row, **scaling)
        finally:
            client.close()
            cluster.close()


def _scaling(rows: list[list], backend: str) -> dict[str, float]:
    rate = {r[2]: r[5] for r in rows if r[0] == "dask" and r[1] == backend}
    return {f"scaling_2_vs_1_{backend}": round(rate[2] / rate[1], 2)} if 1 in rate and 2 in rate else {}


def kills(run: Run, path: Path, articles: list[Article], server, tmp: Path) -> None:
    """kill -9 of one worker, then of the client, of `ingest FILE --workers 2` into each backend; the store after
    running the command again is compared with a clean (serial) run's."""
    from tests.kills import kill_client_mid_ingest, kill_worker_mid_ingest

    n = len(articles)
    chosen = [k for k in KILLS if k in run.chosen and (k.endswith("sqlite") or server is not None)]
    if not chosen:
        return
    if n not in run.clean:
        with Store(tmp / f"clean{n}.db") as store:
            ingest_articles(store, articles)
            run.clean[n] = content(store.conn)
    at_least = max(1, n // 10)
    for name in chosen:
        target = str(tmp / f"{name}.db") if name.endswith("sqlite") else server.create_database()
        kill: Callable = kill_worker_mid_ingest if "worker" in name else partial(kill_client_mid_ingest, grace=15.0)
        start = time.perf_counter()
        report = kill(target, path, n, workers=2, at_least=at_least)
        seconds = time.perf_counter() - start
        with Store(target) as store:
            row = _row(f"kill -9 {'a worker' if 'worker' in name else 'the client'}, rerun", name.split("-")[2], 2,
                       seconds, store, n, _equals(run, n, store))
            found = content(store.conn).to_dict()
        row[5] = "-"  # the seconds are the killed run and the re-run together: no rate
        details = {**report.to_dict(), "content": found, "clean_content": run.clean[n].to_dict()}
        run.add(name, row, **{name.replace("-", "_"): details})


def extracted_work(articles: list[Article]) -> list[tuple[Article, tuple]]:
    """(article, its events) extracted once in this process, for the concurrency run's writers."""
    extracted: dict[str, Extracted] = {}
    for part in partitions(articles, 1):
        extracted.update((r.fingerprint, r) for r in extract_partition(part))
    return [(a, extracted[a.fingerprint].events) for a in articles]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="articles of the throughput runs (default 500)")
    parser.add_argument("--only", nargs="+", default=["*"], metavar="PATTERN",
                        help=f"configurations to run (shell patterns; default all): {', '.join(CONFIGURATIONS)}")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the concurrency run (default 60)")
    parser.add_argument("--concurrency-n", type=int, default=150,
                        help="articles the concurrency run's ingest processes race on (default 150)")
    parser.add_argument("--kill-n", type=int, default=300, help="articles of the kill runs (default 300)")
    parser.add_argument("--out", type=Path, default=RESULTS / "scale.json", help="results file")
    args = parser.parse_args(argv)
    chosen = tuple(c for c in CONFIGURATIONS if any(fnmatch.fnmatch(c, p) for p in args.only))
    if not chosen:
        parser.error(f"--only matches none of {', '.join(CONFIGURATIONS)}")
    from tests import pg

    run = Run(args.out.resolve(), chosen)
    run.extra.update(command=shlex.join(["python", "-m", "benchmarks.scale", *(argv or sys.argv[1:])]),
                     configurations=list(chosen), n_articles=args.n, kill_articles=args.kill_n, cpus=os.cpu_count(),
                     load_average_at_start=os.getloadavg(),
                     note="Dask throughput figures exclude the cluster start (given apart); kills include it")
    server, reason = (None, "not needed") if all(c.endswith("sqlite") for c in chosen) else pg.start()
    if server is None and reason != "not needed":
        print(f"PostgreSQL runs skipped: {reason}")
        run.extra["postgresql_skipped"] = reason
    try:
        with tempfile.TemporaryDirectory(prefix="geotimeline-scale-") as tmp_name:
            tmp = Path(tmp_name)
            everything = records(max(args.n, args.kill_n, args.concurrency_n))
            path, articles = write_file(everything[:args.n], tmp / "archive.jsonl")
            throughput(run, articles, server, tmp)
            if "concurrency" in chosen and server is not None:
                work = extracted_work(articles[:args.concurrency_n] if args.concurrency_n <= args.n
                                      else write_file(everything[:args.concurrency_n], tmp / "c.jsonl")[1])
                run.add("concurrency", concurrency=concurrency(work, server, args.seconds))
            if args.kill_n == args.n:
                kill_path, kill_articles = path, articles
            else:
                kill_path, kill_articles = write_file(everything[:args.kill_n], tmp / "kill.jsonl")
            kills(run, kill_path, kill_articles, server, tmp)
    finally:
        if server is not None:
            server.stop()
    run.save(complete=True)
    print(json.dumps({k: v for k, v in run.extra.items() if k not in ("load_average",)}, indent=1, default=str))


if __name__ == "__main__":
    main()
