"""Exports: JSON, spreadsheet-safe CSV, valid GeoJSON, TimelineJS with the right date precision, all escaped."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from geotimeline.export import (
    CSV_COLUMNS,
    FORMATS,
    escape_formula,
    export,
    geojson_collection,
    to_csv,
    to_geojson,
    to_json,
    to_timelinejs,
)

MOSCOW = {"name": "Moscow", "lat": 55.7558, "lon": 37.6173, "kind": "city", "country": "RUS", "inferred": False}
CARIBBEAN = {"name": "Caribbean Sea", "lat": 15.0, "lon": -73.0, "kind": "sea", "country": None, "inferred": False}
ACTORS = [{"name": "Nicolás Maduro", "country": "VEN", "role": "source"},
          {"name": "Vladimir Putin", "country": "RUS", "role": "target"}]


def event_dict(n: int = 1, *, summary: str = "Maduro asks Putin for missiles", category: str = "REQUEST",
               domain: str = "diplomatic", start: date | None = date(2025, 10, 16), end: date | None = None,
               granularity: str = "day", place: dict | None = MOSCOW, actors: list | None = None,
               sentence: str = "Venezuela asked Russia for help.", date_source: str = "text") -> dict:
    """Like extract's JSON: Event.to_dict() plus id and sources (built by hand: export works on plain dicts)."""
    if end is None and granularity == "day" and start is not None:
        end = start
    return {
        "summary": summary, "sentence": sentence, "article": "a.txt", "sentence_start": 0,
        "sentence_end": len(sentence), "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None, "granularity": granularity,
        "date_text": "October 16" if date_source == "text" else None, "date_source": date_source,
        "date_mod": None, "date_value": None, "category": category, "domain": domain,
        "actors": ACTORS if actors is None else actors, "place": place,
        "attributed_to": "The Washington Post", "mode": "reported", "confidence": 0.8, "vessels": [],
        "id": f"ev{n}",
        "sources": [{"article": "a.txt", "title": "Maduro letters", "outlet": "Meridian Wire",
                     "url": "https://meridian.example/a", "published": "2025-11-01", "sentence": sentence}],
    }


EVENTS = [
    event_dict(1),
    event_dict(2, summary="US deploys carrier", category="MOBILIZE", domain="naval", place=CARIBBEAN,
               start=date(2025, 10, 1), granularity="month", actors=[]),
    event_dict(3, summary="Undated and unplaced", place=None, start=None, granularity="day",
               date_source="published"),
]


# ---------------------------------------------------------------- dispatcher and JSON


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_dispatches_every_format(fmt):
    text = export(EVENTS, fmt)
    assert text == {"json": to_json, "csv": to_csv, "geojson": to_geojson, "timelinejs": to_timelinejs}[fmt](EVENTS)


@pytest.mark.parametrize("fmt", ["xml", "", "pdf"])
def test_unknown_format_is_a_clear_error(fmt):
    with pytest.raises(ValueError, match="unknown export format .*json, csv, geojson, timelinejs"):
        export(EVENTS, fmt)


@pytest.mark.parametrize("events", [EVENTS, [], [event_dict(1, summary="Ataque «naval» — 東京")]])
def test_json_round_trips(events):
    assert json.loads(to_json(events)) == events


# ---------------------------------------------------------------- CSV


def parse_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_columns_and_values():
    rows = parse_csv(to_csv(EVENTS))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = rows[0]
    assert first["id"] == "ev1" and first["start"] == "2025-10-16" and first["category"] == "REQUEST"
    assert first["actors"] == "Nicolás Maduro (VEN, source); Vladimir Putin (RUS, target)"
    assert (first["place_name"], first["lat"], first["lon"]) == ("Moscow", "55.7558", "37.6173")
    assert (first["place_country"], first["place_inferred"], first["sources"]) == ("RUS", "false", "Meridian Wire")
    assert rows[1]["place_country"] == "" and rows[1]["lon"] == "-73.0"  # a plain number is not escaped
    assert rows[2]["start"] == "" and rows[2]["place_name"] == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("   =1+1", "'   =1+1"),
        ("\n@x", "'\n@x"),
        ("-66.9036", "-66.9036"),
        ("Maduro asked =", "Maduro asked ="),
        ("", ""),
    ],
)
def test_escape_formula(value, expected):
    assert escape_formula(value) == expected


@pytest.mark.parametrize("field", ["summary", "sentence", "attributed_to", "article", "date_text"])
@pytest.mark.parametrize("payload", ["=1+1", "+cmd", "-x", "@y", "\tz", " =w"])
def test_every_text_cell_is_defused(field, payload):
    rows = parse_csv(to_csv([{**event_dict(1), field: payload}]))
    assert rows[0][field] == "'" + payload


def test_csv_defuses_actor_place_and_outlet_cells():
    d = event_dict(1)
    d["actors"] = [{"name": "=evil()", "country": None, "role": "source"}]
    d["place"] = {**d["place"], "name": "@place"}
    d["sources"][0]["outlet"] = "+outlet"
    row = parse_csv(to_csv([d]))[0]
    assert (row["actors"], row["place_name"], row["sources"]) == ("'=evil() (source)", "'@place", "'+outlet")


def test_csv_quoting_round_trips_awkward_text():
    sentence = 'He said "no", then left;\nnew line, comma\r\nand CRLF'
    rows = parse_csv(to_csv([event_dict(1, sentence=sentence)]))
    assert rows[0]["sentence"] == sentence


# ---------------------------------------------------------------- GeoJSON


def test_geojson_is_valid_and_skips_unplaced():
    collection, skipped = geojson_collection(EVENTS)
    assert skipped == 1
    assert json.loads(to_geojson(EVENTS)) == collection
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == ["ev1", "ev2"]
    for feature, place in zip(collection["features"], (MOSCOW, CARIBBEAN), strict=True):
        assert feature["type"] == "Feature"
        assert feature["geometry"] == {"type": "Point", "coordinates": [place["lon"], place["lat"]]}  # lon first
        props = feature["properties"]
        assert "lat" not in props["place"] and "lon" not in props["place"]
        assert props["place"]["name"] == place["name"] and props["summary"]
        # flat copies a GIS attribute table can show as plain columns
        assert props["place_name"] == place["name"] and isinstance(props["actors_text"], str)


@pytest.mark.parametrize(
    "place",
    [None, {"name": "X", "lat": None, "lon": 1.0}, {"name": "X", "lat": 91.0, "lon": 0.0},
     {"name": "X", "lat": 0.0, "lon": float("nan")}, {"name": "X", "lat": "10", "lon": "20"}],
)
def test_geojson_skips_unusable_coordinates(place):
    collection, skipped = geojson_collection([{**event_dict(1), "place": place}])
    assert (collection["features"], skipped) == ([], 1)


# ---------------------------------------------------------------- TimelineJS


@pytest.mark.parametrize(
    ("start", "end", "granularity", "start_date", "end_date"),
    [
        (date(2025, 10, 16), date(2025, 10, 16), "day", {"year": 2025, "month": 10, "day": 16}, None),
        (date(2025, 10, 1), date(2025, 10, 31), "month", {"year": 2025, "month": 10}, {"year": 2025, "month": 10}),
        (date(2025, 1, 1), date(2025, 12, 31), "year", {"year": 2025}, {"year": 2025}),
        (date(2020, 1, 1), date(2029, 12, 31), "decade", {"year": 2020}, {"year": 2029}),
        (date(2025, 9, 1), None, "range", {"year": 2025, "month": 9, "day": 1}, None),
        (date(2025, 10, 13), date(2025, 10, 17), "range", {"year": 2025, "month": 10, "day": 13},
         {"year": 2025, "month": 10, "day": 17}),
        (date(2025, 7, 1), date(2025, 9, 30), "quarter", {"year": 2025, "month": 7}, {"year": 2025, "month": 9}),
    ],
)
def test_timelinejs_date_precision(start, end, granularity, start_date, end_date):
    doc = json.loads(to_timelinejs([event_dict(1, start=start, end=end, granularity=granularity)]))
    slide = doc["events"][0]
    assert slide["start_date"] == start_date
    assert slide.get("end_date") == end_date
    assert slide["group"] == "diplomatic" and slide["unique_id"] == "ev1"


def test_timelinejs_skips_undated_and_has_title():
    doc = json.loads(to_timelinejs(EVENTS))
    assert [s["unique_id"] for s in doc["events"]] == ["ev1", "ev2"]
    assert doc["title"]["text"]["headline"] == "geotimeline"
    assert "2 events" in doc["title"]["text"]["text"]


@pytest.mark.parametrize(
    "attack",
    ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>'],
)
def test_timelinejs_escapes_article_text(attack):
    d = event_dict(1, summary=attack, sentence=attack)
    d["sources"][0].update(outlet=attack, url="javascript:alert(1)")
    d["actors"] = [{"name": attack, "country": "VEN", "role": "source"}]
    slide = json.loads(to_timelinejs([d]))["events"][0]
    rendered = slide["text"]["headline"] + slide["text"]["text"]
    assert "<script" not in rendered and "<img" not in rendered and "<svg" not in rendered
    assert "javascript:" not in rendered
    assert "&lt;" in slide["text"]["headline"]


def test_timelinejs_links_only_web_urls():
    text = json.loads(to_timelinejs([event_dict(1)]))["events"][0]["text"]["text"]
    assert '<a href="https://meridian.example/a"' in text and "Meridian Wire 2025-11-01" in text


def test_csv_says_the_date_modifier_and_whether_a_person_edited_the_event() -> None:
    import csv
    import io

    from geotimeline.export import export

    rows = list(csv.DictReader(io.StringIO(export([{"id": 1, "summary": "x", "date_mod": "MID", "edited": True}],
                                                  "csv"))))
    assert rows[0]["date_mod"] == "MID" and rows[0]["edited"] == "true"
