"""geotimeline.livechart: the plotly.js copy served from ./static, figure revisions, and selections read back in
the shape views.selected_ids takes (the drawing itself is tested in a browser: test_browser)."""

from __future__ import annotations

import json
from pathlib import Path

import plotly.graph_objects as go
import pytest

from geotimeline import livechart, views


def test_plotly_js_is_copied_once_from_the_plotly_package(tmp_path: Path) -> None:
    static = tmp_path / "static"
    assert livechart.ensure_plotly_js(static)
    target = static / livechart.PLOTLY_JS
    assert target.stat().st_size > 1_000_000 and b"plotly" in target.read_bytes()[:2000].lower()
    stamp = target.stat().st_mtime_ns
    assert livechart.ensure_plotly_js(static) and target.stat().st_mtime_ns == stamp  # not copied again
    target.write_bytes(b"truncated")
    assert livechart.ensure_plotly_js(static) and target.stat().st_size > 1_000_000  # a bad copy is replaced


def test_an_unwritable_static_dir_is_reported_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "static"
    blocker.write_text("a file where the directory should be")
    assert not livechart.ensure_plotly_js(blocker)
    assert "plotly.min.js" in caplog.text


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), True),
        (go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), go.Figure(go.Scatter(x=[1, 2], y=[3, 5])), False),
        (go.Figure(layout={"height": 300}), go.Figure(layout={"height": 301}), False),
    ],
)
def test_the_revision_follows_the_figure(a: go.Figure, b: go.Figure, same: bool) -> None:
    (ja, ra), (_, rb) = livechart.figure_payload(a.to_json()), livechart.figure_payload(b.to_json())
    assert ja == a.to_json() and (ra == rb) == same


@pytest.mark.parametrize(
    ("state", "ids"),
    [
        ({"select": {"selection": {"points": [{"customdata": 7}, {"customdata": "3|9"}]}, "seq": 1}}, (7, 3, 9)),
        ({"select": None}, ()),
        (None, ()),
    ],
)
def test_a_selection_reads_back_as_event_ids(monkeypatch: pytest.MonkeyPatch, state: dict | None,
                                             ids: tuple[int, ...]) -> None:
    import streamlit as st

    monkeypatch.setattr(st, "session_state", {} if state is None else {"chart": state})
    assert views.selected_ids(livechart.selection("chart")) == ids


@pytest.mark.parametrize(("n", "selected"), [(40, (3, 17)), (1500, (5, 900, 1401)), (40, ())])
def test_a_selection_ringed_on_the_cached_timeline_is_the_full_drawing(n: int, selected: tuple[int, ...]) -> None:
    """The page caches the timeline of a filter and rings a selection on it; the result must be what drawing the
    whole figure with that selection gives (events, or the bins holding them above overview.LIMIT)."""
    from geotimeline.overview import timeline_base_view, timeline_rings, timeline_view
    from tests.test_overview import many

    df = many(n)
    full, _ = timeline_view(df, "domain", selected=selected)
    base, bins, marks = timeline_base_view(df, "domain")
    composed, _ = livechart.compose(json.loads(base.to_json()), timeline_rings(bins, marks, selected))
    expected = json.loads(full.to_json())
    got = json.loads(composed)
    assert got["data"] == expected["data"]
    assert bool(selected) == any(t.get("name") == "selected" for t in got["data"])


def test_a_selection_ringed_on_the_cached_map_is_the_full_drawing() -> None:
    from geotimeline.maps import focus_geo, map_figure, selection_rings
    from tests.test_overview import many

    df = many(60).assign(lat=lambda d: 10 + d["id"] % 7, lon=lambda d: -60 - d["id"] % 5,
                         place_name=lambda d: "P" + (d["id"] % 7).astype(str))
    selected, focus = (4, 11), (14.0, -64.0)
    full = json.loads(map_figure(df, selected=selected, focus=focus).to_json())
    composed, _ = livechart.compose(json.loads(map_figure(df).to_json()), selection_rings(df, selected),
                                    geo=focus_geo(focus))
    got = json.loads(composed)
    assert got["data"] == full["data"]
    assert got["layout"]["geo"] == full["layout"]["geo"]


@pytest.mark.parametrize(("given", "expected"), [("filters-a", "filters-a"), (None, "timeline")])
def test_the_view_revision_decides_whether_a_users_zoom_survives(given: str | None, expected: str) -> None:
    spec = {"data": [], "layout": {"uirevision": "timeline", "height": 300}}
    composed, _ = livechart.compose(spec, uirevision=given)
    assert json.loads(composed)["layout"] == {"uirevision": expected, "height": 300}
