"""English timeline labels for Spanish and Russian events ("Zakharova condemns US over strikes on boats").

Policy (one for every language): the label is English, because the whole interface is (categories,
domains, actor names, filters); the original-language sentence stays on the event as its evidence
(`Event.sentence`, shown on the card and exported). A Spanish or Russian label cut out of the clause
would put English actor names into a Spanish or Russian sentence and get case and agreement wrong
("Houthis ataca", "обвиняет Москву"); an English one is built here from parts that are already English
or glossed word by word, so it is grammatical by construction:

- the subject: the source actor's English short name (summaries.short_name), with a plural verb after a
  plural name ("Houthis attack");
- the verb: an English gloss of the trigger (the stem table below; else the category's verb), in one of
  a few frames per verb, the first whose slots all fill ("asks {T} for {O}", "asks for {O}", ...);
- the target {T}: English short names of the target actors (a state body never acts on its own state);
- the object {O}: at most two nouns of the trigger's clause that the glossary knows ("катера" -> boats,
  "pesquero venezolano" -> Venezuelan fishing boat, "военной помощи" -> military aid), with a number word
  and a country adjective next to them, or a named ship; words the glossary does not know are left out,
  never guessed;
- the place {P}: the English name of the place named in the clause (never an inferred one);
- the mode: "to attack" (planned), "does not attack" (denied), "may attack" (hypothetical).

Without a subject the label is the event noun ("Strikes on boats in Caribbean Sea"), or with a passive
trigger its patient and participle ("Ship attacked in Bab-el-Mandeb Strait").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from geotimeline.countries import countries
from geotimeline.events.nouns import noun_form
from geotimeline.events.summaries import MAX_LEN, object_window, third_person
from geotimeline.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class _Verb:
    frames: tuple[str, ...]  # base-form frames, first whose slots fill wins; the last has no slot
    noun: tuple[str, str]  # the event noun, singular and plural ("attack", "attacks")
    participle: str  # for an agentless passive ("attacked")


def _v(frames: str, noun: str, participle: str) -> _Verb:
    sg, _, pl = noun.partition("/")
    return _Verb(tuple(f.strip() for f in frames.split(";")), (sg, pl or sg), participle)


ATTACK = _v("attack {OT}; carry out attack", "attack/attacks", "attacked")
STRIKE = _v("strike {OT}; carry out strike", "strike/strikes", "struck")
DEPLOY = _v("deploy {O}; deploy forces", "deployment/deployments", "deployed")
REQUEST = _v("ask {T} for {O}; ask for {O}; appeal to {T}; make request", "request/requests", "requested")
ACCUSE = _v("accuse {TO}; make accusations", "accusation/accusations", "accused")
CONDEMN = _v("condemn {T} over {O}; condemn {OT}; issue condemnation", "condemnation/condemnations", "condemned")
AGREE = _v("agree with {T} on {O}; agree on {O}; reach agreement with {T}; reach agreement", "agreement/agreements", "agreed")
MEET = _v("meet {T}; hold meeting", "meeting/meetings", "met")
SEIZE = _v("seize {OT}; make seizure", "seizure/seizures", "seized")

_CATEGORY = {
    "AGREE": AGREE, "CONSULT": MEET, "SUPPORT": _v("back {OT}; voice support", "support", "backed"),
    "COOPERATE": _v("cooperate with {T} on {O}; cooperate with {T}; cooperate on {O}; announce cooperation",
                    "cooperation", "coordinated"),
    "AID": _v("send {O} to {T}; send {O}; send aid to {T}; send aid", "aid", "sent"),
    "RETREAT": _v("withdraw {O} from {P}; withdraw from {P}; withdraw {O}; pull back", "withdrawal", "withdrawn"),
    "CONCEDE": _v("release {OT}; make concession", "release", "released"),
    "REQUEST": REQUEST, "ACCUSE": ACCUSE,
    "REJECT": _v("reject {O}; rebuff {T}; voice rejection", "rejection", "rejected"),
    "THREATEN": _v("warn {T}; issue warning", "warning/warnings", "warned"),
    "PROTEST": _v("protest against {OT}; hold protest", "protest/protests", "held"),
    "SANCTION": _v("sanction {OT}; impose sanctions", "sanctions", "sanctioned"),
    "MOBILIZE": DEPLOY, "COERCE": SEIZE, "ASSAULT": ATTACK,
}

# the trigger's own sense, where it is narrower than its category's verb (stems, matched at the start)
_GLOSS: dict[str, list[tuple[str, _Verb]]] = {
    "es": [
        (r"ataque|atac", ATTACK), (r"bombarde", _v("bomb {OT}; carry out bombing", "bombing/bombings", "bombed")),
        (r"mat[óa]", _v("kill {OT}; kill people", "killing/killings", "killed")),
        (r"dispar", _v("fire on {OT}; open fire", "shooting", "fired on")), (r"invad|invasi", _v("invade {T}; invade", "invasion", "invaded")),
        (r"detuv|deten|arrest", _v("detain {OT}; make arrests", "detention/detentions", "detained")),
        (r"incaut|secuestr|captur", SEIZE), (r"abord", _v("board {OT}; board ship", "boarding", "boarded")),
        (r"bloque", _v("blockade {OT}; impose blockade", "blockade", "blockaded")),
        (r"ejercicio|maniobra", _v("hold exercises with {T}; hold exercises", "exercises", "held")),
        (r"envi", _v("send {O} to {P}; send {O}; send forces", "deployment", "sent")),
        (r"reforz", _v("reinforce {O}; reinforce forces", "reinforcement", "reinforced")),
        (r"moviliz", _v("mobilise {O}; mobilise forces", "mobilisation", "mobilised")),
        (r"orden", _v("order deployment of {O}; order deployment", "order", "ordered")),
        (r"presencia", _v("build up forces", "build-up", "built up")),
        (r"exig|reclam", _v("demand {O} from {T}; demand {O}; make demands of {T}; make demands", "demand/demands", "demanded")),
        (r"llam\w* a consultas", _v("recall ambassador from {P}; recall ambassador", "recall of ambassador", "recalled")),
        (r"protesta|nota", _v("lodge protest with {T}; lodge protest", "protest/protests", "lodged")),
        (r"inst|llam", _v("call on {T} to show {O}; call on {T}; call for {O}; make appeal", "appeal", "urged")),
        (r"conden|critic|denunci", CONDEMN), (r"investig", _v("investigate {OT}; open investigation", "investigation", "investigated")),
        (r"neg", _v("deny {O}; issue denial", "denial", "denied")), (r"vet", _v("veto {O}; cast veto", "veto", "vetoed")),
        (r"advi", _v("warn {T}; issue warning", "warning/warnings", "warned")),
        (r"amenaz", _v("threaten {T} with {O}; threaten {T}; issue threat", "threat/threats", "threatened")),
        (r"arancel", _v("impose tariffs on {T}; impose tariffs", "tariffs", "imposed")),
        (r"expuls", _v("expel {OT}; expel diplomats", "expulsion", "expelled")),
        (r"design", _v("designate {OT} as terrorist group; designate terrorist group", "designation", "designated")),
        (r"rompi", _v("cut ties with {T}; cut ties", "break in relations", "cut")),
        (r"suspend|suspensi", _v("suspend {O}; suspend cooperation", "suspension", "suspended")),
        (r"firm", _v("sign {O} with {T}; sign {O}; sign agreement with {T}; sign agreement", "signing", "signed")),
        (r"promet", _v("promise {O} to {T}; promise {O}; make pledge", "pledge", "promised")),
        (r"ofrec|ofreci", _v("offer {O} to {T}; offer {O}; make offer to {T}; make offer", "offer", "offered")),
        (r"propu|propon", _v("propose {O} to {T}; propose {O}; make proposal", "proposal", "proposed")),
        (r"visit", _v("visit {P}; visit {T}; make visit", "visit/visits", "visited")),
        (r"convers|dialog|negoci", _v("hold talks with {T} on {O}; hold talks with {T}; hold talks on {O}; hold talks", "talks", "held")),
        (r"cumbre", _v("hold summit with {T}; hold summit", "summit", "held")),
        (r"elogi", _v("praise {OT}; voice praise", "praise", "praised")), (r"felicit", _v("congratulate {T}; send congratulations", "congratulations", "congratulated")),
        (r"defend", _v("defend {OT}; speak in defence", "defence", "defended")),
        (r"suministr|entreg|don", _v("supply {O} to {T}; supply {O}; supply aid to {T}; supply aid", "deliveries", "supplied")),
        (r"liber", _v("release {OT}; release prisoners", "release", "released")),
        (r"levant", _v("lift sanctions on {T}; lift sanctions", "lifting of sanctions", "lifted")),
        (r"dimiti", _v("resign", "resignation", "resigned")),
    ],
    "ru": [
        (r"(?:направ|заяв|выраз|вырази)\w*\s+(?:\S+\s+){0,2}?(?:нот\w*\s+)?протест",
         _v("lodge protest with {T}; lodge protest", "protest/protests", "lodged protest")),
        (r"удар|нанес|нанёс", STRIKE), (r"атак|обстрел|напа", ATTACK),
        (r"отплы", _v("sail from {P}; sail", "sailing", "sailed")),
        (r"причал|пришвартов", _v("dock in {P}; dock", "port call", "docked")),
        (r"запуст", _v("launch {O} at {T}; launch {O}; launch missiles", "launch/launches", "launched")),
        (r"откры\w* огонь", _v("open fire on {T}; open fire", "gunfire", "opened fire")),
        (r"вызва", _v("summon envoy of {T}; summon envoy", "summons", "summoned")), (r"бомб", _v("bomb {OT}; carry out bombing", "bombing/bombings", "bombed")),
        (r"уничтож", _v("destroy {OT}; destroy targets", "destruction", "destroyed")),
        (r"уби", _v("kill {OT}; kill people", "killing/killings", "killed")), (r"сбил", _v("shoot down {OT}; shoot down aircraft", "shootdown", "shot down")),
        (r"(?:наруши|вторг|вош|зашл)\w*\s+(?:в\s+)?(?:\S+\s+){0,2}?(?:воздушн|территориальн|государственн|исключительн)",
         _v("violate airspace of {T}; violate airspace", "airspace violation", "violated airspace")),
        (r"водом[её]т", _v("use water cannon against {T}; use water cannon", "water cannon", "used water cannon")),
        (r"вторг", _v("invade {T}; invade", "invasion", "invaded")),
        (r"задерж|арест", _v("detain {OT}; make arrests", "detention/detentions", "detained")),
        (r"захват|конфиск|похит", SEIZE), (r"блокир|блокад", _v("blockade {OT}; impose blockade", "blockade", "blockaded")),
        (r"учени", _v("hold exercises with {T}; hold exercises", "exercises/exercises", "held")),
        (r"направ|перебро", _v("send {O} to {P}; send {O}; send forces", "deployment", "sent")),
        (r"наращ|нарас|присутств|стяну", _v("build up {O}; build up forces", "build-up", "built up")),
        (r"мобилиз", _v("mobilise {O}; mobilise forces", "mobilisation", "mobilised")),
        (r"приостан|заморо", _v("suspend {O}; suspend cooperation", "suspension", "suspended")),
        (r"приказ|распоряд", _v("order deployment of {O}; order deployment", "order", "ordered")),
        (r"просьб|проси|попроси|запрос|обрати", REQUEST),
        (r"требова|потребова|требу", _v("demand {O} from {T}; demand {O}; make demands of {T}; make demands", "demand/demands", "demanded")),
        (r"нот|дипломатическ", _v("lodge protest with {T}; lodge protest", "protest/protests", "lodged")),
        (r"призва|призыва", _v("call on {T} to show {O}; call on {T}; call for {O}; make appeal", "appeal", "urged")),
        (r"осуд|осужда|критик|раскритик", CONDEMN), (r"расследова", _v("investigate {OT}; open investigation", "investigation", "investigated")),
        (r"отрица", _v("deny {O}; issue denial", "denial", "denied")), (r"отказ", _v("refuse {O}; refuse", "refusal", "refused")),
        (r"предупред", _v("warn {T}; issue warning", "warning/warnings", "warned")),
        (r"пригроз|угрож|угроз|ультиматум", _v("threaten {T} with {O}; threaten {T}; issue threat", "threat/threats", "threatened")),
        (r"пошлин", _v("impose tariffs on {T}; impose tariffs", "tariffs", "imposed")),
        (r"выслал|высыла", _v("expel {OT}; expel diplomats", "expulsion", "expelled")),
        (r"признал", _v("designate {OT} as terrorist group; designate terrorist group", "designation", "designated")),
        (r"подписа", _v("sign {O} with {T}; sign {O}; sign agreement with {T}; sign agreement", "signing", "signed")),
        (r"обеща|пообеща", _v("promise {O} to {T}; promise {O}; make pledge", "pledge", "promised")),
        (r"предлож|предлага", _v("offer {O} to {T}; offer {O}; make offer to {T}; make offer", "offer", "offered")),
        (r"визит|посе", _v("visit {P}; visit {T}; make visit", "visit/visits", "visited")),
        (r"переговор|обсу|консультац", _v("hold talks with {T} on {O}; hold talks with {T}; hold talks on {O}; hold talks", "talks/talks", "held")),
        (r"саммит", _v("hold summit with {T}; hold summit", "summit", "held")),
        (r"приветств|одобр", _v("welcome {OT}; voice support", "support", "welcomed")), (r"похвал", _v("praise {OT}; voice praise", "praise", "praised")),
        (r"переда", _v("hand {O} to {T}; hand over {O}; hand over message", "handover", "handed over")),
        (r"постав", _v("supply {O} to {T}; supply {O}; supply aid to {T}; supply aid", "deliveries/deliveries", "supplied")),
        (r"отозва", _v("recall {O}; recall ambassador", "recall", "recalled")),
        (r"освобо", _v("release {OT}; release prisoners", "release", "released")), (r"смягч", _v("ease {O}; ease restrictions", "easing", "eased")),
        (r"отмен", _v("lift {O}; lift restrictions", "lifting", "lifted")),
    ],
}
_GLOSS_RE = {lang: [(re.compile(p, re.I), v) for p, v in rows] for lang, rows in _GLOSS.items()}
# an intent that changed the trigger's category: "amenazó con atacar" -> "threaten to attack"
_INTENT = {"THREATEN": "threaten to", "AGREE": "pledge to"}

# nouns the object may hold: (pattern at a word start, singular, plural); multiword entries first
_NOUNS: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (r"ayuda (?:militar|humanitaria)", "{0} aid", "{0} aid"), (r"ayuda", "aid", "aid"),
        (r"instalaci(?:ón|ones) militar(?:es)?", "military facility", "military facilities"),
        (r"respeto (?:a|por) (?:la )?soberan[íi]a", "respect for sovereignty", "respect for sovereignty"),
        (r"buques? de guerra", "warship", "warships"), (r"buques?|barcos?|naves?", "ship", "ships"),
        (r"embarcaci(?:ón|ones)|lanchas?|botes?", "boat", "boats"), (r"pesqueros?|barcos? pesqueros?", "fishing boat", "fishing boats"),
        (r"atuneros?", "tuna boat", "tuna boats"), (r"petroleros?|tanqueros?", "tanker", "tankers"),
        (r"semisumergibles?", "semi-submersible", "semi-submersibles"), (r"destructor(?:es)?", "destroyer", "destroyers"),
        (r"portaaviones", "aircraft carrier", "aircraft carriers"), (r"fragatas?", "frigate", "frigates"),
        (r"submarinos?", "submarine", "submarines"), (r"aviones|avión", "aircraft", "aircraft"), (r"cazas", "fighter jet", "fighter jets"),
        (r"drones|dron", "drone", "drones"), (r"misil(?:es)?", "missile", "missiles"), (r"radar(?:es)?", "radar", "radars"),
        (r"tropas|efectivos|soldados", "troops", "troops"), (r"milicia(?:nos|s)?", "militia", "militia"),
        (r"objetivos?", "target", "targets"), (r"sanciones", "sanctions", "sanctions"), (r"aranceles", "tariffs", "tariffs"),
        (r"acusaci(?:ón|ones)", "accusation", "accusations"), (r"decisi(?:ón|ones)", "decision", "decisions"),
        (r"reuni(?:ón|ones)", "meeting", "meetings"), (r"embajador(?:es)?", "ambassador", "ambassadors"),
        (r"pescador(?:es)?", "fisherman", "fishermen"), (r"marinos?|marineros?", "sailor", "sailors"),
        (r"tripulaci(?:ón|ones)|tripulantes", "crew", "crew"), (r"narcotraficantes|narcos", "drug traffickers", "drug traffickers"),
        (r"patrullas?", "patrol", "patrols"), (r"vigilancia", "surveillance", "surveillance"), (r"ataques?", "attack", "attacks"),
        (r"bombardeos?", "bombing", "bombings"), (r"di[áa]logo", "dialogue", "dialogue"), (r"soberan[íi]a", "sovereignty", "sovereignty"),
        (r"acuerdos?", "agreement", "agreements"), (r"costas?", "coast", "coast"), (r"frontera", "border", "border"),
        (r"organizaci(?:ón|ones) terrorista(?:s)?", "terrorist organisation", "terrorist organisations"),
        (r"cartas?|mensajes?", "letter", "letters"), (r"(?:las )?partes", "parties", "parties"), (r"aliados", "allies", "allies"), (r"acciones", "actions", "actions"),
    ],
    "ru": [
        (r"военн\w* помощ\w*", "military aid", "military aid"), (r"гуманитарн\w* помощ\w*", "humanitarian aid", "humanitarian aid"),
        (r"помощ\w*", "aid", "aid"), (r"радиолокационн\w* станци\w*", "radar station", "radar stations"),
        (r"уважа\w* суверенитет\w*", "respect for sovereignty", "respect for sovereignty"),
        (r"суд(?:но|на|ну|ном|не|ов|ам|ами|ах)?", "ship", "ships"), (r"корабл\w*", "ship", "ships"), (r"катер\w*", "boat", "boats"),
        (r"лодк\w*", "boat", "boats"), (r"танкер\w*", "tanker", "tankers"), (r"эсминц\w*|эсминец", "destroyer", "destroyers"),
        (r"авианос\w*", "aircraft carrier", "aircraft carriers"), (r"фрегат\w*", "frigate", "frigates"),
        (r"подлод\w*|подводн\w* лодк\w*", "submarine", "submarines"), (r"истребител\w*", "fighter jet", "fighter jets"),
        (r"бомбардировщик\w*", "bomber", "bombers"), (r"самол[её]т\w*", "aircraft", "aircraft"),
        (r"беспилотник\w*|дрон\w*", "drone", "drones"), (r"ракет\w*", "missile", "missiles"), (r"радар\w*", "radar", "radars"),
        (r"войск\w*|военнослужащ\w*|солдат\w*", "troops", "troops"), (r"ополчен\w*|милици\w*", "militia", "militia"),
        (r"объект\w*", "facility", "facilities"), (r"санкци\w*", "sanctions", "sanctions"), (r"пошлин\w*", "tariffs", "tariffs"),
        (r"сдержанност\w*", "restraint", "restraint"), (r"причастност\w*", "involvement", "involvement"),
        (r"переговор\w*", "talks", "talks"), (r"удар\w*", "strike", "strikes"), (r"атак\w*", "attack", "attacks"),
        (r"кабел\w*", "cable", "cables"), (r"экипаж\w*", "crew", "crew"), (r"моряк\w*", "sailor", "sailors"),
        (r"рыбак\w*", "fisherman", "fishermen"), (r"винтовк\w*", "rifle", "rifles"), (r"законопроект\w*", "bill", "bills"),
        (r"резолюци\w*", "resolution", "resolutions"), (r"соглашени\w*", "agreement", "agreements"),
        (r"договор\w*", "treaty", "treaties"), (r"продовольстви\w*", "food", "food"), (r"границ\w*", "border", "border"),
        (r"суверенитет\w*", "sovereignty", "sovereignty"), (r"посол|посл(?:а|у|ом|ов|ам|ами)", "ambassador", "ambassadors"),
        (r"торгов\w* судоходств\w*|судоходств\w*", "shipping", "shipping"),
        (r"международн\w* организаци\w*", "international organisation", "international organisations"),
        (r"сторон[ыа]", "parties", "parties"), (r"союзник\w*", "allies", "allies"),
        (r"действи\w*", "actions", "actions"), (r"прекращени\w*", "halt", "halt"), (r"послани\w*|письм\w*", "letter", "letters"),
        (r"план\w* финансировани\w*", "financing plan", "financing plans"), (r"финансировани\w*", "financing", "financing"),
        (r"закон\w*", "law", "laws"), (r"наземн\w* операци\w*", "ground operation", "ground operations"),
        (r"доставк\w* продовольстви\w*", "food deliveries", "food deliveries"), (r"ротаци\w*", "rotation", "rotations"),
    ],
}
# one pattern, a group per entry: the group that matched tells the entry (the first in the table wins)
_NOUN_RE = {lang: re.compile("(?<!\\w)(?:" + "|".join(f"({p})" for p, _, _ in rows) + ")(?!\\w)", re.I)
            for lang, rows in _NOUNS.items()}
_ADJ = {"militar": "military", "humanitaria": "humanitarian"}
_PLURAL = {"es": re.compile(r"(?:s|es)$"), "ru": re.compile(r"(?:ы|и|ов|ев|ей|ам|ям|ами|ями|ах|ях)$")}
_NUMBERS = {
    "two": r"dos|два|две|двух|двум", "three": r"tres|три|трёх|трех", "four": r"cuatro|четыре|четырёх|четырех",
    "five": r"cinco|пять|пяти", "six": r"seis|шесть|шести", "seven": r"siete|семь|семи", "eight": r"ocho|восемь|восьми",
    "nine": r"nueve|девять|девяти", "ten": r"diez|десять|десяти", "more than ten": r"более десятка|más de diez",
}
_NUMBER_RE = re.compile(
    r"(?<!\w)(?:(?P<digits>\d{1,3}(?:[.,\s]\d{3})*)|" + "|".join(f"(?P<n{i}>{p})" for i, p in enumerate(_NUMBERS.values())) + r")\s+$",
    re.I)
_JOIN = {"es": r"(?:y|e)\s+", "ru": r"(?:и|а также)\s+"}


@functools.cache
def _demonyms(language: str) -> Lexicon:
    """Country adjectives of `language` ("венесуэльск*", "venezolan*") -> the English one ("Venezuelan")."""
    return Lexicon([(d, c.demonyms["en"][0]) for c in countries().values() if c.demonyms.get("en")
                    for d in c.demonyms.get(language, ())])


def object_phrase(text: str, language: str, vessels: Sequence[str] = ()) -> str:
    """The English object a Spanish or Russian clause fragment names: a named ship, else up to two glossed
    nouns joined by "and", each with its number word and country adjective ("четыре венесуэльских катера"
    -> "four Venezuelan boats"); "" when the glossary knows none of its nouns."""
    for v in vessels:
        if v in text:
            return v
    rows = _NOUNS.get(language)
    if not rows:
        return ""
    demonyms = [(m.start, m.end, m.payload) for m in _demonyms(language).find(text)]
    found: list[tuple[int, int, str]] = []
    for hit in _NOUN_RE[language].finditer(text):
        if found and not re.fullmatch(r"\s*(?:\S+\s+){0,2}?" + _JOIN[language] + r"(?:\S+\s+){0,2}",
                                      text[found[-1][1] : hit.start()] + " "):
            break
        if any(s <= hit.start() < e for s, e, _ in demonyms):
            continue  # "военные" after a demonym is part of the people, not a noun of ours
        i = (hit.lastindex or 1) - 1
        _, sg, pl = rows[i]
        word = hit.group().split()[-1] if "помощ" not in hit.group().casefold() else hit.group()
        # a country adjective: Russian puts it before the noun (one adjective may come between), Spanish after
        before = [(s, d) for s, e, d in demonyms if language == "ru" and re.fullmatch(r"\s+(?:\w+\s+)?", text[e : hit.start()])
                  and not re.search(r"(?<!\w)(?:по|на|в|во|с|к|против|для|от|из)\s", text[e : hit.start()])]
        after = [d for s, e, d in demonyms if language == "es" and re.fullmatch(r"\s+(?:\w+\s+)?", text[hit.end() : s])
                 and not re.search(r"(?<!\w)(?:de|del|en|contra|a|al|con|por|para)\s", text[hit.end() : s])]
        adjacent = [d for _, d in before] + after
        number = _NUMBER_RE.search(text[max(0, hit.start() - 40) : before[0][0] if before else hit.start()])
        plural = bool(number) or bool(_PLURAL[language].search(word.casefold()))
        noun = (pl if plural else sg).format(_ADJ.get(hit.group().split()[-1].casefold(), ""))
        words = []
        if number:
            digits = number.group("digits")
            words.append(re.sub(r"[.\s](?=\d{3})", ",", digits) if digits
                         else next(k for i, k in enumerate(_NUMBERS) if number.group(f"n{i}")))
        if adjacent and adjacent[0].casefold() not in noun.casefold():
            words.append(adjacent[0])
        found.append((hit.start(), hit.end(), " ".join([*words, noun])))
        if len(found) == 2:
            break
    return " and ".join(dict.fromkeys(f for _, _, f in found))


def _gloss(trigger: str, category: str, lexicon_category: str, language: str, after: str = "") -> tuple[_Verb, str]:
    """The trigger's English verb (the trigger and the words after it decide: "llamó a consultas") and the
    prefix an intent adds ("threaten to")."""
    words = f"{trigger}{after}"[:60]
    verb = next((v for rx, v in _GLOSS_RE.get(language, []) if rx.match(words)), None)
    base = verb or _CATEGORY.get(lexicon_category, _CATEGORY.get(category, ATTACK))
    if category != lexicon_category and category in _INTENT:
        return base, _INTENT[category]
    if verb is None:
        base = _CATEGORY.get(category, base)
    return base, ""


def _fill(frame: str, slots: dict[str, str]) -> str | None:
    out = frame
    for key in ("OT", "TO", "T", "O", "P"):
        if "{" + key + "}" in out:
            if not slots.get(key):
                return None
            out = out.replace("{" + key + "}", slots[key])
    return out


def _conjugate(phrase: str, mode: str, plural: bool, prefix: str) -> str:
    if prefix:
        phrase = f"{prefix} {phrase}"
    if mode == "planned":
        return f"to {phrase}"
    if mode == "denied":
        return f"{'do' if plural else 'does'} not {phrase}"
    if mode == "hypothetical":
        return f"may {phrase}"
    if plural:
        return phrase
    first, _, rest = phrase.partition(" ")
    return f"{third_person(first)} {rest}".strip()


_ADDRESSEES = frozenset({"international organisations", "parties", "countries", "allies", "states", "sides"})
_SPEECH = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
_ADDRESSEE = {"ru": re.compile(r"(?<!\w)(?:к|ко)\s"), "es": re.compile(r"(?<!\w)a\s+(?=\w+(?:ar|er|ir)\b|la\s|el\s)")}


def _and(names: Sequence[str]) -> str:
    """"Putin", "Putin and Xi", "Petro, UN and US"."""
    names = list(dict.fromkeys(names))
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def english_label(
    *, subject: str | None, plural: bool, trigger: str, category: str, lexicon_category: str, language: str,
    after: str, before: str = "", targets: Sequence[str] = (), place: str | None = None, mode: str = "asserted",
    passive: bool = False, noun: bool = False, vessels: Sequence[str] = (),
) -> str:
    """The English label of a Spanish or Russian event (see the module docstring). `after` is the trigger's
    clause after it (source names and dates taken out), `before` the clause before it (a passive's patient)."""
    verb, prefix = _gloss(trigger, category, lexicon_category, language, after)
    noun = noun or noun_form(trigger, language)
    # ", что готовится ...", ", realizado el viernes contra una lancha": the object goes on past the comma
    after = re.sub(r"^\s*,\s*(?=(?:что|que|\w+(?:ado|ido|ada|ida|нный|нная|нные|вший|вшие)(?!\w)))", " ", after, flags=re.I)
    after = " ".join(trigger.split()[1:]) + " " + object_window(after, language)[0]  # "направил в регион эсминцы"
    urge = "{T} to show" in verb.frames[0] and language in _ADDRESSEE
    addressee = _ADDRESSEE[language].search(after) if urge else None
    obj = object_phrase(after[addressee.end() :] if addressee else after, language, vessels)
    if urge and not targets:  # "призвала стороны к сдержанности": whom it calls on, then what for
        whom = object_phrase(after[: addressee.start()], language) if addressee else obj
        targets = [whom] if whom in _ADDRESSEES else []
        obj = "" if whom == obj and whom in _ADDRESSEES else obj
    target = _and([t for t in targets if t])
    slots = {"O": obj, "T": target, "OT": obj or target, "TO": target or obj, "P": place or ""}
    if subject:
        body = next((f for f in (_fill(fr, slots) for fr in verb.frames) if f), verb.frames[-1])
        label = f"{subject} {_conjugate(body, mode, plural, prefix)}"
    elif passive and (object_phrase(before, language, vessels) or obj or target):
        label = f"{object_phrase(before, language, vessels) or obj or target} {verb.participle}"
    elif not noun and (object_phrase(before, language, vessels) or obj):
        # "В Вашингтоне соглашение приветствовали": a verb without a subject is an impersonal passive
        label = f"{object_phrase(before, language, vessels) or obj} {verb.participle}"
    else:
        plural_noun = bool(_PLURAL.get(language, _PLURAL["es"]).search(trigger.casefold().split()[-1]))
        label = verb.noun[1] if plural_noun else verb.noun[0]
        if category in {"ASSAULT", "COERCE"} and obj:
            label += f" on {obj}"
        elif target and category in {"AGREE", "CONSULT", "COOPERATE"}:
            label += f" with {target}"
        elif target and category in _SPEECH:
            label += f" over {target}"  # "Warning over China"
        if mode == "planned":
            label = f"Planned {label}"
    speech = category in _SPEECH and bool(subject) and not obj  # where a statement was made: not told
    if place and not speech and place.casefold() not in label.casefold():
        label += f" in {place}"
    label = re.sub(r"\s+", " ", label).strip()
    label = label[0].upper() + label[1:]
    if len(label) > MAX_LEN:
        cut = label[: MAX_LEN - 1]
        label = cut[: cut.rfind(" ")].rstrip(" ,") + "…"
    return label
