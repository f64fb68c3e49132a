"""Who did what to whom, read from the parse: sentences of our own, through extract_events."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.events import extract_events


def _events(text: str):
    return extract_events(Article(id="t", text=text, published=date(2026, 3, 12)))


def _countries(event, role):
    return {a.country for a in event.actors if a.role == role and a.country}


def _event(text, category):
    found = [e for e in _events(text) if e.category == category]
    assert found, [(e.category, e.summary) for e in _events(text)]
    return found[0]


@pytest.mark.parametrize(("text", "category", "source", "not_source", "target"), [
    # a relative clause does not lend its country to the main verb
    ("A trawler that had left Vietnam was rammed by a Chinese vessel on Friday.", "ASSAULT", {"CHN"}, {"VNM"}, set()),
    # a ship's name is a vessel, never its namesake country
    ("The freighter Lady Mexico was seized by gunmen near Port Harcourt on Sunday.", "COERCE", set(), {"MEX", "NGA"}, set()),
    # the doer of a reported clause acts; the one who reports it does not
    ("Indonesia's navy said on Thursday that three Malaysian patrol boats sailed into the disputed waters.", "MOBILIZE",
     {"MYS"}, {"IDN"}, set()),
    ("The Dutch frigate escorted two cargo ships through the Strait of Hormuz on Monday.", "MOBILIZE", {"NLD"}, set(), set()),
    # a water cannon's target comes from "at" on the weapon
    ("A Chinese coast guard ship fired water cannon at a Philippine supply boat on Tuesday.", "ASSAULT", {"CHN"}, {"PHL"},
     {"PHL"}),
    # coordinated subjects are all sources
    ("Greece and Italy condemned the attack on the ferry.", "ACCUSE", {"GRC", "ITA"}, set(), set()),
    # a report's heading is a place, never the robber
    ("GHANA: Armed robbers boarded an anchored product tanker near Tema on 4 March.", "COERCE", set(), {"GHA"}, set()),
])
def test_roles_from_the_tree(text, category, source, not_source, target):
    event = _event(text, category)
    assert source <= _countries(event, "source"), event.actors
    assert not (not_source & _countries(event, "source")), event.actors
    assert target <= _countries(event, "target"), event.actors


@pytest.mark.parametrize(("text", "category", "source", "target", "claimant"), [
    # a counter-claim keeps its claimant, and "its ship" is the claimant's
    ("Beijing said the Philippine vessel deliberately rammed its ship near the shoal.", "ASSAULT", "PHL", "CHN", "China"),
    ("Manila said a Chinese coast guard ship fired water cannon at a Philippine supply boat.", "ASSAULT", "CHN", "PHL",
     "Philippines"),
])
def test_a_states_word_is_a_claim(text, category, source, target, claimant):
    event = _event(text, category)
    assert _countries(event, "source") == {source} and target in _countries(event, "target")
    assert event.mode == "claimed" and event.attributed_to == claimant


@pytest.mark.parametrize(("text", "category"), [
    ("The carrier strike group steamed into the eastern Mediterranean on Saturday.", "MOBILIZE"),
    ("Two Russian corvettes transited the English Channel overnight.", "MOBILIZE"),
    ("Masked men hijacked a fishing vessel off the coast of Somalia.", "COERCE"),
])
def test_verbs_are_found_by_their_lemma(text, category):
    assert _event(text, category)


@pytest.mark.parametrize("text", [
    "Vessels are advised to transit the area with caution.",
    "The seized tanker remained at anchor.",
])
def test_advisories_and_descriptions_are_no_developments(text):
    assert not [e for e in _events(text) if e.category in ("MOBILIZE", "COERCE")]


def test_unknown_perpetrators_are_actors_without_a_country():
    event = _event("Pirates boarded a chemical tanker off Bonny Island on Monday, the operator said.", "COERCE")
    sources = [a for a in event.actors if a.role == "source"]
    assert sources and all(a.country is None for a in sources)


@pytest.mark.parametrize(("text", "categories"), [
    # two acts joined by "and" are two events, each with the shared subject
    ("Mali and Niger withdrew from the regional bloc and signed a mutual defence pact on Saturday.", {"RETREAT", "AGREE"}),
    # the same act told by two verbs stays one
    ("Greek guards boarded the Turkish trawler and seized its nets.", {"COERCE"}),
])
def test_joined_verbs(text, categories):
    events = _events(text)
    assert {e.category for e in events} == categories
    assert len(events) == len(categories)
    assert all(_countries(e, "source") for e in events)


@pytest.mark.parametrize(("text", "category", "not_source", "source", "target"), [
    # a country in a hyphenated adjective of relation is not who the noun is
    ("Iranian-backed gunmen seized a Greek tanker in the Gulf of Oman.", "COERCE", {"IRN"}, set(), {"GRC"}),
    ("Greek Cypriot residents of the Turkish-occupied north gathered on Friday to protest against the new checkpoint.",
     "PROTEST", {"TUR"}, set(), set()),
    # a purpose clause's doer is the main clause's
    ("Georgian farmers gathered outside parliament on Monday to protest against the new border fence.", "PROTEST", set(),
     {"GEO"}, set()),
])
def test_relation_adjectives_and_purpose(text, category, not_source, source, target):
    event = _event(text, category)
    assert not (not_source & _countries(event, "source")), event.actors
    assert source <= _countries(event, "source") and target <= _countries(event, "target"), event.actors


def test_unknown_doers_are_plural_and_no_event_themselves():
    events = _events("Gunmen attacked a police post near the border on Sunday.")
    assert [e.category for e in events] == ["ASSAULT"]
    assert events[0].summary.startswith("Gunmen attack ")


@pytest.mark.parametrize(("text", "days"), [
    ("Ukrainian drones struck the Novorossiysk naval base on 4 March, 11 March and 19 March.", ["03-04", "03-11", "03-19"]),
    ("The coast guard boarded Chinese trawlers on 2 February and 9 February, Manila said.", ["02-02", "02-09"]),
    # a second act with its own date is no list
    ("The navy seized a tanker on Monday and released its crew on Friday.", None),
])
def test_a_list_of_dates_is_one_event_per_date(text, days):
    events = _events(text)
    if days is None:
        assert len({e.start for e in events}) == len(events)
        return
    assert sorted(e.start.strftime("%m-%d") for e in events) == days
    assert len({(e.category, e.summary) for e in events}) == 1
