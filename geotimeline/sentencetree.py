"""The sentence's tree beside the surface reading: which trigger heads a clause of its own, who claims an event,
which names are ships or a report's heading.

Used by events.py where the article has a parse (geotimeline.document); each reads the parsed document or the
actor layer, never the raw text's structure.
"""

from __future__ import annotations

from geotimeline.actors import ActorMention
from geotimeline.arguments import LIGHT, Arguments
from geotimeline.attribution import Attribution
from geotimeline.categories import Trigger
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
    return after.startswith(":") and m.text.isupper() and (not before.strip() or before.strip().isupper())


def own_clause(doc: object, start: int, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is the trigger a verb with a subject of its own, which is no other event ("the strike killed four": one act)?"""
    span = doc.char_span(start + t.start, start + t.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span):
        return False
    word = span.root
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and lower(c) not in ("that", "which", "who")]
    def covered(tok: object) -> bool:
        return any(o.start <= tok.idx - start < o.end for o in triggers if o is not t)  # type: ignore[attr-defined]

    # "its demand that Russia withdraw": the content of another event, not one of its own
    inner = word.dep_ in ("acl", "ccomp", "xcomp", "relcl") and covered(word.head)
    # "withdrew from ECOWAS and created a confederation": a verb joined to another shares its subject, and is an act
    head_trigger = next((o for o in triggers if o is not t and o.start <= word.head.idx - start < o.end), None)
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


def made_to_happen(doc: object, start: int, t: Trigger) -> bool:
    """Is the event noun the object of a verb that makes it happen ("opened an investigation", "imposed sanctions",
    "held talks"): then it is an event, not a topic."""
    span = doc.char_span(start + t.start, start + t.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span):
        return False
    word = span.root
    return word.pos_ == "NOUN" and word.dep_ in ("dobj", "nsubjpass") and lemma(word.head) in LIGHT
