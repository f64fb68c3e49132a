"""The English label of an event: "US strikes boat in the Caribbean", "Maduro asks Putin and Xi for help".

`headline_of` gives the verb the label uses (a light verb's noun: "carries out strikes"; "imposes sanctions"; a
noun told as an act: "makes a request"); `label` builds the label from the subject's short name, the verb, what
follows it in the clause (less dates, relative clauses and the agent already named) and the targets' names; a
Spanish or Russian clause gets an English label built from English parts (glosses.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geotimeline.actors import ActorMention
from geotimeline.events.categories import Trigger, find_triggers
from geotimeline.events.glosses import english_label
from geotimeline.events.nouns import noun_form
from geotimeline.events.predicates import LEMMAS
from geotimeline.events.records import EventActor
from geotimeline.events.roles import coordinated, is_event_noun, own_state, plural_subject
from geotimeline.events.summaries import (
    base_candidates,
    name_the_act,
    own_verb,
    short_name,
    summarize,
    third_person,
)
from geotimeline.events.triggers import NOUN_USE
from geotimeline.gazetteer import Place
from geotimeline.temporal import Timex
from geotimeline.treewords import latin

_LIGHT_VERB = re.compile(r"\b(conduct|carr(?:y|ied|ies|ying) out|launch|stag(?:e|ed|es|ing)|hold|held|mount|announc(?:e|ed|es|ing))\w*\s+(?:(?:a|an|the|new|more|several|number|series|of|\d+)\s+){0,4}$", re.I)
_LIGHT_VERBS = {"cond": ("conducts", "conduct"), "carr": ("carries out", "carry out"), "laun": ("launches", "launch"),
                "stag": ("stages", "stage"), "hold": ("holds", "hold"), "held": ("holds", "hold"), "moun": ("mounts", "mount"),
                "anno": ("announces", "announce")}
_NOUN_HEADLINES = {"REQUEST": ("makes", "make"), "AGREE": ("reaches", "reach"), "ASSAULT": ("carries out", "carry out"), "MOBILIZE": ("holds", "hold"), "CONSULT": ("holds", "hold")}


_LOWER_FIRST = frozenset({"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozens", "hundreds", "thousands", "several", "some", "many",
                          "one", "at", "more", "about", "nearly", "around", "its", "their", "his", "her",
                          # people told as undergoing an act ("Protesters were detained": Belarus detains protesters)
                          "protesters", "demonstrators", "activists", "journalists", "reporters", "migrants",
                          "refugees", "soldiers", "sailors", "fishermen", "crew", "students", "workers", "civilians",
                          "residents", "people", "opposition", "dissidents", "suspects", "members", "officials",
                          "supporters", "passengers", "tourists", "children", "women", "men"})


_MUST = re.compile(r"(?:\bthat\s+|^\w+\s+)((?:(?!that\b)[\w.'’-]+\s+){1,5}?)(?:must|should)$", re.I)


def headline_of(text: str, clause_start: int, trig: Trigger, category: str, language: str) -> tuple[str, str, bool]:
    """The label's verb (third person, and base form) for the trigger, and whether a light verb carries it."""
    headline, base = trig.headline, trig.base
    light = _LIGHT_VERB.search(text[clause_start : trig.start])
    if light:
        verb, verb_base = _LIGHT_VERBS[light.group(1).casefold()[:4]]
        headline, base = f"{verb} {trig.text.casefold()}", f"{verb_base} {trig.text.casefold()}"
    elif language == "en" and (imposed := re.match(r"impos(?:e|ed|es|ing)\s+(.+)", trig.text, re.I | re.S)):
        # "imposed sanctions on three officials": the verb and its noun, not "sanctions on ..."
        headline, base = f"imposes {imposed.group(1).casefold()}", f"impose {imposed.group(1).casefold()}"
    elif (language == "en" and NOUN_USE.search(text[: trig.start]) and category in _NOUN_HEADLINES
          and not trig.text.casefold().startswith("visit")):
        verb, verb_base = _NOUN_HEADLINES[category]
        headline, base = f"{verb} {trig.text.casefold()}", f"{verb_base} {trig.text.casefold()}"
    return headline, base, bool(light)


def label(
    text: str, off: int, trig: Trigger, category: str, language: str, *, clause_start: int, clause_end: int,
    local: int, triggers: Sequence[Trigger], timexes: Sequence[Timex], kinds: dict[tuple[str, str | None], str],
    sources: tuple[EventActor, ...], group: tuple[EventActor, ...], groups: Sequence[tuple[EventActor, ...]],
    src_m: Sequence[ActorMention], every_target: Sequence[ActorMention], headline: str, base: str, light: bool,
    noun: bool, phrase: str | None, passive: bool, mode: str, place: Place | None, vessels: tuple[str, ...],
    relative_object: tuple[str, int] | None = None, agent: tuple[int, int] | None = None,
    unit: tuple[str, bool] | None = None,
) -> str:
    """The English label of the event of `trig` with the target `group` (one of the clause's `groups`)."""
    own = (own_verb(trig.text, trig.category, _recognise)
           if language == "en" and trig.verbal and not noun and not light else None)
    if (own is None and language == "en" and trig.verbal and not noun and not light and trig.text.isalpha()
            and trig.category == "MOBILIZE"):  # "destroyers docked in Colombo": a movement in its own words ("dock")
        verb = next((b for b in base_candidates(trig.text.casefold()) if LEMMAS.get(b) == trig.category), None)
        own = (third_person(verb), verb) if verb else None  # (the headline's base form stays for the rest)
    subject = short_name(*actor_bits(sources[0], kinds)) if sources else None
    together = coordinated(text, off, src_m) if subject and len(sources) > 1 else None
    if together:  # "Филиппины и Китай достигли ...": both act
        names = [short_name(*actor_bits(EventActor(m.actor.name, m.actor.country, "source"), kinds)) for m in together]
        subject = f"{', '.join(names[:-1])} and {names[-1]}"
    if unit is not None and language == "en":  # "Indian warship visits Port Louis": the ship, not the state, moves
        subject = unit[0][:1].upper() + unit[0][1:]
    cut_at = ([m.text for m in every_target if (m.actor.name, m.actor.country) not in
               {(a.name, a.country) for a in group}] if len(groups) > 1 else [])
    home = {a.country for a in sources if a.country}  # "radar systems for Venezuela": a beneficiary
    named = [*group[:1], *(m for m in group[1:3] if m.country not in home)]
    names = list(dict.fromkeys(short_name(*actor_bits(m, kinds)) for m in named))
    target_name = (" and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1
                   else names[0]) if names else None  # "asks Putin and Xi for help"
    after = text[trig.end : clause_end]
    must = _MUST.search(trig.text) if headline == "demands" else None
    if must:  # "said that Sudan must return the helicopter": demands Sudan return the helicopter
        after = f" {must.group(1).strip()}{after}"
        cut_at = []  # "said Russia and Belarus must ...": one demand of both, told whole
    patient_first = False
    if agent is not None and trig.end <= agent[0] < clause_end:
        # "the tanker was seized by the Iranian navy on Friday": Iran seizes the tanker (the agent is the subject);
        # blanked in place, so the offsets the steps below use stay right
        a, b = agent[0] - trig.end, min(agent[1], clause_end) - trig.end
        after = after[:a] + " " * (b - a) + after[b:]
        patient_first = bool(passive and sources and phrase)
    twin = next((t for t in triggers if t.category == trig.category and t.start > trig.end
                 and re.fullmatch(r"\s*(?:and|or|y|o|и)\s+", text[trig.end : t.start])), None)
    if twin and twin.end <= clause_end:  # "boarded and seized an oil tanker": the object follows both verbs
        after = text[twin.end : clause_end]
        if base == "board" and twin.headline:  # a boarding that ends in a seizure is told as the seizure
            headline, base = twin.headline, twin.base
    if (trig.text.casefold().endswith(("ing", "ation")) or agent == (trig.end, trig.end)) and not light and re.match(r"\s+of\s", after):
        after = after[after.index("of") + 2 :]  # "claimed the killing of 20 fighters": kills 20 fighters
    if relative_object:  # "..., a charge New Delhi rejected": rejects the charge (and the clause ends with it)
        after = f" the {relative_object[0]}{text[trig.end : max(trig.end, min(clause_end, relative_object[1]))]}"
    if noun and language == "en":
        after = re.sub(r"^(\s*(?:[\w.'’-]+\s+){0,6}?)(?:that|which)\b.*", r"\1", after, flags=re.S)  # a relative clause
        # "the seizure of the tanker angered Tehran": the noun's own phrase ends at the clause's verb
        after = re.sub(r"^((?:\s+[\w.'’-]+){0,4}?\s+(?:of|on|in|at|off|near|against|by|from)\s+(?:the\s+|a\s+|an\s+)?(?!(?:the|a|an)\b)[\w'’-]+)"
                       r"\s+\w+ed\b(?!\s+(?:of|by|in|to|with|from|for|at|on|as)\b).*", r"\1", after, flags=re.S)
    for m in sorted(src_m, key=lambda m: -m.start):  # "a visit to Moscow by X": X is the subject already
        s_, e_ = m.start - off - trig.end, m.end - off - trig.end
        if s_ >= 0 and e_ <= len(after):
            prep = re.search(r"\b(?:by|de|por)\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?(?:[\w.'’-]+\s+){0,4}$",
                             after[:s_], re.I)
            after = after[: prep.start() if prep else s_] + " " + after[e_:]
    if patient_first and phrase:
        first, _, rest = phrase.partition(" ")
        told = f"{first.lower()} {rest}".strip() if first.lower() in _LOWER_FIRST else phrase  # "Three sailors"
        after = f" {told} {after.strip()}" if after.strip() else f" {told}"
    for m in every_target if headline == "asks for" else ():  # "asked Washington for help": the addressee
        if (m.actor.name, m.actor.country) in {(a.name, a.country) for a in group} and re.match(
                rf"\s*{re.escape(m.text)}\b", after) and m.text[:1].isupper():
            after = after.replace(m.text, short_name(*actor_bits(EventActor(m.actor.name, m.actor.country, "target"),
                                                                  kinds)), 1)
    for t in timexes:  # dates are shown on the timeline, not repeated in the label
        after = re.sub(rf"(?:\b(?:on|in|at|since|by|el|en|desde|в|во|с)\s+)?{re.escape(t.text)}", " ", after)
    if language != "en":  # one label language for the English interface (glosses.py)
        summary = english_label(
            subject=subject, plural=plural_subject(sources, kinds) or together is not None, trigger=trig.text, category=category,
            lexicon_category=trig.category, language=language, after=after, before=text[local : trig.start],
            targets=[short_name(*actor_bits(m, kinds)) for m in named if not own_state(m, sources, kinds)],
            place=place.name if place else None, mode=mode, passive=passive and not subject,
            noun=noun_form(trig.text, language) or is_event_noun(trig), vessels=vessels)
        # one label alphabet for the English interface: a name left in Cyrillic is spelled in Latin letters
        return _closed_quotes(latin(name_the_act(summary, text, local, trig, vessels, place, language)))
    summary = summarize(subject, trig.text, trig.verbal and headline == trig.headline, headline, base,
                        after, mode, cut_at, target_name, language, phrase=phrase,
                        passive=passive and not subject, own=own, noun=noun and not trig.verbal or
                        noun and language != "en" or is_event_noun(trig) and not subject and not phrase,
                        plural=(unit[1] if unit is not None and language == "en" else plural_subject(sources, kinds))
                        or together is not None)
    return _closed_quotes(name_the_act(summary, text, local, trig, vessels, place, language, after))


def _closed_quotes(summary: str) -> str:
    """The label without a quotation mark the label's cut left open ('calls the claims "baseless')."""
    if summary.count('"') % 2:
        i = summary.rfind('"')
        summary = summary[:i] + summary[i + 1 :]
    if summary.count("“") != summary.count("”"):
        summary = summary.replace("“", "").replace("”", "")
    return re.sub(r"\s{2,}", " ", summary).strip()


def _recognise(text: str) -> str | None:
    """The category of an English trigger spanning all of `text`, else None."""
    found = find_triggers(text, "en")
    return found[0].category if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None


def actor_bits(a: EventActor, kinds: dict[tuple[str, str | None], str]) -> tuple[str, str, str | None]:
    return a.name, kinds.get((a.name, a.country), "country"), a.country
