"""Standing ties the text states: organisations both states belong to, and a shared border.

Membership must be said of both ("Both are members of ...", "the two countries are members of",
"X and Y are members of") — an organisation merely mentioned is not a shared membership.
"""

from __future__ import annotations

import re

from bilateral.documents.model import Document
from bilateral.extract.actors import first_state
from bilateral.extract.gazetteer import NON_ACTOR_ORGS, OUTPUT_CODE, find_names, is_org, org_name
from bilateral.extract.records import BorderRecord, OrgRecord

_MEMBER = re.compile(r"\b(?:members?|membership|member\s+states|belong(?:s|ed)?\s+(?:together\s+|jointly\s+)?to|"
                     r"founding\s+members?|founders\s+of|(?:co-?)?founded|both\s+joined|admitted\s+to|t(?:ake|akes|ook)\s+part\s+in|(?:are|were)\s+(?:\w+\s+)?part\s+of|participate\s+in)\b",
                     re.IGNORECASE)  # fmt: skip
_NOT_THIS = re.compile(r"\b(?:predecessor|forerunner|successor)\s+(?:of|to)\s+(?:the\s+)?$")
# "both are candidates for membership of the European Union", "applied to join the EEC": not members (yet)
_NOT_YET = re.compile(r"\b(?:candidates?\s+(?:for\s+(?:membership\s+(?:of|in)|accession\s+to)|to\s+join)|"
                      r"appl(?:y|ied|ies|ying)\s+(?:to\s+join|for\s+membership\s+(?:of|in))|"
                      r"(?:seek|seeks|sought|seeking|hope|hopes|hoped|aspire|aspires|aspired)\s+to\s+join|"
                      r"observers?\s+(?:in|at|of|to))\s+(?:the\s+)?$", re.IGNORECASE)
_UNTIL_LEFT = re.compile(r"[^.;]{0,20}?\buntil\b[^.;]{0,60}?\b(?:left|withdrew|quit|exited|was\s+expelled)\b")
_BOTH = re.compile(r"\b(?:both|the\s+two\s+(?:countries|nations|states)|each\s+other|"
                   r"each\s+(?:country|nation|state)|(?:shared|common|joint)\s+membership|"
                   r"joined\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,5}?together)\b",  # "joined the United Nations together"
                   re.IGNORECASE)  # fmt: skip
# "membership in both", "joined both.": "both" naming the organisations, not the states
_BOTH_BEFORE = re.compile(r"\b(?:in|of|to|into|for|with|join(?:ed|s)?)\s+$", re.IGNORECASE)
_BOTH_AFTER = re.compile(r"\s*[,.;:)]")
# "..., although Cuba has not taken part in the OAS": what follows speaks of one state, not of both
_CONTRAST = re.compile(r"[,;]\s+(?:although|though|but|whereas|while|except|even\s+though)\b|;", re.IGNORECASE)
_THEY = re.compile(r"\b(?:they|them)\b", re.IGNORECASE)  # "They are also members of ..." right after
_NOT = re.compile(r"\b(?:not|never|neither|nor)\b", re.IGNORECASE)
_SHARE = re.compile(
    r"\b(?:share[sd]?|sharing)\s+(?:a\s+|the\s+|an?\s+)?(?:[\w,.-]+\s+){0,3}?border\b"
    r"|\bcommon\s+(?:\w+\s+)?border\b|\bborder\s+(?:with\s+)?each\s+other\b|\bborders?\s+(?:each\s+other)\b",
    re.IGNORECASE,
)
_NO_SHARE = re.compile(r"\b(?:do|does|did)\s+not\s+(?:share\s+(?:a\s+)?(?:\w+\s+)?(?:border|boundary)|border)\b|"
                       r"\bno\s+(?:common\s+|shared\s+)?(?:land\s+)?(?:border|boundary)\b|"
                       r"\bshar(?:e[sd]?|ing)\s+no\s+(?:\w+\s+)?(?:border|boundary)\b",
                       re.IGNORECASE)  # fmt: skip
_BORDERS = re.compile(r"\b(?:borders|bordered\s+by|bordering|border\s+between)\b")  # "X borders Y": both states named
# "are neighbouring countries", "the two are neighbours" (both states named or "the two ...")
_NEIGHBOURS = re.compile(r"\b(?:are|were|as)\s+(?:\w+\s+)?neighbou?r(?:s|ing\s+(?:countries|states|nations))\b",
                         re.IGNORECASE)  # fmt: skip
# "neighbours separated by the East China Sea", "maritime neighbours": no land border
_BY_SEA = re.compile(r"\bseparated\s+(?:only\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?i:seas?|straits?|channels?|gulfs?|oceans?|bays?)\b|"  # "the Sulu and Celebes seas"
                     r"\b(?:maritime|sea)\s+neighbou?rs\b|"
                     # "neighbours across the Yucatán Channel"
                     r"\bneighbou?rs\s+across\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:Seas?|Straits?|Channels?|Gulfs?|Oceans?|Bays?)\b")  # fmt: skip
_LAND_TOO = re.compile(r"\bshar(?:e[sd]?|ing)\s+(?:a\s+|the\s+)?(?:land\s+)?borders?\b")
_COMPOUND_BORDER = re.compile(r"\b([A-Z][\w ]{2,40}?)[–-]([A-Z][\w ]{2,40}?)\s+border\b")  # "the Peru–Ecuador border"


def extract_organisations(doc: Document, pair: tuple[str, str] | None) -> list[OrgRecord]:
    """Organisations named in sentences that say both states are members."""
    text = doc.text
    out: list[OrgRecord] = []
    seen: set[str] = set()
    previous_said_both = -1  # index of the last sentence that said both are members
    for i, sent in enumerate(doc.sentences):
        s, e = sent.start, sent.end
        low = text[s:e].lower()
        if not any(word in low for word in ("member", "belong", "join", "part", "found", "admitted")):
            continue
        member = _MEMBER.search(text, s, e)
        if not member:
            continue
        cut = _CONTRAST.search(text, member.end(), e)
        e = cut.start() if cut else e
        names = find_names(text, s, e)
        states = {m.code for m in names if not is_org(m.code)}
        both = any(_of_states(text, m, s) for m in _BOTH.finditer(text, s, e))
        both = both or (pair is not None and set(pair) <= states and _coordinated(text, s, e, names, pair))
        both = both or (previous_said_both == i - 1 and bool(_THEY.search(text, s, e)) and not states)
        if not both and pair and not _NOT.search(text, s, e):
            for m in _each_joined(text, names, pair):  # "Finland became a member of NATO ... and Sweden became ..."
                if m.code not in seen:
                    seen.add(m.code)
                    out.append(OrgRecord(OUTPUT_CODE.get(m.code, m.code), org_name(m.code), m.start, m.end))
        if not both or _NOT.search(text, s, e):
            continue
        previous_said_both = i
        for m in names:
            if _NOT_THIS.search(text, max(s, m.start - 30), m.start):
                continue  # "founded the European Community, the predecessor of the European Union"
            if _NOT_YET.search(text, max(s, m.start - 60), m.start):
                continue
            if _UNTIL_LEFT.match(text, m.end, e):
                continue  # "both belonged to the European Union until the United Kingdom left it"
            if is_org(m.code) and m.code not in NON_ACTOR_ORGS and m.code not in seen:
                seen.add(m.code)
                out.append(OrgRecord(OUTPUT_CODE.get(m.code, m.code), org_name(m.code), m.start, m.end))
    gone = _left(doc, pair)
    return [o for o in out if o.code not in gone]


_EXIT = re.compile(r"\b(?:withdrawal|departure|exit|withdrew|left|quit|(?<!threatened\sto\s)leave)\s+"
                   r"(?:from\s+)?(?:the\s+)?$")
_EXIT_END = re.compile(r"\s*[,.;]|\s+(?:in|on|took|which|was|had|after|and|with|at)\b")
_LEAVERS = re.compile(r"\b(?:their|they|both|the\s+(?:two|three|four))\b", re.IGNORECASE)


def _left(doc: Document, pair: tuple[str, str] | None) -> set[str]:
    """Organisations a state of the pair is told to have left: "their withdrawal from ECOWAS, which ...",
    "Georgia left the CIS in 2009", "announced that it would leave ECOWAS" (not "threatened to leave"). A
    membership the text tells of founders is then no shared tie now; leaving a body's part ("withdrew from
    NATO's military command") or rejoining it is not leaving it."""
    text = doc.text
    out: set[str] = set()
    for sent in doc.sentences:
        s, e = sent.start, sent.end
        low = text[s:e].lower()
        if not any(w in low for w in ("withdr", "depart", "exit", "left", "quit", "leave")) or "rejoin" in low:
            continue
        names = find_names(text, s, e)
        leavers = bool(_LEAVERS.search(text, s, e)) or any(m.code in (pair or ()) for m in names)
        for m in names:
            if is_org(m.code) and leavers and _EXIT.search(text, max(s, m.start - 30), m.start) \
                    and _EXIT_END.match(text, m.end):
                out.add(OUTPUT_CODE.get(m.code, m.code))
    return out


_JOINED_ORG = re.compile(r"\b(?:became|becomes|become|is|was|has\s+been|joined|joins)\s+(?:an?\s+(?:full\s+)?member\s+"
                         r"(?:state\s+)?of\s+)?(?:the\s+)?$")


def _each_joined(text: str, names: list, pair: tuple[str, str]) -> list:
    """Organisations each state of the pair is said, on its own, to have joined in one sentence."""
    members: dict[str, set[str]] = {}
    first: dict[str, object] = {}
    last_state = None
    for m in names:
        if not is_org(m.code):
            last_state = m
            continue
        if last_state is not None and last_state.code in pair and _JOINED_ORG.search(text, last_state.end, m.start) \
                and m.start - last_state.end <= 40:
            members.setdefault(m.code, set()).add(last_state.code)
            first.setdefault(m.code, m)
    return [first[code] for code, states in members.items() if set(pair) <= states and code not in NON_ACTOR_ORGS]


def _of_states(text: str, m: re.Match[str], s: int) -> bool:
    """'Both are members', 'the two countries': said of the states; 'supports its membership in both.' is not."""
    if m.group(0).lower() != "both":
        return True
    return not (_BOTH_BEFORE.search(text[max(s, m.start() - 8) : m.start()]) or _BOTH_AFTER.match(text, m.end()))


def _coordinated(text: str, s: int, e: int, names: list, pair: tuple[str, str]) -> bool:
    """'X and Y are members of ...' names both as one subject; 'X is a candidate for membership of the EU,
    of which Y is a member' names both but says it of one."""
    ours = [m for m in names if m.code in pair]
    for a, b in zip(ours, ours[1:], strict=False):
        if a.code != b.code and re.fullmatch(r",?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?", text[a.end : b.start]):
            return True
    return False


def extract_border(doc: Document, pair: tuple[str, str] | None = None) -> BorderRecord | None:
    """True/False from the first sentence that says whether the two share a border; else None."""
    text = doc.text
    for sent in doc.sentences:
        low = text[sent.start : sent.end].lower()
        m = _NO_SHARE.search(text, sent.start, sent.end) if "border" in low or "boundary" in low else None
        if m:  # "they are neighbours across the Sea of Japan; they share no land border"
            return BorderRecord(False, m.start(), m.end())
        if "neighbo" in low and pair and not _NOT.search(text, sent.start, sent.end):
            m = _NEIGHBOURS.search(text, sent.start, sent.end)
            named = {x.code for x in find_names(text, sent.start, sent.end)}
            if m and (set(pair) <= named or _BOTH.search(text, sent.start, m.start())):
                sea = _BY_SEA.search(text, sent.start, sent.end)
                sea = None if _LAND_TOO.search(text, sent.start, sent.end) else sea  # "and share land borders at Ceuta"
                return BorderRecord(False, sea.start(), sea.end()) if sea else BorderRecord(True, m.start(), m.end())
        if "border" not in low:
            continue
        m = _SHARE.search(text, sent.start, sent.end)
        if m:
            return BorderRecord(True, m.start(), m.end())
        m = _COMPOUND_BORDER.search(text, sent.start, sent.end)
        if m and pair and {first_state(m.group(1)), first_state(m.group(2))} == set(pair):
            return BorderRecord(True, m.start(), m.end())
        m = _BORDERS.search(text, sent.start, sent.end)
        if m and pair and not _NOT.search(text, sent.start, sent.end):
            named = {x.code for x in find_names(text, sent.start, sent.end)}
            if set(pair) <= named:
                return BorderRecord(True, m.start(), m.end())
    return None

