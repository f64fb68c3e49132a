"""Meanings a QA reviewer found wrong: polarity and mode, categories, roles, missed events and bare labels
(events5). The real taggers on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.events import extract_events
from geotimeline.events.attribution import mode_of
from geotimeline.events.vessels import flag_country
from tests.factories import countries, run


@pytest.mark.parametrize(
    ("before", "mode"),
    [
        ("the country did not want war but would ", "hypothetical"),  # the negation denies another verb
        ("the navy had not fired, yet could ", "hypothetical"),
        ("the government did not ", "denied"),
        ("Cuba has never ", "denied"),
    ],
)
def test_a_negation_before_a_conjunction_does_not_deny_the_next_verb(before, mode):
    assert mode_of(before, before + "act.", False, "en") == mode


@pytest.mark.parametrize(
    ("text", "category", "wrong"),
    [
        ("Cuba's president said his nation did not seek conflict but would defend itself.", "THREATEN", "AGREE"),
        ("The author won the Cervantes Prize in Madrid; her brother accepted it on her behalf.", None, "CONCEDE"),
        ("Mexico's port authority gave the shipping lines 72 hours to pay the fees or lose their permits.", "THREATEN", "CONCEDE"),
        ("Radar tracked a cargo plane of a sanctioned Iranian airline landing in Havana.", None, "SANCTION"),
        ("US bombers flew near Cuba in what officers called a firepower demonstration.", "MOBILIZE", "PROTEST"),
        ("Mexico is in contact with Cuba on the release of the fishermen.", "CONSULT", "CONCEDE"),
        ("Japanese and Australian warships held a joint exercise near Okinawa on Friday.", "COOPERATE", None),
        ("The Spanish navy escorted a tanker near Malta.", "MOBILIZE", None),
    ],
)
def test_categories_of_our_sentences(text, category, wrong):
    found = [e.category for e in run(text)]
    assert wrong not in found
    if category:
        assert category in found


def test_a_conditional_is_hypothetical_not_denied():
    event = next(e for e in run("Cuba's president said his nation did not seek conflict but would defend itself.")
                 if e.category == "THREATEN")
    assert event.mode == "hypothetical" and "not" not in event.summary


@pytest.mark.parametrize(
    ("text", "source", "not_target"),
    [
        ("Chinese ships fired warning shots at a Panama-flagged tanker in the South China Sea.", "CHN", "PAN"),
        ("Turkish forces seized a Liberia-registered bulk carrier off Cyprus.", "TUR", "LBR"),
    ],
)
def test_a_flag_state_is_no_target(text, source, not_target):
    event = run(text)[0]
    assert source in countries(event, "source") and not_target not in countries(event, "target")


@pytest.mark.parametrize(("text", "country"), [("The destroyer USS Mason docked at Barbados's main port.", "USA"),
                                                ("HMS Trent arrived in Barbados's capital on Monday.", "GBR")])
def test_a_navy_ship_acts_for_its_state_not_the_place_it_reaches(text, country):
    event = run(text)[0]
    assert countries(event, "source") == {country} and "BRB" not in countries(event, "source")


@pytest.mark.parametrize(("text", "iso"), [("the destroyer USS Mason", "USA"), ("RFS Admiral Golovko", "RUS"),
                                            ("the MV Rubymar", None), ("a tanker", None)])
def test_flag_country(text, iso):
    assert flag_country(text) == iso


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The militia still holds the freighter Ocean Star, seized on May 2 in the Red Sea.", {"Ocean", "Star"}),
    ],
)
def test_a_label_names_what_was_acted_on_not_a_bare_word(text, words):
    summaries = [e.summary for e in run(text)]
    assert summaries and all(len(s.split()) > 1 for s in summaries)
    assert any(words <= set(s.split()) for s in summaries)


@pytest.mark.parametrize(("text", "summary_start"), [
    ("The United States on Tuesday imposed sanctions on three Venezuelan officials, the Treasury said.", "US "),
    ("The US Navy seized a tanker on Tuesday.", "US Navy seizes"),
])
def test_a_pasted_single_sentence_is_its_own_report(text: str, summary_start: str) -> None:
    """Plain text takes its first line as title; when that line is all there is, it is the report itself."""
    from geotimeline.articles import read_text

    article = read_text(text, "pasted", published=date(2025, 11, 1))
    assert article.title.strip() == text
    events = extract_events(article)
    assert events and events[0].summary.startswith(summary_start) and events[0].start == date(2025, 10, 28)


@pytest.mark.parametrize(
    ("text", "language", "category", "source"),
    [
        ("Norwegian police have taken control of a cargo ship suspected of cutting a cable.", "en", "COERCE", "NOR"),
        ("Iranian forces took control of the tanker on Monday.", "en", "COERCE", "IRN"),
        ("Desde mediados de noviembre, la Fuerza Armada mantiene un despliegue de 5.000 efectivos en el país.", "es",
         "MOBILIZE", "VEN"),
    ],
)
def test_taking_control_of_a_ship_is_a_seizure_and_a_named_force_acts(text, language, category, source):
    hits = [e for e in run(text, language) if e.category == category]
    assert hits, [(e.category, e.summary) for e in run(text, language)]
    assert countries(hits[0], "source") == {source}


@pytest.mark.parametrize(
    ("text", "not_done", "asked_of"),
    [
        # what one actor expects or wishes another to do is not done: no asserted act by the other
        ("Tokyo expects Beijing to pull its coast guard ships out of the disputed waters.", "RETREAT", None),
        ("Analysts expect Moscow to attack the port city before the winter.", "ASSAULT", None),
        ("Berlin wants Tehran to release the detained container ship.", "CONCEDE", ("DEU", "IRN")),
        ("London wishes Caracas to free the crew of the seized trawler.", "CONCEDE", ("GBR", "VEN")),
    ],
)
def test_what_another_is_expected_or_wished_to_do_is_not_told_as_done(text, not_done, asked_of):
    events = run(text)
    assert not [e for e in events if e.category == not_done and e.mode == "asserted"]
    if asked_of:
        asked = [e for e in events if e.category == "REQUEST"]
        assert asked and {a.country for a in asked[0].actors if a.role == "source"} == {asked_of[0]}
        assert {a.country for a in asked[0].actors if a.role == "target"} == {asked_of[1]}


@pytest.mark.parametrize(
    "text",
    ["Moscow wants to sign the gas deal with Ankara.", "Beijing hopes to expand its naval base in Cambodia."],
)
def test_an_actor_wanting_to_act_is_a_plan_not_an_act(text):
    assert all(e.mode != "asserted" for e in run(text))


@pytest.mark.parametrize(
    ("text", "category", "source", "in_label"),
    [
        # a relative clause telling another act on an event noun is an event of its own, labelled with that noun
        ("Chile accused Peru of spying on its navy, a charge Peru rejected on Tuesday.", "REJECT", "PER", ("charge",)),
        ("Egypt made a proposal for a truce, which Israel turned down within hours.", "REJECT", "ISR", ("proposal", "truce")),
    ],
)
def test_a_relative_clause_on_an_event_noun_tells_its_own_act(text, category, source, in_label):
    found = [e for e in run(text) if e.category == category]
    assert found and {a.country for a in found[0].actors if a.role == "source"} == {source}
    assert any(word in found[0].summary.casefold() for word in in_label)


def test_a_passive_after_a_relative_clause_does_not_borrow_its_subject():
    # the commandos seized the tanker; who released it is not said
    events = run("The tanker that Iranian commandos seized in May was released on Friday.")
    assert not [e for e in events if e.category == "CONCEDE" and any(a.role == "source" for a in e.actors)]


@pytest.mark.parametrize(
    ("text", "category", "source", "mode"),
    [
        # an act its doer claims is the doer's act, told as a claim
        ("The Islamic State group claimed responsibility for the bombing of a church in Lahore.", "ASSAULT", "PAK", "claimed"),
        ("The Nigerian army claimed the killing of 30 insurgents near Maiduguri.", "ASSAULT", "NGA", "claimed"),
        # a measure kept or coming into force is a development, not a topic
        ("Japan is keeping its sanctions in place on North Korea.", "SANCTION", "JPN", "asserted"),
        ("New Canadian tariffs on Chinese electric vehicles take effect on Tuesday.", "SANCTION", "CAN", None),
    ],
)
def test_claimed_and_enforced_acts_are_events(text, category, source, mode):
    events = [e for e in run(text) if category is None or e.category == category]
    assert events
    if source == "PAK":  # the group has no state; the place says where
        assert events[0].place is not None and events[0].place.country == "PAK"
    else:
        assert source in {a.country for a in events[0].actors if a.role == "source"}
    if mode:
        assert events[0].mode == mode


@pytest.mark.parametrize(
    ("text", "category", "source", "target", "label"),
    [
        # an act told from the side of who undergoes it: the one it comes "from" acts
        ("The Indian patrol came under fire from Pakistani troops near Uri.", "ASSAULT", "PAK", "IND", "Pakistan"),
        ("Turkey faced condemnation from Greece and Cyprus over the drilling.", "ACCUSE", "GRC", "TUR", "condemn Turkey"),
        ("The Serbian plan drew sharp criticism from Croatia.", "ACCUSE", "HRV", "SRB", "criticizes"),
        ("The Russian draft met with opposition from France.", "REJECT", "FRA", "RUS", "opposes"),
    ],
)
def test_an_act_told_as_undergone_names_its_doer_first(text, category, source, target, label):
    events = [e for e in run(text) if e.category == category]
    assert events, run(text)
    assert source in {a.country for a in events[0].actors if a.role == "source"}
    assert target in {a.country for a in events[0].actors if a.role == "target"}
    assert label in events[0].summary
    assert not [e for e in run(text) if e.category == "CONSULT"]  # "met with opposition" is no meeting


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        # a crowd or a number of people is who they are said to be "of"
        ("Thousands of Kenyans marched in Nairobi against the tax.", "source", "KEN"),
        ("Dozens of Filipino fishermen were detained by the Chinese coast guard.", "target", "PHL"),
        # an international organisation acts under its own name, with no state
        ("Amnesty International accused Egypt of torturing detainees.", "target", "EGY"),
    ],
)
def test_who_a_crowd_or_an_organisation_is(text, role, expected):
    events = run(text)
    assert events and expected in {a.country for a in events[0].actors if a.role == role}


def test_an_international_organisation_is_the_source_not_a_state():
    event = run("Human Rights Watch accused Ruritania and Egypt of torturing detainees.")[0]
    assert [a.name for a in event.actors if a.role == "source"] == ["Human Rights Watch"]
    assert all(a.country is None for a in event.actors if a.role == "source")


@pytest.mark.parametrize(
    ("text", "category", "label"),
    [
        # a ship or a unit arriving or calling at a port is a movement of force; a minister arriving is diplomacy
        ("The British frigate HMS Kent arrived in Manila on Monday.", "MOBILIZE", "frigate HMS Kent arrives in Manila"),
        ("A Pakistani warship visited Colombo last week.", "MOBILIZE", "Pakistani warship visits Colombo"),
        ("The Spanish foreign minister arrived in Rabat on Monday.", "CONSULT", None),
        ("A delegation of Moroccan diplomats arrived in Madrid.", "CONSULT", None),
    ],
)
def test_a_ship_arriving_is_a_port_call_a_minister_arriving_is_a_visit(text, category, label):
    events = run(text)
    assert events and events[0].category == category
    if label:
        assert label in events[0].summary


@pytest.mark.parametrize(
    ("text", "not_done"),
    [
        # what is asked, threatened or expected of another (also the second of two such verbs) is not done
        ("The envoy encouraged Sudan and Chad to reopen the border crossing.", "CONCEDE"),
        ("Madrid expects Rabat to tighten its controls and close its border with Algeria.", "COERCE"),
    ],
)
def test_an_act_asked_or_expected_of_another_is_not_told_as_done(text, not_done):
    assert not [e for e in run(text) if e.category == not_done and e.mode == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        # reporting boilerplate is no development
        "Egypt's foreign ministry did not immediately reply to an email requesting comment.",
        "Both governments have ignored repeated requests for comment.",
        "Peru's navy declined to comment on the incident.",
    ],
)
def test_no_comment_boilerplate_is_not_an_event(text):
    assert not [e for e in run(text) if e.category in ("REQUEST", "REJECT")]
