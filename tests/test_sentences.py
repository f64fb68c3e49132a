"""Sentence splitting with offsets, and page furniture detection."""

from __future__ import annotations

import pytest

from geotimeline.sentences import is_furniture, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia met Cuba. Japan protested.", ["Russia met Cuba.", "Japan protested."]),
        # "U.S." ends a sentence when a one-word name acts next; it goes on "U.S. Navy", "U.K. Foreign Office"
        ("Troops went to the border with the U.S. Petro said it was lawful.",
         ["Troops went to the border with the U.S.", "Petro said it was lawful."]),
        ("A deal with the U.K. Starmer has signed.", ["A deal with the U.K.", "Starmer has signed."]),
        ("Talks with the U.S. Navy resumed.", ["Talks with the U.S. Navy resumed."]),
        ("The U.K. Foreign Office said no.", ["The U.K. Foreign Office said no."]),
        ("U.S. President Trump spoke. Then he left.", ["U.S. President Trump spoke.", "Then he left."]),
        ("The carrier USS Gerald R. Ford arrived. It docked.", ["The carrier USS Gerald R. Ford arrived.", "It docked."]),
        ("Forces moved into the U.S. The talks ended.", ["Forces moved into the U.S.", "The talks ended."]),
        ("Mr. Smith met Dr. Jones on Jan. 5 in Washington.", ["Mr. Smith met Dr. Jones on Jan. 5 in Washington."]),
        ("«Мы готовы», — сказал он. Путин встретился с Мадуро.", ["«Мы готовы», — сказал он.", "Путин встретился с Мадуро."]),
        ("¿Qué pasó? Maduro pidió ayuda.", ["¿Qué pasó?", "Maduro pidió ayuda."]),
        ("A line that wraps here\nand continues. Next one.", ["A line that wraps here\nand continues.", "Next one."]),
    ],
)
def test_split(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start : s.end] == s.text for s in got)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("VK X OK WhatsApp Telegram", True),
        ("Share Facebook Twitter Email", True),
        ("Read also:", True),
        ("Читайте также: Аруба", True),
        ("Write a comment:", True),
        ("3 comments", True),
        ("© 2025 Some Outlet", True),
        ("Subscribe to our newsletter", True),
        ("Media: Maduro Asked Russia and China for Military Assistance", True),  # a headline
        ("Jane Doe In the world", True),  # a byline
        ("ARUBA A territory in the southern part of the Caribbean Sea, on the island of...", True),
        ("Russia sent two warships to Cuba on Monday.", False),
        ("The United States said the strikes would continue, officials said.", False),
    ],
)
def test_furniture(line, furniture):
    assert is_furniture(line) is furniture


def test_teaser_block_after_read_also_and_paragraphs():
    text = ("Russia sent ships to Cuba. Japan protested.\n\nCuba welcomed them.\n\nRead also:\n\nAruba\n\n"
            "ARUBA Island in the Caribbean, part of the...\n\nWrite a comment:")
    got = split_sentences(text)
    body = [(s.text, s.paragraph) for s in got if not s.furniture]
    assert body == [("Russia sent ships to Cuba.", 0), ("Japan protested.", 0), ("Cuba welcomed them.", 1)]
    assert all(s.furniture for s in got if "Aruba" in s.text or "ARUBA" in s.text)
