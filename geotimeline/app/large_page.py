"""The page for a large store (more events than `Settings.large_store`): nothing loads every row into pandas.

The caption's counts, the sidebar's options, the timeline's bins and the map's places come from the database
(`geotimeline.store.aggregates`); rows are fetched only for what is in view or selected: the latest events beside
the map, the selected events (their card, their list), and every event once the filters leave at most
`overview.LIMIT` (then the timeline and map are the usual ones, arcs and ship tracks included). What this path
does not do yet is left out with a one-line note: map selection, arcs, tracks and playback over many events, the
list of undrawable rows, the briefing, offline HTML and chart images; exports are capped at EXPORT_CAP events.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import streamlit as st

from geotimeline import livechart, overview, views
from geotimeline.app import explore_page, sources_page
from geotimeline.app.charts import plotly_config
from geotimeline.app.explore_page import Page
from geotimeline.filters import TAB_LABELS, ViewState
from geotimeline.maps import cells_figure, focus_geo, map_figure
from geotimeline.maps import selection_rings as map_rings
from geotimeline.overview import LIMIT, binned_base_view, timeline_base_view, timeline_rings
from geotimeline.store import Store, aggregates
from geotimeline.store.aggregates import Where

log = logging.getLogger(__name__)

EXPORT_CAP = 5_000  # events an export holds at most (each is read with its sources; more would take minutes)
LATEST = 300  # the latest events listed beside the map


@st.cache_resource(max_entries=3)
def store_count(db: str, version: tuple[int, ...], _store: Store) -> int:
    return _store.count_events()


@st.cache_resource(max_entries=3)
def options(db: str, version: tuple[int, ...], _store: Store):
    return aggregates.options(_store)


@st.cache_resource(max_entries=32)
def count(db: str, version: tuple[int, ...], key: str, _store: Store, _where: Where) -> int:
    return aggregates.count(_store, _where)


@st.cache_resource(max_entries=16)
def summary(db: str, version: tuple[int, ...], key: str, lanes: str, months: bool, _store: Store,
            _where: Where) -> aggregates.Summary:
    """Count, bins, places and latest ids of the events under a filter, from one statement."""
    return aggregates.summary(_store, _where, lanes, months=months, latest=LATEST)


def months(db: str, version: tuple[int, ...], store: Store) -> bool:
    """Whether the store spans more than weekly bins cover (then the database groups by month, not day)."""
    opts = options(db, version, store)
    return bool(opts.first and opts.last and (opts.last - opts.first).days > 7 * overview.MAX_PERIODS)


@st.cache_resource(max_entries=8)
def every_row(db: str, version: tuple[int, ...], key: str, _store: Store, _where: Where):
    """All the events under the filters, when they are few (at most overview.LIMIT)."""
    return aggregates.rows(_store, aggregates.first_ids(_store, _where, LIMIT))


@st.cache_resource(max_entries=16)
def timeline_base(db: str, version: tuple[int, ...], key: str, lanes: str, presentation: bool, n: int,
                  _store: Store, _where: Where, _summary: aggregates.Summary) -> tuple[dict, Any, Any]:
    """(figure spec, bins or None, marks): the events themselves when few, else bins counted by the database."""
    if n <= LIMIT:
        fig, bins, marks = timeline_base_view(every_row(db, version, key, _store, _where), lanes,
                                              presentation=presentation)
    else:
        bins = _summary.bins
        fig, marks = binned_base_view(bins.frame, bins.unit, n, lanes, presentation=presentation)
    return json.loads(fig.to_json()), bins, marks


@st.cache_resource(max_entries=16)
def map_base(db: str, version: tuple[int, ...], key: str, presentation: bool, n: int, _store: Store,
             _where: Where, _summary: aggregates.Summary) -> dict:
    if n <= LIMIT:
        fig = map_figure(every_row(db, version, key, _store, _where), presentation=presentation)
    else:
        fig = cells_figure(_summary.cells, presentation=presentation)
    return json.loads(fig.to_json())


@st.cache_resource(max_entries=16)
def latest_rows(db: str, version: tuple[int, ...], key: str, _store: Store, _summary: aggregates.Summary):
    return aggregates.rows(_store, _summary.latest)


def _export(db: str, where: Where, fmt: str) -> str:
    """The first EXPORT_CAP filtered events (by date) in an export format, read on a connection of its own."""
    with Store(db) as store:
        ids = aggregates.first_ids(store, where, EXPORT_CAP)
    return views.export_text(db, ids, fmt)


def export_buttons(db: str, where: Where, n: int) -> None:
    cols = st.columns(len(views.EXPORT_FORMATS))
    for col, (label, (fmt, ext, mime)) in zip(cols, views.EXPORT_FORMATS.items(), strict=True):
        col.download_button(label, lambda f=fmt: _export(db, where, f), file_name=f"geotimeline.{ext}", mime=mime,
                            on_click="ignore", key=f"dl_{fmt}")
    held = min(n, EXPORT_CAP)
    left = f"; the other {n - held:,} are left out (narrow the filters to export them)" if n > held else ""
    st.caption(f"The exports hold the first {held:,} of the {n:,} filtered events by date{left}. Offline HTML and "
               "chart images are not offered for a store this large: a chart's camera button saves a PNG.")


def render(store: Store, settings: Any, db: str, version: tuple[int, ...], state: ViewState, n_all: int,
           filtered_key: str, shown_key: str, plotly_src: str, clear_filters: Callable[[], None],
           show_all_dates: Callable[[], None], guarded: Callable[..., None]) -> None:
    """The caption and the three tabs of a large store's page."""
    w_filtered, w_shown = aggregates.where(state, use_map=False), aggregates.where(state)
    by_month = months(db, version, store)
    s_filtered = summary(db, version, filtered_key, state.lanes, by_month, store, w_filtered)
    s_shown = summary(db, version, shown_key, state.lanes, by_month, store, w_shown) if state.map_selected else s_filtered
    n_filtered, n_shown = s_filtered.count, s_shown.count
    st.caption(f"{n_shown:,} of {n_all:,} events" + (" (map selection applied)" if state.map_selected else ""))
    if state.date_from or state.date_to:
        undated = replace(state, date_from=None, date_to=None)
        hidden = count(db, version, repr((filtered_key, "all dates")), store,
                       aggregates.where(undated, use_map=False)) - n_filtered
        if hidden > 0:
            note, show = st.columns([5, 1])
            note.caption(f"The date range you set hides {hidden:,} event{'s' if hidden != 1 else ''}.")
            show.button("Show all dates", on_click=show_all_dates, key="show_all_dates")
    tab_explore, tab_sources, tab_briefing = st.tabs(list(TAB_LABELS.values()), key="tab", on_change="rerun")
    if tab_explore.open is not False:
        with tab_explore:
            guarded("Explore", explore, store, db, version, state, (s_filtered, s_shown), (w_filtered, w_shown),
                    (filtered_key, shown_key), plotly_src, clear_filters)
    if tab_sources.open is not False:
        with tab_sources:
            review = aggregates.rows(store, aggregates.first_ids(store, w_filtered, 2000))
            guarded("Sources", sources_page.render, store, settings, n_all, review, version)
    if tab_briefing.open is not False:
        with tab_briefing:
            st.info(f"The briefing steps through events one by one: with over {settings.large_store:,} events in the "
                    "store it is not offered yet. Use Explore, or a store of one collection for a briefing.")


def explore(store: Store, db: str, version: tuple[int, ...], state: ViewState,
            summaries: tuple[aggregates.Summary, aggregates.Summary],
            wheres: tuple[Where, Where], keys: tuple[str, str], plotly_src: str,
            clear_filters: Callable[[], None]) -> None:
    """The Explore tab: the timeline (events or bins), the map (places or events), the selection and the latest."""
    ss = st.session_state
    (s_filtered, s_shown), (w_filtered, w_shown), (filtered_key, shown_key) = summaries, wheres, keys
    n_filtered, n_shown = s_filtered.count, s_shown.count
    if n_shown == 0:
        st.info("No events match these filters" + (" and the map selection" if state.map_selected else "")
                + ". Widen the date range, remove a filter, or start again.")
        st.button("Clear filters and selection", on_click=clear_filters, key="clear_empty")
    latest = latest_rows(db, version, shown_key, store, s_shown)
    picked = aggregates.rows(store, state.selected) if state.selected else latest.iloc[0:0]
    known = picked if latest.empty else latest if picked.empty else _union(picked, latest)
    if len(state.selected) == 1 and (known["id"] == state.selected[0]).any():
        st.caption("Selected: " + views.escape_markdown(views.event_label(
            known[known["id"] == state.selected[0]].iloc[0])) + " — details beside the map, below")
    elif len(state.selected) > 1:
        st.caption(f"{explore_page.selection_note(state.selected)} — listed beside the map, below")
    if n_shown:
        spec, bins, marks = timeline_base(db, version, shown_key, state.lanes, state.large, n_shown, store, w_shown,
                                          s_shown)
        ss["_bins"] = bins
        payload = livechart.compose(spec, timeline_rings(bins, marks, state.selected, state.large),
                                    uirevision=shown_key)
        livechart.live_chart(payload, key="timeline_chart", config=plotly_config(), src=plotly_src,
                             selection_modes=("points", "box"), on_select=explore_page.on_timeline_select)
    left, right = st.columns([3, 2]) if not state.large else (st.container(), st.container())
    with left:
        if n_filtered:
            few = n_filtered <= LIMIT
            if not few:
                st.caption(f"Over {LIMIT:,} events the map shows their places counted by the database (no arcs, "
                           "ship tracks, playback or map selection): narrow the filters for those.")
            spec = map_base(db, version, filtered_key, state.large, n_filtered, store, w_filtered, s_filtered)
            focus = views.focus(picked, state.selected) if len(picked) else None
            payload = livechart.compose(spec, map_rings(picked, state.selected),
                                        geo=focus_geo(focus) if focus is not None else None,
                                        uirevision=f"{filtered_key}|{focus}")
            livechart.live_chart(payload, key="map_chart", config=plotly_config(), src=plotly_src,
                                 selection_modes=("points", "box", "lasso") if few else (),
                                 on_select=explore_page.on_map_select if few else None)
    with right:  # the usual panel, on the fetched rows: the selected events and the latest under the filters
        page = Page(store=store, db=db, version=version, df_all=known, filtered=latest, shown=latest, state=state,
                    filtered_key=filtered_key, shown_key=shown_key, plotly_src=plotly_src, timeline_chart=_unused,
                    map_chart_figure=_unused, timeline_payload=_unused, map_payload=_unused)
        explore_page.selection_panel(page)
    with st.expander("Export the filtered events"):
        export_buttons(db, w_shown, n_shown)


def _union(a, b):
    import pandas as pd

    return pd.concat([a, b], ignore_index=True).drop_duplicates("id")


def _unused(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a large store's page draws its charts itself")
