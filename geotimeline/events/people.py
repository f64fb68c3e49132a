"""People named with their country, read from the parse: "Afghan foreign ministry spokesperson Abdul Qahar Balkhi",
"Munir Akram, Pakistan's permanent representative", "Mao Ning, a spokeswoman for China's foreign ministry".

The actor lexicon knows states, bodies and a few leaders; the people quoted in a story are mostly not in it. When
a proper name is introduced in a noun phrase whose core (its compounds, adjectives, possessor, apposition and
"of"/"for" phrases: geotimeline.events.arguments) names exactly one country, the name is registered for the article;
a later bare mention of the same name ("Balkhi rejected the allegation") is that person, with that country.
A name introduced with no country, or with two, is not registered: no country is better than a guessed one.

`people(doc, lookup)` builds the register once per document and keeps it in `doc.user_data`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from geotimeline.actors import Actor, ActorMention
from geotimeline.document import in_layer
from geotimeline.treewords import latin

_KEY = "people"
_NAME_DEPS = frozenset({"compound", "flat"})
# words that start a capitalised phrase without being a name ("President", "Minister" are titles, kept apart)
_TITLES = frozenset({"president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
                     "envoy", "general", "admiral", "chancellor", "king", "queen", "prince", "premier", "senator",
                     "governor", "mayor", "chief", "commander", "director", "representative", "prime", "vice", "deputy",
                     "foreign", "defense", "defence", "interior", "state", "sheikh", "emir", "mr", "mrs", "ms", "dr"})


def name_tokens(head: Any) -> list[Any]:
    """The proper-name words of the name headed by `head` ("Abdul Qahar Balkhi"), titles left out."""
    words = [head]
    doc = head.doc
    names = {c.i for c in head.subtree if c.i < head.i and c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"
             and c.lower_ not in _TITLES}
    i = head.i - 1
    while i >= 0 and (i in names or doc[i].text == "-" and i - 1 in names):  # "Kofi Mensah-Boateng"
        words.append(doc[i])
        i -= 1
    return sorted(words, key=lambda t: t.i)


def people(doc: Any, countries_of: Callable[[Any], Iterable[ActorMention]]) -> dict[str, Actor]:
    """Name words ("Balkhi", "Abdul Qahar Balkhi") -> the person, for the names of `doc` introduced with one
    country. `countries_of(token)` gives the actor mentions in a noun phrase's core (phrases._Lookup)."""
    known = doc.user_data.get(_KEY)
    if known is not None:
        return known
    register: dict[str, Actor] = {}
    refused: set[str] = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ in _NAME_DEPS or _in_actor(tok) or "Inan" in tok.morph.get("Animacy"):
            continue  # a tagger that marks animacy (Russian) says "Госдепартамент", "Эсминец" are no people
        words = name_tokens(tok)
        if any(_in_actor(w) for w in words):
            continue  # "Putin", "the Pentagon": the lexicon knows it
        if not all(w.text[:1].isupper() for w in words if w.text[:1].isalpha()):
            continue  # "the Indonesian coast guard": the tagger's proper noun, written as a common one
        own = {w.i for w in words}
        states = {m.actor.country for m in countries_of(tok) if m.actor.country and not _covers(m, own, doc)}
        if tok.dep_ == "appos":  # "Pakistan's permanent representative, Munir Akram": the noun it stands beside
            states |= {m.actor.country for m in countries_of(tok.head) if m.actor.country}
        full = _joined(words)
        if len(states) != 1:
            continue
        person = Actor(full if doc.lang_ == "en" else latin(full), states.pop(), "person")  # English labels
        for key in {full, words[-1].text}:
            if key in register and register[key].country != person.country:
                refused.add(key)
            register.setdefault(key, person)
    for key in refused:  # two people of different countries share the name: neither is guessed
        register.pop(key, None)
    doc.user_data[_KEY] = register
    return register


def may_introduce(sentence: str, off: int, mentions: Iterable[ActorMention]) -> bool:
    """A cheap test before the parse: could the sentence introduce a person with a country ("Ines Varga, a
    spokeswoman for Hungary's foreign ministry, said ...")? A known actor within 80 characters of two capitalised
    words in a row that are not the actor."""
    spans = [(m.start - off, m.end - off) for m in mentions]
    if not spans:
        return False
    for m in _NAME.finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if any(abs(m.start() - b) <= 80 or abs(a - m.end()) <= 80 for a, b in spans):
            return True
    return False


_NAME = re.compile(r"\b[A-Z][\w'-]+ [A-Z][\w'-]+")
# a sentence opened by someone speaking: "Pedersen said Friday ...", "U.N. envoy Geir Pedersen told the council ..."
_SPEAKER = re.compile(r"[\"“]?((?:[A-Z][\w.'’-]*\s){1,4})(?:said|says|told|added|noted|wrote|tweeted|stressed)\b")


def unknown_speaker(sentence: str, off: int, mentions: Iterable[ActorMention]) -> bool:
    """Does the sentence open with someone speaking whom the lexicon does not know? Then a following "He" or
    "She" is that person, not one named earlier (a cheap reading for sentences the parser was not given)."""
    m = _SPEAKER.match(sentence)
    if m is None:
        return False
    return not any(a.start - off < m.end(1) for a in mentions)  # "Russia said", "Putin said": known


def mention_of(head: Any, register: dict[str, Actor]) -> ActorMention | None:
    """The registered person a bare name stands for ("Balkhi", "Abdul Qahar Balkhi"), if any."""
    if head.pos_ != "PROPN":
        return None
    words = name_tokens(head)
    full = _joined(words)
    person = register.get(full) or register.get(words[-1].text)
    if person is None:
        return None
    return ActorMention(full, words[0].idx, words[-1].idx + len(words[-1].text), person)


def _joined(words: list[Any]) -> str:
    return "".join(w.text_with_ws if k < len(words) - 1 else w.text for k, w in enumerate(words))


def _in_actor(token: Any) -> bool:
    return in_layer(token, "actors")


def _covers(m: ActorMention, own: set[int], doc: Any) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.i in own for t in span)
