"""The stored events as one pandas DataFrame, the shape the charts, filters and app work on.

Built with three set-based queries (events, actors, sources) and vectorised joins, so that
100,000 events load in about a second; never one query per event.
"""

from __future__ import annotations

import sqlite3

import pandas as pd

COLUMNS = (
    "id", "summary", "category", "domain", "start", "end", "open_end", "granularity", "date_text",
    "date_source", "date_mod", "date_value", "place_name", "lat", "lon", "place_kind", "place_country",
    "place_inferred", "attributed_to", "mode", "confidence", "edited", "actors", "source_country",
    "target_country", "countries", "vessels", "outlets", "articles", "n_sources", "sentence", "published",
)


def events_frame(conn: sqlite3.Connection) -> pd.DataFrame:
    events = pd.read_sql_query(
        "SELECT id, summary, category, domain, start, end, granularity, date_text, date_source, date_mod,"
        " date_value, place_name, lat, lon, place_kind, place_country, place_inferred, attributed_to,"
        " mode, confidence, edited, vessels FROM events WHERE deleted=0 ORDER BY start, id",
        conn,
    )
    if events.empty:
        return empty_frame()
    actors = pd.read_sql_query(
        "SELECT a.event_id AS id, a.name, a.country, a.role FROM event_actors a"
        " JOIN events e ON e.id=a.event_id WHERE e.deleted=0 ORDER BY a.event_id, a.pos",
        conn,
    )
    sources = pd.read_sql_query(
        "SELECT s.event_id AS id, s.sentence, a.outlet, a.ext_id, a.published FROM event_sources s"
        " JOIN articles a ON a.key=s.article_key JOIN events e ON e.id=s.event_id WHERE e.deleted=0"
        " ORDER BY s.event_id, a.published, s.rowid",
        conn,
    )
    frame = events.merge(_actor_columns(actors), on="id", how="left")
    frame = frame.merge(_source_columns(sources), on="id", how="left")
    return _finish(frame)


def empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    for column in ("start", "end", "published"):
        frame[column] = pd.Series(dtype="datetime64[ns]")
    for column in ("lat", "lon", "confidence"):
        frame[column] = pd.Series(dtype="float64")
    for column in ("id", "n_sources"):
        frame[column] = pd.Series(dtype="int64")
    for column in ("open_end", "edited", "place_inferred"):
        frame[column] = pd.Series(dtype="bool")
    return frame


def _actor_columns(actors: pd.DataFrame) -> pd.DataFrame:
    if actors.empty:
        return pd.DataFrame(columns=["id", "actors", "source_country", "target_country", "countries"])
    country = actors["country"].fillna("")
    label = actors["name"] + " (" + country.where(country != "", "-") + ", " + actors["role"] + ")"
    grouped = label.groupby(actors["id"]).agg("; ".join).rename("actors")
    with_country = actors[country != ""]
    first_source = with_country[with_country["role"] == "source"].groupby("id")["country"].first()
    first_target = with_country[with_country["role"] == "target"].groupby("id")["country"].first()
    countries = with_country.drop_duplicates(["id", "country"]).groupby("id")["country"].agg("|".join)
    out = pd.concat(
        [grouped, first_source.rename("source_country"), first_target.rename("target_country"),
         countries.rename("countries")],
        axis=1,
    )
    return out.reset_index(names="id")


def _source_columns(sources: pd.DataFrame) -> pd.DataFrame:
    if sources.empty:
        return pd.DataFrame(columns=["id", "outlets", "articles", "n_sources", "sentence", "published"])
    by_event = sources.groupby("id", sort=False)
    first = by_event.first()
    outlets = sources[sources["outlet"] != ""].drop_duplicates(["id", "outlet"]).groupby("id")["outlet"].agg("|".join)
    articles = sources.drop_duplicates(["id", "ext_id"]).groupby("id")["ext_id"].agg("|".join)
    out = pd.DataFrame({
        "outlets": outlets,
        "articles": articles,
        "n_sources": by_event.size(),
        "sentence": first["sentence"],
        "published": first["published"],
    })
    return out.reset_index(names="id")


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    for column in ("actors", "source_country", "target_country", "countries", "outlets", "articles",
                   "sentence"):
        frame[column] = frame[column].fillna("").astype(str)
    frame["n_sources"] = frame["n_sources"].fillna(0).astype("int64")
    # an event dated by the text with a start and no end is an open range ("since September")
    frame["open_end"] = frame["end"].isna() & frame["start"].notna() & (frame["date_source"] == "text")
    for column in ("start", "end", "published"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce").astype("datetime64[ns]")
    frame["place_inferred"] = frame["place_inferred"].astype(bool)
    frame["edited"] = frame["edited"].astype(bool)
    frame["vessels"] = frame["vessels"].fillna("[]").map(_vessels)
    return frame[list(COLUMNS)]


def _vessels(raw: str) -> str:
    import json

    try:
        return "|".join(json.loads(raw))
    except (ValueError, TypeError):
        return ""
