"""Who says so, and how sure: `attributed_to` ("according to The Washington Post") and the event `mode`.

`find_attribution(sentence)` finds the source a sentence cites; `attribute(sentences)` adds inheritance:
a sentence that cites nobody but continues a cited one ("This letter also ...", "A similar ...", same
paragraph) keeps that source, and an acronym ("According to WP") is expanded to the outlet named
earlier ("The Washington Post"). `mode_of(...)` reads the words governing a trigger: planned ("will",
"plans to", "decided to"), hypothetical ("could", "possibly"), denied ("did not"), unclear ("It is unclear
how"), requested ("urged ... to"), reported (attributed) or asserted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from geotimeline.sentences import Sentence

# a word is taken whole (`*+`): splitting an all-capitals word into "names" made the search try every split
_NAME = r"(?:[\"“«]?[A-ZÁÉÍÓÚÑА-ЯЁ][\w.&'’-]*+[\"”»]?(?:\s+(?:of|de|del|la|el|los|and|for|&)\s+|\s+)?){1,6}"
_NP = r"(?:(?:the|a|an|an?\s+\w+)\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+"


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    start: int  # span of the attribution phrase in the sentence (excluded from actor search)
    end: int


_EN = [
    # "according to (information published by|a report in|...) X"
    re.compile(
        r"\b(?i:according to|as (?:first )?reported by|as reported in|reported by|citing|cited by)\s+"
        r"(?i:(?:information|data|reports?|reporting|an? report|a statement|sources|documents|a source)\s+"
        r"(?:published |released |obtained |seen |cited )?(?:by|in|from|of|at|close to)\s+)?"
        rf"(?P<src>(?:the\s+|The\s+)?{_NAME}|(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})",
    ),
    re.compile(r"\b(?P<src>(?i:documents)\s+(?:reviewed|seen|obtained)\s+by\s+(?:the\s+)?[\w ]{2,40}?)\s+(?:also\s+|now\s+)?(?:show|indicate|suggest|reveal)"),
    re.compile(r"\b(?P<src>(?i:documents))\s+(?:show|indicate|suggest|reveal)"),
    # trailing: ", the New York Times reported on Friday."
    re.compile(
        rf",\s+(?P<src>(?:the\s+|The\s+)?{_NAME})\s*(?:news agency\s+|newspaper\s+)?"
        r"(?:reported|reports|wrote|writes|said|says|told|announced)\b[^,]{0,40}[.!?]?$"
    ),
]
_ES = [
    re.compile(rf"\b(?i:según|de acuerdo con|citado por|informó|informa|reportó)\s+(?i:(?:el|la|los)\s+(?:diario|periódico|agencia|cadena)\s+)?(?P<src>(?:el\s+|la\s+)?{_NAME})"),
    re.compile(r"\b(?P<src>documentos)\s+(?:revisados|obtenidos|consultados)"),
]
_RU = [
    re.compile(rf"(?i:по данным|по информации|как сообща(?:ет|ют|ла|л|ли)|как пишет|согласно|сообщает|пишет|со ссылкой на)\s+(?i:(?:газет\w*|издани\w*|агентств\w*|телеканал\w*)\s+)?(?P<src>{_NAME})"),
    re.compile(r"(?P<src>документ\w*)\s+(?:свидетельству\w*|показыва\w*)"),
]
_PATTERNS = {"en": _EN, "es": _ES, "ru": _RU}

_MEDIA_WORDS = re.compile(
    r"(times|post|herald|journal|agency|news|press|reuters|\bap\b|afp|tass|ria|interfax|telegraph|guardian|"
    r"gazette|tribune|bbc|cnn|bloomberg|xinhua|newspaper|television|radio|tv|media|wire|kommersant|izvestia|"
    r"país|mundo|nación|clarín|efe|ctk|ceteka|sources?)",
    re.IGNORECASE,
)


def find_attribution(sentence: str, language: str = "en") -> Attribution | None:
    """The source a sentence cites, or None."""
    for i, pattern in enumerate(_PATTERNS.get(language, _EN)):
        m = pattern.search(sentence)
        if not m:
            continue
        src = m.group("src").strip(" ,.;:\"“”«»")
        if language == "en" and i == 3 and not _MEDIA_WORDS.search(src):
            continue  # ", Russia said" is a statement by an actor, not a cited source
        if src.casefold() in {"documents", "документы", "documentos"} or src.casefold().startswith("документ"):
            src = {"ru": "документы, изученные журналистами", "es": "documentos revisados por periodistas"}.get(
                language, "documents reviewed by journalists"
            )
        if re.match(r"(?i)documents?\s", src):
            src = src[0].lower() + src[1:]
        src = re.sub(r"^(the|el|la)\s+", "", src).strip("«»\"“”")  # lowercase article dropped, "The Washington Post" kept
        src = re.sub(r"\s+(on|in|at|that|who|which|en|el)$", "", src)
        if src:
            return Attribution(src, m.start(), m.end())
    return None


_CONTINUES = re.compile(
    r"^(?:(?:this|these|the same|the|that|such)\s+(?:letter|report|message|document|appeal|request|"
    r"statement|article|newspaper|publication|outlet)|(?:it|he|she|they)\s+(?:also|further|added)|"
    r"(?:in|according to)\s+(?:it|the letter|the report)|also|a similar|similarly|"
    r"(?:este|esta|dicha?|la misma)\s|(?:это|этот|эта|в этом|в письме|также|аналогичн)\w*)",
    re.IGNORECASE,
)


def attribute(sentences: Sequence[Sentence], language: str = "en") -> list[Attribution | None]:
    """The attribution of each sentence, inherited by continuing sentences, acronyms expanded."""
    out: list[Attribution | None] = []
    named: list[str] = []
    last: Attribution | None = None
    last_paragraph = -1
    for s in sentences:
        if s.furniture:
            out.append(None)
            continue
        own = find_attribution(s.text, language)
        if own is not None:
            full = _expand(own.source, named)
            own = Attribution(full, own.start, own.end)
            named.append(full)
            last, last_paragraph = own, s.paragraph
            out.append(own)
            continue
        starts = _CONTINUES.search(s.text.lstrip())
        also = re.search(r"\b(also|similar|также|también)\b", s.text)
        gap = s.paragraph - last_paragraph
        if last is not None and (starts and gap <= 1 or also and gap == 0):
            out.append(Attribution(last.source, 0, 0))  # inherited: no phrase in this sentence
            last_paragraph = s.paragraph
        else:
            out.append(None)
    return out


def _expand(source: str, named: Sequence[str]) -> str:
    """"WP" -> "The Washington Post" when an earlier source has those initials."""
    if not re.fullmatch(r"[A-ZА-Я]{2,5}", source):
        return source
    for name in reversed(named):
        words = [w for w in re.findall(r"[\w]+", name) if w.casefold() not in {"the", "of", "de", "la", "el", "and"}]
        if "".join(w[0] for w in words).upper() == source.upper():
            return name
    return source


_MODES = {
    "en": [
        ("unclear", r"\b(it is unclear|it remains unclear|it is not clear|it was not clear|it is unknown|unclear (how|whether|if)|"
                    r"remains? unclear|is still unclear|was unclear)\b"),
        ("denied", r"\b(denied|denies|did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|never|no longer|not)\b"),
        ("hypothetical", r"(?-i:\b(could|would|might|may|possibly|perhaps|potentially|probably|likely|if|considering|consider)\b)"),
        ("planned", r"\b(will|shall|'ll|plans? to|planned|planning to|intends? to|intended to|decided to|decides to|"
                    r"is going to|are going to|set to|scheduled to|expected to|(?:is|are|was|were) due to|(?:is|are|was|were) supposed to|aims? to|to be held|prepares? to|preparing to|"
                    r"wants? to|wanted to|wish(?:es)? to|wished to|hopes? to|hoped to|seeks? to|sought to|would like to)\b"),
        ("requested", r"\b(urged|urges|called on|asked|asks|demanded that|pressed)\b.*\bto\s*$"),
    ],
    "es": [
        ("unclear", r"\b(no está claro|no se sabe|se desconoce|no queda claro)\b"),
        ("denied", r"\b(no|nunca|negó que|niega que)\b"),
        ("hypothetical", r"\b(podría|podrían|posiblemente|quizás|tal vez|probablemente|si)\b"),
        # a future in -rá/-rán is lower-case: "Irán", "Teherán" are no verbs
        ("planned", r"\b(planea|prevé|decidió|decidieron|va a|van a|pretende|tiene previsto|(?-i:[a-záéíóúüñ]+rán?))\b"),
        ("requested", r"\b(pidió|instó|solicitó|exigió)\b.*\bque\s*$"),
    ],
    "ru": [
        ("unclear", r"(неясно|не ясно|неизвестно|непонятно|остается неясным|остаётся неясным)"),
        ("denied", r"(?<!\w)(не|никогда|опроверг\w*)(?!\w)"),
        ("hypothetical", r"(?<!\w)(может|могут|мог бы|могли бы|возможно|вероятно|якобы|если)(?!\w)"),
        ("planned", r"(?<!\w)(будет|будут|планиру\w*|намерен\w*|решил\w*|собира\w*|готовит\w*)(?!\w)"),
        ("requested", r"(?<!\w)(призвал\w*|попросил\w*|потребовал\w*)(?!\w).*(?<!\w)(чтобы)\s*$"),
    ],
}
_MODES_RE = {lang: [(mode, re.compile(p, re.IGNORECASE)) for mode, p in pats] for lang, pats in _MODES.items()}


_CONJUNCTION = re.compile(r"[,;]|(?<!\w)(?:but|yet|and|or|although|though|pero|sino|aunque|y|но|а|и|однако)(?!\w)", re.IGNORECASE)


def mode_of(before: str, sentence: str, attributed: bool, language: str = "en", trigger: str = "") -> str:
    """Mode of an event whose trigger is preceded, within its clause, by `before`; a future may also be the
    trigger's own ending ("atacará")."""
    cues = _MODES_RE.get(language, _MODES_RE["en"])
    for mode, pattern in cues:
        text = sentence if mode == "unclear" else (f"{before}{trigger}" if mode == "planned" else before)
        if mode == "denied":
            text = before[-30:]  # negation right before the trigger
            # "did not want war but would defend itself": a negation before a conjunction denies another verb
            text = _CONJUNCTION.split(text)[-1]
        if pattern.search(text):
            return mode
    return "reported" if attributed else "asserted"


# --- reporting verbs: the statement and the reported clause ------------------------------------------

_REPORT_VERBS = {
    "en": r"\b(?:said|says|say|told|tells|announced|stated|added|reported|claimed|confirmed|wrote|posted|noted|"
          r"explained|disclosed|revealed|insisted|argued|recalled|indicated)\b",
    "es": r"\b(?:dijo|dijeron|dice|dicen|afirm(?:ó|aron|a|an)|asegur(?:ó|aron|a|an)|declar(?:ó|aron)|"
          r"inform(?:ó|aron|a|an)|anunci(?:ó|aron)|indic(?:ó|aron)|señal(?:ó|aron)|explic(?:ó|aron)|"
          r"añadi(?:ó|eron)|agreg(?:ó|aron)|confirm(?:ó|aron)|sostuvo|escribi(?:ó|eron)|public(?:ó|aron)|"
          r"detall(?:ó|aron)|precis(?:ó|aron)|comunic(?:ó|aron))(?!\w)",
    "ru": r"(?<!\w)(?:заявил\w*|сообщил\w*|сказал\w*|объявил\w*|отметил\w*|подчеркнул\w*|добавил\w*|написал\w*|"
          r"подтвердил\w*|рассказал\w*|уточнил\w*|пояснил\w*|говорится)(?!\w)",
}
_REPORT_RE = {lang: re.compile(p, re.IGNORECASE) for lang, p in _REPORT_VERBS.items()}
_THAT_AFTER = re.compile(r"(?:[\w.'’-]+\s+){0,4}?,?\s*(?:that|que|что)(?!\w)\s*", re.IGNORECASE)
_OBJECT_VERB = re.compile(
    r"announced|confirmed|reported|revealed|disclosed|wrote|posted|recalled|indicated|noted|explained|"
    r"anunci(?:ó|aron)|confirm(?:ó|aron)|public(?:ó|aron)|escribi(?:ó|eron)|detall(?:ó|aron)|"
    r"объявил\w*|подтвердил\w*|написал\w*",
    re.IGNORECASE,
)
_THAT_NEAR = re.compile(r"(?:[\s,]+[\w.'’-]+){0,5}?[\s,]+(?:that|que|что)(?!\w)", re.IGNORECASE)
# what may stand between a reporting verb and its reported clause besides a date: "told reporters",
# "said in a statement", "dijo a la prensa", "заявил журналистам"
_REPORT_ADJUNCT = re.compile(
    r"\s*(?:,|on|late|early|in a statement|in an interview|on social media|to reporters|to journalists|"
    r"reporters|journalists|a la prensa|a periodistas|en un comunicado|журналистам|в заявлении)?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Report:
    """A reporting verb in a sentence ("said", "dijo", "заявил") and the span of its own words."""

    verb_start: int
    verb_end: int


def find_reports(sentence: str, language: str = "en") -> list[Report]:
    """Reporting verbs of a sentence, in text order. A verb that also takes a plain object ("announced a
    plan", "confirmed the strike") reports only with "that" after it ("announced on Friday that ...")."""
    pattern = _REPORT_RE.get(language, _REPORT_RE["en"])
    out = []
    for m in pattern.finditer(sentence):
        if _OBJECT_VERB.fullmatch(m.group()) and not _THAT_NEAR.match(sentence, m.end()):
            continue
        out.append(Report(m.start(), m.end()))
    return out


def reported_window(
    sentence: str, reports: Sequence[Report], trigger_start: int, trigger_end: int,
    dates: Sequence[tuple[int, int]] = (),
) -> tuple[int, int]:
    """The part of the sentence that can hold the date (and subject) of an event reported by a reporting verb.

    "X said on Tuesday that its navy struck a vessel on Monday": the strike's clause starts after "that", so
    "on Tuesday" (the statement's date) is outside it. "Its navy struck a vessel on Monday, X said Tuesday":
    the window ends at the comma before the statement. `dates` are the (start, end) spans of the sentence's
    date expressions, so that a date written right after the verb ("said Tuesday the navy ...") stays with it.
    Returns (lo, hi); (0, len(sentence)) when no reporting verb frames the trigger."""
    lo, hi = 0, len(sentence)
    for r in reports:
        if r.verb_start < trigger_end and r.verb_end > trigger_start:
            continue  # the reporting word is part of the trigger ("said ... must")
        if r.verb_end <= trigger_start:
            lo = max(lo, _complement_start(sentence, r, trigger_start, dates))
        elif r.verb_start >= trigger_end:
            comma = max(sentence.rfind(c, trigger_end, r.verb_start) for c in (",", "—", "("))
            start = comma if comma >= 0 and r.verb_start - comma <= 60 else r.verb_start
            hi = min(hi, start)
    return lo, hi


def _complement_start(sentence: str, r: Report, limit: int, dates: Sequence[tuple[int, int]]) -> int:
    pos = r.verb_end
    while True:  # the verb's own adjuncts and dates: "said late on Tuesday", "заявил в четверг"
        gap = _REPORT_ADJUNCT.match(sentence, pos)
        nxt = gap.end() if gap else pos
        date_here = next((e for s, e in dates if nxt <= s <= nxt + 3 and e <= limit), None)
        if date_here is None:
            pos = min(nxt, limit)
            break
        pos = date_here
    # "told Fox News that ...", "said on Tuesday that ...": the reported clause starts after "that"
    that = _THAT_AFTER.match(sentence, pos, limit)
    return that.end() if that else pos
