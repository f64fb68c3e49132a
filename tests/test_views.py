from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from geotimeline.views import (
    detail_from_row,
    detail_markdown,
    escape_html,
    escape_markdown,
    event_label,
    focus,
    highlight_html,
    interpreted_date,
    selected_ids,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "![x](http://evil.example/pixel.png)",
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` # heading",
    ":red[colour] :smile: $x^2$",
    "<img src=x onerror=alert(1)>",
    "    indented code block",
    "1. list\n- item\n> quote",
    "&lt;already escaped&gt;",
]


def _unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.replace("  \n", "\n"))


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_markdown_leaves_no_active_syntax(text: str) -> None:
    out = escape_markdown(text)
    # every markdown/HTML-significant character is backslash-escaped
    assert not re.search(r"(?<!\\)[<>\[\]()!*_`#:$&|~]", out.replace("  \n", ""))
    # and nothing is lost: removing the escapes gives the text back (modulo leading spaces per line)
    assert _unescape_markdown(out) == "\n".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&#x27;"), (None, ""), (3, "3")],
)
def test_escape_html(text: object, expected: str) -> None:
    assert escape_html(text) == expected


ARTICLE = "First line <b>bold</b>.\nMaduro wrote to Putin <script>x()</script>. Last ![](http://e/x.png)"


@pytest.mark.parametrize(
    ("start", "end", "sentence", "marked"),
    [
        (24, 67, "", "Maduro wrote to Putin &lt;script&gt;x()&lt;/script&gt;."),
        (0, 5, "Maduro wrote to Putin", "Maduro wrote to Putin"),  # bad offsets: found by text
        (500, 600, "", None),  # out of range, nothing to find: unmarked
        (0, 5, "not in the article", None),
    ],
)
def test_highlight_html(start: int, end: int, sentence: str, marked: str | None) -> None:
    out = highlight_html(ARTICLE, start, end, sentence=sentence)
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    found = re.search(r'<mark id="source-sentence">(.*?)</mark>', out, re.S)
    assert (found.group(1) if found else None) == marked
    # the only tags are ours
    assert set(re.findall(r"<(/?\w+)", out)) <= {"div", "/div", "mark", "/mark"}


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (None, ()),
        ({"selection": {"points": []}}, ()),
        ({"selection": {"points": [{"customdata": [7, "x"]}, {"customdata": 3}, {"customdata": [7]}]}}, (7, 3)),
        ({"selection": {"points": [{"point_index": 2}, {"customdata": None}, {"customdata": "n/a"}]}}, ()),
        ({"selection": {"points": [{"customdata": float("nan")}, {"customdata": "12"}]}}, (12,)),
        ({"selection": {"points": [{"customdata": ["3|7|9", "Caracas"]}, {"customdata": "9|x|2"}]}}, (3, 7, 9, 2)),
        ({"selection": {"points": [{"customdata": 4.0}]}}, (4,)),
    ],
)
def test_selected_ids_use_customdata(selection: object, expected: tuple[int, ...]) -> None:
    assert selected_ids(selection) == expected


class _Attr:
    def __init__(self, **kw: object) -> None:
        self.__dict__.update(kw)


def test_selected_ids_from_attribute_style_state() -> None:
    state = _Attr(selection=_Attr(points=[{"customdata": [5]}]))
    assert selected_ids(state) == (5,)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((pd.Timestamp("2025-10-16"), pd.NaT, "day"), "2025-10-16"),
        ((pd.Timestamp("2025-10-01"), pd.Timestamp("2025-10-31"), "month"), "2025-10-01 – 2025-10-31 (month)"),
        ((pd.Timestamp("2025-09-01"), pd.NaT, "month", True), "since 2025-09-01 (month)"),
        ((date(2025, 10, 1), date(2025, 10, 10), "month", False, "START"), "2025-10-01 – 2025-10-10 (month, start)"),
        ((pd.Timestamp("2025-11-01"), None, "day", False, None, "published"), "2025-11-01 (publication date)"),
        ((pd.NaT, pd.NaT, "day"), "undated"),
        ((pd.Timestamp("2025-09-02"), pd.NaT, float("nan"), False, float("nan"), None), "2025-09-02"),
    ],
)
def test_interpreted_date(args: tuple, expected: str) -> None:
    assert interpreted_date(*args) == expected


def _row(**overrides: object) -> dict:
    row = {
        "id": 4, "summary": "Maduro asks *Putin* for help", "date_text": "in October", "start": pd.Timestamp("2025-10-01"),
        "end": pd.Timestamp("2025-10-31"), "granularity": "month", "open_end": False, "date_mod": None,
        "date_source": "text", "actors": "Nicolás Maduro (VEN, source); Vladimir Putin (RUS, target)",
        "place_name": "Caracas", "place_inferred": True, "mode": "reported", "attributed_to": "Washington Post",
        "category": "REQUEST", "domain": "diplomatic", "outlets": "Meridian Wire|Atlas Daily", "edited": True,
    }
    row.update(overrides)
    return row


def test_detail_from_row() -> None:
    d = detail_from_row(_row())
    assert d.id == 4
    assert d.date_written == "in October"
    assert d.date_interpreted == "2025-10-01 – 2025-10-31 (month)"
    assert d.place == "Caracas (inferred)"
    assert d.outlets == "Meridian Wire, Atlas Daily"
    assert d.attribution == "Washington Post"


@pytest.mark.parametrize(
    ("overrides", "field", "expected"),
    [
        ({"date_text": None}, "date_written", "(no date in the text: publication date used)"),
        ({"date_text": None, "start": pd.NaT, "end": pd.NaT}, "date_written",
         "(no date in the text, and the article has no publication date)"),
        ({"place_name": float("nan")}, "place", "no place"),
        ({"attributed_to": None}, "attribution", "not attributed"),
        ({"actors": ""}, "actors", "none recognised"),
        ({"outlets": ""}, "outlets", "not given"),
    ],
)
def test_detail_missing_values(overrides: dict, field: str, expected: str) -> None:
    assert getattr(detail_from_row(_row(**overrides)), field) == expected


def test_detail_markdown_escapes_values() -> None:
    md = detail_markdown(detail_from_row(_row(summary="![](http://evil/x.png) <script>")))
    assert "![](" not in md and "<script>" not in md
    assert r"\!\[\]\(http\:" in md
    assert "*Putin*" not in detail_markdown(detail_from_row(_row()))


@pytest.mark.parametrize(
    ("row", "expected"),
    [({"start": pd.Timestamp("2025-10-16"), "summary": "A"}, "2025-10-16 · A"), ({"start": pd.NaT, "summary": "B"}, "undated · B")],
)
def test_event_label(row: dict, expected: str) -> None:
    assert event_label(row) == expected


def test_store_version_changes_with_ingest_and_edit(tmp_path) -> None:
    from geotimeline.store import Store
    from geotimeline.views import store_version
    from tests.factories import article, event

    with Store(tmp_path / "e.db") as store:
        empty = store_version(store)
        store.ingest(article(), [event()])
        added = store_version(store)
        store.update_event(1, summary="changed")
        edited = store_version(store)
    assert len({empty, added, edited}) == 3


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "timelinejs"])
def test_export_text_exports_only_the_given_events(tmp_path, fmt: str) -> None:
    from geotimeline.store import Store
    from geotimeline.views import export_text
    from tests.factories import article, event

    path = tmp_path / "e.db"
    with Store(path) as store:
        store.ingest(article(), [event(summary="Kept event"), event(summary="Left out", category="ACCUSE")])
    out = export_text(str(path), [1, 999], fmt)
    assert "Kept event" in out and "Left out" not in out


@pytest.mark.parametrize("kind", ["timeline", "map"])
def test_chart_png(kind: str) -> None:
    from geotimeline.report import find_chromium
    from geotimeline.views import chart_png

    if find_chromium() is None:
        pytest.skip("no Chromium to render with")
    frame = pd.DataFrame({"id": [1], "summary": ["A"], "domain": ["naval"], "start": [pd.Timestamp("2025-10-24")],
                          "end": [pd.NaT], "lat": [15.0], "lon": [-73.0], "place_name": ["Caribbean Sea"]})
    assert chart_png(kind, frame).startswith(b"\x89PNG")


@pytest.mark.parametrize(("ids", "expected"), [([2, 1], (10.0, -66.0)), ([3], None), ([], None), ([3, 1], (10.0, -66.0))])
def test_focus(ids: list[int], expected: tuple | None) -> None:
    df = pd.DataFrame({"id": [1, 2, 3], "lat": [10.0, float("nan"), float("nan")], "lon": [-66.0, 0.0, 0.0]})
    assert focus(df, ids) == expected


LONG_ARTICLE = ("Headline line\n\nFirst paragraph, background of the story.\n\nSecond paragraph. The minister met "
           "the ambassador on Monday. More of the second.\n\nThird paragraph, later.\n\n" + "Filler. " * 200
           + "\n\nShare: Facebook X")


@pytest.mark.parametrize(("context", "shown", "hidden"), [
    (20, ["Second paragraph.", "<mark", "More of the second."], ["Headline", "Third paragraph", "Share:"]),
    (200, ["First paragraph", "Third paragraph", "<mark"], ["Share:", "Filler. Filler. Filler. Filler. Filler. "
                                                            "Filler. Filler. Filler. Filler. Filler. Filler. Filler."
                                                            " Filler. Filler. Filler. Filler. Filler. Filler. Filler."
                                                            " Filler. Filler. Filler. Filler. Filler. Filler."]),
    (None, ["Headline", "<mark", "Share:"], []),  # the whole article
])
def test_highlight_excerpt_keeps_the_sentence_in_view(context, shown, hidden) -> None:
    sentence = "The minister met the ambassador on Monday."
    start = LONG_ARTICLE.index(sentence)
    out = highlight_html(LONG_ARTICLE, start, start + len(sentence), sentence=sentence, context=context)
    assert f'<mark id="source-sentence">{sentence}</mark>' in out
    for text in shown:
        assert text in out
    for text in hidden:
        assert text not in out
    assert (context is None) == ("…" not in out)


def test_latest_lists_recent_events_first_then_undated() -> None:
    from geotimeline.views import latest

    df = pd.DataFrame({"id": [1, 2, 3], "start": pd.to_datetime(["2025-10-01", None, "2025-10-20"]),
                       "summary": ["a", "b", "c"], "place_name": ["X", None, "Z"], "outlets": ["W|V", "W", ""]})
    out = latest(df)
    assert list(out["id"]) == [3, 1, 2]
    assert list(out.columns) == ["id", "date", "summary", "place", "outlets"]
    assert out.loc[1, "outlets"] == "W, V"
    assert len(latest(df, limit=2)) == 2


@pytest.mark.parametrize(("start", "end", "gran", "open_end", "mod", "text"), [
    ("2025-10-16", None, "day", False, None, "16 Oct 2025"),
    ("2025-10-01", "2025-10-31", "month", False, "START", "early Oct 2025"),
    ("2025-09-01", None, "month", True, None, "since Sep 2025"),
    ("2025-09-01", "2025-11-30", "season", False, None, "Sep–Nov 2025"),
    ("2025-10-20", "2025-10-24", "range", False, None, "20–24 Oct 2025"),
    ("2025-09-29", "2025-10-05", "week", False, None, "29 Sep – 5 Oct 2025"),
    ("2025-01-01", "2025-12-31", "year", False, "APPROX", "around 2025"),
    ("1960-01-01", None, "year", True, "AFTER", "since 1960"),  # "post-1959"
    (None, None, "day", False, None, "undated"),
])
def test_when_label_keeps_the_real_precision(start, end, gran, open_end, mod, text) -> None:
    from geotimeline.views import when_label

    day = lambda v: pd.Timestamp(v) if v else pd.NaT  # noqa: E731
    assert when_label(day(start), day(end), gran, open_end, mod) == text


def test_png_title_says_what_and_when() -> None:
    from geotimeline.views import png_title

    frame = pd.DataFrame({"start": pd.to_datetime(["2024-03-05", "2024-01-12", None])})
    assert png_title("map", frame) == "geotimeline · map of 3 events, 12 Jan 2024 – 5 Mar 2024"
    assert png_title("timeline", frame.iloc[:0]) == "geotimeline · timeline of 0 events"
