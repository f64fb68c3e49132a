"""The date of an event: which date expression of its sentence governs the trigger's clause.

`governing_timex` picks, among the date expressions inside the trigger's own clause (the caller has already
left out those of a reporting verb, attribution.reported_window), the one closest to the trigger; a
sentence-initial adverbial ("On Monday, ...") governs every clause. `names_a_thing` tells a year that is part
of a name or noun phrase ("its 1951 Mutual Defense Treaty", "el laudo arbitral de 2016"): a background date,
never the date of the event. `relative_to_lead` dates an event told as "two days after" the one the report
is about ("The strikes came two days after the UN Security Council passed a resolution").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from geotimeline.events.categories import Trigger
from geotimeline.events.records import Event
from geotimeline.temporal import Timex
from geotimeline.temporal import calendar as cal

_YEAR_ONLY = re.compile(r"\d{4}(?:\s+год\w*)?")
_YEAR_ADVERBIAL = {
    "en": re.compile(r"\b(?:in|since|until|till|by|before|after|from|to|during|through|throughout|around|circa|"
                     r"between|and|early|late|mid|as of)\s*-?\s*$", re.I),
    "es": re.compile(r"\b(?:en|desde|hasta|antes de|después de|a partir de|durante|hacia|entre|y|finales de|"
                     r"principios de|mediados de|fines de)\s+$", re.I),
    "ru": re.compile(r"(?<!\w)(?:в|во|с|со|до|после|к|от|по|за|около|между|и|начиная с|конца|начала|середины|"
                     r"конце|начале|середине)\s+$", re.I),
}


def names_a_thing(text: str, t: Timex, language: str) -> bool:
    """A bare year that is part of a name or a noun phrase ("its 1951 Mutual Defense Treaty", "a 2016
    arbitral ruling", "el laudo arbitral de 2016", "договор 1951 года"): a background date, not the date of
    the event the clause tells."""
    if t.granularity != "year" or not _YEAR_ONLY.fullmatch(t.text):
        return False
    before = text[max(0, t.start - 25) : t.start]
    if _YEAR_ADVERBIAL.get(language, _YEAR_ADVERBIAL["en"]).search(before):
        return False
    if language == "en":
        after = text[t.end : t.end + 2]
        return bool(re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that|whose|of)\s+$", before, re.I)
                    or re.match(r"[ -][A-Za-z]", after))
    if language == "es":
        return bool(re.search(r"\bde\s+$", before))
    return language == "ru" and bool(re.search(r"[а-яё]\s+$", before, re.I))


def governing_timex(
    timexes: list[Timex], off: int, trig: Trigger, clause_start: int, clause_end: int, first_clause_start: int
) -> Timex | None:
    in_clause = [t for t in timexes if clause_start <= t.start - off and t.end - off <= clause_end]
    if not in_clause:
        # a sentence-initial adverbial ("On Monday, ...") governs every clause
        in_clause = [t for t in timexes if t.end - off <= trig.start and t.start - off < 40 and first_clause_start == 0]
    if not in_clause:
        return None
    return min(in_clause, key=lambda t: min(abs(t.start - off - trig.end), abs(trig.start - (t.end - off))))


# after a duration: "two days after", "dos días después de", "через два дня после"
_RELATION = re.compile(r"\s*(?:(?P<after>after|después\s+de|despues\s+de|после)|(?P<before>before|antes\s+de|до))\s",
                       re.I)
_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def relative_to_lead(timexes: list[Timex], text: str, off: int, trig: Trigger, lead: date | None) -> Timex | None:
    """An event in a clause introduced by "N units after/before" with no date of its own ("The strikes came
    two days after the UN Security Council passed a resolution") is dated from the article's lead event (the
    development the report is about): N units before it (after it, with "before"). The nearest such phrase
    before the trigger counts; the date keeps the unit's precision (a day, a week, a month, a year)."""
    if lead is None:
        return None
    best = None
    for t in timexes:
        if t.type != "DURATION" or t.end - off > trig.start:
            continue
        m = _RELATION.match(text, t.end - off)
        amount = re.fullmatch(r"P(\d+)([DWMY])", t.value)
        if m is None or amount is None or m.end() > trig.start:
            continue
        if best is None or t.start > best[0].start:
            best = (t, m, int(amount.group(1)), _UNITS[amount.group(2)])
    if best is None:
        return None
    t, m, n, unit = best
    when = cal.shift(lead, n if m.group("before") else -n, unit)
    p = cal.day(when) if unit == "day" else cal.period_of(unit, when)
    written = text[t.start - off : m.end()].rstrip()  # "two days after"
    return Timex(written, t.start, t.start + len(written), "DATE", p.value, p.start, p.end, p.granularity)


def one_per_listed_date(events: list[Event], timexes: list[Timex], text: str, off: int) -> list[Event]:
    """An event dated by the first of a list of dates ("struck on 3 May, 9 May and 20 May") is one event per date."""
    out: list[Event] = []
    for e in events:
        first = next((t for t in timexes if t.text == e.date_text and t.start_date == e.start), None) if e.date_text else None
        listed = [first] if first else []
        for t in sorted(timexes, key=lambda t: t.start):
            if listed and t.start > listed[-1].end and _LIST_JOINER.fullmatch(text[listed[-1].end - off : t.start - off]) \
                    and t.granularity == first.granularity:
                listed.append(t)
        if len(listed) < 2:
            out.append(e)
            continue
        out.extend(replace(e, start=t.start_date, end=t.end_date, date_text=t.text, date_value=t.value, date_mod=t.mod)
                   for t in listed)
    return out


_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|и\s+)?|\s(?:and|y|и)\s+)(?:on\s+|el\s+)?")
