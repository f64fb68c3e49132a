"""From articles to stored events: read, extract, store, with progress reporting.

Every article is its own transaction, so a failure or a kill part-way leaves each article either
fully stored or not at all; a bad article is reported by name and the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geotimeline.articles import Article, InputError, read_articles
from geotimeline.events import extract_events
from geotimeline.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, label)


@dataclass(frozen=True, slots=True)
class IngestSummary:
    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    events_merged: int = 0
    errors: tuple[str, ...] = field(default=())

    def line(self) -> str:
        text = (f"{self.articles_added} articles added, {self.articles_skipped} skipped (already stored), "
                f"{self.events_added} new events, {self.events_merged} merged into existing events")
        if self.errors:
            text += f"; {len(self.errors)} failed"
        return text


def ingest_articles(store: Store, articles: Sequence[Article], progress: Progress | None = None) -> IngestSummary:
    added = skipped = new = merged = 0
    errors: list[str] = []
    total = len(articles)
    for done, article in enumerate(articles):
        label = article.title or article.id
        if progress:
            progress(done, total, label)
        if store.has_article(article.fingerprint):
            skipped += 1
            continue
        try:
            events = extract_events(article)
        except Exception as exc:  # one bad article must not stop the batch; say which and why
            log.exception("extracting events from %s failed", article.source or article.id)
            errors.append(f"{article.source or article.id}: event extraction failed ({exc})")
            continue
        result = store.ingest(article, events)
        if result.article_added:
            added += 1
            new += result.events_added
            merged += result.events_merged
        else:
            skipped += 1
    if progress:
        progress(total, total, "done")
    return IngestSummary(added, skipped, new, merged, tuple(errors))


def read_all(paths: Iterable[Path], **options: object) -> tuple[list[Article], list[str]]:
    """Read every file; bad files are reported (file and reason) and contribute nothing."""
    articles: list[Article] = []
    errors: list[str] = []
    for path in paths:
        try:
            articles.extend(read_articles(Path(path), **options))  # type: ignore[arg-type]
        except InputError as exc:
            errors.append(str(exc))
    return articles, errors


def sample_paths(samples_dir: Path) -> list[Path]:
    return sorted(p for p in samples_dir.glob("*.md") if p.name.lower() != "readme.md")


def ingest_samples(store: Store, samples_dir: Path, progress: Progress | None = None) -> IngestSummary:
    articles, errors = read_all(sample_paths(samples_dir))
    summary = ingest_articles(store, articles, progress)
    if errors:
        summary = IngestSummary(summary.articles_added, summary.articles_skipped, summary.events_added,
                                summary.events_merged, summary.errors + tuple(errors))
    return summary


def ensure_samples(store: Store, samples_dir: Path | None = None, progress: Progress | None = None) -> IngestSummary | None:
    """Load the sample corpus into an empty store, so a newcomer never faces an empty screen."""
    if store.count_articles() > 0:
        return None
    if samples_dir is None:
        from geotimeline.settings import load_settings

        samples_dir = load_settings().samples_dir
    return ingest_samples(store, samples_dir, progress)
