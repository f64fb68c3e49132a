"""Compound expressions: a part of a period ("the first week of October") and a day placed by a named day
("the day before last Tuesday"), in English, Spanish and Russian, with the publication date pinned."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.temporal import find_timexes

PUB = date(2025, 11, 1)  # a Saturday
SPRING = date(2025, 5, 1)


def _only(text: str, published: date = PUB, language: str = "en"):
    found = find_timexes(text, published, language)
    assert len(found) == 1, [t.to_dict() for t in found]
    return found[0]


# (language, published, text, span, value, start_date, end_date, granularity, mod)
PARTS = [
    # a half or a quarter of a year named by number, by "next/last year" or by "the year"
    ("en", PUB, "Growth slowed in the third quarter of next year.", "the third quarter of next year", "2026-Q3",
     "2026-07-01", "2026-09-30", "quarter", None),
    ("en", PUB, "Sales rose in the second half of last year.", "the second half of last year", "2024-H2",
     "2024-07-01", "2024-12-31", "range", None),
    ("en", PUB, "Earnings for the last half of 1989 were lower.", "the last half of 1989", "1989-H2",
     "1989-07-01", "1989-12-31", "range", None),
    ("en", PUB, "Sales rose in the latter half of 2024.", "the latter half of 2024", "2024-H2",
     "2024-07-01", "2024-12-31", "range", None),
    ("en", PUB, "Sales fell in the final quarter of 2024.", "the final quarter of 2024", "2024-Q4",
     "2024-10-01", "2024-12-31", "quarter", None),
    ("en", PUB, "Losses will run through the first two quarters of 2026.",
     "through the first two quarters of 2026", "..2026-H1", None, "2026-06-30", "range", None),
    ("en", PUB, "The yard works the first three quarters of 2024.", "the first three quarters of 2024",
     "2024-Q1..2024-Q3", "2024-01-01", "2024-09-30", "range", None),
    ("en", PUB, "In the first half of the year, exports rose.", "the first half of the year", "2025-H1",
     "2025-01-01", "2025-06-30", "range", None),
    # a week, a fortnight or days of a month: the days themselves
    ("en", PUB, "The drills ran in the first week of October.", "the first week of October",
     "2025-10-01..2025-10-07", "2025-10-01", "2025-10-07", "range", None),
    ("en", PUB, "The drills ran in the last week of October.", "the last week of October",
     "2025-10-25..2025-10-31", "2025-10-25", "2025-10-31", "range", None),
    ("en", PUB, "The drills ran in the second week of March 2024.", "the second week of March 2024",
     "2024-03-08..2024-03-14", "2024-03-08", "2024-03-14", "range", None),
    ("en", PUB, "The convoy sailed in the second half of September.", "the second half of September",
     "2025-09-16..2025-09-30", "2025-09-16", "2025-09-30", "range", None),
    ("en", PUB, "The talks will resume in the first ten days of December.", "the first ten days of December",
     "2025-12-01..2025-12-10", "2025-12-01", "2025-12-10", "range", None),
    ("en", PUB, "Ships gathered on the last day of February 2024.", "the last day of February 2024",
     "2024-02-29", "2024-02-29", "2024-02-29", "day", None),
    # vague counts keep the period and mark its start or end, as "early October" does
    ("en", PUB, "The ships arrived in the first days of October.", "the first days of October", "2025-10",
     "2025-10-01", "2025-10-31", "month", "START"),
    ("en", PUB, "In the final months of 2024, the fleet grew.", "the final months of 2024", "2024",
     "2024-01-01", "2024-12-31", "year", "END"),
    # a day or a week placed by a named day
    ("en", PUB, "The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "2025-10-27",
     "2025-10-27", "2025-10-27", "day", None),
    ("en", PUB, "The talks came two days after Oct. 16.", "two days after Oct. 16", "2025-10-18",
     "2025-10-18", "2025-10-18", "day", None),
    ("en", PUB, "A hearing is set for the week of March 6.", "the week of March 6", "2026-W10",
     "2026-03-02", "2026-03-08", "week", None),
    # Spanish
    ("es", PUB, "Las maniobras se hicieron en la primera semana de octubre.", "la primera semana de octubre",
     "2025-10-01..2025-10-07", "2025-10-01", "2025-10-07", "range", None),
    ("es", PUB, "El plan cubre la segunda mitad del próximo año.", "la segunda mitad del próximo año", "2026-H2",
     "2026-07-01", "2026-12-31", "range", None),
    ("es", PUB, "El PIB cayó en el tercer trimestre del año pasado.", "el tercer trimestre del año pasado",
     "2024-Q3", "2024-07-01", "2024-09-30", "quarter", None),
    ("es", SPRING, "El PIB cayó en el tercer trimestre.", "el tercer trimestre", "2024-Q3", "2024-07-01",
     "2024-09-30", "quarter", None),
    ("es", PUB, "El PIB creció en el primer semestre de 2024.", "el primer semestre de 2024", "2024-H1",
     "2024-01-01", "2024-06-30", "range", None),
    ("es", PUB, "Las tropas llegaron en los últimos diez días de agosto.", "los últimos diez días de agosto",
     "2025-08-22..2025-08-31", "2025-08-22", "2025-08-31", "range", None),
    ("es", PUB, "Los barcos llegaron en los primeros días de octubre.", "los primeros días de octubre", "2025-10",
     "2025-10-01", "2025-10-31", "month", "START"),
    # Russian
    ("ru", PUB, "Учения прошли в первую неделю октября.", "в первую неделю октября", "2025-10-01..2025-10-07",
     "2025-10-01", "2025-10-07", "range", None),
    ("ru", PUB, "План охватывает вторую половину следующего года.", "вторую половину следующего года", "2026-H2",
     "2026-07-01", "2026-12-31", "range", None),
    ("ru", PUB, "ВВП упал в третьем квартале 2024 года.", "в третьем квартале 2024 года", "2024-Q3",
     "2024-07-01", "2024-09-30", "quarter", None),
    ("ru", PUB, "Учения прошли в первой декаде марта.", "в первой декаде марта", "2025-03-01..2025-03-10",
     "2025-03-01", "2025-03-10", "range", None),
    ("ru", PUB, "Корабли прибыли в последние десять дней августа.", "в последние десять дней августа",
     "2025-08-22..2025-08-31", "2025-08-22", "2025-08-31", "range", None),
    ("ru", PUB, "Корабли прибыли в первые дни октября.", "в первые дни октября", "2025-10", "2025-10-01",
     "2025-10-31", "month", "START"),
]


@pytest.mark.parametrize(("lang", "published", "text", "span", "value", "start", "end", "gran", "mod"), PARTS)
def test_part_of_a_period(lang, published, text, span, value, start, end, gran, mod):
    t = _only(text, published, lang)
    assert (t.text, t.type, t.value, t.mod) == (span, "DATE", value, mod)
    d = t.to_dict()
    assert (d["start_date"], d["end_date"], d["granularity"]) == (start, end, gran)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a part of something that is not a period is no date, and does not borrow one
    ("en", "He spent the first half of the war in Kyiv.", []),
    ("en", "The first days of the blockade were the worst.", []),
    ("es", "La primera mitad de la guerra fue dura.", []),
    ("ru", "Первый день войны был тяжёлым.", []),
    ("ru", "Встреча прошла в первой половине дня.", []),
    # parts that do not exist are not invented; the period itself is still found
    ("en", "The fifth quarter of 2024 was cited.", [("2024", "2024")]),
    ("en", "The third half of 2024 was cited.", [("2024", "2024")]),
    ("en", "The fifth week of February 2025 was cited.", [("February 2025", "2025-02")]),
    # a counted stretch of months is, as TimeML has it, a duration and the year it belongs to
    ("en", "Exports rose in the first nine months of 2024.", [("the first nine months", "P9M"), ("2024", "2024")]),
])
def test_not_a_part_of_a_period(lang, text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, PUB, lang)] == expected


def test_the_year_follows_the_date_mentioned_last():
    found = find_timexes("The blockade began on 3 March 2019. In the second half of the year it eased.", PUB, "en")
    assert [t.value for t in found] == ["2019-03-03", "2019-H2"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a day of the month named just before, else of a month next to publication by the tense
    ("en", "The carrier arrived on the 16th.", [("the 16th", "2025-10-16")]),
    ("en", "The vote will be held on the 4th.", [("the 4th", "2025-11-04")]),
    ("en", "On March 3, 2024 they met; on the 16th they signed.", [("March 3, 2024", "2024-03-03"),
                                                                   ("the 16th", "2024-03-16")]),
    ("en", "The 5th Fleet sailed on the 3rd, officials said.", [("the 3rd", "2025-10-03")]),
    ("en", "They live on the 16th floor.", []),
    ("en", "On the 3rd Infantry Division base, troops drilled.", []),
    ("es", "El portaaviones llegó el pasado 16.", [("el pasado 16", "2025-10-16")]),
    ("es", "La votación será el próximo 4.", [("el próximo 4", "2025-11-04")]),
    ("es", "El 16 por ciento votó.", []),
    ("ru", "Авианосец прибыл 16-го числа.", [("16-го числа", "2025-10-16")]),
    ("ru", "Голосование состоится 4 числа.", [("4 числа", "2025-11-04")]),
])
def test_day_of_the_month(lang, text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, PUB, lang)] == expected
