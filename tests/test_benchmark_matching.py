"""The event benchmarks' own machinery: quotes located in a story by offsets, events matched one to one to
gold records, and the counts of wrong and swapped roles. Sentences are our own."""

from __future__ import annotations

import json

import pytest

from benchmarks.matching import Found, Gold, Tally, match
from benchmarks.voa_gold import OUT, locate

TEXT = "Navy ships sailed on Monday.  The minister said \u201cwe will respond\u201d \u2014 firmly. Talks ended."


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Navy ships sailed on Monday.", "Navy ships sailed on Monday."),
        ('The minister said "we will respond" - firmly.', "The minister said \u201cwe will respond\u201d \u2014 firmly."),
        ("Monday. The minister", "Monday.  The minister"),
        ("  Talks ended.  ", "Talks ended."),
        ("Talks began.", None),
        ("", None),
    ],
)
def test_a_quote_is_located_by_its_offsets_in_the_original_text(quote, expected):
    span = locate(quote, TEXT)
    assert (TEXT[span[0]:span[1]] if span else None) == expected


def _found(start, end, category="ASSAULT", source=(), target=()):
    return Found(start, end, category, frozenset(source), frozenset(target))


def _gold(start, end, category="ASSAULT", source=(), target=(), kind="development"):
    return Gold(start, end, kind, category, frozenset(source), frozenset(target))


@pytest.mark.parametrize(
    ("found", "gold", "pairs"),
    [
        ([_found(0, 10)], [_gold(20, 30)], []),  # no overlap, no match
        ([_found(0, 10), _found(0, 10)], [_gold(2, 8)], [(0, 0)]),  # one to one
        ([_found(0, 40, "CONSULT")], [_gold(0, 10, "ASSAULT"), _gold(20, 30, "CONSULT")], [(0, 1)]),  # same category first
        ([_found(0, 40)], [_gold(30, 38), _gold(2, 10)], [(0, 1)]),  # then the nearest
    ],
)
def test_events_match_gold_records_one_to_one(found, gold, pairs):
    got = match(found, gold)
    assert [(found.index(f), gold.index(g)) for f, g in got] == pairs


@pytest.mark.parametrize(
    ("event", "gold", "wrong", "swapped"),
    [
        (_found(0, 9, source={"USA"}, target={"IRN"}), _gold(0, 9, source={"USA"}, target={"IRN"}), 0, 0),
        (_found(0, 9, source={"USA"}), _gold(0, 9, source={"USA", "GBR"}, target={"IRN"}), 0, 0),  # fewer is no error
        (_found(0, 9, source={"CHN"}), _gold(0, 9, source={"USA"}), 1, 0),
        (_found(0, 9, source={"IRN"}, target={"USA"}), _gold(0, 9, source={"USA"}, target={"IRN"}), 1, 1),
    ],
)
def test_wrong_and_swapped_roles_are_counted_on_matched_events(event, gold, wrong, swapped):
    tally = Tally()
    tally.add([event], [gold], [])
    assert (tally.found, tally.wrong_role, tally.swapped) == (1, wrong, swapped)


def test_background_records_are_neither_required_nor_scored_and_furniture_events_are_counted():
    tally = Tally()
    tally.add([_found(0, 9), _found(50, 60)], [_gold(0, 9, kind="background"), _gold(20, 30)], [(50, 70)])
    assert (tally.developments, tally.found, tally.matched, tally.unmatched, tally.furniture) == (1, 0, 0, 1, 1)


def test_the_stored_voa_gold_holds_offsets_and_hashes_not_the_corpus_text():
    if not OUT.exists():
        pytest.skip("benchmarks/data/voa_events.jsonl not made yet")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert "quote" not in rec
        spans = rec["furniture"] if "furniture" in rec else [
            {"start": rec["quote_start"], "end": rec["quote_end"], "sha1": rec["quote_sha1"]}]
        assert all(0 <= s["start"] < s["end"] and len(s["sha1"]) == 10 for s in spans)


def test_every_quote_of_the_multilingual_event_set_is_found_in_its_passage():
    from benchmarks.events_multilingual import DATA

    if not DATA.exists():
        pytest.skip("benchmarks/data/events_multilingual.jsonl not copied yet")
    for line in DATA.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert rec["lang"] in ("es", "ru", "en") and rec["half"] in ("looked-at", "unseen"), rec["id"]
        for quote in [e["quote"] for e in rec["events"]] + list(rec.get("furniture") or []):
            assert locate(quote, rec["text"]) is not None, (rec["id"], quote)
