"""Who did what to whom in Russian, read from the parse (geotimeline.udtree) as English is: the subject acts on
the object, a passive's instrumental is the doer, a reported clause's subject acts (not the body that reports it),
a relative clause lends no country, coordinated subjects both act. Sentences written for these tests."""

from __future__ import annotations

import logging
import re

import pytest

from tests.factories import roles, run


@pytest.mark.parametrize(
    ("text", "category", "sources", "targets"),
    [
        # the subject acts on the object
        ("Российский эсминец атаковал украинский катер.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("Береговая охрана Китая протаранила филиппинское судно.", "COERCE", {"CHN"}, {"PHL"}),
        # a passive: the instrumental names the doer, the subject what was done to
        ("Украинский катер был захвачен российскими пограничниками.", "COERCE", {"RUS"}, {"UKR"}),
        ("Японское судно было задержано китайскими пограничниками.", "COERCE", {"CHN"}, {"JPN"}),
        # reported speech: the body that says is not the one that acts
        ("В МИД Китая заявили, что японские корабли атаковали филиппинское судно.", "ASSAULT", {"JPN"}, {"PHL"}),
        # a preposition of aim names the target
        ("Турция ввела санкции против Греции.", "SANCTION", {"TUR"}, {"GRC"}),
        # object first: the verb agrees with its subject ("осудил" is singular, "удары" plural)
        ("Удары Израиля по Газе осудил Египет.", "ACCUSE", {"EGY"}, {"ISR"}),
        # "в Москве осудили": the capital speaks for its state
        ("В Москве осудили удары Израиля.", "ACCUSE", {"RUS"}, {"ISR"}),
        # a protest lodged with someone: the dative of the verb or of the protest
        ("Китай направил протест Японии.", "ACCUSE", {"CHN"}, {"JPN"}),
        ("Япония выразила решительный протест Китаю.", "ACCUSE", {"JPN"}, {"CHN"}),
        # "их судно" in a reported clause: the ship of those who report it
        ("Филиппины заявили, что Китай заблокировал их судно снабжения.", "COERCE", {"CHN"}, {"PHL"}),
        # coordinated subjects both act
        ("Индия и Пакистан подписали соглашение.", "AGREE", {"IND", "PAK"}, set()),
    ],
)
def test_roles_come_from_the_tree(text, category, sources, targets):
    hits = [e for e in run(text, "ru") if e.category == category]
    assert hits, [e.summary for e in run(text, "ru")]
    assert roles(hits[0]) == (sources, targets)


@pytest.mark.parametrize(
    ("text", "category", "kept_out"),
    [
        # a relative clause does not lend its country to the act
        ("Катер, который вышел из иранского порта, был задержан британскими моряками.", "COERCE", "IRN"),
        ("Эсминец США атаковал судно, которое шло в Венесуэлу.", "ASSAULT", "VEN"),
        # the country that reports is not a party to the act it reports
        ("В МИД Китая заявили, что японские корабли атаковали филиппинское судно.", "ASSAULT", "CHN"),
    ],
)
def test_a_country_outside_the_acts_clause_is_no_party(text, category, kept_out):
    hits = [e for e in run(text, "ru") if e.category == category]
    assert hits
    sources, targets = roles(hits[0])
    assert kept_out not in sources | targets


def test_a_reported_clause_is_attributed_to_the_body_that_says_it():
    hits = [e for e in run("В МИД Китая заявили, что японские корабли атаковали филиппинское судно.", "ru")
            if e.category == "ASSAULT"]
    assert hits and hits[0].attributed_to


def test_a_person_introduced_with_a_country_acts_for_it_and_is_labelled_in_latin_letters():
    hits = [e for e in run("Представитель МИД Китая Мао Нин призвала Японию прекратить провокации.", "ru")
            if e.category == "REQUEST"]
    assert hits and roles(hits[0]) == ({"CHN"}, {"JPN"})
    assert hits[0].summary.startswith("Mao ") and not re.search("[а-яё]", hits[0].summary, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "category", "sources", "targets"),
    [
        # two subjects in the parse: the predicate agrees with one ("должен": masculine), the other is the object
        ("Письмо Путину должен был передать посол Рамон Гарсия.", "AID", None, {"RUS"}),
        # a request that comes with letters: the sender asks each addressee
        ("Премьер Индии Нарендра Моди направил письма Владимиру Путину и Си Цзиньпину с просьбой о помощи.",
         "REQUEST", {"IND"}, {"RUS", "CHN"}),
    ],
)
def test_letters_and_object_first_sentences(text, category, sources, targets):
    hits = [e for e in run(text, "ru") if e.category == category]
    assert hits
    found = [roles(e) for e in hits]
    assert all(sources is None or s == sources for s, _ in found)
    assert set().union(*(t for _, t in found)) == targets


def test_a_failing_parser_leaves_the_surface_reading(monkeypatch, caplog):
    from geotimeline import udtree

    class Broken:
        def map(self, items):
            raise RuntimeError("broken model")

    monkeypatch.setattr(udtree, "models", lambda: (Broken(), Broken()))
    with caplog.at_level(logging.WARNING):
        events = run("Российский эсминец атаковал украинский катер.", "ru")
    assert [e.category for e in events] == ["ASSAULT"]  # read by the surface rules
    assert "Russian parser failed" in caplog.text


def test_a_ships_name_left_in_cyrillic_is_spelled_in_latin_letters():
    events = run("Вьетнам потребовал от Китая отозвать исследовательское судно «Хайян Дичжи 8» из своей зоны.", "ru")
    assert events and all(not re.search("[а-яё]", e.summary, re.IGNORECASE) for e in events), [e.summary for e in events]


@pytest.mark.parametrize(("text", "category", "label"), [
    ("Российский истребитель нарушил воздушное пространство Литвы.", "MOBILIZE", "Russia violates airspace of Lithuania"),
    ("Китайская береговая охрана применила водомёты против вьетнамских рыбаков.", "ASSAULT", None),
])
def test_airspace_violations_and_water_cannon(text, category, label):
    events = [e for e in run(text, "ru") if e.category == category]
    assert events, [(e.category, e.summary) for e in run(text, "ru")]
    assert label is None or events[0].summary.startswith(label), events[0].summary
