"""A large store in the real page (issue 16, item 4): with GEOTIMELINE_LARGE_STORE set low, the page opens on bins
and places counted by the database, a selected bin lists its events, a filter change redraws both charts with the
count the in-memory path gives, and no traceback shows. Playwright in Debian's Chromium (see tests/test_browser.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.store import synthetic_articles
from geotimeline.filters import ViewState, apply_filters, prepare
from geotimeline.store import Store
from tests.test_browser import CHARTS_DRAWN, app_server, browser, guarded_page, open_app  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

N = 1_500
COUNT = re.compile(r"^[\d,]+ of [\d,]+ events")
MARK_OLD = "() => document.querySelectorAll('.js-plotly-plot').forEach(gd => { if (gd.data) gd.data.__old = true; })"
REDRAWN = ("() => { const p = [...document.querySelectorAll('.js-plotly-plot')]; return p.length >= 2"
           " && p.every(gd => gd.data && !gd.data.__old && gd.querySelector('.main-svg')); }")


def caption(page) -> str:
    return page.get_by_text(COUNT).first.inner_text()


def no_traceback(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "could not be drawn" not in page.inner_text("body")
    assert "Traceback" not in page.inner_text("body")


def test_large_store_page_bins_selects_and_filters(browser, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    db = tmp_path / "events.db"
    with Store(db) as store:
        for art, events in synthetic_articles(N, seed=5):
            store.ingest(art, events)
        frame = prepare(store.events_frame())
    total = len(frame)
    searched = len(apply_filters(frame, ViewState(search="sanctions")))
    monkeypatch.setenv("GEOTIMELINE_LARGE_STORE", "100")
    with app_server(db) as base, guarded_page(browser) as page:
        open_app(page, base)
        assert caption(page) == f"{total:,} of {total:,} events"
        timeline, world = page.locator(".js-plotly-plot").nth(0), page.locator(".js-plotly-plot").nth(1)
        assert "bins: select a bin" in timeline.locator(".gtitle").text_content()
        assert world.locator(".scattergeo .point").count() > 10  # places, from the database
        no_traceback(page)

        bins = timeline.locator(".cartesianlayer .subplot.xy .point")
        assert bins.count() > 10
        bins.nth(bins.count() // 2).click(force=True)  # a bin stands for its events
        page.wait_for_function("() => /Selected: |events selected|events in the selected bins/"
                               ".test(document.body.innerText)")
        page.wait_for_function("location.search.includes('sel=')")
        no_traceback(page)

        search = page.get_by_role("textbox", name="Search")
        search.fill("sanctions")
        page.evaluate(MARK_OLD)
        search.press("Enter")
        page.get_by_text(f"{searched:,} of {total:,} events").wait_for()
        page.wait_for_function(REDRAWN)
        page.wait_for_function(CHARTS_DRAWN)
        no_traceback(page)
