"""What a verb's objects are, beyond its direct ones, and what a perception verb reports seen: the objects of its
prepositions (also one a misparse hung on the next verb: "granted asylum to five officers holed up in ..."), whom
its object or purpose is for ("suspended a training programme for Mali", "mobilized reservists for a war against
Iran"), and a state's force reported seen ("40 Chinese coast guard vessels were spotted near the shoal"). Read by
geotimeline.events.arguments and the stages above it."""

from __future__ import annotations

from typing import Any

from geotimeline.events.phrases import _core, _in_layer
from geotimeline.treewords import lemma, lower

_WARS = frozenset({"war", "attack", "offensive", "operation", "campaign", "strike", "invasion", "assault"})


def _prep_objects(token: Any, preps: frozenset[str]) -> list[Any]:
    """The objects of the token's prepositions in `preps` ("on Thursday": a date is no one's target)."""
    out = []
    for c in token.children:
        if c.dep_ == "prep" and lower(c) in preps:
            found = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and not _in_layer(g, "timexes")]
            if not found and not any(g.dep_ in ("pobj", "pcomp") for g in c.children):
                found = _stranded_object(c)
            out.extend(found)
    return out


def _stranded_object(prep: Any) -> list[Any]:
    """The object a misparse hung elsewhere: "granted asylum to five officers holed up in ..." read as "to" with no
    object and "officers" the subject of "holed". The noun phrase right after the preposition, when it is the
    subject of a participle or verb that follows it."""
    doc = prep.doc
    for t in doc[prep.i + 1 : min(len(doc), prep.i + 8)]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == prep.i + 1 and t.head.i > t.i:
            return [t]
    return []


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


# perception verbs: what is seen being done is the act ("noticed two pirates boarding the ship")
PERCEIVE = frozenset({"see", "notice", "observe", "spot", "sight", "watch", "hear", "discover", "catch"})
TRACK = frozenset({"detect", "track"})  # what radar or a patrol reports: only ever a force ("a spy ship was detected")
_SIGHTING = PERCEIVE | TRACK


_FORCES = frozenset({"warship", "ship", "vessel", "boat", "destroyer", "frigate", "corvette", "submarine", "carrier",
                     "cruiser", "aircraft", "jet", "bomber", "fighter", "plane", "drone", "helicopter", "troop", "soldier",
                     "tank", "convoy", "flotilla", "fleet", "squadron"})


def seen_forces(verb: Any) -> list[Any]:
    """What a perception verb reports seen, when it is a state's force ("40 Chinese coast guard vessels were spotted
    near the shoal", "the navy spotted two Russian warships off Ireland"): the force is there, who saw it only tells
    so. Empty for anything else (a suspicious skiff, pirates, a ship of no named state)."""
    if lemma(verb) not in _SIGHTING:
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        seen = [verb.head]
    elif _is_passive(verb):
        seen = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        seen = [c for c in verb.children if c.dep_ == "dobj"]
    seen = [counted(t) or t for t in seen]
    return [t for t in seen if lemma(t) in _FORCES and any(_in_layer(w, "actors") for w in _core(t))]


_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "several", "some", "more"})


def counted(subject: Any) -> Any | None:
    """What a count names ("thousands of Russian troops": troops), when the subject is a count; else None."""
    if subject.lemma_.lower() not in _COUNTS and subject.pos_ != "NUM":
        return None
    return next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _for_whom(verb: Any) -> list[Any]:
    """Whom the verb's object is for ("suspended an aid programme for Bosnia"), or whom its purpose is aimed at
    ("mobilized reservists for a war against Iraq"): read when the verb names no other target."""
    out: list[Any] = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in _prep_objects(o, frozenset({"of"}))]  # "part of a programme for Mali"
    for g in _prep_objects(verb, frozenset({"for"})) + [g for o in objects for g in _prep_objects(o, frozenset({"for"}))]:
        if g.pos_ in ("NOUN", "PROPN"):
            out.extend(_prep_objects(g, frozenset({"against", "on"})) if lemma(g) in _WARS else [g])
    return out
