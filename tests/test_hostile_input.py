"""Hostile text neither hangs nor breaks the reader or the extractor: each input is read from a .txt and an
.html file and its events extracted under a generous time limit (a hang, not speed, is what fails); the
only exception allowed is InputError, whose message names the article. The inputs come from the generator
of benchmarks.hostile, at sizes that normal code reads well under a second."""

from __future__ import annotations

import html
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from benchmarks.hostile import FAMILIES, LEAD
from geotimeline.articles import Article, InputError, read_articles
from geotimeline.events import MAX_TEXT_CHARS, extract_events

LIMIT = 10  # seconds per input: catches a hang (the regular-expression engine checks signals while matching)

CASES = [
    *((f"{family} / {n}", LEAD + make(n) + " the Pentagon said.") for family, make in FAMILIES.items() for n in (75, 2_000)),
    *((f"capitalised word of {n} before the Pentagon said", LEAD + "A" + "a" * n + " the Pentagon said.")
      for n in (100, 1_000, 5_000)),
    ("line at the cap", FAMILIES["Aaaa repeated"](MAX_TEXT_CHARS - 1_000)),  # read whole, not refused
    ("many dates in sentences", "".join(f"Russia attacked China on {d % 28 + 1} March 2024. " for d in range(300))),
]


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("language", ["en", "es", "ru"])
@pytest.mark.parametrize(("name", "text"), CASES, ids=[name for name, _ in CASES])
def test_the_extractor_finishes_without_an_exception(name, text, language):
    article = Article(id="hostile.txt", text=text, published=date(2025, 5, 5), language=language, source="hostile.txt")
    with time_limit(LIMIT):
        try:
            events = extract_events(article)
        except InputError as exc:  # refused by name (over the cap), never any other exception
            assert "hostile.txt" in str(exc)
            return
    assert all(e.sentence_start <= e.sentence_end <= len(text) for e in events)


def _read_and_extract(path):
    """Read a file and extract its articles within the hang limit; the only exception allowed names the file."""
    with time_limit(LIMIT):
        try:
            articles = read_articles(path, published=date(2025, 5, 5))
        except InputError as exc:
            assert str(path) in str(exc)
            return
        for article in articles:
            try:
                extract_events(article)
            except InputError as exc:  # over the cap: refused by name
                assert str(path) in str(exc) or article.id in str(exc)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize(("name", "text"), CASES, ids=[name for name, _ in CASES])
def test_a_hostile_file_is_read_and_extracted_or_refused_by_name(name, text, suffix, tmp_path):
    path = tmp_path / f"hostile{suffix}"
    body = text if suffix == ".txt" else f"<html><head><title>t</title></head><body><p>{text}</p></body></html>"
    path.write_text(body, encoding="utf-8")
    _read_and_extract(path)


@pytest.mark.parametrize("markup", [False, True])
def test_escaped_markup_and_deep_nesting_in_html_are_read(markup, tmp_path):
    inner = html.escape(FAMILIES["markup"](5_000)) if markup else "<div>" * 3_000 + "The Navy sailed." + "</div>" * 3_000
    path = tmp_path / "nested.html"
    path.write_text(f"<html><body>{inner}</body></html>", encoding="utf-8")
    _read_and_extract(path)


def test_an_article_over_the_cap_is_refused_by_name_with_the_reason():
    article = Article(id="long.txt", text="The Navy sailed. " * (MAX_TEXT_CHARS // 17 + 1), source="uploads/long.txt",
                      published=date(2025, 5, 5))
    with pytest.raises(InputError) as refused:
        extract_events(article)
    assert "uploads/long.txt" in str(refused.value) and f"{MAX_TEXT_CHARS:,}" in str(refused.value)


def test_an_article_at_the_cap_is_read():
    last = "The US Navy seized a tanker on 3 May 2025."
    text = ("The crew slept. " * MAX_TEXT_CHARS)[: MAX_TEXT_CHARS - len(last) - 1] + " " + last
    with time_limit(60):
        events = extract_events(Article(id="cap.txt", text=text, published=date(2025, 5, 5)))
    assert len(text) == MAX_TEXT_CHARS and any("tanker" in e.sentence for e in events)  # read to its end


def test_ingest_names_a_refused_article_and_stores_nothing_of_it(store):
    from geotimeline.pipeline import ingest_articles

    long = Article(id="long.txt", text="The Navy sailed. " * (MAX_TEXT_CHARS // 17 + 1), source="long.txt")
    short = Article(id="short.txt", text="The Navy seized a tanker on 3 May 2025.", source="short.txt",
                    published=date(2025, 5, 5))
    summary = ingest_articles(store, [long, short])
    assert summary.articles_added == 1 and store.count_articles() == 1
    assert len(summary.errors) == 1 and "long.txt" in summary.errors[0] and "characters" in summary.errors[0]


def test_a_run_on_sentence_is_left_out_and_the_rest_of_the_article_kept():
    run_on = "Russia attacked China on 12 March 2024 and " * 100
    text = f"The Navy seized a tanker on 3 May 2025. {run_on}. The Army seized a second tanker on 4 May 2025."
    events = extract_events(Article(id="x.txt", text=text, published=date(2025, 5, 5)))
    kept = {e.sentence for e in events}
    assert any("tanker" in s for s in kept) and any("second" in s for s in kept)
    assert not any("attacked" in s for s in kept)
