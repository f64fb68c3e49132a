"""Trigger lexicon (EN/ES/RU), category adjustment for announced intent, and display domains."""

from __future__ import annotations

import pytest

from geotimeline.events.categories import adjust_for_intent, domain_of, find_triggers


@pytest.mark.parametrize(
    ("language", "sentence", "trigger", "category"),
    [
        ("en", "Maduro requested missiles from Russia.", "requested", "REQUEST"),
        ("en", "The navy deployed a destroyer.", "deployed", "MOBILIZE"),
        ("en", "Workers began a hunger strike.", "hunger strike", "PROTEST"),
        ("en", "Jets carried out strikes on boats.", "strikes", "ASSAULT"),
        ("en", "Iran sent drones and ammunition to Russia.", "sent drones and ammunition", "AID"),
        ("en", "Russia sent warships to Cuba.", "sent warships", "MOBILIZE"),
        ("en", "Switzerland expelled two Russian diplomats.", "expelled two Russian diplomats", "SANCTION"),
        ("en", "Police arrested the editor.", "arrested", "COERCE"),
        ("en", "China condemned the visit.", "condemned", "ACCUSE"),
        ("en", "The premier tweeted a swift condemnation.", "condemnation", "ACCUSE"),
        ("en", "Serbia called up 5,000 reservists.", "called up 5,000 reservists", "MOBILIZE"),
        ("en", "The three juntas formed a defence pact.", "formed a defence pact", "COOPERATE"),
        ("en", "Two bombers entered the island's ADIZ.", "entered", "MOBILIZE"),
        ("en", "The police used water cannon against the marchers.", "used water cannon against", "ASSAULT"),
        ("en", "Seoul said it would respond firmly to any provocation.", "respond firmly", "THREATEN"),
        ("en", "The army staged live-fire drills near the border.", "live-fire drills", "MOBILIZE"),
        ("en", "Belarus shipped 3,000 tonnes of artillery shells to the front.",
         "shipped 3,000 tonnes of artillery shells", "AID"),
        ("en", "Uruguay granted political asylum to the senator.", "granted political asylum", "AID"),
        ("en", "Seoul voiced serious concern over the drills.", "voiced serious concern over", "ACCUSE"),
        ("en", "The union lambasted the new tariffs.", "lambasted", "ACCUSE"),
        ("en", "The senator described the treaty as a catastrophe for farmers.",
         "described the treaty as a catastrophe", "ACCUSE"),
        ("en", "Ruritania sent 4,500 soldiers to the frontier.", "sent 4,500 soldiers", "MOBILIZE"),
        ("en", "Insurgents took over the main airport of the province.", "took over", "COERCE"),
        ("en", "Border guards exchanged heavy fire with smugglers.", "exchanged heavy fire", "ASSAULT"),
        ("en", "Air defences downed three attack drones near the capital.", "downed", "ASSAULT"),
        ("en", "The kingdom agreed to cede control of the two islets.", "agreed", "AGREE"),
        ("en", "The kingdom will cede control of the two islets.", "cede", "CONCEDE"),
        ("en", "Foreign ministers convene in Geneva on Monday.", "convene", "CONSULT"),
        ("en", "The kidnappers are holding eleven sailors hostage.", "holding eleven sailors hostage", "COERCE"),
        ("en", "Ottawa said it would retaliate against the duties.", "retaliate", "THREATEN"),
        ("en", "Berlin resumed arms deliveries to the region.", "resumed arms deliveries", "AID"),
        ("en", "Rome assured Tunis that the patrols would continue.", "assured", "AGREE"),
        ("es", "Rusia desplegó buques en el Caribe.", "desplegó", "MOBILIZE"),
        ("es", "Maduro solicitó misiles a Rusia.", "solicitó", "REQUEST"),
        ("es", "Cuba rechazó la propuesta.", "rechazó", "REJECT"),
        ("ru", "Россия направила корабли в Карибское море.", "направила корабли", "MOBILIZE"),
        ("ru", "Мадуро попросил Путина о помощи.", "попросил", "REQUEST"),
        ("ru", "Полиция задержала журналиста.", "задержала", "COERCE"),
        ("ru", "США нанесли удары по судам.", "нанесли удары", "ASSAULT"),
    ],
)
def test_first_trigger(language, sentence, trigger, category):
    t = find_triggers(sentence, language)[0]
    assert (t.text, t.category) == (trigger, category)
    assert sentence[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("language", "sentence", "category"),
    [
        # an order whose infinitive cuts ties is the cut, not a deployment; an order to move stays MOBILIZE
        ("en", "The premier ordered the army on Friday to suspend cooperation with the mission.", "SANCTION"),
        ("en", "The king directed his police to halt the sharing of intelligence with Ruritania.", "SANCTION"),
        ("en", "The minister ordered two frigates to sail to the gulf.", "MOBILIZE"),
        ("en", "The minister ordered more troops to the border.", "MOBILIZE"),
        # a resolve to defend one's own country is a warning, not support or agreement
        ("en", "Officials said the army would defend the nation against any aggression.", "THREATEN"),
        ("en", "The senator defended the treaty in a speech.", "SUPPORT"),
        # calling accusations absurd rebuts them
        ("en", "The ministry called the charges baseless and politically motivated.", "REJECT"),
        ("en", "The embassy called the reports absurd.", "REJECT"),
        ("en", "The council called for restraint.", "REQUEST"),
        ("es", "El canciller calificó de infundadas las acusaciones de Lisboa.", "REJECT"),
        ("ru", "В министерстве назвали надуманными обвинения Вашингтона.", "REJECT"),
        # recalling an ambassador and suspending agreements are diplomatic / economic cuts
        ("en", "Peru recalled its ambassador from Quito.", "SANCTION"),
        ("es", "Chile llamó a consultas a su embajador en Lima.", "SANCTION"),
        ("es", "El gobierno ordenó suspender los acuerdos pesqueros con el país vecino.", "SANCTION"),
        ("es", "El gobierno firmó un acuerdo pesquero con el país vecino.", "AGREE"),
        ("ru", "Польша отозвала своего посла из Минска.", "SANCTION"),
        ("ru", "Минск приостановил соглашение о транзите.", "SANCTION"),
    ],
)
def test_cuts_rebuttals_and_resolve(language, sentence, category):
    assert find_triggers(sentence, language)[0].category == category


def test_triggers_do_not_overlap():
    triggers = find_triggers("Russia sent warships and deployed troops after talks.", "en")
    assert all(a.end <= b.start for a, b in zip(triggers, triggers[1:], strict=False))


@pytest.mark.parametrize(
    ("category", "before", "expected"),
    [
        ("AID", "Russia said it will", "AGREE"),
        ("RETREAT", "Syria says it is willing to", "AGREE"),
        ("ASSAULT", "Cuba said it would", "THREATEN"),
        ("SANCTION", "Nigeria will withdraw unless talks resume and it", "THREATEN"),
        ("ASSAULT", "the administration decided to conduct", "ASSAULT"),
        ("CONSULT", "Putin", "CONSULT"),
    ],
)
def test_intent(category, before, expected):
    assert adjust_for_intent(category, before) == expected


@pytest.mark.parametrize(
    ("category", "clause", "kind", "domain"),
    [
        ("MOBILIZE", "sending destroyers, F-35 jets and a submarine to the region", None, "naval"),
        ("ASSAULT", "strikes on vessels off the coast", None, "naval"),
        ("ASSAULT", "an air strike on a depot", None, "air"),
        ("MOBILIZE", "troops massed near the border", None, "land"),
        ("MOBILIZE", "increasing its presence", "sea", "naval"),
        ("REQUEST", "asked for ships and ports", None, "diplomatic"),
        ("SANCTION", "imposed tariffs on steel exports", None, "economic"),
        ("COERCE", "a court jailed the editor", None, "legal"),
        ("PROTEST", "thousands rallied", None, "other"),
    ],
)
def test_domain(category, clause, kind, domain):
    assert domain_of(category, clause, kind) == domain


@pytest.mark.parametrize(
    "sentence",
    [
        "The new chairman took over as head of the committee.",  # an office taken, not a place seized
        "The downed pilot was found alive.",  # an aircraft word after "downed" is needed
        "The two firms exchanged letters about the merger.",  # no fire exchanged
        "The singer ceded the stage to her band.",  # nothing sovereign is ceded
        "The fans held their breath as the match ended.",  # no one is held hostage
    ],
)
def test_look_alikes_of_the_new_verbs_are_no_force(sentence):
    assert not [t for t in find_triggers(sentence, "en") if t.category in ("ASSAULT", "COERCE", "CONCEDE")]
