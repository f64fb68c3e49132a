"""Spanish grammar: "el 3 de noviembre de 2025", "a principios de marzo", "el lunes por la mañana",
"la semana pasada", "hace dos semanas", "desde septiembre", "del 4 al 9 de mayo", "un plan de tres años".

Spans keep the article ("el lunes") and the fused fuzzy phrase ("a principios de marzo"); the plain
preposition "en" stays outside. The bare word "mayo" is a month; "mañana" alone is tomorrow, "por la mañana"
is the morning.
"""

from __future__ import annotations

import re

from geotimeline.temporal import calendar as cal
from geotimeline.temporal import readings as rd
from geotimeline.temporal.compounds import day_of_month, latest_part, month_whole, part_reading
from geotimeline.temporal.engine import Context, Grammar, Reading, Rule
from geotimeline.temporal.holidays import ES_RULES as HOLIDAY_RULES
from geotimeline.temporal.lexicon import (
    ES_MONTHS,
    ES_NUMBERS,
    ES_SEASONS,
    ES_UNITS,
    ES_VAGUE,
    ES_WEEKDAYS,
    alt,
    number,
)
from geotimeline.temporal.names import ES_NAMES
from geotimeline.temporal.numeric import rules as numeric_rules

F = re.IGNORECASE
MONTH = alt(ES_MONTHS)
WD = alt(ES_WEEKDAYS)
DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?![\d%]|[,.:]\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
NUM = rf"(?:\d+|{alt(ES_NUMBERS)})"
UNIT = alt(ES_UNITS)
PART = r"(?:por|en|de|a)\s+la\s+(?P<part>mañana|tarde|noche|madrugada)"
_PARTS = {"mañana": "morning", "madrugada": "morning", "tarde": "afternoon", "noche": "night"}
_REL = {"pasado": -1, "pasada": -1, "anterior": -1, "último": -1, "última": -1, "ultimo": -1, "ultima": -1,
        "próximo": 1, "próxima": 1, "proximo": 1, "proxima": 1, "que viene": 1, "siguiente": 1, "este": 0,
        "esta": 0, "actual": 0, "en curso": 0}
_UNIT_NAMES = {"semana": "week", "mes": "month", "año": "year", "trimestre": "quarter", "década": "decade",
               "siglo": "century", "fin de semana": "weekend"}
RELW = alt(_REL)
UNITW = alt(_UNIT_NAMES)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _date(m: re.Match, ctx: Context) -> Reading | None:
    mon = ES_MONTHS[m.group("mon").lower()]
    if m.group("d2"):
        return rd.day_range(_int(m.group("y")), mon, int(m.group("d")), int(m.group("d2")), ctx, m.start())
    return rd.full_date(_int(m.group("y")), mon, int(m.group("d")), ctx, m.start())


def _month(m: re.Match, ctx: Context) -> Reading:
    return rd.month_named(ES_MONTHS[m.group("mon").lower()], _int(m.group("y")), m.start(), ctx)


def _year(m: re.Match, ctx: Context) -> Reading:
    return rd.year_value(int(m.group("y")))


def _weekday(m: re.Match, ctx: Context) -> Reading:
    wd = ES_WEEKDAYS[m.group("wd").lower()]
    part = _PARTS[m.group("part").lower()] if m.group("part") else None
    rel = (m.group("rel") or "").lower()
    rel = "last" if rel in ("pasado", "anterior") else ("next" if rel in ("próximo", "proximo", "que viene") else None)
    return rd.weekday_named(wd, rel, part, m.start(), ctx)



def _deictic(m: re.Match, ctx: Context) -> Reading:
    w = m.group("w").lower()
    off = {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "anoche": -1, "pasado mañana": 2,
           "esta": 0}[re.sub(r"\s+", " ", w)]
    part = _PARTS[m.group("part").lower()] if m.group("part") else ("night" if w == "anoche" else None)
    return rd.day_reading(cal.shift(ctx.published, off, "day"), part)


def _ago(m: re.Match, ctx: Context) -> Reading:
    raw = m.group("n").lower()
    n = None if raw in ES_VAGUE else number(raw, "es")
    return rd.ago(n, ES_UNITS[m.group("u").lower()], ctx)


def _later(m: re.Match, ctx: Context) -> Reading | None:
    sign = -1 if m.group("dir").lower() == "antes" else 1
    return rd.later(number(m.group("n"), "es"), ES_UNITS[m.group("u").lower()], sign, ctx)


def _duration(m: re.Match, ctx: Context) -> Reading:
    raw = m.group("n").lower()
    n = None if raw in ES_VAGUE else number(raw, "es")
    return rd.duration(n, ES_UNITS[m.group("u").lower()])


def _season(m: re.Match, ctx: Context) -> Reading:
    code = ES_SEASONS[m.group("s").lower()]
    rel = (m.group("r1") or m.group("r2") or "").lower()
    off = _REL.get(rel) if rel else None
    return rd.season_named(code, _int(m.group("y")), off, m.start(), ctx)


def _anaphoric(m: re.Match, ctx: Context) -> Reading:
    w = re.sub(r"\s+", " ", m.group(0).lower())
    off = 1 if "siguiente" in w or "después" in w else (-1 if "anterior" in w else 0)
    return rd.anaphoric_day(off, ctx)


def _ref(m: re.Match, ctx: Context) -> Reading:
    w = m.group(0).lower()
    kind = "PRESENT_REF" if w in ("ahora", "actualmente", "en la actualidad", "hoy en día", "hoy día") else (
        "FUTURE_REF" if w in ("pronto", "próximamente", "el futuro") else "PAST_REF")
    return rd.ref(kind, ctx)



_ORDINALS = {"primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "últim": -1, "ultim": -1}
_PART_UNITS = {"mitad": "half", "semestre": "half", "trimestre": "quarter", "mes": "month", "semana": "week",
               "quincena": "fortnight", "día": "day", "dia": "day"}


def _part_of(m: re.Match, ctx: Context) -> Reading | None:
    """"la primera semana de octubre", "la segunda mitad del próximo año", "el tercer trimestre de 2024",
    "el primer semestre" (of the year), "los primeros días de octubre" (October, START)."""
    k = _ORDINALS[next(stem for stem in _ORDINALS if m.group("ord").lower().startswith(stem))]
    word = m.group("u").lower()
    unit = _PART_UNITS.get(word) or _PART_UNITS.get(word[:-1]) or _PART_UNITS[word[:-2]]
    raw = m.group("n")
    vague = raw is None and word not in _PART_UNITS  # a plural: "los primeros días"
    if m.group("omon"):
        whole = month_whole(ES_MONTHS[m.group("omon").lower()], _int(m.group("oy")), m.start("omon"), ctx)
    elif m.group("oyear"):
        whole = cal.year(int(m.group("oyear")))
    elif m.group("orel") or m.group("orel2"):
        rel = re.sub(r"\s+", " ", (m.group("orel") or m.group("orel2")).lower())
        whole = cal.relative(_UNIT_NAMES[(m.group("ou") or m.group("ou2")).lower()], ctx.published, _REL[rel])
    elif m.group("othe"):  # "del año", "del mes": the year (month) of publication
        whole = cal.period_of(_UNIT_NAMES[m.group("othe").lower()], ctx.published)
    else:  # "el tercer trimestre" alone: the latest one begun by publication
        return latest_part(ctx.published, k, unit, raw, "es", vague, ctx.future(m.start()))
    return part_reading(whole, k, unit, raw, "es", vague)


def _clock(m: re.Match, ctx: Context) -> Reading | None:
    h = int(m.group("h"))
    if (m.group("dp") or "").lower() in ("tarde", "noche") and h < 12:  # "a las 8 de la tarde" is 20:00
        h += 12
    return rd.clock(h, _int(m.group("mi")) or 0, None, ctx.anchor_day(m.start()))


def _modifier_value(word: str) -> str:
    w = word.lower()
    if "mediados" in w or "mitad" in w:
        return "MID"
    if any(k in w for k in ("principio", "comienzo", "inicio")):
        return "START"
    if any(k in w for k in ("final", "fines", "fin ")):
        return "END"
    return "APPROX"


def _r(name: str, pattern: str, resolve) -> Rule:
    return Rule(name, re.compile(pattern, F), resolve)


RULES = (
    _r("date", rf"\b(?:(?:el\s+)?(?:{WD})\s*,?\s+)?(?:el\s+)?(?P<d>{DAYN})(?:\s*(?:-|–|al?|y)\s*(?P<d2>{DAYN}))?"
       rf"\s+de\s+(?P<mon>{MONTH})(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?", _date),
    *numeric_rules(month_first=False),
    _r("part-of", rf"\b(?:el|la|los|las)\s+(?P<ord>primer[oa]?s?|segund[oa]s?|tercer[oa]?s?|cuart[oa]s?"
       rf"|últim[oa]s?|ultim[oa]s?)\s+(?:(?P<n>{NUM})\s+)?(?P<u>mitad|semestres?|trimestres?|mes(?:es)?|semanas?"
       rf"|quincenas?|d[ií]as?)(?:\s+(?:de|del)\s+(?:(?P<omon>{MONTH})(?:\s+(?:de|del)\s+(?P<oy>{YEAR}))?"
       rf"|(?:año\s+)?(?P<oyear>{YEAR})|(?:(?:el|este)\s+)?(?:(?P<orel>próximo|proximo|último|ultimo|este)\s+"
       rf"(?P<ou>año|mes)|(?P<ou2>año|mes)\s+(?P<orel2>pasado|anterior|próximo|proximo|que\s+viene|en\s+curso))"
       rf"|(?P<othe>año|mes))\b|(?<=semestre)\b|(?<=trimestre)\b)", _part_of),
    # "el día 16", "el pasado 16", "el próximo 4": a day of the month mentioned last, or of one next to publication
    _r("day-of-month", rf"\bel\s+(?:día|(?:pasado|próximo|proximo)(?:\s+día)?)\s+(?P<d>{DAYN})\b(?!\s*(?:%|de\s))",
       day_of_month),
    _r("month-rel-year", rf"\b(?P<mon>{MONTH})\s+(?:del|de)\s+(?:(?:este|el)\s+)?(?:año\s+(?P<r1>pasado|anterior"
       r"|próximo|que\s+viene|en\s+curso)|(?P<r2>próximo|último)\s+año|(?P<r3>este)\s+año)\b",
       lambda m, c: rd.month_of_relative_year(ES_MONTHS[m["mon"].lower()], _REL[re.sub(
           r"\s+", " ", (m["r1"] or m["r2"] or m["r3"]).lower())], c)),
    _r("month", rf"\b(?P<mon>{MONTH})(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?\b", _month),
    _r("year", rf"(?<![\w$€£.,/-])(?:(?:el\s+)?año\s+)?(?P<y>{YEAR})(?![\w/]|[.,]\d)", _year),
    _r("weekday", rf"\b(?:el\s+|este\s+)?(?P<wd>{WD})(?:\s+(?P<rel>pasado|anterior|próximo|proximo|que\s+viene))?"
       rf"(?:\s+{PART})?\b", _weekday),
    _r("rel-unit", rf"\b(?:(?:el|la)\s+)?(?:(?P<r1>próximo|próxima|proximo|proxima|último|última|este|esta)\s+"
       rf"(?P<u>{UNITW})|(?P<u2>{UNITW})\s+(?P<r2>{RELW}))\b",
       lambda m, c: _rel_unit_any(m, c)),
    _r("deictic", r"\b(?P<w>hoy|ayer|anteayer|anoche|pasado\s+mañana|(?<!la\s)(?<!las\s)mañana(?!\s+de\b)|esta(?=\s+"
       r"(?:mañana|tarde|noche)))(?:\s+(?:por\s+la\s+)?(?P<part>mañana|tarde|noche))?\b", _deictic),
    _r("ago", rf"\bhace\s+(?:(?:unos|unas|casi|más\s+de)\s+)?(?P<n>{NUM}|{alt(ES_VAGUE)})\s+(?P<u>{UNIT})\b", _ago),
    # "dos días después" (later); not "dos días después de que ...", which counts from an event, not a date
    _r("later", rf"\b(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?P<dir>después|más\s+tarde|antes)\b(?!\s+de\b)", _later),
    _r("duration", rf"\b(?P<n>{NUM}|{alt(ES_VAGUE)})\s+(?P<u>{UNIT})\b", _duration),
    # a vague stretch: "durante meses", "podría durar semanas", "en los próximos meses" (PXM)
    _r("bare-units", r"\b(?:(?:durante|durar|dura|duró|duran|durará|tardar|tardará|llevar|llevará)\s+"
       r"(?P<x>(?P<u>días|semanas|meses|años))|(?P<y>(?:los|las)\s+(?:próxim|últim|proxim|ultim)[oa]s\s+"
       r"(?P<u2>días|semanas|meses|años)))\b", lambda m, c: rd.duration(None, ES_UNITS[(m["u"] or m["u2"]).lower()])),
    _r("century", r"\b(?:el\s+)?siglo\s+(?P<r>(?-i:[IVXL]+))\b", lambda m, c: rd.century_roman(m["r"])),
    _r("season", rf"\b(?:(?:el|la|este|esta)\s+)?(?:(?P<r1>próximo|último)\s+)?(?P<s>{alt(ES_SEASONS)})"
       rf"(?:\s+(?P<r2>pasado|próximo|que\s+viene))?(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?\b", _season),
    _r("anaphoric", r"\b(?:ese\s+mismo\s+día|el\s+mismo\s+día|ese\s+día|(?:el\s+)?día\s+(?:siguiente|anterior)"
       r"|al\s+día\s+siguiente)\b", _anaphoric),
    _r("ref", r"\b(?:ahora|actualmente|en\s+la\s+actualidad|hoy\s+(?:en\s+)?día|recientemente|últimamente"
       r"|pronto|próximamente|el\s+futuro|el\s+pasado)\b", _ref),
    _r("set-n", rf"\bcada\s+(?P<n>{NUM})\s+(?P<u>{UNIT})\b",  # "cada dos años": P2Y
       lambda m, c: rd.set_every(number(m["n"], "es"), ES_UNITS[m["u"].lower()])),
    _r("set", rf"\b(?:cada|todos\s+los|todas\s+las)\s+(?P<u>{UNIT}|{WD})\b|\b(?P<u2>diariamente|semanalmente"
       r"|mensualmente|anualmente)\b", lambda m, c: _set_any(m, c)),
    _r("clock", r"\b(?:a\s+las\s+)(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\b"
       r"(?:\s+(?:horas|h)\b)?(?:\s+de\s+la\s+(?P<dp>mañana|madrugada|tarde|noche))?", _clock),
    *HOLIDAY_RULES,
)


def _rel_unit_any(m: re.Match, ctx: Context) -> Reading:
    unit = _UNIT_NAMES[re.sub(r"\s+", " ", (m.group("u") or m.group("u2")).lower())]
    rel = re.sub(r"\s+", " ", (m.group("r1") or m.group("r2")).lower())
    return rd.relative_unit(unit, _REL[rel], ctx)


def _set_any(m: re.Match, ctx: Context) -> Reading:
    w = (m.group("u") or m.group("u2")).lower()
    if w in ES_WEEKDAYS:
        return rd.set_of("W", f"XXXX-WXX-{ES_WEEKDAYS[w] + 1}")
    return rd.set_of({"diariamente": "D", "semanalmente": "W", "mensualmente": "M", "anualmente": "Y"}.get(w)
                     or ES_UNITS[w])


GRAMMAR = Grammar(
    since_ahead=re.compile(r"(?:a\s+partir|desde)\b", F),
    complementizer=re.compile(r"\bque\b", F),
    names=ES_NAMES,
    language="es",
    rules=RULES,
    tense=re.compile(
        # the conditional ("podría llegar a mediados de noviembre"): a future seen from a report, the nearer one
        r"(?P<c>\b(?:podría|podrían|sería|serían|habría|habrían|tendría|tendrían|debería|deberían|estaría"
        r"|estarían|haría|harían|llegaría|llegarían|iría|irían|comenzaría|comenzarían|empezaría|empezarían)\b)|"
        r"(?P<f>\b(?:(?:será|serán|habrá|habrán|estará|estarán)(?:\s+\w+)?|(?-i:[a-záéíóúüñ]+(?:rá|rán|remos|ré)|(?:^|(?<=[.!?]\s))(?!Irán|Teherán|Durán|Beltrán)[A-ZÁÉÍÓÚ][a-záéíóúüñ]{2,}(?:rá|rán|remos|ré))|va\s+a|van\s+a"
        r"|vamos\s+a|próxim\w+|proxim\w+|prevé|prevén|previst[oa]s?|planea|planean|tiene\s+previsto"
        r"|se\s+espera|vence|plazo)\b)"
        # a participle is a past tense after an auxiliary only ("ha atacado", "fue detenida"): alone it is
        # often a noun ("el estado", "el mercado", "la Armada", "el partido", "la llegada")
        r"|(?P<p>\b(?:(?:ha|han|he|hemos|había|habían|hubo|fue|fueron|sido|estaba|estaban|quedó|quedaron)\s+"
        r"\w+(?:ado|ada|ados|adas|ido|ida)|fue|fueron|era|eran|había|habían|dijo|hizo|\w+(?:ó|aron|ieron))\b)",
        F),
    modifier=re.compile(r"(?P<mod>\b(?:(?:a|en)\s+)?(?:principios|comienzos|inicios|mediados|finales|fines)\s+de"
                        r"|\b(?:a|al)\s+(?:principio|comienzo|inicio|final|fin)\s+de(?:l)?"
                        r"|\b(?:en\s+torno\s+a|alrededor\s+de|hacia|cerca\s+de))(?:\s+(?:el|la))?\s+\Z", F),
    modifier_value=_modifier_value,
    since=re.compile(r"\b(?:desde|a\s+partir\s+de)(?:l|\s+(?:el|la))?\s+\Z", F),
    until=re.compile(r"\b(?:hasta)(?:\s+(?:el|la))?\s+\Z", F),
    range_open=re.compile(r"\b(?:desde|de|del|entre)\s+\Z", F),
    range_join=re.compile(r"\s*(?:(?P<word>hasta|a|al|y)|(?P<dash>-|–|—))\s*", F),
)
