"""Source and target roles from positions, prepositions and voice; per-country dedupe; target splits."""

from __future__ import annotations

import re

import pytest

from geotimeline.actors import Actor, ActorMention
from geotimeline.events.categories import find_triggers
from geotimeline.events.roles import assign_roles, dedupe, split_targets

KNOWN = {
    "Maduro": Actor("Nicolás Maduro", "VEN", "person"), "Venezuelan": Actor("Venezuela", "VEN", "country"),
    "Venezuela": Actor("Venezuela", "VEN", "country"), "Putin": Actor("Vladimir Putin", "RUS", "person"),
    "Xi": Actor("Xi Jinping", "CHN", "person"), "Russia": Actor("Russia", "RUS", "country"),
    "Russian": Actor("Russia", "RUS", "country"),
    "Lebanon": Actor("Lebanon", "LBN", "country"), "Israel": Actor("Israel", "ISR", "country"),
    "Iran": Actor("Iran", "IRN", "country"), "Cuba": Actor("Cuba", "CUB", "country"),
    "U.S.": Actor("United States", "USA", "country"), "Treasury Department": Actor("US Treasury", "USA", "ministry"),
    "Marco Rubio": Actor("Marco Rubio", "USA", "person"),
    "Estados Unidos": Actor("United States", "USA", "country"), "Reino Unido": Actor("United Kingdom", "GBR", "country"),
}


def mentions(text: str) -> list[ActorMention]:
    return [ActorMention(m.group(), m.start(), m.end(), KNOWN[m.group()])
            for m in re.finditer(r"(?<!\w)(?:" + "|".join(map(re.escape, KNOWN)) + r")(?!\w)", text)]


def roles(text: str, language: str = "en") -> tuple[list[str], list[str]]:
    trig = find_triggers(text, language)[0]
    src, tgt, _ = assign_roles(text, 0, trig, 0, len(text), mentions(text))
    return [m.actor.name for m in src], [m.actor.name for m in tgt]


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        ("Maduro asked Putin for missiles.", ["Nicolás Maduro"], ["Vladimir Putin"]),
        # a participle opening ("Asked whether ...") names no subject
        ("Asked whether Iran was a partner, Maduro declined to comment.", ["Nicolás Maduro"], []),
        ("In a letter to Putin, Maduro requested missiles.", ["Nicolás Maduro"], ["Vladimir Putin"]),
        # addressees joined by "and" before the trigger are all addressed; a title joins a demonym to its name
        ("Maduro wrote to Putin and Xi to request missiles.", ["Nicolás Maduro"], ["Vladimir Putin", "Xi Jinping"]),
        ("Maduro wrote to Russian President Putin and Xi to request missiles.", ["Nicolás Maduro"],
         ["Vladimir Putin", "Xi Jinping"]),
        ("A Venezuelan boat was attacked by Israel.", ["Israel"], ["Venezuela"]),
        ("Venezuelan leader Maduro met Putin.", ["Nicolás Maduro"], ["Vladimir Putin"]),  # the person, not the country
        ("Israel attacked a camp in Lebanon.", ["Israel"], ["Lebanon"]),  # a location stands in as target
        ("Israel attacked Iran after Cuba protested.", ["Israel"], ["Iran"]),  # not past the subordinate clause
        ("Israel struck Iran, officials in Cuba said.", ["Israel"], ["Iran"]),
        ("The ships were sanctioned by the U.S. Treasury Department.", ["US Treasury"], []),  # one phrase, specific
        ("Senators sent a letter to Secretary of State Marco Rubio urging sanctions on Iran.", [], ["Marco Rubio", "Iran"]),
    ],
)
def test_assign_roles(text, sources, targets):
    assert roles(text) == (sources, targets)


def test_dedupe_keeps_most_specific_per_country_in_first_order():
    text = "Venezuela and Maduro and Putin"
    assert [m.actor.name for m in dedupe(mentions(text))] == ["Nicolás Maduro", "Vladimir Putin"]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("help from Putin and Xi", [["Vladimir Putin"], ["Xi Jinping"]]),
        ("help from Putin, Xi and Cuba", [["Vladimir Putin"], ["Xi Jinping"], ["Cuba"]]),
        ("help from Putin for Xi", [["Vladimir Putin", "Xi Jinping"]]),  # not coordinated
    ],
)
def test_split_targets(text, groups):
    ms = mentions(text)
    assert [[m.actor.name for m in g] for g in split_targets(text, 0, dedupe(ms), ms)] == groups


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        # partners joined by "y el" after an event noun both act; neither is a target
        ("Los ataques aéreos de Estados Unidos y el Reino Unido contra Cuba continúan.",
         ["United States", "United Kingdom"], ["Cuba"]),
        ("Los ataques de Estados Unidos contra Cuba y el Reino Unido continúan.", ["United States"], ["Cuba", "United Kingdom"]),
    ],
)
def test_assign_roles_spanish(text, sources, targets):
    assert roles(text, "es") == (sources, targets)


def test_a_ships_flag_before_the_verb_is_not_who_acts_spanish():
    from datetime import date

    from geotimeline.articles import Article
    from geotimeline.events import extract_events

    text = "El carguero Mar Azul, con bandera de Panamá, se hundió después de que fuera atacado el lunes frente a Yemen."
    events = extract_events(Article(id="t", text=text, published=date(2026, 3, 12), language="es"))
    assert events and all("PAN" not in {a.country for a in e.actors if a.role == "source"} for e in events), [
        (e.summary, e.actors) for e in events]


@pytest.mark.parametrize(("text", "category"), [
    # Spanish boarding, interception and detention words; "banda armada" is a gang, not the navy ("la Armada")
    ("La Armada de Colombia interceptó un semisumergible en el Pacífico.", "COERCE"),
    ("La guardia costera retuvo a dos pesqueros ecuatorianos.", "COERCE"),
])
def test_spanish_coercion_words(text, category):
    from datetime import date

    from geotimeline.articles import Article
    from geotimeline.events import extract_events

    events = extract_events(Article(id="t", text=text, published=date(2026, 3, 12), language="es"))
    assert category in {e.category for e in events}, [(e.category, e.summary) for e in events]


def test_an_armed_gang_is_not_the_navy():
    from datetime import date

    from geotimeline.articles import Article
    from geotimeline.events import extract_events

    text = ("PUERTO PRÍNCIPE, 3 oct (Agencia) - Miembros de una banda armada incendiaron casas y mataron a 9 personas en "
            "Cabaret, informaron las autoridades.")
    events = extract_events(Article(id="t", text=text, published=date(2026, 10, 4), language="es"))
    assert all("HTI" not in {a.country for a in e.actors if a.role == "source"} for e in events), [
        (e.summary, e.actors) for e in events]
