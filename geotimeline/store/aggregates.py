"""A large store explored without loading it: the sidebar's options, counts, timeline bins and map cells computed
by the database (plain SQL GROUP BY, the same statements on SQLite and PostgreSQL), and rows fetched only for what
is in view or selected (the latest events, a bin's events, a selection's ids).

The filters of a `geotimeline.filters.ViewState` become one parametrised WHERE (`where`): every value the user typed
is a bound parameter, never formatted into the SQL. They mean what `filters.filter_mask` means on the events frame,
with two differences: the search also finds a word in a merged event's later source sentences (the frame searches
the first one), and it lower-cases ASCII letters only (SQL's lower() in SQLite and under PostgreSQL's "C" collation).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from geotimeline import overview
from geotimeline.collection import DEFAULT_COLLECTION, SAMPLES
from geotimeline.filters import Options, ViewState
from geotimeline.overview import FREQS, OTHER_LANES, bin_frame, choose_unit, pool_lanes
from geotimeline.store.frames import NOT_GIVEN, as_dates

log = logging.getLogger(__name__)

# the events with a source (and its article) or an actor that passes a test, as one uncorrelated IN at the top level
# of the WHERE: both engines run it once per statement as a semi-join (a correlated EXISTS inside an OR ran once
# per event, and PostgreSQL's IN inside an OR is a subplan that scans its whole result per event when it is large)
_SOURCES = "SELECT s.event_id FROM event_sources s JOIN articles a ON a.key = s.article_key WHERE {}"
_ACTORS = "SELECT a.event_id FROM event_actors a WHERE {}"
# the events none of whose sources names an outlet ("not given" in the frame): an anti-join
_NO_OUTLET = ("SELECT e2.id FROM events e2 WHERE NOT EXISTS (SELECT 1 FROM event_sources s JOIN articles a"
              " ON a.key = s.article_key WHERE s.event_id = e2.id AND a.outlet <> '')")
# the swimlane of an event, as `timeline.lane_keys` reads it from the frame
LANE_SQL = {
    "domain": "e.domain",
    "country": ("coalesce((SELECT a.country FROM event_actors a WHERE a.event_id = e.id AND a.role = 'source'"
                " AND a.country <> '' ORDER BY a.pos LIMIT 1), (SELECT a.country FROM event_actors a"
                " WHERE a.event_id = e.id AND a.country <> '' ORDER BY a.pos LIMIT 1), '(no country)')"),
    "article": ("coalesce(nullif((SELECT a.ext_id FROM event_sources s JOIN articles a ON a.key = s.article_key"
                " WHERE s.event_id = e.id ORDER BY coalesce(a.published, ''), s.rowid LIMIT 1), ''), '(no article)')"),
}
_SEARCHED = ("lower(e.summary)", "lower(coalesce(e.place_name, ''))", "lower(coalesce(e.attributed_to, ''))",
             "lower(e.vessels)")


@dataclass(frozen=True, slots=True)
class Where:
    """A WHERE clause over `events e` and its bound parameters."""

    sql: str
    params: tuple[object, ...] = ()

    def and_(self, sql: str, params: Sequence[object] = ()) -> Where:
        return Where(f"{self.sql} AND {sql}", (*self.params, *params))


def _marks(values: Collection[object]) -> str:
    return ", ".join("?" * len(values))


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(state: ViewState, *, use_map: bool = True) -> Where:
    """The live events that pass the filters of `state` (and its map selection, with `use_map`)."""
    w = Where("e.deleted = 0")
    if state.collections:
        w = w.and_(f"e.id IN ({_SOURCES.format(f'a.collection IN ({_marks(state.collections)})')})",
                   state.collections)
    if state.date_from is not None:  # the span overlaps the range; an open range runs on for ever
        w = w.and_("((e.\"end\" IS NULL AND e.start IS NOT NULL AND e.date_source = 'text')"
                   " OR coalesce(e.\"end\", e.start) >= ?)", (state.date_from.isoformat(),))
    if state.date_to is not None:
        w = w.and_("e.start <= ?", (state.date_to.isoformat(),))  # stored starts are ISO days
    for column, wanted in (("domain", state.domains), ("category", state.categories), ("mode", state.modes)):
        if wanted:
            w = w.and_(f"e.{column} IN ({_marks(wanted)})", wanted)
    if state.countries:
        w = w.and_(f"e.id IN ({_ACTORS.format(f'a.country IN ({_marks(state.countries)})')})", state.countries)
    if state.outlets:
        named = tuple(o for o in state.outlets if o != NOT_GIVEN)
        parts = [_SOURCES.format(f"a.outlet IN ({_marks(named)})")] if named else []
        if NOT_GIVEN in state.outlets:
            parts.append(_NO_OUTLET)
        w = w.and_("e.id IN (" + " UNION ".join(parts) + ")", named)
    for word in state.search.strip().lower().split():
        pattern = _like(word)
        own = " OR ".join(f"{c.replace('e.', 'e2.')} LIKE ? ESCAPE '\\'" for c in _SEARCHED)
        parts = (f"SELECT e2.id FROM events e2 WHERE {own}",
                 _ACTORS.format("lower(a.name) LIKE ? ESCAPE '\\' OR lower(coalesce(a.country, '')) LIKE ?"
                                " ESCAPE '\\' OR lower(a.role) LIKE ? ESCAPE '\\'"),
                 _SOURCES.format("lower(s.sentence) LIKE ? ESCAPE '\\' OR lower(a.outlet) LIKE ? ESCAPE '\\'"))
        w = w.and_("e.id IN (" + " UNION ".join(parts) + ")", (pattern,) * (len(_SEARCHED) + 5))
    if use_map and state.map_selected:
        w = w.and_(f"e.id IN ({_marks(state.map_selected)})", state.map_selected)
    return w


def _rows(store: Any, sql: str, params: Sequence[object] = ()) -> list[tuple]:
    return store.conn.execute(sql, tuple(params)).fetchall()


# ---------------------------------------------------------------- options and counts


def options(store: Any) -> Options:
    """The sidebar's choices (as `filters.options` gives them from the whole frame): one scan of the events for
    their vocabularies and extent, the articles that hold a live event for outlets and collections."""

    def distinct(values: Iterable[object]) -> tuple[str, ...]:
        return tuple(sorted({str(v) for v in values if v is not None and str(v) != ""}))

    live = "FROM events e WHERE e.deleted = 0"
    kinds = _rows(store, f"SELECT e.domain, e.category, e.mode, min(e.start), max(e.start), max(e.\"end\") {live}"
                  " GROUP BY 1, 2, 3")
    first = min((r[3] for r in kinds if r[3]), default=None)
    last = max((d for r in kinds for d in (r[4], r[5]) if d), default=None)
    articles = _rows(store, "SELECT DISTINCT a.outlet, a.collection FROM articles a WHERE EXISTS (SELECT 1"
                     " FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_key = a.key"
                     " AND e.deleted = 0)")
    outlets = distinct(r[0] for r in articles)
    if _rows(store, f"SELECT 1 {live} AND NOT EXISTS (SELECT 1 FROM event_sources s JOIN articles a"
             " ON a.key = s.article_key WHERE s.event_id = e.id AND a.outlet <> '') LIMIT 1"):
        outlets = tuple(sorted({*outlets, NOT_GIVEN}))
    countries = _rows(store, "SELECT DISTINCT a.country FROM event_actors a JOIN events e ON e.id = a.event_id"
                      " WHERE e.deleted = 0")
    return Options(
        first=_day(first), last=_day(last),
        domains=distinct(r[0] for r in kinds), categories=distinct(r[1] for r in kinds),
        countries=distinct(r[0] for r in countries), outlets=outlets, modes=distinct(r[2] for r in kinds),
        collections=tuple(sorted({*distinct(r[1] for r in articles), DEFAULT_COLLECTION},
                                 key=lambda c: (c == SAMPLES, c))),
    )


def _day(text: object):
    stamp = as_dates(pd.Series([text])).iloc[0] if text else pd.NaT
    return None if pd.isna(stamp) else stamp.date()


def count(store: Any, w: Where) -> int:
    return int(_rows(store, f"SELECT count(*) FROM events e WHERE {w.sql}", w.params)[0][0])


# ---------------------------------------------------------------- timeline bins


@dataclass(frozen=True, eq=False)
class StoreBins:
    """Timeline bins counted by the database: `frame` is drawn like `overview.Binned.frame` (the same rows, the
    same negative ids); a bin's events are fetched when it is selected (`expand`), never held."""

    frame: pd.DataFrame
    unit: str
    freq: str
    lanes: str
    kept_lanes: tuple[str, ...] | None  # the lanes drawn by name when the rest were pooled, else None
    store: Any
    where: Where

    def _bin_where(self, ids: Iterable[int]) -> Where | None:
        rows = self.frame.set_index("id").loc[[i for i in dict.fromkeys(ids) if i in set(self.frame["id"])]]
        if rows.empty:
            return None
        lane = LANE_SQL[self.lanes]
        tests, params = [], []
        for _, row in rows.iterrows():
            name = _lane_of(row, self.lanes)
            if name == OTHER_LANES and self.kept_lanes:
                test = f"{lane} NOT IN ({_marks(self.kept_lanes)})"
                params.extend(self.kept_lanes)
            else:
                test = f"{lane} = ?"
                params.append(name)
            tests.append(f"({test} AND e.domain = ? AND e.start >= ? AND e.start < ?)")
            params.extend([row["domain"], row["start"].date().isoformat(),
                           (row["end"] + pd.Timedelta(days=1)).date().isoformat()])
        return self.where.and_("(" + " OR ".join(tests) + ")", params)

    def count(self, ids: Iterable[int]) -> int:
        """Events in the bins `ids` (their counts, summed)."""
        picked = self.frame[self.frame["id"].isin(list(ids))]
        return int(picked["n_events"].sum())

    def expand(self, ids: Iterable[int], limit: int = 500) -> tuple[int, ...]:
        """The events of the selected bins (at most `limit`, earliest first); event ids pass through."""
        ids = list(ids)
        events = tuple(int(i) for i in ids if i >= 0)
        w = self._bin_where(i for i in ids if i < 0)
        if w is None:
            return events
        found = _rows(self.store, f"SELECT e.id FROM events e WHERE {w.sql} ORDER BY e.start, e.id LIMIT ?",
                      (*w.params, limit))
        return tuple(dict.fromkeys([*events, *(int(r[0]) for r in found)]))

    def bins_of(self, event_ids: Collection[int]) -> tuple[int, ...]:
        """The bins holding any of `event_ids` (to ring a selection)."""
        if not event_ids or self.frame.empty:
            return ()
        ids = [int(i) for i in event_ids][:500]
        rows = _rows(self.store, f"SELECT {LANE_SQL[self.lanes]}, e.domain, e.start FROM events e"
                     f" WHERE e.id IN ({_marks(ids)}) AND e.start IS NOT NULL", ids)
        if not rows:
            return ()
        got = pd.DataFrame(rows, columns=["lane", "domain", "start"]).astype({"lane": str, "domain": str})
        if self.kept_lanes:
            got["lane"] = got["lane"].where(got["lane"].isin(self.kept_lanes), OTHER_LANES)
        got["day"] = as_dates(got["start"])
        drawn = self.frame.assign(lane=[_lane_of(r, self.lanes) for _, r in self.frame.iterrows()])
        both = got.merge(drawn[["lane", "domain", "start", "end", "id"]], on=["lane", "domain"], suffixes=("", "_bin"))
        inside = (both["start_bin"] <= both["day"]) & (both["day"] < both["end"] + pd.Timedelta(days=1))
        return tuple(sorted({int(i) for i in both.loc[inside, "id"]}, reverse=True))


def _lane_of(row: pd.Series, lanes: str) -> str:
    if lanes == "country":
        return str(row["source_country"])
    if lanes == "article":
        return str(row["articles"])
    return str(row["domain"])


def bins(store: Any, w: Where, lanes: str) -> StoreBins:
    """The binned timeline of the events under `w` (as `overview.binned` bins the frame): counts per lane, domain
    and day (or month, when the period chosen is a month or longer) from one GROUP BY, then rolled up to the period
    in pandas (a few thousand rows, not one per event)."""
    dated = w.and_("e.start IS NOT NULL")
    first, last = _rows(store, f"SELECT min(e.start), max(e.start) FROM events e WHERE {dated.sql}", dated.params)[0]
    by_day = first is None or _unit(first, last)[1] in ("day", "week")
    key = "e.start" if by_day else "substr(e.start, 1, 7)"
    groups = _rows(store, f"SELECT {LANE_SQL[lanes]}, e.domain, {key}, count(*) FROM events e WHERE {dated.sql}"
                          " GROUP BY 1, 2, 3", dated.params) if first is not None else []
    return _rolled_up(store, w, lanes, first, last, groups, by_day)


def _unit(first: str, last: str) -> tuple[str, str]:
    span = as_dates(pd.Series([first, last]))
    return choose_unit(span.iloc[0], span.iloc[1])


def _rolled_up(store: Any, w: Where, lanes: str, first: str | None, last: str | None, groups: Sequence[tuple],
               by_day: bool) -> StoreBins:
    """The bins from database groups (lane, domain, day or month, count): lanes pooled, the period chosen and
    widened as `overview.binned` does."""
    empty = StoreBins(bin_frame(pd.DataFrame({"lane": [], "domain": [], "period": np.array([], dtype="int64")}),
                                np.array([], dtype="int64"), "D", "day", lanes), "day", "D", lanes, None, store, w)
    if first is None or not groups:
        return empty
    freq, unit = _unit(first, last or first)
    got = pd.DataFrame(list(groups), columns=["lane", "domain", "key", "n"])
    day = as_dates(got["key"].astype(str) + ("" if by_day else "-01"))
    got = got.assign(day=day)[day.notna()]
    if got.empty:
        return empty
    lane = pool_lanes(got["lane"].astype(str), got["n"])
    kept = tuple(sorted(set(lane) - {OTHER_LANES})) if (lane == OTHER_LANES).any() else None
    for level in range(FREQS.index((freq, unit)), len(FREQS)):
        freq, unit = FREQS[level]
        keys = pd.DataFrame({"lane": lane.to_numpy(), "domain": got["domain"].astype(str).to_numpy(),
                             "period": got["day"].dt.to_period(freq).array.asi8, "n": got["n"].astype("int64")})
        sizes = keys.groupby(["lane", "domain", "period"], sort=True)["n"].sum()
        if len(sizes) <= overview.MAX_BINS:
            break
    frame = bin_frame(sizes.index.to_frame(index=False), sizes.to_numpy(), freq, unit, lanes)
    log.debug("%d bins (%s) from %d database groups", len(frame), unit, len(got))
    return StoreBins(frame, unit, freq, lanes, kept, store, w)


@dataclass(frozen=True, eq=False)
class Summary:
    """What the page draws of the events under a filter: their count, timeline bins, map places, latest ids."""

    count: int
    bins: StoreBins
    cells: pd.DataFrame
    latest: list[int]


def summary(store: Any, w: Where, lanes: str, *, months: bool = False, latest: int = 300) -> Summary:
    """`count`, `bins`, `cells` and `latest_ids` of the events under `w` from one statement, so the filter (which may
    scan every event's text, actors and sources for a search) is evaluated once, in a materialised CTE, not four
    times. Timeline groups are by day, or by month with `months` (a store spanning more years than weekly bins
    cover); when the filtered events then need days or weeks, the bins are counted again by day (`bins`)."""
    key = "substr(f.start, 1, 7)" if months else "f.start"
    sql = (
        f"WITH f AS MATERIALIZED (SELECT e.id, e.start, e.domain, {LANE_SQL[lanes]} AS lane,"
        f" coalesce(e.place_name, '') AS pn, e.lat AS la, e.lon AS lo, e.place_inferred AS pi FROM events e"
        f" WHERE {w.sql})"
        " SELECT 'n', min(f.start), max(f.start), CAST(NULL AS TEXT), count(*), CAST(NULL AS REAL),"
        " CAST(NULL AS REAL), CAST(NULL AS INTEGER) FROM f"
        f" UNION ALL SELECT 'b', f.lane, f.domain, {key}, count(*), NULL, NULL, NULL FROM f"
        f" WHERE f.start IS NOT NULL GROUP BY f.lane, f.domain, {key}"
        " UNION ALL SELECT 'c', f.pn, f.domain, NULL, count(*), f.la, f.lo, min(f.pi) FROM f"
        " WHERE f.la IS NOT NULL AND f.lo IS NOT NULL GROUP BY f.pn, f.la, f.lo, f.domain"
        " UNION ALL SELECT * FROM (SELECT 'l', CAST(f.id AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), 0,"
        " CAST(NULL AS REAL), CAST(NULL AS REAL), CAST(NULL AS INTEGER) FROM f"
        " ORDER BY CASE WHEN f.start IS NULL THEN 1 ELSE 0 END, f.start DESC, f.id DESC LIMIT ?) AS l"
    )
    rows = _rows(store, sql, (*w.params, latest))
    (_, first, last, _, n, _, _, _), = [r for r in rows if r[0] == "n"]
    groups = [r[1:5] for r in rows if r[0] == "b"]
    if months and first is not None and _unit(first, last)[1] in ("day", "week"):
        timeline = bins(store, w, lanes)
    else:
        timeline = _rolled_up(store, w, lanes, first, last, groups, not months)
    places = _cells_frame([(r[1], r[5], r[6], r[2], r[4], r[7]) for r in rows if r[0] == "c"])
    ids = [int(r[1]) for r in rows if r[0] == "l"]  # in the statement's order: UNION ALL keeps each branch's
    return Summary(int(n), timeline, places, ids)


# ---------------------------------------------------------------- map cells and rows


def cells(store: Any, w: Where) -> pd.DataFrame:
    """One row per place of the events under `w` (as `maps.place_table` groups them: name and coordinates to four
    decimals): name, lat, lon, n, domain (the dominant one; ties by name), inferred (all its events')."""
    return _cells_frame(_rows(store, "SELECT coalesce(e.place_name, ''), e.lat, e.lon, e.domain, count(*),"
                              f" min(e.place_inferred) FROM events e WHERE {w.sql} AND e.lat IS NOT NULL"
                              " AND e.lon IS NOT NULL GROUP BY 1, 2, 3, 4", w.params))


def _cells_frame(rows: Sequence[tuple]) -> pd.DataFrame:
    """The places from database groups (name, lat, lon, domain, count, all inferred)."""
    got = pd.DataFrame(list(rows), columns=["name", "lat", "lon", "domain", "c", "inferred"])
    if got.empty:
        return pd.DataFrame(columns=["name", "lat", "lon", "n", "domain", "inferred"])
    got = got.astype({"lat": "float64", "lon": "float64", "c": "int64"})
    # rounded here, as maps.place_table rounds (SQL's numeric rounding was a third of the query's time at 1M)
    got = got.assign(lat=got["lat"].round(4), lon=got["lon"].round(4), inferred=got["inferred"].astype(int) != 0)
    got = got.groupby(["name", "lat", "lon", "domain"], as_index=False).agg(c=("c", "sum"), inferred=("inferred", "all"))
    place = ["name", "lat", "lon"]
    total = got.groupby(place, sort=True).agg(n=("c", "sum"), inferred=("inferred", "all"))
    top = got.sort_values(["c", "domain"], ascending=[False, True], kind="stable").drop_duplicates(place)
    out = total.join(top.set_index(place)["domain"]).reset_index()
    return out[["name", "lat", "lon", "n", "domain", "inferred"]]


def latest_ids(store: Any, w: Where, limit: int = 300) -> list[int]:
    """The `limit` latest events under `w` (dated ones by start, then the undated by id; newest first)."""
    rows = _rows(store, f"SELECT e.id FROM events e WHERE {w.sql} ORDER BY CASE WHEN e.start IS NULL THEN 1 ELSE 0"
                 " END, e.start DESC, e.id DESC LIMIT ?", (*w.params, limit))
    return [int(r[0]) for r in rows]


def first_ids(store: Any, w: Where, limit: int) -> list[int]:
    """The first `limit` events under `w` in the stored order (start, then id; undated first): what an export
    capped at `limit` holds."""
    rows = _rows(store, f"SELECT e.id FROM events e WHERE {w.sql} ORDER BY coalesce(e.start, ''), e.id LIMIT ?",
                 (*w.params, limit))
    return [int(r[0]) for r in rows]


def rows(store: Any, ids: Sequence[int]) -> pd.DataFrame:
    """The events frame of `ids` only (the detail card, the lists, an export)."""
    return store.events_frame(list(ids))
