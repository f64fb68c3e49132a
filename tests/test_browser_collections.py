"""A user's own articles in the real page (issue 15): kept apart from the samples, attributed to their outlet,
visible at once; and the map and timeline of one event or of none with a place. Playwright in Debian's Chromium,
one server per test on its own store (see tests/test_browser.py for the fixtures)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from geotimeline.collection import SAMPLE_OUTLET, SAMPLES
from geotimeline.store import Store
from tests.app_fixtures import build_store
from tests.factories import CARACAS, article, event
from tests.test_browser import CHARTS_DRAWN, app_server, browser, guarded_page, open_app  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

# our own sentences, in other years than the store's 2025 events; each dateline names its date (and one an agency)
MANILA = ("MANILA, 3 May 2019 (Reuters) - The Philippines summoned the Chinese ambassador in Manila on Friday over "
          "the collision near Reed Bank, the foreign ministry said.")
CARACAS_2021 = ("CARACAS, 5 June 2021 - Venezuela's foreign minister met the Russian ambassador in Caracas on "
                "Thursday, the ministry said.")
COUNT = re.compile(r"^\d+ of \d+ events")


def caption(page) -> str:
    return page.get_by_text(COUNT).first.inner_text()


def wait_caption(page, text: str) -> None:
    page.wait_for_function(f"[...document.querySelectorAll('p')].some(p => p.innerText.startsWith({text!r}))")


def paste(page, text: str, title: str = "", outlet: str = "") -> None:
    page.get_by_role("tab", name="Sources").click()
    page.get_by_label("Paste an article").fill(text)
    if title:
        page.get_by_label("Title").fill(title)
    if outlet:
        page.get_by_label("Outlet", exact=True).fill(outlet)
    page.get_by_label("URL").click()  # the text fields commit when they lose the focus
    page.wait_for_timeout(800)
    page.get_by_role("button", name="Add pasted text").click()
    page.get_by_text(re.compile(r"1 article added")).wait_for()


def test_a_report_from_another_year_is_visible_and_found_at_once(browser, tmp_path: Path) -> None:  # noqa: F811
    with app_server(build_store(tmp_path / "events.db")) as base, guarded_page(browser) as page:
        open_app(page, base)
        assert caption(page) == "3 of 3 events"
        paste(page, MANILA)
        wait_caption(page, "4 of 4 events")  # the date range the user never set follows the data
        page.get_by_role("tab", name="Explore").click()
        search = page.get_by_role("textbox", name="Search")
        search.fill("reed bank")
        search.press("Enter")
        wait_caption(page, "1 of 4 events")


def test_a_pasted_report_appears_under_its_title_and_outlet(browser, tmp_path: Path) -> None:  # noqa: F811
    with app_server(build_store(tmp_path / "events.db")) as base, guarded_page(browser) as page:
        open_app(page, base)
        paste(page, MANILA.replace(" (Reuters)", ""), title="Reed Bank summons", outlet="Test Outlet One")
        wait_caption(page, "4 of 4 events")
        open_app(page, base, "?lanes=article")
        lanes = page.locator(".js-plotly-plot").nth(0).locator(".ytick text").evaluate_all("ts => ts.map(t => t.textContent)")
        assert "Reed Bank summons" in lanes, lanes
        open_app(page, base, "?outlet=Test+Outlet+One")  # the Outlets filter tells it apart
        assert caption(page) == "1 of 4 events"
        assert "Test Outlet One" in page.locator('[data-testid="stSidebar"]').inner_text()
        page.goto(f"{base}/?tab=briefing&step=0")
        title = page.locator("#gt-title")
        title.wait_for()
        assert "Test Outlet One" in title.inner_text() and "0 outlets" not in title.inner_text()


def test_starting_without_samples_shows_only_the_users_articles(browser, tmp_path: Path) -> None:  # noqa: F811
    db = build_store(tmp_path / "events.db")
    with Store(db) as store:
        store.ingest(article("A sample about the same crisis.", id="sample.md", outlet=SAMPLE_OUTLET),
                     [event(summary="Sample development", sentence="A sample about the same crisis.",
                            article_id="sample.md")], SAMPLES)
    with app_server(db) as base, guarded_page(browser) as page:
        open_app(page, base)
        assert caption(page) == "4 of 4 events"  # the sample event was not merged into the user's
        page.get_by_role("button", name="Start without samples").click()
        wait_caption(page, "3 of 4 events")
        page.wait_for_function("location.search.includes('coll=')")
        assert "coll=My+articles" in page.url or "coll=My%20articles" in page.url
        open_app(page, base, "?coll=Samples")  # the collections are part of a shared link
        assert caption(page) == "1 of 4 events"


def test_a_batch_upload_keeps_each_files_own_date(browser, tmp_path: Path) -> None:  # noqa: F811
    db = build_store(tmp_path / "events.db")
    with app_server(db) as base, guarded_page(browser) as page:
        open_app(page, base)
        page.get_by_role("tab", name="Sources").click()
        page.locator("input[type=file]").set_input_files([
            {"name": "manila.txt", "mimeType": "text/plain", "buffer": MANILA.encode()},
            {"name": "caracas.txt", "mimeType": "text/plain", "buffer": CARACAS_2021.encode()},
        ])
        page.get_by_text("Check each file's publication date").wait_for()  # the table, before anything is stored
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        page.get_by_role("button", name="Add the uploaded files").click()
        page.get_by_text(re.compile(r"2 articles added")).wait_for()
        with sqlite3.connect(db) as conn:
            stored = dict(conn.execute("SELECT ext_id, published FROM articles WHERE collection = 'My articles'"
                                       " AND ext_id LIKE '%.txt' AND ext_id IN ('manila.txt', 'caracas.txt')"))
            outlets = dict(conn.execute("SELECT ext_id, outlet FROM articles"))
    assert stored == {"manila.txt": "2019-05-03", "caracas.txt": "2021-06-05"}
    assert outlets["manila.txt"] == "Reuters"


@pytest.mark.parametrize("place", [CARACAS, None], ids=["one-event", "no-place"])
def test_the_map_draws_the_world_for_one_event_or_none_with_a_place(browser, tmp_path: Path, place) -> None:  # noqa: F811
    db = tmp_path / "one.db"
    with Store(db) as store:
        store.ingest(article(), [event(place=place, start=date(2025, 10, 16))])
    with app_server(db) as base, guarded_page(browser) as page:
        open_app(page, base)
        world = page.locator(".js-plotly-plot").nth(1)
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot')[1]"
                               ".querySelectorAll('.geo .countries path, .geo .land path').length > 0")
        assert world.locator(".xaxislayer-above .xtick").count() == 0  # no numeric chart instead of the world
        if place is None:
            assert "No events with a place to show" in (world.text_content() or "")
        ticks = page.locator(".js-plotly-plot").nth(0).locator(".xaxislayer-above .xtick text").evaluate_all(
            "ts => ts.map(t => t.textContent)")
        assert ticks and not [t for t in ticks if ":" in t], ticks  # days, not milliseconds
        assert any("2025" in t or "Oct" in t for t in ticks), ticks
