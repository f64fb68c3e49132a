"""geotimeline's Streamlit page: Explore (timeline + map + detail), Sources (add and review), Briefing.

The shell only: page config, the store and the cached frames and figures, the sidebar filters, the tabs and the
URL. Each tab is a page module (geotimeline.app.explore_page, sources_page, briefing_page); the logic lives in
geotimeline.filters / views / briefing / review.
Untrusted article text only reaches the page through st.text, st.dataframe / st.data_editor, escaped
Markdown (views.escape_markdown) or escaped HTML (views.highlight_html).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace

import plotly.io as pio
import streamlit as st

from geotimeline import livechart, views
from geotimeline.app import briefing_page, explore_page, large_page, sources_page
from geotimeline.app.charts import STATIC_DIR, TOPOJSON_URL
from geotimeline.app.explore_page import Page
from geotimeline.collection import SAMPLES
from geotimeline.filters import (
    LANES,
    TAB_LABELS,
    apply_filters,
    follow_extent,
    from_query,
    options,
    prepare,
    state_from_widgets,
    to_query,
    widget_values,
)
from geotimeline.maps import focus_geo, map_figure
from geotimeline.maps import selection_rings as map_rings
from geotimeline.overview import timeline_base_view, timeline_rings, timeline_view
from geotimeline.settings import load_settings
from geotimeline.store import Store, StoreError

log = logging.getLogger("geotimeline.app")
LANE_LABELS = {"domain": "Domain", "country": "Actor country", "article": "Article"}

# figures go to the page as JSON (fig.to_json, pio.to_json); plotly's "json" encoder is 2-3x faster on our figures
# (long customdata string arrays) than its orjson path, which first walks every element in Python
pio.json.config.default_engine = "json"
# a link that opens the briefing hides the sidebar, so the slide has the whole projector
st.set_page_config(page_title="geotimeline", layout="wide",
                   initial_sidebar_state="collapsed" if st.query_params.get("tab") == "briefing" else "auto")
settings = load_settings()
st.markdown("#### geotimeline · diplomatic and naval developments in the news")
DB = settings.db  # a SQLite file path, or a shared PostgreSQL store's URL


@st.cache_resource
def open_store(path: str) -> Store:
    return Store(path)


def events(path: str, version: tuple[int, ...]):
    """The prepared events frame of one store version (shared read-only by all sessions)."""
    return prepare(open_store(path).events_frame())


def sidebar_options(path: str, version: tuple[int, ...]):
    return options(events(path, version))


def filtered_frame(path: str, version: tuple[int, ...], key: str, _state, use_map: bool):
    """The rows of the store version that pass the filters `key` stands for (`_state` is not hashed)."""
    return apply_filters(events(path, version), _state, use_map=use_map)


def timeline_chart(path, version, key: str, _frame, lanes, cursor, selected, presentation, height=None):
    """(figure, bins) for the frame that (path, version, key) identify; `_frame` is not hashed."""
    return timeline_view(_frame, lanes, cursor=cursor, selected=selected, presentation=presentation, height=height)


def map_chart_figure(path, version, key: str, _frame, selected, focus, playback, presentation, height=None,
                     arcs_of_selected=False):
    return map_figure(_frame, selected=selected, focus=focus, playback=playback, presentation=presentation,
                      height=height, arcs_of_selected=arcs_of_selected)


def timeline_base(path, version, key: str, _frame, lanes, presentation):
    """The Explore timeline without a selection, as a plain spec, with its bins and marks (cached per filter)."""
    fig, bins, marks = timeline_base_view(_frame, lanes, presentation=presentation)
    return json.loads(fig.to_json()), bins, marks


def map_base(path, version, key: str, _frame, playback, presentation):
    """The Explore map without a selection, as a plain spec (cached per filter)."""
    return json.loads(map_figure(_frame, playback=playback, presentation=presentation).to_json())


def timeline_payload(path, version, key: str, _frame, lanes, cursor, selected, presentation):
    """(livechart payload, bins) of the Explore timeline: the cached figure of the filter, the selection ringed
    on it (a click draws no figure again on the server)."""
    spec, bins, marks = timeline_base(path, version, key, _frame, lanes, presentation)
    # a zoom survives clicks on events, not a change of filters (whose new view it could hide)
    return livechart.compose(spec, timeline_rings(bins, marks, selected, presentation), uirevision=key), bins


def map_payload(path, version, key: str, _frame, selected, focus, playback, presentation):
    spec = map_base(path, version, key, _frame, playback, presentation)
    return livechart.compose(spec, map_rings(_frame, selected), geo=focus_geo(focus) if focus is not None else None,
                             uirevision=f"{key}|{focus}")


if os.environ.get("GEOTIMELINE_APP_CACHE", "1") != "0":  # "0" only for the benchmark's baseline
    events = st.cache_resource(max_entries=3)(events)
    filtered_frame = st.cache_resource(max_entries=16)(filtered_frame)
    sidebar_options = st.cache_resource(max_entries=3)(sidebar_options)
    timeline_chart = st.cache_resource(max_entries=24)(timeline_chart)
    map_chart_figure = st.cache_resource(max_entries=24)(map_chart_figure)
    timeline_base = st.cache_resource(max_entries=16)(timeline_base)
    map_base = st.cache_resource(max_entries=16)(map_base)
    # a rerun that changes neither filter nor selection (a tab, a toggle elsewhere) sends the same JSON
    timeline_payload = st.cache_resource(max_entries=32)(timeline_payload)
    map_payload = st.cache_resource(max_entries=32)(map_payload)

PLOTLY_SRC = TOPOJSON_URL + livechart.PLOTLY_JS  # served from ./static, like the map outline
st.cache_resource(livechart.ensure_plotly_js)(STATIC_DIR)


if settings.load_samples and not settings.db_url:  # a first run starts from the shipped, pre-filled store (geotimeline.seed)
    from geotimeline.seed import copy_seed

    copy_seed(settings.db_path, settings.samples_dir)
try:
    store = open_store(DB)
except (StoreError, OSError) as exc:  # a store that cannot be opened: say which and why, no traceback
    from geotimeline.store import redact

    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    st.error(f"The store {redact(str(DB))} cannot be opened: {redact(reason)}")
    st.stop()
ss = st.session_state


if settings.load_samples and not ss.get("_samples_checked"):
    ss["_samples_checked"] = True
    if store.count_articles() == 0:
        from geotimeline.pipeline import ensure_samples

        bar = st.progress(0.0, text="Loading the sample articles…")
        summary = ensure_samples(store, settings.samples_dir, sources_page.progress_callback(bar))
        bar.empty()
        if summary is not None and summary.errors:
            st.warning("Some sample articles could not be loaded: " + views.escape_markdown("; ".join(summary.errors)))

version = store.version()  # a few integer keys: cheap enough for every rerun
n_all = large_page.store_count(DB, version, store)
LARGE = n_all > settings.large_store  # explored through SQL aggregates: no frame of every event (app/large_page)
df_all = None if LARGE else events(DB, version)
opts = large_page.options(DB, version, store) if LARGE else sidebar_options(DB, version)

# ---- view state: seeded from the URL once per session, written back on every run -------------------
if not ss.get("_seeded"):
    ss["_seeded"] = True
    ss.update(widget_values(from_query({k: st.query_params.get_all(k) for k in st.query_params}), opts))
    ss["_extent"] = (opts.first, opts.last)


# the data moved (an article added or removed): a date bound the user did not set follows it
extent = (opts.first, opts.last)
if ss.get("_extent") != extent:
    ss["f_dates"] = follow_extent(tuple(ss.get("f_dates") or ()), ss.get("_extent"), extent)
    ss["_extent"] = extent
if "_show_collection" in ss:  # articles just added to a collection the view leaves out: show it too
    name = ss.pop("_show_collection")
    if ss.get("f_collections") and name not in ss["f_collections"]:
        ss["f_collections"] = [*ss["f_collections"], name]
if "_hide_collection" in ss:  # a removed collection
    name = ss.pop("_hide_collection")
    ss["f_collections"] = [c for c in ss.get("f_collections") or () if c != name]
ss["f_collections"] = [c for c in ss.get("f_collections") or () if c in opts.collections]


def show_all_dates() -> None:
    ss["f_dates"] = (opts.first, opts.last) if opts.first else ()


def clear_filters() -> None:
    show_all_dates()
    for key in ("f_collections", "f_domains", "f_categories", "f_countries", "f_outlets", "f_modes"):
        ss[key] = []
    ss["f_search"], ss["map_sel"], ss["step"] = "", (), 0


def without_samples() -> None:
    ss["f_collections"] = [c for c in opts.collections if c != SAMPLES]
    ss["map_sel"], ss["sel"], ss["step"] = (), (), 0


with st.sidebar:
    st.header("Filters")
    st.multiselect("Collections", opts.collections, key="f_collections", placeholder="All collections",
                   help="Your own articles are kept apart from the samples: their events are never merged.")
    if SAMPLES in opts.collections and list(ss.get("f_collections") or ()) != [
            c for c in opts.collections if c != SAMPLES]:
        st.button("Start without samples", on_click=without_samples, key="no_samples")
    if opts.first:
        st.date_input("Date range", key="f_dates", min_value=opts.first, max_value=opts.last)
    st.multiselect("Domains", opts.domains, key="f_domains")
    st.multiselect("Categories (PLOVER)", opts.categories, key="f_categories")
    st.multiselect("Actor countries", opts.countries, key="f_countries")
    st.multiselect("Outlets", opts.outlets, key="f_outlets")
    st.multiselect("Modes", opts.modes, key="f_modes")
    st.text_input("Search", key="f_search", placeholder="words in summary, actors, places, sentence")
    st.button("Clear filters", on_click=clear_filters)
    st.divider()
    st.radio("Swimlanes", LANES, key="lanes", format_func=LANE_LABELS.get, horizontal=True)
    st.toggle("Large type (projector)", key="large")

state = state_from_widgets(ss, opts)

if state.large:  # our own CSS, no untrusted text in it
    st.html("<style>.stMainBlockContainer p, .stMainBlockContainer li, .stMainBlockContainer td "
            "{font-size: 1.35rem !important;} .gt-article {font-size: 1.25rem;}</style>")

# cache keys of the two frames: the filters that made them (selection, tab and step play no part)
filtered_key = repr(to_query(replace(state, selected=(), map_selected=(), tab="explore", step=0, large=False)))
shown_key = repr((filtered_key, state.map_selected))


def guarded(name: str, render, *args) -> None:
    """One tab's widgets; an error in it is reported in that tab (the others, the sidebar and the URL still
    work). Streamlit's own rerun/stop signals are BaseExceptions and pass through."""
    try:
        render(*args)
    except Exception as exc:  # noqa: BLE001 - the page must survive whatever one tab meets
        log.exception("the %s tab failed", name)
        st.error(f"Part of the {name} tab could not be drawn ({type(exc).__name__}); the other tabs still work.")


st.html(views.WRAP_CSS)
if LARGE:
    large_page.render(store, settings, DB, version, state, n_all, filtered_key, shown_key, PLOTLY_SRC,
                      clear_filters, show_all_dates, guarded)
else:
    filtered = filtered_frame(DB, version, filtered_key, state, False)  # what the map shows
    shown = filtered_frame(DB, version, shown_key, state, True) if state.map_selected else filtered  # the timeline's
    st.caption(f"{len(shown):,} of {len(df_all):,} events"
               + (" (map selection applied)" if state.map_selected else ""))
    if state.date_from or state.date_to:  # a range the user set: say what it hides, one click to show it all
        hidden = (len(apply_filters(df_all, replace(state, date_from=None, date_to=None), use_map=False))
                  - len(filtered))
        if hidden > 0:
            note, show = st.columns([5, 1])
            note.caption(f"The date range you set hides {hidden:,} event{'s' if hidden != 1 else ''}.")
            show.button("Show all dates", on_click=show_all_dates, key="show_all_dates")

    tab_explore, tab_sources, tab_briefing = st.tabs(list(TAB_LABELS.values()), key="tab", on_change="rerun")
    # ---- the tabs: what Explore and Briefing draw from, passed explicitly --------------------------------
    page = Page(store=store, db=DB, version=version, df_all=df_all, filtered=filtered, shown=shown, state=state,
                filtered_key=filtered_key, shown_key=shown_key, plotly_src=PLOTLY_SRC, timeline_chart=timeline_chart,
                map_chart_figure=map_chart_figure, timeline_payload=timeline_payload, map_payload=map_payload)
    if tab_explore.open is not False:
        with tab_explore:
            guarded("Explore", explore_page.render, page, clear_filters)
    if tab_sources.open is not False:
        with tab_sources:
            guarded("Sources", sources_page.render, store, settings, len(df_all), filtered, version)
    if tab_briefing.open is not False:
        with tab_briefing:
            guarded("Briefing", briefing_page.render, page)


# ---- URL: the whole view state, so a shared link opens the same view --------------------------------
state = replace(state, selected=tuple(ss["sel"]), map_selected=tuple(ss["map_sel"]), step=int(ss["step"]))
wanted = {k: v if isinstance(v, list) else [v] for k, v in to_query(state).items()}
if wanted != {k: st.query_params.get_all(k) for k in st.query_params}:
    st.query_params.from_dict(wanted)
