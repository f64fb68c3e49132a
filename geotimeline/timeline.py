"""The event timeline (Plotly): events on a time axis in swimlanes (by domain, actor country or article); points
for days, bars for ranges, faded labelled spans for month/season precision, open ranges drawn to their report's
date; a range slider; the selection ringed (`selection_rings`, also on a cached figure: `timeline_base`).

Input is a DataFrame with the columns of `store.events_frame()`; every trace carries the event id as the first
element of `customdata`. Text drawn or hovered is html-escaped first (charts.label_text / escape / hover_text).
"""

from __future__ import annotations

import html
from collections.abc import Collection
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from geotimeline.app.charts import (
    LANES,
    colour_codes,
    domain_colour,
    ensure_columns,
    escape,
    fonts,
    format_dates,
    hover_text,
    label_text,
)
from geotimeline.countries import country_name
from geotimeline.events import DOMAINS
from geotimeline.placement import focus_window, label_mask

SPAN_GRANULARITIES = frozenset({"week", "month", "season", "quarter", "year", "decade"})
MAX_LABELS = 100  # spans/open ranges labelled with their date as written (more would be clutter)
LARGE_THRESHOLD = 5000  # above this many events points are drawn with WebGL (Scattergl)
SLOTS = 5  # events of a lane are spread over this many sub-rows so that same-day events do not hide
DAY = pd.Timedelta(days=1)
MS_PER_DAY = 86_400_000


def timeline_figure(
    df: pd.DataFrame,
    lanes: str = "domain",
    cursor: date | None = None,
    selected: Collection[int] = (),
    large: bool = False,
    presentation: bool = False,
    height: int | None = None,
) -> go.Figure:
    """Events on a time axis in swimlanes: points for days, bars for ranges, faded labelled spans for
    month/season-precision dates, open ranges drawn to their report's date with an arrow; the `selected`
    events ringed."""
    fig, marks = timeline_base(df, lanes, cursor, large, presentation, height)
    return fig.add_traces(selection_rings(marks, selected, presentation))


def timeline_base(
    df: pd.DataFrame,
    lanes: str = "domain",
    cursor: date | None = None,
    large: bool = False,
    presentation: bool = False,
    height: int | None = None,
) -> tuple[go.Figure, pd.DataFrame]:
    """The timeline without a selection, and where each event sits on it (`marks`: id, xm, y, hover) for
    `selection_rings`: a page caches this per filter and rings a selection without drawing the rest again."""
    if lanes not in LANES:
        raise ValueError(f"lanes must be one of {LANES}, not {lanes!r}")
    d = ensure_columns(df)
    undated = int(d["start"].isna().sum())
    d = d[d["start"].notna()]
    fig = go.Figure()
    if d.empty:
        _layout(fig, [], presentation, height, undated)
        fig.add_annotation(text="No dated events to show", showarrow=False, xref="paper", yref="paper",
                           x=0.5, y=0.5, font={"size": 24 if presentation else 16})
        return fig, pd.DataFrame(columns=MARK_COLUMNS)
    d = _geometry(d, lanes)
    large = large or len(d) > LARGE_THRESHOLD
    lane_names = list(d.attrs["lanes"])
    slots = d.attrs["slots"]
    for domain in _domains(d):
        dd = d[d["domain"] == domain]
        fig.add_trace(legend_key(domain, domain_colour(domain), "square", domain))  # drawn traces stay out
        for kind in ("range", "span", "open"):
            part = dd[dd["kind"] == kind]
            if not part.empty:
                if large:
                    fig.add_trace(_segment_trace(part, domain, kind, False, presentation))
                else:
                    fig.add_trace(_bar_trace(part, domain, kind, False, slots, presentation))
        if large and (dd["kind"] != "point").any():
            fig.add_trace(_start_trace(dd[dd["kind"] != "point"], domain, presentation))
        for reported in (False, True):
            part = dd[(dd["kind"] == "point") & (dd["date_source"].eq("published") == reported)]
            if not part.empty:
                fig.add_trace(_point_trace(part, domain, reported, False, large, presentation))
    opened = d[d["kind"] == "open"]
    if not opened.empty:
        fig.add_trace(_arrow_trace(opened, large, presentation))
    window = focus_window(d["start"], d.attrs["reported"])
    labelled = d[d["kind"].isin(["span", "open"]) & d["date_text"].notna()]
    if not labelled.empty:
        view = window or (d["start"].min() - DAY, d.attrs["edge"] + DAY)
        labelled = labelled[label_mask(labelled["x0"], labelled["y"], labelled["date_text"], view, presentation)]
        if len(labelled) <= MAX_LABELS:
            _labels(fig, labelled, presentation)
    if (d["date_source"] == "published").any():
        fig.add_trace(legend_key("hollow: date of the report", "#444444", "circle-open", "_reported"))
    _layout(fig, lane_names, presentation, height, undated, slots, window)
    if window is None:
        _day_axis(fig, d)
    if cursor is not None:
        _cursor(fig, cursor, presentation)
    return fig, d[list(MARK_COLUMNS)].reset_index(drop=True)


MARK_COLUMNS = ("id", "xm", "y", "hover")


def selection_rings(marks: pd.DataFrame, selected: Collection[int], presentation: bool = False) -> list[go.Scatter]:
    """The trace ringing the `selected` events at their places on the timeline (`marks` from `timeline_base`), or
    none when none of them is there."""
    sel = marks[marks["id"].isin(list(selected))] if selected and not marks.empty else marks.iloc[0:0]
    return [] if sel.empty else [_selected_trace(sel, presentation)]


def _domains(d: pd.DataFrame) -> list[str]:
    present = set(d["domain"])
    return [x for x in DOMAINS if x in present] + sorted(present - set(DOMAINS))


def lane_keys(d: pd.DataFrame, lanes: str) -> pd.Series:
    """The swimlane of each event: its domain, its actor country (source, else first) or its article."""
    if lanes == "domain":
        return d["domain"]
    if lanes == "country":
        first = d["countries"].fillna("").astype(str).str.split("|").str[0]
        src = d["source_country"].fillna("").astype(str)
        key = src.where(src != "", first)
        return key.where(key != "", "(no country)")
    art = d["articles"].fillna("").astype(str).str.split("|").str[0]
    return art.where(art != "", "(no article)")


def _lane_label(key: str, lanes: str) -> str:
    if lanes == "country" and len(key) == 3 and key.isupper():
        name = country_name(key)  # the same common names as everywhere else ("Russia", not "Russian Federation")
        if name and name != key:
            return label_text(f"{name} ({key})")
    return label_text(key if len(key) <= 32 else key[:31] + "…")


def _geometry(d: pd.DataFrame, lanes: str) -> pd.DataFrame:
    """Adds kind (point/range/span/open), x0, x1 (exclusive), xm (marker position), y (lane + slot)."""
    d = d.copy()
    d["end"] = d["end"].where(d["end"] >= d["start"])
    has_end = d["end"].notna() & (d["end"] > d["start"])
    span = d["granularity"].isin(SPAN_GRANULARITIES) & d["end"].notna()
    kind = np.select([d["open_end"], span, has_end], ["open", "span", "range"], default="point")
    d["kind"] = kind
    ends = (d["end"] + DAY).where(d["kind"].isin(["span", "range"]))
    edge = max(
        x for x in (ends.max(), d["published"].max(), d["start"].max() + DAY) if pd.notna(x)
    )
    d.attrs["edge"] = edge
    # the latest report: events after it (a plan "by 2300") may be left out of the first view, like early ones
    reported = d["published"].max()
    d.attrs["reported"] = reported if pd.notna(reported) else edge
    d["x0"] = d["start"]
    # an open range ("since April") runs to its report's date, what the source knew, with an arrow there:
    # drawn to the edge of the whole timeline it would claim more than a 2024 article could say
    known = d["published"].where(d["published"] > d["start"], d["start"] + DAY).fillna(edge)
    d["x1"] = ends.where(d["kind"] != "open", known)
    d["x1"] = d["x1"].where(d["kind"] != "point", d["start"])
    # "early/mid/late October": the first, middle or last third of the span, not the whole month
    mod = d["date_mod"].fillna("").astype(str) if "date_mod" in d else pd.Series("", index=d.index)
    third = (d["x1"] - d["x0"]) / 3
    for name, offset in (("START", 0), ("MID", 1), ("END", 2)):
        narrow = (d["kind"] == "span") & (mod == name)
        if narrow.any():
            x0 = (d.loc[narrow, "x0"] + offset * third[narrow]).dt.floor("D")
            x1 = (d.loc[narrow, "x0"] + (offset + 1) * third[narrow]).dt.ceil("D")
            d.loc[narrow, "x0"], d.loc[narrow, "x1"] = x0, x1
    d["xm"] = d["start"].where(d["kind"].isin(["point", "open"]), d["x0"] + (d["x1"] - d["x0"]) / 2)
    key = lane_keys(d, lanes)
    if lanes == "domain":
        order = _domains(d)
    elif lanes == "country":
        order = list(key.value_counts().index)
    else:
        # articles in the order they were published (a background date inside one must not move it first)
        g = d.assign(_k=key, _when=d["published"].fillna(d["start"])).groupby("_k")
        order = list(g["_when"].min().sort_values(kind="stable").index)
    index = {k: i for i, k in enumerate(order)}
    d["lane"] = key.map(index).astype(int)
    d = d.sort_values(["lane", "start", "id"], kind="stable")
    per_lane = d.groupby("lane").cumcount()
    slots = int(min(SLOTS, per_lane.max() + 1))
    used = np.minimum(d.groupby("lane")["id"].transform("size"), slots)  # centre lanes with few events
    d["y"] = d["lane"] + ((per_lane % slots) - (used - 1) / 2) * (0.8 / slots)
    d.attrs["slots"] = slots
    d["hover"] = hover_text(d)
    d.attrs["lanes"] = [_lane_label(str(k), lanes) for k in order]
    return d


def _customdata(part: pd.DataFrame) -> np.ndarray:
    return np.column_stack([part["id"].astype(int).to_numpy(dtype=object), part["hover"].to_numpy(dtype=object)])


HOVER = "%{customdata[1]}<extra></extra>"


def _bar_trace(part: pd.DataFrame, domain: str, kind: str, legend: bool, slots: int, presentation: bool) -> go.Bar:
    colour = domain_colour(domain)
    width_ms = ((part["x1"] - part["x0"]) / pd.Timedelta(milliseconds=1)).to_numpy()
    faded = kind == "span"
    return go.Bar(
        x=width_ms,
        base=format_dates(part["x0"], "%Y-%m-%d").to_numpy(),
        y=part["y"].to_numpy(),
        orientation="h",
        width=0.8 / slots * 0.8,
        name=domain,
        legendgroup=domain,
        showlegend=legend,
        meta={"kind": kind},
        marker={
            "color": colour,
            "opacity": 0.3 if faded else 0.85,
            "line": {"color": colour, "width": 1 if faded else 0},
            "pattern": {"shape": "/" if faded else "", "fgcolor": colour, "fgopacity": 0.6} if faded else None,
        },
        customdata=_customdata(part),
        hovertemplate=HOVER,
    )


def merged_segments(part: pd.DataFrame) -> pd.DataFrame:
    """Overlapping ranges on one sub-row merged into one segment: y, x0, x1, ids ("|"-joined), n."""
    p = part.sort_values(["y", "x0", "id"], kind="stable")
    reach = p.groupby("y", sort=False)["x1"].cummax()
    before = reach.groupby(p["y"], sort=False).shift()
    segment = (before.isna() | (p["x0"] > before)).cumsum()
    g = p.groupby(segment, sort=True)
    out = g.agg(y=("y", "first"), x0=("x0", "min"), x1=("x1", "max"), n=("id", "size"))
    out["ids"] = p["id"].astype(int).astype(str).groupby(segment, sort=True).agg("|".join)
    return out.reset_index(drop=True)


def _segment_trace(part: pd.DataFrame, domain: str, kind: str, legend: bool, presentation: bool) -> go.Scattergl:
    """Ranges of large frames: overlapping ranges merged, drawn as one WebGL polyline per domain and kind
    (SVG bars, or one line per event, take tens of seconds to draw at 100k events). Each event keeps its
    own hoverable marker at its start (`_start_trace`)."""
    seg = merged_segments(part)
    n = len(seg)
    x = np.empty(3 * n, dtype=object)
    x[0::3] = format_dates(seg["x0"], "%Y-%m-%d").to_numpy()
    x[1::3] = format_dates(seg["x1"], "%Y-%m-%d").to_numpy()
    x[2::3] = None
    y = np.full(3 * n, np.nan)
    y[0::3] = y[1::3] = seg["y"].to_numpy()
    label = label_text(f"{domain}: ") + seg["n"].astype(str) + f" {kind} event(s) overlapping"
    custom = np.column_stack([seg["ids"].to_numpy(dtype=object), label.to_numpy(dtype=object)])
    custom = np.repeat(custom, 3, axis=0)
    custom[2::3] = None
    return go.Scattergl(
        x=x, y=y, mode="lines", connectgaps=False, name=domain, legendgroup=domain, showlegend=legend,
        meta={"kind": kind, "merged": True},
        line={"color": domain_colour(domain), "width": 7 if presentation else 4},
        opacity=0.35 if kind == "span" else 0.85,
        customdata=custom, hovertemplate=HOVER,
    )


def _start_trace(part: pd.DataFrame, domain: str, presentation: bool) -> go.Scattergl:
    """Large frames: a tick at the start of every range, carrying its id and hover."""
    colour = domain_colour(domain)
    return go.Scattergl(
        x=part["x0"].to_numpy(), y=part["y"].to_numpy(), mode="markers", name=domain, legendgroup=domain,
        showlegend=False, meta={"kind": "starts"},
        marker={"symbol": "circle", "size": 7 if presentation else 5, "color": colour},
        customdata=_customdata(part), hovertemplate=HOVER,
    )


def _point_trace(part: pd.DataFrame, domain: str, reported: bool, legend: bool, large: bool,
                 presentation: bool) -> go.Scatter | go.Scattergl:
    cls = go.Scattergl if large else go.Scatter
    colour = domain_colour(domain)
    size = (16 if presentation else 10) if not large else (9 if presentation else 6)
    return cls(
        x=part["xm"].to_numpy(),
        y=part["y"].to_numpy(),
        mode="markers",
        name=domain,
        legendgroup=domain,
        showlegend=legend,
        meta={"kind": "point", "reported": reported},
        marker={
            "color": colour,
            "size": size,
            "symbol": "circle-open" if reported else "circle",
            "line": {"color": colour if reported else "#FFFFFF", "width": 2 if reported else 1},
        },
        customdata=_customdata(part),
        hovertemplate=HOVER,
    )


def _arrow_trace(part: pd.DataFrame, large: bool, presentation: bool) -> go.Scatter:
    """An arrow at the end of each open range (its report's date); on large frames one arrow per sub-row
    and domain, at the latest end, carrying the "|"-joined ids of the ranges it ends."""
    custom = _customdata(part)
    if large:
        g = part.sort_values("id").groupby(["y", "domain"], sort=True)
        part = g.agg(n=("id", "size"), x1=("x1", "max")).reset_index()
        part["ids"] = g["id"].agg(lambda s: "|".join(str(int(i)) for i in s)).to_numpy()
        hover = escape(part["domain"]) + ": " + part["n"].astype(str) + " open-ended event(s), continuing"
        custom = np.column_stack([part["ids"].to_numpy(dtype=object), hover.to_numpy(dtype=object)])
    cls = go.Scattergl if large else go.Scatter
    return cls(
        x=pd.to_datetime(part["x1"]).to_numpy(),
        y=part["y"].to_numpy(),
        mode="markers",
        name="open-ended (continues)",
        showlegend=False,
        meta={"kind": "open-arrow", "merged": large},
        marker={"symbol": "triangle-right", "size": 14 if presentation else 10,
                **colour_codes(part["domain"])},
        customdata=custom,
        hovertemplate=HOVER,
    )


def _labels(fig: go.Figure, part: pd.DataFrame, presentation: bool) -> None:
    """The date as written ("mid-October", "since September") at the start of spans and open ranges;
    annotations, so that the range slider does not repeat them."""
    font = {"color": "#222222", "size": 16 if presentation else 11}
    # on a light backing: annotations sit above the markers, which would otherwise strike the words through
    labels = [{"x": x, "y": y, "text": text, "showarrow": False, "xanchor": "left", "yanchor": "middle",
               "font": font, "name": "date as written", "xshift": 2, "bgcolor": "rgba(255,255,255,0.85)",
               "borderpad": 1}
              for x, y, text in zip(format_dates(part["x0"], "%Y-%m-%d"), part["y"], escape(part["date_text"]),
                                    strict=True)]
    # one assignment: add_annotation re-validates every annotation already there, quadratic in their number
    fig.update_layout(annotations=[*fig.layout.annotations, *labels])


def legend_key(name: str, colour: str, symbol: str, group: str) -> go.Scatter:
    """A legend entry with no data (the drawn traces of the group stay out of the legend)."""
    return go.Scatter(x=[None], y=[None], mode="markers", name=name, legendgroup=group, showlegend=True,
                      hoverinfo="skip", meta={"kind": "legend"},
                      marker={"symbol": symbol, "color": colour, "size": 12,
                              "line": {"color": colour, "width": 2}})


def _selected_trace(sel: pd.DataFrame, presentation: bool) -> go.Scatter:
    return go.Scatter(
        x=sel["xm"].to_numpy(),
        y=sel["y"].to_numpy(),
        mode="markers",
        name="selected",
        meta={"kind": "selected"},
        marker={"symbol": "circle-open", "size": 26 if presentation else 18, "color": "#000000",
                "line": {"width": 3, "color": "#000000"}},
        customdata=_customdata(sel),
        hovertemplate=HOVER,
    )


def _cursor(fig: go.Figure, cursor: date, presentation: bool) -> None:
    x = pd.Timestamp(cursor).strftime("%Y-%m-%d")
    fig.add_shape(type="line", x0=x, x1=x, xref="x", yref="paper", y0=0, y1=1,
                  line={"color": "#000000", "width": 2, "dash": "dot"}, name="cursor")
    fig.add_annotation(x=x, y=1, xref="x", yref="paper", text=label_text(str(cursor)), showarrow=False,
                       yanchor="bottom", font={"size": 18 if presentation else 12}, name="cursor")


def _layout(fig: go.Figure, lane_names: list[str], presentation: bool, height: int | None, undated: int,
            slots: int = 1, window: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> None:
    per_lane = (34 if presentation else 22) * slots + (30 if presentation else 20)
    if undated:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", marker={"opacity": 0},
                                 name=f"({undated} undated event(s) not shown)", hoverinfo="skip",
                                 meta={"kind": "undated-note"}, legendgroup="_undated"))
    lanes = max(1, len(lane_names))
    # sub-rows spread same-day events; on screen the chart stays short enough to see the map below it
    height = height or max(320, min(170 + per_lane * lanes, 170 + max(430, 45 * lanes) * (2 if presentation else 1)))
    fig.update_layout(
        template="plotly_white",
        font=fonts(presentation),
        height=height,
        barmode="overlay",
        hovermode="closest",
        dragmode="zoom",
        margin=timeline_margins(fig, lane_names, presentation, height),
        legend={"orientation": "v", "yanchor": "top", "y": 1, "x": 1.01, "xanchor": "left"},
        hoverlabel={"font": {"size": 18 if presentation else 13}, "align": "left"},
        uirevision="timeline",
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(lane_names))),
        ticktext=lane_names,
        # the range itself is reversed (first lane on top); plotly.js ignores `range` under autorange
        autorange=False if lane_names else "reversed",
        showgrid=True,
        zeroline=False,
        fixedrange=True,
        range=[len(lane_names) - 0.5, -0.5] if lane_names else None,
    )
    fig.update_xaxes(
        type="date",
        range=[window[0].isoformat(), window[1].isoformat()] if window else None,
        autorange=window is None,
        rangeslider={"visible": True, "thickness": SLIDER, "autorange": True},
        rangeselector={"buttons": [
            {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
            {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
            {"count": 3, "label": "3m", "step": "month", "stepmode": "backward"},
            {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
            {"step": "all", "label": "all"},
        ], "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left",
            "font": {"size": 16 if presentation else 11}},
    )


def _day_axis(fig: go.Figure, d: pd.DataFrame) -> None:
    """Events within a day or two (a lone event): a window a day either side with one tick per day, where
    plotly's own axis would zoom to hours and label milliseconds ("23:59:59.999")."""
    lo = d["start"].min()
    hi = max(d["start"].max(), d["x1"].max() if "x1" in d and d["x1"].notna().any() else d["start"].max())
    if hi - lo > 2 * DAY:
        return
    window = [(lo - DAY).isoformat(), (max(hi, lo + DAY) + DAY).isoformat()]
    fig.update_xaxes(range=window, autorange=False, dtick=86_400_000, tickformat="%-d %b %Y",
                     rangeslider={"visible": True, "thickness": SLIDER, "autorange": False, "range": window})


SLIDER = 0.08  # range slider thickness, a fraction of the plot height
TITLE_SPACE = 24  # px added to the top margin by a figure title (overview.timeline_view)


def timeline_margins(fig: go.Figure, lane_names: list[str], presentation: bool, height: int) -> dict:
    """Margins that fit the lane labels (left), the legend (right), the range buttons (top) and the date
    labels plus range slider (bottom), with `autoexpand` off: letting plotly.js grow the margins itself
    makes it lay out and draw the whole chart twice on every update."""
    size = 20 if presentation else 13
    char = 0.55 * size  # average glyph width of Arial, generously
    lane = max((len(html.unescape(str(n))) for n in lane_names), default=0)
    keys = [html.unescape(str(t.name)) for t in fig.data if t.showlegend is not False and t.name]
    legend = max((len(k) for k in keys), default=0)
    top = (2.2 if presentation else 2.4) * size  # the range selector buttons above the plot
    bottom = 2.6 * size + 12  # date labels (two lines at some zooms)
    bottom = (bottom + SLIDER * (height - top)) / (1 + SLIDER)  # plus the slider below them
    return {"l": round(16 + char * lane), "r": round(16 + (2.6 * size + char * legend if keys else 0)),
            "t": round(top), "b": round(bottom), "autoexpand": False}
