"""Verb triggers from the parse: the cheap test of which sentences are worth a parse never drops one that has a
trigger verb, and rejects sentences with none."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.document import annotate
from geotimeline.events import extract_events
from geotimeline.events.predicates import LEMMAS, lemma_triggers, may_have_trigger


@pytest.mark.parametrize("sentence", [
    "The destroyer arrived off the coast at dawn.",
    "A patrol boat rammed the fishing vessel twice.",
    "Two missiles struck the bulk carrier on Friday.",
    "A torpedo sank the ferry after the blast.",
    "Gunmen kidnapped three sailors from the tug.",
    "The envoy withdrew from the talks.",
    "Pirates stole engine spares and fled.",
    "The frigate was shadowing the convoy.",
    "Marines were deployed to the island.",
    "The navy has been patrolling the gulf since May.",
])
def test_a_sentence_with_a_trigger_verb_is_kept_for_the_parse(sentence):
    doc = annotate(sentence, "en")
    assert lemma_triggers(doc, 0, len(sentence)), "the test sentence must have a trigger verb"
    assert may_have_trigger(sentence)


@pytest.mark.parametrize("sentence", [
    "Prices rose for the third month.",
    "The minister said talks would go on.",
    "Officials met in Geneva on Tuesday.",
    "",
])
def test_a_sentence_without_one_is_not(sentence):
    assert not may_have_trigger(sentence)


def test_every_irregular_form_the_lemmatizer_knows_is_covered():
    doc = annotate("He struck it, they sank it, she stole it, we shot at it, you withdrew.", "en")
    lemmas = {t.lemma_ for t in doc if t.lemma_ in LEMMAS}
    assert lemmas >= {"strike", "sink", "steal", "shoot", "withdraw"}
    assert all(may_have_trigger(t.text) for t in doc if t.lemma_ in LEMMAS)


@pytest.mark.parametrize(("sentence", "category", "mode"), [
    ("Chile exempted Peruvian exports from the new duties.", "CONCEDE", "asserted"),
    ("Norway suspended its aid programme for Eritrea.", "SANCTION", "asserted"),
    ("Ghana conferred its highest honour on the Togolese president.", "SUPPORT", "asserted"),
    ("The Polish president is due to travel to Vilnius on Friday.", "CONSULT", "planned"),
])
def test_diplomatic_verbs_by_lemma(sentence, category, mode):
    from datetime import date

    from geotimeline.articles import Article
    from geotimeline.events import extract_events

    events = [e for e in extract_events(Article(id="d", text=sentence, published=date(2026, 2, 2))) if e.category == category]
    assert events and events[0].mode == mode, [(e.category, e.mode) for e in extract_events(
        Article(id="d", text=sentence, published=date(2026, 2, 2)))]


@pytest.mark.parametrize(("sentence", "parse"), [
    # a phrasal verb needs its particle before the sentence is worth parsing
    ("Police rounded up dozens of protesters.", True),
    ("Gunmen took over a passenger ferry near the port.", True),
    ("Iran brushed aside the offer.", True),
    ("She stepped onto the stage and waved to the crowd.", False),
    ("The round of talks ended early.", False),
])
def test_the_parse_gate_wants_a_phrasal_verbs_particle(sentence, parse):
    assert may_have_trigger(sentence) is parse


@pytest.mark.parametrize(("sentence", "parse"), [
    # only a form of a trigger verb sends a sentence to the parser, not a word that starts like one
    ("The decree on children's schooling was published.", False),  # not "decry", not "chide"
    ("Rights groups decried the verdict.", True),
    ("Two skiffs were spotted near the tanker.", True),
])
def test_the_parse_gate_reads_verb_forms_not_prefixes(sentence, parse):
    assert may_have_trigger(sentence) is parse


@pytest.mark.parametrize(("sentence", "seized"), [
    # "took over" a place or a vehicle is a seizure; an office taken over is none
    ("Rebels took over the border town on Sunday.", True),
    ("Gunmen took over a passenger ferry near the port.", True),
    ("She took over as foreign minister in May.", False),
    ("He took over the leadership of the party last year.", False),
])
def test_taking_over_a_place_is_a_seizure(sentence, seized):
    events = [e for e in extract_events(Article(id="t", text=sentence, published=date(2026, 3, 2))) if e.category == "COERCE"]
    assert bool(events) == seized, [(e.summary, e.category) for e in events]


@pytest.mark.parametrize(("sentence", "arrest"), [
    # what a raid led to happened; a reward for what would lead to an arrest is no arrest
    ("The raid led to the arrest of two smugglers in Mombasa.", True),
    ("The US doubled its reward for information leading to the arrest of the gang leader.", False),
    ("Officials warned the dispute could lead to the arrest of more journalists.", False),
])
def test_an_arrest_something_led_to_happened(sentence, arrest):
    events = [e for e in extract_events(Article(id="t", text=sentence, published=date(2026, 3, 2)))
              if e.category == "COERCE" and e.mode == "asserted"]
    assert bool(events) == arrest, [(e.summary, e.mode) for e in events]
