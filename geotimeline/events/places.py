"""Where an event happened: the place its clause names, else the place the event implies.

place = an explicit location in the clause (a sea, strait, port, island or base by its kind; a city or
country after a locative word, "in", "off the coast of", "cerca de", "у берегов", or a visit verb, "visited
Manila"; "X's capital" is X's capital city; a flag state, "the Palau-flagged ship", is never one) > the
target's place (a strike or a seizure: the struck target's country; a request, a visit or an agreement: the
target's capital) > the article's location context (a naval event: the sea the article is about) > the
source's country. A source's own capital or country named before a strike ("lawmakers in Washington
question a strike") is not the strike's place. The rules live in geotimeline.position; these wrappers take
the extractor's actors and triggers. Inferred places are marked inferred.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from geotimeline.events.categories import Trigger
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.position import clause_place, context_sea, implied_place

# "throughout the country", "en todo el país", "по всей стране": the whole country of the one who acts
_WHOLE_COUNTRY = {
    "en": re.compile(r"\b(?:across|throughout|all over|around)\s+the\s+(?:whole\s+|entire\s+)?country\b|\bnationwide\b", re.I),
    "es": re.compile(r"(?<!\w)(?:en|por)\s+todo\s+el\s+(?:país|territorio)(?!\w)|(?<!\w)a\s+nivel\s+nacional(?!\w)", re.I),
    "ru": re.compile(r"(?<!\w)по\s+всей\s+(?:стране|территории)(?!\w)", re.I),
}


# "asked to lead the search for the survivor", "operaciones de rescate", "поисково-спасательная операция"
_SEARCH_AT_SEA = re.compile(r"\b(?:search(?:es|ed|ing)?\s+(?:and\s+rescue\s+)?(?:for|operation|effort)|rescue(?:d|s)?\b|"
                            r"survivors?\b)|(?<!\w)(?:búsqueda|rescate|sobrevivientes?)(?!\w)|(?<!\w)(?:поиск|спас)\w*", re.I)


def search_at_sea(clause: str) -> bool:
    """A search for survivors or a rescue: told in an article about a sea, it happens at sea."""
    return bool(_SEARCH_AT_SEA.search(clause))


def maritime(place: Place) -> bool:
    """A sea, gulf, strait or ocean, or a feature at sea that belongs to no country (a disputed shoal or
    reef, "Second Thomas Shoal"): what an event at sea can be placed at."""
    return place.kind in {"sea", "gulf", "strait", "ocean"} or place.kind == "island" and not place.country


def own_country(place: Place | None, sources: Sequence[Any]) -> bool:
    """The place is the country of one who acts (its centroid, or its capital inferred for a statement made at
    home): a fallback, not a place the text gives."""
    return place is not None and (place.kind == "country" or place.inferred) and place.country in {
        a.country for a in sources}


def whole_country(
    clause: str, language: str, sources: Sequence[Any], main_country: str | None,
    country_place: Callable[[str], Place | None],
) -> Place | None:
    """"deployed troops throughout the country": the country of the one who acts (else the article's)."""
    if not _WHOLE_COUNTRY.get(language, _WHOLE_COUNTRY["en"]).search(clause):
        return None
    iso3 = next((a.country for a in sources if a.country), None) or main_country
    place = country_place(iso3) if iso3 else None
    return place.as_inferred() if place else None


def article_sea(seas: list[PlaceMention], position: int) -> Place | None:
    """The sea the article (or its headline) was last about before `position` (position.context_sea)."""
    return context_sea(seas, position)


def named_place(
    places: list[PlaceMention], text: str, off: int, trig: Trigger, clause_start: int, clause_end: int,
    category: str = "", sources: Sequence[Any] = (),
) -> Place | None:
    """The place the clause names for the event (position.clause_place); `sources` have a `country`."""
    own = frozenset(a.country for a in sources if a.country)
    return clause_place(places, text, off, (trig.start, trig.end), (clause_start, clause_end), category, own)


def inferred_place(
    category: str, trig: Trigger, sources: Sequence[Any], targets: Sequence[Any],
    capital_of: Callable[[str], Place | None], country_place: Callable[[str], Place | None],
    after: str = "", language: str = "en",
) -> Place | None:
    """The place an event implies (position.implied_place); `sources` and `targets` have a `country`;
    `after` is the clause after the trigger ("strikes ... on the Houthis", "the Liberia-flagged tanker")."""
    return implied_place(category, trig.text, [a.country for a in sources], [a.country for a in targets], after,
                         language, capital_of, country_place)
