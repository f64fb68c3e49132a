"""Timeline labels and short actor names."""

from __future__ import annotations

import pytest

from geotimeline.events.summaries import MAX_LEN, short_name, summarize


@pytest.mark.parametrize(
    ("name", "kind", "country", "short"),
    [
        ("Nicolás Maduro", "person", "VEN", "Maduro"),
        ("Xi Jinping", "person", "CHN", "Xi"),
        ("United States", "country", "USA", "US"),
        ("Russia", "country", "RUS", "Russia"),
        ("US Navy", "military", "USA", "US Navy"),
    ],
)
def test_short_name(name, kind, country, short):
    assert short_name(name, kind, country) == short


@pytest.mark.parametrize(
    ("args", "kwargs", "label"),
    [
        (("Maduro", "requested", True, "asks for", "ask for", " missiles and jet repairs, as well as support."), {},
         "Maduro asks for missiles and jet repairs"),
        (("US", "strikes", False, "conducts strikes", "conduct strikes", " on military sites in Venezuela."),
         {"mode": "planned"}, "US to conduct strikes on military sites in Venezuela"),
        (("Maduro", "requesting", True, "asks for", "ask for", " military help from Vladimir Putin and Xi Jinping."),
         {"cut_at": ["Vladimir Putin"], "target": "Xi"}, "Maduro asks for military help from Xi"),
        (("Maduro", "requested", True, "asks for", "ask for", " missiles."), {"target": "Putin"},
         "Maduro asks Putin for missiles"),
        ((None, "strikes", False, "strikes", "strike", " on boats in the Caribbean."), {}, "Strikes on boats in Caribbean"),
        (("Russia", "did not send", True, "sends", "send", " warships."), {"mode": "denied"}, "Russia does not send warships"),
    ],
)
def test_summarize(args, kwargs, label):
    assert summarize(*args, **kwargs) == label


def test_long_labels_are_cut_at_a_word():
    label = summarize("Maduro", "requested", True, "asks for", "ask for",
                      " supply of fourteen sets of missiles together with extensive assistance repairing fighter jets")
    assert len(label) <= MAX_LEN and label.endswith("…") and not label.endswith(" …")
