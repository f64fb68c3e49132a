from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geotimeline.briefing import (
    counts_by_actor,
    counts_by_country,
    counts_by_domain,
    counts_by_outlet,
    counts_by_person,
    counts_by_place,
    counts_html,
    event_slide_html,
    is_country,
    key_events,
    ordered,
    slide_at,
    span_text,
    step_labels,
    step_of,
    summary_slide_html,
    title_facts,
    title_slide_html,
    window,
)
from geotimeline.briefing import (
    deck as make_deck,
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
            "Hezbollah (source); US Navy (USA, target); US Navy (USA, source)",
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
    assert "<script>" not in out and "&lt;script&gt;" in out and '<td class="n">1,200</td>' in out


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
              "The Washington Post"], ["publication date"]),
        ({"date_text": None, "date_source": "published"}, ["2025-10-16 (publication date)"], ["→", "date)  ("]),
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


def ranked_deck() -> pd.DataFrame:
    """Five events whose rank is set by outlets, then sources, then confidence, then recency."""
    return pd.DataFrame({
        "id": [1, 2, 3, 4, 5],
        "start": pd.to_datetime(["2025-01-05", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01"]),
        "summary": ["a", "b", "c", "d", "e"],
        "outlets": ["A|B", "A", "A", "A", "A|A"],
        "n_sources": [2, 3, 1, 1, 1],
        "confidence": [0.5, 0.5, 0.9, 0.6, 0.6],
    })


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, [1]),  # two outlets beat three sources from one outlet
        (2, [1, 2]),  # then more sources
        (3, [1, 2, 3]),  # then more confidence
        (4, [1, 2, 3, 5]),  # then the more recent of two equals (a repeated outlet counts once)
        (9, [1, 2, 3, 4, 5]),
    ],
)
def test_key_events_rank_by_outlets_sources_confidence_then_recency(n: int, expected: list[int]) -> None:
    assert sorted(key_events(ranked_deck(), n)["id"].tolist()) == expected


@pytest.mark.parametrize(
    ("mode", "selected", "expected"),
    [("all", (), [1, 2, 3, 4, 5]), ("key", (), [1, 2]), ("selected", (4, 2, 99), [2, 4]), ("selected", (), [])],
)
def test_deck_modes(mode: str, selected: tuple[int, ...], expected: list[int]) -> None:
    assert sorted(make_deck(ranked_deck(), mode, selected, n=2)["id"].tolist()) == expected


def test_step_labels_follow_the_deck_order_and_are_cut() -> None:
    d = deck_with(summary=["Carrier arrives", "x" * 200, "Militia drills", "Strike"])
    labels = step_labels(d, width=40)
    assert labels[0] == "Title" and labels[-1] == "Summary" and len(labels) == len(d) + 2
    assert labels[1] == "1 · 1 Sep 2025 · Militia drills"
    assert labels[4].startswith("4 · undated · xxx") and labels[4].endswith("…") and len(labels[4]) == 40
    assert [slide_at(d, s).event_id for s in (1, 4)] == [12, 11]  # the label of step s is the slide of step s


def deck_with(**columns: list) -> pd.DataFrame:
    return deck().assign(**columns)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Venezuela", True), ("venezuela", True), ("Венесуэла", True), ("Russians", True), ("Estados Unidos", True),
     ("Nicolás Maduro", False), ("US Navy", False), ("China Coast Guard", False), ("Houthis", False), ("", False)],
)
def test_is_country(name: str, country: bool) -> None:
    assert is_country(name) is country


def actors_deck() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [1, 2, 3],
        "start": pd.to_datetime(["2025-01-01", "2025-01-02", "2025-01-03"]),
        "domain": ["naval", "naval", "diplomatic"],
        "actors": [
            "Nicolás Maduro (VEN, source); Venezuela (VEN, target); Nicolás Maduro (VEN, target)",
            "Venezuela (VEN, source); Russia (RUS, target)",
            "Vladimir Putin (RUS, source); Nicolás Maduro (VEN, target)",
        ],
        "countries": ["VEN", "VEN|RUS", "RUS|VEN"],
        "place_name": ["Caracas", "Caracas", ""],
        "outlets": ["Wire A", "Wire A|Wire B", "Wire B"],
    })


def test_people_and_countries_are_counted_apart() -> None:
    d = actors_deck()
    assert counts_by_person(d) == [("Nicolás Maduro", 2), ("Vladimir Putin", 1)]
    assert counts_by_country(d) == [("Venezuela", 3), ("Russia", 2)]
    assert counts_by_place(d) == [("Caracas", 2)]
    assert counts_by_outlet(d) == [("Wire A", 2), ("Wire B", 2)]
    assert counts_by_person(d, limit=1) == [("Nicolás Maduro", 2)]


def test_title_slide_has_period_domains_countries_people_places_outlets() -> None:
    facts = title_facts(actors_deck())
    page = title_slide_html(facts)
    assert "Developments: 3 events" in page and "1 January – 3 January 2025" in page
    for text in ("By domain", "Countries involved", "People and organisations", "Places",
                 "<td>Nicolás Maduro</td>", "<td>Russia</td>", "<td>Caracas</td>", "2 outlets: Wire A, Wire B"):
        assert text in page
    people = page.split("People and organisations")[1].split("</table>")[0]
    assert "Venezuela" not in people and "Russia" not in people


def test_title_slide_counts_one_event_and_lists_at_most_top_outlets() -> None:
    one = actors_deck().iloc[:1].assign(outlets="|".join(f"Outlet {i}" for i in range(12)))
    page = title_slide_html(title_facts(one))
    assert "Developments: 1 event<" in page and "12 outlets: Outlet 0," in page and "and 4 more" in page


def test_summary_slide_has_aligned_tables_and_most_reported() -> None:
    d = actors_deck().assign(summary=["First <b>one</b>", "Second", "Third"], n_sources=[1, 3, 1],
                             confidence=[0.9, 0.9, 0.9])
    page = summary_slide_html(title_facts(d), key_events(d, 2))
    assert "Summary: 3 events" in page and "Outlets" in page
    assert '<th class="n">events</th>' in page and '<td class="n">3</td>' in page
    most = page.split("Most reported")[1]
    assert most.index("2 Jan 2025") < most.index("3 Jan 2025")  # in date order
    assert "First" not in most  # not among the two key events
    assert "<b>one" not in page


def test_empty_deck_slides() -> None:
    empty = actors_deck().iloc[0:0]
    assert "no dated events" in title_slide_html(title_facts(empty))
    assert "Most reported" not in summary_slide_html(title_facts(empty), key_events(empty))
    assert '<td class="none">none</td>' in counts_html([], ("", "events"))


def test_listed_dates_keep_their_precision() -> None:
    """The summary's most-reported list and the go-to labels never turn "early October" into 1 October."""
    d = deck().assign(granularity=["day", "day", "month", "day"], date_mod=[None, None, "START", None],
                      end=pd.to_datetime([None, None, "2025-09-30", None]), open_end=[False, False, False, False],
                      summary=["Carrier arrives", "Letter", "Militia drills", "Strike"], confidence=0.9)
    assert step_labels(d)[1] == "1 · early Sep 2025 · Militia drills"
    most = summary_slide_html(title_facts(d), d).split("Most reported")[1]
    assert "early Sep 2025" in most and "1 Sep 2025" not in most


def test_projector_copy_drops_slider_and_small_text_and_leaves_the_cached_figure_alone() -> None:
    from geotimeline.briefing import projector
    from geotimeline.timeline import timeline_figure

    fig = timeline_figure(deck().assign(summary="s", granularity="day"))
    spec = projector(fig, True)
    assert spec["layout"]["xaxis"]["rangeslider"] == {"visible": False}
    assert spec["layout"]["legend"]["font"]["size"] == 18
    assert fig.layout.xaxis.rangeslider.visible  # the cached figure itself is unchanged
    assert projector(fig, False)["layout"]["showlegend"] is False


@pytest.mark.parametrize(("timeline", "height"), [(True, 370), (True, None), (False, 540), (False, None)])
def test_projector_copy_leaves_its_height_to_the_window(timeline: bool, height: int | None) -> None:
    """The slide's charts take the height the page gives their boxes (briefing.FIT_CSS, from the window), so the
    copy has none of its own, whatever the cached figure had; the timeline's legend is measured against the whole
    figure (a short timeline keeps every key, no scrollbar), the map keeps no room for the legend it drops."""
    from geotimeline.briefing import projector
    from geotimeline.maps import map_figure
    from geotimeline.timeline import timeline_figure

    events = deck().assign(summary="s", granularity="day", lat=[10.5, None, 10.6, 12.0], lon=[-66.9, None, -66.8, -61.0],
                           place_name=["Caracas", "", "Caracas", "Port of Spain"])
    fig = (timeline_figure(events, presentation=True, height=height) if timeline
           else map_figure(events, presentation=True, height=height))
    spec = projector(fig, timeline)
    assert "height" not in spec["layout"]
    assert fig.layout.height is not None  # the cached figure keeps its own
    if timeline:
        legend = spec["layout"]["legend"]
        assert (legend["yref"], legend["y"], legend["yanchor"], legend["maxheight"]) == ("container", 1, "top", 1)
    else:
        assert spec["layout"]["margin"]["t"] == 0 and spec["layout"]["showlegend"] is False
