"""Offline gazetteer: countries, cities, seas, straits, gulfs, ports and bases with coordinates.

STUB: the records are fixed; the gazetteer is being written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float
    lon: float
    kind: str  # country, city, port, sea, strait, gulf, ocean, region, island, base
    country: str | None = None  # ISO 3166-1 alpha-3, None for international waters
    inferred: bool = False  # True when the text names no place and the event implies it

    def as_inferred(self) -> Place:
        return replace(self, inferred=True)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "country": self.country,
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place
