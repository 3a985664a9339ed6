"""Resolve any name, code, demonym or capital to one state.

Users and documents name states in many ways: "Russian Federation", "Byelorussia", "Côte d'Ivoire",
"112", "BY", "gec:bo", "cow:365", "Belarusian", "Moscow". `resolve` maps each to one `Country` with all
its codes, or raises `UnknownCountryError` (with up to three suggestions) or `NotAStateError` (for a real
place that is not a sovereign state, saying what it is). The name index (`country_table`: built from the
product's tables, ISO 3166 via pycountry and the installed Factbook, and cached on disk) is loaded once per
process, so a warm lookup is a couple of dict probes.

Order of interpretation: explicit prefix (`gec:`, `cow:`, `gw:`, `iso:`, `num:`) > ISO numeric (digits or
an int) > ISO alpha-2 (two letters; a GEC key needs its prefix, since `by` is Belarus in ISO but Burundi
in the Factbook) > ISO alpha-3 > names. Among names: curated aliases > ISO and Factbook names >
non-states > local-language names > demonyms > capitals > former and historical names. A name that means
two states at its best level (e.g. "Korean", "Congolese") is reported as ambiguous.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from bilateral.countries import codes
from bilateral.countries.country_table import Country, NameIndex, keys, load_index, normalize
from bilateral.countries.gec_table import GEC_ROWS
from bilateral.errors import NotAStateError, UnknownCountryError

__all__ = ["Country", "all_states", "capital_table", "demonym_table", "normalize", "resolve", "suggest", "un_members"]


@lru_cache(maxsize=1)
def _index() -> NameIndex:
    return load_index()


# ---------------------------------------------------------------- public API

_PREFIX = re.compile(r"^\s*(gec|cow|gw|iso|iso2|iso3|num|numeric|m49)\s*[:=]\s*(.+?)\s*$", re.IGNORECASE)


def resolve(query: str | int, *, on: dt.date | None = None) -> Country:
    """The state a name or code stands for; with `on`, COW/G-W codes are read (and reported) as of that date.

    Raises `NotAStateError` for territories and other non-states, `UnknownCountryError` otherwise.
    """
    if isinstance(query, Country):
        return _dated(query, on)
    if isinstance(query, bool) or not isinstance(query, (str, int)):
        raise UnknownCountryError(repr(query), reason=f"not a country name or code: {query!r}")
    if isinstance(query, int):
        return _dated(_by_numeric(str(query), str(query)), on)
    q = query.strip()
    if not q:
        raise UnknownCountryError(query, reason="empty country name")
    m = _PREFIX.match(q)
    if m:
        return _by_prefix(m.group(1).lower(), m.group(2), q, on)
    if q.isdigit():
        return _dated(_by_numeric(q, q), on)
    idx = _index()
    if len(q) == 2 and q.isalpha() and q.upper() in idx.alpha2:
        return _dated(idx.countries[idx.alpha2[q.upper()]], on)
    if len(q) == 3 and q.isalpha() and q.upper() in idx.alpha3 and q.upper() == q:
        return _dated(idx.countries[q.upper()], on)
    if (len(q) == 2 or (len(q) == 3 and q.isupper())) and q.upper() in idx.nonstate_codes:
        _raise_nonstate(q, *idx.nonstate_codes[q.upper()])
    for key in keys(q, lookup=True):
        tgt = idx.names.get(key)
        if tgt is None:
            continue
        if tgt.nonstate:
            _raise_nonstate(q, *tgt.nonstate)
        if len(tgt.iso3s) > 1:
            options = sorted(idx.countries[i].name for i in tgt.iso3s)
            raise UnknownCountryError(q, options, reason=f"{q!r} is ambiguous")
        return _dated(idx.countries[next(iter(tgt.iso3s))], on)
    if len(q) == 3 and q.isalpha() and q.upper() in idx.alpha3:
        return _dated(idx.countries[q.upper()], on)
    raise UnknownCountryError(q, suggest(q))


def suggest(query: str, limit: int = 3) -> list[str]:
    """Up to `limit` state names closest to a misspelt query ("Belarussia" -> ["Belarus", ...])."""
    idx = _index()
    key = normalize(str(query))
    if not key:
        return []
    from rapidfuzz import fuzz, process

    hits = process.extract(key, list(idx.choices), scorer=fuzz.ratio, limit=limit * 6, score_cutoff=60)
    out: list[str] = []
    for choice, _score, _ in hits:
        name = idx.choices[choice]
        if name not in out:
            out.append(name)
        if len(out) == limit:
            break
    return out


def un_members() -> list[Country]:
    """The 193 UN member states, by name."""
    return sorted((c for c in _index().countries.values() if c.un_member), key=lambda c: c.name)


def all_states() -> list[Country]:
    """UN members, the two observer states (Holy See, Palestine), Kosovo and Taiwan, by name."""
    return sorted((c for c in _index().countries.values() if c.current), key=lambda c: c.name)


def demonym_table() -> dict[str, str]:
    """Lower-case demonym or adjective -> ISO alpha-3 ("belarusian" -> "BLR"); ambiguous forms left out."""
    return dict(_index().demonyms)


def capital_table() -> dict[str, str]:
    """Lower-case capital (or seat of government) -> ISO alpha-3 ("moscow" -> "RUS")."""
    return dict(_index().capitals)


# ---------------------------------------------------------------- helpers


def _raise_nonstate(query: str, name: str, what: str) -> None:
    if normalize(name) == normalize(query):
        raise NotAStateError(query, reason=f"{name} is {what}, not a sovereign state")
    raise NotAStateError(query, reason=f"{query!r} refers to {name}, {what}, not a sovereign state")


def _by_numeric(digits: str, query: str) -> Country:
    idx = _index()
    num = digits.zfill(3)
    if num in idx.numeric:
        return idx.countries[idx.numeric[num]]
    if num in idx.nonstate_codes:
        _raise_nonstate(query, *idx.nonstate_codes[num])
    raise UnknownCountryError(query, reason=f"no state has ISO 3166 numeric code {query!r}")


def _by_prefix(kind: str, value: str, query: str, on: dt.date | None) -> Country:
    idx = _index()
    if kind == "gec":
        iso3 = codes.iso3_for_gec(value)
        if iso3 in idx.countries:
            return _dated(idx.countries[iso3], on)
        known = {g: n for g, _, n in GEC_ROWS}
        if value.lower() in known:
            return resolve(known[value.lower()], on=on)  # a Factbook entry that is not a state
        raise UnknownCountryError(query, reason=f"no Factbook entry has GEC key {value!r}")
    if kind in ("num", "numeric", "m49"):
        if not value.isdigit():
            raise UnknownCountryError(query, reason=f"ISO numeric code must be digits: {value!r}")
        return _dated(_by_numeric(value, query), on)
    if kind.startswith("iso"):
        v = value.upper()
        iso3 = idx.alpha2.get(v) if len(v) == 2 else (v if v in idx.alpha3 else None)
        if iso3 is None:
            if v in idx.nonstate_codes:
                _raise_nonstate(query, *idx.nonstate_codes[v])
            raise UnknownCountryError(query, reason=f"no state has ISO 3166 code {value!r}")
        return _dated(idx.countries[iso3], on)
    return _by_state_system(kind, value, query, on)


def _by_state_system(system: str, value: str, query: str, on: dt.date | None) -> Country:
    label = "COW" if system == "cow" else "G-W"
    if not value.isdigit():
        raise UnknownCountryError(query, reason=f"{label} codes are numbers: {value!r}")
    all_spells = codes.spells(system, int(value))
    if not all_spells:
        raise UnknownCountryError(query, reason=f"no state has {label} code {value}")
    spell = codes.spell_at(system, int(value), on)
    if spell is None:
        periods = ", ".join(s.years for s in all_spells)
        others = [
            f"{system}:{c}"
            for c in {codes.code_for_iso3(system, s.iso3, on) for s in all_spells if s.iso3}
            if c is not None
        ]
        raise UnknownCountryError(
            query,
            others,
            reason=f"{label} {value} ({all_spells[-1].name}) was not in the state system on "
            f"{on.isoformat() if on else '?'} (member {periods})",
        )
    if spell.iso3 is None:
        raise UnknownCountryError(
            query, reason=f"{label} {value} is {spell.name} ({spell.years}), which has no ISO 3166 code"
        )
    country = _index().countries.get(spell.iso3)
    if country is None:
        raise UnknownCountryError(query, reason=f"{label} {value} is {spell.name}, not a state this product knows")
    return _dated(country, on)


def _dated(country: Country, on: dt.date | None) -> Country:
    """The same country with its COW and G-W codes as of `on` (None where it was not a member then)."""
    if on is None:
        return country
    if isinstance(on, dt.datetime):
        on = on.date()
    return dataclasses.replace(
        country,
        cow=codes.code_for_iso3("cow", country.iso3, on),
        gw=codes.code_for_iso3("gw", country.iso3, on),
    )
