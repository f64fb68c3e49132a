"""Noun phrases in the parse: the words that say who a phrase is, and the actors named in them.

The core of a noun phrase is its head, its compounds, adjectives, possessor, apposition and "of"/"for" phrases
("Afghan foreign ministry spokesperson Abdul Qahar Balkhi", "a spokeswoman for China's foreign ministry"): a
relative clause, a participle or another prepositional phrase is not part of it ("a boat that had sailed from
Colombia" is no Colombian boat). `_Lookup` finds the actors of a phrase's core in the document's actors layer,
ships' names kept out, people introduced with a country (geotimeline.events.people) as themselves, and unknown
perpetrators ("robbers", "gunmen") as actors with no country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from geotimeline.actors import Actor, ActorMention, country_name
from geotimeline.document import in_layer, layer
from geotimeline.events.people import mention_of, people
from geotimeline.treewords import agent_nouns, lemma, lower

PERPETRATORS = frozenset({
    "robber", "pirate", "gunman", "attacker", "militant", "thief", "assailant", "intruder", "perpetrator",
    "hijacker", "raider", "insurgent", "smuggler", "kidnapper", "bandit", "criminal", "suspect", "boarder",
    "gunmen",
})
_CORE = frozenset({"compound", "amod", "poss", "nmod", "flat", "nn", "appos", "npadvmod"})
_BODIES = frozenset({"ministry", "government", "military", "army", "navy", "office", "embassy", "mission", "party",
                     "department", "command", "force", "forces", "guard", "council", "presidency", "administration"})
# "a Panama-flagged tanker", "the Israeli-occupied West Bank", "Iranian-backed rebels": the country named in such an
# adjective stands in a relation to the noun (flag, occupier, backer), it is not who the noun is
_FLAG_WORDS = frozenset({"flag", "flagged", "register", "registered", "occupy", "occupied", "back", "backed",
                         "sponsor", "sponsored", "support", "supported", "base", "based", "arm", "armed", "fund", "funded",
                         "control", "controlled", "bear", "born", "build", "built", "make", "made"})
_SEATS = frozenset({"city", "capital", "country", "port"})  # a place whose name can speak for its state
_FORCE_NOUNS = frozenset({"attack", "bombing", "strike", "raid", "explosion", "blast", "shelling", "assault", "ambush"})


def _agent(verb: Any) -> list[Any]:
    return [g for c in verb.children if c.dep_ == "agent" for g in agent_nouns(c)]


def _in_layer(token: Any, name: str) -> bool:
    """Is the token inside one of our spans of that layer (geotimeline.document.add_layer)?"""
    return in_layer(token, name)


def _hyphen_relation(token: Any) -> bool:
    """ "Israeli-occupied", "Saudi-backed": a name joined by a hyphen to a participle of relation."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].text == "-"
            and (lower(doc[token.i + 2]) in _FLAG_WORDS or lemma(doc[token.i + 2]) in _FLAG_WORDS))


def _phrase(token: Any) -> str:
    tokens = sorted(_core(token), key=lambda t: t.i)
    if not tokens:
        return token.text
    doc = token.doc
    kept = {t.i for t in tokens}
    for t in tokens:  # "follow-up", "U.S.-led": a hyphenated word stays whole
        if t.i + 2 < len(doc) and doc[t.i + 1].tag_ == "HYPH" and not t.whitespace_ and not doc[t.i + 1].whitespace_:
            kept |= {t.i + 1, t.i + 2}
    out = ""
    for i in sorted(kept):
        out += doc[i].text + (doc[i].whitespace_ if i + 1 in kept else " ")
    return out.strip()


def phrase_of(token: Any) -> str:
    """The core of the noun phrase headed by `token`, as written ("Assad loyalists", "the convoy")."""
    return _phrase(token)


def _core(token: Any) -> list[Any]:
    """The head of a noun phrase and the words that say who it is (no relative clause, no other phrases)."""
    out = [token]
    todo = [token]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("amod", "compound", "npadvmod") and (
                    any(lemma(g) in _FLAG_WORDS or lower(g) in _FLAG_WORDS for g in c.subtree) or _hyphen_relation(c)):
                continue
            if c.dep_ in _CORE or c.dep_ in ("det", "case", "nummod") and c.i < token.i or c.dep_ in ("conj", "cc") and t is not token:
                out.append(c)
                todo.append(c)
            elif c.dep_ == "acl" and lemma(c) in ("lead", "head"):  # "a delegation led by the deputy minister"
                for g in _agent(c):
                    out.append(g)
                    todo.append(g)
            elif c.dep_ == "prep" and lower(c) in ("in", "at") and lemma(t) in _BODIES:  # "the government in Oslo"
                out.extend(g for g in c.children if g.dep_ == "pobj")
                todo.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and (lower(c) == "of" and lemma(t) not in _FORCE_NOUNS or lower(c) == "for" and any(
                    lemma(g) in _BODIES for g in c.children if g.dep_ == "pobj")):  # "a spokeswoman for the ministry"
                out.append(c)
                out.extend(g for g in c.children if g.dep_ == "pobj")
                todo.extend(g for g in c.children if g.dep_ == "pobj")
    return out


class _Lookup:
    """Actor mentions by token, with ships' names kept out."""

    def __init__(self, doc: Any, actors: Sequence[ActorMention], vessels: Sequence[tuple[int, int]]) -> None:
        self.doc = doc
        self.whole: _Lookup | None = None
        self.by_token: dict[int, list[ActorMention]] = {}
        for m in actors:
            if any(a <= m.start < b for a, b in vessels):
                continue  # "the tanker Moscow Star": a ship's name, not Russia
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for tok in span or ():
                self.by_token.setdefault(tok.i, []).append(m)

    def article_named(self, head: Any) -> list[ActorMention]:
        """As `named`, over every actor of the article (its actors layer), not only this sentence's."""
        if self.whole is None:
            self.whole = _Lookup(self.doc, [m for _, m in layer(self.doc, "actors")], ())
        return self.whole.named(head)

    def named(self, head: Any) -> list[ActorMention]:
        """The lexicon's actors in the core of the noun phrase headed by `head`."""
        own = self.by_token.get(head.i)
        if own:
            return own
        found: list[ActorMention] = []
        for tok in sorted(_core(head), key=lambda t: t.i):
            for m in self.by_token.get(tok.i, ()):
                if m not in found:
                    found.append(m)
        return found

    def actors_of(self, head: Any) -> list[ActorMention]:
        if not self.by_token.get(head.i):  # "Afghan spokesman Abdul Qahar Balkhi": the person, with his country
            person = mention_of(head, people(self.doc, self.article_named))
            if person is not None:
                return [person]
        if (head.lemma_.lower() in _QUANTITIES or head.pos_ == "NUM") and not self.named(head):  # "thousands of
            # Nigerians", "a group of Iranian fishermen": who they are is said after "of"
            of = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
            if of:
                return self.actors_of(of[0])
        found = self.named(head)
        if found:  # "Chinese President Xi Jinping": the person, not also his country
            persons = {m.actor.country for m in found if m.actor.kind == "person"}
            return [m for m in found if not (m.actor.kind == "country" and m.actor.country in persons)]
        if lemma(head).lower() in _MEMBERS:  # "a delegation from Iran", "doctors from two American aid groups",
            # "the head of Iran's navy", "officials working for the Indian government": whom they come from
            whence = [g for p in head.children if p.dep_ == "prep" and (lower(p) == "from" or lower(p) == "of"
                      and lemma(head).lower() in _POSTS) for g in p.children if g.dep_ == "pobj"]
            whence += [g for a in head.children if a.dep_ == "acl" and lemma(a) in ("work", "serve")
                       for p in a.children if p.dep_ == "prep" and lower(p) == "for" for g in p.children if g.dep_ == "pobj"]
            for g in whence[:1]:
                found = [m for m in self.actors_of(g) if m.actor.country]
                if found:  # named as what they are, with the country they come from (not as the state itself)
                    words = head.doc[head.left_edge.i : g.right_edge.i + 1].text
                    name = re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.I)
                    return [ActorMention(name, head.idx, found[0].end, Actor(name, found[0].actor.country,
                                                                             "organisation"))]
        if head.pos_ == "NOUN" and head.tag_ == "NNS":  # "opposition groups in Zimbabwe": people of the country
            within = [m for p in head.children if p.dep_ == "prep" and lower(p) == "in" for g in p.children
                      if g.dep_ == "pobj" for m in self.by_token.get(g.i, ()) if m.actor.kind == "country"]
            if within:  # named as what they are, with the country they are in (not as the state itself)
                m = within[0]
                name = f"{_phrase(head)} in {m.text}"
                return [ActorMention(name, head.idx, m.end, Actor(name, m.actor.country, "organisation"))]
        if head.lang_ != "en" and head.dep_ == "nsubj" and any(c.dep_ == "case" for c in head.children):
            # "в Москве заявили": a place made the subject (geotimeline.udtree) speaks for its country
            for span, p in layer(self.doc, "places"):
                if span.start <= head.i < span.end and p.place.country and p.place.kind in _SEATS:
                    state = Actor(country_name(p.place.country), p.place.country, "country")
                    return [ActorMention(p.text, p.start, p.end, state)]
        if lemma(head).lower() in PERPETRATORS:
            name = _phrase(head)
            who = head.text.lower() if head.lang_ == "en" else lemma(head) + "s" * head.tag_.endswith("S")  # "pirates"
            return [ActorMention(name, head.idx, head.idx + len(head.text), Actor(who, None, "armed_group"))]
        return []


def subject_person(doc: Any, start: int, end: int) -> ActorMention | None:
    """The first person of the article's name register ("Pakistan's envoy, Munir Akram, ...": introduced with one
    country) who is a subject, or stands beside one, in the sentence at characters [start, end): whom a following
    "He" or "She" means."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lookup = _Lookup(doc, [], ())
    register = people(doc, lookup.article_named)
    if not register:
        return None
    for tok in span:
        if tok.pos_ == "PROPN" and (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ == "nsubj"):
            found = mention_of(tok, register)
            if found is not None:
                return found
    return None


# people and bodies told with whom they come from or serve ("a delegation from Iran", "the president of Kenya")
_POSTS = frozenset({"president", "minister", "leader", "head", "chief", "member", "representative", "ambassador",
                    "envoy", "spokesman", "spokeswoman", "spokesperson", "commander", "delegation", "official"})
_MEMBERS = _POSTS | {"doctor", "team", "expert", "officer", "soldier", "troop", "lawmaker", "diplomat", "negotiator",
                     "worker", "volunteer", "inspector", "observer", "monitor", "activist", "journalist", "student",
                     "staff", "delegate", "mission", "people", "engineer", "medic", "nurse", "adviser", "advisor",
                     "specialist", "contractor", "peacekeeper", "crew"}
_QUANTITIES = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                         "score", "scores", "number", "group", "crowd", "crowds", "handful", "majority", "contingent"})


def _unique(mentions: Sequence[ActorMention] | Any) -> tuple[ActorMention, ...]:
    out: list[ActorMention] = []
    keys: set[tuple[str, str | None]] = set()
    for m in mentions:
        key = (m.actor.name, m.actor.country)
        if key not in keys:
            keys.add(key)
            out.append(m)
    return tuple(out)
