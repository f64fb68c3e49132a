"""The sentence's tree beside the surface reading: which trigger heads a clause of its own, who claims an event,
which names are ships or a report's heading.

Used by events.py where the article has a parse (geotimeline.document); each reads the parsed document or the
actor layer, never the raw text's structure.
"""

from __future__ import annotations

import re
from typing import Any

from geotimeline.actors import ActorMention
from geotimeline.events.arguments import LIGHT, SAY, Arguments, credited_to, undergone
from geotimeline.events.attribution import Attribution
from geotimeline.events.categories import Trigger
from geotimeline.events.objects import counted as count_of
from geotimeline.events.objects import seen_forces
from geotimeline.events.phrases import phrase_of
from geotimeline.gazetteer import top_heading_end
from geotimeline.treewords import lemma, lower


def vessel_spans(text: str, off: int, names: list[str]) -> list[tuple[int, int]]:
    """Where the sentence names its ships (article offsets), so that a ship's name is never read as a country."""
    spans = []
    folded = text.casefold()
    for name in names:
        at = folded.find(name.casefold())
        if at < 0 and " " in name:
            at = folded.find(name.split(" ", 1)[1].casefold())  # "USS Gerald R. Ford" written "the Gerald R. Ford"
            name = name.split(" ", 1)[1] if at >= 0 else name
        if at >= 0:
            spans.append((off + at, off + at + len(name)))
    return spans


def heading(text: str, m: ActorMention) -> bool:
    """A report's heading ("SOMALIA:", "GULF OF ADEN:") names a place, never an actor."""
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start : m.start]
    after = text[m.end : m.end + 40].lstrip()
    if after.startswith(":") and m.text.isupper() and (not before.strip() or before.strip().isupper()):
        return True
    return m.end <= top_heading_end(text)  # "SANTOS, BRAZIL   THREE ARMED MEN ...", "Sri Lanka, Port Colombo.\n"


def trigger_word(doc: object, start: int, t: Trigger) -> Any | None:
    """The trigger's word in the tree (the root of its words), `start` being its sentence's offset; None when the
    trigger's characters are not in the document."""
    span = doc.char_span(start + t.start, start + t.end, alignment_mode="expand")  # type: ignore[attr-defined]
    return span.root if span is not None and len(span) else None


def main_speaker(doc: object, start: int, end: int, mentions: list[ActorMention]) -> tuple[bool, ActorMention | None]:
    """Whom a following "He" or "She" means, read from the subject of the sentence at characters [start, end):
    (True, the lexicon's person) when a known person is that subject ("Putin said ..."); (True, None) when the
    subject is a person the lexicon does not know ("Pedersen said ...": no earlier person is meant any more);
    (False, None) when the subject is no person, and the caller keeps its own reading."""
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False, None
    for tok in span:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        core = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos", "flat"))]
        for m in mentions:
            if m.actor.kind == "person" and any(w.idx <= m.start < w.idx + len(w.text) + 1 or m.start <= w.idx < m.end
                                                for w in core):
                return True, m
        if tok.ent_type_ == "PERSON":
            return True, None
        return False, None
    return False, None


def held_one(doc: object, start: int, t: Trigger) -> str | None:
    """Who is "in custody" or "behind bars": the subject of the verb the phrase completes ("the journalist has been in
    custody since May", "sixty of those who escaped are back in custody"), as written; else None."""
    word = trigger_word(doc, start, t)
    verb = next((v for v in ([] if word is None else word.ancestors) if v.pos_ in ("VERB", "AUX")), None)
    if verb is None or lemma(verb) not in ("be", "remain", "stay", "languish", "sit"):
        return None  # only where being held is told as a state ("kept the mayor in custody": who holds)
    for v in (verb, *verb.ancestors):  # "have been caught and are back in custody": the subject the verbs share
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if subject is not None:
            return phrase_of(subject)
        if v.dep_ != "conj":
            break
    return None


def own_clause(doc: object, start: int, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is the trigger a verb with a subject of its own, which is no other event ("the strike killed four": one act)?"""
    word = trigger_word(doc, start, t)
    if word is None:
        return False
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and lower(c) not in ("that", "which", "who")]
    def covered(tok: object) -> bool:
        return any(o.start <= tok.idx - start < o.end for o in triggers if o is not t)  # type: ignore[attr-defined]

    # "its demand that Russia withdraw": the content of another event, not one of its own
    head_trigger = next((o for o in triggers if o is not t and o.start <= word.head.idx - start < o.end), None)
    # "..., a charge New Delhi rejected": a relative clause telling another act on the event is an event of its own
    # ("the strike, which killed 12": the same act told again is not)
    inner = (word.dep_ in ("acl", "ccomp", "xcomp") and covered(word.head)
             or word.dep_ == "relcl" and head_trigger is not None and head_trigger.category == t.category)
    # "withdrew from ECOWAS and created a confederation": a verb joined to another shares its subject, and is an act
    joined = (word.dep_ == "conj" and word.head.pos_ == "VERB"  # "boarded ... and seized": one act, told once
              and (head_trigger is None or head_trigger.category != t.category))
    return word.pos_ == "VERB" and (bool(subjects) or joined) and not inner and not any(covered(s) for s in subjects)


def claim(args: Arguments | None, attribution: Attribution | None) -> tuple[Attribution, str] | None:
    """Who the parse says reports the event's clause, and the mode: a state's word is a claim, another's a report."""
    if args is None or not args.reporter_text:
        return None
    state = next((m.actor for m in args.reporter if m.actor.country), None)
    who = args.reporter[0].actor.name if args.reporter else args.reporter_text
    if attribution is not None:
        who = attribution.source
    return Attribution(who, 0, 0), ("claimed" if state is not None else "reported")


def in_clause(doc: object, at: int, start: int, end: int) -> bool:
    """Is the place named at character `at` part of the clause of the verb at [start, end)? A place in another
    clause ("Lawmakers in Ottawa are questioning a strike that killed two fishermen") is not where it happened.
    Event nouns and words the parse cannot find keep every place of their clause (the surface reading decides)."""
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    place = doc.char_span(at, at + 1, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or place is None or not len(span) or not len(place):
        return True
    word, tok = span.root, place[0]
    if word.pos_ != "VERB":
        return True
    if tok.lang_ != "en" and tok.dep_ == "nsubj" and any(c.dep_ == "case" for c in tok.children):
        return False  # "в Москве осудили ...": the place made the subject speaks (geotimeline.udtree), it is no scene
    # a place inside another verb's subject ("Lawmakers in Ottawa are questioning ...") is where that subject is
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("nsubj", "nsubjpass") and anc.head != word and word not in anc.subtree:
            return False
    return True



def dated_by_tree(doc: object, dates: list, start: int, end: int) -> tuple[list, list]:
    """(the dates the tree attaches to the event word at [start, end), the dates no other verb claims). A date's
    records have article .start/.end; the first verb above a date is the one it dates ("seized a tanker on Monday
    and released its crew on Friday": Friday is the release's). When the tree gives the word none, the caller's
    surface reading chooses among the unclaimed ones."""
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span) or not dates:
        return [], dates
    word = span.root
    mine, free = [], []
    for d in dates:
        ds = doc.char_span(d.start, d.end, alignment_mode="expand")  # type: ignore[attr-defined]
        if ds is None or not len(ds):
            free.append(d)
            continue
        governor = next((a for a in ds.root.ancestors if a == word or a.pos_ in ("VERB", "AUX") and lemma(a) != "be"),
                        None)
        if ds.start - ds[0].sent.start <= 1 and governor != word:
            free.append(d)  # "On 21 January, a yacht anchored near the island was boarded": an opening date dates all
        elif governor == word:
            mine.append(d)
        elif governor is None or word.pos_ != "VERB" or governor in word.ancestors:
            free.append(d)  # a date of the clause above ("On Monday the navy said it seized ...") may still be its
    return mine, free


def reported_on(doc: object, dates: list, start: int, end: int) -> Any | None:
    """The date of the statement that tells the event at [start, end), when the event has none of its own ("the
    United States said Tuesday that it would resume cooperation": Tuesday); else None."""
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span):
        return None
    word = span.root
    speech = {a.i for a in word.ancestors if a.pos_ in ("VERB", "AUX") and lemma(a) in SAY}
    for d in dates:
        ds = doc.char_span(d.start, d.end, alignment_mode="expand")  # type: ignore[attr-defined]
        if ds is None or not len(ds):
            continue
        governor = next((a for a in ds.root.ancestors if a.pos_ in ("VERB", "AUX") and lemma(a) != "be"), None)
        if governor is not None and governor.i in speech:
            return d
    return None


def made_to_happen(doc: object, start: int, t: Trigger) -> bool:
    """Is the event noun the object of a verb that makes it happen ("opened an investigation", "imposed sanctions",
    "held talks"): then it is an event, not a topic."""
    word = trigger_word(doc, start, t)
    if word is None:
        return False
    if word.pos_ != "NOUN":
        return False
    if word.dep_ == "nsubj" and _IN_FORCE.get(word.head.lemma_) in {c.lemma_ for c in word.head.children}:
        return True  # "the tariffs take effect on Wednesday", "sanctions come into force"
    if credited_to(word) is not None or undergone(word) is not None:
        return True  # "claimed responsibility for the attack", "came under fire from", "faced condemnation from"
    if word.dep_ == "pobj" and lower(word.head) in ("to", "in") and lemma(word.head.head) in _RESULT_IN:
        # "led to the arrest of five people", "resulted in the deaths of": what followed happened (not "information
        # leading to his arrest", "could lead to sanctions": sought or feared)
        verb = word.head.head
        told = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
        return told and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return word.dep_ in ("dobj", "nsubjpass") and (lemma(word.head) in LIGHT or lemma(word.head) in _CAUSE)


_IN_FORCE = {"take": "effect", "come": "into", "enter": "into", "go": "into"}
_RESULT_IN = frozenset({"lead", "result", "end", "culminate"})
_CAUSE = frozenset({"prompt", "trigger", "spark", "cause"})  # "sparked protests", "prompted the arrest of"


def relative_object(doc: object, start: int, t: Trigger) -> tuple[str, int] | None:
    """The noun a relative clause's verb acts on ("a charge New Delhi rejected": "charge"), when the verb has no
    object of its own, and where the relative clause ends (relative to `start`); else None."""
    word = trigger_word(doc, start, t)
    if word is None:
        return None
    def relative(c: Any) -> bool:
        return c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which", "who", "whom")

    if word.dep_ != "relcl" or word.head.pos_ != "NOUN" or any(c.dep_ in ("dobj", "nsubjpass") and not relative(c)
                                                                   for c in word.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and relative(c) for c in word.children):
        return None  # "the strike, which killed": the noun is the subject, not the object
    if not word.head.lemma_.isalpha():
        return None
    last = max(tok.idx + len(tok.text) for tok in word.subtree)
    return word.head.lemma_, last - start


def claimed_by_doer(doc: object, start: int, t: Trigger) -> bool:
    """Is the event told as its doer's claim ("claimed the killing of", "claimed responsibility for the attack")?"""
    word = trigger_word(doc, start, t)
    if word is None or word.pos_ != "NOUN":
        return False
    return word.dep_ == "dobj" and word.head.lemma_ == "claim" or credited_to(word) is not None


def undergone_parts(doc: object, start: int, t: Trigger) -> tuple[str, bool, str] | None:
    """For an act told as undergone ("the convoy came under fire from rebels"): the doer's phrase, whether it is
    plural, and the patient's phrase ("rebels", True, "the convoy"); else None."""
    word = trigger_word(doc, start, t)
    verb = undergone(word) if word is not None else None
    if verb is None:
        return None
    doers = [g for p in (*word.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("from", "by")
             for g in p.children if g.dep_ == "pobj"]
    patients = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers or not patients:
        return None
    plural = doers[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in doers[0].children)
    return phrase_of(doers[0]), plural, phrase_of(patients[0])


def agent_span(doc: object, start: int, t: Trigger) -> tuple[int, int] | None:
    """Where the "by" phrase naming the doer of the trigger's passive verb or event noun lies, relative to `start`
    ("seized by the Iranian navy", "a visit to Moscow by the Indian premier")."""
    word = trigger_word(doc, start, t)
    if word is None:
        return None
    agent = next((c for c in word.children if c.dep_ == "agent"  # "seized by", "a visit by"
                  or word.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "by"), None)
    if agent is None and seen_forces(word):  # "the navy spotted three Chinese destroyers": the force is the subject
        agent = next((c for c in word.children if c.dep_ == "dobj"), None)
    if agent is None:
        return None
    first, last = min(agent.subtree, key=lambda w: w.i), max(agent.subtree, key=lambda w: w.i)
    return first.idx - start, last.idx + len(last.text) - start


# ships and units whose arrival, visit or call is a movement of force, not diplomacy
_UNITS = frozenset({"carrier", "ship", "warship", "vessel", "destroyer", "frigate", "submarine", "fleet", "flotilla",
                    "cruiser", "corvette", "boat", "tanker", "icebreaker", "squadron", "aircraft", "jet",
                    "bomber", "fighter", "troops", "troop", "forces", "battalion", "brigade",
                    "marines", "sailors", "navy", "convoy"})




def people_act(doc: object, start: int, t: Trigger) -> tuple[str, bool] | None:
    """Is the trigger's subject a people of a country, not its state ("French farmers blockaded roads", "Venezuelan
    migrants protested")? Then the label names them as written. Returns the phrase and whether it is plural."""
    word = trigger_word(doc, start, t)
    if word is None:
        return None
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if not subjects and word.dep_ == "acl" and word.tag_ == "VBN":
        subjects = [word.head]  # "Venezuelan migrants protested outside ...", misread as a participle
    for s in subjects[:1]:
        counted = count_of(s)
        head = counted if counted is not None else s
        if head.lemma_.lower() not in _PEOPLE or not any(c.dep_ == "amod" for c in head.children):
            return None
        words = [w.text for w in head.children if w.dep_ in ("amod", "compound") and w.i < head.i] + [head.text]
        phrase = " ".join(words)
        return (f"{s.text} of {phrase}" if counted is not None else phrase), counted is not None or head.tag_ == "NNS"
    return None


_PEOPLE = frozenset({"farmer", "migrant", "refugee", "protester", "protestor", "demonstrator", "student", "worker",
                     "fisherman", "activist", "villager", "resident", "citizen", "youth", "supporter", "trader", "driver",
                     "doctor", "nurse", "teacher", "lawyer", "journalist", "monk", "pilgrim", "tourist", "civilian",
                     "miner", "trucker", "settler", "veteran", "opposition", "lawmaker", "legislator", "dissident",
                     "critic", "exile", "rebel", "separatist", "insurgent", "opponent", "volunteer", "engineer", "medic"})


def unit_moves(doc: object, start: int, t: Trigger) -> tuple[str, bool] | None:
    """Is the trigger's subject a ship or a military unit ("the carrier USS Gerald Ford arrived", "an Indian
    warship visited Port Louis")? Then an arrival or a visit is a movement of force (a port call), not a visit of
    state. Returns the subject's phrase and whether it is plural, else None."""
    word = trigger_word(doc, start, t)
    if word is None:
        return None
    seen = seen_forces(word)
    if seen:  # "More than 40 Chinese coast guard vessels were spotted ...": the force seen, as written
        tops = [word.head] if word.dep_ == "acl" else [c for c in word.children if c.dep_ in ("nsubjpass", "dobj")]
        for top in tops:
            noun = count_of(top) or top
            if noun in seen:
                phrase = re.sub(r"^(?:the|a|an)\s+", "", doc[top.left_edge.i : noun.i + 1].text, flags=re.I)  # type: ignore[index]
                return phrase[:1].upper() + phrase[1:], noun.tag_ in ("NNS", "NNPS") or top.i != noun.i
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if not subjects and word.dep_ == "conj":
        subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
    for s in subjects[:1]:
        counted = count_of(s)
        if counted is not None and counted.lemma_.lower() in _UNITS:  # "thousands of Russian troops arrived"
            words = [w.text for w in counted.subtree if w.i <= counted.i and (w is counted or w.dep_ not in (
                "det", "punct", "relcl", "acl", "prep") and w.head.dep_ not in ("relcl", "acl", "prep"))]
            return f"{s.text} of {' '.join(words)}", True
        if any(w.lemma_.lower() in _UNITS for w in (s, *(c for c in s.children if c.dep_ == "compound"))):
            phrase = " ".join(w.text for w in s.subtree if w.dep_ not in ("det", "punct", "relcl", "acl", "prep")
                              and w.head.dep_ not in ("relcl", "acl", "prep", "pobj") and w.i <= s.i)
            named = next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None:  # "the aircraft carrier USS Gerald Ford"
                phrase += " " + " ".join(w.text for w in named.subtree if w.dep_ in ("compound", "appos", "flat"))
            return phrase or s.text, s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children) or any(
                c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in s.children)  # "two F-16 aircraft"
    return None
