from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from geotimeline import overview
from geotimeline.overview import MAX_LANES, OTHER_LANES, binned, choose_unit, needs_bins, timeline_view


def many(n: int, days: int = 700, lanes: int = 5, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, days, n), unit="D")
    countries = np.array([f"C{i:02d}" for i in range(lanes)])
    return pd.DataFrame({
        "id": np.arange(1, n + 1),
        "start": start,
        "end": start,
        "domain": rng.choice(["naval", "diplomatic", "air"], n),
        "source_country": rng.choice(countries, n),
        "countries": "",
        "articles": rng.choice(["a1", "a2"], n),
        "summary": "x",
    })


@pytest.mark.parametrize(("n", "expected"), [(10, False), (1000, False), (1001, True)])
def test_needs_bins(n: int, expected: bool) -> None:
    assert needs_bins(n) is expected


@pytest.mark.parametrize(
    ("days", "unit"),
    [(1, "day"), (160, "day"), (161, "week"), (1000, "week"), (1200, "month"), (20 * 365, "quarter"),
     (60 * 365, "year"), (500 * 365, "year")],
)
def test_choose_unit(days: int, unit: str) -> None:
    first = pd.Timestamp("2000-01-01")
    assert choose_unit(first, first + pd.Timedelta(days=days - 1))[1] == unit


@pytest.mark.parametrize("lanes", ["domain", "country", "article"])
def test_bins_account_for_every_dated_event(lanes: str) -> None:
    df = many(5000)
    df.loc[:9, "start"] = pd.NaT  # undated: left out, as on the timeline
    b = binned(df, lanes)
    assert (b.frame["id"] < 0).all()
    assert b.frame["n_events"].sum() == 4990
    members = np.concatenate(list(b.members.values()))
    assert sorted(members.tolist()) == list(range(11, 5001))
    assert len(b.frame) <= overview.MAX_BINS and b.unit in ("week", "month")  # the finest unit that fits
    # each bin's events really fall into its period
    first = b.frame.iloc[0]
    inside = df[df["id"].isin(b.members[int(first["id"])])]
    assert inside["start"].between(first["start"], first["end"]).all()


def test_lanes_beyond_the_busiest_are_pooled() -> None:
    b = binned(many(4000, lanes=MAX_LANES + 10), "country")
    lanes = set(b.frame["source_country"])
    assert OTHER_LANES in lanes and len(lanes) == MAX_LANES + 1


@pytest.mark.parametrize(("picked", "expect_all_of_bin"), [([-1], True), ([-1, 5], True), ([5], False), ([-99999], False)])
def test_expand_selection(picked: list[int], expect_all_of_bin: bool) -> None:
    b = binned(many(4000), "domain")
    out = b.expand(picked)
    assert set(b.members[-1].tolist()) <= set(out) if expect_all_of_bin else not (set(b.members[-1].tolist()) <= set(out))
    assert (5 in out) == (5 in picked)


def test_bins_of_highlights_the_bins_holding_the_selection() -> None:
    b = binned(many(4000), "domain")
    holder = next(k for k, v in b.members.items() if 7 in v)
    assert b.bins_of([7]) == (holder,)
    assert b.bins_of([]) == ()


@pytest.mark.parametrize(("n", "binned_expected"), [(50, False), (4000, True)])
def test_timeline_view_bins_only_large_frames(n: int, binned_expected: bool) -> None:
    fig, b = timeline_view(many(n).assign(granularity="day"), "domain", selected=[3])
    assert (b is not None) is binned_expected
    ids = [c for t in fig.data if t.customdata is not None for c in np.asarray(t.customdata, dtype=object).ravel()]
    assert len(fig.data) > 0 and ids


@pytest.mark.parametrize(("days", "unit"), [(30, "day"), (300, "week"), (1500, "month"), (3000, "quarter"),
                                            (20 * 365, "year")])
def test_every_bin_holds_exactly_the_events_of_its_period(days: int, unit: str) -> None:
    df = many(4000, days=days, lanes=3)
    b = binned(df, "country")
    assert b.unit == unit
    start = df.set_index("id")["start"]
    for row in b.frame.itertuples():
        inside = start.loc[b.members[row.id]]
        assert inside.between(row.start, row.end + pd.Timedelta(days=1), inclusive="left").all()
        assert len(inside) == row.n_events
    assert sum(len(m) for m in b.members.values()) == 4000


@pytest.mark.parametrize("n", [3001, 20_000])
def test_binned_timeline_stays_small_whatever_the_number_of_events(n: int) -> None:
    """Above the limit the figure carries bins, not events: its size does not grow with n."""
    import plotly.io as pio

    fig, b = timeline_view(many(n, days=700).assign(granularity="day"), "domain")
    assert b is not None and len(b.frame) <= 3 * 105  # 3 domains x ~100 weeks
    assert "events, weekly bins" in fig.layout.title.text and f"{n:,}" in fig.layout.title.text
    assert len(pio.to_json(fig, validate=False)) < 400_000
