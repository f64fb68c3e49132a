"""English grammar: the patterns that find temporal expressions and how each reads.

Spans follow TimeBank: determiners and modifiers are inside ("the third quarter", "early October"),
prepositions are outside ("on Friday" -> "Friday"), except the range words that the engine adds
("since September", "from May 4 to 9"). Month names are matched case-sensitively, and the bare words
"May", "March" and "fall" need a preposition or determiner before them, so the verbs never become dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.compounds import RULES as COMPOUND_RULES
from geotimeline.temporal.daytime import RULES as DAYTIME_RULES
from geotimeline.temporal.engine import Context, Grammar, Reading, Rule
from geotimeline.temporal.english_words import (
    ANY_YEAR,
    DAYN,
    MONTH,
    MONTH_FULL,
    NUM,
    PART,
    SEASON,
    SHORT_YEAR,
    UNIT,
    VAGUE,
    WD,
    YEAR,
    F,
    check_deictic,
    check_duration,
    check_month,
    check_not_in_name,
    check_season,
    check_year,
    month_of,
    offset,
    short_year,
    to_int,
    year_of,
)
from geotimeline.temporal.holidays import RULES as HOLIDAY_RULES
from geotimeline.temporal.lexicon import (
    EN_MONTHS,
    EN_SEASONS,
    EN_UNITS,
    EN_VAGUE,
    EN_WEEKDAYS,
    alt,
    number,
)
from geotimeline.temporal.military import RULES as MILITARY_RULES
from geotimeline.temporal.names import EN_NAMES
from geotimeline.temporal.numeric import rules as numeric_rules
from geotimeline.temporal.reports import RULES as REPORT_RULES


def _wd(m: re.Match) -> int | None:
    """The weekday named with a date ("Monday, Oct. 26"), if any."""
    return EN_WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None


def _md(m: re.Match, ctx: Context) -> Reading | None:
    if m.group("d2"):
        mon2 = month_of(m.group("mon2")) if m.group("mon2") else None
        return rd.day_range(year_of(m.group("y")), month_of(m.group("mon")), to_int(m.group("d")),
                            to_int(m.group("d2")), ctx, m.start(), mon2)
    return rd.full_date(year_of(m.group("y")), month_of(m.group("mon")), to_int(m.group("d")), ctx, m.start(),
                        _wd(m))


def _dm(m: re.Match, ctx: Context) -> Reading | None:
    y = to_int(m.group("y")) or short_year(m.group("yy"), ctx.published)
    if m.group("d2"):
        return rd.day_range(y, month_of(m.group("mon")), to_int(m.group("d")), to_int(m.group("d2")), ctx,
                            m.start())
    return rd.full_date(y, month_of(m.group("mon")), to_int(m.group("d")), ctx, m.start(), _wd(m))


def _month_year(m: re.Match, ctx: Context) -> Reading:
    return rd.month_named(month_of(m.group("mon")), year_of(m.group("y")), m.start(), ctx)


def _month(m: re.Match, ctx: Context) -> Reading:
    return rd.month_named(month_of(m.group("mon")), None, m.start(), ctx)


def _rel_month(m: re.Match, ctx: Context) -> Reading:
    mon, rel = month_of(m.group("mon")), m.group("rel").lower()
    pub = ctx.published
    if rel.startswith("last"):
        y = pub.year if mon < pub.month else pub.year - 1
        if (pub.month - mon) % 12 == 1:  # the month just gone is "last month": "last February" on 1 March
            y -= 1  # is the one a year before
    elif rel.endswith("past"):
        y = pub.year if mon < pub.month else pub.year - 1
    elif rel.startswith("next") or rel.endswith("coming"):
        y = pub.year if mon > pub.month else pub.year + 1
    else:
        y = pub.year
    return rd.month_named(mon, y, m.start(), ctx)


def _year(m: re.Match, ctx: Context) -> Reading:
    return rd.year_value(int(m.group("y")))


def _year_range(m: re.Match, ctx: Context) -> Reading | None:
    y1, tail = int(m.group("y1")), m.group("y2")
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    if y2 <= y1 or y2 - y1 > 50:
        return None
    a, b = cal.year(y1), cal.year(y2)
    p = cal.span(a, b)
    return Reading("DATE", p.value, p)


def _decade(m: re.Match, ctx: Context) -> Reading:
    if m.group("full"):
        y = int(m.group("full"))
    elif m.group("short"):
        y = 1900 + int(m.group("short")) * 10
        y = y + 100 if y + 100 <= ctx.published.year else y
    else:
        words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
        y = 1900 + 10 * words[m.group("word").lower()]
    p = cal.decade(y)
    return Reading("DATE", p.value, p)


def _century(m: re.Match, ctx: Context) -> Reading:
    p = cal.century(int(m.group("n")))
    return Reading("DATE", p.value, p)


def _rel_unit(m: re.Match, ctx: Context) -> Reading:
    unit = m.group("u").lower()
    rel = m.group("rel").lower()
    if m.group("latest"):  # "the latest fiscal year": the last one completed
        return rd.relative_unit(unit, -1, ctx)
    if rel in ("past", "the past") and unit in ("decade", "century"):  # "over the past decade": ten years to now
        return rd.duration(1, "DE" if unit == "decade" else "CE")
    if rel in ("the previous", "the following", "the next", "that"):
        off = {"the previous": -1, "the following": 1, "the next": 1, "that": 0}[rel]
        return rd.anaphoric_unit(unit, off, ctx)
    return rd.relative_unit(unit, offset(rel), ctx)


def _season(m: re.Match, ctx: Context) -> Reading | None:
    code = EN_SEASONS[m.group("s").lower()]
    rel = m.group("rel")
    y = year_of(m.group("y"))
    if rel and rel.lower() == "that":  # "That fall, the talks collapsed": the year mentioned last
        if ctx.last is None or ctx.last.start is None:
            return None
        y = y or ctx.last.start.year - (1 if code == "WI" and ctx.last.start.month <= 2 else 0)
        rel = None
    off = None if not rel else (0 if rel.lower() == "this" else offset(rel))
    return rd.season_named(code, y, off, m.start(), ctx)


def _weekday(m: re.Match, ctx: Context) -> Reading:
    wd = EN_WEEKDAYS[m.group("wd").lower()]
    part = m.group("part").lower() if m.group("part") else None
    if m.group("pl"):
        return rd.set_of("W", f"XXXX-WXX-{wd + 1}" + (f"T{rd.PARTS_OF_DAY[part]}" if part else ""))
    rel = m.group("rel")
    rel = None if not rel else rel.lower().split()[-1]
    rel = {"past": "last", "coming": "next"}.get(rel, rel)
    if rel in ("previous", "preceding", "following"):
        return rd.anaphoric_weekday(wd, 1 if rel == "following" else -1, part, ctx)
    # "Tuesday's ruling": a possessive weekday names an event already known, whatever the clause's tense
    event = re.match(r"['’]s\b", ctx.text[m.end("wd"):m.end("wd") + 3]) is not None
    return rd.weekday_named(wd, rel, part, m.start(), ctx, event)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
            "the day after tomorrow": 2, "last night": -1, "this": 0}


def _deictic(m: re.Match, ctx: Context) -> Reading:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    part = m.group("part").lower() if m.group("part") else None
    if word == "tonight" or word == "last night":
        part = "night"
    d = cal.shift(ctx.published, _DEICTIC[word], "day")
    if word == "this" and part is None:
        return rd.day_reading(d)
    return rd.day_reading(d, part)


def _ago(m: re.Match, ctx: Context) -> Reading:
    r = rd.ago(number(m.group("n"), "en"), EN_UNITS[m.group("u").lower()], ctx)
    return replace(r, mod="APPROX") if m.group("so") else r  # "a week or so ago"


def _later(m: re.Match, ctx: Context) -> Reading | None:
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    n, unit = number(m.group("n"), "en"), EN_UNITS[m.group("u").lower()]
    if unit in ("H", "MIN", "S"):  # "an hour later": no date finer than a day to point at
        return rd.duration(n, unit)
    return rd.later(n, unit, sign, ctx)


_ANAPHORIC_DAY = {"the same day": 0, "that day": 0, "that same day": 0, "later in the day": 0,
                  "earlier in the day": 0, "the next day": 1, "the following day": 1,
                  "the day before": -1, "the previous day": -1, "the day after": 1, "the next morning": 1,
                  "that morning": 0, "that night": 0, "that evening": 0, "that afternoon": 0,
                  "the same morning": 0, "the same night": 0, "that same morning": 0, "that same night": 0,
                  "the following morning": 1,
                  "the previous night": -1, "the night before": -1}


def _anaphoric(m: re.Match, ctx: Context) -> Reading:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    part = next((p for p in rd.PARTS_OF_DAY if p in phrase), None)
    offset = _ANAPHORIC_DAY[phrase]
    if (offset and ctx.last is not None and ctx.last.granularity == "day"
            and re.fullmatch(r"\s*,\s*", ctx.text[ctx.last_end:m.start()])):
        offset = 0  # in apposition to a day: "Oct. 12, the day before the plunge" is Oct. 12 itself
    r = rd.anaphoric_day(offset, ctx, part)
    if phrase in ("the day after", "the day before"):  # counted from an event ("the day after the vote"), so
        r = replace(r, anchor=False)  # no later "the day after" counts from it; "the next day" chains a narrative
    return r


def _mod_unit(m: re.Match, ctx: Context) -> Reading:
    unit = m.group("u").lower()
    det = m.group("det").lower()
    mod = _modifier_value(m.group("mod"))
    if det == "that":
        p = cal.period_of(unit, ctx.anchor().start or ctx.published)
    else:
        p = cal.relative(unit, ctx.published, -1 if mod == "END" and _end_gone(m, ctx) else 0)
    return Reading("DATE", p.value, p, mod)


def _year_end(m: re.Match, ctx: Context) -> Reading:
    unit = "year" if m.group("u").lower().startswith("year") else "month"
    p = cal.relative(unit, ctx.published, -1 if _end_gone(m, ctx) else 0)
    return Reading("DATE", p.value, p, "END")


def _end_gone(m: re.Match, ctx: Context) -> bool:
    """Is "year-end" / "the end of the year" the last one passed, not this one: after "since" ("up 5% since
    year-end") or in a past clause ("at year-end the fund held $5 billion")?"""
    before = ctx.text[max(0, m.start() - 30):m.start()]
    if ctx.grammar.since.search(before):
        return True
    return ctx.past(m.start()) and not _AHEAD_OF.search(before)  # "fell before year-end": this one


_AHEAD_OF = re.compile(r"\b(?:before|until|till|ahead\s+of)\s+(?:the\s+)?\Z", re.I)


def _duration(m: re.Match, ctx: Context) -> Reading:
    raw = m.group("n").lower()
    n = None if raw in EN_VAGUE or raw in ("recent",) else number(raw, "en")
    mod = "APPROX" if raw in ("a couple of", "couple of", "a couple") else None
    return rd.duration(n, EN_UNITS[m.group("u").lower()], mod)


def _bare_units(m: re.Match, ctx: Context) -> Reading:
    return rd.duration(None, EN_UNITS[m.group("u").lower().rstrip("s")])


def _set(m: re.Match, ctx: Context) -> Reading:
    word = m.group("u").lower()
    if word in EN_WEEKDAYS:
        return rd.set_of("W", f"XXXX-WXX-{EN_WEEKDAYS[word] + 1}")
    if word in EN_MONTHS:
        return rd.set_of("M", f"XXXX-{EN_MONTHS[word]:02d}")
    if word in rd.PARTS_OF_DAY:
        return rd.set_of("D", f"XXXX-XX-XXT{rd.PARTS_OF_DAY[word]}")
    return rd.set_of(EN_UNITS[word])


_ADVERB_SETS = {"daily": "D", "nightly": "D", "weekly": "W", "monthly": "M", "quarterly": "Q",
                "annually": "Y", "yearly": "Y", "hourly": "H", "biweekly": "W"}


def _set_adverb(m: re.Match, ctx: Context) -> Reading:
    w = m.group(0).lower()
    return rd.set_of(_ADVERB_SETS[w], "P2W" if w == "biweekly" else ("PT1H" if w == "hourly" else None))


def _times_a(m: re.Match, ctx: Context) -> Reading:
    return rd.set_of(EN_UNITS[m.group("u").lower()])


def _clock_day(m: re.Match, ctx: Context) -> tuple[bool, date | None]:
    """(named, day) of a clock time: the weekday or date named with it (day None: no such date), else the day
    mentioned just before (day None: the text does not say)."""
    wd = m.group("wd") or ("wd2" in m.re.groupindex and m.group("wd2"))
    if wd:
        return True, cal.weekday_in_context(EN_WEEKDAYS[wd.lower()], ctx.published, ctx.future(m.start()))
    if "mon" in m.re.groupindex and m.group("mon"):
        r = rd.full_date(None, month_of(m.group("mon")), to_int(m.group("d")), ctx, m.start())
        return True, r.period.start if r is not None else None
    return False, ctx.anchor_day(m.start())


def _clock(m: re.Match, ctx: Context) -> Reading | None:
    named, d = _clock_day(m, ctx)
    return None if named and d is None else rd.clock(int(m.group("h")), to_int(m.group("mi")) or 0, m.group("ap"), d)


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "at present": "PRESENT_REF", "the present": "PRESENT_REF", "these days": "PRESENT_REF",
         "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
         "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "the future": "FUTURE_REF",
         "soon": "FUTURE_REF", "the near future": "FUTURE_REF", "shortly": "FUTURE_REF"}


def _modifier_value(word: str) -> str:
    w = word.lower()
    if w in ("pre", "post"):  # "pre-1990 borders", "post-1959 politics" (TimeML BEFORE, AFTER)
        return "BEFORE" if w == "pre" else "AFTER"
    if any(k in w for k in ("mid", "middle")):
        return "MID"
    if any(k in w for k in ("early", "earlier", "beginning", "start", "dawn")):
        return "START"
    if any(k in w for k in ("late", "end", "close", "later")):
        return "END"
    return "APPROX"


def _ref_x(m: re.Match, ctx: Context) -> Reading:
    key = re.sub(r"\s+", " ", m.group("x").lower())
    return rd.ref("PRESENT_REF" if key == "present" else _REFS[key], ctx)


def _spelled_year(m: re.Match, ctx: Context) -> Reading | None:
    if m.group("k"):
        return rd.year_value(2000)
    century = 1900 if m.group("c").lower() == "nineteen" else 2000
    rest = number(m.group("t"), "en")
    return None if rest is None else rd.year_value(century + int(rest))


def _weekend(m: re.Match, ctx: Context) -> Reading:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    pub = ctx.published
    if rel in ("last", "this past"):
        d = cal.shift(pub, -1, "week")
    elif rel in ("next", "this coming"):
        d = cal.shift(pub, 1, "week")
    elif rel == "this" or ctx.future(m.start()):
        d = pub
    else:  # "the weekend": the latest one on or before publication
        d = pub if pub.weekday() >= 5 else cal.shift(pub, -1, "week")
    p = cal.weekend(d)
    return Reading("DATE", p.value, p)


# words without which a rule cannot match: its pattern is not even tried (long texts stay fast)
_NEEDS = {
    "decade": ("0s", "0's", "0’s", "ties"), "century": ("century",),
    "ago": ("ago",), "later": ("later", "earlier"), "mod-unit": (" of ",),
    "year-end": ("end",), "set": ("every", "each", "per"), "rate": ("a day", "a week", "a month", "a year", "per"),
    "times-a": ("once", "twice", "times"), "clock": ("a.m", "p.m", "am", "pm"),
    "clock24": (":",), "spelled-year": ("nineteen", "twenty", "thousand"),
    "weekend": ("weekend",), "bare-units": ("years", "months", "weeks", "days", "decades", "hours"),
    "set-adverb": ("daily", "nightly", "weekly", "monthly", "annually", "yearly", "hourly"),
    "deictic": ("today", "yesterday", "tomorrow", "tonight", "night", "this"),
}


NUMERIC_RULES = numeric_rules(month_first=True)


def _r(name: str, pattern: str, resolve, check=None) -> Rule:
    return Rule(name, re.compile(pattern, F), resolve, check, _NEEDS.get(name, ()))


RULES = (
    _r("month-days", rf"\b(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAYN})"
       rf"\s*(?:-|–|to|through|until|and)\s*(?:(?P<mon2>{MONTH})\s*)?(?P<d2>{DAYN})"
       rf"(?:,?\s+(?P<y>{ANY_YEAR}))?", _md),
    _r("month-day", rf"\b(?:(?P<wd>{WD})(?:,?\s+|\s*(?P<par>\(\s*)))?(?:the\s+)?(?<!\d\s)(?P<mon>{MONTH})\s*(?P<d>{DAYN})"
       rf"(?P<d2>)(?P<mon2>)(?:,?\s+(?P<y>{ANY_YEAR}))?(?(par)\s*\))", _md),  # "Friday (Dec. 13)"
    _r("day-month", rf"(?:\b|(?<=(?-i:[a-z]{{3}})))(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAYN})(?:\s*(?:-|–|to|and)\s*(?P<d2>{DAYN}))?"
       rf"(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})|(?:\s+|,\s*(?=['’]))(?P<yy>{SHORT_YEAR}))?", _dm),
    *NUMERIC_RULES,
    _r("month-year", rf"\b(?P<mon>{MONTH})\.?,?\s+(?:of\s+)?(?P<y>{ANY_YEAR})", _month_year),
    _r("rel-month", rf"\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+(?P<mon>{MONTH_FULL})", _rel_month),
    _r("month-rel-year", rf"\b(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?!['’])",
       lambda m, c: rd.month_of_relative_year(month_of(m["mon"]), offset(m["rel"]), c)),
    _r("month", rf"\b(?P<mon>{MONTH})", _month, check_month),
    _r("year-range", rf"(?<![\w$€£.,/-])(?P<y1>{YEAR})\s*[-–]\s*(?P<y2>{YEAR}|\d\d)(?![\d%])", _year_range),
    _r("year", rf"(?<![\w$€£.,/])(?:fiscal\s+(?:year\s+)?)?(?P<y>{YEAR})(?![\w/]|-\d|[.,]\d)", _year, check_year),
    _r("decade", r"\b(?:the\s+)?(?:(?P<full>1[6-9]\d0|20\d0)['’]?s|['’](?P<short>\d)0['’]?s"
       r"|(?:nineteen[\s-])?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
       _decade),
    _r("century", r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", _century),
    *REPORT_RULES,
    *COMPOUND_RULES,
    _r("rel-unit", r"\b(?P<rel>last|this|next|past|coming|previous|current|the\s+past|the\s+last|the\s+next"
       r"|the\s+coming|the\s+previous|the\s+following|the\s+current|this\s+past|that"
       r"|(?P<latest>the\s+(?:latest|most\s+recent)(?=\s+fiscal\b)))\s+(?P<fy>fiscal\s+)?"
       r"(?P<u>week|weekend|month|year|quarter|decade|century)\b(?!-)", _rel_unit),
    _r("season", rf"\b(?:(?P<rel>this|last|next|this\s+past|the\s+past|the\s+coming|that)\s+|the\s+)?(?P<s>{SEASON})\b"
       rf"(?:\s+(?:of\s+)?(?P<y>{ANY_YEAR}))?", _season, check_season),
    _r("weekday", rf"\b(?:(?P<rel>last|next|this|this\s+coming|this\s+past|the\s+(?:previous|preceding|following))\s+)?(?P<wd>{WD})(?P<pl>s)?\b"
       rf"(?:\s+(?P<part>{PART}))?", _weekday),
    _r("deictic", rf"\b(?P<w>today|yesterday|tomorrow|tonight|last\s+night|the\s+day\s+before\s+yesterday"
       rf"|the\s+day\s+after\s+tomorrow|this(?=\s+{PART}))(?:\s+(?P<part>{PART}))?\b", _deictic,
       check_deictic),
    _r("anaphoric-day", r"\b(?:(?:the|that)\s+same\s+(?:day|morning|night)|(?:later|earlier)\s+in\s+the\s+day|that\s+(?:day|morning|night|evening|afternoon)"
       r"|the\s+(?:next|following)\s+(?:day|morning)|the\s+previous\s+(?:day|night)|the\s+(?:day|night)\s+before"
       r"|the\s+day\s+after)\b(?!\s+(?:of|that|when|in|on)\b)", _anaphoric),
    _r("ago", rf"\b(?P<n>{NUM}|{VAGUE})[\s-]+(?P<u>{UNIT})s?\s+(?P<so>or\s+so\s+)?ago\b", _ago),
    _r("later", rf"\b(?P<n>{NUM})[\s-]+(?P<u>{UNIT})s?\s+(?P<dir>later|earlier)\b(?!\s+than\b)", _later),
    _r("mod-unit", r"\b(?P<mod>(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn)\s+of)\s+"
       r"(?P<det>the|this|that)\s+(?P<u>week|month|year|quarter|decade|century)\b", _mod_unit),
    _r("year-end", r"\b(?P<u>year|month)(?:['’]s\s+|-|\s+)end\b", _year_end),
    _r("duration", rf"\b(?P<lead>the\s+(?:past|last|next|first|coming|previous|final|following|remaining)\s+)?"
       rf"(?P<n>{NUM}|{VAGUE}|recent)(?P<sep>[\s-]+)(?:(?:more|additional|extra|straight|consecutive|trading"
       rf"|business|working)\s+)?(?P<u>{UNIT})s?(?:-long)?\b(?![\s-]+old\b)", _duration, check_duration),
    _r("bare-units", r"\b(?:for|over|within|in\s+recent|in\s+coming|the\s+coming|take|takes|took|taken|taking|last"
       r"|lasts|lasted|lasting)\s+(?P<x>(?P<u>years|months"
       r"|weeks|days|decades|hours))\b", _bare_units),
    _r("set-n", rf"\b(?:every|each)\s+(?P<n>{NUM})\s+(?P<u>{UNIT})s\b",  # "every two weeks": P2W
       lambda m, c: rd.set_every(number(m["n"], "en"), EN_UNITS[m["u"].lower()])),
    _r("set", rf"\b(?:every|each|per)\s+(?:other\s+|single\s+)?(?P<u>day|week|month|year|quarter|weekend|{PART}"
       rf"|{WD}|{alt(EN_MONTHS)})\b", _set),
    _r("rate", r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|thousand|hundred)?|\b(?:millions?|billions?"
       r"|thousands?|hundreds?|dozens?|times|twice|once))\s+(?P<x>(?:a|per)\s+(?P<u>day|week|month|year))\b",
       _times_a),
    _r("set-adverb", r"\b(?:daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly)\b",
       _set_adverb, check_not_in_name),
    _r("times-a", r"\b(?:once|twice|\w+\s+times)\s+(?:a|an|per)\s+(?P<u>day|week|month|year|quarter)\b", _times_a),
    _r("clock", rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?(?!\w))"
       rf"(?:\s+(?:[A-Z]{{2,4}}T|GMT|UTC)\b)?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})|(?P<mon>{MONTH})\s*(?P<d>{DAYN}))"
       rf"|(?=\s*\([^()\n]{{1,20}}\),?\s+(?:on\s+)?(?P<wd2>{WD})\b))?",  # "10:35 a.m. (0735 GMT) Friday"
       _clock),
    _r("clock24", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]|[.,]\d|\s?(?-i:[NSEW])\b)(?P<ap>)(?P<wd>)(?P<mon>)(?P<d>)",
       _clock),
    *DAYTIME_RULES,
    _r("ref", r"\b(?P<x>now|currently|nowadays|these\s+days|at\s+the\s+moment|recently|(?<=\bat\s)present"
       r"|lately|the\s+future|the\s+near\s+future|the\s+past|the\s+present)\b"
       r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|year|month|week|day|decade)\b)",
       _ref_x),
    _r("spelled-year", r"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)[\s-](?P<t>ten|eleven|twelve|thirteen|fourteen"
       r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
       r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b|\bthe\s+year\s+(?P<k>two\s+thousand)\b",
       _spelled_year),
    _r("weekend", r"\b(?P<rel>the|this|last|next|this\s+past|this\s+coming)\s+weekend\b(?!['’]s)",
       _weekend),
    *HOLIDAY_RULES,
    *MILITARY_RULES,
)


# words in -ed that are adjectives or no participle at all (a past tense is read from lower-case participles,
# or upper-case ones in a text written in capitals: "THE NAVY ANNOUNCED 14 AUG")
_ADJECTIVAL = alt(("armed", "based", "preferred", "proposed", "limited", "related", "detailed", "advanced",
                   "unidentified", "unlit", "unmanned", "united", "hundred"))


# right after a form of "be": "slated", "set for" are then passives that look ahead ("the vote is set for Friday")
_AFTER_BE = r"(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)"

GRAMMAR = Grammar(
    since_ahead=re.compile(r"(?:starting|beginning|as\s+of)\b", F),
    complementizer=re.compile(r"\bthat\b(?!\s+(?:day|week|month|year|morning|night|evening|afternoon|time)\b)", F),
    names=EN_NAMES,
    language="en",
    rules=RULES,
    tense=re.compile(
        # "would" (a future seen from a past report: "said the ship would leave in February") is a conditional
        r"(?P<c>\b(?:would|wouldn't)(?!-)(?:\s+(?:not|still|also|then|now|only|likely|probably|soon|finally|be|have"
        r"|been|get)\b){0,3}(?:\s+\w+)?)"
        r"|(?P<f>\b(?:will|'ll|shall|won't|must|should|(?-i:may))(?!-)(?:\s+(?:not|still|also"
        r"|then|now|only|likely|probably|soon|finally|be|have|been|get)\b){0,3}(?:\s+\w+)?"
        r"|\b(?:going\s+to|(?:is|are)\s+(?:due\s+)?to|plans?\s+to|planning"
        # an adjective ("the hastily planned trip", "a scheduled flight") says nothing of the clause's tense;
        # "slated" is a future mark as a passive ("is slated for") or opening a clause, but after a noun it only
        # describes it ("migrants slated for deportation in late January": the date is the main verb's)
        r"|(?<!ly\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?:planned|scheduled)"
        rf"|(?:{_AFTER_BE}|(?<=\bbeen\s)|(?<=[,.;:]\s)|^)slated"
        r"|expect(?:s|ed)?"
        r"|set\s+to|supposed\s+to|likely\s+to|upcoming|the\s+coming|intends?\s+to|aims?\s+to|as\s+(?:soon|early)\s+as"
        r"|next(?!\s+to\b)"
        r"|expires?|expiring|deadline|payable|effective|of\s+record|takes?\s+effect|(?<!ed\s)to\s+be(?:\s+\w+)?"
        r"|(?:extended|postponed|delayed|deferred|adjourned|pushed\s+back|moved)\s+(?:to|until|till)"
        # "set for" as a passive or opening a clause ("is set for Friday"); after a noun it describes it
        # ("elections set for February were delayed")
        rf"|(?:{_AFTER_BE}|(?<=[,.;:]\s)|^)set\s+for)\b"
        r"(?:\s+(?:to\s+)?(?:be|have(?:\s+been)?)\s+\w+)?)"
        r"|(?P<n>\b(?:is|are|begins|starts|opens|reconvenes|resumes|convenes|meets|ends|closes|runs|falls|arrives"
        # plural forms of the schedule verbs, not after an auxiliary or "to" ("the leaders meet Monday")
        r"|(?<!\bto\s)(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)"
        r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bto\s\w{4}\s)(?<!\bthe\s)"
        r"(?-i:meet|reconvene|resume|convene)"
        r"|returns|takes\s+place)\b)"
        r"|(?P<p>\b(?:was|were|had|did|said|told|met|began|went|came|took|made|gave|held|left|saw|found|got|sent"
        r"|fell|rose|led|won|lost|struck|fought|shot|hit|spent|became|brought|sought|caught|kept|paid|sold|bought"
        r"|ran|flew|fled|seized|last\s+seen"
        # irregular past tenses that are no participles ("heard", "built" are both: "the case is heard in May")
        r"|withdrew|drew|threw|overthrew|grew|knew|blew|broke|spoke|chose|froze|stole|wrote|rode|drove|sank|sang"
        r"|rang|swam|shrank|sprang|forgave|ate|shook|undertook|overtook|arose|swore|tore|wore|hid|forgot"
        # a participle after a determiner is an adjective ("a still unspecified date", "the revised plan")
        r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bstill\s)"
        rf"(?-i:(?!{_ADJECTIVAL}\b)[a-z]+[a-df-z]ed|(?!{_ADJECTIVAL.upper()}\b)[A-Z]+[A-DF-Z]ED))\b)", F),
    intent=re.compile(r"\b(?:agree[sd]?|agreement|decided?|decision|vot(?:e|es|ed)|vow(?:s|ed)?|pledge[sd]?|promised?"
                      r"|offer(?:s|ed)?|bid|ask(?:s|ed)|urge[sd]?|invite[sd]?|want(?:s|ed)?|hope[sd]?|propose[sd]?"
                      r"|proposal|order(?:s|ed)?|authori[sz]e[sd]?|approve[sd]?|call(?:s|ed)\s+on|subpoena(?:s|ed)?)"
                      r"\b(?:\s+[\w'’.-]+){0,4}?\s+to\s+(?!be\b)(?-i:[a-z]+)\b", F),
    deadline=re.compile(r"\b(?:by|until|till)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?\Z", F),
    perfect=re.compile(r"\bhad\b", F),
    attributive=re.compile(r"\s+(?!(?:at|in|on|by|for|with|from|to|of|and|or|but|near|off|after|before|during"
                           r"|when|while|as|if|until|till|through|since|the|a|an|this|that|local|each|every|around"
                           r"|about|morning|afternoon|evening|night)\b)(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s*,"),
    modifier=re.compile(r"(?P<mod>\b(?:early|earlier|mid|middle|late|later|around|about|approximately|circa|pre|post"
                        r"|roughly|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|dawn)\s+of)"
                        r"(?:\s+in)?)(?:\s+|-)\Z", F),
    modifier_value=_modifier_value,
    since=re.compile(r"\b(?:since|starting|beginning|as\s+of)\s+(?:(?:on|in)\s+)?(?:the\s+)?\Z", F),
    until=re.compile(r"\b(?:until|till|up\s+to|up\s+until|through)\s+(?:(?:on|in)\s+)?(?:the\s+)?\Z", F),
    range_open=re.compile(r"\b(?:from|between)\s+\Z", F),
    range_join=re.compile(r"\s*(?:(?P<word>to|until|till|through|thru|and)|(?P<dash>-|–|—))\s*", F),
)


