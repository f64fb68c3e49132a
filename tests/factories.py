"""Small builders of records for tests, and the shared helpers that run the real extractor on our own sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from geotimeline.articles import Article
from geotimeline.events import Event, EventActor, extract_events
from geotimeline.gazetteer import Place

CARACAS = Place("Caracas", 10.4806, -66.9036, "city", "VEN")
MOSCOW = Place("Moscow", 55.7558, 37.6173, "city", "RUS")
CARIBBEAN = Place("Caribbean Sea", 15.0, -73.0, "sea", None)
PUBLISHED = date(2024, 5, 6)


def run(text: str, language: str = "en", published: date | None = PUBLISHED) -> list[Event]:
    """The real extractor on one text of ours, published on a pinned date."""
    return extract_events(Article(id="t", text=text, published=published, language=language))


def roles(event: Event) -> tuple[set[str | None], set[str | None]]:
    """The countries of an event's sources and of its targets."""
    return countries(event, "source"), countries(event, "target")


def countries(event: Event, role: str) -> set[str | None]:
    """The countries of the event's actors in one role."""
    return {a.country for a in event.actors if a.role == role}


def article(text: str = "Venezuela asked Russia for help.", *, id: str = "a.txt", outlet: str = "Meridian Wire",
            published: date | None = date(2025, 11, 1), title: str = "") -> Article:
    return Article(id=id, text=text, title=title or id, outlet=outlet, url="", published=published,
                   language="en", source=id)


def event(*, summary: str = "Maduro asks Putin for missiles", category: str = "REQUEST",
          domain: str = "diplomatic", start: date | None = date(2025, 10, 16), end: date | None = None,
          granularity: str = "day", date_source: str = "text", place: Place | None = MOSCOW,
          actors: tuple[EventActor, ...] | None = None, sentence: str = "Venezuela asked Russia for help.",
          article_id: str = "a.txt", sentence_start: int = 0, mode: str = "reported",
          vessels: tuple[str, ...] = ()) -> Event:
    if actors is None:
        actors = (EventActor("Nicolás Maduro", "VEN", "source"), EventActor("Vladimir Putin", "RUS", "target"))
    if end is None and granularity == "day" and date_source == "text":
        end = start
    return Event(
        summary=summary, sentence=sentence, article=article_id, sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence), start=start, end=end, granularity=granularity,
        date_text="October 16" if date_source == "text" else None, date_source=date_source,
        category=category, domain=domain, actors=actors, place=place, attributed_to="The Washington Post",
        mode=mode, confidence=0.8, vessels=vessels,
    )


SAMPLE_ARTICLE = """---
title: Test sample {n}
outlet: Test Wire
published: 2025-10-{day:02d}
language: en
---
CARACAS, Oct {day} (Test Wire) - Venezuela's foreign minister met Russia's ambassador in Caracas on Oct {day}, the ministry said.
"""


def write_samples(directory: Path, days: tuple[int, ...] = (3, 9)) -> Path:
    """A small sample corpus (one article per day of October 2025) in `directory`, created if needed."""
    directory.mkdir(parents=True, exist_ok=True)
    for n, day in enumerate(days, start=1):
        (directory / f"sample-{n}.md").write_text(SAMPLE_ARTICLE.format(n=n, day=day), encoding="utf-8")
    return directory
