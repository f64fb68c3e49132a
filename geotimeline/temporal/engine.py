"""The rule engine: candidate spans from a language grammar, overlap resolution, anaphora, modifiers, ranges.

A grammar is a list of `Rule`s (a compiled pattern, an optional cheap `check` that filters a match from its
surroundings, and a `resolve` that reads it against a `Context`), plus the language's modifier, range and
open-range patterns. Matches compete longest-first; the kept ones are resolved in text order so that
"the same day" or "a year earlier" can refer to the date mentioned last.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from geotimeline.temporal import calendar as cal
from geotimeline.temporal.calendar import Period
from geotimeline.temporal.record import Timex


@dataclass(frozen=True, slots=True)
class Reading:
    """What a matched expression means: TIMEX3 type and value, the period (DATE/TIME), a modifier."""

    type: str
    value: str
    period: Period | None = None
    mod: str | None = None
    anchor: bool = True  # may later expressions refer to it ("the same day")? Not for "a year earlier".


class Context:
    """Working state while one text is resolved: publication date and the date mentioned last."""

    __slots__ = ("text", "published", "language", "last", "last_end", "last_quarter", "report_quarter", "grammar",
                 "current", "report_fiscal")

    def __init__(self, text: str, published: date, language: str, grammar: Grammar) -> None:
        self.text = text
        self.published = published
        self.language = language
        self.grammar = grammar
        self.last: Period | None = None
        self.last_end = -1
        self.last_quarter: Period | None = None  # the quarter mentioned last: "that quarter"
        # the quarter a report is about, the first one it names: "the year-ago quarter", "the period" compare to it
        self.report_quarter: Period | None = None
        # the report quarter is a fiscal one numbered in the publication year ("the fiscal first quarter"), whose
        # calendar quarter is unknown: a quarter named by its end ("the quarter ended Sept. 30") replaces it
        self.report_fiscal = False
        self.current = (0, 0)  # span of the expression being resolved

    def anchor(self) -> Period:
        """The period that anaphoric expressions ("the same day", "a year earlier") refer to."""
        return self.last if self.last is not None else cal.day(self.published)

    def last_day(self, granularities: tuple[str, ...] = ("day", "week", "month")) -> date:
        """The first day of the date mentioned last if its granularity is one of `granularities`, else the
        publication day: what "the year" or "the month" belong to ("On May 4, 1995 ... later in the year")."""
        base = self.last
        if base is not None and base.start and base.granularity in granularities:
            return base.start
        return self.published

    def anchor_day(self, start: int, reach: int = 250) -> date | None:
        """The day a bare clock time belongs to: a day-level date mentioned just before, else None (the text
        does not say which day: "at 1230 UTC" alone does not claim the publication day)."""
        if self.last is not None and self.last.granularity == "day" and start - self.last_end <= reach:
            return self.last.start
        return None

    def future(self, start: int, after: bool = True) -> bool:
        """Does the clause around `start` speak of the future (so "Friday" is the coming one)?"""
        return self.tense(start, after) in ("future", "conditional")

    def past(self, start: int) -> bool:
        """Does the clause around `start` use a past tense ("the year ended March 31")?"""
        return self.tense(start) == "past"

    def past_verb_before(self, start: int) -> bool:
        """Is the expression at `start` the object of a past-tense verb ("ended Oct. 31", "died on May 2")?"""
        window = self.text[max(0, start - 30):start]
        last = _last(self.grammar.tense.finditer(window))
        return last is not None and last.lastgroup == "p" and _GOVERNED.fullmatch(window, last.end()) is not None

    def _sentence_before(self, start: int, reach: int = 0) -> str:
        """Up to `reach` (default `_BEFORE`) characters before `start`, from the start of its sentence."""
        window = self.text[max(0, start - (reach or _BEFORE)):start]
        cut = _last(_SENTENCE_END.finditer(window))
        return window[cut.end():] if cut is not None else window

    def fronted(self, start: int) -> bool:
        """Does the expression at `start` open its sentence ("On Tuesday, the league will ...")?"""
        return _OPENING.fullmatch(self._sentence_before(start)) is not None

    def intended(self, start: int) -> bool:
        """Does an infinitive of intent, with no tense mark after it, lead up to the expression at `start`?"""
        g = self.grammar
        if g.intent is None:
            return False
        window = self._sentence_before(start, _INTENT_BEFORE)
        intent = _last(g.intent.finditer(window))
        return intent is not None and g.tense.search(window, intent.end()) is None

    def tense(self, start: int, after: bool = True, reach: int = 0) -> str | None:
        """"future", "past", "present", "conditional" ("would", "podría": a future seen from a past report) or
        None (no cue) for the clause of the expression starting at `start`.

        The tense mark nearest before the expression in its sentence decides ("will meet on Friday", "said
        on Friday that talks will resume"); without one, the first mark after it ("On 6 March the ministers
        will meet"), unless the expression only modifies a noun of a fronted phrase ("Per 31 May article,
        Indonesia will not pay": no cue). A future mark swallows the verb it governs ("will be signed"), so a
        participle does not read as a past tense.
        """
        g = self.grammar
        text = self.text
        window = self._sentence_before(start)
        if g.complementizer is not None:  # "said that from Jan. 1 the country will ...": the clause after "that"
            cut = _last(g.complementizer.finditer(window))
            window = window[cut.end():] if cut is not None else window
        s, e = self.current
        end = e if s <= start < e else start
        following = text[end:end + (reach or _AFTER)] if after else ""
        stop = _SENTENCE_END.search(following)
        if stop is not None:
            following = following[:stop.start()]
        if text[end - 1:end] == "." and _NEW_SENTENCE.match(following):  # "on 22 Apr. Mariners are advised"
            following = ""
        last = _last(g.tense.finditer(window))
        if after and g.deadline is not None and g.deadline.search(window):  # "by Jan. 14" (but "By March they had
            # left", "the strike continued until January": a past verb before or a past perfect after)
            # ... but a deadline set in the past still looks ahead: "told the family to leave by Jan. 14", "gave
            # the firm until mid-November to submit" (an infinitive between the verb and the date, or after it)
            narrated = (last is not None and last.lastgroup == "p" and not _INFINITIVE.search(window, last.end())
                        and not _INFINITIVE.match(following))
            past = narrated or (g.perfect is not None and g.perfect.search(following))
            return "past" if past else "future"
        if last is not None:
            return _TENSES[last.lastgroup]
        first = g.tense.search(following)
        if first is None:
            return None
        noun = g.attributive.match(following) if g.attributive is not None else None
        if noun is not None and noun.end() <= first.start():
            return None  # "Per 31 May article, Indonesia will ...": the date is no adverbial of the later clause
        return _TENSES[first.lastgroup]


def _last(matches: Iterator[re.Match]) -> re.Match | None:
    last = None
    for last in matches:  # noqa: B007 - the loop only walks to the last match
        pass
    return last


_INFINITIVE = re.compile(r"\s*,?\s*\bto\s+(?!the\b|a\b|an\b)[a-z]+\b|\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")
_TENSES = {"f": "future", "p": "past", "n": "present", "c": "conditional"}
_GOVERNED = re.compile(r"\s+(?:(?:on|in|at)\s+)?(?:the\s+)?")  # between a verb and the date it takes
_NEW_SENTENCE = re.compile(r"\s+[A-Z]")  # after an expression ending in an abbreviation's dot ("22 Apr.")
_OPENING = re.compile(r"\s*[\"'“‘(]?\s*(?:(?:and|but|also|then|early|late|on|el|в|во)\s+)*", re.I)
_BEFORE = 80  # characters of the clause before an expression searched for a tense mark
_AFTER = 60  # ... and after it
_INTENT_BEFORE = 120  # ... for an infinitive of intent, which may govern a longer phrase
# the end of a sentence: not after an initial or a short abbreviation ("U.S. officials", "Mr. Smith", "Gen.")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)(?<!\bCorp)[.?!;]+[\"'’”)]*\s"
                           r"|\n")


Resolve = Callable[[re.Match, Context], Reading | None]
Check = Callable[[re.Match, str], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolve
    check: Check | None = None
    needs: tuple[str, ...] = ()  # lower-case substrings one of which must occur for the rule to be tried


@dataclass(frozen=True, slots=True)
class Grammar:
    language: str
    rules: tuple[Rule, ...]
    modifier: re.Pattern  # at the end of the text before an expression: early/mid/late/around ...
    modifier_value: Callable[[str], str]
    since: re.Pattern  # at the end of the preceding text: open range from the expression on
    until: re.Pattern  # at the end of the preceding text: open range up to the expression
    range_open: re.Pattern  # before the first end of a closed range: from/between
    range_join: re.Pattern  # the whole text between the two ends of a closed range
    tense: re.Pattern  # a future mark (group "f"), a present-tense verb (group "n") or a past-tense one ("p")
    prefilter: re.Pattern | None = None  # a quick test that the text may contain anything at all
    deadline: re.Pattern | None = None  # at the end of the preceding text: a deadline ("by"), read as future
    perfect: re.Pattern | None = None  # ... unless a past perfect follows ("By March they had left")
    # after an expression: the noun it modifies, closing a fronted phrase ("Per 31 May article, ...")
    attributive: re.Pattern | None = None
    # in the clause before an expression: an infinitive of intent that the expression dates ("agreed to buy the
    # line in February"): what was agreed happens after the agreement, so a year-less month may be a coming one
    intent: re.Pattern | None = None
    # the words of `since` that may open a range still to come ("starting", "a partir de", "с"): their date keeps
    # the tense's reading; after the others ("since") a date read after publication moves back a year
    since_ahead: re.Pattern | None = None
    # a word opening a reported clause ("that", "что", "que"): the tense before it is the reporting verb's
    complementizer: re.Pattern | None = None
    names: re.Pattern | None = None  # names that contain a date ("the March 23 Movement"): never dates (`names`)
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    reading: Reading


def tag(text: str, published: date, grammar: Grammar) -> list[Timex]:
    """Every temporal expression the grammar finds in `text`, resolved against `published`.

    A kept match that turns out to mean nothing ("February 30") is dropped and the choice is made again
    without it, so the shorter matches it had hidden get their turn.
    """
    if grammar.prefilter is not None and not grammar.prefilter.search(text):
        return []
    cands = _candidates(text, grammar)
    dropped: set[int] = set()
    for _attempt in range(_MAX_RETRIES + 1):
        ctx = Context(text, published, grammar.language, grammar)
        hits: list[_Hit] = []
        failed = None
        for index, (start, end, rule, m) in _choose(cands, dropped):
            ctx.current = (start, end)
            try:
                reading = rule.resolve(m, ctx)
            except (OverflowError, ValueError):  # a date beyond 0001-9999 ("next week" on 9999-12-31): not placed
                reading = None
            if reading is None:
                failed = index
                break
            if reading.anchor and reading.type in ("DATE", "TIME") and reading.period is not None \
                    and reading.period.start:
                ctx.last, ctx.last_end = reading.period, end
                if reading.period.granularity == "quarter":
                    ctx.last_quarter = reading.period
                    ctx.report_quarter = ctx.report_quarter or reading.period
            hits.append(_Hit(start, end, reading))
        if failed is None:
            break
        dropped.add(failed)
    hits = _modifiers(text, hits, grammar)
    hits = _day_and_clock(text, hits)
    hits = _ranges(text, hits, grammar, published)
    return [_timex(text, h) for h in hits]


_MAX_RETRIES = 30
_Cand = tuple[int, int, int, Rule, re.Match]


def _candidates(text: str, grammar: Grammar) -> list[_Cand]:
    """All matches of all rules, longest first (then leftmost, then the rule listed first)."""
    cands = []
    lowered = text.lower()
    named = _name_mask(text, grammar)
    for prio, rule in enumerate(grammar.rules):
        if rule.needs and not any(n in lowered for n in rule.needs):
            continue
        has_x = "x" in rule.pattern.groupindex
        for m in rule.pattern.finditer(text):
            s, e = m.span("x") if has_x and m.group("x") is not None else m.span()
            if e <= s or (rule.check is not None and not rule.check(m, text)) or (named and any(named[s:e])):
                continue
            cands.append((s, e, prio, rule, m))
    cands.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    return cands


def _name_mask(text: str, grammar: Grammar) -> bytearray | None:
    """The characters inside names that contain a date (None when there are none): each match of the
    grammar's name pattern (its group "n" if it has one), and every other occurrence of the same name."""
    if grammar.names is None:
        return None
    spans: list[tuple[int, int]] = []
    has_n = "n" in grammar.names.groupindex
    for m in grammar.names.finditer(text):
        spans.append(m.span("n") if has_n and m.group("n") is not None else m.span())
    if not spans:
        return None
    for name in {text[s:e] for s, e in spans}:  # "Unaizah May 4 was hit again", without the cue
        spans.extend(m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    mask = bytearray(len(text) + 1)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)
    return mask


def _choose(cands: list[_Cand], dropped: set[int]) -> list[tuple[int, tuple[int, int, Rule, re.Match]]]:
    """Non-overlapping candidates, greedily longest first, in text order, each with its index."""
    if not cands:
        return []
    taken = bytearray(max(c[1] for c in cands) + 1)
    chosen = []
    for index, (s, e, _prio, rule, m) in enumerate(cands):
        if index in dropped or any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((index, (s, e, rule, m)))
    chosen.sort(key=lambda c: c[1][0])
    return chosen


def _modifiers(text: str, hits: list[_Hit], grammar: Grammar) -> list[_Hit]:
    out: list[_Hit] = []
    prev_end = 0
    for h in hits:
        r = h.reading
        if r.mod is None and (r.period is not None or r.type == "DURATION"):
            lo = max(prev_end, h.start - 40)
            m = grammar.modifier.search(text, lo, h.start)
            if m is not None and m.end() == h.start:
                mod = grammar.modifier_value(m.group("mod"))
                if r.type != "DURATION" or mod == "APPROX":
                    h = _Hit(m.start(), h.end, Reading(r.type, r.value, _beyond(r.period, mod), mod))
        out.append(h)
        prev_end = h.end
    return out


_DAY_CLOCK_GAP = re.compile(r"\s*(?:,|\s(?:at|on|a|в|во|на))?\s*", re.I)


def _day_and_clock(text: str, hits: list[_Hit]) -> list[_Hit]:
    """A day and the clock time next to it are one TIME: "el miércoles a las 2.00", "сегодня в 10:00",
    "1 января в 08:00", "Tuesday at 9 a.m.", "14:30 on Tuesday" (the clock's value on that day)."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and _DAY_CLOCK_GAP.fullmatch(text, prev.end, h.start):
            day, clock = (prev, h) if h.reading.type == "TIME" else (h, prev)
            dv, cv = day.reading.value, clock.reading.value
            if (day.reading.type == "DATE" and clock.reading.type == "TIME" and re.fullmatch(r"\d{4}-\d\d-\d\d", dv)
                    and re.fullmatch(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T\d\d:\d\d", cv)
                    and cv[:10] in (dv, "XXXX-XX-XX")):
                value = dv + cv[10:]
                out[-1] = _Hit(prev.start, h.end, Reading("TIME", value, day.reading.period, day.reading.mod))
                continue
        out.append(h)
    return out


def _beyond(p: Period | None, mod: str) -> Period | None:
    """The interval of "post-1959" (AFTER: from 1960 on, open) or "pre-1990" (BEFORE: up to 1989, no start)."""
    if p is None or mod not in ("AFTER", "BEFORE") or p.start is None or p.end is None:
        return p
    if mod == "AFTER":
        return Period(p.value, p.end + timedelta(days=1), None, p.granularity)
    return Period(p.value, None, p.start - timedelta(days=1), p.granularity)


def _ranges(text: str, hits: list[_Hit], grammar: Grammar, published: date) -> list[_Hit]:
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        pa = a.reading.period
        lo = out[-1].end if out else 0
        lo = max(lo, a.start - 30)
        if pa is not None and i + 1 < len(hits) and hits[i + 1].reading.period is not None:
            b = hits[i + 1]
            opener = grammar.range_open.search(text, lo, a.start)
            join = grammar.range_join.fullmatch(text, a.end, b.start)
            if join is not None and (opener is not None and opener.end() == a.start or join.group("dash")):
                pa, pb = _ordered(pa, b.reading.period)
                begin = opener.start() if opener is not None and opener.end() == a.start else a.start
                period = Period(f"{pa.value}..{pb.value}", pa.start, pb.end, "range")
                out.append(_Hit(begin, b.end, Reading("DATE", period.value, period, None)))
                i += 2
                continue
        if pa is not None and ".." in a.reading.value:  # a range already ("May 4 to 9"): take its "from"
            opener = grammar.range_open.search(text, lo, a.start)
            if opener is not None:
                a = _Hit(opener.start(), a.end, a.reading)
        elif pa is not None and pa.start is not None and a.reading.type in ("DATE", "TIME"):
            since = grammar.since.search(text, lo, a.start)
            until = grammar.until.search(text, lo, a.start)
            if since is not None and since.end() == a.start:
                ahead = grammar.since_ahead is not None and grammar.since_ahead.match(since.group(0))
                moved = pa if ahead else _not_after(pa, published)
                value = a.reading.value if moved is pa else moved.value
                p = Period(f"{value}..", moved.start, None, moved.granularity)
                a = _Hit(since.start(), a.end, Reading(a.reading.type, p.value, p, a.reading.mod))
            elif until is not None and until.end() == a.start:
                p = Period(f"..{a.reading.value}", None, pa.end, pa.granularity)
                a = _Hit(until.start(), a.end, Reading(a.reading.type, p.value, p, a.reading.mod))
        out.append(a)
        i += 1
    return out


def _not_after(p: Period, published: date) -> Period:
    """"since December" is in the past: a start read after the publication day moves back a year."""
    if p.start is not None and p.start > published and p.granularity in ("day", "week", "month", "season",
                                                                            "quarter"):
        return _shifted(p, -1) or p
    return p


def _shifted(p: Period, years: int) -> Period | None:
    """`p` moved by whole years, or None when that leaves the calendar's years 0001-9999."""
    try:
        return cal.shift_period(p, years, "year")
    except (OverflowError, ValueError):
        return None


def _ordered(a: Period, b: Period) -> tuple[Period, Period]:
    """A range cannot end before it starts: a start read without its year ("between May and July 2024")
    moves back a year; otherwise the end moves on ("from October to February" crosses the new year)."""
    if b.start is None or a.start is None or b.end >= a.start or "year" in (a.granularity, b.granularity):
        return a, b
    earlier = _shifted(a, -1)
    if earlier is not None and b.granularity != "day" and b.start.year != a.start.year and earlier.start <= b.end:
        return earlier, b
    later = _shifted(b, 1)
    return (a, later) if later is not None and later.end >= a.start else (a, b)


def _timex(text: str, h: _Hit) -> Timex:
    r = h.reading
    p = r.period
    start_date = p.start if p is not None else None
    end_date = p.end if p is not None else None
    granularity = p.granularity if p is not None else None
    return Timex(text[h.start:h.end], h.start, h.end, r.type, r.value, start_date, end_date, granularity, r.mod)
