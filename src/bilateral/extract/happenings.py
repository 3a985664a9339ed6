"""Happenings named rather than told: by a year used as an adjective ("the 2020 Nagorno-Karabakh War",
"its 2014 annexation of Crimea", "the 2022–2023 blockade"), by a noun its date follows ("the dissolution of
the Soviet Union in 1991", "the Battle of Chaldiran in 1514", "the Agreement of 21 February 2014"), by a
name with its years in brackets ("the War of the Confederation (1836–1839)"), or by a day's date before a
noun ("its 9 August presidential election").

Why its own reader: a relations article's lead often lists what shaped the relationship as a row of such
names ("relations deteriorated due to the 2018 Armenian Revolution, the 2020 Nagorno-Karabakh War, ...").
No verb says that anything happened there, so the clause reader finds no trigger, yet each name states a
dated happening and annotators count each one. A determiner before the date ("the", "its") and a noun of
a known kind a few words after it are required, so "in 2018 Armenian voters ..." is not read as a name;
a noun a verb governs ("recognised the independence of Morocco on 7 April 1956") is the verb's object,
and eras ("the Cold War (1945–1991)") are no happenings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilateral.extract.dates import DateMention, find_dates
from bilateral.extract.gazetteer import find_names, is_org
from bilateral.extract.lexicon import quad_of
from bilateral.extract.records import EventRecord

# the kind of happening each head noun names (lower-case, singular)
NOUN_TYPE = {
    "war": "ASSAULT", "offensive": "ASSAULT", "clash": "ASSAULT", "clashe": "ASSAULT", "conflict": "ASSAULT",
    "invasion": "ASSAULT", "annexation": "ASSAULT", "incursion": "ASSAULT", "skirmish": "ASSAULT",
    "skirmishe": "ASSAULT", "airstrike": "ASSAULT", "genocide": "ASSAULT", "pogrom": "ASSAULT",
    "revolution": "PROTEST", "protest": "PROTEST", "uprising": "PROTEST", "riot": "PROTEST",
    "blockade": "COERCE", "embargo": "SANCTION",
    "treaty": "AGREE", "agreement": "AGREE", "accord": "AGREE", "accords": "AGREE", "convention": "AGREE",
    "pact": "AGREE", "protocol": "AGREE", "coup": "OTHER", "insurgency": "ASSAULT", "takeover": "COERCE",
    "standoff": "MOBILIZE", "bombing": "ASSAULT", "massacre": "ASSAULT", "murder": "ASSAULT",
    "assassination": "ASSAULT",
}  # fmt: skip
TREATIES = frozenset({"treaty", "agreement", "accord", "accords", "convention", "pact", "protocol"})
"""Nouns naming a signed document: its signing may be told elsewhere in the text as well."""
_DETERMINER = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.IGNORECASE)
# "–2023" after the first year: "the 2022–2023 blockade"
_TO_YEAR = re.compile(r"\s*[–-]\s*(\d{4})\b")
_HEAD = re.compile(r"\s+((?:[A-Z][\w'’.-]*(?:[–-][A-Z][\w'’-]*)?|[a-z]+)\s+){0,3}?"
                   r"(wars?|offensives?|clash(?:es)?|conflicts?|invasion|annexation|incursions?|skirmish(?:es)?|"
                   r"airstrikes?|genocide|pogroms?|revolution|protests?|uprising|riots?|blockade|embargo|"
                   r"treaty|agreement|accords?|convention|pact|protocol|coup|insurgency|takeover|standoffs?|"
                   r"bombings?|massacres?|murders?|assassination)\b",
                   re.IGNORECASE)  # fmt: skip
_KINDS = ("year", "my")


@dataclass(frozen=True)
class Happening:
    """A named, dated happening: its span (from the determiner to the head noun), date and type."""

    start: int
    end: int
    date: str
    plover: str
    noun: str
    inside: tuple[str, ...]  # states named within the name ("Armenia–Azerbaijan", "Azerbaijani")
    mention: int  # where its date mention starts
    nominal: bool = False  # named by a noun its date follows, not by a year as an adjective


# "the dissolution of the Soviet Union in 1991", "the Soviet Union's dissolution in 1991", "the Norman conquest of
# England in 1066": a noun of happening whose own date follows it, with no verb between
NOMINAL_TYPE = {
    "conquest": "ASSAULT", "invasion": "ASSAULT", "occupation": "ASSAULT", "annexation": "ASSAULT",
    "defeat": "ASSAULT", "siege": "ASSAULT", "sack": "ASSAULT", "bombardment": "ASSAULT", "massacre": "ASSAULT",
    "assassination": "ASSAULT", "partition": "ASSAULT", "partitions": "ASSAULT", "victory": "ASSAULT",
    "murder": "ASSAULT", "dismissal": "OTHER", "resignation": "OTHER",
    "dissolution": "OTHER", "collapse": "OTHER", "breakup": "OTHER", "break-up": "OTHER", "fall": "OTHER",
    "abdication": "OTHER", "death": "OTHER", "independence": "OTHER", "restoration": "OTHER", "unification": "OTHER",
    "reunification": "OTHER", "proclamation": "OTHER", "coronation": "OTHER", "accession": "OTHER",
    "signing": "AGREE", "ratification": "AGREE", "recognition": "SUPPORT", "withdrawal": "RETREAT",
    "expulsion": "COERCE", "deportation": "COERCE", "deportations": "COERCE", "takeover": "COERCE",
    "coup": "OTHER", "insurgency": "ASSAULT",
    **{noun: "ASSAULT" for noun in ("War", "Conflict", "Crisis", "Insurgency", "Intervention", "Invasion", "Battle",
                                     "Siege", "Fall", "Sack")},
    "Declaration": "AGREE", "Award": "AGREE", "Memorandum": "AGREE",
    **{noun: "PROTEST" for noun in ("Revolution", "Uprising", "Revolt", "Rebellion")},
    **{noun: "AGREE" for noun in ("treaty", "agreement", "accord", "accords", "convention", "pact", "protocol",
                                   "Treaty", "Agreement", "Accord", "Accords", "Convention", "Pact", "Protocol")},
}  # fmt: skip
_WORD = r"(?:(?!(?:that|which|who|whom|was|were|is|are|had|has|have|been|by|and|but|after|before|when)\b)[\w'’.–-]+\s+)"
_NOMINAL = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’–-]+\s+){0,2}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s\s+"
    r"|(?<=\band\s)(?=[A-Z])(?:[\w'’–-]+\s+){1,2}?(?=[A-Z]))"  # "the X War of 1965 and Y War of 1971"
    rf"({'|'.join(sorted(NOMINAL_TYPE, key=len, reverse=True))})\s+"
    rf"(?:(?:of|from|against|with|to|between|at|over|in)\s+{_WORD}{{1,6}}?)?(?:in|on|of)\s+$")
_NOMINAL_KINDS = ("year", "my", "dmy", "span")


def _nominal(text: str, d: DateMention, s: int) -> Happening | None:
    """The happening a noun before the date `d` names ("the dissolution of the Soviet Union in 1991")."""
    if d.kind not in _NOMINAL_KINDS or d.modifier or (d.year is None and d.lo is None):
        return None
    m = _NOMINAL.search(text, max(s, d.start - 110), d.start)
    date = d.resolve()
    if not m or date is None:
        return None
    if _ERA.search(m.group(0)):
        return None
    plover, noun = NOMINAL_TYPE[m.group(1)], m.group(1).lower()
    inside = tuple(dict.fromkeys(x.code for x in find_names(text, m.start(), d.start) if not is_org(x.code)))
    return Happening(m.start(), d.end, date, plover, noun, inside, d.start, nominal=True)


# "the Russo-Turkish War (1877–1878)", "the Nigerian civil war (1967–70)": a named happening with its years
_BRACKETED = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'’–-]*\s+){0,4}(?:[a-z]+\s+)?"
    r"(War|war|Revolution|Uprising|Crisis|Conflict|Insurgency|Rebellion|Revolt|Occupation|Blockade|Intervention)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’–-]*\s*){1,4}?)?\s+\((\d{4})(?:\s*[–-]\s*(\d{2,4}))?\)")
_HEAD_TYPE = {"war": "ASSAULT", "crisis": "ASSAULT", "conflict": "ASSAULT", "insurgency": "ASSAULT",
              "occupation": "ASSAULT", "intervention": "ASSAULT", "blockade": "COERCE", "revolution": "PROTEST",
              "uprising": "PROTEST", "rebellion": "PROTEST", "revolt": "PROTEST"}  # fmt: skip


# eras rather than happenings between two states: annotators leave them out
_ERA = re.compile(r"\b(?:Cold|World|Great|Napoleonic|Thirty\s+Years['’]?)\s+Wars?\b")


def _bracketed(text: str, s: int, e: int, dates: list[DateMention]) -> list[Happening]:
    """Named wars and revolutions of text[s:e] with their years in brackets; "(1967–70)" ends in 1970."""
    out = []
    for m in _BRACKETED.finditer(text, s, e):
        if _ERA.search(m.group(0)):
            continue
        first, last = int(m.group(2)), m.group(3)
        if last:
            end = int(m.group(2)[: 4 - len(last)] + last)
            if not first < end <= first + 50:
                continue
        date = f"{first}/{end}" if last else str(first)
        mention = next((d.start for d in dates if m.start(2) - 1 <= d.start < m.end()), m.start(2))
        inside = tuple(dict.fromkeys(x.code for x in find_names(text, m.start(), m.start(1)) if not is_org(x.code)))
        out.append(Happening(m.start(), m.end(), date, _HEAD_TYPE[m.group(1).lower()], m.group(1).lower(), inside,
                             mention, nominal=True))  # fmt: skip
    return out


# between a verb and its object: a few words, no punctuation, no preposition ("during the War of ...")
_GOVERNED = re.compile(r"\s+(?:(?!(?:during|after|before|since|in|on|at|with|following|amid|until|by|from|of|for|"
                       r"despite|under|over|against|to|and|but|while|when)\b)[\w'’-]+\s+){0,3}")


def _object(text: str, s: int, start: int, verbs: list[tuple[int, int]]) -> bool:
    """True when a verb of the sentence governs the phrase at `start` ("recognised the independence of ...",
    "won its independence ...") rather than framing it ("soured during the War of ...")."""
    return any(s <= a < start and (b > start or _GOVERNED.fullmatch(text, b, start)) for a, b in verbs)


def find_happenings(text: str, dates: list[DateMention], s: int, e: int,
                    verbs: list[tuple[int, int]]) -> list[Happening]:  # fmt: skip
    """Every happening named with a year as an adjective, or by a noun its date follows, in text[s:e].

    A noun that is a verb's object ("recognised the independence of Morocco on 7 April 1956") is not
    one: its date is the verb's. `verbs` are the sentence's trigger spans.
    """
    nominals = [*(_nominal(text, d, s) for d in dates if d.start >= s), *_bracketed(text, s, e, dates)]
    out: list[Happening] = [h for h in nominals if h and not _object(text, s, h.start, verbs)]
    for d in dates:
        if d.kind not in _KINDS or d.year is None or d.start < s:
            continue
        det = _DETERMINER.search(text, max(s, d.start - 6), d.start)
        if not det:
            continue
        end, date = d.end, d.resolve()
        to = _TO_YEAR.match(text, end, e)
        if to and d.year < int(to.group(1)) <= d.year + 30:
            end, date = to.end(), f"{d.year}/{to.group(1)}"
        head = _HEAD.match(text, end, e)
        if not head or date is None:
            continue
        noun = head.group(2).lower()
        noun = noun[:-1] if noun.endswith("s") and noun[:-1] in NOUN_TYPE else noun
        if noun in TREATIES and _object(text, s, det.start(), verbs):
            continue  # "criticized the 1999 treaty": the document, not its signing
        inside = tuple(dict.fromkeys(m.code for m in find_names(text, end, head.start(2)) if not is_org(m.code)))
        out.append(Happening(det.start(), head.end(), date, NOUN_TYPE[noun], noun, inside, d.start))
    return out


# "Lebanon did not participate in the Six-Day War in 1967, nor the Yom Kippur War in 1973": wars a state stayed
# out of, which its subject must not be made a party to
_STAYED_OUT = re.compile(r"\b(?:(?:did\s+not|didn['’]t|never)\s+(?:participate|take\s+part|fight|join)\s+in|"
                         r"stayed\s+out\s+of|remained\s+neutral\s+(?:in|during))\s+$|\bnor\s+(?:in\s+)?$",
                         re.IGNORECASE)  # fmt: skip
_NEGATED = re.compile(r"\b(?:did\s+not|didn['’]t|never|neither)\b", re.IGNORECASE)


def happening_event(text: str, h: Happening, s: int, e: int, pair: tuple[str, str] | None) -> EventRecord | None:
    """The event a named happening states. Its actors are the states its name holds ("the 2022
    Armenia–Azerbaijan clashes"), else, as for a dated noun, the state named last before it (an attack)
    or a state of the pair named in the sentence; none for a happening the sentence says a state stayed out of."""
    stayed = _STAYED_OUT.search(text, max(s, h.start - 40), h.start)
    if stayed and (not stayed.group(0).lower().startswith("nor") or _NEGATED.search(text, s, stayed.start())):
        return None
    actors = list(h.inside)
    if not actors:
        named = [m for m in find_names(text, s, e) if not is_org(m.code) and not h.start <= m.start < h.end]
        prior = [m.code for m in named if m.start < h.start]
        ours = [m.code for m in named if pair and m.code in pair]
        code = (prior[-1] if prior else None) if h.plover == "ASSAULT" else (ours[0] if ours else None)
        code = code or (named[0].code if named else None)
        if code is None and not pair:
            return None
        actors = [code] if code else list(pair or ())  # "the War of the Confederation (1836–1839)" in its article
    if pair and len(actors) == 1 and actors[0] in pair and h.plover in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION"):
        actors.append(pair[1] if actors[0] == pair[0] else pair[0])  # "the Turkish intervention of 1974" in Cyprus
    return EventRecord(
        date=h.date, actors=actors, plover=h.plover, quad=quad_of(h.plover), start=h.start, end=h.end,
        sentence_start=s, sentence_end=e, confidence=0.5, trigger=h.noun,
        cameo_root="19" if h.plover == "ASSAULT" else None,
    )  # fmt: skip


def around(happenings: list[Happening], start: int, end: int, at: int) -> tuple[int, int]:
    """The part of a clause span (start, end) around its trigger `at` that holds no named happening:
    "sanctions against Russia for its 2014 annexation of Crimea" cites the sanctions, not the annexation,
    which is an event of its own."""
    for h in happenings:
        if start <= h.start and h.end <= end:
            if h.end <= at:
                start = h.end
            elif at < h.start:
                end = h.start
    return start, end


# a day's date naming the noun after it: "its 9 August presidential election", "the September 11 attacks"
DATED_NOUN = re.compile(
    r"\s+(?:\w+\s+){0,2}?(attacks?|bombings?|elections?|referendum|summit|invasion|coup|massacre)\b",
    re.IGNORECASE,
)
_DAY_NOUN_TYPE = {"attack": "ASSAULT", "bombing": "ASSAULT", "invasion": "ASSAULT", "massacre": "ASSAULT",
                  "coup": "ASSAULT", "election": "OTHER", "referendum": "OTHER", "summit": "CONSULT"}  # fmt: skip


def dated_noun_event(text: str, d: DateMention, nm: re.Match[str], sentence: tuple[int, int], last_year: int | None,
                     pair: tuple[str, str] | None) -> EventRecord | None:  # fmt: skip
    """The event a day's date names with the noun after it (`nm`, a DATED_NOUN match after `d`): an attack
    is the last state named before it; an election or summit a state of the pair named in the sentence."""
    s, e = sentence
    value = d.resolve(last_year)
    if d.year is None:
        later = [x for x in find_dates(text, d.end, e) if x.kind == "year"]
        value = d.resolve(later[0].year if later else last_year)
    if value is None:
        return None
    start = d.start
    before = text[max(s, d.start - 8) : d.start]
    pm = re.search(r"\b(?:its|the|their|his|her)\s+$", before)
    if pm:
        start = d.start - len(before) + pm.start()
    noun = nm.group(1).lower().rstrip("s")
    plover = _DAY_NOUN_TYPE.get(noun, "OTHER")
    named = [m for m in find_names(text, s, e) if not is_org(m.code)]
    if not named:
        return None
    prior = [m.code for m in named if m.start < d.start]
    code = (prior[-1] if prior else named[0].code) if plover == "ASSAULT" else named[0].code
    if plover == "OTHER" and pair:
        inside = [m.code for m in named if m.code in pair]
        code = inside[-1] if inside else code
    return EventRecord(
        date=value, actors=[code], plover=plover, quad=quad_of(plover), start=start, end=nm.end(),
        sentence_start=s, sentence_end=e, confidence=0.5, trigger=nm.group(1),
        cameo_root="19" if plover == "ASSAULT" else ("04" if plover == "CONSULT" else None),
    )  # fmt: skip
