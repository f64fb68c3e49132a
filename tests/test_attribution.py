"""Attribution (who says so), inheritance by continuing sentences, acronyms, and modes."""

from __future__ import annotations

import pytest

from geotimeline.events.attribution import attribute, find_attribution, mode_of
from geotimeline.sentences import split_sentences


@pytest.mark.parametrize(
    ("language", "sentence", "source"),
    [
        ("en", "According to The Washington Post, Maduro sent letters.", "The Washington Post"),
        ("en", "According to information published by The Washington Post, Maduro wrote.", "The Washington Post"),
        ("en", "Meanwhile, as reported by the Miami Herald, the US decided to strike.", "Miami Herald"),
        ("en", "Documents reviewed by journalists indicate that he coordinated supplies.", "documents reviewed by journalists"),
        ("en", "Documents show that he coordinated supplies.", "documents reviewed by journalists"),
        ("en", "The US suspended aid, the New York Times reported on Friday.", "New York Times"),
        ("en", "Russia sent ships, Cuba said.", None),  # an actor's statement, not a cited outlet
        ("en", "Russia sent ships to Cuba.", None),
        ("es", "Según el diario El País, Maduro pidió ayuda.", "El País"),
        ("ru", "По данным газеты «Коммерсант», Мадуро попросил помощи.", "Коммерсант"),
        ("ru", "Как сообщает ТАСС, корабли вошли в порт.", "ТАСС"),
    ],
)
def test_find_attribution(language, sentence, source):
    found = find_attribution(sentence, language)
    assert (found.source if found else None) == source


def test_inheritance_and_acronym_expansion():
    text = ("According to The Washington Post, Maduro sent a letter to Putin. This letter also asked for radars.\n\n"
            "Russia did not answer.\n\nAccording to WP, a similar letter went to Xi.")
    sentences = split_sentences(text)
    got = [a.source if a else None for a in attribute(sentences)]
    assert got == ["The Washington Post", "The Washington Post", None, "The Washington Post"]


@pytest.mark.parametrize(
    ("language", "before", "sentence", "attributed", "mode"),
    [
        ("en", "Russia ", "Russia sent ships.", False, "asserted"),
        ("en", "Russia ", "Russia sent ships.", True, "reported"),
        ("en", "Russia will ", "Russia will send ships.", False, "planned"),
        ("en", "the US has decided to conduct ", "x", True, "planned"),
        ("en", "Russia could ", "Russia could send ships.", False, "hypothetical"),
        ("en", "Russia did not ", "Russia did not send ships.", False, "denied"),
        ("en", "how the Russian side ", "It is unclear how the Russian side responded.", False, "unclear"),
        ("en", "Cuba urged Russia to ", "Cuba urged Russia to send ships.", False, "requested"),
        ("en", "In May Russia ", "In May Russia sent ships.", False, "asserted"),  # the month, not the modal
        ("es", "Rusia podría ", "Rusia podría enviar buques.", False, "hypothetical"),
        ("es", "Rusia no ", "Rusia no envió buques.", False, "denied"),
        ("ru", "Россия планирует ", "Россия планирует направить корабли.", False, "planned"),
        ("ru", "Россия не ", "Россия не направила корабли.", False, "denied"),
        ("ru", "как ", "Неясно, как ответила Россия.", False, "unclear"),
    ],
)
def test_mode(language, before, sentence, attributed, mode):
    assert mode_of(before, sentence, attributed, language) == mode


@pytest.mark.parametrize(("before", "trigger", "mode"), [
    ("Irán ", "incautó", "asserted"),  # "Irán", "Teherán" end in -rán but are no future verbs
    ("Teherán ", "atacó", "asserted"),
    ("Irán ", "atacará", "planned"),  # the future is the trigger's own ending
    ("Los buques ", "atacarán", "planned"),
])
def test_spanish_future_is_a_lower_case_verb(before, trigger, mode):
    assert mode_of(before, f"{before}{trigger} una base.", False, "es", trigger) == mode
