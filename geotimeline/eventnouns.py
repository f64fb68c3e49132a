"""Event nouns: whether a trigger word names a development here or only a topic or an earlier event.

"support for Ukraine", "a request for comment", "a reward for Maduro's arrest": a topic. "This appeal",
"the same request", "the identity of those killed": a pointer back. "carried out the attack" after an
attack was told: the same event again. "carried out strikes", "talks began": an event of its own.
"""

from __future__ import annotations

import re

from geotimeline.categories import Trigger

_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those|such|the same|этот|эту|эта|это|эти|este|esta|estos|dicha?)\s+$", re.I)
_DEFINITE_AT_START = re.compile(r"(?:^|[,;]\s*)(?:the|el|la|los|las)\s+$", re.I)
_NOUN_ONLY = frozenset({
    "appeal", "request", "requests", "demands", "talks", "summit", "agreement", "accord", "treaty", "sanctions",
    "strikes", "strike", "attack", "attacks", "offensive", "invasion", "deployment", "exercises", "ceasefire",
    "cease-fire", "truce", "support", "negotiations", "consultations", "mediation", "build-up", "buildup",
    "deal", "peace deal", "ceasefire deal", "airstrike", "airstrikes", "air strike", "air strikes", "bombing",
    "bombings", "raid", "raids", "clash", "clashes", "killing", "killings", "blockade", "drills", "war games",
    "aid", "military aid", "humanitarian aid", "tariffs", "embargo", "seizure", "crackdown", "investigation", "protests", "rally",
})
# An event noun names an event of its own when a verb makes it happen ("carried out strikes", "held talks")
# or it is said to happen ("talks began"); otherwise it is a topic ("support for Ukraine", "a ceasefire plan").
_NOUN_GOVERNOR = re.compile(
    r"\b(?:held|hold|holds|holding|launch\w*|began|begin\w*|start\w*|conduct\w*|carr(?:y|ied|ies|ying) out|stag\w*|"
    r"declar\w*|sign\w*|reach\w*|agree\w*|announc\w*|impos\w*|broke|violat\w*|included|made|make|issued|sent|"
    r"submitted|order\w*|mount\w*|resum\w*|intensif\w*|step\w* up|escalat\w*|expand\w*|unleash\w*|suffer\w*)\b"
    r"(?:\s+[\w-]+){0,5}\s+$",
    re.I,
)
_NOUN_HAPPENS = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:began|begin|started|ended|took place|were held|was held|killed|hit|targeted|struck|"
    r"destroyed|continued|resumed|collapsed|left|wounded|damaged|came|followed|took effect|went into effect)\b",
    re.I,
)
_POSSESSIVE = re.compile(r"(?:\w['’]s?|\b(?:his|her|their|its|our))\s+$", re.I)
_POSSESSED_TOPICS = frozenset({"COERCE", "ASSAULT", "CONCEDE", "RETREAT"})
_DEFINITE_BEFORE = re.compile(r"\b(?:the|el|la|los|las)\s+(?:[\w-]+\s+)?$", re.I)


def topic_noun(text: str, t: Trigger, language: str) -> bool:
    """An English event noun that is only a topic here ("support for Ukraine", "a request for comment")."""
    word = t.text.casefold()
    before, after = text[: t.start], text[t.end :]
    if language == "en" and t.category in _POSSESSED_TOPICS and _POSSESSIVE.search(before) and not word.endswith(("ed", "ing")):
        return not _NOUN_GOVERNOR.search(before)  # "a reward for Maduro's arrest": a topic, not an arrest
    if language != "en" or word not in _NOUN_ONLY:
        return False
    if re.match(r"\s+for comment", after, re.I):
        return True
    if re.search(r"\b(?:will|would|to|could|may|might|shall|must|did|does|do|not)\s+$", before, re.I):
        return False  # "would blockade Paris": the word is a verb here
    if re.search(r"(?:^|[,;]\s*|\band\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}$", before) and word in {"strikes", "attacks", "raids", "requests", "demands", "sanctions", "rallies"}:
        return False  # "Israel strikes ...": a present-tense verb after a name
    return not (_NOUN_GOVERNOR.search(before) or _NOUN_HAPPENS.match(after) or (t.start == 0 and _NOUN_HAPPENS.match(after)))


def anaphoric(text: str, t: Trigger) -> bool:
    """An event noun pointing back at an event already told ("This appeal was prompted by ..."), or a
    participle naming people ("the identity of those killed")."""
    if re.search(r"\b(?:those|the)\s+$", text[: t.start], re.I) and re.fullmatch(r"\w+ed", t.text):
        return True
    if t.verbal and t.text.casefold() not in _NOUN_ONLY:
        return False
    before = text[: t.start]
    return bool(_DEMONSTRATIVE.search(before) or _DEFINITE_AT_START.search(before))


def told_again(text: str, t: Trigger) -> bool:
    """A definite event noun after an event of its kind was told ("which unit carried out the attack")."""
    return t.text.casefold() in _NOUN_ONLY and bool(_DEFINITE_BEFORE.search(text[: t.start]))


_MEDIA_RELEASE = re.compile(
    r"^\s+(?:(?:a|an|the|new|its|their|his|her)\s+)?(?:video|footage|images?|photos?|pictures?|statements?|"
    r"reports?|details|figures|data|recordings?|audio|transcripts?|documents?)\b", re.I)
_MEDIA_BEFORE = re.compile(r"\b(?:video|footage|images?|photos?|pictures?|statements?|recordings?|audio)\s+$", re.I)


def media_release(text: str, t: Trigger) -> bool:
    """"released video showing ...", "footage released by the Houthis": publishing something, not a concession."""
    if not t.text.casefold().startswith(("releas", "publish")):
        return False
    return bool(_MEDIA_RELEASE.match(text[t.end :]) or _MEDIA_BEFORE.search(text[: t.start]))
