"""Maritime and military notations in English reports: date-time groups, compact dates, 24-hour clock times.

- Date-time group (DTG): day, hour and minute run together, a zone and the month, with or without a year:
  "241240Z MAY 92", "131000Z Dec", "061530 UTC Mar 21", "201744Z SEPT.1984", "032215ZJUN91"
  -> TIME 1992-05-24T12:40; with a space after the day, a zone is needed: "10 0500 UTC Mar 09".
- Compact date: "10FEB92", "04MAY1991", "25-MAR12", "19-JAN-2008", "25-Mar-2012" (a month abbreviation between
  day and year) -> DATE. A lower-case month after a day counts only with a year or a clock time after it
  ("06 jan 2009", "15 may 95", "22 mar at 0235 local time").
- 24-hour clock with a zone or "hours": "0720Z", "1830 UTC", "0300 LT", "2256 local time", "at 1400 hours",
  optionally followed by its day ("0720Z on 14 Jan", "1325 UTC Tuesday"); without one the clock belongs
  to the day mentioned just before; with none, its day is unknown (TIME "XXXX-XX-XXT07:20", no interval).

Two-digit years are read against the publication date (`calendar.expand_year`); a date without a year is
resolved like any other day ("131000Z Dec" in a past-tense report is the latest 13 December).
"""

from __future__ import annotations

import re
from datetime import date

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.engine import Context, Reading, Rule
from geotimeline.temporal.english_words import (
    DAYN,
    MONTH,
    SHORT_YEAR,
    WD,
    YEAR,
    F,
    month_of,
    short_year,
    to_int,
)
from geotimeline.temporal.lexicon import EN_MONTH_ABBR, EN_MONTHS, EN_WEEKDAYS, alt

_UPPER_ABBR = alt([a.upper() for a in EN_MONTH_ABBR] + ["MAY"])
_CAP_ABBR = alt([a.capitalize() for a in EN_MONTH_ABBR] + ["May"])
_LOWER = alt(list(EN_MONTH_ABBR) + list(EN_MONTHS))


def _year(m: re.Match, ctx: Context) -> int | None:
    return to_int(m.group("y")) or short_year(m.group("yy"), ctx.published)


def _day(m: re.Match, ctx: Context, mon: str, d: str) -> date | None:
    r = rd.full_date(_year(m, ctx), month_of(mon), to_int(d), ctx, m.start())
    return r.period.start if r is not None else None


def _dtg(m: re.Match, ctx: Context) -> Reading | None:
    d = _day(m, ctx, m.group("mon"), m.group("d"))
    return None if d is None else rd.clock(int(m.group("h")), int(m.group("mi")), None, d)


def _compact(m: re.Match, ctx: Context) -> Reading | None:
    return rd.full_date(_year(m, ctx), month_of(m.group("mon")), int(m.group("d")), ctx, m.start())


def _clock(m: re.Match, ctx: Context) -> Reading | None:
    if m.group("wd"):
        d = cal.weekday_in_context(EN_WEEKDAYS[m.group("wd").lower()], ctx.published, ctx.future(m.start()))
    elif m.group("mon"):
        d = _day(m, ctx, m.group("mon"), m.group("d"))
    elif m.group("mon2"):
        d = _day(m, ctx, m.group("mon2"), m.group("d2"))
    else:  # no day named with it: the day mentioned just before, if any
        return rd.clock(int(m.group("h")), int(m.group("mi")), None, ctx.anchor_day(m.start()))
    return None if d is None else rd.clock(int(m.group("h")), int(m.group("mi")), None, d)


def _lower(m: re.Match, ctx: Context) -> Reading | None:
    return rd.full_date(_year(m, ctx), month_of(m.group("mon")), int(m.group("d")), ctx, m.start())


_YEAR_TAIL = rf"(?:\s*\.?,?\s*(?P<y>{YEAR})|\s*(?P<yy>{SHORT_YEAR}))"
_NEEDS_DIGITS = ("0", "1", "2", "3")

RULES = (
    Rule("dtg", re.compile(rf"(?<![\w.,:/-])(?P<d>0[1-9]|[12]\d|3[01])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*"
                           rf"(?:Z|UTC|GMT|LT|L)?\s*(?P<mon>{MONTH}){_YEAR_TAIL}?", F), _dtg, None, _NEEDS_DIGITS),
    # with a space after the day and a zone: "At 10 0500 UTC Mar 09" (the number after the month is the year,
    # as in any DTG; without one, no digits may follow)
    Rule("dtg-spaced", re.compile(rf"(?<![\w.,:/-])(?P<d>0?[1-9]|[12]\d|3[01])\s(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*"
                                  rf"(?-i:Z|UTC|GMT|LT)\s*(?P<mon>{MONTH})(?:{_YEAR_TAIL}|(?![\s.,]*\d))", F), _dtg, None,
         _NEEDS_DIGITS),
    Rule("dtg-compact", re.compile(rf"(?<![\w.,:/-])(?P<d>0[1-9]|[12]\d|3[01])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)"
                                   rf"(?-i:Z|UTC|GMT|LT|L)?(?-i:(?P<mon>{_UPPER_ABBR}))(?:(?P<y>{YEAR})|(?P<yy>\d{{2}}))"
                                   rf"(?!\w)"), _dtg, None, _NEEDS_DIGITS),
    Rule("compact-date", re.compile(rf"(?<![\w.,:/-])(?P<d>[0-3]?\d)(?-i:(?P<mon>{_UPPER_ABBR}))"
                                    rf"(?:(?P<y>{YEAR})|(?P<yy>\d{{2}}))(?!\w)"), _compact, None, _NEEDS_DIGITS),
    # "25-MAR12", "19-JAN-2008", "25-Mar-2012"
    Rule("compact-date-hyphen", re.compile(rf"(?<![\w.,:/-])(?P<d>[0-3]?\d)-(?-i:(?P<mon>{_UPPER_ABBR}|{_CAP_ABBR}(?=-)))"
                                           rf"-?(?:(?P<y>{YEAR})|(?P<yy>\d{{2}}))(?![\w-])"), _compact, None, ("-",)),
    # a lower-case month after a day, taken only with a year or a clock time after it: "06 jan 2009",
    # "boarded 22 mar at 0235 local time" (not "group 1 may act")
    Rule("lower-day-month", re.compile(rf"(?<![\w.,:/-])(?P<d>[0-3]?\d)\s+(?-i:(?P<mon>{_LOWER}))\.?"
                                       rf"(?:,?\s+(?P<y>{YEAR})|\s+(?P<yy>{SHORT_YEAR})|(?=,?\s+at\s+[0-2]\d[0-5]\d\b))"), _lower, None,
         _NEEDS_DIGITS),
    Rule("clock-24h", re.compile(
        rf"(?<![\w.,:/$€£-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*(?-i:Z|UTC|GMT|LT)\b|\s+(?:local\s+time|local"
        rf"|hrs)\b|(?<=\bat\s\d{{4}})\s+hours\b)"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})\b|(?P<d>{DAYN})\s+(?P<mon>{MONTH}){_YEAR_TAIL}?"
        rf"|(?P<mon2>{MONTH})\s*(?P<d2>{DAYN})))?", F), _clock, None, _NEEDS_DIGITS),
)
