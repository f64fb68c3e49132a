"""Events at sea: their places, a clause date after a dateline, labels, and one act per ship told twice."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.events import extract_events
from geotimeline.events.vessels import find_vessels

REF = date(2025, 12, 11)  # a Thursday


def _events(text: str, language: str = "en", title: str = ""):
    return extract_events(Article("t", text, title=title, published=REF, language=language))


def _one(text: str, category: str, language: str = "en", title: str = ""):
    found = [e for e in _events(text, language, title) if e.category == category]
    assert found, [(e.category, e.summary) for e in _events(text, language, title)]
    return found[0]


@pytest.mark.parametrize(("text", "category", "place"), [
    # a coast guard at sea acting on boats: the shoal the article is about, not the coast guard's country
    ("Boats sailed to Mischief Reef last week. Vietnam's coast guard said it had warned the boats off.",
     "THREATEN", "Mischief Reef"),
    # a search for survivors in an article about a sea: at sea, not in the searching state's capital
    ("US forces struck two boats in the eastern Pacific on Monday. Peru's navy was asked to lead the search for survivors.",
     "REQUEST", "Eastern Pacific"),
    # "throughout the country": the country of the one who deploys, not the sea the article is about
    ("Las lanchas navegaban en el mar Caribe. Desde el lunes, las Fuerzas Armadas de Venezuela despliegan tropas en todo el país.",
     "MOBILIZE", "Venezuela"),
])
def test_place_of_event(text: str, category: str, place: str) -> None:
    e = _one(text, category, "es" if " las " in text else "en")
    assert e.place is not None and e.place.name == place


def test_request_to_a_capital_keeps_the_capital() -> None:
    e = _one("Boats sailed to Mischief Reef. China's coast guard urged Manila to remove the grounded ship.", "REQUEST")
    assert e.place is not None and e.place.name == "Manila"


@pytest.mark.parametrize(("text", "start", "date_text"), [
    ("CARACAS, Dec 11 (Wire) - Venezuelan troops boarded a fishing boat off the coast of Aruba on Tuesday.",
     date(2025, 12, 9), "Tuesday"),
    ("MOSCOW, Dec 11 (Wire) - Russia's navy seized a cargo ship in the Baltic Sea on Monday.", date(2025, 12, 8), "Monday"),
])
def test_dateline_date_does_not_govern_the_clause(text: str, start: date, date_text: str) -> None:
    e = _events(text)[0]
    assert (e.start, e.date_text) == (start, date_text)


@pytest.mark.parametrize(("text", "summary"), [
    ("Dutch marines boarded and seized a cargo ship off the coast of Curacao.", "seizes cargo ship"),
    ("The EU Council imposed sanctions on four Iranian officials.", "imposes sanctions on four Iranian officials"),
    ("Members of Congress asked the Pentagon to explain the strikes.", "US Congress asks Pentagon"),
])
def test_label(text: str, summary: str) -> None:
    assert any(summary in e.summary for e in _events(text)), [e.summary for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Swedish police seized a cargo ship suspected of damaging a data cable between",
    "Swedish police seized a cargo ship suspected of damaging the data cable between Sweden and Latvia.",
])
def test_label_does_not_end_on_a_function_word(text: str) -> None:
    for e in _events(text):
        assert e.summary.split()[-1].casefold() not in {"between", "against", "among"}


def test_lede_and_account_of_one_seizure_are_one_event() -> None:
    text = ("STOCKHOLM, Dec 11 (Wire) - Swedish authorities seized a cargo ship suspected of cutting a data cable, "
            "police said.\n\nOn Tuesday evening, Swedish coast guard officers boarded the Malta-flagged Vezhen and "
            "steered it into Swedish waters.")
    seizures = [e for e in _events(text) if e.category == "COERCE"]
    assert len(seizures) == 1 and seizures[0].start == date(2025, 12, 9) and seizures[0].vessels == ("Vezhen",)


def test_two_ships_seized_stay_two_events() -> None:
    text = ("Swedish coast guard officers boarded the Malta-flagged Vezhen on Tuesday.\n\n"
            "Swedish coast guard officers also seized another cargo ship on Wednesday.")
    assert len([e for e in _events(text) if e.category == "COERCE"]) == 2


@pytest.mark.parametrize(("sentence", "ships"), [
    ("officers boarded the Cook Islands-flagged Eagle S and steered it", ["Eagle S"]),
    ("the Palau-flagged ship was hit", []),
    ("the Panama-flagged tanker Skipper", ["Skipper"]),
])
def test_flagged_vessel_names(sentence: str, ships: list[str]) -> None:
    assert find_vessels(sentence) == ships


def test_mid_month_keeps_its_mod() -> None:
    e = _one("Desde mediados de noviembre, las Fuerzas Armadas de Venezuela despliegan tropas en todo el país.", "MOBILIZE", "es")
    assert (e.date_mod, e.start) == ("MID", date(2025, 11, 1))


@pytest.mark.parametrize("text", [
    # how incident reports tell an approach, a chase, a boarding that succeeded, a sighting
    "KENYA: On 4 March, a bulk carrier reported a suspicious approach by two skiffs near position 03-10S 041-20E.",
    "On 9 May, a tanker reported being approached by three skiffs near position 11-40N 051-30E.",
    "On 2 April, four men in a skiff chased the fishing vessel SEA PEARL 40 NM east of Mombasa.",
    "On 7 June, thieves managed to board a container ship anchored off Conakry and stole paint.",
    "On 1 July, a suspicious craft was sighted near position 12-01N 044-15E.",
    "ON 3 AUGUST AT 0210 LT, ROBBERS BOARDED A TANKER AT ANCHOR NEAR POSITION 01-15N 104-05E AND ESCAPED.",
])
def test_incident_reports_are_events(text: str) -> None:
    assert [e for e in _events(text) if e.category == "COERCE"], [(e.category, e.summary) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The talks followed a week of tension.",
    "Officials approached the question with care.",
])
def test_ordinary_uses_of_those_verbs_are_not(text: str) -> None:
    assert not [e for e in _events(text) if e.category == "COERCE"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "were able to board" is a boarding done, by who was able
        ("TANZANIA: On 2 June, four robbers were able to board an anchored tanker near position 06-45S 039-25E.", "robbers"),
        ("GHANA: On 9 July, pirates were able to board a trawler and steal its catch.", "pirates"),
    ],
)
def test_a_boarding_one_was_able_to_do_is_done(text, source):
    events = [e for e in _events(text) if e.category == "COERCE"]
    assert events and source in {a.name for a in events[0].actors if a.role == "source"}


@pytest.mark.parametrize(("text", "category", "place"), [
    # the ship that reports being followed, trailed or chased undergoes it
    ("LIBERIA: On 3 March, a container ship reported being trailed near position 05-40N 010-20W by a fast boat.",
     "COERCE", "05-40N 010-20W"),
    ("On 6 May, a product tanker reported being followed near position 02-30N 104-50E for forty minutes.",
     "COERCE", "02-30N 104-50E"),
    # a ship following a ship is an incident; what a reporter says "that" a security team did is reported
    ("On 8 August, two grey boats followed the tanker near position 12-50N 043-10E until the master altered course.",
     "COERCE", "12-50N 043-10E"),
    ("On 1 October, a cargo ship reported that its guards fired warning shots at a skiff near position 13-02N 049-11E.",
     "THREATEN", "13-02N 049-11E"),
])
def test_incident_reports_tell_a_ship_followed_or_warned_off(text: str, category: str, place: str) -> None:
    e = _one(text, category)
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize("text", [
    "The delegation followed the route agreed with the hosts.",
    "The summit was followed by a dinner for the ministers.",
])
def test_following_a_route_or_an_event_is_no_incident(text: str) -> None:
    assert not [e for e in _events(text) if e.category == "COERCE"]


@pytest.mark.parametrize(("text", "place"), [
    # a short report of robbers at an anchored or berthed ship, with no heading and no position: one incident
    ("On 12 April, robbers boarded a bulk carrier anchored at Mombasa Anchorage. The duty watchman raised the alarm "
     "and the robbers escaped with ship's stores.", "Mombasa"),
    ("Thieves climbed on board a tanker berthed at Chittagong and stole a mooring rope. The crew noticed the theft in "
     "the morning and informed the port authorities.", "Chittagong"),
    # a telex with its place as an opening line: the place, in capitals, is found
    ("GUINEA, CONAKRY.   FIVE ROBBERS BOARDED A CONTAINER SHIP AT ANCHOR AND STOLE SHIP'S STORES.", "Conakry"),
])
def test_a_short_robbery_report_places_its_acts(text: str, place: str) -> None:
    placed = [e for e in _events(text) if e.category == "COERCE" and e.place is not None]
    assert placed and placed[0].place.name == place, [(e.summary, e.place) for e in _events(text)]


@pytest.mark.parametrize(("text", "summary", "source"), [
    # what was seen being done is the act, and who did it acts, not the one who saw it
    ("The second officer observed three robbers stealing paint from the forecastle store.", "Robbers steal paint", "robbers"),
    ("The watchman noticed two pirates boarding the ship from a skiff.", "Pirates board ship", "pirates"),
])
def test_an_act_seen_is_told_as_done_by_its_doer(text: str, summary: str, source: str) -> None:
    events = [e for e in _events(text) if e.category == "COERCE"]
    assert events and events[0].summary.startswith(summary), [(e.summary, e.actors) for e in events]
    assert source in {a.name for a in events[0].actors if a.role == "source"}


@pytest.mark.parametrize("text", [
    "The foreign minister boarded a plane to Brussels after the talks.",
    "Delegates boarded buses to the conference centre.",
])
def test_a_passenger_boarding_is_no_boarding_party(text: str) -> None:
    assert not [e for e in _events(text) if e.category == "COERCE"]


def test_a_short_news_story_is_no_incident_report() -> None:
    # a dateline story telling of ships and a boarding in two places: each act keeps its own place
    text = ("ODESA — A cargo ship left Odesa on Wednesday through the new corridor, the ministry said. Russian drones "
            "struck port facilities in Kherson on Thursday. On Sunday a Russian warship fired warning shots at a "
            "freighter in the Black Sea and its crew boarded the vessel for an inspection.")
    strike = _one(text, "ASSAULT")
    assert strike.place is not None and strike.place.name == "Kherson"


@pytest.mark.parametrize(("text", "seen"), [
    # a report's headline passive: what was sighted is no doer
    ("SOMALIA: Pirate action group sighted near position 04-10N 050-20E on 3 May.", None),
    ("NIGERIA: Suspected pirates spotted near the anchorage off Lagos on 9 June.", "pirates"),
])
def test_a_headline_sighting_is_an_incident_with_no_doer(text: str, seen: str | None) -> None:
    e = _one(text, "COERCE")
    assert not [a for a in e.actors if a.role == "source"], e.actors
    assert seen is None or seen in {a.name for a in e.actors if a.role == "target"}, e.actors


@pytest.mark.parametrize(("text", "country", "label"), [
    # a state's force reported seen somewhere is there: a presence, the force its doer, the observer only tells it
    ("Dozens of Vietnamese fishing militia boats were spotted near Whitsun Reef on Sunday.", "VNM",
     "Dozens of Vietnamese fishing militia boats spotted near Whitsun Reef"),
    ("Two Iranian drones were detected over the Gulf of Oman.", "IRN", "Two Iranian drones detected over Gulf of Oman"),
    ("The Danish navy tracked a Russian submarine in the Baltic Sea.", "RUS", "Russian submarine tracked"),
])
def test_a_force_seen_is_there(text: str, country: str, label: str) -> None:
    event = _one(text, "MOBILIZE")
    assert {a.country for a in event.actors if a.role == "source"} == {country}, event.actors
    assert not [a for a in event.actors if a.role == "target"], event.actors
    assert event.summary.startswith(label), event.summary


@pytest.mark.parametrize("text", [
    # no state's force: a skiff of no named state stays an incident; people seen are no force
    "A suspicious skiff was sighted near the anchored tanker.",
    "Russian tourists were seen on the beach near Antalya.",
])
def test_what_is_seen_is_no_presence_of_force(text: str) -> None:
    assert not [e for e in _events(text) if e.category == "MOBILIZE"], [(e.category, e.summary) for e in _events(text)]
