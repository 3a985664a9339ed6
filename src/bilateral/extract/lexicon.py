"""The PLOVER lexicon: words and phrases that signal each event type, with a CAMEO code.

Why a lexicon and not a model: the event types of relations articles are signalled by a small,
stable vocabulary (signed, accused, banned, warned, invaded, held talks ...), matching it is fast
(tens of thousands of sentences a second), and every decision can be traced to the phrase that
made it. Each entry names a CAMEO code so the event also carries its CAMEO root; the tests check
the codes against the product's CAMEO->PLOVER table. Patterns are case-insensitive regexes over
the sentence; `OTHER` covers dated facts of no PLOVER type (a leader taking office).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilateral.events.cameo import PLOVER_QUAD
from bilateral.extract.lexicon_table import ENTRIES

QUAD = {**PLOVER_QUAD, "OTHER": "neutral"}
__all__ = ["ENTRIES", "QUAD", "Trigger", "find_triggers", "quad_of"]


# Verbs that report speech: their complement is content, not the event itself.
SPEECH = re.compile(
    r"\b(?:said|says|say|stated|states|state|announced|announces|declared|declares|told|tells|added|noted|"
    r"mentioned|explained|suggested|reiterated|indicated|insisted|stressed|argued|asserted|believed|"
    r"reported|according\s+to)\b",
    re.IGNORECASE,
)
OBLIGATION = re.compile(r"\b(?:must|should|has\s+to|have\s+to|needs?\s+to|ought\s+to)\b", re.IGNORECASE)
CONDITIONAL = re.compile(r"\b(?:could|might|(?-i:may)|unless|if)\b", re.IGNORECASE)  # not the month "May"
FUTURE = re.compile(r"\b(?:will|would|shall|is\s+going\s+to|plans?\s+to|intends?\s+to)\b", re.IGNORECASE)
INTENT = re.compile(r"\b(?:willing|ready|prepared|offer\w*|promis\w*|pledg\w*|vow\w*)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|failed\s+to)\s+(?:\w+\s+){0,2}$|\bn't\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Trigger:
    """A lexicon hit: where, which type, which CAMEO code."""

    start: int
    end: int
    plover: str
    cameo: str


def _first_chars(items: object) -> set[str] | None:
    """Letters a parsed regex can start with (None: anything); lets each word start try only the
    entries that can match there instead of the whole alternation (about 10x faster)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return out | {chr(av)}
        if op is c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav))
                elif iop is c.RANGE:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
            return out | chars
        if op is c.SUBPATTERN:
            sub = _first_chars(av[3])
            return None if sub is None else out | sub
        if op is c.BRANCH:
            acc: set[str] = set()
            for branch in av[1]:
                sub = _first_chars(branch)
                if sub is None:
                    return None
                acc |= sub
            return out | acc
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, _hi, item = av
            sub = _first_chars(item)
            if sub is None:
                return None
            out |= sub
            if lo > 0:
                return out
            continue
        return None
    return None


@lru_cache(maxsize=1)
def _by_letter() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], list[tuple[str, str]]]:
    """Per first letter, the alternation of the entries that can start with it (entry order kept)."""
    from re import _parser  # type: ignore[attr-defined]

    meta = [(plover, code) for plover, code, _ in ENTRIES]
    firsts = []
    for _, _, pat in ENTRIES:
        low = pat.replace("[A-Z]", _LOWER)
        f = _first_chars(_parser.parse(low))
        firsts.append(None if f is None else {ch.lower() for ch in f})
    per: dict[str, re.Pattern[str]] = {}
    for letter in "abcdefghijklmnopqrstuvwxyz0123456789":
        parts = [f"(?P<g{i}>{ENTRIES[i][2].replace('[A-Z]', _LOWER)})" for i, f in enumerate(firsts)
                 if f is None or letter in f]  # fmt: skip
        if parts:
            per[letter] = re.compile("|".join(parts))
    slow = re.compile("|".join(f"(?P<g{i}>{p})" for i, (_, _, p) in enumerate(ENTRIES)), re.IGNORECASE)
    return per, slow, meta


_WORD_START = re.compile(r"\b(?=\w)")
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
"""What an entry's `[A-Z]` (a capital) stands for: "met Çavuşoğlu", "visited Łódź" name people and places too.
(Latin Extended-A interleaves its cases, so a few small letters pass; no English word starts with them.)"""
_LOWER = "[a-zß-öø-ÿā-ž]"
"""The same letters lower-cased, for the matching on lower-cased text."""


@lru_cache(maxsize=1)
def _cased() -> dict[int, re.Pattern[str]]:
    """Entries that need a capital ("returned the Saar to", "provided South Korea with"): matching runs on
    lower-cased text, so a hit of one of these is confirmed on the original text, capitals kept."""
    return {i: re.compile("(?i:" + p.replace("[A-Z]", f"(?-i:{_UPPER})") + ")")
            for i, (_, _, p) in enumerate(ENTRIES) if "[A-Z]" in p}  # fmt: skip


def _confirmed(text: str, idx: int, pos: int) -> bool:
    pat = _cased().get(idx)
    return pat is None or pat.match(text, pos) is not None


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """All lexicon hits in text[start:end], left to right (overlapping hits: the first entry wins)."""
    per, slow, meta = _by_letter()
    end = len(text) if end is None else end
    low = text[start:end].lower()
    out: list[Trigger] = []
    if len(low) != end - start:  # lower-casing changed the length: keep offsets with the slow path
        for m in slow.finditer(text, start, end):
            idx = int(m.lastgroup[1:]) if m.lastgroup else 0
            if _confirmed(text, idx, m.start()):
                out.append(Trigger(m.start(), m.end(), *meta[idx]))
        return out
    pos_done = 0
    for w in _WORD_START.finditer(low):
        p = w.start()
        if p < pos_done:
            continue
        pat = per.get(low[p])
        if pat is None:
            continue
        m = pat.match(low, p)
        if m:
            idx = int(m.lastgroup[1:]) if m.lastgroup else 0
            if not _confirmed(text, idx, start + m.start()):
                # "met frequently": an entry that needs a capital ("met Putin") matched the lower-cased
                # text first; the later entries may still match here
                later = _later_match(low, text, p, start, idx)
                if later is None:
                    continue
                m, idx = later
            out.append(Trigger(start + m.start(), start + m.end(), *meta[idx]))
            pos_done = m.end()
    return out


@lru_cache(maxsize=1)
def _each() -> list[re.Pattern[str]]:
    return [re.compile(pat.replace("[A-Z]", _LOWER)) for _, _, pat in ENTRIES]


def _later_match(low: str, text: str, p: int, start: int, after: int) -> tuple[re.Match[str], int] | None:
    """The first entry after `after` that matches at p and is confirmed on the original text."""
    for idx in range(after + 1, len(ENTRIES)):
        m = _each()[idx].match(low, p)
        if m and _confirmed(text, idx, start + m.start()):
            return m, idx
    return None


def quad_of(plover: str) -> str:
    return QUAD.get(plover, "neutral")
