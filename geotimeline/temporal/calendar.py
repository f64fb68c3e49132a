"""Calendar periods: ISO-TimeML values with the interval of days they cover.

A `Period` is what a DATE/TIME expression denotes: a value (`2025-10`), its first and last day and a
granularity. Seasons are meteorological (northern hemisphere): spring Mar-May (SP), summer Jun-Aug (SU),
autumn Sep-Nov (FA), winter Dec-Feb (WI, named by the year of its December). Weeks are ISO weeks.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, replace
from datetime import date, timedelta

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNITS = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
# coarseness of granularities, for choosing between a unit and an anchor's precision
RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5, "decade": 6,
        "century": 7, "range": 8}


@dataclass(frozen=True, slots=True)
class Period:
    value: str
    start: date | None
    end: date | None
    granularity: str | None


def day(d: date) -> Period:
    return Period(d.isoformat(), d, d, "day")


def month(y: int, m: int) -> Period:
    last = _cal.monthrange(y, m)[1]
    return Period(f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last), "month")


def year(y: int) -> Period:
    return Period(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def quarter(y: int, q: int) -> Period:
    first = month(y, 3 * q - 2)
    return Period(f"{y:04d}-Q{q}", first.start, month(y, 3 * q).end, "quarter")


def half(y: int, h: int) -> Period:
    # a half year has no granularity of its own in the contract: it is reported as a range of months
    return Period(f"{y:04d}-H{h}", date(y, 6 * h - 5, 1), month(y, 6 * h).end, "range")


def season(y: int, code: str) -> Period:
    m = SEASON_MONTHS[code]
    first = date(y, m, 1)
    last_month_year, last_month = (y + 1, 2) if code == "WI" else (y, m + 2)
    return Period(f"{y:04d}-{code}", first, month(last_month_year, last_month).end, "season")


def week(d: date) -> Period:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return Period(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Period:
    w = week(d)
    return Period(w.value + "-WE", w.start + timedelta(days=5), w.end, "week")


def decade(y: int) -> Period:
    d0 = y - y % 10
    return Period(f"{d0 // 10:03d}", date(d0, 1, 1), date(d0 + 9, 12, 31), "decade")


def century(c: int) -> Period:
    """The c-th century, as TimeML writes it (20th century -> "19", years 1901-2000 approximated 1900-1999)."""
    y0 = (c - 1) * 100
    return Period(f"{c - 1:02d}", date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31), "range")


def expand_year(yy: int, published: date) -> int:
    """A two-digit year ("09", "'85") as the latest year ending in those digits that is at most ten years
    after the publication year (published 2010: "09" -> 2009, "99" -> 1999; published 1990: "89" -> 1989)."""
    y = published.year // 100 * 100 + 100 + yy
    while y > published.year + 10:
        y -= 100
    return y


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def period_of(unit: str, d: date) -> Period:
    """The period of granularity `unit` that contains day `d`."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "weekend":
        return weekend(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if unit == "season":
        code = season_code_of(d)
        return season(d.year - 1 if d.month <= 2 else d.year, code)
    if unit == "decade":
        return decade(d.year)
    if unit == "century":
        return century(d.year // 100 + 1)
    return year(d.year)


def season_code_of(d: date) -> str:
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def shift(d: date, n: int, unit: str) -> date:
    """Day `d` moved by n units (months clip to the month's last day)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return add_months(d, n * months.get(unit, 12))


def relative(unit: str, published: date, n: int) -> Period:
    """`this` (n=0), `last` (n=-1), `next` (n=1) unit, counted from the publication day."""
    return period_of(unit, shift(published, n, unit))


def month_in_context(m: int, published: date, future: bool) -> Period:
    """A month named without a year: the latest one not after the publication month (or the next one
    not before it when the sentence speaks of the future)."""
    y = published.year
    if future and m < published.month:
        y += 1
    elif not future and m > published.month:
        y -= 1
    return month(y, m)


def season_in_context(code: str, published: date, future: bool, offset: int = 0) -> Period:
    """A season named without a year: the current/most recent one (or the coming one), moved by offset."""
    # pick the occurrence of `code` nearest the right side of the publication day
    candidates = [season(y, code) for y in (published.year - 1, published.year, published.year + 1)]
    if future:
        chosen = next(p for p in candidates if p.end >= published)
    else:
        chosen = [p for p in candidates if p.start <= published][-1]
    y = int(chosen.value[:4]) + offset
    return season(y, code)


def weekday_in_context(wd: int, published: date, future: bool, strict: bool = False) -> date:
    """The most recent weekday `wd` (0=Monday) on or before the publication day, or the next one after it
    when the sentence speaks of the future. `strict` excludes the publication day itself."""
    if future:
        delta = (wd - published.weekday()) % 7 or 7
        return published + timedelta(days=delta)
    delta = (published.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return published - timedelta(days=delta)


def quarter_in_context(q: int, published: date, future: bool) -> Period:
    current = (published.month - 1) // 3 + 1
    y = published.year
    if future and q < current:
        y += 1
    elif not future and q > current:
        y -= 1
    return quarter(y, q)


def shift_period(p: Period, n: int, unit: str) -> Period:
    """Period `p` moved by n units, keeping its granularity (a quarter a year earlier is a quarter)."""
    if unit == "year" and len(p.value) == 7 and p.value[4:6] == "-H" and p.value[:4].isdigit():
        return half(int(p.value[:4]) + n, int(p.value[6]))  # a half is a range of two quarters
    if p.start is None or p.granularity in (None, "range"):
        return p
    moved = shift(p.start, n, unit)
    return period_of(p.granularity, moved) if p.granularity != "day" else day(moved)


def with_value(p: Period, value: str) -> Period:
    return replace(p, value=value)


def span(a: Period, b: Period) -> Period:
    """A closed range from the start of `a` to the end of `b`."""
    return Period(f"{a.value}..{b.value}", a.start, b.end, "range")
