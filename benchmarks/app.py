"""Page speed of the Streamlit app in headless Chromium, at 1k, 10k and 100k synthetic events.

For each size a temporary store is filled through `Store.ingest` with synthetic events (no corpus text),
`streamlit run app.py` is started on it, and Playwright measures
  - open:   from navigation to both charts drawn (first visit: cold server caches),
  - reopen: the same for a second visit (warm caches),
  - filter: from pressing Enter in the search box to the new count shown and the script run over
            (the status widget gone, both chart containers present),
  - clear:  the same for clearing the search again,
  - filter_drawn / clear_drawn: the same, until plotly.js has drawn the new figures in both charts (the
            page keeps the old charts on screen while the new ones arrive, so `filter` alone can end
            before the re-render does; these columns include it),
  - select_drawn: from clicking a mark on the timeline (an event, or a bin above 1,000 events) to its
            details or list shown and both charts redrawn with the selection ringed (the map focused on it).
Baseline, side by side in the same run: the same page with its caches disabled
(GEOTIMELINE_APP_CACHE=0: the events frame is re-read from SQLite and re-prepared on every rerun).

    python -m benchmarks.app [--sizes 1000,10000,100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.store import synthetic_articles
from benchmarks.table import write_results
from geotimeline.store import Store
from tests.test_browser import CHARTS_DRAWN, CHROMIUM, CHROMIUM_ARGS, free_port, wait_healthy

ROOT = Path(__file__).resolve().parent.parent
def synthetic_store(path: Path, n: int, seed: int = 7) -> None:
    """n synthetic events, 50 per article, spread over two years, distinct by actor signature
    (the generator benchmarks.store measures ingest with)."""
    with Store(path) as store:
        for art, events in synthetic_articles(n, seed):
            store.ingest(art, events)


class Server:
    def __init__(self, db: Path, cache: bool) -> None:
        self.port = free_port()
        env = {**os.environ, "GEOTIMELINE_DB": str(db), "GEOTIMELINE_LOAD_SAMPLES": "0",
               "GEOTIMELINE_APP_CACHE": "1" if cache else "0"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_healthy(self.base, self.proc)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


COUNT = ("() => [...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')]"
         ".map(e => e.innerText).find(s => / of [\\d,]+ events/.test(s))")
SETTLED = ("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
           " && " + CHARTS_DRAWN)
# every chart's current figure is marked before a change; a chart holding an unmarked figure redrew
MARK_OLD = "() => document.querySelectorAll('.js-plotly-plot').forEach(gd => { if (gd.data) gd.data.__gtOld = true; })"
REDRAWN = ("() => { const p = [...document.querySelectorAll('.js-plotly-plot')]; return p.length >= 2"
           " && p.every(gd => gd.data && !gd.data.__gtOld && gd.querySelector('.main-svg')); }")
FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
# one event's card, or the list of a bin's events
SELECTED = "() => /Selected: |events selected|events in the selected bins/.test(document.body.innerText)"


def measure(browser, base: str, repeat: int) -> dict[str, float]:
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080})
    ctx.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url or r.request.url.startswith(("data:", "blob:"))
              else r.abort())
    times: dict[str, list[float]] = {k: [] for k in ("open", "reopen", "filter", "clear", "filter_drawn",
                                                      "clear_drawn", "select_drawn")}
    for visit in range(repeat):
        page = ctx.new_page()
        page.set_default_timeout(300_000)
        t = time.perf_counter()
        page.goto(base + "/")
        page.wait_for_function(f"{CHARTS_DRAWN} || !!document.querySelector('[data-testid=\"stException\"]')")
        if page.locator('[data-testid="stException"]').count():
            raise RuntimeError("the app raised: " + page.locator('[data-testid="stException"]').first.inner_text())
        page.wait_for_function(SETTLED)
        times["open" if visit == 0 else "reopen"].append(time.perf_counter() - t)
        search = page.get_by_role("textbox", name="Search")
        for key, word in (("filter", "sanctions"), ("clear", "")):
            before = page.evaluate(COUNT)
            search.fill(word)
            page.evaluate(MARK_OLD)
            t = time.perf_counter()
            search.press("Enter")
            page.wait_for_function(f"b => {{ const c = ({COUNT})(); return c && c !== b; }}", arg=before)
            page.wait_for_function(SETTLED)
            page.evaluate(FRAMES)
            times[key].append(time.perf_counter() - t)
            page.wait_for_function(REDRAWN)
            page.evaluate(FRAMES)
            times[key + "_drawn"].append(time.perf_counter() - t)
        marks = page.locator(".js-plotly-plot").nth(0).locator(".cartesianlayer .subplot.xy .point")
        mark = marks.nth(visit * 7 % max(1, marks.count()))  # a different mark each visit
        page.evaluate(MARK_OLD)
        t = time.perf_counter()
        mark.click(force=True)
        page.wait_for_function(SELECTED)
        page.wait_for_function(SETTLED)
        page.wait_for_function(REDRAWN)
        page.evaluate(FRAMES)
        times["select_drawn"].append(time.perf_counter() - t)
        page.close()
    ctx.close()
    return {k: statistics.median(v) if v else float("nan") for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="page visits per configuration (first is cold)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="geotimeline-bench-app-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in (int(s) for s in args.sizes.split(",")):
            db = Path(tmp) / f"events-{n}.db"
            t = time.perf_counter()
            synthetic_store(db, n)
            build = time.perf_counter() - t
            for label, cache in (("cached (app)", True), ("no cache (baseline)", False)):
                server = Server(db, cache)
                try:
                    m = measure(browser, server.base, args.repeat)
                finally:
                    server.stop()
                rows.append([n, label, m["open"], m["reopen"], m["filter"], m["clear"], m["filter_drawn"],
                             m["clear_drawn"], m["select_drawn"], build])
                print(f"{n:>7} {label:<20} open {m['open']:.2f}s reopen {m['reopen']:.2f}s "
                      f"filter {m['filter']:.2f}s clear {m['clear']:.2f}s filter_drawn {m['filter_drawn']:.2f}s "
                      f"clear_drawn {m['clear_drawn']:.2f}s select_drawn {m['select_drawn']:.2f}s", file=sys.stderr)
        browser.close()
    write_results("app", ["events", "variant", "open_s", "reopen_s", "filter_s", "clear_s", "filter_drawn_s",
                          "clear_drawn_s", "select_drawn_s", "store_build_s"],
                  rows, note="seconds, medians; open = first visit (cold caches), reopen = later visits; "
                  "filter/clear = search box change until the new count shows and the script run is over; "
                  "*_drawn = until plotly.js has drawn the new figures in both charts; select = a click on a timeline mark; "
                  "2 shared cores.")


if __name__ == "__main__":
    main()
