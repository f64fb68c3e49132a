"""The real page in a real browser: `streamlit run app.py` on a free localhost port, driven by Playwright in
Debian's Chromium. Every test fails if the page asks for anything outside the machine.

These run in CI: with CI=true a missing browser is a failure, elsewhere it is a skip.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.app_fixtures import HOSTILE_SENTENCE, build_store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
TIMEOUT_MS = 60_000


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(base: str, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not become healthy within {timeout:.0f} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One server for the module, on a tmp store with three known events."""
    with app_server(build_store(tmp_path_factory.mktemp("browser") / "events.db")) as base:
        yield base


@contextmanager
def app_server(db: Path) -> Iterator[str]:
    """The app served on the store `db` until the block ends."""
    port = free_port()
    env = {**os.environ, "GEOTIMELINE_DB": str(db), "GEOTIMELINE_LOAD_SAMPLES": "0"}
    log = open(db.with_suffix(".log"), "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} not found")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@contextmanager
def guarded_page(browser, width: int = 1920, height: int = 1080) -> Iterator[object]:
    """A page of that size whose every request outside the machine is aborted and recorded."""
    context = browser.new_context(viewport={"width": width, "height": height})
    outside: list[str] = []

    def guard(route) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob") or url.hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    yield tab
    context.close()
    assert outside == [], f"requests left the machine: {outside}"


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:
    """A 1920x1080 page whose every request outside the machine is aborted and recorded."""
    with guarded_page(browser) as tab:
        yield tab


CHARTS_DRAWN = ("(() => { const p = [...document.querySelectorAll('.js-plotly-plot')];"
                " return p.length >= 2 && p.every(e => e.querySelector('.main-svg')); })()")


def open_app(page, server: str, query: str = "") -> None:
    page.goto(f"{server}/{query}")
    page.wait_for_function(CHARTS_DRAWN)


def count_caption(page) -> str:
    return page.get_by_text(re.compile(r"^\d+ of \d+ events")).first.inner_text()


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_both_charts_drawn_offline(page, server: str) -> None:
    open_app(page, server)
    charts = page.locator(".js-plotly-plot")
    assert charts.count() == 2
    timeline, world = charts.nth(0), charts.nth(1)
    assert timeline.locator(".scatterlayer .point").count() >= 2
    # the map's land outline came from the local topojson (app/static), so coastlines are drawn
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot .geo .countries path, "
                           ".js-plotly-plot .geo .land path').length > 0")
    assert world.locator(".geo").count() >= 1
    assert count_caption(page) == "3 of 3 events"


def test_clicking_an_event_shows_its_detail(page, server: str) -> None:
    open_app(page, server)
    point = page.locator(".js-plotly-plot").nth(0).locator(".scatterlayer .point").first
    point.click(force=True)
    page.get_by_text("Date as written:").wait_for()
    card = page.locator(".st-key-detail_card").inner_text()
    assert "Interpreted:" in card and "Actors:" in card
    page.wait_for_function("location.search.includes('sel=')")
    assert re.fullmatch(r"\d+", query_of(page)["sel"][0])


def test_a_click_leaves_no_plotly_selection_state_and_no_cloud_button(page, server: str) -> None:
    """The page rings what is selected; plotly's own selection (faded points, a box outline) must not stay on
    the redrawn charts, and no modebar button may offer to upload a chart (and its article text) to a cloud."""
    open_app(page, server)
    point = page.locator(".js-plotly-plot").nth(0).locator(".scatterlayer .point").first
    point.click(force=True)
    page.get_by_text("Date as written:").wait_for()
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')][0]._fullData"
                           ".some(t => t.name === 'selected')")
    faded = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(gd => gd._fullData)"
                          ".filter(t => Array.isArray(t.selectedpoints) || t.selectedpoints === 0).length")
    assert faded == 0
    for gd in page.locator(".js-plotly-plot").all():
        gd.hover()
        titles = gd.locator(".modebar-btn").evaluate_all("bs => bs.map(b => b.getAttribute('data-title') || '')")
        assert titles and not [t for t in titles if re.search(r"cloud|share|chart studio", t, re.I)], titles


def test_picking_a_row_of_the_event_list_shows_its_detail(page, server: str) -> None:
    open_app(page, server)
    grid = page.locator(".st-key-latest_table [data-testid='stDataFrameResizable']")
    grid.wait_for()
    box = grid.bounding_box()
    assert box is not None
    # the grid is a canvas: the first data row sits under the 35 px header; its selection box is at the left
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)
    page.get_by_text("Date as written:").wait_for()
    assert "Carrier enters the Caribbean" in page.locator(".st-key-detail_card").inner_text()  # the latest event
    page.wait_for_function("location.search.includes('sel=2')")
    # the list stays below the card: the third row (the oldest event) opens its card in turn
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 2 * 35 + 17)
    page.wait_for_function("document.querySelector('.st-key-detail_card')?.innerText.includes('militia')")


def test_filter_change_redraws_the_timeline(page, server: str) -> None:
    open_app(page, server)
    timeline = page.locator(".js-plotly-plot").nth(0)
    before = timeline.locator(".scatterlayer .trace").count()
    search = page.get_by_role("textbox", name="Search")
    search.fill("caribbean")
    search.press("Enter")
    page.wait_for_function("document.body.innerText.includes('1 of 3 events')")
    page.wait_for_function("location.search.includes('q=')")
    page.wait_for_function(
        "n => document.querySelectorAll('.js-plotly-plot')[0].querySelectorAll('.scatterlayer .trace').length < n",
        arg=before,
    )
    assert query_of(page)["q"] == ["caribbean"]


def test_a_filter_change_updates_the_charts_in_place(page, server: str) -> None:
    """The charts are not torn down and rebuilt on a rerun (st.plotly_chart does that for every changed
    figure): the same plot elements take the new figures, and plotly.js came from this server."""
    open_app(page, server)
    page.evaluate("() => document.querySelectorAll('.js-plotly-plot').forEach((gd, i) => { gd.__gtMark = i + 1; })")
    search = page.get_by_role("textbox", name="Search")
    search.fill("caribbean")
    search.press("Enter")
    page.wait_for_function("document.body.innerText.includes('1 of 3 events')")
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].every(gd => "
                           "gd.data && gd.data.length && gd.dataset.rev)")
    marks = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => gd.__gtMark || 0)")
    assert marks == [1, 2]
    scripts = page.evaluate("() => [...document.scripts].map(s => s.src).filter(s => s.includes('plotly'))")
    assert scripts and all(urlparse(s).hostname in LOCAL_HOSTS for s in scripts)


def test_shared_url_opens_the_same_view(page, server: str) -> None:
    open_app(page, server, "?domain=naval&sel=2&lanes=country")
    page.get_by_text("Date as written:").wait_for()
    assert count_caption(page) == "1 of 3 events"
    assert "Carrier enters the Caribbean" in page.locator(".st-key-detail_card").inner_text()
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert "naval" in sidebar.locator(".stMultiSelect").filter(has_text="Domains").inner_text()
    assert sidebar.get_by_label("Actor country").is_checked()
    # the URL still says the same after the page settled, so it can be shared again
    assert query_of(page) == {"domain": ["naval"], "sel": ["2"], "lanes": ["country"]}


def test_briefing_steps_through_events(page, server: str) -> None:
    page.goto(f"{server}/?tab=briefing")
    title = page.locator("#gt-title h1")
    title.wait_for()
    assert "3 events" in title.inner_text()
    assert float(title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 40  # projector-sized
    headings = []
    for _ in range(3):
        page.get_by_role("button", name="Next ▶").click()
        page.wait_for_function(
            "prev => { const h = document.querySelector('#gt-event h1'); return h && h.innerText !== prev; }",
            arg=headings[-1] if headings else "",
        )
        headings.append(page.locator("#gt-event h1").inner_text())
    assert headings == ["Venezuela mobilises its militia", "Maduro asks Putin for help", "Carrier enters the Caribbean"]
    page.wait_for_function(CHARTS_DRAWN)
    page.get_by_role("button", name="Next ▶").click()
    page.locator("#gt-summary").wait_for()
    assert page.get_by_role("button", name="Next ▶").is_disabled()
    # the URL is written at the end of the script run, after the slide is drawn: wait for it
    page.wait_for_function("() => new URLSearchParams(location.search).get('step') === '4'")
    assert query_of(page)["step"] == ["4"]


OVERFLOW = ("(() => { const m = document.querySelector('[data-testid=stMain]');"
            " return Math.max(m.scrollHeight, document.documentElement.scrollHeight) - innerHeight; })()")
CHART_FONT_SIZES = ("[...document.querySelectorAll('.js-plotly-plot text')]"
                    ".filter(t => t.textContent.trim() && t.getBBox().width > 0)"
                    ".map(t => parseFloat(getComputedStyle(t).fontSize))")


def step_text(page) -> str:
    return page.locator(".gt-step").inner_text()


def wait_until_idle(page) -> None:
    """Until the script run a key or click started has finished (a key pressed during a run can be lost)."""
    page.wait_for_function("document.querySelector('[data-testid=stApp]')"
                           "?.getAttribute('data-test-script-state') === 'notRunning'")


# (bottom of the last thing on the slide, window height): a slide fits when nothing is below the window
SLIDE_BOTTOM = ("(() => { const s = [...document.querySelectorAll('.gt-slide, .st-key-brief .js-plotly-plot')];"
                " return [Math.max(...s.map(e => e.getBoundingClientRect().bottom)), innerHeight]; })()")
# each chart of the slide: (its box's height, the height plotly.js drew it at)
CHART_HEIGHTS = ("[...document.querySelectorAll('.st-key-brief .js-plotly-plot')]"
                 ".map(gd => [gd.getBoundingClientRect().height, gd._fullLayout.height])")
# every legend key of the slide's timeline inside the legend's box (a legend taller than its room scrolls)
LEGEND_CLIPPED = ("(() => { const l = document.querySelector('.st-key-brief_timeline .legend');"
                  " const box = l.querySelector('.bg').getBoundingClientRect();"
                  " return [...l.querySelectorAll('.traces')].filter(t => t.getBoundingClientRect().bottom"
                  " > box.bottom + 1).length; })()")


def charts_sized_to_their_boxes(page) -> None:
    page.wait_for_function(f"{CHART_HEIGHTS}.every(([box, drawn]) => Math.abs(box - drawn) <= 2)")


@pytest.mark.parametrize(("width", "height", "query"), [
    (1920, 1080, ""), (1366, 768, ""), (1280, 720, ""),  # the usual projector resolutions
    (1920, 1080, "&large=1"),  # large type (the page's toggle)
])
def test_briefing_slides_fit_the_window(browser, server: str, width: int, height: int, query: str) -> None:
    """Every kind of slide fits the window without scrolling, its charts at least 18 px type: the charts take the
    height the window leaves, not a fixed one."""
    with guarded_page(browser, width, height) as page:
        for step, slide in (("0", "#gt-title"), ("2", "#gt-event"), ("4", "#gt-summary")):
            page.goto(f"{server}/?tab=briefing&step={step}{query}")
            page.locator(slide).wait_for()
            if slide == "#gt-event":
                page.wait_for_function(CHARTS_DRAWN)
                charts_sized_to_their_boxes(page)
                sizes = page.evaluate(CHART_FONT_SIZES)
                assert sizes and min(sizes) >= 18, sorted(sizes)[:5]  # ticks, lanes, legend, cursor label
                timeline = page.locator(".st-key-brief_timeline .js-plotly-plot")
                assert timeline.count() == 1 and timeline.locator(".xtick").count() > 0
                assert timeline.locator(".rangeselector").count() == 0  # nothing for the cursor label to overlap
                assert page.evaluate(LEGEND_CLIPPED) == 0
                assert min(box for box, _ in page.evaluate(CHART_HEIGHTS)) >= 250  # shrunk, still readable
                # the quoted sentence is never smaller than the timeline's date labels
                quote = page.locator(".gt-quote").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
                ticks = timeline.locator(".xtick text").evaluate_all(
                    "ts => ts.map(t => parseFloat(getComputedStyle(t).fontSize))")
                assert ticks and quote >= max(ticks), (quote, max(ticks))
            wait_until_idle(page)
            bottom, window = page.evaluate(SLIDE_BOTTOM)
            assert bottom <= window + 1, (slide, bottom, window)
            assert page.evaluate(OVERFLOW) <= 1, slide  # no scrolling
            # the slide has the screen: no Streamlit header, page title or tab bar; the nav is large
            assert page.locator('[data-testid="stHeader"]').is_hidden()
            assert page.get_by_role("tab", name="Explore").is_hidden()
            assert page.get_by_text("geotimeline · diplomatic").is_hidden()
            assert float(page.locator(".gt-step").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 20
            label = page.locator(".st-key-next button p").first
            assert float(label.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 20


def test_briefing_charts_follow_a_resized_window(page, server: str) -> None:
    """Moved to a smaller screen (or out of a browser's full screen), the slide's charts are drawn again at the new
    size, without a rerun of the page, and the slide still fits."""
    page.goto(f"{server}/?tab=briefing&step=2")
    page.locator("#gt-event").wait_for()
    page.wait_for_function(CHARTS_DRAWN)
    charts_sized_to_their_boxes(page)
    before = page.evaluate(CHART_HEIGHTS)
    page.set_viewport_size({"width": 1280, "height": 720})
    page.wait_for_function("h => { const now = " + CHART_HEIGHTS + "; return now.every(([, drawn], i) => "
                           "drawn < h[i][1]); }", arg=before)
    charts_sized_to_their_boxes(page)
    bottom, window = page.evaluate(SLIDE_BOTTOM)
    assert window == 720 and bottom <= window + 1
    assert page.evaluate(OVERFLOW) <= 1


def test_briefing_keys_of_a_clicker_move_between_slides(page, server: str) -> None:
    page.goto(f"{server}/?tab=briefing")
    page.locator("#gt-title").wait_for()
    assert step_text(page) == "Step 1 of 5"
    for key, expected in (("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("n", 5), ("PageDown", 5),
                          ("PageUp", 4), ("ArrowLeft", 3), ("p", 2), ("End", 5), ("Home", 1), ("ArrowRight", 2)):
        wait_until_idle(page)
        page.keyboard.press(key)
        shown = "t => document.querySelector('.gt-step')?.innerText === t"
        try:
            page.wait_for_function(shown, arg=f"Step {expected} of 5", timeout=15_000)
        except Exception:  # under heavy load a key pressed while the page re-mounts its buttons can be lost;
            wait_until_idle(page)  # pressed again once, the step must still be exactly the expected one
            page.keyboard.press(key)
            page.wait_for_function(shown, arg=f"Step {expected} of 5")
    assert page.locator("#gt-event h1").inner_text() == "Venezuela mobilises its militia"


def test_briefing_exit_shows_the_tabs_again(page, server: str) -> None:
    page.goto(f"{server}/?tab=briefing")
    page.locator("#gt-title").wait_for()
    page.get_by_role("button", name="Exit").click()
    page.get_by_role("tab", name="Explore").wait_for()
    page.wait_for_function(CHARTS_DRAWN)
    assert count_caption(page) == "3 of 3 events"
    assert "tab" not in query_of(page)


def test_hostile_article_text_shows_as_text_and_loads_nothing(page, server: str) -> None:
    open_app(page, server, "?sel=1")
    mark = page.locator("mark#source-sentence").first  # the excerpt; the whole article repeats it
    mark.wait_for()
    assert mark.inner_text() == HOSTILE_SENTENCE  # the <script> is visible as text
    articles = page.locator(".gt-article")  # the excerpt in the card and the whole article behind the expander
    assert "![pixel](http://evil.example/pixel.png)" in (articles.last.text_content() or "")
    assert articles.locator("script, img, a").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("img[src*='evil.example']").count() == 0
    # the page fixture then checks that no request left the machine


def test_export_downloads_the_filtered_events(page, server: str) -> None:
    open_app(page, server, "?domain=naval")
    page.get_by_text("Export the filtered events").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV", exact=True).click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Carrier enters the Caribbean" in text and "Maduro asks Putin" not in text


PLAYING = "[...document.querySelectorAll('.js-plotly-plot')].find(gd => gd._transitionData?._frames?.length)"
FRAME_SHOWN = f"{PLAYING}._fullLayout._currentFrame"
SLIDER_LABEL = f"(s => s.steps[s.active].label)({PLAYING}._fullLayout.sliders[0])"


def test_pausing_playback_stops_it_without_a_page_error(page, server: str) -> None:
    """Pause interrupts plotly.js's running animation, whose promise plotly rejects: that must not reach the page
    as an uncaught error. Pause still stops the map at its frame (the slider on it), Play carries on from there."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_app(page, server)
    page.get_by_text("Play through time").click()
    page.wait_for_function(f"({PLAYING})?._transitionData._frames.length >= 3")
    play, pause = (page.locator(".updatemenu-button", has_text=t) for t in ("Play", "Pause"))
    play.click()
    page.wait_for_function(f"{FRAME_SHOWN} && {PLAYING}._transitionData._frameQueue.length > 0")  # mid-way
    pause.click()
    page.wait_for_function(f"{PLAYING}._transitionData._frameQueue.length === 0")
    paused = page.evaluate(FRAME_SHOWN)
    page.wait_for_timeout(2000)  # 2.5 frames of the playback: a running animation would have moved on
    assert page.evaluate(FRAME_SHOWN) == paused == page.evaluate(SLIDER_LABEL)
    play.click()
    page.wait_for_function(f"{FRAME_SHOWN} !== {paused!r}")
    pause.click()
    page.wait_for_timeout(500)  # a rejection is reported after the click's own task
    assert errors == []


def test_selecting_on_the_map_filters_the_timeline(page, server: str) -> None:
    open_app(page, server)
    # place markers are the last traces drawn (after arcs and ship tracks)
    marker = page.locator(".js-plotly-plot").nth(1).locator("path.point >> visible=true").last
    marker.wait_for()
    marker.click(force=True)
    page.wait_for_function("document.body.innerText.includes('(map selection applied)')")
    assert re.match(r"^[12] of 3 events", count_caption(page))
    page.wait_for_function("location.search.includes('map=')")
    page.get_by_role("button", name="Clear map selection").click()
    page.wait_for_function("document.body.innerText.includes('3 of 3 events')")


@pytest.mark.parametrize(("ci", "outcome"), [("true", "fail"), ("", "skip")])
def test_missing_browser_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, ci: str, outcome: str) -> None:
    monkeypatch.setenv("CI", ci)
    expected = pytest.fail.Exception if outcome == "fail" else pytest.skip.Exception
    with pytest.raises(expected):
        _unavailable("no browser here")


LONG_WORD = "x" * 5000
FAR_ARTICLES = {  # our own sentences: a 1604 treaty (with a 5,000-character word) and a report from 9999
    # the long word in its own sentence of the same paragraph: a run-on sentence over 2,000 characters is left out
    # of event extraction (events.MAX_SENTENCE_CHARS), but the card still shows the paragraph around the event
    "treaty.md": "---\ntitle: Old treaty\npublished: 2025-11-02\n---\nCARACAS - Venezuela and Spain signed a treaty in "
                 f"1604, the ministry said on Nov 1. The archive code is {LONG_WORD}.\n",
    "far.md": "---\ntitle: Far report\npublished: 9999-12-30\n---\nCARACAS - Venezuela asked Russia for help last "
              "week, the ministry said.\n",
}


def test_far_dates_and_a_long_word_leave_the_app_whole(browser, tmp_path: Path) -> None:
    for name, text in FAR_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "far.db"
    done = subprocess.run([sys.executable, "-m", "geotimeline", "--db", str(db), "ingest", *map(str, sorted(
        tmp_path.glob("*.md"))), "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    import sqlite3

    with sqlite3.connect(db) as conn:
        years = dict(conn.execute("SELECT substr(start, 1, 4), id FROM events").fetchall())
    assert {"1604", "9999"} <= set(years), years
    with app_server(db) as base, guarded_page(browser) as page:
        open_app(page, base, f"?sel={years['1604']}")
        card = page.locator(".st-key-detail_card")
        card.get_by_text("1604", exact=False).first.wait_for()
        widths = card.evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert widths[0] <= widths[1], widths
        assert page.locator(".gt-article").first.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
        for tab in ("Explore", "Sources", "Briefing"):  # the briefing hides the tabs: last
            page.get_by_role("tab", name=tab).click()
            page.wait_for_timeout(1500)
            assert page.locator("[data-testid='stException']").count() == 0
            assert page.locator("[data-testid='stAlertContentError']").count() == 0
