"""Code systems for states: Factbook GEC keys, COW and Gleditsch–Ward numbers, all mapped to ISO alpha-3.

Every downstream join (Factbook facts, COW/G-W dyad panels, event data coded with ISO or COW) goes through
ISO 3166-1 alpha-3, so each mapping here is a lookup into the product's own tables (`gec_table`,
`cow_table`, `gw_table`), which name their sources. COW and G-W codes change meaning over time (255 is
Germany before 1945 and after 1990; 345 is Yugoslavia until 2006, then Serbia), so those lookups take an
optional year: with a year they answer for that year only; without one they answer with the most recent
period.
"""

from __future__ import annotations

from functools import lru_cache

from bilateral.countries.gec_table import GEC_ROWS, PREFERRED_GEC


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
