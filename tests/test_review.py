from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geotimeline.review import Plan, apply, plan, review_frame


def events() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [1, 2, 3],
        "summary": ["A", "B", "C"],
        "category": ["REQUEST", "MOBILIZE", "MOBILIZE"],
        "domain": ["diplomatic", "naval", "naval"],
        "mode": ["reported", "asserted", "asserted"],
        "start": pd.to_datetime(["2025-10-16", "2025-10-24", None]),
        "end": pd.to_datetime([None, "2025-10-26", None]),
        "attributed_to": [None, "Pentagon", None],
        "edited": [False, False, True],
        "date_text": ["on 16 October", None, None],
        "place_name": ["Caracas", None, "Caribbean Sea"],
        "actors": ["", "", ""],
        "outlets": ["W", "W", "W"],
    })


def test_review_frame_shape() -> None:
    table = review_frame(events())
    assert list(table.columns[:4]) == ["id", "delete", "merge", "edited"]
    assert table.loc[0, "start"] == date(2025, 10, 16)
    assert table.loc[2, "start"] is None
    assert not table["delete"].any()


def edit(table: pd.DataFrame, row: int, **values: object) -> pd.DataFrame:
    out = table.copy()
    for k, v in values.items():
        out.at[row, k] = v
    return out


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ([], Plan()),
        ([(0, {"summary": "A2"})], Plan(updates={1: {"summary": "A2"}})),
        ([(0, {"summary": " A "})], Plan()),  # whitespace only is no change
        ([(1, {"attributed_to": ""})], Plan(updates={2: {"attributed_to": None}})),
        ([(1, {"start": date(2025, 10, 25), "category": "ASSAULT"})],
         Plan(updates={2: {"category": "ASSAULT", "start": date(2025, 10, 25)}})),
        ([(0, {"summary": "gone", "delete": True})], Plan(deletes=(1,))),  # delete wins over edit
        ([(2, {"merge": True}), (0, {"merge": True}), (1, {"merge": True})], Plan(merge=(1, 2, 3))),  # earliest first
        ([(0, {"merge": True})], Plan()),  # one ticked row is not a merge
    ],
)
def test_plan(changes: list, expected: Plan) -> None:
    original = review_frame(events())
    edited = original
    for row, values in changes:
        edited = edit(edited, row, **values)
    assert plan(original, edited) == expected


def test_plan_matches_rows_by_id_not_position() -> None:
    original = review_frame(events())
    edited = edit(original, 2, summary="C2").iloc[::-1].reset_index(drop=True)
    assert plan(original, edited).updates == {3: {"summary": "C2"}}


class FakeStore:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def update_event(self, event_id: int, **changes: object) -> None:
        if changes.get("summary") == "":
            raise ValueError("summary: expected some text")
        self.calls.append(("update", event_id, changes))

    def delete_event(self, event_id: int) -> None:
        self.calls.append(("delete", event_id))

    def merge_events(self, ids: list[int]) -> int:
        self.calls.append(("merge", tuple(ids)))
        return ids[0]

    def event(self, event_id: int) -> None:
        return None


def test_apply_reports_and_continues() -> None:
    store = FakeStore()
    outcome = apply(store, Plan(updates={1: {"summary": ""}, 2: {"start": date(2025, 10, 1), "end": None}},
                                deletes=(3,), merge=(4, 5)))
    assert outcome.updated == 1 and outcome.deleted == 1 and outcome.merged_into == 4
    assert outcome.errors and "event 1" in outcome.errors[0]
    assert ("update", 2, {"start": date(2025, 10, 1), "end": None, "granularity": "day"}) in store.calls
    assert "1 event updated" in outcome.message()


def test_edits_are_stored_marked_and_survive_a_restart(tmp_path) -> None:
    from geotimeline.store import Store
    from tests.factories import article, event

    path = tmp_path / "events.db"
    with Store(path) as store:
        store.ingest(article(), [event(), event(summary="Second", category="ACCUSE", start=date(2025, 10, 20))])
        original = review_frame(store.events_frame())
        edited = edit(original, 0, summary="Maduro asks Putin for radars", mode="denied")
        edited = edit(edited, 1, delete=True)
        outcome = apply(store, plan(original, edited))
        assert outcome.errors == () and outcome.updated == 1 and outcome.deleted == 1
    with Store(path) as reopened:
        frame = reopened.events_frame()
        assert frame["summary"].tolist() == ["Maduro asks Putin for radars"]
        assert frame["mode"].tolist() == ["denied"] and frame["edited"].tolist() == [True]


@pytest.mark.parametrize(("change", "granularity"), [
    ({"start": date(2025, 10, 10)}, "range"),  # the stored end (12 Oct) stays: a range now
    ({"start": date(2025, 10, 12), "end": None}, "day"),
    ({"end": date(2025, 10, 12)}, "day"),  # the same day as the start
])
def test_a_date_edit_sets_the_precision_of_the_dates_the_event_ends_up_with(tmp_path, change, granularity) -> None:
    from geotimeline.store import Store
    from tests.factories import article, event

    with Store(tmp_path / "events.db") as store:
        store.ingest(article(), [event(start=date(2025, 10, 12), end=date(2025, 10, 12), granularity="day")])
        (stored,) = store.events()
        assert apply(store, Plan(updates={stored.id: change})).errors == ()
        assert store.event(stored.id).event.granularity == granularity


def test_merge_through_the_store(tmp_path) -> None:
    from geotimeline.events import EventActor
    from geotimeline.store import Store
    from tests.factories import article, event

    with Store(tmp_path / "events.db") as store:
        store.ingest(article(), [event(), event(summary="Other", actors=(EventActor("Cuba", "CUB", "source"),))])
        original = review_frame(store.events_frame())
        edited = edit(edit(original, 0, merge=True), 1, merge=True)
        outcome = apply(store, plan(original, edited))
        assert outcome.merged_into is not None and store.count_events() == 1


@pytest.mark.parametrize(("second", "merged"), [("My articles", True), ("Samples", False)])
def test_review_never_merges_events_of_different_collections(tmp_path, second: str, merged: bool) -> None:
    from geotimeline.events import EventActor
    from geotimeline.store import Store
    from tests.factories import article, event

    with Store(tmp_path / "events.db") as store:
        store.ingest(article(), [event()])
        store.ingest(article("other text", id="b.md"), [event(summary="Other",
                                                               actors=(EventActor("Cuba", "CUB", "source"),))], second)
        original = review_frame(store.events_frame())
        outcome = apply(store, plan(original, edit(edit(original, 0, merge=True), 1, merge=True)))
        assert (outcome.merged_into is not None) == merged
        assert store.count_events() == (1 if merged else 2)
        assert merged or "different collections (My articles, Samples)" in outcome.errors[0]


@pytest.mark.parametrize(
    ("p", "lines", "warning"),
    [
        (Plan(deletes=(2,)), ["Delete event 2 (2025-10-24, MOBILIZE): B"], None),
        # same category, domain; no date on 3 and a different place: flagged for the place only
        (Plan(merge=(2, 3)), ["Merge event 3 (undated, MOBILIZE): C — into event 2 (2025-10-24, MOBILIZE): B"],
         "Event 3 differs from event 2 in place"),
        # a request in Caracas and a naval move eight days later: date, category, domain and place all differ
        (Plan(merge=(1, 2)), None, "Event 2 differs from event 1 in date (2025-10-16 vs 2025-10-24), category, "
         "domain, place"),
        (Plan(updates={1: {"summary": "x"}}), [], None),
    ],
)
def test_consequences_spell_out_deletes_and_flag_unlike_merges(p, lines, warning) -> None:
    from geotimeline.review import consequences

    got_lines, warnings = consequences(p, review_frame(events()))
    if lines is not None:
        assert got_lines == lines
    if warning is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warnings[0].startswith(warning)


@pytest.mark.parametrize("second", ["edit", "delete"])
def test_a_table_edit_of_an_event_someone_else_changed_meanwhile_is_refused(store_target, second) -> None:
    from geotimeline.store import Store
    from tests.factories import article, event

    with Store(store_target) as mine, Store(store_target) as theirs:
        mine.ingest(article(), [event()])
        original = review_frame(mine.events_frame())
        (stored,) = theirs.events()
        theirs.update_event(stored.id, summary="Their reading")
        edited = edit(original, 0, summary="My reading") if second == "edit" else edit(original, 0, delete=True)
        outcome = apply(mine, plan(original, edited))
        assert (outcome.updated, outcome.deleted) == (0, 0)
        (error,) = outcome.errors
        assert "changed by someone else" in error and "Their reading" in error
        assert mine.event(stored.id).event.summary == "Their reading"
        again = review_frame(mine.events_frame())  # the table read again: the edit goes through
        assert apply(mine, plan(again, edit(again, 0, summary="My reading"))).errors == ()
        assert theirs.event(stored.id).event.summary == "My reading"
