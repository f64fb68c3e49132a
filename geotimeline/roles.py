"""Actor roles in an event clause: who acts (source) and on whom (target).

Position and prepositions decide: actors named before the trigger are sources unless introduced by
"to/with/against" ("In a letter to Putin, Maduro requested ..."); actors after it are targets, up to a
subordinate clause or a trailing ", officials said"; in a passive clause ("was attacked by X") the roles
swap. Actors named only as locations ("in Lebanon") are targets when nothing else is. One actor is kept
per country and role, the most specific (a person before a ministry before the country).
"""

from __future__ import annotations

import re

from geotimeline.actors import ActorMention
from geotimeline.categories import Trigger

TARGET_PREP = re.compile(
    r"(?:\b(?:to|with|against|toward|towards)|(?<!\w)(?:к|с|со|против|a|al|con|contra|hacia|ante))"
    r"\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
    r"(?:(?:secretary|minister|president|prime|foreign|defen[cs]e|interior|transport|state|of|general|leader|chief|"
    r"envoy|ambassador|king|queen|prince|chancellor|premier|counterpart|officials?|vice|deputy|his|her|their)\s+){0,5}$",
    re.I,
)
_SAME_PHRASE = re.compile(r"\s*(?:['’]s\s*)?(?:-\s*)?")
_IN_PLACE = re.compile(
    r"(?:\b(?:in|at|near|inside|outside|across|throughout|en|cerca de)|(?<!\w)(?:в|во|около))\s+"
    r"(?:the\s+|el\s+|la\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_TARGET_STOP = re.compile(
    r"\b(?:because|after|despite|whose|whom|since|until|unless|as|when|while|although|though|amid|"
    r"to counter|in order to|so as to|aimed at|targeting|possibly|"
    r"потому что|после|несмотря|porque|después|pese)\b|,\s+(?:[\w'-]+\s+){0,7}?(?:said|says|reported|told|announced|according)\b",
    re.I,
)
_AGENT_PREP = re.compile(r"\b(?:by|por)\s+(?:the\s+|el\s+|la\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|fue|fueron|был\w*)\s+(?:\w+ly\s+)?$", re.I)
_IRREGULAR_PARTICIPLES = frozenset({"struck", "hit", "shot", "sent", "sunk", "caught", "held", "met", "seized", "fought", "built"})
_KIND_RANK = {"person": 0, "ministry": 1, "military": 1, "armed_group": 1, "company": 1, "organisation": 1, "government": 2}
_COORDINATION = re.compile(r"\s*(?:,|and|or|y|o|и|или|,\s*and)\s*(?:the\s+)?", re.I)


def after_target_preposition(prefix: str) -> bool:
    """True when `prefix` (the text just before an actor) ends in "to", "with", "against" and the like."""
    return bool(TARGET_PREP.search(prefix))


def assign_roles(
    text: str, off: int, trig: Trigger, clause_start: int, clause_end: int, mentions: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """(sources, targets, every target mention) for a trigger; offsets of `mentions` are `off` ahead of `text`."""
    first_word = trig.text.split()[0].casefold()
    participle = first_word.endswith(("ed", "en", "do", "da", "dos", "das")) or first_word in _IRREGULAR_PARTICIPLES
    passive = trig.verbal and participle and bool(_PASSIVE.search(text[clause_start : trig.start]))
    sources: list[ActorMention] = []
    targets: list[ActorMention] = []
    located: list[ActorMention] = []  # "in Lebanon": a target only when nothing else is
    stop = _TARGET_STOP.search(text, trig.end, clause_end)
    target_end = stop.start() if stop else clause_end
    previous: tuple[ActorMention, list[ActorMention]] | None = None
    for m in mentions:
        s, e = m.start - off, m.end - off
        if s < clause_start or e > target_end:
            continue
        prefix = text[max(clause_start, s - 40) : s]
        if previous and (s < trig.start) == (previous[0].start - off < trig.start) and _SAME_PHRASE.fullmatch(
            text[previous[0].end - off : s]
        ):
            previous[1].append(m)  # "U.S. Treasury Department": one phrase, one role
            continue
        bucket = _bucket(text, trig, s, prefix, passive, sources, targets, located)
        bucket.append(m)
        previous = (m, bucket)
    if not targets:
        targets = located
    if not sources and not passive:
        # no subject in the clause: the first actor the sentence names before the trigger
        first = next((m for m in mentions if m.start - off < trig.start and m not in targets), None)
        if first is not None:
            sources = [first]
    src = dedupe(sources)
    src_keys = {(m.actor.country, m.actor.name) for m in src}
    all_targets = [m for m in targets if (m.actor.country, m.actor.name) not in src_keys]
    return src, dedupe(all_targets), all_targets


def _bucket(
    text: str, trig: Trigger, s: int, prefix: str, passive: bool,
    sources: list[ActorMention], targets: list[ActorMention], located: list[ActorMention],
) -> list[ActorMention]:
    if s < trig.start:
        is_source = not (TARGET_PREP.search(prefix) or passive) or bool(_AGENT_PREP.search(prefix))
        return sources if is_source else targets
    if passive and _AGENT_PREP.search(text[trig.end : s]):
        return sources
    return located if _IN_PLACE.search(prefix) else targets


def dedupe(mentions: list[ActorMention]) -> list[ActorMention]:
    """One mention per country (or name, without one), the most specific kind, in order of first mention."""
    best: dict[str, tuple[int, ActorMention]] = {}
    for m in mentions:
        key = m.actor.country or m.actor.name
        rank = _KIND_RANK.get(m.actor.kind, 3)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, m)
    order = list(dict.fromkeys(m.actor.country or m.actor.name for m in mentions))
    return [best[k][1] for k in order]


def split_targets(text: str, off: int, targets: list[ActorMention], every: list[ActorMention]) -> list[list[ActorMention]]:
    """Coordinated targets of different countries ("from Putin and Xi") make one event each (2 or 3 of them)."""
    if len(targets) < 2 or len(targets) > 3:
        return [targets]
    kept_actors = {m.actor for m in targets}
    ordered = sorted((m for m in every if m.actor in kept_actors), key=lambda m: m.start)
    coordinated = all(
        _COORDINATION.fullmatch(text[a.end - off : b.start - off]) for a, b in zip(ordered, ordered[1:], strict=False)
    )
    return [[t] for t in targets] if coordinated else [targets]
