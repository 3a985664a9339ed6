"""Relative clauses between commas ("Ecuador, which was supported by Brazil, accused Peru"): which of their
triggers are events, and the dated acts they often carry.

Why its own module: an aside usually describes a noun (the subject, a treaty) rather than telling what
happened, so its trigger is dropped when its part of the sentence has a main verb; but a dated aside
("Friedrich Merz, who became chancellor on 6 May 2025, travelled to Warsaw the following day"; "Ukraine,
which applied for EU membership in February 2022, ...") tells an act of its own, which relations articles
date there and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilateral.extract.actors import People
from bilateral.extract.dates import DateMention
from bilateral.extract.gazetteer import find_names, is_org
from bilateral.extract.lexicon import Trigger, quad_of
from bilateral.extract.lexicon_table import OFFICE_TITLES
from bilateral.extract.reading import within
from bilateral.extract.records import EventRecord
from bilateral.extract.untyped import FINITE
from bilateral.extract.verbforms import IRREGULAR_PARTICIPLES, alternation

_OFFICES = rf"(?:{OFFICE_TITLES})"
_OF_STATE = r"(?:of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?"
"""The state an office is of, between the office and its date: "president of Benin from April 2006"."""
OFFICE = re.compile(r"t(?:ook|aken)\s+office|c(?:ame|ome)\s+to\s+power|sworn|(?:(?:was|were)\s+)?(?:re-?)?elected|"
                    r"inaugurat|bec(?:ame|omes?)\s+|returned\s+to\s+(?:power|office)|(?:seized|t(?:ook|aken))\s+power|"
                    rf"succeeded\s|(?:{_OFFICES}|in\s+office|in\s+power)\s+{_OF_STATE}(?:from|since)\s", re.IGNORECASE)
_OFFICE_APPOSITIVE = re.compile(rf",\s+(?:the\s+|then\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                                rf"(?P<office>(?:{_OFFICES}|in\s+office|in\s+power)\s+{_OF_STATE}(?:from|since)\s)"
                                r"[^,;.()]{1,40}(?:,|(?=[.;]))")  # fmt: skip
"""'Carlos Antonio López, president from 1844, ...', '..., and Sonexay Siphandone, prime minister since December
2022.': an office taken, told as an apposition."""
_ELECTED_APPOSITIVE = re.compile(r",\s+(?P<office>(?:re-?)?elected|appointed|sworn\s+in|inaugurated)\s+"
                                 r"(?:as\s+[^,;.()]{1,30}?\s+)?(?:in|on)\s+[^,;.()]{1,30},")
"""'Netumbo Nandi-Ndaitwah, elected in November 2024, took office ...': the election, told as a participle."""


def _office_apposition(text: str, pos: int) -> re.Match[str] | None:
    return _OFFICE_APPOSITIVE.match(text, pos) or _ELECTED_APPOSITIVE.match(text, pos)


# A relative clause between commas, or ending the sentence ("..., who had succeeded Badawi in April 2009.")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*(?:,|(?=\.\s*$))")
_PRONOUN = re.compile(r",\s+(?:which|who)\s+(?:(?:had|has|have)\s+)?(?:(?:also|then|later|first|already|once)\s+)?"
                      r"(?:been\s+)?")  # fmt: skip
"""An aside's pronoun as the subject of its verb: ", who had first", ", which had been"."""
_WHOSE = re.compile(r",\s+whose\s+")
_BY = re.compile(r"\s+by\s+(?:the\s+)?")
_ANSWERED = re.compile(r",\s+which\s+(?:the\s+)?[A-Z]")
"""An aside whose pronoun is its verb's object and a named party its subject: ", which Athens denied,"."""
_NOT_PAST = re.compile(r"\b(?:has|have|is|are|does|do|denies|rejects|disputes|considers|calls|regards|not|never)\b")


def find_asides(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The relative clauses of the sentence text[s:e] (between commas, or ending it) and its appositions of an office
    held since a date or taken on one (", elected in November 2024,"), commas included."""
    found = [m.span() for m in _RELATIVE.finditer(text, s, e)]
    for pattern in (_OFFICE_APPOSITIVE, _ELECTED_APPOSITIVE):
        found += [m.span() for m in pattern.finditer(text, s, e) if not any(a <= m.start() < b for a, b in found)]
    return sorted(found)


def is_office_apposition(text: str, pos: int) -> bool:
    """True if the aside at `pos` is an office held since a date (", Hungarian prime minister since 2009,") or taken
    on one (", elected in November 2024,")."""
    return _office_apposition(text, pos) is not None


def _aside_of(pos: int, asides: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((a, b) for a, b in asides if a <= pos < b), None)


def aside_of_main(text: str, t: Trigger, asides: list[tuple[int, int]], triggers: list[Trigger], s: int,
                  e: int) -> bool:  # fmt: skip
    """True if `t` sits in a relative clause whose own part of the sentence (up to a semicolon) has a
    trigger outside it: 'Ecuador, which was supported by Brazil, accused Peru'. In 'A blockaded B; Turkey,
    which closed its border in 1993, has kept it shut' the aside is the only event of its part."""
    aside = _aside_of(t.start, asides)
    if aside is None or (t.plover == "OTHER" and OFFICE.match(text, t.start)):
        return False  # "Friedrich Merz, who became chancellor on 6 May 2025, ...": a dated change of office
    if _ANSWERED.match(text, aside[0]) and not _NOT_PAST.search(text, aside[0], aside[1]):
        return False  # "Tirana blamed Greek groups, which Athens denied, and ...": another party's answer, an act
    lo = text.rfind(";", s, aside[0]) + 1 or s
    hi = text.find(";", aside[1], e)
    hi = e if hi < 0 else hi
    return any(lo <= u.start < hi and not within(u.start, asides) for u in triggers)


def aside_acts(text: str, people: People, triggers: list[Trigger], asides: list[tuple[int, int]],
               dates: list[DateMention], out: list[EventRecord], sentence: tuple[int, int],
               context_year: int | None, pair: tuple[str, str] | None = None,
               resolve: Callable[[DateMention], str | None] | None = None) -> list[EventRecord]:  # fmt: skip
    """'Friedrich Merz, who became chancellor on 6 May 2025, travelled to Warsaw', 'Ukraine, which applied
    for membership in February 2022, was granted candidate status that June': an aside with a date of its
    own tells an act of its own, dated there and nowhere else, beside the clause's event (`out`).

    `asides` are those no clause event was read from, `triggers` the lexicon's triggers inside them; an aside
    without one whose verb follows its pronoun ("who arrived in 1825") is an act the lexicon does not know,
    kept as OTHER (`untyped`).
    """
    s, e = sentence
    typed = {_aside_of(t.start, asides) for t in triggers}
    for a, b in asides:
        m = _PRONOUN.match(text, a)
        office = OFFICE.match(text, m.end()) if m else None
        if office:  # "who had taken power in a coup in 1999": the office, not the coup
            triggers = [Trigger(office.start(), office.end(), "OTHER", "")] + [t for t in triggers
                                                                             if not a <= t.start < b]
            continue
        m = m if (a, b) not in typed else None
        verb = FINITE.match(text, m.end()) if m else None
        office = _office_apposition(text, a) if (a, b) not in typed and not verb else None
        if office:  # ", president from 1844,": the office, taken then
            triggers = [*triggers, Trigger(office.start("office"), office.end("office") - 1, "OTHER", "")]
            continue
        whose = _WHOSE.match(text, a) if (a, b) not in typed and not verb else None
        if whose:  # ", whose Rwandan-led columns entered Kinshasa on 17 May 1997,": its own act
            verb = FINITE.search(text, whose.end(), min(b, whose.end() + 50))
        if verb:
            triggers = [*triggers, Trigger(verb.start(), verb.end(), "OTHER", "")]
    found: list[EventRecord] = []
    seen: set[tuple[int, int]] = set()
    for t in sorted(triggers, key=lambda t: t.start):
        aside = _aside_of(t.start, asides)
        if aside is None or aside in seen:
            continue
        seen.add(aside)  # one act per aside: its first
        own = [d for d in dates if aside[0] <= d.start < aside[1] and not d.modifier
               and (d.kind != "relative" or resolve is not None)]
        value = (resolve(own[0]) if own[0].kind == "relative" and resolve else own[0].resolve(context_year)) if own \
            else None  # "who retaliated along the frontier days later": from the date told before
        who = [m for m in people.find(text, s, aside[0]) if m.end >= aside[0] - 1]
        states = [m for m in find_names(text, s, aside[0]) if not is_org(m.code)]
        states = states or [m for m in find_names(text, *aside) if not is_org(m.code)]  # "President of Chile"
        actor = who[-1].code if who else (states[-1].code if states else None)
        if actor is None and pair:  # "President Kaljulaid, who had been elected in 2016, met Putin"
            named = {m.code for m in find_names(text, s, e) + people.find(text, s, e)}
            unnamed = [c for c in pair if c not in named]
            actor = unnamed[0] if len(unnamed) == 1 else None  # the side of the pair the sentence does not name
        if actor is None and t.plover == "OTHER" and OFFICE.match(text, t.start):
            host = [ev for ev in out if ev.start <= aside[0] and aside[1] <= ev.end and ev.actors]
            actor = host[0].actors[0] if host else None  # "King Mahendra, who had succeeded Tribhuvan in 1955, ..."
        parties = None
        if text.startswith("which", aside[0] + 2):  # "signed a treaty on 17 June 2015, which entered into force in
            host = [ev for ev in out if 0 <= aside[0] - ev.end <= 1 and ev.actors]  # December 2015": its parties
            if not host and actor is None:
                host = [ev for ev in out if ev.end <= aside[0] and ev.actors]
            parties = host[-1].actors if host else None
            actor = parties[0] if parties else actor
        if value is None or actor is None or any(0 <= aside[0] - ev.end <= 1 and ev.date == value for ev in out):
            continue  # "After the Lima Uprising, which began on 1 August 1944, ...": the uprising, dated by its aside
        actors = [actor]
        if not (t.plover == "OTHER" and OFFICE.match(text, t.start)):  # an office is its holder's alone
            other = [m for m in find_names(text, *aside) if not is_org(m.code) and m.code != actor][:1]
            by = bool(other) and _BY.fullmatch(text, t.end, other[0].start) is not None
            actors = [other[0].code, actor] if by else actors + [m.code for m in other]  # "invaded by Peru": Peru
        actors = list(parties) if parties and len(actors) == 1 else actors
        second = _second_act(text, own, aside, triggers, value)
        close = aside[1] - 1 if text[aside[1] - 1] == "," else aside[1]  # an apposition may end the sentence
        found.append(EventRecord(
            date=value, actors=actors, plover=t.plover, quad=quad_of(t.plover),
            start=who[-1].start if who else aside[0] + 2, end=second[0] if second else close,
            sentence_start=s, sentence_end=e, confidence=0.5, trigger=text[t.start : t.end],
        ))  # fmt: skip
        if second:
            start, date, u = second
            found.append(EventRecord(
                date=date, actors=[actor], plover=u.plover, quad=quad_of(u.plover), start=start, end=close,
                sentence_start=s, sentence_end=e, confidence=0.5, trigger=text[u.start : u.end],
            ))  # fmt: skip
    return found


_AND_PARTICIPLE = re.compile(r"\s+and\s+(?:had\s+|has\s+)?"
                             rf"(?=(?:re-)?(?:[a-z]{{2,}}ed|{alternation(IRREGULAR_PARTICIPLES)})\b)")
"""The second half of an aside with a verb of its own: "who had won the election of 24 March 2024 and taken"."""
_WORD = re.compile(r"[\w-]+")


def _second_act(text: str, own: list[DateMention], aside: tuple[int, int], triggers: list[Trigger],
                value: str) -> tuple[int, str, Trigger] | None:  # fmt: skip
    """(start, date, trigger) of an aside's second dated act: "Faye, who had won the election of 24 March 2024 and
    taken office in Dakar on 2 April, ...": the date without a year takes the first act's."""
    if len(own) < 2 or own[1].kind == "relative":
        return None
    m = _AND_PARTICIPLE.search(text, own[0].end, own[1].start)
    if m is None or not value[:4].isdigit():
        return None
    date = own[1].resolve(int(value[:4]))
    if date is None or date == value:
        return None
    verb = _WORD.match(text, m.end())
    typed = [u for u in triggers if m.end() <= u.start < own[1].start]
    office = OFFICE.match(text, m.end())
    u = typed[0] if typed and not office else Trigger(m.end(), verb.end() if verb else m.end(), "OTHER", "")
    return m.end(), date, u
