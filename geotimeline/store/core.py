"""The event store: one interface over two backends, an embedded SQLite file (`geotimeline.store.sqlite`) or a
shared PostgreSQL database (`geotimeline.store.postgres`), with the same migrations (`geotimeline.store.migrations`).

Ingest is one transaction per article and idempotent (an article is keyed by the fingerprint of its
normalised text). The same development reported by several articles is merged into one event with
several sources (see `geotimeline.store.merging`). Edits by a person are stored, logged and kept across runs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from geotimeline.articles import Article
from geotimeline.collection import DEFAULT_COLLECTION, SAME_COLLECTION, event_collections
from geotimeline.events import CATEGORIES, DOMAINS, MODES, Event, EventActor
from geotimeline.gazetteer import Place
from geotimeline.store.errors import EditConflict, StoreError
from geotimeline.store.merging import actor_signature, same_development, start_window
from geotimeline.store.postgres import PostgresBackend, is_postgres_url
from geotimeline.store.revisions import EarlierCopy, OldSource, find_earlier, match_events, old_sources
from geotimeline.store.sqlite import SqliteBackend

log = logging.getLogger(__name__)


EDITABLE = frozenset({
    "summary", "category", "domain", "start", "end", "granularity", "date_text", "date_mod",
    "mode", "attributed_to", "place", "actors", "confidence", "vessels",
})


Conn = Any  # a sqlite3.Connection or a `geotimeline.store.postgres.Conn`: `execute(sql, params)` with `?`


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_added: bool
    events_added: int = 0
    events_merged: int = 0
    replaced: str = ""  # the stored article this one is an updated copy of, by name ("'TITLE' (id X)")
    events_kept: int = 0  # events of the earlier copy kept as the user edited or deleted them
    events_withdrawn: int = 0  # unedited events whose sentence the updated copy no longer has


@dataclass(frozen=True, slots=True)
class Source:
    article_key: str
    article_id: str
    title: str
    outlet: str
    url: str
    published: date | None
    sentence: str
    sentence_start: int
    sentence_end: int
    attributed_to: str | None

    def to_dict(self) -> dict:
        return {
            "article": self.article_id, "article_key": self.article_key, "title": self.title,
            "outlet": self.outlet, "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "sentence": self.sentence, "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end, "attributed_to": self.attributed_to,
        }


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    event: Event
    sources: tuple[Source, ...]
    edited: bool
    version: int = 1  # raised by every change; an edit names the version it was made on

    def to_dict(self) -> dict:
        return {"id": self.id, **self.event.to_dict(), "edited": self.edited,
                "sources": [s.to_dict() for s in self.sources]}


class Store:
    """The events, their sources and edits. `Store(path)` opens (creating and migrating as needed) a SQLite file;
    `Store("postgresql://user:pass@host:port/db")` a shared PostgreSQL database."""

    def __init__(self, target: str | Path, *, pool_size: int = 4) -> None:
        if is_postgres_url(target):
            self._db: SqliteBackend | PostgresBackend = PostgresBackend(str(target).strip(), pool_size=pool_size)
            self.path: Path | str = self._db.name
        else:
            self.path = Path(target)
            self._db = SqliteBackend(self.path)
        self.conn = self._db.reader
        self.dialect = self._db.dialect

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Conn]:
        with self._db.transaction() as conn:
            yield conn

    def transaction(self) -> AbstractContextManager[Conn]:
        """One write transaction on either backend, for modules that write beside the store's own methods
        (`geotimeline.collection`): the connection speaks the store's `?` dialect."""
        return self._transaction()

    # ---- ingest -------------------------------------------------------------------------------
    def has_article(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE key=?", (key,)).fetchone() is not None

    def stored_name(self, key: str) -> str | None:
        """How to name the stored article with this fingerprint ("'TITLE' (id X)"), or "an earlier copy of
        'TITLE' (id X)" when an updated copy replaced that text; None when the text is new."""
        row = self.conn.execute("SELECT ext_id, title FROM articles WHERE key=?", (key,)).fetchone()
        if row is not None:
            return EarlierCopy(key, row[0], row[1]).name()
        row = self.conn.execute("SELECT a.key, a.ext_id, a.title FROM replaced_copies r JOIN articles a"
                                " ON a.key = r.by_key WHERE r.key=?", (key,)).fetchone()
        return None if row is None else f"an earlier copy of {EarlierCopy(*row).name()}"

    def ingest(self, article: Article, events: Sequence[Event],
               collection: str = DEFAULT_COLLECTION) -> IngestResult:
        """Store an article and its events in one transaction; a known article changes nothing. An updated
        copy of a stored article of the same collection (see `geotimeline.store.revisions`) replaces it, and its
        events keep what the user decided about the old copy's (deleted stays deleted, edited keeps the edits).
        Events merge only with events of the same `collection`."""
        key = article.fingerprint
        with self._transaction() as conn:
            # PostgreSQL: merge keys and the article's id, URL and title locked first, so two writers never both
            # create one development, nor both take one stored article for the copy their article updates
            self._db.lock(conn, [f"event|{collection}|{e.category}|{actor_signature(e.actors)}" for e in events]
                          + [f"article|{collection}|{k}|{v}" for k, v in (("id", article.id), ("url", article.url),
                                                                          ("title", article.title)) if v])
            if conn.execute("SELECT 1 FROM replaced_copies WHERE key=?", (key,)).fetchone():
                return IngestResult(article_added=False)  # an older copy of a stored article
            # the unique key decides, not a look first: of two processes racing with one article, one adds it
            if conn.execute(
                "INSERT INTO articles (key, ext_id, title, outlet, url, published, language, text, source,"
                " collection) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (key) DO NOTHING",
                (key, article.id, article.title, article.outlet, article.url,
                 article.published.isoformat() if article.published else None,
                 article.language, article.text, article.source, collection),
            ).rowcount == 0:
                return IngestResult(article_added=False)
            earlier = find_earlier(conn, article, collection)
            matched = match_events(events, old := old_sources(conn, earlier.key)) if earlier else {}
            added = merged = kept = 0
            for index, event in enumerate(events):
                source = matched.get(index)
                if source is not None:
                    event_id = source.event_id
                    if source.deleted or source.edited:
                        kept += 1
                    elif not source.other_sources:  # only this article backs it: the corrected reading
                        self._refresh_event(conn, event_id, event)
                else:
                    event_id = self._find_same(conn, event, collection)
                    if event_id is None:
                        event_id = self._insert_event(conn, event)
                        added += 1
                    else:
                        merged += 1
                conn.execute(
                    "INSERT INTO event_sources (event_id, article_key, sentence, sentence_start,"
                    " sentence_end, attributed_to, category, actor_sig) VALUES (?,?,?,?,?,?,?,?)"
                    " ON CONFLICT DO NOTHING",
                    (event_id, key, event.sentence, event.sentence_start, event.sentence_end,
                     event.attributed_to, event.category, actor_signature(event.actors)),
                )
            withdrawn = 0
            if earlier:
                used = {s.rowid for s in matched.values()}
                kept_gone, withdrawn = self._retire_copy(conn, earlier.key, key,
                                                         [s for s in old if s.rowid not in used])
                kept += kept_gone
            conn.execute("UPDATE articles SET n_sources=(SELECT count(*) FROM event_sources WHERE article_key=?)"
                         " WHERE key=?", (key, key))
        return IngestResult(article_added=True, events_added=added, events_merged=merged,
                            replaced=earlier.name() if earlier else "", events_kept=kept,
                            events_withdrawn=withdrawn)

    def _retire_copy(self, conn: Conn, old_key: str, new_key: str,
                     unmatched: Sequence[OldSource]) -> tuple[int, int]:
        """Remove the replaced article, once the new copy's events have taken over its sources. A source
        sentence the new copy no longer has: an event the user edited keeps it (now cited from the new copy,
        its sentence text kept); an unedited event backed by nothing else is withdrawn (deleted, logged).
        Returns (events kept as edited, events withdrawn)."""
        kept = withdrawn = 0
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        for source in unmatched:
            if source.edited and not source.deleted and not source.other_sources:
                conn.execute("UPDATE event_sources SET article_key=?, sentence_start=0, sentence_end=0"
                             " WHERE rowid=? AND NOT EXISTS (SELECT 1 FROM event_sources t WHERE t.event_id=?"
                             " AND t.article_key=? AND t.sentence_start=0)",
                             (new_key, source.rowid, source.event_id, new_key))
                kept += 1
            elif not source.deleted and not source.other_sources:
                conn.execute("UPDATE events SET deleted=1, version=version+1 WHERE id=?", (source.event_id,))
                conn.execute("INSERT INTO edits (event_id, at, action, field, old) VALUES (?,?,?,?,?)",
                             (source.event_id, stamp, "withdrawn", "sentence", source.sentence))
                withdrawn += 1
        conn.execute("DELETE FROM event_sources WHERE article_key=?", (old_key,))
        conn.execute("DELETE FROM articles WHERE key=?", (old_key,))
        conn.execute("UPDATE replaced_copies SET by_key=? WHERE by_key=?", (new_key, old_key))
        conn.execute("INSERT INTO replaced_copies (key, by_key) VALUES (?,?)"
                     " ON CONFLICT (key) DO UPDATE SET by_key=excluded.by_key", (old_key, new_key))
        return kept, withdrawn

    def _refresh_event(self, conn: Conn, event_id: int, e: Event) -> None:
        """An unedited event backed only by the replaced copy takes the corrected copy's reading."""
        p = e.place
        conn.execute(
            "UPDATE events SET summary=?, category=?, domain=?, start=?, \"end\"=?, granularity=?, date_text=?,"
            " date_source=?, date_mod=?, place_name=?, lat=?, lon=?, place_kind=?, place_country=?,"
            " place_inferred=?, attributed_to=?, mode=?, confidence=?, actor_sig=?, date_value=?, vessels=?,"
            " version=version+1 WHERE id=?",
            (e.summary, e.category, e.domain, _iso(e.start), _iso(e.end), e.granularity, e.date_text,
             e.date_source, e.date_mod, p.name if p else None, p.lat if p else None, p.lon if p else None,
             p.kind if p else None, p.country if p else None, int(p.inferred) if p else 0, e.attributed_to,
             e.mode, float(e.confidence), actor_signature(e.actors), e.date_value,
             json.dumps(list(e.vessels), ensure_ascii=False), event_id),
        )
        self._write_actors(conn, event_id, e.actors)

    def _find_same(self, conn: Conn, event: Event, collection: str = DEFAULT_COLLECTION) -> int | None:
        """The oldest stored event of `collection` that is the same development as `event`, if any. Only events
        whose start can match are read: undated ones for an undated event, else those starting within
        `start_window` (every other start fails `same_development`'s date rules)."""
        sql = ("SELECT id, start, \"end\", granularity, date_source, place_name, place_inferred FROM events"
               f" WHERE {SAME_COLLECTION} AND category=? AND actor_sig=? AND deleted=0 AND ")
        key = (collection, event.category, actor_signature(event.actors))
        if event.start is None:
            rows = conn.execute(sql + "start IS NULL ORDER BY id", key).fetchall()
        else:
            first, last = start_window(event.start)
            rows = conn.execute(sql + "start BETWEEN ? AND ? ORDER BY id",
                                (*key, first.isoformat(), last.isoformat())).fetchall()
        for row in rows:
            if same_development(event, start=_day(row[1]), end=_day(row[2]), granularity=row[3],
                                date_source=row[4], place_name=row[5], place_inferred=bool(row[6])):
                return int(row[0])
        return None

    def _insert_event(self, conn: Conn, e: Event) -> int:
        p = e.place
        cur = conn.execute(
            "INSERT INTO events (summary, category, domain, start, \"end\", granularity, date_text,"
            " date_source, date_mod, place_name, lat, lon, place_kind, place_country, place_inferred,"
            " attributed_to, mode, confidence, actor_sig, date_value, vessels)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (e.summary, e.category, e.domain, _iso(e.start), _iso(e.end), e.granularity, e.date_text,
             e.date_source, e.date_mod, p.name if p else None, p.lat if p else None,
             p.lon if p else None, p.kind if p else None, p.country if p else None,
             int(p.inferred) if p else 0, e.attributed_to, e.mode, float(e.confidence),
             actor_signature(e.actors), e.date_value, json.dumps(list(e.vessels), ensure_ascii=False)),
        )
        event_id = int(cur.fetchone()[0])
        self._write_actors(conn, event_id, e.actors)
        return event_id

    @staticmethod
    def _write_actors(conn: Conn, event_id: int, actors: Sequence[EventActor]) -> None:
        conn.execute("DELETE FROM event_actors WHERE event_id=?", (event_id,))
        conn.executemany(
            "INSERT INTO event_actors (event_id, pos, name, country, role) VALUES (?,?,?,?,?)",
            [(event_id, i, a.name, a.country, a.role) for i, a in enumerate(actors)],
        )

    # ---- reading ------------------------------------------------------------------------------
    def count_events(self) -> int:
        return self.conn.execute("SELECT count(*) FROM events WHERE deleted=0").fetchone()[0]

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def version(self) -> tuple[int, ...]:
        """A cheap fingerprint of the content (articles, sources, events, edits), read from the tables'
        integer keys in constant time: the cache key of the events frame. Any ingest adds an article
        (and sources), any new event a higher id, and every edit, delete or merge an `edits` row, so an
        ingest or edit from any session or the CLI changes it."""
        row = self.conn.execute(
            "SELECT (SELECT coalesce(max(rowid), 0) FROM articles), (SELECT count(*) FROM articles),"
            " (SELECT coalesce(max(rowid), 0) FROM event_sources), (SELECT coalesce(max(id), 0) FROM events),"
            " (SELECT coalesce(max(id), 0) FROM edits)"
        ).fetchone()
        return tuple(int(v) for v in row)

    def article(self, key: str) -> Article | None:
        row = self.conn.execute(
            "SELECT ext_id, text, title, outlet, url, published, language, source FROM articles WHERE key=?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return Article(id=row[0], text=row[1], title=row[2], outlet=row[3], url=row[4],
                       published=_day(row[5]), language=row[6], source=row[7])

    def event(self, event_id: int) -> StoredEvent | None:
        with self._db.reading() as conn:  # one connection for the event, its actors and sources
            row = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE id=? AND deleted=0",
                               (event_id,)).fetchone()
            return None if row is None else self._stored(conn, row)

    def events(self) -> list[StoredEvent]:
        with self._db.reading() as conn:
            rows = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE deleted=0"
                                " ORDER BY coalesce(start, ''), id").fetchall()
            return [self._stored(conn, r) for r in rows]

    def event_dicts(self) -> list[dict]:
        """The stored events as export objects: `extract`'s event objects plus `id` and `sources`."""
        return [e.to_dict() for e in self.events()]

    @staticmethod
    def _stored(conn: Conn, row: Sequence) -> StoredEvent:
        event_id = int(row[0])
        actors = tuple(
            EventActor(name=n, country=c, role=r)
            for n, c, r in conn.execute(
                "SELECT name, country, role FROM event_actors WHERE event_id=? ORDER BY pos", (event_id,)
            )
        )
        sources = tuple(
            Source(article_key=r[0], article_id=r[1], title=r[2], outlet=r[3], url=r[4],
                   published=_day(r[5]), sentence=r[6], sentence_start=r[7], sentence_end=r[8],
                   attributed_to=r[9])
            for r in conn.execute(
                "SELECT s.article_key, a.ext_id, a.title, a.outlet, a.url, a.published, s.sentence,"
                " s.sentence_start, s.sentence_end, s.attributed_to FROM event_sources s"
                " JOIN articles a ON a.key = s.article_key WHERE s.event_id=?"
                " ORDER BY coalesce(a.published, ''), s.rowid", (event_id,)
            )
        )
        first = sources[0] if sources else None
        place = None
        if row[10] is not None and row[11] is not None:
            place = Place(name=row[10], lat=row[11], lon=row[12], kind=row[13] or "region",
                          country=row[14], inferred=bool(row[15]))
        event = Event(
            summary=row[1], category=row[2], domain=row[3], start=_day(row[4]), end=_day(row[5]),
            granularity=row[6], date_text=row[7], date_source=row[8], date_mod=row[9], place=place,
            attributed_to=row[16], mode=row[17], confidence=row[18], date_value=row[20],
            vessels=tuple(json.loads(row[21] or "[]")), actors=actors,
            sentence=first.sentence if first else "", article=first.article_id if first else "",
            sentence_start=first.sentence_start if first else 0,
            sentence_end=first.sentence_end if first else 0,
        )
        return StoredEvent(id=event_id, event=event, sources=sources, edited=bool(row[19]), version=int(row[22]))

    def events_frame(self, ids: Sequence[int] | None = None):  # -> pandas.DataFrame (lazily: the CLI needs no pandas)
        """Every live event as one frame (`geotimeline.store.frames`), or only the events `ids`."""
        from geotimeline.store.frames import events_frame

        with self._db.reading() as conn:
            return events_frame(conn, ids)

    # ---- editing ------------------------------------------------------------------------------
    def update_event(self, event_id: int, *, at: datetime | None = None, version: int | None = None,
                     **changes: object) -> None:
        """Change fields of an event; marks it edited and logs every change. `version` is the event's version
        the edit was made on (`StoredEvent.version`); when someone else changed the event since, the edit is
        refused with `EditConflict`, which shows the current values. Without it, the version read here."""
        current = self.event(event_id)
        if current is None:
            raise StoreError(f"no event with id {event_id}")
        if version is not None and version != current.version:
            raise _conflict(current, version)
        unknown = set(changes) - EDITABLE
        if unknown:
            raise StoreError(f"cannot edit {', '.join(sorted(unknown))}: editable are {', '.join(sorted(EDITABLE))}")
        updated = replace(current.event, **changes)  # type: ignore[arg-type]
        _validate(updated)
        if updated == current.event:
            return  # nothing changed: not marked edited, nothing logged
        stamp = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        try:
            self._write_update(event_id, current, updated, changes, stamp)
        except _Stale:
            now = self.event(event_id)
            if now is None:
                raise StoreError(f"no event with id {event_id} (someone else deleted it meanwhile)") from None
            raise _conflict(now, current.version) from None

    def _write_update(self, event_id: int, current: StoredEvent, updated: Event, changes: dict[str, object],
                      stamp: str) -> None:
        p = updated.place
        with self._transaction() as conn:
            if conn.execute(
                "UPDATE events SET summary=?, category=?, domain=?, start=?, \"end\"=?, granularity=?,"
                " date_text=?, date_mod=?, mode=?, attributed_to=?, confidence=?, place_name=?, lat=?,"
                " lon=?, place_kind=?, place_country=?, place_inferred=?, vessels=?, actor_sig=?, edited=1,"
                " version=version+1 WHERE id=? AND version=? AND deleted=0",
                (updated.summary, updated.category, updated.domain, _iso(updated.start), _iso(updated.end),
                 updated.granularity, updated.date_text, updated.date_mod, updated.mode,
                 updated.attributed_to, float(updated.confidence), p.name if p else None,
                 p.lat if p else None, p.lon if p else None, p.kind if p else None,
                 p.country if p else None, int(p.inferred) if p else 0,
                 json.dumps(list(updated.vessels), ensure_ascii=False), actor_signature(updated.actors),
                 event_id, current.version),
            ).rowcount == 0:
                raise _Stale  # changed or deleted since it was read: nothing written
            if "actors" in changes:
                self._write_actors(conn, event_id, updated.actors)
            for name in sorted(changes):
                old, new = getattr(current.event, name), getattr(updated, name)
                if old != new:
                    conn.execute("INSERT INTO edits (event_id, at, action, field, old, new) VALUES (?,?,?,?,?,?)",
                                 (event_id, stamp, "update", name, _logged(old), _logged(new)))

    def delete_event(self, event_id: int, *, at: datetime | None = None, version: int | None = None) -> None:
        """Delete an event (kept as deleted: re-ingest does not bring it back). With `version`, refused with
        `EditConflict` when someone else changed the event since that version."""
        stamp = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        try:
            with self._transaction() as conn:
                cur = conn.execute("UPDATE events SET deleted=1, edited=1, version=version+1 WHERE id=? AND deleted=0"
                                   + ("" if version is None else " AND version=?"),
                                   (event_id,) if version is None else (event_id, version))
                if cur.rowcount == 0:
                    raise _Stale
                conn.execute("INSERT INTO edits (event_id, at, action) VALUES (?,?,?)", (event_id, stamp, "delete"))
        except _Stale:
            now = self.event(event_id)
            if now is None or version is None:
                raise StoreError(f"no event with id {event_id}") from None
            raise _conflict(now, version) from None

    def merge_events(self, event_ids: Sequence[int], *, at: datetime | None = None) -> int:
        """Merge events into the first one given: its fields stay, sources and actors are pooled."""
        ids = list(dict.fromkeys(int(i) for i in event_ids))
        if len(ids) < 2:
            raise StoreError("merging needs at least two events")
        found = [self.event(i) for i in ids]
        missing = [i for i, e in zip(ids, found, strict=True) if e is None]
        if missing:
            raise StoreError(f"no event with id {', '.join(map(str, missing))}")
        apart = event_collections(self.conn, tuple(ids))
        if len(apart) > 1:  # kept apart on purpose: a sample event must not swallow a user's report
            raise StoreError(f"events {', '.join(map(str, ids))} belong to different collections"
                             f" ({', '.join(apart)}), which are never merged")
        keep, others = ids[0], ids[1:]
        actors = list(found[0].event.actors)  # type: ignore[union-attr]
        for other in found[1:]:
            actors += [a for a in other.event.actors if a not in actors]  # type: ignore[union-attr]
        stamp = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._transaction() as conn:
            touched = [r[0] for r in conn.execute(
                f"SELECT DISTINCT article_key FROM event_sources WHERE event_id IN ({','.join('?' * len(others))})",
                others)]
            for other in others:
                conn.execute("UPDATE event_sources SET event_id=? WHERE event_id=? AND NOT EXISTS (SELECT 1 FROM"
                             " event_sources t WHERE t.event_id=? AND t.article_key=event_sources.article_key"
                             " AND t.sentence_start=event_sources.sentence_start)", (keep, other, keep))
                conn.execute("DELETE FROM event_sources WHERE event_id=?", (other,))
                conn.execute("UPDATE events SET deleted=1, edited=1, version=version+1 WHERE id=?", (other,))
                conn.execute("INSERT INTO edits (event_id, at, action, field, new) VALUES (?,?,?,?,?)",
                             (other, stamp, "merge", "into", str(keep)))
            for key in touched:  # pooled duplicates of one sentence collapse: keep the check's count true
                conn.execute("UPDATE articles SET n_sources=(SELECT count(*) FROM event_sources"
                             " WHERE article_key=?) WHERE key=?", (key, key))
            self._write_actors(conn, keep, actors)
            conn.execute("UPDATE events SET edited=1, actor_sig=?, version=version+1 WHERE id=?",
                         (actor_signature(actors), keep))
            conn.execute("INSERT INTO edits (event_id, at, action, field, new) VALUES (?,?,?,?,?)",
                         (keep, stamp, "merge", "from", ",".join(map(str, others))))
        return keep

    def edits(self, event_id: int | None = None) -> list[dict]:
        sql = "SELECT id, event_id, at, action, field, old, new FROM edits"
        rows = self.conn.execute(sql + (" WHERE event_id=? ORDER BY id" if event_id is not None else " ORDER BY id"),
                                 (() if event_id is None else (event_id,))).fetchall()
        keys = ("id", "event_id", "at", "action", "field", "old", "new")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def check(self) -> list[str]:
        """Consistency problems (empty when sound): SQLite's own check plus our invariants."""
        problems = self._db.integrity()
        for key, expected, got in self.conn.execute(
            "SELECT a.key, a.n_sources, (SELECT count(*) FROM event_sources s WHERE s.article_key=a.key)"
            " FROM articles a"
        ):
            if expected != got:
                problems.append(f"article {key}: {got} source rows, expected {expected}")
        orphans = self.conn.execute(
            "SELECT count(*) FROM events e WHERE deleted=0 AND NOT EXISTS"
            " (SELECT 1 FROM event_sources s WHERE s.event_id=e.id)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} events without a source")
        return problems


_EVENT_COLUMNS = (
    "id, summary, category, domain, start, end, granularity, date_text, date_source, date_mod,"
    " place_name, lat, lon, place_kind, place_country, place_inferred, attributed_to, mode, confidence,"
    " edited, date_value, vessels, version"
).replace(" end,", ' "end",')


class _Stale(Exception):
    """The row to change moved on (another writer changed or deleted it) since it was read."""


_SHOWN = ("summary", "category", "start", "end", "place", "actors")


def _conflict(now: StoredEvent, version: int) -> EditConflict:
    values = {name: _logged(getattr(now.event, name)) for name in _SHOWN}
    return EditConflict(now.id, version, now.version, values)


def _validate(e: Event) -> None:
    if e.category not in CATEGORIES:
        raise StoreError(f"category: expected one of {', '.join(CATEGORIES)}, got {e.category!r}")
    if e.domain not in DOMAINS:
        raise StoreError(f"domain: expected one of {', '.join(DOMAINS)}, got {e.domain!r}")
    if e.mode not in MODES:
        raise StoreError(f"mode: expected one of {', '.join(MODES)}, got {e.mode!r}")
    if e.start and e.end and e.end < e.start:
        raise StoreError(f"dates: the end {e.end} is before the start {e.start}")
    if not e.summary.strip():
        raise StoreError("summary: expected some text, got an empty summary")
    if not 0.0 <= float(e.confidence) <= 1.0:
        raise StoreError(f"confidence: expected a number from 0 to 1, got {e.confidence!r}")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _logged(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Place):
        return json.dumps(value.to_dict(), ensure_ascii=False)
    if isinstance(value, tuple):
        return json.dumps([v.to_dict() if hasattr(v, "to_dict") else v for v in value], ensure_ascii=False)
    return value.isoformat() if isinstance(value, date) else str(value)
