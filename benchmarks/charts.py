"""Chart speed at 1k / 10k / 100k events: figure build time, JSON size and browser render time.

Baseline, measured side by side: plotly.express.timeline (one bar per event, the stock way to draw a
timeline) for the timeline, and plotly.express.scatter_geo (one marker per event) for the map.
Frames are synthetic but shaped like store.events_frame() (deterministic seed; no corpus text is needed
to measure drawing). Browser times: headless Chromium, network blocked, from navigation until
Plotly.newPlot resolves (skipped when no Chromium is installed; --no-browser skips them too).

    python -m benchmarks.charts [--sizes 1000,10000,100000] [--no-browser]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from benchmarks.table import write_results
from geotimeline.events import DOMAINS
from geotimeline.maps import map_figure
from geotimeline.report import figure_div, find_chromium, page
from geotimeline.timeline import timeline_figure

GRANULARITIES = np.array(["day", "range", "month", "month", "season"])


def synthetic_frame(n: int, seed: int = 7) -> pd.DataFrame:
    """n events over ~5 years at 800 places in 60 countries; 40% points, 20% ranges, 30% month/season
    spans, 10% open ranges; 15% dated by publication only."""
    rng = np.random.default_rng(seed)
    kind = rng.choice(5, n, p=[0.4, 0.2, 0.2, 0.1, 0.1])
    start = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 1800, n), unit="D")
    length = pd.to_timedelta(rng.integers(1, 90, n), unit="D")
    place = rng.integers(0, 800, n)
    plat, plon = rng.uniform(-55, 70, 800).round(3), rng.uniform(-179, 179, 800).round(3)
    countries = np.array([f"C{i:02d}" for i in range(60)])
    src, tgt = countries[rng.integers(0, 60, n)], countries[rng.integers(0, 60, n)]
    open_end = kind == 3
    end = pd.Series(start + length).where((kind != 0) & ~open_end)
    reported = (rng.random(n) < 0.15) & (kind == 0)
    return pd.DataFrame({
        "id": np.arange(1, n + 1),
        "summary": [f"event {i}" for i in range(n)],
        "category": "CONSULT",
        "domain": np.array(DOMAINS)[rng.integers(0, len(DOMAINS), n)],
        "start": start, "end": end, "open_end": open_end,
        "granularity": GRANULARITIES[kind],
        "date_text": np.where(reported, None, "as written"),
        "date_source": np.where(reported, "published", "text"),
        "date_mod": None,
        "place_name": [f"place {p}" for p in place], "lat": plat[place], "lon": plon[place],
        "place_kind": "city", "place_country": src, "place_inferred": False,
        "attributed_to": None, "mode": "asserted", "confidence": rng.random(n).round(2), "edited": False,
        "actors": "", "source_country": src, "target_country": tgt,
        "countries": pd.Series(src) + "|" + pd.Series(tgt),
        "vessels": np.where(rng.random(n) < 0.02, np.array(["Ship A", "Ship B", "Ship C"])[place % 3], ""),
        "outlets": "Wire", "articles": [f"a{i // 5}" for i in range(n)], "n_sources": 1,
        "sentence": "", "published": start + pd.Timedelta(days=2),
    })


def baseline_timeline(df: pd.DataFrame) -> go.Figure:
    d = df[df["start"].notna()].assign(finish=df["end"].fillna(df["start"]) + pd.Timedelta(days=1))
    return px.timeline(d, x_start="start", x_end="finish", y="domain", color="domain", hover_name="summary",
                       custom_data=["id"])


def baseline_map(df: pd.DataFrame) -> go.Figure:
    return px.scatter_geo(df, lat="lat", lon="lon", color="domain", hover_name="summary", custom_data=["id"])


def timed(fn, *args, **kwargs) -> tuple[object, float]:
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


class Browser:
    """One headless Chromium for all render timings."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=find_chromium(), args=["--no-sandbox"])
        self._tmp = tempfile.TemporaryDirectory(prefix="bench-charts-")

    def render_seconds(self, fig: go.Figure, timeout_ms: int = 300_000) -> float | str:
        path = Path(self._tmp.name) / "fig.html"
        path.write_text(page("bench", figure_div(fig, "figure"), [fig]), encoding="utf-8")
        ctx = self._browser.new_context(viewport={"width": 1400, "height": 900})
        ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        tab = ctx.new_page()
        try:
            t = time.perf_counter()
            tab.goto(path.as_uri(), timeout=timeout_ms)
            tab.wait_for_function("window.__plotted && window.__plotted.figure", timeout=timeout_ms, polling=50)
            return time.perf_counter() - t
        except Exception as exc:  # a timeout is a result here, not a crash
            return f"failed: {type(exc).__name__}"
        finally:
            ctx.close()

    def close(self) -> None:
        self._browser.close()
        self._pw.stop()
        self._tmp.cleanup()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    browser = None if args.no_browser or find_chromium() is None else Browser()
    rows = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            df = synthetic_frame(n)
            cases = [
                ("timeline", "geotimeline", lambda d=df: timeline_figure(d)),
                ("timeline", "baseline px.timeline", lambda d=df: baseline_timeline(d)),
                ("map", "geotimeline", lambda d=df: map_figure(d)),
                ("map", "baseline px.scatter_geo", lambda d=df: baseline_map(d)),
                ("map playback", "geotimeline", lambda d=df: map_figure(d, playback=True)),
            ]
            for chart, system, build in cases:
                fig, build_s = timed(build)
                payload, json_s = timed(fig.to_json)
                render = browser.render_seconds(fig) if browser else "skipped"
                rows.append([n, chart, system, len(fig.data), round(build_s, 3), round(json_s, 3),
                             round(len(payload) / 1e6, 2), round(render, 2) if isinstance(render, float) else render])
                print(f"... {n} {chart} {system}: build {build_s:.2f}s", flush=True)
    finally:
        if browser:
            browser.close()
    write_results("charts", ["events", "chart", "system", "traces", "build_s", "to_json_s", "json_MB",
                             "browser_render_s"], rows,
                  note="synthetic store-shaped frames; render = headless Chromium, network blocked, "
                       "navigation until Plotly.newPlot resolves")


if __name__ == "__main__":
    main()
