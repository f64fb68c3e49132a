"""The briefing (presentation) mode: a title slide, one slide per filtered event in date order, and a
closing summary with counts by domain and by actor. Pure functions over the events frame; the app only
lays the slides out in large type."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from geotimeline.views import clean, detail_from_row

log = logging.getLogger(__name__)
QUOTE_CHARS = 320  # longer source sentences are cut at a word, so the slide fits a 1080p screen


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


@dataclass(frozen=True, slots=True)
class TitleFacts:
    n_events: int
    first: date | None
    last: date | None
    n_outlets: int
    domains: tuple[str, ...]


def title_facts(df: pd.DataFrame) -> TitleFacts:
    starts = df["start"].dropna() if "start" in df else pd.Series(dtype="datetime64[ns]")
    outlets = df["outlets"].dropna().astype(str).str.split("|").explode() if "outlets" in df else pd.Series()
    return TitleFacts(
        n_events=len(df),
        first=starts.min().date() if len(starts) else None,
        last=starts.max().date() if len(starts) else None,
        n_outlets=int(outlets[outlets != ""].nunique()) if len(outlets) else 0,
        domains=tuple(df["domain"].value_counts().index) if "domain" in df and len(df) else (),
    )


def span_text(first: date | None, last: date | None) -> str:
    if first is None:
        return "no dated events"
    if last is None or last == first:
        return first.strftime("%-d %B %Y")
    if first.year == last.year:
        return f"{first.strftime('%-d %B')} – {last.strftime('%-d %B %Y')}"
    return f"{first.strftime('%-d %B %Y')} – {last.strftime('%-d %B %Y')}"


def counts_by_domain(df: pd.DataFrame) -> list[tuple[str, int]]:
    if df.empty:
        return []
    counts = df["domain"].fillna("other").value_counts()
    return sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))


def counts_by_actor(df: pd.DataFrame, limit: int = 10) -> list[tuple[str, int]]:
    """How many events each actor takes part in (as source or target), from the `actors` column
    ("Nicolás Maduro (VEN, source); Vladimir Putin (RUS, target)"); an actor counts once per event."""
    if df.empty or "actors" not in df:
        return []
    parts = df["actors"].fillna("").astype(str).str.split(";").explode().str.strip()
    names = parts.str.replace(r"\s*\([^()]*\)\s*$", "", regex=True).str.strip()
    frame = pd.DataFrame({"event": parts.index, "name": names.to_numpy()})
    frame = frame[frame["name"] != ""].drop_duplicates()
    counts = frame["name"].value_counts()
    ranked = sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:limit]


def window(df: pd.DataFrame, at: object, days: int = 60) -> pd.DataFrame:
    """The events overlapping `days` either side of `at` (all of them when `at` is missing), so the
    briefing timeline shows the current event among its neighbours rather than the whole record."""
    if at is None or pd.isna(at) or df.empty:  # type: ignore[arg-type]
        return df
    centre = pd.Timestamp(at)  # type: ignore[arg-type]
    lo, hi = centre - pd.Timedelta(days=days), centre + pd.Timedelta(days=days)
    until = df["end"].fillna(df["start"]) if "end" in df else df["start"]
    if "open_end" in df:
        until = until.mask(df["open_end"].fillna(False).astype(bool), pd.Timestamp.max)
    return df[(df["start"] <= hi) & (until >= lo)]


def counts_html(rows: list[tuple[str, int]], head: tuple[str, str]) -> str:
    """A two-column count table as HTML, every label escaped (actor names come from articles)."""
    body = "".join(f"<tr><td>{html.escape(k)}</td><td>{v:,}</td></tr>" for k, v in rows)
    return (f'<table class="gt-count"><tr><th>{html.escape(head[0])}</th><th>{html.escape(head[1])}</th></tr>'
            f"{body}</table>")


def _text(row: Mapping, key: str) -> str:
    value = clean(row.get(key))
    return "" if value is None else str(value).strip()


def _published(row: Mapping) -> str:
    value = clean(row.get("published"))
    return "" if value is None else pd.Timestamp(value).strftime("%-d %B %Y")


def event_slide_html(row: Mapping, position: int, n_events: int) -> str:
    """The slide of one event: the summary as the headline; the date as written and as understood;
    place, actors, mode and attribution; the source sentence as a quotation with its outlet. Every value
    comes from articles and is escaped."""
    d = detail_from_row(row)
    written = _text(row, "date_text")
    when = f"{written} → {d.date_interpreted}" if written else d.date_interpreted
    if _text(row, "date_source") == "published":
        when += " (date of the report)"
    sentence = _text(row, "sentence")
    if len(sentence) > QUOTE_CHARS:
        sentence = sentence[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    outlets = d.outlets or "unknown outlet"
    published = _published(row)
    source = outlets + (f", {published}" if published else "")
    attribution = "" if d.attribution == "not attributed" else f" · {d.attribution}"
    e = html.escape
    quote = (f'<blockquote class="gt-quote">“{e(sentence)}”<br><span class="gt-src">— {e(source)}</span>'
             "</blockquote>") if sentence else f'<p class="gt-src">{e(source)}</p>'
    return (
        f'<div class="gt-slide" id="gt-event"><p class="gt-count">event {position} of {n_events} · {e(d.domain)} · '
        f"{e(d.category)}</p><h1>{e(d.summary)}</h1>"
        f'<p class="gt-meta"><b>{e(when)}</b> · {e(d.place)}<br>{e(d.actors)}<br>'
        f"{e(d.mode)}{e(attribution)}</p>{quote}</div>"
    )


def title_slide_html(facts: TitleFacts, heading: str = "Developments") -> str:
    domains = ", ".join(facts.domains)
    return (f'<div class="gt-slide" id="gt-title"><h1>{html.escape(heading)}: {facts.n_events:,} events</h1>'
            f'<p class="gt-meta">{html.escape(span_text(facts.first, facts.last))} · {facts.n_outlets} outlets'
            f" · {html.escape(domains)}</p></div>")


SLIDE_CSS = (
    "<style>.gt-slide {font-size: 1.9rem; line-height: 1.3} .gt-slide h1 {font-size: 2.6rem; line-height: 1.15;"
    " padding: 0.2em 0} .gt-slide .gt-meta {font-size: 1.55rem; color: #222} .gt-slide .gt-count"
    " {font-size: 1.2rem; color: #555; margin: 0} .gt-quote {font-size: 1.45rem; border-left: 6px solid #0072B2;"
    " margin: 0.4em 0; padding: 0.2em 0.8em; color: #111} .gt-src {font-size: 1.2rem; color: #444}"
    " table.gt-count {font-size: 1.6rem} table.gt-count td, table.gt-count th {padding: 0.2em 1em}</style>"
)
