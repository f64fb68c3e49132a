"""Words of time in English, Spanish and Russian: months, weekdays, seasons, numbers and units.

Each table maps a lower-case word form to its meaning; `alt()` turns a table into a regex alternation
(longest first). Russian forms are listed per case ending, so lookups are exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alt(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of `words`, longest first (so "Sept" wins over "Sep")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# --- English -----------------------------------------------------------------------------------------
EN_MONTHS = {name: i + 1 for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}
EN_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                 "oct": 10, "nov": 11, "dec": 12}
EN_WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
EN_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2,
    "half a": 0.5, "a half": 0.5,
}
EN_VAGUE = ("a few", "few", "several", "many", "some", "the next few", "a number of")
EN_UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# --- Spanish -----------------------------------------------------------------------------------------
ES_MONTHS = {name: i + 1 for i, name in enumerate(
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"])}
ES_MONTHS["setiembre"] = 9
ES_WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
               "sábado": 5, "sabado": 5, "domingo": 6}
ES_SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
ES_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "cien": 100, "medio": 0.5,
}
ES_VAGUE = ("varios", "varias", "unos", "unas", "algunos", "algunas", "pocos", "pocas", "muchos", "muchas")
ES_UNITS = {
    "segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H", "día": "D",
    "días": "D", "dia": "D", "dias": "D", "semana": "W", "semanas": "W", "mes": "M", "meses": "M",
    "trimestre": "Q", "trimestres": "Q", "año": "Y", "años": "Y", "década": "DE", "décadas": "DE",
    "siglo": "CE", "siglos": "CE",
}

# --- Russian -----------------------------------------------------------------------------------------
_RU_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
                   "ноябр", "декабр")
RU_MONTHS: dict[str, int] = {}
for _i, _stem in enumerate(_RU_MONTH_STEMS):
    _ends = ("", "а", "е", "у", "ом") if _stem in ("март", "август") else (
        ("й", "я", "е", "ю", "ем") if _stem == "ма" else ("ь", "я", "е", "ю", "ём", "ем"))
    for _e in _ends:
        RU_MONTHS[_stem + _e] = _i + 1
RU_WEEKDAYS: dict[str, int] = {}
for _i, _forms in enumerate((
        ("понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике"),
        ("вторник", "вторника", "вторнику", "вторником", "вторнике"),
        ("среда", "среду", "среды", "среде", "средой"),
        ("четверг", "четверга", "четвергу", "четвергом", "четверге"),
        ("пятница", "пятницу", "пятницы", "пятнице", "пятницей"),
        ("суббота", "субботу", "субботы", "субботе", "субботой"),
        ("воскресенье", "воскресенья", "воскресенью", "воскресеньем"))):
    for _f in _forms:
        RU_WEEKDAYS[_f] = _i
RU_SEASONS = {
    "весна": "SP", "весны": "SP", "весной": "SP", "весну": "SP", "весне": "SP",
    "лето": "SU", "летом": "SU", "лета": "SU", "лете": "SU",
    "осень": "FA", "осени": "FA", "осенью": "FA",
    "зима": "WI", "зимы": "WI", "зимой": "WI", "зиму": "WI", "зиме": "WI",
}
RU_NUMBERS = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одной": 1, "одно": 1, "два": 2, "две": 2, "двух": 2,
    "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "сто": 100, "полтора": 1.5, "полутора": 1.5, "полторы": 1.5,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5,
    "шестью": 6, "десятью": 10, "одиннадцать": 11, "двенадцать": 12, "восемнадцать": 18,
}
RU_VAGUE = ("несколько", "нескольких", "много", "многих")
RU_UNITS = {
    "секунду": "S", "секунды": "S", "секунд": "S", "минуту": "MIN", "минуты": "MIN", "минут": "MIN", "час": "H",
    "часа": "H", "часов": "H", "день": "D", "дня": "D", "дней": "D", "сутки": "D", "суток": "D",
    "неделю": "W", "недели": "W", "недель": "W", "неделя": "W", "месяц": "M", "месяца": "M",
    "месяцев": "M", "год": "Y", "года": "Y", "лет": "Y", "годы": "Y", "годов": "Y", "десятилетие": "DE",
    "десятилетия": "DE", "десятилетий": "DE", "век": "CE", "века": "CE", "веков": "CE",
}
# adjectival durations: "трёхлетний" (three-year), "двухнедельный" (two-week)
RU_ADJ_NUMBERS = {"одно": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
                  "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двадцати": 20}
RU_ADJ_UNITS = {"летн": "Y", "месячн": "M", "недельн": "W", "дневн": "D", "часов": "H"}

NUMBER_TABLES = {"en": EN_NUMBERS, "es": ES_NUMBERS, "ru": RU_NUMBERS}
VAGUE_TABLES = {"en": EN_VAGUE, "es": ES_VAGUE, "ru": RU_VAGUE}


def number(word: str, language: str) -> float | None:
    """The value of a cardinal written in digits or words ("three", "twenty-five", "5,000"); None if vague."""
    w = word.lower().strip().replace("\u2011", "-")
    half = re.fullmatch(r"(\d+)\s+1/2", w)
    if half:
        return int(half.group(1)) + 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return float(w.replace(",", "."))
    table = NUMBER_TABLES.get(language, EN_NUMBERS)
    if w in table:
        return table[w]
    parts = re.split(r"[\s-]+", w)
    if len(parts) == 2 and all(p in table for p in parts):
        return table[parts[0]] + table[parts[1]]
    return None


def duration_value(n: float | None, unit_code: str) -> str:
    """ISO-TimeML duration: P3Y, PT5H, P2D, PXY (vague count), P1DE; halves become the next smaller unit."""
    time_unit = unit_code in ("H", "S", "MIN")
    code = "M" if unit_code == "MIN" else unit_code
    if unit_code == "WE":
        return "P2D" if n in (None, 1) else f"P{int(n * 2)}D"
    if code in ("DE", "CE") and n is not None:  # TimeBank writes decades and centuries in years
        n, code = n * (10 if code == "DE" else 100), "Y"
    if n is not None and n != int(n) and n * 2 == int(n * 2) and code in ("Y", "H", "D"):
        whole = int(n)
        return {"Y": f"P{whole}Y6M", "H": f"PT{whole}H30M", "D": f"P{whole}DT12H"}[code].replace("P0Y", "P")\
            .replace("PT0H", "PT").replace("P0DT", "PT")
    if n is None:
        count = "X"
    elif n == int(n):
        count = str(int(n))
    else:
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H")}
        if code in smaller:
            factor, code = smaller[code]
            time_unit = code == "H"
            count = str(int(n * factor))
        else:
            count = str(n)
    return f"PT{count}{code}" if time_unit else f"P{count}{code}"


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(numeral: str) -> int | None:
    """The value of a Roman numeral up to L ("XX" 20, "XIX" 19, "XXI" 21); None when it is not one."""
    values = [_ROMAN.get(c) for c in numeral.upper()]
    if not values or None in values:
        return None
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 else None

