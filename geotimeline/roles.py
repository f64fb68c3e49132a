"""Actor roles in an event clause: who acts (source) and on whom (target).

Position and prepositions decide: actors named before the trigger are sources unless introduced by
"to/with/against" ("In a letter to Putin, Maduro requested ..."); actors after it are targets, up to a
subordinate clause or a trailing ", officials said"; in a passive clause ("was attacked by X") the roles
swap. Actors named only as locations ("in Lebanon") are targets when nothing else is. One actor is kept
per country and role, the most specific (a person before a ministry before the country).

`framed_roles` handles a trigger inside a reported clause ("Russia said US forces struck ..."): its source is
named in that clause (the reporter only when the clause names nobody and does not open with a noun phrase
of its own), except for a speech act joined to the statement by "and" ("... and called on Iran to ..."),
which is the reporter's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geotimeline.actors import ActorMention
from geotimeline.attribution import Report, reported_window
from geotimeline.categories import Trigger

TARGET_PREP = re.compile(
    r"(?:\b(?:to|with|against|toward|towards)|(?<!\w)(?:к|с|со|против|(?-i:a)|al|con|contra|hacia|ante))"
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
_OFF_PLACE = re.compile(
    r"(?:\b(?:off|near|off the coast of|cerca de|frente a(?: las costas de)?)|(?<!\w)(?:у берегов|у побережья|близ))\s+"
    r"(?:the\s+)?$",
    re.I,
)
_FLAG = re.compile(r"-(?:flagged|registered|flag)\b", re.I)
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
    placed: list[ActorMention] = []  # "in Cuba" before the trigger: a source only when nothing else is
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
        if s < trig.start and _IN_PLACE.search(prefix) and not TARGET_PREP.search(prefix):
            bucket = placed
        else:
            bucket = _bucket(text, trig, s, prefix, passive, sources, targets, located, e)
        bucket.append(m)
        previous = (m, bucket)
    if not sources:
        sources = placed  # "In Caracas, the government denied ...": the place stands for its government
    if not targets:
        targets = located
    if not sources and not passive:
        # no subject in the clause: the first actor the sentence names before the trigger (not one named as
        # an addressee, "loyal to Iraq", or a location, "a boat off Venezuela")
        first = next((m for m in mentions if m.start - off < trig.start and m not in targets and m not in located
                      and not TARGET_PREP.search(text[max(0, m.start - off - 40) : m.start - off])), None)
        if first is not None:
            sources = [first]
    src = dedupe(sources)
    src_keys = {(m.actor.country, m.actor.name) for m in src}
    all_targets = [m for m in targets if (m.actor.country, m.actor.name) not in src_keys]
    return src, dedupe(all_targets), all_targets


def _bucket(
    text: str, trig: Trigger, s: int, prefix: str, passive: bool,
    sources: list[ActorMention], targets: list[ActorMention], located: list[ActorMention], e: int = 0,
) -> list[ActorMention]:
    if s < trig.start:
        if _OFF_PLACE.search(prefix) or _FLAG.match(text, e):
            # "a vessel off Venezuela", "a Hong Kong-flagged ship": where, or whose flag, not who acts
            return located  # "a strike on a vessel off Venezuela killed ...": where, not who
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


_AFTER_COMMA_AND = re.compile(r",\s*(?:and|y|и)\s+(?:also\s+|later\s+|then\s+|también\s+|также\s+)?$", re.I)
_AFTER_AND = re.compile(r"\b(?:and|y|и)\s+(?:also\s+|later\s+|then\s+|también\s+|также\s+)?$", re.I)
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
_NOUN_SUBJECT = re.compile(r"\s*(?:a|an|the|this|these|those|un|una|unos|unas|el|la|los|las)\s", re.I)


def framed_roles(
    text: str, off: int, kept: list[Trigger], i: int, clause_start: int, clause_end: int,
    mentions: list[ActorMention], reports: Sequence[Report], date_spans: list[tuple[int, int]],
) -> tuple[int, int, list[ActorMention], list[ActorMention], list[ActorMention], bool]:
    """The window of the trigger's own date (see attribution.reported_window) and its roles: in "X said on
    Tuesday that its navy struck ...", the reported clause has its own date and subject. The last item tells
    that the sources are the reporter's (a speech act joined to the statement by "and")."""
    trig = kept[i]
    lo, hi = reported_window(text, reports, trig.start, trig.end, date_spans)
    if lo and trig.verbal and _AFTER_COMMA_AND.search(text, 0, trig.start):
        lo = 0  # "X said ..., and warned that ...": a second verb of the reporter, not of the reported clause
    if lo and trig.category in _SPEECH_ACTS and _AFTER_AND.search(text, 0, trig.start):
        # "X said the Houthis had killed sailors and called on Iran to ...": a speech act joined by "and" goes
        # with the reporter, and so does the statement's date
        src_m, tgt_m, every = assign_roles(text, off, trig, 0, clause_end, mentions)
        return 0, hi, [m for m in src_m if m.start - off < lo], tgt_m, every, True
    role_start = max(clause_start, lo) if lo <= trig.start else clause_start
    src_m, tgt_m, every = assign_roles(text, off, trig, role_start, clause_end, mentions)
    if role_start > clause_start and trig.category not in _SPEECH_ACTS and _NOUN_SUBJECT.match(text, role_start):
        # "Trump said a strike on a vessel killed six": the reporter is not the one who struck
        src_m = [m for m in src_m if m.start - off >= role_start]
    return lo, hi, src_m, tgt_m, every, False
