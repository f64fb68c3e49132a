"""English words of time as regex fragments, and the cheap checks that keep non-dates out.

Month names match case-sensitively ("May" but not "may"); the bare words "May", "March" and abbreviations
need a date-ish word before them; a four-digit number is a year unless it is money, a count of things
("2000 troops", but "the 1992 protests" is a year), part of a code ("F-2025") or page furniture ("© 2024").
"""

from __future__ import annotations

import re
from datetime import date

from geotimeline.temporal import calendar as cal
from geotimeline.temporal.lexicon import (
    EN_MONTH_ABBR,
    EN_MONTHS,
    EN_NUMBERS,
    EN_SEASONS,
    EN_UNITS,
    EN_VAGUE,
    EN_WEEKDAYS,
    alt,
    number,
)

F = re.IGNORECASE
_FULL = [m.capitalize() for m in EN_MONTHS] + [m.upper() for m in EN_MONTHS]
_ABBR = [a.capitalize() for a in EN_MONTH_ABBR] + [a.upper() for a in EN_MONTH_ABBR]
MONTH = rf"(?-i:{alt(_FULL)}|{alt(_ABBR)}\.?)(?![\w-]|['’](?!s\b))"
MONTH_FULL = rf"(?-i:{alt(_FULL)})(?![\w-]|['’](?!s\b))"
WD = alt(EN_WEEKDAYS)
DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[,.:]\d)"
# a year, not a 24-hour clock time ("2040Z", "1830 UTC")
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|\s?(?:Z|UTC|GMT|LT|hrs|local\s+time)\b)"
# a two-digit year after a day and month ("13 Dec 09", "29 January,'85"), not a count ("8 May 10 people")
SHORT_YEAR = (r"['’]?\d{2}(?![\d%]|[.,:]\d|\s+(?:(?-i:[a-z]+s)|people|men|women|persons?|crew|staff|personnel|feet"
              r"|ft|km|(?-i:m)|kg|nm|miles?|sq|per|times|percent)\b)")  # "M/V" after the year is no metre
# years said aloud in broadcast transcripts: "nineteen ninety-seven"
SPELLED_YEAR = (r"(?:nineteen|twenty)[\s-](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                r"|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b")
ANY_YEAR = rf"(?:{YEAR}|{SPELLED_YEAR})"
# before "quarter"/"period": "the 1988 ...", "last year's ...", "the year-ago ..."
QPRE = (rf"(?:(?P<py>{YEAR})|(?P<rel>this|last|next)\s+year['’]s|(?P<ago>(?:comparable\s+|corresponding\s+)?"
        r"year[\s-](?:ago|earlier)))")
NUM = (rf"(?:\d+\s+1/2|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
       rf"(?:one|two|three|four|five|six|seven|eight|nine)\b|{alt(k for k in EN_NUMBERS)})")
VAGUE = alt(EN_VAGUE)
UNIT = alt(EN_UNITS)
SEASON = alt(EN_SEASONS)
PART = r"(?:morning|afternoon|evening|night)"
_CONTEXT_WORDS = {"in", "since", "until", "till", "by", "from", "of", "during", "early", "late", "mid", "last",
                  "next", "this", "before", "after", "through", "between", "and", "to", "or", "on", "the",
                  "that", "each", "every", "past", "coming", "for", "around"}
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:the|its|their|his|her|our|this|that|fiscal)\s+(?:(?:mid|pre|post)-)?\Z", F)
# a year followed by a verb in -s is the subject ("2024 was", "1989 marks"), not a count of things
_VERB_S = alt(("was", "is", "has", "does", "marks", "sees", "remains", "becomes", "brings", "looks",
               "seems", "promises", "comes", "means", "holds", "gives", "ends", "begins", "starts", "proves",
               "represents", "follows", "rounds"))
_QUANTITY_NEXT = re.compile(rf"\s+(?:(?!{_VERB_S}\b)[a-z]+s|people|men|women|staff|personnel|feet|ft|km|m|kg|sq|per|times)\b")


def year_of(text: str | None) -> int | None:
    """A year written in digits or aloud ("1997", "nineteen ninety-seven"); None when absent."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    head, _, rest = re.sub(r"\s+", " ", text.lower()).replace("-", " ").partition(" ")
    tail = number(rest, "en")
    return None if tail is None else (1900 if head == "nineteen" else 2000) + int(tail)


def short_year(text: str | None, published: date) -> int | None:
    """A two-digit year ("09", "'85") read against the publication date; None when absent."""
    return cal.expand_year(int(text.lstrip("'’")), published) if text else None


def month_of(word: str) -> int:
    w = word.lower().rstrip(".")
    return EN_MONTHS.get(w) or EN_MONTH_ABBR[w]


def to_int(s: str | None) -> int | None:
    return int(re.sub(r"\D", "", s)) if s else None


def prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20):start])
    return m.group(1).lower() if m else ""


def check_month(m: re.Match, text: str) -> bool:
    word = m.group("mon")
    if "." not in word and len(word) == 3 and re.match(r"\s+[A-Z][a-z]", text[m.end():]):
        return False  # a bare abbreviation before a capitalised word is a name ("Jan Kavan")
    if word.lower() in ("may", "march") or "." not in word and word.lower()[:3] == word.lower():
        # "May"/"March" and bare abbreviations: only after a date-ish word ("in May", "early March")
        return prev_word(text, m.start()) in _CONTEXT_WORDS
    return True


def check_year(m: re.Match, text: str) -> bool:
    s = m.start()
    before = text[max(0, s - 12):s]
    c = before[-1:] if before else ""
    if c and (c.isalnum() or c in "$€£#№.,/:"):
        return False
    if c == "-" and not re.search(r"\b(?:mid|pre|post)-\Z", before, F):
        return False
    if re.search(r"(?:©|\(c\)|copyright|no\.|#|№)\s*\Z", before, F):
        return False
    if _MODEL_YEAR_NEXT.match(text, m.end()):
        return False
    if _ATTRIBUTIVE_YEAR.search(before) or m.group(0).lower().startswith("fiscal"):
        return True  # "the 1992 protests", "fiscal 1989 sales": a year before a plural noun, not a count
    return not _QUANTITY_NEXT.match(text, m.end())


# a year directly before a vehicle make is a model year ("Kopp's 1987 Chevrolet Cavalier", "a 2015 Toyota
# pickup"), not a date; makes that are also surnames of presidents or planets (Ford, Lincoln, Mercury) are left out
_MODEL_YEAR_NEXT = re.compile(
    r"\s+(?-i:Chevrolet|Chevy|Toyota|Honda|Nissan|Datsun|Dodge|Buick|Cadillac|Pontiac|Oldsmobile|Chrysler"
    r"|Plymouth|Volkswagen|VW|BMW|Mercedes(?:-Benz)?|Volvo|Mazda|Hyundai|Kia|Subaru|Mitsubishi|Lada|Fiat|Peugeot"
    r"|Renault|Citro[eë]n|Porsche|Audi|Isuzu|Suzuki|Land\s+Rover|Range\s+Rover|Jaguar\s+XJ|Harley(?:-Davidson)?"
    r"|Cessna|Piper|Beechcraft)\b")


_FALL_VERB = re.compile(r"\s+(?:under|into|within|below|short|apart|behind|off|outside|foul|prey|victim|silent"
                        r"|asleep|ill|sharply|steeply|further|back|away|out)\b", F)


_FALL_OF = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:1[6-9]\d\d|20\d\d|that\s+year|this\s+year|last\s+year|next\s+year)\b)",
                      F)


def check_season(m: re.Match, text: str) -> bool:
    prev = prev_word(text, m.start("s"))
    if m.group("s").lower() == "fall" and not m.group("y") and (
            prev == "to" or _FALL_VERB.match(text, m.end()) or _FALL_OF.match(text, m.end())):
        return False  # the verb ("began to fall apart", "areas that fall under") or a downfall ("the fall of Assad")
    if m.group("rel") or m.group("y"):
        return True
    return prev in _CONTEXT_WORDS | {"early", "late"}


_VAGUE_COUNTS = {"a few", "few", "several", "many", "some", "the next few", "a number of"}


def check_duration(m: re.Match, text: str) -> bool:
    n = m.group("n").lower()
    if m.group("u").lower() == "quarter" and not m.group("lead") and re.match(r"\s+of\b", text[m.end():]):
        return False  # a fraction: "three-quarters of its food"
    after = text[m.end():]
    if n in _VAGUE_COUNTS and m.group("sep") == " " and not m.group(0).lower().endswith(("s", "-long")):
        return False  # "many weekend sporting activities": a singular after a vague count is no span (but
        # "a several-year slump" is)
    if re.match(r"\s+(?:later|earlier|sooner)\s+than\b", after, F):  # "a month later than expected": a span
        return True
    if m.group("lead") or m.group("sep") != " " or n not in ("a", "an", "one"):
        return not re.match(r"\s+(?:ago|later|earlier)\b", after, F)
    if re.match(r"\s+(?:after|before)\b", text[m.end():], F):  # "one year after he was killed"
        return True
    prev = prev_word(text, m.start())
    return prev in {"for", "in", "within", "over", "during", "after", "than", "about", "nearly", "almost",
                    "around", "roughly", "only", "just", "least", "some", "most", "up", "barely", "by"}



# --- readings -----------------------------------------------------------------------------------------


def offset(rel: str) -> int:
    rel = rel.lower().split()[-1]
    return {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]


# "today's youth", "the world of tomorrow": the present or future age, not the publication day or the next one
_GENERIC_AFTER = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:youth|young|world|society|societies|generations?|children|kids|teenagers|students"
    r"|families|consumers|technology|technologies|computers|cars|weapons|armies|warfare|dollars|standards"
    r"|economy|economies|politics|politicians|leaders|realities)\b", F)
_GENERIC_BEFORE = re.compile(r"(?<!\bas\s)\bof\s+\Z", F)


def check_deictic(m: re.Match, text: str) -> bool:
    if m.group("w").lower() not in ("today", "tomorrow"):
        return True
    if _GENERIC_AFTER.match(text, m.end()):
        return False
    of = _GENERIC_BEFORE.search(text, max(0, m.start() - 8), m.start())
    return of is None or prev_word(text, of.start()) in _DAY_NOUNS


_DAY_NOUNS = {"morning", "afternoon", "evening", "night", "end", "start", "beginning", "events", "edition",
              "editions", "session", "issue"}  # "the events of today" is today


def check_not_in_name(m: re.Match, text: str) -> bool:
    """A capitalised word after a capitalised one, or after "the", is part of a name: "Apple Daily",
    "the Daily Telegraph", "Weekly Standard" after "The"; "Daily, the ships leave" opens a sentence."""
    word = m.group(0)
    if not word[:1].isupper():
        return True
    before = text[max(0, m.start() - 30):m.start()]
    prev = re.search(r"([A-Za-z]+)\W*$", before)
    if prev is None or re.search(r"[.!?:;\n]\s*[\"'“‘]?\s*$", before):
        return True
    return not (prev.group(1)[:1].isupper() or prev.group(1).lower() == "the")

