"""Archive ingest on Dask: extraction spread over the worker processes of a dask.distributed cluster.

The articles are cut into partitions, one task each. Into a SQLite store the workers only extract, and the
client gathers their events and writes them itself, in the articles' order (SQLite has one writer; the order
makes the store the one a serial ingest makes); into a PostgreSQL store each worker
writes its partition (each article one transaction). A partition whose worker dies is run again by the scheduler
on another worker: writes are idempotent (an article already stored is skipped), so nothing is doubled.
`--workers N` starts a LocalCluster of N processes; `--scheduler tcp://HOST:PORT` uses a running cluster.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from geotimeline.articles import Article, InputError
from geotimeline.collection import DEFAULT_COLLECTION
from geotimeline.events import Event, extract_events
from geotimeline.pipeline import IngestSummary, Progress, combine, ingest_articles
from geotimeline.store import Store, StoreError, is_postgres_url, redact

log = logging.getLogger(__name__)

PARTITIONS_PER_WORKER = 4  # enough to keep workers busy when partitions take unequal time; few round trips
MAX_PARTITION = 50
RETRIES = 2  # a partition that raises is tried again (a worker that dies is rescheduled by the scheduler)


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article's extraction on a worker: its events, or why there are none."""

    fingerprint: str
    events: tuple[Event, ...] = ()
    error: str = ""
    refused: bool = False  # an InputError (too long to read): reported as is


def extract_partition(articles: Sequence[Article]) -> list[Extracted]:
    """A worker's task for a SQLite store: the events of each article (no writes)."""
    out = []
    for article in articles:
        try:
            out.append(Extracted(article.fingerprint, tuple(extract_events(article))))
        except InputError as exc:
            out.append(Extracted(article.fingerprint, error=str(exc), refused=True))
        except Exception as exc:  # reported by the client with the article's name, like a serial ingest
            log.exception("extracting events from %s failed", article.source or article.id)
            out.append(Extracted(article.fingerprint, error=str(exc)))
    return out


_STORES: dict[str, Store] = {}  # one pool per worker process and store, reused across its partitions


def ingest_partition(url: str, articles: Sequence[Article], collection: str = DEFAULT_COLLECTION) -> IngestSummary:
    """A worker's task for a PostgreSQL store: extract and write its articles into `collection`, each one
    transaction."""
    import psycopg

    try:
        store = _STORES.get(url)
        if store is None:
            store = _STORES[url] = Store(url, pool_size=1)
        return ingest_articles(store, articles, collection=collection)
    except psycopg.Error as exc:  # sent back to the client as a StoreError naming the store (password hidden)
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{redact(url)}: {redact(reason)}") from None


def partitions(articles: Sequence[Article], workers: int) -> list[list[Article]]:
    size = max(1, min(MAX_PARTITION, math.ceil(len(articles) / max(1, workers * PARTITIONS_PER_WORKER))))
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def ingest_archive(store: Store, target: str, articles: Sequence[Article], *, workers: int = 2,
                   scheduler: str | None = None, progress: Progress | None = None,
                   collection: str = DEFAULT_COLLECTION, extract_task: Callable = extract_partition, ingest_task: Callable = ingest_partition
                   ) -> IngestSummary:
    """Ingest `articles` into `store` (opened on `target`) with a Dask cluster: a LocalCluster of `workers`
    processes, or the running one at `scheduler`. The articles go to `collection` (events merge only within it)."""
    from dask.distributed import Client, LocalCluster, as_completed

    if not log.isEnabledFor(logging.INFO):  # Dask's own INFO lines (scheduler, nannies) only with --verbose
        logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=30)
        except (OSError, TimeoutError) as exc:
            raise InputError(f"--scheduler {scheduler}", f"no Dask scheduler answers there ({exc})") from exc
    else:
        with warnings.catch_warnings():  # Dask's HTTP port taken by another cluster: it takes another, quietly
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        if scheduler:
            _check_workers(client, scheduler)
        n = len(client.scheduler_info()["workers"]) or workers
        if is_postgres_url(target):
            return _written_by_workers(client, as_completed, target, articles, n, progress, ingest_task, collection)
        return _written_by_client(client, as_completed, store, articles, n, progress, extract_task, collection)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _check_workers(client, scheduler: str, wait: float = 30.0) -> None:
    """A running cluster must have workers, and they and the scheduler must import geotimeline (else every task
    waits for ever, or fails to unpack there)."""
    try:
        client.wait_for_workers(1, timeout=wait)
    except TimeoutError:
        raise InputError(f"--scheduler {scheduler}", f"no Dask worker joined it within {wait:.0f} s; start one "
                         f"from the repository with: PYTHONPATH=$PWD dask worker {scheduler}") from None

    def importable() -> bool:
        return importlib.util.find_spec("geotimeline") is not None

    if not client.run_on_scheduler(importable):  # the scheduler unpacks the tasks too
        raise InputError(f"--scheduler {scheduler}", "the scheduler cannot import geotimeline; start it from the "
                         "repository with it on the path: PYTHONPATH=$PWD dask scheduler")
    found = client.run(importable)
    missing = sorted(address for address, ok in found.items() if not ok)
    if missing:
        raise InputError(f"--scheduler {scheduler}", f"{len(missing)} of its {len(found)} workers cannot import "
                         "geotimeline; start each worker from the repository with it on the path: "
                         f"PYTHONPATH=$PWD dask worker {scheduler}")


def _written_by_workers(client, as_completed, url: str, articles: Sequence[Article], workers: int,
                        progress: Progress | None, task: Callable, collection: str) -> IngestSummary:
    parts = partitions(articles, workers)
    futures = {client.submit(task, url, part, collection, retries=RETRIES, pure=False): len(part) for part in parts}
    done, summaries = 0, []
    for future in as_completed(futures):
        summaries.append(future.result())
        done += futures[future]
        if progress:
            progress(done, len(articles), f"{len(summaries)}/{len(parts)} partitions")
    return combine(summaries)


def _written_by_client(client, as_completed, store: Store, articles: Sequence[Article], workers: int,
                       progress: Progress | None, task: Callable, collection: str) -> IngestSummary:
    """Workers extract; this process writes the partitions in the articles' order, each as soon as it and the ones
    before it have arrived (writing overlaps the extraction of the next partitions). The same order as a serial
    ingest gives the same store: the first report of a development names it, so the order of writing matters. A
    run cut short and run again goes on in that order (the stored articles are skipped)."""
    todo: list[Article] = []
    rest: list[Article] = []  # already stored, or a second copy of an article in `todo`: written last (skipped)
    keys: set[str] = set()
    for article in articles:
        if article.fingerprint in keys or store.stored_name(article.fingerprint) is not None:
            rest.append(article)
        else:
            keys.add(article.fingerprint)
            todo.append(article)
    parts = partitions(todo, workers)
    futures = {client.submit(task, part, retries=RETRIES, pure=False): index for index, part in enumerate(parts)}
    results: dict[str, Extracted] = {}
    arrived: set[int] = set()
    summaries = []
    done = written = 0
    for future in as_completed(futures):
        results.update((r.fingerprint, r) for r in future.result())
        arrived.add(futures[future])
        while written in arrived:
            summaries.append(ingest_articles(store, parts[written], collection=collection,
                                             extract=partial(_events, results)))
            done += len(parts[written])
            written += 1
            if progress:
                progress(done, len(todo), f"{written}/{len(parts)} partitions")
    summaries.append(ingest_articles(store, rest, collection=collection, extract=partial(_events, results)))
    return combine(summaries)


def _events(results: dict[str, Extracted], article: Article) -> tuple[Event, ...]:
    """An article's events as its worker extracted them (its failure raised as a serial ingest would)."""
    result = results[article.fingerprint]
    if result.refused:
        source, _, reason = result.error.partition(": ")
        raise InputError(source, reason)
    if result.error:
        raise RuntimeError(result.error)
    return result.events
