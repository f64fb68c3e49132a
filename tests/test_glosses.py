"""English labels for Spanish and Russian events (glosses.py), on our own phrases."""

from __future__ import annotations

import pytest

from geotimeline.events.glosses import english_label, object_phrase


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        (" четыре венесуэльских катера в Карибском море", "ru", "four Venezuelan boats"),
        (" по катерам", "ru", "boats"),
        (" о военной помощи", "ru", "military aid"),
        (" истребители Су-30 и радиолокационные станции", "ru", "fighter jets and radar stations"),
        (" a un pesquero venezolano", "es", "Venezuelan fishing boat"),
        (" dos lanchas y tres semisumergibles", "es", "two boats and three semi-submersibles"),
        (" unos 12.000 efectivos", "es", "12,000 troops"),
        (" ayuda humanitaria", "es", "humanitarian aid"),
        (" al destructor USS Example", "es", "USS Example"),  # a named ship is the object as it is
        (" палубу и надстройку", "ru", ""),  # nouns the glossary does not know are left out, not guessed
    ],
)
def test_object_phrase(text, language, phrase):
    assert object_phrase(text, language, vessels=("USS Example",)) == phrase


def label(**kw: object) -> str:
    args = {"subject": None, "plural": False, "trigger": "", "category": "ASSAULT", "lexicon_category": "ASSAULT",
            "language": "es", "after": ""}
    args.update(kw)
    return english_label(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # the subject's number sets the verb; a plural name takes the base form
        ({"subject": "Houthis", "plural": True, "trigger": "atacaron", "after": " un buque griego en el mar Rojo",
          "place": "Red Sea"}, "Houthis attack Greek ship in Red Sea"),
        ({"subject": "Cuba", "trigger": "atacó", "after": " dos lanchas"}, "Cuba attacks two boats"),
        # the mode: planned, denied, hypothetical
        ({"subject": "Chile", "trigger": "atacar", "after": " objetivos", "mode": "planned"}, "Chile to attack targets"),
        ({"subject": "Peru", "trigger": "удар", "language": "ru", "after": " по катеру", "mode": "denied"},
         "Peru does not strike boat"),
        ({"subject": "Peru", "trigger": "atacar", "after": "", "mode": "hypothetical"}, "Peru may carry out attack"),
        # an intent turned the attack into a threat
        ({"subject": "Iran", "trigger": "atacar", "category": "THREATEN", "after": " buques"}, "Iran threatens to attack ships"),
        # frames: a request with and without an addressee, a call on someone to do something
        ({"subject": "Norway", "trigger": "просит", "category": "REQUEST", "lexicon_category": "REQUEST", "language": "ru",
          "targets": ["Japan"], "after": " о гуманитарной помощи"}, "Norway asks Japan for humanitarian aid"),
        ({"subject": "Norway", "trigger": "pidió", "category": "REQUEST", "lexicon_category": "REQUEST", "after": " ayuda"},
         "Norway asks for aid"),
        ({"subject": "China", "trigger": "призвал", "category": "REQUEST", "lexicon_category": "REQUEST", "language": "ru",
          "after": " стороны к сдержанности"}, "China calls on parties to show restraint"),
        ({"subject": "Spain", "trigger": "llamó a", "category": "REQUEST", "lexicon_category": "REQUEST",
          "after": " consultas a su embajador en Lima", "place": "Lima"}, "Spain recalls ambassador from Lima"),
        # a statement is not placed where it was made; an accusation names its target
        ({"subject": "Chile", "trigger": "acusó", "category": "ACCUSE", "lexicon_category": "ACCUSE",
          "targets": ["Peru"], "after": "", "place": "Santiago"}, "Chile accuses Peru"),
        ({"subject": "Chile", "trigger": "condenó", "category": "ACCUSE", "lexicon_category": "ACCUSE",
          "targets": ["Peru"], "after": " los ataques"}, "Chile condemns Peru over attacks"),
        # several targets are listed the English way
        ({"subject": "Iran", "trigger": "advirtió", "category": "THREATEN", "lexicon_category": "THREATEN",
          "targets": ["Israel", "US", "UK"]}, "Iran warns Israel, US and UK"),
        # no subject: the event noun, a passive's patient, an impersonal verb's object
        ({"trigger": "ataques", "after": " contra lanchas", "place": "Caribbean Sea"}, "Attacks on boats in Caribbean Sea"),
        ({"trigger": "атаковано", "language": "ru", "before": "судно было ", "passive": True}, "Ship attacked"),
        ({"trigger": "приветствовали", "category": "SUPPORT", "lexicon_category": "SUPPORT", "language": "ru",
          "before": "В Осло соглашение ", "place": "Oslo"}, "Agreement welcomed in Oslo"),
    ],
)
def test_english_label(kwargs, expected):
    assert label(**kwargs) == expected


def test_labels_are_cut_at_a_word():
    text = label(subject="Venezuelan National Bolivarian Armed Forces", plural=True, trigger="atacaron",
                 after=" un buque", targets=["Trinidad and Tobago"], place="Gulf of Paria and Serpent's Mouth")
    assert len(text) <= 80 and text.endswith("…") and not text.endswith(" …")
