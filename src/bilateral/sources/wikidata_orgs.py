"""Map Wikidata organisation items to the product's organisation codes (the Factbook's, see
`bilateral.store.organisations`), so memberships from Wikidata and from the Factbook share one code.

Two steps, because a wrong item id would silently file a membership under the wrong organisation:

1. `ITEMS`: item ids of the organisations a relations profile names most often. Source: Wikidata
   (items as of 2025). Each id is *checked at fetch time* against the item's English label or short
   name (P1813): the mapping is used only when they agree with the code's name, so a mistaken or
   re-purposed id is ignored rather than trusted.
2. Otherwise the item's English label is matched against the Factbook names (spelling normalised:
   organisation/organization, labour/labor, co-operation/cooperation, a leading "the"), then its
   short name against the codes (skipping codes that mean different things to different bodies).

Items that match nothing are not stored; `unmapped` in the fetch report counts them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bilateral.store.organisations import ORGANISATIONS

# Wikidata item id -> product code. Ids marked "?" could not be confirmed offline while writing
# this table; the label check above is what makes using them safe.
ITEMS: dict[str, str] = {
    "Q1065": "UN",
    "Q458": "EU",
    "Q7184": "NATO",
    "Q7779": "CIS",
    "Q7825": "AU",
    "Q7768": "ASEAN",
    "Q8908": "OPEC",
    "Q17495": "LAS",
    "Q41550": "OECD",
    "Q7809": "UNESCO",
    "Q7817": "WHO",
    "Q7795": "IMF",  # ?
    "Q7164": "WTO",  # ?
    "Q81299": "OSCE",
    "Q8646": "CE",  # ?
    "Q238204": "CSTO",  # ?
    "Q17510": "EAEU",  # ?
    "Q485207": "SCO",  # ?
    "Q36149": "BRICS",  # ?
    "Q123759": "OAS",  # ?
    "Q17507": "GCC",  # ?
    "Q134102": "OIC",  # ?
    "Q19660": "MERCOSUR",  # ?
}

# Other names under which Wikidata labels organisations the Factbook names differently.
LABEL_ALIASES: dict[str, str] = {
    "arab league": "LAS",
    "collective security treaty organisation": "CSTO",
    "eurasian economic union": "EAEU",
    "shanghai cooperation organisation": "SCO",
    "organisation of islamic cooperation": "OIC",
    "international labour organisation": "ILO",
    "world health organisation": "WHO",
    "interpol": "Interpol",
    "international criminal police organisation": "Interpol",
    "non-aligned movement": "NAM",
    "nonaligned movement": "NAM",
    "mercosur": "MERCOSUR",
    "group of 77": "G-77",
    "g20": "G-20",
    "g7": "G-7",
    "international criminal court": "ICCt",
    "partnership for peace": "PFP",
}

# Short names that several bodies use: never map by these alone.
AMBIGUOUS_SHORT = {"ICC", "CD", "CE", "ISO", "IOC", "CAN", "EAS", "ADB"}


def normalise(name: str) -> str:
    """Lower-case, accents and punctuation stripped, British/American spellings unified."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("co-operation", "cooperation").replace("organization", "organisation")
    s = s.replace("labor", "labour").replace("&", "and")
    s = re.sub(r"[^a-z0-9 -]+", " ", s)
    s = re.sub(r"^the ", "", re.sub(r"\s+", " ", s).strip())
    return s


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    out = {normalise(n): code for code, n in ORGANISATIONS.items()}
    out.update(LABEL_ALIASES)
    return out


def _agrees(code: str, label: str | None, short: str | None) -> bool:
    if short and short.upper().replace("-", "") == code.upper().replace("-", ""):
        return True
    return bool(label) and _by_name().get(normalise(label)) == code


def org_code(item: str, label: str | None = None, short: str | None = None) -> str | None:
    """The product's code for Wikidata organisation `item` (e.g. "Q1065"), or None."""
    code = ITEMS.get(item)
    if code and (label is None and short is None or _agrees(code, label, short)):
        return code
    if label:
        hit = _by_name().get(normalise(label))
        if hit:
            return hit
        if label.upper() in ORGANISATIONS and label.upper() not in AMBIGUOUS_SHORT:
            return label.upper()
    if short:
        s = short.strip()
        for code in ORGANISATIONS:
            if code.upper() == s.upper() and code not in AMBIGUOUS_SHORT:
                return code
    return None
