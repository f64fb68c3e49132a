"""Actor roles in an event clause: who acts (source) and on whom (target).

Position and prepositions decide: actors named before the trigger are sources unless introduced by
"to/with/against" ("In a letter to Putin, Maduro requested ..."); actors after it are targets, up to a
subordinate clause or a trailing ", officials said"; in a passive clause ("was attacked by X") the roles
swap. Actors named only as locations ("in Lebanon") are targets when nothing else is. One actor is kept
per country and role, the most specific (a person before a ministry before the country). The owner of an
event noun acts ("Russia's full-scale invasion"); a name inside an opening background phrase ("Amid China's
build-up, Manila asked ...") is not the subject; in Russian a name in the dative or instrumental
("Владимиру Путину") is never the subject, and a nominative name after its verb may be.

`framed_roles` handles a trigger inside a reported clause ("Russia said US forces struck ..."): its source is
named in that clause (the reporter only when the clause names nobody and does not open with a noun phrase
of its own), except for a speech act joined to the statement by "and" ("... and called on Iran to ..."),
which is the reporter's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from geotimeline.actors import ActorMention
from geotimeline.events.attribution import Report, reported_window
from geotimeline.events.categories import Trigger
from geotimeline.gazetteer import PlaceMention
from geotimeline.sentences import Sentence

_TITLES = (r"(?:(?:secretary|minister|president|prime|foreign|defen[cs]e|interior|transport|state|of|general|leader|"
           r"chief|envoy|ambassador|king|queen|prince|chancellor|premier|counterpart|officials?|vice|deputy|his|her|"
           r"their)\s+){0,5}")
TARGET_PREP = re.compile(
    r"(?:\b(?:to|with|against|toward|towards)|(?<!\w)(?:к|с|со|против|(?-i:a)|al|con|contra|hacia|ante))"
    rf"\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?{_TITLES}$",
    re.I,
)
# the agent of an event noun: "a visit to Moscow by Transport Minister X", "los ataques de los hutíes"
_NOUN_AGENT = {
    "en": re.compile(rf"^\s*(?:[\w.'’-]+\s+){{0,4}}?by\s+(?:the\s+)?{_TITLES}$", re.I),
    "es": re.compile(r"^\s*(?:(?:aére[oa]s|militares|navales)\s+)?(?:(?:de|por)\s+(?:parte\s+de\s+)?(?:los\s+|las\s+|el\s+|la\s+)?"
                     r"(?:(?:president[ea]|ministr[oa]|gobierno|canciller)\s+(?:de\s+)?)?)?$", re.I),  # "ataques estadounidenses"
    "ru": re.compile(r"^\s*$"),
}
# a subordinate "when" clause has a subject of its own ("lost his thumb when a Chinese boat rammed ...")
_WHEN = re.compile(r"\b(?:when|whenever|as soon as)\b|(?<!\w)(?:cuando|когда)(?!\w)", re.I)
# "U.S. Treasury", "Russian President Vladimir Putin": a demonym, a title and a name are one phrase
_SAME_PHRASE = re.compile(rf"\s*(?:['’]s\s*)?(?:-\s*)?{_TITLES}", re.I)
_IN_PLACE = re.compile(
    r"(?:\b(?:in|at|near|inside|outside|across|throughout|en|cerca de)|(?<!\w)(?:в|во|около))\s+"
    r"(?:the\s+|el\s+|la\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_TARGET_STOP = re.compile(
    r"\b(?:because|after|despite|whether|whose|whom|since|until|unless|as|when|while|although|though|amid|"
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
# "con bandera de Liberia", "de bandera liberiana", "под флагом Либерии": the ship's flag, never who acts
_FLAG_BEFORE = re.compile(r"(?:\bbandera|\bpabell[oó]n|(?<!\w)флагом)\s+(?:de\s+|del\s+)?(?:la\s+|el\s+)?$", re.I)
_AGENT_PREP = re.compile(r"\b(?:by|por)\s+(?:the\s+|el\s+|la\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|fue|fueron|был\w*)\s+(?:\w+ly\s+)?$", re.I)
_IRREGULAR_PARTICIPLES = frozenset({"struck", "hit", "shot", "sent", "sunk", "caught", "held", "met", "seized", "fought", "built"})
_KIND_RANK = {"person": 0, "ministry": 1, "military": 1, "armed_group": 1, "company": 1, "organisation": 1, "government": 2}
_AND = re.compile(r"\s*(?:,\s*)?(?:and|or|y|o|и|или)\s+(?:the\s+)?", re.I)  # a comma alone may end a phrase
_COORDINATION = re.compile(r"\s*(?:,|and|or|y|o|и|или|,\s*and)\s*(?:(?:the|el|la|los|las)\s+)?", re.I)


def after_target_preposition(prefix: str) -> bool:
    """True when `prefix` (the text just before an actor) ends in "to", "with", "against" and the like."""
    return bool(TARGET_PREP.search(prefix))


def assign_roles(
    text: str, off: int, trig: Trigger, clause_start: int, clause_end: int, mentions: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """(sources, targets, every target mention) for a trigger; offsets of `mentions` are `off` ahead of `text`."""
    when = None
    for hit in _WHEN.finditer(text, clause_start, trig.start):
        when = hit
    if when is not None:
        clause_start = when.end()  # the trigger is told in a "when" clause: its subject comes after "when"
    passive = is_passive(text, trig, clause_start)
    agent_re = None if trig.verbal and not _NOUN_TRIGGER.search(trig.text) else _NOUN_AGENT.get(_language(text))
    sources: list[ActorMention] = []
    targets: list[ActorMention] = []
    located: list[ActorMention] = []  # "in Lebanon": a target only when nothing else is
    placed: list[ActorMention] = []  # "in Cuba" before the trigger: a source only when nothing else is
    agents: list[ActorMention] = []  # named after an event noun by "by", "de", a Russian genitive
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
            previous = (m, previous[1])
            continue
        if (previous and previous[1] is targets and s < trig.start and previous[0].start - off < trig.start
                and _AND.fullmatch(text[previous[0].end - off : s])):
            targets.append(m)  # "wrote to Putin and Xi to ask ...": both addressed
            previous = (m, targets)
            continue
        if agent_re is not None and s >= trig.end and (agent_re.match(text[trig.end : s]) or agents and _COORDINATION.fullmatch(
                text[agents[-1].end - off : s])):
            bucket = agents  # "a visit to Moscow by X": X acts
        elif s < trig.start and _IN_PLACE.search(prefix) and not TARGET_PREP.search(prefix):
            bucket = placed
        else:
            bucket = _bucket(text, trig, s, prefix, passive, sources, targets, located, e)
        bucket.append(m)
        previous = (m, bucket)
    if agents:
        sources = agents  # the noun's own agent, not the subject of the verb governing it
    if agent_re is not None:  # "Russia's full-scale invasion": the owner of an event noun acts
        owner = [m for m in mentions if clause_start <= m.start - off and re.fullmatch(
            r"['’]s?\s+(?:[\w-]+\s+){0,2}", text[m.end - off : trig.start])]
        if owner:
            sources, targets = owner[-1:], [m for m in targets if m is not owner[-1]]
    opening = _OPENING.match(text, clause_start)
    if opening and opening.end() <= trig.start and any(opening.end() <= m.start - off < trig.start for m in sources):
        # "Amid China's military build-up, Manila asked ...": the opening phrase is background, not the subject
        sources = [m for m in sources if m.start - off >= opening.end()]
    if not sources and not passive and trig.verbal and _language(text) == "ru":
        # "послание Путину должен был передать министр ... Рамон Веласкес": a Russian subject may follow its
        # verb; a person's name in the nominative (a bare consonant ending, so no object case) is the subject
        late = next((m for m in targets if m.actor.kind == "person" and re.search(r"[бвгджзклмнпрстфхцчшщ]$", m.text, re.I)
                     and not TARGET_PREP.search(text[max(clause_start, m.start - off - 40) : m.start - off])), None)
        if late is not None:
            sources, targets = [late], [m for m in targets if m is not late]
    if passive and not sources:
        sources = _when_agent(text, off, trig, mentions)  # "were killed when a Houthi missile hit ..."
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


_NOUN_TRIGGER = re.compile(
    r"^(?:visit|visits|attacks?|strikes?|raids?|request|appeal|trip|invasions?|offensives?|seizures?|ceasefires?|truces?|clashes|"
    r"withdrawals?|deployments?|build-?ups?|ataques?|visita|bombardeos?|solicitud|despliegue|"
    r"ejercicios|maniobras|acuerdos?|protesta|удар\w*|атак[аиуе]?|визит\w*|просьб\w*|обстрел\w*|учени\w*|"
    r"соглашени\w*|договор[её]нност\w*|переговор\w*)$", re.I)


_OBLIQUE = re.compile(r"[а-яё](?:у|ю|ом|ем|ём|ым|им|ами|ями|ам|ям|ой|ей)$")
_INDECLINABLE = frozenset({"шойгу", "перу", "баку", "мали", "сомали", "мадуро", "кало"})


def oblique(name: str) -> bool:
    """A Russian name in a dative or instrumental case ("Путину", "Си Цзиньпину", "Москвой"), which is
    never the subject; indeclinable names ("Мадуро", "Шойгу") and abbreviations ("США") never are."""
    last = name.split()[-1] if name.split() else ""
    return (last[:1].isupper() and not last.isupper() and last.casefold() not in _INDECLINABLE
            and bool(_OBLIQUE.search(last.casefold())))


def is_event_noun(trig: Trigger) -> bool:
    """An event noun ("strikes", "visit", "ataque", "удар"), not a verb."""
    return not trig.verbal or bool(_NOUN_TRIGGER.search(trig.text))


def _language(text: str) -> str:
    if re.search(r"[а-яё]", text, re.I):
        return "ru"
    # "Los ataques ..." opens a Spanish sentence; "Los Angeles" does not
    return "es" if re.search(r"\b(?:el|los|las|del|que|una?)\b|^(?:El|Los|Las|La|Una?)\s+[a-záéíóúñ]", text) else "en"


def is_passive(text: str, trig: Trigger, clause_start: int) -> bool:
    """A verb trigger in the passive ("was struck", "fue atacado", "было атаковано"), or a participle
    right after the noun phrase it qualifies ("The carrier, ordered on Friday to leave ...")."""
    if not trig.verbal:
        return False
    first_word = trig.text.split()[0].casefold()
    participle = (first_word.endswith(("ed", "en", "do", "da", "dos", "das", "ано", "ена", "ено", "ан", "ен", "ы"))
                  or first_word in _IRREGULAR_PARTICIPLES)
    if not participle:
        return False
    before = text[clause_start : trig.start]
    if _PASSIVE.search(before):
        return True
    return (bool(re.search(r"[\w.”\"]\s*,\s*$", before)) and before.count(",") == 1 and len(before.split()) <= 8
            and not re.search(r"\b(?:said|says|that|and|y|и)\b", before, re.I))


def _when_agent(text: str, off: int, trig: Trigger, mentions: list[ActorMention]) -> list[ActorMention]:
    """The actor a "when" clause right after a passive trigger opens with ("killed on Wednesday when a Houthi
    missile hit ..."), else none."""
    m = re.match(r"[^,;.]{0,40}?\b(?:when|cuando|когда)\b", text[trig.end :], re.I)
    if not m:
        return []
    start = trig.end + m.end()
    return [x for x in mentions if 0 <= x.start - off - start <= 25][:1]


_OPENING = re.compile(
    r"\s*(?:amid|since|(?:when )?asked|questioned|after|before|despite|under|following|during|in response to|in the wake of|desde|tras|después de|"
    r"pese a|ante|после|на фоне|в ответ на|несмотря на|из-за)\s[^,;]{0,80},", re.I)
_SHARED = re.compile(r"(?:,\s*|\b(?:and|y|e|и)\s+)(?:also\s+|then\s+|later\s+|también\s+|также\s+)?$", re.I)


def shares_subject(text: str, prev_end: int, start: int, mentions: list[ActorMention], off: int) -> bool:
    """A verb coordinated with the one before it, with no subject of its own ("rammed and boarded",
    ", seizing rifles and injuring sailors", "denunció ... y pidió"): it shares that verb's subject."""
    gap = text[prev_end:start]
    if not _SHARED.search(gap) or re.search(r"\b(?:said|says|that|que|что|who|which|when|cuando|когда)\b", gap, re.I):
        return False
    tail = _SHARED.search(gap)
    cut = prev_end + tail.start()
    # an actor named right before the "and" is the subject of the second verb only with no object between
    return not any(cut <= m.start - off < start for m in mentions)


def _bucket(
    text: str, trig: Trigger, s: int, prefix: str, passive: bool,
    sources: list[ActorMention], targets: list[ActorMention], located: list[ActorMention], e: int = 0,
) -> list[ActorMention]:
    if s < trig.start:
        if _OFF_PLACE.search(prefix) or _FLAG.match(text, e) or _FLAG_BEFORE.search(prefix):
            # "a vessel off Venezuela", "a Hong Kong-flagged ship": where, or whose flag, not who acts
            return located  # "a strike on a vessel off Venezuela killed ...": where, not who
        prep = TARGET_PREP.search(prefix)
        if prep and prep.group().startswith("a ") and _language(text) == "en":
            prep = None  # "when a Chinese boat rammed ...": the English article, not the Spanish "a"
        if not prep and _language(text) == "ru" and oblique(text[s:e]):
            return targets  # "направил письма Владимиру Путину": a dative, not the subject
        is_source = not (prep or passive) or bool(_AGENT_PREP.search(prefix))
        return sources if is_source else targets
    if passive and _AGENT_PREP.search(text[trig.end : s]):
        return sources
    if e and _FLAG.match(text, e):
        return []  # "shots at the Palau-flagged cargo ship": its flag, neither target nor place of the act
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
    if coordinated and _BETWEEN.search(text, 0, ordered[0].start - off):
        return [targets]  # "mediated between Russia and Ukraine": one act with both sides
    return [[t] for t in targets] if coordinated else [targets]


_BETWEEN = re.compile(r"(?<!\w)(?:between|entre|между)\s+(?:the\s+)?$", re.I)


_AFTER_COMMA_AND = re.compile(r",\s*(?:and|y|и)\s+(?:also\s+|later\s+|then\s+|también\s+|также\s+)?$", re.I)
_AFTER_AND = re.compile(r"\b(?:and|y|и)\s+(?:also\s+|later\s+|then\s+|también\s+|также\s+)?$", re.I)
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
_NOUN_SUBJECT = re.compile(r"\s*(?:a|an|the|this|these|those|one|un|una|uno|unos|unas|el|la|los|las|один|одна|одно|одним)\s", re.I)


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
    command = re.match(r"(?:order|direct|instruct|command|orden|приказ|распорядил)", trig.text, re.I)
    if lo and (trig.category in _SPEECH_ACTS or command) and _AFTER_AND.search(text, 0, trig.start):
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


# --- subjects the clause does not name ----------------------------------------------------------------

# an official body named without its country ("the Department of Foreign Affairs", "la Cancillería", "МИД")
BODY = {
    "en": re.compile(
        r"\b(?:department|ministry|secretary|minister) of\b|\b(?:foreign|defen[cs]e|interior|state|justice|finance)\s+"
        r"(?:ministry|department|minister|secretary|office)|\b(?:coast ?guard|navy|military|armed forces|army|government|"
        r"officials?|authorities|police|congress|parliament|lawmakers|legislators|senators|spokes(?:man|woman|person)|"
        r"administration|prosecutors|embassy|cabinet|members of congress)\b", re.I),
    "es": re.compile(
        r"(?<!\w)(?:ministerio|ministr[oa]|canciller(?:ía)?|gobierno|guardia costera|(?<!banda )(?<!bandas )(?<!pandilla )armada|ejército|fuerzas armadas|"
        r"autoridades|funcionarios|portavoz|legisladores|congreso|senadores|embajada|fiscal\w*|policía)(?!\w)", re.I),
    "ru": re.compile(
        r"(?<!\w)(?:МИД|министерств\w*|министр\w*|правительств\w*|власт\w*|береговая охрана|ВМС|военн\w+|"
        r"представител\w*|официальн\w+|депутат\w*|посольств\w*|прокуратур\w*|полици\w*)(?!\w)", re.I),
}
NO_SUBJECT = re.compile(
    r"(?:(?:también|además|luego|después|asimismo|ya|y|e|también|se|le|les|también|также|тоже|кроме того|затем|"
    r"позже|позднее|ранее|и|а|он|она|они|él|ella|ellos)[\s,]*)*", re.I)


def plural_subject(sources: Sequence[Any], kinds: dict[tuple[str, str | None], str]) -> bool:
    """A subject named in the plural ("Houthis"); country names ending in -s ("Philippines") are singular."""
    if not sources:
        return False
    name, kind = sources[0].name, kinds.get((sources[0].name, sources[0].country), "country")
    # the phrase's head decides: "Members of the Kenyan parliament", "Association of African Jurists"
    name = re.split(r"\s+(?:from|of|in|to|working for|serving)\s+", name, maxsplit=1)[0]
    return (kind not in {"country", "person"} and bool(re.search(r"[^s]s$|men$", name))
            and not re.search(r"(?:Nations|States|Emirates|Islands|Affairs|News|Times)$", name))


def main_country(text: str, sentences: list[Sentence], mentions: list[ActorMention],
                 places: list[PlaceMention], dateline_re: re.Pattern[str]) -> str | None:
    """The country an article is about: the one of its dateline's place ("MANILA —"), else the country its
    actors name most often."""
    first = next((s for s in sentences if not s.furniture), None)
    dateline = dateline_re.match(first.text) if first else None
    if dateline:
        end = first.start + dateline.end()
        for p in places:
            if first.start <= p.start < end and p.place.country:
                return p.place.country
    counts: dict[str, int] = {}
    for m in mentions:
        if m.actor.country:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def body_country(targets: list[ActorMention], mentions: list[ActorMention], places: list[PlaceMention],
                 main: str | None) -> str | None:
    """The country of an unnamed official body: the one the sentence names other than its target's, else
    the article's main country."""
    taken = {m.actor.country for m in targets}
    named = [m.actor.country for m in mentions if m.actor.country and m.actor.country not in taken]
    named += [p.place.country for p in places if p.place.country and p.place.kind in {"city", "country"}
              and p.place.country not in taken]
    return named[0] if named else main


def own_state(target: Any, sources: Sequence[Any], kinds: dict[tuple[str, str | None], str]) -> bool:
    """A target that is the state of its source (the Kremlin "accusing Moscow"): not named in a label."""
    return (kinds.get((target.name, target.country), "country") in {"country", "government"}
            and any(a.country == target.country for a in sources))


def without_own_country(groups: list[tuple[Any, ...]], sources: Sequence[Any],
                        kinds: dict[tuple[str, str | None], str]) -> list[tuple[Any, ...]]:
    """The target groups without the source's own country ("Yemen's Houthis seized a ship", "Gil denounced a
    threat to Venezuelan sovereignty"): a state is rarely the object of its own people's act, and naming it
    only repeats the subject's nationality. Other bodies of the same state stay (Congress asking the White
    House), and so does the state an armed group fights ("the PKK demanded that the Turkish government ...")."""
    home = {a.country for a in sources if a.country and kinds.get((a.name, a.country)) != "armed_group"}
    kept = [tuple(t for t in g if not (t.country in home and kinds.get((t.name, t.country), "country") == "country"))
            for g in groups]
    kept = [g for g in kept if g] or [()]
    return list(dict.fromkeys(kept))


def coordinated(text: str, off: int, src_m: Sequence[ActorMention]) -> list[ActorMention] | None:
    """Two subjects of different countries joined by "and" ("Japan and the Philippines", "Филиппины и
    Китай"), else None."""
    if len(src_m) < 2 or src_m[0].actor.country == src_m[1].actor.country:
        return None
    listed = [src_m[0]]  # "Burkina Faso, Mali and Niger": a list, its last two joined by "and"
    for a, b in zip(src_m, src_m[1:], strict=False):
        gap = text[a.end - off : b.start - off]
        if b.actor.country in {m.actor.country for m in listed}:
            break
        if re.fullmatch(r"\s*,?\s*(?:and|y|e|и)\s+(?:the\s+)?", gap, re.I):
            return [*listed, b]
        if not re.fullmatch(r"\s*,\s*(?:the\s+)?", gap):
            break
        listed.append(b)
    return None


def last_named(mentions: Sequence[ActorMention], off: int, lo: int, hi: int,
               own: set[tuple[str, str | None]]) -> ActorMention | None:
    """The actor named last between `lo` and `hi` other than the subject (`own`: name, country): what "it"
    stands for in "the ministry said Japan had ... and told it to"."""
    return next((m for m in reversed(mentions) if lo <= m.start - off < hi and (m.actor.name, m.actor.country) not in own),
                None)


_RELATIVE_WHO = re.compile(r",?\s*\b(?:who|quien|quienes|который|которая|которые)\s*$", re.I)


def antecedent(text: str, off: int, clause_start: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The actor a relative "who" at the start of a clause refers to ("Velásquez, who met ..."), if named
    right before it."""
    rel = _RELATIVE_WHO.search(text, 0, clause_start)
    if not rel:
        return None
    return next((m for m in reversed(mentions) if 0 <= rel.start() - (m.end - off) <= 2), None)
