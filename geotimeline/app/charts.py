"""What the charts share: the colour-blind-safe palette, fonts, escaping, hover text, the Plotly config (offline
outline, no cloud buttons) and the map facade. The timeline itself is geotimeline.timeline, the map geotimeline.maps.

Input is always a DataFrame with the columns of `store.events_frame()`. Every trace carries event ids in
`customdata` (first element): an int on the timeline, a "|"-joined string of ids on the map; use
`event_ids()` to read either back. All text drawn or hovered is html-escaped first: Plotly renders a
subset of HTML in labels and article text is untrusted.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
# Streamlit serves ./static at "app/static/" (enableStaticServing); plotly.js appends "world_110m.json".
TOPOJSON_URL = "app/static/"

# Okabe & Ito (2008) colour-blind-safe palette; yellow left out (unreadable on white on a projector).
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
DOMAIN_COLOURS = {
    "diplomatic": OKABE_ITO["blue"],
    "naval": OKABE_ITO["bluish green"],
    "air": OKABE_ITO["sky blue"],
    "land": OKABE_ITO["vermillion"],
    "economic": OKABE_ITO["orange"],
    "legal": OKABE_ITO["reddish purple"],
    "other": "#666666",
}
LANES = ("domain", "country", "article")


def plotly_config(topojson_url: str = TOPOJSON_URL) -> dict:
    """The config dict every chart must be shown with (livechart.live_chart(..., config=plotly_config()))."""
    return {
        "topojsonURL": topojson_url,
        "displaylogo": False,
        # plotly.js offers to upload the figure (event summaries, article text in hovers) to Plotly's cloud
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "modeBarButtonsToRemove": ["sendDataToCloud"],
        "scrollZoom": False,  # the mouse wheel scrolls the page; zoom with the range slider, a box or the modebar
        "responsive": True,
        "toImageButtonOptions": {"format": "png", "scale": 2},
    }


def domain_colour(domain: str) -> str:
    return DOMAIN_COLOURS.get(domain, DOMAIN_COLOURS["other"])


def event_ids(value: object) -> tuple[int, ...]:
    """Event ids from a trace's customdata first element (int, "3|7|9" or a list whose first item is one)."""
    if isinstance(value, list | tuple) and value:
        value = value[0]
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ()
    if isinstance(value, int | np.integer | float):
        return (int(value),)
    return tuple(int(p) for p in str(value).split("|") if p.strip().lstrip("-").isdigit())


def label_text(text: str) -> str:
    """Text safe in a Plotly label or hover: <, > and & escaped, so no tag (<a>, <b>...) can form. Quotes
    stay as they are: harmless outside tags, and plotly.js would show "&quot;" literally."""
    return html.escape(text, quote=False)


def escape(series: pd.Series) -> pd.Series:
    """html.escape over a column (None/NaN become ""), computed once per distinct value."""
    codes, uniques = pd.factorize(series.fillna("").astype(str))
    escaped = np.array([label_text(u) for u in uniques] + [""], dtype=object)
    return pd.Series(escaped[codes], index=series.index, dtype=object)


def format_dates(series: pd.Series, fmt: str, missing: str = "") -> pd.Series:
    """strftime over a datetime column, computed once per distinct date (fast on 100k rows)."""
    codes, uniques = pd.factorize(series)
    texts = np.array([pd.Timestamp(u).strftime(fmt) for u in uniques] + [missing], dtype=object)
    return pd.Series(texts[codes], index=series.index, dtype=object)


def colour_codes(domains: pd.Series) -> dict:
    """Marker colour spec for a column of domains, numeric with a discrete colour scale (numeric arrays
    validate fast; a list of colour strings is checked element by element by plotly)."""
    names = [*DOMAIN_COLOURS]
    codes = domains.map({d: i for i, d in enumerate(names)}).fillna(names.index("other")).to_numpy(float)
    n = len(names)
    scale = []
    for i, name in enumerate(names):
        scale += [[i / n, DOMAIN_COLOURS[name]], [(i + 1) / n, DOMAIN_COLOURS[name]]]
    return {"color": codes, "colorscale": scale, "cmin": -0.5, "cmax": n - 0.5, "showscale": False}


def fonts(presentation: bool) -> dict:
    return {"family": "Arial, Helvetica, sans-serif", "size": 20 if presentation else 13, "color": "#111111"}


def ensure_columns(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with every column the charts read present (hand-built frames may leave some out)."""
    defaults: dict[str, object] = {
        "summary": "", "domain": "other", "category": "", "granularity": "day", "date_text": None,
        "date_source": "text", "open_end": False, "place_name": "", "lat": np.nan, "lon": np.nan,
        "place_inferred": False, "source_country": "", "target_country": "", "countries": "",
        "vessels": "", "outlets": "", "articles": "", "confidence": 0.5, "published": pd.NaT,
        "end": pd.NaT, "start": pd.NaT, "actors": "",
    }
    out = df.copy()
    for col, value in defaults.items():
        if col not in out.columns:
            out[col] = value
    for col in ("start", "end", "published"):
        out[col] = pd.to_datetime(out[col], errors="coerce")
    out["open_end"] = out["open_end"].fillna(False).astype(bool)
    out["domain"] = out["domain"].fillna("other").astype(str)
    return out


def date_labels(d: pd.DataFrame) -> pd.Series:
    """The date as written; for publication-dated events "reported 31 Oct 2025 (no date in text)"."""
    written = d["date_text"].fillna("").astype(str)
    iso = format_dates(d["start"], "%d %b %Y", "undated")
    label = written.where(written != "", iso)
    reported = d["date_source"].eq("published")
    pub = format_dates(d["published"].fillna(d["start"]), "%d %b %Y", "?")
    return label.where(~reported, "reported " + pub + " (no date in text)")


def hover_text(d: pd.DataFrame) -> pd.Series:
    """Escaped hover: summary, date as written and as understood (in English, with its year), place, source."""
    summary = escape(d["summary"])
    labels = date_labels(d)
    from_text = d["date_source"].ne("published") & d["date_text"].fillna("").astype(str).ne("")
    from geotimeline.views import when_labels

    when = escape(labels.where(~from_text, labels + " → " + when_labels(d)))
    where = escape(d["place_name"])
    where = where.where(where == "", "<br>" + where)
    source = escape(d["outlets"].fillna("").astype(str).str.replace("|", ", ", regex=False))
    source = source.where(source == "", "<br>source: " + source)
    return "<b>" + summary + "</b><br>" + when + where + source
