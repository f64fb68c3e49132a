"""What a subject pronoun stands for, read from the parse: the subject of the clause above it, else the nearest
subject before it in the sentence, where they agree ("it" a state or a body, "they" a plural, "he"/"she" a person):
"Norway said it would expel ...", "Maduro sent a letter in which he called for ...", "the envoy was due to fly
home; on Monday he met ...". A pronoun that agrees with nothing stands for no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geotimeline.actors import ActorMention
from geotimeline.events.phrases import _BODIES, PERPETRATORS, _core, _in_layer, _Lookup
from geotimeline.treewords import lemma, lower

_PRONOUNS = frozenset({"he", "she", "they", "it"})  # resolved by the caller; "we"/"I" in a quote are not
_AGENTS = frozenset({"official", "police", "troop", "soldier", "rebel", "protester", "demonstrator", "group", "lawmaker",
                     "supporter", "resident", "student", "worker", "farmer", "youth", "crowd", "villager", "party",
                     "diplomat", "negotiator", "delegation", "court", "judge", "prosecutor", "authority", "leader",
                     "country", "nation", "state", "member", "people", "activist", "organization", "agency", "union",
                     "coalition", "alliance", "regime", "junta", "parliament", "congress", "senate", "cabinet", "fighter",
                     "coastguard", "sailor", "crew", "marine", "guerrilla", "separatist", "terrorist", "militia", "opposition"})
_PEOPLE = frozenset({"president", "minister", "spokesman", "spokeswoman", "spokesperson", "leader", "ambassador",
                     "envoy", "secretary", "chancellor", "king", "premier", "official", "commander", "general", "chief"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})


def _antecedent(word: Any, pronoun: str, lookup: _Lookup) -> tuple[ActorMention, ...]:
    """The actors a subject pronoun stands for: the subject of the nearest clause above that has one, where it
    agrees ("Maduro sent a letter in which he called for ...", "Japan said that it would ...")."""
    above = _antecedent_above(word, pronoun, lookup)
    if above is not None:
        return above
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and lower(c) == pronoun), None)
    if subject is None:
        return ()
    # "Velásquez was meant to carry the letter; on October 16 he met ...": the nearest subject before it that agrees
    for tok in reversed(word.doc[word.sent.start : subject.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and lower(tok) not in _PRONOUNS and lower(tok) not in _RELATIVE:
            found = lookup.actors_of(tok)
            if found and _stands_for(pronoun, tok, found):
                return tuple(found)
    return ()


def _antecedent_above(word: Any, pronoun: str, lookup: _Lookup) -> tuple[ActorMention, ...] | None:
    """The subject of the nearest clause above `word` that has one (None: no clause above has a subject)."""
    v = word
    for _ in range(8):
        if v.dep_ not in ("relcl", "advcl", "ccomp", "conj", "parataxis", "xcomp", "pcomp", "pobj", "prep", "dative", "dobj",
                           "acl"):
            return None
        v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        if lower(subjects[0]) == pronoun:
            continue  # "... in which he announced a plan to deploy": the same "he", told further up
        if lower(subjects[0]) in _PRONOUNS or lower(subjects[0]) in _RELATIVE:
            return ()
        found = lookup.actors_of(subjects[0])
        return tuple(found) if found and _stands_for(pronoun, subjects[0], found) else ()
    return None


def _agentive(subject: Any) -> bool:
    """A subject that can act in the news: a name, a person, a body or armed men (not "the activity")."""
    if subject.pos_ == "PROPN" or _in_layer(subject, "actors"):
        return True
    word = lemma(subject).lower()
    return word in _PEOPLE or word in _BODIES or word in PERPETRATORS or word in _AGENTS


# people and groups a state acts on at home ("ordered the opposition newspaper to close", "threatened to ban the
# candidates", "captured a guerrilla stronghold"): named with no country, they are the state's own
_HOME = frozenset({"opposition", "journalist", "reporter", "newspaper", "candidate", "critic", "dissident", "opponent",
                   "activist", "protester", "protestor", "demonstrator", "student", "rebel", "guerrilla", "insurgent",
                   "separatist", "militant", "militia", "parliament", "lawmaker", "legislator", "president",
                   "minister", "premier", "leader", "official", "judge", "court", "union", "worker", "farmer",
                   "villager", "resident", "citizen", "civilian", "youth", "supporter", "stronghold",
                   "movement", "coalition", "cabinet", "government", "regime", "junta", "mayor", "governor"})


def _home_object(token: Any) -> bool:
    """A person or group that names no country: no actor, place or nationality in its phrase and not a thing."""
    named = [t for t in token.subtree if _in_layer(t, "actors") or _in_layer(t, "places") or t.ent_type_ in ("NORP", "GPE", "LOC")]
    if any(t.i != token.i and (t.head.i != token.i or t.dep_ not in ("amod", "compound")) for t in named) or (
            _in_layer(token, "actors") or _in_layer(token, "places")):
        return False  # "activists in Greece": somewhere named (a demonym, "Ugandan opposition candidates", is checked
        # against the doer's own country by the caller: a foreign one is a target of its own)
    return token.ent_type_ == "PERSON" or any(lemma(t).lower() in _HOME for t in (token, *(
        c for c in token.children if c.dep_ in ("compound", "poss", "amod"))))  # "the opposition radio station"


def _stands_for(pronoun: str, reporter: Any, actors: Sequence[ActorMention]) -> bool:
    """Can the subject pronoun of a reported clause be its reporter: "it" a state or body, "they" a plural noun
    or several, "he"/"she" a person."""
    if not actors:
        return False
    person = any(m.actor.kind == "person" for m in actors) or any(
        lemma(t).lower() in _PEOPLE or lower(t).split("-")[0] in _PEOPLE for t in _core(reporter))
    plural = reporter.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in reporter.children)
    if pronoun == "they":
        return plural
    if pronoun == "it":
        return not plural and not person
    return not plural and person
