"""The words the tree reader tests, for a language other than English: each Russian word glossed by its English
counterpart in the reader's tables (prepositions by the case they govern, pronouns, verbs of saying and ordering,
bodies, people, perpetrators, event verbs).

The tree reader (geotimeline.events: arguments, phrases, pronouns, predicates) compares words with English tables
("against", "say", "ministry", "seize"). A Russian parse (geotimeline.udtree) stores each word's gloss as its
token's `norm_`, and the reader asks `lower(token)` / `lemma(token)`: for an English document these are exactly
spaCy's `lower_` and `lemma_` (English behaviour is unchanged), for another language the gloss, or the word's own
lemma where the tables have no counterpart. A gloss names the function the reader gives the word, not a
translation: "в" with an accusative is "into" (a direction, "вторглись в Украину"), with a locative "in" (a place).
"""

from __future__ import annotations

from typing import Any


# (`token.lang_`, the language of the token's vocabulary, costs a fifth of `token.doc.lang_`: these run per word)
def lower(token: Any) -> str:
    """The token's lower-case form as the reader's tables know it (English: spaCy's `lower_`)."""
    return token.lower_ if token.lang_ == "en" else token.norm_


def lemma(token: Any) -> str:
    """The token's lemma as the reader's tables know it (English: spaCy's `lemma_`)."""
    return token.lemma_ if token.lang_ == "en" else token.norm_


def infinitive(token: Any) -> bool:
    """An infinitive of purpose or of what is asked: English "to deploy" (an aux "to"); in a language with no such
    word, a bare infinitive (tag VB, geotimeline.udtree)."""
    if token.lang_ == "en":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.tag_ == "VB"


def agent_nouns(agent: Any) -> list[Any]:
    """The doers under an `agent` arc: English "by" and its objects; a case with no preposition (the Russian
    instrumental, "задержано пограничниками") is the doer itself."""
    if agent.lang_ == "en" or agent.pos_ == "ADP":
        return [g for g in agent.children if g.dep_ == "pobj"]
    return [agent]


# preposition -> {case of its object (UD) or "": English preposition}; "" is any case
RU_PREPOSITIONS: dict[str, dict[str, str]] = {
    "против": {"": "against"}, "на": {"Acc": "on", "": "in"}, "в": {"Acc": "into", "": "in"},
    "во": {"Acc": "into", "": "in"}, "к": {"": "to"}, "ко": {"": "to"}, "по": {"Dat": "on", "": "along"},
    "с": {"Ins": "with", "Gen": "from", "": "with"}, "со": {"Ins": "with", "Gen": "from", "": "with"},
    "от": {"": "from"}, "из": {"": "from"}, "у": {"": "near"}, "для": {"": "for"}, "о": {"": "about"},
    "об": {"": "about"}, "обо": {"": "about"}, "за": {"": "for"}, "между": {"": "between"}, "около": {"": "near"},
    "возле": {"": "near"}, "вблизи": {"": "near"}, "через": {"": "through"}, "после": {"": "after"},
    "до": {"": "until"}, "при": {"": "under"}, "над": {"": "over"}, "под": {"": "under"}, "перед": {"": "before"},
    "без": {"": "without"}, "вокруг": {"": "around"}, "вдоль": {"": "along"}, "среди": {"": "among"},
    "в отношении": {"": "against"}, "во время": {"": "during"}, "навстречу": {"": "toward"},
}

RU_PRONOUNS: dict[str, str] = {
    "он": "he", "она": "she", "оно": "it", "они": "they", "мы": "we", "я": "i",
    "его": "its", "её": "her", "ее": "her", "их": "their",
    "который": "which", "что": "that", "кто": "who",
}

# lemma (pymorphy3) -> the English lemma in the reader's tables
RU_LEMMAS: dict[str, str] = {
    # saying (arguments.SAY)
    "заявить": "say", "заявлять": "say", "сказать": "say", "говорить": "say", "сообщить": "report",
    "сообщать": "report", "отметить": "note", "отмечать": "note", "подчеркнуть": "state", "подчёркивать": "state",
    "подчеркивать": "state", "добавить": "add", "указать": "state", "уточнить": "state", "пояснить": "state",
    "написать": "write", "объявить": "announce", "объявлять": "announce", "подтвердить": "confirm",
    "подтверждать": "confirm", "утверждать": "claim", "рассказать": "tell", "считать": "believe",
    "признать": "acknowledge", "опровергнуть": "deny", "отрицать": "deny", "заверить": "assert",
    "предупредить": "warn", "предупреждать": "warn", "обвинить": "accuse", "обвинять": "accuse",
    "настаивать": "insist", "настоять": "insist", "назвать": "call", "называть": "call",
    # ordering and asking (CONTROL, _SPEECH, _DEMAND, _ASKING)
    "приказать": "order", "приказывать": "order", "велеть": "order", "призвать": "urge", "призывать": "urge",
    "попросить": "ask", "просить": "ask", "поручить": "instruct", "заставить": "force", "вынудить": "force",
    "разрешить": "allow", "позволить": "allow", "уполномочить": "authorize", "пригласить": "invite",
    "убедить": "persuade", "обязать": "compel", "потребовать": "demand", "требовать": "demand",
    "осудить": "condemn", "осуждать": "condemn", "отвергнуть": "reject", "отклонить": "reject",
    "пообещать": "promise", "обещать": "promise", "пригрозить": "threaten", "угрожать": "threaten",
    "раскритиковать": "criticize", "критиковать": "criticize", "протестовать": "protest",
    "запросить": "request", "искать": "seek", "купить": "buy", "приобрести": "acquire",
    # verbs that make an event noun happen (LIGHT)
    "провести": "conduct", "проводить": "conduct", "нанести": "carry", "наносить": "carry", "начать": "begin",
    "продолжить": "continue", "возобновить": "resume", "ввести": "impose", "вводить": "impose",
    "подписать": "sign", "заключить": "conclude", "достичь": "reach", "принять": "pass", "открыть": "open",
    "предпринять": "undertake", "осуществить": "execute", "совершить": "carry", "устроить": "stage",
    "выдвинуть": "lodge", "выразить": "lodge", "выражать": "lodge", "вручить": "hand", "отправить": "send",
    # event verbs (predicates.LEMMAS)
    "прибыть": "arrive", "прибывать": "arrive", "пересечь": "cross", "развернуть": "deploy",
    "патрулировать": "patrol", "сопровождать": "escort", "направить": "send", "перебросить": "redeploy",
    "захватить": "seize", "задержать": "detain", "арестовать": "arrest", "таранить": "ram",
    "протаранить": "ram", "заблокировать": "block", "блокировать": "block", "перехватить": "intercept",
    "похитить": "kidnap", "конфисковать": "confiscate", "атаковать": "attack", "напасть": "attack", "обстрелять": "shell",
    "обстреливать": "shell", "ударить": "strike", "бомбить": "bomb", "разбомбить": "bomb", "потопить": "sink",
    "убить": "kill", "выслать": "expel", "освободить": "release", "вывести": "withdraw",
    "отозвать": "recall", "эвакуировать": "evacuate", "приостановить": "suspend", "заморозить": "freeze",
    "посетить": "visit", "отплыть": "sail", "причалить": "dock", "пришвартоваться": "dock",
    "задерживать": "detain", "захватывать": "seize", "атаковывать": "attack", "перехватывать": "intercept",
    "высылать": "expel", "выводить": "withdraw", "освобождать": "release", "сопроводить": "escort",
    # nouns: bodies, people, perpetrators, force, messages (phrases, pronouns, arguments)
    "министерство": "ministry", "правительство": "government", "армия": "army", "флот": "navy",
    "посольство": "embassy", "миссия": "mission", "партия": "party", "департамент": "department",
    "ведомство": "office", "командование": "command", "сила": "forces", "охрана": "guard", "совет": "council",
    "администрация": "administration", "военный": "military", "пограничник": "guard",
    "президент": "president", "министр": "minister", "представитель": "spokesperson",
    "пресс-секретарь": "spokesperson", "посол": "ambassador", "посланник": "envoy", "спецпосланник": "envoy",
    "секретарь": "secretary", "канцлер": "chancellor", "король": "king", "премьер": "premier",
    "премьер-министр": "premier", "чиновник": "official", "командующий": "commander", "командир": "commander",
    "генерал": "general", "начальник": "chief", "глава": "chief", "лидер": "leader",
    "пират": "pirate", "грабитель": "robber", "боевик": "militant", "вор": "thief", "нападавший": "attacker",
    "злоумышленник": "perpetrator", "контрабандист": "smuggler", "похититель": "kidnapper", "бандит": "bandit",
    "преступник": "criminal", "подозреваемый": "suspect", "угонщик": "hijacker",
    "полиция": "police", "солдат": "soldier", "военнослужащий": "soldier", "повстанец": "rebel",
    "протестующий": "protester", "демонстрант": "demonstrator", "группа": "group", "депутат": "lawmaker",
    "сторонник": "supporter", "житель": "resident", "студент": "student", "рабочий": "worker",
    "толпа": "crowd", "дипломат": "diplomat", "делегация": "delegation", "суд": "court", "судья": "judge",
    "прокурор": "prosecutor", "власть": "authority", "страна": "country", "государство": "state",
    "активист": "activist", "организация": "organization", "агентство": "agency", "союз": "union",
    "коалиция": "coalition", "альянс": "alliance", "режим": "regime", "хунта": "junta", "парламент": "parliament",
    "сенат": "senate", "кабинет": "cabinet", "боец": "fighter", "моряк": "sailor", "экипаж": "crew",
    "морпех": "marine", "сепаратист": "separatist", "террорист": "terrorist", "ополчение": "militia",
    "оппозиция": "opposition",
    "атака": "attack", "удар": "strike", "налёт": "raid", "налет": "raid", "взрыв": "explosion",
    "обстрел": "shelling", "нападение": "attack", "бомбардировка": "bombing", "штурм": "assault",
    "засада": "ambush",
    "письмо": "letter", "послание": "message", "звонок": "call", "разговор": "conversation",
    "заявление": "statement", "нота": "note", "встреча": "meeting", "переговоры": "talk", "обращение": "appeal",
    "поставка": "supply", "передача": "transfer", "продажа": "sale", "экспорт": "export", "импорт": "import",
    "закупка": "purchase", "поддержка": "support", "одобрение": "approval", "согласие": "consent",
    "участие": "participation",
    # ships (predicates._SHIPS)
    "судно": "ship", "корабль": "ship", "танкер": "tanker", "авианосец": "carrier", "лодка": "boat",
    "катер": "boat", "буксир": "tug", "баржа": "barge", "паром": "ferry", "траулер": "trawler",
    "сухогруз": "freighter", "яхта": "yacht",
}


def russian_gloss(text: str, lemma_: str, pos: str, case: str | None) -> str:
    """The English word the reader's tables know for a Russian token (`case`: its object's, for a preposition),
    else its own lemma."""
    low = text.lower()
    if pos == "ADP" and low in RU_PREPOSITIONS:
        by_case = RU_PREPOSITIONS[low]
        return by_case.get(case or "", by_case[""])
    if pos in ("PRON", "DET", "SCONJ") and (low in RU_PRONOUNS or lemma_ in RU_PRONOUNS):
        return RU_PRONOUNS.get(low) or RU_PRONOUNS[lemma_]
    return RU_LEMMAS.get(lemma_, lemma_)


_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
    "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
    "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def latin(name: str) -> str:
    """A Cyrillic name in Latin letters for the English labels ("Мао Нин" -> "Mao Nin"); other letters kept."""
    out = []
    for c in name:
        low = _LATIN.get(c.lower())
        out.append(c if low is None else low.capitalize() if c.isupper() else low)
    return "".join(out)
