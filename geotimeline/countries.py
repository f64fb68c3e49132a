"""Countries: names, aliases and demonyms in English, Spanish and Russian, shared by places and actors.

The table is data/countries.csv (curated for this project, versioned in its first line); pycountry fills
in any ISO country the table lacks, with its English short name only.
"""

from __future__ import annotations

import csv
import functools
import logging
from dataclasses import dataclass
from pathlib import Path

import pycountry

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("en", "es", "ru")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str  # common English name ("Russia", "Venezuela")
    names: dict  # language -> tuple of names/aliases (may end in "*")
    demonyms: dict  # language -> tuple of adjectives/people (may end in "*")
    ambiguous: bool = False  # also a common given name or US state: "Chad", "Jordan", "Georgia"

    def __hash__(self) -> int:
        return hash(self.iso3)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def _english_plurals(demonyms: tuple[str, ...]) -> tuple[str, ...]:
    out = list(demonyms)
    for d in demonyms:
        if d.endswith("*") or " " in d and d.split()[-1][:1].islower():
            continue
        if not d.endswith(("s", "sh", "ch", "ese", "x", "z", "i'")) and d + "s" not in out:
            out.append(d + "s")
    return tuple(out)


def table_version() -> str:
    first = (DATA / "countries.csv").read_text(encoding="utf-8").splitlines()[0]
    return first.split("version", 1)[1].split()[0] if "version" in first else "unknown"


@functools.cache
def countries() -> dict[str, Country]:
    """All countries by ISO 3166-1 alpha-3."""
    out: dict[str, Country] = {}
    with (DATA / "countries.csv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            iso3 = row["iso3"].strip()
            pc = pycountry.countries.get(alpha_3=iso3)
            names = {
                "en": (row["name"].strip(), *_split(row["aliases_en"])),
                "es": _split(row["names_es"]),
                "ru": _split(row["names_ru"]),
            }
            demonyms = {
                "en": _english_plurals(_split(row["demonyms_en"])),
                "es": _split(row["demonyms_es"]),
                "ru": _split(row["demonyms_ru"]),
            }
            out[iso3] = Country(
                iso3=iso3,
                iso2=pc.alpha_2 if pc else "",
                name=row["name"].strip(),
                names=names,
                demonyms=demonyms,
                ambiguous="ambiguous" in (row["flags"] or ""),
            )
    for pc in pycountry.countries:
        if pc.alpha_3 not in out:
            name = getattr(pc, "common_name", None) or pc.name
            out[pc.alpha_3] = Country(pc.alpha_3, pc.alpha_2, name, {"en": (name,)}, {"en": ()})
    log.debug("loaded %d countries", len(out))
    return out


@functools.cache
def _by_iso2() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in countries().values() if c.iso2}


def iso3_from_iso2(iso2: str) -> str | None:
    return _by_iso2().get(iso2.upper())


def country_name(iso3: str | None) -> str:
    """Common English name of a country ("VEN" -> "Venezuela"); the code itself when unknown."""
    if not iso3:
        return ""
    c = countries().get(iso3.upper())
    return c.name if c else iso3


def country_aliases(language: str = "en", demonyms: bool = False) -> list[tuple[str, str]]:
    """(alias, iso3) pairs for matching: names (always English + the language), optionally demonyms."""
    langs = ("en",) if language == "en" else ("en", language)
    out: list[tuple[str, str]] = []
    for c in countries().values():
        for lang in langs:
            out.extend((a, c.iso3) for a in c.names.get(lang, ()))
            if demonyms:
                out.extend((a, c.iso3) for a in c.demonyms.get(lang, ()))
    return out


def iso3_by_name(name: str) -> str | None:
    """ISO3 of a country named in any language (exact alias, case-insensitive), else None."""
    from geotimeline.lexicon import fold

    name = name.strip()
    if name.isupper() and name in countries():
        return name
    key = fold(name)
    for c in countries().values():
        for lang in LANGUAGES:
            for a in (*c.names.get(lang, ()), *c.demonyms.get(lang, ())):
                stem = fold(a.rstrip("*"))
                if stem == key or a.endswith("*") and key.startswith(stem) and len(key) - len(stem) <= 3:
                    return c.iso3
    return None
