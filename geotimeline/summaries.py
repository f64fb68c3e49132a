"""Timeline labels: "Maduro asks for military assistance from Putin" — actor + headline verb + object.

Built from the sentence's own parts: the source actor's short name, the trigger's present-tense headline
verb (or "to" + base form for planned events), and the words that follow the trigger in its clause,
trimmed at the next clause boundary and to about 70 characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_LEN = 70
SHORT_COUNTRY = {"USA": "US", "GBR": "UK", "ARE": "UAE", "PRK": "North Korea", "KOR": "South Korea"}
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "VNM", "KHM", "TWN", "MNG", "HUN"})

_STOP = re.compile(
    r"\s*(?:[,;:()\[\]—–]|\s-\s|\b(?:which|who|whom|whose|while|although|though|because|after|before|despite|"
    r"as well as|in order|so that|resulting|according|amid|but|if|unless|when|where|"
    r"который|которая|которые|которых|после|чтобы|хотя|но|el cual|la cual|que|quien|aunque|porque|tras|después)\b)",
    re.IGNORECASE,
)
_DROP_WORDS = {
    "en": re.compile(r"^(?:the|a|an|its|their|his|her|already|also|then)$", re.IGNORECASE),
    "es": re.compile(r"^(?:el|la|los|las|un|una|ya|también)$", re.IGNORECASE),
    "ru": re.compile(r"^(?:уже|также|тоже)$", re.IGNORECASE),
}
_DANGLING = re.compile(r"^(?:the|a|an|of|to|from|with|and|or|for|on|in|at|by|its|their|his|her|de|del|y|a|с|и|в|на|по)$", re.IGNORECASE)


def short_name(name: str, kind: str, country: str | None) -> str:
    """"Nicolás Maduro" -> "Maduro", "Xi Jinping" -> "Xi", "United States" -> "US"."""
    if kind == "country" and country in SHORT_COUNTRY:
        return SHORT_COUNTRY[country]
    if kind == "person":
        parts = name.split()
        if len(parts) >= 2:
            return parts[0] if country in FAMILY_NAME_FIRST else parts[-1]
    return name


def summarize(
    subject: str | None,
    trigger: str,
    verbal: bool,
    headline: str,
    base: str,
    after: str,
    mode: str = "asserted",
    cut_at: Sequence[str] = (),
    target: str | None = None,
    language: str = "en",
) -> str:
    """A headline-style label. `after` is the sentence text following the trigger; `cut_at` lists other
    targets' mention texts to drop (when one sentence was split into one event per target), and `target`
    is appended after a trailing preposition ("from") when the cut left one dangling."""
    obj = _object(after, cut_at, language)
    if target and cut_at:
        if obj and _DANGLING.match(obj.split()[-1]):
            obj = f"{obj} {target}"
        elif target.casefold() not in obj.casefold():
            obj = f"{obj} ({target})" if obj else target
    verb = headline
    if language == "en" and target and not cut_at and headline == "asks for" and target.casefold() not in obj.casefold():
        headline, base = f"{headline[:-4]} {target} for", f"{base[:-4]} {target} for"  # "asks Putin for missiles"
        verb = headline
    if language == "en" and headline == "asks for" and not trigger.casefold().endswith(" for") and re.match(
        r"(?:[\w.'’-]+\s+){1,4}for\b", obj
    ):
        verb = headline = "asks"  # "asked Russia for missiles": the object already carries its "for"
        base = "ask"
    if obj and verb.split()[-1].casefold() == obj.split()[0].casefold():
        obj = " ".join(obj.split()[1:])  # "meets with" + "with the minister"
    if mode == "planned" and language == "en":
        verb = f"to {base}"
    elif mode == "denied" and language == "en":
        verb = f"does not {base}"
    elif mode == "hypothetical" and language == "en":
        verb = f"may {base}"
    subject = subject or ""
    if not subject and language == "en":
        label = f"{trigger} {obj}".strip()  # no known actor: the words of the text ("Strikes on boats ...")
    else:
        label = f"{subject} {verb} {obj}".strip()
    label = re.sub(r"\s+", " ", label)
    return _fit(label[0].upper() + label[1:] if label else label)


def _object(after: str, cut_at: Sequence[str], language: str = "en") -> str:
    text = after
    m = _STOP.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    for other in cut_at:
        i = text.find(other)
        if i >= 0:
            text = text[:i]
    drop = _DROP_WORDS.get(language, _DROP_WORDS["en"])
    words = [w for w in text.strip(" ,.;:!?").split() if not drop.match(w)]
    words = words[:9]
    while words and (_DANGLING.match(words[-1]) and not cut_at or words[-1].casefold() in {"and", "or", "y", "и"}):
        words.pop()
    return " ".join(words).strip(" ,.;:\"“”«»")


def _fit(label: str) -> str:
    if len(label) <= MAX_LEN:
        return label
    cut = label[: MAX_LEN - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    words = cut.split()
    while words and _DANGLING.match(words[-1]):
        words.pop()
    return " ".join(words) + "…"
