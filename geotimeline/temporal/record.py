"""The Timex record: one temporal expression, its span, TIMEX3 type and value, and the days it covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int  # character offsets into the text given (Python string indices)
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str  # ISO-TimeML value: 2025-10-16, 2025-10, 2025-W43, 2025-Q3, 2025-FA, P3Y, PRESENT_REF, A..B
    start_date: date | None = None  # first day covered (DATE/TIME); None when unknown/open
    end_date: date | None = None  # last day covered; None for an open end
    granularity: str | None = None  # day, week, month, season, quarter, year, decade, range
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER or None

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "granularity": self.granularity,
            "mod": self.mod,
        }
