"""The Explore tab of the page: the timeline across the page, the map below it and beside the map what is
selected (an event's card with its source sentences, a list, or how to select), the latest events, and the exports.

Widgets only; the figures come from the page's cached chart functions (app.py) and the logic lives in views,
overview and maps. Untrusted article text reaches the page only through st.text, st.dataframe, escaped Markdown
(views.escape_markdown) or escaped HTML (views.highlight_html). Callbacks read `st.session_state` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from geotimeline import livechart, views
from geotimeline.app.charts import plotly_config
from geotimeline.filters import ViewState
from geotimeline.store import Store

EXCERPT_CHARS = 300  # context around the source sentence shown in the detail card
MAX_SELECTED = 500  # events a selection of bins lists (and puts in the URL)


@dataclass(frozen=True, eq=False)  # identity: it holds frames
class Page:
    """What the Explore and Briefing tabs draw from: the store and its version, the events (all, under the
    filters for the map, and with the map selection for the timeline), the view state, the cache keys of the two
    frames, and the page's cached chart functions (their signatures are app.py's)."""

    store: Store
    db: str
    version: tuple[int, ...]
    df_all: pd.DataFrame
    filtered: pd.DataFrame  # under the sidebar filters: what the map shows
    shown: pd.DataFrame  # and under the map selection: what the timeline, the lists and the briefing show
    state: ViewState
    filtered_key: str
    shown_key: str
    plotly_src: str
    timeline_chart: Callable[..., Any]
    map_chart_figure: Callable[..., Any]
    timeline_payload: Callable[..., Any]
    map_payload: Callable[..., Any]


def on_timeline_select() -> None:
    ss = st.session_state
    ids = views.selected_ids(livechart.selection("timeline_chart"))
    bins = ss.get("_bins")
    if bins is not None:  # the timeline showed bins: a bin stands for its events (a large store's: fetched)
        total = bins.count(ids)
        ids = bins.expand(ids)[:MAX_SELECTED]
        ss["_sel_cut"] = (ids, total) if total > MAX_SELECTED else None
    if ids:  # an empty selection also arrives when the figure changes: keep ours
        ss["sel"] = ids


def selection_note(selected: tuple[int, ...]) -> str:
    """How many events the selection lists, and how many its bins held when it was cut to MAX_SELECTED."""
    cut = st.session_state.get("_sel_cut")
    if cut and tuple(cut[0]) == tuple(selected):
        return (f"the first {len(selected):,} of the {cut[1]:,} events in the selected bins (select fewer bins, "
                "or narrow the filters, to list the others)")
    return f"{len(selected):,} events selected"


def on_map_select() -> None:
    ids = views.selected_ids(livechart.selection("map_chart"))
    if ids:
        st.session_state["map_sel"] = ids


def pick(event_id: int) -> None:
    st.session_state["sel"] = (int(event_id),)


def on_latest_select() -> None:
    """A row picked in the event list selects its event (a callback: it fires when the pick changes, so an
    old pick never overrides a later click on a chart)."""
    ss = st.session_state
    picked = ss.get("latest_table")
    rows = list(picked["selection"]["rows"]) if picked else []
    ids = ss.get("_latest_ids") or []
    if rows and rows[0] < len(ids):
        ss["sel"] = (int(ids[rows[0]]),)


def show_detail(page: Page, event_id: int) -> None:
    df_all, store = page.df_all, page.store
    rows = df_all[df_all["id"] == event_id]
    if rows.empty:
        st.info(f"Event {event_id} is not in the store (deleted or merged).")
        return
    with st.container(border=True, key="detail_card"):
        st.markdown(views.detail_markdown(views.detail_from_row(rows.iloc[0].to_dict())))
        stored = store.event(event_id)
        for n, source in enumerate(stored.sources if stored else (), start=1):
            st.markdown(f"**Source {n}:** " + views.escape_markdown(
                " · ".join(x for x in (source.outlet, source.title, str(source.published or "")) if x)))
            article = store.article(source.article_key)
            if article is not None:  # the sentence in its paragraphs first, the whole article on demand
                st.html(views.highlight_html(article.text, source.sentence_start, source.sentence_end,
                                             sentence=source.sentence, context=EXCERPT_CHARS))
                with st.expander(f"Whole article {n}, source sentence highlighted"):
                    st.html(views.highlight_html(article.text, source.sentence_start, source.sentence_end,
                                                 sentence=source.sentence))
            else:
                st.text(source.sentence)


def export_buttons(page: Page) -> None:
    frame, lanes, db = page.shown, page.state.lanes, page.db
    ids = frame["id"].tolist()
    cols = st.columns(len(views.EXPORT_FORMATS) + 1)
    for col, (label, (fmt, ext, mime)) in zip(cols, views.EXPORT_FORMATS.items(), strict=False):
        col.download_button(label, lambda f=fmt: views.export_text(db, ids, f), file_name=f"geotimeline.{ext}",
                            mime=mime, on_click="ignore", key=f"dl_{fmt}")

    def report_html() -> str:
        from geotimeline.report import offline_html

        return offline_html(frame, "geotimeline report", lanes=lanes)

    cols[-1].download_button("Offline HTML", report_html, file_name="geotimeline.html", mime="text/html",
                             on_click="ignore", key="dl_html")
    from geotimeline.report import find_chromium

    if find_chromium():
        a, b, _ = st.columns([1, 1, 3])
        for col, kind in ((a, "timeline"), (b, "map")):
            col.download_button(f"{kind.title()} PNG", lambda k=kind: views.chart_png(k, frame, lanes),
                                file_name=f"geotimeline-{kind}.png", mime="image/png", on_click="ignore",
                                key=f"dl_png_{kind}")
    n = len(frame)
    placed = int((frame["lat"].notna() & frame["lon"].notna()).sum()) if n else 0
    dated = int(frame["start"].notna().sum()) if n else 0
    st.caption(f"CSV and JSON hold all {n:,} filtered events; GeoJSON the {placed:,} with a place; TimelineJS3 the "
               f"{dated:,} with a date. A chart's camera button (top right of the chart) also saves a PNG.")


def selection_panel(page: Page) -> None:
    """Beside the map: the one selected event's card, the list of several, or how to select."""
    ss, state, df_all = st.session_state, page.state, page.df_all
    c1, c2 = st.columns(2)
    if state.selected and c1.button("Clear selection"):
        ss["sel"] = ()
        st.rerun()
    if state.map_selected and c2.button("Clear map selection"):
        ss["map_sel"] = ()
        st.rerun()
    if len(state.selected) == 1:
        show_detail(page, state.selected[0])
    elif state.selected:
        note = selection_note(state.selected)
        st.subheader(note[:1].upper() + note[1:])
        st.dataframe(views.listing(df_all, state.selected), hide_index=True)
        rows = df_all[df_all["id"].isin(state.selected)].drop_duplicates("id").set_index("id", drop=False)
        labels = {int(i): views.event_label(row) for i, row in rows.iterrows()}  # one pass, not one scan a label
        choice = st.selectbox("Show the details of", state.selected, index=None, key="detail_pick",
                              format_func=lambda i: labels.get(int(i), str(i)))
        if choice is not None:
            st.button("Open", on_click=pick, args=(choice,))
    else:
        st.caption("Click or box-select events on the timeline, or pick a row below, to see the details; "
                   "select on the map to filter the timeline.")
    # the events in view, latest first, to browse and pick from; it stays below a card to pick the next one
    table = views.latest(page.shown)
    ss["_latest_ids"] = table["id"].tolist()
    st.dataframe(table, hide_index=True, key="latest_table", on_select=on_latest_select,
                 selection_mode="single-row", height=260 if state.selected else 400,
                 column_config={"id": None, "summary": st.column_config.TextColumn(width="large")})


def render(page: Page, clear_filters: Callable[[], None]) -> None:
    """The tab's widgets; `clear_filters` is the sidebar's "Clear filters" callback (offered when nothing matches)."""
    ss, state, df_all, shown, filtered = st.session_state, page.state, page.df_all, page.shown, page.filtered
    if df_all.empty:
        st.info("No events yet: add articles in the Sources tab.")
    elif shown.empty:  # an empty chart with a made-up axis looks broken: say why and how out
        st.info("No events match these filters" + (" and the map selection" if state.map_selected else "")
                + ". Widen the date range, remove a filter, or start again.")
        st.button("Clear filters and selection", on_click=clear_filters, key="clear_empty")
    bad = views.undrawable(df_all)
    if len(bad):  # one bad row never takes the page down: it is listed here, the rest is drawn
        with st.expander(f"{len(bad):,} event{'s' if len(bad) != 1 else ''} could not be drawn"):
            st.dataframe(bad, hide_index=True, key="undrawable_table")
    if len(state.selected) == 1 and (df_all["id"] == state.selected[0]).any():  # seen without scrolling
        st.caption("Selected: " + views.escape_markdown(views.event_label(
            df_all[df_all["id"] == state.selected[0]].iloc[0])) + " — details beside the map, below")
    elif len(state.selected) > 1:
        st.caption(f"{selection_note(state.selected)} — listed beside the map, below")
    # the timeline across the page; below it the map, and beside the map what is selected
    if not shown.empty:
        payload, ss["_bins"] = page.timeline_payload(page.db, page.version, page.shown_key, shown, state.lanes,
                                                     None, state.selected, state.large)
        livechart.live_chart(payload, key="timeline_chart", config=plotly_config(), src=page.plotly_src,
                             selection_modes=("points", "box"), on_select=on_timeline_select)
    left, right = st.columns([3, 2]) if not state.large else (st.container(), st.container())
    with left:
        if not filtered.empty:
            playback = st.toggle("Play through time", key="playback")
            payload = page.map_payload(page.db, page.version, page.filtered_key, filtered, tuple(state.selected),
                                       views.focus(df_all, state.selected), playback, state.large)
            livechart.live_chart(payload, key="map_chart", config=plotly_config(), src=page.plotly_src,
                                 selection_modes=("points", "box", "lasso"), on_select=on_map_select)
    with right:
        selection_panel(page)
    with st.expander("Export the filtered events"):
        export_buttons(page)
