"""The triggers of one sentence: the lexicon's words and the parse's lemmas, less what is no development here.

`sentence_triggers` merges the lexicon's triggers (categories.py) with the verbs the parse finds by their lemma
(predicates.py), then drops a trigger inside the attribution ("X said"), a noun pointing back at an event told
("this appeal"), a topic noun no verb makes happen ("since the invasion"), part of a compound adjective, a media
release, a territorial claim, a name in capitals ("Amnesty International"), and an event noun whose relative
clause's verb tells the same event. It returns every trigger left and those that head a clause of their own
(`kept`): one event each.
"""

from __future__ import annotations

import re
from typing import Any

from geotimeline.events.arguments import undergone
from geotimeline.events.attribution import Attribution
from geotimeline.events.categories import Trigger, find_triggers, territorial_claim
from geotimeline.events.clauses import BOUNDARY
from geotimeline.events.context import Context, within
from geotimeline.events.dates import names_a_thing
from geotimeline.events.nouns import anaphoric, attributive, media_release, told_again, topic_noun
from geotimeline.events.predicates import lemma_triggers, merge_triggers, wished_of_another, without_doers
from geotimeline.events.reportshape import all_capitals
from geotimeline.events.roles import is_event_noun
from geotimeline.events.sentencetree import made_to_happen, own_clause, trigger_word
from geotimeline.sentences import Sentence
from geotimeline.treewords import lemma, lower

_NO_COMMENT = re.compile(
    r"\b(?:requests?|requesting|asked|asking|calls?|emails?|messages?|inquir(?:y|ies))\s+(?:\w+\s+){0,2}?for\s+comments?\b"
    r"|\b(?:declined|refused|did not|didn't|could not|couldn't|would not|wouldn't|was not|were not)\s+"
    r"(?:immediately\s+|be\s+reached\s+)?(?:to\s+)?(?:comment|respond|reply)\b", re.I)
_COORDINATED = re.compile(r"(?:,|\band\b|\bи\b|\by\b)\s*(?:\w+\s+){0,2}$", re.I)
NOUN_USE = re.compile(r"(?:\b(?:a|an|the|of|out|conduct|conducted|conducting|launch|launched|new|more|several|\d+)|number of|series of)\s+$", re.I)


def sentence_triggers(sentence: Sentence, attribution: Attribution | None, ctx: Context) -> tuple[list[Trigger], list[Trigger]]:
    """Every trigger of the sentence that may tell a development, and those heading a clause of their own."""
    text = sentence.text
    triggers = ctx.surface.get(sentence.start)
    if triggers is None:
        triggers = find_triggers(text, ctx.language)
    if ctx.doc is not None:  # verbs found by their lemma in the parse ("arrived", "boarded", "fired upon")
        triggers = without_doers(ctx.doc, sentence.start,
                                 merge_triggers(triggers, lemma_triggers(ctx.doc, sentence.start, sentence.end)))
    noun_dates = [(t.start - sentence.start, t.end - sentence.start) for t in within(ctx.timexes, sentence.start, sentence.end)
                  if not names_a_thing(ctx.article.text, t, ctx.language)]
    if attribution is not None and attribution.end > attribution.start:
        triggers = [t for t in triggers if t.end <= attribution.start or t.start >= attribution.end]
    # "this appeal", "the same request": a noun pointing back at an event already told
    # "opened an investigation": a verb makes the noun happen, it is no topic
    happens = [t for t in triggers if ctx.doc is not None and made_to_happen(ctx.doc, sentence.start, t)]
    triggers = [t for t in triggers if not anaphoric(text, t, noun_dates, ctx.language)
                and (t in happens or not topic_noun(text, t, ctx.language, noun_dates))
                and not text[: t.start].endswith("-")  # "Israeli-occupied": part of a compound adjective
                and not media_release(text, t)
                and not attributive(text, t)
                and not territorial_claim(text, t, ctx.language)
                and not (t.category in ctx.seen and told_again(text, t))]
    # "a strike on Sept 2 that killed survivors": the verb of the relative clause tells the event
    triggers = [t for k, t in enumerate(triggers) if not (
        ctx.language == "en" and k + 1 < len(triggers) and is_event_noun(t) and not is_event_noun(triggers[k + 1])
        and triggers[k + 1].category == t.category and re.fullmatch(r"[^,;:]*\b(?:that|which)\s+(?:\w+ly\s+)?", text[t.end : triggers[k + 1].start]))]
    # "Amnesty International", "the Ceasefire Violations Committee": a name, not an event
    shouted = all_capitals(text)  # a telex-style report: every word is in capitals, names and verbs alike
    triggers = [t for t in triggers if t.start == 0 or shouted or not t.text[:1].isupper()
                or text[: t.start].rstrip()[-1:] in "\"“«("]
    if _NO_COMMENT.search(text):  # "did not reply to VOA's request for comment", "declined to comment": the
        triggers = [t for t in triggers if t.category not in ("REQUEST", "REJECT")]  # reporting, not a development
    if ctx.doc is not None:  # "Japan expects China to withdraw": expected of another, not done
        triggers = [t for t in triggers if not _wished(ctx.doc, sentence.start, t)]
        # "encouraged Kenya and Somalia to resume talks", "threatened to ban": asked or threatened, not done
        triggers = [t for t in triggers if not _asked(ctx.doc, sentence.start, t, triggers)]
        # '"Who is dead?" she asked': a question put, no request of anyone
        triggers = [t for t in triggers if not _question(ctx.doc, sentence.start, t)]
        # "met with opposition from China": the opposition is the act, "met" no meeting
        # and "the patrol came under fire": the patrol is who undergoes it, no act of its own
        verbs = [v for t in triggers if (v := _undergoing_verb(ctx.doc, sentence.start, t)) is not None]
        spots = {w.idx - sentence.start for v in verbs for w in (v, *(c for c in v.children if c.dep_ == "nsubj"))}
        triggers = [t for t in triggers if not any(t.start <= w < t.end for w in spots)]
    if ctx.doc is not None:  # "Protesters rallied outside the embassy": the rally is told by its verb, the crowd does it
        triggers = [t for t in triggers if not _crowd_of(ctx.doc, sentence.start, t, triggers)]
    kept = _select(text, triggers)
    if ctx.doc is not None:  # a verb with a subject of its own heads its own clause ("..., a day after Russia warned")
        kept = sorted({*kept, *(t for t in triggers if own_clause(ctx.doc, sentence.start, t, triggers))},
                      key=lambda t: t.start)
    return triggers, kept


def _select(text: str, triggers: list[Trigger]) -> list[Trigger]:
    kept: list[Trigger] = []
    for t in triggers:
        if not kept:
            kept.append(t)
            continue
        between = text[kept[-1].end : t.start]
        if BOUNDARY.search(between) or (t.verbal and t.category != kept[-1].category and _COORDINATED.search(between)
                                         and not NOUN_USE.search(text[: t.start])):
            kept.append(t)
    return kept


_CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "picketer"})


def _crowd_of(doc: Any, start: int, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is the trigger a noun naming the crowd that does another trigger's protest ("Demonstrators blocked roads")?"""
    word = trigger_word(doc, start, t)
    if t.category != "PROTEST" or word is None or lemma(word).lower() not in _CROWD_NOUNS:
        return False
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and lower(word.head) == "of":
        word = word.head.head  # "thousands of protesters marched": the crowd is counted, the count does it
    if word.pos_ not in ("NOUN", "PROPN", "NUM") or word.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = word.head.idx - start
    return any(o is not t and o.category == t.category and o.start <= head < o.end for o in triggers)


def _wished(doc: Any, start: int, t: Trigger) -> bool:
    """Is the trigger the infinitive another actor is wished or expected to do ("wants Iran to release")?"""
    word = trigger_word(doc, start, t)
    if word is None:
        return False
    while word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX"):  # "expects Kabul to uphold ... and deny ..."
        word = word.head
    wished = wished_of_another(word.head) if word.dep_ in ("ccomp", "xcomp") else None
    return wished is not None and wished.i == word.i


def _undergoing_verb(doc: Any, start: int, t: Trigger) -> Any | None:
    word = trigger_word(doc, start, t)
    return undergone(word) if word is not None else None


_ASKING_OR_THREATENING = frozenset({"REQUEST", "THREATEN"})


def _asked(doc: Any, start: int, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is the trigger the infinitive of another trigger that asks for it or threatens it ("urged X to withdraw")?"""
    word = trigger_word(doc, start, t)
    if word is None:
        return False
    if word.dep_ not in ("xcomp", "ccomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
        return False
    if lemma(word.head).lower() in _COMMISSIONING:  # "hired a hitman to kill her": paid for, not done
        return True
    at = word.head.idx - start
    return any(o is not t and o.category in _ASKING_OR_THREATENING and o.start <= at < o.end for o in triggers)


def _question(doc: Any, start: int, t: Trigger) -> bool:
    """Is the trigger "ask" putting a question: no one asked, nothing asked for, no "that" clause?"""
    word = trigger_word(doc, start, t)
    if word is None or t.category != "REQUEST" or lemma(word).lower() != "ask" or word.pos_ != "VERB":
        return False
    for c in word.children:
        if c.dep_ in ("dobj", "dative", "iobj", "xcomp", "nsubjpass") or c.dep_ == "prep" and lower(c) in ("for", "about"):
            return False
        if c.dep_ == "ccomp" and any(g.dep_ == "mark" and lower(g) == "that" for g in c.children):
            return False
    return True


_COMMISSIONING = frozenset({"hire", "recruit", "pay", "plot", "conspire", "scheme", "bribe", "enlist", "commission",
                            "contract"})

