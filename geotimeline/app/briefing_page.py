"""The Briefing tab of the page: one slide a step (title, an event beside its map with the timeline below,
summary), driven by buttons, a jump list and the keys of a presenter's clicker.

Widgets only; the deck, the slides and their HTML live in geotimeline.briefing (no Streamlit there), the figures
come from the page's cached chart functions (app.py). Callbacks read `st.session_state` directly.
"""

from __future__ import annotations

import pandas as pd
import plotly.io as pio
import streamlit as st

from geotimeline import briefing, livechart, views
from geotimeline.app.charts import plotly_config
from geotimeline.app.explore_page import Page
from geotimeline.filters import TAB_LABELS

# the same two moves from more keys: presenters' clickers send PageDown/PageUp (or arrows); hidden buttons
BRIEF_KEYS = {1: ("PageDown", "Space", "N", "Down"), -1: ("PageUp", "P", "Up"),
              10**6: ("End",), -(10**6): ("Home",)}  # End / Home: the summary / the title slide
BRIEF_HEADINGS = {"all": "Developments", "key": "Key developments", "selected": "Selected developments"}


def go_step(delta: int) -> None:
    ss = st.session_state
    ss["step"] = max(0, int(ss["step"]) + delta)


def jump_step(key: str, offset: int) -> None:
    ss = st.session_state
    ss["step"] = int(ss[key]) + offset


def deck_changed() -> None:
    st.session_state["_brief_refocus"] = True  # stay on the event shown if the new deck has it


def exit_briefing() -> None:
    st.session_state["tab"] = TAB_LABELS["explore"]


@st.cache_resource(max_entries=8)  # a decorator only: nothing runs before the first call from the app
def brief_facts(path: str, version: tuple[int, ...], key: str, _frame) -> briefing.TitleFacts:
    return briefing.title_facts(_frame)


@st.cache_resource(max_entries=8)
def brief_labels(path: str, version: tuple[int, ...], key: str, _frame) -> list[str]:
    return briefing.step_labels(_frame)


def navigation(page: Page, slide: briefing.Slide, mode: str, deck_key: str, events_shown: pd.DataFrame) -> None:
    """The row above the slide: previous / next, the step, a jump list, the deck, exit; and the hidden key buttons."""
    ss, shown, state = st.session_state, page.shown, page.state
    nav = st.container(horizontal=True, vertical_alignment="center", wrap=False, key="brief_nav")
    nav.button("◀ Previous", on_click=go_step, args=(-1,), disabled=slide.is_first, key="prev", shortcut="Left",
               wrap=False)
    nav.button("Next ▶", on_click=go_step, args=(1,), disabled=slide.is_last, key="next", shortcut="Right",
               wrap=False)
    nav.html(f'<p class="gt-step">Step {slide.step + 1} of {slide.total}</p>', width="content")
    if slide.total <= briefing.JUMP_LIST_MAX:
        ss["brief_jump"] = slide.step  # the list follows the buttons and keys
        labels = brief_labels(page.db, page.version, deck_key, events_shown)
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


def event_slide(page: Page, slide: briefing.Slide, deck_key: str, events_shown: pd.DataFrame) -> None:
    """An event's slide: its card beside the map, the timeline of its neighbours below. The charts' heights come
    from the window (briefing.FIT_CSS), not from the figures."""
    row = events_shown[events_shown["id"] == slide.event_id].iloc[0]
    card, right = st.columns([1, 1])
    card.html(briefing.event_slide_html(row.to_dict(), slide.position, slide.n_events))
    fig = page.map_chart_figure(page.db, page.version, deck_key, events_shown, (slide.event_id,),
                                views.focus(page.df_all, (slide.event_id,)), False, True,
                                arcs_of_selected=True)  # the slide's own arc, not every contact
    with right:
        livechart.live_chart(livechart.figure_payload(pio.to_json(briefing.projector(fig, False), validate=False)),
                             key="brief_map", config=plotly_config(), src=page.plotly_src)
    cursor = row["start"].date() if not pd.isna(row["start"]) else None
    near = briefing.window(events_shown, row["start"])  # the event among its neighbours
    fig, _ = page.timeline_chart(page.db, page.version, deck_key + f"@{cursor}", near, page.state.lanes, cursor,
                                 (slide.event_id,), True)
    livechart.live_chart(livechart.figure_payload(pio.to_json(briefing.projector(fig, True), validate=False)),
                         key="brief_timeline", config=plotly_config(), src=page.plotly_src)


def render(page: Page) -> None:
    """The tab's widgets: the deck is the timeline's events (`page.shown`), all, the key ones or the selected."""
    st.html(briefing.SLIDE_CSS + briefing.PAGE_CSS + briefing.FIT_CSS)
    with st.container(key="brief"):  # the slide fills the window (briefing.FIT_CSS)
        slides(page)


def slides(page: Page) -> None:
    """The navigation row and the slide of the current step of the deck."""
    ss, state = st.session_state, page.state
    mode = ss.get("brief_deck", "all")
    events_shown = briefing.deck(page.shown, mode, state.selected)
    if ss.pop("_brief_refocus", False):
        ss["step"] = briefing.step_of(events_shown, ss.get("_brief_event") or -1) or 0
    slide = briefing.slide_at(events_shown, int(ss["step"]))
    ss["step"] = slide.step
    ss["_brief_event"] = slide.event_id
    deck_key = page.shown_key + f"|{mode}|{state.selected if mode == 'selected' else ''}"
    navigation(page, slide, mode, deck_key, events_shown)
    if mode == "selected" and events_shown.empty:
        st.info("No event is selected in Explore: select some on its timeline or map, or choose another deck.")
    if slide.kind == "title":
        facts = brief_facts(page.db, page.version, deck_key, events_shown)
        st.html(briefing.title_slide_html(facts, BRIEF_HEADINGS.get(mode, "Developments")))
    elif slide.kind == "summary":
        facts = brief_facts(page.db, page.version, deck_key, events_shown)
        st.html(briefing.summary_slide_html(facts, briefing.key_events(events_shown, 5)))
    else:
        event_slide(page, slide, deck_key, events_shown)
