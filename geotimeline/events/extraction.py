"""Events: who did what to whom, where and when, with the evidence.

`extract_events(article)` cuts the article into sentences (page furniture dropped), finds triggers
(categories.py), and for each kept trigger assembles an Event: source and target actors by position and
preposition, the date expression governing the trigger's clause (else the publication date, marked
date_source="published"), the place named in the clause (else the place the event implies, marked
inferred), attribution and mode (attribution.py), named ships (vessels.py) and a headline label
(summaries.py). A trigger coordinated with several targets ("from Putin and Xi") gives one event each.

A reported clause ("X said on Tuesday that its navy struck a vessel on Monday") has its own date and
subject (roles.framed_roles); a year naming a thing ("its 1951 Mutual Defense Treaty") is never an event
date (dates.py). Article context fills what a clause leaves open: a use of force with no domain words
takes the domain of the last one told, a naval event with no place named is put on the sea the article
last named, and an event noun told again with "the" ("which unit carried out the attack") is no new event.
An official body named without its country ("the Department of Foreign Affairs") acts for the country the
sentence names, else the article's main country (roles.body_country); a verb coordinated with the one before
it ("rammed and boarded") and a Spanish or Russian verb without a subject keep the subject told before.

Every label is English, whatever the article's language (glosses.py; the original sentence is the event's
evidence). An event noun with no verb making it happen and no date of its own ("since Russia's full-scale
invasion", "под американскими санкциями") is background, not a development (nouns.topic_noun). An
object pronoun ("urged it to withdraw") stands for the target of the clause before, else the actor named
last, and only after verbs addressed to someone (not "fight it", "ordered it to sail").
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from typing import Any

from geotimeline import actors as _actors_module
from geotimeline.articles import Article
from geotimeline.document import add_layer, annotate
from geotimeline.events.arguments import read_arguments
from geotimeline.events.assembly import make_event
from geotimeline.events.attribution import Attribution, attribute, find_reports, mode_of
from geotimeline.events.categories import (
    CATEGORIES_FORCE,
    adjust_for_intent,
    domain_of,
    find_triggers,
)
from geotimeline.events.clauses import clause_end_before, clause_start_after
from geotimeline.events.context import (
    Context,
    capital_of,
    country_place,
    find_actors,
    find_places,
    find_timexes,
    start_of,
    within,
)
from geotimeline.events.conventions import (
    ON_PLACE,
    crowd_country,
    embassy_owner,
    home_target,
    place_target,
    state_act_country,
)
from geotimeline.events.dates import governing_timex, names_a_thing, one_per_listed_date, relative_to_lead
from geotimeline.events.labelling import actor_bits, headline_of, label
from geotimeline.events.people import may_introduce, unknown_speaker
from geotimeline.events.phrases import subject_person
from geotimeline.events.places import (
    article_sea,
    inferred_place,
    maritime,
    named_place,
    own_country,
    search_at_sea,
    whole_country,
)
from geotimeline.events.predicates import may_have_trigger
from geotimeline.events.records import CATEGORIES as CATEGORIES  # re-exported: the records' old home
from geotimeline.events.records import DOMAINS as DOMAINS
from geotimeline.events.records import MODES as MODES
from geotimeline.events.records import Event, EventActor
from geotimeline.events.reportshape import DATELINE, dateline_end, incident_report
from geotimeline.events.roles import (
    BODY,
    NO_SUBJECT,
    after_target_preposition,
    body_country,
    framed_roles,
    is_event_noun,
    is_passive,
    last_named,
    main_country,
    plural_subject,
    shares_subject,
    split_targets,
    without_own_country,
)
from geotimeline.events.roles import (
    antecedent as relative_antecedent,
)
from geotimeline.events.sentencetree import (
    agent_span,
    claim,
    claimed_by_doer,
    dated_by_tree,
    heading,
    held_one,
    in_clause,
    main_speaker,
    people_act,
    relative_object,
    reported_on,
    trigger_word,
    undergone_parts,
    unit_moves,
    vessel_spans,
)
from geotimeline.events.summaries import short_name, subject_phrase
from geotimeline.events.triggers import sentence_triggers
from geotimeline.events.vessels import find_vessels, flag_country, one_act_per_vessel
from geotimeline.gazetteer import PlaceMention, top_heading_end
from geotimeline.limits import MAX_SENTENCE_CHARS, check_length
from geotimeline.limits import MAX_TEXT_CHARS as MAX_TEXT_CHARS  # re-exported
from geotimeline.position import CUSTODY, incident_place
from geotimeline.sentences import Sentence, split_sentences
from geotimeline.temporal import Timex

log = logging.getLogger(__name__)



# --- extraction ---------------------------------------------------------------------------------------

_ANAPHORIC_START = re.compile(r"^(?:he|she|they|it|this|these|the letter|the message|the appeal|он|она|они|это|él|ella|ellos)\b", re.I)
_PERSONAL_PRONOUN = re.compile(r"(?:he|she|он|она|él|ella)\b", re.I)
_PRONOUN_OBJECT = {"en": re.compile(r"\s+(?:it|them|him|her)\b", re.I),
                   "es": re.compile(r"(?!x)x"), "ru": re.compile(r"\s+(?:его|её|ее|их|им|ему|ей)(?!\w)", re.I)}
# events whose object pronoun stands for an actor ("urged it", "accused them"), not for a thing ("fight it")
_TO_WHOM = frozenset({"REQUEST", "ACCUSE", "THREATEN", "CONSULT", "SUPPORT", "SANCTION"})
_SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "PROTEST"})
_FORCE_NOUN = re.compile(r"(?<!\w)(?:strike|attack|raid|bombing|ataque|bombardeo|удар|атак)\w*", re.I)  # the act as subject
_RELATION = re.compile(r"\b(?:follows?|followed|following|after|before|amid|since|ahead of|despite|during|over|of)\s+"
                       r"(?:(?:the|a|an|two|three|four|five|several|\d+)\s+)?$", re.I)

_FORCE_DOMAINS = frozenset({"naval", "air", "land"})
# a statement of what one would do: "said it would retaliate", "warned that Seoul would respond"
_SAID_WOULD = re.compile(r"\b(?:said|says|warned|warns|told|tells|vowed|vows|stated|added|declared|insisted)\b"
                         r"[^.;]{0,80}\b(?:would|will|'ll)\s+(?:\w+\s+)?$", re.I)
_PLAIN_SUBJECT = re.compile(r"[^\W\d_][^\W\d_' ]*(?: [^\W\d_][^\W\d_'-]*){0,4}")  # words, no number or date
_INHERIT_DOMAIN = frozenset({"ASSAULT", "COERCE"})
_AT_SEA = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"})
_INCIDENT = _AT_SEA | {"THREATEN"}  # what an incident report tells happened at its one place ("fired warning shots")

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
    timexes = find_timexes(text, article.published, language) if article.published else []
    if not article.published:
        # no reference date: keep only expressions that name their year
        timexes = [t for t in find_timexes(text, date(2000, 1, 1), language) if re.search(r"\d{4}", t.text)]
    mentions = find_actors(text, language)
    countries = tuple(dict.fromkeys(m.actor.country for m in mentions if m.actor.country))
    places = find_places(text, language, countries)
    timexes, mentions, places = (sorted(x, key=start_of) for x in (timexes, mentions, places))
    ctx = Context(article, language, article.published, timexes, mentions, places)
    ctx.surface = {s.start: find_triggers(s.text, language) for s in sentences
                   if not s.furniture and len(s.text) <= MAX_SENTENCE_CHARS}
    # only the sentences that can tell an event are parsed: a lexicon trigger, or a word that may be a trigger verb
    # parsed: the sentences that can tell an event or introduce a person (the rest is blanked, offsets kept)
    ctx.doc = annotate(text, language, [(s.start + dateline_end(s.text), s.end) for s in sentences
                                        if s.start in ctx.surface and (ctx.surface[s.start] or may_have_trigger(s.text, language)
                                        or may_introduce(s.text, s.start, within(mentions, s.start, s.end)))])
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
        ctx.seas[:0] = [PlaceMention(p.text, -1, -1, p.place) for p in find_places(title, language, countries)
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
        if ctx.lead_day is None and ctx.published is not None:
            ctx.lead_day = next((t for t in within(ctx.timexes, sentence.start, sentence.end) if t.granularity == "day"
                                 and t.start_date is not None and t.type in ("DATE", "TIME") and t.mod is None
                                 and 0 <= (ctx.published - t.start_date).days <= 7), None) if events else None
    return one_act_per_vessel(events)




# "they are being targeted", "nearly half were assaulted": whoever it was is not the attacker told before
_VAGUE_PATIENT = re.compile(r"(?:\w+\s+)?(?:they|them|we|us|he|she|him|her|it|half|many|most|some|others|all|both|"
                            r"several|dozens|hundreds|thousands)", re.I)
_CROWD = re.compile(r"\b(?:waves?|influx|flood|stream)\s+of\b|\b(?:people|refugees|"
                    r"migrants|passengers|asylum[- ]seekers|families|travell?ers|tourists|pilgrims|workers|students|"
                    r"civilians|residents|evacuees)\b", re.I)


def _state(ctx: Context, iso3: str, role: str) -> EventActor:
    """The state `iso3` as an actor in `role`, known to the labels as a country."""
    actor = EventActor(_actors_module.country_name(iso3), iso3, role)
    ctx.kinds.setdefault((actor.name, iso3), "country")
    return actor


def _complementizer(doc: Any, char: int) -> bool:
    """The word at `char` of the parsed document is a complementizer ("said that ..."), not a relative pronoun."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].dep_ == "mark"


def _sentence_events(sentence: Sentence, attribution: Attribution | None, ctx: Context) -> list[Event]:
    text = sentence.text
    if ctx.last_paragraph != sentence.paragraph and sentence.paragraph - ctx.last_paragraph > 1:
        ctx.last_sources = ()
    triggers, kept = sentence_triggers(sentence, attribution, ctx)
    off = sentence.start
    skip = (off + attribution.start, off + attribution.end) if attribution and attribution.end > attribution.start else (0, 0)
    dateline = DATELINE.match(text)  # "WASHINGTON (AP) — ": where the story was filed, not who acted
    first_char = off + (dateline.end() if dateline else 0)
    triggers = [t for t in triggers if t.start >= first_char - off]
    mentions = [m for m in within(ctx.mentions, first_char, sentence.end) if not (skip[0] <= m.start < skip[1])
                and not heading(ctx.article.text, m)]
    timexes = [t for t in within(ctx.timexes, first_char, sentence.end)  # "WASHINGTON, Dec 11 -": when filed
               if not (skip[0] <= t.start < skip[1]) and t.type in {"DATE", "TIME"} and (t.start_date or t.end_date)
               and not names_a_thing(ctx.article.text, t, ctx.language)]
    places = [p for p in within(ctx.places, first_char, sentence.end) if not (skip[0] <= p.start < skip[1])]
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
        unit = unit_moves(ctx.doc, off, trig) if trig.verbal and ctx.doc is not None else None
        people = people_act(ctx.doc, off, trig) if trig.verbal and ctx.doc is not None and ctx.language == "en" else None
        if category == "CONSULT" and unit is not None:
            category = "MOBILIZE"  # "the carrier arrived in the Caribbean", "a warship visited Port Louis": a port call
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
        elif (i > 0 and prev_sources is not None and not reporter and not (args is not None and args.passive)
              and (not sources or all(m.start - off < clause_start for m in src_m))):
            # "..., and handed him a note": a verb sharing the subject of the clause before it
            sources = prev_sources
        elif (i > 0 and prev_sources and not reporter and trig.verbal and kept[i - 1].verbal
              and shares_subject(text, kept[i - 1].end, trig.start, mentions, off)):
            sources = prev_sources  # "rammed and boarded ..., seizing rifles and injuring sailors": one subject
        elif not sources and _ANAPHORIC_START.search(text[clause_start:].lstrip()) and not (args is not None and args.passive):
            # ("They were ignored": a passive's pronoun is who undergoes it, never the doer told before)
            personal = _PERSONAL_PRONOUN.match(text[clause_start:].lstrip())
            sources = (ctx.last_person,) if personal and ctx.last_person else ctx.last_sources
        elif not sources and ctx.language != "en" and NO_SUBJECT.fullmatch(text[max(clause_start, lo if lo <= trig.start else 0) : trig.start].strip()):
            sources = ctx.last_sources  # "También advirtió que ...", "Также призвал ...": the subject told before
        passive = args.passive if args is not None else is_passive(text, trig, local)
        held_phrase = held_one(ctx.doc, off, trig) if ctx.doc is not None and CUSTODY.search(trig.text) else None
        custody = held_phrase is not None
        if custody:  # "the journalist has been in custody since May": held, told from who is held (never the holder)
            passive, sources = True, ()
        hull = flag_country(text[max(local, lo if lo <= trig.start else 0) : trig.start]) if not sources and not passive else None
        if hull:  # "the destroyer USS Gravely arrived in ...": the ship's state acts, not the place it reaches
            sources = (_state(ctx, hull, "source"),)
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
                sources = (_state(ctx, country, "source"),)
        carried = False
        if not sources and category == "ASSAULT" and not (args is not None and args.has_subject) and (not trig.verbal or is_event_noun(trig)
                                                      or _FORCE_NOUN.search(text[local : trig.start])
                                                      or is_passive(text, trig, local) and not _VAGUE_PATIENT.fullmatch(
                                                          (args.patient_text if args is not None else None) or "x")):
            sources = ctx.force_sources  # "the first attack, on Tuesday, killed two": the attacker told before
            carried = bool(sources) and bool(args is not None and args.passive)  # told doer first, like a "by" agent
        mode = mode_of(before, text, attribution is not None, ctx.language, trig.text)
        if (trig.category == category == "THREATEN" and trig.headline.startswith(("threatens", "warns"))
                and mode in ("hypothetical", "planned") and _SAID_WOULD.search(before)):
            mode = "reported" if attribution is not None else "asserted"  # "said it would retaliate": the threat is made
        if mode == "asserted" and ctx.doc is not None and claimed_by_doer(ctx.doc, off, trig):
            mode = "claimed"  # "the group claimed the attack": its own claim, not an established fact
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
            or relative_to_lead(within(ctx.timexes, first_char, sentence.end), text, off, trig, ctx.lead))
        if timex is None and ctx.doc is not None:  # "the US said Tuesday that it would resume ...": when it was told,
            told = reported_on(ctx.doc, timexes, off + trig.start, off + trig.end)  # and it happened by then
            timex = replace(told, mod="ON_OR_BEFORE") if told is not None and told.mod is None else told
        if timex is None and ctx.incident is not None:
            timex = ctx.incident_day  # an incident report tells one incident: its day, told once, is every act's
        if timex is None and ctx.lead_day is not None:  # told with no date of its own in a story of a recent day:
            # that day or after (its reactions and details follow the lead development, as the story tells them)
            timex = replace(ctx.lead_day, mod="ON_OR_AFTER", text=f"{ctx.lead_day.text} (the story's day)")
        joined = ([m.end() for m in re.finditer(r"(?<!\w)(?:and|y|e|и)(?!\w)", text[kept[i - 1].end : trig.start])]
                  if i and category in _SAID else [])
        # "осудила удары в Карибском море и призвала ...": a place before the "and" is the first verb's, and a
        # statement joined to it is not made there (a second act, "and injured sailors", shares it)
        clause_places = places if ctx.doc is None else [
            p for p in places if in_clause(ctx.doc, p.start, off + trig.start, off + trig.end)]
        place = named_place(clause_places, text, off, trig, max(local, kept[i - 1].end + joined[-1]) if joined else local,
                            clause_end, category, sources) or whole_country(text[local:clause_end], ctx.language, sources,
                                                                ctx.main_country, country_place)
        by_state = False
        crowd = crowd_country(category, sources, place)
        if crowd:  # "thousands blocked streets in Algiers": the people of the place protest (told as written)
            sources = (_state(ctx, crowd, "source"),)
        word = trigger_word(ctx.doc, off, trig) if ctx.doc is not None else None
        nominal = word is not None and word.pos_ == "NOUN"  # "the arrest of five people in Baghdad": no agent told
        held = state_act_country(trig.text, sources, passive or nominal or custody, place, clause_places, text, off,
                                 ctx.main_country if mode in ("asserted", "reported", "claimed") and not nominal else None)
        if held:  # "a missionary was arrested in Lebanon": by that state
            by_state = True
            sources = (_state(ctx, held, "source"),)
        vessels = tuple(v for v in vessels_all if v in find_vessels(text[clause_start:clause_end])) or (
            tuple(vessels_all) if len(kept) == 1 else ()
        )
        headline, base, light = headline_of(text, clause_start, trig, category, ctx.language)
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
        embassy = embassy_owner(mentions, ctx.article.text, off, (clause_start, clause_end), sources)
        if groups == [()] and category in ON_PLACE and embassy is not None:  # "rallied outside the US embassy"
            groups = [(EventActor(embassy.actor.name, embassy.actor.country, "target"),)]
        acted_on = place_target(category, (trig.text, trig.end), sources, place, clause_places, text, off,
                                (clause_start, clause_end), bool(vessels_all), bool(tgt_m),
                                bool(args is not None and args.partners)) if groups == [()] else None
        if acted_on:  # the state a force acts on, a crowd protests to or a visit is paid to, where only a place is named
            groups = [(_state(ctx, acted_on, "target"),)]
        home = home_target(category, sources, args.home_object, clause_places) if (
            groups == [()] and args is not None and not args.passive) else None
        if home:  # "ordered the opposition newspaper to suspend publication": the state acts on its own
            groups = [(_state(ctx, home, "target"),)]
        prev_sources, prev_targets = sources, groups[0]
        if not sources and not targets and place is None and not (ctx.incident is not None and category in _INCIDENT) and not (
                args is not None and trig.verbal and (args.agentive and not args.pronoun_subject or category in CATEGORIES_FORCE
                and (args.has_subject or args.passive and args.has_object or ctx.incident is not None))):
            continue  # nobody and nowhere: a generic use of the word ("seek treatment"), not a development
        if (category == "CONSULT" and args is not None and _CROWD.search(args.subject_text or "")
                and re.match(r"(?:arriv|travel|came|come|flee|fled|reach)", trig.text, re.I)):
            continue  # "another wave of Somalis arrived in Kenya", "70 passengers arrived": people moving, no visit
        subject_start = max(local, lo) if lo <= trig.start else local
        noun = is_event_noun(trig) or bool(re.search(r"(?:tions?|ments?|ances?|ures?)$", trig.text, re.I))
        patient = args.patient_text if args is not None and trig.verbal and passive else None
        if custody:
            patient = held_phrase
        rel = relative_object(ctx.doc, off, trig) if ctx.doc is not None else None  # "a charge New Delhi rejected"
        parts = undergone_parts(ctx.doc, off, trig) if args is not None and args.passive else None  # "came under fire"
        if sources and not passive and not crowd:
            phrase = None
        elif patient:  # a passive told by what was done to, as the tree has it ("Three crew members were killed")
            phrase = subject_phrase(patient, ctx.language) or patient
        elif rel is not None and args is not None and args.subject_text and not args.pronoun_subject:
            phrase = subject_phrase(args.subject_text, ctx.language) or args.subject_text  # "the ship the coast guard boarded"
        elif i > 0 and subject_start <= kept[i - 1].end + 1:  # no subject of its own: the one before, if any
            phrase = prev_phrase if shares_subject(text, kept[i - 1].end, trig.start, mentions, off) else None
        else:
            opening = text[subject_start : trig.start]
            if subject_start == 0:  # "SOMALIA: Pirates boarded ...", "SANTOS, BRAZIL   THREE ARMED MEN ...": no subject
                opening = opening[max(dateline_end(opening), top_heading_end(opening) if off == 0 else 0) :]
            for t in timexes:  # "On Tuesday, a strike ...": the date is no part of the subject
                opening = re.sub(rf"(?:\b(?:on|in|at|since|by)\s+)?{re.escape(t.text)}", " ", opening)
            opening = re.sub(r"\s*,\s*(?:,\s*)+", ", ", opening)
            phrase = subject_phrase(opening.rstrip(" ,"), ctx.language)
            if not light and (noun and not trig.verbal or _RELATION.search(opening)):
                phrase, noun = None, True  # "The exercise follows two clashes": a noun, not the subject's verb
        if (phrase is None and not sources and not noun and args is not None and args.subject_text
                and not args.pronoun_subject and not args.passive and _PLAIN_SUBJECT.fullmatch(args.subject_text)
                and not any(args.subject_text in t.text or t.text in args.subject_text
                            for t in ctx.timexes if sentence.start <= t.start < sentence.end)):
            phrase = subject_phrase(args.subject_text, ctx.language)  # "showed armed men ... taking over the bridge"
        prev_phrase = phrase
        relative = re.search(r"\b(?:who|whom|which|that)\b[^,;]*$", text[local : trig.start], re.I)
        if relative and ctx.doc is not None and _complementizer(ctx.doc, off + local + relative.start()):
            relative = None  # "reported that its security team fired ...": "that" opens what was reported
        if not sources and not phrase and not noun and not reporter and not passive and not (
                args is not None and args.has_subject) and relative:
            continue  # "people who could have been detained": no one acts and nothing to tell of
        for group in groups:
            ev_place = place or inferred_place(category, trig, sources, () if args is not None and args.for_whom else group,
                                                capital_of, country_place,
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
            if ctx.incident is not None and category in _INCIDENT:
                ev_place = ctx.incident  # the position the report writes (checked against the places it names)
            summary = label(text, off, trig, category, ctx.language, clause_start=clause_start, clause_end=clause_end,
                            local=local, triggers=triggers, timexes=timexes, kinds=ctx.kinds, sources=() if crowd else sources,
                            group=group, groups=groups, src_m=src_m, every_target=every_target, headline=headline,
                            base=base, light=light, noun=noun, phrase=phrase, passive=passive, mode=mode, place=place,
                            vessels=vessels, relative_object=rel,
                            agent=(trig.end, trig.end) if by_state or carried else  # the doer, told first
                            agent_span(ctx.doc, off, trig) if ctx.doc is not None else None,
                            unit=unit if category == "MOBILIZE" else people)
            if by_state and place is not None and place.kind == "country":  # "Lebanon arrests X", not "... in Lebanon"
                for m in clause_places:
                    if m.place == place:
                        summary = re.sub(rf"\s+in\s+(?:the\s+)?{re.escape(m.text)}(?=$|[\s,.;…])", "", summary)
            if parts is not None:  # "the convoy came under fire from rebels": told the other way round, doer first
                doers = [short_name(*actor_bits(a, ctx.kinds)) for a in sources[:2]]
                doer = " and ".join(doers) if doers else parts[0]
                plural = len(doers) > 1 or (parts[1] if not doers else plural_subject(sources, ctx.kinds))
                patient = subject_phrase(parts[2], ctx.language) or parts[2]
                summary = f"{doer[:1].upper()}{doer[1:]} {base if plural else headline} {patient}"
            events.append(make_event(sentence, ctx, summary, category, domain, sources, group, ev_place, timex,
                                 ev_attribution, mode, vessels, trig, i))
    events = one_per_listed_date(events, timexes, text, off)
    ctx.seen.update(e.category for e in events)
    ctx.force_sources = next((tuple(a for a in e.actors if a.role == "source") for e in reversed(events) if e.category
                              == "ASSAULT" and any(a.role == "source" for a in e.actors)), ctx.force_sources)
    if events:
        ctx.last_sources = tuple(a for a in events[-1].actors if a.role == "source") or ctx.last_sources
        ctx.last_paragraph = sentence.paragraph
    decided, speaker = main_speaker(ctx.doc, sentence.start, sentence.end, mentions) if ctx.doc is not None else (False, None)
    if decided:  # the sentence's subject is a person: "He" in the next one is that person, known or not
        ctx.last_person = EventActor(speaker.actor.name, speaker.actor.country, "source") if speaker is not None else None
        return events
    if unknown_speaker(text, off, mentions):  # "Pedersen said ...", not parsed: no earlier person is meant any more
        ctx.last_person = None
        return events
    for m in mentions:  # the person this sentence is about, for a following "He ..."
        if m.actor.kind == "person" and not after_target_preposition(text[max(0, m.start - off - 40) : m.start - off]):
            ctx.last_person = EventActor(m.actor.name, m.actor.country, "source")
            break
    else:  # a person the article introduced with a country ("Pakistan's envoy, Munir Akram, said ...")
        named = subject_person(ctx.doc, sentence.start, sentence.end) if ctx.doc is not None else None
        if named is not None:
            ctx.last_person = EventActor(named.actor.name, named.actor.country, "source")
    return events
