"""Event nouns: whether a trigger word names a development here or only a topic or an earlier event.

"support for Ukraine", "a request for comment", "a reward for Maduro's arrest", "since Russia's full-scale
invasion", "под американскими санкциями", "la cooperación militar tiene una larga historia": a topic or
background. "This appeal", "the same request", "the identity of those killed": a pointer back. "carried out
the attack" after an attack was told: the same event again. "carried out strikes", "talks began", "нанесли
удары", "the seizure of the tanker on Monday", "el ataque del 16 de octubre": an event of its own (a verb
makes it happen, it is said to happen, or it has a date of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geotimeline.events.categories import Trigger

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
    r"destroyed|continued|resumed|collapsed|left|wounded|damaged|came|followed|took effect|went into effect|"
    r"(?:is|are|was|were) (?:expected|due|set|scheduled) to|(?:was|were) (?:carried out|conducted|launched|staged))\b",
    re.I,
)
_DETERMINER = re.compile(r"\b(?:the|these|those)\s+$", re.I)
_POSSESSIVE = re.compile(r"(?:\w['’]s?|\b(?:his|her|their|its|our))\s+$", re.I)
_POSSESSED_TOPICS = frozenset({"COERCE", "ASSAULT", "CONCEDE", "RETREAT"})
_DEFINITE_BEFORE = re.compile(r"\b(?:the|el|la|los|las)\s+(?:[\w-]+\s+)?$", re.I)


def topic_noun(text: str, t: Trigger, language: str, dates: Sequence[tuple[int, int]] = ()) -> bool:
    """An event noun that is only a topic or background here ("support for Ukraine", "since Russia's
    full-scale invasion", "под американскими санкциями", "la cooperación militar tiene una larga historia"):
    no verb makes it happen, it is not said to happen, and it has no date of its own ("the seizure of the
    tanker on Monday" is an event; `dates` are the sentence's date spans)."""
    word = t.text.casefold()
    before, after = text[: t.start], text[t.end :]
    if language in _NOUN_FORM:
        if not _NOUN_FORM[language].fullmatch(word) or own_date(text, t, dates, language):
            return False
        return not (_GOVERNOR[language].search(before) or _HAPPENS[language].match(after)
                    or _MANNER[language].search(before))
    if language == "en" and t.category in _POSSESSED_TOPICS and _POSSESSIVE.search(before) and not word.endswith(("ed", "ing")):
        # "a reward for Maduro's arrest", "since Russia's full-scale invasion": a topic, not an arrest
        return not (_NOUN_GOVERNOR.search(before) or own_date(text, t, dates, language))
    if language == "en" and t.verbal and word not in _NOUN_ONLY and _DETERMINER.search(before) and not word.endswith(("ed", "ing")):
        # "on managing the disputes": a verb form used as a noun is a topic unless something makes it happen
        return not (_NOUN_GOVERNOR.search(before) or _NOUN_HAPPENS.match(after) or own_date(text, t, dates, language))
    if language != "en" or word not in _NOUN_ONLY:
        return False
    if t.category == "CONSULT" and _TALKS_HELD.search(before) and re.match(r"\s+(?:with|between)\s", after):
        return False  # "following talks with President Ruto", "will join X for the talks with Saudi officials"
    if re.match(r"\s+for comment", after, re.I):
        return True
    if re.search(r"\b(?:will|would|to|could|may|might|shall|must|did|does|do|not)\s+$", before, re.I):
        return False  # "would blockade Paris": the word is a verb here
    if (re.search(r"(?:^|[,;]\s*|\band\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}$", before)
            and not _ADVERBIAL.search(before) and word in {"strikes", "attacks", "raids", "requests", "demands", "sanctions", "rallies"}):
        return False  # "Israel strikes ...": a present-tense verb after a name (not "Under US sanctions")
    return not (_NOUN_GOVERNOR.search(before) or _NOUN_HAPPENS.match(after) or own_date(text, t, dates, language))


# a preposition opening a background phrase before a name: "Under US sanctions", "Since Russia's invasion"
_ADVERBIAL = re.compile(r"(?:^|[,;]\s*)(?:under|amid|since|after|before|despite|following|during)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w.'’-]*\s+){1,4}$", re.I)
# talks someone takes part in, or that came before what the sentence tells
_TALKS_HELD = re.compile(r"\b(?:following|after|join\w*|attend\w*|participat\w* in|t(?:ake|akes|ook|aking) part in|for)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_PHRASE_EDGE = re.compile(r"[,;:()—–]|\s-\s")


def own_date(text: str, t: Trigger, dates: Sequence[tuple[int, int]], language: str = "en") -> bool:
    """A date of the event noun's own: English right next to it ("the seizure of the tanker on Monday",
    "Monday's strike"); Spanish and Russian anywhere in its phrase between the punctuation around it, a
    participle phrase after a comma included ("el ataque del 16 de octubre", "удар 2 сентября", "los
    ataques, iniciados el 12 de enero", "учения, начавшиеся в сентябре")."""
    if language == "en":
        return any(s >= t.end and re.fullmatch(r"(?:\s+[\w'’.-]+){0,5}\s+", text[t.end : s])
                   and not _EN_VERB.search(text[t.end : s]) or 0 <= t.start - e <= 4 for s, e in dates)
    left = max((m.end() for m in _PHRASE_EDGE.finditer(text, 0, t.start)), default=0)
    right = _PHRASE_EDGE.search(text, t.end)
    while right and right.group() == "," and _PARTICIPLE.match(text, right.end()):
        right = _PHRASE_EDGE.search(text, right.end())
    end = right.start() if right else len(text)
    finite = _FINITE_VERB.get(language)
    return any(left <= s and e <= end and not (finite and s > t.end and finite.search(text, t.end, s)) for s, e in dates)


# a finite verb between the noun and a date: the date is another clause's ("соглашение не затрагивает ...")
_FINITE_VERB = {
    "ru": re.compile(r"(?<!\w)(?:не\s+)?\w+(?:ет|ит|ют|ят|ут|ал|ала|али|ало|ил|ила|или|ило|ено|ано|ены|аны)(?!\w)", re.I),
    "es": re.compile(r"(?<!\w)(?:\w+(?:ó|aron|ieron|aba|aban|ía|ían)|es|son|fue|fueron|ha|han|está|están)(?!\w)", re.I),
}


_EN_VERB = re.compile(r"\b(?:\w+ed|is|are|was|were|has|have|had|will|would|said|says|began|took|that|which)\b", re.I)
_PARTICIPLE = re.compile(r"\s*(?:\w+(?:ados?|idos?|adas?|idas?|вши\w*|нн\w*|ем\w*|им\w*)|начавш\w*)(?!\w)", re.I)


# Spanish and Russian event nouns (the lexicon's stems match verbs too: only these forms are nouns)
_NOUN_FORM = {
    "es": re.compile(
        r"ataques?|bombardeos?|despliegues?|ejercicios(?: militares)?|maniobras|acuerdos?|sanciones|aranceles|"
        r"protestas?(?: diplomáticas?)?|acusaci(?:ón|ones)|invasi(?:ón|ones)|ofensivas?|solicitud(?:es)?|visitas?|"
        r"conversaciones|negociaciones|di[áa]logos?|cumbres?|ayuda(?: humanitaria| militar)?|detenci(?:ón|ones)|"
        r"cooperaci[óo]n|colaboraci[óo]n|coordinaci[óo]n|amenazas?|rechazo|embargo|investigaci(?:ón|ones)|"
        r"presencia militar|manifestaci(?:ón|ones)|huelgas?|bloqueos?|arrestos?|incautaci(?:ón|ones)|secuestros?|"
        r"capturas?|retirada|apoyo|respaldo|denuncias?|cr[íi]ticas?|condenas?|advertencias?|ultimátum|"
        r"reuni(?:ón|ones)|movilizaci(?:ón|ones)|refuerzos?|env[íi]os?|entregas?|suministros?|liberaci(?:ón|ones)|"
        r"golpes? contra"),
    "ru": re.compile(
        r"удар(?:ы|а|у|ом|е|ов|ам|ами|ах)?|атак(?:а|и|у|е|ой|ам|ами|ах)?|обстрел(?:ы|а|у|ом|е|ов|ам|ами|ах)?|"
        r"бомбардировк\w*|вторжени\w*|учени(?:е|я|й|ям|ями|ях)|соглашени\w*|договор[её]нност\w*|переговор\w*|"
        r"визит(?:ы|а|у|ом|е|ов)?|встреч(?:а|и|у|е|ей|ами|ах)|консультаци\w*|саммит\w*|санкци\w*|пошлин\w*|эмбарго|"
        r"сотрудничеств\w*|взаимодействи\w*|координаци\w*|помощ\w*|поставк\w*|просьб\w*|запрос(?:ы|а|у|ом|е|ов)?|"
        r"требовани\w*|призыв(?:ы|а|у|ом|е|ов|ам|ами)?|обвинени\w*|расследовани\w*|протест(?:ы|а|у|ом|е|ов|ам|ами|ах)?|"
        r"митинг\w*|демонстраци\w*|забастовк\w*|блокад\w*|захват(?:ы|а|у|ом|е|ов)?|задержани\w*|арест(?:ы|а|у|ом|е|ов)?|"
        r"конфискаци\w*|угроз\w*|ультиматум\w*|предупреждени\w*|мобилизаци\w*|наращивани\w*|развертывани\w*|"
        r"развёртывани\w*|переброск\w*|присутстви\w*|поддержк\w*|вывод(?:а|у|ом|е)?|освобождени\w*|уничтожени\w*|"
        r"отказ(?:а|у|ом|е)?|нот[аыуе] протеста|дипломатическ\w* протест\w*"),
}
def noun_form(word: str, language: str) -> bool:
    """A Spanish or Russian trigger word that is an event noun ("ataques", "удары"), not a verb."""
    return language in _NOUN_FORM and bool(_NOUN_FORM[language].fullmatch(word.casefold()))


# a verb making the noun happen ("realizó un ataque", "нанесли удары", "провели учения"), up to five words before
_GOVERNOR = {
    "es": re.compile(
        r"(?<!\w)(?:realiz\w*|llev\w* a cabo|lanz\w*|inici\w*|comenz\w*|empez\w*|orden\w*|anunci\w*|firm\w*|"
        r"alcanz\w*|impus\w*|impon\w*|aprob\w*|reanud\w*|intensific\w*|celebr\w*|mantuv\w*|mantien\w*|efectu\w*|"
        r"ejecut\w*|perpetr\w*|sufri\w*|present\w*|envi[óa]\w*|hiz\w*|hac\w*|dirigi\w*|cometi\w*|emprendi\w*|"
        r"inform\w* de|confirm\w*|denunci\w*|amplí\w*|ampli\w*|extendi\w*|prepar\w*|planea\w*|convoc\w*|ped\w*|pid\w*|"
        r"solicit\w*|acord\w*|prorrog\w*|suspendi\w*|rompi\w*|cancel\w*|continú\w*|continu\w*|se realiz\w*|se celebr\w*|"
        r"tuvo lugar|se produj\w*)(?:\s+[\w«»\"“”-]+){0,5}\s+[«\"“]?$", re.I),
    "ru": re.compile(
        r"(?<!\w)(?:пров[её]л\w*|провод\w*|провести|нанес\w*|нанёс\w*|нанос\w*|начал\w*|начин\w*|объявил\w*|объяв\w*|"
        r"подписал\w*|заключил\w*|ввел\w*|ввёл\w*|ввод\w*|ввест\w*|возобнов\w*|усилил\w*|усилива\w*|совершил\w*|"
        r"соверша\w*|осуществ\w*|приказал\w*|достигл\w*|достигну\w*|устроил\w*|предпри\w*|направил\w*|выдвинул\w*|"
        r"отправил\w*|подал\w*|заявил\w*|сообщил\w*|обратил\w*|продлил\w*|расширил\w*|готов\w*|планир\w*|"
        r"обсудил\w*|обсужда\w*|одобрил\w*|утвердил\w*|прекратил\w*|приостановил\w*|разорвал\w*|продолжа\w*|прош\w*|"
        r"проход\w*|ид[уё]т|состоял\w*|возобнови\w*)(?:\s+[\w«»\"“”-]+){0,5}\s+[«\"“]?$",
        re.I),
}
# "с просьбой о помощи", "por petición de": the request is what the clause tells
_MANNER = {"es": re.compile(r"(?<!\w)(?:a petición de|a solicitud de|con la petición de)\s+$", re.I),
           "ru": re.compile(r"(?<!\w)(?:с|по)\s+$", re.I)}
# the noun said to happen or to do something ("los ataques mataron", "удары продолжаются")
_HAPPENS = {
    "es": re.compile(
        r"^\s+(?:[\w-]+\s+){0,10}?(?:(?:ha|han|había|habían)\s+(?:causado|dejado|matado|destruido|herido|hundido|provocado|"
        r"alcanzado)|comenz\w*|empez\w*|termin\w*|continú\w*|continu\w*|mat[óa]\w*|dej[óa]\w*|caus[óa]\w*|provoc[óa]\w*|"
        r"destruy\w*|se produjo|se produjeron|tuvo lugar|tuvieron lugar|hiri[óe]\w*|hundi[óe]\w*|alcanz[óa]\w*|impact\w*|"
        r"se realiz\w*|se celebr\w*|entr[óa]\w* en vigor|inici[óa]\w*)(?!\w)", re.I),
    "ru": re.compile(
        r"^\s+(?:[\w-]+\s+){0,8}?(?:продолжа\w*|повлекл\w*|начал\w*|прош[её]л|прошл[аио]|состоял\w*|уничтожил\w*|убил\w*|"
        r"повредил\w*|унёс\w*|унес\w*|произош\w*|привел\w*|привёл\w*|пришл\w*|пришёлся|затронул\w*|"
        r"возобновил\w*|завершил\w*|стартовал\w*|вступил\w* в силу|вступает в силу|проход\w*)(?!\w)", re.I),
}


def anaphoric(text: str, t: Trigger, dates: Sequence[tuple[int, int]] = (), language: str = "en") -> bool:
    """An event noun pointing back at an event already told ("This appeal was prompted by ..."), or a
    participle naming people ("the identity of those killed"). "The seizure of the tanker on Monday", with
    a date of its own, tells a new event."""
    if re.search(r"\b(?:those|the)\s+$", text[: t.start], re.I) and re.fullmatch(r"\w+ed", t.text):
        return True
    if t.verbal and t.text.casefold() not in _NOUN_ONLY:
        return False
    before = text[: t.start]
    return bool(_DEMONSTRATIVE.search(before) or _DEFINITE_AT_START.search(before) and not own_date(text, t, dates, language))


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


# "an Il-76 of a sanctioned airline", "the seized tanker": a participle before a noun describes it, no act
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her|of)\s+(?:\w+ly\s+)?$", re.I)
_ATTRIBUTIVE_WORD = re.compile(r"[a-z]+ed", re.I)


def attributive(text: str, t: Trigger) -> bool:
    """A participle between a determiner and a noun ("of a sanctioned airline"): it describes, it tells no act."""
    nxt = re.match(r"\s+([^\W\d_][\w-]*)", text[t.end :])
    return bool(t.verbal and _ATTRIBUTIVE_WORD.fullmatch(t.text) and _ATTRIBUTIVE.search(text[: t.start]) and nxt
                and nxt.group(1).casefold() not in _NOT_A_NOUN)


_NOT_A_NOUN = frozenset({"by", "in", "on", "at", "to", "for", "with", "from", "off", "near", "and", "or", "as", "into", "over",
                         "after", "before", "during", "since", "under", "last", "this", "that", "when", "while"})
