"""A large store's aggregates from SQL (geotimeline.store.aggregates) equal what the in-memory path computes from the
events frame under the same filters: options, counts, timeline bins, map cells, the latest events and a bin's events,
on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from benchmarks.store import synthetic_articles
from geotimeline import views
from geotimeline.events import EventActor
from geotimeline.filters import ViewState, apply_filters, options, prepare
from geotimeline.maps import place_table
from geotimeline.overview import binned
from geotimeline.store import Store, aggregates
from geotimeline.store.frames import NOT_GIVEN
from tests.factories import CARIBBEAN, article, event

OTHER = "Field notes"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def large(request, tmp_path_factory, pg_server):
    """(store, prepared frame): 400 synthetic events over two years, plus events the generator never makes
    (undated, an open range, no actors, no outlet, another collection), on each backend."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("agg") / "events.db")
    else:
        server, reason = pg_server
        if server is None:
            pytest.skip(f"PostgreSQL half skipped: {reason}")
        target = server.create_database()
    with Store(target) as store:
        for art, events in synthetic_articles(400, seed=3):
            store.ingest(art, events)
        store.ingest(article("Odd cases.", id="odd.txt", outlet=""), [
            event(summary="Undated talks on the blockade", start=None, end=None, date_source="none",
                  category="CONSULT", actors=(EventActor("Envoy", "CUB", "source"),)),
            event(summary="Patrols since September", start=date(2025, 9, 1), end=None, granularity="month",
                  category="MOBILIZE", domain="naval", place=CARIBBEAN, actors=(), mode="asserted"),
            event(summary="An old accord", start=date(2012, 3, 5), category="AGREE",  # months, not weeks
                  actors=(EventActor("Minister", "BRA", "source"),)),
        ])
        store.ingest(article("A note.", id="note.txt", outlet="Quiet Post"), [
            event(summary="Envoys meet again", start=date(2024, 6, 2), category="CONSULT",
                  actors=(EventActor("Envoy", "ISR", "source"),))], collection=OTHER)
        yield store, prepare(store.events_frame())


STATES = [
    ViewState(),
    ViewState(domains=("naval",), date_from=date(2024, 9, 1)),
    ViewState(date_from=date(2025, 9, 15), date_to=date(2025, 10, 31)),  # the open range runs into it
    ViewState(countries=("RUS", "CUB"), outlets=("Outlet 3", "Outlet 7")),
    ViewState(outlets=(NOT_GIVEN,)),
    ViewState(search="sanctions navy"),
    ViewState(search="BLOCKADE"),
    ViewState(search="100%_"),  # LIKE's wildcards are searched for as text
    ViewState(collections=(OTHER,)),
    ViewState(categories=("CONSULT", "THREATEN"), modes=("asserted", "reported"), date_to=date(2024, 12, 31)),
]


def ids_of(state: ViewState, frame: pd.DataFrame) -> ViewState:
    """`state` with a map selection of a few stored events (ids are the store's)."""
    return replace(state, map_selected=tuple(int(i) for i in frame["id"].iloc[::40]))


@pytest.mark.parametrize("state", [*STATES, "map"], ids=lambda s: "map" if s == "map" else repr(s)[:80])
def test_sql_counts_and_latest_rows_equal_the_frame(large, state) -> None:
    store, frame = large
    state = ids_of(ViewState(), frame) if state == "map" else state
    expected = apply_filters(frame, state)
    w = aggregates.where(state)
    assert aggregates.count(store, w) == len(expected)
    assert aggregates.latest_ids(store, w, 50) == views.latest(expected, 50)["id"].tolist()


def test_sql_options_equal_the_frame(large) -> None:
    store, frame = large
    assert aggregates.options(store) == options(frame)


@pytest.mark.parametrize("lanes", ["domain", "country", "article"])
@pytest.mark.parametrize("state", STATES[:5] + STATES[8:], ids=lambda s: repr(s)[:80])
def test_sql_bins_equal_the_frame_bins(large, state, lanes) -> None:
    store, frame = large
    expected = binned(apply_filters(frame, state), lanes)
    got = aggregates.bins(store, aggregates.where(state), lanes)
    columns = ["id", "summary", "domain", "start", "end", "n_events", "date_text", "source_country", "articles"]
    assert got.unit == expected.unit
    pd.testing.assert_frame_equal(got.frame[columns].reset_index(drop=True),
                                  expected.frame[columns].reset_index(drop=True), check_dtype=False)
    for bin_id in list(expected.members)[:3]:  # a selected bin lists the same events
        assert sorted(got.expand([bin_id], limit=10_000)) == sorted(int(i) for i in expected.members[bin_id])
        assert got.count([bin_id]) == len(expected.members[bin_id])
    picked = [int(i) for i in frame["id"].iloc[::97]]
    assert got.bins_of(picked) == tuple(sorted(expected.bins_of(picked), reverse=True))


@pytest.mark.parametrize(("max_bins", "max_lanes"), [(40, 30), (600, 4)])
@pytest.mark.parametrize("lanes", ["domain", "country"])
def test_sql_bins_widen_and_pool_lanes_as_the_frame_bins(large, monkeypatch, lanes, max_bins, max_lanes) -> None:
    store, frame = large
    monkeypatch.setattr("geotimeline.overview.MAX_BINS", max_bins)
    monkeypatch.setattr("geotimeline.overview.MAX_LANES", max_lanes)
    state = ViewState(date_from=date(2024, 3, 1))
    expected = binned(apply_filters(frame, state), lanes)
    got = aggregates.bins(store, aggregates.where(state), lanes)
    assert (got.unit, len(got.frame)) == (expected.unit, len(expected.frame))
    assert got.frame["summary"].tolist() == expected.frame["summary"].tolist()
    pooled = expected.frame.index[expected.frame["source_country"] == "(other lanes)"].tolist()
    for row in [*pooled[:2], 0]:  # the events of a pooled bin too
        bin_id = int(expected.frame["id"].iloc[row])
        assert sorted(got.expand([bin_id], limit=10_000)) == sorted(int(i) for i in expected.members[bin_id])


@pytest.mark.parametrize("state", STATES, ids=lambda s: repr(s)[:80])
def test_sql_map_cells_equal_the_frame_places(large, state) -> None:
    store, frame = large
    shown = apply_filters(frame, state)
    located = shown[shown["lat"].notna() & shown["lon"].notna()]
    expected = place_table(located)[["name", "lat", "lon", "n", "domain", "inferred"]]
    got = aggregates.cells(store, aggregates.where(state))
    key = ["name", "lat", "lon"]
    pd.testing.assert_frame_equal(got.sort_values(key, ignore_index=True),
                                  expected.sort_values(key, ignore_index=True), check_dtype=False)


def test_fetched_rows_equal_the_frame_rows(large) -> None:
    store, frame = large
    ids = [int(i) for i in frame["id"].iloc[::3]]  # more than one statement's chunk of ids
    got = aggregates.rows(store, list(reversed(ids)))
    want = frame[frame["id"].isin(ids)][got.columns]
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))


@pytest.mark.parametrize("text", ["'; DROP TABLE events; --", "%", "_", "\\", "Robert'); --"])
def test_search_text_is_bound_never_run(large, text) -> None:
    store, frame = large
    state = ViewState(search=text)
    assert aggregates.count(store, aggregates.where(state)) == len(apply_filters(frame, state))
    assert aggregates.count(store, aggregates.where(ViewState())) == len(frame)


@pytest.mark.parametrize("months", [False, True])
@pytest.mark.parametrize("state", STATES, ids=lambda s: repr(s)[:80])
def test_one_statement_summary_equals_the_separate_queries(large, state, months) -> None:
    store, frame = large
    w = aggregates.where(state)
    got = aggregates.summary(store, w, "country", months=months, latest=40)
    assert got.count == aggregates.count(store, w)
    assert got.latest == aggregates.latest_ids(store, w, 40)
    pd.testing.assert_frame_equal(got.bins.frame, aggregates.bins(store, w, "country").frame)
    pd.testing.assert_frame_equal(got.cells, aggregates.cells(store, w))


def test_search_finds_a_word_in_a_later_source_of_a_merged_event(any_store) -> None:
    """The one documented difference: the frame searches an event's first source sentence, SQL every one."""
    any_store.ingest(article("first", id="early.txt", published=date(2025, 10, 20)), [event()])
    any_store.ingest(article("second", id="late.txt", published=date(2025, 11, 3)),
                     [event(sentence="Later wording with a zeppelin.")])
    frame = prepare(any_store.events_frame())
    state = ViewState(search="zeppelin")
    assert len(frame) == 1 and len(apply_filters(frame, state)) == 0
    assert aggregates.count(any_store, aggregates.where(state)) == 1
