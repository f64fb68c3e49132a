"""Named ships in a sentence, normalised ("aircraft carrier Gerald Ford" -> "USS Gerald R. Ford").

Four shapes are recognised: a hull prefix ("USS Gravely", "HMS Duncan", "RFS Admiral Gorshkov"), a ship
type followed by a capitalised name ("the destroyer Gravely", "aircraft carrier Gerald Ford", "эсминец
«Адмирал Левченко»") and a capitalised name followed by a ship type ("the Galaxy Leader cargo ship"), and a name after a flag ("the Cook Islands-flagged Eagle S").
A few well-known hulls whose names are often shortened are expanded to their full names.
"""

from __future__ import annotations

import re
from typing import Any

PREFIXES = "USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFS|FS|JS|ROKS|PLANS|TCG|ARA|BAP|ARC|BNS|KRI|ITS|SPS|MV|M/V|MT|SS"
SHIP_TYPES_EN = (
    r"aircraft carrier|carrier|amphibious assault ship|assault ship|destroyer|guided-missile destroyer|frigate|"
    r"cruiser|corvette|submarine|warship|patrol boat|patrol ship|research vessel|vessel|tanker|oil tanker|"
    r"cargo ship|container ship|bulk carrier|freighter|ship|hospital ship|icebreaker|landing ship"
)
SHIP_TYPES_ES = r"portaaviones|destructor|fragata|crucero|corbeta|submarino|buque|petrolero|barco|carguero"
SHIP_TYPES_RU = r"авианос\w*|эсминц\w*|эсминец|фрегат\w*|крейсер\w*|корвет\w*|подводн\w* лодк\w*|подлодк\w*|танкер\w*|судн\w*|корабл\w*"

# Well-known hulls: short forms -> full names (facts; no outside text copied).
KNOWN = {
    "gerald ford": "USS Gerald R. Ford",
    "gerald r. ford": "USS Gerald R. Ford",
    "ford": "USS Gerald R. Ford",
    "dwight d. eisenhower": "USS Dwight D. Eisenhower",
    "eisenhower": "USS Dwight D. Eisenhower",
    "harry s. truman": "USS Harry S. Truman",
    "truman": "USS Harry S. Truman",
    "abraham lincoln": "USS Abraham Lincoln",
    "carl vinson": "USS Carl Vinson",
    "nimitz": "USS Nimitz",
    "theodore roosevelt": "USS Theodore Roosevelt",
    "george washington": "USS George Washington",
    "ronald reagan": "USS Ronald Reagan",
    "iwo jima": "USS Iwo Jima",
    "gravely": "USS Gravely",
    "admiral kuznetsov": "Admiral Kuznetsov",
    "адмирал кузнецов": "Адмирал Кузнецов",
}

_CAP = r"[A-ZА-ЯЁ][\w.'’-]*"
_NAME = rf"{_CAP}(?:\s+(?:[A-Z]\.|{_CAP}|\d+)){{0,3}}"
_PREFIXED = re.compile(rf"\b(?:{PREFIXES})\s+{_NAME}")
_TYPE_THEN_NAME = re.compile(
    rf"(?i:\b(?:{SHIP_TYPES_EN}|{SHIP_TYPES_ES}|{SHIP_TYPES_RU}))\s+[\"“«]?(?P<name>{_NAME})[\"”»]?"
)
_NAME_THEN_TYPE = re.compile(rf"\b(?:the|el|la)\s+[\"“«]?(?P<name>{_NAME})[\"”»]?\s+(?i:{SHIP_TYPES_EN}|{SHIP_TYPES_ES})\b")
_FLAGGED = re.compile(rf"-flagged\s+[\"“]?(?P<name>{_NAME})")  # "the Cook Islands-flagged Eagle S"
_NOT_NAMES = re.compile(
    r"^((?i:the|a|an|and|in|to|of|on|at|from|with|that|which|was|is|has|had|off|near|for|since|as|into|by)|"
    r"[A-Z][a-z]+(?:an|ese|ish|ian|i|ic)|US|U\.S\.|American|Russian|Chinese|Iranian|Venezuelan|British|"
    r"Navy|Group|Strike|Command|Sea|Ocean|Gulf|Strait)$"
)


_ANY_SHIP = re.compile(
    rf"\b(?:{PREFIXES.lower()})\s|(?:{SHIP_TYPES_EN}|{SHIP_TYPES_ES}|{SHIP_TYPES_RU})|-flagged\s"
)


def find_vessels(sentence: str) -> list[str]:
    """Named ships in `sentence`, normalised, without duplicates, in text order."""
    if not _ANY_SHIP.search(sentence.lower()):
        return []
    found: list[tuple[int, str]] = []
    for m in _PREFIXED.finditer(sentence):
        found.append((m.start(), _normalise(m.group(), prefixed=True)))
    for pattern in (_TYPE_THEN_NAME, _NAME_THEN_TYPE, _FLAGGED):
        for m in pattern.finditer(sentence):
            name = _clean(m.group("name"))
            if name and not _NOT_NAMES.match(name.split()[0]) and not _inside(m.start("name"), found, sentence):
                found.append((m.start("name"), _normalise(name, prefixed=False)))
    out: list[str] = []
    for _, name in sorted(found):
        if name not in out:
            out.append(name)
    return out


def _clean(name: str) -> str:
    words = [w for w in name.split() if not w.casefold().endswith("-flagged")]  # the flag is no part of the name
    while words and _NOT_NAMES.match(words[-1]):
        words.pop()
    return " ".join(words).strip(" .,")


def _inside(pos: int, found: list[tuple[int, str]], sentence: str) -> bool:
    return any(start <= pos <= start + len(name) + 8 for start, name in found)


def _normalise(name: str, prefixed: bool) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,")
    key = re.sub(rf"^(?:{PREFIXES})\s+", "", name).casefold()
    if key in KNOWN:
        return KNOWN[key]
    return name


# hull prefixes of navies: the state a ship so named belongs to
_HULL_STATE = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND",
               "RFS": "RUS", "FS": "FRA", "JS": "JPN", "ROKS": "KOR", "PLANS": "CHN", "TCG": "TUR", "ARA": "ARG",
               "BAP": "PER", "ARC": "COL", "KRI": "IDN", "ITS": "ITA", "SPS": "ESP"}
_HULL = re.compile(rf"\b({'|'.join(_HULL_STATE)})\s+{_NAME}")


def flag_country(text: str) -> str | None:
    """The state (ISO3) of the last navy ship named by hull prefix in `text` ("USS Gravely" -> "USA"), else None.
    Merchant prefixes (MV, MT, SS) name no state."""
    found = list(_HULL.finditer(text))
    return _HULL_STATE[found[-1].group(1)] if found else None


_ONE_SHIP_ACTS = frozenset({"COERCE", "ASSAULT"})  # a seizure or an attack: one ship undergoes it once
_ANOTHER = re.compile(r"\b(?:another|second|third|other|more|otro|otra|другой|другое|ещё|еще)\b", re.I)


def one_act_per_vessel(events: list[Any]) -> list[Any]:
    """Events of one article that tell the same act on the same ship twice, as a lede does ("Finland seizes
    an oil tanker ...") and then the account ("On Thursday, coast guard officers boarded the Eagle S"), become
    one: same category (a seizure or an attack), same source actors, one of them names the ship and the other
    names the same ship or none, on the same day or one dated only by the publication. The one with its own
    date (else the one naming the ship) is kept, at the place of the first told."""
    kept: list[Any] = []
    for e in events:
        k = next((k for k, o in enumerate(kept) if _same_act(o, e)), None)
        if k is None:
            kept.append(e)
        elif (e.date_source, bool(e.vessels)) > (kept[k].date_source, bool(kept[k].vessels)):
            kept[k] = e  # "text" > "published": the account's own date wins over the lede's dateline
    return kept


def _same_act(a: Any, b: Any) -> bool:
    if a.category != b.category or a.category not in _ONE_SHIP_ACTS or a.sentence_start == b.sentence_start:
        return False
    if not (a.vessels or b.vessels) or (a.vessels and b.vessels and not set(a.vessels) & set(b.vessels)):
        return False
    if _ANOTHER.search(a.sentence if not a.vessels else b.sentence):
        return False  # "seized another tanker": a second ship
    sources = [{(x.name, x.country) for x in e.actors if x.role == "source"} for e in (a, b)]
    return bool(sources[0]) and sources[0] == sources[1] and (
        a.start == b.start or "published" in {a.date_source, b.date_source})
