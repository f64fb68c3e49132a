"""Actors: countries, demonyms, capitals used for governments, leaders, ministries, forces, groups.

Sources: data/actors.csv (curated, versioned: people, ministries, forces, companies, armed groups,
organisations, with English, Spanish and Russian aliases) and data/countries.csv (every country with
its names and demonyms). A country, its demonym ("Venezuelan", "российские") and its capital used as
a government ("Moscow responded") all give the same country actor. Names of seas and regions
("South China Sea", "Latin American") are matched too so that they do not yield a country actor.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
from dataclasses import dataclass

from geotimeline.countries import DATA, countries, country_aliases
from geotimeline.countries import country_name as _country_name
from geotimeline.gazetteer import CAPS_WORDS
from geotimeline.lexicon import Lexicon, Match, fold, longest

log = logging.getLogger(__name__)

__all__ = ["Actor", "ActorMention", "find_actors", "actor_by_name", "country_actor", "country_name", "ACTORS_VERSION"]

KINDS = ("country", "person", "government", "ministry", "military", "company", "armed_group", "organisation")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # canonical display name ("Nicolás Maduro", "Russia", "US Navy")
    country: str | None  # ISO 3166-1 alpha-3 where one applies
    kind: str  # country, person, government, ministry, military, company, armed_group, organisation


@dataclass(frozen=True, slots=True)
class ActorMention:
    text: str
    start: int
    end: int
    actor: Actor


def _version() -> str:
    first = (DATA / "actors.csv").read_text(encoding="utf-8").splitlines()[0]
    m = re.search(r"version (\S+)", first)
    return m.group(1) if m else "unknown"


ACTORS_VERSION = _version()

# Phrases that contain a country word but name no country actor.
_BLOCKERS = (
    "Latin American*", "South American*", "Central American*", "North American*", "Native American*",
    "African American*", "Indian Ocean", "Arabian Sea", "Arabian Peninsula", "Persian Gulf", "Gulf of Mexico",
    "New Mexico", "Mexican Gulf", "Guinea pig*", "Turkey Point", "Jordan River", "Georgia Tech",
    "French fries", "Dutch disease", "China Sea", "American Samoa", "Chinese New Year",
)
# Capitals of this many inhabitants or more also stand for their governments ("Caracas rejected ...").
_CAPITAL_MIN_POPULATION = 300_000
_NOT_AS_ACTOR_BEFORE = re.compile(
    r"\b(?:in|at|near|into|inside|outside|across|around|off|via|through|within|over|visit(?:ed|s)?|"
    r"en|в|во|под)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "Russian-made missiles", "de fabricación rusa", "российского производства": where a thing was made, not who acts
_MADE_AFTER = re.compile(
    r"(?:[-‐‑](?:made|built|designed|manufactured|produced)\b|\s+(?:производства|разработки|сборки)\b)",
    re.IGNORECASE,
)
_MADE_BEFORE = re.compile(r"\b(?:fabricaci[oó]n|manufactura|diseño|producci[oó]n)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Data:
    actors: dict  # id -> Actor
    aliases: dict  # language -> list[(alias, payload)]


def country_name(iso3: str | None) -> str:
    """Common English name of a country ("VEN" -> "Venezuela")."""
    return _country_name(iso3)


@functools.cache
def country_actor(iso3: str) -> Actor:
    return Actor(country_name(iso3), iso3, "country")


@functools.cache
def _data() -> _Data:
    from geotimeline.gazetteer import _data as places_data

    actors: dict[str, Actor] = {}
    aliases: dict[str, list[tuple[str, tuple]]] = {lang: [] for lang in ("en", "es", "ru")}
    with (DATA / "actors.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            actor = Actor(row["name"].strip(), row["country"].strip() or None, row["kind"].strip())
            actors[row["id"].strip()] = actor
            names = [actor.name, *(a for a in row["aliases"].split("|") if a.strip())]
            for lang in aliases:
                aliases[lang].extend((a, ("actor", row["id"].strip())) for a in names)
    places = places_data()
    capital_aliases: list[tuple[str, tuple]] = []
    for iso3, capital in places.capitals.items():
        cities = places.cities.get(capital.name.lower(), ())
        if any(c.capital and c.population >= _CAPITAL_MIN_POPULATION for c in cities):
            capital_aliases.append((capital.name, ("capital", iso3)))
    blockers: list[tuple[str, tuple]] = [(b, ("block", "")) for b in _BLOCKERS]
    curated_rows = {p.name: p for p, _ in places.curated.values()}
    from geotimeline.gazetteer import _read_curated

    for lang in aliases:
        aliases[lang].extend((a, ("country", iso3)) for a, iso3 in country_aliases(lang, demonyms=True))
        aliases[lang].extend(capital_aliases)
        aliases[lang].extend(blockers)
        aliases[lang].extend(_place_blockers(_read_curated(), curated_rows, lang))
    # curated capitals carry Spanish and Russian (inflected) forms: "Москве", "Pekín"
    for row in _read_curated():
        place = curated_rows.get(row["name"].strip())
        if place is None or place.kind != "city" or not place.country:
            continue
        if places.capitals.get(place.country) is None or fold(places.capitals[place.country].name) != fold(place.name):
            continue
        for lang in aliases:
            cells = [row["aliases_en"]] + ([row[f"aliases_{lang}"]] if lang != "en" else [])
            forms = [place.name] + [a for cell in cells for a in (cell or "").split("|") if a.strip()]
            aliases[lang].extend((a, ("capital", place.country)) for a in forms)
    log.debug("actors: %d curated actors", len(actors))
    return _Data(actors, aliases)


def _place_blockers(rows: list[dict], curated: dict, language: str) -> list[tuple[str, tuple]]:
    """Curated place names in `language` (with their aliases) that hold no actor of their own: a country
    named inside a longer place name ("Puerto España", "Port of Spain", "Gulf of Mexico") is not that
    country. Seas, ports and regions block outright; a city only where nothing else matches the same words,
    so that a capital standing for its government ("Caracas said") still reads as the government."""
    out: list[tuple[str, tuple]] = []
    for row in rows:
        place = curated.get(row["name"].strip())
        if place is None:
            continue
        cells = [row["aliases_en"]] + ([row[f"aliases_{language}"]] if language != "en" else [])
        forms = [place.name] + [a.strip() for cell in cells for a in (cell or "").split("|") if a.strip()]
        kind = "place" if place.kind == "city" else "block"
        out.extend((a, (kind, "")) for a in forms)
    return out


@functools.cache
def _lexicon(language: str) -> Lexicon:
    data = _data()
    return Lexicon(data.aliases.get(language, data.aliases["en"]))


_FUNCTION_WORDS = {
    "in", "to", "from", "and", "with", "of", "the", "for", "by", "at", "on", "but", "while", "as", "said",
    "both", "neither", "between", "against", "told", "urged", "asked", "warned", "accused",
}


def _acceptable(text: str, m: Match, all_caps: bool = False) -> bool:
    kind, key = m.payload
    if all_caps and text[m.start : m.end] in CAPS_WORDS:
        return False
    if kind == "country" and (_MADE_AFTER.match(text, m.end) or _MADE_BEFORE.search(text[max(0, m.start - 20) : m.start])):
        return False
    if kind == "capital":
        return not _NOT_AS_ACTOR_BEFORE.search(text, max(0, m.start - 20), m.start)
    if kind == "country" and countries()[key].ambiguous:
        # "Michael Jordan", "Chad Smith": a name, not the country
        after = text[m.end : m.end + 3]
        before = text[max(0, m.start - 30) : m.start]
        if re.match(r" [A-Z][a-z]", after):
            return False
        prev = re.search(r"([A-Za-z]+)\s+$", before)
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _FUNCTION_WORDS:
            return False
    return True


_ETHNIC = re.compile(r"(?<!\w)(?:ethnic(?:ally)?|этническ\w*)\s+$", re.I)
# "the Russian language", "Russian-speaking residents", "Arabic speakers": a language, not the state
_TONGUE = re.compile(r"(?:\s+language\b|\s+speakers?\b|-speaking\b|-language\b|\s+язык\w*)", re.I)


_DIASPORA = re.compile(r"American|British|Canadian|Australian", re.I)  # "Iranian-American", "Somali-British"


def find_actors(text: str, language: str = "en") -> list[ActorMention]:
    """Actors named in `text`: longest, non-overlapping matches, in text order."""
    if not text:
        return []
    data = _data()
    by_span: dict[tuple[int, int], Match] = {}
    order = {"actor": 0, "block": 1, "country": 2, "capital": 3, "place": 4}
    letters = [c for c in text[:2000] if c.isalpha()]
    all_caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    for m in _lexicon(language).candidates(text):
        if not _acceptable(text, m, all_caps):
            continue
        span = (m.start, m.end)
        old = by_span.get(span)
        if old is None or order[m.payload[0]] < order[old.payload[0]]:
            by_span[span] = m
    out: list[ActorMention] = []
    kept = longest(by_span.values())
    diaspora = {m.start for m in kept if m.payload[0] == "country" and _DIASPORA.fullmatch(text[m.start : m.end])}
    origins = {m.end for m in kept if m.payload[0] == "country" and m.end + 1 in diaspora
               and re.search(r"(?:an|ese|i)$", text[m.start : m.end])}  # a demonym: "Iranian", "Somali"
    joined = origins | {e + 1 for e in origins}
    for m in kept:
        kind, key = m.payload
        if kind in ("block", "place"):
            continue
        if kind == "country" and (text.startswith("-born", m.end) or text[m.end : m.end + 1] == "-" and m.end + 1 in joined
                                  or text[m.start - 1 : m.start] == "-" and m.start - 1 in joined):
            continue  # "Iranian-American journalist", "Chinese-born engineer": an origin, not the state acting
        if kind == "country" and _ETHNIC.search(text, max(0, m.start - 16), m.start):
            continue  # "ethnic Albanians in Macedonia", "этнические русские": a people, not the state
        if kind == "country" and _TONGUE.match(text, m.end):
            continue  # "restrictions on the Russian language": a language, not the state
        actor = data.actors[key] if kind == "actor" else country_actor(key)
        out.append(ActorMention(text[m.start : m.end], m.start, m.end, actor))
    return out


def named_again(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Later bare mentions of a person the text named in full ("Xi Jinping ... Xi said"): a word of the full name
    (capitalised, two letters or more, no title) that no other person of the lexicon bears, after the first mention."""
    first: dict[str, tuple[int, Actor]] = {}
    for m in mentions:
        if m.actor.kind != "person" or " " not in m.text.strip():
            continue
        for word in re.findall(r"[^\W\d_][\w'’-]*", m.text):
            if word[:1].isupper() and len(word) >= 2 and word.casefold() not in _TITLE_WORDS and word not in first:
                first[word] = (m.end, m.actor)
    shared = _shared_name_words()
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for word, (after, actor) in first.items():
        if word.casefold() in shared and shared[word.casefold()] != actor.name:
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text[after:]):
            a, b = after + hit.start(), after + hit.end()
            if not any(x < b and a < y for x, y in taken):
                out.append(ActorMention(word, a, b, actor))
    return out


_TITLE_WORDS = frozenset({"president", "prime", "minister", "king", "queen", "prince", "general", "mr", "mrs", "ms", "dr",
                          "sheikh", "emir", "bin", "al", "el", "de", "van", "von", "la", "le", "da", "del", "ibn", "abu"})


@functools.cache
def _shared_name_words() -> dict[str, str]:
    """Name word -> the one lexicon person bearing it, or "" when several do ("Mohammed")."""
    out: dict[str, str] = {}
    for actor in _data().actors.values():
        if actor.kind != "person":
            continue
        for word in {w.casefold() for w in actor.name.split()}:
            out[word] = actor.name if out.get(word, actor.name) == actor.name else ""
    return out


@functools.cache
def _by_name() -> dict[str, Actor]:
    """Canonical names only, case-insensitive ("nicolás maduro", "russia")."""
    data = _data()
    out: dict[str, Actor] = {}
    for actor in data.actors.values():
        out[fold(actor.name)] = actor
    for iso3 in countries():
        out[fold(country_name(iso3))] = country_actor(iso3)
    return out


def actor_by_name(name: str) -> Actor | None:
    """The actor a name (canonical name or alias, any of the three languages) stands for, else None."""
    if not name or not name.strip():
        return None
    found = find_actors(name.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name.strip()):
        return found[0].actor
    key = fold(name.strip())
    return _by_name().get(key) if len(key) > 3 else None
