"""Exporting events: JSON, CSV (spreadsheet-safe), GeoJSON and TimelineJS3 JSON.

Pure functions over event dicts: `Event.to_dict()` plus `id` and `sources` (a list of {article, title, outlet,
url, published, sentence}), the same objects as the `extract` command prints. Article-derived strings are
untrusted: CSV cells that a spreadsheet would run as a formula are defused, TimelineJS text is HTML-escaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import math
import re
from collections.abc import Callable, Sequence
from datetime import date

log = logging.getLogger(__name__)

FORMATS = ("json", "csv", "geojson", "timelinejs")
# file extension and media type for each format, for download buttons and --out defaults
MEDIA = {
    "json": ("json", "application/json"),
    "csv": ("csv", "text/csv"),
    "geojson": ("geojson", "application/geo+json"),
    "timelinejs": ("json", "application/json"),
}
CSV_COLUMNS = (
    "id", "start", "end", "granularity", "date_text", "date_source", "category", "domain", "summary", "actors",
    "place_name", "lat", "lon", "place_kind", "place_country", "place_inferred", "attributed_to", "mode",
    "confidence", "sources", "sentence", "article", "date_mod", "edited",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_WITH_MONTH = {"day", "week", "month", "season", "quarter", "range"}
_WITH_DAY = {"day", "week", "range"}


def export(events: Sequence[dict], fmt: str) -> str:
    """Events in the named format (one of FORMATS); ValueError naming the choices for an unknown format."""
    writers: dict[str, Callable[[Sequence[dict]], str]] = {
        "json": to_json, "csv": to_csv, "geojson": to_geojson, "timelinejs": to_timelinejs,
    }
    key = fmt.strip().lower() if isinstance(fmt, str) else fmt
    if key not in writers:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writers[key](events)


def to_json(events: Sequence[dict]) -> str:
    """The events as a JSON array (UTF-8 text, dates as ISO strings)."""
    return json.dumps(list(events), ensure_ascii=False, indent=2, default=_iso) + "\n"


# ---------------------------------------------------------------- CSV


def to_csv(events: Sequence[dict]) -> str:
    """One row per event, flat columns (CSV_COLUMNS), quoted by the csv module; formula-like cells defused."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow([_cell(value) for value in csv_row(event)])
    return out.getvalue()


def csv_row(event: dict) -> list[object]:
    """The raw (not yet escaped) CSV values of one event, in CSV_COLUMNS order."""
    place = event.get("place") or {}
    sources = event.get("sources") or []
    outlets = list(dict.fromkeys(str(s.get("outlet") or s.get("article") or "") for s in sources))
    return [
        event.get("id"), event.get("start"), event.get("end"), event.get("granularity"), event.get("date_text"),
        event.get("date_source"), event.get("category"), event.get("domain"), event.get("summary"),
        actors_text(event.get("actors") or []), place.get("name"), place.get("lat"), place.get("lon"),
        place.get("kind"), place.get("country"), place.get("inferred") if place else None,
        event.get("attributed_to"), event.get("mode"), event.get("confidence"), "; ".join(o for o in outlets if o),
        event.get("sentence"), event.get("article"), event.get("date_mod"), event.get("edited"),
    ]


def actors_text(actors: Sequence[dict]) -> str:
    """'Name (ISO3, role); ...' with the country left out when unknown."""
    parts = []
    for actor in actors:
        inside = ", ".join(str(x) for x in (actor.get("country"), actor.get("role")) if x)
        parts.append(f"{actor.get('name', '')} ({inside})" if inside else str(actor.get("name", "")))
    return "; ".join(parts)


def escape_formula(text: str) -> str:
    """Prefix an apostrophe when a spreadsheet would read the cell as a formula (OWASP CSV injection):
    first character =, +, -, @, tab or CR, also after leading whitespace. Plain numbers are left alone."""
    if _NUMBER.fullmatch(text):
        return text
    stripped = text.lstrip(" \n\x0b\x0c\xa0")
    if text.startswith(_FORMULA_START) or stripped.startswith(_FORMULA_START):
        return "'" + text
    return text


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if math.isfinite(value) else ""
    return escape_formula(_iso(value) if isinstance(value, date) else str(value))


# ---------------------------------------------------------------- GeoJSON


def geojson_collection(events: Sequence[dict]) -> tuple[dict, int]:
    """RFC 7946 FeatureCollection of the located events and how many were skipped (no place/bad coords)."""
    features, skipped = [], 0
    for event in events:
        place = event.get("place") or {}
        lat, lon = place.get("lat"), place.get("lon")
        if not _valid_coords(lat, lon):
            skipped += 1
            continue
        properties = {k: v for k, v in event.items() if k != "place"}
        properties["place"] = {k: v for k, v in place.items() if k not in ("lat", "lon")}
        # flat copies for GIS tools (QGIS shows nested objects as JSON strings in its attribute table)
        properties["place_name"] = place.get("name")
        properties["place_kind"] = place.get("kind")
        properties["actors_text"] = actors_text(event.get("actors") or [])
        features.append({
            "type": "Feature",
            "id": event.get("id"),
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            "properties": properties,
        })
    if skipped:
        log.info("GeoJSON: %d of %d events have no place and are left out", skipped, len(events))
    return {"type": "FeatureCollection", "features": features}, skipped


def to_geojson(events: Sequence[dict]) -> str:
    """GeoJSON text; events without a usable place are skipped (the count is logged; see geojson_collection)."""
    collection, _skipped = geojson_collection(events)
    return json.dumps(collection, ensure_ascii=False, indent=2, default=_iso) + "\n"


def _valid_coords(lat: object, lon: object) -> bool:
    if isinstance(lat, bool) or isinstance(lon, bool) or not isinstance(lat, int | float) \
            or not isinstance(lon, int | float):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


# ---------------------------------------------------------------- TimelineJS


def to_timelinejs(events: Sequence[dict], title: str = "geotimeline") -> str:
    """TimelineJS3 JSON. Dates carry only the precision the event has (no day for a month, no month for a
    year); undated events are left out. All text is HTML-escaped, since TimelineJS renders it as HTML."""
    slides, skipped = [], 0
    for event in events:
        slide = timelinejs_event(event)
        if slide is None:
            skipped += 1
        else:
            slides.append(slide)
    if skipped:
        log.info("TimelineJS: %d undated events left out", skipped)
    articles = {s.get("article") for e in events for s in (e.get("sources") or [])} or {
        e.get("article") for e in events}
    intro = f"{len(slides)} events from {len(articles - {None})} articles"
    doc = {"title": {"text": {"headline": html.escape(title), "text": html.escape(intro)}}, "events": slides}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def timelinejs_event(event: dict) -> dict | None:
    """One TimelineJS slide, or None when the event has no start date."""
    start = _parse_iso(event.get("start"))
    if start is None:
        return None
    granularity = event.get("granularity") or "day"
    slide: dict = {
        "start_date": _tl_date(start, granularity),
        "text": {"headline": html.escape(str(event.get("summary") or event.get("category") or "")),
                 "text": _slide_text(event)},
        "group": html.escape(str(event.get("domain") or "other")),
        "unique_id": re.sub(r"[^A-Za-z0-9_-]", "-", str(event.get("id") or id(event))),
    }
    end = _parse_iso(event.get("end"))
    if end is not None and end != start:
        slide["end_date"] = _tl_date(end, granularity)
    return slide


def _tl_date(when: date, granularity: str) -> dict:
    out: dict = {"year": when.year}
    if granularity in _WITH_MONTH:
        out["month"] = when.month
    if granularity in _WITH_DAY:
        out["day"] = when.day
    return out


def _slide_text(event: dict) -> str:
    parts = []
    if event.get("sentence"):
        parts.append(f"<p>{html.escape(str(event['sentence']))}</p>")
    if event.get("actors"):
        parts.append(f"<p>Actors: {html.escape(actors_text(event['actors']))}</p>")
    place = event.get("place") or {}
    if place.get("name"):
        parts.append(f"<p>Place: {html.escape(str(place['name']))}{' (inferred)' if place.get('inferred') else ''}</p>")
    for source in event.get("sources") or []:
        label = " ".join(str(x) for x in (source.get("outlet") or source.get("article"), source.get("published")) if x)
        url = str(source.get("url") or "")
        if url.startswith(("https://", "http://")):
            parts.append(f'<p>Source: <a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">'
                         f"{html.escape(label or url)}</a></p>")
        elif label:
            parts.append(f"<p>Source: {html.escape(label)}</p>")
    return "".join(parts)


# ---------------------------------------------------------------- helpers


def _parse_iso(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot export a {type(value).__name__}")
