"""Datelines: the publication date an article states near its top, and only that."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.dateline import dateline_date, dateline_outlet, year_of


@pytest.mark.parametrize(
    ("text", "language", "year", "expected"),
    [
        ("CARACAS, Oct 31 (Reuters) - Venezuela asked Russia for help.", "en", None, None),
        ("CARACAS, Oct 31 (Reuters) - Venezuela asked Russia for help.", "en", 2025, date(2025, 10, 31)),
        ("WASHINGTON, Oct. 31, 2025 (AP) — The Pentagon said.", "en", None, date(2025, 10, 31)),
        ("Manila, 17 June 2024. Vessels collided near the shoal.", "en", None, date(2024, 6, 17)),
        ("КАРАКАС, 1 ноября — Мадуро направил письма.", "ru", None, None),
        ("КАРАКАС, 1 ноября — Мадуро направил письма.", "ru", 2025, date(2025, 11, 1)),
        ("МОСКВА, 1 ноября 2025 г. — Кремль заявил.", "ru", None, date(2025, 11, 1)),
        ("Published: 2025-11-01\nThe talks resumed.", "en", None, date(2025, 11, 1)),
        ("Updated on: November 2, 2025 10:15 am\nThe talks resumed.", "en", None, date(2025, 11, 2)),
        ("01.11.2025 14:32\nThe talks resumed.", "ru", None, date(2025, 11, 1)),
        ("11/01/2025\nThe talks resumed.", "en", None, date(2025, 11, 1)),
        ("11/01/2025\nLas conversaciones se reanudaron.", "es", None, date(2025, 1, 11)),
        ("17/06/2024\nThe talks resumed.", "en", None, date(2024, 6, 17)),
        ("CARACAS, 31 de octubre de 2025 (EFE).- El gobierno anunció.", "es", None, date(2025, 10, 31)),
        ("PARIS, 1er novembre 2025 (AFP) - Le ministre a déclaré.", "fr", None, date(2025, 11, 1)),
        ("BERLIN, 1. November 2025 - Die Ministerin sagte.", "de", None, date(2025, 11, 1)),
        ("Title of the piece\nNAIROBI, Kenya, 7 August 1998 (AP) _ Bombs exploded.", "en", None, date(1998, 8, 7)),
        ("Saturday, 1 November 2025\nThe talks resumed.", "en", None, date(2025, 11, 1)),
        # a page stamp whose line break was lost: a run of spaces ends it
        ("Monday, March 2, 2026 9:15 AM   On 5 February, the ferry sank.", "en", None, date(2026, 3, 2)),
        ("Monday, March 2, 2026 9:15 AM On 5 February, the ferry sank.", "en", None, None),
        # dates inside sentences are event dates, not datelines
        ("On 17 June 2024 the vessels collided near the shoal.", "en", None, None),
        ("Yesterday, 5 May 2024, the vessels collided.", "en", None, None),
        ("The ministers met.\n\nHe said talks began March 3, 2024 in Geneva.", "en", None, None),
        # impossible dates are ignored
        ("Published: 2025-02-30\nThe talks resumed.", "en", None, None),
        ("30.02.2025 10:00\nText.", "ru", None, None),
    ],
)
def test_dateline_date(text, language, year, expected):
    assert dateline_date(text, language, year=year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Body text.\n" * 40 + "Published: 2025-11-01\n", date(2025, 11, 1)),
        ("Body text.\n" * 40 + "Manila, 17 June 2024.\n", None),  # unlabelled date at the end: not a dateline
        ("Body text.\n" * 12 + "Manila, 17 June 2024. Vessels collided.\n", None),  # too far down
    ],
)
def test_dateline_position(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://meridian.example/2025/10/31/navy", 2025), ("https://x.example/world/navy-12345", None), ("", None)],
)
def test_year_of(url, expected):
    assert year_of(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DUBAI (Reuters) - The ministry said.", "Reuters"),
        ("WASHINGTON, Oct. 31, 2025 (AP) — The department said.", "AP"),
        ("(AP) — The department said.", "AP"),
        ("КАРАКАС, 1 ноября — ТАСС. Министр заявил.", "ТАСС"),
        ("МОСКВА, 1 ноября. /ТАСС/. Министр заявил.", "ТАСС"),
        ("LIMA, 3 de mayo de 2024 (EFE).- El ministro dijo.", "EFE"),
        ("Headline of the piece\nNAIROBI, Kenya, 7 August 1998 (AFP) _ The ministry said.", "AFP"),
        # no dateline: a parenthesis or a dash inside a sentence names no outlet
        ("The ministers (who met) - said little.", ""),
        ("On Monday — Reuters reported that talks resumed.", ""),
        ("The UN (United Nations) said - nothing.", ""),
        ("LIMA, 09:15 (UTC) - The ministry said.", ""),
        ("Plain text without any dateline.", ""),
    ],
)
def test_dateline_names_the_agency_only_in_a_dateline(text, expected):
    assert dateline_outlet(text) == expected


def test_pasted_text_takes_its_outlet_from_the_dateline_unless_one_is_given():
    from geotimeline.articles import read_text

    text = "DUBAI (Reuters) - The ministry said talks would resume."
    assert read_text(text).outlet == "Reuters"
    assert read_text(text, outlet="My outlet").outlet == "My outlet"
