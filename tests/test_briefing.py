from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geotimeline.briefing import (
    counts_by_actor,
    counts_by_domain,
    counts_html,
    event_slide_html,
    ordered,
    slide_at,
    span_text,
    step_of,
    title_facts,
    title_slide_html,
    window,
)


def deck() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [10, 11, 12, 13],
        "start": pd.to_datetime(["2025-10-24", None, "2025-09-01", "2025-10-24"]),
        "domain": ["naval", "diplomatic", "naval", "air"],
        "outlets": ["Meridian Wire", "Atlas Daily|Meridian Wire", "Atlas Daily", ""],
        "actors": [
            "US Navy (USA, source); Venezuela (VEN, target)",
            "Nicolás Maduro (VEN, source); Vladimir Putin (RUS, target)",
            "US Navy (USA, source)",
            "Hezbollah (-, source); US Navy (USA, target); US Navy (USA, source)",
        ],
    })


def test_order_is_by_date_then_id_undated_last() -> None:
    assert ordered(deck())["id"].tolist() == [12, 10, 13, 11]


@pytest.mark.parametrize(
    ("step", "kind", "event_id", "clamped"),
    [(0, "title", None, 0), (-4, "title", None, 0), (1, "event", 12, 1), (2, "event", 10, 2),
     (4, "event", 11, 4), (5, "summary", None, 5), (99, "summary", None, 5)],
)
def test_slide_at(step: int, kind: str, event_id: int | None, clamped: int) -> None:
    slide = slide_at(deck(), step)
    assert (slide.kind, slide.event_id, slide.step, slide.total) == (kind, event_id, clamped, 6)
    assert slide.is_first == (clamped == 0)
    assert slide.is_last == (clamped == 5)


def test_empty_deck_has_title_and_summary() -> None:
    empty = deck().iloc[0:0]
    assert [slide_at(empty, s).kind for s in (0, 1, 2)] == ["title", "summary", "summary"]


@pytest.mark.parametrize(("event_id", "step"), [(12, 1), (11, 4), (99, None)])
def test_step_of(event_id: int, step: int | None) -> None:
    assert step_of(deck(), event_id) == step


def test_title_facts() -> None:
    facts = title_facts(deck())
    assert (facts.n_events, facts.first, facts.last, facts.n_outlets) == (4, date(2025, 9, 1), date(2025, 10, 24), 2)
    assert facts.domains[0] == "naval"


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (None, None, "no dated events"),
        (date(2025, 9, 1), date(2025, 9, 1), "1 September 2025"),
        (date(2025, 9, 1), date(2025, 10, 24), "1 September – 24 October 2025"),
        (date(2024, 12, 30), date(2025, 1, 2), "30 December 2024 – 2 January 2025"),
    ],
)
def test_span_text(first: date | None, last: date | None, expected: str) -> None:
    assert span_text(first, last) == expected


def test_counts_by_domain() -> None:
    assert counts_by_domain(deck()) == [("naval", 2), ("air", 1), ("diplomatic", 1)]


def test_counts_by_actor_count_each_event_once() -> None:
    assert counts_by_actor(deck()) == [
        ("US Navy", 3), ("Hezbollah", 1), ("Nicolás Maduro", 1), ("Venezuela", 1), ("Vladimir Putin", 1),
    ]
    assert counts_by_actor(deck(), limit=1) == [("US Navy", 3)]


@pytest.mark.parametrize(
    ("at", "days", "expected"),
    [
        (pd.Timestamp("2025-10-24"), 10, [10, 13]),
        (pd.Timestamp("2025-09-05"), 10, [12]),
        (pd.Timestamp("2025-10-24"), 60, [10, 12, 13]),
        (None, 10, [10, 11, 12, 13]),
        (pd.NaT, 10, [10, 11, 12, 13]),
    ],
)
def test_window(at: object, days: int, expected: list[int]) -> None:
    assert sorted(window(deck(), at, days)["id"].tolist()) == expected


def test_window_keeps_open_ended_developments() -> None:
    d = deck().assign(end=pd.NaT, open_end=[False, False, True, False])
    assert 12 in window(d, pd.Timestamp("2025-12-24"), 5)["id"].tolist()


def test_counts_html_escapes_labels() -> None:
    out = counts_html([("<script>x</script>", 1200)], ("Actor", "Events"))
    assert "<script>" not in out and "&lt;script&gt;" in out and "<td>1,200</td>" in out


def event_row(**over: object) -> dict:
    row = {
        "id": 7, "summary": "Maduro asks Putin for missiles", "category": "REQUEST", "domain": "diplomatic",
        "start": pd.Timestamp("2025-10-16"), "end": pd.Timestamp("2025-10-16"), "open_end": False,
        "granularity": "day", "date_text": "October 16", "date_source": "text", "date_mod": None,
        "place_name": "Moscow", "place_inferred": True, "actors": "Nicolás Maduro (VEN, source)",
        "mode": "reported", "attributed_to": "The Washington Post", "outlets": "Meridian Wire",
        "published": pd.Timestamp("2025-11-01"), "edited": False,
        "sentence": "Maduro wrote to Putin on October 16, according to The Washington Post.",
    }
    row.update(over)
    return row


@pytest.mark.parametrize(
    ("over", "present", "absent"),
    [
        ({}, ["Maduro asks Putin for missiles", "October 16 → 2025-10-16", "Moscow (inferred)",
              "“Maduro wrote to Putin on October 16", "— Meridian Wire, 1 November 2025", "3 of 9",
              "The Washington Post"], ["(date of the report)"]),
        ({"date_text": None, "date_source": "published"}, ["(date of the report)"], ["→"]),
        ({"sentence": "<script>alert(1)</script> ![x](http://evil.example/x.png)"},
         ["&lt;script&gt;alert(1)&lt;/script&gt;"], ["<script>"]),
        ({"summary": "<img src=x onerror=alert(1)>"}, ["&lt;img src=x onerror=alert(1)&gt;"], ["<img"]),
        ({"sentence": "word " * 200}, ["…”"], []),
        ({"sentence": None, "outlets": ""}, ["unknown outlet"], ["blockquote"]),
    ],
)
def test_event_slide_html(over: dict, present: list[str], absent: list[str]) -> None:
    page = event_slide_html(event_row(**over), 3, 9)
    for text in present:
        assert text in page
    for text in absent:
        assert text not in page


def test_title_slide_html_escapes_domains() -> None:
    facts = title_facts(deck())
    page = title_slide_html(facts, "Caribbean <b>crisis</b>")
    assert "Caribbean &lt;b&gt;crisis&lt;/b&gt;: 4 events" in page
    assert "1 September – 24 October 2025" in page
