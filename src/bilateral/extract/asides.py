"""Relative clauses between commas ("Ecuador, which was supported by Brazil, accused Peru"): which of their
triggers are events, and the change of office they often carry.

Why its own module: an aside usually describes a noun (the subject, a treaty) rather than telling what
happened, so its trigger is dropped when its part of the sentence has a main verb; but a dated change of
office in an aside ("Friedrich Merz, who became chancellor on 6 May 2025, travelled to Warsaw the
following day") is an event of its own, which relations articles date there and nowhere else.
"""

from __future__ import annotations

import re

from bilateral.extract.actors import People
from bilateral.extract.dates import DateMention
from bilateral.extract.gazetteer import find_names, is_org
from bilateral.extract.lexicon import Trigger, quad_of
from bilateral.extract.reading import within
from bilateral.extract.records import EventRecord

OFFICE = re.compile(r"took\s+office|came\s+to\s+power|sworn|elected|inaugurat|bec(?:ame|omes)\s+", re.IGNORECASE)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*,")


def find_asides(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The relative clauses of the sentence text[s:e], commas included."""
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text, s, e)]


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
    lo = text.rfind(";", s, aside[0]) + 1 or s
    hi = text.find(";", aside[1], e)
    hi = e if hi < 0 else hi
    return any(lo <= u.start < hi and not within(u.start, asides) for u in triggers)


def aside_offices(text: str, people: People, triggers: list[Trigger], asides: list[tuple[int, int]],
                  dates: list[DateMention], out: list[EventRecord], sentence: tuple[int, int],
                  context_year: int | None) -> list[EventRecord]:  # fmt: skip
    """'Friedrich Merz, who became chancellor on 6 May 2025, travelled to Warsaw': the aside's change of
    office is an event of its own, dated by the aside, beside the clause's event (`out`)."""
    s, e = sentence
    found: list[EventRecord] = []
    for t in triggers:
        aside = _aside_of(t.start, asides)
        if aside is None or t.plover != "OTHER" or not OFFICE.match(text, t.start):
            continue
        if any(ev.plover == "OTHER" and ev.start <= t.start < ev.end for ev in out):
            continue
        own = [d for d in dates if aside[0] <= d.start < aside[1] and not d.modifier and d.kind != "relative"]
        value = own[0].resolve(context_year) if own else None
        who = [m for m in people.find(text, s, aside[0]) if m.end >= aside[0] - 1]
        states = [m for m in find_names(text, s, aside[0]) if not is_org(m.code)]
        states = states or [m for m in find_names(text, *aside) if not is_org(m.code)]  # "President of Chile"
        actor = who[-1].code if who else (states[-1].code if states else None)
        if value is None or actor is None:
            continue
        found.append(EventRecord(
            date=value, actors=[actor], plover="OTHER", quad=quad_of("OTHER"),
            start=who[-1].start if who else aside[0] + 1, end=aside[1] - 1, sentence_start=s, sentence_end=e,
            confidence=0.5, trigger=text[t.start : t.end],
        ))  # fmt: skip
    return found
