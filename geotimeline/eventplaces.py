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

from collections.abc import Callable, Sequence
from typing import Any

from geotimeline.categories import Trigger
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.position import clause_place, context_sea, implied_place


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
