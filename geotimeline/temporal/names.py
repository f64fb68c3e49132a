"""Names that contain a date are not dates: "the March 23 Movement", "the Unaizah May 4", "Plaza de Mayo".

Each language has one pattern (`Grammar.names`); the engine drops every candidate expression that overlaps
a match (group "n" when the pattern has one, else the whole match), and every other occurrence of the same
name in the text, even without the cue that revealed it ("Unaizah May 4 was hit again"). Conventions:

- English. (a) A day and month directly followed by the head noun of a name, capitalised, with at most one
  capitalised word between: "the March 23 Movement", "the April 6 Youth Movement", "the 26th of July
  Movement", "the 6th of October Bridge" (but "the May 4 meeting", "the September 11 attacks" are dates).
  (b) A vessel or other named thing: a capitalised word directly before a month and a number, after a
  determiner or a vessel noun, with no year after it: "at the Unaizah May 4", "the ship Lady May 2". Not
  after a weekday or month ("on Thursday May 4"), nor an institution that acts on a date ("passed the
  Senate May 4"), nor with a year ("the Senate May 4, 2023").
  (c) Outlets and programmes: "USA Today", "Russia Today", "VOA Today", ABC's "This Week" (in quotes or
  "This Week With ..."); a lower-case "this week" is always a date.
- Spanish. A place or organisation noun before a month, with or without a day: "Plaza de Mayo", "avenida
  9 de Julio", "Movimiento 26 de Julio", "avenida Primero de Mayo" (but "la plaza el 3 de marzo" is a date).
- Russian. A street or place noun before a day and a capitalised month ("улица 1 Мая", "ул. 8 Марта",
  "проспект 60-летия Октября": months are written in lower case, so a capital one after such a noun is a
  name), and a capitalised month inside «» quotes («Красный Октябрь»).
"""

from __future__ import annotations

import re

from geotimeline.temporal.lexicon import EN_MONTHS, ES_MONTHS, RU_MONTHS, alt

_EN_MONTH = alt([m.capitalize() for m in EN_MONTHS])
_EN_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_EN_HEADS = ("Movement|Brigades?|Battalions?|Front|Group|Alliance|Coalition|Party|Revolution|Uprising|Bridge"
             "|Street|Avenue|Square|Stadium|Park|Road|Boulevard|City|University|Hospital|Airport|School|Mosque"
             "|Organi[sz]ation|Martyrs")
_VESSEL = ("the|a|an|boat|ship|vessel|tanker|ferry|trawler|freighter|yacht|tug|barge|dhow|skiff|carrier"
           "|MV|M/V|BRP")
# capitalised words that act on a date rather than carry it in a name ("approved by the Senate May 4")
_INSTITUTIONS = ("Senate|House|Congress|Parliament|Court|Council|Assembly|Cabinet|Commission|Committee|Board"
                 "|Ministry|Department|Government|Administration|Pentagon|Kremlin|Fed|Treasury|Times|Post"
                 "|Journal|Agency|Bank|Company|Embassy|Navy|Army|Police|Office|Union|Legislature|Duma|Knesset"
                 "|Bundestag|Conference|Summit|President|Premier|Minister|Chancellor|Secretary|Governor|Mayor"
                 "|On|In|At|By|Since|Until|From|Before|After|During|Last|Next|This|Early|Late|Mid|Around"
                 "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")

# outlets and programmes named after a day or week: "USA Today", "Russia Today", ABC's "This Week"
_EN_TITLES = (r"(?-i:\b(?:USA|VOA|Russia|China|India|Turkey|Pakistan|Africa|Japan|Israel)\s+Today\b"
              r"|(?<=[\"“])This\s+Week(?=[\"”,]|\s+[Ww]ith\b)|\bThis\s+Week\s+[Ww]ith\b)")

EN_NAMES = re.compile(
    rf"{_EN_TITLES}|(?-i:\b(?:{_EN_MONTH})\s+{_EN_DAY}(?:st|nd|rd|th)?|\b(?:the\s+)?{_EN_DAY}(?:st|nd|rd|th)?(?:\s+of)?\s+"
    rf"(?:{_EN_MONTH}))(?-i:\s+[A-Z][a-z]+)?(?-i:\s+(?:{_EN_HEADS}))\b"
    rf"|(?<![\w/])(?i:{_VESSEL})\s+(?P<n>(?-i:(?!(?:{_INSTITUTIONS}|{_EN_MONTH})\b)[A-Z][a-z]+)"
    rf"\s+(?-i:{_EN_MONTH})\s+{_EN_DAY})(?![\d%:]|[.,]\d|st\b|nd\b|rd\b|th\b|,?\s+(?:1[6-9]|20)\d\d\b)")

_ES_HEADS = (r"plaza|avenida|av\.|avda\.|calle|paseo|puente|movimiento|barrio|colonia|estadio|parque|hospital"
             r"|escuela|colegio|liceo|glorieta|bulevar|rambla|ciudad|municipio|partido|frente|brigada|estaci[oó]n"
             r"|aeropuerto|villa|pasaje|carretera|instituto")
_ES_DAY = (r"(?:\d{1,2}|primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
           r"|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|treinta(?:\s+y\s+uno)?)")
ES_NAMES = re.compile(
    rf"\b(?:{_ES_HEADS})\s+(?:(?:de|del)\s+)?(?:{_ES_DAY}\s+de\s+)?(?:{alt(ES_MONTHS)})\b", re.I)

_RU_HEADS = (r"улиц\w*|ул\.|проспект\w*|просп\.|пр-т\w*|площад\w*|пл\.|переул\w*|пер\.|бульвар\w*|б-р|набережн\w*"
             r"|наб\.|шоссе|станци\w*|завод\w*|фабрик\w*|парк\w*|пос[её]л\w*|пос\.|совхоз\w*|колхоз\w*"
             r"|микрорайон\w*|мкр\.|стадион\w*|имени|им\.")
_RU_CAP_MONTH = alt(sorted({m.capitalize() for m in RU_MONTHS}, key=len, reverse=True))
RU_NAMES = re.compile(
    rf"(?<![\w-])(?i:{_RU_HEADS})\s+(?:\d{{1,4}}(?:-?(?:го|летия|я))?\s+)?(?-i:{_RU_CAP_MONTH})(?![\w-])"
    rf"|«[^«»\n]{{0,40}}(?<![\w-])(?-i:{_RU_CAP_MONTH})(?![\w-])[^«»\n]{{0,40}}»")
