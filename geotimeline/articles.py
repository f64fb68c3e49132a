"""Reading articles: plain text, Markdown (with front matter), HTML, RSS/Atom feeds and JSON Lines.

STUB: the record is fixed; the readers are being written.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date


class InputError(ValueError):
    """A file (or pasted text) that cannot be read as articles. The message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read. `id` is what events cite (a JSON Lines record's id, else the file name);
    `fingerprint` is the stable store key, derived from the normalised text."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    language: str = "en"
    source: str = ""  # file path or "pasted"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.text)


def fingerprint(text: str) -> str:
    """Stable id from the normalised text: case, whitespace and punctuation runs folded."""
    norm = re.sub(r"\W+", " ", text.casefold()).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
