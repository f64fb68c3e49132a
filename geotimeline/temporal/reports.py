"""Report periods in English business news: quarters and fiscal years, named or referred back to.

"the third quarter", "the 1988 second quarter", "last year's quarter", "the year-ago quarter", "the latest
period", "the quarter ended Sept. 30", "year-earlier results", "the fiscal year ended March 31". A quarter
named without a year is the nearest one (reports speak of recent quarters in any tense); an anaphoric one
is the quarter mentioned last, else the last completed quarter.
"""

from __future__ import annotations

import re

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.engine import Context, Reading
from geotimeline.temporal.english_words import DAYN, MONTH, YEAR, F, month_of, offset, to_int
from geotimeline.temporal.lexicon import EN_ORDINALS

_ENDED = re.compile(rf"\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended)\s+(?:on\s+)?(?P<mon>{MONTH})\s*"
                    rf"(?P<d>{DAYN})(?:,?\s+(?P<y>{YEAR}))?", F)


def _ended(m: re.Match, ctx: Context) -> cal.Period | None:
    """The day a quarter or period is said to end ("the quarter ended Sept. 30"), if it follows."""
    e = _ENDED.match(ctx.text, m.end())
    if e is None:
        return None
    r = rd.full_date(to_int(e.group("y")), month_of(e.group("mon")), to_int(e.group("d")), ctx, e.start("mon"))
    return r.period if r is not None else None


def _year_prefix(m: re.Match, ctx: Context, base_year: int | None) -> int | None:
    """The year named before a quarter: "the 1988 third quarter", "last year's", "the year-ago"."""
    if m.group("py"):
        return int(m.group("py"))
    if m.group("rel"):
        return ctx.published.year + offset(m.group("rel"))
    if m.group("ago") and base_year is not None:
        return base_year - 1
    return None


def quarter(m: re.Match, ctx: Context) -> Reading:
    q = EN_ORDINALS.get(m.group("q").lower()) if m.group("q") else int(m.group("qn"))
    q = q or 4  # "final" quarter
    y = to_int(m.group("y")) or to_int(m.group("y2"))
    if y is None and m.group("ago"):
        base = ctx.last_quarter or cal.relative("quarter", ctx.published, -1)
        p = cal.quarter(int(base.value[:4]) - 1, q)
        return Reading("DATE", p.value, p, anchor=False)
    y = y or _year_prefix(m, ctx, None)
    if y is None:
        end = _ended(m, ctx)
        if end is not None:
            y = end.start.year
    return rd.quarter_named(q, y, m.start(), ctx)


def period(m: re.Match, ctx: Context) -> Reading | None:
    """An anaphoric quarter: "the quarter", "the latest period", "the 1988 period", "the year-ago quarter",
    "last year's quarter", "the quarter ended Sept. 30" (the quarter containing that day)."""
    end = _ended(m, ctx)
    if end is not None:
        base = cal.period_of("quarter", end.start)
    elif re.search(r"\b(?:latest|most\s+recent)\b", m.group(0), F):  # the last quarter completed
        base = cal.relative("quarter", ctx.published, -1)
    else:
        base = ctx.last_quarter or cal.relative("quarter", ctx.published, -1)
    y = _year_prefix(m, ctx, int(base.value[:4]))
    if y is None:
        return Reading("DATE", base.value, base)
    p = cal.quarter(y, int(base.value[-1]))
    return Reading("DATE", p.value, p, anchor=not m.group("ago"))


def year_ago(m: re.Match, ctx: Context) -> Reading | None:
    """"year-earlier" / "year-ago" results: the quarter reported a year before, in a quarterly report."""
    base = ctx.last_quarter if ctx.last_quarter is not None else ctx.anchor()
    if base.granularity in ("quarter", "month", "half"):
        p = cal.shift_period(base, -1, "year")
        return Reading("DATE", p.value, p, anchor=False)
    return rd.later(1, "Y", -1, ctx)


def fiscal_year(m: re.Match, ctx: Context) -> Reading:
    """"the fiscal year", "the year ended March 31": a year-long period (TimeBank: DURATION P1Y)."""
    return rd.duration(1, "Y")
