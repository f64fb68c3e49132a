"""The event records every stage after extraction reads: Event, EventActor, and the category, domain and mode
vocabularies (PLOVER 2.0 categories)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geotimeline.gazetteer import Place

CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
DOMAINS = ("diplomatic", "naval", "air", "land", "economic", "legal", "other")
MODES = ("asserted", "reported", "claimed", "planned", "requested", "denied", "hypothetical", "unclear")


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str
    country: str | None
    role: str  # source or target

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    summary: str
    sentence: str
    article: str  # Article.id
    sentence_start: int  # character offsets of the sentence in the article text
    sentence_end: int
    start: date | None
    end: date | None  # None for an open end ("since September")
    granularity: str  # day, week, month, season, quarter, year, decade, range
    date_text: str | None  # the expression as written; None when the publication date stands in
    date_source: str  # "text" or "published"
    category: str  # PLOVER 2.0
    domain: str
    actors: tuple[EventActor, ...] = ()
    place: Place | None = None
    attributed_to: str | None = None
    mode: str = "asserted"
    confidence: float = 0.5
    date_mod: str | None = None  # START, MID, END, APPROX
    date_value: str | None = None  # the TIMEX3 value ("2025-10", "2025-09..")
    vessels: tuple[str, ...] = field(default=())  # named ships ("USS Gerald R. Ford")
    trigger: str = ""  # the word(s) that name the event, as written

    def to_dict(self) -> dict:
        return {
            "summary": self.summary,
            "sentence": self.sentence,
            "article": self.article,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "date_mod": self.date_mod,
            "date_value": self.date_value,
            "category": self.category,
            "domain": self.domain,
            "actors": [a.to_dict() for a in self.actors],
            "place": self.place.to_dict() if self.place else None,
            "attributed_to": self.attributed_to,
            "mode": self.mode,
            "confidence": self.confidence,
            "vessels": list(self.vessels),
            "trigger": self.trigger,
        }
