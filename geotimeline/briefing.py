"""The briefing (presentation) mode: a title slide, one slide per filtered event in date order, and a
closing summary with counts by domain and by actor. Pure functions over the events frame; the app only
lays the slides out in large type."""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from geotimeline.countries import LANGUAGES, countries, country_name
from geotimeline.lexicon import fold
from geotimeline.store.frames import DATES, END_OF_TIME, as_dates
from geotimeline.views import clean, detail_from_row, when_labels

log = logging.getLogger(__name__)
QUOTE_CHARS = 280  # longer source sentences are cut at a word, so the slide fits a 1080p screen
HEADLINE_CHARS = 160  # the same for a (rare) very long summary
TOP = 8  # rows of each ranked list on the title and summary slides
DECKS = {"all": "All events", "key": "Key events only", "selected": "Events selected in Explore"}
KEY_EVENTS = 20  # the "key events" deck: the most-sourced events
JUMP_LIST_MAX = 1000  # a longer deck is jumped through by step number (a list sends every label per rerun)


@dataclass(frozen=True, slots=True)
class Slide:
    kind: str  # "title", "event" or "summary"
    step: int  # 0 .. total-1 (after clamping)
    total: int  # number of steps: events + 2
    event_id: int | None = None
    position: int = 0  # 1-based index of the event among the events shown (0 for title/summary)
    n_events: int = 0

    @property
    def is_first(self) -> bool:
        return self.step == 0

    @property
    def is_last(self) -> bool:
        return self.step >= self.total - 1


def ordered(df: pd.DataFrame) -> pd.DataFrame:
    """The events in presentation order: by start date (undated last), then by id for a stable order."""
    if df.empty:
        return df
    return df.sort_values(["start", "id"], na_position="last", kind="stable")


def slide_at(df: pd.DataFrame, step: int) -> Slide:
    """The slide at `step` (clamped into range) of the deck for `df` (already filtered)."""
    order = ordered(df)
    n = len(order)
    total = n + 2
    step = min(max(int(step), 0), total - 1)
    if step == 0:
        return Slide("title", 0, total, n_events=n)
    if step == total - 1:
        return Slide("summary", step, total, n_events=n)
    event_id = int(order["id"].iloc[step - 1])
    return Slide("event", step, total, event_id=event_id, position=step, n_events=n)


def step_of(df: pd.DataFrame, event_id: int) -> int | None:
    """The step that shows `event_id`, to open the briefing at a chosen event."""
    ids = ordered(df)["id"].tolist()
    try:
        return ids.index(int(event_id)) + 1
    except ValueError:
        return None


def key_events(df: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """The `n` events a briefer would keep, in frame order: those reported by the most outlets, then by
    the most sources, then extracted with the most confidence; among equals the most recent (`n` is
    KEY_EVENTS unless given)."""
    n = KEY_EVENTS if n is None else n
    if len(df) <= n:
        return df
    score = pd.DataFrame({"id": df["id"].to_numpy(), "start": df["start"].to_numpy()}, index=df.index)
    outlets = df["outlets"].fillna("").astype(str) if "outlets" in df else pd.Series("", index=df.index)
    score["outlets"] = outlets.str.split("|").map(lambda xs: len({x for x in xs if x.strip()}))
    score["sources"] = df["n_sources"].fillna(0) if "n_sources" in df else 0
    score["confidence"] = df["confidence"].fillna(0.0) if "confidence" in df else 0.0
    ranked = score.sort_values(["outlets", "sources", "confidence", "start", "id"],
                               ascending=[False, False, False, False, True], na_position="last", kind="stable")
    return df[df["id"].isin(ranked["id"].head(n))]


def deck(df: pd.DataFrame, mode: str, selected: Collection[int] = (), n: int | None = None) -> pd.DataFrame:
    """The events of the briefing: all of `df`, its key events, or those of `selected` in it."""
    if mode == "key":
        return key_events(df, n)
    if mode == "selected":
        return df[df["id"].isin(list(selected))]
    return df


def step_labels(df: pd.DataFrame, width: int = 90) -> list[str]:
    """One plain-text label per step of the deck, for a "go to" list: title, each event (its position,
    date and summary, cut to `width` characters), summary. Shown as text by the select widget."""
    order = ordered(df)
    days = when_labels(order).tolist()
    labels = ["Title"]
    for n, (day, summary) in enumerate(zip(days, order["summary"].fillna("").astype(str), strict=True), start=1):
        text = f"{n} · {day} · {summary}"
        labels.append(text if len(text) <= width else text[: width - 1].rstrip() + "…")
    return [*labels, "Summary"]


def span_text(first: date | None, last: date | None) -> str:
    if first is None:
        return "no dated events"
    if last is None or last == first:
        return first.strftime("%-d %B %Y")
    if first.year == last.year:
        return f"{first.strftime('%-d %B')} – {last.strftime('%-d %B %Y')}"
    return f"{first.strftime('%-d %B %Y')} – {last.strftime('%-d %B %Y')}"


def _ranked(values: pd.Series, limit: int | None) -> list[tuple[str, int]]:
    """Counts of `values` (one per event already), most first, ties by name."""
    values = values[values.astype(str).str.strip() != ""]
    counts = values.value_counts()
    rows = sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))
    return rows if limit is None else rows[:limit]


def counts_by_domain(df: pd.DataFrame) -> list[tuple[str, int]]:
    if df.empty:
        return []
    return _ranked(df["domain"].fillna("other"), None)


@functools.cache
def _country_names() -> tuple[frozenset[str], frozenset[str]]:
    """Every country name, alias and demonym in every language, folded: (exact names, stems), a stem
    (written "Венесуэл*" in the table) standing for itself plus up to three letters."""
    exact: set[str] = set()
    stems: set[str] = set()
    for c in countries().values():
        for lang in LANGUAGES:
            for a in (*c.names.get(lang, ()), *c.demonyms.get(lang, ())):
                (stems if a.endswith("*") else exact).add(fold(a.rstrip("*")))
    return frozenset(exact), frozenset(stems)


def is_country(name: str) -> bool:
    """Whether an actor is a country as such ("Venezuela", "Венесуэла", "Russians"), not a person or an
    organisation."""
    key = fold(name.strip())
    exact, stems = _country_names()
    return bool(key) and (key in exact or any(key[: len(key) - k] in stems for k in range(4) if len(key) > k))


def _actor_names(df: pd.DataFrame) -> pd.Series:
    """The actor names of each event, once per event (the `actors` column reads "Nicolás Maduro (VEN,
    source); Vladimir Putin (RUS, target)")."""
    if df.empty or "actors" not in df:
        return pd.Series(dtype=str)
    parts = df["actors"].fillna("").astype(str).str.split(";").explode().str.strip()
    names = parts.str.replace(r"\s*\([^()]*\)\s*$", "", regex=True).str.strip()
    frame = pd.DataFrame({"event": parts.index, "name": names.to_numpy()})
    return frame[frame["name"] != ""].drop_duplicates()["name"]


def counts_by_actor(df: pd.DataFrame, limit: int = 10) -> list[tuple[str, int]]:
    """How many events each actor takes part in (as source or target); an actor counts once per event."""
    return _ranked(_actor_names(df), limit)


def counts_by_person(df: pd.DataFrame, limit: int = TOP) -> list[tuple[str, int]]:
    """The same for people and organisations only: actors that are countries as such are counted by
    `counts_by_country` instead."""
    names = _actor_names(df)
    if names.empty:
        return []
    keep = {n: not is_country(n) for n in names.unique()}
    return _ranked(names[names.map(keep)], limit)


def counts_by_country(df: pd.DataFrame, limit: int = TOP) -> list[tuple[str, int]]:
    """Events per country involved (the country of any actor: `countries` is "VEN|RUS"), by name."""
    if df.empty or "countries" not in df:
        return []
    codes = df["countries"].fillna("").astype(str).str.split("|").explode().str.strip()
    frame = pd.DataFrame({"event": codes.index, "code": codes.to_numpy()}).drop_duplicates()
    names = {c: country_name(c) or c for c in frame["code"].unique()}
    return _ranked(frame["code"].map(names), limit)


def counts_by_place(df: pd.DataFrame, limit: int = TOP) -> list[tuple[str, int]]:
    if df.empty or "place_name" not in df:
        return []
    return _ranked(df["place_name"].fillna("").astype(str), limit)


def counts_by_outlet(df: pd.DataFrame, limit: int | None = TOP) -> list[tuple[str, int]]:
    if df.empty or "outlets" not in df:
        return []
    parts = df["outlets"].fillna("").astype(str).str.split("|").explode().str.strip()
    frame = pd.DataFrame({"event": parts.index, "name": parts.to_numpy()}).drop_duplicates()
    return _ranked(frame["name"], limit)


@dataclass(frozen=True, slots=True)
class TitleFacts:
    n_events: int
    first: date | None
    last: date | None
    n_outlets: int
    domains: tuple[str, ...]
    by_domain: list[tuple[str, int]] = field(default_factory=list)
    countries: list[tuple[str, int]] = field(default_factory=list)
    people: list[tuple[str, int]] = field(default_factory=list)
    places: list[tuple[str, int]] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)


def title_facts(df: pd.DataFrame, limit: int = TOP) -> TitleFacts:
    """What a briefing opens (and closes) with: the period, the counts by domain, the main countries,
    people and organisations, places, and the outlets."""
    starts = df["start"].dropna() if "start" in df else pd.Series(dtype=DATES)
    outlets = counts_by_outlet(df, None)
    by_domain = counts_by_domain(df)
    return TitleFacts(
        n_events=len(df),
        first=starts.min().date() if len(starts) else None,
        last=starts.max().date() if len(starts) else None,
        n_outlets=len(outlets),
        domains=tuple(k for k, _ in by_domain),
        by_domain=by_domain,
        countries=counts_by_country(df, limit),
        people=counts_by_person(df, limit),
        places=counts_by_place(df, limit),
        outlets=outlets,
    )


def window(df: pd.DataFrame, at: object, days: int = 60) -> pd.DataFrame:
    """The events overlapping `days` either side of `at` (all of them when `at` is missing), so the
    briefing timeline shows the current event among its neighbours rather than the whole record."""
    if at is None or pd.isna(at) or df.empty:  # type: ignore[arg-type]
        return df
    centre = pd.Timestamp(at)  # type: ignore[arg-type]
    lo, hi = centre - pd.Timedelta(days=days), centre + pd.Timedelta(days=days)
    start = as_dates(df["start"])  # microseconds: an open end runs to 9999, past nanoseconds' 2262
    until = as_dates(df["end"]).fillna(start) if "end" in df else start
    if "open_end" in df:
        until = until.mask(df["open_end"].fillna(False).astype(bool), END_OF_TIME)
    return df[(start <= hi) & (until >= lo)]


def counts_html(rows: list[tuple[str, int]], head: tuple[str, str]) -> str:
    """A two-column count table as HTML (names left, numbers right, each heading over its column),
    every label escaped (actor names come from articles)."""
    e = html.escape
    body = "".join(f'<tr><td>{e(k)}</td><td class="n">{v:,}</td></tr>' for k, v in rows)
    if not rows:
        body = '<tr><td class="none">none</td><td></td></tr>'
    return (f'<table class="gt-count"><thead><tr><th>{e(head[0])}</th><th class="n">{e(head[1])}</th></tr>'
            f"</thead><tbody>{body}</tbody></table>")


def _text(row: Mapping, key: str) -> str:
    value = clean(row.get(key))
    return "" if value is None else str(value).strip()


def _published(row: Mapping) -> str:
    value = clean(row.get("published"))
    return "" if value is None else pd.Timestamp(value).strftime("%-d %B %Y")


def events_text(n: int) -> str:
    return f"{n:,} event" + ("" if n == 1 else "s")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def event_slide_html(row: Mapping, position: int, n_events: int) -> str:
    """The slide of one event: the summary as the headline; the date as written and as understood;
    place, actors, mode and attribution; the source sentence as a quotation with its outlet. Every value
    comes from articles and is escaped."""
    d = detail_from_row(row)
    written = _text(row, "date_text")
    when = f"{written} → {d.date_interpreted}" if written else d.date_interpreted  # marks a publication date
    sentence = _cut(_text(row, "sentence"), QUOTE_CHARS)
    outlets = "unknown outlet" if d.outlets in ("", "not given") else d.outlets
    published = _published(row)
    source = outlets + (f", {published}" if published else "")
    attribution = "" if d.attribution == "not attributed" else f" · {d.attribution}"
    e = html.escape
    quote = (f'<blockquote class="gt-quote">“{e(sentence)}”<br><span class="gt-src">— {e(source)}</span>'
             "</blockquote>") if sentence else f'<p class="gt-src">{e(source)}</p>'
    return (
        f'<div class="gt-slide" id="gt-event"><p class="gt-kicker">event {position} of {n_events} · {e(d.domain)} · '
        f"{e(d.category)}</p><h1>{e(_cut(d.summary, HEADLINE_CHARS))}</h1>"
        f'<p class="gt-meta"><b>{e(when)}</b> · {e(d.place)}<br>{e(d.actors)}<br>'
        f"{e(d.mode)}{e(attribution)}</p>{quote}</div>"
    )


def _list_html(title: str, rows: list[tuple[str, int]], unit: str = "events") -> str:
    return f'<section><h2>{html.escape(title)}</h2>{counts_html(rows, ("", unit))}</section>'


def title_slide_html(facts: TitleFacts, heading: str = "Developments") -> str:
    """The opening slide: the period as dates, the number of events and outlets, then four ranked lists
    (domains, countries, people and organisations, places) and the outlets, in large type."""
    e = html.escape
    outlets = ", ".join(name for name, _ in facts.outlets[:TOP])
    more = len(facts.outlets) - TOP
    if more > 0:
        outlets += f" and {more} more"
    n_outlets = f"{facts.n_outlets} outlet" + ("" if facts.n_outlets == 1 else "s")
    return (
        f'<div class="gt-slide" id="gt-title"><h1>{e(heading)}: {events_text(facts.n_events)}</h1>'
        f'<p class="gt-span">{e(span_text(facts.first, facts.last))}</p>'
        f'<div class="gt-grid">{_list_html("By domain", facts.by_domain[:TOP])}'
        f'{_list_html("Countries involved", facts.countries)}'
        f'{_list_html("People and organisations", facts.people)}{_list_html("Places", facts.places)}</div>'
        f'<p class="gt-meta"><b>Sources:</b> {e(n_outlets)}{": " + e(outlets) if outlets else ""}</p></div>'
    )


def summary_slide_html(facts: TitleFacts, key: pd.DataFrame) -> str:
    """The closing slide: the counts as aligned tables (domains, countries, people and organisations,
    outlets) and the most-reported events (`key`, at most five, in date order)."""
    e = html.escape
    items = "".join(
        f'<li><span class="gt-day">{e(day)}</span> {e(_cut(str(summary), 110))}</li>'
        for day, summary in zip(when_labels(ordered(key)), ordered(key)["summary"].fillna(""), strict=True)
    ) if len(key) else ""
    most = f'<h2>Most reported</h2><ol class="gt-key">{items}</ol>' if items else ""
    return (
        f'<div class="gt-slide" id="gt-summary"><h1>Summary: {events_text(facts.n_events)}</h1>'
        f'<p class="gt-span">{e(span_text(facts.first, facts.last))}</p>'
        f'<div class="gt-grid">{_list_html("Domain", facts.by_domain[:TOP])}'
        f'{_list_html("Countries involved", facts.countries)}'
        f'{_list_html("People and organisations", facts.people)}'
        f'{_list_html("Outlets", facts.outlets[:TOP])}</div>{most}</div>'
    )


# Type scales with the height of the screen (vh), so the same slide fits 1920x1080 and 1366x768; the
# nav row and the charts are sized by the app. No untrusted text in here.
SLIDE_CSS = (
    "<style>.gt-slide {font-size: clamp(1.05rem, 2.3vh, 1.9rem); line-height: 1.3; color: #111}"
    " table.gt-count td, .gt-key li {font-size: inherit !important}"  # over the app's "large type" rule
    " .gt-slide h1 {font-size: clamp(1.5rem, 3.6vh, 2.8rem); line-height: 1.15; padding: 0.1em 0 0.2em}"
    " .gt-slide h2 {font-size: clamp(1.1rem, 2.4vh, 1.8rem); padding: 0.3em 0 0.1em; color: #0b3d66}"
    " .gt-slide .gt-meta {font-size: clamp(1.05rem, 2.2vh, 1.7rem) !important; margin: 0.3em 0}"
    " .gt-slide .gt-span {font-size: clamp(1.2rem, 2.9vh, 2.2rem) !important; margin: 0 0 0.4em}"
    " .gt-slide .gt-kicker {font-size: clamp(1rem, 1.9vh, 1.4rem) !important; color: #333; margin: 0}"
    " .gt-quote {font-size: clamp(1.25rem, 2.6vh, 1.9rem); border-left: 6px solid #0072B2; margin: 0.4em 0;"
    " padding: 0.2em 0.8em; color: #111} .gt-src {font-size: clamp(0.95rem, 1.9vh, 1.4rem) !important; color: #333}"
    " #gt-title h1, #gt-summary h1 {font-size: clamp(1.8rem, 4.6vh, 3.4rem)}"
    " #gt-title table.gt-count, #gt-summary table.gt-count {font-size: clamp(1.1rem, 2.7vh, 2.1rem) !important}"
    " .gt-grid {display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0 2.5rem}"
    " table.gt-count {font-size: clamp(1.05rem, 2.3vh, 1.8rem); border-collapse: collapse; width: 100%;"
    " border: none} table.gt-count td, table.gt-count th {padding: 0.08em 0.3em; border: none;"
    " text-align: left; vertical-align: top} table.gt-count .n {text-align: right; white-space: nowrap}"
    " table.gt-count thead th {font-size: 0.7em; color: #555; font-weight: normal}"
    " table.gt-count tbody tr:nth-child(odd) {background: #f3f5f8} table.gt-count .none {color: #666}"
    " .gt-key {font-size: clamp(1rem, 2.1vh, 1.6rem); margin: 0.1em 0 0 1.4em} .gt-key li {margin: 0.1em 0}"
    " .gt-day {color: #0b3d66; font-weight: 600}</style>"
)


# a slide has the whole screen: no Streamlit header, page title, count line or tab bar (Exit goes back);
# our own CSS, no untrusted text in it
PAGE_CSS = (
    "<style>header[data-testid='stHeader'] {display: none}"
    " .stMainBlockContainer {padding: 0.5rem 2rem 0 2rem !important; max-width: none}"
    " .stMainBlockContainer > .stVerticalBlock > .stElementContainer:has(h4, [data-testid='stCaptionContainer'])"
    " {display: none} .st-key-tab [role='tablist'] {display: none}"
    " .st-key-tab [data-testid='stTabPanel'] {padding-top: 0} .st-key-brief_keys {display: none}"
    " .st-key-prev button, .st-key-next button, .st-key-brief_exit button {min-height: 2.8rem}"
    " .st-key-prev button p, .st-key-next button p, .st-key-brief_exit button p {font-size: 1.35rem}"
    " .st-key-brief_jump [data-baseweb='select'] *, .st-key-brief_deck [data-baseweb='select'] * {font-size: 1.2rem}"
    " .gt-step {font-size: 1.4rem; font-weight: 600; color: #111; margin: 0; white-space: nowrap}</style>"
)

# The slide fills the window, whatever its size (projectors: 1920x1080, 1366x768, 1280x720): the charts take the
# height their boxes get here, not a figure's (projector() drops it; plotly.js sizes a figure without one to its
# element, and livechart's ResizeObserver follows the window). `.st-key-brief` (the page's container of the nav
# and the slide) is a flex column at least as tall as the window below the page's top padding: the map is as tall
# as its column's width allows (no bands above and below the world), up to half the window; the timeline grows
# into whatever the nav, the card and the map leave, never under 16rem (its lanes and legend at 18 px). Only a
# slide that cannot fit that way scrolls. The hidden clicker keys' wrapper goes too (it still took a flex gap).
FIT_CSS = (
    "<style>.st-key-brief {min-height: calc(100vh - 0.5rem)}"  # 0.5rem: PAGE_CSS's top padding
    " [data-testid='stLayoutWrapper']:has(> .st-key-brief_keys) {display: none}"
    " .st-key-brief_map {position: relative; aspect-ratio: 1.9; max-height: calc(50vh - 2rem)}"
    " .st-key-brief_timeline {position: relative; flex: 1 1 0; min-height: 16rem}"
    " .st-key-brief_map .gt-live-chart, .st-key-brief_timeline .gt-live-chart {position: absolute; inset: 0}</style>"
)


def projector(fig: object, timeline: bool) -> dict:
    """A copy of a (cached) figure for the projector: no range slider or range buttons on the timeline
    (their space goes to the lanes, and the cursor's date label no longer meets them), no text under 18 px;
    no legend on the map (at 20 px it took a third of the map; the timeline's legend gives the colours)."""
    spec = fig.to_dict()  # type: ignore[attr-defined]
    layout = spec.setdefault("layout", {})
    layout.pop("height", None)  # the window decides (FIT_CSS)
    if not timeline:
        layout["showlegend"] = False
        layout["margin"] = {**layout.get("margin", {}), "t": 0, "b": 0}  # the legend's room above goes with it
    else:
        layout.setdefault("xaxis", {}).update(rangeslider={"visible": False}, rangeselector={"visible": False})
        layout["margin"] = {**layout.get("margin", {}), "t": 34, "b": 64}  # cursor label; two lines of dates
        # the date-as-written labels are placed for 16 px and would collide at 18; the card gives the date
        notes = [a for a in layout.get("annotations", ()) if a.get("name") != "date as written"]
        for note in notes:
            note.setdefault("font", {})["size"] = max(18, note["font"].get("size") or 18)
        layout["annotations"] = notes
        # nine legend keys (seven domains, hollow, selected) at 18 px without group gaps: measured from the top of
        # the whole figure, not of the plot, they fit a timeline as short as a 720 px window leaves (no scrollbar)
        layout["legend"] = {**layout.get("legend", {}), "font": {"size": 18}, "tracegroupgap": 2,
                            "yref": "container", "y": 1, "yanchor": "top", "maxheight": 1}
        if isinstance(layout.get("title"), dict):
            layout["title"].setdefault("font", {})["size"] = 18
    return spec
