"""Several writers on one store (both backends): idempotent ingest under races, edits that refuse to overwrite
someone else's change, and the clear messages of a shared store that cannot be used."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, timedelta

import pytest

from geotimeline.store import EditConflict, Store, StoreError
from tests.conftest import ROOT

N_ARTICLES = 24
WRITERS = 3

# each writer process ingests the same articles, in its own order: every article has one event of its own and one
# shared development (the same in every article), so a correct store holds N articles and N + 1 events
WRITER = textwrap.dedent("""
    import random, sys
    from datetime import date, timedelta
    sys.path.insert(0, {root!r})
    from geotimeline.events import EventActor
    from geotimeline.store import Store
    from tests.factories import article, event

    order = list(range({n}))
    random.Random({seed}).shuffle(order)
    with Store({target!r}) as store:
        for i in order:
            own = event(summary=f"talks {{i}}", category="CONSULT", start=date(2025, 1, 1) + timedelta(days=3 * i),
                        actors=(EventActor(f"Envoy {{i}}", None, "source"),), sentence=f"Talks number {{i}}.",
                        article_id=f"{{i}}.txt")
            shared = event(sentence=f"Shared report {{i}}.", article_id=f"{{i}}.txt", sentence_start=100)
            store.ingest(article(f"Article number {{i}} text.", id=f"{{i}}.txt"), [own, shared])
""")


def test_racing_writers_store_every_article_and_development_once(store_target):
    procs = [subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), n=N_ARTICLES, seed=seed,
                                                                   target=store_target)],
                              stderr=subprocess.PIPE, text=True) for seed in range(WRITERS)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * WRITERS, errors
    with Store(store_target) as store:
        assert store.count_articles() == N_ARTICLES
        assert store.count_events() == N_ARTICLES + 1
        (shared,) = [e for e in store.events() if e.event.category == "REQUEST"]
        assert len(shared.sources) == N_ARTICLES
        assert store.check() == []


def _one_event(store: Store) -> int:
    from tests.factories import article, event

    store.ingest(article(), [event()])
    (stored,) = store.events()
    return stored.id


def test_an_edit_made_on_an_older_version_is_refused_and_shows_the_current_values(store_target):
    with Store(store_target) as alice, Store(store_target) as bob:
        event_id = _one_event(alice)
        seen_by_alice = alice.event(event_id)
        bob.update_event(event_id, version=bob.event(event_id).version, summary="Bob's reading")
        with pytest.raises(EditConflict, match="changed by someone else") as refused:
            alice.update_event(event_id, version=seen_by_alice.version, summary="Alice's reading")
        assert "Bob's reading" in str(refused.value)
        assert alice.event(event_id).event.summary == "Bob's reading"
        assert [e["new"] for e in alice.edits(event_id)] == ["Bob's reading"]
        alice.update_event(event_id, version=alice.event(event_id).version, summary="Alice's reading")
        assert bob.event(event_id).event.summary == "Alice's reading"


@pytest.mark.parametrize("change", ["update", "delete"])
def test_a_delete_on_an_older_version_is_refused(store_target, change):
    with Store(store_target) as alice, Store(store_target) as bob:
        event_id = _one_event(alice)
        seen = alice.event(event_id).version
        if change == "update":
            bob.update_event(event_id, summary="Bob's reading")
        else:
            bob.delete_event(event_id)
        with pytest.raises(StoreError):
            alice.delete_event(event_id, version=seen)
        assert len(alice.edits(event_id)) == 1


def test_versions_rise_with_every_change(any_store):
    event_id = _one_event(any_store)
    first = any_store.event(event_id).version
    any_store.update_event(event_id, summary="Another reading")
    any_store.update_event(event_id, start=date(2025, 10, 17), end=date(2025, 10, 17) + timedelta(days=1))
    assert any_store.event(event_id).version == first + 2


def test_a_postgresql_store_newer_than_the_program_is_refused(pg_url):
    import psycopg

    Store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
        tables = conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'").fetchone()
    with pytest.raises(StoreError, match="schema version 99 is newer than this program"):
        Store(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 99
        assert conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'"
                            ).fetchone() == tables


@pytest.mark.parametrize("url", ["postgresql://reader:s3cret@127.0.0.1:1/news", "postgres://127.0.0.1:1/news"])
def test_an_unreachable_postgresql_store_is_named_without_its_password(url):
    with pytest.raises(StoreError, match="cannot open the PostgreSQL store") as refused:
        Store(url)
    assert "s3cret" not in str(refused.value) and "127.0.0.1:1/news" in str(refused.value)


def test_cli_ingests_into_a_postgresql_store_once(pg_url, fixtures, tmp_path):
    def ingest() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "geotimeline", "--db", pg_url, "ingest", "--no-progress",
                               str(fixtures / "input_front.md")], capture_output=True, text=True, cwd=ROOT,
                              timeout=300)

    first, second = ingest(), ingest()
    assert first.returncode == 0, first.stderr
    assert "1 article added" in first.stdout and "0 articles added, 1 skipped" in second.stdout
    with Store(pg_url) as store:
        assert store.count_articles() == 1 and store.check() == []


def test_cli_names_an_unreachable_postgresql_store(tmp_path, fixtures):
    done = subprocess.run([sys.executable, "-m", "geotimeline", "--db", "postgresql://u:hidden@127.0.0.1:1/x",
                           "ingest", str(fixtures / "input_front.md")], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 2
    assert "cannot open the PostgreSQL store" in done.stderr and "hidden" not in done.stderr
    assert "Traceback" not in done.stderr
