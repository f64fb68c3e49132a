"""Holidays and feasts: fixed days, movable ones (Easter, Orthodox Easter, Thanksgiving) and "year end",
with the publication date pinned."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.temporal import find_timexes

PUB = date(2025, 11, 1)
EASTER_MONDAY_2000 = date(2000, 4, 17)  # Holy Week 2000 began the day before (Easter Sunday: 23 April)


def _values(text: str, published: date = PUB) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in find_timexes(text, published, "en")]


@pytest.mark.parametrize(("published", "text", "expected"), [
    # fixed days follow the tense of their clause like any year-less date
    (PUB, "The fleet left port on Christmas Eve.", [("Christmas Eve", "2024-12-24", None)]),
    (PUB, "The fleet will leave port on Christmas Eve.", [("Christmas Eve", "2025-12-24", None)]),
    (PUB, "Talks stalled before Orthodox Christmas.", [("Orthodox Christmas", "2025-01-07", None)]),
    (PUB, "Fireworks lit the port on New Year's Eve 2023.", [("New Year's Eve 2023", "2023-12-31", None)]),
    # with no tense cue, the nearest one: a week before Christmas, this year's
    (date(2019, 12, 18), "Does it come on Christmas Eve?", [("Christmas Eve", "2019-12-24", None)]),
    (date(2020, 1, 3), "A launch on Christmas Day?", [("Christmas Day", "2019-12-25", None)]),
    # movable feasts: the latest begun by publication, the next in a future clause or with "next"
    (PUB, "Putin declared a truce on Easter Sunday.", [("Easter Sunday", "2025-04-20", None)]),
    (PUB, "The ceasefire will hold until Orthodox Easter.", [("until Orthodox Easter", "..2026-04-12", None)]),
    (PUB, "Good Friday 2024 was quiet.", [("Good Friday 2024", "2024-03-29", None)]),
    (PUB, "Talks resumed after Thanksgiving.", [("Thanksgiving", "2024-11-28", None)]),
    (PUB, "Talks resume after next Thanksgiving.", [("next Thanksgiving", "2025-11-27", None)]),
    (EASTER_MONDAY_2000, "Protesters prayed as Easter week began.", [("Easter week", "2000-W16", None)]),
    # names of places and events are not the feast
    (PUB, "Tourists flew to Easter Island in 2024.", [("2024", "2024", None)]),
    (PUB, "Ships left Christmas Island on Monday.", [("Monday", "2025-10-27", None)]),
    # the end of the year or month, hyphenated or not
    (PUB, "The deal is expected to close by year end.", [("year end", "2025", "END")]),
    (PUB, "Stocks fell before year-end.", [("year-end", "2025", "END")]),
])
def test_holidays(published, text, expected):
    assert _values(text, published) == expected
