"""Events: who did what to whom, where and when, with the evidence.

`extract_events(article)` cuts the article into sentences (page furniture dropped), finds triggers
(categories.py), and for each kept trigger assembles an Event: source and target actors by position and
preposition, the date expression governing the trigger's clause (else the publication date, marked
date_source="published"), the place named in the clause (else the place the event implies, marked
inferred), attribution and mode (attribution.py), named ships (vessels.py) and a headline label
(summaries.py). A trigger coordinated with several targets ("from Putin and Xi") gives one event each.

A reported clause ("X said on Tuesday that its navy struck a vessel on Monday") has its own date and
subject (roles.framed_roles); a year naming a thing ("its 1951 Mutual Defense Treaty") is never an event
date (eventdates.py). Article context fills what a clause leaves open: a use of force with no domain words
takes the domain of the last one told, a naval event with no place named is put on the sea the article
last named, and an event noun told again with "the" ("which unit carried out the attack") is no new event.
An official body named without its country ("the Department of Foreign Affairs") acts for the country the
sentence names, else the article's main country (roles.body_country); a verb coordinated with the one before
it ("rammed and boarded") and a Spanish or Russian verb without a subject keep the subject told before.

Every label is English, whatever the article's language (glosses.py; the original sentence is the event's
evidence). An event noun with no verb making it happen and no date of its own ("since Russia's full-scale
invasion", "под американскими санкциями") is background, not a development (eventnouns.topic_noun). An
object pronoun ("urged it to withdraw") stands for the target of the clause before, else the actor named
last, and only after verbs addressed to someone (not "fight it", "ordered it to sail").
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from geotimeline import actors as _actors_module
from geotimeline import gazetteer as _gazetteer_module
from geotimeline import temporal as _temporal_module
from geotimeline.actors import ActorMention
from geotimeline.arguments import read_arguments
from geotimeline.articles import Article
from geotimeline.attribution import Attribution, attribute, find_reports, mode_of
from geotimeline.categories import (
    CATEGORIES_FORCE,
    Trigger,
    adjust_for_intent,
    domain_of,
    find_triggers,
    territorial_claim,
)
from geotimeline.clauses import BOUNDARY, clause_end_before, clause_start_after
from geotimeline.document import add_layer, annotate
from geotimeline.eventdates import governing_timex, names_a_thing, one_per_listed_date, relative_to_lead
from geotimeline.eventnouns import anaphoric, attributive, media_release, noun_form, told_again, topic_noun
from geotimeline.eventplaces import (
    article_sea,
    inferred_place,
    maritime,
    named_place,
    own_country,
    search_at_sea,
    whole_country,
)
from geotimeline.eventrecords import CATEGORIES as CATEGORIES  # re-exported: the records' old home
from geotimeline.eventrecords import DOMAINS as DOMAINS
from geotimeline.eventrecords import MODES as MODES
from geotimeline.eventrecords import Event, EventActor
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.glosses import english_label
from geotimeline.limits import MAX_SENTENCE_CHARS, check_length
from geotimeline.limits import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # re-exported
from geotimeline.people import may_introduce
from geotimeline.position import incident_place
from geotimeline.predicates import lemma_triggers, may_have_trigger, merge_triggers, without_doers
from geotimeline.reportshape import DATELINE, all_capitals, dateline_end, incident_report
from geotimeline.roles import (
    BODY,
    NO_SUBJECT,
    after_target_preposition,
    body_country,
    coordinated,
    framed_roles,
    is_event_noun,
    is_passive,
    last_named,
    main_country,
    own_state,
    plural_subject,
    shares_subject,
    split_targets,
    without_own_country,
)
from geotimeline.roles import (
    antecedent as relative_antecedent,
)
from geotimeline.sentences import Sentence, split_sentences
from geotimeline.sentencetree import (
    claim,
    dated_by_tree,
    heading,
    in_clause,
    made_to_happen,
    own_clause,
    vessel_spans,
)
from geotimeline.summaries import name_the_act, own_verb, short_name, subject_phrase, summarize
from geotimeline.temporal import Timex
from geotimeline.vessels import find_vessels, flag_country, one_act_per_vessel

log = logging.getLogger(__name__)



# --- the sibling modules, called defensively (they may still be stubs) --------------------------------


def _call(module: object, name: str, *args: object) -> object:
    fn = getattr(module, name, None)
    if fn is None:
        return None
    try:
        return fn(*args)
    except NotImplementedError:
        log.debug("%s.%s is not implemented yet", getattr(module, "__name__", module), name)
        return None
    except Exception:  # a fault in one tagger must not cost the article all its events
        log.warning("%s.%s failed; going on without it", getattr(module, "__name__", module), name, exc_info=True)
        return None


def _find_timexes(text: str, published: date, language: str) -> list[Timex]:
    return list(_call(_temporal_module, "find_timexes", text, published, language) or [])


def _find_actors(text: str, language: str) -> list[ActorMention]:
    return list(_call(_actors_module, "find_actors", text, language) or [])


def _find_places(text: str, language: str, context_countries: tuple[str, ...]) -> list[PlaceMention]:
    return list(_call(_gazetteer_module, "find_places", text, language, context_countries) or [])


def _capital_of(iso3: str) -> Place | None:
    return _call(_gazetteer_module, "capital_of", iso3)  # type: ignore[return-value]


def _country_place(iso3: str) -> Place | None:
    return _call(_gazetteer_module, "country_place", iso3)  # type: ignore[return-value]


# --- extraction ---------------------------------------------------------------------------------------

_COORDINATED = re.compile(r"(?:,|\band\b|\bи\b|\by\b)\s*(?:\w+\s+){0,2}$", re.I)
_ANAPHORIC_START = re.compile(r"^(?:he|she|they|it|this|these|the letter|the message|the appeal|он|она|они|это|él|ella|ellos)\b", re.I)
_NOUN_USE = re.compile(r"(?:\b(?:a|an|the|of|out|conduct|conducted|conducting|launch|launched|new|more|several|\d+)|number of|series of)\s+$", re.I)
_LIGHT_VERB = re.compile(r"\b(conduct|carr(?:y|ied|ies|ying) out|launch|stag(?:e|ed|es|ing)|hold|held|mount)\w*\s+(?:(?:a|an|the|new|more|several|number|series|of|\d+)\s+){0,4}$", re.I)
_LIGHT_VERBS = {"cond": ("conducts", "conduct"), "carr": ("carries out", "carry out"), "laun": ("launches", "launch"),
                "stag": ("stages", "stage"), "hold": ("holds", "hold"), "held": ("holds", "hold"), "moun": ("mounts", "mount")}
_PERSONAL_PRONOUN = re.compile(r"(?:he|she|он|она|él|ella)\b", re.I)
_NOUN_HEADLINES = {"REQUEST": ("makes", "make"), "AGREE": ("reaches", "reach"), "ASSAULT": ("carries out", "carry out"), "MOBILIZE": ("holds", "hold"), "CONSULT": ("holds", "hold")}
_PRONOUN_OBJECT = {"en": re.compile(r"\s+(?:it|them|him|her)\b", re.I),
                   "es": re.compile(r"(?!x)x"), "ru": re.compile(r"\s+(?:его|её|ее|их|им|ему|ей)(?!\w)", re.I)}
# events whose object pronoun stands for an actor ("urged it", "accused them"), not for a thing ("fight it")
_TO_WHOM = frozenset({"REQUEST", "ACCUSE", "THREATEN", "CONSULT", "SUPPORT", "SANCTION"})
_SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "PROTEST"})
_FORCE_NOUN = re.compile(r"(?<!\w)(?:strike|attack|raid|bombing|ataque|bombardeo|удар|атак)\w*", re.I)  # the act as subject
_RELATION = re.compile(r"\b(?:follows?|followed|following|after|before|amid|since|ahead of|despite|during|over|of)\s+"
                       r"(?:(?:the|a|an|two|three|four|five|several|\d+)\s+)?$", re.I)

_FORCE_DOMAINS = frozenset({"naval", "air", "land"})
_INHERIT_DOMAIN = frozenset({"ASSAULT", "COERCE"})
_AT_SEA = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"})

@dataclass(slots=True)
class _Context:
    article: Article
    language: str
    published: date | None
    timexes: list[Timex]
    mentions: list[ActorMention]
    places: list[PlaceMention]
    last_sources: tuple[EventActor, ...] = ()
    last_paragraph: int = -1
    last_person: EventActor | None = None
    kinds: dict[tuple[str, str | None], str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)  # categories of the events told so far
    force_domain: str | None = None  # naval/air/land of the last use of force told ("the attack" after it)
    force_sources: tuple[EventActor, ...] = ()  # who carried out the last attack told with a named attacker
    seas: list[PlaceMention] = field(default_factory=list)  # seas, gulfs, straits and oceans the article names
    main_country: str | None = None  # the country the article is about: its dateline's, else the most named
    lead: date | None = None  # the date of the first event told: "two days after ..." counts from it
    incident: Place | None = None  # where a report with a written position puts its incident (position.py)
    incident_day: Timex | None = None  # that report's first day-level date
    doc: object | None = None  # the parsed article (geotimeline.document), where its language has a parser
    surface: dict[int, list] = field(default_factory=dict)  # a sentence's start -> its lexicon triggers


def extract_events(article: Article) -> list[Event]:
    """The events of one article, in text order. Raises InputError for an article over MAX_TEXT_CHARS."""
    check_length(article)
    language = (article.language or "en").split("-")[0].casefold()
    text = article.text
    sentences = split_sentences(text)
    title = article.title.strip()
    # a headline repeated as the text's first line is not a second report; but a "title" that is the only
    # sentence (a pasted sentence, whose first line became its title) is the report itself
    if title and len(sentences) > 1:
        sentences = [s for s in sentences if s.text.strip() != title]
    timexes = _find_timexes(text, article.published, language) if article.published else []
    if not article.published:
        # no reference date: keep only expressions that name their year
        timexes = [t for t in _find_timexes(text, date(2000, 1, 1), language) if re.search(r"\d{4}", t.text)]
    mentions = _find_actors(text, language)
    countries = tuple(dict.fromkeys(m.actor.country for m in mentions if m.actor.country))
    places = _find_places(text, language, countries)
    timexes, mentions, places = (sorted(x, key=_start) for x in (timexes, mentions, places))
    ctx = _Context(article, language, article.published, timexes, mentions, places)
    ctx.surface = {s.start: find_triggers(s.text, language) for s in sentences
                   if not s.furniture and len(s.text) <= MAX_SENTENCE_CHARS}
    # only the sentences that can tell an event are parsed: a lexicon trigger, or a word that may be a trigger verb
    # parsed: the sentences that can tell an event or introduce a person (the rest is blanked, offsets kept)
    ctx.doc = annotate(text, language, [(s.start + dateline_end(s.text), s.end) for s in sentences
                                        if s.start in ctx.surface and (ctx.surface[s.start] or may_have_trigger(s.text, language)
                                        or may_introduce(s.text, s.start, _within(mentions, s.start, s.end)))])
    if incident_report(text):  # one incident: its written place and its day are every act's
        ctx.incident = incident_place(text, language)
        ctx.incident_day = next((t for t in timexes if t.type in ("DATE", "TIME") and t.granularity == "day"
                                 and t.start_date is not None), None)
    if ctx.doc is not None:  # our layers as spans on the parsed document
        add_layer(ctx.doc, "actors", mentions)
        add_layer(ctx.doc, "places", places)
        add_layer(ctx.doc, "timexes", timexes)
    ctx.kinds.update(((m.actor.name, m.actor.country), m.actor.kind) for m in mentions)
    furniture = [(s.start, s.end) for s in sentences if s.furniture]
    ctx.seas = [p for p in places if maritime(p.place) and not any(a <= p.start < b for a, b in furniture)]
    if title:  # the headline comes before everything
        ctx.seas[:0] = [PlaceMention(p.text, -1, -1, p.place) for p in _find_places(title, language, countries)
                        if maritime(p.place)]
    title_domain = domain_of("ASSAULT", title) if title else "other"
    ctx.force_domain = title_domain if title_domain in _FORCE_DOMAINS else None
    ctx.main_country = main_country(text, sentences, mentions, places, DATELINE)
    events: list[Event] = []
    run_on = [s for s in sentences if len(s.text) > MAX_SENTENCE_CHARS and not s.furniture]
    if run_on:
        log.warning("%s: %d run-on sentence(s) over %s characters (the first at character %s) left out of event "
                    "extraction", article.source or article.id, len(run_on), f"{MAX_SENTENCE_CHARS:,}",
                    f"{run_on[0].start:,}")
    for sentence, attribution in zip(sentences, attribute(sentences, language), strict=True):
        if sentence.furniture or len(sentence.text) > MAX_SENTENCE_CHARS:
            continue
        events.extend(_sentence_events(sentence, attribution, ctx))
        if ctx.lead is None and events:
            ctx.lead = events[0].start
    return one_act_per_vessel(events)




def _within(items: list, start: int, end: int) -> list:
    """The items (sorted by start, as _Context keeps them) lying inside [start, end): a binary search, so that a long
    article's sentences do not each scan all its names and dates."""
    out = []
    for m in items[bisect_left(items, start, key=_start) :]:
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def _start(item: object) -> int:
    return item.start  # type: ignore[attr-defined]


def _select_triggers(text: str, triggers: list[Trigger]) -> list[Trigger]:
    kept: list[Trigger] = []
    for t in triggers:
        if not kept:
            kept.append(t)
            continue
        between = text[kept[-1].end : t.start]
        if BOUNDARY.search(between) or (t.verbal and t.category != kept[-1].category and _COORDINATED.search(between)
                                         and not _NOUN_USE.search(text[: t.start])):
            kept.append(t)
    return kept


def _sentence_events(sentence: Sentence, attribution: Attribution | None, ctx: _Context) -> list[Event]:
    text = sentence.text
    if ctx.last_paragraph != sentence.paragraph and sentence.paragraph - ctx.last_paragraph > 1:
        ctx.last_sources = ()
    triggers = ctx.surface.get(sentence.start)
    if triggers is None:
        triggers = find_triggers(text, ctx.language)
    if ctx.doc is not None:  # verbs found by their lemma in the parse ("arrived", "boarded", "fired upon")
        triggers = without_doers(ctx.doc, sentence.start,
                                 merge_triggers(triggers, lemma_triggers(ctx.doc, sentence.start, sentence.end)))
    noun_dates = [(t.start - sentence.start, t.end - sentence.start) for t in _within(ctx.timexes, sentence.start, sentence.end)
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
    kept = _select_triggers(text, triggers)
    if ctx.doc is not None:  # a verb with a subject of its own heads its own clause ("..., a day after Russia warned")
        kept = sorted({*kept, *(t for t in triggers if own_clause(ctx.doc, sentence.start, t, triggers))},
                      key=lambda t: t.start)
    off = sentence.start
    skip = (off + attribution.start, off + attribution.end) if attribution and attribution.end > attribution.start else (0, 0)
    dateline = DATELINE.match(text)  # "WASHINGTON (AP) — ": where the story was filed, not who acted
    first_char = off + (dateline.end() if dateline else 0)
    triggers = [t for t in triggers if t.start >= first_char - off]
    mentions = [m for m in _within(ctx.mentions, first_char, sentence.end) if not (skip[0] <= m.start < skip[1])
                and not heading(ctx.article.text, m)]
    timexes = [t for t in _within(ctx.timexes, first_char, sentence.end)  # "WASHINGTON, Dec 11 -": when filed
               if not (skip[0] <= t.start < skip[1]) and t.type in {"DATE", "TIME"} and (t.start_date or t.end_date)
               and not names_a_thing(ctx.article.text, t, ctx.language)]
    places = [p for p in _within(ctx.places, first_char, sentence.end) if not (skip[0] <= p.start < skip[1])]
    vessels_all = find_vessels(text)
    ship_spans = vessel_spans(text, off, [v for v in vessels_all if v.casefold() not in {m.text.casefold() for m in mentions}])
    reports = find_reports(text, ctx.language) if kept else []
    date_spans = [(t.start - off, t.end - off) for t in timexes]
    events: list[Event] = []
    first_clause_start = 0
    prev_sources: tuple[EventActor, ...] | None = None  # the subject of the previous clause of this sentence
    prev_phrase: str | None = None  # its noun phrase, when no actor is named
    prev_targets: tuple[EventActor, ...] = ()  # the target of the previous clause (what "it" stands for)
    for i, trig in enumerate(kept):
        clause_start = 0 if i == 0 else clause_start_after(text, kept[i - 1].end, trig.start)
        clause_end = clause_end_before(text, trig.end, kept[i + 1].start if i + 1 < len(kept) else None)
        if i == 0:
            first_clause_start = clause_start
        before = text[clause_start : trig.start]
        category = adjust_for_intent(trig.category, before, ctx.language)
        # "X said on Tuesday that its navy struck ...": the reported clause has its own date and subject
        lo, hi, src_m, tgt_m, every_target, reporter = framed_roles(text, off, kept, i, clause_start, clause_end, mentions,
                                                           reports, date_spans)
        args = (read_arguments(ctx.doc, off + trig.start, off + trig.end, mentions, ship_spans)
                if ctx.doc is not None else None)
        if args is not None:  # a parsed language: who did what to whom from the tree alone, never by word position
            if args.has_subject or args.passive:  # the parse found no subject at all: the surface reading stands
                src_m, reporter = list(args.sources), False
            tgt_m, every_target = list(args.targets), list(args.targets)  # never a country named nearby
            ctx.kinds.update({(m.actor.name, m.actor.country): m.actor.kind for m in args.sources
                              if (m.actor.name, m.actor.country) not in ctx.kinds})
        sources = tuple(EventActor(m.actor.name, m.actor.country, "source") for m in src_m)
        targets = tuple(EventActor(m.actor.name, m.actor.country, "target") for m in tgt_m)
        local = clause_start_after(text, clause_start, trig.start)  # ", who met ...": the trigger's own clause
        antecedent = relative_antecedent(text, off, local, mentions)
        if args is not None and args.sources:
            pass
        elif args is not None and not sources and args.pronoun_subject:  # "he", "they": the one told before
            personal = args.pronoun_subject in ("he", "she")  # a person: never a state told before
            sources = ((ctx.last_person,) if ctx.last_person else ()) if personal else ctx.last_sources
            if {a.country for a in sources if a.country} & {m.actor.country for m in tgt_m}:
                sources = ()  # "they called on China": "they" are not China
        elif args is not None and args.has_subject and not args.pronoun_subject:
            pass
        elif antecedent is not None:  # "Transport Minister Ramón Velásquez, who met ...": who acts is named before "who"
            sources = (EventActor(antecedent.actor.name, antecedent.actor.country, "source"),)
        elif i > 0 and prev_sources is not None and not reporter and (not sources or all(m.start - off < clause_start for m in src_m)):
            # "..., and handed him a note": a verb sharing the subject of the clause before it
            sources = prev_sources
        elif (i > 0 and prev_sources and not reporter and trig.verbal and kept[i - 1].verbal
              and shares_subject(text, kept[i - 1].end, trig.start, mentions, off)):
            sources = prev_sources  # "rammed and boarded ..., seizing rifles and injuring sailors": one subject
        elif not sources and _ANAPHORIC_START.search(text[clause_start:].lstrip()):
            personal = _PERSONAL_PRONOUN.match(text[clause_start:].lstrip())
            sources = (ctx.last_person,) if personal and ctx.last_person else ctx.last_sources
        elif not sources and ctx.language != "en" and NO_SUBJECT.fullmatch(text[max(clause_start, lo if lo <= trig.start else 0) : trig.start].strip()):
            sources = ctx.last_sources  # "También advirtió que ...", "Также призвал ...": the subject told before
        passive = args.passive if args is not None else is_passive(text, trig, local)
        hull = flag_country(text[max(local, lo if lo <= trig.start else 0) : trig.start]) if not sources and not passive else None
        if hull:  # "the destroyer USS Gravely arrived in ...": the ship's state acts, not the place it reaches
            sources = (EventActor(_actors_module.country_name(hull), hull, "source"),)
            ctx.kinds.setdefault((sources[0].name, hull), "country")
        if not sources and not passive:
            # "the Department of Foreign Affairs summoned ...", "la Cancillería pidió ...": a body of the country
            # named in the sentence, else of the article's main country
            body = BODY.get(ctx.language, BODY["en"]).search(text, max(local, lo if lo <= trig.start else 0), trig.start)
            country = body_country(tgt_m, mentions, places, ctx.main_country) if body else None
            if args is not None and args.has_subject:  # the parse knows the subject: a body of the article's country
                said = args.subject_body  # "the ministry", not "lawmakers" or "the military-led nations"
                seat = next((p.place.country for p in places if p.text in (args.subject_text or "")), None)  # "in Oslo"
                country = seat or ctx.main_country
                country = country if said and country not in {m.actor.country for m in tgt_m} else None
            if country:
                sources = (EventActor(_actors_module.country_name(country), country, "source"),)
                ctx.kinds.setdefault((sources[0].name, country), "country")
        if not sources and category == "ASSAULT" and not (args is not None and args.has_subject) and (is_passive(text, trig, local) or not trig.verbal or is_event_noun(trig)
                                                      or _FORCE_NOUN.search(text[local : trig.start])):
            sources = ctx.force_sources  # "the first attack, on Tuesday, killed two": the attacker told before
        mode = mode_of(before, text, attribution is not None, ctx.language, trig.text)
        claimed = claim(args, attribution)
        ev_attribution = attribution
        if claimed is not None:
            ev_attribution, mode = claimed[0], (claimed[1] if mode in ("asserted", "reported") else mode)
        own_dates = [t for t in timexes if lo <= t.start - off and t.end - off <= hi]
        mine: list[Timex] = []
        if ctx.doc is not None:  # the dates the tree attaches to this word; else those no other verb claims
            mine, own_dates = dated_by_tree(ctx.doc, own_dates, off + trig.start, off + trig.end)
        timex = (min(mine, key=lambda t: abs(t.start - off - trig.start)) if mine else None) or (
            governing_timex(own_dates, off, trig, local, clause_end, first_clause_start)
            or relative_to_lead(_within(ctx.timexes, first_char, sentence.end), text, off, trig, ctx.lead))
        if timex is None and ctx.incident is not None:
            timex = ctx.incident_day  # an incident report tells one incident: its day, told once, is every act's
        joined = ([m.end() for m in re.finditer(r"(?<!\w)(?:and|y|e|и)(?!\w)", text[kept[i - 1].end : trig.start])]
                  if i and category in _SAID else [])
        # "осудила удары в Карибском море и призвала ...": a place before the "and" is the first verb's, and a
        # statement joined to it is not made there (a second act, "and injured sailors", shares it)
        clause_places = places if ctx.doc is None else [
            p for p in places if in_clause(ctx.doc, p.start, off + trig.start, off + trig.end)]
        place = named_place(clause_places, text, off, trig, max(local, kept[i - 1].end + joined[-1]) if joined else local,
                            clause_end, category, sources) or whole_country(text[local:clause_end], ctx.language, sources,
                                                                ctx.main_country, _country_place)
        vessels = tuple(v for v in vessels_all if v in find_vessels(text[clause_start:clause_end])) or (
            tuple(vessels_all) if len(kept) == 1 else ()
        )
        headline, base = trig.headline, trig.base
        light = _LIGHT_VERB.search(text[clause_start : trig.start])
        if light:
            verb, verb_base = _LIGHT_VERBS[light.group(1).casefold()[:4]]
            headline, base = f"{verb} {trig.text.casefold()}", f"{verb_base} {trig.text.casefold()}"
        elif ctx.language == "en" and (imposed := re.match(r"impos(?:e|ed|es|ing)\s+(.+)", trig.text, re.I | re.S)):
            # "imposed sanctions on three officials": the verb and its noun, not "sanctions on ..."
            headline, base = f"imposes {imposed.group(1).casefold()}", f"impose {imposed.group(1).casefold()}"
        elif (ctx.language == "en" and _NOUN_USE.search(text[: trig.start]) and category in _NOUN_HEADLINES
              and not trig.text.casefold().startswith("visit")):
            verb, verb_base = _NOUN_HEADLINES[category]
            headline, base = f"{verb} {trig.text.casefold()}", f"{verb_base} {trig.text.casefold()}"
        groups = [tuple(EventActor(m.actor.name, m.actor.country, "target") for m in g)
                  for g in split_targets(text, off, tgt_m, every_target)]
        command = re.match(r"(?:order|direct|instruct|command)", trig.text, re.I)  # "ordered it to leave": a ship
        if not tgt_m and trig.category in _TO_WHOM and not command and (_PRONOUN_OBJECT.get(ctx.language, _PRONOUN_OBJECT["en"]).match(text, trig.end)
                          or ctx.language == "es" and re.search(r"(?<!\w)(?:le|les|lo|la|los|las)\s+$", text[: trig.start])):
            # "warned the Philippines and urged it to withdraw": the pronoun is the one named last, not the subject
            last = last_named(mentions, off, local, trig.start, {(a.name, a.country) for a in sources})
            ref = prev_targets or ((EventActor(last.actor.name, last.actor.country, "target"),) if last else ())
            groups = [tuple(EventActor(a.name, a.country, "target") for a in ref)] if ref else groups
        groups = without_own_country(groups, sources, ctx.kinds)
        prev_sources, prev_targets = sources, groups[0]
        if not sources and not targets and place is None and not (ctx.incident is not None and category in _AT_SEA) and not (
                args is not None and trig.verbal and (args.agentive and not args.pronoun_subject or category in CATEGORIES_FORCE
                and (args.has_subject or args.passive and args.has_object or ctx.incident is not None))):
            continue  # nobody and nowhere: a generic use of the word ("seek treatment"), not a development
        subject_start = max(local, lo) if lo <= trig.start else local
        noun = is_event_noun(trig) or bool(re.search(r"(?:tions?|ments?|ances?|ures?)$", trig.text, re.I))
        patient = args.patient_text if args is not None and trig.verbal and passive else None
        if sources and not passive:
            phrase = None
        elif patient:  # a passive told by what was done to, as the tree has it ("Three crew members were killed")
            phrase = subject_phrase(patient, ctx.language) or patient
        elif i > 0 and subject_start <= kept[i - 1].end + 1:  # no subject of its own: the one before, if any
            phrase = prev_phrase if shares_subject(text, kept[i - 1].end, trig.start, mentions, off) else None
        else:
            opening = text[subject_start : trig.start]
            for t in timexes:  # "On Tuesday, a strike ...": the date is no part of the subject
                opening = re.sub(rf"(?:\b(?:on|in|at|since|by)\s+)?{re.escape(t.text)}", " ", opening)
            opening = re.sub(r"\s*,\s*(?:,\s*)+", ", ", opening)
            phrase = subject_phrase(opening.rstrip(" ,"), ctx.language)
            if not light and (noun and not trig.verbal or _RELATION.search(opening)):
                phrase, noun = None, True  # "The exercise follows two clashes": a noun, not the subject's verb
        prev_phrase = phrase
        if not sources and not phrase and not noun and not reporter and not passive and not (
                args is not None and args.has_subject) and re.search(
                r"\b(?:who|whom|which|that)\b[^,;]*$", text[local : trig.start], re.I):
            continue  # "people who could have been detained": no one acts and nothing to tell of
        own = (own_verb(trig.text, trig.category, _recognise)
               if ctx.language == "en" and trig.verbal and not noun and not light else None)
        for group in groups:
            ev_place = place or inferred_place(category, trig, sources, group, _capital_of, _country_place,
                                                text[trig.end : clause_end], ctx.language)
            domain = domain_of(category, text[clause_start:clause_end], place.kind if place else None)
            if domain in _FORCE_DOMAINS and category in CATEGORIES_FORCE:
                ctx.force_domain = domain
            elif domain == "other" and category in _INHERIT_DOMAIN and ctx.force_domain:
                domain = ctx.force_domain  # "the unit that carried out the attack", told after a strike at sea
            if place is None and (domain == "naval" and (category in _AT_SEA or own_country(ev_place, sources))
                                  or search_at_sea(text[local:clause_end])):
                # "strikes on boats" in an article about the Caribbean: at sea, not in a country; "the coast
                # guard warned the boats off": at the shoal the article is about, not the coast guard's country
                sea = article_sea(ctx.seas, sentence.start)
                ev_place = sea.as_inferred() if sea else ev_place
            if ctx.incident is not None and category in _AT_SEA | {"THREATEN"}:
                ev_place = ctx.incident  # the position the report writes (checked against the places it names)
            subject = short_name(*_actor_bits(sources[0], ctx.kinds)) if sources else None
            together = coordinated(text, off, src_m) if subject and len(sources) > 1 else None
            if together:  # "Филиппины и Китай достигли ...": both act
                subject = " and ".join(short_name(*_actor_bits(EventActor(m.actor.name, m.actor.country, "source"), ctx.kinds))
                                       for m in together)
            cut_at = ([m.text for m in every_target if (m.actor.name, m.actor.country) not in
                       {(a.name, a.country) for a in group}] if len(groups) > 1 else [])
            home = {a.country for a in sources if a.country}  # "radar systems for Venezuela": a beneficiary
            named = [*group[:1], *(m for m in group[1:3] if m.country not in home)]
            names = list(dict.fromkeys(short_name(*_actor_bits(m, ctx.kinds)) for m in named))
            target_name = (" and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1
                           else names[0]) if names else None  # "asks Putin and Xi for help"
            after = text[trig.end : clause_end]
            twin = next((t for t in triggers if t.category == trig.category and t.start > trig.end
                         and re.fullmatch(r"\s*(?:and|or|y|o|и)\s+", text[trig.end : t.start])), None)
            if twin and twin.end <= clause_end:  # "boarded and seized an oil tanker": the object follows both verbs
                after = text[twin.end : clause_end]
            if noun and ctx.language == "en":
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
            for m in every_target if headline == "asks for" else ():  # "asked Washington for help": the addressee
                if (m.actor.name, m.actor.country) in {(a.name, a.country) for a in group} and re.match(
                        rf"\s*{re.escape(m.text)}\b", after) and m.text[:1].isupper():
                    after = after.replace(m.text, short_name(*_actor_bits(EventActor(m.actor.name, m.actor.country, "target"),
                                                                          ctx.kinds)), 1)
            for t in timexes:  # dates are shown on the timeline, not repeated in the label
                after = re.sub(rf"(?:\b(?:on|in|at|since|by|el|en|desde|в|во|с)\s+)?{re.escape(t.text)}", " ", after)
            if ctx.language != "en":  # one label language for the English interface (glosses.py)
                summary = english_label(
                    subject=subject, plural=plural_subject(sources, ctx.kinds) or together is not None, trigger=trig.text, category=category,
                    lexicon_category=trig.category, language=ctx.language, after=after, before=text[local : trig.start],
                    targets=[short_name(*_actor_bits(m, ctx.kinds)) for m in named if not own_state(m, sources, ctx.kinds)],
                    place=place.name if place else None, mode=mode, passive=passive and not subject,
                    noun=noun_form(trig.text, ctx.language) or is_event_noun(trig), vessels=vessels)
                summary = name_the_act(summary, text, local, trig, vessels, place, ctx.language)
                events.append(_event(sentence, ctx, summary, category, domain, sources, group, ev_place, timex,
                                     ev_attribution, mode, vessels, trig, i))
                continue
            summary = summarize(subject, trig.text, trig.verbal and headline == trig.headline, headline, base,
                                after, mode, cut_at, target_name, ctx.language, phrase=phrase,
                                passive=passive and not subject, own=own, noun=noun and not trig.verbal or
                                noun and ctx.language != "en" or is_event_noun(trig) and not subject and not phrase,
                                plural=plural_subject(sources, ctx.kinds) or together is not None)
            summary = name_the_act(summary, text, local, trig, vessels, place, ctx.language, after)
            events.append(_event(sentence, ctx, summary, category, domain, sources, group, ev_place, timex,
                                 ev_attribution, mode, vessels, trig, i))
    events = one_per_listed_date(events, timexes, text, off)
    ctx.seen.update(e.category for e in events)
    ctx.force_sources = next((tuple(a for a in e.actors if a.role == "source") for e in reversed(events) if e.category
                              == "ASSAULT" and any(a.role == "source" for a in e.actors)), ctx.force_sources)
    if events:
        ctx.last_sources = tuple(a for a in events[-1].actors if a.role == "source") or ctx.last_sources
        ctx.last_paragraph = sentence.paragraph
    for m in mentions:  # the person this sentence is about, for a following "He ..."
        if m.actor.kind == "person" and not after_target_preposition(text[max(0, m.start - off - 40) : m.start - off]):
            ctx.last_person = EventActor(m.actor.name, m.actor.country, "source")
            break
    return events


def _recognise(text: str) -> str | None:
    """The category of an English trigger spanning all of `text`, else None."""
    found = find_triggers(text, "en")
    return found[0].category if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None


def _actor_bits(a: EventActor, kinds: dict[tuple[str, str | None], str]) -> tuple[str, str, str | None]:
    return a.name, kinds.get((a.name, a.country), "country"), a.country


def _event(
    sentence: Sentence, ctx: _Context, summary: str, category: str, domain: str,
    sources: tuple[EventActor, ...], targets: tuple[EventActor, ...], place: Place | None,
    timex: Timex | None, attribution: Attribution | None, mode: str, vessels: tuple[str, ...], trig: Trigger,
    rank: int = 0,
) -> Event:
    if timex is not None:
        start, end, gran = timex.start_date, timex.end_date, timex.granularity or "day"
        date_text, date_source, date_mod, date_value = timex.text, "text", timex.mod, timex.value
    else:
        start = end = ctx.published
        gran, date_text, date_source, date_mod, date_value = "day", None, "published", None, None
    confidence = 0.4 + (0.15 if trig.verbal else 0.0) + (0.15 if sources else 0.0) + (0.1 if targets else 0.0)
    confidence += (0.05 if timex else 0.0) + (0.05 if place and not place.inferred else 0.0)
    confidence -= 0.1 * min(rank, 3)  # later clauses of a sentence are more often asides
    confidence *= {"unclear": 0.5, "hypothetical": 0.75, "denied": 0.8}.get(mode, 1.0)
    return Event(
        summary=summary,
        sentence=sentence.text,
        article=ctx.article.id,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        start=start,
        end=end,
        granularity=gran,
        date_text=date_text,
        date_source=date_source,
        category=category,
        domain=domain,
        actors=(*sources, *targets),
        place=place,
        attributed_to=attribution.source if attribution else None,
        mode=mode,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        date_mod=date_mod,
        date_value=date_value,
        vessels=vessels,
        trigger=trig.text,
    )
