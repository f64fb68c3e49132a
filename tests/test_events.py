"""Events end to end: categories, roles, dates, places, attribution, modes, splits and labels.

The sibling taggers (temporal, actors, gazetteer) are replaced by small fakes so that these tests exercise
the event logic alone and do not move when the dictionaries grow; one test at the end runs the real ones.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from geotimeline.actors import Actor, ActorMention
from geotimeline.articles import Article
from geotimeline.events import extraction as ev
from geotimeline.gazetteer import Place, PlaceMention
from geotimeline.temporal import Timex

FIXTURE = Path(__file__).parent / "fixtures" / "events_letters.txt"
PUBLISHED = date(2025, 11, 1)

_VEN, _RUS, _CHN, _USA, _IRN = "VEN", "RUS", "CHN", "USA", "IRN"
ACTORS: list[tuple[str, Actor]] = [
    (r"Nicolás Maduro|Maduro|Мадуро", Actor("Nicolás Maduro", _VEN, "person")),
    (r"Vladimir Putin|Putin|Путин\w*", Actor("Vladimir Putin", _RUS, "person")),
    (r"Xi Jinping", Actor("Xi Jinping", _CHN, "person")),
    (r"Ramón Velásquez", Actor("Ramón Velásquez", _VEN, "person")),
    (r"Venezuelan|Venezuela's|Venezuela|Caracas|Венесуэл\w*", Actor("Venezuela", _VEN, "country")),
    (r"Russian|Russia|Росси\w*", Actor("Russia", _RUS, "country")),
    (r"Chinese|China|Китай", Actor("China", _CHN, "country")),
    (r"Iranian|Iran", Actor("Iran", _IRN, "country")),
    (r"US|U\.S\.|American|United States|Washington|EE\.UU\.|Estados Unidos|США", Actor("United States", _USA, "country")),
    (r"Rostec", Actor("Rostec", _RUS, "company")),
    (r"Japan", Actor("Japan", "JPN", "country")),
    (r"Cuba", Actor("Cuba", "CUB", "country")),
]
PLACES = {
    "Caribbean Sea": Place("Caribbean Sea", 15.0, -75.0, "sea"),
    "Caribbean": Place("Caribbean Sea", 15.0, -75.0, "sea"),
    "Venezuela": Place("Venezuela", 7.0, -66.0, "country", _VEN),
    "Havana": Place("Havana", 23.1, -82.4, "city", "CUB"),
    "Moscow": Place("Moscow", 55.75, 37.62, "city", _RUS),
}
CAPITALS = {
    _RUS: Place("Moscow", 55.75, 37.62, "city", _RUS), _CHN: Place("Beijing", 39.9, 116.4, "city", _CHN),
    _VEN: Place("Caracas", 10.5, -66.9, "city", _VEN), _USA: Place("Washington", 38.9, -77.0, "city", _USA),
    _IRN: Place("Tehran", 35.7, 51.4, "city", _IRN), "JPN": Place("Tokyo", 35.7, 139.7, "city", "JPN"),
    "CUB": Place("Havana", 23.1, -82.4, "city", "CUB"),
}
COUNTRIES = {iso: Place(name, 0.0, 0.0, "country", iso) for iso, name in
             [(_RUS, "Russia"), (_CHN, "China"), (_VEN, "Venezuela"), (_USA, "United States"), (_IRN, "Iran"),
              ("JPN", "Japan"), ("CUB", "Cuba")]}
TIMEXES = [  # phrase -> (value, start, end, granularity, mod)
    (r"[Ss]ince the beginning of autumn", ("2025-FA..", date(2025, 9, 1), None, "season", "START")),
    (r"[Ss]ince September", ("2025-09..", date(2025, 9, 1), None, "month", None)),
    (r"on October 16|el 16 de octubre|16 октября", ("2025-10-16", date(2025, 10, 16), date(2025, 10, 16), "day", None)),
    (r"on Monday", ("2025-10-27", date(2025, 10, 27), date(2025, 10, 27), "day", None)),
    (r"next week", ("2025-W45", date(2025, 11, 3), date(2025, 11, 9), "week", None)),
    (r"three-year", ("P3Y", None, None, None, None)),
]


def fake_actors(text: str, language: str) -> list[ActorMention]:
    out, taken = [], set()
    for pattern, actor in ACTORS:
        for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text):
            if not taken.intersection(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                out.append(ActorMention(m.group(), m.start(), m.end(), actor))
    return sorted(out, key=lambda m: m.start)


def fake_places(text: str, language: str, context: tuple[str, ...]) -> list[PlaceMention]:
    out, taken = [], set()
    for name, place in PLACES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            if not taken.intersection(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                out.append(PlaceMention(m.group(), m.start(), m.end(), place))
    return sorted(out, key=lambda m: m.start)


def fake_timexes(text: str, published: date, language: str) -> list[Timex]:
    out = []
    for pattern, (value, start, end, gran, mod) in TIMEXES:
        for m in re.finditer(pattern, text):
            kind = "DURATION" if value.startswith("P") else "DATE"
            out.append(Timex(m.group(), m.start(), m.end(), kind, value, start, end, gran, mod))
    return sorted(out, key=lambda t: t.start)


def install_fakes(monkeypatch, timexes=fake_timexes) -> None:
    """The extractor with our small actor, place and date tables instead of the real ones."""
    monkeypatch.setattr(ev, "find_actors", fake_actors)
    monkeypatch.setattr(ev, "find_places", fake_places)
    monkeypatch.setattr(ev, "find_timexes", timexes)
    monkeypatch.setattr(ev, "capital_of", CAPITALS.get)
    monkeypatch.setattr(ev, "country_place", COUNTRIES.get)


@pytest.fixture
def fakes(monkeypatch):
    install_fakes(monkeypatch)


def run(text: str, language: str = "en", published: date | None = PUBLISHED) -> list[ev.Event]:
    return ev.extract_events(Article(id="a", text=text, published=published, language=language))


def names(event: ev.Event, role: str) -> list[str]:
    return [a.name for a in event.actors if a.role == role]


# --- the seed-like article end to end ---------------------------------------------------------------


@pytest.fixture
def letters(fakes) -> list[ev.Event]:
    return run(FIXTURE.read_text(encoding="utf-8"))


def find(events: list[ev.Event], category: str, needle: str) -> ev.Event:
    hits = [e for e in events if e.category == category and needle in e.sentence]
    assert hits, f"no {category} event in a sentence with {needle!r}: {[(e.category, e.summary) for e in events]}"
    return hits[0]


def test_letters_request_to_putin_and_xi_split_and_attributed(letters):
    first = [e for e in letters if "written letters" in e.sentence]
    assert [(e.category, names(e, "target")) for e in first] == [
        ("REQUEST", ["Vladimir Putin"]), ("REQUEST", ["Xi Jinping"])]
    putin = first[0]
    assert names(putin, "source") == ["Nicolás Maduro"]
    assert putin.attributed_to == "The Washington Post" and putin.mode == "reported"
    assert (putin.start, putin.date_source, putin.date_text) == (PUBLISHED, "published", None)
    assert putin.place is not None and (putin.place.name, putin.place.inferred) == ("Moscow", True)
    assert first[1].place.name == "Beijing"
    assert putin.summary.startswith("Maduro ") and "Putin" in putin.summary and "Xi" not in putin.summary


def test_letters_meeting_on_october_16_in_inferred_moscow(letters):
    meet = find(letters, "CONSULT", "October 16")
    assert (meet.start, meet.end, meet.granularity, meet.date_source) == (date(2025, 10, 16), date(2025, 10, 16), "day", "text")
    assert names(meet, "source") == ["Venezuela"] or names(meet, "source") == ["Ramón Velásquez"]
    assert [a.country for a in meet.actors if a.role == "target"] == ["RUS"]
    assert meet.place.name == "Moscow" and meet.place.inferred


def test_letters_wp_acronym_and_request_to_china(letters):
    xi = find(letters, "REQUEST", "According to WP")
    assert xi.attributed_to == "The Washington Post"
    assert names(xi, "source") == ["Nicolás Maduro"] and "CHN" in [a.country for a in xi.actors if a.role == "target"]


def test_letters_iran_supply_attributed_to_documents(letters):
    iran = find(letters, "COOPERATE", "Iran")
    assert iran.attributed_to == "documents reviewed by journalists" and iran.mode == "reported"
    assert "IRN" in [a.country for a in iran.actors if a.role == "target"]


def test_letters_planned_strikes_on_venezuela(letters):
    plan = find(letters, "ASSAULT", "decided to conduct")  # "Washington" stands for the US government
    assert (plan.mode, plan.attributed_to) == ("planned", "Miami Herald")
    assert plan.place.name == "Venezuela" and names(plan, "source") == ["United States"]
    assert plan.summary.startswith("US to conduct strikes")


def test_letters_buildup_naval_open_range_with_carrier(letters):
    build = find(letters, "MOBILIZE", "presence")
    assert (build.domain, build.start, build.end, build.date_mod) == ("naval", date(2025, 9, 1), None, "START")
    assert build.place.name == "Caribbean Sea" and not build.place.inferred
    assert build.vessels == ("USS Gerald R. Ford",)


def test_letters_strikes_on_boats_since_september(letters):
    strikes = find(letters, "ASSAULT", "Since September")
    assert (strikes.domain, strikes.start, strikes.end, strikes.date_value) == ("naval", date(2025, 9, 1), None, "2025-09..")
    assert strikes.place.name == "Venezuela"


def test_letters_unclear_response_and_no_furniture_events(letters):
    unclear = [e for e in letters if "unclear" in e.sentence]  # no event, or one marked unclear
    assert all(e.mode == "unclear" and e.confidence < 0.5 for e in unclear)
    texts = " ".join(e.sentence for e in letters)
    for furniture in ("Read also", "Aruba", "WhatsApp", "Write a comment", "Ivan Petrov", "Report: Caracas"):
        assert furniture not in texts


def test_letters_events_carry_offsets_and_labels(letters):
    text = FIXTURE.read_text(encoding="utf-8")
    for e in letters:
        assert text[e.sentence_start : e.sentence_end] == e.sentence and e.article == "a"
        assert 0 < len(e.summary) <= 71 and 0.0 <= e.confidence <= 1.0
        assert e.category in ev.CATEGORIES and e.domain in ev.DOMAINS and e.mode in ev.MODES


# --- single sentences, table-driven ------------------------------------------------------------------

CATEGORY_CASES = [
    ("en", "Japan and Cuba signed a trade agreement.", "AGREE"),
    ("en", "Russia said it will send humanitarian aid to Cuba.", "AGREE"),
    ("en", "Putin met Maduro in Moscow.", "CONSULT"),
    ("en", "Iran supplied drones to Venezuela.", "AID"),
    ("en", "Russia demanded that Japan withdraw its ambassador.", "REQUEST"),
    ("en", "China accused the United States of provoking a crisis.", "ACCUSE"),
    ("en", "Venezuela rejected the American ultimatum.", "REJECT"),
    ("en", "Maduro threatened to close the border with Cuba.", "THREATEN"),
    ("en", "Thousands protested in Havana against the blackout.", "PROTEST"),
    ("en", "The United States imposed sanctions on Venezuela's oil company.", "SANCTION"),
    ("en", "Russia deployed two warships to the Caribbean Sea.", "MOBILIZE"),
    ("en", "The coast guard seized a tanker off Venezuela.", "COERCE"),
    ("en", "US forces struck a boat in the Caribbean.", "ASSAULT"),
    ("en", "Cuba would retaliate if the United States attacked.", "THREATEN"),
    ("es", "Maduro solicitó ayuda militar a Rusia.", "REQUEST"),
    ("es", "Estados Unidos desplegó buques de guerra en el Caribe.", "MOBILIZE"),
    ("es", "Venezuela rechazó las acusaciones de Estados Unidos.", "REJECT"),
    ("ru", "Мадуро попросил Путина о военной помощи.", "REQUEST"),
    ("ru", "США нанесли удары по судам у берегов Венесуэлы.", "ASSAULT"),
    ("ru", "Путин провел переговоры с Мадуро.", "CONSULT"),
]


@pytest.mark.parametrize(("language", "sentence", "category"), CATEGORY_CASES)
def test_category(fakes, language, sentence, category):
    events = run(sentence, language)
    assert events and events[0].category == category


DOMAIN_CASES = [
    ("Russia deployed two warships to the Caribbean Sea.", "naval"),
    ("US forces struck a boat in the Caribbean.", "naval"),
    ("Russia deployed fighter jets to Venezuela.", "air"),
    ("Russia deployed troops near the border.", "land"),
    ("Putin met Maduro in Moscow.", "diplomatic"),
    ("The United States imposed sanctions on Venezuela's oil exports.", "economic"),
    ("A court in Japan charged two Russian sailors' lawyers.", "legal"),
]


@pytest.mark.parametrize(("sentence", "domain"), DOMAIN_CASES)
def test_domain(fakes, sentence, domain):
    assert run(sentence)[0].domain == domain


MODE_CASES = [
    ("Russia sent warships to Cuba.", "asserted", None),
    ("Russia will send warships to Cuba next week.", "planned", None),
    ("Russia plans to send warships to Cuba.", "planned", None),
    ("Russia could send warships to Cuba.", "hypothetical", None),
    ("Russia did not send warships to Cuba.", "denied", None),
    ("It is unclear whether Russia sent warships to Cuba.", "unclear", None),
    ("According to The Miami Herald, Russia sent warships to Cuba.", "reported", "The Miami Herald"),
    ("Russia sent warships to Cuba, the New York Times reported on Monday.", "reported", "New York Times"),
    ("As reported by the Miami Herald, Russia sent warships to Cuba.", "reported", "Miami Herald"),
]


@pytest.mark.parametrize(("sentence", "mode", "source"), MODE_CASES)
def test_mode_and_attribution(fakes, sentence, mode, source):
    event = run(sentence)[0]
    assert (event.mode, event.attributed_to) == (mode, source)


ROLE_CASES = [
    ("Putin met Maduro in Moscow.", ["Vladimir Putin"], ["Nicolás Maduro"]),
    ("In a letter to Putin, Maduro requested missiles.", ["Nicolás Maduro"], ["Vladimir Putin"]),
    ("A Venezuelan boat was attacked by US forces.", ["United States"], ["Venezuela"]),
    ("Maduro sent a letter to Xi Jinping in which he called for cooperation.", ["Nicolás Maduro"], ["Xi Jinping"]),
    ("WASHINGTON (AP) — Russia deployed warships to Cuba.", ["Russia"], ["Cuba"]),  # the dateline is no actor
]


@pytest.mark.parametrize(("sentence", "sources", "targets"), ROLE_CASES)
def test_actor_roles(fakes, sentence, sources, targets):
    event = run(sentence)[0]
    assert (names(event, "source"), names(event, "target")) == (sources, targets)


PLACE_CASES = [
    ("Putin met Maduro in Moscow.", "Moscow", False),
    ("Maduro visited Russia.", "Moscow", True),  # host capital
    ("Japan hosted Maduro.", "Tokyo", True),  # the host is the source
    ("US forces attacked Venezuela.", "Venezuela", True),  # strike: the target country
    ("Russia deployed two warships to the Caribbean Sea.", "Caribbean Sea", False),
]


@pytest.mark.parametrize(("sentence", "place", "inferred"), PLACE_CASES)
def test_place(fakes, sentence, place, inferred):
    event = run(sentence)[0]
    assert (event.place.name, event.place.inferred) == (place, inferred)


DATE_CASES = [
    ("Putin met Maduro on October 16.", date(2025, 10, 16), date(2025, 10, 16), "text"),
    ("Putin met Maduro.", PUBLISHED, PUBLISHED, "published"),
    ("Since September, US forces have attacked boats.", date(2025, 9, 1), None, "text"),
    ("Russia proposed a three-year plan to Cuba.", PUBLISHED, PUBLISHED, "published"),  # a duration is no date
]


@pytest.mark.parametrize(("sentence", "start", "end", "source"), DATE_CASES)
def test_date(fakes, sentence, start, end, source):
    event = run(sentence)[0]
    assert (event.start, event.end, event.date_source) == (start, end, source)


def test_no_publication_date_leaves_dates_open(fakes):
    event = run("Putin met Maduro.", published=None)[0]
    assert (event.start, event.date_source) == (None, "published")


MULTI_CASES = [
    ("Maduro asked Putin and Xi Jinping for missiles.", [("REQUEST", "VEN"), ("REQUEST", "VEN")]),
    ("The United States deployed warships to the Caribbean and attacked boats off Venezuela.",
     [("MOBILIZE", "USA"), ("ASSAULT", "USA")]),
    ("Russia sent warships to Cuba; Japan protested.", [("MOBILIZE", "RUS"), ("PROTEST", "JPN")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MULTI_CASES)
def test_several_events_in_one_sentence(fakes, sentence, expected):
    got = [(e.category, next(a.country for a in e.actors if a.role == "source")) for e in run(sentence)]
    assert got == expected


SUMMARY_CASES = [
    ("In a letter to Putin, Maduro requested missiles and jet repairs.", "Maduro asks Putin for missiles and jet repairs"),
    ("Russia will send warships to Cuba next week.", "Russia to send warships to Cuba"),
    # addressees of different countries that stay one event are all named
    ("Venezuelan President Nicolás Maduro wrote to Russian President Vladimir Putin and Chinese President Xi Jinping "
     "in October to ask for help strengthening his air defences.",
     "Maduro asks Putin and Xi for help strengthening air defences"),
    ("Since September, US forces have carried out strikes on boats in the Caribbean.",
     "US carries out strikes on boats in Caribbean"),
]


@pytest.mark.parametrize(("sentence", "summary"), SUMMARY_CASES)
def test_summary(fakes, sentence, summary):
    assert run(sentence)[0].summary == summary


@pytest.mark.parametrize(
    "text",
    ["VK X OK WhatsApp Telegram", "Read also: Russia attacked", "3 comments", "© 2025 Russia Today",
     "Subscribe to our newsletter", "Russia Attacks Ukraine Again"],
)
def test_furniture_gives_no_events(fakes, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("Russia did not respond to a request for comment.", []),  # newsroom formula, not a request
        ("Support for Cuba grew in Japan.", []),  # an event noun used as a topic
        ("Japan discussed the Russian-occupied islands.", ["CONSULT"]),  # "-occupied" is an adjective
        ("Japan said it would blockade Cuba.", ["THREATEN"]),  # a noun-looking verb after a modal
        ("Russia carried out strikes on Cuba.", ["ASSAULT"]),  # the noun made to happen by its verb
        ("Seek treatment early, doctors say.", []),  # nobody and nowhere
    ],
)
def test_event_nouns_and_generic_words(fakes, sentence, categories):
    assert [e.category for e in run(sentence)] == categories


def test_to_dict_is_plain_json(fakes):
    d = run("Putin met Maduro on October 16.")[0].to_dict()
    assert d["start"] == "2025-10-16" and d["actors"][0] == {"name": "Vladimir Putin", "country": "RUS", "role": "source"}


def test_real_taggers_on_the_fixture():
    """With the real temporal/actors/gazetteer modules (skipped while any of them is a stub)."""
    from geotimeline import actors, gazetteer, temporal

    try:
        temporal.find_timexes("on October 16", PUBLISHED, "en")
        actors.find_actors("Putin", "en")
        gazetteer.find_places("in Moscow", "en", ())
    except (NotImplementedError, AttributeError):
        pytest.skip("a sibling tagger is not available yet")
    events = run(FIXTURE.read_text(encoding="utf-8"))
    first = [e for e in events if "written letters" in e.sentence]
    assert [(e.category, e.attributed_to, e.date_source) for e in first] == [
        ("REQUEST", "The Washington Post", "published")] * 2
    assert [e.place.name for e in first] == ["Moscow", "Beijing"] and all(e.place.inferred for e in first)
    meet = find(events, "CONSULT", "October 16")
    assert (meet.start, meet.granularity, meet.place.name, meet.place.inferred) == (date(2025, 10, 16), "day", "Moscow", True)
    assert find(events, "COOPERATE", "Iran").attributed_to == "documents reviewed by journalists"
    plan = find(events, "ASSAULT", "decided")
    assert (plan.mode, plan.attributed_to, plan.place.country) == ("planned", "Miami Herald", "VEN")
    build = find(events, "MOBILIZE", "presence")
    assert (build.domain, build.end, build.vessels, build.place.name) == ("naval", None, ("USS Gerald R. Ford",), "Caribbean Sea")
    strikes = find(events, "ASSAULT", "Since September")
    assert (strikes.domain, strikes.start, strikes.end) == ("naval", date(2025, 9, 1), None)
