"""Language-independent readings shared by the grammars: a matched piece of text -> TIMEX3 type and value.

The grammars find words; these functions know what the words mean once numbers, units, months and
weekdays have been looked up: a full date, a month named without a year, "N units ago", "N units later",
a duration, a set, a clock time, a reference to the present/past/future.
"""

from __future__ import annotations

import calendar as _pycal
import re
from datetime import date

from geotimeline.temporal import calendar as cal
from geotimeline.temporal.calendar import Period
from geotimeline.temporal.engine import Context, Reading
from geotimeline.temporal.lexicon import duration_value, roman

UNIT_NAMES = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
              "DE": "decade", "CE": "century", "H": "day", "MIN": "day", "S": "day", "SE": "season"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def date_reading(p: Period | None, type_: str = "DATE", mod: str | None = None) -> Reading | None:
    return None if p is None else Reading(type_, p.value, p, mod)


def full_date(y: int | None, m: int, d: int, ctx: Context, start: int, weekday: int | None = None) -> Reading | None:
    """Day d of month m. A weekday named with it ("Monday, Oct. 26") picks the year, among the publication
    year and the years either side, in which that day falls on that weekday, if exactly one does. Otherwise,
    without a year, by the tense of its clause (`Context.tense`):

    - future ("will meet on 6 March", "by Jan. 14"): the first one on or after the publication day, give or
      take a month ("will mark the Aug. 7 anniversary" on Aug. 20 is this year's);
    - present ("Congress reconvenes Jan. 24"): the nearest one, the past winning ties (schedules are
      written in the present tense);
    - past, or no cue (news reports what happened): the latest one on or before the publication day.
    """
    if y is None:
        pub = ctx.published
        options = [date(yy, m, d) for yy in (pub.year - 1, pub.year, pub.year + 1) if _valid(yy, m, d)]
        if not options:
            return None
        fitting = [o for o in options if o.weekday() == weekday]
        if len(fitting) == 1:
            return date_reading(cal.day(fitting[0]))
        tense = ctx.tense(start)
        if tense == "future":
            chosen = next((o for o in options if (o - pub).days >= -_FUTURE_SLACK_DAYS), options[-1])
        elif tense in ("present", "conditional"):
            chosen = min(options, key=lambda o: (abs((o - pub).days), o > pub))
        else:
            chosen = ([o for o in options if o <= pub] or options[:1])[-1]
            ahead = [o for o in options if 0 < (o - pub).days <= _SOON_DAYS]
            if (ahead and (pub - chosen).days > 365 - _SOON_DAYS and not ctx.past_verb_before(start)
                    and not _FRONTED.search(ctx.text, max(0, start - 12), start)
                    and (_AHEAD_CUE.search(ctx.text, max(0, start - 40), start)
                         or _DETERMINER.match(ctx.text, start) or ctx.intended(start)
                         or tense is None and _PURPOSE_AFTER.match(ctx.text, _span_end(ctx, start)))):
                chosen = ahead[0]
        return date_reading(cal.day(chosen))
    if not _valid(y, m, d):
        return None
    return date_reading(cal.day(date(y, m, d)))


# before "a year ago/earlier": a figure or a comparing word
_COMPARED = re.compile(r"(?:\d(?:\s*(?:%|percent|cents?(?:\s+a\s+share)?|million|billion))?,?"
                       r"|\b(?:from|with|than|versus))\s+\Z", re.I)
_FUTURE_SLACK_DAYS = 31
_FRONTED_REACH = 100  # characters after a fronted weekday searched for the verb it dates
_SOON_DAYS = 35
# A year-less day a few weeks ahead wins over one eleven months back only where the clause does not date
# what happened: "the Jan. 14 deadline" (a determiner before it), "to testify on Feb. 2" (an infinitive of
# intent, not an attempt: "tried to board on 27 Jan" happened), "a ceremony on March 12 to mark ..." (an
# infinitive of purpose after it, in a clause with no tense of its own); never a fronted "On 2 February,
# ..." nor a past clause's adverbial ("was fired upon 30 Jan"), nor a verbless report line ("Possible
# mothership activity on 22 Apr.", "reports attempt to board 27 Jan").
_FRONTED = re.compile(r"(?:^|[.:;!?]\s+|\n\s*)(?:on|el|в)\s+$", re.I)
_DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her|this|that)\s", re.I)  # in the span or before it
_AHEAD_CUE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)\s+|(?<!\battempt\s)(?<!\battempts\s)"
                        r"(?<!\battempted\s)(?<!\btried\s)(?<!\btrying\s)(?<!\btry\s)(?<!\bmanaged\s)"
                        r"(?<!\bfailed\s)\bto\s+[a-z]+\s+(?:[a-z]+\s+)?on\s+)$", re.I)
_PURPOSE_AFTER = re.compile(r",?\s+to\s+(?!be\b)[a-z]+\b")


def _span_end(ctx: Context, start: int) -> int:
    """The end of the expression being resolved (the start itself when it is not the current one)."""
    s, e = ctx.current
    return e if s <= start < e else start


_PRESENT_AHEAD_MONTHS = 5  # a month named in a present-tense clause may be one of the next five


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _pycal.monthrange(y, m)[1] and 1 <= y <= 9999


def day_range(y: int | None, m: int, d1: int, d2: int, ctx: Context, start: int,
              m2: int | None = None) -> Reading | None:
    a = full_date(y, m, d1, ctx, start)
    if a is None:
        return None
    y0 = a.period.start.year
    m2 = m2 or m
    if not _valid(y0, m2, d2):
        return None
    b = date(y0 if m2 >= m else y0 + 1, m2, d2)
    if b < a.period.start:
        return None
    p = Period(f"{a.period.value}..{b.isoformat()}", a.period.start, b, "range")
    return Reading("DATE", p.value, p)


def month_named(m: int, y: int | None, start: int, ctx: Context) -> Reading:
    """A month; without a year the latest one (the current month included), the next one in a future clause
    ("will meet in March"), the nearer one in a present-tense clause ("the vote is in March") or after an
    infinitive of intent ("agreed to buy the line in February")."""
    if y is not None:
        return Reading("DATE", f"{y:04d}-{m:02d}", cal.month(y, m))
    tense = ctx.tense(start)
    if tense in ("present", "conditional") or ctx.intended(start):
        ahead = (m - ctx.published.month) % 12
        p = cal.month_in_context(m, ctx.published, 0 < ahead <= _PRESENT_AHEAD_MONTHS)
    elif tense is None and (m - ctx.published.month) % 12 == 1 and _adverbial_ahead(start, ctx):
        p = cal.month_in_context(m, ctx.published, True)  # the month after publication, with no tense to say
    else:
        p = cal.month_in_context(m, ctx.published, tense == "future")
    return Reading("DATE", p.value, p)


def _adverbial_ahead(start: int, ctx: Context) -> bool:
    """May a month with no tense in its clause be the coming one? Not when it opens the sentence ("In
    December, the navy withdrew": a narrative), nor inside a range, whose word decides ("since December",
    "desde mediados de diciembre", "с декабря"; "until" is a deadline), nor as the object of a past verb."""
    before = ctx.text[max(0, start - 40):start]
    return not (_OPENS.search(before) or _RANGE_WORD.search(before) or ctx.past_verb_before(start))


_OPENS = re.compile(r"(?:^|[.!?;:\n]\s*)[\"'“]?\s*(?:(?:in|en|в|во|by|since|desde|от|с)\s+)?(?:(?:early|late|mid|"
                    r"a\s+(?:principios|mediados|finales)\s+de|в\s+(?:начале|середине|конце))[\s-]+)?\Z", re.I)
_RANGE_WORD = re.compile(r"(?<![\w-])(?:since|desde|с|со|from|a\s+partir|until|till|hasta|до)(?![\w-])", re.I)


def month_of_relative_year(m: int, offset: int, ctx: Context) -> Reading:
    """"July last year", "noviembre del año pasado", "ноябре прошлого года"."""
    p = cal.month(ctx.published.year + offset, m)
    return Reading("DATE", p.value, p)


def weekday_named(wd: int, rel: str | None, part: str | None, start: int, ctx: Context,
                  event: bool = False) -> Reading:
    """rel: None, "last", "next" or "this"; part: morning/afternoon/evening/night or None. `event`: the
    weekday names an event rather than the time of the clause's verb ("Tuesday's ruling"): the tense of
    the clause does not move it, it is the latest one on or before publication."""
    if rel == "last":
        d = cal.weekday_in_context(wd, ctx.published, False, strict=True)
    elif rel == "next":
        d = cal.weekday_in_context(wd, ctx.published, True)
    elif event:
        d = cal.weekday_in_context(wd, ctx.published, False)
    else:
        # the clause's tense before the weekday; a fronted one ("On Tuesday, the league will ...") takes the
        # verb after it. A present tense ("the leaders meet Monday") is the nearer of the two weekdays.
        fronted = ctx.fronted(start)
        tense = ctx.tense(start, after=fronted, reach=_FRONTED_REACH if fronted else 0)
        ahead_tense = tense in ("future", "conditional")  # "said they would meet Friday": the coming one
        d = cal.weekday_in_context(wd, ctx.published, ahead_tense)
        if tense == "present" or (not ahead_tense and ctx.intended(start)):
            ahead = cal.weekday_in_context(wd, ctx.published, True)
            if (ahead - ctx.published) < (ctx.published - d):
                d = ahead
    return day_reading(d, part)


def day_reading(d: date, part: str | None = None) -> Reading:
    p = cal.day(d)
    if part:
        code = PARTS_OF_DAY[part]
        return Reading("TIME", f"{p.value}T{code}", p)
    return Reading("DATE", p.value, p)


def relative_unit(unit: str, offset: int, ctx: Context) -> Reading:
    """this/last/next week, month, year, quarter, weekend, decade, century."""
    p = cal.relative(unit, ctx.published, offset)
    return Reading("DATE", p.value, p)


def ago(n: float | None, unit_code: str, ctx: Context) -> Reading:
    """N units before the publication date, at the unit's granularity ("two weeks ago" -> a week)."""
    if n is None or n != int(n) or unit_code in ("H", "MIN", "S"):
        return Reading("DATE", "PAST_REF")
    unit = UNIT_NAMES[unit_code]
    if unit == "year" and ctx.last is not None and ctx.last.granularity == "quarter":
        # "sales rose from $5 million a year ago": the same quarter a year before
        p = cal.shift_period(ctx.last, -int(n), "year")
        return Reading("DATE", p.value, p, anchor=False)
    compared = _year_before_report(n, unit, ctx)
    if compared is not None:
        return compared
    if unit in ("decade", "century"):  # "a decade ago" is about ten years back, not the decade before this one
        p = cal.year(cal.shift(ctx.published, -int(n), unit).year)
        return Reading("DATE", p.value, p, mod="APPROX")
    p = cal.period_of(unit, cal.shift(ctx.published, -int(n), unit))
    return Reading("DATE", p.value, p)


def _year_before_report(n: float, unit: str, ctx: Context) -> Reading | None:
    """In a quarterly report, a figure compared with "a year ago" / "a year earlier" ("up from $4.5 million a
    year earlier", "compared with 40% a year ago") is the report's quarter a year before, not the year before
    publication nor a year before the date mentioned last."""
    s = ctx.current[0]
    if unit != "year" or n != 1 or ctx.report_quarter is None or not _COMPARED.search(ctx.text, max(0, s - 40), s):
        return None
    p = cal.shift_period(ctx.report_quarter, -1, "year")
    return Reading("DATE", p.value, p, anchor=False)


def later(n: float | None, unit_code: str, sign: int, ctx: Context) -> Reading | None:
    """N units after/before the date mentioned last (the publication date when none was)."""
    if n is None or n != int(n) or unit_code in ("H", "MIN", "S"):
        return None
    unit = UNIT_NAMES[unit_code]
    compared = _year_before_report(n, unit, ctx) if sign < 0 else None
    if compared is not None:
        return compared
    base = ctx.anchor()
    if base.start is None:
        return None
    moved = cal.shift(base.start, sign * int(n), unit)
    g = base.granularity or "day"
    if g == "day" or cal.RANK.get(g, 9) >= cal.RANK.get(unit, 9):
        p = cal.period_of(unit, moved)
    else:
        p = cal.period_of(g, moved)
    return Reading("DATE", p.value, p, anchor=False)


def anaphoric_day(offset: int, ctx: Context, part: str | None = None) -> Reading:
    """"the same day" (0), "the next day" (1), "the day before" (-1): relative to the day mentioned last.
    With no day mentioned before, "the same day" is the publication day, but the day before or after is not
    the one before or after publication: it is a day the text does not give ("XXXX-XX-XX", no interval)."""
    base = ctx.last
    if base is not None and base.granularity == "day" and base.start:
        d = base.start
    elif offset == 0:
        d = ctx.published
    else:
        return Reading("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{PARTS_OF_DAY[part]}" if part else ""))
    return day_reading(cal.shift(d, offset, "day"), part)


def anaphoric_weekday(wd: int, direction: int, part: str | None, ctx: Context) -> Reading:
    """"the previous Friday" (-1), "the following Monday" (1): the weekday before or after the day mentioned
    last (the publication day when none was)."""
    base = ctx.anchor()
    d = base.start if base.granularity == "day" and base.start else ctx.published
    if direction < 0:
        d = cal.weekday_in_context(wd, d, False, strict=True)
    else:
        d = cal.weekday_in_context(wd, d, True)
    return day_reading(d, part)


def anaphoric_unit(unit: str, offset: int, ctx: Context) -> Reading:
    """"the following week", "the previous year", "that month": the unit around the date mentioned last."""
    base = ctx.anchor()
    d = base.start or ctx.published
    p = cal.period_of(unit, cal.shift(d, offset, unit))
    return Reading("DATE", p.value, p)


def duration(n: float | None, unit_code: str, mod: str | None = None) -> Reading:
    return Reading("DURATION", duration_value(n, unit_code), None, mod)


def set_of(unit_code: str, value: str | None = None) -> Reading:
    return Reading("SET", value or duration_value(1, unit_code))


def set_every(n: float | None, unit_code: str) -> Reading:
    """"every two weeks", "cada dos años", "каждые два часа": a set with that period (P2W, P2Y, PT2H)."""
    return Reading("SET", duration_value(n, unit_code))


def ref(kind: str, ctx: Context) -> Reading:
    if kind == "PRESENT_REF":
        p = cal.day(ctx.published)
        return Reading("DATE", kind, Period(kind, p.start, p.end, "day"))
    return Reading("DATE", kind)


def clock(h: int, minute: int, ampm: str | None, d: date | None) -> Reading | None:
    """A clock time on day `d`; without a day (None) the value leaves the date unspecified
    ("XXXX-XX-XXT12:30") and the reading covers no days."""
    if ampm:
        a = ampm.lower().replace(".", "").strip()
        if h > 12 or h == 0:
            return None
        if a == "pm" and h != 12:
            h += 12
        elif a == "am" and h == 12:
            h = 0
    if h > 23 or minute > 59:
        return None
    if d is None:
        return Reading("TIME", f"XXXX-XX-XXT{h:02d}:{minute:02d}")
    p = cal.day(d)
    return Reading("TIME", f"{p.value}T{h:02d}:{minute:02d}", p)


def year_value(y: int) -> Reading:
    return Reading("DATE", f"{y:04d}", cal.year(y))


def season_named(code: str, y: int | None, offset: int | None, start: int, ctx: Context) -> Reading:
    """A season: with a year, that one; with this/last/next, relative to the current season; bare, the
    current or most recent one (the coming one in a future clause)."""
    if y is not None:
        p = cal.season(y, code)
    elif offset is None:
        p = cal.season_in_context(code, ctx.published, ctx.future(start))
    elif offset == 0:
        p = cal.season(ctx.published.year - (1 if code == "WI" and ctx.published.month <= 2 else 0), code)
    else:
        current = cal.season_in_context(code, ctx.published, False)
        if offset < 0:
            p = current if current.end < ctx.published else cal.season(int(current.value[:4]) - 1, code)
        else:
            p = cal.season_in_context(code, ctx.published, True)
            if p.start <= ctx.published:
                p = cal.season(int(p.value[:4]) + 1, code)
    return Reading("DATE", p.value, p)


def quarter_named(q: int, y: int | None, start: int, ctx: Context) -> Reading:
    """A quarter; without a year the nearest one (ties to the past): reports speak of recent quarters
    in any tense ("expects fourth-quarter profit")."""
    current = (ctx.published.month - 1) // 3 + 1
    ahead = (q - current) % 4
    p = cal.quarter(y, q) if y is not None else cal.quarter_in_context(q, ctx.published, 0 < ahead < 2)
    return Reading("DATE", p.value, p)


def century_roman(numeral: str) -> Reading | None:
    """"el siglo XX", "XIX век": the century by its Roman numeral (value "19" for the twentieth)."""
    n = roman(numeral)
    if n is None or not 1 <= n <= 22:
        return None
    p = cal.century(n)
    return Reading("DATE", p.value, p)

