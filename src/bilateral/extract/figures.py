"""Figures: percentages, money ("$1.5bn", "$500 million") and counts of people, with what they
measure and their year.

Only dyadic facts are wanted, so a figure must sit in a sentence that names a state, and people
counts need a noun that says who they are ("33 Russian military contractors", "200 fighters");
a bare population ("10 million people") is a property of one country, not of the relation. In a
comparison table only the "N <demonyms> in <Country>" cells are dyadic (expatriates).
"""

from __future__ import annotations

import re

from bilateral.documents.model import Document
from bilateral.extract.gazetteer import find_names, is_org, name_table
from bilateral.extract.records import FigureRecord

_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
         "tn": 1e12, "trillion": 1e12}  # fmt: skip
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(%|per\s?cent\b|percent\b)")
_MONEY = re.compile(
    r"(?:US\s?)?([$€£])\s?(\d[\d,]*(?:\.\d+)?)\s*(bn|billion|mn|million|trillion|tn|thousand|[kmb])?\b"
    r"|\b(\d[\d,]*(?:\.\d+)?)\s*(billion|million|trillion|thousand)?\s+(?:US\s+)?(dollars|euros|USD|EUR|złoty|zloty|zlotys|roubles?|rubles?|yuan|yen|rupees|pounds\s+sterling|pounds)\b"
)
_PEOPLE_NOUNS = (
    r"people|persons|soldiers|troops|fighters|contractors|mercenaries|citizens|nationals|refugees|migrants|"
    r"workers|students|tourists|prisoners|detainees|diplomats|personnel|civilians|residents|immigrants|"
    r"servicemen|volunteers|hostages|activists|journalists|officers"
)
_PEOPLE = re.compile(
    rf"(?<![\w.,$])(\d[\d,]*)(?:\s+(million|thousand))?\s+((?:[A-Za-z][\w-]*\s+){{0,3}}?)({_PEOPLE_NOUNS})\b"
)
_NATIONALS = re.compile(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(million|thousand))?\s+([A-Z][a-z]+)\b")
_EXPAT = re.compile(r"(\d[\d,]*)\s+([A-Z]\w+)\s+in\s+([A-Z][\w ]+)")
_DIGIT = re.compile(r"\d")
_DYADIC = re.compile(r"\b(?:bilateral|two\s+countries|both\s+countries|mutual)\b", re.IGNORECASE)
_UNIT_CODE = {"$": "USD", "€": "EUR", "£": "GBP", "dollars": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR",
              "złoty": "PLN", "zloty": "PLN", "zlotys": "PLN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
              "rubles": "RUB", "yuan": "CNY", "yen": "JPY", "rupees": "INR", "pounds sterling": "GBP",
              "pounds": "GBP"}  # fmt: skip


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _words_after(text: str, pos: int, end: int, n: int = 7) -> str:
    seg = re.split(r"[.;:!?]", text[pos:end], maxsplit=1)[0]
    return " ".join(seg.split()[:n]).strip(" ,")


def _words_before(text: str, start: int, pos: int, n: int = 4) -> str:
    seg = re.split(r"[.;:!?,]", text[start:pos])[-1]
    return " ".join(seg.split()[-n:]).strip(" ,")


def sentence_figures(text: str, s: int, e: int, year: int | None) -> list[FigureRecord]:
    """Figures in one sentence that names at least one state."""
    if not _DIGIT.search(text, s, e):
        return []
    if not any(not is_org(m.code) for m in find_names(text, s, e)) and not _DYADIC.search(text, s, e):
        return []
    out: list[FigureRecord] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY.finditer(text, s, e):
        if m.group(1):
            value = _num(m.group(2)) * _MULT.get((m.group(3) or "").lower(), 1)
            unit = _UNIT_CODE[m.group(1)]
        else:
            value = _num(m.group(4)) * _MULT.get((m.group(5) or "").lower(), 1)
            unit = _UNIT_CODE[m.group(6).lower()]
        after = re.sub(r"^(?:in|of|for)\s+", "", _words_after(text, m.end(), e, 7))
        before = _words_before(text, s, m.start(), 4)
        useful = after and not after.startswith(("to ", "with ", "from ", "and ", "in ")) and not after[:1].isdigit()
        what = after if useful else before
        out.append(FigureRecord(what=what, value=value, unit=unit, year=year, start=m.start(), end=m.end()))
        taken.append(m.span())
    for m in _PERCENT.finditer(text, s, e):
        what = "share " + _words_after(text, m.end(), e, 6)
        out.append(FigureRecord(what=what.strip(), value=_num(m.group(1)), unit="%", year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
        taken.append(m.span())
    for m in _NATIONALS.finditer(text, s, e):  # "some 50,000 Russians live in Belarus"
        hit = name_table().get(m.group(3))
        value = _num(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1)
        if 1500 <= value <= 2100 and "," not in m.group(1) and not m.group(2):
            continue  # "In 1990 Argentine troops": a year
        if hit and hit[1] == "demonym" and not any(a <= m.start() < b for a, b in taken):
            out.append(FigureRecord(what=f"{m.group(3)} {_words_after(text, m.end(), e, 5)}".strip(), value=value,
                                    unit="people", year=year, start=m.start(), end=m.end()))  # fmt: skip
            taken.append(m.span())
    for m in _PEOPLE.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group(2) and m.group(4) == "people":  # a population, not a dyadic count
            continue
        value = _num(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1)
        if 1500 <= value <= 2100 and not m.group(2) and "," not in m.group(1):
            continue  # a year followed by a noun
        what = (m.group(3) + m.group(4)).strip()
        tail = _words_after(text, m.end(), e, 6)
        out.append(FigureRecord(what=f"{what} {tail}".strip(), value=value, unit="people", year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
    return out


def table_figures(doc: Document) -> list[FigureRecord]:
    """'706,992 Russians in Belarus' cells: people of one state living in another."""
    out: list[FigureRecord] = []
    text = doc.text
    for table in doc.tables:
        for m in _EXPAT.finditer(text, table.start, table.end):
            who = find_names(m.group(2))
            where = find_names(m.group(3))
            if who and where and who[0].code != where[0].code and not is_org(where[0].code):
                out.append(FigureRecord(what=f"{m.group(2)} living in {m.group(3).strip()}", value=_num(m.group(1)),
                                        unit="people", year=None, start=m.start(), end=m.end()))  # fmt: skip
    return out


def extract_figures(doc: Document, years: dict[int, int | None]) -> list[FigureRecord]:
    """Figures of all narrative sentences (`years`: sentence start -> its year) and of tables."""
    out: list[FigureRecord] = []
    for sent in doc.sentences:
        out += sentence_figures(doc.text, sent.start, sent.end, years.get(sent.start))
    return out + table_figures(doc)
