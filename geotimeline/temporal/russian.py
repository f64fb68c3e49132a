"""Russian grammar: "3 ноября 2025 года", "в начале марта", "на прошлой неделе", "две недели назад",
"с сентября", "до пятницы", "с 4 по 9 мая", "в понедельник утром", "трёхлетний план".

Relative phrases keep their preposition ("на прошлой неделе", "в прошлом году"), because the case ending
needs it; a plain date does not ("3 ноября"). "Среда"/"суббота" are weekdays only after a preposition or
an adjective ("в среду"), since "среда" is also "environment".
"""

from __future__ import annotations

import re

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.compounds import day_of_month, latest_part, month_whole, part_reading
from geotimeline.temporal.engine import Context, Grammar, Reading, Rule
from geotimeline.temporal.holidays import RU_RULES as HOLIDAY_RULES
from geotimeline.temporal.lexicon import (
    RU_ADJ_NUMBERS,
    RU_ADJ_UNITS,
    RU_MONTHS,
    RU_NUMBERS,
    RU_SEASONS,
    RU_UNITS,
    RU_VAGUE,
    RU_WEEKDAYS,
    alt,
    number,
)
from geotimeline.temporal.names import RU_NAMES
from geotimeline.temporal.numeric import rules as numeric_rules

F = re.IGNORECASE
B = r"(?<![\w-])"  # word start (Cyrillic-safe)
E = r"(?![\w-])"  # word end
MONTH = alt(RU_MONTHS)
WD = alt(RU_WEEKDAYS)
DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?![\d%]|[,.:]\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
NUM = rf"(?:\d+|{alt(RU_NUMBERS)})"
UNIT = alt(RU_UNITS)
PART = r"(?P<part>утром|днём|днем|вечером|ночью)"
_PARTS = {"утром": "morning", "днём": "afternoon", "днем": "afternoon", "вечером": "evening", "ночью": "night"}
_REL = {"прошл": -1, "предыдущ": -1, "минувш": -1, "следующ": 1, "будущ": 1, "наступающ": 1, "эт": 0,
        "текущ": 0, "нынешн": 0}
REL = r"(?P<rel>прошл|предыдущ|минувш|следующ|будущ|наступающ|эт|текущ|нынешн)\w*"
_UNIT_FORMS = {"недел": "week", "месяц": "month", "год": "year", "квартал": "quarter", "десятилет": "decade",
               "век": "century", "выходн": "weekend"}


_PLURAL_WEEKDAYS = ("понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам", "воскресеньям")


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _date(m: re.Match, ctx: Context) -> Reading | None:
    mon = RU_MONTHS[m.group("mon").lower()]
    if m.group("d2"):
        return rd.day_range(_int(m.group("y")), mon, int(m.group("d")), int(m.group("d2")), ctx, m.start())
    return rd.full_date(_int(m.group("y")), mon, int(m.group("d")), ctx, m.start())


def _month(m: re.Match, ctx: Context) -> Reading:
    return rd.month_named(RU_MONTHS[m.group("mon").lower()], _int(m.group("y")), m.start(), ctx)


def _year(m: re.Match, ctx: Context) -> Reading:
    return rd.year_value(int(m.group("y")))


def _weekday(m: re.Match, ctx: Context) -> Reading:
    wd = RU_WEEKDAYS[m.group("wd").lower()]
    part = _PARTS[m.group("part").lower()] if m.group("part") else None
    rel = (m.group("rel") or "").lower()
    rel = {-1: "last", 1: "next"}.get(_REL.get(rel, 0)) if rel else None
    return rd.weekday_named(wd, rel, part, m.start(), ctx)


def _check_weekday(m: re.Match, text: str) -> bool:
    if m.group("rel") or m.group("prep"):
        return True
    return not m.group("wd").lower().startswith(("сред", "суббот"))


_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "последн": -1}
_PART_UNITS = {"недел": "week", "половин": "half", "полугод": "half", "квартал": "quarter", "месяц": "month",
               "дн": "day", "день": "day", "декад": "dekad"}


def _part_of(m: re.Match, ctx: Context) -> Reading | None:
    """"в первую неделю октября", "во второй половине следующего года", "в третьем квартале 2024 года",
    "в первой декаде марта" (1-10 March), "в первые дни октября" (October, START)."""
    word = m.group("ord").lower()
    k = next(v for stem, v in _ORDINALS.items() if word.startswith(stem))
    unit = next(v for stem, v in _PART_UNITS.items() if m.group("u").lower().startswith(stem))
    raw = m.group("n")
    plural = word.endswith(("ые", "ие", "ых", "их", "ыми", "ими"))
    vague = plural and raw is None
    if m.group("omon"):
        whole = month_whole(RU_MONTHS[m.group("omon").lower()], _int(m.group("oy")), m.start("omon"), ctx)
    elif m.group("oyear"):
        whole = cal.year(int(m.group("oyear")))
    elif m.group("rel"):
        whole = cal.relative("month" if m.group("ou").lower().startswith("месяц") else "year", ctx.published,
                             _REL[m.group("rel").lower()])
    else:  # "в первом полугодии", "в третьем квартале" alone: the latest one begun by publication
        if not m.group("u").lower().startswith(("полугод", "квартал")):
            return None  # "первый день войны", "в первой половине дня": a part of something else
        return latest_part(ctx.published, k, unit, raw, "ru", vague, ctx.future(m.start()))
    return part_reading(whole, k, unit, raw, "ru", vague)


def _rel_unit(m: re.Match, ctx: Context) -> Reading:
    unit_word = m.group("u").lower()
    unit = next(v for k, v in _UNIT_FORMS.items() if unit_word.startswith(k))
    return rd.relative_unit(unit, _REL[m.group("rel").lower()], ctx)


def _deictic(m: re.Match, ctx: Context) -> Reading:
    w = m.group("w").lower()
    off = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}[w]
    part = _PARTS[m.group("part").lower()] if m.group("part") else None
    return rd.day_reading(cal.shift(ctx.published, off, "day"), part)


def _ago(m: re.Match, ctx: Context) -> Reading:
    raw = m.group("n").lower() if m.group("n") else "1"
    n = None if raw in RU_VAGUE else number(raw, "ru")
    return rd.ago(n, RU_UNITS[m.group("u").lower()], ctx)


def _later(m: re.Match, ctx: Context) -> Reading | None:
    sign = -1 if m.group("dir").lower() in ("раньше", "ранее") else 1
    return rd.later(number(m.group("n"), "ru"), RU_UNITS[m.group("u").lower()], sign, ctx)


# day, week, month, year by the first two letters of any case form ("днём", "неделями", "месяцы", "годами")
_UNIT_BY_STEM = {"дн": "D", "не": "W", "ме": "M", "го": "Y"}


def _later_by(m: re.Match, ctx: Context) -> Reading | None:
    n = number(m.group("n"), "ru") if m.group("n") else 1
    unit = _UNIT_BY_STEM[m.group("u").lower()[:2]]
    sign = -1 if m.group("dir").lower() in ("раньше", "ранее") else 1
    return rd.later(n, unit, sign, ctx)


def _later_after(m: re.Match, ctx: Context) -> Reading | None:
    """"через два дня": in a past narrative two days after the date mentioned last ("узнали лишь через два
    дня"); otherwise, like English "in two days", a duration (TimeBank's convention)."""
    n = number(m.group("n"), "ru") if m.group("n") else 1
    unit = RU_UNITS[m.group("u").lower()]
    return rd.later(n, unit, 1, ctx) if ctx.past(m.start()) else rd.duration(n, unit)


def _duration(m: re.Match, ctx: Context) -> Reading:
    raw = m.group("n").lower()
    n = None if raw in RU_VAGUE else number(raw, "ru")
    return rd.duration(n, RU_UNITS[m.group("u").lower()])


def _adj_duration(m: re.Match, ctx: Context) -> Reading:
    raw = m.group("n").lower().rstrip("-")
    n = int(raw) if raw.isdigit() else RU_ADJ_NUMBERS[raw]
    return rd.duration(n, RU_ADJ_UNITS[m.group("u").lower()])


def _season(m: re.Match, ctx: Context) -> Reading:
    code = RU_SEASONS[m.group("s").lower()]
    rel = (m.group("rel") or "").lower()
    off = _REL.get(rel) if rel else None
    return rd.season_named(code, _int(m.group("y")), off, m.start(), ctx)


def _anaphoric(m: re.Match, ctx: Context) -> Reading:
    w = m.group(0).lower()
    off = 1 if "следующ" in w or "на следующий" in w else (-1 if "накануне" in w else 0)
    return rd.anaphoric_day(off, ctx)


def _ref(m: re.Match, ctx: Context) -> Reading:
    w = m.group(0).lower()
    kind = "FUTURE_REF" if w in ("скоро", "вскоре", "в будущем") else (
        "PAST_REF" if w in ("недавно", "ранее", "в прошлом") else "PRESENT_REF")
    return rd.ref(kind, ctx)


def _set(m: re.Match, ctx: Context) -> Reading:
    w = m.group(0).lower()
    for stem, code in (("ежедневн", "D"), ("еженедельн", "W"), ("ежемесячн", "M"), ("ежегодн", "Y"),
                       ("кажд", None)):
        if w.startswith(stem):
            if code:
                return rd.set_of(code)
            unit = m.group("u").lower()
            return rd.set_of(RU_UNITS.get(unit, "D"))
    return rd.set_of("D")


def _clock(m: re.Match, ctx: Context) -> Reading | None:
    return rd.clock(int(m.group("h")), _int(m.group("mi")) or 0, None, ctx.anchor_day(m.start()))


def _modifier_value(word: str) -> str:
    w = word.lower()
    if "середин" in w:
        return "MID"
    if "начал" in w:
        return "START"
    if "конц" in w or "конец" in w:
        return "END"
    return "APPROX"


def _r(name: str, pattern: str, resolve, check=None) -> Rule:
    return Rule(name, re.compile(pattern, F), resolve, check)


RULES = (
    _r("date", rf"{B}(?P<d>{DAYN})(?:\s*(?:-|–|по|и)\s*(?P<d2>{DAYN}))?\s+(?P<mon>{MONTH}){E}"
       rf"(?:\s+(?P<y>{YEAR})(?:\s*(?:года|г\.|году|г){E})?)?", _date),
    *numeric_rules(month_first=False),
    _r("part-of", rf"{B}(?:(?:в|во|за|на)\s+)?(?P<ord>(?:перв|втор|трет|четв[её]рт|последн)\w*)\s+"
       rf"(?:(?P<n>{NUM})\s+)?(?P<u>недел\w*|половин\w*|полугоди\w*|квартал\w*|месяц\w*|дн(?:и|ей|ях|я)|день"
       rf"|декад\w*){E}(?:\s+(?:(?P<omon>{MONTH}){E}(?:\s+(?P<oy>{YEAR})(?:\s*(?:года|г\.|г){E})?)?"
       rf"|(?P<oyear>{YEAR})\s*(?:года|г\.|г){E}|{REL}\s+(?P<ou>года|месяца){E}))?", _part_of),
    _r("day-of-month", rf"{B}(?P<d>{DAYN})(?:-?го)?\s+числа{E}", day_of_month),  # "16-го числа"
    _r("month-rel-year", rf"{B}(?P<mon>{MONTH})\s+{REL}\s+года{E}",
       lambda m, c: rd.month_of_relative_year(RU_MONTHS[m["mon"].lower()], _REL[m["rel"].lower()], c)),
    _r("month", rf"{B}(?P<mon>{MONTH}){E}(?:\s+(?P<y>{YEAR})(?:\s*(?:года|г\.|году|г){E})?)?", _month),
    _r("year", rf"(?<![\w$€£.,/-])(?P<y>{YEAR})(?:\s*(?:года|году|год|г\.|г){E})(?![\w/]|[.,]\d)", _year),
    _r("year-bare", rf"(?<=\s[вк]\s)(?P<y>{YEAR})(?![\w/%]|[.,]\d)", _year),
    _r("weekday", rf"(?P<prep>{B}(?:в|во|до|с|со|к|по|на)\s+)?(?P<x>(?:{REL}\s+)?{B}(?P<wd>{WD}){E}"
       rf"(?:\s+{PART})?)", _weekday, _check_weekday),
    _r("rel-unit", rf"{B}(?:(?:в|во|на)\s+)?{REL}\s+(?P<u>недел\w*|месяц\w*|год\w*|квартал\w*|десятилети\w*"
       r"|век\w*|выходн\w*)", _rel_unit),
    _r("deictic", rf"{B}(?P<w>сегодня|вчера|завтра|позавчера|послезавтра){E}(?:\s+{PART})?", _deictic),
    _r("ago", rf"{B}(?:(?P<n>{NUM}|{alt(RU_VAGUE)})\s+)?(?P<u>{UNIT})\s+(?:тому\s+)?назад{E}", _ago),
    _r("later", rf"{B}(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?P<dir>спустя|позже|позднее|раньше|ранее){E}", _later),
    # "днём ранее", "двумя днями позже", "неделей позже": N units before/after the date mentioned last
    _r("later-by", rf"{B}(?:(?P<n>{NUM})\s+)?(?P<u>дн(?:ём|ем|ями)|недел(?:ей|ями)|месяц(?:ем|ами)|год(?:ом|ами))\s+"
       rf"(?P<dir>ранее|раньше|позже|позднее){E}", _later_by),
    # "через два дня": two days later in a past narrative, else a duration ("in two days")
    # ("через два дня после того, как ...": after an event, not a date; left to the duration and the event)
    _r("later-after", rf"{B}через\s+(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT}){E}(?!\s+после)", _later_after),
    _r("duration", rf"{B}(?P<n>{NUM}|{alt(RU_VAGUE)})\s+(?P<u>{UNIT}){E}", _duration),
    # a vague stretch: "в ближайшие месяцы", "в последние годы", "неделями", "месяцами" (PXM)
    _r("bare-units", rf"{B}(?:(?:в|на|за)\s+)?(?:ближайшие|последние|прошедшие|следующие)\s+(?P<u>дни|недели|месяцы"
       rf"|годы){E}|{B}(?P<u2>днями|неделями|месяцами|годами){E}",
       lambda m, c: rd.duration(None, _UNIT_BY_STEM[(m["u"] or m["u2"]).lower()[:2]])),
    _r("adj-duration", rf"{B}(?P<n>\d+-?|{alt(RU_ADJ_NUMBERS)})(?P<u>{alt(RU_ADJ_UNITS)})\w*", _adj_duration),
    _r("century", rf"{B}(?P<r>(?-i:[IVXL]+))\s+(?:век|века|веке|веку|веком){E}", lambda m, c: rd.century_roman(m["r"])),
    _r("season", rf"{B}(?:{REL}\s+)?(?P<s>{alt(RU_SEASONS)}){E}(?:\s+(?P<y>{YEAR})(?:\s*(?:года|г\.|г){E})?)?",
       _season),
    _r("anaphoric", rf"{B}(?:в\s+тот\s+же\s+день|в\s+этот\s+же\s+день|на\s+следующий\s+день|накануне){E}", _anaphoric),
    _r("ref", rf"{B}(?:сейчас|теперь|в\s+настоящее\s+время|в\s+настоящий\s+момент|недавно|ранее|скоро|вскоре"
       rf"|в\s+будущем|в\s+прошлом){E}", _ref),
    _r("set-n", rf"{B}кажд\w+\s+(?P<n>{NUM})\s+(?P<u>{UNIT}){E}",  # "каждые два часа": PT2H
       lambda m, c: rd.set_every(number(m["n"], "ru"), RU_UNITS[m["u"].lower()])),
    _r("set", rf"{B}(?:ежедневн\w*|еженедельн\w*|ежемесячн\w*|ежегодн\w*|кажд\w+\s+(?P<u>{UNIT}))", _set),
    _r("set-weekday", rf"{B}по\s+(?P<wd>понедельникам|вторникам|средам|четвергам|пятницам|субботам"
       rf"|воскресеньям){E}", lambda m, c: rd.set_of("W", f"XXXX-WXX-{_PLURAL_WEEKDAYS.index(m['wd'].lower()) + 1}")),
    _r("half-year", rf"{B}пол(?:года|угода){E}(?!\s+(?:тому\s+)?назад)", lambda m, c: rd.duration(6, "M")),
    _r("half-year-ago", rf"{B}пол(?:года|угода)\s+(?:тому\s+)?назад{E}", lambda m, c: rd.ago(6, "M", c)),
    # "за сутки", "в течение суток": a day and a night, P1D
    _r("day-night", rf"{B}(?:за|в\s+течение|на|около)\s+(?P<x>сутки|суток){E}", lambda m, c: rd.duration(1, "D")),
    _r("clock", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]|[.,]\d|\s?(?-i:[NSEW])\b)", _clock),
    *HOLIDAY_RULES,
)

# The perfective future ("встретятся 12 января", "подпишет в пятницу", "проведут", "примет"): a verb with a
# prefix and a present-tense ending, not the imperfective present of a prefixed verb, which has -ает/-яет/
# -ует/-ывает before the ending ("подписывает", "встречаются", "участвует") or a stem of motion or state
# ("находится", "проводит", "приходит", "содержит", "состоит"). Too short a stem is no verb ("совет", "визит").
_PERFECTIVE_FUTURE = (
    r"(?<![\w-])(?!смотр)(?!\w*(?:ход|водит|водят|носит|носят|возит|возят|держ|служ|след|лежи|виси|стои|стоя|строи"
    r"|спор|станов|принят|приоритет|портрет|запрет|сч[её]т))"
    r"(?:(?:под|подо|при|про|пере|вы|за|на|от|ото|об|обо|вз|вс|во|до|со|раз|рас|из|ис|пред|воз|вос|по|у)[а-яё]{2,}?"
    r"|[оувс][а-яё]{3,}?)(?<![аяуыие])(?:ет|ёт|ит|ут|ют|ят|(?<=[жшчщ])ат)(?:ся)?(?![\w-])")

GRAMMAR = Grammar(
    since_ahead=re.compile(r"(?:с|со|начиная)(?![\w-])", F),
    complementizer=re.compile(r"(?<![\w-])что(?![\w-])", F),
    names=RU_NAMES,
    language="ru",
    rules=RULES,
    tense=re.compile(
        r"(?P<f>(?<![\w-])(?:(?:будет|будут|буду|будем|будете)(?:\s+\w+)?|планирует|планируют|планируется"
        r"|намерен\w*|собирается|собираются|состоится|состоятся|пройд[её]т|пройдут|предстоит|ожидается"
        r"|ожидаются|истекает|следующ\w*)(?![\w-])|" + _PERFECTIVE_FUTURE + ")"
        r"|(?P<p>(?<![\w-])(?:был|была|было|были|сказал|начал|напал|стал|дал|\w+(?:ла|ли|лся|лась|лись|лось|ил"
        r"|ял|ыл|ул|ёл))(?![\w-]))", F),
    modifier=re.compile(r"(?P<mod>(?<![\w-])(?:в\s+)?(?:начал[аеу]|середин[аеуы]|конц[аеу]|конец"
                        r"|около|примерно))\s+\Z", F),
    modifier_value=_modifier_value,
    since=re.compile(r"(?<![\w-])(?:с|со|начиная\s+с|начиная\s+со)\s+\Z", F),
    until=re.compile(r"(?<![\w-])(?:до|по)\s+\Z", F),
    range_open=re.compile(r"(?<![\w-])(?:с|со|от|между)\s+\Z", F),
    range_join=re.compile(r"\s*(?:(?P<word>по|до|и)|(?P<dash>-|–|—))\s*", F),
)
