"""Sentence splitting over a range of a text, keeping character offsets.

A rule-based splitter rather than a model: it is fast (tens of thousands of sentences a second),
needs nothing installed, and the cases that matter in relations articles are few and known —
titles and months with a full stop ("Gen.", "Jan."), dotted acronyms ("U.S."), initials
("J. R. Smith"), closing quotes and brackets after the full stop, and blank lines, which always
end a sentence. Offsets are into the original text so every record can cite its exact sentence.
"""

from __future__ import annotations

import re

# Words that are followed by a full stop without ending a sentence (compared lower-case).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep pres amb rev fr sr jr st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols pp p ch art sec fig approx est ca cf vs etc al inc ltd co corp bros dept univ
    e.g i.e a.m p.m u.s u.k u.n u.s.a u.s.s.r e.u d.c
    """.split()
)
_YEARS_ABBREVIATION = re.compile(r"[(\s][rbdc]\.$")
"""A ruler's or a person's years: "Peter the Great (r. 1682–1725)", "(b. 1954)", "(c. 1500)"; a word's last letter
("Zamyn-Üüd.") ends its sentence."""

# Candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s)""")
# What a new sentence may start with: a capital, a digit, an opening quote or bracket.
_START = re.compile(r"""\s+(?=["'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])""")
_BLANK = re.compile(r"\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS or _YEARS_ABBREVIATION.search(text, max(0, dot - 2), dot + 1):
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    # dotted acronyms: "U.S.", "U.S.S.R." (letters separated by dots)
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))


# Abbreviations that can close a sentence ("... has an embassy in Washington, D.C. The United States ..."),
# when what follows starts sentences and never continues a name ("U.S. President" does; "U.S. The" does not).
_FINAL_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "u.s.a", "u.s.s.r", "e.u", "d.c", "etc", "inc", "ltd", "co",
                                  "corp"})  # fmt: skip
_STARTER = re.compile(r"(?:The|In|On|It|Its|This|These|They|He|She|We|After|Before|During|Since|However|Both|"
                      r"His|Her|Their|When|While|Although|Following|Despite|Under)\b")  # fmt: skip


def _ends_anyway(text: str, dot: int, next_start: int) -> bool:
    """True when an abbreviation or a single capital closes the sentence after all.

    A single capital is an initial before a surname ("George W. Bush") but a regnal number before a
    sentence starter ("finalized by Tsar Alexander I. This was followed by ...").
    """
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m or not _STARTER.match(text, next_start):
        return False
    word = m.group(1)
    return word.lower().rstrip(".") in _FINAL_ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Split one blank-line-free block into sentences, appending trimmed spans to `out`."""
    pos = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        nxt = _START.match(text, stop, end)
        if not nxt:
            continue
        punct = text[m.start()]
        if punct == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()) \
                and not _ends_anyway(text, m.start(), nxt.end()):
            continue
        _append_trimmed(text, pos, stop, out)
        pos = nxt.end()
    _append_trimmed(text, pos, end, out)


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of `text[start:end]` as (start, end) offsets into `text`, whitespace trimmed.

    A blank line always ends a sentence; a single newline does not (wrapped lines).
    """
    end = len(text) if end is None else min(end, len(text))
    out: list[tuple[int, int]] = []
    pos = start
    for m in _BLANK.finditer(text, start, end):
        _split_block(text, pos, m.start(), out)
        pos = m.end()
    _split_block(text, pos, end, out)
    return out
