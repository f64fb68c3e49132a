"""Spanish and Russian (and the English counterparts) of rules added with the multilingual evaluation set:
holidays, counted sets, vague stretches, days with clock times, Roman-numeral centuries, "N units later" in
Russian, future tense at the start of a Spanish sentence, reported clauses, ranges that start in the future.
Sentences here are not the evaluation set's; the publication date is pinned in every case."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.temporal import find_timexes

D = date(2024, 6, 12)  # a Wednesday


def _found(text: str, lang: str, published: date = D) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published, lang)]


@pytest.mark.parametrize(("lang", "published", "text", "expected"), [
    # holidays: fixed (Orthodox Christmas on 7 January) and movable (Western and Orthodox Easter)
    ("es", date(2024, 1, 8), "Los pescadores volvieron a puerto en Nochebuena.",
     [("Nochebuena", "DATE", "2023-12-24")]),
    ("es", date(2024, 12, 2), "La tregua durará hasta Navidad.", [("hasta Navidad", "DATE", "..2024-12-25")]),
    ("es", date(2024, 3, 20), "Miles de fieles marcharán durante la Semana Santa.",
     [("la Semana Santa", "DATE", "2024-W13")]),
    ("ru", date(2024, 1, 10), "Патриарх провёл службу на Рождество.", [("Рождество", "DATE", "2024-01-07")]),
    ("ru", date(2024, 4, 1), "Парад ко Дню Победы пройдёт на Красной площади.", [("Дню Победы", "DATE", "2024-05-09")]),
    ("ru", date(2024, 5, 20), "На Пасху стороны объявили перемирие.", [("Пасху", "DATE", "2024-05-05")]),
    ("ru", date(2024, 5, 20), "В новом году цены вырастут.", []),  # lower case: the coming year, not 1 January
    # counted sets and weekday sets
    ("en", D, "Convoys leave every three days.", [("every three days", "SET", "P3D")]),
    ("es", D, "La flota rota cada tres meses.", [("cada tres meses", "SET", "P3M")]),
    ("ru", D, "Патрули сменяются каждые шесть часов.", [("каждые шесть часов", "SET", "PT6H")]),
    ("ru", D, "Пикеты проходят по пятницам.", [("по пятницам", "SET", "XXXX-WXX-5")]),
    # vague stretches
    ("en", D, "Repairs could last months.", [("months", "DURATION", "PXM")]),
    ("es", D, "El bloqueo podría durar semanas.", [("semanas", "DURATION", "PXW")]),
    ("es", D, "El tribunal decidirá en las próximas semanas.", [("las próximas semanas", "DURATION", "PXW")]),
    ("ru", D, "Переговоры продлятся в ближайшие недели.", [("в ближайшие недели", "DURATION", "PXW")]),
    ("ru", D, "Суда стояли в порту неделями.", [("неделями", "DURATION", "PXW")]),
    ("ru", D, "Шторм бушевал двое суток.", [("двое суток", "DURATION", "P2D")]),
    ("ru", D, "Спасатели работали за сутки без отдыха.", [("сутки", "DURATION", "P1D")]),
    ("ru", D, "Встреча длилась около полутора часов.", [("около полутора часов", "DURATION", "PT1H30M")]),
    ("ru", D, "Учения шли полгода.", [("полгода", "DURATION", "P6M")]),
    # a day and its clock time are one TIME
    ("es", D, "El ministro comparecerá mañana a las 10.30.", [("mañana a las 10.30", "TIME", "2024-06-13T10:30")]),
    ("ru", D, "Колонна вышла в понедельник в 06:15.", [("понедельник в 06:15", "TIME", "2024-06-10T06:15")]),
    ("en", D, "The convoy left on Monday at 6 a.m.", [("Monday at 6 a.m.", "TIME", "2024-06-10T06:00")]),
    # centuries in Roman numerals
    ("es", D, "El puerto data del siglo XVIII.", [("siglo XVIII", "DATE", "17")]),
    ("ru", D, "Маяк построен в XIX веке.", [("XIX веке", "DATE", "18")]),
    # Russian "N units later/earlier" in the instrumental, and "через" in a past narrative
    ("ru", D, "Танкер задержали 3 мая. Неделей позже экипаж отпустили.",
     [("3 мая", "DATE", "2024-05-03"), ("Неделей позже", "DATE", "2024-W19")]),
    ("ru", D, "Танкер задержали 3 мая. Тремя днями ранее его видели у Крыма.",
     [("3 мая", "DATE", "2024-05-03"), ("Тремя днями ранее", "DATE", "2024-04-30")]),
    ("ru", D, "Танкер задержали 3 мая, а отпустили только через четыре дня.",
     [("3 мая", "DATE", "2024-05-03"), ("через четыре дня", "DATE", "2024-05-07")]),
    ("ru", D, "Делегация вернётся через две недели.", [("через две недели", "DURATION", "P2W")]),
])
def test_expressions(lang, published, text, expected):
    assert _found(text, lang, published) == expected


@pytest.mark.parametrize(("lang", "published", "text", "value"), [
    # a future verb opening a Spanish sentence (but not "Teherán", "Irán")
    ("es", date(2024, 8, 2), "Los buques llegaron ayer. Navegarán por el Egeo hasta el 25 de agosto.",
     "..2024-08-25"),
    ("es", date(2024, 8, 2), "Teherán anunció maniobras el 6 de marzo.", "2024-03-06"),
    # a participle alone is often a noun ("el estado", "la Armada"), no past tense
    ("es", date(2026, 1, 3), "La Armada reforzará el estado de alerta a partir del martes.", "2026-01-06.."),
    # a reported clause takes its own tense: "said that from 1 January the fleet will ..."
    ("ru", date(2025, 12, 29), "Министр сказал, что с 1 января флот начнёт учения.", "2026-01-01.."),
    ("en", date(2025, 12, 29), "The minister said that starting January 1 the fleet will hold drills.", "2026-01-01.."),
    ("es", date(2025, 12, 29), "El ministro dijo que a partir del 1 de enero la flota hará maniobras.",
     "2026-01-01.."),
    ("en", date(2025, 12, 29), "Prices have risen since January 1.", "2025-01-01.."),  # "since" looks back
    # a part of a year named alone in a future clause is the first one not yet over
    ("es", date(2024, 4, 20), "La Marina botará la fragata en el segundo semestre.", "2024-H2"),
    ("ru", date(2024, 4, 20), "Флот получит фрегат во втором полугодии.", "2024-H2"),
    ("en", date(2024, 4, 20), "The navy expects to commission the frigate in the second half.", "2024-H2"),
    ("en", date(2024, 4, 20), "The navy commissioned two frigates in the second half.", "2023-H2"),
    # the Spanish conditional (a future seen from a report) takes the nearer month; a weekday the coming one
    ("es", date(2025, 10, 30), "El portaaviones podría llegar a la zona a mediados de noviembre.", "2025-11"),
    ("es", date(2025, 3, 14), "Se informó que el buque zarparía a principios de febrero.", "2025-02"),
    ("es", date(2025, 10, 29), "El ministro dijo que la flota llegaría el viernes.", "2025-10-31"),
    ("es", date(2025, 10, 29), "La mayoría de los buques llegó en marzo.", "2025-03"),  # "mayoría" is a noun
    # Russian perfective futures with "у-" and "рас-смотр-" are future tenses
    ("ru", date(2024, 4, 17), "Комиссия рассмотрит жалобу в мае.", "2024-05"),
    ("ru", date(2024, 4, 17), "Посол уедет из страны в мае.", "2024-05"),
    ("ru", date(2024, 4, 17), "Посол смотрит на ситуацию с мая.", "2023-05.."),
    ("es", date(2025, 11, 1), "Desde mediados de diciembre, las navieras desvían buques.", "2024-12.."),
])
def test_tense_and_ranges(lang, published, text, value):
    found = find_timexes(text, published, lang)
    assert found[-1].value == value, [t.to_dict() for t in found]
