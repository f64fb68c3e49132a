"""What the Sources tab asks before it stores anything: a pasted article's title, outlet, date and URL, and for a
batch of uploaded files one row per article with its publication date (from metadata or a dateline when found,
else empty), title and outlet, all editable. No Streamlit here: the page builds its widgets from these.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Protocol

import pandas as pd

from geotimeline.articles import Article, InputError, read_bytes, read_text

log = logging.getLogger(__name__)
TABLE_COLUMNS = ("file", "published", "outlet", "title")  # the date first: a narrow column still shows it
MAX_ID = 120


class UploadedFile(Protocol):
    name: str

    def getvalue(self) -> bytes: ...


def pasted_article(text: str, title: str = "", outlet: str = "", url: str = "", published: date | None = None,
                   max_bytes: int | None = None) -> Article:
    """A pasted article as the user described it: the title defaults to the first line, the outlet to the one a
    dateline names; the article is cited by its title, so pasted reports do not all share one name."""
    options = {"max_bytes": max_bytes} if max_bytes else {}
    article = read_text(text, "pasted", published=published, title=" ".join(title.split()),
                        outlet=" ".join(outlet.split()), url=url.strip(), **options)
    name = " ".join(article.title.split())[:MAX_ID]
    return replace(article, id=name) if name else article


@lru_cache(maxsize=64)
def _read(data: bytes, name: str, max_bytes: int) -> tuple[Article, ...]:
    return tuple(read_bytes(data, name, max_bytes=max_bytes))


def refuse(error: InputError) -> list[Article]:
    raise error


def upload_rows(files: list[UploadedFile], max_bytes: int) -> tuple[list[Article], list[tuple[str, InputError]]]:
    """The articles of the uploaded files, in order (a feed or JSON Lines file gives several), and the files
    that could not be read with the reason."""
    rows: list[Article] = []
    unread: list[tuple[str, InputError]] = []
    for f in files:
        try:
            rows.extend(_read(f.getvalue(), f.name, max_bytes))
        except InputError as exc:
            unread.append((f.name, exc))
        except Exception as exc:  # a reader bug must still name the file
            log.exception("reading %s failed", f.name)
            unread.append((f.name, InputError(f.name, f"could not be read ({exc})")))
    return rows, unread


def upload_table(rows: list[Article], fallback: date | None = None) -> pd.DataFrame:
    """One row per article: its file, title, outlet and publication date (the fallback for those with none)."""
    return pd.DataFrame({
        "file": [a.source or a.id for a in rows],
        "title": [a.title for a in rows],
        "outlet": [a.outlet for a in rows],
        "published": pd.Series([a.published or fallback for a in rows], dtype=object),
    }, columns=list(TABLE_COLUMNS))


def from_upload_table(rows: list[Article], edited: pd.DataFrame | None) -> list[Article]:
    """The articles with the table's (possibly edited) title, outlet and date; an emptied date leaves the article
    undated (the page then says so), an emptied title keeps the one read."""
    if edited is None or len(edited) != len(rows):
        return list(rows)
    out = []
    for article, (_, row) in zip(rows, edited.iterrows(), strict=True):
        title = " ".join(str(row["title"] or "").split()) or article.title
        outlet = " ".join(str(row["outlet"] or "").split())
        out.append(replace(article, title=title, outlet=outlet, published=_day(row["published"])))
    return out


def _day(value: object) -> date | None:
    if value is None or value is pd.NaT or (not isinstance(value, date) and pd.isna(value)):
        return None  # NaT passes for a date: checked by identity
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
