"""From articles to stored events: read, extract, store, with progress reporting.

Every article is its own transaction, so a failure or a kill part-way leaves each article either
fully stored or not at all; a bad article is reported by name and the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from geotimeline.articles import Article, InputError, read_articles
from geotimeline.collection import DEFAULT_COLLECTION, SAMPLE_OUTLET, SAMPLES, forget_removal, was_removed
from geotimeline.events import Event, extract_events
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
    undated_articles: tuple[str, ...] = ()  # added with no publication date (relative dates stay unplaced)
    undated_events: int = 0  # new events with no date at all (not drawn on the timeline)
    # "updated copy of 'TITLE' (id X): N new events, M kept as you edited/deleted", one per replaced article
    updates: tuple[str, ...] = ()
    # "FILE: same text as already stored 'TITLE' (id X)", one per article skipped under another id
    duplicates: tuple[str, ...] = ()

    def line(self) -> str:
        updated = f", {len(self.updates):,} updated" if self.updates else ""
        text = (f"{plural(self.articles_added, 'article')} added{updated}, {self.articles_skipped} skipped "
                "(already stored), "
                f"{plural(self.events_added, 'new event')}, {self.events_merged} merged into existing events")
        if self.errors:
            text += f"; {len(self.errors)} failed"
        return text

    def undated_line(self) -> str:
        """What to tell the user about articles with no publication date, or "" when there are none."""
        if not self.undated_articles or not self.undated_events:
            return ""
        names = ", ".join(self.undated_articles[:5]) + (" …" if len(self.undated_articles) > 5 else "")
        return (f"No publication date for {plural(len(self.undated_articles), 'article')} ({names}): dates such "
                f"as \"on Thursday\" or \"last week\" could not be placed, so "
                f"{plural(self.undated_events, 'event')} {'has' if self.undated_events == 1 else 'have'} no date "
                "and so cannot be drawn on the timeline. Give a "
                "publication date when adding, or set the dates in the review table.")


def combine(summaries: Iterable[IngestSummary]) -> IngestSummary:
    """Several ingests reported as one (counts added, lists joined): the sample corpus beside the files, the
    partitions of an archive ingest."""
    total = IngestSummary()
    for s in summaries:
        total = IngestSummary(*(getattr(total, f.name) + getattr(s, f.name) for f in fields(IngestSummary)))
    return total


def plural(n: int, noun: str) -> str:
    """ "1 article", "2 articles", "1 new event", "3 new events" (English regular plurals only)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def with_publication_date(articles: Iterable[Article], published: date | None) -> list[Article]:
    """`published` for the articles that neither the caller nor their metadata or dateline dated."""
    if published is None:
        return list(articles)
    return [a if a.published is not None else replace(a, published=published) for a in articles]


def ingest_articles(store: Store, articles: Sequence[Article], progress: Progress | None = None,
                    collection: str = DEFAULT_COLLECTION,
                    extract: Callable[[Article], Sequence[Event]] | None = None) -> IngestSummary:
    """Extract and store each article in its own transaction, into `collection` (their events merge only with
    events of that collection). `extract` gives an article's events (the extractor by default; an archive ingest
    hands in the events its workers extracted)."""
    extract = extract or extract_events
    added = skipped = new = merged = undated_events = 0
    undated: list[str] = []
    errors: list[str] = []
    updates: list[str] = []
    duplicates: list[str] = []
    total = len(articles)
    for done, article in enumerate(articles):
        label = article.title or article.id
        if progress:
            progress(done, total, label)
        stored = store.stored_name(article.fingerprint)
        if stored is not None:
            skipped += 1
            if not stored.endswith(f"(id {article.id})") or stored.startswith("an earlier copy"):
                duplicates.append(f"{article.source or article.id}: same text as already stored {stored}; "
                                  "not added again")
            continue
        try:
            events = extract(article)
        except InputError as exc:  # refused (too long to read in bounded time): named, no traceback
            errors.append(str(exc))
            continue
        except Exception as exc:  # one bad article must not stop the batch; say which and why
            log.exception("extracting events from %s failed", article.source or article.id)
            errors.append(f"{article.source or article.id}: event extraction failed ({exc})")
            continue
        result = store.ingest(article, events, collection)
        if result.article_added:
            if result.replaced:  # an updated copy: it replaced the stored article, so not counted as added
                updates.append(f"updated copy of {result.replaced}: {plural(result.events_added, 'new event')}"
                               f" ({result.events_merged} merged), {result.events_kept} kept as you edited/deleted"
                               + (f", {result.events_withdrawn} withdrawn (sentence no longer in the text)"
                                  if result.events_withdrawn else ""))
            else:
                added += 1
            new += result.events_added
            merged += result.events_merged
            if article.published is None:
                undated.append(article.id)
                undated_events += sum(1 for e in events if e.start is None)
        else:
            skipped += 1
    if progress:
        progress(total, total, "done")
    return IngestSummary(added, skipped, new, merged, tuple(errors), tuple(undated), undated_events,
                         tuple(updates), tuple(duplicates))


def read_all(paths: Iterable[Path], **options: object) -> tuple[list[Article], list[str]]:
    """Read every file; bad files (and bad records of JSON Lines files) are reported with the file and the
    reason, and contribute nothing."""
    articles: list[Article] = []
    errors: list[str] = []
    for path in paths:
        problems: list[str] = []  # bad records of a JSON Lines file: skipped, the file's others are read
        try:
            articles.extend(read_articles(Path(path), problems=problems, **options))  # type: ignore[arg-type]
        except InputError as exc:
            problems.append(str(exc))
        errors.extend(problems)
    return articles, errors


def sample_paths(samples_dir: Path) -> list[Path]:
    return sorted(p for p in samples_dir.glob("*.md") if p.name.lower() != "readme.md")


def sample_articles(articles: Iterable[Article]) -> list[Article]:
    """The samples as stored: their outlet is plainly ours, never a name that could pass for a real outlet."""
    return [replace(a, outlet=SAMPLE_OUTLET) for a in articles]


def ingest_samples(store: Store, samples_dir: Path, progress: Progress | None = None) -> IngestSummary:
    articles, errors = read_all(sample_paths(samples_dir))
    forget_removal(store.conn, SAMPLES)
    summary = ingest_articles(store, sample_articles(articles), progress, SAMPLES)
    if errors:
        summary = replace(summary, errors=summary.errors + tuple(errors))
    return summary


def ensure_samples(store: Store, samples_dir: Path | None = None, progress: Progress | None = None) -> IngestSummary | None:
    """Load the sample corpus into an empty store, so a newcomer never faces an empty screen (not when the user
    removed the samples: they chose to start without them)."""
    if store.count_articles() > 0 or was_removed(store.conn, SAMPLES):
        return None
    if samples_dir is None:
        from geotimeline.settings import load_settings

        samples_dir = load_settings().samples_dir
    return ingest_samples(store, samples_dir, progress)
