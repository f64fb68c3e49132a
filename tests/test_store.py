"""The store: idempotent ingest, merging across articles, edits, migrations, crash consistency."""

from __future__ import annotations

import itertools
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from geotimeline.articles import Article
from geotimeline.events import Event, EventActor
from geotimeline.gazetteer import Place
from geotimeline.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, _day, migrate
from geotimeline.store.merging import MAX_DAYS_APART, actor_signature, same_development, start_window
from geotimeline.store.sqlite import SqliteBackend
from tests.factories import CARACAS, CARIBBEAN, MOSCOW, article, event

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(any_store):
    """The store tests run on both backends (SQLite, PostgreSQL)."""
    return any_store


def test_new_store_is_at_current_schema_in_wal_mode(tmp_path):
    with Store(tmp_path / "x.db") as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.count_events() == 0 and s.count_articles() == 0


def test_ingest_stores_article_and_events(store):
    a = article("Maduro wrote to Putin.")
    result = store.ingest(a, [event(), event(category="CONSULT", summary="Ministers meet",
                                            sentence_start=30, sentence="Ministers met.")])
    assert (result.article_added, result.events_added, result.events_merged) == (True, 2, 0)
    stored = store.events()
    assert [e.event.category for e in stored] == ["REQUEST", "CONSULT"]
    first = stored[0]
    assert first.event.place == MOSCOW
    assert first.event.actors[0] == EventActor("Nicolás Maduro", "VEN", "source")
    assert first.sources[0].outlet == "Meridian Wire"
    assert store.article(a.fingerprint).text == "Maduro wrote to Putin."
    assert store.check() == []


def test_ingesting_the_same_article_twice_changes_nothing(store):
    a = article("Maduro wrote to Putin.")
    store.ingest(a, [event()])
    before = store.event_dicts()
    again = store.ingest(article("maduro  wrote to PUTIN", id="copy.txt"), [event(), event(category="AID")])
    assert again.article_added is False and again.events_added == 0
    assert store.event_dicts() == before
    assert store.count_articles() == 1


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        # same development, another outlet
        (dict(), True),
        # other day
        (dict(start=date(2025, 10, 17)), False),
        # other category
        (dict(category="CONSULT"), False),
        # other target country
        (dict(actors=(EventActor("Maduro", "VEN", "source"), EventActor("Xi Jinping", "CHN", "target"))), False),
        # same countries, names written differently: merged
        (dict(actors=(EventActor("Maduro", "VEN", "source"), EventActor("Putin", "RUS", "target"))), True),
        # no date in the text, reported four days later: the text-dated one is the same development
        (dict(start=date(2025, 10, 20), end=date(2025, 10, 20), date_source="published", granularity="day"), True),
        # reported much later without a date: not assumed the same
        (dict(start=date(2025, 11, 20), end=date(2025, 11, 20), date_source="published", granularity="day"), False),
        # the edges of the date rules: reported 7 days after the text's date merges, 8 days does not
        (dict(start=date(2025, 10, 23), end=date(2025, 10, 23), date_source="published", granularity="day"), True),
        (dict(start=date(2025, 10, 24), end=date(2025, 10, 24), date_source="published", granularity="day"), False),
        # reported before the day the text gives: not the same
        (dict(start=date(2025, 10, 15), end=date(2025, 10, 15), date_source="published", granularity="day"), False),
        # a named, different place
        (dict(place=CARIBBEAN), False),
        # an inferred place never blocks a merge
        (dict(place=Place("Caracas", 10.48, -66.9, "city", "VEN", inferred=True)), True),
    ],
)
def test_merge_of_reports_from_several_articles(store, second, merged):
    store.ingest(article("first report", id="one.txt"), [event()])
    result = store.ingest(article("second report", id="two.txt", outlet="Atlas Daily"), [event(**second)])
    assert result.events_merged == (1 if merged else 0)
    assert store.count_events() == (1 if merged else 2)
    if merged:
        (only,) = store.events()
        assert [s.outlet for s in only.sources] == ["Meridian Wire", "Atlas Daily"]
        frame = store.events_frame()
        assert frame.loc[0, "n_sources"] == 2
        assert frame.loc[0, "outlets"] == "Meridian Wire|Atlas Daily"
    assert store.check() == []


def test_events_frame_columns_and_open_ranges(store):
    store.ingest(article("x"), [
        event(),
        event(category="MOBILIZE", domain="naval", start=date(2025, 9, 1), end=None, granularity="range",
              place=CARIBBEAN, vessels=("USS Gerald R. Ford",), sentence_start=50),
        event(category="AID", start=date(2025, 11, 1), end=date(2025, 11, 1), date_source="published",
              sentence_start=90),
    ])
    frame = store.events_frame()
    assert len(frame) == 3
    by_category = frame.set_index("category")
    assert bool(by_category.loc["MOBILIZE", "open_end"]) is True
    assert bool(by_category.loc["REQUEST", "open_end"]) is False
    assert bool(by_category.loc["AID", "open_end"]) is False
    assert by_category.loc["MOBILIZE", "vessels"] == "USS Gerald R. Ford"
    assert by_category.loc["REQUEST", "countries"] == "VEN|RUS"
    assert by_category.loc["REQUEST", "source_country"] == "VEN"
    assert by_category.loc["REQUEST", "target_country"] == "RUS"
    assert str(frame["start"].dtype) == "datetime64[us]"


def test_empty_store_gives_empty_frame_with_columns(store):
    from geotimeline.store.frames import COLUMNS

    frame = store.events_frame()
    assert frame.empty and list(frame.columns) == list(COLUMNS)


def test_edits_are_stored_logged_and_survive_reopening(store_target):
    path = store_target
    with Store(path) as s:
        s.ingest(article("x"), [event()])
        (stored,) = s.events()
        s.update_event(stored.id, summary="Maduro writes to Putin", category="SUPPORT")
    with Store(path) as s:
        again = s.event(stored.id)
        assert again.edited and again.event.summary == "Maduro writes to Putin"
        assert again.event.category == "SUPPORT"
        assert {(e["field"], e["old"], e["new"]) for e in s.edits(stored.id)} == {
            ("summary", "Maduro asks Putin for missiles", "Maduro writes to Putin"),
            ("category", "REQUEST", "SUPPORT"),
        }


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"category": "HUG"}, "category"),
        ({"domain": "space"}, "domain"),
        ({"mode": "rumoured"}, "mode"),
        ({"start": date(2025, 10, 20), "end": date(2025, 10, 1)}, "before the start"),
        ({"summary": "  "}, "summary"),
        ({"sentence": "changed"}, "cannot edit sentence"),
    ],
)
def test_invalid_edits_are_refused_and_change_nothing(store, changes, message):
    store.ingest(article("x"), [event()])
    (stored,) = store.events()
    with pytest.raises(StoreError, match=message):
        store.update_event(stored.id, **changes)
    assert store.event(stored.id) == stored
    assert store.edits() == []


def test_delete_and_merge(store):
    store.ingest(article("x"), [
        event(),
        event(category="AID", sentence_start=40, actors=(EventActor("Iran", "IRN", "source"),)),
        event(category="CONSULT", sentence_start=80),
    ])
    ids = [e.id for e in store.events()]
    store.delete_event(ids[2])
    assert store.count_events() == 2
    kept = store.merge_events([ids[0], ids[1]])
    assert kept == ids[0] and store.count_events() == 1
    merged = store.event(kept)
    assert len(merged.sources) == 2
    assert {a.country for a in merged.event.actors} == {"VEN", "RUS", "IRN"}
    assert [e["action"] for e in store.edits()] == ["delete", "merge", "merge"]
    assert store.check() == []
    with pytest.raises(StoreError):
        store.delete_event(ids[2])


def test_migration_from_version_1_keeps_data(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO articles (key, ext_id, text) VALUES ('k', 'old.txt', 'old text')")
    conn.execute(
        "INSERT INTO events (summary, category, domain, start, granularity, date_source, mode, confidence,"
        " actor_sig) VALUES ('Old event', 'CONSULT', 'diplomatic', '2024-06-17', 'day', 'text', 'asserted',"
        " 0.5, '')"
    )
    conn.execute("INSERT INTO event_sources VALUES (1, 'k', 'Old sentence.', 0, 13, NULL)")
    conn.close()
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        (old,) = s.events()
        assert old.event.summary == "Old event" and old.event.vessels == () and old.event.date_value is None
        assert old.sources[0].sentence == "Old sentence."


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this program"):
        Store(path)


def test_a_file_that_is_not_a_database_is_reported(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(path)


WRITER = """
import sys, time
sys.path.insert(0, {root!r})
from geotimeline.store import Store
from tests.factories import article, event
with Store({db!r}) as s:
    for i in range(100000):
        evs = [event(sentence_start=j * 10, summary=f"event {{i}}-{{j}}", start=None, date_source="published",
                     category="CONSULT", actors=()) for j in range(20)]
        s.ingest(article(f"article number {{i}}", id=f"{{i}}.txt"), evs)
        print(i, flush=True)
"""


def test_killing_an_ingest_midway_leaves_the_store_consistent(tmp_path):
    db = tmp_path / "crash.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT), db=str(db)))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 30 and time.monotonic() < deadline:  # let it commit a few dozen articles
        if proc.stdout.readline():
            seen += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert seen >= 30, "the writer did not get going"
    with Store(db) as s:
        assert s.check() == []
        articles = s.count_articles()
        assert articles >= seen
        # every stored article has all 20 of its events, none half-written
        assert s.conn.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 20 * articles
        s.ingest(article("after the crash", id="late.txt"), [event()])
        assert s.check() == []


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.ingest(article("another article", id="b.txt"), [event(category="CONSULT")]),
        # a new article whose only event merges into a stored one: no new event id, still a new version
        lambda s: s.ingest(article("same development", id="c.txt", outlet="Atlas Daily"), [event()]),
        lambda s: s.update_event(1, summary="Changed summary"),
        lambda s: s.delete_event(1),
        lambda s: s.merge_events([1, 2]),
    ],
    ids=["ingest", "ingest-merged", "edit", "delete", "merge"],
)
def test_version_changes_with_every_change_of_content(store, change):
    store.ingest(article("first"), [event(), event(category="AID", sentence_start=40)])
    before = store.version()
    assert store.version() == before  # reading changes nothing
    change(store)
    assert store.version() != before


def test_version_is_seen_by_another_connection(store_target):
    with Store(store_target) as app, Store(store_target) as cli:
        before = app.version()
        cli.ingest(article(), [event()])
        assert app.version() != before
        assert app.version() == cli.version()


def test_an_edit_that_changes_nothing_is_no_edit(store):
    store.ingest(article("first"), [event()])
    (stored,) = store.events()
    before = store.version()
    store.update_event(stored.id, summary=stored.event.summary, category=stored.event.category)
    again = store.event(stored.id)
    assert not again.edited and store.edits(stored.id) == [] and store.version() == before


def test_ingesting_a_known_article_keeps_the_version(store):
    store.ingest(article("first"), [event()])
    before = store.version()
    store.ingest(article("first", id="copy.txt"), [event()])
    assert store.version() == before


# ---- merge candidates: only events whose start can match are read (schema 3) -------------------------
SOURCES = ("text", "published")
GRANULARITIES = ("day", "month", "range")


def test_start_window_holds_every_start_that_can_merge():
    """Exhaustive over date sources, granularities and start offsets: whenever `same_development` says
    yes, the stored start is in the window of the new one (or both are undated), and the window is no
    wider than the rules need: its two edges are each reached by some pair."""
    day = date(2025, 3, 10)
    reached = set()
    for mine, theirs, my_gran, their_gran in itertools.product(SOURCES, SOURCES, GRANULARITIES, GRANULARITIES):
        for offset in [*range(-MAX_DAYS_APART - 3, MAX_DAYS_APART + 4), None]:
            new = event(start=day, end=day, date_source=mine, granularity=my_gran, place=None)
            start = None if offset is None else day + timedelta(days=offset)
            if not same_development(new, start=start, end=start, granularity=their_gran, date_source=theirs,
                                    place_name=None, place_inferred=False):
                continue
            first, last = start_window(day)
            assert start is not None and first <= start <= last, (mine, theirs, my_gran, their_gran, offset)
            reached.add(offset)
    assert {-MAX_DAYS_APART, MAX_DAYS_APART} <= reached


@pytest.mark.parametrize("day", [date.min, date.max, date(2025, 1, 1)])
def test_start_window_stays_in_the_calendar(day):
    first, last = start_window(day)
    assert first <= day <= last and (last - first).days <= 2 * MAX_DAYS_APART


class LegacyBackend(SqliteBackend):
    """The schema-2 database, with the source columns ingest writes (schema 4), the collections (schema 5) and the
    event versions (schema 6), but not the index of schema 3."""

    def __init__(self, path: Path) -> None:  # no super(): it would migrate to the latest
        self.name = str(path)
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        migrate(self.conn, target=2)
        for step in (3, 4, 5):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    self.conn.execute(statement)


class LegacyStore(Store):
    """The reference: the store as it was before schema 3, on the schema-2 database it ran on, reading
    every stored event of the category and actor signature as a merge candidate (the old rule)."""

    def __init__(self, path: str | Path) -> None:  # no super(): it would migrate to the latest
        self.path = Path(path)
        self._db = LegacyBackend(self.path)
        self.conn = self._db.conn
        self.dialect = "sqlite"

    def _find_same(self, conn: sqlite3.Connection, event: Event, collection: str = "") -> int | None:
        rows = conn.execute(
            'SELECT id, start, "end", granularity, date_source, place_name, place_inferred FROM events'
            ' WHERE category=? AND actor_sig=? AND deleted=0',
            (event.category, actor_signature(event.actors)),
        ).fetchall()
        for row in rows:
            if same_development(event, start=_day(row[1]), end=_day(row[2]), granularity=row[3],
                                date_source=row[4], place_name=row[5], place_inferred=bool(row[6])):
                return int(row[0])
        return None


ACTOR_SETS = (
    (EventActor("Nicolás Maduro", "VEN", "source"), EventActor("Vladimir Putin", "RUS", "target")),
    (EventActor("Maduro", "VEN", "source"), EventActor("Kremlin", "RUS", "target")),  # same signature
    (EventActor("Venezuelan navy", "VEN", "source"),),
    (EventActor("Unnamed militia", None, "source"),),
    (),
)
PLACES = (MOSCOW, CARIBBEAN, None, Place("Caracas", CARACAS.lat, CARACAS.lon, "city", "VEN", inferred=True))


def random_article(rng: random.Random, n: int, base: date) -> tuple[Article, list[Event]]:
    """An article with up to six events crowded into few categories, signatures, places and five weeks,
    so that merges, near misses at the window edges, ties between several candidates and undated events
    (text- and publication-dated) all occur."""
    published = None if rng.random() < 0.1 else base + timedelta(days=rng.randrange(40))
    events = []
    for i in range(rng.randint(1, 6)):
        if rng.random() < 0.5:  # dated only by publication, as extraction does it
            start, end, gran, source = published, published, "day", "published"
        else:
            start = None if rng.random() < 0.1 else base + timedelta(days=rng.randrange(40))
            gran = rng.choice(GRANULARITIES)
            end = start if start is None else rng.choice([start, None, start + timedelta(days=rng.randrange(1, 9))])
            source = "text"
        events.append(event(summary=f"development {n}-{i}", category=rng.choice(("REQUEST", "CONSULT")),
                            start=start, end=end, granularity=gran, date_source=source,
                            place=rng.choice(PLACES), actors=rng.choice(ACTOR_SETS), sentence=f"Sentence {i}.",
                            article_id=f"{n}.txt", sentence_start=i * 20))
    return article(f"random article {n}", id=f"{n}.txt", outlet=f"Outlet {n % 4}", published=published), events


@pytest.mark.parametrize("seed", range(6))
def test_candidates_by_start_window_merge_exactly_as_the_old_rule(tmp_path, seed):
    rng = random.Random(seed)
    base, at = date(2025, 9, 1), datetime(2025, 12, 1, tzinfo=UTC)
    added = merged = 0
    with LegacyStore(tmp_path / "old.db") as old, Store(tmp_path / "new.db") as new:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        for n in range(150):
            art, events = random_article(rng, n, base)
            result = new.ingest(art, events)
            assert old.ingest(art, events) == result, f"article {n}"
            added, merged = added + result.events_added, merged + result.events_merged
            if n % 15 == 14:  # a person deletes one event and redates another, in both stores alike
                ids = [e.id for e in new.events()]
                gone, redated = rng.sample(ids, 2)
                day = base + timedelta(days=rng.randrange(40))
                for s in (old, new):
                    s.delete_event(gone, at=at)
                    s.update_event(redated, start=day, end=day, granularity="day", at=at)
        assert new.event_dicts() == old.event_dicts()
        assert new.edits() == old.edits()
        assert new.check() == old.check() == []
    assert added > 100 and merged > 100  # the data did exercise both paths


def test_merge_candidates_are_read_through_the_start_index(sqlite_store):
    store = sqlite_store
    """The candidate queries ingest runs (dated and undated events) are range look-ups in the
    (category, actor_sig, start) index, not scans of every event of a signature."""
    store.ingest(article("first"), [event()])
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    store.ingest(article("second", id="b.txt"), [event(), event(start=None, sentence_start=40)])
    store.conn.set_trace_callback(None)
    lookups = [sql for sql in seen if sql.startswith('SELECT id, start, "end"')]
    assert len(lookups) == 2
    plans = [" ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)) for sql in lookups]
    assert "USING INDEX events_match (category=? AND actor_sig=? AND start>? AND start<?)" in plans[0]
    assert "USING INDEX events_match (category=? AND actor_sig=? AND start=?)" in plans[1]
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "events_match" in names and "events_lookup" not in names
