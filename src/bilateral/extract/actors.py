"""Actors of a clause: states, organisations, state bodies and the people who stand for a state.

Leaders are learnt per document rather than listed: a first pass reads patterns such as
"Russian president Vladimir Putin", "President of Belarus Alexander Lukashenko", "Russia's
security chief Dmitry Medvedev", names told before their state ("Kgalema Motlanthe, who had
replaced Mbeki as South African president") and the head-of-state rows of a comparison table, so
that later bare mentions ("Lukashenko", "Putin") resolve to the state; once the pair is known, a
person who visits one side of it stands for the other (`learn_visitors`). Nothing here names a
particular country or person; the names come from the text and the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilateral.documents.model import Document
from bilateral.extract.gazetteer import NON_ACTOR_ORGS, Mention, find_names, is_org
from bilateral.extract.leaders import current_leaders, shortened_forms

TITLE = (
    r"(?i:president|prime\s+minister|crown\s+prince|prince|sheikh|premier|foreign\s+minister|defen[cs]e\s+minister|minister(?:\s+of\s+\w+)?|"
    r"chancellor|king|queen|emperor|emir|sultan|leader|dictator|ambassador|envoy|chief|head\s+of\s+state|"
    r"secretary\s+of\s+state|secretary|chairman|spokes(?:man|woman|person)|general|commander|"
    r"patriarch|mayor|governor)"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# one word of a personal name: "Erdoğan", "el-Sisi", "O'Neill"
_NAMEWORD = rf"(?:(?:al|el|ad|as|at)-)?[{_UPPER}][^\W\d_A-Z]+(?:[-'][{_UPPER}]?[^\W\d_]+)?"
_PARTICLE = r"(?:(?:bin|ibn|al|el|de|da|di|dos|del|van|von|der|la|le)\s+)?"
NAME = rf"({_NAMEWORD}(?:\s+{_PARTICLE}(?:[A-Z]\.\s*)?{_NAMEWORD}){{1,3}})"
# "Russian president Vladimir Putin", "Hungary's foreign minister, Péter Szijjártó"
_AFTER_STATE = re.compile(rf"(?:'s?)?\s+((?:[a-z]+\s+){{0,2}}?{TITLE}),?\s+{NAME}")
_TITLE_OF = re.compile(rf"\b{TITLE}\s+of\s+(?:the\s+)?$")
_NAME_AT = re.compile(rf",?\s+{NAME}")
_TITLE_NAME_OF = re.compile(rf"\b{TITLE}\s+{NAME}\s+of\s+(?:the\s+)?")
# a name told before its state: "Thabo Mbeki, the South African president", "Kgalema Motlanthe, who had replaced
# Mbeki as South African president", "Ian Khama, who became president of Botswana", "Morsi became president of Egypt"
_NAME_THEN_STATE = re.compile(
    rf"{NAME}(?:,\s+(?:(?:the|then|its)\s+|who\s+(?:had\s+)?(?:become|became|was|replaced\s+\S+\s+as|succeeded\s+\S+\s+as)"
    r"\s+(?:the\s+)?)|\s+(?:became|was\s+elected|was\s+sworn\s+in\s+as)\s+(?:the\s+)?)(?:first\s+|new\s+)?$")
_LINK = re.compile(r", (?:the|then|its|who) |\s(?:became|was elected|was sworn)\s")
_TITLE_AFTER = re.compile(rf"(?:'s?)?\s+(?:[a-z]+\s+){{0,2}}?{TITLE}\b")
_OF_STATE = re.compile(rf"\s*{TITLE}\s+of\s+(?:the\s+)?$")
_TABLE_PERSON = re.compile(rf"(?:{TITLE})\s+{NAME}")
_PAIR_WORDS = re.compile(r"\b(?:the\s+two\s+(?:countries|nations|states|governments|sides)|both\s+countries|"
                         r"bilateral(?:ly)?|each\s+other)\b", re.IGNORECASE)  # fmt: skip
_NAME_BEFORE = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}"  # "the Paris Peace Accords" names a document
                          r"(?:Declaration|Agreement|Accords?|Treaty|Protocol|Summit|Process|Conference|Format|"
                          r"Group|Charter|Memorandum|Statement|Communiqu\w*|Convention|Pact|Initiative)\b")
_NAMED_AFTER = re.compile(r"\b[A-Z]\w+\s+of\s+(?:the\s+)?$")
_ORG_SETTING = re.compile(r"(?:\b(?:at|in|within|before|under)|\b(?:summit|meeting|session|collapse|dissolution|"
                          r"membership|candidacy|auspices|framework|headquarters|sidelines|margins)\s+of)"
                          r"\s+(?:the\s+)?$")  # fmt: skip
# A third state mentioned only as a setting, not as a party: "Colombian rebels", "near the Chilean border",
# "on behalf of the United States", "a former ambassador to France".
_STATE_AGENT = re.compile(r"\s+(?:[a-z]+\s+)?(?:government|forces|troops|army|navy|air\s+force|military|president|"
                          r"prime\s+minister|minister|ministry|officials?|diplomats?|embassy|authorities|state|"
                          r"leaders?|police|parliament|delegation|envoy|ambassador|side|counterparts?|king|queen|"
                          r"monarch|coast\s+guard|warships?|jets|soldiers|intelligence|security|navy|company|firm)\b")
_SETTING_BEFORE = re.compile(r"\b(?:on\s+behalf\s+of|(?:ambassador|envoy|consul)\s+to|near|along|across|off)"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)
_IN_COMPOUND = re.compile(r"[–—][A-Z][\w ]*?\s+(?:War|Wars|Conflict|Crisis|War\b)")
_PRONOUN = re.compile(r"\b(?:he|his|she|her)\b", re.IGNORECASE)


@dataclass
class People:
    """Names learnt from one document: full name or surname -> state code."""

    names: dict[str, str] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)  # full name -> start of the current term (ISO)
    _pattern: re.Pattern[str] | None = None

    def add(self, full: str, code: str) -> None:
        full = re.sub(r"\s+", " ", full.strip())
        parts = full.split()
        if len(parts) < 2 or full in self.names:
            return
        self.names[full] = code
        self.names.setdefault(parts[-1], code)
        self._pattern = None

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        if not self.names:
            return []
        if self._pattern is None:
            alt = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
            self._pattern = re.compile(rf"\b({alt})\b")
        return [Mention(m.start(), m.end(), self.names[m.group(1)], "person")
                for m in self._pattern.finditer(text, start, end)]  # fmt: skip


def learn_people(doc: Document) -> People:
    """Leaders and officials named with their state anywhere in the document (first pass)."""
    people = People()
    text = doc.text
    for m in find_names(text):
        if m.kind not in ("state", "demonym") or is_org(m.code):
            continue
        after = _AFTER_STATE.match(text, m.end)
        if after and "\n" not in after.group(0):
            people.add(after.group(2), m.code)
            continue
        if _TITLE_OF.search(text, max(0, m.start - 40), m.start):
            nm = _NAME_AT.match(text, m.end)
            if nm and "\n" not in nm.group(0):
                people.add(nm.group(1), m.code)
        _name_told_before(text, m, people)
    for m in _TITLE_NAME_OF.finditer(text):  # "Prime Minister Carlos Menem of Argentina"
        states = [x for x in find_names(text, m.end(), m.end() + 60) if x.start == m.end() and not is_org(x.code)]
        if states:
            people.add(m.group(1), states[0].code)
    for table in doc.tables:
        codes = [first_state(c) for c in table.header]
        for row in table.rows:
            for col, cell in enumerate(row[1:], start=1):
                code = codes[col] if col < len(codes) else None
                pm = _TABLE_PERSON.search(cell)
                if code and pm:
                    people.add(pm.group(1), code)
    named = {m.code for m in find_names(text)}
    short = shortened_forms()
    for form, leader in current_leaders().items():  # "Macron visited Berlin": the Factbook knows whose
        if form not in text or form in people.names:
            continue
        if form in short and leader.code not in named:
            continue  # a shortened name ("Mohammed Ali" for Mohammed Irfaan Ali) in a text that never names his state
        people.add(form, leader.code)
        if leader.since:
            people.terms[form] = leader.since
    return people


def _name_told_before(text: str, m: Mention, people: People) -> None:
    """'Thabo Mbeki, the South African president', 'Ian Khama, who became president of Botswana': the name before
    the state, when a title follows a demonym or a possessive, or comes between the verb and 'of'."""
    window = text[max(0, m.start - 90) : m.start]
    if not _LINK.search(window):  # most states are named without such a link: no costlier search
        return
    if _TITLE_AFTER.match(text, m.end) and (m.kind == "demonym" or text.startswith("'s", m.end)):
        told = _NAME_THEN_STATE.search(window)
    else:
        title = _OF_STATE.search(window)
        told = _NAME_THEN_STATE.search(window, 0, title.start()) if title else None  # "$": right before the title
    if told and "\n" not in told.group(0) and told.group(1) not in people.names:
        people.add(told.group(1), m.code)


_VISIT = re.compile(r"(?:\s(?:(?:paid|made)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?visit\s+to|visited|travelled\s+to|"
                    r"flew\s+to)|['’]s\s+(?:[\w-]+\s+){0,2}?visit\s+to)\s+(?:the\s+)?")  # also "Mbeki's visit to"
_VISITOR = re.compile(rf"{NAME}(?:,[^,;.()]{{1,80}},)?$")  # the visitor, right before the verb (an aside between)
_NOT_NAME = frozenset("In On At After When Then The Later By During Before Since From Until And But While A An "
                      "January February March April May June July August September October November December".split())


def learn_visitors(doc: Document, people: People, pair: tuple[str, str] | None) -> None:
    """'Ibrahim Boubacar Keïta, who took office ..., made a state visit to Algiers': in the article of a pair, a
    person not known otherwise who visits one side of it stands for the other (second pass, once the pair is
    known)."""
    if not pair:
        return
    text = doc.text
    for v in _VISIT.finditer(text):
        m = _VISITOR.search(text, max(0, v.start() - 140), v.start())
        if not m:
            continue
        words = m.group(1).split()
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        if len(words) < 2 or " ".join(words) in people.names or words[-1] in people.names:
            continue
        to = [x for x in find_names(text, v.end(), v.end() + 40) if x.start == v.end() and not is_org(x.code)]
        if to and to[0].code in pair and to[0].kind in ("state", "capital"):
            people.add(" ".join(words), pair[1] if to[0].code == pair[0] else pair[0])


def first_state(cell: str) -> str | None:
    """The first state a text names by its name ('In 1998 the Peru' -> PER), else None."""
    for m in find_names(cell):
        if m.kind == "state" and not is_org(m.code):
            return m.code
    return None


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|t))\b"
                      r"[^.;:]{0,60}?\bby\s+(?:the\s+)?", re.IGNORECASE)  # fmt: skip


def _passive_agent(text: str, start: int, end: int, trigger_at: int, mentions: list[Mention]) -> str | None:
    """The agent of a passive clause whose verb is the trigger (or right by it): 'was expelled by Peru'."""
    for pv in _PASSIVE.finditer(text, start, end):
        if not pv.start(1) - 30 <= trigger_at <= pv.start(1):  # the participle, or the noun it tells of
            continue
        after = [m for m in mentions if pv.end() <= m.start <= pv.end() + 2]
        return after[0].code if after else None
    return None


def _setting_only(text: str, m: Mention) -> bool:
    """True if mention `m` names a state only as a setting: a demonym of no state body, or after 'near'."""
    if _SETTING_BEFORE.search(text, max(0, m.start - 25), m.start):
        return True
    return m.kind == "demonym" and not _STATE_AGENT.match(text, m.end)


def clause_actors(
    text: str,
    start: int,
    end: int,
    people: People,
    *,
    trigger_at: int,
    pair: tuple[str, str] | None,
    previous_person: str | None = None,
    subject: str | None = None,
) -> tuple[list[str], bool]:
    """Codes of the actors in text[start:end], initiators (before the trigger) first.

    Returns (actors, from_fallback): a pronoun before the trigger takes the last person's state;
    "the two countries" adds the pair; a clause naming no state takes the pair.
    """
    mentions = [
        m
        for m in find_names(text, start, end)
        if m.code not in NON_ACTOR_ORGS
        and not (m.kind == "capital" and (_NAMED_AFTER.search(text, max(0, m.start - 30), m.start)
                                          or _NAME_BEFORE.match(text, m.end)))
        and not (m.kind == "org" and _ORG_SETTING.search(text, max(0, m.start - 30), m.start))
        and not _IN_COMPOUND.match(text, m.end)
        and not (m.start > 1 and text[m.start - 1] in "–—" and text[m.start - 2].isalpha())
    ]  # "the Act of Montevideo", "the Tashkent Declaration" name a document, not the state; "condemned Iran at
    # the United Nations" names where, not whom; "the Iran–Iraq War" names a war, not its parties
    if pair:  # "the foreign ministers met in Oslo": a third country's capital as the venue is no actor
        codes = [m.code for m in mentions]
        mentions = [m for m in mentions if not (m.kind == "capital" and m.code not in pair and codes.count(m.code) == 1
                                                and re.search(r"\b(?:in|at)\s+$", text[max(0, m.start - 4) : m.start]))]
    if pair and {m.code for m in mentions} >= set(pair):  # both sides named: a third state must be a party
        mentions = [m for m in mentions if m.code in pair or is_org(m.code) or not _setting_only(text, m)]
    mentions += people.find(text, start, end)
    mentions = _drop_nested(mentions)
    mentions.sort(key=lambda m: m.start)
    before = [m.code for m in mentions if m.start < trigger_at]
    after = [m.code for m in mentions if m.start >= trigger_at]
    if not before and previous_person and _PRONOUN.search(text, start, trigger_at):
        before = [previous_person]
    elif (
        not before
        and subject
        and re.match(r"(?:and\s+|but\s+)?(?:(?i:it|the\s+country|the\s+government|the\s+state)\s+)?"
                     r"(?:then\s+|later\s+|also\s+|subsequently\s+)?(?:[a-z]+ed|sent|gave|took|made|met|held|lent|"
                     r"sold|won|broke|fought|left|began|struck|paid|froze|cut|withdrew|brought|led)\b",
                     text[start : trigger_at + 12])  # fmt: skip
    ):
        before = [subject]  # "..., and refused to attend": the previous clause's subject
    actors: list[str] = []
    for c in before + after:
        if c not in actors:
            actors.append(c)
    agent = _passive_agent(text, start, end, trigger_at, mentions)
    if agent in actors:  # "Ecuador was invaded by Peru": the one named after "by" acted
        actors = [agent] + [a for a in actors if a != agent]
    fallback = False
    if pair and _PAIR_WORDS.search(text, start, end):
        for c in pair:
            if c not in actors:
                actors.append(c)
    if pair and not any(not is_org(a) for a in actors):
        actors = list(pair) + actors
        fallback = True
    return actors, fallback


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
