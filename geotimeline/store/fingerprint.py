"""A store's content as one digest, the same on both backends: to say that two stores hold the same articles,
events, actors and sources (a run killed and re-run against a clean run), not only the same counts.

What the order of writing cannot change is compared in full: every article (its text as a digest), every event
with its actors and its source sentences (with what the extractor said of each), whether it is edited or deleted.
Event ids and row numbers are left out (workers finishing in another order number rows differently). An event
reported by several articles shows the reading of whichever report was stored first; for such an event the digest
takes the merge key (category and actor signature) and its sources, not the first report's wording.

Which reports merge into one event can itself depend on the order of writing (three reports A, B, C where B is
the same development as A and as C but C not as A: written A, B, C they make two events, written B, A, C one).
`sources_digest` leaves the events out: the articles and every source sentence with its reading, so two stores
whose digests differ but whose sources digests agree hold the same reports, only grouped into events otherwise.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

_EVENT = ("id, summary, category, domain, start, \"end\", granularity, date_text, date_source, date_mod, date_value,"
          " place_name, lat, lon, place_kind, place_country, place_inferred, attributed_to, mode, confidence,"
          " actor_sig, vessels, edited, deleted")
_MERGE_KEY = ("category", "actor_sig", "edited", "deleted")


@dataclass(frozen=True, slots=True)
class Content:
    """A store's content: the counts and one digest of everything compared (`actors`: the actor rows of the
    events compared in full, those reported by one article)."""

    articles: int
    events: int
    actors: int
    sources: int
    digest: str
    sources_digest: str  # the articles and source sentences alone, without their grouping into events

    def to_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "events": self.events, "actors": self.actors, "sources": self.sources,
                "digest": self.digest, "sources_digest": self.sources_digest}


def content(conn: Any) -> Content:
    """The content of the store behind `conn` (a `Store.conn`: SQLite or PostgreSQL, `?` placeholders)."""
    articles = sorted(
        (key, ext_id, title, outlet, url, published, language, _digest(text), source, collection, n_sources)
        for key, ext_id, title, outlet, url, published, language, text, source, collection, n_sources
        in conn.execute("SELECT key, ext_id, title, outlet, url, published, language, text, source, collection,"
                        " n_sources FROM articles"))
    sources: dict[int, list[tuple]] = {}
    for row in conn.execute("SELECT event_id, article_key, sentence_start, sentence_end, sentence, attributed_to,"
                            " category, actor_sig FROM event_sources"):
        sources.setdefault(row[0], []).append(tuple(row[1:]))
    actors: dict[int, list[tuple]] = {}
    for row in conn.execute("SELECT event_id, pos, name, country, role FROM event_actors"):
        actors.setdefault(row[0], []).append(tuple(row[1:]))
    names = [c.strip().strip('"') for c in _EVENT.split(",")]
    events, n_actors = [], 0
    for row in conn.execute(f"SELECT {_EVENT} FROM events"):
        values = dict(zip(names, row, strict=True))
        cited = sorted(sources.get(values["id"], []), key=repr)
        if len({s[0] for s in cited}) > 1:  # several reports: the first one stored gave the wording
            reading: dict[str, object] = {k: values[k] for k in _MERGE_KEY}
        else:
            reading = {k: v for k, v in values.items() if k != "id"}
            reading["actors"] = sorted(actors.get(values["id"], []), key=repr)
            n_actors += len(reading["actors"])
        events.append({"reading": reading, "sources": cited})
    events.sort(key=lambda e: json.dumps(e, sort_keys=True, default=str))
    payload = json.dumps({"articles": articles, "events": events}, sort_keys=True, default=str)
    reports = json.dumps({"articles": articles, "sources": sorted((s for rows in sources.values() for s in rows), key=repr)},
                         sort_keys=True, default=str)
    return Content(len(articles), len(events), n_actors, sum(len(s) for s in sources.values()), _digest(payload),
                   _digest(reports))


def _digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()
