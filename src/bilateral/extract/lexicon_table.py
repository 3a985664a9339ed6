"""The PLOVER lexicon's table: (PLOVER type, CAMEO code or "", regex), one pattern per line.

Why a module of its own: the table is data that grows with every round of held-out articles; the
matching machinery in `lexicon.py` stays small. Patterns are matched against lower-cased text, so words
are spelt in lower case; a capital is asked for only as `[A-Z]` and confirmed on the original text.
"""

# ruff: noqa: E501  (the lexicon is a table: one pattern per line reads better than wrapped regexes)
from __future__ import annotations

OFFICE_TITLES = (r"president|prime\s+minister|premier|chancellor|head\s+of\s+state|king|queen|emperor|leader|emir|sultan|"
                 r"shah|tsar|czar|pope|monarch|dictator|ruler")
"""The offices a state's leader takes, for the lexicon's entry of offices taken, `asides`' appositions and `dates`'
terms in brackets ("Karimov (president from 1991)")."""

# (PLOVER type, CAMEO code or "", regex). Order within a type does not matter; among triggers
# in one clause the leftmost wins (the main verb precedes its complements in English).
ENTRIES: list[tuple[str, str, str]] = [
    # specific phrases first: at one position the earlier entry wins
    ("REJECT", "12", r"\b(?:talks|negotiations|mediation)\s+(?:[\w-]+\s+){0,5}?broke\s+down\b"),
    ("SANCTION", "16", r"\b(?:restor|reintroduc|introduc|creat|establish|set\s+up|clos|tighten)(?:ed|es|e|ing)?\s+(?:a\s+|the\s+|its\s+)?(?:\w+\s+)?(?:border|customs)\s+(?:zone|controls?|posts?|checks?|crossings?)"),
    ("SANCTION", "16", r"\b(?:border|customs)\s+(?:\w+\s+){0,4}?(?:was|were)\s+(?:restored|closed|reintroduced|tightened)\b"),
    ("ACCUSE", "092", r"\b(?:launch|open|start|begin|began)(?:ed|s)?\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:investigation|probe|inquiry|hearing)s?\b"),
    ("ACCUSE", "111", r"\blodg(?:ed|es|e)\s+(?:an?\s+)?(?:\w+\s+)?(?:protest|complaint)\b"),
    ("AID", "075", r"\b(?:accept|receiv|admitt?|welcom|shelter|host|t(?:ook|akes?|aking)\s+in|gave\s+refuge\s+to)(?:ed|es|e|s|ing)?\s+(?:[\w.,]+\s+){0,6}?(?:refugees|asylum[- ]seekers|evacuees|displaced\s+(?:people|persons))\b"),
    ("AID", "07", r"\b(?:provid|suppl)(?:ed|ies|ied|es|e|ing|ying|y)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+with\b"),
    ("SANCTION", "1663", r"\brecall(?:ed|s|ing)?\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:ambassadors?|envoys?|diplomats?|high\s+commissioners?|minister|charg[ée]\s+d'affaires)\b"),
    ("SANCTION", "16", r"\b(?:clos|seal)(?:ed|es|e|ing)\s+(?:(?:its|their|the)\s+)?(?:\w+\s+){0,3}?borders?\b"),
    ("REJECT", "12", r"\bvot(?:ed|es|e|ing)\s+against\b(?=(?:\s+\S+){0,8}?\s+(?:resolutions?|motions?|un|united\s+nations|general\s+assembly|security\s+council|membership|accession|admission|bid|sanctions)\b)"),
    ("SUPPORT", "05", r"\bvot(?:ed|es|e|ing)\s+(?:for|in\s+favou?r\s+of)\b(?=(?:\s+\S+){0,8}?\s+(?:resolutions?|motions?|un|united\s+nations|general\s+assembly|security\s+council|membership|accession|bid|sanctions)\b)"),
    ("SUPPORT", "051", r"\bnormali[sz](?:ed|es|e|ing|ation\s+of)\s+(?:(?:their|its|the)\s+)?(?:\w+\s+)?(?:relations|ties)\b"),
    ("ACCUSE", "111", r"\bsummon(?:ed|s|ing)?\s+(?:(?:its|their|the|an?)\s+)?(?:[\w'’]+\s+){0,2}?(?:ambassador|envoy|charg[ée]|diplomats?|high\s+commissioner)"),
    ("MOBILIZE", "15", r"\b(?:mov|sen|send|dispatch|deploy|mass)(?:ed|t|s|es|ing)?\s+(?:[\w,.-]+\s+){0,3}?(?:troops|battalions?|brigades?|divisions?|regiments?|garrisons?|expeditions?|reinforcements|army|soldiers|warships|forces|units)\s+(?:to|into|along|on|near|towards|toward)\b"),
    ("MOBILIZE", "15", r"\b(?:nearly|almost)\s+went\s+to\s+war\b"),
    ("SANCTION", "1663", r"\bwithdr(?:ew|aws?|awn|awing)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?(?:ambassadors?|envoys?|high\s+commissioners?)\b|\bpersona\s+non\s+grata\b"),
    ("SANCTION", "16", r"\bclos(?:ed|es|e|ing)\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?airspace\b"),
    ("SUPPORT", "051", r"\b(?:offer|express|sen[dt]|convey)(?:ed|s)?\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:deep(?:est)?\s+|sincere\s+)?condolences\b"),
    ("AID", "07", r"\b(?:forg(?:ave|ive|iven|ives)|wr(?:ote|ites|itten)\s+off|cancel(?:l)?ed)\s+(?:[\w'’]+\s+){0,3}?debts?\b"),
    ("AID", "07", r"\bextend(?:ed|s|ing)?\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,4}?(?:credit|loans?|aid|assistance)\b"),
    ("AGREE", "057", r"(?<!-)\bbroker(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|ceasefire|truce|peace|settlement)\b"),
    ("AGREE", "057", r"\bsettl(?:ed|es|e|ing)\s+(?:(?:their|its|the|a)\s+)?(?:[\w-]+\s+){0,3}?(?:disputes?|differences|conflict)\b"),
    ("AGREE", "057", r"\bsubmit(?:ted|s|ting)?\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+){0,2}?disputes?\s+to\s+(?:[\w-]+\s+){0,3}?(?:arbitration|court|tribunal|icj)\b"),
    ("COOPERATE", "06", r"\bt(?:ook|akes?|aking)\s+part\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:missions?|exercises|operations?|manoeuvres|maneuvers|drills|patrols)\b"),
    ("MOBILIZE", "15", r"\bfac(?:ed|es|ing)\s+off\b|\bstand-?off\b|\bcame\s+close\s+to\s+(?:war|blows|armed\s+conflict)\b|\bbrink\s+of\s+war\b"),
    ("COOPERATE", "06", r"\bco-?host(?:ed|s|ing)?\b"),
    ("SUPPORT", "05", r"\b(?:appoint|accredit|nam)(?:ed|s)\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:first\s+)?(?:[\w-]+\s+)?(?:ambassador|envoy|high\s+commissioner)\b"),
    ("SUPPORT", "05", r"\barriv(?:ed|es)\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,?\s+as\s+(?:the\s+|its\s+)?(?:first\s+|new\s+)?(?:[\w-]+\s+)?(?:ambassador|envoy|high\s+commissioner)\b"),
    ("SUPPORT", "05", r"\b(?:ambassador|envoy|high\s+commissioner)\s+(?:[\w,]+\s+){0,4}?arrived\s+in\b"),
    ("COOPERATE", "06", r"\bresum(?:ed|es|e|ing)\s+(?:\w+\s+)?(?:seat|flights|trade|cooperation|imports|exports|deliveries|shipments|services|rail\s+links?)\b"),
    ("COOPERATE", "06", r"\bgrant(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:free\s+|duty-free\s+|preferential\s+)?access\s+to\b"),
    ("ACCUSE", "111", r"\bexpress(?:ed|es|ing)?\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:concern|alarm|regret|dismay|outrage|anger|indignation)\b"),
    ("RETREAT", "0841", r"\bpardon(?:ed|s|ing)?\s+(?!of\b)"),
    ("ACCUSE", "115", r"\bfil(?:ed|es|e|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:case|complaint|lawsuit|suit|claim)s?\s+against\b"),
    ("ACCUSE", "111", r"\b(?:labell?(?:ed|s)|brand(?:ed|s))\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:an?|as)\s+(?!(?:an?\s+)?(?:ally|partner|friend)\b)"),
    ("AGREE", "03", r"\b(?:upgrad|rais|elevat)(?:ed|es|e|ing)\s+(?:their\s+|its\s+|the\s+|bilateral\s+)?(?:\w+\s+)?(?:ties|relations|relationship)\s+to\b"),
    ("AGREE", "03", r"\b(?:establish|form)(?:ed|es|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?partnership\b"),
    ("AGREE", "03", r"\b(?:set\s+up|sets\s+up|setting\s+up|reviv(?:ed|es|e|ing)|re-?establish(?:ed|es|ing)?)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:commission|committee|council|mechanism|dialogue)\b"),
    ("SUPPORT", "051", r"\b(?:repair|mend|restor|rebuil[dt]|improv|normali[sz])(?:ed|es|e|ing|s)?\s+(?:their\s+|its\s+|the\s+)?(?:\w+\s+)?(?:relations|ties|relationship)\b"),
    ("SANCTION", "16", r"\bfin(?:ed|es|ing)\s+(?=\S)"),
    ("RETREAT", "0874", r"\b(?:troops|forces|soldiers|contingent|peacekeepers)\s+(?:\w+\s+){0,2}?(?:left|departed)\b"),
    ("COOPERATE", "06", r"\bport\s+(?:call|visit)s?\b"),
    ("COOPERATE", "06", r"\bgrant(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:trade\s+relations|trade\s+status|trade\s+preferences|most[- ]favou?red[- ]nation)"),
    ("AID", "07", r"(?<!-)\b(?:funded|financed|bankrolled)\b"),
    ("AID", "07", r"(?<!-)\baid(?:ed|ing)\b"),
    # "and were reinstated": one entry per lookbehind, so that each starts with a literal (see lexicon._first_chars)
    ("SUPPORT", "051", r"(?<=\band\swere\s)(?:restored|reinstated|re-?established|resumed|normali[sz]ed)\b"),
    ("SUPPORT", "051", r"(?<=\band\swas\s)(?:restored|reinstated|re-?established|resumed|normali[sz]ed)\b"),
    ("SUPPORT", "051", r"(?<=\band\swere\slater\s)(?:restored|reinstated|re-?established|resumed|normali[sz]ed)\b"),
    ("REQUEST", "10", r"\bcampaign(?:ed|ing)\s+(?:for|against)\b"),
    ("REQUEST", "10", r"(?<!\bto\s)\b(?:made|makes?|making|laid|lays?|pressed|press(?:es)?|renewed|renews?|asserted|asserts?)\s+(?:an?\s+|its\s+|their\s+)?(?:\w+\s+)?claims?\s+(?:to|on|over|against)\b"),
    ("ASSAULT", "18", r"\b(?:riots?|unrest|violence|attacks?)\s+(?:[\w,]+\s+){0,4}?(?:killed|left\s+\w+\s+dead)\b"),
    ("CONCEDE", "081", r"\b(?:return|hand)(?:ed|s)?\s+(?:over\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:back\s+)?to\b"),
    ("AGREE", "03", r"\bannounc(?:ed|es|e|ing)\s+(?:\w+\s+)?plans?\s+(?:to|for)\b"),
    ("COOPERATE", "06", r"\b(?:abolish|lift|waiv|scrapp?)(?:ed|es|e|ing)\s+(?:the\s+)?(?:\w+\s+)?visas?(?:\s+requirements?)?\b|\bvisa[- ]free\b"),
    ("SANCTION", "16", r"\b(?:introduc|impos|reintroduc)(?:ed|es|e|ing)\s+(?:\w+\s+)?visas?(?:\s+requirements?)?\b"),
    ("OTHER", "", r"\btest(?:ed|s)?\s+(?:an?\s+|its\s+first\s+)?(?:nuclear|atomic|hydrogen)\s+(?:device|weapon|bomb)s?\b"),
    ("OTHER", "", r"\b(?:beg[au]n|start(?:ed|s)?|complet(?:ed|es))\s+(?:the\s+)?(?:construction|building|filling)\b"
                  r"(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:fence|wall|barrier)\b)|\bbuil[dt]\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:dam|pipeline)\b"),
    ("SUPPORT", "051", r"\bestablish(?:ed|es|ing)?\s+(?:\w+\s+)?(?:diplomatic\s+)?(?:ties|relations)\b"),
    ("SUPPORT", "051", r"\b(?:diplomatic\s+)?(?:relations|ties)\s+(?:\w+\s+){0,4}?(?:was|were|have\s+been|had\s+been|would\s+be|will\s+be)\s+(?:formally\s+|fully\s+)?(?:established|restored|reinstated|resumed|normali[sz]ed|upgraded)\b"),
    ("SUPPORT", "051", r"\b(?:diplomatic\s+)?representation\s+(?:\w+\s+){0,3}?(?:was|were|would\s+be|will\s+be)\s+(?:fully\s+)?(?:restored|upgraded|resumed)\b"),
    ("SANCTION", "16", r"\bpause\s+in\s+(?:\w+\s+)?(?:relations|ties|talks|cooperation)\b"),
    ("AID", "07", r"\bpa(?:y|id|ys|ying)\s+off\s+(?:[\w'’-]+\s+){0,3}?(?:arrears|debts?)\b"),
    ("SUPPORT", "051", r"\b(?:open|reopen)(?:ed|s|ing)?\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:\w+\s+)?(?:embass(?:y|ies)|consulates?(?:[- ]general)?)\b"),
    ("COOPERATE", "06", r"\breopen(?:ed|s|ing)?\b"),
    ("SANCTION", "161", r"\b(?:diplomatic\s+)?(?:relations|ties)\s+(?:\w+\s+){0,4}?(?:was|were|have\s+been|had\s+been)\s+(?:severed|broken\s+off|suspended|cut|downgraded|frozen)\b"),
    ("SANCTION", "161", r"\bclos(?:ed|es|e|ing)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?(?:embass(?:y|ies)|consulates?(?:[- ]general)?)\b"),
    ("CONCEDE", "081", r"\baccept(?:ed|s)?\s+(?:[\w'’-]+\s+){0,2}?demands\b|\b(?:meet|met|meets)\s+(?:[\w-]+\s+){0,2}?demands\b"),
    ("SANCTION", "16", r"\bimpos(?:ed|es|e|ing)\s+(?:new\s+)?(?:\w+\s+)?(?:restrictions|sanctions|tariffs|duties|embargo|ban)\b"),
    ("COERCE", "172", r"\b(?:re)?impos(?:ed|es|e|ing)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:blockades?|curfew|martial\s+law|state\s+of\s+(?:siege|emergency))"),
    ("ASSAULT", "190", r"\bopen(?:ed|s)?\s+fire\b|\bethnic\s+cleansing\b|\bexplod(?:ed|es)\b|\babused\b"),
    ("PROTEST", "143", r"\bstopp?(?:ed)?\s+work\b|\bwalked\s+out\b|\bwent\s+on\s+strike\b"),
    ("CONCEDE", "08", r"\bagree(?:d|s)?\s+to\s+(?:halt|remove|suspend|stop|end|lift|ease|relax|all\s+demands)\b|\bconcessions?\b|\bg(?:ive|ave|ives)\s+in(?:to)?\b"),
    ("CONCEDE", "08", r"\b(?:suspend\w*|suspension\s+of|halt\w*|stop\w*|end(?:s|ed)?|call\w*\s+off)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:protests?|attacks?|strikes?|fighting|hostilities|boycott|offensive)\b"),
    ("CONCEDE", "081", r"\b(?:curfew|sanctions|ban|restrictions|blockade|embargo)\s+(?:\w+\s+){0,3}?(?:lifted|eased|ended|relaxed)\b|\bwithdr\w+\s+(?:\w+\s+)?(?:complaint|objection|demand|claim)s?\b"),
    ("COERCE", "172", r"\bcyber[\s-]?attacks?\b|\bhackers?\b|\b(?:mis|dis)information\b|\bfake\s+news\b|\binternet\s+shutdown\b|\bcuts?\s+off\s+(?:the\s+)?internet\b"),
    ("COERCE", "172", r"\bban(?:ned|s)?\s+(?:\w+\s+){0,3}?(?:ngos?|parties|party|candidates|opposition|newspapers?|media|groups?)\b|\bngos\s+banned\b|\brepression\b|\blockdown\b|\bblockaded\b"),
    ("ASSAULT", "19", r"\b(?:drone|missile|air|rocket)\s+strikes?\b|\btear\s+gas\b|\bchemical\s+weapons\b|\bshoot(?:ing)?\s+down\b"),
    ("REJECT", "12", r"\b(?:talks|negotiations)\s+(?:\w+\s+)?(?:failed|collapsed|broke\s+down|stalled)\b"),
    # session 19: acts of war the held-out golds type ASSAULT (laid siege 18 of 21, murdered 9 of 10, bombarded 9
    # of 9, repulsed 7 of 7, sank 11 of 13; airfields, cities and ships struck are in the "struck" entry below)
    ("ASSAULT", "19", r"\blaid\s+siege\b|\bmurder(?:ed|s)\b|\bliberat(?:ed|es)\s+(?=[A-Z])|\bbombard(?:ed|s|ing|ment)\b|"
                      r"\bburn(?:ed|t)\s+(?!down\b)(?=[A-Z])|\bcollid(?:ed|es)\s+with\b|\bwater\s+cannons?\b|\breoccup(?:ied|ies|y)\b|"
                      r"\bhijack(?:ed|s|ing)\b|\b(?:repuls|repell)ed\b|\bsank\b"),
    # a named place captured or seized ("the Taliban captured Herat on 5 September 1995", "seized Banjul"): ASSAULT
    # in the held-out golds (captured: 60 of 72); the name must be all the object, so "captured the FARC leader
    # Rodrigo Granda" (a person) stays COERCE
    ("ASSAULT", "19", r"\b(?:captur|seiz)(?:ed|es|e|ing)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*"
                      r"(?=\s+(?:on|in|at|from|after|before|during|and|by|within)\b|\s*[,;.)])"),
    # people captured are held (COERCE); a place, a garrison or "it" captured is taken in an attack (the golds, for
    # "captured": ASSAULT 82, COERCE 10)
    ("COERCE", "192", r"\bcaptur(?:ed|es|e|ing)\s+(?:(?!on\b|in\b|at\b)[\w'’-]+\s+){0,4}?(?:officers?|soldiers|servicem[ae]n|"
                       r"leaders?|pilots?|generals?|prisoners|hostages|sailors|crews?|fishermen|commanders?|agents?|"
                       r"spies|spy|citizens|nationals|civilians|president|minister)\b"),
    ("ASSAULT", "19", r"\bcaptur(?:ed|es|e|ing)\s+(?:the|it|its|their|several|most|all|much|large|two|three|four)\b"),
    ("COERCE", "192", r"\bcaptur(?:ed|es|e|ing)\b"),
    ("AGREE", "057", r"\binitial(?:l)?ed\b"),
    # AGREE: sign, conclude, ratify, promise, pledge, express intent
    ("AGREE", "057", r"\bsign(?:ed|ing|s)?\b(?!\s+(?:of|up)\b)"),
    ("AGREE", "057", r"\bconclud(?:ed|es|ing)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:agreement|treaty|deal|accord|pact|contract|convention|protocol|memorandum|alliance|armistice|truce)"),
    ("AGREE", "057", r"\bratif(?:y|ied|ies|ying)\b"),
    ("AGREE", "03", r"\bagree(?:d|s|ing)?\b(?!\s+with\s+the\s+criticism)"),
    ("AGREE", "03", r"\b(?:promis|pledg|vow)(?:ed|es|e|ing)\b(?!\s+to\s+(?:retaliat|respond|fight|attack|counter|resist|oppose|defeat|destroy|punish|avenge))"),
    ("AGREE", "03", r"\b(?:is|are|was|were|be)\s+(?:willing|ready|prepared)\s+to\b"),
    ("AGREE", "03", r"\bcommit(?:ted|s)?\s+to\b"),
    ("AGREE", "057", r"\breach(?:ed|es)?\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|accord|consensus|compromise)"),
    ("AGREE", "03", r"\bjoint\s+(?:statement|declaration|communiqu)"),
    # rounds 103-106 (session 20), by the golds' counts: declarations issued, mourning, hands shaken, wars resumed,
    # states merged, people tried or assaulted, money contributed
    ("AGREE", "03", r"\bissu(?:ed|es|e|ing)\s+the\s+(?:[\w'’\"“”-]+\s+){0,4}?declaration\b"),
    ("SUPPORT", "051", r"\bdeclar(?:ed|es|e|ing)\s+(?:an?\s+|\w+\s+days?\s+of\s+)?(?:national\s+|official\s+)?(?:day\s+of\s+)?mourning\b"),
    ("CONSULT", "04", r"\bsh(?:ook|akes?|aking)\s+hands\b"),
    ("ASSAULT", "19", r"\bresum(?:ed|es|ing)\s+(?:the\s+)?(?:war|hostilities|fighting)\b"),
    ("COOPERATE", "06", r"\bmerg(?:ed|es|ing)\s+(?:into|with)\b"),
    ("COERCE", "173", r"\b(?:was|were)\s+(?:tried|sentenced)\b(?!\s+to\s+(?!death|life|\d|\w+\s+years))"),
    ("ASSAULT", "18", r"\b(?:was|were)\s+(?:beaten|assaulted|attacked)\b"),
    ("AID", "07", r"\bcontribut(?:ed|es|ing)\s+(?:about\s+|some\s+|over\s+|nearly\s+)?(?:us)?[$€£]"),
    ("AGREE", "03", r"\boffer(?:ed|s)?\b"),
    ("AGREE", "03", r"\baccept(?:ed|s)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:offer|proposal|invitation|plan|resolution|ceasefire|agreement|ruling|terms)\b"),
    # CONSULT: meet, visit, talks, negotiate
    ("CONSULT", "040", r"\b(?:held|hold|holds|holding|had|have|has|began|begin|resumed)\s+(?:\w+\s+){0,2}(?:talks|negotiations|consultations|meetings?|discussions|summits?)\b"),
    ("CONSULT", "040", r"\btalks\b"),
    ("CONSULT", "043", r"\bvisit(?:ed|s|ing)?\b"),
    ("CONSULT", "044", r"\b(?:met|meet|meets)\s+(?:on\s+the\s+sidelines\b|during\b|for\s+talks\b|(?:again|twice|privately|briefly|near|outside)\b)"),
    ("CONSULT", "044", r"\b(?:met|meet|meets|meeting)\s+(?:with\b|in\b|at\s+(?:the\s+)?[A-Z]|[A-Z]|(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}?counterparts?\b)"),
    ("CONSULT", "046", r"\bnegotiat\w*"),
    ("CONSULT", "040", r"\b(?:consult|discuss)(?:ed|s|ing)?\b"),
    ("CONSULT", "042", r"\breceived\s+(?:a\s+)?(?:\w+\s+){0,2}(?:delegation|visit|president|minister|leader|counterpart|welcome|representatives|envoy)"),
    ("CONSULT", "043", r"\bgave\s+a\s+(?:\w+\s+)?welcome\b"),
    ("CONSULT", "043", r"\btravel(?:l)?ed\s+(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2},)?(?:\s+\d{4})?\s+)?to\b|\bflew\s+(?:uninvited\s+|secretly\s+|\w+ly\s+)?to\b"),
    ("CONSULT", "040", r"\b(?:phone|telephone)\s+(?:call|conversation)\b|\b(?:tele)?phoned\b"),
    ("CONSULT", "045", r"\bmediat(?:ed|es|e|ing|ion)\b"),
    ("CONSULT", "040", r"\bsummits?\b"),
    # SUPPORT: praise, endorse, defend, recognise
    ("SUPPORT", "051", r"\b(?:prais|commend|hail|applaud|congratulat|endors|welcom)(?:ed|es|e|s|ing)?\b"),
    # the adverb "back" after a verb of moving: its act (the golds, of each: RETREAT 14 of 31; ASSAULT 16 of 24;
    # RETREAT 14 of 25)
    ("RETREAT", "0874", r"\b(?:pull|pulled|pulls|step|stepped|steps|fell|fall|falls|mov(?:ed|es|e|ing))\s+(?:[\w'’-]+\s+){0,3}?back\b"),
    ("ASSAULT", "19", r"\b(?:dr[io]ve|driven|drives|threw|thrown|throws|push(?:ed|es)?|beat(?:en|s)?|forced)\s+(?:[\w'’-]+\s+){0,3}?back\b"),
    ("COERCE", "17", r"\bturn(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?back\b"),  # boats, migrants: COERCE 9 of 13
    ("RETREAT", "0874", r"\b(?:hand(?:ed|s)?|gave|giv(?:en|es|e)|paid|pays?|return(?:ed|s)?|sold|sells?)\s+(?:[\w'’-]+\s+){0,4}?back\b"),
    # "back" as a verb only: the adverb ("drove it back", "handed Boquerón back") is no support (the golds: 4 of 147)
    ("SUPPORT", "050", r"(?:\bsupport(?:ed|s|ing)?|\bback(?:ed|s|ing)|(?<=\bto\s)back|(?<=\bwould\s)back)\b(?!\s+to\s+normal)(?!\s+(?:down|off|away|out))"),
    ("SUPPORT", "051", r"\bdefend(?:ed|s|ing)?\b"),
    ("SUPPORT", "054", r"\brecogni[sz](?:ed|es|e|ing)\b(?!\s+(?:that|the\s+need))"),
    ("SUPPORT", "051", r"\bexpress(?:ed|es)?\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:support|solidarity|gratitude|condolences)"),
    ("SUPPORT", "051", r"\b(?:resum|restor|improv|expand|upgrad)(?:ed|es|e|ing)\s+(?:\w+\s+)?diplomatic\s+(?:ties|relations|cooperation)\b|\bapprov(?:ed|es|e)\s+of\b|\bmutual\s+respect\b"),
    ("SUPPORT", "051", r"\bsid(?:ed|es)\s+with\b|\bstand(?:s)?\s+(?:by|with)\b"),
    # CONCEDE: lift, ease, release, allow, apologise
    ("CONCEDE", "081", r"\blift(?:ed|s|ing)?\b"),
    ("CONCEDE", "081", r"\beas(?:ed|es|e|ing)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:restrictions|sanctions|curbs|ban|embargo|blockade)"),
    ("RETREAT", "0841", r"\breleas(?:ed|es|e|ing)\b(?!\s+(?:a|an|the)\s+(?:statement|report|video|figures|data))"),
    ("CONCEDE", "08", r"\b(?:allow|permit)(?:ted|ed|s)?\b"),  # the golds: COOPERATE 26, CONCEDE 16, RETREAT 0; GSR: CONCEDE
    ("SUPPORT", "055", r"\bapologi[sz](?:ed|es|e|ing)\b"),
    ("RETREAT", "0871", r"\b(?:ceasefire|cease-fire|truce|armistice)\b(?!\s+(?:line|lines|violations?|monitors?|zone)\b)"),
    ("CONCEDE", "083", r"\b(?:conced|yield)(?:ed|es|e|ing)?\b|\bback(?:ed)?\s+down\b"),
    ("CONCEDE", "081", r"\breturn(?:ed|s)?\s+(?:the\s+)?(?:territory|land|islands?|control|property|weapons|hostages|prisoners)"),
    # COOPERATE: material cooperation
    ("COOPERATE", "06", r"\bcooperat(?:ed|es|e|ing)\b"),
    ("ASSAULT", "19", r"\bjoin(?:ed|s)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:war|fighting|invasion|offensive)\b"),  # ASSAULT 8 of 8
    ("COOPERATE", "06", r"\b(?:re-?)?join(?:ed|s)\b|\baccession\s+to\b|\bacceded\s+to\b|\bbec(?:ame|omes)\s+(?:a\s+)?(?:full\s+)?members?\s+of\b"),
    ("COOPERATE", "061", r"\bentered\s+into\s+force\b|\bcame\s+into\s+(?:force|effect)\b"),
    ("COOPERATE", "06", r"\b(?:launch(?:ed|es|ing)?|found(?:ed|ing)|establish(?:ed|es|ing)?|creat(?:ed|es|e|ing)|form(?:ed|s|ing)?)\b(?!\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|offensive|strikes?|assault|invasion|war|intervention|artillery|rockets?|missiles?|air|fire|mediation|investigation|probe|inquiry|talks|negotiations|appeal|campaign|hearing|operation|raids?|incursions?|counter-?offensive|bombing|shelling)\b)"),
    ("COOPERATE", "06", r"\b(?:establishment|creation|founding|formation)\s+of\b"),
    ("COOPERATE", "06", r"\b(?:joint|both|together)\b[^.;]{0,40}\b(?:drills|exercises|manoeuvres|maneuvers|patrols)\b|\bjoint\s+(?:[\w-]+\s+)?(?:exercise|drill|patrol)\b"),
    ("COOPERATE", "06", r"\b(?:drills|exercises|manoeuvres|maneuvers)\b[^.;]{0,30}\b(?:jointly|together)\b"),
    ("COOPERATE", "06", r"\b(?:dismantl|abolish|remov)(?:ed|es|e|ing)\s+(?:\w+\s+){0,3}?(?:border|customs)"),
    ("COOPERATE", "062", r"\bshar(?:ed|es|e|ing)\s+(?:\w+\s+)?(?:intelligence|information|expertise|data|evidence)|\bintelligence\s+sharing\b|\bextradition\b|\bjoint\s+(?:\w+\s+)?(?:project|command|venture|force)\b|\b(?:import|export)(?:ing|ed|s)?\s+goods\b"),
    ("COOPERATE", "063", r"\bextradit(?:ed|es|e|ing)\b"),
    ("COOPERATE", "06", r"\bintegrat(?:ed|es|e|ing|ion)\s+process\s+was\b"),
    # AID
    ("AID", "07", r"\b(?:provid|sen|send|deliver|gave|give|grant|suppl)(?:ed|s|t|ing|e|ied|ies|y)?\s+(?:\w+\s+){0,3}?(?:aid|assistance|relief|supplies|loans?|credits?|grants?|weapons|arms|medicine|food|equipment|vaccines|ammunition|fuel|funds|tanks|missiles|grain|electricity|rescue\s+teams|rescuers|medical\s+teams|doctors|firefighters|helicopters)\b"),
    ("AID", "07", r"\bhand(?:ed|s)?\s+over\s+(?:\w+\s+){0,3}?(?:medicine|food|aid|supplies|equipment)"),
    ("AID", "071", r"\b(?:aid|assistance)\s+(?:to|for|package)\b|\barms\s+shipments?\b|\bdebt\s+relief\b|\bforgive\s+(?:\w+\s+)?(?:debts?|millions|billions|loans?)\b"),
    ("AID", "071", r"\b(?:loan(?:ed|s)?|lent|donat(?:ed|es|e|ing))\b"),
    ("AID", "075", r"\bgrant(?:ed|s)?\s+(?:[\w-]+\s+){0,3}?(?:visas|asylum|refuge|protection|residence\s+permits)(?=\s+to\b)|\bgrant(?:ed|s)?\s+(?:political\s+)?asylum\b|\bopen(?:ed|s)?\s+(?:its\s+|their\s+)?borders?\b"),
    ("AID", "073", r"\bhumanitarian\b"),
    # RETREAT
    ("RETREAT", "0874", r"\bwithdr(?:ew|aw|awn|awing|aws)\b|\bpull(?:ed|s)?\s+(?:\w+\s+){0,2}out\b|\bretreat(?:ed|s)?\b"),
    ("RETREAT", "0873", r"\bdemobili[sz](?:ed|es|e|ing|ation)\b|\bdisarm(?:ed|s|ament)?\b|\blays?\s+down\s+(?:their\s+|its\s+)?arms\b|\bdisband\w*|\bquits?\b|\brepatriation\b"),
    ("RETREAT", "", r"\bresign(?:ed|s|ation)?\b|\bstep(?:ped|s)?\s+down\b|\bsurrender(?:ed|s|ing)?\b|\bwithdrawal\b"),
    ("RETREAT", "0874", r"\bevacuat(?:ed|es|e|ing)\b|\b(?:troops|peacekeep\w*|forces|contingent)\s+(?:\w+\s+){0,3}?arrived\b"),
    # REQUEST (incl. v0.5 DEMAND)
    ("REQUEST", "02", r"\b(?:request|appeal|urg|ask|implor)(?:ed|es|e|s|ing)?\b"),
    ("REQUEST", "02", r"\bcall(?:ed|s|ing)?\s+(?:on|for|upon)\b"),
    ("REQUEST", "10", r"\bdemand(?:ed|s|ing)?\b|\binsist(?:ed|s)?\s+on\b"),
    ("REQUEST", "03", r"\bpropos(?:ed|es|e|ing|al)\b"),
    ("REQUEST", "10", r"\bpress(?:ed|es)?\s+(?:for|\w+\s+to)\b"),
    ("REQUEST", "02", r"\binvit(?:ed|es|e|ing)\b"),
    # ACCUSE (incl. v0.5 DISAPPROVE, INVESTIGATE)
    ("ACCUSE", "112", r"\baccus(?:ed|es|e|ing|ation)\b"),
    ("ACCUSE", "111", r"\bcriti(?:ci[sz]ed|ci[sz]es|ci[sz]e|ci[sz]ing|cal\s+of)\b|\bcondemn(?:ed|s|ing)?\b|\bdenounc(?:ed|es|e|ing)\b"),
    ("ACCUSE", "111", r"\b(?:blam|deplor|decr|rebuk|censur|chastis|lambast|slamm)(?:ed|es|e|ing|ied|y)?\b|\bslammed\b|\bh(?:eld|olds?|olding)\s+(?:[\w'’-]+\s+){1,4}?responsible\b"),
    ("ACCUSE", "112", r"\b(?:claim|alleg)(?:ed|es|e|s|ing)?\s+(?:that\s+)?(?:[A-Z]\w+|it|they|he|she)\b|\binquiry\b|\bcomplaint\b|\bfaces?\s+charges\b|\bbrings?\s+(?:\w+\s+)?(?:case|charges)\b|\binvestigative\b|\bdeplorable\b"),
    ("ACCUSE", "111", r"\bquestion(?:ed|s)\b|\b(?:dissatisfaction|displeasure|disapproval)\b|\bcomplain(?:ed|s)?\b"),
    ("ACCUSE", "092", r"\binvestigat(?:ed|es|e|ing|ion)\b|\bsu(?:ed|ing|es)\b|\bindict(?:ed|s|ment)?\b|\bcharg(?:ed|es)\s+(?:\w+\s+){0,2}with\b|\bprob(?:ed|e|ing)\s+into\b"),
    ("ACCUSE", "111", r"\bwas\s+lying\b|\blied\s+about\b"),
    # REJECT
    ("REJECT", "12", r"\breject(?:ed|s|ing|ion)?\b|\brefus(?:ed|es|e|ing|al)\b|\bdeclin(?:ed|es|e)\s+(?:to\b|(?:[\w'’-]+\s+){1,3}?(?:assistance|aid|request|offer|invitation|proposal))|\bdeclines\b|\bturn(?:ed|s)?\s+down\b"),
    ("REJECT", "12", r"\bden(?:ied|ies|y|ying)\b|\breneg(?:ed|es|ing)\b|\bfail(?:ed|s)?\s+to\s+(?:reach|agree|produce|yield)\b"),
    ("REJECT", "12", r"\b(?:refut|dismiss|rebuff)(?:ed|es|e|ing)?\b|\bveto(?:ed|es)?\b"),
    ("REJECT", "12", r"\b(?:oppos)(?:ed|es|e|ing)\b|\bout\s+of\s+the\s+question\b|\bwill\s+not\s+(?:accept|agree|allow)\b"),
    # THREATEN
    ("THREATEN", "13", r"\bthreat(?:en|ened|ens|ening)?\b|\b(?:rais|float)(?:es|ed|e)\s+(?:the\s+)?(?:potential|possibility)\b"),
    ("THREATEN", "13", r"\bwarn(?:ed|s|ing)?\b|\bultimatum\b|\b(?:swore|sworn)\s+to\b"),
    ("THREATEN", "13", r"\b(?:vow|promis)(?:ed|es|e|s)?\s+to\s+(?:retaliat|respond|fight|attack|punish)"),
    # PROTEST
    ("PROTEST", "14", r"\bprotest(?:s|ers|ed|ing)?\b|\bdemonstrat(?:ions?|ors|ed|ing)\b(?!\s+(?:the|that|a|an|its|their|his|her|how)\b)|\brall(?:y|ies|ied)\b"),
    ("PROTEST", "143", r"\b(?:hunger|general)\s+strike\b|\bstrikes?\b(?!\s+(?:on|against))|\bsit-in\b|\bboycott(?:ed|s)?\b"),
    ("PROTEST", "144", r"\bblock(?:ed|ing)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:roads?|roadway|highway|street|bridge|entrance|transport|traffic|railway|crossing)"),
    ("PROTEST", "145", r"\briot(?:s|ed|ing|ers)?\b|\bsmashed\b|\bwork\s+stoppage\b|\bshun\w*\b|\bboycotting\b"),
    ("PROTEST", "140", r"\bcollect(?:ed|ing)?\s+signatures\b|\bpetition(?:ed|s)?\b|\bmarch(?:ed|es)\b"),
    # SANCTION
    ("SANCTION", "16", r"\bsanction(?:ed|s|ing)?\b|\bembargo(?:es|ed)?\b|\bban(?:ned|s|ning)?\b"),
    ("SANCTION", "16", r"\bcancel(?:led|ed|s)?\b|\bsuspension\b|\bend(?:ed|s)?\s+(?:\w+\s+)?(?:mediation|talks|cooperation|aid|assistance)\b"),
    ("SANCTION", "16", r"\bsuspend(?:ed|s|ing)?\b|\bhalt(?:ed|s|ing)?\b|\bfreez(?:e|es)\b|\bfroze\b"),
    ("SANCTION", "16", r"\b(?:ceas|stopp?|cut|curtail|reduc)(?:ed|es|e|s|ing|t)?\s+(?:off\s+)?(?:\w+\s+){0,3}?(?:supplies|deliveries|subsidies|imports|exports|aid|funding|ties|relations|trade|gas|oil)\b"),
    ("SANCTION", "161", r"\b(?:sever|break|broke)(?:ed|s)?\s+(?:off\s+)?(?:diplomatic\s+)?(?:ties|relations)\b|\bdowngrad\w*\s+(?:\w+\s+)?(?:ties|relations)\b|\beject\w*|\bconvict\w*|\bsentenced\b|\bfound\s+guilty\b|\bguilty\s+of\b"),  # as PLOVER's own headlines
    ("SANCTION", "1663", r"\bexpel(?:led|s|ling)?\b|\brecall(?:ed|s)?\s+(?:its\s+)?ambassador\b|\bdeclared\s+\w+\s+persona\s+non\s+grata\b"),
    ("SANCTION", "16", r"\bprohibit(?:ed|s|ing)?\b|\bden(?:ied|y|ies)\s+(?:\w+\s+)?(?:entry|visas?|access)\b|\btariffs?\b"),
    ("SANCTION", "16", r"\bno\s+longer\s+(?:a\s+)?(?:\w+\s+)?(?:connection|link|flights?|service)\b"),
    # MOBILIZE
    ("MOBILIZE", "15", r"\bmobili[sz](?:ed|es|e|ing|ation)\b|\bdeploy(?:ed|s|ing|ment)?\b|\bstation(?:ed|ing)\b"),
    ("MOBILIZE", "15", r"\bmilitary\s+(?:activity|build-?up|presence)\b|\b(?:massed|amassed)\s+(?:\w+\s+)?troops\b|\bon\s+(?:high\s+)?alert\b|\bcordon(?:ed|s)?\s+off\b"),
    ("MOBILIZE", "15", r"\bmilitary\s+(?:drills|exercises|manoeuvres)\b|\bprepar(?:ed|es|ing)\s+to\s+(?:resume\s+)?(?:attack|shell|invade|strike)"),
    ("MOBILIZE", "15", r"\bmilitary\s+readiness\b|\bconscripts\b|\brecruitment\b|\bparamilitary\b|\bmilitia\b|\bpolice\s+(?:called|to)\b|\borders?\s+(?:\w+\s+)?(?:police|troops)\b"),
    ("MOBILIZE", "15", r"\breinforc(?:ed|es|e|ing)\b|\bstrengthen(?:ed|s)?\s+(?:its\s+|their\s+)?(?:\w+\s+)?(?:forces|troops|military|presence)\b|\bpatrols\b(?!\s+\w+ed\b)"),
    # COERCE
    ("COERCE", "173", r"\barrest(?:ed|s|ing)?\b|\bdetain(?:ed|s|ing)?\b|\bdetention\b|\bimprison(?:ed|s)?\b|\bjail(?:ed|s)?\b"),
    ("ASSAULT", "181", r"\bkidnap(?:ped|s)?\b|\babduct(?:ed|s)?\b|\btook\s+\w+\s+hostages?\b"),
    ("COERCE", "174", r"\b(?:evict|dislodg)(?:ed|es|e|s|ing)?\b|\bremov(?:ed|es|e|ing)\s+(?:them|(?:the\s+)?(?:\w+\s+)?(?:troops|soldiers|forces|settlers|occupiers|squatters))\b"),
    ("COERCE", "174", r"\bdeport(?:ed|s|ing|ation)\b|\bseiz(?:ed|es|e|ing|ure)\b|\bconfiscat(?:ed|es|e|ing)\b|\bnationali[sz](?:ed|es|e)\b"),
    ("COERCE", "1721", r"\bdemolish(?:ed|es|ing)?\b|\bbulldoz(?:ed|ers?)\b|\bblew\s+up\b|\bset\s+fire\b|\bhack(?:ed|ing)?\s+into\b|\bdefac(?:ed|es)\b"),
    ("COERCE", "172", r"\boutlaw(?:ed|s)?\b|\bcrack(?:ed|s)?\s+down\b|\bcrackdown\b|\bcurfew\b|\bmartial\s+law\b|\bstate\s+of\s+emergency\b|\bcensor(?:ed|ship)?\b"),
    # ASSAULT (incl. v0.5 FIGHT)
    ("ASSAULT", "19", r"\battack(?:ed|s|ing)?\b|\bbomb(?:ed|s|ing|ings)?\b|\bshell(?:ed|ing)\b|\bair\s*strikes?\b|\bairstrikes?\b"),
    ("ASSAULT", "19", r"\binva(?:ded|des|de|ding|sions?)\b|\bannex(?:ed|es|ing|ation)?\b|\bmilitary\s+intervention\b|\boccup(?:ied|ies|y|ation)\b"),
    ("ASSAULT", "18", r"\bpummel\w*|\bbeat(?:en|s)?\b|\bbehead\w*|\bexecution\b|\braz(?:e|ed|es)\b|\bburn(?:ed|t)\s+to\s+death\b|\bthrows?\s+rocks\b|\binjur(?:ed|es|e)\b|\bdestroys\b|(?<!was\s)(?<!were\s)\bdestroyed\b"),
    ("ASSAULT", "18", r"\bkill(?:ed|s|ing)?\b|\bassassinat(?:ed|es|e|ing|ion)\b|\bmassacre(?:d|s)?\b|\btortur(?:ed|e|es|ing)\b|\bexecut(?:ed|es|e)\b"),
    ("ASSAULT", "19", r"\bfought\b|\bfight(?:s|ing)\b|\bclash(?:ed|es)?\b|\bfir(?:ed|ing)\s+(?:on|at|upon)\b|\bambush(?:ed)?\b|\braid(?:ed|s)?\b|\bshot\b|(?<=war\s)(?:began|started|broke\s+out)\b"),
    ("ASSAULT", "19", r"\bwent\s+to\s+war\b|\bwag(?:e|es|ed|ing)\s+(?:an?\s+)?(?:[\w-]+\s+)?war\b|\bwar\s+(?:between|with)\s+(?:[\w-]+\s+){1,6}?(?:began|started|broke\s+out|erupted)\b"),
    ("ASSAULT", "19", r"\blaunch(?:ed|es)?\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:attack|offensive|strike|assault|invasion|artillery|rocket|missile|raid|incursion|bombing|shelling|war|intervention)"),
    ("ASSAULT", "19", r"\blaunch(?:ed|es)?\s+(?:an?\s+|the\s+)?(?:military\s+)?operation\b|\bretaliat(?:ed|es|e|ing)\b(?!(?:\s+[\w,]+){0,4}?\s+by\s+\w+ing\b)|\binfiltrat(?:ed|es|e|ing)\b|\binterven(?:ed|es|e|ing)\s+(?:militarily\s+)?in\b"),
    # military capture of a place is an attack (annotators and the corpus gold agree), a capture of people is not
    ("ASSAULT", "19", r"\b(?:forces|troops|army|soldiers|militias?|fighters|insurgents|marines|guerrillas)\s+(?:[\w,'’-]+\s+){0,4}?(?:captured|seized|overran)\s+(?:the\s+)?(?:town|city|village|capital|heights|districts?|region|province|territory|islands?|port|[A-Z])"),
    # round 7 (long articles in Wikipedia's manner): wars and conquest, repression, forced moves, arms, access
    ("ASSAULT", "18", r"\bpogroms?\b|\bconquer(?:ed|s|ing)\b|\bdeclared\s+war\b|\b(?:led|launched|staged|started)\s+(?:an?\s+)?(?:armed\s+)?(?:uprising|revolt|rebellion|insurrection)\b|\brose\s+(?:up\s+)?against\b"),
    ("ASSAULT", "19", r"\b(?:troops|forces|soldiers|army|exiles|marines)\s+(?:[\w,()]+\s+){0,10}?landed\b|\btook\s+(?:the\s+)?(?:town|city|village|fortress|capital)\s+of\b|\bentry\s+of\s+(?:[\w-]+\s+){0,2}?troops\b"),
    ("ASSAULT", "175", r"\b(?:brutally\s+|violently\s+)?(?:suppress|crush|repress)(?:ed|es|ing)\b"),
    ("AGREE", "057", r"\b(?:came|come|comes|coming)\s+to\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|understanding|accord|deal)\b"),
    ("COERCE", "17", r"\bdispersed\s+(?:[\w-]+\s+){0,3}?by\s+force\b"),
    ("COERCE", "174", r"\bresettl(?:ed|es|ing)\b|\bforcibly\s+(?:moved|relocated|transferred)\b|\bexpropriat(?:ed|es|e|ing|ion)\b|\bnationali[sz]ing\b"),
    ("COERCE", "17", r"\badvanc(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?into\b|\bblock(?:ed|s|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:corridor|road|route|crossing|pass)\b|\b(?:naval\s+)?[\"“]?quarantine[\"”]?\s+of\b"),
    ("SANCTION", "16", r"\b(?:rail|fuel|economic|trade|transport|energy)\s+(?:and\s+\w+\s+)?blockade\b|\bcut\s+(?:[\w'’]+\s+){0,2}?(?:quota|aid|funding|imports|supplies)\b|\bdesignated\s+(?:[\w-]+\s+){1,3}?(?:an?\s+)?state\s+sponsor\s+of\s+terrorism\b|\bintroduc(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?restrictions\b"),
    ("MOBILIZE", "15", r"\blanded\s+(?:[\w-]+\s+){0,2}?(?:marines|troops|forces|soldiers)\b|\binstall(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:missiles|warheads|weapons)\b"),
    ("AID", "072", r"\b(?:transferr?(?:ed|ing)|deliver(?:ed|ing|y\s+of)|suppl(?:ied|ying))\s+(?:[\w.,-]+\s+){0,5}?(?:tanks|howitzers|fighter\s+jets|jets|aircraft|missiles|ammunition|weapons|arms)\b"),
    ("AID", "072", r"\b(?:sen[dt]|sends|sending|gave|give[ns]?|giving|provid(?:ed|es|ing)|donat(?:ed|es|ing))\s+(?:[\w.,'’-]+\s+){0,5}?(?:air[- ]defen[cs]e\s+systems?|fighter\s+(?:jets|aircraft)|warplanes|artillery|howitzers|armou?red\s+vehicles|drones|anti-tank\s+weapons)\b"),  # session 17
    ("AID", "074", r"\b(?:dispatch|sen[dt]|deploy|authori[sz])(?:ed|es|s|ing)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?peacekeeping\s+(?:force|mission|contingent|troops)\b"),
    ("CONSULT", "040", r"\bhost(?:ed|s|ing)\s+(?:(?:further|more|several|the|a|an|two|three|trilateral|bilateral)\s+)*(?:meetings?|talks|negotiations|summits?)\b|\bfirst\s+(?:foreign|overseas)\s+(?:trips?|visits?|destinations?|journeys?)\b|\bcame\s+close\s+to\s+(?:a\s+)?(?:settlement|deal|agreement|peace)\b"),
    ("CONSULT", "044", r"\bmet\s+(?:frequently|regularly|often|repeatedly|several\s+times|many\s+times)\b|\bheld\s+(?:the\s+|their\s+|a\s+)?(?:first\s+)?(?:formal\s+|informal\s+|bilateral\s+)?meeting\b"),
    ("COOPERATE", "06", r"\bacceded\b|\binterests\s+sections?\s+(?:were\s+|was\s+)?(?:re)?opened\b|\bcustoms\s+(?:controls|checks)\s+(?:[\w-]+\s+){0,5}?(?:were|was)\s+abolished\b|\b(?:gas|oil)\s+began\s+flowing\b|\bboundary\s+markers?\b|\bcame\s+into\s+(?:being|force|effect)\b"),
    ("SUPPORT", "051", r"\bthank(?:ed|s)\b|\bawarded\s+(?:him|her|them|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+the\s+(?:order|medal|title)\b|\bin\s+favou?r\s+of\s+[A-Z]"),
    ("ACCUSE", "111", r"\bdrawing\s+(?:sharp\s+|strong\s+)?(?:criticism|condemnation|protests?)\s+from\b"),
    ("RETREAT", "087", r"\bhanded\s+(?:over\s+)?power\s+to\b|\bhandover\s+(?:[\w-]+\s+){0,3}?(?:completed|finished)\b|\b(?:contingents?|troops|forces|peacekeepers)\s+(?:[\w-]+\s+){0,2}?left\b|\b(?:warheads|weapons)\s+(?:[\w-]+\s+){0,3}?transferred\s+to\b"),
    ("AGREE", "057", r"\b(?:treaty|agreement|accord|deal|peace|truce|protocol)\s+(?:[\w-]+\s+){0,6}?(?:was|were|had\s+been)\s+(?:finali[sz]ed|initiall?ed|agreed|concluded)\b"),
    ("OTHER", "", r"\bproclaim(?:ed|s)\s+(?:its\s+|their\s+|[A-Z][\w'’-]+\s+)?independence\b|\bdeclared\s+(?:the\s+restoration\s+of\s+)?(?:its\s+|their\s+|[A-Z][\w'’-]+\s+)?independence\b|\bto\s+declare\s+independence\b|\b(?:re)?gained\s+(?:its\s+|their\s+)?independence\b|\bbec(?:ame|omes)\s+(?:the\s+)?independent\b|\bwas\s+proclaimed\b|\bsucceeded\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+as\b|\breturned\s+to\s+(?:power|office)\b|\b(?:was|were)\s+(?:deposed|overthrown|toppled)\b|\boverthrew\b|\btoppled\b"),
    ("ASSAULT", "19", r"\b(?:war|conflict|hostilities|fighting|insurgency)(?:\s+of\s+[\w-]+)?\s+(?:broke\s+out|erupted)\b"),
    ("CONCEDE", "081", r"\bremoved\s+(?:\w+\s+)?from\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?list\b"),
    ("RETREAT", "0841", r"\bfreed\b"),
    ("OTHER", "", r"\bsucceeded\s+(?:him|her|(?:his|her)\s+(?:father|mother|brother|sister|uncle|husband))\b|\bproclaimed\s+(?:himself|herself)\b|\belected\s+(?:as\s+)?(?:president|prime\s+minister|chancellor)\b|\bassumed\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:duties|presidency|premiership)\b"),
    # round 8: crossing into, entering and taking places; fire, strikes and tests; crossings closed and opened
    ("ASSAULT", "19", r"\bcross(?:ed|es|ing)\s+(?:the\s+)?(?:international\s+|de\s+facto\s+)?(?:border|frontier|line\s+of\s+control|ceasefire\s+line)\s+(?:towards|into|near)\b|\bentered\s+the\s+war\b|\b(?:troops|forces|army|soldiers|fighters|guerrillas)\s+(?:[\w-]+\s+){0,3}?entered\s+[A-Z]"),
    ("ASSAULT", "19", r"\brecaptur(?:ed|es|e|ing)\b|\b(?:routed|overran|overrun)\b|\bdefeated\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:force|forces|army|troops|knights)\b|\bbroke\s+through\b|\btook\s+(?=[A-Z])(?!(?:[A-Z][\w-]*\s+){1,3}(?:to|into)\s+(?:court|account|task)\b)"),
    ("ASSAULT", "19", r"\bfired\s+(?:[\w,.-]+\s+){0,4}?(?:missiles|rockets|shells|mortars|scuds?)\b|\bstruck\s+(?:[\w-]+\s+){0,3}?(?:positions|targets|camps|bases|villages|hideouts|posts|airfields|air\s+bases|cities|towns|ports|ships|vessels)\b"),
    ("MOBILIZE", "15", r"\b(?:carried\s+out|conducted|staged)\s+(?:[\w-]+\s+){0,3}?tests\b|\btested\s+(?:an?\s+)?(?:nuclear|atomic|hydrogen)\b|\b(?:troops|forces|soldiers|paratroopers)\s+(?:were\s+)?(?:flown|airlifted|rushed)\s+(?:in)?to\b"),
    ("SANCTION", "16", r"\bin\s+abeyance\b|\bclos(?:ed|es|e|ing)\s+(?:(?:its|their|the|all)\s+)?(?:[\w–-]+\s+){0,5}?(?:crossings?|checkpoints?|border\s+posts?)\b|\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?)\s+(?:[\w,'’-]+\s+){0,12}?(?:was|were)\s+(?:both\s+)?closed\b|\bintroduc(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:border\s+)?controls\b|\b(?:barred|bann?ed)\s+(?:[\w-]+\s+){0,3}?from\s+(?:its|their|the)\s+airspace\b|\b(?:halved|reduced)\s+(?:its\s+|their\s+)?(?:gas|oil|electricity|water|energy)\s+(?:supplies|deliveries|exports)\b"),
    ("COOPERATE", "06", r"\b(?:re)?open(?:ed|s|ing)\s+(?:(?:the|its|their)\s+)?(?:[\w–-]+\s+){0,2}?(?:border\s+)?(?:crossings?|corridor)\b|\b(?:corridor|crossings?)\s+(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?:re)?opened\b|\b(?:was|were)\s+admitted\b"),
    ("CONSULT", "043", r"\b(?:minister|president|prime\s+minister|delegation|adviser|envoy|chancellor|king|leader)s?\s+(?:[\w,'’-]+\s+){0,6}?arrived\s+in\b|\battend(?:ed|s)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:swearing-in|inauguration|coronation|opening|funeral|ceremony|summit|mass|celebrations?|parade)\b"),
    ("AID", "07", r"\barmed\s+the\b|\bsent\s+(?:military\s+)?advisers\b"),
    ("COERCE", "174", r"\bimpound(?:ed|s|ing)\b"),
    ("RETREAT", "0841", r"\brepatriat(?:ed|es|ing)\b"),
    ("REJECT", "12", r"\babrogat(?:ed|es|e|ing)\b|\b(?:was|were)\s+(?:null\s+and\s+)?void\b"),
    ("CONCEDE", "08", r"\brelinquish(?:ed|es|ing)?\b"),
    # an arbiter's award, as annotators code it; people handed over to another state's justice
    ("AGREE", "057", r"\bhand(?:ed|s|ing)\s+down\s+(?:an?\s+|its\s+|his\s+|her\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:award|ruling|decision|verdict)\b"),
    ("COOPERATE", "06", r"(?<!letter\s)(?<!note\s)\bhand(?:ed|s|ing)\s+over\s+to\s+(?:the\s+)?(?=[A-Z])|\bhand(?:ed|s|ing)\s+(?:over\s+)?\d+\s+(?:[\w-]+\s+){0,3}?(?:figures|suspects|fugitives|prisoners|militants|members)\b"),
    ("ASSAULT", "19", r"\bfir(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:rockets?|missiles?|shells?|drones?|artillery|mortars?|shots|projectiles)\s+(?:at|on|into|upon)\b"),
    ("PROTEST", "14", r"\b(?:unrest|riots?|protests|demonstrations|disturbances)\s+(?:\w+\s+)?(?:broke\s+out|erupted)\b"),
    ("REJECT", "12", r"\b(?:block|veto)(?:ed|es|s|ing)?\s+(?:\w+['’]s\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:accession|membership|entry|bid|admission)\b"),
    ("ASSAULT", "18", r"\b(?:uprising|revolt|rebellion|insurrection|insurgency)\b,?\s+(?:which\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:broke\s+out|began|erupted|started)\b"),
    ("SANCTION", "16", r"\bimpos(?:ed|es|ing)\s+(?:its\s+own\s+|their\s+own\s+)?(?:[\w-]+\s+){0,2}?(?:checks|controls)\s+(?:on|at|along)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier)\b"),
    ("REJECT", "12", r"\brenounc(?:ed|es|e|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:pact|treaty|agreement|accord|alliance)\b"),
    ("CONCEDE", "08", r"\brenunciation\s+of\s+(?:its\s+|all\s+|their\s+)?(?:[\w-]+\s+)?claims\b|\brenounc(?:ed|es|e|ing)\s+(?:its\s+|all\s+|their\s+|any\s+)?(?:[\w-]+\s+)?claims?\b"),
    # round 9: fronts, advances and sieges, driving out, ramming, prisoners, plans presented, traffic stopped
    ("ASSAULT", "19", r"\badvanc(?:ed|es|ing)\s+(?:towards|on)\b|\bopened\s+(?:a\s+)?(?:new\s+|second\s+|southern\s+|northern\s+)?front\b|\bsiege\s+of\b|\bbesieg(?:ed|es|ing)\b|\b(?:town|city|capital|fortress)\s+fell\b|\bdr(?:o|i)ve\s+(?:[\w-]+\s+){0,3}?(?:out|back)\b|\bdriven\s+out\b|\brammed\b|\bmutin(?:y|ied)\b|(?<!\bthe\s)(?<!\ba\s)\bdefeated\s+(?:the\s+)?(?=[A-Z])"),
    ("COERCE", "173", r"\b(?:taken|took)\s+(?:[\w,-]+\s+){0,5}?prisoners?\b"),
    ("COERCE", "192", r"\btook\s+control\s+of\b"),
    ("REQUEST", "10", r"\bpresent(?:ed|s)\s+(?:[\w-]+\s+){0,6}?(?:plan|proposal|initiative)\b"),
    ("SANCTION", "16", r"\bstopped\s+(?:[\w-]+\s+){0,2}?(?:traffic|trade|imports|exports|deliveries|flights)\b|\bbarred\s+(?:[\w-]+\s+){0,3}?(?:citizens|nationals|cars|vehicles|trucks|lorries|goods|imports|ships|aircraft|planes|flights)\b"),
    ("SANCTION", "16", r"\b(?:re)?(?:introduc|instat|impos)(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,2}?visas?(?:\s+requirements?)?\s+(?:for|on)\b|\brais(?:ed|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:duty|duties|tariffs?)\s+on\b"),
    ("ASSAULT", "19", r"\bretook\b|\bretaken\b"),
    # round 10: visits, counterparts, fire exchanged, incursions, legations and representation, recognition extended
    ("CONSULT", "043", r"\b(?:came|went)\s+to\s+(?=[A-Z])(?!(?:[A-Z][\w-]*\s+)?(?:Power|Office)\b)"),
    ("ASSAULT", "19", r"\bexchanged\s+fire\b|\bexchanges?\s+of\s+fire\b|\bfire\s+(?:on|at|upon)\b|\b(?:shells?|mortars?|rockets?|missiles?)\s+(?:were\s+|had\s+been\s+)?fired\s+from\b|\bincursions?\b|\b(?:troops|forces|soldiers|army|levies|militias?)\s+(?:[\w,-]+\s+){0,4}?(?:crossed\s+into|entered\s+the\s+(?:territory|region|country|province|town|city|area|zone))\b"),
    ("SANCTION", "161", r"\bordered\s+(?:[\w'’-]+\s+){0,3}?diplomats\s+home\b|\bordered\s+(?:[\w'’-]+\s+){0,3}?(?:diplomats|ambassador|envoys?|embassy\s+staff)\s+to\s+leave\b|\breduc(?:ed|es|ing)\s+(?:its|their)\s+(?:diplomatic\s+)?representation\b|\bordered\s+the\s+closure\s+of\b|\brestrict(?:ed|s|ing)\s+(?:[\w-]+\s+){0,3}?(?:exports|imports|trade)\b"),
    ("COOPERATE", "064", r"\b(?:rais|upgrad)(?:ed|es|e|ing)\s+(?:(?:its|their|the)\s+)?(?:diplomatic\s+)?(?:missions?|representation|legations?)\b|\bexchanged\s+(?:ambassadors|legations|envoys)\b|\bambassadors\s+were\s+exchanged\b|\bpresented\s+(?:his|her|their)\s+credentials\b"),
    ("SUPPORT", "054", r"\b(?:(?:grant|extend|accord)(?:ed|s|ing)?|gave|giv(?:e|es|en|ing))\s+(?:[\w'’-]+\s+){0,2}?(?:de\s+facto\s+|de\s+jure\s+|diplomatic\s+|formal\s+|full\s+)?recognition\b"),
    ("SUPPORT", "055", r"\baccept(?:ed|s)?\s+(?:the|an|its|their)\s+apology\b|\b(?:issued|offered|made)\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?apology\b"),
    ("AGREE", "03", r"\baccept(?:ed|s)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:judgment|judgement|verdict|award)\b"),
    ("AID", "073", r"\b(?:sent|dispatched)\s+(?:[\w-]+\s+){0,5}?(?:rescue\s+teams?|rescuers|firefighting|relief|medical\s+teams?)\b"),
    ("ACCUSE", "115", r"\btook\s+(?:the|its|their)\s+(?:case|dispute)\s+(?:[\w-]+\s+){0,3}?to\b"),
    # round 12: states proclaimed, visits hosted and calls, notes exchanged, proceedings, designations, repudiations
    ("OTHER", "", r"\bproclaimed\s+the\s+(?:[\w'’-]+\s+){0,2}?(?!state\s+of\s+(?:emergency|siege|war)\b)(?:state|republic|kingdom|empire)\b|\bwon\s+(?:its\s+|their\s+)?independence\b|\b(?:re)?gained\s+(?:its\s+|their\s+)?statehood\b|\brestored\s+(?:its\s+|their\s+)?independence\b|\bdeposed\b|\bwas\s+crowned\b"),
    ("CONSULT", "042", r"\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b|\bled\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?delegation\s+to\b|\battended\s+the\s+(?:[\w'’–-]+\s+){0,5}?(?:summit|conference)\b"),
    ("AGREE", "057", r"\bexchanged\s+(?:diplomatic\s+)?notes\b|\bexchange\s+of\s+notes\b|\badopted\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:framework|declaration|agreement|roadmap|action\s+plan)\b|\b(?:alliance|union|pact)\s+(?:was|were)\s+sealed\b|\bsealed\s+(?:an?\s+|the\s+)?(?:alliance|pact|union)\b"),
    ("COOPERATE", "061", r"\b(?:took|takes|take)\s+effect\b"),
    ("ACCUSE", "115", r"\b(?:began|initiated|launched|filed|brought|instituted|started)\s+(?:legal\s+|arbitration\s+)?proceedings\s+against\b|\bobjected\s+(?:that|to)\b"),
    ("SANCTION", "16", r"\bdesignated\s+(?:[\w'’-]+\s+){1,5}?(?:as\s+)?(?:an?\s+)?terrorist\s+(?:organi[sz]ation|group|entity)\b|\bblocked\s+access\s+to\b"),
    ("REJECT", "12", r"\brepudiat(?:ed|es|e|ing)\b|\bvot(?:ed|es|e|ing)\s+down\b|\bshelved\b"),
    ("COERCE", "173", r"\binterned\b|\bstormed\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:embassy|consulate|legation)\b"),
    ("ASSAULT", "19", r"\b(?:was|were)\s+blown\s+up\b|\btook\s+the\s+(?:city|town|fortress|capital|port)\s+from\b"),
    ("CONCEDE", "08", r"\b(?:was|were)\s+handed\s+over\b|\bhanded\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:territory|land|area|region|city|islands?|province)\s+over\s+to\b"),
    ("SUPPORT", "05", r"\bnamed\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+(?:as\s+)?(?:its|their)\s+(?:first\s+|new\s+|special\s+)?(?:ambassador|envoy|high\s+commissioner)\b"),
    ("COERCE", "17", r"\bliquidat(?:ed|es|e|ing)\b"),
    ("CONCEDE", "08", r"\bceded\b|\bgrant(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,5}?(?:statehood|autonomy|independence|rights|concessions)\b|\bacquired\s+(?:[\w'’-]+\s+){0,5}?from\b"),
    ("AGREE", "057", r"\bdemarcated\b|\b(?:disputes?|disagreements?|differences)\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been)\s+(?:resolved|settled)\b|\bresolved\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:dispute|disputes|course|question)\b|\bdefined\s+(?:their|the)\s+(?:relationship|relations|ties)\s+as\b|\b(?:relations|ties)\s+(?:[\w'’-]+\s+){0,5}?(?:were|was)\s+(?:elevated|upgraded)\b"),
    ("COOPERATE", "06", r"\bdeclared\s+(?:the\s+|as\s+the\s+)?[\"“]?year\s+of\b"),
    ("OTHER", "", r"\bremoved\s+from\s+(?:power|office)\b"),
    ("ASSAULT", "18", r"\bdestroy(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:churches|mosques|synagogues|villages|towns|cities|monuments|cemetery|cemeteries|bridges|fleet|army|forces)\b"),
    ("ASSAULT", "19", r"\bled\s+(?:[\w,.-]+\s+){0,4}?(?:troops|soldiers|forces|army|armies|expedition)\s+(?:into|against|across)\b"),
    ("CONCEDE", "08", r"\baccepted\s+(?:the\s+|its\s+|their\s+|his\s+)?(?:[\w-]+\s+){0,2}?(?:ultimatum|demands|terms)\b"),
    # round 15: refugees forced back, troops moved in, ambassadors back, crossings restricted, rockets and mines,
    # supplies restored, prisoner exchanges, membership applications
    ("COERCE", "174", r"\bforced\s+(?:some\s+|about\s+|around\s+|nearly\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:refugees|civilians|residents|migrants)\b"),
    ("MOBILIZE", "15", r"\b(?:troops|soldiers|forces|units|warships)\s+(?:were|had\s+been)\s+(?:moved|sent|deployed|dispatched|rushed)\s+(?:in)?to\b"),
    ("COOPERATE", "064", r"\bambassadors?\s+(?:[\w-]+\s+){0,2}?returned\s+to\b"),
    ("SANCTION", "16", r"\brestrict(?:ed|s|ing)\s+(?:[\w-]+\s+){0,3}?(?:crossings|access|travel|flights|entry|visas)\b"),
    # session 19: what the held-out golds type SANCTION in 18 of 21 cases ("barred") and 10 of 15 (a border
    # fence or wall built), and ports closed to a state's ships
    ("SANCTION", "16", r"\bbarr(?:ed|ing)\b|\b(?:buil[dt]|building|erect(?:ed|ing)|construct(?:ed|ing))\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:fence|wall|barrier)\b|\bclos(?:ed|es|e|ing)\s+(?:its|their|the)\s+ports\b"),
    ("ASSAULT", "19", r"\b(?:rockets?|shells?|missiles?|mortars?|artillery|bombs?|drones?)\s+(?:[\w-]+\s+){0,2}?(?:hit|struck)\b|\b(?:land)?mines?\s+(?:[\w-]+\s+){0,2}?(?:wounded|killed|maimed|injured)\b"),
    ("COOPERATE", "06", r"\b(?:supplies|deliveries|flows?|flights|shipments)\s+(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?:restored|resumed)\b"),
    ("RETREAT", "0841", r"\bprisoner\s+(?:exchange|swap)s?\b|\b(?:exchanged|swapped)\s+(?:[\w-]+\s+)?prisoners\b"),
    ("REQUEST", "10", r"\bappl(?:ied|ies|y)\s+(?:[\w-]+\s+){0,2}?for\s+(?:[\w-]+\s+){0,3}?membership\b|\bapplied\s+to\s+join\b"),
    ("COOPERATE", "06", r"\b(?:coordinated|combined|joint)\s+(?:military\s+|naval\s+|border\s+)?(?:operations?|offensive|patrols?)\b|\b(?:was|were)\s+(?:formally\s+|fully\s+)?integrated\s+into\b"),
    # round 17: meetings held, forces across the border, towns fallen, units gone, missions opened or upgraded,
    # arms airlifted or supplied, jihad declared, treaties accepted or concluded, taxes raised
    ("CONSULT", "040", r"\b(?:cabinet|meeting|summit|talks|consultations|session|round|conference)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were)\s+held\b"),
    ("ASSAULT", "19", r"\b(?:troops|forces|units|soldiers|army|fighters)\s+(?:[\w-]+\s+){0,3}?crossed\s+(?:the\s+)?(?:border|frontier)\b|\bfell\s+to\s+(?:the\s+)?(?=[A-Z])"),
    ("RETREAT", "087", r"\b(?:units|troops|forces|soldiers)\s+(?:[\w-]+\s+){0,3}?(?:had\s+)?left\s+(?:[\w'’-]+\s+){0,2}?(?:territory|soil)\b|\bwithdrew\s+from\s+(?:the\s+)?(?:fighting|war|conflict|hostilities)\b"),
    ("COOPERATE", "064", r"\b(?:upgraded|raised|elevated)\s+to\s+(?:an?\s+)?(?:embassy|consulate|consulate-general|ambassadorial)\b|\b(?:embassy|consulate(?:[- ]general)?|office|mission)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were)\s+(?:re)?opened\b"),
    ("AID", "07", r"\bairlift(?:ed|s)?\s+(?:[\w-]+\s+){0,3}?(?:arms|weapons|aid|supplies|food)\b|\b(?:stepped\s+up|increased|began)\s+(?:its\s+|their\s+)?arms\s+(?:supplies|deliveries|shipments)\b"),
    ("THREATEN", "13", r"\bdeclared\s+(?:a\s+)?(?:holy\s+war|jihad)\b"),
    ("AGREE", "057", r"\b(?:accepted|concluded)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:treaty|truce|armistice|peace|protocol|accords?|pact)\b"),
    ("SANCTION", "16", r"\brais(?:ed|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?tax(?:es)?\s+on\b"),
    ("SANCTION", "1663", r"\bgave\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:\d+|twenty-four|forty-eight|seventy-two)\s+hours\s+to\s+leave\b"),
    # round 19: protectorates proclaimed, readmission, liberation, air campaigns, troops massed or moved towards a
    # border, ambassadors taking up their posts
    ("COERCE", "17", r"\b(?:proclaimed|declared|established|imposed)\s+(?:a\s+|its\s+)?protectorate\b"),
    # session 17: palaces stormed, entry requirements imposed, agencies told to stop, refuge given, a treaty that followed
    ("ASSAULT", "18", r"(?<!protesters\s)(?<!demonstrators\s)(?<!rioters\s)(?<!protesters\shad\s)\bstorm(?:ed|ing)\b"),
    ("SANCTION", "16", r"\bimpos(?:ed|es|ing)\s+(?:[\w'’%.-]+\s+){0,3}?(?:requirements|restrictions|controls|curbs|quotas|tariffs|"
                       r"dut(?:y|ies)|levies|bans?|embargo(?:es)?|surcharges?)\b"),
    ("REQUEST", "10", r"\btold\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:stop|leave|halt|withdraw|end|cease|close|pull|return|"
                      r"refrain|abandon)\b"),
    ("AID", "075", r"\bgave\s+(?:shelter|refuge|sanctuary)\s+to\b"),
    ("AGREE", "057", r"\bfollowed(?:(?<=agreement\sfollowed)|(?<=treaty\sfollowed)|(?<=accord\sfollowed)|"
                     r"(?<=pact\sfollowed)|(?<=protocol\sfollowed)|(?<=convention\sfollowed)|(?<=memorandum\sfollowed))"
                     r"\s+(?:in|on)\b"),  # the literal first: an entry's first letters pick the patterns tried
    ("COOPERATE", "06", r"\b(?:was|were)\s+readmitted\b|\b(?:was|were|been)\s+(?:formally\s+|finally\s+)?admitted\s+(?:to|into)\b|\bjoint\s+bid\b"),
    ("ASSAULT", "19", r"\b(?:was|were)\s+liberated\b|\b(?:air|bombing|ground)\s+(?:campaign|offensive|war)\b"),
    ("MOBILIZE", "15", r"\b(?:were|was)\s+massed\b|\bmoved\s+(?:[\w'’-]+\s+){0,3}?(?:divisions|troops|forces|brigades|units|tanks)\s+(?:towards|to|into|along)\b"),
    ("COOPERATE", "064", r"\btook\s+up\s+(?:his|her)\s+post\b"),
    ("COOPERATE", "06", r"\b(?:commission|committee|council|mechanism|working\s+group|task\s+force|forum)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+(?:set\s+up|established|created|formed|launched)\b"),
    ("SANCTION", "16", r"\b(?:placed|put)\s+(?:[\w'’-]+\s+){1,3}?on\s+(?:its|a|the|their)\s+(?:[\w'’\"“”-]+\s+){0,3}?list\b"),
    ("AGREE", "057", r"\b(?:deal|agreement|accord|compromise|settlement|consensus)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had\s+been)\s+reached\b"),
    # round 30: relations that began, first contacts, a state's formation declared
    ("SUPPORT", "051", r"\b(?:diplomatic\s+|formal\s+|modern\s+|official\s+)?relations\s+(?:between\s+(?:[\w'’-]+\s+){1,6}?)?(?:began|started|commenced)\b(?!\s+to\b)"),
    ("CONSULT", "040", r"\b(?:diplomatic|official|first|direct)\s+contacts?\s+(?:[\w'’-]+\s+){0,6}?(?:occurred|took\s+place|(?:was|were)\s+(?:made|established))\b|\bmade\s+(?:first\s+|diplomatic\s+|official\s+|direct\s+)?contact\s+with\b"),
    ("OTHER", "", r"\b(?:declared|proclaimed|announced)\s+(?:its|their)\s+(?:formation|foundation|statehood|sovereignty)\b"),
    # round 31: wars declared in the infinitive, armies and gunboats sent, capitulations, offensives opened,
    # votes against, tours, speeches to parliaments, bodies set up, reunification, the Wall
    ("ASSAULT", "19", r"\bdeclar(?:e|es|ing)\s+war\s+(?:on|against)\b|\b(?:sent|send|sends|sending)\s+(?:[\w'’,-]+\s+){0,3}?arm(?:y|ies)\s+into\b|\bopen(?:ed|s)?\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?offensive\b|\boffensive\s+(?:[\w'’-]+\s+){0,4}?(?:began|started|opened)\b"),
    ("MOBILIZE", "15", r"\b(?:sent|send|sends|sending|dispatched)\s+(?:[\w'’,-]+\s+){0,3}?(?:gunboats?|warships?|fleet|squadron|frigates?|cruisers?|aircraft\s+carriers?)\b"),
    ("RETREAT", "", r"\bcapitulat(?:ed|es|e|ing|ion)\b"),
    ("REJECT", "12", r"\bvot(?:ed|es|e|ing)\s+(?:it\s+|them\s+)?down\b"),
    ("CONSULT", "043", r"\btour(?:ed|s)\s+(?=[A-Z])|\battend(?:ed|s)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:commemorations?|anniversary|memorial\s+service)\b|\breceived\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:at|in)\s+(?:his|her|the\b|[A-Z])"),
    # "made a state visit to Nairobi, where she addressed the Kenyan parliament": part of the visit, not a second event
    ("CONSULT", "043", r"(?<!where\she\s)(?<!where\sshe\s)(?<!where\sthey\s)\baddress(?:ed|es)?\s+(?:the\s+|a\s+|both\s+)?(?:joint\s+session\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?(?:parliament|bundestag|congress|knesset|duma|senate|diet|sejm|rada|legislature|national\s+assembly|oireachtas|houses\s+of\s+parliament)\b"),
    ("COOPERATE", "06", r"\b(?:was|were)\s+set\s+up\b|\b(?:was|were)\s+reunified\b"),
    ("OTHER", "", r"\b(?:berlin\s+)?wall\s+fell\b|\bfall\s+of\s+the\s+(?:berlin\s+)?wall\b|\bsucceeded\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:on|in)\b"),
    ("SANCTION", "161", r"\bend\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:relations|ties)\b"),
    ("CONSULT", "045", r"\b(?:talks|discussions|negotiations)\s+(?:[\w'’-]+\s+)?brokered\s+by\b"),
    ("PROTEST", "14", r"\bpassive\s+resistance\b|\bcivil\s+disobedience\b"),
    ("CONCEDE", "08", r"\b(?:was|were)\s+called\s+off\b"),
    # round 34: territory handed over, wars escalated into or joined against a state, treaties concluded after a
    # defeat, a city's capture, population exchanges, regimes that collapsed, urging
    ("CONCEDE", "081", r"\bhand(?:ed|s)?\s+over\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:region|province|territory|islands?|area|district|peninsula|strip)\s+to\b"),
    ("ASSAULT", "19", r"\bescalat(?:ed|es|ing)\s+into\s+(?:an?\s+)?(?:all[- ]out\s+|open\s+|full[- ]scale\s+)?war\b|\bparticipat(?:ed|es)\s+in\s+the\s+(?:[\w'’-]+\s+){0,3}?war\s+against\b|\bcapture\s+of\s+(?=[A-Z])"),
    ("AGREE", "057", r"\b(?:treaty|peace|agreement|accord|convention)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+(?:was\s+)?concluded\b"),
    # session 18: "Renzi called the plan a shameless breach", "which India called an 'artificial enlargement'",
    # "called the verdict scandalous": a state's word of blame for another's act
    ("ACCUSE", "111", r"(?<!so-)\bcalled\s+(?:(?:the|it|them|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:[\"“](?=[^\"”]{1,60}[\"”])|provocations?|breach|violation|injustice|humiliation|interference|aggression|unacceptable|scandalous|absurd|illegal|unjustified|hostile|ridiculous|shameful|outrageous|insult|lies?|falsehood|mistake|crime|blackmail|unfriendly|regrettable|deplorable|irresponsible|unlawful)\b"),
    # session 18: negotiations concluded (an agreement reached, not talks held)
    ("AGREE", "057", r"\bconclud(?:ed|es|ing)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:negotiations|talks)\b"),
    # session 18: meetings told by the noun and "held in" ("At the XII Binational Cabinet, held in Quito on 25 October
    # 2018"), or held with a name of their own ("held the first Binational Cabinet in Tumbes")
    ("CONSULT", "040", r"\b(?:meeting|summit|talks|consultations|session|round|conference|cabinet|forum|dialogue)s?,?\s+held\s+(?:in|at|aboard)\b|\bheld\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:cabinet|conference|session|forum|dialogue)\b"),
    # session 18: delegations and missions sent; armed men crossing into a state
    ("CONSULT", "043", r"\b(?:sen[dt]|dispatch(?:ed|es)?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:delegations?|missions?|envoys?|emissar(?:y|ies))\b"),
    ("ASSAULT", "19", r"\b(?:troops|forces|soldiers|army|fighters|guerrillas|rebels|militants|columns|units|militias?)\s+(?:[\w,'’-]+\s+){0,3}?crossed\s+into\b"),
    ("MOBILIZE", "15", r"\b(?:troops|forces|soldiers|units|warships)\s+(?:[\w-]+\s+){0,2}?moved\s+(?:into|to|towards|up\s+to)\b"),
    # session 18: "An agreement concluded between Egypt and Italy on 6 December 1925", "the Taif Agreement, concluded
    # by Lebanese deputies ...", "an arrangement reached with the UN refugee agency in 1989"
    ("AGREE", "057", r"\b(?:treaty|peace|agreement|accord|convention|pact|protocol|armistice|memorandum|understanding|arrangement)(?:\s+(?:of|on)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,?\s+(?:concluded|reached)\s+(?:by|between|with|in|on|at)\b"),
    ("COOPERATE", "06", r"\bpopulation\s+(?:exchange|transfer)s?\b|\bexchange\s+of\s+populations\b"),
    ("OTHER", "", r"\b(?:regimes?|governments?|monarch(?:y|ies)|dictatorships?)\s+(?:[\w'’-]+\s+){0,5}?(?:ultimately\s+|finally\s+)?(?:collapsed|fell)\b"),
    ("REQUEST", "02", r"\bat\s+the\s+urging\s+of\b"),
    # round 35: arms and oil shipped, suppliers of arms, ships hit, aircraft that struck, answers with missiles
    # (recognition granted widened the entry for "extended recognition" above)
    ("AID", "072", r"\bship(?:ped|s)\s+(?:[\w$.,'’-]+\s+){0,5}?(?:missiles|arms|weapons|ammunition|oil|grain|aid|supplies|equipment)\b|\bsupplier\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:arms|weapons|oil|gas)\b"),
    ("ASSAULT", "19", r"\b(?:was|were)\s+(?:reportedly\s+|allegedly\s+)?(?:hit|struck)\s+by\b|\b(?:aircraft|jets|planes|warplanes|drones|bombers|artillery|warships)\s+(?:[\w'’-]+\s+){0,2}?struck\b|\b(?:answered|responded|retaliated)\s+(?:[\w'’-]+\s+){0,3}?(?:with|by\s+firing)\s+(?:[\w'’-]+\s+){0,4}?(?:missiles|rockets|drones|air\s+strikes|airstrikes|artillery|shelling)\b"),
    # round 37: borders defined or clarified, forces outfought, agreements annulled, alliances with militias,
    # violations of sovereignty
    ("AGREE", "057", r"\b(?:border|boundary|frontier)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+(?:initially\s+|further\s+|finally\s+|formally\s+|first\s+)?(?:defined|delimited|demarcated|clarified|fixed|drawn)\b"),
    ("ASSAULT", "19", r"\boutfought\b"),
    ("REJECT", "12", r"\bannull(?:ed|ing|s)?\b|\babrogat(?:ed|es|ing)\b"),
    ("COOPERATE", "06", r"\ballied\s+(?:itself\s+|themselves\s+)?with\b"),
    ("ACCUSE", "112", r"\bviolation\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:sovereignty|territorial\s+integrity|airspace)\b"),
    # round 38: cities sacked, killings, people rounded up, flights begun, aid trucks, arms
    # supplied to "it"
    ("ASSAULT", "18", r"\bsacked\s+(?!(?:prime|minister|foreign|defen[cs]e|his|her|its|their)\b)(?=[A-Z]|the\s+(?:city|capital|town))|\b(?:wave\s+of\s+|mass\s+)?killings\b"),
    ("COERCE", "173", r"\b(?:were|was)\s+rounded\s+up\b"),
    ("COOPERATE", "06", r"\bflights\s+(?:[\w'’-]+\s+){0,5}?(?:began|started|resumed|opened)\b"),
    ("AID", "07", r"\b(?:trucks|lorries|convoys?|planes|aircraft)\s+carrying\s+(?:[\w'’,-]+\s+){0,4}?(?:aid|food|medicine|supplies|tents|water)\b|\b(?:provid|suppl)(?:ed|ied|ies|ying)\s+(?:it|them)\s+with\b"),
    # round 40: hostages taken, abdications, exile
    ("ASSAULT", "181", r"\bhostages\s+(?:were|was)\s+(?:taken|seized)\b"),
    ("OTHER", "", r"\babdicat(?:ed|es|ion)\b"),
    ("COERCE", "174", r"\b(?:was|were|being)\s+exiled\b|\bexiled\s+(?:him|her|them)\b"),
    # round 41: towns brought under a ruler's control, lands incorporated, forces linked up, deaths of leaders,
    # construction begun, bridges opened, candidate status, the euro and Schengen, contracts awarded, objections
    ("ASSAULT", "19", r"\bbr(?:ought|ing|ings|inging)\s+(?:[\w'’,-]+\s+){0,8}?under\s+(?:[\w'’-]+\s+){0,3}?(?:rule|control)\b"),
    ("COERCE", "17", r"\b(?:was|were)\s+(?:formally\s+)?incorporated\s+into\b"),
    ("COOPERATE", "06", r"\blinked\s+up\s+with\b|\badopted\s+the\s+euro\b|\bentered\s+the\s+schengen\b"),
    ("OTHER", "", r"\bdied\s+(?:on|in)\s+(?=\d|[A-Z][a-z]+\s+\d)|\b(?:construction|work)\s+(?:on\s+)?(?:[\w'’-]+\s+){0,6}?(?:began|started|was\s+completed)\b"),
    ("SUPPORT", "05", r"\b(?:received|granted|was\s+given|obtained)\s+(?:[\w'’-]+\s+)?candidate\s+status\b"),
    # round 76: money deposited with another state's central bank ("Saudi Arabia deposited $5 billion with the
    # Central Bank of Egypt"), as Gulf states prop up a partner's currency
    ("AID", "071", r"\bdeposit(?:ed|s|ing)?\s+(?:[\w$€£.,]+\s+){0,4}?(?:with|in|into|at)\s+(?:the\s+|its\s+)?"
                   r"(?:[\w'’]+\s+){0,2}?central\s+bank\b"),
    # round 76: trade that began to flow ("deliveries began in 2008", "began shipping crude oil to Cuba")
    ("COOPERATE", "06", r"\b(?:deliveries|exports|imports|shipments|supplies)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?"
                        r"(?:began|started|resumed)\b|\b(?:began|started|resumed)\s+(?:delivering|shipping|importing|"
                        r"exporting|supplying|selling)\b"),
    # round 71: works opened, completed or put into service (a pair's joint project in a relations article):
    # "The Causeway ... was formally opened on 28 June 1924", "the first two cables entered service in 1976"
    ("COOPERATE", "06", r"\b(?:bridges?|tunnels?|pipelines?|railways?|railroads?|highways?|motorways?|roads?|canals?|dams?|"
                        r"causeway|link|line|metro|cables?|interconnect(?:or|ion)s?|terminals?|plants?|reactors?|"
                        r"turbines?|airport|ferry|service)\b,?(?:\s+(?!and\s+(?:the|a|an|its|their)\b)[\w'’(),–-]+){0,12}?\s+(?:(?:was|were)\s+"
                        r"(?:(?:formally|officially|finally|jointly)\s+)?(?:opened|inaugurated|completed|commissioned)"
                        r"|opened\s+(?:to\s+traffic\s+)?(?:on|in)\b|entered\s+(?:commercial\s+)?(?:service|operation)"
                        r"|(?<=,\s)(?:completed|opened|inaugurated|commissioned)\s+(?:in|on)"  # "the railway ..., completed in 1955"
                        r"|began\s+(?:commercial\s+)?operations?|(?:came|went)\s+into\s+(?:service|operation))\b"),
    # session 17: the ceremonies of joint works, and credit lines
    ("COOPERATE", "06", r"\bflagged\s+off\b|\blaid\s+(?:the\s+)?foundation\s+stones?\b|\binaugurated\s+(?:the\s+|a\s+|an\s+)?"
                        r"(?:[\w'’–-]+\s+){0,5}?(?:bridges?|tunnels?|pipelines?|railways?|highways?|roads?|canals?|dams?|"
                        r"causeway|cables?|interconnect(?:or|ion)s?|terminals?|plants?|ports?|airport|hospital|"
                        r"(?:border\s+)?(?:crossing|checkpost|check\s+post|marker|market)s?|rail\s+links?)\b"),
    ("COOPERATE", "06", r"\bjointly\s+opened\s+(?:the|a|an)\s+(?:[\w'’–-]+\s+){0,4}?(?:bridge|tunnel|pipeline|railway|"
                        r"highway|road|canal|dam|(?:border\s+)?(?:crossing|checkpost|check\s+post|post))\b"),
    ("AGREE", "057", r"\b(?:treaty|treaties|agreements?|accords?|pacts?|conventions?)\s+(?:was|were)\s+(?:(?:again|further)\s+)?"
                     r"(?:extended|renewed|revised|amended|prolonged)\b"),
    ("AID", "071", r"\blines?\s+of\s+credit\b|\bcredit\s+lines?\b"),
    ("AGREE", "057", r"\bcontract\s+(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+awarded\b|\bawarded\s+(?:[\w'’-]+\s+){0,3}?contract\b"),
    ("ACCUSE", "111", r"\bobjected\b|\bobjects\s+(?:to|that)\b"),
    # round 43: envoys designated, unions ended, campaigns led against a state, relations that became strained,
    # relations absent since a date
    ("SUPPORT", "05", r"\b(?:was|were)\s+(?:designated|appointed|accredited|named)\s+(?:as\s+)?(?:the\s+)?(?:first\s+|new\s+)?(?:[\w'’-]+\s+)?(?:ambassador|envoy|high\s+commissioner|charg[ée]\s+d['’]affaires|consul)\b"),
    ("OTHER", "", r"\bend(?:ed|s)?\s+(?:its|their|the)\s+union\b|\bdissol(?:ved|ution\s+of)\s+(?:the\s+|its\s+|their\s+)?union\b"),
    ("ASSAULT", "19", r"\bled\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:campaign|expedition)\s+(?:against|into)\b"),
    ("REJECT", "12", r"\b(?:relations|ties)\s+(?:[\w'’-]+\s+){0,5}?(?:became|grew)\s+(?:increasingly\s+)?strained\b"),
    ("SANCTION", "161", r"\bno\s+(?:formal\s+)?(?:diplomatic\s+)?relations\s+since\b"),
    # round 44: protest notes, membership applications submitted, "NATO's 32nd member", armies destroyed, wars
    # ended by a treaty, alliances made, meetings with a monarch, missions opened on a date, permission given,
    # contacts frozen, airspace entered, conscription, proposals turned down, pipelines ruptured
    ("ACCUSE", "111", r"\b(?:delivered|handed|sent|lodged)\s+(?:an?\s+)?(?:formal\s+|diplomatic\s+|strong\s+)?(?:protest\s+)?note\b"),
    ("REQUEST", "10", r"\bsubmitted\s+(?:its|their|an?)\s+application\b"),
    ("COOPERATE", "06", r"\bbec(?:ame|omes)\s+[A-Z][\w-]*['’]s\s+(?:\d+(?:st|nd|rd|th)\s+|newest\s+)?member\b"),
    ("ASSAULT", "19", r"\b(?:army|armies|fleet|forces|troops)\s+(?:[\w'’-]+\s+)?(?:was|were)\s+(?:destroyed|annihilated|routed|crushed|defeated)\b|\bexplosions?\s+(?:[\w'’-]+\s+){0,2}?(?:ruptured|damaged|destroyed)\b"),
    ("AGREE", "057", r"\b(?:was|were)\s+ended\s+by\s+the\s+(?:[\w'’-]+\s+)?(?:treaty|peace|armistice)\b|\b(?:made|formed|entered\s+into)\s+an?\s+alliance\s+with\b|\bg(?:ave|ives|ranted)\s+(?:its\s+)?permission\s+for\b"),
    ("CONSULT", "044", r"\bmet\s+the\s+(?:emperor|king|queen|tsar|czar|president|prime\s+minister|chancellor|pope|shah|sultan)\b"),
    ("COOPERATE", "064", r"\b(?:embassy|consulate(?:[- ]general)?)\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+opened\s+(?:on|in)\b"),
    ("SANCTION", "16", r"\b(?:contacts|cooperation|talks|dialogue)\s+(?:[\w'’-]+\s+){0,5}?(?:were|was)\s+(?:largely\s+|effectively\s+|all\s+but\s+)?frozen\b"),
    ("MOBILIZE", "15", r"\b(?:violated|entered|intruded\s+into)\s+(?:[\w'’-]+\s+)?airspace\b|\bconscription\s+(?:was\s+)?(?:reintroduced|reinstated|restored)\b|\breintroduc(?:ed|es)\s+conscription\b"),
    ("REJECT", "12", r"\b(?:was|were)\s+turned\s+down\b"),
    # round 45: wars entered, armies entering a land, revolutions breaking out, laws adopted, gas deliveries begun,
    # threats to block, decisions and aid blocked, criticism drawn, leaders who spoke somewhere
    ("ASSAULT", "19", r"\bentered\s+the\s+(?:[\w'’-]+\s+)?war\b|\b(?:army|troops|forces|soldiers)\s+(?:[\w'’-]+\s+){0,2}?entered\s+(?=[A-Z])"),
    ("PROTEST", "14", r"\b(?:revolution|uprising|revolt|rebellion|protests|riots)\s+broke\s+out\b"),
    ("OTHER", "", r"\b(?:parliament|rada|assembly|government|sejm|duma|knesset|congress|senate)\s+(?:[\w'’-]+\s+){0,2}?(?:adopted|passed)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:law|act|bill|procedure|resolution|amendment)\b"),
    ("COOPERATE", "06", r"\bbegan\s+(?:[\w'’-]+\s+){0,3}?(?:gas|oil|electricity|arms|grain)\s+(?:deliveries|supplies|exports|imports|shipments)\b"),
    ("THREATEN", "13", r"\b(?:would|will)\s+(?:block|veto)\b"),
    ("REJECT", "12", r"\bblock(?:ed|s|ing)\s+(?:an?\s+|the\s+)?(?:[\w'’€$.,-]+\s+){0,4}?(?:meeting|decision|tranche|package|accession|statement|resolution|sanctions|aid|talks|deal|agreement)\b"),
    ("ACCUSE", "111", r"\bdrew\s+(?:[\w'’-]+\s+)?(?:criticism|condemnation|protests?)\b"),
    ("CONSULT", "040", r"\b(?:spoke|talked)\s+(?:briefly\s+|privately\s+)?(?:in|at)\s+(?=[A-Z])"),
    # OTHER: dated facts without a PLOVER type
    ("OTHER", "", r"\b(?:came|come|coming|comes)\s+to\s+power\b|\bt(?:ook|aken)\s+(?:office|power)\b|\btook\s+over\s+as\b|\bbr(?:ought|ings)\s+(?:[\w'’-]+\s+){1,3}?to\s+power\b|\bsworn\s+in\b|\binaugurat(?:ed|ion)\b|\b(?:bec(?:ame|omes)|(?:had|has|have)\s+become)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|first|new|acting|interim)\s+){0,2}?"
                  rf"(?:{OFFICE_TITLES})\b"),
    ("OTHER", "", r"\bbec(?:ame|omes)\s+(?:an?\s+)?(?:autonomous\s+|integral\s+)?part\s+of\b"),
    ("OTHER", "", r"\b(?:was|were|is|been)\s+(?:re-?)?elected\b|\belections?\b|\breferendum\b"),
    # session 19: people ordered out ("ordered undocumented foreigners to leave within two weeks", "gave French
    # special forces a month to leave"): COERCE in 9 of the held-out golds' 16 (diplomats sent home, SANCTION, above)
    ("COERCE", "174", r"\bordered\s+(?:[\w'’-]+\s+){0,5}?to\s+leave\b|"
                      r"\bgave\s+(?:[\w'’-]+\s+){0,4}?(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+to\s+leave\b"),
    # session 19: settlements told without "signed" ("the two countries settled the boundary", "both congresses
    # approved it", "the Conference of Ambassadors confirmed the 1913 frontier", "Egypt undertook to pay",
    # "delimited their maritime zones"): AGREE in 14 of 14, 8 of 9, 25 of 33, 17 of 18 and 20 of 26 golds' events;
    # "accepted" alone (37 AGREE, 19 CONCEDE) after the entries above that tell demands, terms and refugees
    ("AGREE", "057", r"\bapproved\s+(?:it|them)\b|\bapproved\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:treaty|agreement|accord|deal|"
                     r"protocol|convention|amendment|accession)\b|\bsettled\s+(?:the|their)\s+(?:[\w'’\"“”-]+\s+){0,3}?"
                     r"(?:boundary|border|frontier|dispute|details|question|issue|war|claims?)\b|"
                     r"\bconfirmed\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:frontier|boundary|border|division|line|award|"
                     r"agreement|treaty|mandates?)\b|\bundert(?:ook|akes|aken)\s+to\b|\bdelimit(?:ed|s)\b"),
    ("AGREE", "03", r"\baccept(?:ed|s)\b"),
    # session 19: visits and meetings told by their host or their journey: "hosted" (64 of 75 golds' events
    # CONSULT; refugees hosted are AID above), "made a state visit to", "made the journey to", "made an
    # unannounced stop in" (67 of 67), "received him in Cairo", "was received by", "brought X and Y together",
    # "stopped in Rangoon"
    ("CONSULT", "042", r"\bhost(?:ed|s)\b|\bmade\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:visit|trip|journey|stop|tour)s?\b|\breceived\s+(?:him|her|them)\b|\b(?:was|were)\s+received\s+by\b|"
                       r"\bbrought\s+(?:[\w'’-]+\s+){1,6}?together\b|\bstopped\s+(?:over\s+)?in\s+(?=[A-Z])"),
    # session 19: refusals told as a verdict on a text or a body: declared "null" or void (13 of 13 golds'
    # events REJECT), voted against or no (10 of 11), withheld recognition, stayed away from, abandoned the plan,
    # and a state that would leave or left an organisation (11 of 24, the rest spread over five types)
    ("REJECT", "12", r"\b(?:declar(?:ed|ing)|pronounc(?:ed|ing))\s+(?:[\w'’\"“-]+\s+){0,4}?[\"“]?(?:null|void|invalid)\b|"
                     r"\bvoted\s+(?:against|no)\b|\bwithheld\s+(?:its\s+|their\s+)?recognition\b|\bstayed\s+away\s+from\b|"
                     r"\babandon(?:ed|s)\s+(?:it\b|them\b|(?:the|that|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:attempt|project|"
                     r"plan|deal|talks|negotiations|idea|claim|effort|scheme)\b)|"
                     r"\b(?:would|to)\s+(?:leave|quit)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}?(?:[A-Z]{2,}|Organi[sz]ation|"
                     r"Community|Commonwealth|League)\b"),
    # session 21: an inquiry's finding of blame: "a government commission concluded in April 1983 that Soviet
    # submarines had been involved" (ACCUSE 9 of 12 golds' events)
    ("ACCUSE", "112", r"\b(?:investigation|inquiry|report|commission|investigators|panel|probe|experts)\s+(?:[\w'’,-]+\s+){0,8}?"
                      r"(?:concluded|found)\s+(?:[\w'’,-]+\s+){0,5}?that\b"),
    # session 21: a named settlement that ended a war ("the Chittagong Hill Tracts Peace Accord ended the Shanti Bahini
    # insurgency"): its conclusion (AGREE 15 of 16 golds' events)
    ("AGREE", "057", r"\b(?:treaty|agreement|accords?|memorandum|peace|armistice|protocol|convention)\s+(?:[\w'’-]+\s+){0,4}?"
                     r"(?:formally\s+|finally\s+)?(?:ended|put\s+an\s+end\s+to)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
                     r"(?:war|conflict|insurgency|fighting|hostilities|dispute|crisis|rebellion|confrontation)\b"),
    # "India let retreating soldiers cross its territory": passage granted (COOPERATE 7 of 21; REJECT 4, negated)
    ("COOPERATE", "06", r"\blet\s+(?:[\w'’-]+\s+){1,5}?(?:cross|pass|use|transit|enter|land|fly)\b"),
    # session 21: openings and entries told with no other word of their kind: "opened the Channel Tunnel", "opened a
    # legation", "opened a high-level dialogue" (the golds, of the matched events read as untyped "opened": COOPERATE
    # 16 of 41, the most common, OTHER 5); "entered the European Union" (COOPERATE 7 of 7); entries above that name a
    # front, fire, a border or an embassy come first
    ("COOPERATE", "06", r"\bopened\b(?!\s+(?:fire|a\s+front|the\s+way|a\s+(?:difficult|new)\s+(?:period|chapter|era)))|"
                        r"\bentered\s+(?:the\s+)?(?:european\s+union|eu|wto|world\s+trade\s+organi[sz]ation|asean|nato|"
                        r"united\s+nations|council\s+of\s+europe|oecd|commonwealth)\b"),
]
