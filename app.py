"""geotimeline's Streamlit page: Explore (timeline + map + detail), Sources (add and review), Briefing.

Layout and widgets only; the logic lives in geotimeline.filters / views / briefing / review, and the Sources tab
in geotimeline.sources_page.
Untrusted article text only reaches the page through st.text, st.dataframe / st.data_editor, escaped
Markdown (views.escape_markdown) or escaped HTML (views.highlight_html).
"""

from __future__ import annotations

import os
from dataclasses import replace

import pandas as pd
import plotly.io as pio
import streamlit as st

from geotimeline import briefing, livechart, sources_page, views
from geotimeline.charts import STATIC_DIR, TOPOJSON_URL, map_figure, plotly_config
from geotimeline.filters import (
    LANES,
    TAB_LABELS,
    apply_filters,
    from_query,
    options,
    prepare,
    state_from_widgets,
    to_query,
    widget_values,
)
from geotimeline.overview import timeline_view
from geotimeline.settings import load_settings
from geotimeline.store import Store

LANE_LABELS = {"domain": "Domain", "country": "Actor country", "article": "Article"}

# st.plotly_chart serialises every figure on every rerun; plotly's "json" encoder is 2-3x faster on our
# figures (long customdata string arrays) than its orjson path, which first walks every element in Python
pio.json.config.default_engine = "json"
BRIEF_MAP_PX, BRIEF_TIMELINE_PX = 540, 370
EXCERPT_CHARS = 300  # context around the source sentence shown in the detail card
# a link that opens the briefing hides the sidebar, so the slide has the whole projector
st.set_page_config(page_title="geotimeline", layout="wide",
                   initial_sidebar_state="collapsed" if st.query_params.get("tab") == "briefing" else "auto")
settings = load_settings()
st.markdown("#### geotimeline · diplomatic and naval developments in the news")
DB = str(settings.db_path)


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


def timeline_payload(path, version, key: str, _frame, lanes, cursor, selected, presentation):
    """(figure payload for livechart, bins) of the Explore timeline."""
    fig, bins = timeline_chart(path, version, key, _frame, lanes, cursor, selected, presentation)
    return livechart.figure_payload(fig.to_json()), bins


def map_payload(path, version, key: str, _frame, selected, focus, playback, presentation):
    fig = map_chart_figure(path, version, key, _frame, selected, focus, playback, presentation)
    return livechart.figure_payload(fig.to_json())


if os.environ.get("GEOTIMELINE_APP_CACHE", "1") != "0":  # "0" only for the benchmark's baseline
    events = st.cache_resource(max_entries=3)(events)
    filtered_frame = st.cache_resource(max_entries=16)(filtered_frame)
    sidebar_options = st.cache_resource(max_entries=3)(sidebar_options)
    timeline_chart = st.cache_resource(max_entries=24)(timeline_chart)
    map_chart_figure = st.cache_resource(max_entries=24)(map_chart_figure)
    timeline_payload = st.cache_resource(max_entries=24)(timeline_payload)
    map_payload = st.cache_resource(max_entries=24)(map_payload)

PLOTLY_SRC = TOPOJSON_URL + livechart.PLOTLY_JS  # served from ./static, like the map outline
st.cache_resource(livechart.ensure_plotly_js)(STATIC_DIR)


if settings.load_samples:  # a first run starts from the shipped, pre-filled store (geotimeline.seed)
    from geotimeline.seed import copy_seed

    copy_seed(settings.db_path, settings.samples_dir)
store = open_store(DB)
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
df_all = events(DB, version)
opts = sidebar_options(DB, version)

# ---- view state: seeded from the URL once per session, written back on every run -------------------
if not ss.get("_seeded"):
    ss["_seeded"] = True
    ss.update(widget_values(from_query({k: st.query_params.get_all(k) for k in st.query_params}), opts))


def clear_filters() -> None:
    ss["f_dates"] = (opts.first, opts.last) if opts.first else ()
    for key in ("f_domains", "f_categories", "f_countries", "f_outlets", "f_modes"):
        ss[key] = []
    ss["f_search"], ss["map_sel"], ss["step"] = "", (), 0


with st.sidebar:
    st.header("Filters")
    if opts.first:
        st.date_input("Date range", key="f_dates")
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
filtered = filtered_frame(DB, version, filtered_key, state, False)  # what the map shows
shown = filtered_frame(DB, version, shown_key, state, True) if state.map_selected else filtered  # the timeline's
st.caption(f"{len(shown):,} of {len(df_all):,} events" + (" (map selection applied)" if state.map_selected else ""))

tab_explore, tab_sources, tab_briefing = st.tabs(list(TAB_LABELS.values()), key="tab", on_change="rerun")


# ---- Explore ---------------------------------------------------------------------------------------
def on_timeline_select() -> None:
    ids = views.selected_ids(livechart.selection("timeline_chart"))
    bins = ss.get("_bins")
    if bins is not None:  # the timeline showed bins: a bin stands for its events
        ids = bins.expand(ids)[:500]
    if ids:  # an empty selection also arrives when the figure changes: keep ours
        ss["sel"] = ids


def on_map_select() -> None:
    ids = views.selected_ids(livechart.selection("map_chart"))
    if ids:
        ss["map_sel"] = ids


def pick(event_id: int) -> None:
    ss["sel"] = (int(event_id),)


def show_detail(event_id: int) -> None:
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


def export_buttons() -> None:
    ids = shown["id"].tolist()
    cols = st.columns(len(views.EXPORT_FORMATS) + 1)
    for col, (label, (fmt, ext, mime)) in zip(cols, views.EXPORT_FORMATS.items(), strict=False):
        col.download_button(label, lambda f=fmt: views.export_text(DB, ids, f), file_name=f"geotimeline.{ext}",
                            mime=mime, on_click="ignore", key=f"dl_{fmt}")
    frame = shown

    def report_html() -> str:
        from geotimeline.report import offline_html

        return offline_html(frame, "geotimeline report", lanes=state.lanes)

    cols[-1].download_button("Offline HTML", report_html, file_name="geotimeline.html", mime="text/html",
                             on_click="ignore", key="dl_html")
    from geotimeline.report import find_chromium

    if find_chromium():
        a, b, _ = st.columns([1, 1, 3])
        for col, kind in ((a, "timeline"), (b, "map")):
            col.download_button(f"{kind.title()} PNG", lambda k=kind: views.chart_png(k, frame, state.lanes),
                                file_name=f"geotimeline-{kind}.png", mime="image/png", on_click="ignore",
                                key=f"dl_png_{kind}")
    n = len(frame)
    placed = int((frame["lat"].notna() & frame["lon"].notna()).sum()) if n else 0
    dated = int(frame["start"].notna().sum()) if n else 0
    st.caption(f"CSV and JSON hold all {n:,} filtered events; GeoJSON the {placed:,} with a place; TimelineJS3 the "
               f"{dated:,} with a date. A chart's camera button (top right of the chart) also saves a PNG.")


def selection_panel() -> None:
    """Beside the map: the one selected event's card, the list of several, or how to select."""
    c1, c2 = st.columns(2)
    if state.selected and c1.button("Clear selection"):
        ss["sel"] = ()
        st.rerun()
    if state.map_selected and c2.button("Clear map selection"):
        ss["map_sel"] = ()
        st.rerun()
    if len(state.selected) == 1:
        show_detail(state.selected[0])
    elif state.selected:
        st.subheader(f"{len(state.selected)} selected events")
        st.dataframe(views.listing(df_all, state.selected), hide_index=True)
        choice = st.selectbox("Show the details of", state.selected, index=None, key="detail_pick",
                              format_func=lambda i: views.event_label(df_all[df_all["id"] == i].iloc[0])
                              if (df_all["id"] == i).any() else str(i))
        if choice is not None:
            st.button("Open", on_click=pick, args=(choice,))
    else:
        st.caption("Click or box-select events on the timeline, or pick a row below, to see the details; "
                   "select on the map to filter the timeline.")
    # the events in view, latest first, to browse and pick from; it stays below a card to pick the next one
    table = views.latest(shown)
    ss["_latest_ids"] = table["id"].tolist()
    st.dataframe(table, hide_index=True, key="latest_table", on_select=on_latest_select,
                 selection_mode="single-row", height=260 if state.selected else 400,
                 column_config={"id": None, "summary": st.column_config.TextColumn(width="large")})


def on_latest_select() -> None:
    """A row picked in the event list selects its event (a callback: it fires when the pick changes, so an
    old pick never overrides a later click on a chart)."""
    picked = ss.get("latest_table")
    rows = list(picked["selection"]["rows"]) if picked else []
    ids = ss.get("_latest_ids") or []
    if rows and rows[0] < len(ids):
        ss["sel"] = (int(ids[rows[0]]),)


if tab_explore.open is not False:
    with tab_explore:
        if df_all.empty:
            st.info("No events yet: add articles in the Sources tab.")
        elif shown.empty:  # an empty chart with a made-up axis looks broken: say why and how out
            st.info("No events match these filters" + (" and the map selection" if state.map_selected else "")
                    + ". Widen the date range, remove a filter, or start again.")
            st.button("Clear filters and selection", on_click=clear_filters, key="clear_empty")
        if len(state.selected) == 1 and (df_all["id"] == state.selected[0]).any():  # seen without scrolling
            st.caption("Selected: " + views.escape_markdown(views.event_label(
                df_all[df_all["id"] == state.selected[0]].iloc[0])) + " — details beside the map, below")
        elif len(state.selected) > 1:
            st.caption(f"{len(state.selected)} events selected — listed beside the map, below")
        # the timeline across the page; below it the map, and beside the map what is selected
        if not shown.empty:
            payload, ss["_bins"] = timeline_payload(DB, version, shown_key, shown, state.lanes, None,
                                                    state.selected, state.large)
            livechart.live_chart(payload, key="timeline_chart", config=plotly_config(), src=PLOTLY_SRC,
                                 selection_modes=("points", "box"), on_select=on_timeline_select,
                                 page_font=not state.large)
        left, right = st.columns([3, 2]) if not state.large else (st.container(), st.container())
        with left:
            if not filtered.empty:
                playback = st.toggle("Play through time", key="playback")
                payload = map_payload(DB, version, filtered_key, filtered, tuple(state.selected),
                                      views.focus(df_all, state.selected), playback, state.large)
                livechart.live_chart(payload, key="map_chart", config=plotly_config(), src=PLOTLY_SRC,
                                     selection_modes=("points", "box", "lasso"), on_select=on_map_select,
                                     page_font=not state.large)
        with right:
            selection_panel()
        with st.expander("Export the filtered events"):
            export_buttons()


# ---- Sources ---------------------------------------------------------------------------------------
if tab_sources.open is not False:
    with tab_sources:
        sources_page.render(store, settings, len(df_all), filtered, version)


# ---- Briefing --------------------------------------------------------------------------------------
# the same two moves from more keys: presenters' clickers send PageDown/PageUp (or arrows); hidden buttons
BRIEF_KEYS = {1: ("PageDown", "Space", "N", "Down"), -1: ("PageUp", "P", "Up"),
              10**6: ("End",), -(10**6): ("Home",)}  # End / Home: the summary / the title slide
BRIEF_HEADINGS = {"all": "Developments", "key": "Key developments", "selected": "Selected developments"}
def go_step(delta: int) -> None:
    ss["step"] = max(0, int(ss["step"]) + delta)


def jump_step(key: str, offset: int) -> None:
    ss["step"] = int(ss[key]) + offset


def deck_changed() -> None:
    ss["_brief_refocus"] = True  # stay on the event shown if the new deck has it


def exit_briefing() -> None:
    ss["tab"] = TAB_LABELS["explore"]


@st.cache_resource(max_entries=8)
def brief_facts(path: str, version: tuple[int, ...], key: str, _frame) -> briefing.TitleFacts:
    return briefing.title_facts(_frame)


@st.cache_resource(max_entries=8)
def brief_labels(path: str, version: tuple[int, ...], key: str, _frame) -> list[str]:
    return briefing.step_labels(_frame)


if tab_briefing.open is not False:
    with tab_briefing:
        st.html(briefing.SLIDE_CSS + briefing.PAGE_CSS)
        mode = ss.get("brief_deck", "all")
        events_shown = briefing.deck(shown, mode, state.selected)
        if ss.pop("_brief_refocus", False):
            ss["step"] = briefing.step_of(events_shown, ss.get("_brief_event") or -1) or 0
        slide = briefing.slide_at(events_shown, int(ss["step"]))
        ss["step"] = slide.step
        ss["_brief_event"] = slide.event_id
        deck_key = shown_key + f"|{mode}|{state.selected if mode == 'selected' else ''}"
        nav = st.container(horizontal=True, vertical_alignment="center", wrap=False, key="brief_nav")
        nav.button("◀ Previous", on_click=go_step, args=(-1,), disabled=slide.is_first, key="prev", shortcut="Left",
                   wrap=False)
        nav.button("Next ▶", on_click=go_step, args=(1,), disabled=slide.is_last, key="next", shortcut="Right",
                   wrap=False)
        nav.html(f'<p class="gt-step">Step {slide.step + 1} of {slide.total}</p>', width="content")
        if slide.total <= briefing.JUMP_LIST_MAX:
            ss["brief_jump"] = slide.step  # the list follows the buttons and keys
            labels = brief_labels(DB, version, deck_key, events_shown)
            nav.selectbox("Go to", range(slide.total), format_func=labels.__getitem__, key="brief_jump",
                          on_change=jump_step, args=("brief_jump", 0), label_visibility="collapsed")
        else:
            ss["brief_jump_n"] = slide.step + 1
            nav.number_input("Go to step", 1, slide.total, key="brief_jump_n", on_change=jump_step,
                             args=("brief_jump_n", -1), label_visibility="collapsed", width=200)
        n_sel = len(shown[shown["id"].isin(state.selected)]) if state.selected else 0
        deck_label = {"all": f"All {len(shown):,} events",
                      "key": f"Key events only ({min(briefing.KEY_EVENTS, len(shown))})",
                      "selected": f"Events selected in Explore ({n_sel})"}
        nav.selectbox("Events in the briefing", list(briefing.DECKS), format_func=deck_label.__getitem__,
                      key="brief_deck", on_change=deck_changed, label_visibility="collapsed", width=330)
        nav.button("Exit", on_click=exit_briefing, key="brief_exit", help="Back to Explore")
        with st.container(key="brief_keys"):
            for delta, keys in BRIEF_KEYS.items():
                for k in keys:
                    st.button(k, on_click=go_step, args=(delta,), key=f"brief_key_{k}", shortcut=k,
                              disabled=slide.is_last if delta > 0 else slide.is_first)
        if mode == "selected" and events_shown.empty:
            st.info("No event is selected in Explore: select some on its timeline or map, or choose another deck.")
        if slide.kind == "title":
            facts = brief_facts(DB, version, deck_key, events_shown)
            st.html(briefing.title_slide_html(facts, BRIEF_HEADINGS.get(mode, "Developments")))
        elif slide.kind == "summary":
            facts = brief_facts(DB, version, deck_key, events_shown)
            st.html(briefing.summary_slide_html(facts, briefing.key_events(events_shown, 5)))
        else:
            row = events_shown[events_shown["id"] == slide.event_id].iloc[0]
            card, right = st.columns([1, 1])  # fits 1920x1080: the card beside the map, the timeline below
            card.html(briefing.event_slide_html(row.to_dict(), slide.position, slide.n_events))
            fig = map_chart_figure(DB, version, deck_key, events_shown, (slide.event_id,),
                                   views.focus(df_all, (slide.event_id,)), False, True, BRIEF_MAP_PX,
                                   arcs_of_selected=True)  # the slide's own arc, not every contact
            # page_font=False: the slide's text sizes, not the page's 12 px
            with right:
                livechart.live_chart(livechart.figure_payload(pio.to_json(briefing.projector(fig, False),
                                                                          validate=False)),
                                     key="brief_map", config=plotly_config(), src=PLOTLY_SRC, page_font=False)
            cursor = row["start"].date() if not pd.isna(row["start"]) else None
            near = briefing.window(events_shown, row["start"])  # the event among its neighbours
            fig, _ = timeline_chart(DB, version, deck_key + f"@{cursor}", near, state.lanes, cursor,
                                    (slide.event_id,), True, BRIEF_TIMELINE_PX)
            livechart.live_chart(livechart.figure_payload(pio.to_json(briefing.projector(fig, True), validate=False)),
                                 key="brief_timeline", config=plotly_config(), src=PLOTLY_SRC, page_font=False)


# ---- URL: the whole view state, so a shared link opens the same view --------------------------------
state = replace(state, selected=tuple(ss["sel"]), map_selected=tuple(ss["map_sel"]), step=int(ss["step"]))
wanted = {k: v if isinstance(v, list) else [v] for k, v in to_query(state).items()}
if wanted != {k: st.query_params.get_all(k) for k in st.query_params}:
    st.query_params.from_dict(wanted)
