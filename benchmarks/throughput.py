"""Articles per second for the whole pipeline on the VOA stories, as `geotimeline extract` runs it (the
stories read by the reader from a JSON Lines file, then extract_events), with 1 process and with 2 processes
(target: >= 10 articles/s per core), side by side with one plain `dateparser.search_dates` pass over the same texts. A stage table
says where the time goes (sentences+triggers, temporal, actors, gazetteer) so each owner can see their part.

A robustness pass runs every VOA story and every sample article (data/samples) once more and counts the
exceptions that escape extract_events and the tagger failures it swallows on the way (logged as warnings by
geotimeline.events); both must be zero.

Run: python -m benchmarks.throughput
"""

from __future__ import annotations

import cProfile
import json
import logging
import multiprocessing
import os
import pstats
import time
from datetime import date, datetime
from pathlib import Path

from benchmarks.extraction import read_records
from benchmarks.table import corpus, write_results
from geotimeline.articles import Article, read_articles
from geotimeline.events import extraction as ev
from geotimeline.events.categories import find_triggers
from geotimeline.sentences import split_sentences

REPEATS = 3


PROCESSES = 2
PER_CORE_TARGET = 10.0


def load() -> list[Article]:
    """The VOA stories through the reader (id, text, title, url, published, outlet VOA), as the CLI reads them."""
    records = [json.loads(line) for line in (corpus("voa") / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return read_records({"id": str(r["id"]), "text": r["text"], "title": r.get("title", ""), "url": r.get("url", ""),
                         "published": r.get("published"), "outlet": "VOA"} for r in records)


SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def robustness(articles: list[Article]) -> dict:
    """Exceptions escaping extract_events and tagger failures swallowed inside it, over `articles` and the
    sample corpus."""
    every = list(articles) + [a for p in sorted(SAMPLES.glob("2*.md")) for a in read_articles(p)]
    counter = _Counter()
    logger = logging.getLogger("geotimeline")
    logger.addHandler(counter)
    escaped: list[str] = []
    try:
        for a in every:
            try:
                ev.extract_events(a)
            except Exception as exc:  # counted and named, not hidden: the figure must be zero
                escaped.append(f"{a.id}: {exc!r}")
    finally:
        logger.removeHandler(counter)
    return {"articles": len(every), "escaped_exceptions": escaped, "swallowed_failures": counter.messages}


def _extract(article: Article) -> int:
    return len(ev.extract_events(article))


def _timed(fn, items) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = [fn(a) for a in items]
    return time.perf_counter() - t0, result


def main() -> None:
    articles = load()
    n = len(articles)
    cores = os.cpu_count() or 1
    processes = PROCESSES
    _extract(articles[0])  # warm the dictionaries (loaded once per process)

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(2025, 3, 14)}
    # The machine is shared: each figure is the best of REPEATS runs, taken in alternation.
    dp_runs, single_runs, multi_runs = [], [], []
    counts: list[int] = []
    for _ in range(REPEATS):
        dp_runs.append(_timed(lambda a: search_dates(a.text, languages=["en"], settings=settings), articles)[0])
        t0 = time.perf_counter()  # reading is part of what the user waits for
        counts = [_extract(a) for a in load()]
        single_runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.map(_extract, load(), chunksize=4)
        multi_runs.append(time.perf_counter() - t0)
    dp_time, single, multi = min(dp_runs), min(single_runs), min(multi_runs)

    stages = {
        "sentences + triggers": lambda a: [find_triggers(s.text, "en") for s in split_sentences(a.text)],
        "temporal.find_timexes": lambda a: ev.find_timexes(a.text, a.published or date(2025, 1, 1), "en"),
        "actors.find_actors": lambda a: ev.find_actors(a.text, "en"),
        "gazetteer.find_places": lambda a: ev.find_places(a.text, "en", ()),
    }
    stage_rows = [[f"stage: {name}", n, t, n / t if t else 0.0, "-"] for name, t in
                  ((name, min(_timed(fn, articles)[0] for _ in range(REPEATS))) for name, fn in stages.items())]
    rows = [
        ["dateparser.search_dates (baseline, 1 process)", n, dp_time, n / dp_time, n / dp_time, "-"],
        ["extract (reader + extract_events), 1 process", n, single, n / single, n / single, sum(counts)],
        [f"extract (reader + extract_events), {processes} processes", n, multi, n / multi,
         n / multi / min(processes, cores), "-"],
        ["target", "", "", "", f">= {PER_CORE_TARGET:.0f}", ""],
        *[[*r[:4], "-", r[4]] for r in stage_rows],
    ]
    profile = cProfile.Profile()
    profile.enable()
    for a in articles[:30]:
        ev.extract_events(a)
    profile.disable()
    stats = pstats.Stats(profile).sort_stats("cumulative")
    top = []
    for func, (_cc, _nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:25]:
        top.append(f"{ct:7.3f}s cum {tt:7.3f}s own  {func[0].split('/')[-1]}:{func[1]} {func[2]}")
    robust = robustness(articles)
    write_results(
        "throughput",
        ["run", "articles", "seconds", "articles/s", "articles/s per core", "events"],
        rows,
        cores=cores,
        processes=processes,
        load_average_1_5_15_min=os.getloadavg(),  # the machine is shared: a high load slows every figure
        per_core_target=PER_CORE_TARGET,
        events_per_article=sum(counts) / n,
        repeats=REPEATS,
        all_runs_seconds={"dateparser": dp_runs, "single": single_runs, "multi": multi_runs},
        profile_top_cumulative=top,
        robustness=robust,
    )
    print(f"robustness: {robust['articles']} articles (VOA + samples), "
          f"{len(robust['escaped_exceptions'])} exceptions escaped, {len(robust['swallowed_failures'])} tagger failures")
    print("\ncProfile, 30 articles, top cumulative:")
    print("\n".join(top[:15]))


if __name__ == "__main__":
    main()
