"""Entry point: pick the language's grammar (or detect the language) and tag the text.

English, Spanish and Russian have their own grammars. Other languages go through dateparser's
`search_dates` (our fallback), kept only when the found text names a day, month or year unambiguously, and
cached per (text, published, language) so repeated calls stay cheap and deterministic.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import lru_cache

from geotimeline.temporal import calendar as cal
from geotimeline.temporal.engine import Grammar, tag
from geotimeline.temporal.record import Timex

log = logging.getLogger(__name__)

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_ES_WORDS = re.compile(r"\b(?:el|la|los|las|del|que|por|una|según|para|con|se|su|fue|ha|años)\b", re.IGNORECASE)
_EN_WORDS = re.compile(r"\b(?:the|and|of|to|is|was|that|with|for|has|said|by|on)\b", re.IGNORECASE)
SUPPORTED = ("en", "es", "ru")


def detect_language(text: str) -> str:
    """A cheap guess among en/es/ru: Cyrillic letters -> ru, else Spanish vs English function words."""
    sample = text[:4000]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr > lat:
        return "ru"
    return "es" if len(_ES_WORDS.findall(sample)) > len(_EN_WORDS.findall(sample)) else "en"


def _grammar(language: str) -> Grammar | None:
    if language == "en":
        from geotimeline.temporal.english import GRAMMAR
    elif language == "es":
        from geotimeline.temporal.spanish import GRAMMAR
    elif language == "ru":
        from geotimeline.temporal.russian import GRAMMAR
    else:
        return None
    return GRAMMAR


def find_timexes(text: str, published: date, language: str | None = "en") -> list[Timex]:
    """Every temporal expression in `text`, in text order, resolved against `published`.

    `language` is an ISO 639-1 code; None or "auto" detects en/es/ru from the text.
    """
    if isinstance(published, datetime):
        published = published.date()
    lang = (language or "auto").lower().split("-")[0].split("_")[0]
    if lang == "auto":
        lang = detect_language(text)
    grammar = _grammar(lang)
    if grammar is None:
        return list(_fallback(text, published, lang))
    return tag(text, published, grammar)


_DIGITS_ONLY = re.compile(r"^[\d\s.,:/%-]*$")


@lru_cache(maxsize=256)
def _fallback(text: str, published: date, language: str) -> tuple[Timex, ...]:
    """dateparser's search for languages without a grammar; only day-level absolute dates are kept."""
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return ()
    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    out: list[Timex] = []
    start = 0
    for line in text.splitlines(keepends=True):  # line by line: a run-on line is no sentence to date
        offset, start = start, start + len(line)
        if len(line) > MAX_FALLBACK_LINE or not re.search(r"\d", line):
            continue
        try:
            found = search_dates(line, languages=[language], settings=settings) or []
        except Exception as exc:  # dateparser raises assorted errors on odd input
            log.warning("dateparser failed on %s text: %s", language, exc)
            continue
        pos = 0
        for chunk, when in found:
            i = line.find(chunk, pos)
            if i < 0 or _DIGITS_ONLY.match(chunk) or not re.search(r"\d", chunk):
                continue
            pos = i + len(chunk)
            p = cal.day(when.date())
            out.append(Timex(chunk, offset + i, offset + pos, "DATE", p.value, p.start, p.end, "day", None))
    return tuple(out)


MAX_FALLBACK_LINE = 2_000  # characters: dateparser's search grows fast on one long line with no sentence in it
