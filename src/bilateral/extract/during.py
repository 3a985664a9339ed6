"""Dates that a named happening lends to the clause acting in it.

Why its own module: relations articles date many acts only by the war or revolution they took place in
("Pakistan supported Iran in the Iran–Iraq War (1980–1988)", "relations were cut off before the Falklands
War in 1982", "during the Soviet–Afghan War (1979–1989) when Iran backed ..."). The happening's own date
mention is consumed by the happening, so without this the act would take the running date of the sentence
before. An act in two listed happenings ("aided Pakistan in the Indo-Pakistani War of 1965 and
Indo-Pakistani War of 1971") is told once for each.
"""

from __future__ import annotations

import re

from bilateral.extract.happenings import Happening

# "in the X War", "during the Y and the X War": the word that relates the act to the happening
_RELATION = re.compile(r"\b(in|during|throughout|before|after|following)\s+"
                       r"(?:(?:the\s+)?(?:[A-Z][\w'’–-]*\s+){1,5}and\s+)?$", re.IGNORECASE)  # fmt: skip
_INSIDE = ("in", "during", "throughout")
_LISTED = re.compile(r"\s*,?\s*(?:and\s+)?(?:in\s+)?(?:the\s+)?$")
_WHEN = re.compile(r"[\s)]*,?\s*(?:when|as|while)\s")


def _relation(text: str, h: Happening, cs: int, ce: int) -> str | None:
    """How the clause text[cs:ce] relates to the happening h named in it ("in", "before" ...), if at all."""
    if not cs <= h.start <= ce + 1:
        return None
    m = _RELATION.search(text, max(cs, h.start - 80), h.start)
    return m.group(1).lower() if m else None


def acted_in(text: str, happenings: list[Happening], cs: int, ce: int) -> Happening | None:
    """The named happening the clause text[cs:ce] acts in ("fought in the 2008 South Ossetia War"), if any."""
    return next((h for h in happenings if _relation(text, h, cs, ce) in _INSIDE), None)


def happening_dates(text: str, happenings: list[Happening], cs: int, ce: int) -> list[str]:
    """The dates the clause text[cs:ce] takes from named happenings, first the one it acts in; more than one
    when it acts in several listed ones. Before a happening is its first year, after it its last."""
    for i, h in enumerate(happenings):
        word = _relation(text, h, cs, ce)
        if word is None:
            continue
        if word not in _INSIDE:
            ends = h.date.split("/")
            return [(ends[0] if word == "before" else ends[-1])[:4]]
        out, last = [h.date], h
        for nxt in happenings[i + 1 :]:
            if nxt.start > ce + 1 or not _LISTED.fullmatch(text, last.end, nxt.start):
                break
            out.append(nxt.date)
            last = nxt
        return out
    for h in happenings:  # "during the Soviet–Afghan War (1979–1989) when Iran backed ..."
        m = _WHEN.match(text, h.end) if h.end <= cs else None
        if m and cs <= m.end() <= ce:
            return [h.date]
    return []
