"""The annotated document: the installed parser is the one pinned, and our layers sit on its tokens."""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path

import pytest
import spacy

from geotimeline.document import (
    MAX_PARSE,
    MAX_WORD,
    MODEL_NAME,
    MODEL_VERSION,
    MODELS,
    add_layer,
    annotate,
    layer,
    model_meta,
)

SUMS = Path(__file__).resolve().parents[1] / "data" / "parser-model.sha256"


def test_the_installed_english_model_is_the_pinned_one():
    meta = model_meta("en")
    assert (meta["name"], meta["version"]) == (MODEL_NAME, MODEL_VERSION)
    assert spacy.util.is_compatible_version(spacy.__version__, meta["spacy_version"])


@pytest.mark.parametrize("line", [row for row in SUMS.read_text().splitlines() if row and not row.startswith("#")])
def test_the_installed_weights_match_the_recorded_sums(line):
    digest, name = line.split()
    package = importlib.import_module(MODELS["en"])
    root = Path(package.__file__).parent / f"{MODELS['en']}-{MODEL_VERSION}"
    assert hashlib.sha256((root / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize(("text", "language", "parsed"), [
    ("The navy seized a tanker.", "en", True),
    ("La armada incautó un petrolero.", "es", False),  # no Spanish parser installed: the surface reading stays
    ("   ", "en", False),
    ("word " * (MAX_PARSE // 5 + 1), "en", False),  # over the parse limit: read without a parse
])
def test_which_texts_are_parsed(text, language, parsed):
    assert (annotate(text, language) is not None) is parsed


@dataclass(frozen=True)
class _Found:
    start: int
    end: int


def test_layers_are_spans_on_the_same_tokens():
    doc = annotate("Chinese ships shadowed the frigate near Taiwan.", "en")
    add_layer(doc, "places", [_Found(40, 46)])
    ((span, record),) = layer(doc, "places")
    assert span.text == "Taiwan" and record == _Found(40, 46) and span.root.dep_ == "pobj"


@pytest.mark.parametrize("run", ["(" * 5_000, "x" * 5_000, "-(" * 2_000, "abcdefgh" * 600],
                         ids=["parentheses", "letters", "dashes", "word"])
def test_a_run_with_no_space_is_cut_before_the_parse_and_offsets_kept(run):
    text = f"Officials met on Monday. {run} The navy seized a tanker near Aden."
    doc = annotate(text, "en")
    assert len(doc.text) == len(text)
    assert max(len(t.text) for t in doc if not t.is_space) <= MAX_WORD
    seized = next(t for t in doc if t.text == "seized")
    assert text[seized.idx : seized.idx + 6] == "seized" and seized.lemma_ == "seize"


@pytest.mark.parametrize(("text", "lemma"), [
    ("PIRATES BOARDED THE TANKER AND STOLE SHIP'S STORES.", "board"),  # telex capitals are read in lower case
    ("Pirates boarded the tanker.", "board"),
])
def test_capitals_are_parsed_as_words(text, lemma):
    doc = annotate(text, "en")
    assert any(t.lemma_ == lemma and t.pos_ == "VERB" for t in doc) and doc.text == text.lower() or doc.text == text


@pytest.mark.parametrize(("text", "keep", "read"), [
    ("The minister spoke. A frigate sailed into the strait. Talks ended.", [(20, 53)], ["sail"]),
    ("The minister spoke.\nA frigate sailed into the strait.\nTalks ended.", [(20, 53)], ["sail"]),
    ("Coast guards seized a trawler. Crews later rested.", [(0, 30)], ["seize"]),
    ("Nothing was kept here at all.", [], []),
])
def test_only_the_ranges_asked_for_are_parsed_and_offsets_kept(text, keep, read):
    doc = annotate(text, "en", keep)
    assert len(doc.text) == len(text)  # every offset of the article still points at the same place
    words = [t for t in doc if not t.is_space]
    assert all(any(a <= t.idx < b for a, b in keep) for t in words)  # nothing outside the ranges was read
    assert all(doc.text[a:b] == text[a:b] for a, b in keep)
    assert [t.lemma_ for t in words if t.pos_ == "VERB"] == read
