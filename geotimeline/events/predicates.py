"""Event words found from the parse: a verb's lemma and its arguments, not its inflected form.

`lemma_triggers(doc, start, end)` lists the verbs of the sentence at characters [start, end) of the parsed
document whose lemma names a naval movement or posture (arrive, sail, transit, deploy, patrol, shadow,
escort ...) or a confrontation (board, seize, hijack, ram, intercept, fire on ...), as categories.Trigger
records, so that "the carrier arrived in the Caribbean" or "robbers boarded the tanker" is found whatever the
verb's form. A verb that only describes a noun ("the seized tanker"), an advisory ("vessels are advised to
transit with caution") or a question of intent without an actor is left out. The lexicon triggers
(categories.py) still name diplomacy and the many multi-word forms; these add what they miss.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from geotimeline.document import nlp_for
from geotimeline.events.arguments import undergone
from geotimeline.events.categories import Trigger
from geotimeline.events.objects import PERCEIVE, TRACK, seen_forces
from geotimeline.events.phrases import PERPETRATORS
from geotimeline.events.summaries import third_person
from geotimeline.treewords import RU_LEMMAS, agent_nouns, infinitive, lemma, lower

# lemma -> category; some need an argument to be an event ("fire" at something, "cross" a place)
LEMMAS: dict[str, str] = {
    # movement and posture
    "arrive": "MOBILIZE", "sail": "MOBILIZE", "transit": "MOBILIZE", "cross": "MOBILIZE", "dock": "MOBILIZE",
    "deploy": "MOBILIZE", "redeploy": "MOBILIZE", "patrol": "MOBILIZE", "shadow": "MOBILIZE", "escort": "MOBILIZE",
    "dispatch": "MOBILIZE", "station": "MOBILIZE", "activate": "MOBILIZE", "mobilize": "MOBILIZE",
    "mobilise": "MOBILIZE", "steam": "MOBILIZE", "fly": "MOBILIZE",
    # confrontation
    "board": "COERCE", "seize": "COERCE", "hijack": "COERCE", "ram": "COERCE", "block": "COERCE",
    "intercept": "COERCE", "detain": "COERCE", "capture": "COERCE", "steal": "COERCE", "rob": "COERCE",
    "kidnap": "COERCE", "confiscate": "COERCE", "blockade": "COERCE",
    "fire": "ASSAULT", "shoot": "ASSAULT", "strike": "ASSAULT", "attack": "ASSAULT", "bomb": "ASSAULT",
    "shell": "ASSAULT", "sink": "ASSAULT", "kill": "ASSAULT", "hit": "ASSAULT",
    # diplomacy the lexicon's word forms can miss
    "attend": "CONSULT", "travel": "CONSULT", "host": "CONSULT", "sign": "AGREE", "credit": "SUPPORT",
    "bar": "COERCE", "arrest": "COERCE", "expel": "SANCTION", "release": "CONCEDE", "withdraw": "RETREAT",
    "exempt": "CONCEDE", "suspend": "SANCTION", "revoke": "SANCTION", "cease": "SANCTION", "halt": "SANCTION",
    "freeze": "SANCTION", "confer": "SUPPORT", "deport": "COERCE",
    "extradite": "COERCE",
    # acts the word forms above leave out: general conflict and diplomacy verbs
    "assault": "ASSAULT", "target": "ASSAULT", "pound": "ASSAULT", "bombard": "ASSAULT", "torch": "ASSAULT",
    "raze": "ASSAULT", "strafe": "ASSAULT",
    "decry": "ACCUSE", "lambast": "ACCUSE", "lambaste": "ACCUSE", "castigate": "ACCUSE", "berate": "ACCUSE",
    "chide": "ACCUSE", "reprimand": "ACCUSE", "admonish": "ACCUSE", "prosecute": "ACCUSE", "fault": "ACCUSE",
    "rebuff": "REJECT", "refute": "REJECT", "snub": "REJECT", "rebut": "REJECT", "repudiate": "REJECT",
    "disavow": "REJECT",
    "restrict": "SANCTION", "curb": "SANCTION", "penalize": "SANCTION", "penalise": "SANCTION",
    "amass": "MOBILIZE", "phone": "CONSULT",
    "convict": "COERCE", "airlift": "AID", "regret": "ACCUSE",
    # a wish about another actor: "Germany wants Iran to release the tanker" is a demand (the release is no act)
    "want": "REQUEST", "wish": "REQUEST",
    # incident reports: a craft closing on a ship, intruders found on board
    "approach": "COERCE", "sight": "COERCE", "spot": "COERCE", "discover": "COERCE", "observe": "COERCE",
    "notice": "COERCE", "pursue": "COERCE", "chase": "COERCE", "follow": "COERCE", "trail": "COERCE",
}
# verb and particle -> category, where the verb alone tells nothing ("rounded up", "brushed aside")
PARTICLE_LEMMAS = {("round", "up"): "COERCE", ("lock", "up"): "COERCE", ("cordon", "off"): "COERCE",
                   ("gun", "down"): "ASSAULT", ("brush", "aside"): "REJECT", ("brush", "off"): "REJECT",
                   ("shrug", "off"): "REJECT", ("crack", "down"): "COERCE", ("step", "down"): "CONCEDE",
                   ("hand", "over"): "CONCEDE", ("pull", "out"): "RETREAT", ("call", "off"): "CONCEDE",
                   # a verb and its preposition: "conferred with", "sided with"
                   ("confer", "with"): "CONSULT", ("side", "with"): "SUPPORT",
                   # "took over the train", "seized control"; not "took over the presidency" (_OFFICE)
                   ("take", "over"): "COERCE"}
_SHIPS = frozenset({"ship", "vessel", "tanker", "carrier", "boat", "skiff", "tug", "barge", "ferry", "trawler", "freighter",
                    "yacht", "dhow", "craft", "speedboat", "dinghy", "containership", "ro-ro"})
_INTRUDERS = frozenset({"robber", "thief", "pirate", "intruder", "person", "man", "boarder", "individual", "skiff", "boat",
                        "craft", "speedboat"})
# lemma -> what an argument must be for the verb to tell an incident ("as the deadline approached" does not)
_AIRCRAFT = frozenset({"bomber", "jet", "aircraft", "plane", "drone", "helicopter", "fighter", "warplane", "airplane"})
_ARGUMENT_KIND = {"fly": _AIRCRAFT, "approach": _SHIPS | _INTRUDERS, "sight": _INTRUDERS, "spot": _INTRUDERS, "discover": _INTRUDERS,
                  "observe": _INTRUDERS, "notice": _INTRUDERS, "pursue": _SHIPS | _INTRUDERS, "chase": _SHIPS | _INTRUDERS,
                  "follow": _INTRUDERS | {"skiff", "speedboat", "dhow"}, "trail": _INTRUDERS | {"skiff", "speedboat", "dhow"}}
# what is taken over as an office, not seized ("took over the presidency")
_OFFICE = frozenset({"presidency", "leadership", "role", "post", "job", "chairmanship", "command", "responsibility",
                     "helm", "office", "position", "duty", "management", "portfolio", "premiership", "ministry"})
# what a passenger boards ("boarded a plane to Paris")
_CONVEYANCES = frozenset({"plane", "flight", "train", "bus", "aircraft", "jet", "helicopter", "airliner", "coach"})
# lemma -> what is followed or closed on, when a ship is (its object, or the ship told in the passive): "two vessels
# followed the tanker", "a bulk carrier reported being trailed"; not "followed the route"
_PATIENT_KIND = {"follow": _SHIPS, "trail": _SHIPS, "chase": _SHIPS, "pursue": _SHIPS}
_NEEDS_OBJECT = frozenset({"target", "pound", "torch", "raze", "fault", "restrict", "curb", "amass", "phone", "convict", "airlift", "regret",
                           "prosecute", "cease", "halt", "freeze", "exempt", "suspend", "revoke", "confer", "deport", "extradite", "cross", "fire", "shoot", "strike", "hit", "block", "station", "dispatch", "deploy", "shell", "sink",
                           "attend", "travel", "host", "sign", "credit", "bar", "release"})
_AIMED = frozenset({"at", "on", "upon", "toward", "towards", "against", "down", "into"})
_ADVISORY = frozenset({"advise", "recommend", "caution", "encourage", "urge", "remind", "ask", "warn"})
_HEADLINE_PARTICLE = {"shoot": "shoots at"}
# acts told as undergone by the verb's subject ("came under fire from", "drew criticism from"): lemma -> trigger
UNDERGONE = {
    "fire": ("ASSAULT", "fires on", "fire on"), "attack": ("ASSAULT", "attacks", "attack"),
    "shelling": ("ASSAULT", "shells", "shell"), "bombardment": ("ASSAULT", "bombards", "bombard"),
    "criticism": ("ACCUSE", "criticizes", "criticize"), "condemnation": ("ACCUSE", "condemns", "condemn"),
    "rebuke": ("ACCUSE", "rebukes", "rebuke"), "censure": ("ACCUSE", "censures", "censure"),
    "accusation": ("ACCUSE", "accuses", "accuse"), "opposition": ("REJECT", "opposes", "oppose"),
    "resistance": ("REJECT", "opposes", "oppose"), "pressure": ("COERCE", "pressures", "pressure"),
    "sanction": ("SANCTION", "sanctions", "sanction"), "protest": ("PROTEST", "protests", "protest"),
}
# verbs whose infinitive clause about another actor is wished or expected, not done ("expects China to withdraw")
WISHES = frozenset({"want", "wish", "expect", "hope", "like", "prefer", "need"})


def may_have_trigger(sentence: str, language: str = "en") -> bool:
    """Whether a word of `sentence` could be a form of a LEMMAS verb: it starts with the lemma (less a final "e"
    or "y": "seiz-", "deplo-") or is an irregular form the parser's own lemmatizer table maps to it ("struck",
    "sank"). A cheap test before the parse, true of every sentence lemma_triggers can find a verb in. Russian:
    a word starts as a verb glossed by one of LEMMAS does (geotimeline.treewords: "захвачен" as "захватить")."""
    if language != "en":
        stems = _foreign_stems(language)
        return bool(stems) and any(w.startswith(stems) for w in _ANY_WORD.findall(sentence.lower()))
    forms, irregular = _forms()
    words = _WORD.findall(sentence.lower())
    if any(w in forms or w in irregular for w in words):
        return True
    present = set(words)  # "rounded up", "sided with": the verb and its particle, neither alone
    if any(p in present and not present.isdisjoint(verb_forms) for verb_forms, p in _particle_forms()):
        return True
    # "came under fire from", "faced condemnation from": an act undergone needs its verb as well as its noun
    return bool(_UNDERGO_CUES.intersection(words)) and any(w.startswith(_UNDERGONE_STEMS) for w in words)


@cache
def _forms() -> tuple[frozenset[str], frozenset[str]]:
    verbs = set(LEMMAS) | TRACK  # a state's force seen: "spotted", "detected", "tracked", "seen"
    forms = frozenset({"seen", *(form for lemma in verbs for form in _regular_forms(lemma))})
    return forms, _irregular_forms(frozenset(verbs))


@cache
def _irregular_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The forms the parser's own lemmatizer table maps to one of `verbs` ("struck", "took")."""
    irregular: set[str] = set()
    nlp = nlp_for("en")
    if nlp is not None and "lemmatizer" in nlp.pipe_names:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc", {})
        for pos in ("verb", "noun", "adj"):
            irregular.update(form for form, lemmas in table.get(pos, {}).items() if set(lemmas) & verbs)
    return frozenset(irregular)


def _regular_forms(verb: str) -> set[str]:
    """Every regular form a verb may take ("seize": seizes, seized, seizing; "ram": rammed; "decry": decried), a
    superset: a word that is no such form ("decree", "children") does not send its sentence to the parser."""
    out = {verb, verb + "s", verb + "es", verb + "ed", verb + "ing", verb + "d", verb + verb[-1] + "ed",
           verb + verb[-1] + "ing"}
    if verb.endswith("e"):
        out |= {verb[:-1] + "ing", verb[:-1] + "ed"}
    if verb.endswith("y"):
        out |= {verb[:-1] + "ied", verb[:-1] + "ies"}
    return out


@cache
def _particle_forms() -> tuple[tuple[frozenset[str], str], ...]:
    return tuple((frozenset(_regular_forms(verb)) | _irregular_forms(frozenset({verb})), particle)
                 for verb, particle in PARTICLE_LEMMAS)


_WORD = re.compile(r"[a-z]+")
_UNDERGONE_STEMS = tuple(sorted(UNDERGONE))
_UNDERGO_CUES = frozenset({"under", "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing",
                           "met", "meet", "meets", "meeting", "receive", "received", "receives", "attract", "attracted",
                           "spark", "sparked", "sparks", "provoke", "provoked", "provokes", "trigger", "triggered",
                           "suffer", "suffered", "endured", "earned", "incurred"})
_ANY_WORD = re.compile(r"\w+")


@cache
def _foreign_stems(language: str) -> tuple[str, ...]:
    """The first letters (3 or 4) of each verb of `language` the reader's tables gloss as one of LEMMAS."""
    glosses = RU_LEMMAS if language == "ru" else {}
    return tuple(sorted({w[: max(3, min(4, len(w) - 3))] for w, en in glosses.items() if en in LEMMAS}))


def lemma_triggers(doc: Any, start: int, end: int) -> list[Trigger]:
    """Verb triggers of the sentence at [start, end) of `doc`, with offsets relative to `start`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        if tok.pos_ == "NOUN" and lemma(tok).lower() == "approach" and (_suspicious(tok) or any(
                c.dep_ == "prep" and lower(c) == "by" for c in tok.children) or tok.dep_ == "dobj" and lemma(tok.head) in ("make", "report")):
            # an incident report's "a suspicious approach by a skiff": the act told as a noun
            out.append(Trigger(tok.text, tok.idx - start, tok.idx + len(tok.text) - start, "COERCE", False,
                               "approaches", "approach"))
            continue
        if tok.pos_ == "NOUN" and lemma(tok).lower() in UNDERGONE and undergone(tok) is not None:
            # "came under fire from rebels", "faced condemnation from Egypt": the act, told from its patient's side
            category, headline, base = UNDERGONE[lemma(tok).lower()]
            out.append(Trigger(tok.text, tok.idx - start, tok.idx + len(tok.text) - start, category, False, headline, base))
            continue
        phrasal = next(((c, PARTICLE_LEMMAS[(lemma(tok).lower(), lower(c))]) for c in tok.children if c.dep_ in ("prt", "advmod", "prep")
                        and (lemma(tok).lower(), lower(c)) in PARTICLE_LEMMAS), None)
        if phrasal is not None and (lemma(tok).lower(), lower(phrasal[0])) == ("take", "over") and not any(
                c.dep_ == "dobj" and lemma(c).lower() not in _OFFICE for c in tok.children):
            continue  # "took over as president", "took over the leadership": an office, no seizure
        if phrasal is not None and tok.pos_ == "VERB" and _an_act(tok, phrasal=True):  # "rounded up protesters", "brushed aside"
            prt, category = phrasal
            last = prt if prt.i == tok.i + 1 else tok
            verb = lemma(tok).lower()
            out.append(Trigger(doc[tok.i : last.i + 1].text, tok.idx - start, last.idx + len(last.text) - start, category,
                               True, f"{third_person(verb)} {lower(prt)}", f"{verb} {lower(prt)}"))
            continue
        if tok.pos_ == "VERB" and seen_forces(tok):  # "40 Chinese vessels were spotted near the shoal": a presence
            out.append(Trigger(tok.text, tok.idx - start, tok.idx + len(tok.text) - start, "MOBILIZE", True,
                               tok.text.lower(), tok.text.lower()))  # told as seen: "... spotted near the shoal"
            continue
        category = LEMMAS.get(lemma(tok).lower())
        if category is None or tok.pos_ != "VERB" or not _an_act(tok) or _sees_an_act(tok):
            continue
        verb = lemma(tok).lower()
        particle = next((c for c in tok.children if c.dep_ == "prt" and lower(c) in ("down", "on", "upon")), None)
        last = particle if particle is not None and particle.i == tok.i + 1 else tok
        text_end = last.idx + len(last.text)
        headline = _HEADLINE_PARTICLE.get(verb) or third_person(verb) + (f" {lower(particle)}" if last is particle else "")
        base = verb + (f" {lower(particle)}" if last is particle else "")
        out.append(Trigger(doc[tok.i : last.i + 1].text, tok.idx - start, text_end - start, category, True, headline, base))
    return out


def _sees_an_act(tok: Any) -> bool:
    """ "observed two robbers stealing a mooring line": what was seen being done is the act, not the seeing."""
    if lemma(tok).lower() not in PERCEIVE:
        return False
    seen = [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]  # "robbers stealing"
    if any(c.dep_ == "dobj" for c in tok.children):  # "noticed two pirates boarding the ship" (parsed as its complement)
        seen += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    return any(g.tag_ == "VBG" and lemma(g).lower() in LEMMAS and lemma(g).lower() not in PERCEIVE for g in seen)


def _an_act(tok: Any, phrasal: bool = False) -> bool:
    if tok.dep_ == "amod" or tok.tag_ == "VBN" and tok.dep_ == "amod":
        return False  # "the seized tanker"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # "a yacht transiting from Puerto Cortés was boarded": what the yacht was doing, not the news
    head = tok.head
    if tok.dep_ == "xcomp" and lemma(head) in _ADVISORY and not any(c.dep_ == "nsubj" for c in head.children):
        return False  # "vessels are advised to transit with caution"
    if lemma(tok).lower() in WISHES:
        return wished_of_another(tok) is not None
    if lemma(tok).lower() == "board" and any(c.dep_ == "dobj" and lemma(c).lower() in _CONVEYANCES for c in tok.children):
        return False  # "boarded a plane to Paris": a passenger, not a boarding party
    kinds = _ARGUMENT_KIND.get(lemma(tok).lower())
    arguments = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")] + [
        g for c in tok.children if c.dep_ == "agent" for g in agent_nouns(c)]  # "approached by skiffs"
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a pirate action group sighted in 12-22N 043-58E": the noun is seen
        arguments.append(tok.head)
    arguments += [g for c in list(arguments) for g in c.subtree if g.dep_ == "compound"]  # "pirate action group"
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
        # "a tanker reported being approached": the one who reports is the one approached
        patients += [c for c in tok.head.children if c.dep_ == "nsubj"]
        arguments += patients[-1:]
    if kinds is not None and not any(lemma(c).lower() in kinds or lemma(c).lower() in _SHIPS and _suspicious(c)
                                     for c in arguments) and not any(
            lemma(c).lower() in _PATIENT_KIND.get(lemma(tok).lower(), ()) for c in patients):
        return False  # "as the deadline approached"; but "a suspicious vessel was sighted" is an incident
    if (tok.dep_ in ("xcomp", "advcl", "acl") and infinitive(tok)
            and not (tok.dep_ == "xcomp" and lemma(head) in ("attempt", "try", "manage", "succeed", "due", "schedule", "able"))):
        # "managed to board" is done, "is due to travel" is planned (the mode says so); "urged Iran to release" is asked
        return False  # "to pressure them to block the flow", "urged Iran to release": asked or meant, not done
    if lemma(tok).lower() in _NEEDS_OBJECT and not phrasal:  # a particle or preposition tells what kind of act
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prt") or
                   c.dep_ == "prep" and lower(c) in _AIMED | {"in", "to", "into", "near", "off", "through"}]
        if not objects and not (tok.dep_ == "acl" and tok.tag_ == "VBN") and not any(c.dep_ == "auxpass" for c in tok.children):
            return False  # "fire broke out", "the strike": no target, no place
        if lemma(tok).lower() == "fire" and not any(lower(c) in _AIMED or lemma(c) in ("missile", "shot", "rocket", "cannon", "round", "drone")
                                                   for c in tok.subtree if c.i > tok.i):
            return False  # "fired the minister": no weapon, no aim
    return True


def wished_of_another(verb: Any) -> Any | None:
    """The infinitive `verb` (want, expect ...) wishes or expects of another actor, else None: "wants Iran to
    release" (the clause's own subject), "would like Manila to remove" (the object controls it). A passive ("is
    expected to visit": planned) or the subject's own wish ("wants to sign": its intent) gives None."""
    if verb.lemma_.lower() not in WISHES or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    controlled = any(c.dep_ == "dobj" for c in verb.children)
    for c in verb.children:
        if (c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (controlled or any(s.dep_ == "nsubj" for s in c.children))):
            return c
    return None


def _suspicious(noun: Any) -> bool:
    return any(c.dep_ == "amod" and lemma(c).lower() in ("suspicious", "unknown", "unidentified", "unlit")
               for c in noun.children)


def merge_triggers(lexicon: list[Trigger], parsed: list[Trigger]) -> list[Trigger]:
    """The lexicon's triggers, plus the parse's where no lexicon trigger covers the same words, in text order."""
    out = list(lexicon)
    for t in parsed:
        if not any(o.start < t.end and t.start < o.end for o in lexicon):
            out.append(t)
    return sorted(out, key=lambda t: t.start)


def without_doers(doc: Any, start: int, triggers: list[Trigger]) -> list[Trigger]:
    """Triggers that name no doer: "gunmen", "pirates" name who acts, not an act (the verb they govern is the act)."""
    out = []
    for t in triggers:
        span = doc.char_span(start + t.start, start + t.end, alignment_mode="expand")
        if span is not None and len(span) and lemma(span.root).lower() in PERPETRATORS:
            continue
        if span is not None and len(span) and lemma(span.root).lower() in _CROWDS and _undergoes(span.root):
            continue  # "the army rounded up protesters": the protesters undergo the act, they protest no more here
        out.append(t)
    return out


_CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "striker"})


def _undergoes(noun: Any) -> bool:
    """The noun is what a verb acts on: its object, a passive's subject, or in a phrase hanging from its object
    ("arrested dozens of protesters", "fired tear gas at demonstrators", "protesters were detained")."""
    word = noun
    for _ in range(4):
        if word.dep_ in ("dobj", "nsubjpass", "dative"):
            return True
        if word.dep_ == "pobj" and word.head.head.pos_ == "VERB" and lower(word.head) in _AIMED:
            return True  # "fired at demonstrators"
        if word.dep_ not in ("pobj", "prep", "conj", "appos") or word.head is word:
            return False
        word = word.head
    return False


