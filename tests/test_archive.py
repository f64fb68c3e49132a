"""Archive ingest on a real dask.distributed LocalCluster of two worker processes, into both backends: the same
store as a serial ingest, nothing doubled when run again or when a worker dies mid-partition."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from geotimeline.archive import extract_partition, ingest_archive, ingest_partition, partitions
from geotimeline.articles import InputError
from geotimeline.collection import list_collections
from geotimeline.pipeline import ingest_articles, read_all, sample_paths
from geotimeline.settings import DATA_DIR
from geotimeline.store import Store
from tests.conftest import ROOT

N_ARTICLES = 6


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def articles():
    found, errors = read_all(sample_paths(DATA_DIR / "samples")[:N_ARTICLES])
    assert not errors and len(found) == N_ARTICLES
    return found


@pytest.fixture(scope="module")
def serial(articles, tmp_path_factory):
    """What one process ingesting the articles in order stores: the reference."""
    with Store(tmp_path_factory.mktemp("serial") / "s.db") as store:
        ingest_articles(store, articles)
        return _content(store)


def _content(store: Store) -> tuple[int, int, list[tuple]]:
    """Articles, events and every source sentence with its category: what does not depend on the order the
    articles were written in (workers writing in parallel; the first report of a development names it)."""
    events = store.events()
    return store.count_articles(), len(events), sorted((s.article_id, s.sentence_start, e.event.category)
                                                       for e in events for s in e.sources)


def kill_worker_once(url: str, part: list, collection: str, marker: str) -> object:
    """A partition task that kills its worker process the first time it runs (after writing one article)."""
    flag = Path(marker)
    if not flag.exists():
        flag.write_text("killed")
        ingest_partition(url, part[:1], collection)
        os._exit(1)
    return ingest_partition(url, part, collection)


@pytest.mark.parametrize("run", [1, 2])
def test_archive_ingest_stores_what_a_serial_ingest_stores_and_again_nothing(cluster, articles, serial,
                                                                               store_target, run):
    with Store(store_target) as store:
        seen: list[tuple[int, int]] = []
        for _ in range(run):
            summary = ingest_archive(store, store_target, articles, scheduler=cluster.scheduler_address,
                                     progress=lambda done, total, _: seen.append((done, total)))
        assert _content(store) == serial
        assert store.check() == []
        assert summary.articles_added == (N_ARTICLES if run == 1 else 0)
        assert summary.articles_skipped == (0 if run == 1 else N_ARTICLES)
        assert seen and seen[-1][0] == seen[-1][1]


def test_a_killed_worker_s_partition_is_run_again_without_doubling(cluster, articles, serial, pg_url, tmp_path):
    flag = tmp_path / "killed"

    def task(url: str, part: list, collection: str) -> object:
        return kill_worker_once(url, part, collection, str(flag))

    with Store(pg_url) as store:
        summary = ingest_archive(store, pg_url, articles, scheduler=cluster.scheduler_address, ingest_task=task)
        assert flag.exists()  # a worker did die
        assert _content(store) == serial and store.check() == []
    assert summary.articles_added + summary.articles_skipped == N_ARTICLES


@pytest.mark.parametrize("size, workers, expected", [(6, 2, [1] * 6), (100, 2, [13] * 7 + [9]), (0, 3, [])])
def test_partitions_cover_every_article_once(size, workers, expected):
    parts = partitions(list(range(size)), workers)  # type: ignore[arg-type]
    assert [len(p) for p in parts] == expected
    assert [a for p in parts for a in p] == list(range(size))


@pytest.mark.parametrize("failure, refused", [(ValueError("parser broke"), False),
                                               (InputError("long.txt", "too long to read"), True)])
def test_a_worker_reports_a_failed_extraction_by_article(articles, monkeypatch, failure, refused):
    import geotimeline.archive as archive

    def extract(article):
        if article is articles[1]:
            raise failure
        return []

    monkeypatch.setattr(archive, "extract_events", extract)
    results = extract_partition(articles[:3])
    assert [bool(r.error) for r in results] == [False, True, False]
    assert str(failure) == results[1].error and results[1].refused == refused


def test_cli_ingest_with_workers(tmp_path, fixtures):
    db = tmp_path / "cli.db"
    files = [str(fixtures / "input_front.md"), str(fixtures / "input_records.jsonl"), "--collection", "Archive"]
    done = subprocess.run([sys.executable, "-m", "geotimeline", "--db", str(db), "ingest", "--workers", "2", *files],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    serial = subprocess.run([sys.executable, "-m", "geotimeline", "--db", str(tmp_path / "one.db"), "ingest",
                             *files], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.stdout.split("; store")[0] == serial.stdout.split("; store")[0]
    assert "ingest:" in done.stderr  # progress
    with Store(db) as store:  # the workers' articles went to the collection named
        assert [(c.name, c.articles) for c in list_collections(store.conn)] == [("Archive", store.count_articles())]


@pytest.mark.parametrize("value", ["0", "many", "-2"])
def test_cli_refuses_a_bad_worker_count(value, fixtures):
    done = subprocess.run([sys.executable, "-m", "geotimeline", "ingest", "--workers", value,
                           str(fixtures / "input_front.md")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "worker processes" in done.stderr and "Traceback" not in done.stderr


def test_cli_ingest_sends_the_work_to_a_running_scheduler(cluster, pg_url, fixtures):
    files = [str(fixtures / "input_front.md"), str(fixtures / "input_records.jsonl")]
    done = subprocess.run([sys.executable, "-m", "geotimeline", "--db", pg_url, "ingest", "--scheduler",
                           cluster.scheduler_address, *files], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    with Store(pg_url) as store:
        assert store.count_articles() > 1 and store.check() == []
        assert f"now holds {store.count_articles()} articles" in done.stdout


@pytest.fixture(scope="module")
def sample_jsonl(tmp_path_factory):
    """The sample corpus as one JSON Lines file (what an archive ingest reads), and the articles read from it."""
    from tests.kills import write_jsonl

    found, errors = read_all(sample_paths(DATA_DIR / "samples"))
    assert not errors
    records = [{"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
                "language": a.language, "text": a.text} for a in found]
    path = write_jsonl(records, tmp_path_factory.mktemp("archive") / "archive.jsonl")
    articles, errors = read_all([path])
    assert not errors and len(articles) == len(records)
    return path, articles


@pytest.fixture(scope="module")
def clean_content(sample_jsonl, tmp_path_factory):
    """The content of a clean, uninterrupted ingest of the file (one process, in order)."""
    from geotimeline.store.fingerprint import content

    with Store(tmp_path_factory.mktemp("clean") / "clean.db") as store:
        ingest_articles(store, sample_jsonl[1])
        return content(store.conn)


def test_a_killed_client_leaves_no_worker_and_a_rerun_equals_a_clean_run(sample_jsonl, clean_content, store_target):
    """kill -9 of `ingest --workers 2` once some articles are stored (SQLite: the client writes; PostgreSQL: the
    workers write): its workers go with it, nothing writes afterwards, and the same command run again leaves the
    store a clean run leaves (articles, events, actors, sources compared by content, not only counted)."""
    from geotimeline.store.fingerprint import content
    from tests.kills import kill_client_mid_ingest

    path, articles = sample_jsonl
    killed = kill_client_mid_ingest(store_target, path, len(articles), workers=2, at_least=1)
    assert 1 <= killed.stored_at_kill < len(articles)  # killed mid-run, not before nor after
    assert killed.children_at_kill >= 2  # the workers were running
    assert killed.survivors == () and not killed.changed_after_settle
    assert killed.rerun_returncode == 0, killed.rerun_stderr[-2000:]
    with Store(store_target) as store:
        assert store.check() == []
        assert content(store.conn) == clean_content


class _Done:
    """A finished task (no cluster): its result computed at once."""

    def __init__(self, fn, *args) -> None:
        self.value = fn(*args)

    def result(self):
        return self.value


class _Client:
    def submit(self, fn, *args, **_):
        return _Done(fn, *args)


@pytest.mark.parametrize("arrival", [lambda fs: list(fs)[::-1], lambda fs: sorted(fs, key=id)])
def test_partitions_are_written_in_the_articles_order_whatever_order_they_arrive_in(articles, tmp_path, arrival,
                                                                                     monkeypatch):
    import geotimeline.archive as archive

    monkeypatch.setattr(archive, "extract_events", lambda article: [])
    seen: list[int] = []
    with Store(tmp_path / "o.db") as store:
        archive._written_by_client(_Client(), arrival, store, articles, 3, lambda done, *_: seen.append(done),
                                   archive.extract_partition, "My articles")
        written = [r[0] for r in store.conn.execute("SELECT ext_id FROM articles ORDER BY rowid")]
    assert written == [a.id for a in articles]
    assert seen == sorted(seen) and seen[-1] == len(articles)


def test_a_cluster_without_workers_is_refused_with_how_to_start_one(articles, tmp_path, monkeypatch):
    from functools import partial

    from dask.distributed import LocalCluster

    import geotimeline.archive as archive

    monkeypatch.setattr(archive, "_check_workers", partial(archive._check_workers, wait=1))
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as empty, \
            Store(tmp_path / "e.db") as store, pytest.raises(InputError, match="no Dask worker joined") as refused:
        ingest_archive(store, str(tmp_path / "e.db"), articles, scheduler=empty.scheduler_address)
    assert "PYTHONPATH=$PWD dask worker" in str(refused.value)
    with Store(tmp_path / "e.db") as store:
        assert store.count_articles() == 0
