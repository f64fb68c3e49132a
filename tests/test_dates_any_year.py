"""Events of any year 0001-9999 (a 1604 treaty, a plan for 2300) among ordinary 2025 events: the frame, the
filters, the timeline, the map, the briefing, the exports and the overview all take them; a row that cannot be
drawn is listed with its reason while the rest draws; the temporal tagger and the CLI handle the calendar's
edges."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from geotimeline import briefing, views
from geotimeline.cli import calendar_range_error
from geotimeline.filters import ViewState, apply_filters, options, prepare
from geotimeline.maps import map_figure
from geotimeline.overview import binned, timeline_base_view
from geotimeline.placement import focus_window
from geotimeline.report import offline_html
from geotimeline.review import review_frame
from geotimeline.store import Store
from geotimeline.temporal import find_timexes
from tests.factories import CARACAS, MOSCOW, article, event

FAR = (date(1, 1, 1), date(1604, 5, 1), date(1677, 9, 21), date(2262, 4, 12), date(2300, 1, 1), date(9999, 12, 31))
NORMAL = tuple(date(2025, 10, 1) + timedelta(days=i) for i in range(20))


def build(path: Path, days: tuple[date, ...], published: date = date(2025, 11, 1)) -> Path:
    with Store(path) as store:
        for i, day in enumerate(days):
            store.ingest(article(f"Report {i}.", id=f"a{i}.txt", published=published),
                         [event(summary=f"Event of {day.isoformat()}", start=day, article_id=f"a{i}.txt",
                                sentence=f"Report {i}.", place=CARACAS if i % 2 else MOSCOW)])
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("anyyear") / "events.db", FAR + NORMAL)


@pytest.fixture(scope="module")
def frame(db: Path) -> pd.DataFrame:
    with Store(db) as store:
        return prepare(store.events_frame())


def map_ids(fig: object) -> set[int]:
    """The event ids the map's traces carry (customdata: "|"-joined ids first)."""
    ids: set[int] = set()
    for trace in json.loads(fig.to_json())["data"]:  # type: ignore[attr-defined]
        for value in trace.get("customdata") or []:
            first = value[0] if isinstance(value, list) else value
            ids.update(int(i) for i in str(first).split("|") if i.isdigit())
    return ids


def id_of(frame: pd.DataFrame, day: date) -> int:
    return int(frame.loc[frame["summary"] == f"Event of {day.isoformat()}", "id"].iloc[0])


@pytest.mark.parametrize("day", FAR)
def test_frame_keeps_the_date_and_filters_find_it(frame: pd.DataFrame, day: date) -> None:
    row = frame[frame["id"] == id_of(frame, day)].iloc[0]
    assert row["start"].date() == day and row["problem"] == ""
    only = apply_filters(frame, ViewState(date_from=day, date_to=day))
    assert only["id"].tolist() == [id_of(frame, day)]


def test_sidebar_options_span_every_year(frame: pd.DataFrame) -> None:
    opts = options(frame)
    assert (opts.first, opts.last) == (min(FAR), max(FAR))


@pytest.mark.parametrize("lanes", ["domain", "country", "article"])
def test_timeline_draws_every_event(frame: pd.DataFrame, lanes: str) -> None:
    fig, bins, marks = timeline_base_view(frame, lanes)
    assert bins is None and set(marks["id"]) == set(frame["id"])
    spec = fig.to_json()
    for day in FAR:
        assert day.isoformat() in spec


def test_binned_overview_keeps_every_event(frame: pd.DataFrame) -> None:
    bins = binned(frame, "domain")
    members = [i for ids in bins.members.values() for i in ids]
    assert sorted(members) == sorted(frame["id"]) and bins.frame["start"].notna().all()


@pytest.mark.parametrize("playback", [False, True])
def test_map_draws_every_event_and_plays_few_frames(frame: pd.DataFrame, playback: bool) -> None:
    fig = map_figure(frame, playback=playback)
    assert set(frame["id"]) <= map_ids(fig)
    if playback:  # centuries apart: the periods with events, not 9,999 yearly frames
        assert 2 <= len(fig.frames) <= 64


@pytest.mark.parametrize("far", [date(1604, 5, 1), date(2300, 1, 1), date(9999, 12, 31), date(1, 1, 1)])
def test_one_far_event_leaves_the_first_view_on_the_rest(far: date) -> None:
    starts = pd.Series(pd.to_datetime([d.isoformat() for d in (far, *NORMAL)], format="ISO8601").astype("datetime64[us]"))
    window = focus_window(starts, pd.Timestamp("2025-11-01"))
    assert window is not None
    assert window[0].year == 2025 and window[1].year == 2025


def test_briefing_steps_through_every_event(frame: pd.DataFrame) -> None:
    order = briefing.ordered(frame)
    assert order["start"].iloc[0].year == 1 and order["start"].iloc[-1].year == 9999
    total = len(order) + 2
    for step in range(total):
        slide = briefing.slide_at(frame, step)
        if slide.kind == "event":
            row = order.iloc[step - 1].to_dict()
            assert str(row["summary"]) in briefing.event_slide_html(row, step, len(order))
            assert not briefing.window(frame, row["start"]).empty
    facts = briefing.title_facts(frame)
    assert (facts.first, facts.last) == (min(FAR), max(FAR))


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson", "timelinejs"])
def test_exports_hold_every_year(db: Path, frame: pd.DataFrame, fmt: str) -> None:
    text = views.export_text(str(db), frame["id"].tolist(), fmt)
    for day in FAR:
        assert str(day.year) in text


def test_report_review_and_lists_take_every_year(frame: pd.DataFrame) -> None:
    html = offline_html(frame, "report")
    assert "1604" in html and "9999" in html
    review = review_frame(frame)
    assert set(review["start"].dropna()) >= set(FAR)
    assert set(views.latest(frame)["date"]) >= set(FAR)
    assert "9999" in views.png_title("map", frame) and views.undrawable(frame).empty


BAD_ROWS = [
    ("start", "'10000-01-01'", "is not a calendar date in 0001-9999"),
    ("start", "'0000-00-00'", "is not a calendar date in 0001-9999"),
    ("end", "'2025-01-01'", "before it starts"),  # the event starts on 2025-10-05
    ("lat", "200.0", "off the globe"),
]


@pytest.mark.parametrize(("column", "value", "reason"), BAD_ROWS)
def test_a_row_that_cannot_be_drawn_is_listed_and_the_rest_draws(tmp_path: Path, column: str, value: str,
                                                                 reason: str) -> None:
    db = build(tmp_path / "bad.db", NORMAL)
    with sqlite3.connect(db) as conn:
        bad = conn.execute("SELECT id FROM events WHERE start='2025-10-05'").fetchone()[0]
        conn.execute(f"UPDATE events SET {column}={value} WHERE id=?", (bad,))  # noqa: S608 - our own table
    with Store(db) as store:
        frame = prepare(store.events_frame())
    listed = views.undrawable(frame)
    assert listed["id"].tolist() == [bad] and reason in listed["problem"].iloc[0]
    _, _, marks = timeline_base_view(frame, "domain")
    fig = map_figure(frame)
    rest = set(frame["id"]) - {bad}
    assert set(marks["id"]) >= rest and map_ids(fig) >= rest
    assert (bad in set(marks["id"])) == (column == "lat")  # a bad date leaves the timeline, bad coordinates do not
    lats = [float(y) for t in fig.data for y in (getattr(t, "lat", None) if getattr(t, "lat", None) is not None
                                                 else []) if y is not None]
    assert lats and all(-90 <= y <= 90 for y in lats)


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 3), date(9999, 12, 30), date(9999, 12, 31)])
@pytest.mark.parametrize(("language", "text", "year"), [
    ("en", "The treaty of 1604 was recalled. Talks resume next week; a deal came two days ago, last year too.", 1604),
    ("es", "El tratado de 1604. La semana que viene, hace dos días, el año pasado y el próximo mes.", 1604),
    ("ru", "Договор 1604 года. На следующей неделе, два дня назад, в прошлом году и в следующем месяце.", 1604),
])
def test_tagger_places_what_fits_the_calendar_at_its_edges(published: date, language: str, text: str,
                                                            year: int) -> None:
    found = find_timexes(text, published, language)
    assert any(t.start_date is not None and t.start_date.year == year for t in found)
    for t in found:  # what is placed lies in the calendar; what would not is left out, with no error
        assert t.start_date is None or date(1, 1, 1) <= t.start_date <= date(9999, 12, 31)


@pytest.mark.parametrize(("text", "refused"), [
    ("0000-01-01", True), ("10000-01-01", True), ("-0044-03-15", True), ("0001-01-01", False),
    ("9999-12-31", False), ("2025-11-01", False), ("2025-02-30", False), ("yesterday", False),
])
def test_cli_refuses_a_publication_date_outside_the_calendar(text: str, refused: bool) -> None:
    reason = calendar_range_error(text)
    assert (reason is not None) == refused
    assert reason is None or ("0001-9999" in reason and text in reason)
