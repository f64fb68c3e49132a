"""What the page shows about events, as plain data and safely escaped text: the detail card, the
highlighted source sentence, the selection read back from a Plotly chart, and the escaping every piece
of untrusted article text goes through before it reaches Markdown or HTML.

Streamlit's st.markdown / st.caption / st.metric / expander labels interpret Markdown (and Streamlit's
own `:color[...]` and `:emoji:` directives), so untrusted text is either shown with st.text / st.code or
passed through `escape_markdown` first; HTML is only ever built from `html.escape`d parts.
"""

from __future__ import annotations

import html
import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from geotimeline.store.frames import DATES

log = logging.getLogger(__name__)

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them is the
# simplest complete rule (it also defuses Streamlit's `:red[...]` directives and `$...$` math).
_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


def escape_markdown(text: object) -> str:
    """`text` as literal Markdown: no emphasis, links, images, HTML, directives or math survive.
    Line breaks are kept as hard breaks; leading spaces cannot start a code block."""
    s = "" if text is None else str(text)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    lines = [line.strip() for line in s.splitlines()]
    return "  \n".join(lines)


def escape_html(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def highlight_html(text: str, start: int, end: int, *, sentence: str = "", context: int | None = None) -> str:
    """The article as escaped HTML with the source sentence wrapped in <mark>. The offsets are trusted
    only if they point at `sentence` (when given); otherwise the sentence is searched for; if it cannot be
    found the text is returned unmarked. With `context`, only the sentence's paragraph and about `context`
    characters of whole paragraphs either side are shown, cut at paragraph breaks and marked with "…",
    so that the sentence is in view without scrolling. Nothing but the <div>/<mark> tags is unescaped."""
    start, end = _locate(text, start, end, sentence)
    lo, hi = 0, len(text)
    if start >= 0 and context is not None:
        lo, hi = excerpt_bounds(text, start, end, context)
    if start < 0:
        body = escape_html(text if context is None else text[:context * 2] + ("…" if len(text) > context * 2 else ""))
    else:
        body = (("… " if lo > 0 else "") + escape_html(text[lo:start]) + '<mark id="source-sentence">'
                + escape_html(text[start:end]) + "</mark>" + escape_html(text[end:hi]) + (" …" if hi < len(text) else ""))
    return (f'<div class="gt-article" style="white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; '
            f'line-height: 1.5">{body}</div>')


def excerpt_bounds(text: str, start: int, end: int, context: int) -> tuple[int, int]:
    """[lo, hi) around text[start:end]: its paragraph, widened by whole paragraphs while they stay
    within `context` characters either side (a paragraph ends at a blank line or a line break)."""
    breaks = [m.end() for m in re.finditer(r"\n\s*", text)]
    lo = max((b for b in breaks if b <= start), default=0)
    hi = min((b for b in breaks if b > end), default=len(text))
    while True:
        prev = max((b for b in breaks if b < lo - 1), default=0)
        if lo == 0 or start - prev > context:
            break
        lo = prev
    while True:
        nxt = min((b for b in breaks if b > hi), default=len(text))
        if hi >= len(text) or nxt - end > context:
            break
        hi = nxt
    return lo, hi


def _locate(text: str, start: int, end: int, sentence: str) -> tuple[int, int]:
    if 0 <= start < end <= len(text) and (not sentence or text[start:end].strip() == sentence.strip()):
        return start, end
    if sentence.strip():
        found = text.find(sentence.strip())
        if found >= 0:
            return found, found + len(sentence.strip())
    return -1, -1


def selected_ids(selection: object) -> tuple[int, ...]:
    """Event ids from a chart selection (`livechart.selection(key)`, shaped like st.plotly_chart's on_select return).
    Events are identified by their `customdata` (its first item when it is a list), never by point
    indices, which change when the figure does."""
    points = _points(selection)
    out: list[int] = []
    for point in points:
        custom = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(custom, list | tuple):
            custom = custom[0] if custom else None
        if custom is None or (isinstance(custom, float) and math.isnan(custom)):
            continue
        # the map aggregates events by place: its customdata is "3|7|9"
        for part in str(int(custom) if isinstance(custom, float) else custom).split("|"):
            try:
                out.append(int(part.strip()))
            except ValueError:
                log.debug("ignoring a selected point without an event id: %r", custom)
    return tuple(dict.fromkeys(out))


def _points(selection: object) -> list:
    if selection is None:
        return []
    sel = selection.get("selection") if isinstance(selection, Mapping) else getattr(selection, "selection", None)
    if sel is None:
        return []
    points = sel.get("points") if isinstance(sel, Mapping) else getattr(sel, "points", None)
    return list(points or [])


# ---------------------------------------------------------------- the detail card


@dataclass(frozen=True, slots=True)
class Detail:
    """One event, ready to show: every field is plain (unescaped) text."""

    id: int
    summary: str
    date_written: str
    date_interpreted: str
    actors: str
    place: str
    mode: str
    attribution: str
    category: str
    domain: str
    outlets: str
    edited: bool


def interpreted_date(start: object, end: object, granularity: object, open_end: bool = False,
                     date_mod: object = None, date_source: object = None) -> str:
    """How the date was understood: '2025-10-16', '2025-10-01 – 2025-10-31 (month)', 'since 2025-09-01'."""
    s, e = _day(start), _day(end)
    if s is None:
        return "undated"
    granularity, date_mod, date_source = clean(granularity), clean(date_mod), clean(date_source)
    gran = str(granularity or "day")
    if open_end:
        text = f"since {s.isoformat()}"
    elif e is None or e == s:
        text = s.isoformat()
    else:
        text = f"{s.isoformat()} – {e.isoformat()}"
    notes = []
    if gran != "day" and not (e is None and not open_end and gran == "range"):
        notes.append(gran)
    if date_mod:
        notes.append(str(date_mod).lower().replace("_", " "))  # "on or before": what a statement dated tells
    if date_source == "published":
        notes.append("publication date")
    return f"{text} ({', '.join(notes)})" if notes else text


# BEFORE/AFTER ("pre-1990", "post-1959") need no word: their interval is already open ("since 1960")
MOD_WORDS = {"START": "early ", "MID": "mid-", "END": "late ", "APPROX": "around "}


def when_label(start: object, end: object, granularity: object, open_end: bool = False,
               date_mod: object = None) -> str:
    """A date at its real precision, for lists read by people: '16 Oct 2025', 'early Oct 2025',
    'Sep-Nov 2025', '20-24 Oct 2025', 'since Sep 2025', '2025'; 'undated' without a start."""
    s, e = _day(start), _day(end)
    if s is None:
        return "undated"
    gran = str(clean(granularity) or "day")
    mod = MOD_WORDS.get(str(clean(date_mod) or "").upper(), "")
    if gran == "month":
        text = mod + s.strftime("%b %Y")
    elif gran == "year":
        text = mod + str(s.year)
    elif gran in ("season", "quarter") and e is not None:
        text = mod + (f"{s.strftime('%b')}–{e.strftime('%b %Y')}" if s.year == e.year
                      else f"{s.strftime('%b %Y')}–{e.strftime('%b %Y')}")
    elif gran == "decade":
        text = f"the {s.year // 10 * 10}s"
    elif e is not None and e != s and gran in ("range", "week"):
        text = (f"{s.day}–{e.day} {e.strftime('%b %Y')}" if (s.year, s.month) == (e.year, e.month)
                else f"{s.day} {s.strftime('%b')} – {e.day} {e.strftime('%b %Y')}")
    else:
        text = mod + f"{s.day} {s.strftime('%b %Y')}"
    return f"since {text}" if open_end else text


def when_labels(df: pd.DataFrame) -> pd.Series:
    """`when_label` for every row of an events frame (missing columns count as missing values)."""
    cols = [df[c] if c in df else pd.Series([None] * len(df), index=df.index)
            for c in ("start", "end", "granularity", "open_end", "date_mod")]
    return pd.Series([when_label(s, e, g, bool(clean(o) or False), m) for s, e, g, o, m in zip(*cols, strict=True)],
                     index=df.index, dtype=object)


def clean(value: object) -> object:
    """None for missing values of any kind (None, NaN, NaT, pd.NA)."""
    try:
        return None if value is None or pd.isna(value) else value  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return value


def _day(value: object) -> date | None:
    value = clean(value)
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return pd.Timestamp(value).date()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def detail_from_row(row: Mapping) -> Detail:
    """The detail card of one row of the events frame."""

    def text(key: str) -> str:
        value = clean(row.get(key))
        return "" if value is None else str(value)

    place = text("place_name")
    if place and bool(row.get("place_inferred")):
        place += " (inferred)"
    return Detail(
        id=int(row["id"]),
        summary=text("summary"),
        date_written=text("date_text") or ("(no date in the text: publication date used)" if text("start")
                                           else "(no date in the text, and the article has no publication date)"),
        date_interpreted=interpreted_date(row.get("start"), row.get("end"), row.get("granularity"),
                                          bool(row.get("open_end")), row.get("date_mod"), row.get("date_source")),
        actors=text("actors") or "none recognised",
        place=place or "no place",
        mode=text("mode"),
        attribution=text("attributed_to") or "not attributed",
        category=text("category"),
        domain=text("domain"),
        outlets=text("outlets").replace("|", ", ") or "not given",
        edited=bool(row.get("edited")),
    )


def detail_markdown(d: Detail) -> str:
    """The card as Markdown in which every value is escaped; only the labels are formatting."""
    lines = [
        f"**{escape_markdown(d.summary)}**",
        f"**Date as written:** {escape_markdown(d.date_written)}",
        f"**Interpreted:** {escape_markdown(d.date_interpreted)}",
        f"**Actors:** {escape_markdown(d.actors)}",
        f"**Place:** {escape_markdown(d.place)}",
        f"**Mode:** {escape_markdown(d.mode)} · **Category:** {escape_markdown(d.category)} · "
        f"**Domain:** {escape_markdown(d.domain)}",
        f"**Attribution:** {escape_markdown(d.attribution)}",
        f"**Outlets:** {escape_markdown(d.outlets)}" + (" · *edited*" if d.edited else ""),
    ]
    return "  \n".join(lines)


# our own CSS (no untrusted text in it): long words in article text, cards and captions wrap inside the page
# ("anywhere" also breaks a 5,000-character word, where "break-word" alone can leave the box that wide)
WRAP_CSS = ("<style>.stMainBlockContainer p, .stMainBlockContainer li, .stMainBlockContainer td, "
            ".stMainBlockContainer [data-testid='stMarkdownContainer'], .stMainBlockContainer [data-testid='stText'], "
            ".stMainBlockContainer [data-testid='stCaptionContainer'], .gt-article, .st-key-detail_card "
            "{overflow-wrap: anywhere; word-break: break-word; min-width: 0}</style>")


def undrawable(df: pd.DataFrame) -> pd.DataFrame:
    """The events that cannot be drawn (a stored date outside 0001-9999, coordinates off the globe) with the
    reason: id, summary, problem; shown as plain text (st.dataframe), never as Markdown."""
    if "problem" not in df:
        return pd.DataFrame(columns=["id", "summary", "problem"])
    bad = df[df["problem"].fillna("").astype(str) != ""]
    return bad[["id", "summary", "problem"]].reset_index(drop=True)


def focus(df: pd.DataFrame, ids: Iterable[int]) -> tuple[float, float] | None:
    """(lat, lon) of the first of `ids` that has a place: where the map centres for a selection."""
    located = df[df["id"].isin(list(ids)) & df["lat"].notna()]
    return (float(located["lat"].iloc[0]), float(located["lon"].iloc[0])) if len(located) else None


def event_label(row: Mapping) -> str:
    """A one-line plain-text label: '2025-10-16 · Maduro writes to Putin'."""
    day = _day(row.get("start"))
    return f"{day.isoformat() if day else 'undated'} · {row.get('summary') or ''}"


def listing(df: pd.DataFrame, ids: Iterable[int], limit: int = 200) -> pd.DataFrame:
    """The selected events as a small table for st.dataframe (which shows cells as plain text)."""
    wanted = list(dict.fromkeys(ids))[:limit]
    sub = df[df["id"].isin(wanted)]
    cols = [c for c in ("id", "start", "summary", "category", "domain", "place_name", "outlets") if c in sub]
    out = sub[cols].sort_values([c for c in ("start", "id") if c in cols])
    if "start" in out:
        out = out.assign(start=out["start"].dt.date)
    return out.reset_index(drop=True)


def latest(df: pd.DataFrame, limit: int = 300) -> pd.DataFrame:
    """The most recent dated events first (then the undated), as a browsable table: id, date, summary,
    place, outlets; st.dataframe shows the cells as plain text."""
    cols = [c for c in ("id", "start", "summary", "place_name", "outlets") if c in df]
    dated = df[df["start"].notna()] if "start" in df else df.iloc[0:0]
    # the `limit` latest without sorting every row (a rerun at 100k events sorted them all)
    out = dated[cols].nlargest(limit, ["start", "id"]) if "start" in df else dated[cols]
    if len(out) < limit:
        undated = df[df["start"].isna()] if "start" in df else df
        out = pd.concat([out, undated[cols].sort_values("id", ascending=False).head(limit - len(out))])
    out = out.assign(start=out["start"].dt.date) if "start" in out else out
    if "outlets" in out:
        out = out.assign(outlets=out["outlets"].fillna("").astype(str).str.replace("|", ", ", regex=False))
    return out.rename(columns={"start": "date", "place_name": "place"}).reset_index(drop=True)


# ---------------------------------------------------------------- store glue the page needs


def store_version(store: object) -> tuple[int, ...]:
    """A cheap fingerprint of the store's content (`Store.version()`): the cache key of the events
    frame, so an ingest or edit from any session or the CLI shows up on the next rerun."""
    return tuple(store.version())  # type: ignore[attr-defined]


EXPORT_FORMATS = {  # label: (format for export.export, file extension, mime)
    "CSV": ("csv", "csv", "text/csv"),
    "JSON": ("json", "json", "application/json"),
    "GeoJSON": ("geojson", "geojson", "application/geo+json"),
    "TimelineJS3": ("timelinejs", "timeline.json", "application/json"),
}


def export_text(db_path: str, ids: Iterable[int], fmt: str) -> str:
    """The filtered events in an export format, read through a connection of its own (Streamlit runs
    deferred downloads on another thread)."""
    from geotimeline.export import export
    from geotimeline.store import Store

    with Store(db_path) as store:
        stored = (store.event(int(i)) for i in ids)
        events = [e.to_dict() for e in stored if e is not None]
    return export(events, fmt)


def chart_png(kind: str, frame: pd.DataFrame, lanes: str = "domain") -> bytes:
    """A PNG of the timeline or the map of `frame`, rendered in headless Chromium on the server
    (report.chart_png; raises report.BrowserUnavailable when there is none)."""
    import tempfile
    from pathlib import Path

    from geotimeline.maps import map_figure
    from geotimeline.overview import timeline_view
    from geotimeline.report import chart_png as render

    fig = timeline_view(frame, lanes)[0] if kind == "timeline" else map_figure(frame)
    with tempfile.TemporaryDirectory(prefix="geotimeline-png-") as tmp:
        out = render(fig, Path(tmp) / f"{kind}.png", title=png_title(kind, frame))
        return out.read_bytes()


def png_title(kind: str, frame: pd.DataFrame) -> str:
    """'geotimeline · map of 13 events, 12 Jan 2024 – 5 Mar 2024' (plain text; escaped where drawn)."""
    n = len(frame)
    starts = frame["start"].dropna() if "start" in frame else pd.Series(dtype=DATES)
    span = (f", {starts.min():%-d %b %Y} – {starts.max():%-d %b %Y}" if len(starts) else "")
    return f"geotimeline · {kind} of {n:,} event{'s' if n != 1 else ''}{span}"
