"""People named with their country: a later bare mention of the name is that person, with that country."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.events import extract_events
from tests.factories import run


def _events(text: str):
    return extract_events(Article(id="p", text=text, published=date(2026, 5, 4)))


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.country) for e in _events(text) for a in e.actors if a.role == "source"]


@pytest.mark.parametrize(("text", "who"), [
    # introduced with a nationality adjective, later bare
    ("Ghanaian trade minister Kofi Mensah-Boateng arrived in Lomé on Sunday. Mensah-Boateng rejected the tariff plan.",
     ("Kofi Mensah-Boateng", "GHA")),
    # introduced by an apposition naming a country's body
    ("Ines Varga, a spokeswoman for Hungary's foreign ministry, spoke on Friday. Varga condemned the blockade.",
     ("Ines Varga", "HUN")),
])
def test_a_bare_name_is_the_person_introduced_with_a_country(text, who):
    assert who in _sources(text)


@pytest.mark.parametrize("text", [
    # introduced with no country: no country is guessed
    ("Analyst Pavel Horak spoke on Monday. Horak condemned the blockade."),
    # two people of different countries share the surname: neither is guessed
    ("Polish envoy Anna Nowak met Czech envoy Jan Nowak. Nowak condemned the blockade."),
])
def test_no_country_is_guessed_for_a_name(text):
    condemned = [e for e in _events(text) if e.category == "ACCUSE"]
    assert condemned and not [a.country for e in condemned for a in e.actors if a.role == "source" and a.country]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "she" / "he" in the next sentence is the person the article introduced with a country
        ("Ghanaian trade minister Kofi Mensah-Boateng spoke on Monday. He urged Togo to reopen the border.", "GHA"),
        ("Peruvian foreign ministry spokeswoman Ana Quispe spoke on Monday. She accused Chile of spying.", "PER"),
    ],
)
def test_a_pronoun_stands_for_the_person_introduced_before(text, source):
    events = run(text)
    assert events and source in {a.country for a in events[-1].actors if a.role == "source"}
