"""When two reports describe the same development: the rules the store uses to merge events.

Two events are the same development when they have the same PLOVER category and the same actors
(by country and role, names folded), and their dates and places agree:
- both dated by the text: the same start day and granularity (a "since September" and a
  "since September" match; 16 October and 17 October do not);
- both dated only by publication ("reported on"): published within three days of each other;
- one dated by the text, the other only by publication: reported 0-7 days after the text's date;
- places: equal names, or one of them missing or inferred.

So a dated event can only be the same development as a stored one whose start lies within
`MAX_DAYS_APART` days of its own (`start_window`), and an undated one only as an undated one: the
store asks SQLite for those candidates alone and lets `same_development` decide.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date

from geotimeline.events import Event, EventActor

REPORT_WINDOW_DAYS = 3
LATE_REPORT_DAYS = 7
# the widest gap between the start days of two events that `same_development` can call the same
MAX_DAYS_APART = max(REPORT_WINDOW_DAYS, LATE_REPORT_DAYS)


def fold(name: str) -> str:
    """Case- and accent-insensitive form of a name ("Nicolás" == "nicolas")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def actor_signature(actors: Sequence[EventActor]) -> str:
    """Order-free key of who acted on whom: countries where known, else folded names."""
    parts = sorted({f"{a.role}:{a.country or fold(a.name)}" for a in actors})
    return "|".join(parts)


def same_development(
    event: Event,
    *,
    start: date | None,
    end: date | None,
    granularity: str,
    date_source: str,
    place_name: str | None,
    place_inferred: bool,
) -> bool:
    """Whether `event` reports the same development as a stored one with these fields
    (the caller has already matched category and actor signature)."""
    if not _places_agree(event, place_name, place_inferred):
        return False
    if event.date_source == "text" and date_source == "text":
        return event.start == start and event.granularity == granularity and (
            event.end == end or event.end is None or end is None
        )
    if event.start is None or start is None:
        return event.start is None and start is None
    if event.date_source == "published" and date_source == "published":
        return abs((event.start - start).days) <= REPORT_WINDOW_DAYS
    if event.date_source == "published":  # stored one has a text date
        return 0 <= (event.start - start).days <= LATE_REPORT_DAYS and granularity == "day"
    return 0 <= (start - event.start).days <= LATE_REPORT_DAYS and event.granularity == "day"


def start_window(start: date) -> tuple[date, date]:
    """The first and last start day a stored event can have to be the same development as an event
    starting on `start` (whatever the two date sources): `MAX_DAYS_APART` either side, clamped to the
    calendar."""
    ordinal = start.toordinal()
    return (date.fromordinal(max(ordinal - MAX_DAYS_APART, date.min.toordinal())),
            date.fromordinal(min(ordinal + MAX_DAYS_APART, date.max.toordinal())))


def _places_agree(event: Event, place_name: str | None, place_inferred: bool) -> bool:
    if event.place is None or place_name is None or event.place.inferred or place_inferred:
        return True
    return fold(event.place.name) == fold(place_name)
