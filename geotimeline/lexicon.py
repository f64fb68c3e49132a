"""Lexicon: a phrase matcher (Aho-Corasick) with word-boundary, case and inflection rules.

Aliases are written the way they should match:
- an UPPERCASE alias ("US", "UN", "США") matches only with exactly that case;
- a Title-case alias ("Chad", "Red Sea") needs a capital first letter in the text ("chad" is no match);
- a lowercase alias ("российск*", "estadounidense") matches in any case;
- a trailing "*" lets up to three more letters follow (inflection: "Росси*" -> "России", "Россией").
Matching folds case, "ё" and accents character by character, so offsets always index the original text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import ahocorasick

log = logging.getLogger(__name__)

MAX_SUFFIX = 3
_SUFFIX = r"[^\W\d_]{0,3}"


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    payload: Hashable
    alias: str


@dataclass(frozen=True, slots=True)
class _Entry:
    alias: str
    stem: str  # the alias without its "*"
    case: str  # exact, title or any
    star: bool  # the (first) word may take up to three more letters
    payload: Hashable
    rest: re.Pattern | None = None  # words after the first, for multi-word aliases with inner "*"


def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        return c
    if low == "ё":
        return "е"
    if low.isascii():
        return low
    dec = unicodedata.normalize("NFD", low)
    base = dec[0]
    return base if len(dec) > 1 and dec[0].isalpha() and base != "и" else low


def fold(text: str) -> str:
    """Lower-case, "ё"->"е" and accent-free, keeping the length (so offsets carry over)."""
    if text.isascii():
        return text.lower()
    table = _FOLDED  # each character's fold, worked out once per process (str.translate does the rest)
    for c in set(text).difference(map(chr, table)):
        table[ord(c)] = _fold_char(c)
    return text.translate(table)


_FOLDED: dict[int, str] = {}


def _case_rule(stem: str) -> str:
    letters = [c for c in stem if c.isalpha()]
    if not letters:
        return "any"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "exact"
    return "title" if any(c.isupper() for c in letters) else "any"


class Lexicon:
    """Longest, non-overlapping alias matches in text order. Build once, match in linear time."""

    def __init__(self, aliases: Iterable[tuple[str, Hashable]]) -> None:
        self._auto = ahocorasick.Automaton()
        table: dict[str, list[_Entry]] = {}
        for alias, payload in aliases:
            alias = alias.strip()
            words = alias.split()
            if len(words) > 1 and "*" in alias[:-1]:
                # "Карибск* мор*": the automaton finds the first word, a pattern checks the others
                first = words[0]
                rest = "".join(
                    r"\s+" + re.escape(fold(w.rstrip("*"))) + (_SUFFIX if w.endswith("*") else "")
                    for w in words[1:]
                )
                stem = first.rstrip("*")
                entry = _Entry(alias, alias.replace("*", ""), _case_rule(alias.replace("*", "")), first.endswith("*"),
                               payload, re.compile(rest))
                table.setdefault(fold(stem), []).append(entry)
                continue
            star = alias.endswith("*")
            stem = alias.rstrip("*").strip()
            if len(stem) < 2:
                continue
            entry = _Entry(alias, stem, _case_rule(stem), star, payload)
            table.setdefault(fold(stem), []).append(entry)
        for key, entries in table.items():
            self._auto.add_word(key, (len(key), tuple(entries)))
        if table:
            self._auto.make_automaton()
        self.size = len(table)

    def candidates(self, text: str) -> list[Match]:
        """Every match that passes the boundary and case rules (overlapping)."""
        if not self.size:
            return []
        folded = fold(text)
        n = len(text)
        out: list[Match] = []
        for last, (length, entries) in self._auto.iter(folded):
            start = last - length + 1
            end = last + 1
            if start > 0 and text[start - 1].isalnum():
                continue
            if start > 0 and text[start - 1] in "'’" and start > 1 and text[start - 2].isalpha():
                continue  # "don't" style: inside a word
            for e in entries:
                stop = end
                if e.star:
                    while stop < n and stop - end < MAX_SUFFIX and text[stop].isalpha():
                        stop += 1
                if e.rest is not None:
                    tail = e.rest.match(folded, stop)
                    if tail is None:
                        continue
                    stop = tail.end()
                if stop < n and text[stop].isalnum():
                    continue
                if not _case_ok(text, start, stop if e.rest is not None else end, e):
                    continue
                out.append(Match(start, stop, e.payload, e.alias))
        return out

    def find(self, text: str) -> list[Match]:
        return longest(self.candidates(text))


def _case_ok(text: str, start: int, end: int, e: _Entry) -> bool:
    seg = text[start:end]
    if e.case == "exact":
        return seg == e.stem
    if e.case == "title":
        # words capitalised in the alias must be capitalised in the text ("the Gulf", "mar Caribe"), except
        # short particles after the first word ("Puerto la Cruz")
        for i, (a_word, t_word) in enumerate(zip(e.stem.split(), seg.split(), strict=False)):
            if a_word[:1].isupper() and not t_word[:1].isupper() and (i == 0 or len(a_word) > 2):
                return False
        return True
    return True


def longest(matches: Iterable[Match]) -> list[Match]:
    """Keep the longest matches that do not overlap (earlier one wins a tie), in text order."""
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    if not ordered:
        return []
    taken = bytearray(max(m.end for m in ordered) + 1)
    chosen: list[Match] = []
    for m in ordered:
        if any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
