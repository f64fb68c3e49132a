"""Datelines: the publication date an article states about itself near its top (or in a labelled line).

"CARACAS, Oct 31 (Reuters) -", "Manila, 17 June 2024.", "КАРАКАС, 1 ноября 2025 —", "Published: 2025-11-01",
"01.11.2025 14:32". Only lines shaped like a dateline count, so a first sentence that mentions a date
("On 17 June 2024 the coast guard ...") is not taken for the publication date. A dateline without a year
gives a date only when the caller knows the year from metadata; otherwise None (never today's year).
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "enero", "ene", "janvier", "janv", "januar", "janeiro", "gennaio", "января", "янв"),
    2: ("february", "feb", "febrero", "février", "fevrier", "févr", "februar", "fevereiro", "fev", "febbraio",
        "февраля", "фев"),
    3: ("march", "mar", "marzo", "mars", "märz", "marz", "março", "marco", "марта", "мар"),
    4: ("april", "apr", "abril", "abr", "avril", "avr", "aprile", "апреля", "апр"),
    5: ("may", "mayo", "mai", "maio", "maggio", "мая"),
    6: ("june", "jun", "junio", "juin", "juni", "junho", "giugno", "июня", "июн"),
    7: ("july", "jul", "julio", "juillet", "juil", "juli", "julho", "luglio", "июля", "июл"),
    8: ("august", "aug", "agosto", "ago", "août", "aout", "августа", "авг"),
    9: ("september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro", "set", "settembre",
        "сентября", "сен", "сент"),
    10: ("october", "oct", "octubre", "octobre", "oktober", "okt", "outubro", "out", "ottobre", "ott", "октября",
         "окт"),
    11: ("november", "nov", "noviembre", "novembre", "novembro", "ноября", "ноя"),
    12: ("december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dez", "dezembro",
         "dicembre", "декабря", "дек"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True)) + r")(?![^\W\d_])\.?"

_LABEL = (r"(?:published|updated|posted|date|dated|first published|last updated|publicado|actualizado|fecha|"
          r"опубликовано|обновлено|дата|publié|mis à jour|veröffentlicht|aktualisiert|atualizado)"
          r"(?:\s+(?:on|at|el|le|am|em))?\s*:?\s*")
_PLACE = r"(?:[^\W\d_][^\W\d_.'’\- ]*(?:[ .'’\-]{1,2}[^\W\d_]+){0,3}\s*(?:\([^()\n]{1,30}\)\s*)?,\s*){1,3}"
_DATE = (
    r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<na>\d{1,2})(?P<sep>[./])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4})"
    rf"|(?P<dd>\d{{1,2}})(?:er|st|nd|rd|th|º|\.)?\s+(?:de\s+)?(?P<dm>{_MONTH})(?:,?\s+(?:de\s+)?(?P<dy>\d{{4}}))?"
    r"(?:\s*(?:г\.|года))?"
    rf"|(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<my>\d{{4}}))?)"
)
_TIME = r"(?:\s*(?:,|at|à|um|в)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:UTC|GMT|[A-Z]{2,4})\)?)?)?"
# the end of the dateline: a dash, dot, colon..., the line's end, or a run of spaces where a line break was lost
# ("Tuesday, April 14, 2020 8:03 AM   On 5 October, robbers boarded ...")
_TAIL = r"(?:\s*\([^()\n]{1,40}\))?(?:\s*(?:[-—–.:/|_]|$)|[ \t]{2,}(?=\S))"
_LINE = re.compile(rf"^[ \t]*(?:{_LABEL})?(?:{_PLACE})?{_DATE}{_TIME}{_TAIL}", re.I | re.M)
_LABELLED = re.compile(rf"^[ \t]*{_LABEL}{_DATE}{_TIME}", re.I | re.M)

HEAD_LINES = 8  # datelines sit in the first lines
FOOT_CHARS = 600  # "Published: ..." lines may also close an article


def dateline_date(text: str, language: str = "en", year: int | None = None) -> date | None:
    """The publication date stated by a dateline or date line near the top of `text` (or a labelled date line
    near its end). Year-less datelines need `year` (from metadata); ambiguous n/n/yyyy is month-first for
    English, day-first otherwise. None when nothing fits."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:HEAD_LINES])
    for m in _LINE.finditer(head):
        found = _date_of(m, language, year)
        if found:
            return found
    for m in _LABELLED.finditer(text[-FOOT_CHARS:]):
        found = _date_of(m, language, year)
        if found:
            return found
    return None


# agencies named without parentheses ("КАРАКАС, 1 ноября — ТАСС.", "MOSCÚ, 1 nov (Europa Press) -"): only these
KNOWN_AGENCIES = ("ТАСС", "TASS", "РИА Новости", "RIA Novosti", "Интерфакс", "Interfax", "Reuters", "AP", "AFP",
                  "EFE", "Xinhua", "Синьхуа", "Bloomberg", "ANSA", "dpa", "Europa Press", "Prensa Latina", "UPI",
                  "PTI", "Yonhap", "Kyodo", "Anadolu", "ANI", "IANS", "БелТА", "Sputnik", "Спутник")
_TIMEZONES = frozenset({"UTC", "GMT", "EST", "EDT", "CET", "CEST", "MSK", "PST", "PDT", "BST", "IST", "JST"})
# "DUBAI (Reuters) -", "WASHINGTON, Oct. 31, 2025 (AP) —", "CARACAS, 31 de octubre de 2025 (EFE).-"
_PAREN_OUTLET = re.compile(r"^(?P<head>[^\n()]{0,80}?)\((?P<outlet>[^\W\d_][^()\n\d]{0,28}[^\W_])\)\s*\.?\s*[-—–_:]",
                           re.M)
_AGENCIES = "|".join(sorted(map(re.escape, KNOWN_AGENCIES), key=len, reverse=True))
# "МОСКВА, 1 ноября. /ТАСС/.", "КАРАКАС, 1 ноября — ТАСС.", "(AP) — " alone on a line's start
_SLASH_OUTLET = re.compile(rf"^(?P<head>[^\n]{{0,80}}?)/(?P<outlet>{_AGENCIES})/", re.M)
_DASH_OUTLET = re.compile(rf"^(?P<head>[^\n]{{0,80}}?)[—–-]\s*(?P<outlet>{_AGENCIES})\s*(?:[.:,]|$)", re.M)


def dateline_outlet(text: str) -> str:
    """The news agency a dateline names near the top of `text` ("DUBAI (Reuters) -" -> "Reuters",
    "(AP) —" -> "AP", "— ТАСС" -> "ТАСС"), or "" when no dateline names one."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:HEAD_LINES])
    for m in _PAREN_OUTLET.finditer(head):
        outlet = " ".join(m["outlet"].split())
        if outlet.upper() not in _TIMEZONES and _dateline_head(m["head"]):
            return outlet
    for pattern in (_SLASH_OUTLET, _DASH_OUTLET):
        for m in pattern.finditer(head):
            if _dateline_head(m["head"]):
                return m["outlet"]
    return ""


def _dateline_head(head: str) -> bool:
    """What may stand before the agency in a dateline: nothing, a place in capitals ("DUBAI", "NAIROBI, Kenya"),
    or a place and date ("Caracas, 31 de octubre de 2025")."""
    words = head.split()
    if not words:
        return True
    first = words[0].strip(",.")
    return (len(first) > 1 and first.isupper()) or (any(c.isdigit() for c in head) and "," in head)


def year_of(url: str) -> int | None:
    """A year in a URL path (/2025/11/...), the metadata year for datelines that give only day and month."""
    m = re.search(r"/((?:19|20)\d{2})/(?:[01]?\d/)?", url or "")
    return int(m[1]) if m else None


def _date_of(m: re.Match[str], language: str, year: int | None) -> date | None:
    g = m.groupdict()
    if g["iy"]:
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["na"]:
        a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
        day_first = a > 12 or (b <= 12 and (g["sep"] == "." or language != "en"))
        d, mo = (a, b) if day_first else (b, a)
    elif g["dd"]:
        d, mo = int(g["dd"]), _month(g["dm"])
        y = int(g["dy"]) if g["dy"] else year
    else:
        d, mo = int(g["md"]), _month(g["mm"])
        y = int(g["my"]) if g["my"] else year
    if y is None or mo is None:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _month(word: str) -> int | None:
    return _MONTH_OF.get(word.lower().rstrip("."))
