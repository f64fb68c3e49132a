"""Offline HTML report and PNG export; the browser tests run headless Chromium with the network blocked."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs

from geotimeline import report
from geotimeline.report import BrowserUnavailable, chart_png, event_table, offline_html, script_json
from geotimeline.timeline import timeline_figure
from tests.event_rows import BASE, T

HOSTILE = '</script><script>window.__pwned=1</script><img src="https://evil.example/x.png">'


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame([{**BASE, "id": i, **row} for i, row in enumerate(rows, start=1)])


DF = frame(
    {},
    {"granularity": "month", "start": T("2025-10-01"), "end": T("2025-10-31"), "date_text": "mid-October"},
    {"open_end": True, "granularity": "month", "start": T("2025-09-01"), "date_text": "since September",
     "domain": "naval", "place_name": "Caribbean Sea", "lat": 15.0, "lon": -75.0, "vessels": "USS Gerald R. Ford",
     "source_country": "USA", "target_country": "", "countries": "USA"},
    {"date_source": "published", "date_text": None, "start": T("2025-11-01"), "domain": "naval",
     "place_name": "Puerto Rico", "lat": 18.2, "lon": -66.5, "vessels": "USS Gerald R. Ford"},
    {"summary": HOSTILE, "outlets": "https://wire.example/story", "start": T("2025-10-20")},
)
URL = re.compile(r"https?://", re.IGNORECASE)


def without_library(text: str) -> str:
    lib = get_plotlyjs()
    assert text.count(lib) == 1
    return text.replace(lib, "")


@pytest.fixture(scope="module")
def page() -> str:
    return offline_html(DF, "Venezuela & the Caribbean <draft>")


def test_offline_html_has_no_url_outside_the_library_and_escaped_table_text(page):
    rest = without_library(page)
    outside_cells = re.sub(r"<td>[^<]*</td>", "", rest)
    assert URL.findall(outside_cells) == []
    assert "<script src" not in page.lower() and "<link" not in page.lower()


def test_urls_from_article_text_only_appear_escaped_or_as_json_strings(page):
    rest = without_library(page)
    # in the table the outlet is text in a cell, not a link; in figure JSON the slashes are escaped
    assert '<td>https://wire.example/story</td>' in rest
    assert 'href="https' not in rest and "src=\"https" not in rest


def test_hostile_text_cannot_close_the_script_or_add_markup(page):
    rest = without_library(page)
    assert HOSTILE not in rest
    assert "<script>window.__pwned" not in rest
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1" in rest  # the table cell
    assert rest.count("</script>") == rest.count("<script")  # only our own script tags


def test_plotly_and_world_outline_are_inlined(page):
    assert get_plotlyjs() in page
    assert "window.PlotlyGeoAssets = {topojson: {" in page and '"world_110m":' in page
    assert "<title>Venezuela &amp; the Caribbean &lt;draft&gt;</title>" in page


@pytest.mark.parametrize(("rows", "shown"), [(3, 3), (12, 10)])
def test_event_table_is_escaped_in_date_order_and_capped(rows, shown):
    df = frame(*({"start": T("2025-10-01") + pd.Timedelta(days=rows - i), "summary": f"<b>e{i}</b>"}
                 for i in range(rows)))
    table = event_table(df, max_rows=10)
    assert table.count("<tr>") == shown + 1
    cells = re.findall(r"&lt;b&gt;e(\d+)&lt;/b&gt;", table)
    assert cells == [str(i) for i in range(rows - 1, rows - 1 - shown, -1)]
    assert ("of 12 events" in table) == (rows > shown)


@pytest.mark.parametrize("value", ["</script>", {"a": "<!--"}, "a&b"])
def test_script_json_escapes_markup(value):
    out = script_json(value)
    assert "<" not in out and ">" not in out and "&" not in out


def test_png_without_a_browser_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(report, "find_chromium", lambda: None)
    with pytest.raises(BrowserUnavailable, match="Chromium"):
        chart_png(go.Figure(), tmp_path / "x.png")


@pytest.mark.parametrize(("env", "found"), [("/nonexistent/chromium", False), (None, True)])
def test_find_chromium_honours_the_environment(monkeypatch, env, found):
    monkeypatch.setattr(report, "CHROMIUM_CANDIDATES", ())
    monkeypatch.setattr(report.shutil, "which", lambda name: None)
    if env:
        monkeypatch.setenv("GEOTIMELINE_CHROMIUM", env)
    else:
        monkeypatch.setenv("GEOTIMELINE_CHROMIUM", "/bin/sh")
    assert (report.find_chromium() is not None) == found


# --- in the browser --------------------------------------------------------------------------------------


def open_offline(path: Path):
    """Loads `path` in headless Chromium with every non-file request aborted; yields (page, requests)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    exe = report.find_chromium()
    if exe is None:
        pytest.skip("no Chromium")
    requests: list[str] = []

    def guard(route):
        requests.append(route.request.url)
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    pw = sync_api.sync_playwright().start()
    browser = pw.chromium.launch(executable_path=exe, args=["--no-sandbox"])
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    ctx.route("**/*", guard)
    tab = ctx.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(path.as_uri())
    return pw, browser, tab, requests, errors


@pytest.mark.browser
def test_offline_html_draws_map_and_timeline_with_the_network_blocked(page, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    pw, browser, tab, requests, errors = open_offline(path)
    try:
        tab.wait_for_function("window.__plotted && window.__plotted.map && window.__plotted.timeline",
                              timeout=60_000)
        # plotly draws each outline layer as one <path>: count the outlines (subpaths) in it
        subpaths = tab.evaluate("""() => Object.fromEntries(['countries', 'land', 'coastlines'].map(k => {
            const el = document.querySelector('#map .layer.' + k + ' path');
            return [k, el ? ((el.getAttribute('d') || '').match(/M/g) || []).length : 0];
        }))""")
        points = tab.locator("#timeline .scatterlayer .point").count()
        bars = tab.locator("#timeline .barlayer .point").count()
        pwned = tab.evaluate("window.__pwned === undefined")
    finally:
        browser.close()
        pw.stop()
    assert subpaths['countries'] > 100 and subpaths['land'] > 10 and subpaths['coastlines'] > 10
    assert points >= 3 and bars >= 2
    assert pwned
    assert not errors
    assert [u for u in requests if not u.startswith("file:")] == []


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["timeline", "map"])
def test_chart_png_writes_an_image(kind, tmp_path):
    if report.find_chromium() is None:
        pytest.skip("no Chromium")
    pytest.importorskip("playwright.sync_api")
    from geotimeline.maps import map_figure

    fig = timeline_figure(DF) if kind == "timeline" else map_figure(DF)
    out = chart_png(fig, tmp_path / f"{kind}.png", width=900)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width == 900
    assert len(data) > 8_000  # a blank page of this size compresses to about 1 kB
    # a title gets its own band above the same plot
    titled = chart_png(fig, tmp_path / f"{kind}-titled.png", width=900, title="geotimeline · 3 events").read_bytes()
    assert int.from_bytes(titled[20:24], "big") >= height and titled != data


@pytest.mark.browser
def test_map_playback_animates_offline(tmp_path):
    from geotimeline.maps import map_figure
    from geotimeline.report import figure_div
    from geotimeline.report import page as html_page

    fig = map_figure(DF, playback=True)
    path = tmp_path / "play.html"
    path.write_text(html_page("playback", figure_div(fig, "figure"), [fig]), encoding="utf-8")
    pw, browser, tab, requests, errors = open_offline(path)
    try:
        tab.wait_for_function("window.__plotted && window.__plotted.figure", timeout=60_000)
        before = tab.locator("#figure .scattergeo .point").count()
        last = fig.frames[-1].name
        tab.evaluate(f"Plotly.animate('figure', [{last!r}], {{frame: {{duration: 0, redraw: true}}, mode: 'immediate'}})")
        tab.wait_for_function("document.querySelector('#figure .slider-group') !== null", timeout=10_000)
        tab.wait_for_timeout(500)
        after = tab.locator("#figure .scattergeo .point").count()
    finally:
        browser.close()
        pw.stop()
    assert len(fig.frames) >= 2
    assert after > before  # places lit up as their events happened
    assert not errors
    assert [u for u in requests if not u.startswith("file:")] == []
