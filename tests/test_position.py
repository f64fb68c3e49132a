"""Incident position: written coordinates, bearings and distances, the most specific named place; and the
place of an event in a news sentence (clause_place, implied_place, context_sea, end to end)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.events import extract_events
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.position import (
    clause_place,
    context_sea,
    destination,
    haversine_km,
    implied_place,
    incident_place,
    offset_before,
)


@pytest.mark.parametrize(
    ("text", "lat", "lon", "tolerance_km"),
    [
        ("NIGERIA: On 1 June, robbers boarded a tanker at Lagos anchorage.", 6.42, 3.4, 20),
        ("INDONESIA: On 27 May, robbers boarded a tanker near position 01-07N 103-30E.", 1.1167, 103.5, 1),
        # a coordinate whose E/W letter is a typo, far from every place named, is flipped back
        ("COLOMBIA: robbers boarded a tanker at the port of Buenaventura, near position 03-53N 077-03E.",
         3.883, -77.05, 1),
        # the port named after the heading beats the heading's sea
        ("GULF OF GUINEA: a tanker was boarded 38NM outside Cotonou Port, Benin.", 6.35, 2.43, 20),
        # "N nm <bearing> of X" moves the point
        ("IVORY COAST: pirates boarded a tanker 45 nm southeast of Abidjan.", 4.77, -3.47, 15),
        ("RED SEA: a skiff approached a vessel in the Red Sea.", 20.0, 38.5, 1),
    ],
)
def test_incident_place(text, lat, lon, tolerance_km):
    place = incident_place(text)
    assert place is not None
    assert haversine_km((place.lat, place.lon), (lat, lon)) <= tolerance_km


def test_no_place():
    assert incident_place("Pirates opened fire on an unknown vessel.") is None


@pytest.mark.parametrize(
    ("text", "km", "bearing"),
    [("45 nm southeast of X", 83.34, 135), ("about 12 miles north-west off X", 19.308, 315), ("10 km W of X", 10, 270)],
)
def test_offset_before(text, km, bearing):
    got = offset_before(text, len(text) - 1)
    assert got is not None
    assert got[0] == pytest.approx(km, rel=1e-3) and got[1] == bearing


def test_destination_round_trip():
    lat, lon = destination(10.0, 179.5, 90, 111.2)
    assert haversine_km((10.0, 179.5), (lat, lon)) == pytest.approx(111.2, rel=1e-3)
    assert -180 <= lon <= 180 and lon < 0  # crossed the antimeridian


# --- event places ---------------------------------------------------------------------------------------

TABLE = {
    "Arabian Sea": Place("Arabian Sea", 15.0, 65.0, "sea"),
    "Indian Ocean": Place("Indian Ocean", -20.0, 80.0, "ocean"),
    "Ottawa": Place("Ottawa", 45.42, -75.7, "city", "CAN"),
    "Canada": Place("Canada", 50.0, -90.0, "country", "CAN"),
    "Hanoi": Place("Hanoi", 21.0, 105.8, "city", "VNM"),
    "Miami": Place("Miami", 25.8, -80.2, "city", "USA"),
    "Perth": Place("Perth", -31.95, 115.86, "city", "AUS"),
}
CAPITALS = {"CAN": TABLE["Ottawa"], "VNM": TABLE["Hanoi"], "YEM": Place("Sanaa", 15.35, 44.2, "city", "YEM"),
            "USA": Place("Washington", 38.9, -77.0, "city", "USA")}
COUNTRIES = {"CAN": TABLE["Canada"], "YEM": Place("Yemen", 15.5, 47.5, "country", "YEM"),
             "LBR": Place("Liberia", 6.4, -9.4, "country", "LBR"), "GBR": Place("United Kingdom", 53.0, -1.5, "country", "GBR"),
             "USA": Place("United States", 39.0, -95.0, "country", "USA")}


def _mentions(text: str) -> list[PlaceMention]:
    return sorted((PlaceMention(m.group(), m.start(), m.end(), place) for name, place in TABLE.items()
                   for m in re.finditer(rf"\b{name}\b", text)), key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "trigger", "category", "sources", "expected"),
    [
        ("Canada struck a dhow in the Arabian Sea.", "struck", "ASSAULT", {"CAN"}, "Arabian Sea"),
        # a visit verb makes the place visited the event's place
        ("The minister visited Hanoi on Friday.", "visited", "CONSULT", set(), "Hanoi"),
        # an owner is no location
        ("Canada's navy struck a dhow.", "struck", "ASSAULT", {"CAN"}, None),
        # a relative clause after a comma tells where someone else went
        ("A strike sank a dhow and left two survivors, who were flown to Miami.", "strike", "ASSAULT", set(), None),
        # the source's own capital, named before the strike with a relative or reporting verb in between
        ("Lawmakers in Ottawa are questioning a raid that killed two men.", "killed", "ASSAULT", {"CAN"}, None),
        ("Officials in Ottawa said Canadian forces seized a boat.", "seized", "COERCE", {"CAN"}, None),
        # ... but a strike or an arrest at home stays at home
        ("Police in Ottawa arrested six protesters.", "arrested", "COERCE", {"CAN"}, "Ottawa"),
        # a statement in the source's capital is made there
        ("Ministers in Ottawa said that talks had failed.", "said", "ACCUSE", {"CAN"}, "Ottawa"),
        # a foreign capital before a strike is not the source's home: kept
        ("Officials in Hanoi said Canadian forces struck.", "struck", "ASSAULT", {"CAN"}, "Hanoi"),
        # a deployment is where the force goes, not where it leaves from; the origin only when nothing else
        ("The navy sent a frigate from Perth to the Arabian Sea.", "sent", "MOBILIZE", set(), "Arabian Sea"),
        ("The frigate was ordered to leave the Arabian Sea.", "ordered", "MOBILIZE", set(), "Arabian Sea"),
        # a withdrawal is where the force leaves
        ("Canada withdrew its frigate from the Arabian Sea.", "withdrew", "RETREAT", {"CAN"}, "Arabian Sea"),
        # a city told with its kind and modifiers ("in the northern Vietnamese city of Hanoi") is where it happened
        ("Police detained 12 people in the northern Vietnamese city of Hanoi.", "detained", "COERCE", set(), "Hanoi"),
        ("Gunmen attacked a bank in the western province of Miami.", "attacked", "ASSAULT", set(), "Miami"),
    ],
)
def test_clause_place(text, trigger, category, sources, expected):
    start = text.index(trigger)
    place = clause_place(_mentions(text), text, 0, (start, start + len(trigger)), (0, len(text)), category,
                         frozenset(sources), CAPITALS.get)
    assert (place.name if place else None) == expected


@pytest.mark.parametrize(
    ("category", "trigger", "sources", "targets", "after", "language", "expected"),
    [
        # a strike: the struck target's country, not a co-attacker named as a target
        ("ASSAULT", "strikes", ["USA"], ["GBR", "YEM"], " by the US and Britain on the Houthis", "en", "Yemen"),
        ("ASSAULT", "ataques", ["USA"], ["GBR", "YEM"], " de EE UU y el Reino Unido contra los hutíes", "es", "Yemen"),
        # never the flag state of the ship hit
        ("ASSAULT", "attacked", ["YEM"], ["LBR"], " a Liberia-flagged tanker", "en", None),
        ("COERCE", "seized", ["YEM"], ["LBR"], " a tanker flagged in Liberia", "en", None),
        # a strike with no target has no implied place (the article's sea decides), never the attacker's country
        ("ASSAULT", "struck", ["CAN"], [], " a boat", "en", None),
        # a visit or a request: the target's capital; with no target the source's (said at home)
        ("CONSULT", "visited", ["USA"], ["VNM"], " Vietnam", "en", "Hanoi"),
        ("REQUEST", "asked", ["CAN"], [], " for calm", "en", "Ottawa"),
        # a threat, a reproach or a refusal is made where its maker governs, wherever it is aimed
        ("THREATEN", "warned", ["CAN"], [], " of consequences", "en", "Ottawa"),
        ("THREATEN", "warned", ["CAN"], ["VNM"], " Vietnam", "en", "Ottawa"),
        ("ACCUSE", "condemned", ["CAN"], [], " the raid", "en", "Ottawa"),
        ("REJECT", "rejected", ["VNM"], [], " the claim", "en", "Hanoi"),
        # an arrest is made at home, not in the country of the people arrested
        ("COERCE", "arrested", ["CAN"], ["USA"], " two American hikers", "en", "Canada"),
        # a seizure is where the seized belong (a flag state excepted)
        ("COERCE", "seized", ["CAN"], ["USA"], " an American trawler", "en", "United States"),
    ],
)
def test_implied_place(category, trigger, sources, targets, after, language, expected):
    place = implied_place(category, trigger, sources, targets, after, language, CAPITALS.get, COUNTRIES.get)
    assert (place.name if place else None) == expected
    assert place is None or place.inferred


@pytest.mark.parametrize(
    ("names", "position", "expected"),
    [
        ([("Arabian Sea", 10)], 100, "Arabian Sea"),
        ([("Arabian Sea", 10), ("Indian Ocean", 400)], 500, "Indian Ocean"),  # the last one named
        ([("Arabian Sea", 10), ("Indian Ocean", 400)], 200, "Arabian Sea"),  # only before the position
        # named together last: the one the article names most often, not the last of the list
        ([("Arabian Sea", -1), ("Arabian Sea", 400), ("Indian Ocean", 420)], 600, "Arabian Sea"),
        ([("Indian Ocean", 400), ("Arabian Sea", 420)], 600, "Indian Ocean"),  # a tie: the first of the list
        ([], 100, None),
    ],
)
def test_context_sea(names, position, expected):
    seas = [PlaceMention(name, start, start + len(name), TABLE[name]) for name, start in names]
    place = context_sea(seas, position)
    assert (place.name if place else None) == expected


def _event_places(text: str, language: str = "en") -> list[tuple[str, str, bool]]:
    article = Article(id="t", text=text, published=date(2025, 3, 1), language=language)
    return [(e.category, e.place.name, e.place.inferred) for e in extract_events(article) if e.place]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a flag state is never the place: the sea named is
        ("Indonesian patrol boats fired warning shots at the Malta-flagged tanker Ocean Star in the Java Sea.", "en",
         ("Java Sea", False)),
        # "X's capital": X's capital city, named
        ("The frigate HMS Kent arrived in Kenya's capital on Monday for a port call.", "en", ("Nairobi", False)),
        ("The Indian frigate arrived in the capital of Oman on Friday.", "en", ("Muscat", False)),
        # a visit: the destination named
        ("Japan's foreign minister, who visited Hanoi last week, called the pact historic.", "en", ("Hanoi", False)),
        # a strike: the target's country, not a co-attacker's
        ("Canada and Britain launched strikes on the Houthis overnight.", "en", ("Yemen", True)),
        # the source's capital named before a strike told in a relative clause: the article's sea
        ("The navy has patrolled the Arabian Sea since June. Lawmakers in Ottawa are questioning a strike on "
         "Tuesday that killed two fishermen, Canada said.", "en", ("Arabian Sea", True)),
        # a relative clause after a comma: where the survivors went is not where the attack was
        ("Las patrullas vigilan el mar Arábigo. Un ataque estadounidense contra una lancha venezolana dejó dos "
         "supervivientes, que fueron juzgados en Miami.", "es", ("Arabian Sea", True)),
    ],
)
def test_event_place_end_to_end(text, language, expected):
    found = _event_places(text, language)
    assert found, "no event with a place"
    assert found[-1][1:] == expected
