"""Attackers and targets: no state is the target of its own people's act; an unnamed attack keeps the attacker told before."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.events import extract_events

REF = date(2025, 12, 11)  # a Thursday


def _events(text: str, language: str = "en"):
    return extract_events(Article("t", text, published=REF, language=language))


def _of(text: str, category: str, language: str = "en"):
    found = [e for e in _events(text, language) if e.category == category]
    assert found, [(e.category, e.summary) for e in _events(text, language)]
    return found


def _roles(event, role: str) -> set[str]:
    return {a.name for a in event.actors if a.role == role}


@pytest.mark.parametrize(("text", "category", "language", "source", "absent"), [
    # the country in "Iran's Revolutionary Guards" is the subject's nationality, not whom they seized
    ("Iran's Revolutionary Guards seized the tanker Stena Impero in the Strait of Hormuz on Friday.",
     "COERCE", "en", "Revolutionary Guard", "Iran"),
    # a minister denouncing a threat to his own country's sovereignty: the country is no target
    ("El canciller de Cuba, Bruno Rodríguez, denunció una amenaza contra la soberanía cubana.",
     "ACCUSE", "es", "Cuba", "Cuba"),
    # "equipment for Venezuela": a beneficiary of the request, not its addressee
    ("Nicolás Maduro asked Beijing to send radar equipment to Venezuela.", "REQUEST", "en", "Nicolás Maduro", "Venezuela"),
])
def test_own_country_is_no_target(text: str, category: str, language: str, source: str, absent: str) -> None:
    events = _of(text, category, language)
    assert any(any(source in n for n in _roles(e, "source")) for e in events), [(e.summary, e.actors) for e in events]
    assert all(absent not in _roles(e, "target") for e in events), [(e.summary, e.actors) for e in events]


@pytest.mark.parametrize(("text", "kept"), [
    # another body of the same state stays a target: lawmakers asking the White House
    ("Members of Congress asked the White House to explain the legal basis of the strikes.", "White House"),
    # a foreign state stays a target
    ("Nicolás Maduro asked China for help with air defences.", "China"),
])
def test_other_targets_stay(text: str, kept: str) -> None:
    events = _of(text, "REQUEST")
    assert any(kept in _roles(e, "target") for e in events), [(e.summary, e.actors) for e in events]


@pytest.mark.parametrize(("text", "language", "attacker"), [
    # "the second strike": the attacker named with the first strike of the article
    ("Israeli jets struck a depot in Hodeidah on Monday. A second strike on Wednesday killed four more.", "en", "Israel"),
    # a passive with no agent after a told attack: the same attacker
    ("Houthi forces attacked a tanker in the Red Sea on Monday. On Tuesday a bulk carrier was struck near Aden.",
     "en", "Houthis"),
    # Russian: "Последний удар был нанесён ..." after the campaign's attacker is named
    ("С начала месяца Израиль нанёс несколько ударов по порту Ходейда. Последний удар был нанесён в понедельник.",
     "ru", "Israel"),
])
def test_unnamed_attack_keeps_attacker(text: str, language: str, attacker: str) -> None:
    events = _of(text, "ASSAULT", language)
    assert len(events) >= 2, [(e.summary, e.actors) for e in events]
    assert all(attacker in _roles(e, "source") for e in events), [(e.summary, e.actors) for e in events]


@pytest.mark.parametrize("text", [
    # no attack told before: an unnamed strike keeps no attacker
    "A strike on a fishing boat off Somalia on Monday killed three people.",
    # a statement before the attack names someone, but no one attacked
    "Kenya condemned the violence. A strike on a fishing boat off Somalia on Monday killed three people.",
])
def test_unnamed_attack_without_attacker(text: str) -> None:
    events = _of(text, "ASSAULT")
    assert all(not _roles(e, "source") for e in events), [(e.summary, e.actors) for e in events]


def test_future_threat_of_force_is_not_the_campaign() -> None:
    """A quoted intention ("we are going to kill ...") tells no attack by the one who struck before."""
    text = ('US forces struck a boat in the Caribbean on Monday. "We are going to kill people who bring drugs," he said.')
    events = _of(text, "ASSAULT")
    assert not any("going" in e.sentence or "We are" in e.sentence for e in events if _roles(e, "source")), \
        [(e.summary, e.actors) for e in events]


def _countries(event, role: str) -> set[str]:
    return {a.country for a in event.actors if a.role == role and a.country}


@pytest.mark.parametrize(("text", "category", "country"), [
    # a state's act on people or groups that name no country is an act at home
    ("The Bolivian government ordered the opposition radio station and two newspapers to close.", "REQUEST", "BOL"),
    ("Kenyan police arrested four journalists in Mombasa on Tuesday.", "COERCE", "KEN"),
    ("Pakistan threatened to ban the protesters' party from the vote.", "THREATEN", "PAK"),
    ("Colombian troops attacked a rebel camp in the jungle near Cali.", "ASSAULT", "COL"),
    # the state's own people named with their nationality are still at home
    ("President Hichilema threatened to jail Zambian opposition leaders.", "THREATEN", "ZMB"),
])
def test_act_on_own_people_is_at_home(text: str, category: str, country: str) -> None:
    events = _of(text, category)
    assert any(_countries(e, "source") == {country} and _countries(e, "target") == {country} for e in events), [
        (e.summary, e.actors) for e in events]


@pytest.mark.parametrize(("text", "category"), [
    # people of another country, a place abroad, a war abroad, diplomats' "parties concerned": not at home
    ("Iran arrested two French tourists near the border.", "COERCE"),
    ("The Turkish government detained dozens of activists in Greece.", "COERCE"),
    ("Russian forces killed dozens of civilians in a night of shelling.", "ASSAULT"),
    ("China urged the parties concerned to show restraint.", "REQUEST"),
])
def test_act_abroad_or_on_others_is_not_at_home(text: str, category: str) -> None:
    events = _of(text, category)
    assert all(not (_countries(e, "source") & _countries(e, "target")) for e in events), [
        (e.summary, e.actors) for e in events]


@pytest.mark.parametrize(("text", "country", "label"), [
    # held, told as a state: the state holds whom the sentence is about
    ("The blogger has been in custody in Tanzania since May 3.", "TZA", "Tanzania detains blogger"),
    ("Peru's new cabinet met on Monday. Forty of the inmates who fled are back in custody.", "PER",
     "Peru detains forty of inmates"),
    # a state act told in the passive with no place: by the state the article is about
    ("Ghana's parliament met on Monday. Three reporters were arrested on Tuesday.", "GHA", "Ghana arrests three reporters"),
])
def test_held_by_the_state(text: str, country: str, label: str) -> None:
    events = _of(text, "COERCE")
    assert any(_countries(e, "source") == {country} and e.summary.startswith(label) for e in events), [
        (e.summary, e.actors) for e in events]


def test_who_keeps_someone_in_custody_is_the_holder() -> None:
    events = _of("Belarusian police kept the opposition leader in custody for a week.", "COERCE")
    assert all("Belarusian police" not in e.summary.split(" detains ")[-1] for e in events), [e.summary for e in events]
    assert any(_countries(e, "source") == {"BLR"} for e in events), [(e.summary, e.actors) for e in events]


def test_a_relative_clause_tells_who_was_taken() -> None:
    events = _of("The army searched for the pupils, who were abducted on Friday from a school near Kaduna.", "COERCE")
    assert any(e.summary.startswith("Pupils abducted") for e in events), [e.summary for e in events]


def test_what_could_have_been_done_is_no_state_act() -> None:
    text = "Chile's senate met on Monday. The mayor called the raid a killing of men who could have been arrested."
    assert not [e for e in _events(text) if e.category == "COERCE"], [(e.category, e.summary) for e in _events(text)]


@pytest.mark.parametrize("text", [
    # "He" is the last person who spoke, even one the lexicon does not know, never one named before that
    "Mubarak resigned in 2011. Hansen said on Friday that the new accords are a hopeful sign. He called for free elections.",
    "Mubarak resigned in 2011. Hansen said on Friday that the accords between the two parties were signed. "
    "He called for free elections.",
])
def test_he_is_the_last_speaker(text: str) -> None:
    events = [e for e in _events(text) if e.category == "REQUEST"]
    assert all("EGY" not in _countries(e, "source") for e in events), [(e.summary, e.actors) for e in events]
