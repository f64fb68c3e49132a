"""Gazetteer: places, coordinates, ambiguity, word boundaries, Spanish and Russian forms."""

from __future__ import annotations

import pytest

from geotimeline.gazetteer import (
    capital_of,
    country_place,
    curated_places,
    find_coordinates,
    find_places,
    place_by_name,
)


def _places(text: str, language: str = "en", **kw) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.name, m.place.country) for m in find_places(text, language, **kw)]


@pytest.mark.parametrize(
    ("text", "surface", "country", "lat_range"),
    [
        ("Moscow responded within hours.", "Moscow", "RUS", (55, 56)),
        ("A student from Moscow, Idaho, said.", "Moscow", "USA", (46, 47.5)),
        ("Farmers near Moscow said. Idaho has wheat.", "Moscow", "USA", (46, 47.5)),
        ("Protests in Victoria, Seychelles.", "Victoria", "SYC", (-5, -4)),
        ("Savannah, Georgia is a port.", "Georgia", "USA", (30, 36)),
        ("Tanks entered Georgia last night.", "Georgia", "GEO", (40, 44)),
        ("Flights from New York to Rome resumed.", "Rome", "ITA", (41, 42.5)),
        ("Flights from New York to Rome resumed.", "New York", "USA", (40, 41.5)),
    ],
)
def test_ambiguous_names_resolved_by_context(text, surface, country, lat_range):
    hit = next(m for m in find_places(text) if m.text == surface)
    assert hit.place.country == country
    assert lat_range[0] <= hit.place.lat <= lat_range[1]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The fleet entered the Caribbean Sea near Port of Spain.", "en", ["Caribbean Sea", "Port of Spain"]),
        ("Houthis fired into the Red Sea near Bab el-Mandeb and the Gulf of Aden.", "en",
         ["Red Sea", "Bab el-Mandeb", "Gulf of Aden"]),
        ("Ships crossed the Strait of Hormuz and the Taiwan Strait.", "en", ["Strait of Hormuz", "Taiwan Strait"]),
        ("A resupply to Second Thomas Shoal in the South China Sea.", "en", ["Second Thomas Shoal", "South China Sea"]),
        ("Buques en el mar Caribe frente a Venezuela.", "es", ["Caribbean Sea", "Venezuela"]),
        ("Корабли вошли в Карибское море, сообщили в Москве.", "ru", ["Caribbean Sea", "Moscow"]),
        ("Переговоры в России и с Венесуэлой.", "ru", ["Russia", "Venezuela"]),
        ("Pirates in the Gulf of Guinea, off Papua New Guinea and Guinea-Bissau.", "en",
         ["Gulf of Guinea", "Papua New Guinea", "Guinea-Bissau"]),
        ("Niger and Nigeria signed.", "en", ["Niger", "Nigeria"]),
    ],
)
def test_names_found_longest_first(text, language, expected):
    assert [name for _, name, _ in _places(text, language)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks resume in May.",
        "Chad said he would come.",
        "Jordan scored twice.",
        "Reading the report, officials were calm.",
        "a turkey dinner and fine china",
        "Vladimir Putin spoke.",
        "the tanker MAERSK LA GUAIRA was boarded",
        "Secretary of State Marco Rubio met them. Rubio said no.",
        "Journalist Jose Ruben Zamora was jailed. Zamora denies it.",
        "PIRATES TOLD US TO STOP THE ENGINE.",
        "BRITISH DESTROYER HMS EXETER SENT A HELICOPTER.",
    ],
)
def test_no_place(text):
    assert _places(text) == []


def test_ambiguous_country_needs_locative_context():
    assert _places("Refugees fled to Chad.") == [("Chad", "Chad", "TCD")]


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("near position 01-07N 103-30E.", 1.1167, 103.5),
        ("in 08-24N 013-12W", 8.4, -13.2),
        ("at 03:40S ¿ 114:26E, Taboneo", -3.6667, 114.4333),
        ("position 04 01.7S, 115 59.97E", -4.0283, 115.9995),
        ("at 4°12'N 7°03'E", 4.2, 7.05),
        ("46°37'50.89\"N 31°35'01.64\"E", 46.6308, 31.5838),
        ("17:05N - 082:38E", 17.0833, 82.6333),
        ("12-33.5 N 043-31.2 W", 12.5583, -43.52),
        # labelled halves, "and" between them, a degree typed as an asterisk
        ("position LAT: 05:12.5N LONG: 004:01.0E", 5.2083, 4.0167),
        ("sighted at 09 40 N     Lat 098 12 E Long", 9.6667, 98.2),
        ("NEAR 02-15N AND 045-30E", 2.25, 45.5),
        ("near position 06-20N 003*25E", 6.3333, 3.4167),
    ],
)
def test_coordinates_parsed(text, lat, lon):
    (m,) = find_coordinates(text)
    assert m.place.lat == pytest.approx(lat, abs=1e-3)
    assert m.place.lon == pytest.approx(lon, abs=1e-3)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", ["38NM south of Lagos", "at 0300 local time", "12-99N 043-31E", "Route 66 E"])
def test_no_coordinates(text):
    assert find_coordinates(text) == []


@pytest.mark.parametrize(
    ("iso3", "capital", "lat", "lon"),
    [("VEN", "Caracas", 10.5, -66.9), ("RUS", "Moscow", 55.75, 37.6), ("PHL", "Manila", 14.6, 121.0)],
)
def test_capital_of(iso3, capital, lat, lon):
    place = capital_of(iso3)
    assert place is not None and place.name == capital and place.kind == "city"
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5


@pytest.mark.parametrize(("iso3", "lat_range", "lon_range"), [("VEN", (1, 12), (-73, -60)), ("FJI", (-21, -12), (176, 181))])
def test_country_place_inside_country(iso3, lat_range, lon_range):
    place = country_place(iso3)
    assert place is not None and place.kind == "country"
    assert lat_range[0] <= place.lat <= lat_range[1]
    assert lon_range[0] <= place.lon % 360 <= lon_range[1] % 360 or lon_range[0] <= place.lon <= lon_range[1]


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("Red Sea", "sea", None), ("Tartus", "base", "SYR"), ("Venezuela", "country", "VEN"), ("Nowhere-ville", None, None)],
)
def test_place_by_name(name, kind, country):
    place = place_by_name(name)
    if kind is None:
        assert place is None
    else:
        assert place is not None and place.kind == kind and place.country == country


def test_curated_table_is_large_and_well_formed():
    places = curated_places()
    assert len(places) >= 150
    for p in places:
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        assert p.kind in {"city", "port", "sea", "strait", "gulf", "ocean", "region", "island", "base"}


def test_offsets_index_the_original_text():
    text = "Los buques llegaron a Puerto Cabello y al mar Caribe."
    for m in find_places(text, "es"):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Gunboats fired at the Malta-flagged bulk carrier in the Aegean Sea.", "en", ["Aegean Sea"]),
        ("A tanker flagged in Liberia was boarded off Lagos.", "en", ["Lagos"]),
        ("The ship, sailing under the flag of Panama, docked in Rotterdam.", "en", ["Rotterdam"]),
        ("Un carguero con bandera de Panamá fue atacado en el golfo de Adén.", "es", ["Gulf of Aden"]),
        ("Судно под флагом Либерии задержали в Балтийском море.", "ru", ["Baltic Sea"]),
        ("Malta protested the boarding.", "en", ["Malta"]),  # not a flag: still the country
        ("Malta registered a protest in Valletta.", "en", ["Malta", "Valletta"]),  # a verb, not a registry
    ],
)
def test_flag_state_is_no_place(text, language, expected):
    assert [name for _, name, _ in _places(text, language)] == expected


def test_flag_states_lists_countries_named_as_flags():
    from geotimeline.gazetteer import flag_states

    assert flag_states("Militants seized a Liberian-flagged tanker and a ship under the flag of Malta off Oman") == {
        "LBR", "MLT"}
    assert flag_states("Militants seized a tanker off Oman") == set()


@pytest.mark.parametrize(
    ("text", "language", "surface", "capital"),
    [
        ("The frigate docked in Kenya's capital on Monday.", "en", "Kenya's capital", "Nairobi"),
        ("Envoys gathered in the capital of Peru.", "en", "the capital of Peru", "Lima"),
        ("Protests spread through the Chilean capital.", "en", "the Chilean capital", "Santiago"),
        ("El ministro viajó a la capital de Cuba.", "es", "la capital de Cuba", "Havana"),
        ("La delegación llegó a la capital peruana.", "es", "la capital peruana", "Lima"),
        ("Делегация прибыла в столицу Кубы.", "ru", "столицу Кубы", "Havana"),
        ("Переговоры прошли в кубинской столице.", "ru", "кубинской столице", "Havana"),
    ],
)
def test_capital_of_a_country_is_its_capital_city(text, language, surface, capital):
    hits = [(m.text, m.place.name, m.place.kind) for m in find_places(text, language)]
    assert (surface, capital, "city") in hits
    assert not any(kind == "country" for _, _, kind in hits)  # the country itself is no separate place


@pytest.mark.parametrize("text", ["Kenya's capital markets fell.", "The working capital of the firm shrank."])
def test_capital_as_money_is_no_city(text):
    assert all(m.place.kind != "city" for m in find_places(text))


@pytest.mark.parametrize(
    ("text", "country", "lat_range"),
    [
        # territories where yachts and ships are boarded: the territory, not a namesake city or its sovereign
        ("SAINT MARTIN: a dinghy was taken from a catamaran.", "MAF", (17.5, 18.5)),
        ("US VIRGIN ISLANDS: a sloop was stolen from its mooring.", "VIR", (17.5, 18.6)),
        ("A ketch was boarded off the British Virgin Islands.", "VGB", (18, 19)),
        ("A trawler docked in Bermuda on Friday.", "BMU", (32, 33)),
        ("Robbers boarded a yacht moored in Martinique.", "MTQ", (14.3, 15)),
    ],
)
def test_overseas_territories_are_places_of_their_own(text, country, lat_range):
    found = find_places(text, "en")
    assert found and found[0].place.country == country
    assert lat_range[0] <= found[0].place.lat <= lat_range[1]
