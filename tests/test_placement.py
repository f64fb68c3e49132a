from __future__ import annotations

import pandas as pd
import pytest

from geotimeline.placement import focus_window, label_mask


def days(*isos: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(isos)))


CLUSTER = [f"2025-09-{d:02d}" for d in range(1, 29)] + [f"2025-10-{d:02d}" for d in range(1, 29)]


@pytest.mark.parametrize(
    ("starts", "edge", "expect"),
    [
        # a 1951 treaty year among 56 events of autumn 2025: the first view is autumn 2025
        (["1951-01-01", *CLUSTER], "2025-11-01", ("2025-08-29", "2025-11-03")),
        # two background years: still more than 90% of events in the cluster
        (["1951-01-01", "2016-01-01", *CLUSTER], "2025-11-01", ("2025-08-29", "2025-11-03")),
        # no outliers: the full axis is right
        (CLUSTER, "2025-11-01", None),
        # too few events to speak of outliers
        (["1951-01-01", "2025-09-01", "2025-09-02"], "2025-10-01", None),
        # evenly spread over years: nothing to focus on
        ([f"{y}-06-01" for y in range(2000, 2025)], "2025-01-01", None),
        # an early group that is part of the story (May-Aug 2023, then 2024-2025) stays in the first view,
        # while a lone 2018 background year does not
        (["2018-01-01", *[f"2023-0{m}-10" for m in (5, 6, 7, 8) for _ in range(4)],
          *[f"{y}-{m:02d}-15" for y in (2024, 2025) for m in range(1, 13) for _ in range(8)]],
         "2025-12-31", ("2023-04-01", "2026-02-07")),
        # a far-future plan ("by 2040") does not stretch the axis either; the right edge stays
        ([*CLUSTER, "2040-01-01"], "2025-11-01", ("2025-08-29", "2025-11-03")),
    ],
)
def test_focus_window(starts: list[str], edge: str, expect: tuple[str, str] | None) -> None:
    window = focus_window(days(*starts), pd.Timestamp(edge))
    if expect is None:
        assert window is None
    else:
        assert window is not None
        assert (window[0].date().isoformat(), window[1].date().isoformat()) == expect


def test_focus_window_keeps_the_right_edge_for_open_ranges() -> None:
    window = focus_window(days("1990-01-01", *CLUSTER), pd.Timestamp("2026-03-01"))
    assert window is not None and window[1] >= pd.Timestamp("2026-03-01")


WINDOW = (pd.Timestamp("2025-01-01"), pd.Timestamp("2025-12-31"))


@pytest.mark.parametrize(
    ("x", "y", "text", "expect"),
    [
        # same row, a day apart: the second label would overlap the first
        (["2025-03-01", "2025-03-02"], [0.0, 0.0], ["mid-March", "early March"], [True, False]),
        # same dates in different lanes: both fit
        (["2025-03-01", "2025-03-02"], [0.0, 1.0], ["mid-March", "early March"], [True, True]),
        # sub-rows of one lane are closer than a line of text: they share one row of labels
        (["2025-03-01", "2025-03-02"], [0.84, 1.16], ["mid-March", "early March"], [True, False]),
        # far apart on one row: both fit
        (["2025-03-01", "2025-09-01"], [1.0, 1.0], ["March", "September"], [True, True]),
        # outside the window: not printed
        (["1951-01-01", "2025-03-01"], [0.0, 0.0], ["1951", "March"], [False, True]),
        # order of the rows does not matter: the earlier label wins
        (["2025-03-02", "2025-03-01"], [0.0, 0.0], ["early March", "mid-March"], [False, True]),
    ],
)
def test_label_mask(x: list[str], y: list[float], text: list[str], expect: list[bool]) -> None:
    mask = label_mask(days(*x), pd.Series(y), pd.Series(text), WINDOW)
    assert mask.tolist() == expect


def test_label_mask_needs_more_room_in_large_type() -> None:
    x, y = days("2025-03-01", "2025-06-10"), pd.Series([0.0, 0.0])
    text = pd.Series(["since the beginning of autumn", "later"])
    assert label_mask(x, y, text, WINDOW, presentation=False).tolist() == [True, True]
    assert label_mask(x, y, text, WINDOW, presentation=True).tolist() == [True, False]
