"""The view state of the app (filters, lanes, selection, tab, briefing step), its round trip through the
URL query parameters, and the vectorised filtering of the events frame.

Nothing here imports Streamlit: the app reads `st.query_params` into a plain mapping, calls
`from_query`, and writes `to_query` back, so a shared link opens the same view.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from geotimeline.collection import DEFAULT_COLLECTION, SAMPLES
from geotimeline.store.frames import DATES, END_OF_TIME, as_dates

log = logging.getLogger(__name__)

LANES = ("domain", "country", "article")
TABS = ("explore", "sources", "briefing")
SEARCH_COLUMNS = ("summary", "actors", "place_name", "sentence", "outlets", "vessels", "attributed_to")
_MAX_IDS = 500  # a selection larger than this is not worth a URL


@dataclass(frozen=True, slots=True)
class ViewState:
    """Everything that defines what the user sees; every field round-trips through the URL."""

    date_from: date | None = None
    date_to: date | None = None
    collections: tuple[str, ...] = ()  # the collections shown (geotimeline.collection); empty: all of them
    domains: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    search: str = ""
    lanes: str = "domain"
    selected: tuple[int, ...] = ()  # events picked on the timeline (or the one shown in detail)
    map_selected: tuple[int, ...] = ()  # events picked on the map: they filter the timeline
    tab: str = "explore"
    step: int = 0  # briefing step: 0 title, 1..n events, n+1 closing summary
    large: bool = field(default=False)  # projector-sized charts outside the briefing

    @property
    def has_filters(self) -> bool:
        return bool(
            self.date_from or self.date_to or self.domains or self.categories or self.countries
            or self.outlets or self.modes or self.search.strip()
        )


# Query parameter names: short, stable, part of shared links.
_KEYS = {
    "date_from": "from",
    "date_to": "to",
    "collections": "coll",
    "domains": "domain",
    "categories": "cat",
    "countries": "country",
    "outlets": "outlet",
    "modes": "mode",
    "search": "q",
    "lanes": "lanes",
    "selected": "sel",
    "map_selected": "map",
    "tab": "tab",
    "step": "step",
    "large": "large",
}
QUERY_KEYS = frozenset(_KEYS.values())


def to_query(state: ViewState) -> dict[str, str | list[str]]:
    """The query parameters for `state`; defaults are left out so plain links stay short."""
    out: dict[str, str | list[str]] = {}
    default = ViewState()
    for name, key in _KEYS.items():
        value = getattr(state, name)
        if value == getattr(default, name):
            continue
        if isinstance(value, date):
            out[key] = value.isoformat()
        elif isinstance(value, bool):
            out[key] = "1"
        elif isinstance(value, tuple):
            out[key] = [str(v) for v in value[:_MAX_IDS]]
        else:
            out[key] = str(value)
    return out


def from_query(params: Mapping[str, str | Sequence[str]]) -> ViewState:
    """Parse query parameters (values may be single strings or lists, as `st.query_params` gives them).
    Malformed values are dropped with a log line, never an exception: a link may be hand-edited."""

    def values(key: str) -> list[str]:
        raw = params.get(key)
        if raw is None:
            return []
        items = [raw] if isinstance(raw, str) else list(raw)
        # accept both ?domain=a&domain=b and ?domain=a,b
        return [part.strip() for item in items for part in str(item).split(",") if part.strip()]

    def one(key: str) -> str:
        vals = values(key)
        return vals[0] if vals else ""

    def day(key: str) -> date | None:
        text = one(key)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            log.info("ignoring malformed date %s=%r in the URL", key, text)
            return None

    def ids(key: str) -> tuple[int, ...]:
        out: list[int] = []
        for text in values(key):
            try:
                out.append(int(text))
            except ValueError:
                log.info("ignoring malformed event id %s=%r in the URL", key, text)
        return tuple(dict.fromkeys(out))[:_MAX_IDS]

    lanes = one("lanes")
    tab = one("tab")
    try:
        step = max(0, int(one("step") or 0))
    except ValueError:
        step = 0
    search_raw = params.get("q")
    search = (search_raw if isinstance(search_raw, str) else (list(search_raw or [""]) or [""])[0]) or ""
    date_from, date_to = day("from"), day("to")
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    return ViewState(
        date_from=date_from,
        date_to=date_to,
        collections=_outlets(params.get("coll")),
        domains=tuple(dict.fromkeys(values("domain"))),
        categories=tuple(dict.fromkeys(v.upper() for v in values("cat"))),
        countries=tuple(dict.fromkeys(v.upper() for v in values("country"))),
        outlets=_outlets(params.get("outlet")),
        modes=tuple(dict.fromkeys(values("mode"))),
        search=search.strip()[:200],
        lanes=lanes if lanes in LANES else "domain",
        selected=ids("sel"),
        map_selected=ids("map"),
        tab=tab if tab in TABS else "explore",
        step=step,
        large=one("large") in ("1", "true", "yes"),
    )


def _outlets(raw: str | Sequence[str] | None) -> tuple[str, ...]:
    # outlet and collection names may contain commas, so they are only split on repetition of the key
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else list(raw)
    return tuple(dict.fromkeys(i.strip() for i in items if i and i.strip()))


def with_selection(state: ViewState, ids: Iterable[int]) -> ViewState:
    return replace(state, selected=tuple(dict.fromkeys(int(i) for i in ids))[:_MAX_IDS])


# ---------------------------------------------------------------- filtering


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """Add the derived columns filtering needs (done once per store version, then cached):
    `_until` (last day covered: end, else start; far future for an open end) and `_text` (lower-cased
    search haystack)."""
    df = frame.copy()
    for col in ("start", "end", "published"):
        if col in df:
            df[col] = as_dates(df[col])
    until = df["end"].fillna(df["start"]) if "end" in df else df["start"]
    if "open_end" in df:
        until = until.mask(df["open_end"].fillna(False).astype(bool), END_OF_TIME)
    df["_until"] = until
    parts = [df[c].fillna("").astype(str) for c in SEARCH_COLUMNS if c in df]
    text = parts[0] if parts else pd.Series("", index=df.index)
    for part in parts[1:]:
        text = text + "\n" + part
    df["_text"] = text.str.lower()
    return df


def filter_mask(df: pd.DataFrame, state: ViewState, *, use_map: bool = True) -> np.ndarray:
    """Boolean mask of the rows of a `prepare`d frame that pass the filters of `state`.
    The date range keeps an event when its span overlaps the range; undated events drop out of a
    date-filtered view. `use_map` applies the map selection (the timeline is filtered by it, the map
    itself is not)."""
    mask = np.ones(len(df), dtype=bool)
    if state.collections and "collection" in df:
        mask &= df["collection"].isin(state.collections).to_numpy()
    if state.date_from is not None:
        mask &= (df["_until"] >= pd.Timestamp(state.date_from)).to_numpy()
    if state.date_to is not None:
        mask &= (df["start"] < pd.Timestamp(state.date_to) + pd.Timedelta(days=1)).to_numpy()
    for column, wanted in (("domain", state.domains), ("category", state.categories), ("mode", state.modes)):
        if wanted:
            mask &= df[column].isin(wanted).to_numpy()
    if state.countries:
        mask &= _has_member(df["countries"], state.countries)
    if state.outlets:
        mask &= _has_member(df["outlets"], state.outlets)
    needle = state.search.strip().lower()
    if needle:
        for word in needle.split():
            mask &= df["_text"].str.contains(word, regex=False).to_numpy()
    if use_map and state.map_selected:
        mask &= df["id"].isin(state.map_selected).to_numpy()
    return mask


def apply_filters(df: pd.DataFrame, state: ViewState, *, use_map: bool = True) -> pd.DataFrame:
    """The rows that pass; the frame itself (not a copy) when all do. Treat the result as read-only."""
    mask = filter_mask(df, state, use_map=use_map)
    return df if mask.all() else df[mask]


def _has_member(column: pd.Series, wanted: Sequence[str]) -> np.ndarray:
    """Rows whose "|"-joined list contains any of `wanted` (whole items only: "US" does not match "USA")."""
    pattern = r"(?:^|\|)(?:" + "|".join(re.escape(w) for w in wanted) + r")(?:\||$)"
    return column.fillna("").astype(str).str.contains(pattern, regex=True).to_numpy()


# ---------------------------------------------------------------- options for the sidebar


@dataclass(frozen=True, slots=True)
class Options:
    first: date | None
    last: date | None
    domains: tuple[str, ...]
    categories: tuple[str, ...]
    countries: tuple[str, ...]
    outlets: tuple[str, ...]
    modes: tuple[str, ...]
    collections: tuple[str, ...] = ()


def options(df: pd.DataFrame) -> Options:
    """The choices the sidebar offers, from the whole (unfiltered) frame, sorted."""

    def distinct(column: str, split: bool = False) -> tuple[str, ...]:
        if column not in df or df.empty:
            return ()
        values = pd.Series(df[column].dropna().astype(str).unique())  # few distinct values: split those
        if split:
            values = pd.Series(values.str.split("|").explode().dropna().unique())
        return tuple(sorted(v for v in values.astype(str) if v))

    def members(column: str) -> tuple[str, ...]:
        return distinct(column, split=True)

    starts = df["start"].dropna() if "start" in df else pd.Series(dtype=DATES)
    ends = df["end"].dropna() if "end" in df else pd.Series(dtype=DATES)
    last = max([s.max() for s in (starts, ends) if len(s)], default=None)
    return Options(
        first=starts.min().date() if len(starts) else None,
        last=last.date() if last is not None else None,
        domains=distinct("domain"),
        categories=distinct("category"),
        countries=members("countries"),
        outlets=members("outlets"),
        modes=distinct("mode"),
        # the default collection is always offered: "Start without samples" shows it before it holds anything
        collections=tuple(sorted({*distinct("collection"), DEFAULT_COLLECTION}, key=lambda c: (c == SAMPLES, c))),
    )


def lane_column(df: pd.DataFrame, lanes: str) -> pd.Series:
    """The swimlane label of every row: its domain, its source actor's country, or its (first) article."""
    if lanes == "country":
        src = df["source_country"].fillna("").astype(str)
        return src.where(src != "", "unknown")
    if lanes == "article":
        first = df["articles"].fillna("").astype(str).str.split("|").str[0]
        return first.where(first != "", "unknown")
    return df["domain"].fillna("other").astype(str)


# ---------------------------------------------------------------- widgets <-> view state

TAB_LABELS = {"explore": "Explore", "sources": "Sources", "briefing": "Briefing"}
_LISTS = {"f_collections": "collections", "f_domains": "domains", "f_categories": "categories", "f_countries": "countries",
          "f_outlets": "outlets", "f_modes": "modes"}


def widget_values(state: ViewState, opts: Options) -> dict[str, object]:
    """Session-state values for the page's widget keys that show `state` (values the options do not
    offer are dropped: a widget cannot hold them). A missing date bound shows the data's extent."""
    values: dict[str, object] = {
        key: [v for v in getattr(state, name) if v in getattr(opts, name)] for key, name in _LISTS.items()
    }
    values["f_dates"] = ()
    if opts.first and opts.last:  # within the data's extent (the widget's bounds)
        start = min(max(state.date_from or opts.first, opts.first), opts.last)
        values["f_dates"] = (start, max(min(state.date_to or opts.last, opts.last), start))
    values.update(f_search=state.search, lanes=state.lanes, large=state.large, tab=TAB_LABELS[state.tab],
                  sel=state.selected, map_sel=state.map_selected, step=state.step)
    return values


def follow_extent(dates: Sequence[date], before: tuple[date | None, date | None] | None,
                  extent: tuple[date | None, date | None]) -> tuple[date, ...]:
    """The date widget's value once the data's extent moved from `before` to `extent` (an article added or
    removed): a bound the user did not set (at the old extent, or beyond it) follows the data; one the user
    set is kept. A half-picked range (one date) is left as it is."""
    first, last = extent
    if first is None or last is None:
        return ()
    if not dates or before is None or before[0] is None or before[1] is None:
        return (first, last)
    if len(dates) < 2:
        return tuple(dates)
    start = first if dates[0] <= before[0] or dates[0] < first else dates[0]
    end = last if dates[1] >= before[1] or dates[1] > last else dates[1]
    return (start, end) if start <= end else (first, last)


def state_from_widgets(values: Mapping[str, object], opts: Options) -> ViewState:
    """The view state the widgets show. A date bound at (or beyond) the data's extent is no bound, so
    the default view's URL stays clean; a half-picked range (one date) bounds only its start."""
    dates = tuple(values.get("f_dates") or ())  # type: ignore[arg-type]
    tab = next((k for k, v in TAB_LABELS.items() if v == values.get("tab")), "explore")
    lanes = str(values.get("lanes") or "domain")
    return ViewState(
        date_from=dates[0] if dates and opts.first and dates[0] > opts.first else None,
        date_to=dates[1] if len(dates) > 1 and opts.last and dates[1] < opts.last else None,
        **{name: tuple(values.get(key) or ()) for key, name in _LISTS.items()},  # type: ignore[arg-type]
        search=str(values.get("f_search") or ""),
        lanes=lanes if lanes in LANES else "domain",
        selected=tuple(values.get("sel") or ()),  # type: ignore[arg-type]
        map_selected=tuple(values.get("map_sel") or ()),  # type: ignore[arg-type]
        tab=tab,
        step=int(values.get("step") or 0),  # type: ignore[arg-type]
        large=bool(values.get("large")),
    )
