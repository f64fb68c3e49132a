"""The page logic of app.py through streamlit.testing (no browser): URL state, filters, detail card,
briefing steps, sources (bad files), review, and that untrusted text never reaches Markdown unescaped."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_fixtures import build_store
from tests.factories import write_samples

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = build_store(tmp_path / "events.db")
    monkeypatch.setenv("GEOTIMELINE_DB", str(path))
    monkeypatch.setenv("GEOTIMELINE_LOAD_SAMPLES", "0")
    return path


def run(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not [e.value for e in at.error if "could not be drawn" in e.value]  # a tab caught an error (app.guarded)
    return at


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def charts(at: AppTest) -> dict[str, dict]:
    """The charts on the page (geotimeline.livechart components): element key -> the data sent to the browser
    (figure JSON, revision, config, flags)."""
    out = {}
    for element in at.get("bidi_component"):
        if element.proto.component_name == "geotimeline_chart":
            out[element.proto.id.rsplit("-", 1)[-1]] = json.loads(element.proto.json)
    return out


def test_default_view_draws_both_charts(db: Path) -> None:
    at = run()
    assert "3 of 3 events" in captions(at)
    assert set(charts(at)) == {"timeline_chart", "map_chart"}
    assert dict(at.query_params) == {}


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"domain": "naval"}, "1 of 3 events"),
        ({"domain": ["naval", "land"]}, "2 of 3 events"),
        ({"country": "RUS"}, "1 of 3 events"),
        ({"outlet": "Atlas Daily"}, "2 of 3 events"),
        ({"q": "caribbean"}, "1 of 3 events"),
        ({"from": "2025-10-01"}, "2 of 3 events"),
        ({"cat": "MOBILIZE", "mode": "asserted"}, "2 of 3 events"),
        ({"map": "2"}, "1 of 3 events (map selection applied)"),
        ({"domain": "no-such-domain"}, "3 of 3 events"),  # unknown values are dropped, not an error
    ],
)
def test_shared_url_opens_the_same_filters(db: Path, params: dict, count: str) -> None:
    assert count in captions(run(params))


def test_url_seeds_the_widgets(db: Path) -> None:
    at = run({"domain": "naval", "lanes": "country", "q": "ford"})
    assert at.multiselect(key="f_domains").value == ["naval"]
    assert at.radio(key="lanes").value == "country"
    assert at.text_input(key="f_search").value == "ford"


def test_filter_change_updates_count_and_url(db: Path) -> None:
    at = run()
    at.multiselect(key="f_domains").set_value(["naval"]).run()
    assert "1 of 3 events" in captions(at)
    assert at.query_params["domain"] == "naval"
    at.text_input(key="f_search").set_value("nothing matches this").run()
    assert "0 of 3 events" in captions(at)
    at.button[0].click().run()  # Clear filters
    assert "3 of 3 events" in captions(at)
    assert "domain" not in dict(at.query_params) and "q" not in dict(at.query_params)


def test_selected_event_in_url_shows_its_detail_card(db: Path) -> None:
    at = run({"sel": "1"})
    md = markdown(at)
    assert "**Maduro asks Putin for help**" in md
    assert "**Date as written:** October 16" in md
    assert "2025\\-10\\-16" in md  # interpreted date, escaped
    assert "The Washington Post" in md
    body = html(at)
    assert '<mark id="source-sentence">Maduro wrote to Putin &lt;script&gt;' in body
    # feedback above the timeline, escaped; the sentence shown twice: in its paragraph and in the whole article
    assert any(c.startswith("Selected: 2025\\-10\\-16 · Maduro asks Putin for help") for c in captions(at))
    assert body.count('<mark id="source-sentence">') == 2


def test_untrusted_text_never_reaches_markdown_or_html_unescaped(db: Path) -> None:
    at = run({"sel": "1"})
    md, body = markdown(at), html(at)
    assert "<script" not in md and "<b>" not in md  # the title "Letters <b>to</b> Moscow"
    assert "![pixel](" not in md and ":red[" not in md
    assert "<script" not in body
    # in the highlighted article the image syntax is inert text inside our <div>, not an <img>
    assert "<img" not in body and "![pixel](http://evil.example/pixel.png)" in body
    assert set(re.findall(r"<(/?[a-zA-Z]+)", body)) <= {"div", "/div", "mark", "/mark", "style", "/style"}


def test_several_selected_events_are_listed(db: Path) -> None:
    at = run({"sel": ["1", "2"]})
    assert any("2 events selected" in s.value for s in at.subheader)
    selected = [d for d in at.dataframe if d.key != "latest_table"]  # the event list stays below
    assert len(selected) == 1 and len(selected[0].value) == 2
    assert len(at.dataframe(key="latest_table").value) == 3
    at.selectbox(key="detail_pick").set_value(2).run()
    [b for b in at.button if b.label == "Open"][0].click().run()
    assert at.query_params["sel"] == "2"
    assert "**Carrier enters the Caribbean**" in markdown(at)


def test_briefing_steps_from_title_to_summary(db: Path) -> None:
    at = run({"tab": "briefing"})
    assert 'id="gt-title"' in html(at) and "3 events" in html(at)
    assert at.button(key="prev").disabled
    seen = []
    for _ in range(3):
        at.button(key="next").click().run()
        seen.append(re.search(r'id="gt-event">.*?<h1>(.*?)</h1>', html(at)).group(1))
    # date order: September militia, 16 October letters, 24 October carrier
    assert seen == ["Venezuela mobilises its militia", "Maduro asks Putin for help", "Carrier enters the Caribbean"]
    assert at.query_params["step"] == "3" and at.query_params["tab"] == "briefing"
    at.button(key="next").click().run()
    assert 'id="gt-summary"' in html(at) and at.button(key="next").disabled
    assert '<td>US Navy</td><td class="n">1</td>' in html(at)
    at.button(key="prev").click().run()
    assert "Carrier enters the Caribbean" in html(at)


def test_briefing_step_in_url_and_filters_apply(db: Path) -> None:
    at = run({"tab": "briefing", "step": "1", "domain": "naval"})
    assert "Carrier enters the Caribbean" in html(at)
    assert "event 1 of 1" in html(at)
    assert set(charts(at)) == {"brief_timeline", "brief_map"}  # timeline with cursor, focused map


def slide_heading(at: AppTest) -> str:
    found = re.search(r'id="gt-(?:event|title|summary)">(?:<p[^>]*>[^<]*</p>)?<h1>(.*?)</h1>', html(at))
    return found.group(1) if found else ""


def test_briefing_jump_to_a_step(db: Path) -> None:
    at = run({"tab": "briefing"})
    jump = at.selectbox(key="brief_jump")
    assert jump.options[0] == "Title" and jump.options[-1] == "Summary" and len(jump.options) == 5
    assert jump.options[2].endswith("Maduro asks Putin for help")
    jump.set_value(2).run()
    assert slide_heading(at) == "Maduro asks Putin for help" and at.query_params["step"] == "2"
    at.button(key="next").click().run()  # the list follows the buttons
    assert at.selectbox(key="brief_jump").value == 3 and slide_heading(at) == "Carrier enters the Caribbean"
    at.selectbox(key="brief_jump").set_value(4).run()
    assert 'id="gt-summary"' in html(at)


def test_briefing_long_deck_jumps_by_number(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geotimeline import briefing

    monkeypatch.setattr(briefing, "JUMP_LIST_MAX", 3)  # 5 steps: too many for the list
    at = run({"tab": "briefing"})
    assert not [s for s in at.selectbox if s.key == "brief_jump"]
    at.number_input(key="brief_jump_n").set_value(4).run()
    assert slide_heading(at) == "Carrier enters the Caribbean" and at.query_params["step"] == "3"
    at.button(key="prev").click().run()
    assert at.number_input(key="brief_jump_n").value == 3


def test_briefing_key_events_deck_keeps_the_event_shown(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geotimeline import briefing

    monkeypatch.setattr(briefing, "KEY_EVENTS", 1)  # equal sources and confidence: the most recent is kept
    at = run({"tab": "briefing", "step": "3"})
    assert slide_heading(at) == "Carrier enters the Caribbean"
    at.selectbox(key="brief_deck").set_value("key").run()
    assert slide_heading(at) == "Carrier enters the Caribbean" and "event 1 of 1" in html(at)
    assert at.query_params["step"] == "1" and len(at.selectbox(key="brief_jump").options) == 3
    at.button(key="prev").click().run()
    assert slide_heading(at) == "Key developments: 1 event"


def test_briefing_deck_of_the_events_selected_in_explore(db: Path) -> None:
    at = run({"tab": "briefing", "sel": ["1", "3"], "step": "3"})
    at.selectbox(key="brief_deck").set_value("selected").run()
    assert slide_heading(at) == "Selected developments: 2 events"  # the carrier shown is not selected
    at.selectbox(key="brief_jump").set_value(2).run()
    assert slide_heading(at) == "Maduro asks Putin for help" and "event 2 of 2" in html(at)


def test_briefing_selected_deck_without_selection_says_so(db: Path) -> None:
    at = run({"tab": "briefing"})
    at.selectbox(key="brief_deck").set_value("selected").run()
    assert slide_heading(at) == "Selected developments: 0 events"
    assert any("No event is selected" in i.value for i in at.info)


def test_briefing_title_and_summary_separate_countries_from_people(db: Path) -> None:
    at = run({"tab": "briefing"})
    page = html(at)
    assert "1 September – 24 October 2025" in page and "2 outlets: Atlas Daily, Meridian Wire" in page
    people = page.split("People and organisations")[1].split("</table>")[0]
    countries = page.split("Countries involved")[1].split("</table>")[0]
    assert "Nicolás Maduro" in people and "US Navy" in people and "Venezuela" not in people
    assert '<td>Venezuela</td><td class="n">2</td>' in countries and "Nicolás Maduro" not in countries
    at.selectbox(key="brief_jump").set_value(4).run()
    assert "Most reported" in html(at) and "Outlets" in html(at)


def test_briefing_exit_goes_back_to_explore(db: Path) -> None:
    at = run({"tab": "briefing", "step": "1"})
    at.button(key="brief_exit").click().run()
    assert "tab" not in dict(at.query_params) and "step" in dict(at.query_params)
    assert not [b for b in at.button if b.key in ("next", "brief_exit")]  # the briefing is gone
    assert set(charts(at)) == {"timeline_chart", "map_chart"} and any(b.label == "Clear filters" for b in at.button)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"   \n", "empty.txt"),
        ("binary.html", b"\x00\x01\x02\x03" * 200, "binary.html"),
    ],
)
def test_bad_upload_names_the_file_and_stores_nothing(db: Path, name: str, content: bytes, reason: str) -> None:
    at = run({"tab": "sources"})
    at.file_uploader(key="uploads").set_value([("fine.txt", b"Venezuela asked Russia for help on 3 May.",
                                                "text/plain"), (name, content, "text/plain")]).run()
    [b for b in at.button if b.label == "Add the uploaded files"][0].click().run()
    errors = " ".join(e.value for e in at.error)
    assert "Nothing was stored" in errors and reason.replace(".", "\\.") in errors
    from geotimeline.store import Store

    with Store(db) as store:
        assert store.count_articles() == 2  # the good file in the batch was not stored either


@pytest.mark.parametrize("fallback", [None, date(2025, 10, 18)])
def test_an_upload_with_no_date_of_its_own_takes_the_given_date_or_is_flagged(db: Path, fallback) -> None:
    at = run({"tab": "sources"})
    at.file_uploader(key="uploads").set_value([("nodate.txt", b"Venezuela asked Russia for help on Thursday.",
                                                "text/plain")]).run()
    if fallback:
        at.date_input(key="upload_published").set_value(fallback).run()
    [b for b in at.button if b.label == "Add the uploaded files"][0].click().run()
    warnings = " ".join(w.value for w in at.warning)
    from geotimeline.articles import fingerprint
    from geotimeline.store import Store

    with Store(db) as store:
        stored = store.article(fingerprint("Venezuela asked Russia for help on Thursday."))
    assert stored is not None
    if fallback:
        assert stored.published == fallback and "No publication date" not in warnings
    else:
        assert stored.published is None and "No publication date for 1 article" in warnings and "nodate" in warnings


def test_no_matching_events_says_so_and_offers_a_way_out(db: Path) -> None:
    at = run({"q": "zzzznothing"})
    assert "0 of 3 events" in captions(at)
    assert not charts(at)  # no chart with a made-up axis
    assert any("No events match these filters" in i.value for i in at.info)
    at.button(key="clear_empty").click().run()
    assert "3 of 3 events" in captions(at) and len(charts(at)) == 2


@pytest.mark.parametrize("answer", ["confirm_yes", "confirm_no"])
def test_a_delete_waits_for_confirmation(db: Path, answer: str) -> None:
    from geotimeline.review import Plan
    from geotimeline.store import Store

    with Store(db) as store:
        victim = store.events()[0].id
    at = run({"tab": "sources"})
    at.session_state["pending_review"] = (Plan(deletes=(victim,)), [f"Delete event {victim}"], ["a warning"])
    at.run()
    assert "Please confirm" in markdown(at) and any("a warning" in w.value for w in at.warning)
    at.button(key=answer).click().run()
    with Store(db) as store:
        assert (store.event(victim) is None) == (answer == "confirm_yes")
    assert "Please confirm" not in markdown(at)


@pytest.mark.parametrize("large", [False, True])
def test_large_type_charts_keep_their_own_font_sizes(db: Path, large: bool) -> None:
    at = run({"large": "1"} if large else None)
    shown = charts(at)
    sizes = {json.loads(c["figure"])["layout"]["font"]["size"] for c in shown.values()}
    assert len(shown) == 2 and sizes == ({20} if large else {13})


def test_review_save_without_changes(db: Path) -> None:
    at = run({"tab": "sources"})
    [b for b in at.button if b.label == "Save changes"][0].click().run()
    assert any("no changes" in s.value for s in at.success)


def test_empty_store_says_where_to_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOTIMELINE_DB", str(tmp_path / "empty.db"))
    monkeypatch.setenv("GEOTIMELINE_LOAD_SAMPLES", "0")
    at = run()
    assert any("add articles in the Sources tab" in i.value for i in at.info)
    assert "0 of 0 events" in captions(at)


def test_first_run_loads_the_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    samples = write_samples(tmp_path / "samples")
    monkeypatch.setenv("GEOTIMELINE_DB", str(tmp_path / "fresh.db"))
    monkeypatch.setenv("GEOTIMELINE_SAMPLES", str(samples))
    monkeypatch.setenv("GEOTIMELINE_LOAD_SAMPLES", "1")
    at = run()
    from geotimeline.store import Store

    with Store(tmp_path / "fresh.db") as store:
        assert store.count_articles() == 2
        n = store.count_events()
    assert n > 0 and f"{n} of {n} events" in captions(at)
    assert not any("add articles" in i.value for i in at.info)


def test_pasted_text_is_ingested(db: Path) -> None:
    at = run({"tab": "sources"})
    at.text_area(key="paste_text").set_value(
        "CARACAS, Oct 5 - Venezuela's foreign minister met Russia's ambassador in Caracas on Oct 5.").run()
    [b for b in at.button if b.label == "Add pasted text"][0].click().run()
    assert not at.error, [e.value for e in at.error]
    assert any("1 article added" in s.value for s in [*at.success, *at.warning])
    from geotimeline.store import Store

    with Store(db) as store:
        assert store.count_articles() == 3


def test_export_buttons_offer_every_format(db: Path) -> None:
    at = run()
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"CSV", "JSON", "GeoJSON", "TimelineJS3", "Offline HTML"} <= labels
    # what each format leaves out is said, not silent (the three test events all have a place and a date)
    assert any("all 3 filtered events; GeoJSON the 3 with a place; TimelineJS3 the 3 with a date" in c
               for c in captions(at))


@pytest.mark.parametrize(("query", "hidden"), [({"from": "2025-10-10"}, 1), ({"to": "2025-09-15"}, 2),
                                               ({"from": "2025-10-10", "to": "2025-10-20"}, 2), ({}, 0)])
def test_a_date_range_the_user_set_says_what_it_hides_and_shows_all_in_one_click(db: Path, query, hidden) -> None:
    at = run(query)
    notes = [c for c in captions(at) if "date range you set hides" in c]
    if not hidden:
        assert not notes and not [b for b in at.button if b.key == "show_all_dates"]
        return
    assert notes == [f"The date range you set hides {hidden} event{'s' if hidden != 1 else ''}."]
    at.button(key="show_all_dates").click().run()
    assert "3 of 3 events" in captions(at) and not [c for c in captions(at) if "hides" in c]


@pytest.mark.parametrize(("confirm", "articles_left"), [(False, 2), (True, 0)])
def test_removing_a_collection_asks_first(db: Path, confirm: bool, articles_left: int) -> None:
    at = run({"tab": "sources"})
    at.selectbox(key="remove_which").set_value("My articles").run()
    at.button(key="remove_collection").click().run()
    assert any("cannot be undone" in w.value for w in at.warning)
    from geotimeline.store import Store

    with Store(db) as store:
        assert store.count_articles() == 2  # nothing removed before the confirmation
    at.button(key="remove_yes" if confirm else "remove_no").click().run()
    assert not at.exception
    with Store(db) as store:
        assert store.count_articles() == articles_left


def test_the_app_opens_on_a_shared_postgresql_store(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    build_store(pg_url)  # type: ignore[arg-type]
    monkeypatch.setenv("GEOTIMELINE_DB", pg_url)
    monkeypatch.setenv("GEOTIMELINE_LOAD_SAMPLES", "1")  # a shared store is never replaced by the sample seed
    at = run()
    assert "3 of 3 events" in captions(at)
    assert set(charts(at)) == {"timeline_chart", "map_chart"}


@pytest.mark.parametrize("bad", ["not-sqlite", "newer-schema"])
def test_a_store_that_cannot_be_opened_is_named_on_the_page(tmp_path, monkeypatch, bad):
    path = tmp_path / "events.db"
    if bad == "not-sqlite":
        path.write_bytes(b"this is no database at all" * 100)
    else:
        import sqlite3

        sqlite3.connect(path).execute("PRAGMA user_version = 9999").connection.commit()
    monkeypatch.setenv("GEOTIMELINE_DB", str(path))
    monkeypatch.setenv("GEOTIMELINE_LOAD_SAMPLES", "0")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(str(path) in e.value and "cannot be opened" in e.value for e in at.error), [e.value for e in at.error]
