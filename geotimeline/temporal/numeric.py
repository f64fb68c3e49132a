"""Dates written in digits, shared by every grammar: "2025-10-16", "16.10.2025", "10/16/2025", "16/10/2025",
"16-10-2025", "10/13/98".

- ISO year-month-day is unambiguous.
- Day, month and year joined by dots are day-first in every language ("16.10.2025", the usual form in
  Russian and much European news and in maritime reports: "02.12.2021 1230 UTC").
- Slashes or hyphens: a part above 12 can only be the day ("16/10/2025", "10/16/2025"); when both parts
  could be the month, the language decides: English month-first ("10/11/2025" is 11 October), Spanish and
  Russian day-first (10 November).
- Years have four digits (with slashes also two, "10/13/98", read against the publication date like any
  two-digit year). Every part is bounded by something other than a digit, letter, dot, colon, slash or
  hyphen, so hull numbers ("DDG-51"), positions ("01-42.8N", "05-37-30"), clock times, version numbers and
  fractions are never dates.
"""

from __future__ import annotations

import re

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.engine import Context, Reading, Rule

_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_BEFORE = r"(?<![\w.,:/-])"
_AFTER = r"(?![\w/-]|[.,:]\d)"


def _iso(m: re.Match, ctx: Context) -> Reading | None:
    return rd.full_date(int(m["y"]), int(m["m"]), int(m["d"]), ctx, m.start())


def _dotted(m: re.Match, ctx: Context) -> Reading | None:
    return rd.full_date(int(m["y"]), int(m["b"]), int(m["a"]), ctx, m.start())


def _order(a: int, b: int, month_first: bool) -> tuple[int, int]:
    """(month, day) of two numbers written before a year."""
    if a > 12:
        return b, a
    if b > 12:
        return a, b
    return (a, b) if month_first else (b, a)


def _resolver(month_first: bool):
    def resolve(m: re.Match, ctx: Context) -> Reading | None:
        y = int(m["y"])
        if len(m["y"]) == 2:
            y = cal.expand_year(y, ctx.published)
        mon, d = _order(int(m["a"]), int(m["b"]), month_first)
        return rd.full_date(y, mon, d, ctx, m.start())
    return resolve


def rules(month_first: bool) -> tuple[Rule, ...]:
    """The numeric-date rules of a language: `month_first` orders ambiguous slashed and hyphenated dates."""
    resolve = _resolver(month_first)
    return (
        Rule("iso", re.compile(rf"{_BEFORE}(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!(?!T\d)[\w/-]|[.,:]\d)"),
             _iso, None, ("-",)),
        Rule("dotted", re.compile(rf"{_BEFORE}(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>{_YEAR})(?!\d|[.,]\d)"),
             _dotted, None, (".",)),
        Rule("slash", re.compile(rf"{_BEFORE}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{_YEAR}|\d\d){_AFTER}"),
             resolve, None, ("/",)),
        Rule("hyphen", re.compile(rf"{_BEFORE}(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>{_YEAR}){_AFTER}"),
             resolve, None, ("-",)),
    )
