"""Compound expressions: a part of a period, and a day or week placed by a named day.

- A part of a month or a year: "the first week of October" (1-7 October), "the last ten days of March",
  "the second half of next year" (H2), "the third quarter of next year", "the first two quarters of 1990"
  (H1), "the opening days of 2025" (2025, START); "the first nine months of 1997" stays, as TimeML has
  it, a duration ("the first nine months") and the year.
  A part the text counts exactly is a range of days, months or quarters; a vague one ("the first days",
  "the final months") keeps the whole period and marks its start or end, as "early October" does.
- A day of the month without its month: "on the 16th", "el pasado 16", "16-го числа": of the month of the
  day or month named just before, else of a month next to publication (the latest such day, or the next one
  in a future clause). English needs a preposition before it and no noun after it ("the 16th floor").
- A day before or after a named day: "the day before last Tuesday" (the Monday before it), "two days after
  Oct. 16"; the week or weekend holding a named day: "the week of March 6" (the ISO week).

The period named after "of" is read as it would be alone (a year-less month by the tense of its clause,
"next year" from the publication date, "the year" as the year of the date mentioned last); the part is then
cut from it, so the whole expression is one mention with one value. `part_reading` is shared by the
grammars ("la primera semana de octubre", "во второй половине следующего года"); the rules here are English.
"""

from __future__ import annotations

import calendar as _pycal
import re
from datetime import date, timedelta

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.calendar import Period
from geotimeline.temporal.engine import Context, Reading, Rule
from geotimeline.temporal.english_words import DAYN, MONTH, NUM, WD, YEAR, F, month_of, to_int, year_of
from geotimeline.temporal.lexicon import EN_WEEKDAYS, number

# "first" .. "fourth" from the start; "last" and its synonyms from the end (-1)
_ORDINALS = {"first": 1, "1st": 1, "opening": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4, "last": -1, "final": -1, "closing": -1, "latter": -1}
_ORD = r"(?P<ord>first|1st|opening|second|2nd|third|3rd|fourth|4th|last|final|closing|latter)"
_UNITS = {"half": "half", "quarter": "quarter", "quarters": "quarter", "month": "month", "months": "month",
          "week": "week", "weeks": "week", "day": "day", "days": "day", "fortnight": "fortnight"}
_OF = (rf"(?:(?P<omon>{MONTH})(?:,?\s+(?P<oy>{YEAR}))?|(?:fiscal\s+)?(?P<oyear>{YEAR})"
       r"|(?P<orel>this|last|next|the\s+current|the\s+coming|the\s+previous|the\s+past)\s+(?P<ou>year|month)"
       r"|the\s+(?P<othe>year|month))(?![\w'’-])")
_OFFSETS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}


def _whole(m: re.Match, ctx: Context) -> Period | None:
    """The period named after "of"."""
    if m.group("omon"):
        return month_whole(month_of(m.group("omon")), to_int(m.group("oy")), m.start("omon"), ctx)
    if m.group("oyear"):
        return cal.year(int(m.group("oyear")))
    if m.group("orel"):
        off = _OFFSETS[m.group("orel").lower().split()[-1]]
        return cal.relative(m.group("ou").lower(), ctx.published, off)
    unit = m.group("othe").lower()  # "the year": the year of the date mentioned last, else of publication
    return cal.period_of(unit, ctx.last_day(("day", "week", "month", unit)))


def _days(first: date, last: date) -> Period:
    return cal.day(first) if first == last else cal.span(cal.day(first), cal.day(last))


_BLOCK_DAYS = {"week": 7, "fortnight": 14, "day": 1}


def _blocks(first: date, last: date, k: int, n: int | None, size: int) -> Period | None:
    """Runs of `size` days cut from the days `first`..`last`: the k-th one ("the second week of October": days
    8-14), or the first/last n of them ("the last ten days of March"); None when they do not fit."""
    length = (last - first).days + 1
    if n is None and k > 1:
        start = first + timedelta(days=size * (k - 1))
        return _days(start, start + timedelta(days=size - 1)) if size * k <= length else None
    count = size * (n or 1)
    if count > length or (n is not None and k not in (1, -1)):
        return None
    if k == 1:
        return _days(first, first + timedelta(days=count - 1))
    return _days(last - timedelta(days=count - 1), last)


def _part_of_month(whole: Period, k: int, n: int | None, unit: str) -> Period | None:
    y, mo = whole.start.year, whole.start.month
    if unit == "half":
        if n is not None:
            return None
        return _days(whole.start, date(y, mo, 15)) if k == 1 else _days(date(y, mo, 16), whole.end)
    if unit == "dekad":  # a third of a month (Russian "декада"): days 1-10, 11-20, 21 to the end
        if n is not None or k > 3:
            return None
        first = 21 if k == -1 else 10 * (k - 1) + 1
        return _days(date(y, mo, first), date(y, mo, first + 9) if first < 21 else whole.end)
    size = _BLOCK_DAYS.get(unit)
    return None if size is None else _blocks(whole.start, whole.end, k, n, size)


def _part_of_year(whole: Period, k: int, n: int | None, unit: str) -> Period | None:
    y = whole.start.year
    if unit == "half":
        return None if n is not None or k > 2 else cal.half(y, 2 if k == -1 else k)
    if unit == "quarter":
        if n is None:
            return cal.quarter(y, 4 if k == -1 else k) if k <= 4 else None
        if n == 2 and k in (1, -1):
            return cal.half(y, 1 if k == 1 else 2)
        if n == 3 and k in (1, -1):
            return cal.span(cal.quarter(y, 1), cal.quarter(y, 3)) if k == 1 else \
                cal.span(cal.quarter(y, 2), cal.quarter(y, 4))
        return None
    if unit == "month":
        # a counted stretch of months ("the first nine months of 1997") is, in TimeML, a duration and the year
        # it is part of, two expressions: left to those rules
        return None if n is not None else cal.month(y, 12 if k == -1 else k)
    size = _BLOCK_DAYS.get(unit)
    return None if size is None else _blocks(whole.start, whole.end, k, n, size)


def month_whole(mon: int, y: int | None, start: int, ctx: Context) -> Period:
    """The month a part is cut from: of the year given, else read from the clause like a bare month."""
    return cal.month(y, mon) if y is not None else rd.month_named(mon, None, start, ctx).period


def part_reading(whole: Period | None, k: int, unit: str, count: str | None = None, language: str = "en",
                 vague: bool = False) -> Reading | None:
    """Part `k` (1.., or -1 for the last) of `whole`, a month or a year: one `unit` (half, quarter, month,
    week, fortnight, dekad, day), or the first/last `count` of them (a number in words or digits);
    `vague` ("the first days"): the whole period with its START or END marked. None when the part does not
    exist ("the fifth quarter", "the third half", "the first 2.5 weeks")."""
    if whole is None or whole.start is None:
        return None
    if vague:
        if k not in (1, -1):
            return None
        return Reading("DATE", whole.value, whole, "START" if k == 1 else "END")
    n = None
    if count is not None:
        value = number(count.lower(), language)
        if value is None or value != int(value) or value < 1:
            return None
        n = int(value)
    part = _part_of_month(whole, k, n, unit) if whole.granularity == "month" else \
        _part_of_year(whole, k, n, unit) if whole.granularity == "year" else None
    return None if part is None else Reading("DATE", part.value, part)


def latest_part(published: date, k: int, unit: str, count: str | None = None, language: str = "en",
                vague: bool = False, future: bool = False) -> Reading | None:
    """A part of a year named alone ("el tercer trimestre", "в первом полугодии"): the latest one begun by
    publication; in a future clause ("incorporará el submarino en el segundo semestre") the first one not yet
    over."""
    r = part_reading(cal.year(published.year), k, unit, count, language, vague)
    if r is None:
        return None
    if future and r.period.end is not None and r.period.end < published:
        return part_reading(cal.year(published.year + 1), k, unit, count, language, vague)
    if not future and r.period.start > published:
        r = part_reading(cal.year(published.year - 1), k, unit, count, language, vague)
    return r


def part_of(m: re.Match, ctx: Context) -> Reading | None:
    k = _ORDINALS[m.group("ord").lower()]
    unit = _UNITS[m.group("u").lower()]
    raw = m.group("n").lower() if m.group("n") else None
    vague = m.group("u").lower().endswith("s") and raw in (None, "few", "several")
    return part_reading(_whole(m, ctx), k, unit, None if vague else raw, "en", vague)


def half(m: re.Match, ctx: Context) -> Reading:
    """"the first half" alone: of the publication year, or of the year before for a second half still to come;
    in a future clause, the first one not yet over."""
    h = 1 if m.group("h").lower() in ("first", "1st") else 2
    pub = ctx.published
    if ctx.future(m.start()):  # "expects growth in the second half": the first one not yet over
        y = pub.year if (h == 2 or pub.month <= 6) else pub.year + 1
    else:
        y = pub.year if (h == 1 or pub.month > 6) else pub.year - 1
    p = cal.half(y, h)
    return Reading("DATE", p.value, p)


def _named_day(m: re.Match, ctx: Context) -> date | None:
    """The day named after "before"/"after"/"of": a weekday ("last Tuesday") or a month and day."""
    if m.group("wd"):
        rel = m.group("rel").lower() if m.group("rel") else None
        r = rd.weekday_named(EN_WEEKDAYS[m.group("wd").lower()], rel, None, m.start("wd"), ctx)
    else:
        r = rd.full_date(year_of(m.group("y")), month_of(m.group("mon")), to_int(m.group("d")), ctx,
                         m.start("mon"))
    return r.period.start if r is not None and r.period is not None else None


def day_around(m: re.Match, ctx: Context) -> Reading | None:
    """"the day before last Tuesday", "two days after Oct. 16", "a week before March 6"."""
    d = _named_day(m, ctx)
    if d is None:
        return None
    raw = m.group("n").lower()
    n = 1 if raw in ("the", "a", "one") else number(raw, "en")
    if n is None or n != int(n):
        return None
    sign = -1 if m.group("dir").lower() == "before" else 1
    unit = "week" if m.group("u").lower().startswith("week") else "day"
    return rd.day_reading(cal.shift(d, sign * int(n), unit))


def week_of(m: re.Match, ctx: Context) -> Reading | None:
    """"the week of March 6": the ISO week holding that day ("the weekend of": its weekend)."""
    d = _named_day(m, ctx)
    if d is None:
        return None
    p = cal.period_of(m.group("u").lower(), d)
    return Reading("DATE", p.value, p)


def day_of_month(m: re.Match, ctx: Context) -> Reading | None:
    """"on the 16th": day 16 of the month of the day or month mentioned just before ("On October 3 they met;
    on the 16th they signed"), else of a month next to publication: the latest such day on or before it,
    or the next one in a future clause."""
    d = int(m.group("d"))
    base = ctx.last
    if base is not None and base.start and base.granularity in ("day", "month") and m.start() - ctx.last_end < 300:
        y, mo = base.start.year, base.start.month
        return rd.day_reading(date(y, mo, d)) if d <= _pycal.monthrange(y, mo)[1] else None
    pub = ctx.published
    options = []
    for shift in (-2, -1, 0, 1, 2):
        first = cal.add_months(pub.replace(day=1), shift)
        if d <= _pycal.monthrange(first.year, first.month)[1]:
            options.append(first.replace(day=d))
    if ctx.future(m.start()):
        return rd.day_reading(next(o for o in options if o >= pub))
    return rd.day_reading([o for o in options if o <= pub][-1])


_PREPOSITION = re.compile(r"\b(?:on|by|until|till|since|from|before|after)\s+\Z", F)


def _after_preposition(m: re.Match, text: str) -> bool:
    """"on the 16th", "by the 3rd,": a preposition before it (no "the 16th floor", "the 5th Fleet")."""
    return _PREPOSITION.search(text, max(0, m.start() - 10), m.start()) is not None


_DAY = (rf"(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WD})\b(?!,?\s+{MONTH})"
        rf"|(?:{WD},?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAYN})(?:,?\s+(?P<y>{YEAR}))?")


def _rule(name: str, pattern: str, resolve, needs: tuple[str, ...]) -> Rule:
    return Rule(name, re.compile(pattern, F), resolve, None, needs)


RULES = (
    _rule("part-of", rf"\b(?:the\s+)?{_ORD}\s+(?:(?P<n>{NUM}|few|several)\s+)?(?P<u>half|quarters?|months?|weeks?"
          rf"|days?|fortnight)\s+of\s+{_OF}", part_of, (" of ",)),
    _rule("half", r"\b(?:the\s+)?(?P<h>first|second|1st|2nd)\s+half(?:\s+of\s+the\s+year)?\b(?!\s+of\b)", half,
          ("half",)),
    _rule("day-around", rf"\b(?P<n>the|a|one|{NUM})\s+(?P<u>days?|weeks?)\s+(?P<dir>before|after)\s+(?:{_DAY})",
          day_around, ("before", "after")),
    Rule("day-of-month", re.compile(r"\bthe\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)\"'’”]|\Z)"
                                    r"|\s+(?:and|or|at|when|after|before|to|in|until|till|they|he|she|it|we|the|a|an|its|their)\b)", F),
         day_of_month, _after_preposition, ("st", "nd", "rd", "th")),
    _rule("week-of", rf"\b(?:the\s+)?(?P<u>week|weekend)\s+of\s+(?:{_DAY})", week_of, ("week",)),
)
