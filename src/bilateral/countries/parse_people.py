"""Office holders in the Factbook's "chief of state" and "head of government" fields.

Split from `parse` because names are their own problem: titles, honorifics, regnal numbers,
particles, names written in capitals, several people in one field and "since" dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilateral.countries.parse import clean, outside_parens, parse_date, split_top


@dataclass(frozen=True)
class Person:
    """One office holder from an 'Executive branch' entry."""

    title: str | None
    name: str
    date: str | None
    representative: bool = False
    raw: str = ""


_TITLE_WORDS = frozenset(
    """president vice prime minister ministers king queen premier chancellor federal chairman chairperson
    chair council cabinet secretary state foreign political affairs governor general governor-general
    lieutenant administrator sultan amir emir prince princess grand duke co-prince archbishop interim acting
    transitional transition supreme leader sovereign commander-in-chief armed forces territorial assembly
    high commissioner prefect lord of the and emperor captain regent regents executive head government
    national presidential chief officer deputy first commission republic confederation swiss people's
    mayor representative speaker overall superior taoiseach
    commander islands island zealand kingdom states officer
    pope bailiff lieutenant-governor caretaker""".split()
)
_HONORIFICS = frozenset(
    "col. gen. capt. maj. lt. sr. dr. sir dame general colonel captain major ratu sheikh shaykh".split()
)
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_REGNAL = re.compile(r"^(?!XI$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")  # 'XI' is also a surname (XI Jinping)
_NOT_NAMES = frozenset("UK US USA UN EU GNU CNSP NZ UAE RN PRC DPRK".split())
_PARTICLES = frozenset("bin bint ibn al el i de da del della di do dos van von der y".split())


def _name_case(token: str) -> str:
    """'LUKASHENKA' -> 'Lukashenka', 'al-BURHAN' -> 'al-Burhan', 'III' stays 'III'."""
    if _REGNAL.match(token):
        return token

    def fix(part: str) -> str:
        if not part or part.islower() or _REGNAL.match(part):
            return part
        return part[:1].upper() + part[1:].lower() if part.isupper() else part

    return "-".join(fix(p) for p in token.split("-"))


def title_case(text: str) -> str:
    """'SAINT JOHN'S' -> "Saint John's", 'PORTO-NOVO' -> 'Porto-Novo' (str.title() would give "John'S")."""
    return " ".join(_name_case(t) for t in text.split())


def _is_caps(token: str) -> bool:
    """A surname as the Factbook writes it: 'LUKASHENKA', 'al-BURHAN', 'SASSOU-Nguesso' (not 'III', 'UK')."""
    if token.strip(",.;") in _NOT_NAMES:
        return False
    for part in token.split("-"):
        letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", part)
        if len(letters) >= 2 and letters.isupper() and not _REGNAL.match(letters):
            return True
    return False


def parse_person(segment: str) -> Person | None:
    """'President Alyaksandr LUKASHENKA (since 20 July 1994)' -> Person('President', 'Alyaksandr Lukashenka', ...).

    The Factbook writes surnames in capitals, which is what separates a title from a name. Segments with
    no capitalised surname (notes such as 'the president is both...') give None.
    """
    raw = segment.strip()
    representative = bool(re.search(r"\brepresented by\s", raw))
    text = re.sub(r"^.*?\brepresented by\s+", "", raw) if representative else raw
    text = re.sub(r"^and\s+", "", text)
    outer, inner = outside_parens(text)
    date = None
    for q in inner:
        if re.search(r"\d{4}", q) and not date:
            date = parse_date(q)
    if date is None:
        m = re.search(r"\bsince\s+([^;,)]+)", outer)
        date = parse_date(m.group(1)) if m else None
    outer = re.split(r"\s*\bsince\b|\s*;|\s*,\s*(?:also|the|chief|is|who)\b", outer)[0]
    tokens = outer.replace('"', "").split()
    first = next((i for i, t in enumerate(tokens) if _is_caps(t)), None)
    if first is None:
        return _uncapitalised_person(tokens, date, representative, raw)
    start = first
    while start > 0:
        prev = tokens[start - 1]
        low = prev.lower().rstrip(",")
        if (low in _PARTICLES or low.startswith("d'")) and start >= 2 and tokens[start - 2][:1].isupper():
            start -= 1
            continue
        if low in _TITLE_WORDS or low in _HONORIFICS or not prev[:1].isupper() or prev.endswith(","):
            break
        if start >= 2 and tokens[start - 2].lower() in ("of", "the"):
            break
        if start < first and start >= 3 and tokens[start - 3].lower() in ("of", "the"):
            break  # 'President of French Polynesia Moetai BROTHERSON'
        if low.startswith("d'"):
            start -= 1
            continue
        start -= 1
    end = first + 1
    while end < len(tokens) and (
        tokens[end][:1].isupper() or tokens[end].split("-")[0].lower() in _PARTICLES
    ):
        if tokens[end].lower().rstrip(",") in _TITLE_WORDS or tokens[end].strip(",") in _NOT_NAMES:
            break
        end += 1
        if tokens[end - 1].endswith(",") and not tokens[end:end + 1] == ["Jr."]:
            break
    name_tokens = [t for t in tokens[start:end] if t.lower() not in _HONORIFICS]
    title_tokens = [t for t in tokens[:start] if t.lower() not in _HONORIFICS]
    name = " ".join(_name_case(t) for t in name_tokens).strip(" ,")
    title = " ".join(title_tokens).strip(" ,") or None
    if not name:
        return None
    return Person(title, name, date, representative, raw)


def _uncapitalised_person(tokens: list[str], date: str | None, representative: bool, raw: str) -> Person | None:
    """'Prime Minister Manuel Osa Nsue Nsua': a name the Factbook forgot to capitalise follows the title."""
    i = 0
    while i < len(tokens) and (tokens[i].lower() in _TITLE_WORDS or tokens[i].lower() in _HONORIFICS):
        i += 1
    rest = tokens[i:]
    if not rest or len(rest) > 6 or not all(t[:1].isupper() or t.split("-")[0].lower() in _PARTICLES for t in rest):
        return None
    return Person(" ".join(tokens[:i]) or None, " ".join(rest), date, representative, raw)


def parse_people(text: str) -> list[Person]:
    """Every office holder in a 'chief of state' / 'head of government' value, representatives flagged."""
    text = clean(text)
    text = re.split(r"\s*;?\s*\bnote\s*[:\-–]", text, maxsplit=1)[0]
    text = re.sub(r",\s*(represented by)", r"; \1", text)
    segments: list[str] = []
    for segment in split_top(text, ";"):
        if segments and re.match(r"^(?:also|aka)\b", segment):
            segments[-1] += " " + segment  # 'WACHIRALONGKON; also spelled Vajiralongkorn (since ...)'
        else:
            segments.append(segment)
    people = []
    for segment in segments:
        person = parse_person(segment)
        if person and not (person.title and person.title.lower().startswith("former")):
            people.append(person)
    return people
