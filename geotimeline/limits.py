"""How much of an article events are read from: the caps that bound the work per article and per sentence."""

from __future__ import annotations

from geotimeline.articles import Article, InputError

# Work per article is capped. An article longer than this is refused, not truncated: a cut article would be
# stored as if whole, its later events silently missing; refused, it is named and the reader can split it.
MAX_TEXT_CHARS = 100_000
# A "sentence" longer than this (news sentences run under 500 characters) is a run-on line with no sentence
# punctuation, such as a table or a pasted dump; matching each trigger against each date and name in it grows
# with the square of its length, so it is left out of event extraction (and logged), the rest of the article kept.
MAX_SENTENCE_CHARS = 2_000


def check_length(article: Article) -> None:
    """Refuse (InputError naming the article) a text too long to extract events from in bounded time."""
    if len(article.text) > MAX_TEXT_CHARS:
        name = article.source or article.id
        detail = (article.title or article.id)[:80]
        if detail and detail not in name:
            name = f"{name} ({detail})"
        raise InputError(name, f"the article is {len(article.text):,} characters long, more than the "
                               f"{MAX_TEXT_CHARS:,} events are read from; split it into shorter articles")
