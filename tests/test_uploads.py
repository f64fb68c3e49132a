"""What the Sources tab asks before storing: a pasted article's title, outlet, date and URL, and one publication
date per uploaded file (from its metadata or dateline, editable)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import pytest

from geotimeline.uploads import from_upload_table, pasted_article, upload_rows, upload_table

DATED = "LIMA, 2 March 2018 (EFE) - Peru's navy seized a fishing vessel off Callao on Friday, officials said."
UNDATED = "Peru's navy seized a fishing vessel off Callao on Friday, officials said."


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes

    def getvalue(self) -> bytes:
        return self.data


@pytest.mark.parametrize(
    ("text", "title", "outlet", "want_title", "want_outlet", "want_date"),
    [
        (DATED, "", "", DATED.split(" - ")[0] + " - " + DATED.split(" - ")[1], "EFE", date(2018, 3, 2)),
        (DATED, "Callao seizure", "Coast Report", "Callao seizure", "Coast Report", date(2018, 3, 2)),
        ("Callao seizure\n\n" + UNDATED, "", "", "Callao seizure", "", None),
        ("Callao seizure\n\n" + UNDATED, "  Two   words ", " Spaced   outlet ", "Two words", "Spaced outlet", None),
    ],
)
def test_a_pasted_article_is_named_by_its_title_and_attributed_to_its_outlet(text, title, outlet, want_title,
                                                                             want_outlet, want_date) -> None:
    got = pasted_article(text, title, outlet)
    assert (got.title, got.outlet, got.published) == (want_title, want_outlet, want_date)
    assert got.id == want_title[:120]  # pasted reports no longer share one name ("pasted")
    assert got.source == "pasted"


@pytest.mark.parametrize(
    ("fallback", "edits", "expected"),
    [
        (None, {}, [date(2018, 3, 2), None]),
        (date(2020, 1, 5), {}, [date(2018, 3, 2), date(2020, 1, 5)]),  # the fallback only where nothing dates it
        (None, {1: date(2021, 6, 5)}, [date(2018, 3, 2), date(2021, 6, 5)]),  # a date typed in the table
        (None, {0: None}, [None, None]),  # a date emptied in the table leaves the article undated
    ],
)
def test_each_uploaded_file_keeps_its_own_date(fallback, edits, expected) -> None:
    rows, unread = upload_rows([Upload("a.txt", DATED.encode()), Upload("b.txt", UNDATED.encode())], 1_000_000)
    assert unread == [] and [a.source for a in rows] == ["a.txt", "b.txt"]
    table = upload_table(rows, fallback)
    assert list(table.columns) == ["file", "published", "outlet", "title"]
    for index, value in edits.items():
        table.at[index, "published"] = value if value is not None else pd.NaT
    stored = from_upload_table(rows, table)
    assert [a.published for a in stored] == expected
    assert stored[0].outlet == "EFE"


def test_an_unreadable_upload_is_named_with_its_reason() -> None:
    rows, unread = upload_rows([Upload("empty.txt", b"  \n"), Upload("a.txt", DATED.encode())], 1_000_000)
    assert [a.source for a in rows] == ["a.txt"]
    assert [name for name, _ in unread] == ["empty.txt"] and "no text" in unread[0][1].reason


@pytest.mark.parametrize(
    ("text", "outlet", "url", "expected"),
    [
        (UNDATED, "", "https://www.example.org/2018/03/callao", "example.org"),  # the site when nothing else names it
        (DATED, "", "https://www.example.org/2018/03/callao", "EFE"),  # the dateline's agency first
        (UNDATED, "Coast Report", "https://www.example.org/a", "Coast Report"),  # what the user typed first of all
        (UNDATED, "", "", ""),  # nothing gives it: the page then says "not given"
    ],
)
def test_a_pasted_articles_outlet_comes_from_the_user_the_dateline_or_the_url(text, outlet, url, expected) -> None:
    assert pasted_article(text, outlet=outlet, url=url).outlet == expected
