"""Sentences with character offsets, and page furniture (share bars, teasers, comment prompts, headings).

`split_sentences(text)` cuts an article into `Sentence` records carrying their offsets into the text, the
paragraph they belong to and whether they are page furniture rather than prose. Furniture is never an
event: share-button rows ("VK X OK WhatsApp Telegram"), "Read also:" teaser blocks, "Write a comment",
"3 comments", copyright and subscription lines, and short lines without sentence punctuation (titles,
author lines, section labels).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offsets into the article text
    end: int
    paragraph: int  # index of the paragraph (blank-line separated block) holding the sentence
    furniture: bool = False  # page furniture / boilerplate: never an event


SHARE_WORDS = frozenset(
    ["vk", "x", "ok", "whatsapp", "telegram", "facebook", "twitter", "share", "email", "e-mail", "print", "linkedin", "reddit", "pinterest", "viber", "copy", "link", "mail", "flipboard", "threads", "bluesky", "tumblr", "messenger", "skype", "line", "odnoklassniki", "вконтакте", "одноклассники", "поделиться", "compartir", "imprimir"]
)

# Lines that open a teaser / related-links block: what follows (short items) is furniture too.
TEASER_MARKERS = re.compile(
    r"^\s*(read also|read more|see also|also read|related( stories| articles| news)?|more on this|"
    r"recommended|you may also like|читайте также|смотрите также|по теме|лее también|lea también|"
    r"ver también|te puede interesar|noticias relacionadas|más noticias)\b\s*:?",
    re.IGNORECASE,
)

FURNITURE = re.compile(
    r"^\s*(?:"
    r"write a comment|leave a comment|add a comment|comments?\s*:?$|\d+\s+comments?|show comments|"
    r"написать комментарий|оставить комментарий|комментари\w*\s*:?$|\d+\s+комментари\w*|"
    r"escribe un comentario|deja un comentario|\d+\s+comentarios?|comentarios\s*:?$|"
    r"©|\(c\)\s*\d{4}|copyright\b|all rights reserved|все права защищены|todos los derechos|"
    r"subscribe\b|sign up\b|newsletter\b|подписывайтесь|подпишитесь|suscríbete|suscribete|"
    r"advertisement$|реклама$|publicidad$|"
    r"(photo|image|picture|фото|foto|imagen)\s*:|getty images|"
    r"tags?\s*:|теги\s*:|etiquetas\s*:"
    r")",
    re.IGNORECASE,
)

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "adm", "gov", "sen", "rep", "rev", "prof", "jr", "sr", "sra", "srta", "dña", "dn", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "approx", "est", "fig", "vol", "pp", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "ee.uu", "u.s.a", "d.c", "г", "гг", "т.е", "т.к", "им", "ул", "пр", "тыс", "млн", "млрд", "руб", "ст"]
)
SENTENCE_STARTERS = frozenset(
    ["the", "a", "an", "it", "he", "she", "they", "we", "this", "that", "these", "those", "in", "on", "at", "but", "and", "however", "meanwhile", "according", "after", "before", "since", "on", "while", "when", "his", "her", "their", "its", "there", "some", "many", "officials"]
)

_BOUNDARY = re.compile(r"([.!?…]+)([\"'”»)\]]*)(\s+)(?=[\"'“«(\[]?[A-ZÁÉÍÓÚÑА-ЯЁ0-9¿¡])")
_TERMINAL = re.compile(r"[.!?…][\"'”»)\]]*\s*$")


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text` in order, with offsets, paragraph index and a furniture flag."""
    out: list[Sentence] = []
    in_teaser = False
    for para_index, (seg_start, seg_end) in enumerate(_segments(text)):
        segment = text[seg_start:seg_end]
        if TEASER_MARKERS.match(segment):
            in_teaser = True
        elif in_teaser and len(segment) >= 200 and not segment.rstrip().endswith(("...", "…")):
            in_teaser = False
        segment_furniture = in_teaser or is_furniture(segment)
        for s_start, s_end in _sentence_spans(segment):
            s_text = segment[s_start:s_end]
            furniture = segment_furniture or is_furniture(s_text)
            out.append(Sentence(s_text, seg_start + s_start, seg_start + s_end, para_index, furniture))
    return out


def is_furniture(line: str) -> bool:
    """True for page furniture: share rows, comment prompts, copyright, teasers, headings and bylines."""
    stripped = line.strip()
    if not stripped:
        return True
    if FURNITURE.match(stripped) or TEASER_MARKERS.match(stripped):
        return True
    words = re.findall(r"[\w'-]+", stripped.casefold())
    if words and all(w in SHARE_WORDS for w in words):
        return True
    if stripped.endswith(("...", "…")) and len(stripped) < 240:
        return True  # truncated teaser
    # A heading, byline or label: short, no sentence punctuation at the end.
    return not _TERMINAL.search(stripped) and len(words) <= 16


def _segments(text: str) -> list[tuple[int, int]]:
    """Paragraph-like blocks: split on blank lines, and on single newlines unless the line is wrapped."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", text):
        lines = list(re.finditer(r"[^\n]+", block.group()))
        cur_start: int | None = None
        cur_end = 0
        for i, line in enumerate(lines):
            l_start, l_end = block.start() + line.start(), block.start() + line.end()
            if not line.group().strip():
                continue
            if cur_start is None:
                cur_start = l_start
            cur_end = l_end
            nxt = lines[i + 1].group().lstrip() if i + 1 < len(lines) else ""
            wrapped = bool(nxt) and (nxt[0].islower() or (len(line.group()) >= 60 and not _TERMINAL.search(line.group())))
            if not wrapped:
                spans.append(_trim(text, cur_start, cur_end))
                cur_start = None
        if cur_start is not None:
            spans.append(_trim(text, cur_start, cur_end))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_spans(segment: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(segment):
        if m.group(1) == "." and _is_abbreviation(segment, m.start(1), m.end(3)):
            continue
        end = m.end(2)
        if segment[start:end].strip():
            spans.append(_trim(segment, start, end))
        start = m.end(3)
    if segment[start:].strip():
        spans.append(_trim(segment, start, len(segment)))
    return spans


def _is_abbreviation(segment: str, dot: int, next_start: int) -> bool:
    word = re.search(r"([\w.]+)$", segment[max(0, dot - 40) : dot])
    if not word:
        return False
    token = word.group(1).casefold()
    if len(token) == 1 and token.isalpha() and segment[dot - 1].isupper():
        return True  # an initial: "Gerald R. Ford"
    if token in ABBREVIATIONS or "." in token:
        nxt = re.match(r"[\"'“«(]?(\w+)", segment[next_start:])
        # "U.S." ends the sentence when a usual sentence opener follows.
        if nxt and nxt.group(1).casefold() in SENTENCE_STARTERS and "." in token:
            return False
        # "... border with the U.S. Sheinbaum sent troops": a one-word name acting, not a "U.S. Navy" modifier
        name = _NAME_ACTS.match(segment, next_start)
        return not (name and "." in token and name.group(1).casefold() not in _AFTER_COUNTRY_ABBREVIATION)
    return False


_NAME_ACTS = re.compile(r"([A-Z][a-z]+)\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:[a-z]+(?:ed|s)|said|sent|told|met|took|made|"
                        r"won|held|went|began|led|gave|struck|spoke|wrote|saw|got|left|came|ran|sought|brought|"
                        r"thought|set|put|cut|hit|shot|fought|kept)\b")
# capitalised words that go on a "U.S."/"U.K."/"U.N." phrase ("U.S. Navy officials said")
_AFTER_COUNTRY_ABBREVIATION = frozenset({
    "president", "secretary", "navy", "army", "air", "marines", "marine", "coast", "embassy", "ambassador", "treasury",
    "state", "department", "senate", "senator", "house", "congress", "congressman", "congresswoman", "defense",
    "defence", "forces", "military", "government", "administration", "justice", "attorney", "court", "supreme",
    "central", "southern", "northern", "european", "pacific", "indo", "africa", "cyber", "space", "special",
    "representative", "rep", "sen", "gen", "general", "admiral", "adm", "vice", "deputy", "energy", "agency", "trade",
    "customs", "border", "immigration", "homeland", "federal", "national", "office", "officials", "official",
    "envoy", "mission", "security", "council", "commander", "command", "troops", "soldiers", "diplomats",
    "intelligence", "sanctions", "dollar", "open", "election", "forest", "postal", "geological", "capitol", "census",
    "steel", "food", "health", "refugee", "human", "peacekeepers", "peacekeeping", "agencies", "officers", "secret",
    "chargé", "charge", "high", "parliament", "prime", "foreign", "home", "ministry", "minister", "labour", "labor",
    "conservative", "conservatives", "royal", "met", "climate", "nuclear", "atomic",
})
