"""Scoring extracted events against a sentence-anchored event gold (the VOA and the multilingual sets).

Within one story, extracted events and gold records are matched one to one when the event's sentence span
[sentence_start, sentence_end) overlaps the gold quote span; among the candidates a pair of the same
category is preferred, then the nearest (distance between the sentence start and the quote start). Gold
records of kind "background" take part in the matching (an event on them is neither required nor
penalised) but are left out of every measure. See benchmarks/voa_events.py for the measures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geotimeline.position import haversine_km

WITHIN_KM = 161.0


@dataclass(frozen=True, slots=True)
class Found:
    """One extracted (or baseline) event, reduced to what is scored."""

    start: int
    end: int
    category: str
    source: frozenset[str]
    target: frozenset[str]
    day: date | None = None  # the start of its date
    day_precise: bool = False  # that date is a day (not a month, a season ...)
    place: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    kind: str
    category: str
    source: frozenset[str]
    target: frozenset[str]
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    place: tuple[float, float] | None = None


def gold_of(rec: dict, start: int, end: int) -> Gold:
    place = rec.get("place") if isinstance(rec.get("place"), dict) else None
    point = (float(place["lat"]), float(place["lon"])) if place and place.get("lat") is not None \
        and place.get("lon") is not None else None
    return Gold(start, end, str(rec.get("kind") or "development"), str(rec.get("category") or ""),
                _codes(rec.get("source")), _codes(rec.get("target")), rec.get("date") or None, point)


def _codes(actors: object) -> frozenset[str]:
    return frozenset(a["country"] for a in actors or [] if isinstance(a, dict) and a.get("country"))


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def match(found: list[Found], gold: list[Gold]) -> list[tuple[Found, Gold]]:
    """One-to-one pairs of overlapping spans: same category first, then nearest."""
    pairs = sorted(((f.category != g.category, abs(f.start - g.start), i, j) for i, f in enumerate(found)
                    for j, g in enumerate(gold) if _overlap(f.start, f.end, g.start, g.end)))
    used_f: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, _, i, j in pairs:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            out.append((found[i], gold[j]))
    return out


@dataclass
class Tally:
    """Counts over the stories of one system on one half (or one language and half)."""

    stories: int = 0
    developments: int = 0
    found: int = 0
    matched: int = 0  # events matched to a development
    wrong_role: int = 0
    swapped: int = 0
    category: int = 0
    days: int = 0
    day_right: int = 0
    months: int = 0
    month_right: int = 0
    places: int = 0
    place_right: int = 0
    events: int = 0
    unmatched: int = 0  # events in sentences with no gold record
    furniture: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, found: list[Found], gold: list[Gold], furniture: list[tuple[int, int]]) -> None:
        self.stories += 1
        self.events += len(found)
        self.developments += sum(g.kind == "development" for g in gold)
        for f in found:
            self.unmatched += not any(_overlap(f.start, f.end, g.start, g.end) for g in gold)
            self.furniture += any(_overlap(f.start, f.end, a, b) for a, b in furniture)
        for f, g in match(found, gold):
            if g.kind != "development":
                continue
            self.found += 1
            self.matched += 1
            self.wrong_role += bool(f.source - g.source or f.target - g.target)
            self.swapped += bool((f.source & (g.target - g.source)) or (f.target & (g.source - g.target)))
            self.category += f.category == g.category
            if g.date and len(g.date) >= 7:
                self.months += 1
                self.month_right += f.day is not None and f.day.isoformat()[:7] == g.date[:7]
                if len(g.date) == 10:
                    self.days += 1
                    self.day_right += f.day is not None and f.day_precise and f.day.isoformat() == g.date
            if g.place is not None:
                self.places += 1
                self.place_right += f.place is not None and haversine_km(f.place, g.place) <= WITHIN_KM

    def row(self, dated: bool = True) -> list[object]:
        def share(a: int, b: int) -> object:
            return a / b if b else "-"

        return [self.stories, self.developments, share(self.found, self.developments),
                share(self.wrong_role, self.matched), self.swapped, share(self.category, self.matched),
                share(self.day_right, self.days) if dated else "-", share(self.month_right, self.months) if dated else "-",
                share(self.place_right, self.places) if dated else "-", self.events,
                share(self.unmatched, self.events), self.furniture]


HEADERS = ["developments", "found", "wrong source/target", "swapped", "category acc", "day right", "month right",
           "place within 161 km", "events", "in no-gold sentences", "furniture events"]
TARGETS = {"found": 0.80, "wrong source/target": 0.05, "furniture events": 0}
