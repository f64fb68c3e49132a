"""The concurrency run of benchmarks/scale.py: 4 ingest processes and 2 editors at once against one PostgreSQL
store for a given time. The ingest processes race on the same articles (each in its own shuffled order, events
extracted beforehand); the editors keep editing events, each edit made on the version it read.

Measured: articles and source rows lost or doubled, edits saved, refused as conflicts and lost (an event whose
summary is not its last logged edit), and whether the counts (articles, events, source rows) equal those of one
process ingesting the stored articles in order; `reports_equal_sequential`: the same articles and source sentences
(geotimeline.store.fingerprint's sources digest), whatever the grouping into events the order of writing made.
"""

from __future__ import annotations

import multiprocessing
import random
import tempfile
import time
from pathlib import Path

from geotimeline.articles import Article
from geotimeline.store import EditConflict, Store
from geotimeline.store.fingerprint import content

INGESTERS, EDITORS = 4, 2


def _ingester(url: str, work: list[tuple[Article, tuple]], seed: int, deadline: float, out) -> None:
    order = list(range(len(work)))
    random.Random(seed).shuffle(order)
    added = 0
    with Store(url, pool_size=1) as store:
        for i in order:
            if time.time() > deadline:
                break
            article, events = work[i]
            added += store.ingest(article, events).article_added
    out.put(("ingest", seed, added))


def _editor(url: str, who: int, deadline: float, out) -> None:
    rng = random.Random(who)
    done = refused = 0
    with Store(url, pool_size=1) as store:
        while time.time() < deadline:
            ids = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE deleted=0 ORDER BY id LIMIT 5")]
            if not ids:
                time.sleep(0.05)
                continue
            event_id = rng.choice(ids)
            seen = store.event(event_id)
            if seen is None:
                continue
            time.sleep(rng.random() * 0.02)  # a person reading before saving: the other editor may save first
            try:
                store.update_event(event_id, version=seen.version, summary=f"edit {done + refused} by editor {who}")
                done += 1
            except EditConflict:
                refused += 1
    out.put(("edit", who, done, refused))


def _counts(store: Store) -> dict[str, int]:
    return {"articles": store.count_articles(), "events": store.count_events(),
            "source_rows": store.conn.execute("SELECT count(*) FROM event_sources").fetchone()[0]}


def concurrency(work: list[tuple[Article, tuple]], server, seconds: float) -> dict:
    url = server.create_database()
    Store(url).close()  # migrated once before the processes start
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    deadline = time.time() + seconds
    procs = [ctx.Process(target=_ingester, args=(url, work, seed, deadline, out)) for seed in range(INGESTERS)]
    procs += [ctx.Process(target=_editor, args=(url, who, deadline, out)) for who in range(EDITORS)]
    for p in procs:
        p.start()
    reports = [out.get(timeout=seconds + 600) for _ in procs]
    for p in procs:
        p.join()
    ingested = [r for r in reports if r[0] == "ingest"]
    edits = [r for r in reports if r[0] == "edit"]
    with Store(url) as store:
        keys = {a.fingerprint for a, _ in work}
        stored = {r[0] for r in store.conn.execute("SELECT key FROM articles")}
        rows = store.conn.execute("SELECT count(*), count(DISTINCT (event_id, article_key, sentence_start))"
                                  " FROM event_sources").fetchone()
        logged = store.conn.execute("SELECT count(*) FROM edits WHERE action='update'").fetchone()[0]
        last = {r[0]: r[1] for r in store.conn.execute(
            "SELECT event_id, new FROM edits WHERE id IN (SELECT max(id) FROM edits WHERE action='update'"
            " GROUP BY event_id)")}
        current = {e.id: e.event.summary for e in store.events()}
        counts = _counts(store)
        reports = content(store.conn).sources_digest
        problems = store.check()
    with tempfile.TemporaryDirectory(prefix="geotimeline-sequential-") as tmp, \
            Store(Path(tmp) / "sequential.db") as sequential:
        for article, events in work:
            if article.fingerprint in stored:
                sequential.ingest(article, events)
        reference = _counts(sequential)
        reference_reports = content(sequential.conn).sources_digest
    added = sum(r[2] for r in ingested)
    return {
        "seconds": seconds, "ingest_processes": INGESTERS, "editors": EDITORS, "articles_offered": len(work),
        "articles_added_by_processes": added, "articles_stored": len(stored),
        "articles_lost_or_foreign": len(stored - keys), "doubled_articles": added - len(stored),
        "source_rows": rows[0], "doubled_source_rows": rows[0] - rows[1],
        "counts": counts, "counts_sequential": reference, "counts_equal_sequential": counts == reference,
        "reports_equal_sequential": reports == reference_reports,
        "edits_saved": sum(r[2] for r in edits), "edits_logged": logged,
        "edits_refused_as_conflicts": sum(r[3] for r in edits),
        "lost_edits": sum(1 for i, s in last.items() if i in current and current[i] != s),
        "consistency_problems": problems,
    }
