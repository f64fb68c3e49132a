"""Times of day said in words (English): "noon", "midday", "midnight Friday", "mid-afternoon", "early morning".

Convention. A time of day said in words belongs to the day named with it ("noon Thursday", "mid-afternoon
yesterday"), else to the day-level date mentioned just before, else to the publication day: a news text
that says "will appear in court at midday" or "By mid afternoon, Serb sources said" means the day it is
published, as "this morning" does. A clock number with no day ("at 6 a.m.", "at 1230 UTC") gets no day
(`readings.clock`): reports and news give clock numbers for events of other days. Evidence (TimeBank, both
halves of `python -m benchmarks.temporal`): the clock numbers without a day in the text ("at 10 p.m.", "at
6 a.m.", twice, "10:35 a.m. (0735 GMT) Friday") are all on another day than the publication day, while
"midday", "mid afternoon", "this morning", "this evening" are all on it; on ASAM maritime reports a bare
"1230 UTC" is the incident's time, whose day the reference date does not give.
"""

from __future__ import annotations

import re
from datetime import date

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.engine import Context, Reading, Rule
from geotimeline.temporal.english_words import WD, F
from geotimeline.temporal.lexicon import EN_WEEKDAYS

_DEICTIC = {"yesterday": -1, "today": 0, "tomorrow": 1}
_MODS = {"early": "START", "mid": "MID", "late": "END"}


def _day(m: re.Match, ctx: Context) -> date:
    """The day named with the time of day, else the day mentioned just before, else the publication day."""
    if m.group("wd"):
        return cal.weekday_in_context(EN_WEEKDAYS[m.group("wd").lower()], ctx.published, ctx.future(m.start()))
    if "dx" in m.re.groupindex and m.group("dx"):
        return cal.shift(ctx.published, _DEICTIC[m.group("dx").lower()], "day")
    return ctx.anchor_day(m.start()) or ctx.published


def _noon(m: re.Match, ctx: Context) -> Reading | None:
    return rd.clock(0 if m.group("w").lower() == "midnight" else 12, 0, None, _day(m, ctx))


def _part(m: re.Match, ctx: Context) -> Reading:
    r = rd.day_reading(_day(m, ctx), m.group("part").lower())
    return Reading(r.type, r.value, r.period, _MODS[m.group("mod").lower()])


_AFTER = rf"(?:\s+(?P<dx>yesterday|today|tomorrow)|,?\s+(?:on\s+)?(?P<wd>{WD}))?\b"

RULES = (
    Rule("noon", re.compile(rf"\b(?P<w>noon|midday|midnight)(?:,?\s+(?:on\s+)?(?P<wd>{WD}))?\b", F), _noon, None,
         ("noon", "midday", "midnight")),
    # "mid afternoon", "mid-afternoon yesterday", "early morning", "late evening Friday" (not "late-night talks")
    Rule("part-of-day", re.compile(rf"\b(?P<mod>early|mid|late)[\s-]?(?P<part>morning|afternoon|evening){_AFTER}", F),
         _part, None, ("morning", "afternoon", "evening")),
)
