"""Collections: every stored article belongs to one, named by the user ("My articles" unless they name another).

The shipped sample articles are the collection "Samples", and their outlet is shown as "geotimeline sample",
never as an outlet that could pass for a real one. Events are merged only within a collection (a user's report
never disappears into a sample event of the same crisis); the app shows one or several collections, and a
collection can be removed with its articles and the events only it backs.

The store keeps the collection in `articles.collection` (schema migration 5 in `geotimeline.store.migrations`,
run by both backends); this module holds the SQL that reads and removes collections, so the store itself only
writes the column and filters merging by it. The SQL is portable (SQLite and PostgreSQL): `conn` is a store's
connection (`Store.conn`), and a removal runs in one `Store.transaction`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geotimeline.store import Store

log = logging.getLogger(__name__)

SAMPLES = "Samples"
DEFAULT_COLLECTION = "My articles"
SAMPLE_OUTLET = "geotimeline sample"
MAX_NAME = 80

# an event's collection is its articles' (events never merge across collections); used by Store._find_same
SAME_COLLECTION = ("EXISTS (SELECT 1 FROM event_sources s JOIN articles a ON a.key = s.article_key"
                   " WHERE s.event_id = events.id AND a.collection = ?)")

# schema step 5 (geotimeline.store.migrations.MIGRATIONS): the shipped samples are read from data/samples/
COLLECTION_MIGRATION = f"""
    ALTER TABLE articles ADD COLUMN collection TEXT NOT NULL DEFAULT '{DEFAULT_COLLECTION}';
    UPDATE articles SET collection = '{SAMPLES}', outlet = '{SAMPLE_OUTLET}'
        WHERE replace(source, '\\', '/') LIKE '%data/samples/%';
    CREATE INDEX articles_collection ON articles(collection);
    CREATE TABLE removed_collections (name TEXT PRIMARY KEY, at TEXT NOT NULL)
"""


class CollectionError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Collection:
    name: str
    articles: int


def clean_name(name: str | None) -> str:
    """A collection name as stored: spaces folded; empty means the default. Raises CollectionError for a name
    that is too long or holds control characters."""
    text = " ".join((name or "").split())
    if not text:
        return DEFAULT_COLLECTION
    if len(text) > MAX_NAME:
        raise CollectionError(f"collection name: at most {MAX_NAME} characters, got {len(text)}")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise CollectionError("collection name: control characters are not allowed")
    return text


def list_collections(conn: Any) -> list[Collection]:
    """The stored collections with their article counts, Samples last."""
    rows = conn.execute("SELECT collection, count(*) FROM articles GROUP BY collection").fetchall()
    found = [Collection(name, int(n)) for name, n in rows]
    return sorted(found, key=lambda c: (c.name == SAMPLES, c.name.casefold()))


def remove_collection(store: Store, name: str) -> tuple[int, int]:
    """Remove a collection's articles and the events only they back, in one transaction of `store` (either
    backend). Returns (articles removed, events removed)."""
    with store.transaction() as conn:
        keys = [r[0] for r in conn.execute("SELECT key FROM articles WHERE collection = ?", (name,))]
        if not keys:
            return 0, 0
        events = [r[0] for r in conn.execute(
            f"SELECT DISTINCT s.event_id FROM event_sources s WHERE s.article_key IN ({_GONE})"
            f" AND NOT EXISTS (SELECT 1 FROM event_sources t WHERE t.event_id = s.event_id"
            f" AND t.article_key NOT IN ({_GONE}))", (name, name))]
        conn.execute(f"DELETE FROM event_sources WHERE article_key IN ({_GONE})", (name,))
        conn.executemany("DELETE FROM event_actors WHERE event_id = ?", [(e,) for e in events])
        conn.executemany("DELETE FROM edits WHERE event_id = ?", [(e,) for e in events])
        conn.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in events])
        conn.execute(f"DELETE FROM replaced_copies WHERE by_key IN ({_GONE})", (name,))
        conn.execute("DELETE FROM articles WHERE collection = ?", (name,))
        conn.execute("INSERT INTO removed_collections (name, at) VALUES (?, ?)"
                     " ON CONFLICT (name) DO UPDATE SET at = excluded.at",
                     (name, datetime.now(UTC).isoformat(timespec="seconds")))
    log.info("removed collection %r: %d articles, %d events", name, len(keys), len(events))
    return len(keys), len(events)


_GONE = "SELECT key FROM articles WHERE collection = ?"  # the keys of the collection being removed


def was_removed(conn: Any, name: str) -> bool:
    """Whether the user removed this collection (the samples are then not loaded again into an empty store)."""
    return conn.execute("SELECT 1 FROM removed_collections WHERE name = ?", (name,)).fetchone() is not None


def forget_removal(conn: Any, name: str) -> None:
    """The user added to the collection again (the sample corpus loaded on request)."""
    conn.execute("DELETE FROM removed_collections WHERE name = ?", (name,))


def event_collections(conn: Any, event_ids: tuple[int, ...]) -> list[str]:
    """The collections the articles of these events belong to, sorted."""
    marks = ",".join("?" * len(event_ids))
    return sorted(r[0] for r in conn.execute(
        f"SELECT DISTINCT a.collection FROM event_sources s JOIN articles a ON a.key = s.article_key"
        f" WHERE s.event_id IN ({marks})", tuple(int(i) for i in event_ids)))


def article_keys(conn: Any, names: tuple[str, ...]) -> set[str]:
    """The fingerprints of the articles in the named collections."""
    marks = ",".join("?" * len(names))
    return {r[0] for r in conn.execute(f"SELECT key FROM articles WHERE collection IN ({marks})", names)}
