"""The page of a large store (more events than GEOTIMELINE_LARGE_STORE, set low here) through streamlit.testing:
the same counts as the in-memory page under the same URL, bins and places from the database, a selected event's
card from fetched rows, the parts it does not offer named in one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.store import synthetic_articles
from geotimeline.store import Store
from tests.test_app import captions, charts, run

N = 1_200  # above overview.LIMIT: the timeline draws bins, the map places


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / "events.db"
    with Store(path) as store:
        for art, events in synthetic_articles(N, seed=11):
            store.ingest(art, events)
    return path


@pytest.fixture
def large_db(big: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GEOTIMELINE_DB", str(big))
    monkeypatch.setenv("GEOTIMELINE_LOAD_SAMPLES", "0")
    monkeypatch.setenv("GEOTIMELINE_LARGE_STORE", "100")
    return big


def count_caption(at) -> str:
    return next(c for c in captions(at) if " of " in c and c.split(" of ")[0].replace(",", "").isdigit())


@pytest.mark.parametrize("params", [
    {},
    {"domain": "naval"},
    {"country": "RUS", "outlet": ["Outlet 1", "Outlet 2"]},
    {"q": "sanctions", "from": "2024-06-01", "to": "2025-03-31"},
    {"cat": "THREATEN", "mode": "asserted"},
    {"q": "no such words"},
])
def test_large_page_counts_equal_the_in_memory_page(large_db: Path, monkeypatch, params: dict) -> None:
    large = count_caption(run(params))
    monkeypatch.setenv("GEOTIMELINE_LARGE_STORE", str(10 * N))
    assert large == count_caption(run(params))


def test_large_page_draws_bins_and_places_from_the_database(large_db: Path) -> None:
    at = run()
    drawn = charts(at)
    assert set(drawn) == {"timeline_chart", "map_chart"}
    assert "bins: select a bin" in drawn["timeline_chart"]["figure"]
    assert "event(s) \\u00b7 mostly" in drawn["map_chart"]["figure"]  # a place's count, not its events
    assert any("no arcs" in c for c in captions(at))


def test_few_filtered_events_are_drawn_themselves(large_db: Path) -> None:
    at = run({"q": "sanctions", "domain": "naval"})  # well under overview.LIMIT
    assert "bins: select a bin" not in charts(at)["timeline_chart"]["figure"]
    assert not any("no arcs" in c for c in captions(at))


def test_selected_event_shows_its_card_from_fetched_rows(large_db: Path) -> None:
    with Store(large_db) as store:
        (event_id,) = [int(r[0]) for r in store.conn.execute("SELECT max(id) FROM events")]
        summary = store.event(event_id).event.summary
    at = run({"sel": str(event_id)})
    assert any(summary in c for c in captions(at))


def test_briefing_says_it_is_not_offered(large_db: Path) -> None:
    at = run({"tab": "briefing"})
    assert any("not offered yet" in i.value for i in at.info)
