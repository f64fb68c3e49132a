"""Timeline labels: "Maduro asks Putin for missiles", "Philippines summons Chinese ambassador".

A label is headline-style: a subject, a verb in the 3rd person present (or "to" + base form for planned
events, "does not" for denied ones, the bare participle of an agentless passive: "Rubymar struck by two
missiles"), and the object taken from the trigger's own clause. The subject is the source actor's short
name; without one, the noun phrase the clause opens with ("Strike on vessel off Venezuela kills six
people"). An English verb trigger keeps its own verb ("summoned" -> "summons") when the inflected form is
one the trigger lexicon knows; otherwise the lexicon's headline verb stands in. The object stops at the
next clause or finite verb, object pronouns are replaced by the target's name or dropped, and the label
is cut at a word, never ending on a function word, to at most MAX_LEN characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geotimeline.events.categories import Trigger
    from geotimeline.gazetteer import Place

MAX_LEN = 80
SHORT_COUNTRY = {"USA": "US", "GBR": "UK", "ARE": "UAE", "PRK": "North Korea", "KOR": "South Korea"}
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "VNM", "KHM", "TWN", "MNG", "HUN"})

_STOP = re.compile(
    r"\s*(?:[,;:()\[\]—–]|\s-\s|\b(?:which|who|whom|whose|while|although|though|because|after|before|despite|"
    r"as well as|in order|so that|resulting|according|amid|but|if|unless|when|where|"
    r"который|которая|которые|которых|после|чтобы|хотя|но|однако|el cual|la cual|que|quien|aunque|porque|tras|después|"
    r"pero|mientras)\b)",
    re.IGNORECASE,
)
# a finite verb of another predicate: the object ends before it ("the port call drew an angry response")
_FINITE = {
    "en": re.compile(
        r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|said|says|told|drew|"
        r"came|showed|shows|continues|continued|remains|began|took|left|brought|led)(?![\w-])|\band\s+(?=(?:also\s+)?(?:\w+ed|"
        r"caught|took|sank|made|gave|said|flew|flown|sent|held|began|called|warned)\b)",
        re.IGNORECASE),
    "es": re.compile(
        r"(?<!\w)(?:han|ha|había|habían|fue|fueron|es|son|será|serán|sería|está|están|estaba|dejó|dejaron|causado|"
        r"incluirá|incluye|mató|murieron|recordó|reiteró|negó|añadió|dijo|sigue|siguen|y\s+(?=\w+(?:ó|aron|ió|ieron)"
        r"(?!\w)))(?!\w)",
        re.IGNORECASE),
    "ru": re.compile(
        r"(?<!\w)(?:был|была|было|были|будет|будут|является|проход\w+|продолжа\w+|прошл[иао]|начал[иао]?|погиб\w*|"
        r"добавил\w*|заявил\w*|(?:и|а)\s+(?=\w+(?:ли|ла|л|ло)(?!\w)))(?!\w)",
        re.IGNORECASE),
}
_DROP_WORDS = {
    "en": re.compile(r"^(?:the|a|an|its|their|his|her|our|already|also|then|recklessly|\"|“|”)$", re.IGNORECASE),
    "es": re.compile(r"^(?:el|la|los|las|un|una|ya|también|su|sus)$", re.IGNORECASE),
    "ru": re.compile(r"^(?:уже|также|тоже|ранее)$", re.IGNORECASE),
}
_DANGLING = re.compile(
    r"^(?:the|a|an|of|to|from|with|and|or|for|on|in|at|by|its|their|his|her|that|than|as|into|onto|about|"
    r"between|among|against|during|without|within|toward|towards|via|entre|contra|sin|hacia|между|против|через|без|"
    r"de|del|el|la|los|las|y|e|o|en|con|por|para|a|al|que|su|sus|"
    r"с|и|в|во|на|по|к|о|об|от|за|из|для|до|у|что|а|не)$",
    re.IGNORECASE,
)
_OBJECT_PRONOUN = re.compile(r"^(?:it|them|him|her|lo|la|los|las|le|les|его|её|ее|их|им|ему|ей)$", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"^(?:it|they|he|she|this|these|that|él|ella|ellos|ellas|он|она|они|оно|это)$", re.IGNORECASE)
_QUOTES = "\"“”«»'’"
_COMPLEMENT = re.compile(r"^\s*(?:that|(?:de\s+)?que|что|о том,? что)\s+", re.I)
_TRAILING = re.compile(r"^(?:he|she|it|they|we|was|were|is|are|él|ella|lo|la|le|он|она|они)$", re.I)

# English past forms the suffix rules cannot undo
_IRREGULAR = {
    "struck": "strike", "shot": "shoot", "sent": "send", "gave": "give", "given": "give", "met": "meet",
    "sought": "seek", "took": "take", "taken": "take", "fought": "fight", "withdrew": "withdraw",
    "withdrawn": "withdraw", "froze": "freeze", "broke": "break", "held": "hold", "sank": "sink", "sunk": "sink",
    "overran": "overrun", "swore": "swear", "sworn": "swear", "made": "make", "began": "begin", "spoke": "speak",
    "flew": "fly", "hit": "hit", "cut": "cut", "put": "put", "beat": "beat", "beaten": "beat", "led": "lead",
    "laid": "lay", "blew": "blow", "shut": "shut", "set": "set", "told": "tell", "said": "say", "lost": "lose",
    "caught": "catch", "brought": "bring", "built": "build", "kept": "keep", "left": "leave", "paid": "pay",
    "drew": "draw", "threw": "throw", "sold": "sell", "found": "find", "stood": "stand", "freed": "free",
    "agreed": "agree", "fled": "flee", "won": "win", "ran": "run", "came": "come", "went": "go",
}


def short_name(name: str, kind: str, country: str | None) -> str:
    """"Nicolás Maduro" -> "Maduro", "Xi Jinping" -> "Xi", "United States" -> "US"."""
    if kind == "country" and country in SHORT_COUNTRY:
        return SHORT_COUNTRY[country]
    if kind == "person":
        parts = [p for p in name.split() if p.rstrip(".").casefold() not in {"jr", "sr", "ii", "iii"}]
        if len(parts) >= 2:
            return parts[0] if country in FAMILY_NAME_FIRST else parts[-1]
    return name


def third_person(base: str) -> str:
    """"strike" -> "strikes", "seize" -> "seizes", "deny" -> "denies", "go" -> "goes"."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def base_candidates(word: str) -> list[str]:
    """Possible base forms of an English verb form, most likely first ("blamed" -> blame, blam)."""
    w = word.casefold()
    if w in _IRREGULAR:
        return [_IRREGULAR[w]]
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            out = [stem[:-1] + "y"] if suffix == "ed" and stem.endswith("i") else []
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                out.append(stem[:-1])  # "rammed" -> ram
            return [*out, stem] + ([] if stem.endswith(("ch", "sh", "x", "ss")) else [stem + "e"])  # not "marche"
    if w.endswith("ies"):
        return [w[:-3] + "y"]
    if w.endswith("es") and re.search(r"(?:s|sh|ch|x|z|o)es$", w):
        return [w[:-2], w[:-1]]
    if w.endswith("s") and not w.endswith("ss"):
        return [w[:-1], w]
    return [w]


def own_verb(trigger: str, category: str, recognise: Callable[[str], str | None]) -> tuple[str, str] | None:
    """(3rd person present, base) of an English verb trigger in its own words ("summoned" -> "summons"),
    when the trigger lexicon (`recognise`: text -> category of a trigger spanning it, else None) knows the
    inflected form as the same kind of event; else None."""
    words = trigger.split()
    if not words or not words[0].isalpha() or words[0].casefold() in {"is", "are", "was", "were", "has", "have"}:
        return None
    rest = " ".join(words[1:])
    for base in base_candidates(words[0]):
        present = third_person(base)
        if recognise(f"{present} {rest}".strip()) == category and (
            recognise(f"{base} {rest}".strip()) == category or len(base) > 3 and base.endswith("e")
        ):
            return f"{present} {rest}".strip(), f"{base} {rest}".strip()
    return None


def plural_head(phrase: str) -> bool:
    """True when a noun phrase's head word looks plural ("two Chinese ships", "strikes on boats" -> head
    "strikes"): the head is the last word before a preposition, else the last word."""
    head = re.split(r"\s+(?:of|on|in|at|off|from|with|near|against|to|by|for)\s+", phrase.strip(), maxsplit=1)[0]
    words = [w for w in head.split() if not w.casefold().endswith("ly")] or head.split()  # "ministers strongly"
    last = words[-1].casefold() if words else ""
    return bool(re.search(r"[^s'’]s$", last)) or last in {"people", "men", "women", "police", "forces"}


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
    *,
    phrase: str | None = None,
    passive: bool = False,
    own: tuple[str, str] | None = None,
    noun: bool = False,
    plural: bool = False,
) -> str:
    """A headline-style label. `after` is the sentence text following the trigger; `cut_at` lists other
    targets' mention texts to drop (when one sentence was split into one event per target), and `target`
    is appended after a trailing preposition ("from") when the cut left one dangling, or stands in for an
    object pronoun ("urged it to ..."). Without a `subject` actor, `phrase` (the noun phrase the clause
    opens with) is the subject; with `passive` it is the patient ("Rubymar struck by two missiles").
    `own` is the trigger's own verb (present, base), see own_verb; `noun` tells an event noun ("ataque"),
    `plural` a plural subject ("Houthis")."""
    obj = _object(after, cut_at, language, target)
    if target and cut_at:
        if obj and _DANGLING.match(obj.split()[-1]):
            obj = f"{obj} {target}"
        elif target.casefold() not in obj.casefold():
            obj = f"{obj} ({target})" if obj else target
    ask_whom = headline == "asks for" and target and not cut_at and target.casefold() not in obj.casefold()
    if own and language == "en" and not ask_whom:  # "requested missiles" to Putin: "asks Putin for missiles"
        headline, base = own
    verb = headline
    if language == "en" and target and not cut_at and headline == "asks for" and target.casefold() not in obj.casefold():
        headline, base = f"{headline[:-4]} {target} for", f"{base[:-4]} {target} for"  # "asks Putin for missiles"
        verb = headline
    if language == "en" and headline == "asks for" and not trigger.casefold().endswith(" for") and re.match(
        r"(?:[\w.'’-]+\s+){1,4}for\b", obj
    ):
        verb = headline = "asks"  # "asked Russia for missiles": the object already carries its "for"
        base = "ask"
    if obj and (verb.split()[-1].casefold() == obj.split()[0].casefold()
                or len(obj.split()[0]) > 5 and obj.split()[0].casefold()[:6] == verb.split()[-1].casefold()[:6]):
        obj = " ".join(obj.split()[1:])  # "meets with" + "with the minister", "protests" + "protesting the incident"
    if passive and subject and phrase:
        obj = phrase  # "three crew members were killed when a Houthi missile hit ...": Houthis kill three crew members
    if obj and _DANGLING.match(verb.split()[-1]) and _DANGLING.match(obj.split()[0]) and len(verb.split()) > 1:
        verb = " ".join(verb.split()[:-1])  # "наносит удар по" + "на судоходство", "calls for" + "to stop"
    if verb.split()[-1] == "visits" and obj.startswith("to "):
        obj = obj[3:]  # "a visit to Mexico City" -> "visits Mexico City"
    if noun and language == "es":
        obj = re.sub(r"^(?:aére[oa]s?|militar(?:es)?|naval(?:es)?|\w+(?:enses|anos|anas|eses))\b\s*", "", obj, flags=re.I)
    if (plural or not subject and phrase and plural_head(phrase)) and language == "en" and verb.split()[0] != "is":
        verb = base  # "Warships patrol ...", "Strikes kill ...", "Houthis release ..."
    if mode == "planned" and language == "en":
        verb = f"to {base}"
    elif mode == "denied" and language == "en":
        verb = f"do not {base}" if plural or not subject and phrase and plural_head(phrase) else f"does not {base}"
    elif mode == "hypothetical" and language == "en":
        verb = f"may {base}"
    if not subject and phrase and passive:
        label = f"{phrase} {trigger} {obj}"  # headline passive: "Rubymar struck by two missiles"
    elif subject or phrase:
        label = f"{subject or phrase} {verb} {obj}"
    elif noun or language == "en" and not verbal:
        label = f"{trigger} {obj}"  # an event noun as the headline: "Strikes on boats in Caribbean"
    else:
        label = f"{verb} {obj}"
    label = re.sub(r"\s+", " ", label).strip(" ,.;:")
    return _fit(label[0].upper() + label[1:] if label else label)


def object_window(after: str, language: str = "en") -> tuple[str, bool]:
    """The words of the trigger's object: `after` up to the next clause or finite verb (a reported clause
    opened by "that"/"que"/"что" keeps its own verb), and whether it was such a clause."""
    text = after
    complement = _COMPLEMENT.match(text)
    if complement:  # "warned that more ships could be attacked": the reported clause is the object
        text = text[complement.end() :]
    m = _STOP.search(text)
    if m:
        text = text[: m.start()]
    finite_re = _FINITE.get(language, _FINITE["en"])
    finite = finite_re.search(text)
    if finite and complement:
        finite = finite_re.search(text, finite.end())  # the reported clause keeps its own verb
    if finite and finite.start() > 0:
        text = text[: finite.start()]
    return text, bool(complement)


def _object(after: str, cut_at: Sequence[str], language: str = "en", target: str | None = None) -> str:
    text, complement = object_window(after, language)
    for other in cut_at:
        i = text.find(other)
        if i >= 0:
            text = text[:i]
    drop = _DROP_WORDS.get(language, _DROP_WORDS["en"])
    words = [w.strip(_QUOTES) for w in text.strip(" ,.;:!?").split()]
    words = [w for w in words if w and not drop.match(w)]
    if words and words[0].casefold() in {"and", "y", "и", "а", "e"}:
        words = words[1:]
    if words and _OBJECT_PRONOUN.match(words[0]) and not complement:
        words = [target, *words[1:]] if target else words[1:]  # "urged it to ...": the target, else dropped
    words = words[:10]
    while words and ((_DANGLING.match(words[-1]) or _TRAILING.match(words[-1])) and not cut_at
                     or words[-1].casefold() in {"and", "or", "y", "и"}):
        words.pop()
    return " ".join(words).strip(" ,.;:" + _QUOTES)


def subject_phrase(before: str, language: str = "en") -> str | None:
    """The noun phrase a clause opens with, as a headline subject ("a strike on a vessel off Venezuela had"
    -> "Strike on vessel off Venezuela"); None when the words before the trigger are not a short noun
    phrase (a pronoun, a verb, nothing)."""
    if language != "en":
        return None  # no reliable noun-phrase cue in Spanish and Russian word order
    text = re.sub(r"^[\s,;:—–-]+", "", before)
    text = re.sub(
        r"\s+(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|can|should|must|been|being|be|be|"
        r"not|also|already|then|reportedly|allegedly|later|recently|deliberately|\"?recklessly\"?|"
        r"ha|han|había|fue|fueron|будет|был\w*)\s*)+$",
        "", " " + text.strip(), flags=re.I).strip()
    text = re.sub(r"^(?:(?:the|a|an|el|la|los|las|un|una)\s+)", "", text, flags=re.I)
    text = re.sub(r"^(?:on|in|at|by|since|earlier|later|separately|also|meanwhile|hours earlier)\b[^,]{0,30},\s*",
                  "", text, flags=re.I)
    text = re.sub(r"^(?:the|a|an|el|la|los|las|un|una)\s+", "", text, flags=re.I)
    text = text.split(",")[0].strip()  # "Members of the Association, a body linked to ...,": the head, not the apposition
    words = text.split()
    if not words or len(words) > 8 or len(text) > 50 or _SUBJECT_PRONOUN.match(words[0]):
        return None
    if language == "en" and re.search(r"\b(?:\w+ed|said|says|told|that|who|which|and|or|if|when)$", text, re.I):
        return None  # ends in a verb or a connective: not a noun phrase
    if re.search(r"\b(?:said|says|told|tells|is|are|was|were|has|have|had|do|does|did)\b", text, re.I):
        return None  # a clause of its own, not a noun phrase
    if _DANGLING.match(words[0]) or _DANGLING.match(words[-1]) or any(c in text for c in ";:()"):
        return None
    drop = _DROP_WORDS.get(language, _DROP_WORDS["en"])
    return " ".join(w for w in words if not drop.match(w) or w is words[-1]) or None


def _fit(label: str) -> str:
    if len(label) <= MAX_LEN:
        return _trim(label)
    cut = label[: MAX_LEN - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return _trim(cut) + "…"


def _trim(label: str) -> str:
    words = label.split()
    while len(words) > 2 and (_DANGLING.match(words[-1]) or words[-1].casefold() in {"and", "or"}):
        words.pop()
    return " ".join(words).rstrip(" ,;:")


_BE = re.compile(r"^\s*(?:was|were|is|are|has been|have been|had been|being|been)\s+", re.I)
# words taken whole (`++`) and begun only at a word's start: the same matches, without trying every split of
# a long word from every position in it (cubic on one 2,000-letter word)
_NP_BEFORE = re.compile(r"(?:\b(?:the|a|an)\s+)?(?<![\w'’-])((?:[\w'’-]++\s+){0,4}[\w'’-]++)\s*,?\s*$")


def name_the_act(summary: str, text: str, local: int, trig: Trigger, vessels: tuple[str, ...], place: Place | None,
                  language: str, after: str = "") -> str:
    """A label of one bare word ("Seizes", "Releases") names nobody: say what was acted on, with the clause's noun
    phrase ("Galaxy Leader seized", "Release carried out in coordination with Omani mediators") or its place."""
    if len(summary.split()) > 1:
        return summary
    word = trig.text if language == "en" else summary
    tail = ""
    nominal = not trig.verbal or not text[local : trig.start].strip() or re.search(r"\b(?:the|a|an)\s+$", text[: trig.start], re.I)
    if language == "en" and nominal:  # "the release was carried out in coordination with ...": its predicate
        tail = " ".join(re.split(r"[,;:]", _BE.sub("", after))[0].split()[:8])
    if not tail and language == "en" and not nominal:  # "the car carrier Galaxy Leader, seized on Nov 19": the patient
        patient = vessels[0] if vessels else None
        if patient is None:
            np = _NP_BEFORE.search(text[local : trig.start])
            words = np.group(1).split() if np else []
            patient = " ".join(words[-3:]) if words and not re.search(r"\b(?:is|are|was|were|has|have|had)\b", " ".join(words[-3:])) else None
        return cap(f"{patient} {word}") if patient else summary
    if not tail and place is not None:
        tail = f"near {place.name}"
    return cap(f"{word} {tail}".strip()) if tail else summary


def cap(label: str) -> str:
    return label[:1].upper() + label[1:]
