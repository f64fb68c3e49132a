"""The context of one article's event reading: what the stages before found (dates, actors, places, the parse)
and what earlier sentences told (the last subject, the last attacker, the sea the article is about).

The taggers below the events stage are called defensively: a fault in one must not cost the article all its events.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from geotimeline import actors as _actors_module
from geotimeline import gazetteer as _gazetteer_module
from geotimeline import temporal as _temporal_module
from geotimeline.actors import ActorMention
from geotimeline.articles import Article
from geotimeline.events.records import EventActor
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.temporal import Timex

log = logging.getLogger(__name__)


# --- the stages below, called defensively --------------------------------


def _call(module: object, name: str, *args: object) -> object:
    fn = getattr(module, name, None)
    if fn is None:
        return None
    try:
        return fn(*args)
    except NotImplementedError:
        log.debug("%s.%s is not implemented yet", getattr(module, "__name__", module), name)
        return None
    except Exception:  # a fault in one tagger must not cost the article all its events
        log.warning("%s.%s failed; going on without it", getattr(module, "__name__", module), name, exc_info=True)
        return None


def find_timexes(text: str, published: date, language: str) -> list[Timex]:
    return list(_call(_temporal_module, "find_timexes", text, published, language) or [])


def find_actors(text: str, language: str) -> list[ActorMention]:
    found = list(_call(_actors_module, "find_actors", text, language) or [])
    return found + list(_call(_actors_module, "named_again", text, found) or [])  # "Xi Jinping ... Xi"


def find_places(text: str, language: str, context_countries: tuple[str, ...]) -> list[PlaceMention]:
    return list(_call(_gazetteer_module, "find_places", text, language, context_countries) or [])


def capital_of(iso3: str) -> Place | None:
    return _call(_gazetteer_module, "capital_of", iso3)  # type: ignore[return-value]


def country_place(iso3: str) -> Place | None:
    return _call(_gazetteer_module, "country_place", iso3)  # type: ignore[return-value]


@dataclass(slots=True)
class Context:
    article: Article
    language: str
    published: date | None
    timexes: list[Timex]
    mentions: list[ActorMention]
    places: list[PlaceMention]
    last_sources: tuple[EventActor, ...] = ()
    last_paragraph: int = -1
    last_person: EventActor | None = None
    kinds: dict[tuple[str, str | None], str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)  # categories of the events told so far
    force_domain: str | None = None  # naval/air/land of the last use of force told ("the attack" after it)
    force_sources: tuple[EventActor, ...] = ()  # who carried out the last attack told with a named attacker
    seas: list[PlaceMention] = field(default_factory=list)  # seas, gulfs, straits and oceans the article names
    main_country: str | None = None  # the country the article is about: its dateline's, else the most named
    lead: date | None = None  # the date of the first event told: "two days after ..." counts from it
    lead_day: Timex | None = None  # the day the story's first dated development is told on (a Timex), within a week of publication
    incident: Place | None = None  # where a report with a written position puts its incident (position.py)
    incident_day: Timex | None = None  # that report's first day-level date
    doc: object | None = None  # the parsed article (geotimeline.document), where its language has a parser
    surface: dict[int, list] = field(default_factory=dict)  # a sentence's start -> its lexicon triggers



def within(items: list, start: int, end: int) -> list:
    """The items (sorted by start, as Context keeps them) lying inside [start, end): a binary search, so that a long
    article's sentences do not each scan all its names and dates."""
    out = []
    for m in items[bisect_left(items, start, key=start_of) :]:
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def start_of(item: object) -> int:
    return item.start  # type: ignore[attr-defined]
