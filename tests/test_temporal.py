"""The temporal tagger: spans, types, values, intervals and filters, in English, Spanish and Russian."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.temporal import Timex, detect_language, find_timexes

PUB = date(2025, 11, 1)  # a Saturday, as the seed article
WED = date(2025, 10, 29)  # a Wednesday


def _only(text: str, published: date = PUB, language: str | None = "en") -> Timex:
    found = find_timexes(text, published, language)
    assert len(found) == 1, [t.to_dict() for t in found]
    return found[0]


# (language, published, text, span, type, value, start_date, end_date, granularity, mod)
CASES = [
    # absolute dates, months, years
    ("en", PUB, "The minister met his counterpart on October 16.", "October 16", "DATE", "2025-10-16",
     "2025-10-16", "2025-10-16", "day", None),
    ("en", PUB, "Talks resumed on Oct. 3, 2024, in Geneva.", "Oct. 3, 2024", "DATE", "2024-10-03",
     "2024-10-03", "2024-10-03", "day", None),
    ("en", PUB, "The ship docked on 12 Sept 2025.", "12 Sept 2025", "DATE", "2025-09-12", "2025-09-12",
     "2025-09-12", "day", None),
    ("en", PUB, "Exercises were held in April.", "April", "DATE", "2025-04", "2025-04-01", "2025-04-30",
     "month", None),
    ("en", PUB, "The treaty was signed in 1989.", "1989", "DATE", "1989", "1989-01-01", "1989-12-31",
     "year", None),
    ("en", PUB, "Profits fell in the third quarter.", "the third quarter", "DATE", "2025-Q3", "2025-07-01",
     "2025-09-30", "quarter", None),
    ("en", PUB, "Tensions grew in the 1990s.", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31",
     "decade", None),
    # relative to the publication date
    ("en", PUB, "Ministers met on Wednesday in Caracas.", "Wednesday", "DATE", "2025-10-29", "2025-10-29",
     "2025-10-29", "day", None),
    ("en", WED, "Ministers met on Wednesday in Caracas.", "Wednesday", "DATE", "2025-10-29", "2025-10-29",
     "2025-10-29", "day", None),
    ("en", PUB, "Ministers will meet on Wednesday in Caracas.", "Wednesday", "DATE", "2025-11-05",
     "2025-11-05", "2025-11-05", "day", None),
    ("en", PUB, "Imports rose last month.", "last month", "DATE", "2025-10", "2025-10-01", "2025-10-31",
     "month", None),
    ("en", PUB, "The frigate sailed two weeks ago.", "two weeks ago", "DATE", "2025-W42", "2025-10-13",
     "2025-10-19", "week", None),
    ("en", PUB, "The talks ended two months or so ago.", "two months or so ago", "DATE", "2025-09", "2025-09-01",
     "2025-09-30", "month", "APPROX"),
    ("en", PUB, "A summit is planned next week.", "next week", "DATE", "2025-W45", "2025-11-03",
     "2025-11-09", "week", None),
    ("en", PUB, "He is expected to arrive later this week.", "later this week", "DATE", "2025-W44",
     "2025-10-27", "2025-11-02", "week", "END"),
    ("en", PUB, "Earlier this month the navy withdrew.", "Earlier this month", "DATE", "2025-11",
     "2025-11-01", "2025-11-30", "month", "START"),
    ("en", PUB, "Sanctions end by the end of the month.", "the end of the month", "DATE", "2025-11",
     "2025-11-01", "2025-11-30", "month", "END"),
    ("en", PUB, "Rates were cut last year.", "last year", "DATE", "2024", "2024-01-01", "2024-12-31", "year",
     None),
    # ranges and open ranges
    ("en", date(2024, 6, 1), "Drills ran from May 4 to 9 near the coast.", "from May 4 to 9", "DATE",
     "2024-05-04..2024-05-09", "2024-05-04", "2024-05-09", "range", None),
    ("en", PUB, "Patrols were doubled between May and July.", "between May and July", "DATE",
     "2025-05..2025-07", "2025-05-01", "2025-07-31", "range", None),
    ("en", PUB, "Since September, strikes have continued.", "Since September", "DATE", "2025-09..",
     "2025-09-01", None, "month", None),
    ("en", PUB, "The port stays closed until Friday.", "until Friday", "DATE", "..2025-10-31", None,
     "2025-10-31", "day", None),
    ("en", PUB, "Since the beginning of autumn, the US has sent ships.", "Since the beginning of autumn",
     "DATE", "2025-FA..", "2025-09-01", None, "season", "START"),
    # fuzzy parts keep their precision
    ("en", PUB, "The letters were sent in early October.", "early October", "DATE", "2025-10", "2025-10-01",
     "2025-10-31", "month", "START"),
    ("en", PUB, "The base was built around 2006.", "around 2006", "DATE", "2006", "2006-01-01", "2006-12-31",
     "year", "APPROX"),
    ("en", PUB, "Output peaked in mid-2006.", "mid-2006", "DATE", "2006", "2006-01-01", "2006-12-31", "year",
     "MID"),
    ("en", PUB, "Talks stalled last fall.", "last fall", "DATE", "2024-FA", "2024-09-01", "2024-11-30",
     "season", None),
    # durations, sets, times, references
    ("en", PUB, "He proposed a three-year cooperation plan.", "three-year", "DURATION", "P3Y", None, None,
     None, None),
    ("en", PUB, "The blockade lasted five months.", "five months", "DURATION", "P5M", None, None, None, None),
    ("en", PUB, "Patrols are flown every week.", "every week", "SET", "P1W", None, None, None, None),
    ("en", PUB, "The strike began at 10:30 a.m. Tuesday.", "10:30 a.m. Tuesday", "TIME", "2025-10-28T10:30",
     "2025-10-28", "2025-10-28", "day", None),
    ("en", PUB, "The fleet is now in the Caribbean.", "now", "DATE", "PRESENT_REF", "2025-11-01",
     "2025-11-01", "day", None),
    ("en", PUB, "Prices fell as workers marched in March.", "March", "DATE", "2025-03", "2025-03-01",
     "2025-03-31", "month", None),
    ("en", PUB, "Prices may fall as workers march in March.", "March", "DATE", "2026-03", "2026-03-01",
     "2026-03-31", "month", None),  # the modal "may" speaks of the future
    ("en", PUB, "The accord was signed in May.", "May", "DATE", "2025-05", "2025-05-01", "2025-05-31", "month",
     None),
    ("en", PUB, "Output rose in the first half of 2024.", "the first half of 2024", "DATE", "2024-H1",
     "2024-01-01", "2024-06-30", "range", None),
    ("en", PUB, "Convoys leave on Mondays.", "Mondays", "SET", "XXXX-WXX-1", None, None, None, None),
    ("en", PUB, "Inspectors visit twice a year.", "twice a year", "SET", "P1Y", None, None, None, None),
    ("en", PUB, "The same day, the fleet left port.", "The same day", "DATE", "2025-11-01", "2025-11-01",
     "2025-11-01", "day", None),
    ("en", PUB, "The talks collapsed last night.", "last night", "TIME", "2025-10-31TNI", "2025-10-31",
     "2025-10-31", "day", None),
    ("en", PUB, "The blockade took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None, None, None, None),
    ("en", PUB, "The port was mined in July last year.", "July last year", "DATE", "2024-07", "2024-07-01",
     "2024-07-31", "month", None),
    # Spanish
    ("es", PUB, "El ministro llegó el 3 de noviembre de 2024.", "el 3 de noviembre de 2024", "DATE",
     "2024-11-03", "2024-11-03", "2024-11-03", "day", None),
    ("es", PUB, "Las maniobras empezaron a principios de marzo.", "a principios de marzo", "DATE", "2025-03",
     "2025-03-01", "2025-03-31", "month", "START"),
    ("es", PUB, "El lunes por la mañana zarpó el buque.", "El lunes por la mañana", "TIME", "2025-10-27TMO",
     "2025-10-27", "2025-10-27", "day", None),
    ("es", PUB, "La semana pasada hubo protestas.", "La semana pasada", "DATE", "2025-W43", "2025-10-20",
     "2025-10-26", "week", None),
    ("es", PUB, "El buque llegó hace dos semanas.", "hace dos semanas", "DATE", "2025-W42", "2025-10-13",
     "2025-10-19", "week", None),
    ("es", PUB, "Desde septiembre hay ataques.", "Desde septiembre", "DATE", "2025-09..", "2025-09-01", None,
     "month", None),
    ("es", date(2024, 6, 1), "Hubo ejercicios del 4 al 9 de mayo.", "del 4 al 9 de mayo", "DATE",
     "2024-05-04..2024-05-09", "2024-05-04", "2024-05-09", "range", None),
    ("es", PUB, "Firmaron un plan de tres años.", "tres años", "DURATION", "P3Y", None, None, None, None),
    ("es", PUB, "Llegaron en noviembre del año pasado.", "noviembre del año pasado", "DATE", "2024-11",
     "2024-11-01", "2024-11-30", "month", None),
    ("es", PUB, "Patrullan desde mediados de diciembre.", "desde mediados de diciembre", "DATE", "2024-12..",
     "2024-12-01", None, "month", "MID"),
    # a clock time with no day named or mentioned before it: the day is unknown, no interval
    ("es", PUB, "Zarpó a las 8 de la tarde.", "a las 8 de la tarde", "TIME", "XXXX-XX-XXT20:00", None, None, None,
     None),
    # Russian
    ("ru", PUB, "Встреча состоялась 3 ноября 2024 года.", "3 ноября 2024 года", "DATE", "2024-11-03",
     "2024-11-03", "2024-11-03", "day", None),
    ("ru", PUB, "Министр прилетел 16 октября.", "16 октября", "DATE", "2025-10-16", "2025-10-16",
     "2025-10-16", "day", None),
    ("ru", PUB, "На прошлой неделе прошли учения.", "На прошлой неделе", "DATE", "2025-W43", "2025-10-20",
     "2025-10-26", "week", None),
    ("ru", PUB, "В начале марта корабль ушёл.", "В начале марта", "DATE", "2025-03", "2025-03-01",
     "2025-03-31", "month", "START"),
    ("ru", PUB, "С сентября нанесено несколько ударов.", "С сентября", "DATE", "2025-09..", "2025-09-01", None,
     "month", None),
    ("ru", PUB, "Порт закрыт до пятницы.", "до пятницы", "DATE", "..2025-10-31", None, "2025-10-31", "day",
     None),
    ("ru", PUB, "Он предложил трёхлетний план.", "трёхлетний", "DURATION", "P3Y", None, None, None, None),
    ("ru", PUB, "Это случилось в ноябре прошлого года.", "ноябре прошлого года", "DATE", "2024-11", "2024-11-01",
     "2024-11-30", "month", None),
    ("ru", PUB, "С начала осени флот усилил присутствие.", "С начала осени", "DATE", "2025-FA..", "2025-09-01",
     None, "season", "START"),
    ("ru", WED, "В среду утром корабль вошёл в порт.", "среду утром", "TIME", "2025-10-29TMO", "2025-10-29",
     "2025-10-29", "day", None),
    ("ru", PUB, "Две недели назад флот вышел в море.", "Две недели назад", "DATE", "2025-W42", "2025-10-13",
     "2025-10-19", "week", None),
    # before / after a year (TimeML BEFORE, AFTER): the interval is open on the far side
    ("en", PUB, "The post-1959 politics split families.", "post-1959", "DATE", "1959", "1960-01-01", None,
     "year", "AFTER"),
    ("en", PUB, "They demand the pre-1990 borders.", "pre-1990", "DATE", "1990", None, "1989-12-31", "year",
     "BEFORE"),
    ("en", PUB, "Tensions grew since the mid-1990s.", "since the mid-1990s", "DATE", "199..", "1990-01-01", None,
     "decade", "MID"),
    # "a decade ago" is about ten years back (a year, approximate), not the decade before this one
    ("en", date(1999, 3, 12), "A decade ago, the members were Soviet allies.", "A decade ago", "DATE", "1989",
     "1989-01-01", "1989-12-31", "year", "APPROX"),
    ("es", date(1999, 3, 12), "Hace una década eran aliados soviéticos.", "Hace una década", "DATE", "1989",
     "1989-01-01", "1989-12-31", "year", "APPROX"),
    ("ru", date(1999, 3, 12), "Два десятилетия назад они были союзниками.", "Два десятилетия назад", "DATE",
     "1979", "1979-01-01", "1979-12-31", "year", "APPROX"),
    # the end of the year just passed after "since" or in a past clause; this year's otherwise
    ("en", date(1989, 10, 30), "The index is up 5% since year-end.", "since year-end", "DATE", "1988..",
     "1988-01-01", None, "year", "END"),
    ("en", date(1989, 2, 10), "At year-end the fund held $5 billion.", "year-end", "DATE", "1988", "1988-01-01",
     "1988-12-31", "year", "END"),
    ("en", date(1989, 10, 30), "The deal should close by year-end.", "year-end", "DATE", "1989", "1989-01-01",
     "1989-12-31", "year", "END"),
    ("en", date(1989, 10, 30), "Prices have fallen since the end of the year.", "since the end of the year", "DATE",
     "1988..", "1988-01-01", None, "year", "END"),
    # the publication day, in a possessive or after "of", where it is a day (not "today's youth")
    ("en", PUB, "The story ran in today's editions of the paper.", "today", "DATE", "2025-11-01", "2025-11-01",
     "2025-11-01", "day", None),
    ("en", PUB, "He spoke about the events of today.", "today", "DATE", "2025-11-01", "2025-11-01",
     "2025-11-01", "day", None),
    ("en", PUB, "It recalled the 1976 Ford campaign.", "1976", "DATE", "1976", "1976-01-01", "1976-12-31",
     "year", None),  # "Ford" is not read as a car make
]


@pytest.mark.parametrize(("lang", "published", "text", "span", "type_", "value", "start", "end", "gran", "mod"),
                         CASES, ids=[c[3] for c in CASES])
def test_expression(lang, published, text, span, type_, value, start, end, gran, mod):
    t = _only(text, published, lang)
    assert (t.text, text[t.start:t.end]) == (span, span)
    assert (t.type, t.value, t.granularity, t.mod) == (type_, value, gran, mod)
    d = t.to_dict()
    assert (d["start_date"], d["end_date"]) == (start, end)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Pentagon sent 12 launchers and 5,000 sailors."),
    ("en", "Inflation reached 35% while F-16, MiG-29, DDG-51 and Tu-95 aircraft flew."),
    ("en", "The ministers may meet again; officials said it may take time."),
    ("en", "Maduro asked for 14 sets of missiles and repairs to Su-20MK2 jets; 60 people died."),
    ("en", "4 comments © 2024 Example Media. Read also: 2025 vehicles were shipped."),
    ("es", "Se enviaron 14 equipos de misiles y 5.000 soldados; el 35% de la flota."),
    ("ru", "Мадуро попросил 14 комплектов ракет и ремонт Су-20МК2; погибли 60 человек."),
])
def test_never_a_date(lang, text):
    assert find_timexes(text, PUB, lang) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("On October 3 they met. The same day, he left.", ["2025-10-03", "2025-10-03"]),
    ("The war began in 2015. Five years later it ended.", ["2015", "2020"]),
    ("Profit rose in the third quarter from a year ago.", ["2025-Q3", "2024-Q3"]),
    ("Sales in the quarter ended Sept. 30 beat the year-ago quarter.", ["2025-Q3", "2025-09-30", "2024-Q3"]),
    ("On May 3, 2020 the strike began; three days later it ended.", ["2020-05-03", "2020-05-06"]),
    ("On March 3, 2024 the ship sailed; later in the day it was struck.", ["2024-03-03", "2024-03-03"]),
    ("The frigate left on Oct. 2. Its escort sailed that same day.", ["2025-10-02", "2025-10-02"]),
])
def test_anaphora_uses_the_date_mentioned_last(text, expected):
    assert [t.value for t in find_timexes(text, PUB, "en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El 3 de octubre se reunieron. Dos días después firmaron.", ["2025-10-03", "2025-10-05"]),
    # "después de que ...": counted from an event, not from the date named before: a duration
    ("El 3 de octubre se reunieron. El ataque llegó dos días después de que Irán protestara.", ["2025-10-03", "P2D"]),
])
def test_spanish_later_and_after(text, expected):
    assert [t.value for t in find_timexes(text, PUB, "es")] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Военные корабли прибыли в Карибское море.", "ru"),
    ("El gobierno de Venezuela pidió ayuda a Rusia y a China para la defensa.", "es"),
    ("The government of Venezuela asked Russia and China for help with its defence.", "en"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("language", [None, "auto"])
def test_language_detected_when_not_given(language):
    t = _only("Встреча прошла на прошлой неделе в Москве.", PUB, language)
    assert t.value == "2025-W43"


def test_deterministic_and_ordered():
    text = "Since September, and on October 16, and next week, ships moved; in 1989 too."
    first = find_timexes(text, PUB, "en")
    assert first == find_timexes(text, PUB, "en")
    assert [t.start for t in first] == sorted(t.start for t in first)
    assert all(text[t.start:t.end] == t.text for t in first)


@pytest.mark.parametrize(("text", "values"), [
    ("Feb. 29 is a leap day.", ["2024-02-29"]),  # the nearest year where the day exists
    ("It was signed on February 30, 2023.", ["2024-02", "2023"]),  # no such day: no day-level date
    ("Prices in 1998-1990 fell.", []),  # a backwards range is no range, and its parts are not years
])
def test_impossible_dates_are_not_invented(text, values):
    assert [t.value for t in find_timexes(text, date(2025, 1, 1), "en")] == values


def test_other_language_goes_through_dateparser():
    found = find_timexes("Le sommet a eu lieu le 16 octobre 2025 à Paris.", PUB, "fr")
    assert [(t.value, t.granularity) for t in found] == [("2025-10-16", "day")]


# --- year-less dates read by the tense of their clause ------------------------------------------------------
YEAR_END = date(2022, 12, 31)  # a report filed at the end of the year


@pytest.mark.parametrize(("lang", "published", "text", "value"), [
    # past tense, or no cue at all: the latest such day on or before publication
    ("en", YEAR_END, "UKRAINE: On 1 June, the tanker was struck by a shell.", "2022-06-01"),
    ("en", YEAR_END, "A cargo ship was boarded 3 Jan at Balikpapan anchorage.", "2022-01-03"),
    ("en", PUB, "Talks on 6 March in Geneva.", "2025-03-06"),
    ("en", PUB, "The ministers met in June.", "2025-06"),
    ("en", PUB, "In December, the navy withdrew.", "2024-12"),
    ("en", PUB, "U.S. officials said the convoy left on Dec. 3.", "2024-12-03"),
    # a future or planning clause resolves forward
    ("en", PUB, "The ministers will meet on 6 March.", "2026-03-06"),
    ("en", PUB, "On 6 March the ministers will meet in Caracas.", "2026-03-06"),
    ("en", PUB, "The summit is scheduled for June 12.", "2026-06-12"),
    ("en", PUB, "The treaty will be signed in February.", "2026-02"),
    ("en", PUB, "Elections are expected to be held in December.", "2025-12"),
    ("en", date(2025, 8, 20), "Veterans will mark the Aug. 7 anniversary.", "2025-08-07"),
    ("en", PUB, "The court told the family to leave by Jan. 14.", "2026-01-14"),  # a deadline
    ("en", PUB, "By March the rebels had taken the port.", "2025-03"),
    ("en", PUB, "Congress reconvenes Jan. 24.", "2026-01-24"),  # a schedule in the present tense
    # an infinitive of intent dates what is intended, after the decision: a coming month if it is near
    ("en", PUB, "The navy agreed to buy two frigates in February.", "2026-02"),
    ("en", PUB, "NATO has decided to admit the two states in early March.", "2026-03"),
    ("en", PUB, "The bank announced an agreement to acquire the lender in January.", "2026-01"),
    ("en", PUB, "The minister agreed to sell the port in September.", "2025-09"),  # too far ahead: past
    ("en", PUB, "The crew tried to board the ship in February.", "2025-02"),  # an attempt happened
    ("en", PUB, "The ship returned to port in January.", "2025-01"),  # "to" + noun: no infinitive
    ("en", PUB, "The Red Sea patrol is in January.", "2026-01"),
    # Spanish
    ("es", PUB, "El buque fue atacado el 6 de marzo.", "2025-03-06"),
    ("es", PUB, "El 6 de marzo el buque fue atacado.", "2025-03-06"),
    ("es", PUB, "La cumbre se celebrará el 6 de marzo.", "2026-03-06"),
    ("es", PUB, "El acuerdo será firmado el 6 de marzo.", "2026-03-06"),
    ("es", PUB, "Los ministros se reunirán en junio.", "2026-06"),
    ("es", PUB, "Los ministros se reunieron en junio.", "2025-06"),
    ("es", PUB, "El barco llegó el 13 de diciembre.", "2024-12-13"),
    ("es", PUB, "En marzo, Irán incautó un petrolero.", "2025-03"),  # "Irán" is no future in -rán
    ("es", PUB, "El 6 de marzo Teherán anunció nuevas maniobras.", "2025-03-06"),
    # Russian
    ("ru", PUB, "Судно было атаковано 6 марта.", "2025-03-06"),
    ("ru", PUB, "6 марта судно было атаковано.", "2025-03-06"),
    ("ru", PUB, "Саммит состоится 6 марта.", "2026-03-06"),
    ("ru", PUB, "6 марта будет подписано соглашение.", "2026-03-06"),
    ("ru", PUB, "Министры будут встречаться в июне.", "2026-06"),
    ("ru", PUB, "Министры встретились в июне.", "2025-06"),
    # a weekday opening its sentence is dated by the verb after it (PUB is a Saturday)
    ("en", PUB, "On Tuesday, the National Reproductive Rights Action League will hold a news conference.",
     "2025-11-04"),
    ("en", PUB, "On Tuesday, the league plans to hold a news conference.", "2025-11-04"),
    ("en", PUB, "On Tuesday, the league held a news conference.", "2025-10-28"),
    ("en", PUB, "On Friday, when the envoy set aside vacation plans for the hastily planned trip, the ministry "
                "lifted a warning.", "2025-10-31"),  # "planned" after an adverb is an adjective
    ("en", PUB, "The ministry said on Tuesday that the league will hold a news conference.", "2025-10-28"),
    ("es", PUB, "El martes, los ministros se reunirán en Ginebra.", "2025-11-04"),
    ("es", PUB, "El martes, los ministros se reunieron en Ginebra.", "2025-10-28"),
    ("ru", PUB, "Во вторник министры встретятся в Женеве.", "2025-11-04"),
    ("ru", PUB, "Во вторник министры встретились в Женеве.", "2025-10-28"),
    # a plural schedule verb in the present ("the leaders meet Monday") takes the nearer weekday
    ("en", date(1998, 5, 1), "Netanyahu and Arafat meet separately Monday with the secretary.", "1998-05-04"),
    ("en", date(1998, 5, 1), "Netanyahu and Arafat did not meet Monday.", "1998-04-27"),
    ("en", date(1998, 5, 1), "Netanyahu and Arafat met Monday.", "1998-04-27"),
])
def test_year_less_dates_follow_the_tense(lang, published, text, value):
    assert _only(text, published, lang).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("The embassies next to the port were bombed on Friday.", "2025-10-31"),  # "next to" is no future
    ("Officials could not be reached Wednesday.", "2025-10-29"),
    ("The minister will travel Wednesday to Caracas.", "2025-11-05"),
    ("On Wednesday, he said talks will resume.", "2025-10-29"),  # a future mark after a weekday is not its own
])
def test_weekday_tense(text, value):
    assert _only(text).value == value


# --- report notations: two-digit years, date-time groups, 24-hour clocks -----------------------------------
@pytest.mark.parametrize(("published", "text", "expected"), [
    (date(2010, 12, 31), "Fishing dhow hijacked 18 Dec 09 while underway.", [("18 Dec 09", "DATE", "2009-12-18")]),
    (date(2008, 12, 31), "Tanker boarded 02 Mar 08 at 0045 local time.",  # a day and its clock time: one TIME
     [("02 Mar 08 at 0045 local time", "TIME", "2008-03-02T00:45")]),
    (date(2010, 12, 31), "Chemical tanker hijacked 8 May 10 at 1206 UTC.",
     [("8 May 10 at 1206 UTC", "TIME", "2010-05-08T12:06")]),
    (date(1989, 12, 31), "On 29 JANUARY,'85 the ship was boarded.", [("29 JANUARY,'85", "DATE", "1985-01-29")]),
    (date(2000, 12, 31), "Boarded 3 Apr 99 at anchor.", [("3 Apr 99", "DATE", "1999-04-03")]),
    (date(2010, 12, 31), "On 8 May 10 people died.", [("8 May", "DATE", "2010-05-08")]),  # a count, not a year
    (date(1992, 12, 31), "241240Z MAY 92 the landing ship maneuvered.", [("241240Z MAY 92", "TIME", "1992-05-24T12:40")]),
    (date(1984, 12, 31), "Fired upon 201744Z SEPT.1984, while in position.",
     [("201744Z SEPT.1984", "TIME", "1984-09-20T17:44")]),
    (date(2010, 12, 31), "Merchant vessel attacked at 220428Z Dec. Vessels are advised.",
     [("220428Z Dec.", "TIME", "2010-12-22T04:28")]),
    (date(2021, 12, 31), "Skiff sighted 061530 UTC Mar 21 near the strait.",
     [("061530 UTC Mar 21", "TIME", "2021-03-06T15:30")]),
    (date(1991, 12, 31), "032215ZJUN91 US flag ship harassed.", [("032215ZJUN91", "TIME", "1991-06-03T22:15")]),
    (date(1992, 12, 31), "10FEB92 pirates boarded the ship.", [("10FEB92", "DATE", "1992-02-10")]),
    (date(2011, 12, 31), "Merchant vessel attacked at 0720Z on 14 Jan.", [("0720Z on 14 Jan.", "TIME", "2011-01-14T07:20")]),
    (date(2013, 12, 31), "On 24 July, 2040Z, pirates boarded a tug.",
     [("24 July, 2040Z", "TIME", "2013-07-24T20:40")]),
    (PUB, "The frigate sailed at 1400 hours on Tuesday.", [("1400 hours on Tuesday", "TIME", "2025-10-28T14:00")]),
    (PUB, "The plant has 2000 hours of fuel.", [("2000 hours", "DURATION", "PT2000H")]),
])
def test_report_notations(published, text, expected):
    assert [(t.text, t.type, t.value) for t in find_timexes(text, published, "en")] == expected


@pytest.mark.parametrize(("yy", "published", "year"), [
    (9, date(2010, 6, 1), 2009), (99, date(2010, 6, 1), 1999), (89, date(1990, 1, 1), 1989),
    (21, date(2022, 1, 1), 2021), (1, date(1999, 1, 1), 2001), (35, date(2025, 1, 1), 2035),
])
def test_two_digit_year(yy, published, year):
    from geotimeline.temporal.calendar import expand_year

    assert expand_year(yy, published) == year


@pytest.mark.parametrize("text", [
    "The group began to fall apart after the defection.",  # the verb "fall"
    "Ministers Bronislaw Geremek and Jan Kavan signed.",  # a name, not January
    "Iraq imports about three-quarters of its food.",  # a fraction, not a duration
])
def test_not_temporal(text):
    assert find_timexes(text, PUB, "en") == []


@pytest.mark.parametrize(("published", "text", "expected"), [
    # "a month later than expected" is a span compared, no date a month after the one mentioned last
    (date(2025, 3, 14), "The ship left on Monday, a month later than the expected departure.",
     [("Monday", "DATE", "2025-03-10"), ("a month", "DURATION", "P1M")]),
    (date(2025, 3, 14), "The ship docked on March 8. A month later, it left.",
     [("March 8", "DATE", "2025-03-08"), ("A month later", "DATE", "2025-04")]),
    # "fall" as a verb is no autumn
    (date(2024, 6, 2), "These are areas that fall under our responsibility.", []),
    (date(2024, 6, 2), "Prices fell sharply last fall.", [("last fall", "DATE", "2023-FA")]),
    (date(2025, 3, 14), "Violence returned three months after the fall of President Assad.",
     [("three months", "DURATION", "P3M")]),  # a downfall
    (date(2025, 3, 14), "The plant opened in the fall of 2019.", [("the fall of 2019", "DATE", "2019-FA")]),
    (date(2025, 3, 14), "The war began in 2014. That fall, talks collapsed.",  # the year mentioned last
     [("2014", "DATE", "2014"), ("That fall", "DATE", "2014-FA")]),
    # "over the past decade" is the last ten years; "the last decade" the one before this
    (date(2019, 12, 9), "Costs fell over the past decade.", [("the past decade", "DURATION", "P10Y")]),
    # a weekday with its date in brackets; "set for" looks ahead
    (date(2019, 12, 9), "A report set for release Friday (Dec. 13) finds cuts are needed.",
     [("Friday (Dec. 13)", "DATE", "2019-12-13")]),
    (date(2019, 12, 9), "The vote is set for Friday.", [("Friday", "DATE", "2019-12-13")]),
    # "would" (a future seen from a past report) takes the nearer month; a weekday still the coming one
    (date(2025, 3, 14), "Reports said the ship would depart in early February, but it left on March 10.",
     [("early February", "DATE", "2025-02"), ("March 10", "DATE", "2025-03-10")]),
    (date(2025, 3, 12), "Officials said the ministers would meet Friday.", [("Friday", "DATE", "2025-03-14")]),
    # "slated" after a noun only describes it: the date is the main verb's; as a passive it looks ahead
    (date(2025, 3, 12), "The administration announced plans to hold migrants slated for deportation in late January.",
     [("late January", "DATE", "2025-01")]),
    (date(2025, 1, 12), "The vote is slated for March 3.", [("March 3", "DATE", "2025-03-03")]),
    (date(2021, 4, 14), "The elections set for February were delayed.", [("February", "DATE", "2021-02")]),
    (date(2024, 6, 2), "These are areas that fall under our responsibility.", []),  # no "that fall" season
    # with no tense in its clause, the month just after publication is the coming one; not when it opens the
    # sentence, after "since", or as a past verb's object
    (date(1990, 8, 16), "Oil companies were informed. A 15-20 percent cutback in oil supply in September.",
     [("September", "DATE", "1990-09")]),
    (date(2025, 11, 1), "In December, the navy withdrew.", [("December", "DATE", "2024-12")]),
    (date(2025, 11, 1), "Shipping costs up since December.", [("since December", "DATE", "2024-12..")]),
    (date(2025, 11, 1), "The fleet sailed in December.", [("December", "DATE", "2024-12")]),
    # "until"/"by" look ahead, unless a past verb narrates ("the strike continued until January"); a deadline
    # set in the past still looks ahead ("gave the firm until mid-November to submit")
    (date(1989, 10, 30), "The strike continued until January.", [("until January", "DATE", "..1989-01")]),
    (date(1989, 10, 30), "Sanctions remain in force until January.", [("until January", "DATE", "..1990-01")]),
    (date(1989, 10, 30), "Ottawa gave the firm until mid-November to submit its plan.",
     [("until mid-November", "DATE", "..1989-11")]),
    (date(1989, 10, 30), "Prices rose to a record by March.", [("March", "DATE", "1989-03")]),
    # a vague count takes a plural ("many weekend sporting events" is no span; "a several-year slump" is)
    (date(2025, 3, 11), "Many weekend sporting events were cancelled for several weeks.",
     [("several weeks", "DURATION", "PXW")]),
    (date(2025, 3, 11), "It ended a several-year slump.", [("several-year", "DURATION", "PXY")]),
    # irregular past tenses date what happened; a participle in a present passive does not
    (date(2025, 11, 1), "By then the navy withdrew its ships, and in December the rebels overthrew the king.",
     [("December", "DATE", "2024-12")]),
    (date(2000, 3, 29), "He will not cooperate when the case is heard in May.", [("May", "DATE", "2000-05")]),
    # "the coming ..." looks ahead; "Daily" in a name is no set
    (date(2024, 6, 30), "Payments rise in the coming fiscal year starting in July.",
     [("the coming fiscal year", "DATE", "2025"), ("starting in July", "DATE", "2024-07..")]),
    (date(2024, 6, 30), "He founded Apple Daily and reads the Daily Telegraph; patrols fly daily.",
     [("daily", "SET", "P1D")]),
])
def test_news_wording(published, text, expected):
    assert [(t.text, t.type, t.value) for t in find_timexes(text, published, "en")] == expected


@pytest.mark.parametrize("text", [
    "The case of Elian is for today's youth what the blockade was for their parents.",  # the present age
    "This is very important in today's world.",
    "Intel chips are in many of today's personal computers.",
    "If I were choosing the people of tomorrow, I would have chosen them.",
    "Kopp's 1987 Chevrolet Cavalier was found at the airport.",  # a model year
    "Militants drove a 2015 Toyota Hilux into the square.",
])
def test_generic_present_and_model_years_are_no_dates(text):
    assert find_timexes(text, PUB, "en") == []


# --- conventions adopted from TimeBank (consistent in both halves of the corpus) ----------------------------
@pytest.mark.parametrize(("published", "text", "value"), [
    # a weekday named with a year-less date picks the year in which the day falls on that weekday
    (date(1998, 10, 25), "The paper said in an editorial on Monday, Oct. 26, that the killing was a crime.",
     "1998-10-26"),
    (date(1998, 4, 24), "The court ruled on Saturday, 25 April, after a long hearing.", "1998-04-25"),
    (date(2025, 11, 3), "The paper said in an editorial on Sunday, Nov. 2, that talks had failed.", "2025-11-02"),
    # a possessive weekday names a known event: the tense of the clause does not move it forward
    (date(2000, 1, 7), "Lawyers said they would look for ways to overturn Wednesday's ruling.", "2000-01-05"),
    (date(2000, 1, 7), "Lawyers said they would file an appeal on Wednesday.", "2000-01-12"),
    # a day a few weeks ahead rather than eleven months back, unless a past verb takes it
    (date(2000, 1, 5), "The agency gave no reason for the Jan. 14 deadline.", "2000-01-14"),
    (date(2000, 1, 5), "The senator subpoenaed the witness to testify on Feb. 2 in Washington.", "2000-02-02"),
    (date(2000, 1, 10), "The company's year ended Jan. 31 with a loss.", "1999-01-31"),
    (date(2000, 1, 10), "Shipments peaked on Jan. 20 and then fell.", "1999-01-20"),
    (date(2000, 5, 10), "The agency gave no reason for the Aug. 14 deadline.", "1999-08-14"),  # too far ahead
    # ... but a fronted "On 2 February," and a past clause's adverbial date what happened
    (date(2022, 12, 31), "GUINEA: On 2 February, two robbers boarded an anchored tanker.", "2022-02-02"),
    (date(2022, 12, 31), "A bulk carrier was fired upon 30 Jan while underway.", "2022-01-30"),
    (date(2022, 12, 31), "Customs officers said a trawler was seized near the port in the night of 20 January.",
     "2022-01-20"),
    # an adjectival participle is no past tense ("a still unspecified date")
    (date(1989, 10, 26), "The dividend would be paid on a still unspecified date in January.", "1990-01"),
    # an infinitive of intent further back in the sentence still governs the day ("subpoenaed ... to testify")
    (date(2000, 1, 7), "Rep. Dan Burton said he subpoenaed 6-year-old Elian to testify before the Committee on "
                       "Government Reform on Feb. 10, so he stays in the country.", "2000-02-10"),
    (date(2000, 1, 7), "Rep. Dan Burton said he met 6-year-old Elian and his lawyers before the Committee on "
                       "Government Reform on Feb. 10, in a closed hearing.", "1999-02-10"),
    # "last <month>": the month just gone is "last month", so "last February" on 1 March is a year back
    (date(1998, 3, 1), "Two military helicopters crashed last February.", "1997-02"),
    (date(1998, 1, 5), "Two military helicopters crashed last December.", "1996-12"),
    (date(1998, 3, 20), "Two military helicopters crashed last January.", "1998-01"),
    (date(1998, 3, 1), "Two military helicopters crashed this past February.", "1998-02"),
])
def test_year_less_day_conventions(published, text, value):
    assert _only(text, published).value == value


@pytest.mark.parametrize(("published", "text", "expected"), [
    # "the previous Friday", "the following Monday": around the day mentioned last
    (date(1989, 10, 30), "Shares closed at $5 on Friday, Oct. 27, down from the previous Friday.",
     ["1989-10-27", "1989-10-20"]),
    (date(2000, 3, 20), "The strike began on March 3; talks resumed the following Monday.",
     ["2000-03-03", "2000-03-06"]),
    (date(2000, 3, 10), "Talks resumed the following Monday.", ["2000-03-13"]),  # none mentioned: publication
    # a fiscal quarter without a year is numbered in the publication year
    (date(1989, 10, 26), "The airline earned a record in the fiscal first quarter.", ["1989-Q1"]),
    (date(1989, 10, 26), "The airline expects a loss in the fiscal third quarter of 1990.", ["1990-Q3"]),
    # "the current quarter" is the one under way; "quarterly" is no quarter
    (date(1989, 10, 26), "Sales in the third quarter fell, and the current quarter began well.",
     ["1989-Q3", "1989-Q4"]),
    (date(1989, 10, 26), "The maker posted its first quarterly loss as a public company.", []),
    # a report compares with the quarter it is about, the first one it names; "that quarter" is the last
    (date(1989, 11, 1), "Net rose in the third quarter. After a flat second quarter, costs fell. Charges were "
                        "taken in the year-earlier period.", ["1989-Q3", "1989-Q2", "1988-Q3"]),
    (date(1989, 11, 1), "Net rose in the third quarter. In the second quarter ended June 30, it fell; results "
                        "for that quarter included a charge.", ["1989-Q3", "1989-Q2", "1989-06-30", "1989-Q2"]),
    # "the full year", "for the year", "earlier in the year": the publication year, or the year of the day
    # mentioned last in a narrative
    (date(1989, 11, 2), "Sales for the full year were $6.6 billion, up from $5.8 billion in 1988.",
     ["1989", "1988"]),
    (date(1989, 11, 2), "Up from $5.8 billion in 1988. For the year, volume was flat.", ["1988", "1989"]),
    (date(1989, 11, 2), "Herbicide use was delayed earlier in the year by rain.", ["1989"]),
    (date(2001, 1, 5), "The dam burst on May 4, 1995. Later in the year the town was rebuilt.",
     ["1995-05-04", "1995"]),
    (date(1989, 11, 2), "Revenue for the year ended March 31 rose.", ["P1Y", "1989-03-31"]),
    # "the quarter a year ago", "the corresponding period last year": the period compared with, a year back
    (date(1989, 10, 26), "Net fell in the third quarter. For the quarter a year ago, it earned $16 million.",
     ["1989-Q3", "1988-Q3"]),
    (date(1989, 11, 1), "Net fell in the third quarter, against $5 million for the corresponding period last "
                        "year.", ["1989-Q3", "1988-Q3"]),
    (date(1989, 11, 1), "In January, exports rose 5% from the same period last year.", ["1989-01", "1988-01"]),
    (date(1989, 11, 1), "Exports in the first half rose from the same period of the previous year.",
     ["1989-H1", "1988-H1"]),
    (date(2025, 11, 1), "Attacks rose in 2024 compared with the same period a year earlier.", ["2024", "2023"]),
    (date(1989, 11, 1), "Sales in the first nine months rose from the same period last year.", ["P9M", "1988"]),
    # a figure compared with "a year ago/earlier" in a quarterly report: the report's quarter a year back
    (date(1989, 10, 26), "Net rose in the third quarter. Prices were higher than a year ago.", ["1989-Q3", "1988-Q3"]),
    (date(1989, 10, 26), "Net rose in the third quarter. It earned $5 million in 1987. Sales were $348.2 million "
                         "compared with $307.2 million a year earlier.", ["1989-Q3", "1987", "1988-Q3"]),
    (date(1989, 10, 26), "The plant closed in 1987. A year earlier, it had been sold.", ["1987", "1986"]),
    # a fiscal quarter is replaced as the report's quarter by one named by its end
    (date(1989, 10, 26), "Delta earned a record in the fiscal first quarter. For the quarter ended Sept. 30, net "
                         "rose to $133 million from $100 million a year earlier.",
     ["1989-Q1", "1989-Q3", "1989-09-30", "1988-Q3"]),
    # a fiscal year named relative to publication; "the latest fiscal year" is the last completed one
    (date(1989, 10, 26), "It expects higher sales in the current fiscal year and a loss next fiscal year.",
     ["1989", "1990"]),
    (date(1989, 10, 26), "It had C$7.38 billion in sales in the latest fiscal year.", ["1988"]),
    # "the day before" in apposition to a day is that day
    (date(1989, 10, 30), "Trading after Oct. 12, the day before the market plunge, was calm.",
     ["1989-10-12", "1989-10-12"]),
    (date(1989, 10, 30), "The vote was on Oct. 12. The day before the vote, protests began.",
     ["1989-10-12", "1989-10-11"]),
    # "the day after" counts from an event, so a second one does not count from the first; "the next day" chains
    (date(2025, 3, 11), "They were deported on Feb. 27. A statement followed the day after. Lawyers visited the "
                        "prison the day after the 40 were deported.", ["2025-02-27", "2025-02-28", "2025-02-28"]),
    (date(2025, 3, 11), "They landed on May 4. The next day they marched. The next day they attacked.",
     ["2024-05-04", "2024-05-05", "2024-05-06"]),
])
def test_report_and_anaphora_conventions(published, text, expected):
    assert [t.value for t in find_timexes(text, published, "en")] == expected


# --- numeric dates, bare clock times, report lines (fourth pass) -------------------------------------------
@pytest.mark.parametrize(("lang", "published", "text", "expected"), [
    # day.month.year is day-first in every language
    ("en", date(2023, 12, 31), "04.03.2023 0915 UTC  POSN 12-10.5N 044-20.1E, a skiff approached the ferry.",
     [("04.03.2023 0915 UTC", "TIME", "2023-03-04T09:15")]),
    ("en", date(2019, 12, 31), "The tug was last seen on 09.07.2019 at 1410 UTC.",
     [("09.07.2019 at 1410 UTC", "TIME", "2019-07-09T14:10")]),
    ("en", date(2024, 12, 31), "17.02.2024: 0300 UTC: a dhow was boarded.",
     [("17.02.2024", "DATE", "2024-02-17"), ("0300 UTC", "TIME", "2024-02-17T03:00")]),
    ("ru", PUB, "Переговоры прошли 16.10.2025 в Женеве.", [("16.10.2025", "DATE", "2025-10-16")]),
    ("es", PUB, "Las conversaciones se celebraron el 16.10.2025 en Ginebra.", [("16.10.2025", "DATE", "2025-10-16")]),
    # slashes and hyphens: a part above 12 is the day; otherwise English is month-first, Spanish/Russian day-first
    ("en", PUB, "Filed 10/16/2025 and 16/10/2025.", [("10/16/2025", "DATE", "2025-10-16"),
                                                    ("16/10/2025", "DATE", "2025-10-16")]),
    ("en", PUB, "Filed 03/04/2025.", [("03/04/2025", "DATE", "2025-03-04")]),
    ("es", PUB, "Presentado el 03/04/2025 y el 10/16/2025.", [("03/04/2025", "DATE", "2025-04-03"),
                                                             ("10/16/2025", "DATE", "2025-10-16")]),
    ("ru", PUB, "Документ от 03/04/2025.", [("03/04/2025", "DATE", "2025-04-03")]),
    ("en", PUB, "Filed 16-10-2025 and 2025-10-16.", [("16-10-2025", "DATE", "2025-10-16"),
                                                    ("2025-10-16", "DATE", "2025-10-16")]),
    ("en", date(1999, 6, 1), "The freighter reported missing 1/13/99 was found.", [("1/13/99", "DATE", "1999-01-13")]),
    # a month abbreviation between day and year, with hyphens
    ("en", date(2019, 12, 31), "GULF OF GUINEA: 14-FEB19: 0220 UTC: skiffs closed on the tanker.",
     [("14-FEB19", "DATE", "2019-02-14"), ("0220 UTC", "TIME", "2019-02-14T02:20")]),
    ("en", date(2016, 12, 31), "Pirates attacked on 08-APR-2016 and again on 11-Apr-2016.",
     [("08-APR-2016", "DATE", "2016-04-08"), ("11-Apr-2016", "DATE", "2016-04-11")]),
    # lower-case months count with a year or a clock time after them; a day glued to the word before it
    ("en", date(2004, 12, 31), "A trawler was boarded 06 feb 2004 and a barge 22 mar at 0235 local time.",
     [("06 feb 2004", "DATE", "2004-02-06"), ("22 mar at 0235 local time", "TIME", "2004-03-22T02:35")]),
    ("en", date(2004, 12, 31), "A ferry was robbed14 Mar near the pier.", [("14 Mar", "DATE", "2004-03-14")]),
    # a clock time whose day the text does not give is no claim on the publication day
    ("en", date(2021, 12, 31), "2220 UTC, MALACCA STRAIT. ROBBERS BOARDED A TUG.", [("2220 UTC", "TIME", "XXXX-XX-XXT22:20")]),
    ("en", PUB, "Gunmen opened fire at 3 p.m. near the port.", [("3 p.m.", "TIME", "XXXX-XX-XXT15:00")]),
    ("en", PUB, "Gunmen opened fire on Oct. 30 at 3 p.m. near the port.",
     [("Oct. 30 at 3 p.m.", "TIME", "2025-10-30T15:00")]),  # a day and its clock time: one TIME
    ("ru", PUB, "Обстрел начался в 14:30 по местному времени.", [("14:30", "TIME", "XXXX-XX-XXT14:30")]),
])
def test_numeric_dates_and_report_lines(lang, published, text, expected):
    assert [(t.text, t.type, t.value) for t in find_timexes(text, published, lang)] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The frigate DDG-51 sailed to 01-42.8N 104-05.3E, then 05-37-30 N, near 00:20N - 050:58W."),
    ("en", "Firmware 1.10.2025.4 and scores of 3/4 and 12/31 were logged; the group 1 may act."),
    ("ru", "Корабль прошёл точку 14:18.5N - 056:49.2E, версия 1.10.2025.4."),
])
def test_no_date_in_codes_positions_or_versions(lang, text):
    assert find_timexes(text, PUB, lang) == []


def test_bare_clock_time_covers_no_day():
    t = _only("The skiff approached at 0415 local time.", date(2021, 12, 31))
    assert (t.value, t.start_date, t.end_date, t.granularity) == ("XXXX-XX-XXT04:15", None, None, None)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("A yacht was boarded between 3 and 5 July near the marina.", "between 3 and 5 July", "2022-07-03..2022-07-05"),
    ("MARINA: On between 3 and 5 July, a yacht was boarded.", "between 3 and 5 July", "2022-07-03..2022-07-05"),
    ("Skiffs followed the ferry from 3 to 5 July.", "from 3 to 5 July", "2022-07-03..2022-07-05"),
    ("Skiffs followed the ferry 3-5 July.", "3-5 July", "2022-07-03..2022-07-05"),
    ("Skiffs followed the ferry during the night of 10-11 OCT off the coast.", "10-11 OCT", "2022-10-10..2022-10-11"),
])
def test_range_of_days_with_a_shared_month(text, span, value):
    t = _only(text, YEAR_END)
    assert (t.text, t.value, t.granularity) == (span, value, "range")


DEC31 = date(2004, 12, 31)  # a report filed at the end of the year


@pytest.mark.parametrize(("published", "text", "value"), [
    # a report line of what happened, even with a day a few weeks after the reference: no future reading
    (DEC31, "A tanker reports attempt to board 14 Jan at 0200 local time while at anchor.", "2004-01-14T02:00"),
    (DEC31, "Suspicious approach activity near 12-00N 045-00E on 20 Jan. Ships are advised to keep clear.",
     "2004-01-20"),
    (DEC31, "The pirates attempted to board on 27 Jan and fled.", "2004-01-27"),
    (DEC31, "The dhow was chased by would-be robbers on 22 Jan near the coast.", "2004-01-22"),
    (date(2001, 12, 31), "THE NAVY REPORTED 14 AUG THAT IT WOULD PATROL THE STRAIT.", "2001-08-14"),
    # "will" in a later clause does not move a date inside an earlier phrase's noun phrase
    (DEC31, "Per 12 March report, the navy will escort the convoys.", "2004-03-12"),
    # ... while a date of the future clause itself still moves forward
    (date(2004, 12, 20), "Talks will resume on 12 January.", "2005-01-12"),
    (date(2004, 12, 20), "On 12 January, the ministers will meet in Lima.", "2005-01-12"),
    (date(2004, 12, 20), "The court summoned the captain to testify on 12 January.", "2005-01-12"),
    (date(2004, 12, 20), "The mayor invited the crews to a ceremony on Jan. 12 to mark the reopening.", "2005-01-12"),
])
def test_year_end_reports_are_not_read_as_next_year(published, text, value):
    assert find_timexes(text, published, "en")[0].value == value


@pytest.mark.parametrize(("text", "value"), [
    # the perfective future (a prefixed verb with a present-tense ending) moves a year-less date forward
    ("Министры встретятся 12 января в Женеве.", "2026-01-12"),
    ("12 января министры встретятся в Женеве.", "2026-01-12"),
    ("Президент подпишет указ в пятницу.", "2025-11-07"),
    ("Делегация прибудет в Каракас в марте.", "2026-03"),
    ("Министр заявил, что стороны обсудят соглашение 12 января.", "2026-01-12"),
    # the imperfective present of prefixed verbs is no future ("подписывает", "проходят", "находится")
    ("Президент подписывает указ в пятницу.", "2025-10-31"),
    ("Переговоры проходят в Женеве 12 марта.", "2025-03-12"),
    ("Судно находится в порту 12 марта.", "2025-03-12"),
    ("Совет директоров собрался 12 марта.", "2025-03-12"),
])
def test_russian_perfective_future(text, value):
    assert _only(text, PUB, "ru").value == value


@pytest.mark.parametrize(("text", "values"), [
    ("Residents who led the 1992 protests have moved.", ["1992"]),  # a year before a plural noun after "the"
    ("Sales were above fiscal 1989 sales.", ["1989"]),
    ("Then 2000 troops left the base.", []),  # a count
    ("1997 was a hard year for the fleet.", ["1997"]),  # a verb in -s after it: the year is the subject
    ("1998 marks the end of the blockade.", ["1998"]),
])
def test_year_before_a_plural_noun(text, values):
    assert [t.value for t in find_timexes(text, date(1998, 10, 25), "en")] == values


# --- names that contain a date; spaced date-time groups; anaphora and times of day without a day (fifth pass)
MAR26 = date(2024, 3, 26)
JUN1 = date(2024, 6, 1)  # 4 May 2024 was a Saturday, 2 May a Thursday


@pytest.mark.parametrize(("lang", "published", "text", "expected"), [
    ("en", MAR26, "On Saturday, coast guard ships fired water cannon at the Unaizah May 4, a wooden supply boat.",
     [("Saturday", "2024-03-23")]),
    ("en", MAR26, "The Unaizah May 4 was hit; Unaizah May 4 was hit again on March 5.", [("March 5", "2024-03-05")]),
    ("en", MAR26, "The ship Lady May 2 sank off the cape.", []),
    ("en", MAR26, "Rebels of the March 23 Movement seized the town.", []),
    ("en", MAR26, "Castro led the 26th of July Movement.", []),
    ("en", MAR26, "Members of the April 6 Youth Movement marched.", []),
    ("en", MAR26, "Traffic on the 6th of October Bridge stopped.", []),
    ("es", MAR26, "Miles de personas se reunieron en la Plaza de Mayo el 3 de marzo.", [("el 3 de marzo", "2024-03-03")]),
    ("es", MAR26, "El Movimiento 26 de Julio tomó el poder.", []),
    ("es", MAR26, "Cortaron la avenida Primero de Mayo y la avenida 9 de Julio.", []),
    ("ru", MAR26, "Пожар произошёл на улице 1 Мая.", []),
    ("ru", MAR26, "Рабочие завода «Красный Октябрь» бастуют.", []),
    # real dates stay dates
    ("en", JUN1, "They met on Thursday May 2.", [("Thursday May 2", "2024-05-02")]),
    ("en", JUN1, "They met Saturday, May 4.", [("Saturday, May 4", "2024-05-04")]),
    ("en", JUN1, "The May 4 meeting was cancelled.", [("The May 4", "2024-05-04")]),
    ("en", JUN1, "The May 4 talks collapsed.", [("The May 4", "2024-05-04")]),
    ("en", JUN1, "Protests have grown since May 4.", [("since May 4", "2024-05-04..")]),
    ("en", JUN1, "The bill passed the Senate May 4.", [("May 4", "2024-05-04")]),
    ("en", JUN1, "The ship Unaizah May 4, 2023 sank.", [("May 4, 2023", "2023-05-04")]),
    ("es", JUN1, "Se reunieron en la plaza el 1 de mayo.", [("el 1 de mayo", "2024-05-01")]),
    ("ru", JUN1, "Шествие на улице прошло 1 мая.", [("1 мая", "2024-05-01")]),
    # outlets and programmes named after a day or week
    ("en", JUN1, "He told USA Today on Monday that he would resign.", [("Monday", "2024-05-27")]),
    ("en", JUN1, "He told Russia Today that talks had failed.", []),
    ("en", JUN1, "Baker, speaking on ABC News' \"This Week,\" said the request was valid.", []),
    ("en", JUN1, "Baker said on ABC's \"This Week With David Brinkley\" that raids continue.", []),
    ("en", JUN1, "This Week the ministers met. Today they left.", [("This Week", "2024-W22"),
                                                                 ("Today", "2024-06-01")]),
])
def test_names_that_contain_a_date_are_not_dates(lang, published, text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, published, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a date-time group with a space after the day (needs a zone); the number after the month is the year
    ("en", "INDIAN OCEAN: At 10 0500 UTC Mar 09 M/V ALPHA reports being fired upon.",
     [("10 0500 UTC Mar 09", "2009-03-10T05:00", "2009-03-10")]),
    ("en", "Robbers boarded 13 Dec 09 M/V BETA at anchor.", [("13 Dec 09", "2009-12-13", "2009-12-13")]),
    # "the next day" with no day before it is a day the text does not give, not the day after the reference
    ("en", "Robbers boarded the tanker. The next day the crew found the hold open.", [("The next day", "XXXX-XX-XX", None)]),
    ("en", "Skiffs circled the barge. The following morning they left.",
     [("The following morning", "XXXX-XX-XXTMO", None)]),
    ("en", "On 5 May robbers boarded the tanker. The next day the crew found the hold open.",
     [("5 May", "2009-05-05", "2009-05-05"), ("The next day", "2009-05-06", "2009-05-06")]),
    ("es", "Al día siguiente, el buque zarpó.", [("Al día siguiente", "XXXX-XX-XX", None)]),
    ("ru", "На следующий день судно ушло.", [("На следующий день", "XXXX-XX-XX", None)]),
    # a time of day in words with no day is the publication day; a clock number gets no day
    ("en", "He is to appear before a judge at midday, a statement said.", [("midday", "2009-12-31T12:00", "2009-12-31")]),
    ("en", "By mid afternoon, officials said, the shelling had stopped.", [("mid afternoon", "2009-12-31TAF", "2009-12-31")]),
    ("en", "In London at mid-afternoon yesterday, shares fell.",
     [("mid-afternoon yesterday", "2009-12-30TAF", "2009-12-30")]),
    ("en", "The police said he was shot at 10 p.m. outside his home.", [("10 p.m.", "XXXX-XX-XXT22:00", None)]),
    ("en", "The blast came at 10:35 a.m. (0735 GMT) Monday.", [("10:35 a.m.", "2009-12-28T10:35", "2009-12-28"),
                                                               ("0735 GMT", "2009-12-28T07:35", "2009-12-28"),
                                                               ("Monday", "2009-12-28", "2009-12-28")]),
])
def test_day_less_times_and_anaphora(lang, text, expected):
    found = find_timexes(text, date(2009, 12, 31), lang)
    assert [(t.text, t.value, t.start_date and t.start_date.isoformat()) for t in found] == expected


@pytest.mark.parametrize(("text", "found"), [
    # a language without our grammar goes to dateparser's search, line by line, with offsets into the whole text
    ("Bonjour.\nLa marine a saisi un pétrolier le 3 mai 2025.\n", ["le 3 mai 2025"]),
    # a run-on line with no sentence in it is not searched (its work would grow without bound)
    ("1" * 5_000 + " le 3 mai 2025\nLe navire est arrivé le 4 mai 2025.\n", ["le 4 mai 2025"]),
], ids=["lines", "run-on line"])
def test_the_fallback_reads_line_by_line(text, found):
    timexes = find_timexes(text, date(2025, 5, 10), "fr")
    assert [t.text for t in timexes] == found
    assert all(text[t.start : t.end] == t.text for t in timexes)
