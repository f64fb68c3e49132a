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
            before the re-render does; these columns include it).
Baseline, side by side in the same run: the same page with its caches disabled
(GEOTIMELINE_APP_CACHE=0: the events frame is re-read from SQLite and re-prepared on every rerun).

    python -m benchmarks.app [--sizes 1000,10000,100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.table import write_results
from geotimeline.articles import Article
from geotimeline.events import CATEGORIES, DOMAINS, MODES, Event, EventActor
from geotimeline.gazetteer import Place
from geotimeline.store import Store
from tests.test_browser import CHARTS_DRAWN, CHROMIUM, CHROMIUM_ARGS, free_port, wait_healthy

ROOT = Path(__file__).resolve().parent.parent
PLACES = [Place(f"Place {i}", random.Random(i).uniform(-50, 60), random.Random(-i).uniform(-170, 170), "city",
                None) for i in range(60)]
COUNTRIES = ["USA", "VEN", "RUS", "CHN", "IRN", "YEM", "GBR", "FRA", "COL", "CUB", "TTO", "BRA", "ISR", "SAU"]
ACTORS = [(f"{c} government", c) for c in COUNTRIES] + [(f"{c} navy", c) for c in COUNTRIES]
VERBS = ["deploys ships near", "meets envoys in", "warns", "sanctions", "patrols off", "signs accord with",
         "protests to", "seizes a tanker near"]
OUTLETS = [f"Outlet {i}" for i in range(12)]
PER_ARTICLE = 50


def synthetic_store(path: Path, n: int, seed: int = 7) -> None:
    """n synthetic events, PER_ARTICLE per article, spread over two years, distinct by actor signature."""
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    with Store(path) as store:
        for a in range(0, n, PER_ARTICLE):
            count = min(PER_ARTICLE, n - a)
            sentences = [f"Synthetic report {a + i}." for i in range(count)]
            text = " ".join(sentences)
            art = Article(id=f"synthetic-{a}.txt", text=text, title=f"Synthetic article {a}",
                          outlet=rng.choice(OUTLETS), published=first + timedelta(days=rng.randrange(730)),
                          source=f"synthetic-{a}.txt")
            events, offset = [], 0
            for i, sentence in enumerate(sentences):
                (src, sc), (tgt, tc) = rng.sample(ACTORS, 2)
                start = first + timedelta(days=rng.randrange(730))
                span = rng.random() < 0.2
                events.append(Event(
                    summary=f"{src} {rng.choice(VERBS)} {tgt}", sentence=sentence, article=art.id,
                    sentence_start=offset, sentence_end=offset + len(sentence), start=start,
                    end=start + timedelta(days=rng.randrange(3, 40)) if span else start,
                    granularity="range" if span else "day", date_text=start.isoformat(), date_source="text",
                    category=rng.choice(CATEGORIES), domain=rng.choice(DOMAINS),
                    # a unique unit number keeps every event its own development (no merging)
                    actors=(EventActor(f"{src} unit {a + i}", sc, "source"), EventActor(tgt, tc, "target")),
                    place=rng.choice(PLACES) if rng.random() < 0.9 else None, mode=rng.choice(MODES),
                    confidence=0.7,
                ))
                offset += len(sentence) + 1
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


def measure(browser, base: str, repeat: int) -> dict[str, float]:
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080})
    ctx.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url or r.request.url.startswith(("data:", "blob:"))
              else r.abort())
    times: dict[str, list[float]] = {k: [] for k in ("open", "reopen", "filter", "clear", "filter_drawn",
                                                      "clear_drawn")}
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
        search = page.get_by_label("Search")
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
                             m["clear_drawn"], build])
                print(f"{n:>7} {label:<20} open {m['open']:.2f}s reopen {m['reopen']:.2f}s "
                      f"filter {m['filter']:.2f}s clear {m['clear']:.2f}s filter_drawn {m['filter_drawn']:.2f}s "
                      f"clear_drawn {m['clear_drawn']:.2f}s", file=sys.stderr)
        browser.close()
    write_results("app", ["events", "variant", "open_s", "reopen_s", "filter_s", "clear_s", "filter_drawn_s",
                          "clear_drawn_s", "store_build_s"],
                  rows, note="seconds, medians; open = first visit (cold caches), reopen = later visits; "
                  "filter/clear = search box change until the new count shows and the script run is over; "
                  "*_drawn = until plotly.js has drawn the new figures in both charts; 2 shared cores.")


if __name__ == "__main__":
    main()
