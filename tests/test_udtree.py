"""The Russian parse (geotimeline.udtree): slovnet's tree as a spaCy Doc with the labels the English tree reader
knows, found from the installed package data without the network, and read without a parse on bad input."""

from __future__ import annotations

import logging
import socket

import pytest

from geotimeline import udtree
from geotimeline.document import MAX_PARSE, annotate
from geotimeline.treewords import latin, lemma, lower


def _doc(text: str):
    doc = annotate(text, "ru")
    assert doc is not None
    return doc


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "dep", "head"),
    [
        # subject, object, a preposition's phrase as prep + pobj
        ("Береговая охрана задержала рыболовное судно у острова.", "охрана", "nsubj", "задержала"),
        ("Береговая охрана задержала рыболовное судно у острова.", "судно", "dobj", "задержала"),
        ("Корабли вернулись в порт.", "в", "prep", "вернулись"),
        ("Береговая охрана задержала рыболовное судно у острова.", "острова", "pobj", "у"),
        # a passive: its subject, its auxiliary, the instrumental that names the doer
        ("Танкер был захвачен пиратами.", "Танкер", "nsubjpass", "захвачен"),
        ("Танкер был захвачен пиратами.", "был", "auxpass", "захвачен"),
        ("Танкер был захвачен пиратами.", "пиратами", "agent", "захвачен"),
        # a relative clause, a reported clause
        ("Посол, который прибыл в Москву, встретился с министром.", "прибыл", "relcl", "Посол"),
        ("Министр сказал, что корабли вернулись в порт.", "вернулись", "ccomp", "сказал"),
        # a name: the last word heads it; "в министерстве заявили": the body says
        ("Мария Петрова встретилась с послом.", "Мария", "compound", "Петрова"),
        ("В министерстве заявили, что флот вернулся.", "министерстве", "nsubj", "заявили"),
        # object first: the plural verb agrees with the countries, not the invasion
        ("Вторжение России осудили страны Европы.", "страны", "nsubj", "осудили"),
        ("Вторжение России осудили страны Европы.", "Вторжение", "dobj", "осудили"),
    ],
)
def test_the_tree_has_the_labels_and_heads_the_reader_knows(text, word, dep, head):
    tok = _tok(_doc(text), word)
    assert (tok.dep_, tok.head.text) == (dep, head)


@pytest.mark.parametrize(
    ("text", "word", "gloss"),
    [
        ("Флот провёл учения против условного противника.", "против", "against"),
        ("Войска вторглись в страну.", "в", "into"),  # a direction: an accusative
        ("Учения прошли в Балтийском море.", "в", "in"),  # a place: a locative
        ("Министр встретился с послом.", "с", "with"),
        ("Министр заявил, что флот вернулся.", "заявил", "say"),
        ("Министр заявил, что он вернулся.", "он", "he"),
    ],
)
def test_words_are_glossed_for_the_readers_tables(text, word, gloss):
    tok = _tok(_doc(text), word)
    assert lower(tok) == gloss and lemma(tok) == gloss


@pytest.mark.parametrize(
    ("text", "word", "lemma_", "tag"),
    [
        ("Судно было задержано пограничниками.", "задержано", "задержать", "VBN"),
        ("Министр потребовал освободить судно.", "освободить", "освободить", "VB"),
        ("Корабли вернулись в порт.", "Корабли", "корабль", "NNS"),
    ],
)
def test_lemmas_come_from_pymorphy3_and_tags_say_the_verb_form(text, word, lemma_, tag):
    tok = _tok(_doc(text), word)
    assert (tok.lemma_, tok.tag_) == (lemma_, tag)


def test_an_english_document_reads_spacys_own_words():
    doc = annotate("The navy said it seized the tanker.", "en")
    assert [lower(t) for t in doc] == [t.lower_ for t in doc] and [lemma(t) for t in doc] == [t.lemma_ for t in doc]


def test_offsets_are_kept_and_each_range_is_one_sentence():
    text = "Первое предложение здесь.  Флот задержал судно.\nТретье: корабли вернулись, сказал министр."
    second = (text.index("Флот"), text.index("судно.") + len("судно."))
    third = (text.index("Третье"), len(text))
    doc = annotate(text, "ru", [second, third])
    assert len(doc.text) == len(text) and doc.text[second[0] : second[1]] == text[second[0] : second[1]]
    assert not doc.text[: second[0]].strip()  # outside the ranges: blanked, as for English
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in (second, third)]
    assert all(s is not None and s.root.dep_ == "ROOT" for s in spans)
    assert all(t.head.i in range(s.start, s.end) for s in spans for t in s if not t.is_space)


def test_a_whole_text_is_split_into_sentences():
    doc = _doc("Флот задержал судно. Министр заявил, что экипаж освобождён.")
    assert len(list(doc.sents)) == 2


def test_one_tree_per_sentence_even_from_a_cycle():
    heads, deps = [1, 0, 2, 2], ["nsubj", "dobj", "ROOT", "punct"]
    udtree._one_tree(heads, deps, ["NOUN", "NOUN", "VERB", "PUNCT"])
    for i in range(4):
        seen, v = set(), i
        while heads[v] != v:
            assert v not in seen
            seen.add(v)
            v = heads[v]
        assert v == 2


def test_the_models_are_found_in_the_installed_package_without_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    data = udtree.model_dir()
    assert all((data / name).stat().st_size > 1_000_000 for name in udtree.MODEL_FILES.values())
    udtree.models.cache_clear()
    assert udtree.models() is not None
    assert annotate("Флот задержал судно.", "ru") is not None


@pytest.mark.parametrize("text", ["", "   \n  ", "Судно задержано. " * (MAX_PARSE // 17 + 1)])
def test_empty_or_oversized_text_is_read_without_a_parse(text, caplog):
    with caplog.at_level(logging.WARNING):
        assert annotate(text, "ru") is None
    assert len(text) <= MAX_PARSE or "parse limit" in caplog.text


def test_a_failing_parser_gives_no_parse_and_a_log_line(monkeypatch, caplog):
    class Broken:
        def map(self, items):
            raise ValueError("broken model")

    monkeypatch.setattr(udtree, "models", lambda: (Broken(), Broken()))
    with caplog.at_level(logging.WARNING):
        assert annotate("Флот задержал судно.", "ru") is None
    assert "Russian parser failed" in caplog.text


def test_missing_models_give_no_parse(monkeypatch, caplog):
    def missing():
        raise udtree.ModelMissing("natasha is not installed")

    monkeypatch.setattr(udtree, "model_dir", missing)
    udtree.models.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert annotate("Флот задержал судно.", "ru") is None
        assert "no Russian parser" in caplog.text
    finally:
        udtree.models.cache_clear()


@pytest.mark.parametrize(("name", "written"), [("Мария Захарова", "Mariya Zakharova"), ("Мао Нин", "Mao Nin"),
                                               ("Wang Yi", "Wang Yi")])
def test_cyrillic_names_are_written_in_latin_letters_for_english_labels(name, written):
    assert latin(name) == written


def test_a_run_on_sentence_is_parsed_in_pieces():
    doc = annotate("слово " * (2 * udtree.MAX_WORDS + 10), "ru")
    assert len(list(doc.sents)) == 3
    assert all(len([t for t in s if not t.is_space]) <= udtree.MAX_WORDS for s in doc.sents)
