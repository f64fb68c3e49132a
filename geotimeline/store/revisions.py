"""When an article arrives again, corrected or updated: finding the copy it replaces and matching its events
to the ones a person may have edited or deleted.

A new copy is an updated copy of a stored article when it has the same URL, or the same id and mostly the
same text, or the same title and outlet and nearly all the shorter text in the longer one. The store then replaces the old article
row with the new one (the text shown as evidence becomes the corrected one) and hands each new event the
stored event it matches, so a deleted event stays deleted and an edited one keeps its edits. An event
matches a stored source of the old copy by its sentence (same text, or near-identical) together with what the
extractor said of it then (category and actors, kept on the source row: a person's later edit of the event
does not change them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from geotimeline.articles import Article
from geotimeline.collection import DEFAULT_COLLECTION
from geotimeline.events import Event
from geotimeline.store.merging import actor_signature, fold

SAME_ID_SIMILARITY = 60.0  # same id (a file name, a record id): mostly the same text
SAME_TITLE_KEPT = 0.9  # only the same title and outlet: the shorter text nearly all found in the longer
SAME_TITLE_SHARE = 0.5  # ... and making up at least half of it (a sentence or two added, not a new story)
SAME_SENTENCE_SIMILARITY = 90.0  # a corrected sentence (a typo, a name spelt out)
_COMPARED_CHARS = 50_000  # texts are compared on their first characters (the cost stays bounded)


@dataclass(frozen=True, slots=True)
class EarlierCopy:
    key: str
    ext_id: str
    title: str

    def name(self) -> str:
        return f"'{self.title}' (id {self.ext_id})" if self.title and self.title != self.ext_id else \
            f"id {self.ext_id}"


@dataclass(frozen=True, slots=True)
class OldSource:
    """One source row of the earlier copy, with the state of the event it backs."""

    rowid: int
    event_id: int
    sentence: str
    category: str
    actor_sig: str
    deleted: bool
    edited: bool
    other_sources: int  # the event's source rows in other articles


def similarity(a: str, b: str) -> float:
    return fuzz.ratio(" ".join(a[:_COMPARED_CHARS].split()), " ".join(b[:_COMPARED_CHARS].split()))


def overlap(a: str, b: str) -> tuple[float, float]:
    """The characters two texts share in order (as an edit script keeps them), as shares of the shorter and of
    the longer text: (1.0, 0.7) for a text with a sentence appended that makes a third of the new one."""
    a, b = " ".join(a[:_COMPARED_CHARS].split()), " ".join(b[:_COMPARED_CHARS].split())
    if not a or not b:
        return 0.0, 0.0
    shared = (len(a) + len(b) - Indel.distance(a, b)) / 2
    return shared / min(len(a), len(b)), shared / max(len(a), len(b))


def find_earlier(conn: Any, article: Article, collection: str = DEFAULT_COLLECTION) -> EarlierCopy | None:
    """The stored article of `collection` that `article` is an updated copy of, if any (the most recent such)."""
    rows = conn.execute(
        "SELECT key, ext_id, title, url, outlet, text FROM articles WHERE key != ? AND collection = ? AND"
        " ((url != '' AND url = ?) OR ext_id = ? OR (title != '' AND title = ?)) ORDER BY rowid DESC LIMIT 50",
        (article.fingerprint, collection, article.url, article.id, article.title),
    ).fetchall()
    for key, ext_id, title, url, outlet, text in rows:
        if article.url and url == article.url:
            return EarlierCopy(key, ext_id, title)
        if ext_id == article.id and similarity(text, article.text) >= SAME_ID_SIMILARITY:
            return EarlierCopy(key, ext_id, title)
        same_outlet = not outlet or not article.outlet or fold(outlet) == fold(article.outlet)
        if title and title == article.title and same_outlet:
            kept, share = overlap(text, article.text)
            if kept >= SAME_TITLE_KEPT and share >= SAME_TITLE_SHARE:
                return EarlierCopy(key, ext_id, title)
    return None


def old_sources(conn: Any, key: str) -> list[OldSource]:
    rows = conn.execute(
        "SELECT s.rowid, s.event_id, s.sentence, coalesce(s.category, e.category), coalesce(s.actor_sig, e.actor_sig),"
        " e.deleted, e.edited, (SELECT count(*) FROM event_sources t WHERE t.event_id = s.event_id"
        " AND t.article_key != s.article_key) FROM event_sources s JOIN events e ON e.id = s.event_id"
        " WHERE s.article_key = ? ORDER BY s.rowid", (key,)).fetchall()
    return [OldSource(int(r[0]), int(r[1]), r[2], r[3], r[4], bool(r[5]), bool(r[6]), int(r[7])) for r in rows]


def match_events(events: Sequence[Event], old: Sequence[OldSource]) -> dict[int, OldSource]:
    """New event index -> the old source it continues. Each old source is used once; the closest kinds of
    match are tried first: the same sentence with the same category and actors, then a near-identical sentence
    with them, then the same sentence with the same category or the same actors."""
    matched: dict[int, OldSource] = {}
    used: set[int] = set()
    keys = [(" ".join(e.sentence.split()), e.category, actor_signature(e.actors)) for e in events]
    olds = [(" ".join(o.sentence.split()), o) for o in old]

    def same_all(new: tuple[str, str, str], text: str, o: OldSource) -> bool:
        return new == (text, o.category, o.actor_sig)

    def near_all(new: tuple[str, str, str], text: str, o: OldSource) -> bool:
        return new[1:] == (o.category, o.actor_sig) and similarity(new[0], text) >= SAME_SENTENCE_SIMILARITY

    def same_sentence(new: tuple[str, str, str], text: str, o: OldSource) -> bool:
        return new[0] == text and (new[1] == o.category or new[2] == o.actor_sig)

    for rule in (same_all, near_all, same_sentence):
        for index, new in enumerate(keys):
            if index in matched:
                continue
            for text, o in olds:
                if o.rowid not in used and rule(new, text, o):
                    matched[index] = o
                    used.add(o.rowid)
                    break
    return matched
