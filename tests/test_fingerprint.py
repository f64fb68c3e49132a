"""The store's content digest: the same for the same content written in another order, on either backend; different
when an article, an event, an actor or a source differs."""

from __future__ import annotations

import random

import pytest

from geotimeline.pipeline import ingest_articles, read_all, sample_paths
from geotimeline.settings import DATA_DIR
from geotimeline.store import Store
from geotimeline.store.fingerprint import content

N_ARTICLES = 8


@pytest.fixture(scope="module")
def articles():
    found, errors = read_all(sample_paths(DATA_DIR / "samples")[:N_ARTICLES])
    assert not errors
    return found


@pytest.fixture(scope="module")
def reference(articles, tmp_path_factory):
    with Store(tmp_path_factory.mktemp("ref") / "ref.db") as store:
        ingest_articles(store, articles)
        return content(store.conn)


def test_the_digest_does_not_depend_on_the_order_of_writing_nor_the_backend(articles, reference, any_store):
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    ingest_articles(any_store, shuffled)
    assert content(any_store.conn) == reference


def _edit(store: Store) -> None:
    first = store.events()[0]
    store.update_event(first.id, summary=first.event.summary + " (edited)")


def _delete(store: Store) -> None:
    store.delete_event(store.events()[0].id)


def _drop_actor(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM event_actors WHERE event_id=(SELECT min(event_id) FROM event_actors) AND pos=0")


def _move_source(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE event_sources SET sentence_end=sentence_end+1 WHERE rowid=(SELECT min(rowid) FROM"
                     " event_sources)")


@pytest.mark.parametrize("change", [_edit, _delete, _drop_actor, _move_source])
def test_the_digest_changes_with_the_content(articles, reference, store, change):
    ingest_articles(store, articles)
    assert content(store.conn) == reference
    change(store)
    assert content(store.conn).digest != reference.digest


def test_a_missing_article_changes_the_digest_and_the_counts(articles, reference, store):
    ingest_articles(store, articles[1:])
    changed = content(store.conn)
    assert changed.articles == reference.articles - 1 and changed.digest != reference.digest
