"""Actor country codes of the event datasets -> ISO 3166-1 alpha-3.

Why: GDELT codes actors with CAMEO country codes (mostly ISO alpha-3, but with CAMEO's own codes for
a few states, regions such as EUR or AFR, and parent+territory codes such as USAPRI), ICEWS names
countries in words, and POLECAT uses ISO alpha-3. GDELT's *geographic* fields use FIPS 10-4 codes,
which differ from ISO for many states (e.g. FIPS BO = Belarus, ISO BOL = Bolivia); bilateral never
reads a country from them, only from the actor country codes, so no FIPS table is needed here.

Facts below: CAMEO deviations from ISO come from the CAMEO manual's country list (Schrodt 2012, and
openeventdata text_to_CAMEO countrynames.txt); ICEWS names that are not ISO short names come from
the ICEWS Dataverse files. Regions have no ISO code and map to None.
"""

from __future__ import annotations

from functools import cache

import pycountry

# CAMEO country codes that are not the ISO alpha-3 of the same state.
CAMEO_TO_ISO3: dict[str, str] = {
    "TMP": "TLS",  # East Timor / Timor-Leste
    "ROM": "ROU",  # Romania (pre-2002 ISO code, kept by CAMEO)
    "ZAR": "COD",  # Zaire / DR Congo
    "KSV": "XKX",  # Kosovo (no ISO code; XKX is the EU/IMF user-assigned convention)
    "KOS": "XKX",
    "SER": "SRB",
    "SCG": "SRB",  # Serbia and Montenegro -> successor state
    "YUG": "SRB",  # Yugoslavia (FRY) -> successor state
    "WSB": "PSE",  # West Bank
    "GZS": "PSE",  # Gaza Strip
    "PSE": "PSE",
    "ANT": "ATA",  # Antarctica (ISO ANT was the Netherlands Antilles)
    "NLDANT": "ANT",
    "GBRIMY": "IMN",  # Isle of Man (CAMEO IMY, ISO IMN)  # Netherlands Antilles (withdrawn ISO code, kept for history)
}

# CAMEO region codes: actors located in a region, not a state.
CAMEO_REGIONS: frozenset[str] = frozenset(
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF "
    "WEU WST".split()
)

# ICEWS country names that are not a pycountry name/official/common name.
ICEWS_NAME_TO_ISO3: dict[str, str] = {
    "Cote d'Ivoire": "CIV",
    "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD",
    "Holy See": "VAT",
    "Occupied Palestinian Territory": "PSE",
    "Palestine": "PSE",
    "Gaza": "PSE",
    "Swaziland": "SWZ",
    "Turkey": "TUR",
    "the former Yugoslav Republic of Macedonia": "MKD",
    "Macedonia": "MKD",
    "Russia": "RUS",
    "Brunei": "BRN",
    "Cape Verde": "CPV",
    "Cocos Islands": "CCK",
    "Cook Island": "COK",
    "Faeroe Islands": "FRO",
    "Falkland Islands": "FLK",
    "Guinea Bissau": "GNB",
    "Kosovo": "XKX",
    "Madagaskar": "MDG",
    "Micronesia": "FSM",
    "Saint Helena": "SHN",
    "Serbia and Montenegro": "SRB",
    "Sint Maarten": "SXM",
    "Timor Leste": "TLS",
    "U.S. Virgin Islands": "VIR",
    "United States Virgin Islands": "VIR",
    "Wallis and Futuna Islands": "WLF",
    "Netherlands Antilles": "ANT",
    "Antarctica": "ATA",
    "Saint Barthelemy": "BLM",
}


@cache
def _iso3_set() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def _name_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                idx[v.lower()] = c.alpha_3
    idx.update({k.lower(): v for k, v in ICEWS_NAME_TO_ISO3.items()})
    return idx


def cameo_country_iso3(code: str | None) -> str | None:
    """ISO alpha-3 of a CAMEO country code; None for regions, IGO codes and unknown codes.

    Six-letter CAMEO codes are a parent state plus a territory (USAPRI = Puerto Rico): the
    territory's own ISO code wins when it has one, else the parent's.
    """
    if not code:
        return None
    c = code.strip().upper()
    if c in CAMEO_TO_ISO3:
        return CAMEO_TO_ISO3[c]
    if len(c) == 6:
        return c[3:] if c[3:] in _iso3_set() else cameo_country_iso3(c[:3])
    if c in CAMEO_REGIONS:
        return None
    return c if c in _iso3_set() else None


def icews_country_iso3(name: str | None) -> str | None:
    """ISO alpha-3 of an ICEWS country name ('Russian Federation', 'Occupied Palestinian Territory')."""
    if not name:
        return None
    return _name_index().get(name.strip().lower())


def cameo_country_rows() -> list[tuple[str, str]]:
    """(CAMEO 3-letter code, ISO3) pairs for a SQL lookup join (all ISO codes plus CAMEO's own)."""
    rows = {c: c for c in _iso3_set()}
    rows.update(CAMEO_TO_ISO3)
    return sorted(rows.items())


def icews_country_rows() -> list[tuple[str, str]]:
    """(ICEWS country name, ISO3) pairs for a SQL lookup join."""
    return sorted(_name_index().items())
