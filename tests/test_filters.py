from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geotimeline.filters import (
    ViewState,
    apply_filters,
    from_query,
    lane_column,
    options,
    prepare,
    state_from_widgets,
    to_query,
    widget_values,
)

NaT = pd.NaT


def frame() -> pd.DataFrame:
    """A small frame with the columns of Store.events_frame()."""
    rows = [
        # id, summary, category, domain, start, end, open_end, mode, countries, source_country, outlets, articles, actors, place
        (1, "Maduro writes to Putin", "REQUEST", "diplomatic", "2025-10-16", NaT, False, "reported",
         "VEN|RUS", "VEN", "Meridian Wire", "a1", "Nicolás Maduro (VEN, source); Vladimir Putin (RUS, target)", "Caracas"),
        (2, "Carrier enters Caribbean", "MOBILIZE", "naval", "2025-10-24", "2025-10-26", False, "asserted",
         "USA", "USA", "Atlas Daily|Meridian Wire", "a2|a1", "US Navy (USA, source)", "Caribbean Sea"),
        (3, "Patrols since September", "MOBILIZE", "naval", "2025-09-01", NaT, True, "asserted",
         "USA|VEN", "USA", "Atlas Daily", "a2", "US Navy (USA, source); Venezuela (VEN, target)", "Caribbean Sea"),
        (4, "Sanctions threatened", "THREATEN", "economic", "2025-08-01", "2025-08-31", False, "hypothetical",
         "USA|VEN", "", "Harbor, Sun & Co", "a3", "", ""),
        (5, "Undated talks", "CONSULT", "diplomatic", NaT, NaT, False, "planned",
         "CHN|VEN", "CHN", "Meridian Wire", "a1", "China (CHN, source)", "Beijing"),
    ]
    cols = ["id", "summary", "category", "domain", "start", "end", "open_end", "mode", "countries",
            "source_country", "outlets", "articles", "actors", "place_name"]
    df = pd.DataFrame(rows, columns=cols)
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    df["sentence"] = df["summary"] + "."
    df["vessels"] = ["", "USS Gerald R. Ford", "", "", ""]
    df["attributed_to"] = [None, "Pentagon", None, None, None]
    return df


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return prepare(frame())


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), [1, 2, 3, 4, 5]),
        (ViewState(date_from=date(2025, 10, 20)), [2, 3]),  # open end reaches forward; undated drops out
        (ViewState(date_to=date(2025, 8, 31)), [4]),
        (ViewState(date_from=date(2025, 8, 15), date_to=date(2025, 8, 20)), [4]),  # overlap with a range
        (ViewState(date_from=date(2025, 10, 25), date_to=date(2025, 10, 25)), [2, 3]),
        (ViewState(domains=("naval",)), [2, 3]),
        (ViewState(categories=("REQUEST", "THREATEN")), [1, 4]),
        (ViewState(modes=("planned",)), [5]),
        (ViewState(countries=("RUS",)), [1]),
        (ViewState(countries=("US",)), []),  # whole items only
        (ViewState(countries=("CHN", "RUS")), [1, 5]),
        (ViewState(outlets=("Atlas Daily",)), [2, 3]),
        (ViewState(outlets=("Harbor, Sun & Co",)), [4]),
        (ViewState(search="putin"), [1]),
        (ViewState(search="  FORD  "), [2]),  # vessels are searched, case-insensitively
        (ViewState(search="pentagon"), [2]),  # attribution is searched
        (ViewState(search="navy venezuela"), [3]),  # every word must occur
        (ViewState(search="(a+"), []),  # a literal, not a regex
        (ViewState(domains=("naval",), map_selected=(3, 5)), [3]),
    ],
)
def test_filters(events: pd.DataFrame, state: ViewState, expected: list[int]) -> None:
    assert apply_filters(events, state)["id"].tolist() == expected


def test_map_selection_can_be_ignored(events: pd.DataFrame) -> None:
    state = ViewState(map_selected=(1,))
    assert len(apply_filters(events, state, use_map=False)) == 5
    assert apply_filters(events, state)["id"].tolist() == [1]


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(date_from=date(2025, 9, 1), date_to=date(2025, 10, 31)),
        ViewState(domains=("naval", "air"), categories=("MOBILIZE",), countries=("VEN", "USA")),
        ViewState(outlets=("Harbor, Sun & Co", "Atlas Daily"), modes=("reported",), search="Gerald R. Ford"),
        ViewState(lanes="country", selected=(3, 1), map_selected=(7,), tab="briefing", step=4, large=True),
        ViewState(search="a & b ?x=1#frag"),
    ],
)
def test_query_round_trip(state: ViewState) -> None:
    assert from_query(to_query(state)) == state


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ViewState()),
        ({"from": "2025-13-40", "to": "nope"}, ViewState()),
        ({"from": "2025-11-01", "to": "2025-10-01"}, ViewState(date_from=date(2025, 10, 1), date_to=date(2025, 11, 1))),
        ({"lanes": "bogus", "tab": "admin", "step": "-3"}, ViewState()),
        ({"step": "x"}, ViewState()),
        ({"sel": ["4", "x", "4", "9"]}, ViewState(selected=(4, 9))),
        ({"domain": "naval,air"}, ViewState(domains=("naval", "air"))),
        ({"cat": ["request"], "country": "ven"}, ViewState(categories=("REQUEST",), countries=("VEN",))),
        ({"tab": "sources", "large": "1"}, ViewState(tab="sources", large=True)),
    ],
)
def test_from_query_tolerates_hand_edited_links(params: dict, expected: ViewState) -> None:
    assert from_query(params) == expected


def test_to_query_leaves_out_defaults() -> None:
    assert to_query(ViewState()) == {}
    assert to_query(ViewState(domains=("naval",), step=2)) == {"domain": ["naval"], "step": "2"}


def test_options(events: pd.DataFrame) -> None:
    opts = options(events)
    assert opts.first == date(2025, 8, 1)
    assert opts.last == date(2025, 10, 26)
    assert opts.countries == ("CHN", "RUS", "USA", "VEN")
    assert opts.outlets == ("Atlas Daily", "Harbor, Sun & Co", "Meridian Wire")
    assert opts.domains == ("diplomatic", "economic", "naval")


@pytest.mark.parametrize(
    ("lanes", "expected"),
    [
        ("domain", ["diplomatic", "naval", "naval", "economic", "diplomatic"]),
        ("country", ["VEN", "USA", "USA", "unknown", "CHN"]),
        ("article", ["a1", "a2", "a2", "a3", "a1"]),
    ],
)
def test_lane_column(events: pd.DataFrame, lanes: str, expected: list[str]) -> None:
    assert lane_column(events, lanes).tolist() == expected


def test_filtering_100k_rows_is_vectorised() -> None:
    big = prepare(pd.concat([frame()] * 20_000, ignore_index=True))
    state = ViewState(date_from=date(2025, 9, 1), countries=("VEN",), search="navy")
    assert len(apply_filters(big, state)) == 20_000


OPTS = options(prepare(frame()))


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(date_from=date(2025, 9, 1), domains=("naval",), countries=("VEN",), search="ford",
                  lanes="article", selected=(2,), map_selected=(3,), tab="briefing", step=2, large=True),
        ViewState(date_to=date(2025, 10, 1), outlets=("Harbor, Sun & Co",), modes=("planned",), tab="sources"),
    ],
)
def test_widgets_round_trip(state: ViewState) -> None:
    assert state_from_widgets(widget_values(state, OPTS), OPTS) == state


@pytest.mark.parametrize(
    ("state", "key", "expected"),
    [
        (ViewState(domains=("naval", "space")), "f_domains", ["naval"]),  # not offered: dropped
        (ViewState(), "f_dates", (date(2025, 8, 1), date(2025, 10, 26))),  # no bound shows the extent
        (ViewState(tab="briefing"), "tab", "Briefing"),
    ],
)
def test_widget_values(state: ViewState, key: str, expected: object) -> None:
    assert widget_values(state, OPTS)[key] == expected


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ((date(2025, 8, 1), date(2025, 10, 26)), (None, None)),  # the full extent is no filter
        ((date(2025, 7, 1), date(2025, 12, 1)), (None, None)),
        ((date(2025, 9, 1),), (date(2025, 9, 1), None)),  # half-picked range
        ((), (None, None)),
    ],
)
def test_state_from_widgets_dates(dates: tuple, expected: tuple) -> None:
    s = state_from_widgets({"f_dates": dates}, OPTS)
    assert (s.date_from, s.date_to) == expected
