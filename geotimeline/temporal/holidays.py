"""English names of holidays and feasts: fixed days ("Christmas Eve", "Orthodox Christmas") and movable ones
("Easter", "Orthodox Easter", "Good Friday", "Holy Week", US "Thanksgiving").

A fixed day without a year follows the tense of its clause like any year-less date. A movable one is the
latest begun by publication, the next one with "next" or in a future clause, this year's with "this",
or the one of the year named after it ("Easter 2025"). Easter dates come from dateutil (Western:
Gregorian; Orthodox: Julian computus, given as a Gregorian date).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.engine import Context, Reading, Rule
from geotimeline.temporal.english_words import YEAR, F, to_int

_FIXED = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
          "orthodox christmas": (1, 7), "new year's day": (1, 1), "new year's eve": (12, 31),
          "valentine's day": (2, 14), "independence day": (7, 4), "halloween": (10, 31)}


def _thanksgiving(y: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# movable days: name -> (the day in year y, the granularity of what the name covers)
_MOVABLE: dict[str, tuple[Callable[[int], date], str]] = {
    "easter": (lambda y: easter(y, EASTER_WESTERN), "day"),
    "easter sunday": (lambda y: easter(y, EASTER_WESTERN), "day"),
    "easter monday": (lambda y: easter(y, EASTER_WESTERN) + timedelta(days=1), "day"),
    "good friday": (lambda y: easter(y, EASTER_WESTERN) - timedelta(days=2), "day"),
    "holy week": (lambda y: easter(y, EASTER_WESTERN), "week"),  # the ISO week ending on Easter Sunday
    "easter week": (lambda y: easter(y, EASTER_WESTERN), "week"),
    "orthodox easter": (lambda y: easter(y, EASTER_ORTHODOX), "day"),
    "thanksgiving": (_thanksgiving, "day"),
    "thanksgiving day": (_thanksgiving, "day"),
}


# "last"/"next"/"this" in the three languages ("la próxima Navidad", "прошлой Пасхи")
_RELATIVE = {"last": "last", "next": "next", "this": "this", "pasada": "last", "pasado": "last",
             "próxima": "next", "próximo": "next", "proxima": "next", "proximo": "next", "esta": "this",
             "este": "this"}
_RELATIVE.update({w: "last" for w in ("прошлой", "прошлого", "прошлую", "прошлом", "прошлый", "прошлое")})
_RELATIVE.update({w: "next" for w in ("следующей", "следующего", "следующую", "следующем", "следующий",
                                        "следующее", "будущей", "будущего")})


def _name(m: re.Match) -> str:
    return re.sub(r"\s+", " ", m.group("h").lower().replace("’", "'"))


def fixed(m: re.Match, ctx: Context) -> Reading | None:
    mon, d = _FIXED[_name(m)]
    return _fixed_day(to_int(m.group("y")), mon, d, ctx, m.start())


def _fixed_day(y: int | None, mon: int, d: int, ctx: Context, start: int) -> Reading | None:
    """A fixed feast: with a year, that day; in a past or future clause like any year-less day; with no tense
    cue, the nearest one ("does it come on Christmas Eve?" a week before Christmas is this year's)."""
    if y is None and ctx.tense(start) is None:
        pub = ctx.published
        options = [date(yy, mon, d) for yy in (pub.year - 1, pub.year, pub.year + 1)]
        return rd.date_reading(cal.day(min(options, key=lambda o: (abs((o - pub).days), o > pub))))
    return rd.full_date(y, mon, d, ctx, start)


def movable(m: re.Match, ctx: Context) -> Reading:
    return _movable(_MOVABLE[_name(m)], m, ctx)


def _movable(feast: tuple[Callable[[int], date], str], m: re.Match, ctx: Context) -> Reading:
    day_in, unit = feast
    pub = ctx.published

    def period(y: int) -> cal.Period:
        return cal.period_of(unit, day_in(y))

    rel = _RELATIVE.get((m.group("rel") or "").lower(), "")
    if m.group("y"):
        p = period(int(m.group("y")))
    elif rel == "this":
        p = period(pub.year)
    elif rel == "next" or (not rel and ctx.future(m.start())):  # the next one to begin
        p = period(pub.year)
        p = p if p.start > pub else period(pub.year + 1)
    else:  # the latest one begun by publication ("last": before the publication day)
        p = period(pub.year)
        if p.start > pub or (rel == "last" and p.start == pub):
            p = period(pub.year - 1)
    return Reading("DATE", p.value, p)


# Spanish and Russian: the name's stem -> a fixed (month, day) or a movable feast
_ES_FIXED = (("nochebuena", 12, 24), ("navidad", 12, 25), ("nochevieja", 12, 31), ("año nuevo", 1, 1),
             ("reyes", 1, 6))
_RU_FIXED = (("рождеств", 1, 7), ("нов", 1, 1), ("побед", 5, 9), ("росси", 6, 12), ("единств", 11, 4))
_ES_MOVABLE = (("semana santa", _MOVABLE["holy week"]), ("viernes santo", _MOVABLE["good friday"]),
               ("pascua", _MOVABLE["easter"]))
_RU_MOVABLE = (("пасх", _MOVABLE["orthodox easter"]),)


def _fixed_in(table: tuple[tuple[str, int, int], ...]) -> Callable[[re.Match, Context], Reading | None]:
    def resolve(m: re.Match, ctx: Context) -> Reading | None:
        name = _name(m)
        mon, d = next((mm, dd) for stem, mm, dd in table if stem in name)
        return _fixed_day(to_int(m.group("y")), mon, d, ctx, m.start("h"))
    return resolve


def _movable_in(table) -> Callable[[re.Match, Context], Reading]:
    def resolve(m: re.Match, ctx: Context) -> Reading:
        name = _name(m)
        return _movable(next(feast for stem, feast in table if stem in name), m, ctx)
    return resolve


_RU_Y = rf"(?:\s+(?P<y>{YEAR})(?:\s*(?:года|году|г\.|г)(?![\w-]))?)?"
ES_RULES = (
    Rule("holiday", re.compile(
        rf"\b(?:(?:el\s+)?d[ií]a\s+de\s+)?(?P<h>(?-i:Nochebuena|Navidad|Nochevieja|A[ñn]o\s+Nuevo)|(?-i:D)[ií]a\s+de\s+"
        rf"(?-i:Reyes))(?P<rel>)(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?\b", F), _fixed_in(_ES_FIXED), None,
        ("navidad", "nochebuena", "nochevieja", "año nuevo", "ano nuevo", "reyes")),
    Rule("movable-holiday", re.compile(
        rf"\b(?:(?:la|el)\s+)?(?:(?P<rel>pasada|pasado|próxima|próximo|proxima|proximo|esta|este)\s+)?"
        rf"(?P<h>(?-i:Semana\s+Santa|Viernes\s+Santo|(?:Domingo\s+de\s+)?Pascua(?:\s+de\s+Resurrecci[oó]n)?))"
        rf"(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?\b", F), _movable_in(_ES_MOVABLE), None,
        ("semana santa", "viernes santo", "pascua")),
)
RU_RULES = (
    Rule("holiday", re.compile(
        rf"(?<![\w-])(?P<h>(?-i:Рождеств)[оаеу]\w*|(?-i:Нов)(?:ый|ого|ому|ым|ом)\s+(?:год|года|году|годом)"
        rf"|(?-i:Д)(?:ень|ня|ню|нём|нем)\s+(?:(?-i:П)обеды|(?-i:Р)оссии|народного\s+единства))(?![\w-])(?P<rel>)"
        rf"{_RU_Y}", F), _fixed_in(_RU_FIXED), None, ("рождеств", "нов", "побед", "росси", "единств")),
    Rule("movable-holiday", re.compile(
        rf"(?<![\w-])(?:(?P<rel>прошл\w+|следующ\w+|будущ\w+)\s+)?(?P<h>(?-i:Пасх)[аиуеой]\w*)(?![\w-]){_RU_Y}", F),
        _movable_in(_RU_MOVABLE), None, ("пасх",)),
)

RULES = (
    Rule("movable-holiday", re.compile(
        rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>easter(?:\s+(?:sunday|monday|week))?|orthodox\s+easter"
        rf"|good\s+friday|holy\s+week|thanksgiving(?:\s+day)?)\b(?!\s+(?:island|islands|rising|offensive|eggs?)\b)"
        rf"(?:\s+(?P<y>{YEAR}))?", F), movable, None,
        ("easter", "good friday", "holy week", "thanksgiving")),
    Rule("holiday", re.compile(
        rf"\b(?P<h>christmas\s+day|christmas\s+eve|orthodox\s+christmas|christmas|new\s+year['’]s\s+(?:day|eve)"
        rf"|valentine['’]s\s+day|independence\s+day|halloween)(?!\s+islands?\b)(?:\s+(?P<y>{YEAR}))?\b", F), fixed, None,
        ("christmas", "new year", "valentine", "independence day", "halloween")),
)
