"""Who did what to whom, read from the dependency parse: the arguments of an event word.

`read_arguments(doc, start, end, actors, vessels)` takes the event word at characters [start, end) of the
annotated document (geotimeline.document) and reads, from the tree alone:
- the source: the subject, or the agent of a passive ("was boarded by armed men"); a verb without a subject of
  its own takes the one it shares: a conjoined verb ("rammed and boarded") its first verb's, a relative clause
  ("the navy, which seized ...") the noun it describes, a controlled verb ("ordered the carrier to sail") the
  one ordered, an infinitive of intent ("agreed to withdraw") its main verb's;
- the targets: the object, the dative, a passive's subject, the object of a target preposition (at, against,
  on, upon, to, with, toward) on the verb or on its object ("fired water cannon at ...");
- an event noun's own arguments: "the seizure of the tanker by Iran", "Iran's seizure", "Israeli strikes on";
- the reporter: the subject of a verb of saying that the event's clause is reported by ("the command said the
  militants fired ...": the militants act, the command reports), or "according to X".

An argument's actor is looked for only in the core of its noun phrase (the head, its compounds, adjectives,
possessor, apposition and "of"/"for" phrases): a relative clause ("a boat that had sailed from Colombia"), a
participle or another prepositional phrase never lends its country to the act (geotimeline.events.phrases). A ship's
name is a vessel, never the country it is named after. Unknown perpetrators ("robbers", "pirates", "gunmen")
are actors with no country. A subject pronoun is resolved in the tree where it can be (geotimeline.events.pronouns).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geotimeline.actors import ActorMention
from geotimeline.document import layer
from geotimeline.events.objects import PERCEIVE, _for_whom, _is_passive, _prep_objects, seen_forces
from geotimeline.events.phrases import (
    _BODIES,
    _FORCE_NOUNS,
    _agent,
    _in_layer,
    _Lookup,
    _phrase,
    _unique,
)
from geotimeline.events.pronouns import (
    _PRONOUNS,
    _RELATIVE,
    _agentive,
    _antecedent,
    _home_object,
    _stands_for,
)
from geotimeline.treewords import infinitive, lemma, lower

SAY = frozenset({
    "say", "tell", "report", "claim", "allege", "announce", "state", "confirm", "add", "insist", "write", "post",
    "note", "assert", "deny", "believe", "suspect", "accuse", "warn", "argue", "maintain", "contend", "reveal",
    "disclose", "indicate", "acknowledge", "admit",
})
CONTROL = frozenset({  # the object of these verbs does what the infinitive says ("ordered the carrier to sail")
    "order", "urge", "ask", "tell", "direct", "instruct", "force", "allow", "authorize", "authorise", "call",
    "push", "press", "encourage", "compel", "permit", "invite", "request", "command", "persuade", "warn",
})
LIGHT = frozenset({"carry", "launch", "conduct", "stage", "mount", "hold", "make", "issue", "impose", "lodge",
                   "file", "begin", "start", "continue", "step", "escalate", "resume", "undertake", "execute", "open",
                   "announce", "unveil", "introduce", "initiate", "declare", "sign", "conclude", "reach", "pass",
                   # kept in force, ordered, or claimed by its doer: "kept tariffs in place", "ordered the arrest of",
                   # "claimed the killing of 20 fighters"
                   "keep", "maintain", "extend", "raise", "levy", "slap", "order", "approve", "authorize", "authorise",
                   "claim"})
TARGET_PREPS = frozenset({"at", "against", "on", "upon", "to", "with", "toward", "towards", "into", "onto"})
NOUN_TARGET_PREPS = TARGET_PREPS | {"of", "between"}
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
_MESSAGES = frozenset({"letter", "message", "call", "conversation", "statement", "note", "meeting", "talk", "appeal"})
_SPEECH = frozenset({"call", "urge", "demand", "ask", "accuse", "condemn", "reject", "warn", "vow", "promise", "threaten",
                     "blame", "criticize", "criticise", "deny", "protest"})
_ASKING = frozenset({"request", "seek", "ask", "demand", "solicit", "buy", "purchase", "acquire"})  # "help from Putin"
_FROM = frozenset({"from"})
_LEAVING = frozenset({"withdraw", "pull", "evacuate", "expel", "oust", "recall"})  # "withdraw its force from Chad"
_OF_AGENT = frozenset({"backing", "support", "approval", "consent", "blessing", "endorsement", "participation"})
# the object's phrase that names the target: "fired water cannon at", "held talks with", "a mediation between"
_REPROACH = frozenset({"concern", "concerns", "alarm", "outrage", "anger", "dismay", "displeasure", "indignation"})
_OBJECT_PREPS = frozenset({"at", "against", "on", "upon", "toward", "towards", "to", "with", "between"})
_DEMAND = frozenset({"demand", "insist", "urge", "ask", "request", "call", "press", "order", "want", "wish"})
_TRANSFER = frozenset({"supply", "delivery", "shipment", "purchase", "import", "transfer", "sale", "export"})
_VENUE = frozenset({"meet", "visit", "host", "talk", "hold", "receive", "welcome", "arrive", "travel", "sign", "gather",
                    "confer", "speak", "negotiate", "discuss"})
_CONCLUDE = frozenset({"conclude", "declare", "stress", "demand"})
_SEND = frozenset({"send", "write", "deliver", "address", "hand", "pass"})
# a journey told with its purpose: whom it meets is the other party, not the host ("flew to Paris for talks with Kyiv")
_JOURNEY = frozenset({"travel", "visit", "fly", "go", "trip", "tour", "head", "journey", "arrive", "come", "return"})
_MEETING = frozenset({"meeting", "talk", "discussion", "consultation", "negotiation"})
_TAKE_PART = frozenset({"join", "attend"})
_MEET = frozenset({"meet", "talk", "confer", "consult", "negotiate", "hold"})


@dataclass(frozen=True, slots=True)
class Arguments:
    sources: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    reporter: tuple[ActorMention, ...]  # who says so (the subject of the verb of saying)
    reporter_text: str | None  # the reporter's noun phrase as written ("the coast guard")
    passive: bool
    pronoun_subject: str | None  # "he", "they": the subject is a pronoun, to be resolved by the caller
    has_subject: bool  # a subject (or agent) was found in the tree, actor or not
    has_object: bool  # an object was found in the tree, actor or not (a pronoun does not count)
    subject_text: str | None  # the subject's noun phrase as written
    subject_body: bool  # the subject is an official body with no country named ("the ministry", "the government")
    agentive: bool = False  # the subject is a name, a person or a body (not "the activity", "the carrier")
    patient_text: str | None = None  # a passive's subject as written ("three crew members")
    partners: bool = False  # a journey's purpose names whom it meets ("flew to Vienna for talks with ..."), actor or not
    home_object: bool = False  # the first object is a person or group naming no country ("the opposition newspaper")
    for_whom: bool = False  # the targets are whom the object or purpose is for ("aid for Syrian refugees"), not where


def read_arguments(doc: Any, start: int, end: int, actors: Sequence[ActorMention],
                   vessels: Sequence[tuple[int, int]] = ()) -> Arguments | None:
    """The arguments of the event word at characters [start, end), or None when it is not in the document."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    word = span.root
    lookup = _Lookup(doc, actors, vessels)
    if word.pos_ in ("NOUN", "PROPN"):
        subjects, targets, passive = _noun_arguments(word)
    elif word.pos_ in ("VERB", "AUX") and lemma(word) != "be" and word.dep_ not in ("amod", "compound"):
        subjects, targets, passive = _verb_arguments(word)
    else:  # "out of the question": no verb or noun of its own; "the minister coordinated deliveries" parsed as
        return None  # "coordinated deliveries", an adjective: the parse failed here and cannot name anyone
    partners = _partners(word)
    if partners:
        targets = _with_conjuncts(partners)
    pronoun = next((lower(t) for t in subjects if lower(t) in _PRONOUNS), None)
    reporter_tokens = _reporter(word)
    reporter = tuple(m for t in reporter_tokens for m in lookup.actors_of(t))
    sources = tuple(m for t in subjects for m in lookup.actors_of(t))
    if not sources and subjects and _possessed_by_pronoun(subjects[0]):
        if reporter:  # "Cuba's president said his nation would defend itself": the speaker's side
            sources = reporter
        else:
            subjects = []  # "its navy": whose is told elsewhere
    if not sources and pronoun and reporter_tokens and _stands_for(pronoun, reporter_tokens[0], reporter):
        sources = reporter  # "Nigeria said it would withdraw its force", "the rebels said they will release ..."
    if not sources and pronoun:  # "Maduro sent a letter in which he called for ...": the subject of the clause above
        sources = _antecedent(word, pronoun, lookup)
    if not sources and reporter and subjects and lower(subjects[0]) in ("we", "i"):
        sources = reporter  # '"We reject the allegations," India's spokesperson said': the speaker's side
    if not sources and word.dep_ == "acl" and word.head.dep_ in ("dobj", "nsubjpass", "attr") and word.tag_ == "VBG":
        # "passed a resolution demanding ...": the resolution's maker asks
        subjects, _ = _subject(word.head.head)
        sources = tuple(m for t in subjects for m in lookup.actors_of(t))
    target_mentions: list[ActorMention] = []
    for t in targets:
        found = lookup.actors_of(t)
        if not found and reporter and _possessed_by_pronoun(t):
            found = list(reporter)  # "China said the Philippine vessel rammed its ship": its = the claimant's
        target_mentions.extend(found)
    for_whom = False
    if not target_mentions and not partners and word.pos_ in ("VERB", "AUX") and (
            lemma(word) not in SAY | _SPEECH or any(c.dep_ == "prt" for c in word.children)):  # "called up", not "called"
        target_mentions = [m for t in _with_conjuncts(_for_whom(word)) for m in lookup.actors_of(t)]
        for_whom = bool(target_mentions)
    return Arguments(
        sources=_unique(sources),
        targets=_unique(m for m in target_mentions if (m.actor.name, m.actor.country) not in
                        {(s.actor.name, s.actor.country) for s in sources}),
        reporter=_unique(reporter),
        reporter_text=_phrase(reporter_tokens[0]) if reporter_tokens else None,
        passive=passive,
        pronoun_subject=pronoun,
        has_subject=bool(subjects) if word.pos_ not in ("NOUN", "PROPN") else bool(sources) or lemma(word) in _MEETING and any(
            c.dep_ == "compound" and _venue(c) for c in word.children),  # "the Riyadh talks": where, not who
        subject_text=_phrase(subjects[0]) if subjects else None,
        subject_body=bool(subjects) and lemma(subjects[0]).lower() in _BODIES,
        agentive=bool(subjects) and _agentive(subjects[0]),
        patient_text=next((_phrase(_noun_of(word.head if lower(t) in _RELATIVE and word.dep_ == "relcl" else t))
                           for t in targets if t.dep_ == "nsubjpass"
                           or t.dep_ == "nsubj" and (word.pos_ == "NOUN" or word.dep_ == "xcomp") and passive), None),
        has_object=any(t.pos_ != "PRON" for t in targets),
        partners=bool(partners),
        for_whom=for_whom,
        home_object=next((_home_object(_noun_of(t)) for t in targets if t.pos_ != "PRON"), False),
    )


# --- the tree ---------------------------------------------------------------------------------------------


def _with_conjuncts(tokens: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    todo = list(tokens)
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _subject(verb: Any) -> tuple[list[Any], bool]:
    """The doer of `verb` (following shared subjects up the tree) and whether `verb` itself is passive."""
    passive = _is_passive(verb)
    seen: set[int] = set()
    v = verb
    while v.i not in seen:
        seen.add(v.i)
        if _is_passive(v):
            return _with_conjuncts(_agent(v)), passive
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            if lower(subjects[0]) in _RELATIVE and v.dep_ == "relcl":
                of = v.head.head if v.head.dep_ == "pobj" else None
                if of is not None and lower(of) == "of" and lemma(of.head) in _FORCE_NOUNS:
                    return [of.head], passive  # "the bombing of a French base that killed ...": the bombing, not the base
                return _with_conjuncts([v.head]), passive
            if subjects[0].tag_ in ("VBG", "VBN") and not any(c.dep_ == "aux" for c in subjects[0].children):
                # "The Red Cross operating in Iraq said ...", parsed as "operating" the subject with its own: the
                # participle's subject is the phrase's head
                inner = [c for c in subjects[0].children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
                subjects = inner or subjects
            return _with_conjuncts(subjects), passive
        head = v.head
        if (v.dep_ == "conj" and lemma(v) in _SPEECH and head.dep_ == "ccomp" and lemma(head.head) in SAY):
            v = head.head  # "Russia said the US had attacked ... and called on Japan to respond": Russia calls
            continue
        if v.dep_ == "conj":
            v = head
            continue
        if v.dep_ == "xcomp":
            ordered = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if lemma(head) in CONTROL and ordered or lemma(head) in PERCEIVE and ordered and v.tag_ == "VBG":
                return _with_conjuncts(ordered), passive  # "noticed two pirates boarding the ship": the pirates
            v = head
            continue
        if v.dep_ == "relcl":
            return _with_conjuncts([head]), passive
        if v.dep_ == "acomp" and v.lemma_ in _ABLE:  # "robbers were able to board": who was able
            v = head
            continue
        if v.dep_ == "acl":
            aimed = [g for c in v.children if c.dep_ == "prep" and lower(c) in ("at", "upon", "on") for g in c.children
                     if g.dep_ == "pobj" and not _in_layer(g, "timexes")]
            if v.tag_ == "VBN" and not _agent(v) and aimed:
                h = head  # "pirates in two skiffs fired upon a carrier" (read as a participle): who is in the skiffs
                while h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in ("NOUN", "PROPN"):
                    h = h.head.head
                return _with_conjuncts([h]), False
            if v.tag_ == "VBN" and lemma(v) in _CROWD_ACTS and not _agent(v):
                return _with_conjuncts([head]), False  # "Venezuelan migrants protested outside ...": misread as a participle
            if v.tag_ == "VBN":  # "a tanker seized by Iran": the noun is what was done to
                return _with_conjuncts(_agent(v)), True
            if v.tag_ == "VB" and head.dep_ in ("dobj", "pobj", "attr") and head.head.pos_ in ("VERB", "ADP"):
                v = head.head if head.dep_ != "pobj" else head.head.head  # "announced a plan to deploy": who plans
                continue
            return _with_conjuncts([head]), passive  # "warships carrying ..."
        if v.dep_ == "advcl" and infinitive(v):
            v = head  # "shunned work to protest": who shunned protests
            continue
        if v.dep_ in ("advcl", "pcomp") and v.tag_ == "VBG":  # "..., seizing rifles": the main clause's doer
            v = head if v.dep_ == "advcl" else head.head
            continue
        if v.dep_ == "advcl" and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return [], True  # "holds the freighter, seized on May 2": a reduced passive, its doer not told
        if v.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):  # a clause with no subject of its own shares its head's
            v = head
            continue
        return [], passive
    return [], passive


_CROWD_ACTS = frozenset({"protest", "rally", "march", "demonstrate", "gather", "riot", "picket"})  # never done to a noun


def _verb_arguments(verb: Any, depth: int = 0) -> tuple[list[Any], list[Any], bool]:
    seen = seen_forces(verb)
    if seen:  # a force seen somewhere is the one there (the one who saw it reports it)
        return _with_conjuncts(seen), [], False
    subjects, passive = _subject(verb)
    targets: list[Any] = []
    if (lemma(verb) in PERCEIVE and not passive and subjects and verb.tag_ == "VBD"
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)):
        # a report's headline passive, "Pirate action group sighted in 13-33N 059-16E": what was seen, not who saw
        return [], _with_conjuncts(subjects), True
    if passive and verb.dep_ == "acl" and verb.tag_ == "VBN":
        targets.append(verb.head)
    if passive and verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and lower(c) in _RELATIVE for c in verb.children) \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        # "the girls, who were kidnapped last Friday": the girls undergo it ("people who could have been detained": no one)
        targets.append(verb.head)
    if passive and verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _is_passive(verb):  # "..., seized on May 2"
        targets.extend(c for c in verb.head.children if c.dep_ == "dobj")
    if passive and verb.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "a tanker reported being followed": the one who reports undergoes it ("ordered the ship to be seized": the object)
        controller = [c for c in verb.head.children if c.dep_ == "dobj"] or [c for c in verb.head.children if c.dep_ == "nsubj"]
        targets.extend(controller[:1])
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "deployed warships to Cuba"
            targets.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative", "nsubjpass", "iobj"):
            targets.append(c)
            if c.dep_ == "dobj":  # "fired water cannon at the boats", "requested assistance from Xi"
                targets.extend(_prep_objects(c, _OBJECT_PREPS | (_FROM if lemma(verb) in _ASKING else frozenset())))
                if verb.lang_ != "en":  # "выразила протест Китаю": the object's dative
                    targets.extend(g for g in c.children if g.dep_ == "dative" and g.pos_ != "ADP")
                if lemma(c) in _REPROACH:  # "expressed concern over North Korea's launches": whose act it is
                    targets.extend(_prep_objects(c, frozenset({"over", "about", "at", "regarding"})))
                if lemma(c) in _TRANSFER:  # "coordinated the supply of drones from Iran": the other party
                    targets.extend(_prep_objects(c, _FROM))
                    targets.extend(g for o in _prep_objects(c, frozenset({"of"})) for g in _prep_objects(o, _FROM))
    preps = TARGET_PREPS - {"at"} if lemma(verb) in _VENUE else TARGET_PREPS  # "met Xi at the Kremlin": a venue
    targets.extend(_prep_objects(verb, preps | (_FROM if lemma(verb) in _ASKING | _LEAVING else frozenset())))
    for c in verb.children:  # "in a letter to Putin, Maduro asked ...": the letter's addressee
        if c.dep_ == "prep" and lower(c) in ("in", "through", "during"):
            for g in c.children:
                if g.dep_ == "pobj" and lemma(g) in _MESSAGES:
                    targets.extend(_prep_objects(g, frozenset({"to", "with"})))
    for c in verb.children:  # a particle verb: "opened fire on", "called on"
        if c.dep_ == "prt":
            targets.extend(_prep_objects(c, TARGET_PREPS))
    if not targets and lemma(verb) in _DEMAND:  # "demanded that Pyongyang abandon ...": who is to act
        targets.extend(g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    if not targets and lemma(verb) in SAY | _CONCLUDE:  # "said Sudan must return the helicopter": who must act
        targets.extend(g for c in verb.children if c.dep_ == "ccomp" and any(
            a.dep_ == "aux" and lower(a) in ("must", "should") for a in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    if verb.dep_ == "relcl" and lemma(verb.head) in _MESSAGES:  # "a letter to Xi in which he asked": its addressee
        targets.extend(_prep_objects(verb.head, frozenset({"to", "with"})))
        if verb.head.dep_ == "dobj":  # "sent a note to Uganda in which it demanded ...": the parse hangs "to" on "sent"
            targets.extend(g for c in verb.head.head.children if c.dep_ == "dative" and c.pos_ == "ADP"
                           for g in c.children if g.dep_ == "pobj")
            targets.extend(_prep_objects(verb.head.head, frozenset({"to"})))
    addressed = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" else None
    if addressed is not None and lower(addressed) == "to" and (
            lemma(addressed.head) in _MESSAGES or lemma(addressed.head) in _SEND):
        targets.append(verb.head)  # "sent a letter to Xi, in which he called for ...": the parse hangs it on Xi
    if (not targets and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB"
            and infinitive(verb)):
        # "wrote to Putin and Xi to ask for help": whom the purpose is pursued with
        targets.extend(g for c in verb.head.children if c.dep_ == "dative" and c.pos_ == "ADP" for g in c.children
                       if g.dep_ == "pobj")
        targets.extend(_prep_objects(verb.head, frozenset({"to", "with"})))
    if not targets:  # "offered to hand the suspects over to Britain", "threatened to ban the candidates"
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and depth < 2:
                targets.extend(_verb_arguments(c, depth + 1)[1])
    return subjects, _with_conjuncts(targets), passive


_ABLE = frozenset({"able", "unable", "quick", "ready", "willing", "prepared", "eager", "poised", "determined"})
_UNDERGO = frozenset({"face", "draw", "receive", "attract", "suffer", "endure", "spark", "provoke", "trigger", "earn",
                      "incur"})
_UNDERGO_PREP = {"under": frozenset({"come", "be", "remain", "fall"}), "with": frozenset({"meet"})}


def undergone(noun: Any) -> Any | None:
    """The verb whose subject undergoes the act `noun` names ("the convoy came under fire from rebels", "Israel
    faced condemnation from Egypt", "the plan drew criticism from Germany"), else None."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_ in _UNDERGO:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.lemma_ in _UNDERGO_PREP.get(noun.head.lower_, ()):
        return noun.head.head
    return None


_CREDIT = frozenset({"responsibility", "credit"})
_CLAIMING = frozenset({"claim", "take", "accept", "admit"})


def credited_to(noun: Any) -> Any | None:
    """The verb by which a doer owns the act `noun` names ("the BLA claimed responsibility for the attack": "claimed"),
    else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    credit = noun.head.head
    if credit.lemma_ in _CREDIT and credit.dep_ == "dobj" and credit.head.lemma_ in _CLAIMING:
        return credit.head
    return None


def _noun_arguments(noun: Any) -> tuple[list[Any], list[Any], bool]:
    verb = undergone(noun)
    if verb is not None:  # who acts is "from" or "by" whom; who undergoes it is the verb's subject
        doers = _prep_objects(noun, frozenset({"from", "by"})) or _prep_objects(verb, frozenset({"from", "by"}))
        patients, _ = _subject(verb)
        return _with_conjuncts(doers), _with_conjuncts(patients), True  # told as undergone: a passive
    subjects = [g for c in noun.children if c.dep_ == "prep" and lower(c) == "by" for g in c.children if g.dep_ == "pobj"]
    subjects += [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and lower(c) not in _POSSESSIVE_PRONOUNS
                 and (_in_layer(c, "actors") or c.pos_ == "PROPN") and not (lemma(noun) in _MEETING and _venue(c))]
    if not subjects and noun.dep_ in ("dobj", "pobj") and lemma(noun) in _MEETING:  # "joined X for the talks with ..."
        taker = noun.head.head if noun.dep_ == "pobj" and lower(noun.head) == "for" else noun.head
        if lemma(taker) in _TAKE_PART:
            subjects, _ = _subject(taker)
    if not subjects and noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in LIGHT:
        subjects, _ = _subject(noun.head)  # "the navy carried out a strike", "Israel launched an attack"
    if not subjects and (claiming := credited_to(noun)) is not None:
        subjects, _ = _subject(claiming)  # "the group claimed responsibility for the attack": the group attacked
    if not subjects and noun.lang_ != "en":  # "направил письмо Путину с просьбой о помощи": the letter's
        subjects, targets = _message_parties(noun)  # sender asks its addressee (English reads "a letter in which")
        if subjects or targets:
            return _with_conjuncts(subjects), _with_conjuncts(targets), False
    if lemma(noun) in _OF_AGENT:  # "the backing of India": India backs
        subjects += _prep_objects(noun, frozenset({"of"}))
    targets = _prep_objects(noun, NOUN_TARGET_PREPS - ({"of"} if lemma(noun) in _OF_AGENT else set()))
    if not targets and noun.dep_ == "dobj" and lemma(noun.head) in LIGHT:
        targets = _prep_objects(noun.head, TARGET_PREPS)  # "opened investigations into ...": the parse hangs it on the verb
    if not targets and noun.lang_ != "en" and noun.dep_ == "dobj" and lemma(noun.head) in LIGHT | _SEND:
        # "направил протест Японии": the dative of the verb that sends or makes the act
        targets = [c for t in (noun.head, noun) for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return _with_conjuncts(subjects), _with_conjuncts(targets), False


def _partners(word: Any) -> list[Any]:
    """Whom a journey's stated purpose meets ("travelled to Canada for meetings with G7 ministers", "a visit to
    Pretoria to meet opposition leaders"): the other party of the consultation, where the destination is only the
    host. Empty when the journey tells no such purpose."""
    if lemma(word) not in _JOURNEY:
        return []
    for c in word.children:
        if c.dep_ == "prep" and lower(c) == "for":
            found = [t for g in c.children if g.dep_ == "pobj" and lemma(g) in _MEETING
                     for t in _prep_objects(g, frozenset({"with"}))]
            if found:
                return found
        if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and lemma(c) in _MEET and infinitive(c):
            found = [d for d in c.children if d.dep_ == "dobj" and lemma(d) not in _MEETING]
            found += _prep_objects(c, frozenset({"with"}))
            found += [t for d in c.children if d.dep_ == "dobj" and lemma(d) in _MEETING
                      for t in _prep_objects(d, frozenset({"with"}))]  # "to hold talks with"
            if found:
                return found
    return []


def _message_parties(noun: Any) -> tuple[list[Any], list[Any]]:
    """(sender, addressees) of the message a request noun comes with ("письмо Путину с просьбой"), else ([], [])."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or lower(prep) != "with":
        return [], []
    if lemma(prep.head) in _MESSAGES and prep.head.dep_ == "dobj":
        letter, verb = prep.head, prep.head.head
    else:  # "направил письма Путину с просьбой": the request hangs on the verb that sends the letter
        letter = next((c for c in prep.head.children if c.dep_ == "dobj" and lemma(c) in _MESSAGES), None)
        if letter is None:
            return [], []
        verb = prep.head
    addressees = [c for t in (letter, verb) for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    addressees += _prep_objects(letter, frozenset({"to"})) + _prep_objects(verb, frozenset({"to"}))
    return _subject(verb)[0], addressees


def _reporter(word: Any) -> list[Any]:
    """The subject of a verb of saying that reports the clause of `word`, or the X of "according to X"."""
    clause = word
    for anc in [word, *word.ancestors]:
        for c in anc.children:
            if c.dep_ == "prep" and lower(c) == "according":
                objs = [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                if objs:
                    return objs
        if anc is not word and lemma(anc) in SAY and anc.pos_ in ("VERB", "AUX") and clause.dep_ in ("ccomp", "parataxis", "advcl"):
            subjects, _ = _subject(anc)
            return subjects
        # "X struck Y, the ministry said": the saying hangs from the event's own verb
        for c in anc.children:
            if c.dep_ in ("parataxis", "ccomp") and lemma(c) in SAY and c.i > word.i and c is not clause:
                subjects, _ = _subject(c)
                if subjects:
                    return subjects
        clause = anc
        if anc.dep_ in ("ROOT",):
            break
    return []


def _noun_of(token: Any) -> Any:
    """A noun phrase's head: the token, or the subject of a verb parsed in its place ("a yacht anchored near ...")."""
    if token.pos_ in ("VERB", "AUX"):
        return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), token)
    return token


def _possessed_by_pronoun(token: Any) -> bool:
    return any(c.dep_ == "poss" and lower(c) in _POSSESSIVE_PRONOUNS for c in token.children)


def _venue(token: Any) -> bool:
    """A city or other place that is not a country, named before a meeting ("the Riyadh talks"): where, not who."""
    return any(span.start <= token.i < span.end and p.place.kind != "country" for span, p in layer(token.doc, "places"))
