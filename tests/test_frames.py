"""The events frame: per-event lists joined in a defined order, and every row agreeing with what
`Store.event` says about the same event (the frame is built set-based, the event one query at a time)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from geotimeline.events import EventActor
from geotimeline.gazetteer import Place
from geotimeline.store.frames import COLUMNS, NOT_GIVEN, joined
from tests.factories import CARIBBEAN, MOSCOW, article, event


@pytest.mark.parametrize(
    ("ids", "values", "sep", "expected"),
    [
        ([1, 1, 2], ["a", "b", "c"], "|", {1: "a|b", 2: "c"}),
        ([5], ["only"], "; ", {5: "only"}),
        ([3, 3, 3], ["x", None, "z"], "|", {3: "x||z"}),  # a missing value is an empty item, not "None"
        ([2, 1, 1], ["b", "a1", "a2"], "|", {2: "b", 1: "a1|a2"}),  # runs, in the order given
        ([], [], "|", {}),
    ],
)
def test_joined_joins_each_run_of_equal_ids_in_order(ids, values, sep, expected) -> None:
    out = joined(pd.Series(ids, dtype="int64"), pd.Series(values, dtype=object), sep)
    assert out.to_dict() == expected


def test_merged_event_lists_its_sources_oldest_first(store) -> None:
    store.ingest(article("first", id="late.txt", outlet="Atlas Daily", published=date(2025, 11, 3)), [event()])
    store.ingest(article("second", id="early.txt", outlet="Meridian Wire", published=date(2025, 10, 20)),
                 [event(sentence="Earlier wording.")])
    store.ingest(article("third", id="again.txt", outlet="Atlas Daily", published=date(2025, 11, 5)), [event()])
    (row,) = store.events_frame().to_dict("records")
    assert row["n_sources"] == 3
    assert row["outlets"] == "Meridian Wire|Atlas Daily"  # distinct, by first appearance
    assert row["articles"] == "early.txt|late.txt|again.txt"
    assert row["sentence"] == "Earlier wording."
    assert row["published"] == pd.Timestamp("2025-10-20")


def test_actor_columns_keep_order_and_skip_unknown_countries(store) -> None:
    actors = (EventActor("Navy", None, "source"), EventActor("Maduro", "VEN", "source"),
              EventActor("Putin", "RUS", "target"), EventActor("Lavrov", "RUS", "target"))
    store.ingest(article(), [event(actors=actors)])
    (row,) = store.events_frame().to_dict("records")
    assert row["actors"] == "Navy (source); Maduro (VEN, source); Putin (RUS, target); Lavrov (RUS, target)"
    assert (row["source_country"], row["target_country"], row["countries"]) == ("VEN", "RUS", "VEN|RUS")


def test_event_without_actors_or_ships_has_empty_text_not_missing(store) -> None:
    store.ingest(article(), [event(actors=(), place=None)])
    frame = store.events_frame()
    for column in ("actors", "source_country", "target_country", "countries", "vessels"):
        assert frame.loc[0, column] == ""
    assert pd.isna(frame.loc[0, "lat"])


def random_store(store, seed: int, n_articles: int = 12) -> None:
    """Articles with overlapping events (so some merge), undated articles, ships, deletes and a merge."""
    rng = random.Random(seed)
    countries = ["VEN", "RUS", "USA", None, "CHN"]
    for a in range(n_articles):
        published = None if rng.random() < 0.2 else date(2025, 10, 1) + timedelta(days=rng.randrange(30))
        events = []
        for i in range(rng.randrange(1, 6)):
            actors = tuple(EventActor(f"Actor {rng.randrange(4)}", rng.choice(countries), rng.choice(["source", "target"]))
                           for _ in range(rng.randrange(0, 4)))
            events.append(event(
                summary=f"Development {rng.randrange(5)}", category=rng.choice(["REQUEST", "CONSULT"]),
                start=date(2025, 10, 1) + timedelta(days=rng.randrange(3)), actors=actors,
                place=rng.choice([MOSCOW, CARIBBEAN, None, Place("Port", 1.0, 2.0, "city", None)]),
                vessels=tuple(rng.sample(["USS Ford", "Gravely", "Blue Whale"], rng.randrange(0, 3))),
                sentence=f"Sentence {a}-{i}.", sentence_start=10 * i,
            ))
        store.ingest(article(f"text of article {a}", id=f"a{a}.txt", outlet=rng.choice(["Wire", "Daily", ""]),
                             published=published), events)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE deleted=0 ORDER BY id")]
    store.delete_event(ids[0])
    if len(ids) > 3:
        store.merge_events(ids[1:3])


def expected_row(stored) -> dict:
    e = stored.event
    known = [a for a in e.actors if a.country]
    by_date = sorted(stored.sources, key=lambda s: (s.published is not None, s.published or date.min))
    return {
        "actors": "; ".join(f"{a.name} ({a.country + ', ' if a.country else ''}{a.role})" for a in e.actors),
        "source_country": next((a.country for a in known if a.role == "source"), ""),
        "target_country": next((a.country for a in known if a.role == "target"), ""),
        "countries": "|".join(dict.fromkeys(a.country for a in known)),
        "vessels": "|".join(e.vessels),
        "outlets": "|".join(dict.fromkeys(s.outlet for s in by_date if s.outlet)) or NOT_GIVEN,
        "articles": "|".join(dict.fromkeys(s.article_id for s in by_date)),
        "n_sources": len(stored.sources),
        "sentence": e.sentence,
        "published": pd.Timestamp(min(s.published for s in stored.sources if s.published))
        if any(s.published for s in stored.sources) else pd.NaT,
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_row_agrees_with_the_stored_event(store, seed: int) -> None:
    random_store(store, seed)
    frame = store.events_frame()
    assert list(frame.columns) == list(COLUMNS)
    live = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE deleted=0")]
    assert sorted(frame["id"]) == sorted(live)
    for row in frame.to_dict("records"):
        want = expected_row(store.event(row["id"]))
        got = {k: row[k] for k in want}
        if pd.isna(want["published"]):
            assert pd.isna(got.pop("published"))
            want.pop("published")
        assert got == want, row["id"]
