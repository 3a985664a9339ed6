"""Reciprocal acts: "Cambodia reciprocated", "as did Mauritania", "the Riksdag did the same a week later",
"Romania followed three days later", and the same act again: "a second memorandum followed on 18 June 2001".

Why its own step: such a phrase tells a second happening (the same act, by another state) in no word of its
own, so no lexicon reads it, and relations articles use it for the tit-for-tat of diplomacy (expulsions,
recalls, recognitions, visa regimes). The act is the sentence's last event before the phrase; the other
state does it, to the state that acted first (or to the same target as "as did" says); its date is the
phrase's own, else the act's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bilateral.extract.dates import DateMention
from bilateral.extract.gazetteer import Mention
from bilateral.extract.records import EventRecord

_TAIL = r"(?:(?:soon|then|later|promptly|quickly|duly|in\s+turn)\s+)?"
_RECIPROCAL = re.compile(
    r"\bas\s+did\s+(?P<as>)"  # "..., as did Mauritania": the same act, to the same target
    rf"|(?P<by>)\s+{_TAIL}(?:reciprocated|did\s+(?:the\s+same|likewise)|followed\s+suit|responded\s+in\s+kind)\b"
    r"|\bto\s+which\s+(?P<which>)"  # "..., to which Russia responded in kind"
    # "Hungary joined the pact on 20 November and Romania followed three days later": "followed" with no
    # object (a date, "after ...", or the clause's end comes next), or "did so"
    rf"|(?P<follow>)\s+{_TAIL}(?:followed|did\s+so)(?=\s*[,.;]|\s*$|\s+(?:on|in|within|after|soon|shortly|later|that|"
    r"the\s+(?:next|following|same)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+later)\b)"
)
RECIPROCITY = re.compile(r"reciprocat|\bas\s+did\b|\bthe\s+same\b|\blikewise\b|\bfollowed\b|\bdid\s+so\b|\bin\s+kind\b")
"""Words without which a sentence tells no reciprocal act: a cheap test before the full reading."""
_IN_KIND = re.compile(rf"\s+{_TAIL}(?:responded\s+in\s+kind|reciprocated)\b")
_BETWEEN = re.compile(r"[\w\s'’-]{0,30}")  # "Swedish| Riksdag| did the same"
_THING_FOLLOWED = re.compile(r"(?:^|[,;]\s+|\s(?:and|but)\s+)(?P<np>(?:a|an|another|the)\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:agreement|treaty|accord|protocol|memorandum|convention|deal|pact|declaration|"
                             r"visit|round|incursion|attack|raid|clash|expulsion|closure|summit|meeting)s?"
                             r"(?:\s+(?:of|on)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?)$")
"""A second instance of an act as the subject: "a supplementary boundary agreement| followed in 1998"."""
_SUBJECT = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}")
"""Between the state and "followed": nothing, or more of its name ("the Soviet| Union followed"), not "that"."""
_THE = re.compile(r"(?:the\s+)?")
Resolve = Callable[[DateMention], str | None]


def reciprocal_acts(text: str, s: int, e: int, events: list[EventRecord], names: list[Mention],
                    dates: list[DateMention], resolve: Resolve) -> list[EventRecord]:  # fmt: skip
    """The reciprocal acts told in the sentence text[s:e], after its `events` (the states and people it
    names in `names`, its date mentions in `dates`, `resolve` giving a mention's ISO value in context)."""
    out: list[EventRecord] = []
    for m in _RECIPROCAL.finditer(text, s, e):
        found = _phrase(text, m, names)
        if found is None:
            continue
        who, start, end = found
        if any(x.start < end and start < x.end for x in out):
            continue  # "to which Russia responded in kind" read once
        # the act: the last event whose verb comes before the phrase (its span may run on past it)
        act = max((ev for ev in events if ev.start < start and 0 <= text.find(ev.trigger, ev.start) < start),
                  key=lambda ev: ev.start, default=None)  # fmt: skip
        if act is None:
            continue
        own = next((d for d in dates if end <= d.start <= end + 40 and not d.modifier), None)  # "... a week later"
        date = (resolve(own) if own else None) or act.date
        if who is None:  # "a second memorandum followed on 18 June 2001": the same act, between the same states
            told = [ev for ev in events if own and ev.date == date and ev.start < own.end and start < ev.end]
            for ev in told:  # read already ("an agreement followed in" is in the lexicon): from the noun on
                ev.start = min(ev.start, start)
            if own is not None and date != act.date and not told:
                out.append(replace(act, date=date, start=start, end=own.end, confidence=0.5,
                                   trigger=text[m.start() : m.end()].strip()))  # fmt: skip
            continue
        first = next((n.code for n in names if act.start <= n.start < start and n.code != who.code),
                     next((a for a in act.actors if a != who.code), None))  # who acted first
        if m.group("as") is not None:  # "Morocco broke off relations with Algeria, as did Mauritania"
            actors = [who.code] + [a for a in act.actors[1:] if a != who.code]
        else:  # "Thailand recalled its ambassador and Cambodia reciprocated": back to the first actor
            actors = [who.code] + ([first] if first else [])
        out.append(replace(act, date=date, actors=actors, start=start, end=max(end, own.end if own else end),
                           confidence=0.5, trigger=text[m.start() : m.end()].strip()))  # fmt: skip
    return out


def _phrase(text: str, m: re.Match[str], names: list[Mention]) -> tuple[Mention | None, int, int] | None:
    """The state the phrase names as doing the act again, and the phrase's span."""
    if m.group("by") is not None or m.group("follow") is not None:  # "Cambodia reciprocated", "Romania followed"
        between = _BETWEEN if m.group("by") is not None else _SUBJECT
        who = next((n for n in reversed(names) if n.end <= m.start() and between.fullmatch(text, n.end, m.start())),
                   None)  # fmt: skip
        if who is None and m.group("follow") is not None:
            thing = _THING_FOLLOWED.search(text, max(0, m.start() - 80), m.start())
            return None if thing is None else (None, thing.start("np"), m.end())  # "a second memorandum followed"
        return None if who is None else (who, who.start, m.end())
    who = next((n for n in names if n.start >= m.end() and _THE.fullmatch(text, m.end(), n.start)), None)
    if who is None:
        return None
    kind = _IN_KIND.match(text, who.end)
    if m.group("which") is not None:  # "to which Russia responded in kind"; "to which Russia objected" is not
        return None if kind is None else (who, who.start, kind.end())
    return who, m.start(), who.end  # "as did Mauritania"
