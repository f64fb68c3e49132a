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
from geotimeline.temporal.engine import Context, Reading, Rule
from geotimeline.temporal.english_words import DAYN, MONTH, QPRE, YEAR, F, month_of, offset, to_int
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
        base = ctx.report_quarter or cal.relative("quarter", ctx.published, -1)
        p = cal.quarter(int(base.value[:4]) - 1, q)
        return Reading("DATE", p.value, p, anchor=False)
    y = y or _year_prefix(m, ctx, None)
    if y is None:
        end = _ended(m, ctx)
        if end is not None:
            y = end.start.year
        elif re.search(r"\bfiscal\b", m.group(0), F):
            # a company's fiscal quarter does not follow the calendar: it is numbered in the publication
            # year ("earned $5 million in the fiscal first quarter", published in October -> Q1 of that year)
            y = ctx.published.year
            ctx.report_fiscal = ctx.report_fiscal or ctx.report_quarter is None
    return rd.quarter_named(q, y, m.start(), ctx)


def period(m: re.Match, ctx: Context) -> Reading | None:
    """An anaphoric quarter: "the quarter", "the latest period", "the 1988 period", "the year-ago quarter",
    "last year's quarter", "the quarter ended Sept. 30" (the quarter containing that day)."""
    end = _ended(m, ctx)
    if re.search(r"\b(?:same|comparable|corresponding)\s+period\b", m.group(0), F):
        return _same_period(m, ctx)
    if end is not None:
        base = cal.period_of("quarter", end.start)
        if ctx.report_fiscal:  # "the fiscal first quarter ... For the quarter ended Sept. 30": Q3 is reported
            ctx.report_quarter, ctx.report_fiscal = base, False
    elif re.search(r"\b(?:latest|most\s+recent)\b", m.group(0), F):  # the last quarter completed
        base = cal.relative("quarter", ctx.published, -1)
    elif re.search(r"\bcurrent\b", m.group(0), F):  # the quarter under way at publication
        base = cal.period_of("quarter", ctx.published)
    elif m.group(0).lower().startswith("that"):  # "that quarter": the one mentioned last
        base = ctx.last_quarter or cal.relative("quarter", ctx.published, -1)
    else:
        base = ctx.report_quarter or cal.relative("quarter", ctx.published, -1)
    y = _year_prefix(m, ctx, int(base.value[:4]))
    if m.group("back"):  # "the quarter a year ago", "the corresponding period last year"
        y = (y or int(base.value[:4])) - 1
    if y is None:
        return Reading("DATE", base.value, base)
    p = cal.quarter(y, int(base.value[-1]))
    return Reading("DATE", p.value, p, anchor=not (m.group("ago") or m.group("back")))


def _same_period(m: re.Match, ctx: Context) -> Reading | None:
    """"the same period last year": the period mentioned last ("In January, exports rose from the same period
    last year" -> January a year before), else the report's quarter, a year back; "the same period" alone is
    the report's quarter. With neither, only "last year" is known."""
    last = ctx.last
    moved = cal.shift_period(last, -1, "year") if last is not None and last.start is not None else None
    if m.group("back") and moved is not None and moved != last and (last.granularity in _PERIODS
                                                                     or "-H" in last.value):
        p = moved
    elif ctx.report_quarter is not None:
        p = ctx.report_quarter
        p = cal.shift_period(p, -1, "year") if m.group("back") else p
    elif m.group("back"):
        p = cal.year(ctx.published.year - 1)
    else:
        return None
    return Reading("DATE", p.value, p, anchor=False)


_PERIODS = ("month", "quarter", "half", "season", "year")


def year_ago(m: re.Match, ctx: Context) -> Reading | None:
    """"year-earlier" / "year-ago" results: the quarter reported a year before, in a quarterly report."""
    base = ctx.report_quarter if ctx.report_quarter is not None else ctx.anchor()
    if base.granularity in ("quarter", "month", "half"):
        p = cal.shift_period(base, -1, "year")
        return Reading("DATE", p.value, p, anchor=False)
    return rd.later(1, "Y", -1, ctx)


def fiscal_year(m: re.Match, ctx: Context) -> Reading:
    """"the fiscal year", "the year ended March 31": a year-long period (TimeBank: DURATION P1Y)."""
    return rd.duration(1, "Y")


def report_year(m: re.Match, ctx: Context) -> Reading:
    """"the full year", "for the year", "earlier in the year": the year of the day or month mentioned last
    ("On May 4, 1995 ... later in the year"), else the publication year (a year or quarter mentioned last is
    more often a comparison: "up from 1988 ... for the full year")."""
    p = cal.year(ctx.last_day().year)
    return Reading("DATE", p.value, p)


def _rule(name: str, pattern: str, resolve, needs: tuple[str, ...]) -> Rule:
    return Rule(name, re.compile(pattern, F), resolve, None, needs)


RULES = (
    _rule("quarter", rf"\b(?:the\s+)?(?:{QPRE}\s+)?(?:fiscal[\s-])?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd"
          rf"|4th|final)[\s-](?:fiscal[\s-])?quarter\b|Q(?P<qn>[1-4]))(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})"
          rf"|,?\s+(?P<y2>{YEAR}))?(?!-\w)", quarter, ("quarter", "q1", "q2", "q3", "q4")),
    _rule("period", rf"\b(?:(?:the\s+)?{QPRE}\s+(?:quarter|period)|the\s+(?:(?:latest|most\s+recent|current|same"
          r"|comparable|corresponding)\s+)?quarter|the\s+(?:latest|most\s+recent|same|comparable|corresponding)"
          r"\s+period|that\s+quarter)\b(?!-)(?P<back>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year"
          r"|of\s+the\s+previous\s+year)\b(?!['’]))?", period, ("quarter", "period")),
    _rule("year-ago", r"\b(?:the\s+)?year[\s-](?:earlier|ago)(?:\s+(?P<n>quarter|period|month))?\b", year_ago,
          ("year",)),
    _rule("fiscal-year", r"\b(?P<x>the\s+(?:fiscal\s+)?year)(?=\s+(?:ended|ending)\b)|\b(?P<fy>the\s+fiscal\s+year)\b",
          fiscal_year, ("year",)),
    _rule("report-year", r"\b(?:(?:for|in|during|throughout|over|months\s+of)\s+(?P<x>the\s+(?:full\s+)?year)"
          r"|the\s+full\s+year)\b(?!['’-]|\s+(?:ended|ending|before|after|earlier|ago|to|that|when|in\s+which|of"
          r"|and)\b)", report_year, ("year",)),
)
