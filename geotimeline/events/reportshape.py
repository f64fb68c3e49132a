"""The shape of a story or a report, read before its sentences: a dateline ("ADEN, March 7 (Wire) - "), a report's
heading ("GULF OF ADEN: "), a telex written in capitals, and whether the text is an incident report (a written
position, a distance from a place, or a heading over a ship, boat or crew), whose one incident gives every act its
place and day (geotimeline.events).
"""

from __future__ import annotations

import re

from geotimeline.gazetteer import find_coordinates

DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑА-ЯЁ][A-ZÁÉÍÓÚÑА-ЯЁ .,'-]{1,40}(?:,\s*(?:\d{1,2}\s+\w+|\w+\.?\s+\d{1,2}|[A-ZÁÉÍÓÚÑА-ЯЁ][\w'-]+(?:\s+[A-ZÁÉÍÓÚÑА-ЯЁ][\w'-]+){0,2}))?"
                       r"\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+")  # "MANILA —", "КАРАКАС, 1 ноября —", "ADEN, March 7 (Wire) -"
_DISTANCE = re.compile(r"\b\d{1,4}(?:\.\d)?\s?(?:nm|NM|nautical miles?|n\.m\.)(?!\w)")


def incident_report(text: str) -> bool:
    """ "02-10N 049-40E", "180 nm east of Mogadishu", "GRENADA: On 23 September, a dinghy was stolen from a yacht
    anchored in ...", or a short text telling of robbers or pirates at a ship at anchor, berthed or underway ("robbers
    boarded a vessel anchored at Monrovia Anchorage", no dateline): a report of one incident."""
    return bool(find_coordinates(text) or _DISTANCE.search(text)
                or _HEADING.match(text.lstrip()) and _AT_ANCHOR.search(text)
                or len(text) <= _SHORT and not DATELINE.match(text.lstrip()) and bool(_INTRUDER.search(text))
                and bool(_SHIP_AT.search(text) or _AT_ANCHOR.search(text)))


def all_capitals(text: str) -> bool:
    letters = sum(map(str.isalpha, text))  # (map over the str methods: this runs once per sentence)
    return letters >= 12 and sum(map(str.isupper, text)) >= 0.8 * letters


def dateline_end(sentence: str) -> int:
    """Where a story's dateline ("ADEN, March 7 (Wire) - ") or a report's heading ("GULF OF ADEN: ") ends: it is no
    part of the sentence's tree."""
    m = DATELINE.match(sentence) or _HEADING.match(sentence)
    return m.end() if m else 0


_AT_ANCHOR = re.compile(r"\b(?:anchored|berthed|moored|underway|at anchor|alongside|vessels?|ships?|boats?|yachts?|"
                        r"tankers?|skiffs?|tugs?|barges?|trawlers?|crew|pirates?|robbers?|fishermen)\b", re.I)
_HEADING = re.compile(r"[A-Z][A-Z .,'&()-]{1,60}:\s+")
_SHORT = 2_000  # a report of one incident is a paragraph or two; a news story is longer
_SHIP_AT = re.compile(r"\b(?:anchored|berthed|moored|docked|underway|at anchor|alongside|anchorage)\b", re.I)
# the criminals a report of one incident is about (a warship's boarding or a hijacking in a news story is not enough)
_INTRUDER = re.compile(r"\b(?:robbers?|robbery|pirates?|piracy|thie(?:f|ves)|theft|intruders?|perpetrators?|"
                       r"assailants?)\b", re.I)
