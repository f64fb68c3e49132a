"""The store's schema: one list of migrations, run in order by both backends (SQLite and PostgreSQL).

Migrations are written in SQLite's dialect; `postgres_statements` translates the few differences (an integer
primary key becomes an identity column, REAL a double, text compares byte-wise as in SQLite, and `articles` and
`event_sources` get the `rowid` column SQLite gives every table). Version bookkeeping is the backend's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geotimeline.collection import COLLECTION_MIGRATION

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE articles (
        key TEXT PRIMARY KEY,            -- fingerprint of the normalised text
        ext_id TEXT NOT NULL,            -- what events cite: a JSON Lines id, else the file name
        title TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,                  -- ISO day or NULL
        language TEXT NOT NULL DEFAULT 'en',
        text TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        n_sources INTEGER NOT NULL DEFAULT 0  -- source rows written with it (consistency check)
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        summary TEXT NOT NULL,
        category TEXT NOT NULL,
        domain TEXT NOT NULL,
        start TEXT, "end" TEXT,
        granularity TEXT NOT NULL,
        date_text TEXT, date_source TEXT NOT NULL, date_mod TEXT,
        place_name TEXT, lat REAL, lon REAL, place_kind TEXT, place_country TEXT,
        place_inferred INTEGER NOT NULL DEFAULT 0,
        attributed_to TEXT,
        mode TEXT NOT NULL,
        confidence REAL NOT NULL,
        actor_sig TEXT NOT NULL,
        edited INTEGER NOT NULL DEFAULT 0,
        deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id),
        pos INTEGER NOT NULL,
        name TEXT NOT NULL, country TEXT, role TEXT NOT NULL,
        PRIMARY KEY (event_id, pos)
    );
    CREATE TABLE event_sources (
        event_id INTEGER NOT NULL REFERENCES events(id),
        article_key TEXT NOT NULL REFERENCES articles(key),
        sentence TEXT NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        attributed_to TEXT,
        UNIQUE (event_id, article_key, sentence_start)
    );
    CREATE TABLE edits (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,            -- update, delete, merge
        field TEXT, old TEXT, new TEXT
    );
    CREATE INDEX events_lookup ON events(category, actor_sig);
    CREATE INDEX sources_event ON event_sources(event_id);
    CREATE INDEX sources_article ON event_sources(article_key);
    """,
    # 2: the TIMEX3 value and named ships on events
    """
    ALTER TABLE events ADD COLUMN date_value TEXT;
    ALTER TABLE events ADD COLUMN vessels TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX events_start ON events(start);
    """,
    # 3: merge candidates by start day within one category and actor signature (see Store._find_same);
    # it covers every lookup the old (category, actor_sig) index served, so that one goes
    """
    CREATE INDEX events_match ON events(category, actor_sig, start);
    DROP INDEX events_lookup;
    """,
    # 4: what the extractor said of each source sentence (category, actors), so an updated copy of an article
    # finds the events a person has since edited (see geotimeline.store.revisions); an edited category's first old
    # value is what the extractor said. Articles are looked up by id, URL and title for updated copies.
    """
    ALTER TABLE event_sources ADD COLUMN category TEXT;
    ALTER TABLE event_sources ADD COLUMN actor_sig TEXT;
    UPDATE event_sources SET
        category = coalesce((SELECT d.old FROM edits d WHERE d.event_id = event_sources.event_id
                             AND d.action = 'update' AND d.field = 'category' ORDER BY d.id LIMIT 1),
                            (SELECT e.category FROM events e WHERE e.id = event_sources.event_id)),
        actor_sig = (SELECT e.actor_sig FROM events e WHERE e.id = event_sources.event_id);
    CREATE INDEX articles_ext_id ON articles(ext_id);
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_title ON articles(title);
    CREATE TABLE replaced_copies (
        key TEXT PRIMARY KEY,            -- fingerprint of an article text an updated copy replaced
        by_key TEXT NOT NULL             -- the article that replaced it (kept current along a chain)
    );
    """,
    # 5: collections (see geotimeline.collection): every article belongs to one; events merge only within one.
    # The shipped samples become "Samples" (with a plainly fictional outlet), everything else "My articles".
    COLLECTION_MIGRATION,
    # 6: an event's version, raised by every change, so an edit made on an older version is refused
    """
    ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

# Steps two lines of work both numbered 5 before they were merged: a store made by either may record version 5
# with only one of them applied. Such a step counts as applied by the column it adds, not by the version number.
MARKERS: dict[int, tuple[str, str]] = {4: ("articles", "collection"), 5: ("events", "version")}


def next_step(version: int, target: int, has_column: Callable[[str, str], bool]) -> int | None:
    """The first step (0-based) below `target` not yet applied to a store recording `version`, or None.
    A marked step is applied when its column exists (whatever the version says); any other step when it is
    below the version."""
    for step in range(target):
        marker = MARKERS.get(step)
        applied = has_column(*marker) if marker else step < version
        if not applied:
            return step
    return None

_PG_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bid INTEGER PRIMARY KEY\b"), "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),
    (re.compile(r"CREATE TABLE (articles|event_sources) \("),
     r"CREATE TABLE \1 (rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,"),
)


def statements(step: int) -> list[str]:
    """The statements of migration `step` (0-based) in SQLite's dialect."""
    return [s.strip() for s in MIGRATIONS[step].split(";") if s.strip()]


def postgres_statements(step: int) -> list[str]:
    """The statements of migration `step` translated for PostgreSQL."""
    out = []
    for statement in statements(step):
        statement = "\n".join(line.split("--")[0] for line in statement.splitlines())
        for pattern, replacement in _PG_REWRITES:
            statement = pattern.sub(replacement, statement)
        out.append(statement)
    return out


def too_new(found: int, where: str) -> str:
    """The message refusing a database whose schema is newer than this program."""
    return (f"{where}: database schema version {found} is newer than this program ({SCHEMA_VERSION}); "
            "update geotimeline before opening it (nothing was changed)")
