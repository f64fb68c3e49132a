"""What a user gets from `python -m geotimeline extract FILE`: the accuracy benchmarks go through here.

Records are written to a temporary JSON Lines file and read back with `geotimeline.articles.read_articles`,
exactly as the CLI's `extract` reads a file (same size limit from the settings, no --published or --lang
unless the benchmark passes them, so the reader's own language detection and dateline reading apply), and
each article goes through `geotimeline.events.extract_events`. No inner function of the pipeline is called.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from geotimeline.articles import Article, read_articles
from geotimeline.events import Event, extract_events
from geotimeline.settings import load_settings


def read_records(records: Iterable[dict], published: date | None = None, language: str | None = None) -> list[Article]:
    """Articles from JSON Lines records ({"id", "text", "published", "title", "outlet", "language"}), read by
    the reader from a file, as `geotimeline extract records.jsonl [--published D] [--lang L]` reads them."""
    with tempfile.TemporaryDirectory(prefix="geotimeline-bench-") as tmp:
        path = Path(tmp) / "records.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return read_articles(path, published=published, language=language, max_bytes=load_settings().max_bytes)


def extract(article: Article) -> list[Event]:
    """The events of one article, as the CLI's `extract` gets them."""
    return extract_events(article)


def extract_records(records: Iterable[dict], published: date | None = None,
                    language: str | None = None) -> list[tuple[Article, list[Event]]]:
    """Every record through the reader and the extractor: (article, its events) in record order."""
    return [(a, extract(a)) for a in read_records(records, published, language)]


def countries(event: Event, role: str) -> set[str]:
    """The country codes of the event's actors in `role` ("source" or "target")."""
    return {a.country for a in event.actors if a.role == role and a.country}
