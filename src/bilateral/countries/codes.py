"""Code systems for states: Factbook GEC keys, COW and Gleditsch–Ward numbers, all mapped to ISO alpha-3.

Every downstream join (Factbook facts, COW/G-W dyad panels, event data coded with ISO or COW) goes through
ISO 3166-1 alpha-3, so each mapping here is a lookup into the product's own tables (`gec_table`,
`cow_table`, `gw_table`), which name their sources. COW and G-W codes change meaning over time (255 is
Germany before 1945 and after 1990; 345 is Yugoslavia until 2006, then Serbia), so those lookups take an
optional year (or, via `resolve`, a date): with a year they answer for that year only, choosing the spell
that covers most of the year when two meet in it (DEU in 1990 is 260, not 255); without one they answer
with the most recent spell.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

from bilateral.countries.cow_table import COW_ROWS
from bilateral.countries.gec_table import GEC_ROWS, PREFERRED_GEC
from bilateral.countries.gw_table import GW_ROWS

When = int | dt.date | None


class Spell(NamedTuple):
    """One period in which a COW or G-W code stands for one state (and one ISO code, if any)."""

    system: str  # "cow" or "gw"
    code: int
    abbrev: str
    iso3: str | None
    start: dt.date
    end: dt.date | None  # None: still a member at the end of the source's coverage
    name: str

    def covers(self, lo: dt.date, hi: dt.date) -> int:
        """Days of [lo, hi] inside this spell (0 if none)."""
        a = max(lo, self.start)
        b = min(hi, self.end or dt.date.max)
        return (b - a).days + 1 if a <= b else 0

    @property
    def years(self) -> str:
        """'1816-1945' or '1990-' for messages."""
        return f"{self.start.year}-{self.end.year if self.end else ''}"


# ---------------------------------------------------------------- GEC


@lru_cache(maxsize=1)
def _gec_maps() -> tuple[dict[str, str], dict[str, str]]:
    forward = {gec: iso3 for gec, iso3, _ in GEC_ROWS if iso3}
    reverse: dict[str, str] = {}
    for gec, iso3, _ in GEC_ROWS:
        if iso3 and iso3 not in reverse:
            reverse[iso3] = gec
    reverse.update(PREFERRED_GEC)
    return forward, reverse


def iso3_for_gec(gec: str) -> str | None:
    """ISO alpha-3 for a Factbook GEC key ('bo' -> 'BLR', 'by' -> 'BDI'); None for entries without one."""
    return _gec_maps()[0].get(gec.strip().lower())


def gec_for_iso3(iso3: str) -> str | None:
    """The Factbook GEC key for an ISO alpha-3 code ('BLR' -> 'bo'); None if the Factbook has no entry."""
    return _gec_maps()[1].get(iso3.strip().upper())


def gec_entries() -> tuple[tuple[str, str | None, str], ...]:
    """All Factbook entries as (gec, iso3 or None, short name), for listings and tests."""
    return GEC_ROWS


# ---------------------------------------------------------------- COW and G-W


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@lru_cache(maxsize=1)
def _spells() -> dict[str, tuple[Spell, ...]]:
    cow = tuple(Spell("cow", r[0], r[1], r[2], _date(r[3]), _date(r[4]), r[5]) for r in COW_ROWS)  # type: ignore[arg-type]
    gw = tuple(Spell("gw", r[0], r[1], r[2], _date(r[3]), _date(r[4]), r[5]) for r in GW_ROWS)  # type: ignore[arg-type]
    return {"cow": cow, "gw": gw}


@lru_cache(maxsize=4)
def _index(system: str) -> tuple[dict[int, list[Spell]], dict[str, list[Spell]]]:
    by_code: dict[int, list[Spell]] = {}
    by_iso: dict[str, list[Spell]] = {}
    for s in _spells()[system]:
        by_code.setdefault(s.code, []).append(s)
        if s.iso3:
            by_iso.setdefault(s.iso3, []).append(s)
    return by_code, by_iso


def _window(when: When) -> tuple[dt.date, dt.date] | None:
    if when is None:
        return None
    if isinstance(when, dt.date):
        return when, when
    return dt.date(when, 1, 1), dt.date(when, 12, 31)


def _pick(spells: list[Spell], when: When) -> Spell | None:
    """The spell in force at `when` (most days of the year wins), or the latest spell if `when` is None."""
    if not spells:
        return None
    win = _window(when)
    if win is None:
        return max(spells, key=lambda s: s.start)
    best = max(spells, key=lambda s: (s.covers(*win), s.start))
    return best if best.covers(*win) else None


def spells(system: str, code: int) -> list[Spell]:
    """All spells of a COW ('cow') or G-W ('gw') code, oldest first ([] if the code is unknown)."""
    return list(_index(system)[0].get(int(code), []))


def spells_for_iso3(system: str, iso3: str) -> list[Spell]:
    """All COW or G-W spells that map to an ISO alpha-3 code, oldest first."""
    return sorted(_index(system)[1].get(iso3.strip().upper(), []), key=lambda s: s.start)


def spells_for_iso3_all(system: str) -> tuple[Spell, ...]:
    """Every spell of a system ('cow' or 'gw'), in table order."""
    return _spells()[system]


def spell_at(system: str, code: int, when: When = None) -> Spell | None:
    """The spell of a COW/G-W code in force at a year or date (latest if `when` is None)."""
    return _pick(spells(system, code), when)


def cow_to_iso3(ccode: int, year: int | None = None) -> str | None:
    """ISO alpha-3 for a COW ccode, in a given year if one is given (255 in 1950 -> None: not a member)."""
    s = spell_at("cow", ccode, year)
    return s.iso3 if s else None


def iso3_to_cow(iso3: str, year: int | None = None) -> int | None:
    """COW ccode for an ISO alpha-3 code, in a given year if one is given ('DEU', 1980 -> 260)."""
    s = _pick(spells_for_iso3("cow", iso3), year)
    return s.code if s else None


def gw_to_iso3(gwcode: int, year: int | None = None) -> str | None:
    """ISO alpha-3 for a Gleditsch–Ward code, in a given year if one is given."""
    s = spell_at("gw", gwcode, year)
    return s.iso3 if s else None


def iso3_to_gw(iso3: str, year: int | None = None) -> int | None:
    """Gleditsch–Ward code for an ISO alpha-3 code, in a given year if one is given ('YEM' -> 678)."""
    s = _pick(spells_for_iso3("gw", iso3), year)
    return s.code if s else None


def code_for_iso3(system: str, iso3: str, when: When = None) -> int | None:
    """COW ('cow') or G-W ('gw') code of an ISO alpha-3 code at a year or exact date (latest if None)."""
    s = _pick(spells_for_iso3(system, iso3), when)
    return s.code if s else None
