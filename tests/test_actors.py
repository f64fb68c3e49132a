"""Actors: countries, demonyms, capitals as governments, people, bodies; three languages; case care."""

from __future__ import annotations

import pytest

from geotimeline.actors import ACTORS_VERSION, actor_by_name, country_name, find_actors


def _actors(text: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    return [(m.text, m.actor.name, m.actor.country) for m in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Russian side objected.", "en", [("Russian", "Russia", "RUS")]),
        ("American forces and Iranian officials met.", "en",
         [("American", "United States", "USA"), ("Iranian", "Iran", "IRN")]),
        ("Venezuelans protested.", "en", [("Venezuelans", "Venezuela", "VEN")]),
        ("Washington said Moscow responded.", "en",
         [("Washington", "United States", "USA"), ("Moscow", "Russia", "RUS")]),
        ("Maduro wrote to Putin.", "en", [("Maduro", "Nicolás Maduro", "VEN"), ("Putin", "Vladimir Putin", "RUS")]),
        ("Padrino López and Xi Jinping.", "en",
         [("Padrino López", "Vladimir Padrino López", "VEN"), ("Xi Jinping", "Xi Jinping", "CHN")]),
        ("Russia's Foreign Ministry and the Pentagon.", "en",
         [("Russia's Foreign Ministry", "Russian Foreign Ministry", "RUS"), ("the Pentagon", "Pentagon", "USA")]),
        ("The U.S. Navy and Southern Command.", "en",
         [("U.S. Navy", "US Navy", "USA"), ("Southern Command", "US Southern Command", "USA")]),
        ("China Coast Guard and Philippine Coast Guard vessels.", "en",
         [("China Coast Guard", "China Coast Guard", "CHN"), ("Philippine Coast Guard", "Philippine Coast Guard", "PHL")]),
        ("the Houthis, also called Ansar Allah", "en",
         [("the Houthis", "Houthis", "YEM"), ("Ansar Allah", "Houthis", "YEM")]),
        ("Cartel de los Soles and Tren de Aragua", "en",
         [("Cartel de los Soles", "Cartel de los Soles", "VEN"), ("Tren de Aragua", "Tren de Aragua", "VEN")]),
        ("Rostec and Maersk", "en", [("Rostec", "Rostec", "RUS"), ("Maersk", "Maersk", "DNK")]),
        ("Мадуро написал Путину.", "ru", [("Мадуро", "Nicolás Maduro", "VEN"), ("Путину", "Vladimir Putin", "RUS")]),
        ("Минобороны России и Си Цзиньпин", "ru",
         [("Минобороны России", "Russian Defence Ministry", "RUS"), ("Си Цзиньпин", "Xi Jinping", "CHN")]),
        ("российские военные и США", "ru", [("российские", "Russia", "RUS"), ("США", "United States", "USA")]),
        ("правительство Венесуэлы", "ru", [("Венесуэлы", "Venezuela", "VEN")]),
        ("Estados Unidos y la Armada de EE.UU.", "es",
         [("Estados Unidos", "United States", "USA"), ("la Armada de EE.UU.", "US Navy", "USA")]),
        ("el Pentágono", "es", [("el Pentágono", "Pentagon", "USA")]),
        # a state's police and intelligence agencies are that state
        ("ICE agents and the FBI", "en", [("ICE", "ICE", "USA"), ("FBI", "FBI", "USA")]),
        ("ФСБ и Моссад", "ru", [("ФСБ", "FSB", "RUS"), ("Моссад", "Mossad", "ISR")]),
        # an insurgency is not the state it fights (nor carries its country); a ruling movement is its state's
        ("los talibanes y Boko Haram", "es", [("los talibanes", "Taliban", "AFG"), ("Boko Haram", "Boko Haram", None)]),
        ("JNIM and al-Qaeda", "en", [("JNIM", "JNIM", None), ("al-Qaeda", "al-Qaeda", None)]),
        # heads of state and government, ministers and spokespeople, past and present, with the state they served
        ("President Paul Kagame met Félix Tshisekedi.", "en",
         [("Paul Kagame", "Paul Kagame", "RWA"), ("Félix Tshisekedi", "Félix Tshisekedi", "COD")]),
        ("Blair and Chirac disagreed.", "en", [("Blair", "Tony Blair", "GBR"), ("Chirac", "Jacques Chirac", "FRA")]),
        ("Горбачёва встретили в Берлине.", "ru", [("Горбачёва", "Mikhail Gorbachev", "RUS")]),
        # a language is not its state
        ("a ban on the Russian language in Russian-speaking towns", "en", []),
        # a name shared with a state or another person is read whole
        ("Abbas Araghchi and Mahmoud Abbas", "en",
         [("Abbas Araghchi", "Abbas Araghchi", "IRN"), ("Mahmoud Abbas", "Mahmoud Abbas", "PSE")]),
        # a body named like another state's is not taken for it
        ("Germany's Foreign Office and North Korea's Ministry of State Security", "en",
         [("Germany", "Germany", "DEU"), ("North Korea", "North Korea", "PRK")]),
    ],
)
def test_find_actors(text, language, expected):
    assert _actors(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Let us go and tell us more.",
        "Latin American leaders met.",
        "Ships in the South China Sea and the Indian Ocean.",
        "Michael Jordan played.",
        "They met in Caracas.",
        "The ship reached Puerto Cabello.",
    ],
)
def test_no_actor(text):
    assert _actors(text) == []


def test_offsets_and_order():
    text = "Ayer, EE.UU. y Rusia hablaron."
    found = find_actors(text, "es")
    assert [text[m.start : m.end] for m in found] == [m.text for m in found] == ["EE.UU.", "Rusia"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Мадуро", "Nicolás Maduro"), ("russia", "Russia"), ("the Kremlin", "Kremlin"), ("us", None), ("", None)],
)
def test_actor_by_name(name, expected):
    actor = actor_by_name(name)
    assert (actor.name if actor else None) == expected


@pytest.mark.parametrize(("iso3", "name"), [("VEN", "Venezuela"), ("RUS", "Russia"), ("USA", "United States")])
def test_country_name(iso3, name):
    assert country_name(iso3) == name


def test_version_is_stated():
    assert ACTORS_VERSION != "unknown"


@pytest.mark.parametrize(
    ("text", "language", "absent", "present"),
    [
        ("El destructor zarpó de Puerto España el jueves.", "es", "ESP", set()),
        ("The destroyer left Port of Spain on Thursday.", "en", "ESP", set()),
        ("Las tropas llegaron a Nuevo México.", "es", "MEX", set()),
        ("Guinea-Bissau protested.", "en", "GIN", {"GNB"}),
        ("España y Venezuela firmaron un acuerdo.", "es", None, {"ESP", "VEN"}),
        ("Caracas rechazó la medida.", "es", None, {"VEN"}),
    ],
)
def test_a_country_inside_a_longer_place_name_is_not_that_country(text, language, absent, present):
    found = {m.actor.country for m in find_actors(text, language)}
    assert absent not in found
    assert present <= found


@pytest.mark.parametrize(
    ("text", "language", "countries"),
    [
        # where a weapon was made names no actor; the country that acts still does
        ("Cuba showed Chinese-made radars and Iranian-built drones at the parade.", "en", ["CUB"]),
        ("Chile bought French-designed submarines.", "en", ["CHL"]),
        ("China built an island and France made an offer.", "en", ["CHN", "FRA"]),
        ("Russian troops crossed the river.", "en", ["RUS"]),
        ("Bolivia compró aviones de fabricación china.", "es", ["BOL"]),
        ("Сирия получила танки российского производства.", "ru", ["SYR"]),
    ],
)
def test_made_in_adjective_is_not_an_actor(text, language, countries):
    assert [m.actor.country for m in find_actors(text, language)] == countries


@pytest.mark.parametrize(("text", "countries"), [
    # an origin ("Iranian-American", "Chinese-born") is no state acting; a pair of states stays two states
    ("Iranian-American journalist Masih Alinejad spoke on Monday.", []),
    ("The Chinese-born engineer was charged.", []),
    ("The US-British strikes hit Houthi sites.", ["USA", "GBR", "YEM"]),
    ("The Iran-Iraq war ended in 1988.", ["IRN", "IRQ"]),
    ("ethnic Albanians in Macedonia", ["MKD"]),
])
def test_origins_and_peoples_are_not_states(text, countries):
    assert [m.actor.country for m in find_actors(text)] == countries
