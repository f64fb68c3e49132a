"""The stored events as one pandas DataFrame, the shape the charts, filters and app work on.

Three set-based queries (events, actors, sources), each already sorted by event and position, and
vectorised steps only: the per-event lists ("VEN|RUS", "Outlet A|Outlet B", the actor labels) are
joined with one `np.add.reduceat` over the sorted rows, never with a per-event or per-group Python call
(pandas' `groupby(...).agg("|".join)` made 100,000 events take 15 s; this takes about a second).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

COLUMNS = (
    "id", "summary", "category", "domain", "start", "end", "open_end", "granularity", "date_text",
    "date_source", "date_mod", "date_value", "place_name", "lat", "lon", "place_kind", "place_country",
    "place_inferred", "attributed_to", "mode", "confidence", "edited", "actors", "source_country",
    "target_country", "countries", "vessels", "outlets", "articles", "n_sources", "sentence", "published",
    "problem", "version", "collection",
)
# dates in microseconds: years 0001-9999 (and beyond) fit, where nanosecond timestamps stop at 1677 and 2262
DATES = "datetime64[us]"
END_OF_TIME = pd.Timestamp(np.datetime64("9999-12-31T23:59:59", "us"))  # an open end; Timestamp.max is 2262
NOT_GIVEN = "not given"  # the outlet of an event none of whose articles names one
_CHUNK = 500  # ids per statement when reading some events
_TEXT = ("actors", "source_country", "target_country", "countries", "vessels", "outlets", "articles", "sentence", "collection")

_EVENTS = (
    "SELECT id, summary, category, domain, start, \"end\", granularity, date_text, date_source, date_mod,"
    " date_value, place_name, lat, lon, place_kind, place_country, place_inferred, attributed_to, mode,"
    " confidence, edited, version, CASE WHEN vessels = '[]' THEN '' ELSE vessels END AS vessels"
    " FROM events WHERE deleted=0 ORDER BY coalesce(start, ''), id"
)
_ACTORS = (
    "SELECT a.event_id AS id, a.name, coalesce(a.country, '') AS country, a.role FROM event_actors a"
    " JOIN events e ON e.id=a.event_id WHERE e.deleted=0 ORDER BY a.event_id, a.pos"
)
# an event's sources: oldest article first (undated ones before dated ones), then in stored order
_SOURCES = (
    "SELECT s.event_id AS id, s.sentence, a.outlet, a.ext_id, a.published, a.collection FROM event_sources s"
    " JOIN articles a ON a.key=s.article_key JOIN events e ON e.id=s.event_id WHERE e.deleted=0"
    " ORDER BY s.event_id, coalesce(a.published, ''), s.rowid"
)


def events_frame(conn: Any, ids: Sequence[int] | None = None) -> pd.DataFrame:
    """The frame from a store connection (SQLite, or PostgreSQL through `geotimeline.store.postgres.Conn`):
    every live event, or only those of `ids` (the rows a large store fetches for what is in view or selected)."""
    if ids is not None:
        return _some(conn, [int(i) for i in dict.fromkeys(ids)])
    events = _query(conn, _EVENTS)
    if events.empty:
        return empty_frame()
    actors = _query(conn, _ACTORS)
    sources = _query(conn, _SOURCES)
    return _assemble(events, actors, sources)


def _some(conn: Any, ids: list[int]) -> pd.DataFrame:
    """The frame of the events `ids`, read in chunks of bound parameters (never formatted into the SQL)."""
    parts: dict[str, list[pd.DataFrame]] = {"events": [], "actors": [], "sources": []}
    for at in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[at:at + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        for name, sql, column in (("events", _EVENTS, "id"), ("actors", _ACTORS, "a.event_id"),
                                  ("sources", _SOURCES, "s.event_id")):
            head, order = sql.split(" ORDER BY ")
            parts[name].append(_query(conn, f"{head} AND {column} IN ({marks}) ORDER BY {order}", chunk))
    if not ids or all(f.empty for f in parts["events"]):
        return empty_frame()
    events, actors, sources = (pd.concat(parts[k], ignore_index=True) for k in ("events", "actors", "sources"))
    if len(parts["events"]) > 1:  # each chunk is sorted; the whole in the stored order again
        events = events.sort_values(["start", "id"], key=lambda c: c.fillna("") if c.name == "start" else c,
                                    kind="stable", ignore_index=True)
    return _assemble(events, actors, sources)


def _assemble(events: pd.DataFrame, actors: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    ids = pd.Index(events["id"])
    for part in (*_actor_columns(actors), *_source_columns(sources)):
        events[part.name] = part.reindex(ids).to_numpy()
    return _finish(events)


def _query(conn: Any, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
    cur = conn.execute(sql, params)
    return pd.DataFrame.from_records(cur.fetchall(), columns=[d[0] for d in cur.description], coerce_float=True)


def as_dates(values: pd.Series) -> pd.Series:
    """A column as microsecond dates (years 0001-9999); anything unreadable becomes NaT."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.astype(DATES)
    return pd.to_datetime(values, format="ISO8601", errors="coerce").astype(DATES)


def empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    for column in ("start", "end", "published"):
        frame[column] = pd.Series(dtype=DATES)
    for column in ("lat", "lon", "confidence"):
        frame[column] = pd.Series(dtype="float64")
    for column in ("id", "n_sources", "version"):
        frame[column] = pd.Series(dtype="int64")
    for column in ("open_end", "edited", "place_inferred"):
        frame[column] = pd.Series(dtype="bool")
    return frame


def joined(ids: pd.Series, values: pd.Series, sep: str) -> pd.Series:
    """`values` joined with `sep` per run of equal `ids` (rows grouped by id, in the order given),
    indexed by id. Vectorised: one object-array concatenation and one `np.add.reduceat`."""
    if ids.empty:
        return pd.Series(dtype=object)
    keys = ids.to_numpy()
    new_run = np.empty(len(keys), dtype=bool)
    new_run[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new_run[1:])
    last = np.append(new_run[1:], True)
    pieces = values.fillna("").astype(str).to_numpy(dtype=object)
    pieces = pieces + np.where(last, "", sep).astype(object)
    starts = np.flatnonzero(new_run)
    return pd.Series(np.add.reduceat(pieces, starts), index=keys[starts], dtype=object)


def _first(ids: pd.Series, values: pd.Series) -> pd.Series:
    """The first value of each run of equal `ids`, indexed by id."""
    first = ~ids.duplicated()
    return pd.Series(values[first].to_numpy(), index=ids[first].to_numpy())


def _actor_columns(actors: pd.DataFrame) -> list[pd.Series]:
    ids, country, role = actors["id"], actors["country"], actors["role"]
    label = actors["name"] + " (" + (country + ", ").where(country != "", "") + role + ")"  # "UN (target)"
    known = actors[country != ""]
    distinct = known.drop_duplicates(["id", "country"])
    by_role = {r: known[known["role"] == r] for r in ("source", "target")}
    return [
        joined(ids, label, "; ").rename("actors"),
        _first(by_role["source"]["id"], by_role["source"]["country"]).rename("source_country"),
        _first(by_role["target"]["id"], by_role["target"]["country"]).rename("target_country"),
        joined(distinct["id"], distinct["country"], "|").rename("countries"),
    ]


def _source_columns(sources: pd.DataFrame) -> list[pd.Series]:
    ids = sources["id"]
    outlets = sources[sources["outlet"] != ""].drop_duplicates(["id", "outlet"])
    articles = sources.drop_duplicates(["id", "ext_id"])
    dated = sources[sources["published"].notna()]
    return [
        joined(outlets["id"], outlets["outlet"], "|").rename("outlets"),
        joined(articles["id"], articles["ext_id"], "|").rename("articles"),
        ids.value_counts(sort=False).rename("n_sources"),
        _first(ids, sources["sentence"]).rename("sentence"),
        _first(dated["id"], dated["published"]).rename("published"),  # the first known date
        _first(ids, sources["collection"]).rename("collection"),  # events never merge across collections
    ]


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    for column in COLUMNS:
        if column not in frame:
            frame[column] = None
    for column in _TEXT:
        frame[column] = frame[column].fillna("").astype(str)
    # ships are stored as a JSON list; only non-empty lists (few) are decoded
    ships = frame["vessels"] != ""
    frame.loc[ships, "vessels"] = frame.loc[ships, "vessels"].map(_vessels)
    frame.loc[frame["outlets"] == "", "outlets"] = NOT_GIVEN  # no source names one: said, so it can be filtered
    frame["n_sources"] = frame["n_sources"].fillna(0).astype("int64")
    raw = {column: frame[column] for column in ("start", "end")}
    for column in ("start", "end", "published"):
        frame[column] = as_dates(frame[column])
    for column in ("lat", "lon", "confidence"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["problem"] = undrawable(frame, raw)
    # an event dated by the text with a start and no end is an open range ("since September")
    frame["open_end"] = frame["end"].isna() & frame["start"].notna() & (frame["date_source"] == "text")
    frame["place_inferred"] = frame["place_inferred"].astype(bool)
    frame["edited"] = frame["edited"].astype(bool)
    frame["version"] = pd.to_numeric(frame["version"], errors="coerce").fillna(1).astype("int64")
    return frame[list(COLUMNS)]


def undrawable(frame: pd.DataFrame, raw: dict[str, pd.Series]) -> pd.Series:
    """Why a row cannot be drawn ("" when it can), and the row made safe to draw without it: a stored date
    that is no calendar date in 0001-9999 (or ends before it starts) leaves the row undated, coordinates off the
    globe leave it unplaced. One bad row must not take the page down; the page lists these rows instead."""
    reasons = pd.Series("", index=frame.index, dtype=object)

    def note(mask: pd.Series, text: pd.Series | str) -> None:
        if mask.any():
            before = reasons[mask]
            reasons[mask] = before + np.where(before != "", "; ", "") + (text[mask] if isinstance(text, pd.Series)
                                                                         else text)

    bad_date = pd.Series(False, index=frame.index)
    for column, word in (("start", "start"), ("end", "end")):
        given = raw[column].notna() & (raw[column].astype(str).str.strip() != "")
        unread = given & frame[column].isna()
        note(unread, f"its {word} date " + raw[column].astype(str).str.slice(0, 40).map(repr)
             + " is not a calendar date in 0001-9999")
        bad_date |= unread
    backwards = frame["end"].notna() & frame["start"].notna() & (frame["end"] < frame["start"])
    note(backwards, "it ends (" + frame["end"].astype(str).str.slice(0, 10) + ") before it starts ("
         + frame["start"].astype(str).str.slice(0, 10) + ")")
    bad_date |= backwards
    frame.loc[bad_date, ["start", "end"]] = pd.NaT
    lat, lon = frame["lat"], frame["lon"]
    given = lat.notna() | lon.notna()
    off = given & ~(np.isfinite(lat) & np.isfinite(lon) & lat.between(-90, 90) & lon.between(-180, 180))
    note(off, "its place's coordinates (" + lat.astype(str) + ", " + lon.astype(str) + ") are off the globe")
    frame.loc[off, ["lat", "lon"]] = np.nan
    if (reasons != "").any():
        log.warning("%d events cannot be drawn (first: %s)", int((reasons != "").sum()), reasons[reasons != ""].iloc[0])
    return reasons


def _vessels(raw: str) -> str:
    import json

    try:
        return "|".join(json.loads(raw))
    except (ValueError, TypeError):
        return ""
