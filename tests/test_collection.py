"""Collections (issue 15): the migration that brings them in, events merged only within one, removing one, the
names the user may give, the CLI's --collection, and the date range that follows the data."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from geotimeline.cli import main
from geotimeline.collection import (
    DEFAULT_COLLECTION,
    SAMPLE_OUTLET,
    SAMPLES,
    CollectionError,
    clean_name,
    list_collections,
    remove_collection,
)
from geotimeline.filters import follow_extent
from geotimeline.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, migrate
from geotimeline.store.migrations import COLLECTION_MIGRATION, postgres_statements, statements
from tests.factories import article, event

COLLECTIONS_STEP = MIGRATIONS.index(COLLECTION_MIGRATION)  # 0-based: schema 5
VERSIONS_STEP = COLLECTIONS_STEP + 1  # schema 6: event versions (numbered 5 on the branch that brought them)


@pytest.fixture
def store(any_store):
    """Collections are tested on both backends (SQLite, PostgreSQL)."""
    return any_store


@pytest.mark.parametrize(
    ("source", "outlet", "collection", "shown_outlet"),
    [
        ("/work/main/data/samples/2024-01-12-strikes-en.md", "Atlas Daily", SAMPLES, SAMPLE_OUTLET),
        ("C:\\geotimeline\\data\\samples\\a.md", "Harbour Desk", SAMPLES, SAMPLE_OUTLET),
        ("uploads/report.txt", "Reuters", DEFAULT_COLLECTION, "Reuters"),
        ("pasted", "", DEFAULT_COLLECTION, ""),
    ],
)
def test_migration_puts_the_samples_apart_and_everything_else_in_my_articles(tmp_path: Path, source, outlet,
                                                                              collection, shown_outlet) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(conn, target=COLLECTIONS_STEP)
    conn.execute("INSERT INTO articles (key, ext_id, outlet, text, source) VALUES ('k', 'a', ?, 'text', ?)",
                 (outlet, source))
    assert migrate(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT collection, outlet FROM articles").fetchone() == (collection, shown_outlet)
    conn.close()


# a store made before the merge of the two lines of work recorded schema 5 with one of the two steps:
# collections (main) or event versions (the PostgreSQL branch); either opens, gets the other step once, and works
SCHEMA_5_OF = {"collections": (COLLECTIONS_STEP,), "versions": (VERSIONS_STEP,)}
OLD_ARTICLES = (("k1", "s.md", "data/samples/s.md"), ("k2", "m.txt", "uploads/m.txt"))


def _old_sqlite_store(path: Path, kind: str) -> str:
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=COLLECTIONS_STEP)
    conn.executemany("INSERT INTO articles (key, ext_id, text, source) VALUES (?, ?, 'text', ?)", OLD_ARTICLES)
    for step in SCHEMA_5_OF[kind]:
        for statement in statements(step):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    return str(path)


def _old_postgres_store(url: str, kind: str) -> str:
    import psycopg

    from geotimeline.store.postgres import migrate as pg_migrate

    with psycopg.connect(url, autocommit=True) as conn:
        pg_migrate(conn, "test", target=COLLECTIONS_STEP)
        conn.cursor().executemany("INSERT INTO articles (key, ext_id, text, source) VALUES (%s, %s, 'text', %s)",
                                  OLD_ARTICLES)
        for step in SCHEMA_5_OF[kind]:
            for statement in postgres_statements(step):
                conn.execute(statement)
        conn.execute("UPDATE schema_version SET version = 5")
    return url


def _schema(store: Store) -> int:
    if store.dialect == "sqlite":
        return store.conn.execute("PRAGMA user_version").fetchone()[0]
    return store.conn.execute("SELECT version FROM schema_version").fetchone()[0]


@pytest.mark.parametrize("kind", sorted(SCHEMA_5_OF))
def test_a_schema_5_store_of_either_branch_upgrades_once_and_keeps_its_articles(store_target: str,
                                                                                  kind: str) -> None:
    target = (_old_sqlite_store(Path(store_target), kind) if not store_target.startswith("postgresql")
              else _old_postgres_store(store_target, kind))
    for _ in range(2):  # opening again changes nothing
        with Store(target) as store:
            assert _schema(store) == SCHEMA_VERSION
            assert dict(store.conn.execute("SELECT ext_id, collection FROM articles").fetchall()) == {
                "s.md": SAMPLES, "m.txt": DEFAULT_COLLECTION}
    with Store(target) as store:  # both steps work: collections keep events apart, edits carry versions
        store.ingest(article("first report"), [event()], "Red Sea")
        assert store.ingest(article("second", id="b.txt"), [event()], SAMPLES).events_merged == 0
        first, _ = store.events()
        store.update_event(first.id, version=first.version, summary="Edited")
        with pytest.raises(StoreError, match="changed by someone else"):
            store.update_event(first.id, version=first.version, summary="Stale")
        assert store.check() == []


def test_events_of_different_collections_are_never_merged_by_hand(store: Store) -> None:
    store.ingest(article("mine"), [event()])
    store.ingest(article("sample", id="s.md"), [event()], SAMPLES)
    ids = [e.id for e in store.events()]
    with pytest.raises(StoreError, match="different collections"):
        store.merge_events(ids)
    assert store.count_events() == 2


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (DEFAULT_COLLECTION, DEFAULT_COLLECTION, 1),
        ("Red Sea reports", "Red Sea reports", 1),
        (SAMPLES, DEFAULT_COLLECTION, 0),  # a user's report never disappears into a sample event
        (DEFAULT_COLLECTION, SAMPLES, 0),
        ("Red Sea reports", DEFAULT_COLLECTION, 0),
    ],
)
def test_events_merge_only_within_a_collection(store: Store, first: str, second: str, merged: int) -> None:
    store.ingest(article("first report"), [event()], first)
    result = store.ingest(article("second report", id="b.txt", outlet="Atlas Daily"), [event()], second)
    assert (result.events_merged, result.events_added) == (merged, 1 - merged)
    frame = store.events_frame()
    assert sorted(frame["collection"]) == sorted({first, second})


@pytest.mark.parametrize(("other", "replaced"), [(DEFAULT_COLLECTION, True), (SAMPLES, False)])
def test_an_updated_copy_replaces_only_an_article_of_its_own_collection(store: Store, other: str,
                                                                         replaced: bool) -> None:
    text = "Venezuela asked Russia for help. The talks go on."
    store.ingest(article(text, title="Talks"), [event()], other)
    result = store.ingest(article(text + " More was said.", title="Talks"), [event()], DEFAULT_COLLECTION)
    assert bool(result.replaced) == replaced
    assert store.count_articles() == (1 if replaced else 2)


def test_removing_a_collection_keeps_the_events_another_collection_reports(store: Store) -> None:
    store.ingest(article("mine"), [event(), event(summary="Only mine", category="CONSULT", sentence_start=40)])
    store.ingest(article("sample", id="s.md"), [event()], SAMPLES)
    assert [(c.name, c.articles) for c in list_collections(store.conn)] == [(DEFAULT_COLLECTION, 1), (SAMPLES, 1)]
    assert remove_collection(store, DEFAULT_COLLECTION) == (1, 2)
    assert store.count_articles() == 1 and store.count_events() == 1
    assert set(store.events_frame()["collection"]) == {SAMPLES}
    assert store.check() == []
    assert remove_collection(store, "no such collection") == (0, 0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [("", DEFAULT_COLLECTION), (None, DEFAULT_COLLECTION), ("  Red   Sea ", "Red Sea"), ("Ж-архив", "Ж-архив"),
     ("x" * 81, CollectionError), ("bad\x00name", CollectionError)],
)
def test_collection_names_are_folded_or_refused_with_a_reason(given, expected) -> None:
    if expected is CollectionError:
        with pytest.raises(CollectionError, match="collection name"):
            clean_name(given)
    else:
        assert clean_name(given) == expected


D = date


@pytest.mark.parametrize(
    ("dates", "before", "extent", "expected"),
    [
        # untouched range: follows the data both ways
        ((D(2025, 1, 1), D(2025, 12, 1)), (D(2025, 1, 1), D(2025, 12, 1)), (D(2019, 5, 3), D(2025, 12, 1)),
         (D(2019, 5, 3), D(2025, 12, 1))),
        ((D(2025, 1, 1), D(2025, 12, 1)), (D(2025, 1, 1), D(2025, 12, 1)), (D(2025, 1, 1), D(2026, 2, 1)),
         (D(2025, 1, 1), D(2026, 2, 1))),
        # a bound the user set is kept, the other one follows
        ((D(2025, 3, 1), D(2025, 12, 1)), (D(2025, 1, 1), D(2025, 12, 1)), (D(2019, 5, 3), D(2026, 2, 1)),
         (D(2025, 3, 1), D(2026, 2, 1))),
        ((D(2025, 3, 1), D(2025, 6, 1)), (D(2025, 1, 1), D(2025, 12, 1)), (D(2019, 5, 3), D(2026, 2, 1)),
         (D(2025, 3, 1), D(2025, 6, 1))),
        # no range before (an empty store): the whole extent; no data: no range
        ((), None, (D(2019, 5, 3), D(2025, 1, 1)), (D(2019, 5, 3), D(2025, 1, 1))),
        ((D(2025, 1, 1), D(2025, 2, 1)), (D(2025, 1, 1), D(2025, 2, 1)), (None, None), ()),
        # a half-picked range is left alone
        ((D(2025, 3, 1),), (D(2025, 1, 1), D(2025, 12, 1)), (D(2019, 5, 3), D(2025, 12, 1)), (D(2025, 3, 1),)),
    ],
)
def test_a_date_range_the_user_did_not_set_follows_the_data(dates, before, extent, expected) -> None:
    assert follow_extent(dates, before, extent) == expected


REPORT = ("CARACAS, 5 June 2021 - Venezuela's foreign minister met the Russian ambassador in Caracas on Thursday, "
          "the ministry said.")


@pytest.mark.parametrize(("option", "collection"), [([], DEFAULT_COLLECTION), (["--collection", "Field notes"],
                                                                                "Field notes")])
def test_cli_ingests_into_and_exports_a_named_collection(tmp_path: Path, capsys, option, collection) -> None:
    db = tmp_path / "cli.db"
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    with Store(db) as store:
        store.ingest(article("a sample", id="s.md"), [event()], SAMPLES)
    assert main(["--db", str(db), "ingest", str(tmp_path / "report.txt"), "--no-progress", *option]) == 0
    with Store(db) as store:
        assert {c.name: c.articles for c in list_collections(store.conn)} == {collection: 1, SAMPLES: 1}
    capsys.readouterr()
    assert main(["--db", str(db), "export", "--format", "json", "--collection", collection]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported and {s["article"] for e in exported for s in e["sources"]} == {"report.txt"}
    assert main(["--db", str(db), "export", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(exported) + 1


def test_cli_refuses_a_bad_collection_name_and_writes_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "cli.db"
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    assert main(["--db", str(db), "ingest", str(tmp_path / "report.txt"), "--collection", "x" * 81]) == 2
    assert "--collection" in capsys.readouterr().err and not db.exists()


def test_removed_samples_are_not_loaded_again_into_the_empty_store_until_asked(store: Store, tmp_path: Path) -> None:
    from geotimeline.pipeline import ensure_samples, ingest_samples
    from tests.factories import write_samples

    samples = write_samples(tmp_path / "samples")
    assert ensure_samples(store, samples) is not None and store.count_articles() > 0
    remove_collection(store, SAMPLES)
    assert store.count_articles() == 0
    assert ensure_samples(store, samples) is None and store.count_articles() == 0  # the user started without them
    ingest_samples(store, samples)  # "Load the sample corpus"
    assert {c.name for c in list_collections(store.conn)} == {SAMPLES}
    assert set(store.events_frame()["outlets"]) == {SAMPLE_OUTLET}
