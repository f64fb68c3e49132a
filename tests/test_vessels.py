"""Named ships, normalised."""

from __future__ import annotations

import pytest

from geotimeline.events.vessels import find_vessels


@pytest.mark.parametrize(
    ("sentence", "vessels"),
    [
        ("sending destroyers and the aircraft carrier Gerald Ford to the region.", ["USS Gerald R. Ford"]),
        ("The USS Gerald R. Ford and USS Gravely sailed.", ["USS Gerald R. Ford", "USS Gravely"]),
        ("Houthis seized the Galaxy Leader cargo ship.", ["Galaxy Leader"]),
        ("el portaaviones Gerald Ford llegó al Caribe", ["USS Gerald R. Ford"]),
        ("эсминец «Адмирал Левченко» вошел в порт", ["Адмирал Левченко"]),
        ("A U.S. Navy ship In the Caribbean was seen.", []),
        ("The ship was seized by Iran.", []),
    ],
)
def test_find_vessels(sentence, vessels):
    assert find_vessels(sentence) == vessels
