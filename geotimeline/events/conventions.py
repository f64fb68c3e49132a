"""Event coders' conventions the parse alone does not give: who acts or is acted on when the sentence names only a
place. Each rule returns a country code (the extractor makes the state actor), or None when it does not apply.

- a crowd protesting in a place is that place's people ("thousands blocked streets in Algiers"), labelled as written;
- a state act told in the passive with no agent (arrest, detention, sentence, conviction) is the state's where it
  happened ("a missionary was arrested in Lebanon"), never at a destination ("sent back to China");
- an embassy is its state's, whom a rally outside it protests to, never the state where it stands;
- a force acting on a place acts on that place's state ("strikes on a depot near Damascus"), a rally in a place is
  held to its state, and a force sent to another state's soil is sent to it; never for a ship struck near a port (the
  place is only where it was);
- a visit is paid to the state it goes to ("Xi arrived in Moscow"), unless it is paid to someone named there or is
  for talks with others;
- a state's act on people or groups that name no country is an act at home ("Nicaragua ordered the opposition newspaper
  to close": Nicaragua on Nicaragua), never with a place abroad in the clause, and a force only where the clause
  names a place of its own state ("killed 30 militants in Balochistan", not "killed civilians" in a war abroad).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from geotimeline.actors import ActorMention
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.position import OWNED, STATE_ACT

SHIP_WORD = re.compile(r"\b(?:ships?|vessels?|tankers?|carriers?|boats?|freighters?|trawlers?|ferry|ferries|"
                       r"yachts?|dhows?|skiffs?|tugs?|barges?|warships?|destroyers?|frigates?|submarines?|buques?|barcos?|"
                       r"pesqueros?|petroleros?|graneleros?|cargueros?|lanchas?|embarcaci\w+|portacontenedores|"
                       r"суд[нао]\w*|корабл\w*|танкер\w*|сухогруз\w*|катер\w*|лодк\w*)\b", re.I)
ON_PLACE = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_JOURNEY = re.compile(r"(?:visit|arriv|travel|fl[eiy]|tour|land|came|come|trip|journey|state visit)", re.I)
_TO_PLACE = re.compile(r"\s*(?:(?:in|to|into|at)\s+)?(?:the\s+)?", re.I)  # "visited Hanoi", "arrived in Moscow"
_LAND = frozenset({"country", "city", "town", "region", "port", "base", "island"})
_AT_HOME = frozenset({"COERCE", "REQUEST", "THREATEN", "REJECT", "CONCEDE", "ACCUSE", "SANCTION", "ASSAULT"})


def _on_land(place: Place | None) -> bool:
    """A place the text writes (not inferred) on a state's land: a country, city, port, base or island."""
    return place is not None and not place.inferred and bool(place.country) and place.kind in _LAND


def crowd_country(category: str, sources: Sequence[Any], place: Place | None) -> str | None:
    """"thousands blocked streets in Algiers": with nobody named, the people of the place protest."""
    return place.country if not sources and category == "PROTEST" and _on_land(place) else None  # type: ignore[union-attr]


def held_in(place: Place, mentions: Sequence[PlaceMention], text: str, off: int) -> bool:
    """The place is written after "in" or "at" ("arrested in Lebanon"), not as a destination or an origin."""
    return any(m.place == place and re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:(?:city|town|village|province|state|district|"
                                                      r"region|county|capital|port)\s+(?:of\s+)?)?$",
                                              text[max(0, m.start - off - 60) : m.start - off]) for m in mentions)


def state_act_country(trigger: str, sources: Sequence[Any], passive: bool, place: Place | None,
                      mentions: Sequence[PlaceMention], text: str, off: int, home: str | None = None) -> str | None:
    """"a missionary was arrested in Lebanon": by that state (not "sent back to China": a destination); with no
    place at all, by the state the article is about (`home`: "the journalist has been in custody since May")."""
    if sources or not passive or not STATE_ACT.match(trigger):
        return None
    if place is None:
        return home
    if not _on_land(place):
        return None
    return place.country if held_in(place, mentions, text, off) else None  # type: ignore[union-attr]


def embassy_owner(mentions: Sequence[ActorMention], article_text: str, off: int, clause: tuple[int, int],
                  sources: Sequence[Any]) -> ActorMention | None:
    """The state whose embassy the clause names ("rallied outside the US embassy"), not one who acts."""
    own = {a.country for a in sources}
    return next((m for m in mentions if clause[0] <= m.start - off < clause[1] and OWNED.match(article_text, m.end)
                 and m.actor.country not in own), None)


def place_target(category: str, trigger: tuple[str, int], sources: Sequence[Any], place: Place | None,
                 mentions: Sequence[PlaceMention], text: str, off: int, clause: tuple[int, int],
                 ships: bool, named: bool, partners: bool) -> str | None:
    """The state acted on, protested to or visited, when the clause names only where (`trigger` is the trigger's
    words and where they end in `text`; `ships`: the clause tells of a ship; `named`: the clause names a target,
    even one dropped as the doer's own; `partners`: a journey's purpose names whom it meets)."""
    if not sources or not _on_land(place):
        return None
    own = {a.country for a in sources}
    country: str = place.country  # type: ignore[union-attr,assignment]
    if (category in ON_PLACE or category == "MOBILIZE" and country not in own) and not (
            ships or SHIP_WORD.search(text, clause[0], clause[1])):
        # "strikes on a depot near Damascus", "gunmen kidnapped two girls in Jangebe", "a rally in Lagos": the
        # state where it happened is the one acted on (or protested to); a force sent to another state's soil
        # ("dispatched inspectors to a plant in central Iran") is sent to it; a ship struck near Aden is the ship's
        return country
    words, end = trigger
    if (category == "CONSULT" and not named and not partners and _JOURNEY.match(words) and country not in own
            and any(m.place == place and _TO_PLACE.fullmatch(text[end : m.start - off]) for m in mentions)):
        return country  # "Xi arrived in Moscow", "the minister visited Hanoi" (not "visited French troops in Estonia")
    return None


def home_target(category: str, sources: Sequence[Any], home_object: bool, mentions: Sequence[PlaceMention]) -> str | None:
    """The state itself as the target of its act on people or groups of no named country (`home_object`, see
    arguments.Arguments); `mentions` are the places of the clause."""
    own = {a.country for a in sources if a.country}
    if category not in _AT_HOME or len(own) != 1 or not home_object:
        return None
    country = next(iter(own))
    there = {m.place.country for m in mentions if m.place.country}
    if there - {country} or category == "ASSAULT" and country not in there:
        return None
    return country
