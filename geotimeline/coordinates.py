"""Coordinates written in text: "08-24N 013-12W", "01-13.8N 103-34.8E", "03:40S - 114:26E",
"04 01.7S, 115 59.97E", "4°12'N 7°03'E", "46°37'50.89\"N 31°35'01.64\"E", "12.5N 43.2E", "LAT: 03:31.5N LONG: 049:23.7E",
"07 55 N Lat 106 38 E Long", "11-08N AND 043-53E", "01-59N 009*40E".

Returns plain tuples; geotimeline.gazetteer.find_coordinates wraps them as place mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM_SEP = r"\s*(?:°|º|˚|deg(?:rees?)?\.?|[-:*]|\s)\s*"  # "*": a degree sign typed as an asterisk ("104*15E")


def _part(hemispheres: str, deg_digits: str) -> str:
    return (
        rf"(?P<d{hemispheres}>\d{{{deg_digits}}}(?:\.\d+)?)"
        rf"(?:{_NUM_SEP}(?P<m{hemispheres}>\d{{1,2}}(?:[.,]\d+)?)\s*(?:['’′]|min\.?)?"
        rf"(?:\s*[-:]?\s*(?P<s{hemispheres}>\d{{1,2}}(?:\.\d+)?)\s*(?:[\"”″]|''|sec\.?)?)?)?"
        rf"\s*(?:°\s*)?(?P<h{hemispheres}>[{hemispheres}])(?![A-Za-z])"
    )


_COORD = re.compile(
    r"(?<![\d.])" + _part("NS", "1,3") + r"(?:[\s,;/¿?–—\-]|and|AND|[Ll]at(?:itude)?\.?:?|LAT:?|[Ll]ong(?:itude)?\.?:?|LONG:?|�){0,16}?"
    + _part("EW", "1,3"),
)
_COMPACT = re.compile(r"(?<![\d.])(?P<la>\d{2})(?P<lam>\d{2}(?:\.\d+)?)\s?(?P<lh>[NS])[\s,/-]{1,4}"
                      r"(?P<lo>\d{3})(?P<lom>\d{2}(?:\.\d+)?)\s?(?P<oh>[EW])(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class Coordinate:
    start: int
    end: int
    lat: float
    lon: float


def _value(deg: str, minutes: str | None, seconds: str | None) -> float | None:
    d = float(deg)
    m = float(minutes.replace(",", ".")) if minutes else 0.0
    s = float(seconds) if seconds else 0.0
    if m >= 60 or s >= 60 or (m or s) and "." in deg:
        return None
    return d + m / 60 + s / 3600


def parse_coordinates(text: str) -> list[Coordinate]:
    """Latitude/longitude pairs written in `text`, in text order, in decimal degrees."""
    out: list[Coordinate] = []
    for m in _COORD.finditer(text):
        lat = _value(m["dNS"], m["mNS"], m["sNS"])
        lon = _value(m["dEW"], m["mEW"], m["sEW"])
        if lat is None or lon is None or lat > 90 or lon > 180:
            continue
        out.append(Coordinate(m.start(), m.end(), -lat if m["hNS"] == "S" else lat, -lon if m["hEW"] == "W" else lon))
    for m in _COMPACT.finditer(text):
        if any(c.start <= m.start() < c.end for c in out):
            continue
        lat = _value(m["la"], m["lam"], None)
        lon = _value(m["lo"], m["lom"], None)
        if lat is None or lon is None or lat > 90 or lon > 180:
            continue
        out.append(Coordinate(m.start(), m.end(), -lat if m["lh"] == "S" else lat, -lon if m["oh"] == "W" else lon))
    return sorted(out, key=lambda c: c.start)
