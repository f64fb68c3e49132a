"""Background mentions, pronoun objects, roles in long noun phrases, and English labels for Spanish and
Russian articles: the real taggers on our own sentences, and over the sample corpus (data/samples, ours)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from geotimeline.articles import read_articles
from geotimeline.events import Event, extract_events
from tests.factories import roles, run

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"




# --- a nominal mention with no date and no verb of its own is background, not a development -------------

@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        ("en", "Exports have fallen sharply since Russia's full-scale invasion of Ukraine.", "ASSAULT"),
        ("en", "Under US sanctions, Venezuela sells oil to China.", "SANCTION"),
        ("en", "Trade with Europe collapsed after Russia's attack on Ukraine.", "ASSAULT"),
        ("ru", "Самолёт авиакомпании, находящейся под американскими санкциями, приземлился в Каракасе.", "SANCTION"),
        ("ru", "Военное сотрудничество двух стран имеет давнюю историю.", "COOPERATE"),
        ("es", "La cooperación militar entre Cuba y Rusia tiene una larga historia.", "COOPERATE"),
        ("es", "Los ataques de los hutíes en el mar Rojo han encarecido los fletes.", "ASSAULT"),
    ],
)
def test_background_nouns_are_no_events(language, text, category):
    assert category not in [e.category for e in run(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "category", "day"),
    [
        # the noun has a date of its own, or a verb makes it happen: an event
        ("en", "The seizure of the tanker on Monday angered Tehran.", "COERCE", date(2024, 5, 6)),
        ("en", "Ukraine has lost ports since Russia's full-scale invasion in February 2022.", "ASSAULT", date(2022, 2, 1)),
        ("es", "El ataque del 16 de octubre contra una lancha frente a Venezuela dejó dos muertos.", "ASSAULT", date(2023, 10, 16)),
        ("es", "Los ataques aéreos de Chile contra objetivos en Perú, iniciados el 12 de enero, siguen.", "ASSAULT",
         date(2024, 1, 12)),
        ("ru", "Удар 2 сентября по катеру у берегов Венесуэлы унёс жизни шести человек.", "ASSAULT", date(2023, 9, 2)),
        ("ru", "На побережье Венесуэлы продолжаются учения милиции, начавшиеся ещё в сентябре.", "MOBILIZE", date(2023, 9, 1)),
    ],
)
def test_nouns_with_a_date_or_a_verb_of_their_own_are_events(language, text, category, day):
    hits = [e for e in run(text, language) if e.category == category]
    assert hits and hits[0].start == day


def test_a_noun_followed_by_its_own_verb_is_told_once():
    events = run("Lawmakers questioned a US strike on Sept 2 that reportedly killed survivors of the first attack.")
    assert [e.category for e in events if e.category == "ASSAULT"] == ["ASSAULT"]


# --- who acts, and whom a pronoun stands for ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "language", "index", "sources", "targets"),
    [
        ("China warned the Philippines and urged it to withdraw.", "en", 1, {"CHN"}, {"PHL"}),
        ("Japan accused Russia of violating its airspace and asked it to explain.", "en", 1, {"JPN"}, {"RUS"}),
        ("Amid China's military build-up, Manila asked Washington for help.", "en", 0, {"PHL"}, {"USA"}),
        ("The Russian deputy foreign minister, leading a delegation, met Venezuelan officials.", "en", 0, {"RUS"}, {"VEN"}),
        ("A delegation led by the Russian deputy foreign minister met Venezuelan officials in Caracas.", "en", 0,
         {"RUS"}, {"VEN"}),
        ("Ukraine has lost ports since Russia's full-scale invasion in February 2022.", "en", 0, {"RUS"}, set()),
        # Russian case: a dative name is an addressee; a nominative name after the verb is its subject
        ("Президент Венесуэлы Николас Мадуро направил письмо Владимиру Путину с просьбой о военной помощи.", "ru", 0,
         {"VEN"}, {"RUS"}),
        ("Письмо Путину должен был передать министр Рамон Веласкес.", "ru", 0, {"VEN"}, {"RUS"}),
        # Spanish: a country adjective right after an event noun is its agent
        ("Los ataques estadounidenses contra lanchas han causado 57 muertos desde septiembre.", "es", 0, {"USA"}, set()),
    ],
)
def test_who_acts_and_on_whom(text, language, index, sources, targets):
    src, tgt = roles(run(text, language)[index])
    assert src == sources
    assert targets <= tgt


def test_a_pronoun_for_a_thing_names_no_target():
    events = run("Colombia said it would fight it in court.")
    assert all(not roles(e)[1] for e in events)


@pytest.mark.parametrize(
    ("text", "language", "index", "summary"),
    [
        ("China warned the Philippines and urged it to withdraw.", "en", 1, "China urges Philippines to withdraw"),
        ("Amid China's military build-up, Manila asked Washington for help.", "en", 0, "Philippines asks US for help"),
        ("Japan and the Philippines signed a defence pact on Friday.", "en", 0, "Japan and Philippines sign"),
        ("The exercise follows two clashes near Second Thomas Shoal in March.", "en", 0, "Clashes near Second Thomas Shoal"),
        ("Мария Захарова осудила удары США по катерам в Карибском море и призвала Вашингтон к сдержанности.", "ru", 0,
         "Zakharova condemns US over strikes in Caribbean Sea"),
        ("Мария Захарова осудила удары США по катерам в Карибском море и призвала Вашингтон к сдержанности.", "ru", 1,
         "Zakharova calls on US"),  # the sea is the strikes' place, not where she spoke; the parse names whom she urges
        ("Филиппины и Китай достигли договорённости о доставке продовольствия.", "ru", 0,
         "Philippines and China agree on food deliveries"),
        ("El canciller Yván Gil denunció ante la ONU las amenazas de Estados Unidos.", "es", 0, "Gil condemns"),
        ("Colombia llamó a consultas a su embajador en Washington.", "es", 0, "Colombia recalls ambassador"),
    ],
)
def test_labels(text, language, index, summary):
    assert run(text, language)[index].summary.startswith(summary)


# --- one label language: English, for every sample article --------------------------------------------

_NOT_ENGLISH = re.compile(r"[а-яё]|(?<!\w)(?:de|del|el|la|los|las|y|en|con|por|para|que|contra)(?!\w)", re.I)


@pytest.fixture(scope="module")
def foreign_events() -> list[Event]:
    out: list[Event] = []
    for path in sorted(SAMPLES.glob("2*-[er][su].md")):
        for article in read_articles(path):
            out.extend(extract_events(article))
    return out


def test_spanish_and_russian_articles_get_english_labels(foreign_events):
    assert len(foreign_events) > 60
    bad = []
    for e in foreign_events:
        label = e.summary
        for a in e.actors:  # names stay as they are ("Tren de Aragua")
            label = label.replace(a.name, "")
        if _NOT_ENGLISH.search(label):
            bad.append(e.summary)
    assert not bad, bad
    # the sentence stays in its language, as the evidence
    assert any(re.search(r"[а-яё]", e.sentence, re.I) for e in foreign_events)
