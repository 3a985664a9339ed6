"""One clause, several happenings: a list of dates, or a meeting that frames what was agreed at it.

Why its own step: `events.EventExtractor` reads one event per clause (its trigger, date and actors),
which is what most sentences say. Two common shapes say more, and relations articles (and their
annotators) count each happening:

- "hosted further meetings in Brussels in December 2021, in April 2022 and again in May 2022",
  "defeated the army at Chorrillos on 13 January 1881 and at Miraflores two days later": the same act
  on each listed date;
- "At talks hosted by Putin in Sochi on 26 November 2021, the two leaders agreed to ...": the talks
  (CONSULT) and the agreement reached at them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bilateral.extract.dates import DateMention
from bilateral.extract.lexicon import Trigger, quad_of
from bilateral.extract.records import EventRecord
from bilateral.extract.untyped import FINITE
from bilateral.extract.verbforms import IRREGULAR_PAST, alternation

# between two listed dates: "December 2021, in April 2022 and again in May 2022"
_LIST_JOINT = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:again\s+|also\s+|once\s+more\s+|fully\s+|finally\s+)?(?:in|on)\s+"
                         # "annexed Kartli-Kakheti in 1801, the Kingdom of Imereti in 1810 and Guria in 1829"
                         r"|\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?![a-z]+ed\b)[\w'’-]+){0,5}?\s+(?:in|on|that)\s+"
                         # "shot down a Turkish jet in June 2012 and a Syrian MiG-23 near Kesab in March 2014"
                         r"|\s*,?\s+and\s+(?:a|an|another|two|three|four|five)(?:\s+[\w'’-]+){1,5}?(?<!ed)\s+(?:in|on)\s+"
                         # "gave de facto recognition in January 1978 and de jure recognition in February 1979": the
                         # same act's noun again, with no verb of its own
                         rf"|\s*,?\s+and\s+(?:(?!(?:[a-z]+ed|{alternation(IRREGULAR_PAST)}|the|its|their|his|her|it|they|he|she)\b)[a-z][\w-]*\s+){{1,3}}?(?:in|on)\s+"
                         # "met in Kigali on 16 September 2019 and in Kampala on 13 December 2019"
                         r"|\s*,?\s+and\s+(?:again\s+|also\s+)?(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:in|on)\s+")
_LIST_RELATIVE = re.compile(r"\s*,?\s+and\s+(?:again\s+|also\s+)?(?:(?:at|in|near)\s+)?(?:(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}\s+)?(?:on\s+)?")
"""Before a relative date in a list: "defeated the army at Chorrillos on 13 January and| at Miraflores |two days later",
"came into being on 14 August 1947 and| the Dominion of India on |the following day"."""
_LISTED = ("dmy", "my", "dm", "m", "year", "relative")
_SPACE = re.compile(r"\s*")
# "At talks hosted by Putin in Sochi on 26 November 2021, the two leaders agreed ...", "In October 2011, during a
# visit to Beijing by ..., the two sides signed ..."
_FRAMING = re.compile(r"(?:(?:In|On)\s+[^,;]{1,30}?,\s+)?(?:At|During)\s+(?:an?\s+|the\s+|their\s+)?"
                      r"(?:[\w'’-]+\s+){0,3}?(?:talks|meetings?|summit|conference|negotiations|visit)\b"
                      # "During Hu Jintao's state visit in November 2006 the two countries signed": no comma
                      r"(?:[^,;]{0,120}?,|[^,;]{0,100}?\b(?:1[5-9]|20)\d\d\s(?=(?:the|[A-Z])))", re.IGNORECASE)


def listed_dates(text: str, ev: EventRecord, dates: list[DateMention],
                 resolve: Callable[[DateMention], str | None], limit: int) -> list[EventRecord]:  # fmt: skip
    """Copies of `ev` for each further date of a list that starts with the clause's own date.

    `resolve(d)` gives a mention's ISO value in context. Each copy keeps the clause's span: its evidence
    then reads as the whole act ("hosted further meetings ... in December 2021, in April 2022 and ..."),
    not as ", in April 2022". The list may run on past the clause, up to `limit` (when nothing else happens after it):
    the clause splitter cuts "..., namely Imereti in 1810, Guria in 1829, and Mingrelia in 1867" before
    its last item, whose copy then stretches to its date.
    """
    inside = sorted((d for d in dates if ev.start <= d.start < limit and not d.modifier and d.kind in _LISTED),
                    key=lambda d: d.start)  # fmt: skip
    first = next((i for i, d in enumerate(inside) if resolve(d) == ev.date), None)
    if first is None:
        return []
    out: list[EventRecord] = []
    prev = inside[first]
    for d in inside[first + 1 :]:
        joint = _LIST_RELATIVE if d.kind == "relative" else _LIST_JOINT
        if not joint.fullmatch(text, prev.end, d.start):
            break
        value = resolve(d)
        if not value or value == ev.date:
            break
        out.append(replace(ev, date=value, actors=list(ev.actors), confidence=0.5, end=max(ev.end, d.end)))
        prev = d
    return out


def framing_meeting(text: str, ev: EventRecord, clause_start: int, triggers: list[Trigger]) -> EventRecord | None:
    """The talks a clause opens with ("At talks hosted by Putin ..., the two leaders agreed") and what was
    done at them, as two events. `ev` (the clause's event) keeps one of them and its span shrinks to it;
    the other is returned."""
    m = _FRAMING.match(text, clause_start, ev.end)
    if not m:
        return None
    rest = _SPACE.match(text, m.end(), ev.end).end()  # where the clause goes on after the framing phrase
    if ev.plover != "CONSULT":  # the agreement was read: add the talks
        ev.start = rest
        return replace(ev, plover="CONSULT", quad=quad_of("CONSULT"), start=m.start(), end=m.end() - 1,
                       actors=list(ev.actors), cameo_root="04", confidence=0.5, trigger=m.group(0).split()[1])
    done = next((t for t in triggers if rest <= t.start < ev.end and t.plover not in ("CONSULT", "OTHER")), None)
    if done is None:  # the talks were read, and nothing else was done at them
        return None
    other = replace(ev, plover=done.plover, quad=quad_of(done.plover), start=rest, actors=list(ev.actors),
                    cameo_root=done.cameo[:2] or None, confidence=0.5, trigger=text[done.start : done.end])
    ev.end = m.end() - 1
    return other


_SECOND_KINDS = ("dmy", "my", "dm", "year", "relative")
_AND_FINITE = re.compile(rf"\s(?:and|but)\s+(?:then\s+|later\s+|soon\s+)?(?:had\s+)?({FINITE.pattern})")
"""A second verb joined to the first with no subject of its own: the same actor's next act."""


def dated_second_act(text: str, ev: EventRecord, main: Trigger, triggers: list[Trigger], dates: list[DateMention],
                     resolve: Callable[[DateMention], str | None]) -> EventRecord | None:  # fmt: skip
    """A second act in the clause with a date of its own after it: "tariffs imposed by Washington on 1 June
    2018 drew Mexican retaliatory duties on pork and cheese four days later", "Ahidjo resigned on 4 November
    1982 and was succeeded two days later by Paul Biya". The clause's event keeps
    what comes before that act; the act is a second event from its trigger to its date.
    """
    if not any(ev.start <= d.start < main.start + 80 and not d.modifier for d in dates if d.start < main.end + 80):
        return None
    later = [t for t in triggers if main.end <= t.start < ev.end and t.plover != "OTHER"]
    # "became independent on 20 June 1960 and broke apart two months later": a verb no entry knows, typed OTHER
    typed = {t.start for t in later}
    later += [Trigger(m.start(1), m.end(1), "OTHER", "") for m in _AND_FINITE.finditer(text, main.end, ev.end)
              if m.start(1) not in typed]
    later.sort(key=lambda t: t.start)
    for i, t in enumerate(later):
        stop = later[i + 1].start if i + 1 < len(later) else ev.end
        own = [d for d in dates if t.end <= d.start < stop and not d.modifier and d.kind in _SECOND_KINDS]
        before = [d for d in dates if ev.start <= d.start < t.start and not d.modifier]
        if not own or not before:
            continue
        value = resolve(own[0])
        if not value or value == ev.date:
            continue
        second = replace(ev, date=value, plover=t.plover, quad=quad_of(t.plover), start=t.start, end=own[0].end,
                         actors=list(ev.actors), cameo_root=t.cameo[:2] or None, trigger=text[t.start : t.end],
                         confidence=0.5)  # fmt: skip
        ev.end = t.start
        while ev.end > ev.start and text[ev.end - 1] in " ,;":
            ev.end -= 1
        return second
    return None
