"""Events: who did what to whom, where and when, with the evidence.

`extract_events(article)` cuts the article into sentences (page furniture dropped), finds triggers
(categories.py), and for each kept trigger assembles an Event: source and target actors by position and
preposition, the date expression governing the trigger's clause (else the publication date, marked
date_source="published"), the place named in the clause (else the place the event implies, marked
inferred), attribution and mode (attribution.py), named ships (vessels.py) and a headline label
(summaries.py). A trigger coordinated with several targets ("from Putin and Xi") gives one event each.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date

from geotimeline import actors as _actors_module
from geotimeline import gazetteer as _gazetteer_module
from geotimeline import temporal as _temporal_module
from geotimeline.actors import ActorMention
from geotimeline.articles import Article
from geotimeline.attribution import Attribution, attribute, mode_of
from geotimeline.categories import Trigger, adjust_for_intent, domain_of, find_triggers
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.roles import after_target_preposition, assign_roles, split_targets
from geotimeline.sentences import Sentence, split_sentences
from geotimeline.summaries import short_name, summarize
from geotimeline.temporal import Timex
from geotimeline.vessels import find_vessels

log = logging.getLogger(__name__)

CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
DOMAINS = ("diplomatic", "naval", "air", "land", "economic", "legal", "other")
MODES = ("asserted", "reported", "planned", "requested", "denied", "hypothetical", "unclear")


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str
    country: str | None
    role: str  # source or target

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    summary: str
    sentence: str
    article: str  # Article.id
    sentence_start: int  # character offsets of the sentence in the article text
    sentence_end: int
    start: date | None
    end: date | None  # None for an open end ("since September")
    granularity: str  # day, week, month, season, quarter, year, decade, range
    date_text: str | None  # the expression as written; None when the publication date stands in
    date_source: str  # "text" or "published"
    category: str  # PLOVER 2.0
    domain: str
    actors: tuple[EventActor, ...] = ()
    place: Place | None = None
    attributed_to: str | None = None
    mode: str = "asserted"
    confidence: float = 0.5
    date_mod: str | None = None  # START, MID, END, APPROX
    date_value: str | None = None  # the TIMEX3 value ("2025-10", "2025-09..")
    vessels: tuple[str, ...] = field(default=())  # named ships ("USS Gerald R. Ford")
    trigger: str = ""  # the word(s) that name the event, as written

    def to_dict(self) -> dict:
        return {
            "summary": self.summary,
            "sentence": self.sentence,
            "article": self.article,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "date_mod": self.date_mod,
            "date_value": self.date_value,
            "category": self.category,
            "domain": self.domain,
            "actors": [a.to_dict() for a in self.actors],
            "place": self.place.to_dict() if self.place else None,
            "attributed_to": self.attributed_to,
            "mode": self.mode,
            "confidence": self.confidence,
            "vessels": list(self.vessels),
            "trigger": self.trigger,
        }


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

_BOUNDARY = re.compile(r";|\b(?:while|whereas|but|meanwhile|who|whom|whose|which|в то время как|а также|mientras)\b|,\s*(?:and|y|и)\b", re.I)
_COORDINATED = re.compile(r"(?:,|\band\b|\bи\b|\by\b)\s*(?:\w+\s+){0,2}$", re.I)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|off|into|across|over|through|around|outside|inside|to|toward|towards|within|along|"
    r"en|cerca de|frente a|hacia|desde)|(?<!\w)(?:в|во|на|у|около|близ|под|к))\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:coast|waters|shores|capital|city|port|region|area|north|south|"
    r"east|west|centre|center|costas?|aguas|ciudad|puerto|región|побережь\w*|вод\w*|город\w*|порт\w*|район\w*)\s+"
    r"(?:of|off|de|del)?\s*(?:the\s+)?)?$",
    re.I,
)
_GEO_KINDS = frozenset({"sea", "strait", "gulf", "ocean", "port", "island", "base"})
_ANAPHORIC_START = re.compile(r"^(?:he|she|they|it|this|these|the letter|the message|the appeal|он|она|они|это|él|ella|ellos)\b", re.I)
_NOUN_USE = re.compile(r"(?:\b(?:a|an|the|of|out|conduct|conducted|conducting|launch|launched|new|more|several|\d+)|number of|series of)\s+$", re.I)
_LIGHT_VERB = re.compile(r"\b(conduct|carr(?:y|ied|ies|ying) out|launch|stag(?:e|ed|es|ing)|hold|held|mount)\w*\s+(?:(?:a|an|the|new|more|several|number|series|of|\d+)\s+){0,4}$", re.I)
_LIGHT_VERBS = {"cond": ("conducts", "conduct"), "carr": ("carries out", "carry out"), "laun": ("launches", "launch"),
                "stag": ("stages", "stage"), "hold": ("holds", "hold"), "held": ("holds", "hold"), "moun": ("mounts", "mount")}
_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑА-ЯЁ][A-ZÁÉÍÓÚÑА-ЯЁ .,'-]{1,40}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+")
_PERSONAL_PRONOUN = re.compile(r"(?:he|she|он|она|él|ella)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those|such|the same|этот|эту|эта|это|эти|este|esta|estos|dicha?)\s+$", re.I)
_DEFINITE_AT_START = re.compile(r"(?:^|[,;]\s*)(?:the|el|la|los|las)\s+$", re.I)
_NOUN_ONLY = frozenset({
    "appeal", "request", "requests", "demands", "talks", "summit", "agreement", "accord", "treaty", "sanctions",
    "strikes", "strike", "attack", "attacks", "offensive", "invasion", "deployment", "exercises", "ceasefire",
    "cease-fire", "truce", "support", "negotiations", "consultations", "mediation", "build-up", "buildup",
    "deal", "peace deal", "ceasefire deal", "airstrike", "airstrikes", "air strike", "air strikes", "bombing",
    "bombings", "raid", "raids", "blockade", "drills", "war games", "aid", "military aid",
    "humanitarian aid", "tariffs", "embargo", "seizure", "crackdown", "investigation", "protests", "rally",
})
# An event noun names an event of its own when a verb makes it happen ("carried out strikes", "held talks")
# or it is said to happen ("talks began"); otherwise it is a topic ("support for Ukraine", "a ceasefire plan").
_NOUN_GOVERNOR = re.compile(
    r"\b(?:held|hold|holds|holding|launch\w*|began|begin\w*|start\w*|conduct\w*|carr(?:y|ied|ies|ying) out|stag\w*|"
    r"declar\w*|sign\w*|reach\w*|agree\w*|announc\w*|impos\w*|broke|violat\w*|included|made|make|issued|sent|"
    r"submitted|order\w*|mount\w*|resum\w*|intensif\w*|step\w* up|escalat\w*|expand\w*|unleash\w*|suffer\w*)\b"
    r"(?:\s+[\w-]+){0,5}\s+$",
    re.I,
)
_NOUN_HAPPENS = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:began|begin|started|ended|took place|were held|was held|killed|hit|targeted|struck|"
    r"destroyed|continued|resumed|collapsed|left|wounded|damaged|came|followed|took effect|went into effect)\b",
    re.I,
)
_NOUN_HEADLINES = {"REQUEST": ("makes", "make"), "AGREE": ("reaches", "reach"), "ASSAULT": ("carries out", "carry out"), "MOBILIZE": ("holds", "hold"), "CONSULT": ("holds", "hold")}
_PLACE_VIA_TARGET_CAPITAL = frozenset({"REQUEST", "CONSULT", "AGREE", "AID", "COOPERATE", "SUPPORT"})
_PLACE_VIA_TARGET_COUNTRY = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})


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


def extract_events(article: Article) -> list[Event]:
    """The events of one article, in text order."""
    language = (article.language or "en").split("-")[0].casefold()
    text = article.text
    sentences = split_sentences(text)
    title = article.title.strip()
    sentences = [s for s in sentences if not (title and s.text.strip() == title)]
    timexes = _find_timexes(text, article.published, language) if article.published else []
    if not article.published:
        # no reference date: keep only expressions that name their year
        timexes = [t for t in _find_timexes(text, date(2000, 1, 1), language) if re.search(r"\d{4}", t.text)]
    mentions = _find_actors(text, language)
    countries = tuple(dict.fromkeys(m.actor.country for m in mentions if m.actor.country))
    places = _find_places(text, language, countries)
    ctx = _Context(article, language, article.published, timexes, mentions, places)
    ctx.kinds.update(((m.actor.name, m.actor.country), m.actor.kind) for m in mentions)
    events: list[Event] = []
    for sentence, attribution in zip(sentences, attribute(sentences, language), strict=True):
        if sentence.furniture:
            continue
        events.extend(_sentence_events(sentence, attribution, ctx))
    return events


def _within(items: list, start: int, end: int) -> list:
    return [m for m in items if m.start >= start and m.end <= end]


def _select_triggers(text: str, triggers: list[Trigger]) -> list[Trigger]:
    kept: list[Trigger] = []
    for t in triggers:
        if not kept:
            kept.append(t)
            continue
        between = text[kept[-1].end : t.start]
        if _BOUNDARY.search(between) or (t.verbal and t.category != kept[-1].category and _COORDINATED.search(between)
                                         and not _NOUN_USE.search(text[: t.start])):
            kept.append(t)
    return kept


def _sentence_events(sentence: Sentence, attribution: Attribution | None, ctx: _Context) -> list[Event]:
    text = sentence.text
    if ctx.last_paragraph != sentence.paragraph and sentence.paragraph - ctx.last_paragraph > 1:
        ctx.last_sources = ()
    triggers = find_triggers(text, ctx.language)
    if attribution is not None and attribution.end > attribution.start:
        triggers = [t for t in triggers if t.end <= attribution.start or t.start >= attribution.end]
    # "this appeal", "the same request": a noun pointing back at an event already told
    triggers = [t for t in triggers if not _anaphoric(text, t) and not _topic_noun(text, t, ctx.language)
                and not text[: t.start].endswith("-")]  # "Israeli-occupied": part of a compound adjective
    # "Amnesty International", "the Ceasefire Violations Committee": a name, not an event
    triggers = [t for t in triggers if t.start == 0 or not t.text[:1].isupper() or text[: t.start].rstrip()[-1:] in "\"“«("]
    kept = _select_triggers(text, triggers)
    off = sentence.start
    skip = (off + attribution.start, off + attribution.end) if attribution and attribution.end > attribution.start else (0, 0)
    dateline = _DATELINE.match(text)  # "WASHINGTON (AP) — ": where the story was filed, not who acted
    first_char = off + (dateline.end() if dateline else 0)
    triggers = [t for t in triggers if t.start >= first_char - off]
    mentions = [m for m in _within(ctx.mentions, first_char, sentence.end) if not (skip[0] <= m.start < skip[1])]
    timexes = [t for t in _within(ctx.timexes, sentence.start, sentence.end)
               if not (skip[0] <= t.start < skip[1]) and t.type in {"DATE", "TIME"} and (t.start_date or t.end_date)]
    places = [p for p in _within(ctx.places, first_char, sentence.end) if not (skip[0] <= p.start < skip[1])]
    vessels_all = find_vessels(text)
    events: list[Event] = []
    first_clause_start = 0
    for i, trig in enumerate(kept):
        clause_start = 0 if i == 0 else _clause_start(text, kept[i - 1].end, trig.start)
        clause_end = _clause_start(text, trig.end, kept[i + 1].start) if i + 1 < len(kept) else len(text)
        if i == 0:
            first_clause_start = clause_start
        before = text[clause_start : trig.start]
        category = adjust_for_intent(trig.category, before, ctx.language)
        src_m, tgt_m, every_target = assign_roles(text, off, trig, clause_start, clause_end, mentions)
        sources = tuple(EventActor(m.actor.name, m.actor.country, "source") for m in src_m)
        targets = tuple(EventActor(m.actor.name, m.actor.country, "target") for m in tgt_m)
        if not sources and i > 0 and events:
            sources = tuple(a for a in events[-1].actors if a.role == "source")
        elif not sources and _ANAPHORIC_START.search(text[clause_start:].lstrip()):
            personal = _PERSONAL_PRONOUN.match(text[clause_start:].lstrip())
            sources = (ctx.last_person,) if personal and ctx.last_person else ctx.last_sources
        mode = mode_of(before, text, attribution is not None, ctx.language)
        local = _clause_start(text, clause_start, trig.start)  # ", who met ...": the trigger's own clause
        timex = _governing_timex(timexes, off, trig, local, clause_end, first_clause_start)
        place = _named_place(places, text, off, trig, local, clause_end)
        vessels = tuple(v for v in vessels_all if v in find_vessels(text[clause_start:clause_end])) or (
            tuple(vessels_all) if len(kept) == 1 else ()
        )
        headline, base = trig.headline, trig.base
        light = _LIGHT_VERB.search(text[clause_start : trig.start])
        if light:
            verb, verb_base = _LIGHT_VERBS[light.group(1).casefold()[:4]]
            headline, base = f"{verb} {trig.text.casefold()}", f"{verb_base} {trig.text.casefold()}"
        elif _NOUN_USE.search(text[: trig.start]) and category in _NOUN_HEADLINES:
            verb, verb_base = _NOUN_HEADLINES[category]
            headline, base = f"{verb} {trig.text.casefold()}", f"{verb_base} {trig.text.casefold()}"
        groups = [tuple(EventActor(m.actor.name, m.actor.country, "target") for m in g)
                  for g in split_targets(text, off, tgt_m, every_target)]
        if not sources and not targets and place is None:
            continue  # nobody and nowhere: a generic use of the word ("seek treatment"), not a development
        for group in groups:
            ev_place = place or _inferred_place(category, trig, sources, group)
            domain = domain_of(category, text[clause_start:clause_end], ev_place.kind if ev_place and not ev_place.inferred else None)
            subject = short_name(*_actor_bits(sources[0], ctx.kinds)) if sources else None
            cut_at = ([m.text for m in every_target if (m.actor.name, m.actor.country) not in
                       {(a.name, a.country) for a in group}] if len(groups) > 1 else [])
            target_name = short_name(*_actor_bits(group[0], ctx.kinds)) if group else None
            after = text[trig.end : clause_end]
            for t in timexes:  # dates are shown on the timeline, not repeated in the label
                after = after.replace(t.text, " ")
            summary = summarize(subject, trig.text, trig.verbal and headline == trig.headline, headline, base,
                                after, mode, cut_at, target_name, ctx.language)
            events.append(_event(sentence, ctx, summary, category, domain, sources, group, ev_place, timex,
                                 attribution, mode, vessels, trig, i))
    if events:
        ctx.last_sources = tuple(a for a in events[-1].actors if a.role == "source") or ctx.last_sources
        ctx.last_paragraph = sentence.paragraph
    for m in mentions:  # the person this sentence is about, for a following "He ..."
        if m.actor.kind == "person" and not after_target_preposition(text[max(0, m.start - off - 40) : m.start - off]):
            ctx.last_person = EventActor(m.actor.name, m.actor.country, "source")
            break
    return events


def _topic_noun(text: str, t: Trigger, language: str) -> bool:
    """An English event noun that is only a topic here ("support for Ukraine", "a request for comment")."""
    word = t.text.casefold()
    if language != "en" or word not in _NOUN_ONLY:
        return False
    before, after = text[: t.start], text[t.end :]
    if re.match(r"\s+for comment", after, re.I):
        return True
    if re.search(r"\b(?:will|would|to|could|may|might|shall|must|did|does|do|not)\s+$", before, re.I):
        return False  # "would blockade Paris": the word is a verb here
    if re.search(r"(?:^|[,;]\s*|\band\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}$", before) and word in {"strikes", "attacks", "raids", "requests", "demands", "sanctions", "rallies"}:
        return False  # "Israel strikes ...": a present-tense verb after a name
    return not (_NOUN_GOVERNOR.search(before) or _NOUN_HAPPENS.match(after) or (t.start == 0 and _NOUN_HAPPENS.match(after)))


def _anaphoric(text: str, t: Trigger) -> bool:
    """An event noun pointing back at an event already told ("This appeal was prompted by ...")."""
    if t.verbal and t.text.casefold() not in _NOUN_ONLY:
        return False
    before = text[: t.start]
    return bool(_DEMONSTRATIVE.search(before) or _DEFINITE_AT_START.search(before))


def _clause_start(text: str, lo: int, hi: int) -> int:
    ends = [m.end() for m in _BOUNDARY.finditer(text, lo, hi)]
    return ends[-1] if ends else lo


def _actor_bits(a: EventActor, kinds: dict[tuple[str, str | None], str]) -> tuple[str, str, str | None]:
    return a.name, kinds.get((a.name, a.country), "country"), a.country


def _governing_timex(
    timexes: list[Timex], off: int, trig: Trigger, clause_start: int, clause_end: int, first_clause_start: int
) -> Timex | None:
    in_clause = [t for t in timexes if clause_start <= t.start - off and t.end - off <= clause_end]
    if not in_clause:
        # a sentence-initial adverbial ("On Monday, ...") governs every clause
        in_clause = [t for t in timexes if t.end - off <= trig.start and t.start - off < 40 and first_clause_start == 0]
    if not in_clause:
        return None
    return min(in_clause, key=lambda t: min(abs(t.start - off - trig.end), abs(trig.start - (t.end - off))))


def _named_place(
    places: list[PlaceMention], text: str, off: int, trig: Trigger, clause_start: int, clause_end: int
) -> Place | None:
    good = []
    for p in places:
        s = p.start - off
        if not (clause_start <= s and p.end - off <= clause_end):
            continue
        if re.match(r"['’]s\b", text[p.end - off :]):
            continue  # "Venezuela's minister": an owner, not a location
        if p.place.kind in _GEO_KINDS or _LOCATIVE.search(text[max(0, s - 40) : s]):
            good.append(p)
    if not good:
        return None
    after = [p for p in good if p.start - off >= trig.end]
    chosen = after[0] if after else good[-1]
    return chosen.place


def _inferred_place(
    category: str, trig: Trigger, sources: tuple[EventActor, ...], targets: tuple[EventActor, ...]
) -> Place | None:
    src = next((a.country for a in sources if a.country), None)
    tgt = next((a.country for a in targets if a.country and a.country != src), None)
    place: Place | None = None
    if category == "CONSULT" and trig.text.casefold().startswith(("host", "принял", "recibió")):
        place = _capital_of(src) if src else None
    elif category in _PLACE_VIA_TARGET_CAPITAL:
        place = (_capital_of(tgt) if tgt else None) or (_capital_of(src) if src else None)
    elif category in _PLACE_VIA_TARGET_COUNTRY:
        place = (_country_place(tgt) if tgt else None) or (_country_place(src) if src else None)
    elif src:
        place = _country_place(src)
    return place.as_inferred() if place else None


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
