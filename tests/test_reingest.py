"""A user's decisions outlive re-ingest: an updated copy of a stored article replaces it, a deleted event stays
deleted, an edited one keeps its edits, and what the new copy added is reported."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from geotimeline import pipeline
from geotimeline.articles import Article
from geotimeline.store import Store, migrate

FIRST = ("Venezuela's foreign minister met Russia's ambassador in Caracas on October 16. "
         "Cuba asked China for economic aid on October 20.\n")
APPENDED = "Iran sent a warship to the Caribbean Sea on October 22.\n"
ORIGINAL = Article(id="wire-1", text=FIRST, title="Ministers meet", outlet="Meridian Wire",
                   url="https://example.org/ministers", published=date(2025, 11, 1), language="en", source="wire-1")

COPIES = {  # the ways an updated copy is recognised: same id, same URL, same title and outlet
    "same-id": dict(url=""),
    "same-url": dict(id="wire-1-v2"),
    "same-title-and-outlet": dict(id="wire-1-v2", url=""),
}


def corrected(how: str) -> tuple[Article, Article]:
    """The original as first stored, and its corrected copy (one sentence appended, as wire services do)."""
    first = replace(ORIGINAL, url="") if how != "same-url" else ORIGINAL
    return first, replace(first, text=FIRST + APPENDED, **COPIES[how])


def live(store: Store, sentence_start: str) -> list:
    return [e for e in store.events() if e.event.sentence.startswith(sentence_start)]


@pytest.fixture
def store(any_store):
    """Re-ingest runs on both backends (SQLite, PostgreSQL)."""
    return any_store


@pytest.mark.parametrize("how", list(COPIES))
def test_deleted_event_stays_deleted_and_the_appended_sentence_is_added(store, how):
    first, copy = corrected(how)
    pipeline.ingest_articles(store, [first])
    (request,) = live(store, "Cuba asked")
    store.delete_event(request.id)
    summary = pipeline.ingest_articles(store, [copy])
    assert live(store, "Cuba asked") == []
    added = live(store, "Iran sent")
    assert len(added) == summary.events_added >= 1
    assert store.count_articles() == 1
    (event,) = live(store, "Venezuela's")
    assert store.article(event.sources[0].article_key).text == copy.text  # the evidence is the corrected text
    assert event.sources[0].sentence == FIRST.split(". ")[0] + "."
    (line,) = summary.updates
    assert "'Ministers meet'" in line and f"{summary.events_added} new event" in line and "1 kept" in line
    assert store.check() == []


@pytest.mark.parametrize("how", list(COPIES))
def test_edited_category_is_kept_and_not_duplicated(store, how):
    first, copy = corrected(how)
    pipeline.ingest_articles(store, [first])
    (consult,) = live(store, "Venezuela's")
    store.update_event(consult.id, category="COOPERATE", summary="Ministers agree to cooperate")
    pipeline.ingest_articles(store, [copy])
    (kept,) = live(store, "Venezuela's")
    assert (kept.id, kept.event.category, kept.event.summary, kept.edited) == (
        consult.id, "COOPERATE", "Ministers agree to cooperate", True)
    assert store.check() == []


def test_unedited_event_backed_only_by_the_old_copy_takes_the_corrected_reading(store):
    pipeline.ingest_articles(store, [ORIGINAL])
    (before,) = live(store, "Cuba asked")
    fixed = replace(ORIGINAL, text=FIRST.replace("October 20", "October 21") + APPENDED)
    pipeline.ingest_articles(store, [fixed])
    (after,) = live(store, "Cuba asked")
    assert after.id == before.id and after.event.start == before.event.start.replace(day=21)


def test_sentence_dropped_from_the_copy_withdraws_an_unedited_event_but_keeps_an_edited_one(store):
    pipeline.ingest_articles(store, [ORIGINAL])
    (consult,) = live(store, "Venezuela's")
    store.update_event(consult.id, summary="Ministers meet in Caracas")
    summary = pipeline.ingest_articles(store, [replace(ORIGINAL, text=APPENDED)])
    assert [e.id for e in live(store, "Venezuela's")] == [consult.id]
    assert live(store, "Cuba asked") == []
    assert "1 withdrawn" in summary.updates[0] and "1 kept" in summary.updates[0]
    assert store.check() == []


@pytest.mark.parametrize(
    ("other", "articles"),
    [
        (replace(ORIGINAL, text="Peru and Chile signed a fishing accord in Lima on October 3.\n", url=""), 2),
        (replace(ORIGINAL, id="wire-9", url="", outlet="Another Wire", text=FIRST + APPENDED), 2),
    ],
    ids=["same-id-other-text", "same-title-other-outlet"],
)
def test_a_different_article_is_not_taken_for_an_updated_copy(store, other, articles):
    pipeline.ingest_articles(store, [replace(ORIGINAL, url="")])
    summary = pipeline.ingest_articles(store, [other])
    assert summary.updates == () and store.count_articles() == articles


@pytest.mark.parametrize("new_id", ["copy-7", "wire-1"])
def test_same_text_under_another_id_names_the_stored_article(store, new_id):
    pipeline.ingest_articles(store, [ORIGINAL])
    before = store.event_dicts()
    summary = pipeline.ingest_articles(store, [replace(ORIGINAL, id=new_id, title="Other title", source=new_id)])
    assert summary.articles_skipped == 1 and store.event_dicts() == before
    if new_id == ORIGINAL.id:
        assert summary.duplicates == ()  # the same article read again: nothing to tell
    else:
        assert summary.duplicates == (f"{new_id}: same text as already stored 'Ministers meet' (id wire-1); "
                                      "not added again",)


def test_migration_keeps_what_the_extractor_said_before_an_edit(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=3)
    conn.executescript(
        "INSERT INTO articles (key, ext_id, text) VALUES ('k', 'a', 'Text.');"
        "INSERT INTO events (id, summary, category, domain, granularity, date_source, mode, confidence, actor_sig,"
        " edited) VALUES (1, 's', 'COOPERATE', 'diplomatic', 'day', 'text', 'reported', 0.5, 'source:VEN', 1);"
        "INSERT INTO event_sources VALUES (1, 'k', 'Text.', 0, 5, NULL);"
        "INSERT INTO edits (event_id, at, action, field, old, new) VALUES (1, 't', 'update', 'category',"
        " 'CONSULT', 'AID'), (1, 't', 'update', 'category', 'AID', 'COOPERATE');")
    conn.close()
    with Store(path) as store:
        row = store.conn.execute("SELECT category, actor_sig FROM event_sources").fetchone()
    assert row == ("CONSULT", "source:VEN")


@pytest.mark.parametrize("new_id", ["wire-1", "copy-7"])
def test_the_replaced_text_arriving_again_does_not_undo_the_update(store, new_id):
    first, copy = corrected("same-id")
    pipeline.ingest_articles(store, [first])
    pipeline.ingest_articles(store, [copy])
    before = store.event_dicts()
    summary = pipeline.ingest_articles(store, [replace(first, id=new_id, source=new_id)])
    assert store.event_dicts() == before and summary.articles_skipped == 1 and summary.updates == ()
    assert summary.duplicates == (f"{new_id}: same text as already stored an earlier copy of 'Ministers meet' "
                                  "(id wire-1); not added again",)


def test_summary_line_counts_an_updated_copy_apart_from_added_articles(store):
    first, copy = corrected("same-id")
    pipeline.ingest_articles(store, [first])
    summary = pipeline.ingest_articles(store, [copy])
    assert summary.line().startswith("0 articles added, 1 updated, 0 skipped")
