"""An event record assembled from what the stages found for one trigger: its date (the governing date expression,
else the publication date, marked date_source="published"), its actors, place, attribution, mode, ships, the
sentence it is told in, and a confidence from how much of it the text gives."""

from __future__ import annotations

from geotimeline.events.attribution import Attribution
from geotimeline.events.categories import Trigger
from geotimeline.events.context import Context
from geotimeline.events.records import Event, EventActor
from geotimeline.gazetteer import Place
from geotimeline.sentences import Sentence
from geotimeline.temporal import Timex


def make_event(
    sentence: Sentence, ctx: Context, summary: str, category: str, domain: str,
    sources: tuple[EventActor, ...], targets: tuple[EventActor, ...], place: Place | None,
    timex: Timex | None, attribution: Attribution | None, mode: str, vessels: tuple[str, ...], trig: Trigger,
    rank: int = 0,
) -> Event:
    """The Event of trigger `trig` (the `rank`-th event of its sentence), dated by `timex` when one governs it."""
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
