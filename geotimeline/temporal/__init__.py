"""Temporal expressions (TIMEX3) in news text, resolved against the publication date.

`find_timexes(text, published, language)` finds each expression's span, TIMEX3 type (DATE, TIME, DURATION,
SET) and ISO-TimeML value, and for DATE/TIME the days it covers. Conventions:

- Relative expressions are resolved against `published` only (never today's date). Year-less days and
  months follow the tense of their clause (`engine.Context.tense`: the nearest tense mark before the
  expression in its sentence, else the first after it): past tense or no cue -> the latest one on or
  before the publication day ("On 1 June, the tanker was struck"); a future or planning clause, or a
  deadline ("will meet on 6 March", "by Jan. 14") -> forward; a present-tense schedule ("reconvenes Jan.
  24") -> the nearest. A weekday named alone is the latest one on or before the publication day, or the
  next one when the clause before it speaks of the future. Two-digit years ("13 Dec 09") are the latest
  year with those digits at most ten years after publication. "since X" never starts after publication.
- A weekday named with a year-less date picks the year ("Monday, Oct. 26" -> the year where Oct. 26 is a
  Monday). A possessive weekday ("Wednesday's ruling") is the latest one, whatever the clause's tense. A
  year-less day eleven months back in a past or cue-less clause is read as the one a few weeks ahead only
  when something points ahead: a determiner ("gave no reason for the Jan. 14 deadline"), an infinitive of
  intent ("to testify on Feb. 2", not "attempted to board on 27 Jan") or, in a clause with no tense, of
  purpose after it ("a ceremony on March 12 to mark ..."); never when a past verb takes it ("the year ended
  Jan. 31"), nor in a verbless report line ("Possible mothership activity on 22 Apr."). A date that only
  modifies a noun of a fronted phrase takes no tense from the clause after it ("Per 31 May article,
  Indonesia will not pay": the latest 31 May). Russian perfective futures ("встретятся", "подпишет") are
  future marks. A year-less month after an infinitive of intent ("agreed to buy the line in February") is
  read as in a present-tense clause: one of the next five months, else the latest.
- Numeric dates (`numeric`): ISO "2025-10-16"; "16.10.2025" day-first in every language; "10/16/2025",
  "16/10/2025", "16-10-2025" by value, and when both parts could be the month, English month-first, Spanish
  and Russian day-first. Hull numbers, positions ("01-42.8N", "14:18.5N"), versions are never dates.
- Reports: a fiscal quarter without a year is numbered in the publication year; "the period", "the
  year-ago quarter" compare with the first quarter the text names, "that quarter" is the one named last;
  "the full year", "for the year" are the publication year (or the year of a day or month just named).
- Fuzzy parts keep their precision and carry `mod`: "early October" -> 2025-10, START; "mid-2006" -> 2006,
  MID; "around 2006" -> 2006, APPROX. The interval is the whole month/season/year: no day is invented.
  "post-1959" / "pre-1990" carry TimeML's AFTER / BEFORE, with the interval open on the far side (from
  1960 on; up to 1989, no start).
- Parts of a period are one expression (`compounds`): "the third quarter of next year" -> 2026-Q3, "the
  second half of 2024" -> 2024-H2, "the first week of October" -> the days 1-7 October as a range, "the
  first days of October" -> 2025-10, START; "the day before last Tuesday", "the week of March 6" are
  resolved from the named day. Also "la primera semana de octubre", "в первой декаде марта" (days 1-10).
- Holidays (`holidays`): fixed days follow the tense like year-less dates ("Christmas Eve", "Orthodox
  Christmas"); movable ones ("Easter", "Orthodox Easter", "Good Friday", "Holy Week", "Thanksgiving") are
  the latest begun by publication, or the next one in a future clause or with "next". Spanish: Navidad,
  Nochebuena, Nochevieja, Año Nuevo, Reyes, Semana Santa, Viernes Santo, Pascua; Russian: Рождество (7
  January), Новый год, День Победы, День России, День народного единства, Пасха (Orthodox).
- A day and its clock time are one TIME with the clock's value: "Oct. 30 at 3 p.m.", "el miércoles a las
  2.00", "сегодня в 10:00".
- Seasons are meteorological, northern hemisphere: spring Mar-May (SP), summer Jun-Aug (SU), autumn
  Sep-Nov (FA), winter Dec-Feb (WI, named by the year of its December).
- Closed ranges ("from May 4 to 9", "between May and July") are one expression: value `A..B`, start_date
  the first day of A, end_date the last day of B, granularity "range".
- Open ranges keep the range word in the span ("since September", "until Friday"): value `2025-09..` or
  `..2025-10-31`, the open end is None, and the granularity (and mod) is the anchor's ("month").
  "Since the beginning of autumn" -> `2025-FA..`, mod START, 2025-09-01 .. None, granularity season.
- A clock time belongs to the day named with it ("10:30 a.m. Tuesday", "0720Z on 14 Jan") or to the day-level
  date mentioned just before; with neither, its day is unknown: "at 1230 UTC" alone is TIME
  "XXXX-XX-XXT12:30" with no interval (it does not claim the publication day). A time of day said in
  words ("at midday", "by mid afternoon", "this morning") with no day is on the publication day (`daytime`).
- "The next day", "the day before" count from the day mentioned last; with none, the day is unknown
  ("XXXX-XX-XX", no interval); "the same day" with none is the publication day.
- Names that contain a date are not dates (`names`): "the March 23 Movement", "the Unaizah May 4" (a boat),
  "Plaza de Mayo", "avenida 9 de Julio", "улица 1 Мая"; "the May 4 meeting", "on Thursday May 4" are dates.
- Durations ("three years", "a three-year plan") are DURATION P3Y with no interval; sets ("every week",
  "daily") are SET P1W/P1D. PRESENT_REF ("now") covers the publication day; PAST_REF/FUTURE_REF have none.
- English spans follow TimeBank (no leading preposition, determiners and modifiers included).
- Deterministic: the output depends only on (text, published, language).
"""

from geotimeline.temporal.record import Timex
from geotimeline.temporal.tagger import detect_language, find_timexes

__all__ = ["Timex", "detect_language", "find_timexes"]
