"""Event categories (PLOVER 2.0) and display domains: the EN/ES/RU trigger lexicon and the domain rules.

A trigger is a verb or event noun ("requested", "strikes", "build-up", "удары", "despliegue") that names a
development. Russian and Spanish entries are stems, so inflected forms match. Each entry carries a
headline verb used by the timeline label ("asks", "strikes", "pide", "наносит удар").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES_COOPERATIVE = frozenset({"AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "CONSULT"})
CATEGORIES_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
CATEGORIES_FORCE = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "RETREAT", "THREATEN", "AID", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int  # offsets in the sentence
    end: int
    category: str
    verbal: bool  # a verb (or verb phrase); False for an event noun ("strikes", "talks")
    headline: str  # present-tense headline verb ("asks for", "strikes")
    base: str  # base form for planned events ("to strike"); same as headline outside English


_HALT_EN = r"(?:suspend|halt|freeze|cut|sever)\b"
_NOT_TO_HALT = rf"(?!\s+(?:[\w'’-]+\s+){{0,3}}?to\s+{_HALT_EN})"
_ABSURD_EN = r"(?:absurd|baseless|groundless|unfounded|false|ridiculous|nonsense|fabricat\w*|lies?)\b"
_BLAME_EN = (r"(?:deplorable|unacceptable|provocative|a provocation|provocation|irresponsible|reckless|illegal|"
             r"illegitimate|unbearable|outrageous|hostile|aggression|aggressive|a violation|violation|destabili[sz]ing|"
             r"unjust|unfair|a betrayal|betrayal|a disaster|disastrous|shameful|a crime|criminal|war crimes?|"
             r"genocide|terrorism|an act of terror\w*|piracy|an act of piracy|barbaric|heinous|cowardly|disaster|"
             r"catastroph\w+|appalling|scandalous|a scandal|hypocritical|hypocrisy|a mistake|a grave mistake)\b")
_MOVE_EN = r"(?:leave|sail|steam|head|deploy|redeploy|move|proceed|relocate|return|reposition|patrol|station|go)\b"
_MOVE_ES = r"(?:zarpar|desplegar\w*|dirigirse|navegar|trasladar\w*|movilizar\w*|patrullar|salir|abandonar)(?!\w)"
_MOVE_RU = r"(?:выдвинуться|направиться|покинуть|развернуть\w*|перебросить|выйти|патрулировать|передислоцир\w*)(?!\w)"

# (pattern, category, verbal, headline, base). Patterns are matched case-insensitively on word boundaries.
_V, _N = True, False
EN: list[tuple[str, str, bool, str, str]] = [
    # intent to cooperate / agreements
    (r"agree[ds]?|agreeing", "AGREE", _V, "agrees", "agree"),
    (r"(?:signed|signs|sign|signing)\s+(?:\w+\s+){0,3}(?:deal|accord|agreement|treaty|pact|memorandum|contract)s?", "AGREE", _V, "signs {rest}", "sign {rest}"),
    (r"reach(?:ed|es)?\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:deal|agreement|accord|truce|ceasefire)", "AGREE", _V, "reaches", "reach"),
    # "struck a deal with Poland", "inked a security pact", "sealed an accord": an agreement, not an attack
    (r"(?:strik(?:e|es|ing)|struck|clinch(?:ed|es|ing)?|seal(?:ed|s|ing)?|ink(?:ed|s|ing)?|hammer(?:ed|s|ing)? out)\s+"
     r"(?:\w+\s+){0,3}?(?:deal|accord|agreement|treaty|pact|truce|compromise|bargain|memorandum)s?\b", "AGREE", _V,
     "reaches {rest}", "reach {rest}"),
    # "brokered a prisoner exchange between Russia and Ukraine": a mediation
    (r"broker(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:deal|accord|agreement|truce|ceasefire|exchange|swap|talks|peace)\b", "CONSULT", _V,
     "brokers {rest}", "broker {rest}"),
    (r"promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|vow(?:ed|s)? to (?:support|help|cooperate|continue)", "AGREE", _V, "promises", "promise"),
    # "Beijing had assured Bangkok that ...": an assurance given to someone is a promise
    (r"assur(?:ed|es|ing)(?= (?:\w+\s+){0,3}?(?:that|of)\b)", "AGREE", _V, "assures", "assure"),
    (r"offer(?:ed|s|ing)?|propos(?:e|ed|es|ing)", "AGREE", _V, "proposes", "propose"),
    (r"(?:is|are|was|were) (?:willing|ready|prepared) to", "AGREE", _V, "is willing to", "be willing to"),
    (r"agreement|accord|treaty|ceasefire deal|peace deal", "AGREE", _N, "agrees", "agree"),
    (r"ratif(?:y|ied|ies)|settled(?! (?:in|into|down|on|near|at|along|there|here)\b)|committed to|reached (?:an? )?understanding|accepted (?:an? |the )?(?:offer|proposal|plan|invitation)", "AGREE", _V, "agrees", "agree"),
    # consultation
    (r"(?:met|meet|meets|meeting with)(?! with (?:\w+\s+){0,2}?(?:success|failure|approval|resistance|skepticism|scepticism|praise|criticism|silence|derision|indifference|opposition|protests?|condemnation|outrage|anger|delight|enthusiasm|setbacks?|difficult(?:y|ies)|obstacles?)\b)|held (?:\w+\s+){0,2}(?:talks|meetings?|consultations|negotiations)", "CONSULT", _V, "meets", "meet"),
    (r"visit(?:ed|s|ing)?|host(?:ed|s|ing)|hosted", "CONSULT", _V, "visits", "visit"),
    (r"discuss(?:ed|es|ing)?|consult(?:ed|s|ing)?|negotiat(?:e|ed|es|ing)|spoke (?:by phone )?with|talked with|mediat(?:e|ed|es|ing)", "CONSULT", _V, "holds talks with", "hold talks with"),
    (r"(?:(?:is|are|was|were|been|be|stay(?:ed|s)?|remain(?:ed|s)?|keep(?:s)?|kept) in|got in|made|establish(?:ed|es)?) (?:close |direct |constant |regular |touch and |phone )?contacts? with|(?:is|are|was|were) in touch with", "CONSULT", _V, "is in contact with", "be in contact with"),
    (r"invit(?:e|ed|es|ing)", "CONSULT", _V, "invites", "invite"),
    (r"talks|summit|negotiations|mediation(?: effort)?|phone call|consultations", "CONSULT", _N, "holds talks", "hold talks"),
    # "flew to Paris for talks", "arrived in Hanoi": a journey, labelled as one
    (r"(?:travell?ed|flew|journeyed) to", "CONSULT", _V, "travels to", "travel to"),
    (r"arriv(?:ed|es) in", "CONSULT", _V, "arrives in", "arrive in"),
    (r"trip to", "CONSULT", _N, "travels to", "travel to"),
    (r"conven(?:e|ed|es|ing)|telephoned|received (?:the )?(?:visiting|delegation|envoy|minister|president|prime minister|foreign minister)|attend(?:ed|s)? (?:\w+\s+){0,2}(?:summit|meeting|talks|conference)|gather(?:ed)? for talks", "CONSULT", _V, "meets", "meet"),
    (r"resum(?:e|ed|es) (?:\w+\s+)?(?:talks|negotiations|dialogue|contacts)", "CONSULT", _V, "resumes talks with", "resume talks with"),
    # support
    (r"prais(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)|endors(?:e|ed|es|ing)|defend(?:ed|s|ing)?|back(?:ed|s|ing)", "SUPPORT", _V, "backs", "back"),
    (r"apologi[sz](?:e|ed|es|ing)|congratulat(?:e|ed|es|ing)|thank(?:ed|s)|recogni[sz](?:e|ed|es|ing)|support(?:ed|s|ing)?", "SUPPORT", _V, "supports", "support"),
    (r"(?:restored|upgraded|established|resumed) (?:\w+\s+){0,2}(?:ties|relations)", "SUPPORT", _V, "restores ties with", "restore ties with"),
    # "elevated ties to a strategic partnership", "deepened military cooperation"
    (r"(?:elevat(?:e|ed|es|ing)|(?:deepen|strengthen|expand|boost|broaden)(?:ed|s|ing)?) (?:\w+\s+){0,2}?(?:ties|relations|cooperation|partnership)\b", "COOPERATE", _V, "deepens ties", "deepen ties"),
    (r"(?:reaffirm|extend|offer|convey)(?:ed|s|ing)? (?:\w+\s+){0,2}?(?:support|solidarity|condolences|sympathy|sympathies|congratulations|backing)\b", "SUPPORT", _V, "backs", "back"),
    (r"express(?:ed|es)? (?:\w+\s+)?(?:support|solidarity|condolences|gratitude|sympathy)|hail(?:ed|s)|laud(?:ed|s)|commend(?:ed|s)|applaud(?:ed|s)|voted for", "SUPPORT", _V, "backs", "back"),
    # cooperation
    (r"cooperat(?:e|ed|es|ing)|collaborat(?:e|ed|es|ing)|coordinat(?:e|ed|es|ing)|shar(?:e|ed|es|ing) (?:intelligence|expertise|information|technology)", "COOPERATE", _V, "coordinates", "coordinate"),
    # "created a confederation known as the Alliance of Sahel States", "formed a joint task force"
    (r"(?:creat|form|found|establish|launch)(?:ed|s|ing)? (?:a |an |the )?(?:[\w-]+\s+){0,2}?(?:confederation|alliance|"
     r"coalition|federation|joint (?:force|command|task force|patrols?)|security pact|defen[cs]e pact)\b", "COOPERATE", _V,
     "forms {rest}", "form {rest}"),
    (r"join(?:ed|s)? forces|work(?:ed|s|ing)? (?:together|closely) with|partner(?:ed|s)? with|team(?:ed)? up|extradit(?:e|ed|es)|exchang(?:e|ed|es) (?:intelligence|information)", "COOPERATE", _V, "works with", "work with"),
    # aid
    (r"(?:sent|send|sends|provid(?:e|ed|es|ing)|gave|give|gives|shipped|hand(?:s|ed|ing)? over|transferred|deliver(?:ed|s|ing)?)\s+(?:(?!letters?|messages?|request\w*|ask\w*|call\w*|appeal\w*)[\w$][\w,.$-]*\s+){0,6}(?:aid|assistance|grants?|weapons|arms|ammunition|medicine|food|supplies|equipment|missiles|loans?|funds|relief|drones|tanks|air defen[cs]e|fuel|vaccines|munitions|shells|rockets|artillery)", "AID", _V, "sends {rest}", "send {rest}"),
    (r"grant(?:ed|s)? (?:\w+\s+)?asylum", "AID", _V, "grants asylum", "grant asylum"),
    (r"(?<!carrying )(?<!carry )(?<!deliver )suppl(?:y|ied|ies|ying)(?!\s+(?:boats?|ships?|vessels?|runs?|missions?|lines?|chains?|routes?|convoys?)\b)|donat(?:e|ed|es|ing)|(?:humanitarian|military) aid", "AID", _V, "supplies", "supply"),
    (r"allocat(?:e|ed|es)|loan(?:ed|s)?|financ(?:e|ed|es)|fund(?:ed|s)|evacuat(?:e|ed|es)|rescu(?:e|ed|es)|shelter(?:ed|s)?", "AID", _V, "aids", "aid"),
    # retreat / concede
    (r"withdr(?:ew|awn|aw|aws|awing)|pull(?:ed|s|ing)? out|pull(?:ed|s)? back|retreat(?:ed|s|ing)?|demobili[sz](?:e|ed|es)|disarm(?:ed|s)?", "RETREAT", _V, "withdraws", "withdraw"),
    (r"releas(?:e|ed|es|ing)|fre(?:ed|es)|eas(?:e|ed|es|ing)|lift(?:ed|s|ing)?|cancel(?:l?ed|s)|allow(?:ed|s)? (?:\w+\s+){0,3}access|resign(?:ed|s)?|approv(?:e|ed|es)|conced(?:e|ed|es)|ced(?:e|ed|es|ing)(?= (?:\w+\s+){0,3}(?:sovereignty|control|territory|land|islands?|region|power|ground|authority))|accept(?:ed|s)(?!\s+(?:\w+\s+){0,3}?(?:prizes?|awards?|medals?|honou?rs?|degrees?|on (?:\w+\s+)?behalf)\b)", "CONCEDE", _V, "concedes", "concede"),
    (r"withdrawals?|pull-?outs?", "RETREAT", _N, "withdraws", "withdraw"),
    (r"lift(?:ed|s)? (?:the )?siege|surrender(?:ed|s)?|laid down (?:their |its )?arms|disband(?:ed|s)?|scal(?:ed|es) back|reduc(?:ed|es) (?:its |their )?(?:troops|forces)|truce|ceasefire|cease-fire", "RETREAT", _V, "withdraws", "withdraw"),
    (r"pardon(?:ed|s)?|amnesty|relax(?:ed|es)|(?<!their )(?<!its )(?<!the )(?<!of )(?<!his )(?<!her )(?<!our )(?<!a )permit(?:ted|s)|yield(?:ed|s)|backed down|admit(?:ted|s)|acknowledg(?:e|ed|es)|stepped down|reinstat(?:e|ed|es)|restor(?:e|ed|es)", "CONCEDE", _V, "concedes", "concede"),
    (r"(?:re)?open(?:ed|s)? (?:\w+\s+){0,2}(?:borders?|embassy|airspace|ports?|crossings?)|granted (?:\w+\s+)?(?:access|permission|amnesty|independence)|called off", "CONCEDE", _V, "concedes", "concede"),
    # an order to move forces is a deployment, not a request: "was ordered to leave the Mediterranean",
    # "ordered the militia to deploy", "instructed the fleet to sail to" (before the REQUEST "ordered")
    (rf"(?:order|direct|instruct|command)(?:ed|s)?(?=\s+(?:[\w.'’-]+\s+){{0,8}}?to\s+{_MOVE_EN})", "MOBILIZE", _V, "orders", "order"),
    # "ordered his security forces to suspend intelligence sharing": the order is the cut, not a deployment
    (rf"(?:order|direct|instruct)(?:ed|s)?(?=\s+(?:[\w.'’-]+\s+){{0,8}}?to\s+{_HALT_EN})", "SANCTION", _V, "orders", "order"),
    # "called the accusations absurd": a rebuttal, not an accusation
    (rf"call(?:ed|s|ing)?\s+(?:[\"“'‘]?[\w'’-]+\s+){{1,5}}?[\"“'‘]?{_ABSURD_EN}", "REJECT", _V, "rejects", "reject"),
    # "described the statement as provocative", "called the subsidies 'unbearable'", "branded the strike a war crime"
    (rf"(?:call(?:ed|s|ing)?|describ(?:e|ed|es|ing)|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|term(?:ed|s)?)\s+(?:[\"“'‘]?[\w'’-]+\s+){{1,6}}?(?:as\s+)?(?:an?\s+)?[\"“'‘]?{_BLAME_EN}",
     "ACCUSE", _V, "condemns", "condemn"),
    # "resumed cooperation with Kyiv", "resume military aid to": taken up again
    (r"resum(?:e|ed|es|ing) (?:\w+\s+){0,2}(?:aid|assistance|deliveries|shipments)", "AID", _V, "resumes {rest}", "resume {rest}"),
    (r"resum(?:e|ed|es|ing) (?:\w+\s+){0,2}(?:cooperation|intelligence sharing|joint patrols)", "COOPERATE", _V, "resumes {rest}", "resume {rest}"),
    # requests
    (r"appeal(?:ed|s)? to(?= (?:[\w'’-]+\s+){1,5}?to\s)", "REQUEST", _V, "appeals to", "appeal to"),  # "appealed to X to ..."
    (r"request(?:ed|s|ing)?|ask(?:ed|s|ing)?(?: for)?(?! (?:whether|if|about|how|what|why|who|when|where)\b)|seek(?:s|ing)?|sought|appeal(?:ed|s)? (?:to|for)", "REQUEST", _V, "asks for", "ask for"),
    (r"demand(?:ed|s|ing)?|urg(?:e|ed|es|ing)|call(?:ed|s|ing)?(?: (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))? (?:for|on)|press(?:ed|es)? for|insist(?:ed|s)?", "REQUEST", _V, "calls for", "call for"),
    (r"said (?:\w+\s+){1,12}(?:must|should)", "REQUEST", _V, "demands", "demand"),
    (r"ordered", "REQUEST", _V, "orders", "order"),
    (r"advocat(?:e|ed|es|ing) for", "REQUEST", _V, "calls for", "call for"),
    (r"request|demands|appeal", "REQUEST", _N, "asks for", "ask for"),
    # "encouraged both sides to resume talks": an appeal to someone to act
    (r"encourag(?:e|ed|es|ing)(?= (?:[\w'’-]+\s+){1,6}?to\s)", "REQUEST", _V, "urges", "urge"),
    (r"pleaded|plead(?:s|ing)?|lobbi(?:ed|es)|recommend(?:ed|s)|(?:concluded|stated|declared|insisted|argued|announced) (?:\w+\s+){1,12}must", "REQUEST", _V, "calls for", "call for"),
    # accusations, investigations
    (r"accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|charg(?:e|ed|es|ing)|(?<!against )(?<!the )(?<!an )(?<!of )(?<!its )(?<!their )(?<!and )alleg(?:e|ed|es)", "ACCUSE", _V, "accuses", "accuse"),
    (r"critici[sz](?:e|ed|es|ing)|condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|complain(?:ed|s|ing)?|lodged (?:\w+\s+){0,2}protest|summon(?:ed|s)?|rebuk(?:e|ed|es)|decr(?:y|ied|ies)|blast(?:ed|s)|lambast(?:ed|s)?|castigat(?:e|ed|es)", "ACCUSE", _V, "condemns", "condemn"),
    (r"investigat(?:e|ed|es|ing|ions?)|inspect(?:ed|s|ors)?|probe[sd]?|fact-finding|monitor(?:ed|s)?", "ACCUSE", _V, "investigates", "investigate"),
    (r"(?:diplomatic|formal|official|written) protests?|note verbale|notes verbales|protest notes?", "ACCUSE", _N, "protests", "protest"),
    (r"condemnations?|denunciations?", "ACCUSE", _N, "condemns", "condemn"),
    # "expressed grave concern over the launches", "shared concerns over China's arsenal": a reproach
    (r"(?:express(?:ed|es|ing)?|voic(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|shar(?:e|ed|es|ing)|reiterat(?:e|ed|es|ing))\s+"
     r"(?:[\w-]+\s+){0,2}?concerns?\s+(?:over|about|at|regarding)", "ACCUSE", _V, "voices concern over", "voice concern over"),
    (r"deplor(?:e|ed|es)|slam(?:med|s)|lash(?:ed)? out|object(?:ed|s) to|disput(?:e|ed|es)|su(?:ed|es|ing)|filed (?:[\w-]+\s+){0,4}(?:lawsuits?|complaints?|suits?|cases?|charges|petitions?)\b|t(?:ook|akes?|aking|aken) (?:[\w'’-]+\s+){1,4}to court|indict(?:ed|s)?|audit(?:ed|s)?", "ACCUSE", _V, "accuses", "accuse"),
    # rejections
    (r"reject(?:ed|s|ing)?|refus(?:e|ed|es|ing)|declin(?:e|ed|es) to|den(?:y|ied|ies)|veto(?:ed|es)?|ruled out|dismiss(?:ed|es)|oppos(?:e|ed|es|ing)", "REJECT", _V, "rejects", "reject"),
    (r"(?:will|would) not (?:succumb|bow|cave|give in|yield)", "REJECT", _V, "refuses to bow", "refuse to bow"),
    (r"(?:will|would) not (?:accept|allow|agree)|failed to (?:reach|agree)|(?:is|was|are|were|remains?) (?:\w+\s+)?out of the question|reneg(?:e|ed|es|ing) on|backtrack(?:ed|s)? on|went back on", "REJECT", _V, "rejects", "reject"),
    (r"spurn(?:ed|s)|turn(?:ed|s)? down|resist(?:ed|s)|defi(?:ed|es)|ignor(?:e|ed|es)|block(?:ed|s)? (?:\w+\s+){0,2}(?:resolution|bill|proposal|plan|deal)", "REJECT", _V, "rejects", "reject"),
    # threats
    # "gave the airlines 48 hours to resume flights or lose their permits": a deadline is an ultimatum
    (r"(?:gave|given|give|gives|giving)(?=\s+(?:[\w.'’-]+\s+){0,5}?(?:\d+|a|one|two|three|four|five|six|seven|ten|twenty-four|forty-eight|seventy-two)[\s-]+(?:hours?|days?|weeks?)\s+to\b)", "THREATEN", _V, "gives", "give"),
    # "would defend itself": resolve to fight, not support of another
    (r"defend(?:ed|s|ing)?\s+(?:itself|themselves|ourselves|(?:its|their|our|the) (?:country|nation|homeland|sovereignty|territory|borders?|motherland|fatherland))", "THREATEN", _V, "vows to defend {rest}", "defend {rest}"),
    (r"fir(?:e|ed|es|ing) (?:\w+\s+)?warning shots", "THREATEN", _V, "fires warning shots", "fire warning shots"),
    # "Seoul would resolutely respond", "vowed to respond firmly": a warning of a response, not one made
    (r"(?:(?<=would )|(?<=will )|(?<='ll ))(?:(?:resolutely|firmly|strongly|decisively|forcefully|swiftly) respond\b|"
     r"respond (?:resolutely|firmly|strongly|decisively|forcefully|swiftly|in kind|accordingly|with force)\b)",
     "THREATEN", _V, "warns of a response", "warn of a response"),
    (r"threat(?:en|ened|ens|ening)|warn(?:ed|s|ing)?|ultimatum|vow(?:ed|s)? to (?:fight|retaliate|respond|destroy)|sworn to|swore to", "THREATEN", _V, "threatens", "threaten"),
    # protest
    (r"protest(?:ed|s|ing|ers)?|demonstrat(?:e|ed|ion|ions|ors)|rall(?:y|ied|ies)|march(?:ed|es)|boycott(?:ed|s)?|hunger strike|general strike|sit-in|petition|riot(?:ed|s|ing)?|blocked (?:roads|streets|highways)", "PROTEST", _V, "protests", "protest"),
    (r"picket(?:ed|s)?|walk(?:ed)? out|collect(?:ed|ing)? signatures|strik(?:e|es|ing) workers|went on strike|staged (?:\w+\s+){0,2}(?:protest|rally|march|strike)", "PROTEST", _V, "protests", "protest"),
    # sanctions
    (r"expel(?:led|s)? (?:\w+\s+){0,3}(?:diplomats?|ambassadors?|envoys?|attach[eé]s?)", "SANCTION", _V, "expels {rest}", "expel {rest}"),
    (r"sanction(?:ed|s|ing)?|embargo(?:ed)?|tariffs?|recall(?:ed|s)? (?:its |their |his |her |the )?(?:ambassador|envoy)", "SANCTION", _V, "sanctions", "sanction"),
    (r"(?:cut|broke|severed|suspend(?:ed|s)?|froze|freez(?:e|es|ing))\s+(?:\w+\s+){0,4}(?:ties|relations|aid|assets|program|talks|cooperation|intelligence|sharing)", "SANCTION", _V, "cuts {rest}", "cut {rest}"),
    (r"withdr(?:ew|awn|aw|aws|awing) (?:\w+\s+){0,2}(?:peacekeep\w*|inspectors|aid|funding|ambassador|envoy|workers)", "SANCTION", _V, "withdraws {rest}", "withdraw {rest}"),
    (r"designat(?:e|ed|es|ing) (?:\w+\s+){0,6}(?:as )?(?:an? )?(?:foreign )?terrorist", "SANCTION", _V, "designates {rest}", "designate {rest}"),
    (r"shipped out|ban(?:ned|s)? (?:\w+\s+)?(?:imports|exports)", "SANCTION", _V, "sanctions", "sanction"),
    (r"downgrad(?:e|ed|es) (?:\w+\s+){0,2}(?:ties|relations)|halt(?:ed|s)? (?:\w+\s+){0,2}(?:aid|imports|exports|trade|shipments|deliveries)|blacklist(?:ed|s)?|impos(?:e|ed|es) (?:\w+\s+){0,2}(?:sanctions|tariffs|restrictions|a ban|an embargo)|withh(?:eld|old|olds)", "SANCTION", _V, "sanctions", "sanction"),
    (r"suspend(?:ed|s)?|halt(?:ed|s)? (?:\w+\s+){0,2}(?:cooperation|relations|ties|flights|funding)", "SANCTION", _V, "suspends", "suspend"),
    # force posture
    (r"call(?:ed|s|ing)? up (?:[\w,.-]+\s+){0,3}?(?:reservists|troops|conscripts|soldiers|recruits|reserves)", "MOBILIZE", _V,
     "calls up {rest}", "call up {rest}"),
    (r"mobili[sz](?:e|ed|es|ing)|deploy(?:ed|s|ing)?|deployment|massed|mass(?:ing)? (?:troops|forces)|reinforc(?:e|ed|es|ing)|reinforcements", "MOBILIZE", _V, "deploys", "deploy"),
    (r"(?:sent|send|sends|sending|dispatch(?:ed|es|ing)?|mov(?:ed|es|ing)|position(?:ed|ing)|order(?:ed|s)?)\s+(?:[\w,.-]+\s+){0,4}(?:troops|forces|warships?|ships|destroyers?|frigates?|submarines?|carriers?|fleet|jets|bombers|aircraft|soldiers|marines|vessels)" + _NOT_TO_HALT, "MOBILIZE", _V, "sends {rest}", "send {rest}"),
    (r"(?:increas|boost|expand|build|built|bolster|strengthen|ramp)(?:ed|ing|s|e)?(?: up)? (?:\w+\s+){0,2}(?:military |naval )?presence", "MOBILIZE", _V, "builds up forces", "build up forces"),
    (r"(?:(?:military |naval |maritime |air |live-fire |large-scale |four-way |three-way )+exercise|"
     r"(?:military |naval |maritime |air |live-fire |large-scale |four-way |three-way )*(?:exercises|drills|manoeuvres|"
     r"maneuvers|war games))(?!\s+(?:area|zone)s?\b)", "MOBILIZE", _N, "holds {rest}", "hold {rest}"),
    (r"build-?up|buildup|built up|port call|patrol(?:led|s|ling)?(?!\s+(?:ships?|boats?|vessels?|aircraft|planes?|craft|cars?)\b)|transit(?:ed|s|ing)?|sail(?:ed|s)? (?:through|into|to)|docked|put (?:\w+\s+){0,2}on (?:high )?alert|prepar(?:ed|es|ing) to (?:attack|resume|launch|invade)", "MOBILIZE", _V, "deploys", "deploy"),
    # "a spy plane violated Japan's airspace", "ships intruded into territorial waters": a force crossing a line
    (r"(?:violat(?:e|ed|es|ing)|intrud(?:e|ed|es|ing)(?: into)?|enter(?:ed|s|ing)?|breach(?:ed|es|ing)?|incursions? into|"
     r"intrusions? into)(?= (?:[\w'’-]+\s+){0,3}?(?:airspace|air space|territorial waters|contiguous zone|"
     r"exclusive economic zone|maritime (?:border|boundary))\b)", "MOBILIZE", _V, "violates", "violate"),
    # an air defence identification zone is no airspace: entered, not violated
    (r"(?:enter(?:ed|s|ing)?|flew into|fly into)(?= (?:[\w'’-]+\s+){0,3}?(?:air defen[cs]e identification zone|adiz)\b)",
     "MOBILIZE", _V, "enters", "enter"),
    # "a bomber attack demonstration", "a show of force": a display of force, not a protest
    (r"(?:(?:bomber|attack|strike|military|force|firepower|capabilit(?:y|ies)|air ?power|naval|missile)\s+){1,3}demonstrations?", "MOBILIZE", _N, "stages a show of force", "stage a show of force"),
    # "held a joint drill", "joint patrols": forces working together
    (r"joint (?:(?:naval|military|air|maritime|coast guard|live-fire|search-and-rescue|\w+-\w+)\s+)?(?:drills?|exercises?|patrols?|manoeuvres|maneuvers|sails?|sailings?|operations?|training)", "COOPERATE", _N, "holds joint drills", "hold joint drills"),
    (r"escort(?:ed|s|ing)", "MOBILIZE", _V, "escorts", "escort"),
    (r"test-fir(?:e|ed|es|ing)", "MOBILIZE", _V, "test-fires", "test-fire"),
    (r"test(?:ed|s)? (?:an? |its )?(?:\w+\s+)?missiles?|(?:missile|weapons?) tests?|test launch(?:es)?|training launch(?:es)?",
     "MOBILIZE", _V, "tests {rest}", "test {rest}"),
    (r"(?:high|full|combat) alert|show of force", "MOBILIZE", _V, "deploys", "deploy"),
    # coercion
    (r"board(?:ed|ing|s)?(?= (?:an? |the |its |their |\w+-flagged )?(?:[\w-]+ ){0,3}(?:tankers?|vessels?|ships?|boats?|freighters?|carriers?|yachts?|dhows?|trawlers?|tugs?|barges?|crafts?|skiffs?|m/v|mv)\b)|board(?:ed|ing)\b(?! (?:of|members?|meetings?)\b| (?:an? |the |his |her |their |its )?(?:[\w-]+ )?(?:planes?|flights?|trains?|bus(?:es)?|aircraft|jets?|helicopters?|airliners?)\b)", "COERCE", _V, "boards", "board"),
    (r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|seiz(?:e|ed|es|ing)|seizure|kidnap(?:ped|s)?|abduct(?:ed|s)?|took (?:\w+\s+)?hostage|taken hostage|(?:took|seized|taken|tak(?:e|es|ing)) control of(?= (?:an? |the |its |their )?(?:[\w-]+ ){0,3}(?:tankers?|vessels?|ships?|boats?|freighters?|crafts?)\b)", "COERCE", _V, "seizes", "seize"),
    (r"blew up|sabotag(?:e|ed)|confiscat(?:e|ed|es)|crack(?:ed)? down|crackdown|blockad(?:e|ed|es|ing)|intercept(?:ed|s)?|clos(?:e|ed|es) (?:\w+\s+){0,2}(?:borders?|airspace|ports?|strait|embassy)|shut down|imposed (?:a )?(?:curfew|martial law|state of emergency)|ban(?:ned|s)?|expel(?:led|s)?|deport(?:ed|s)?|jail(?:ed|s)?|sentenc(?:e|ed|es)", "COERCE", _V, "cracks down on", "crack down on"),
    (r"outlaw(?:ed|s)?|censor(?:ed|s)?|besieg(?:e|ed|es)|hijack(?:ed|s)?|imprison(?:ed|s)?|evict(?:ed|s)?|demolish(?:ed|es)?|nationali[sz](?:e|ed|es)|dispers(?:e|ed|es)|tear gas|cyberattacks?|hack(?:ed|s|ing)?(?: into)?|(?:prevent(?:ed|s)?|broke up|break up|banned) (?:\w+\s+){0,2}(?:demonstrations?|protests?|rall(?:y|ies)|march(?:es)?|gatherings?)", "COERCE", _V, "cracks down on", "crack down on"),
    # "has been in custody since February", "remains in detention": held by the state
    (r"(?:in|into|back in) (?:police |military |pretrial |pre-trial |state )?(?:custody|detention)|behind bars", "COERCE", _V, "detains", "detain"),
    # "announced the activation of a standby force"
    (r"(?:activation|mobili[sz]ation)(?= of (?:\w+\s+){0,3}?(?:force|forces|troops|reservists|reserves|units?|brigades?|battalions?)\b)", "MOBILIZE", _V, "activates", "activate"),
    # "militants took over a train", "seized control of the airport": a place or a vehicle taken by force
    (r"t(?:ook|ake|akes|aking|aken) over(?= (?:an? |the |its |their |\w+ )?(?:[\w-]+ ){0,3}(?:city|town|village|trains?|ships?|vessels?|tankers?|bases?|airports?|ports?|buildings?|embassy|parliament|stations?|compound|hospitals?|camps?|prisons?|buses|bus|planes?|aircraft|oil ?fields?|checkpoints?|headquarters|barracks)\b)", "COERCE", _V, "takes over", "take over"),
    # "claimed to be holding 200 hostages", "held the crew captive"
    (r"h(?:old|olds|olding|eld) (?:\w+\s+){0,6}?(?:hostages?|captives?)|h(?:old|olds|olding|eld) (?:\w+\s+){0,4}captive", "COERCE", _V, "holds hostages", "hold hostages"),
    # "it could retaliate with tariffs": a threat of reprisal
    (r"(?:(?<=could )|(?<=would )|(?<=might )|(?<=will ))retaliate|vow(?:ed|s)? (?:to )?(?:retaliation|reprisals?)", "THREATEN", _V, "threatens to retaliate", "threaten to retaliate"),
    # assault
    # "used tear gas against protesters", "used drones against the rebels"
    (r"us(?:e|ed|es|ing) (?:[\w-]+\s+){0,3}?(?:force|weapons?|missiles?|drones?|tear gas|water cannons?|rockets?|artillery|"
     r"shells|munitions|live ammunition|rubber bullets|chemical weapons) against",
     "ASSAULT", _V, "uses {rest}", "use {rest}"),
    (r"attack(?:ed|s|ing)?|strikes?|struck|airstrikes?|air strikes?|bomb(?:ed|s|ing|ings)?|shell(?:ed|ing)|fir(?:e|ed|es|ing) (?:on|at|missiles|rockets|shots)|opened fire|launch(?:ed|es)? (?:\w+\s+){0,2}(?:missiles?|rockets?|drones?|attacks?|offensive|strikes?)", "ASSAULT", _V, "strikes", "strike"),
    (r"downed(?= (?:an? |the |its |their |\d+ |two |three |several |\w+ )?(?:[\w-]+ ){0,2}(?:drones?|jets?|aircraft|planes?|helicopters?|missiles?|fighters?|bombers?)\b)", "ASSAULT", _V, "shoots down", "shoot down"),
    (r"exchang(?:e|ed|es|ing) (?:heavy |sporadic |small-arms |artillery |rocket |machine-gun )?(?:fire|gunfire|shots|shelling)", "ASSAULT", _V, "strikes", "strike"),
    # "launched an assault on the base", "assaulted the convoy" (not an assault rifle, an assault ship)
    (r"assault(?:ed|s|ing)?(?!\s+(?:rifles?|weapons?|vehicles?|ships?|boats?|craft|helicopters?|troops|forces|units?|charges?|course))", "ASSAULT", _V, "attacks", "attack"),
    (r"kill(?:ed|s|ing)?|clash(?:ed|es)?|fight(?:ing|s)?|fought|battl(?:e|ed|es)|invad(?:e|ed|es)|invasion|raid(?:ed|s)?|ambush(?:ed)?|shot (?:down|dead)|captur(?:e|ed|es)|tortur(?:e|ed|es)|massacre[ds]?|sank|sunk|shelling|offensive|gunbattle|wound(?:ed|s|ing)|injur(?:e|ed|es|ing)|storm(?:ed|s)|assassinat(?:e|ed|es)|execut(?:e|ed|es)|behead(?:ed|s)?|explod(?:e|ed|es)|detonat(?:e|ed|es)|blasts?|bombings?|car bombs?|mortars?|rockets? (?:fire|attacks?)|grenades?|loot(?:ed|s)|burn(?:ed|t) down|gunmen|massacred|ethnic cleansing|genocide|ramm(?:ed|ing)|beat(?:s|en|ing)? up|beaten|beatings?|overr(?:an|un)|(?:took|seized|taken) control|occupied", "ASSAULT", _V, "attacks", "attack"),
]

ES: list[tuple[str, str, bool, str, str]] = [
    (r"acord\w*|acuerdo\w*|firm(?:ó|aron|a|an) (?:\w+\s+){0,2}(?:acuerdo|tratado|pacto|convenio)\w*|promet\w*|ofrec\w*|ofreci\w*|propus\w*|propon\w*", "AGREE", _V, "acuerda", "acordar"),
    (r"(?:se )?reun(?:ió|ieron|e|en|irá|irán|ión|iones)|visit\w*|convers\w*|dialog\w*|negoci\w*|cumbre|conversaciones", "CONSULT", _V, "se reúne con", "reunirse con"),
    (r"apoy\w*|respald\w*|elogi\w*|felicit\w*|defendi\w*", "SUPPORT", _V, "respalda", "respaldar"),
    (r"cooper\w*|coordin\w*|colabor\w*", "COOPERATE", _V, "coordina", "coordinar"),
    (r"suministr\w*|don(?:ó|aron)|entreg\w*|ayuda (?:humanitaria|militar)", "AID", _V, "suministra", "suministrar"),
    (r"retir\w*|repleg\w*", "RETREAT", _V, "retira", "retirar"),
    (r"liber(?:ó|aron|ar|a)|levant(?:ó|aron) (?:\w+\s+)?sanciones|cedi\w*|dimiti\w*", "CONCEDE", _V, "libera", "liberar"),
    (r"solicit\w*|pid(?:ió|ieron|e|en)|pedid\w*|ped(?:ir|ía)|exig\w*|reclam\w*|inst(?:ó|a) a|llam(?:ó|a|aron) a", "REQUEST", _V, "pide", "pedir"),
    (r"protesta diplomática|protestas diplomáticas|nota (?:de protesta|verbal)", "ACCUSE", _N, "protesta", "protestar"),
    (r"acus\w*|critic\w*|conden\w*|denunci\w*|investig\w*", "ACCUSE", _V, "acusa", "acusar"),
    (r"rechaz\w*|(?:se )?neg(?:ó|aron) a|vet(?:ó|aron)", "REJECT", _V, "rechaza", "rechazar"),
    (r"amenaz\w*|advirti\w*|advierte\w*|ultimátum", "THREATEN", _V, "amenaza", "amenazar"),
    (r"protest\w*|manifest(?:ación|aciones|antes|aron)|march(?:a|aron)|huelga", "PROTEST", _V, "protesta", "protestar"),
    # "llamó a consultas a su embajador", "suspender los acuerdos": diplomatic / economic cuts
    (r"llam(?:ó|aron|a|an) a consultas (?:a )?(?:su |sus |al )?(?:\w+\s+){0,2}?embajador\w*|retir(?:ó|aron|a|an) (?:a )?(?:su |sus |al )?embajador\w*|suspend\w*|suspensión|congel(?:ó|aron|ar) (?:\w+\s+){0,3}(?:relaciones|acuerdos|cooperación)", "SANCTION", _V, "suspende", "suspender"),
    # "calificó de absurdas las acusaciones"
    (r"(?:calific\w*|tach\w*) (?:\w+\s+){0,4}?de (?:absurd|infundad|fals|ridícul)\w*", "REJECT", _V, "rechaza", "rechazar"),
    (r"sancion\w*|embargo|arancel\w*|expuls(?:ó|aron) (?:\w+\s+){0,3}diplomátic\w*|rompi\w* relaciones|design(?:ó|a|aron) (?:\w+\s+){0,6}terrorista", "SANCTION", _V, "sanciona", "sancionar"),
    (rf"orden(?:ó|aron|a|an)(?=\s+(?:\w+\s+){{0,6}}?{_MOVE_ES})", "MOBILIZE", _V, "ordena", "ordenar"),
    (r"despleg\w*|despliegue\w*|desplieg\w*|moviliz\w*|envi(?:ó|aron|a|ando) (?:\w+\s+){0,3}(?:buques|barcos|tropas|destructores|portaaviones|fuerzas|aviones|submarino)|ejercicios|maniobras|presencia militar|reforz\w*", "MOBILIZE", _V, "despliega", "desplegar"),
    (r"detuv\w*|deten(?:ción|ido|idos)|arrest\w*|incaut\w*|captur(?:ó|aron)|secuestr\w*|bloque(?:ó|aron|o)|abord\w*|intercept\w*|retuv\w*|expuls(?:ó|aron|ado|ados)", "COERCE", _V, "detiene", "detener"),
    (r"atac\w*|ataques?|bombarde\w*|mat(?:ó|aron)|dispar\w*|ofensiva|invad\w*|invasión|golpe(?:s)? contra", "ASSAULT", _V, "ataca", "atacar"),
]

RU: list[tuple[str, str, bool, str, str]] = [
    (r"договори\w*|договорённост\w*|договоренност\w*|соглашени\w*|согласи\w*|подписа\w*|пообеща\w*|обеща\w*|предложи\w*|предлага\w*", "AGREE", _V, "договаривается", "договориться"),
    (r"встрети\w*|встреча\w*|встреч[аеиуы]\w*|переговор\w*|визит\w*|посети\w*|посеща\w*|обсуди\w*|обсужда\w*|консультаци\w*|саммит\w*", "CONSULT", _V, "встречается с", "встретиться с"),
    (r"поддерж\w*|приветств\w*|одобри\w*|похвали\w*", "SUPPORT", _V, "поддерживает", "поддержать"),
    (r"сотруднич\w*|координир\w*|скоординир\w*|взаимодейств\w*", "COOPERATE", _V, "координирует", "координировать"),
    (r"постав(?:ил|или|ит|ят|ки|ка|ку|ок|ляет|ляют|лять|ить)\w*|помощ\w*|переда(?:л|ли|ст|ть)\w*", "AID", _V, "поставляет", "поставить"),
    (r"вывел\w*|вывод\w*|отвел\w*|отвёл\w*|отступ\w*|отозва\w*", "RETREAT", _V, "выводит", "вывести"),
    (r"освободи\w*|освобожд\w*|смягчи\w*|уступ\w*|отменил\w*", "CONCEDE", _V, "уступает", "уступить"),
    (r"попроси\w*|проси\w*|просьб\w*|запрос\w*|запроси\w*|потребова\w*|требова\w*|требу\w*|призва\w*|призыва\w*|обрати\w*", "REQUEST", _V, "просит", "попросить"),
    (r"нот[аыуе] протеста|дипломатическ\w* протест\w*|(?:направи|вырази|выраз)\w* (?:\w+\s+){0,2}?протест(?:ы|ов)?(?!\w)|заяви\w* протест(?!\w)", "ACCUSE", _N, "заявляет протест", "заявить протест"),
    (r"вызва\w* (?:\w+\s+){0,3}?(?:посл|поверенн|дипломат)\w*|обвини\w*|обвиня\w*|осуди\w*|осужда\w*|раскритикова\w*|критику\w*|расследова\w*", "ACCUSE", _V, "обвиняет", "обвинить"),
    (r"отклони\w*|отверг\w*|отказа\w*|отказыва\w*|отрица\w*", "REJECT", _V, "отвергает", "отвергнуть"),
    (r"пригрози\w*|угрожа\w*|угроз\w*|предупреди\w*|ультиматум\w*", "THREATEN", _V, "угрожает", "пригрозить"),
    (r"протест\w*|митинг\w*|демонстраци\w*|манифестаци\w*|забастов\w*", "PROTEST", _V, "протестует", "протестовать"),
    (r"отозва\w* (?:\w+\s+){0,2}?посл(?:а|ов)\b|приостанови\w*|приостанавлива\w*|заморози\w*", "SANCTION", _V, "приостанавливает", "приостановить"),
    # "назвали абсурдными попытки обвинить": a rebuttal, not an accusation
    (r"назва\w* (?:\w+\s+){0,3}?(?:абсурдн|безосновательн|необоснованн|ложн|надуманн|голословн|нелеп)\w*", "REJECT", _V, "отвергает", "отвергнуть"),
    (r"санкци\w*|эмбарго|выслал\w*|высыла\w*|пошлин\w*|признал\w* террорист\w*", "SANCTION", _V, "вводит санкции против", "ввести санкции против"),
    (rf"(?:приказа|распорядил)\w*(?=\s+(?:\w+\s+){{0,6}}?{_MOVE_RU})", "MOBILIZE", _V, "приказывает", "приказать"),
    (r"разверну\w*|разверт\w*|развёрт\w*|мобилизова\w*|мобилизаци\w*|наращива\w*|нарасти\w*|учени[йяе]\w*|перебро\w*|стяну\w*|направи\w* (?:\w+\s+){0,3}(?:корабл|флот|войск|эсминц|авианос|подлод|подводн|самол)\w*|присутстви\w*", "MOBILIZE", _V, "наращивает силы", "нарастить силы"),
    (r"задержа\w*|задерж[аи]\w*|арестова\w*|захвати\w*|захват\w*|конфиск\w*|блокир\w*|блокад\w*|похити\w*", "COERCE", _V, "задерживает", "задержать"),
    # "нарушил воздушное пространство", "вошли в территориальные воды": a force crossing a line
    (r"(?:наруши\w*|вторг\w*|вош(?:ел|ёл|ла|ли)|зашл?\w*)(?= (?:в )?(?:\w+\s+){0,2}?(?:воздушн\w* пространств|"
     r"территориальн\w* вод|государственн\w* границ|исключительн\w* экономическ)\w*)", "MOBILIZE", _V, "нарушает",
     "нарушить"),
    (r"примени\w* водом[её]т\w*|водом[её]т\w*", "ASSAULT", _V, "применяет водомёты против", "применить водомёты против"),
    (r"откры\w* огонь|запусти\w*(?= (?:\w+\s+){0,2}?(?:ракет|беспилотник|дрон)\w*)|удар\w*|атак\w*|напа(?:л\w*|дени\w*|дут|дает|дают)|атакова\w*|обстрел\w*|бомбард(?!ировщик)\w*|бомбил\w*|нанес\w* удар\w*|нанёс\w* удар\w*|уничтожи\w*|убил\w*|убит\w*|сбил\w*|вторг\w*|вторжени\w*", "ASSAULT", _V, "наносит удар по", "нанести удар по"),
]

_LEXICONS = {"en": EN, "es": ES, "ru": RU}
_Entry = tuple[re.Pattern[str], str, bool, str, str]
_COMPILED: dict[tuple[str, bool], tuple[re.Pattern[str], list[_Entry]]] = {}


def _compiled(language: str, fold: bool) -> tuple[re.Pattern[str], list[_Entry]]:
    """One combined pattern to find where triggers start, and the entries to try at those positions.
    With `fold` the patterns run case-sensitively on lower-cased text (several times faster)."""
    lang = language if language in _LEXICONS else "en"
    if (lang, fold) not in _COMPILED:
        flags = 0 if fold else re.IGNORECASE
        entries = [
            (re.compile(rf"(?:{pat})(?!\w)", flags), cat, verbal, head, base)
            for pat, cat, verbal, head, base in _LEXICONS[lang]
        ]
        combined = re.compile("(?<!\\w)(?:" + "|".join(f"(?:{e[0]})" for e in _LEXICONS[lang]) + ")(?!\\w)", flags)
        _COMPILED[(lang, fold)] = (combined, entries)
    return _COMPILED[(lang, fold)]


_NOT_MILITARY_STRIKE = re.compile(r"(hunger|general|labou?r|workers'?)\s+$", re.IGNORECASE)


def find_triggers(sentence: str, language: str = "en") -> list[Trigger]:
    """Non-overlapping triggers in text order; where two start together the longer one wins."""
    lowered = sentence.lower()
    fold = len(lowered) == len(sentence)  # offsets stay valid (true for nearly all text)
    combined, entries = _compiled(language, fold)
    subject = lowered if fold else sentence
    out: list[Trigger] = []
    for hit in combined.finditer(subject):
        pos = hit.start()
        if out and pos < out[-1].end:
            continue
        best: Trigger | None = None
        for pattern, category, verbal, headline, base in entries:
            m = pattern.match(subject, pos)
            if not m or (best is not None and m.end() <= best.end):
                continue
            if category == "ASSAULT" and _NOT_MILITARY_STRIKE.search(sentence[:pos]):
                continue
            text = sentence[m.start() : m.end()]
            head, bse = headline, base
            if "{rest}" in headline:
                rest = " ".join(w for w in text.split()[1:] if w.casefold() not in {"the", "a", "an", "its", "their"}) or text
                head, bse = headline.replace("{rest}", rest).strip(), base.replace("{rest}", rest).strip()
            best = Trigger(text, m.start(), m.end(), category, verbal, head, bse)
        if best is not None:
            out.append(best)
    return out


# Domain cues. Naval: "Ships, fleets, ports, straits, boats at sea, coast guards, carriers and submarines".
NAVAL = re.compile(
    r"\b(ships?|warships?|fleets?|nav(?:y|al)|ports?|harbou?rs?|straits?|boats?|vessels?|coast ?guards?|"
    r"carriers?|submarines?|destroyers?|frigates?|cruisers?|corvettes?|tankers?|maritime|sailors|at sea|"
    r"off the coast|waters|seas?|gulf|strait|"
    r"корабл\w*|флот\w*|судам|судами|судах|судов|побережь\w*|берегов|военно-морск\w*|порт\w*|пролив\w*|лодк\w*|судн\w*|суда|авианос\w*|подлод\w*|"
    r"подводн\w*|эсминц\w*|фрегат\w*|береговой охран\w*|морск\w*|катер\w*|танкер\w*|сухогруз\w*|"
    r"buques?|barcos?|flota|armada|naval\w*|puertos?|estrecho|lanchas?|embarcaci\w*|portaaviones|"
    r"submarinos?|destructores?|fragatas?|guardacostas|marítim\w*|petroleros?|pesqueros?|semisumergibles?)\b",
    re.IGNORECASE,
)
AIR = re.compile(
    r"\b(air ?strikes?|aircraft|jets?|fighter|bombers?|drones?|airspace|helicopters?|air force|missiles?|sorties|"
    r"overflights?|[BF]-\d+\w*|"
    r"самол[её]т\w*|истребител\w*|беспилот\w*|дрон\w*|вертол[её]т\w*|ракет\w*|ввс|"
    r"aviones|cazas|drones|helicópteros?|misiles?|espacio aéreo|fuerza aérea|aére[oa]s?|bombarder\w*)\b",
    re.IGNORECASE,
)
LAND = re.compile(
    r"\b(troops|soldiers|tanks?|borders?|ground forces|army|artillery|infantry|militia\w*|guerrill\w*|"
    # targets on land: "strikes on military facilities in Venezuela", "ataques contra instalaciones"
    r"facilit(?:y|ies)|installations?|sites?|bases?|camps?|compounds?|airfields?|airports?|territory|on land|"
    r"inland|ground targets?|land targets?|"
    r"войск\w*|солдат\w*|танк\w*|границ\w*|армия|армии|артиллери\w*|объект\w*|баз[аеуы]\w*|территори\w*|"
    r"на суше|наземн\w*|лагер\w*|"
    r"tropas|soldados|tanques|frontera|ejército|instalaci\w*|campamentos?|territorio|en tierra|"
    r"terrestres?)\b",
    re.IGNORECASE,
)
LEGAL = re.compile(
    r"\b(court|judge|tribunal|indict\w*|lawsuit|sued|charged|ruling|extradit\w*|prosecut\w*|"
    r"суд\w*|прокурор\w*|обвинени\w*|tribunal|juez|fiscal\w*|demanda judicial)\b",
    re.IGNORECASE,
)
ECONOMIC = re.compile(
    r"\b(tariffs?|trade|embargo|oil|exports?|imports?|economic|financial|assets|loans?|investment|banks?|"
    r"пошлин\w*|торгов\w*|нефт\w*|экспорт\w*|импорт\w*|экономическ\w*|финансов\w*|"
    r"aranceles|comercio|petróleo|exportaciones|importaciones|económic\w*|financier\w*)\b",
    re.IGNORECASE,
)
_DIPLOMATIC = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def domain_of(category: str, clause: str, place_kind: str | None = None) -> str:
    """Display domain of an event from its category, the words of its clause and the kind of its place."""
    if category in CATEGORIES_FORCE or category == "SANCTION" and not ECONOMIC.search(clause):
        if NAVAL.search(clause) or place_kind in {"sea", "strait", "gulf", "ocean", "port"}:
            return "naval"
        if AIR.search(clause):
            return "air"
        if LAND.search(clause):
            return "land"
    if LEGAL.search(clause) and category in {"ACCUSE", "COERCE", "SANCTION", "REQUEST", "CONCEDE"}:
        return "legal"
    if category == "SANCTION" or (category in {"AID", "AGREE", "COOPERATE"} and ECONOMIC.search(clause)):
        return "economic"
    if category in _DIPLOMATIC or category in {"COOPERATE", "AID", "RETREAT"}:
        return "diplomatic"
    return "other"


def adjust_for_intent(category: str, before: str, language: str = "en") -> str:
    """Announced intent changes the category: a pledge to cooperate is AGREE, a pledge to harm THREATEN.

    `before` is the clause text preceding the trigger ("said it will", "would", "threatened to")."""
    tail = before[-40:].casefold()
    conditional = bool(re.search(r"\b(unless|if not|или же|если не|a menos que)\b", before.casefold()))
    intent = bool(
        re.search(
            r"\b(will|would|shall|'ll|willing to|ready to|prepared to|promised to|pledged to|offered to|vowed to|"
            r"intends? to|threatened to|будет|будут|намерен\w*|готов\w*|пообещал\w*|grozil|amenazó con|"
            r"dispuest\w* a|prometió|se comprometió a|va a|van a)\b",
            tail,
        )
    )
    if conditional and category in CATEGORIES_HOSTILE | {"RETREAT", "MOBILIZE"}:
        return "THREATEN"
    if intent and category in CATEGORIES_HOSTILE:
        return "THREATEN"
    if intent and category in CATEGORIES_COOPERATIVE:
        return "AGREE"
    return category


# "reclamar" a territory is a claim of sovereignty, not a demand: "un atolón que ambos países reclaman",
# "China reclama la soberanía del bajo", "lo reclama como propio"
_TERRITORY_BEFORE = re.compile(r"(?:atolón|atolones|islas?|islotes?|bajos?|arrecifes?|territorios?|aguas|archipiélagos?"
                               r"|península|región|zona)\s*,?\s+(?:que|cuya\s+soberanía)\s+(?:\w+\s+){0,3}$", re.I)
_TERRITORY_AFTER = re.compile(r"\s+(?:(?:la|su)\s+soberanía|(?:\w+\s+){0,3}como\s+(?:suy|propi)[oa]s?)\b", re.I)


def territorial_claim(text: str, t: Trigger, language: str) -> bool:
    """A Spanish "reclamar" whose object is a territory: a sovereignty claim, no request (no event)."""
    return (language == "es" and t.text.casefold().startswith("reclam")
            and bool(_TERRITORY_BEFORE.search(text, 0, t.start) or _TERRITORY_AFTER.match(text, t.end)))
