"""geotimeline.app.explore_page logic that needs no running page: what a selection of timeline bins lists."""

from __future__ import annotations

import numpy as np
import pytest

from geotimeline.app import explore_page
from geotimeline.overview import Binned


class Selection(dict):
    """st.session_state stand-in: the chart's last selection under its key."""


@pytest.mark.parametrize(("bin_sizes", "picked", "listed", "note"), [
    ((3, 4), (-1,), (1, 2, 3), "3 events selected"),
    ((300, 400), (-1, -2), tuple(range(1, 501)), "the first 500 of the 700 events in the selected bins"),
    ((300, 400), (-2,), tuple(range(301, 701)), "400 events selected"),
])
def test_a_selection_of_bins_lists_at_most_500_events_and_says_so(monkeypatch: pytest.MonkeyPatch, bin_sizes,
                                                                  picked, listed, note) -> None:
    import streamlit as st

    members, first = {}, 1
    for n, size in enumerate(bin_sizes, start=1):
        members[-n] = np.arange(first, first + size)
        first += size
    state = Selection(_bins=Binned(frame=None, members=members, unit="week"),  # type: ignore[arg-type]
                      timeline_chart={"select": {"selection": {"points": [{"customdata": b} for b in picked]}}})
    monkeypatch.setattr(st, "session_state", state)
    explore_page.on_timeline_select()
    assert state["sel"] == listed
    assert explore_page.selection_note(state["sel"]).startswith(note)
