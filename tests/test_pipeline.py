"""The pipeline: progress, idempotence, one bad article does not stop the batch, samples on first run."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline import pipeline
from tests.factories import article, event


@pytest.fixture
def fake_extract(monkeypatch):
    def extract(a):
        if "explode" in a.text:
            raise RuntimeError("boom")
        return [event(article_id=a.id, summary=f"event of {a.id}", start=a.published, end=a.published,
                      date_source="published")]

    monkeypatch.setattr(pipeline, "extract_events", extract)


def test_progress_and_summary(store, fake_extract):
    calls = []
    articles = [article(f"text {i}", id=f"{i}.txt", published=date(2025, 1, 1 + 10 * i)) for i in range(3)]
    summary = pipeline.ingest_articles(store, articles, lambda d, t, label: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert (summary.articles_added, summary.articles_skipped, summary.events_added) == (3, 0, 3)
    again = pipeline.ingest_articles(store, articles)
    assert (again.articles_added, again.articles_skipped, again.events_added) == (0, 3, 0)
    assert "3 articles added" in summary.line()


def test_a_failing_article_is_named_and_the_rest_are_stored(store, fake_extract):
    articles = [article("fine", id="ok.txt"), article("explode", id="bad.txt"), article("fine too", id="ok2.txt")]
    summary = pipeline.ingest_articles(store, articles)
    assert summary.articles_added == 2
    assert len(summary.errors) == 1 and "bad.txt" in summary.errors[0] and "boom" in summary.errors[0]
    assert store.count_articles() == 2


def test_ensure_samples_fills_only_an_empty_store(store, fake_extract, tmp_path):
    samples = tmp_path / "samples"
    samples.mkdir()
    for i in range(2):
        (samples / f"s{i}.md").write_text(
            f"---\ntitle: Sample {i}\noutlet: Meridian Wire\npublished: 2025-10-0{i + 1}\nlanguage: en\n---\n"
            f"Body number {i} about the navy.\n", encoding="utf-8")
    (samples / "README.md").write_text("not an article", encoding="utf-8")
    first = pipeline.ensure_samples(store, samples)
    assert first is not None and first.articles_added == 2 and store.count_articles() == 2
    assert pipeline.ensure_samples(store, samples) is None


def test_unreadable_files_are_reported_with_name_and_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    articles, errors = pipeline.read_all([empty, binary])
    assert articles == []
    assert len(errors) == 2
    assert "empty.txt" in errors[0] and "blob.txt" in errors[1]


def test_articles_without_a_publication_date_are_reported_with_their_undated_events(store, fake_extract):
    articles = [article("dated text", id="dated.txt", published=date(2025, 3, 1)),
                article("undated text", id="undated.txt", published=None)]
    summary = pipeline.ingest_articles(store, articles)
    assert summary.undated_articles == ("undated.txt",) and summary.undated_events == 1
    line = summary.undated_line()
    assert "undated.txt" in line and "1 event have" not in line and "1 article (" in line
    dated_only = pipeline.ingest_articles(store, [article("more dated text", id="d2.txt", published=date(2025, 3, 2))])
    assert dated_only.undated_line() == ""


@pytest.mark.parametrize(("given", "fallback", "expected"), [
    (date(2025, 3, 1), date(2025, 4, 1), date(2025, 3, 1)),  # the article's own date wins
    (None, date(2025, 4, 1), date(2025, 4, 1)),  # the fallback fills the gap
    (None, None, None),
])
def test_a_fallback_publication_date_only_fills_missing_dates(given, fallback, expected):
    (out,) = pipeline.with_publication_date([article("text", id="a.txt", published=given)], fallback)
    assert out.published == expected


@pytest.mark.parametrize(("n", "noun", "text"), [(1, "article", "1 article"), (2, "article", "2 articles"),
                                                  (0, "new event", "0 new events"), (1200, "event", "1,200 events")])
def test_plural(n, noun, text):
    assert pipeline.plural(n, noun) == text
