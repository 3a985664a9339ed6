"""Resolve any name, code, demonym or capital to one state.

Users and documents name states in many ways: "Russian Federation", "Byelorussia", "Côte d'Ivoire",
"112", "BY", "gec:bo", "cow:365", "Belarusian", "Moscow". `resolve` maps each to one `Country` with all
its codes, or raises `UnknownCountryError` (with up to three suggestions) or `NotAStateError` (for a real
place that is not a sovereign state, saying what it is). The index is built once per process from the
product's tables (`alias_table`, `nonstate_table`, `un_table`, code tables), ISO 3166 via pycountry and
the installed Factbook, so a warm lookup is a couple of dict probes.

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
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz, process

from bilateral.countries import codes
from bilateral.countries.alias_table import CAPITALS, DEMONYMS, HISTORICAL_NAMES, NAME_ALIASES
from bilateral.countries.gec_table import GEC_ROWS
from bilateral.countries.names_table import factbook_names
from bilateral.countries.nonstate_table import NON_STATE_DEMONYMS, NON_STATES
from bilateral.countries.un_table import OBSERVER_STATES, OTHER_STATES, UN_MEMBERS
from bilateral.errors import NotAStateError, UnknownCountryError


@dataclass(frozen=True)
class Country:
    """One state and its codes in every system the product joins on."""

    iso3: str
    iso2: str
    numeric: str  # ISO 3166-1 numeric, 3 digits ("112"); "" where ISO has none (Kosovo)
    name: str
    official_name: str
    gec: str | None
    cow: int | None
    gw: int | None
    un_member: bool
    current: bool = True  # False for states that no longer exist (Yugoslavia, GDR, ...)


# Display names where the Factbook's short form is not the one Wikipedia and the UN use.
_DISPLAY = {
    "MMR": "Myanmar",
    "COG": "Republic of the Congo",
    "COD": "Democratic Republic of the Congo",
    "VAT": "Holy See",
    "PSE": "Palestine",
    "BHS": "Bahamas",
    "GMB": "Gambia",
}
_OFFICIAL = {
    "PSE": "State of Palestine",
    "XKX": "Republic of Kosovo",
    "TWN": "Republic of China (Taiwan)",
    "MMR": "Republic of the Union of Myanmar",  # Factbook keeps "Union of Burma"
    "TUR": "Republic of Türkiye",  # official English form since 2022
    "YUG": "Socialist Federal Republic of Yugoslavia",
}
_NONE = {"", "none"}

# priorities (lower wins)
P_ALIAS, P_NAME, P_NONSTATE, P_LOCAL, P_DEMONYM, P_CAPITAL, P_FORMER = range(7)


def normalize(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Côte d'Ivoire" -> "cote divoire"."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("&", " and ").replace("(s)", "")
    s = re.sub(r"[.'’`ʻ]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"\bst\b", "saint", s)
    return s


def _keys(text: str, *, lookup: bool = False) -> list[str]:
    """The normalised key, plus the un-inverted form of "Korea, Republic of" -> "republic of korea"."""
    keys = [normalize(text)]
    if lookup and re.search(r"[\[(]", text):  # "Myanmar [Burma]", "Congo (Kinshasa)": also try without the aside
        keys.append(normalize(re.sub(r"[\[(][^\])]*[\])]", " ", text)))
    if text.count(",") == 1:
        head, tail = (p.strip() for p in text.split(","))
        keys.append(normalize(f"{tail} {head}"))
    return [k for k in keys if k]


@dataclass
class _Target:
    priority: int
    iso3s: set[str]  # states (or historical states)
    nonstate: tuple[str, str] | None = None  # (display name, what it is)


@dataclass
class _Index:
    countries: dict[str, Country]  # current states + historical states, by iso3
    names: dict[str, _Target]
    alpha2: dict[str, str]
    alpha3: set[str]
    numeric: dict[str, str]
    nonstate_codes: dict[str, tuple[str, str]]  # alpha2/alpha3/numeric -> (name, what)
    demonyms: dict[str, str]
    capitals: dict[str, str]
    choices: dict[str, str]  # normalised name -> display name, for suggestions


def _add(names: dict[str, _Target], text: str, priority: int, iso3: str | None = None,
         nonstate: tuple[str, str] | None = None) -> None:
    for key in _keys(text):
        cur = names.get(key)
        if cur is None or priority < cur.priority:
            names[key] = _Target(priority, {iso3} if iso3 else set(), nonstate)
        elif priority == cur.priority and iso3 and cur.nonstate is None:
            cur.iso3s.add(iso3)


def _country(iso3: str, fb_short: dict[str, str]) -> Country:
    c = pycountry.countries.get(alpha_3=iso3)
    gec = codes.gec_for_iso3(iso3)
    fb = factbook_names().get(gec or "")
    name = _DISPLAY.get(iso3) or fb_short.get(iso3) or (c.name if c else iso3)
    long = re.split(r";\s*note\b", fb.long)[0].strip() if fb else ""
    official = _OFFICIAL.get(iso3) or (long if long.lower() not in _NONE else "") or (
        getattr(c, "official_name", "") if c else "") or name
    return Country(
        iso3=iso3,
        iso2=c.alpha_2 if c else ("XK" if iso3 == "XKX" else ""),
        numeric=c.numeric if c else "",
        name=name,
        official_name=official,
        gec=gec,
        cow=codes.iso3_to_cow(iso3),
        gw=codes.iso3_to_gw(iso3),
        un_member=iso3 in UN_MEMBERS,
    )


def _historical(iso3: str) -> Country:
    h = pycountry.historic_countries.get(alpha_3=iso3)
    cow = codes.spells_for_iso3("cow", iso3)
    gw = codes.spells_for_iso3("gw", iso3)
    name = cow[-1].name if cow else h.name
    return Country(iso3, h.alpha_2, h.numeric, name, _OFFICIAL.get(iso3, h.name), None, cow[-1].code if cow else None,
                   gw[-1].code if gw else None, False, current=False)


@lru_cache(maxsize=1)
def _index() -> _Index:
    fb_short = {iso3: name for gec, iso3, name in GEC_ROWS if iso3 and codes.gec_for_iso3(iso3) == gec}
    state_codes = UN_MEMBERS | OBSERVER_STATES | OTHER_STATES
    countries = {iso3: _country(iso3, fb_short) for iso3 in sorted(state_codes)}
    historical = {iso3 for iso3 in HISTORICAL_NAMES.values() if iso3 not in countries}
    countries.update({iso3: _historical(iso3) for iso3 in sorted(historical)})

    names: dict[str, _Target] = {}
    _check_targets(countries)
    for text, iso3 in NAME_ALIASES.items():
        _add(names, text, P_ALIAS, iso3)
    for iso3, c in countries.items():
        if not c.current:
            continue
        _add(names, c.name, P_NAME, iso3)
        _add(names, c.official_name, P_NAME, iso3)
        pc = pycountry.countries.get(alpha_3=iso3)
        for attr in ("name", "official_name", "common_name"):
            if pc is not None and getattr(pc, attr, None):
                _add(names, getattr(pc, attr), P_NAME, iso3)
    what_of: dict[str, tuple[str, str]] = {}
    for _iso3, texts, what in NON_STATES:
        for t in texts:
            _add(names, t, P_NONSTATE, nonstate=(t, what))
            what_of[t] = (t, what)
    for demonym, place in NON_STATE_DEMONYMS.items():
        for form in _plurals(demonym):
            _add(names, form, P_DEMONYM, nonstate=what_of[place])
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonym_sets: dict[str, set[str]] = {}
    capital_sets: dict[str, set[str]] = {}
    for iso3, c in countries.items():
        fb = factbook_names().get(c.gec or "")
        if fb is None:
            continue
        if c.gec not in ("gz", "we"):  # Gaza/West Bank names are territories, not the state
            for t in fb.local:
                _add(names, t, P_LOCAL, iso3)
            for t in fb.former:
                _add(names, t, P_FORMER, iso3)
            for t in fb.demonyms:
                demonym_sets.setdefault(t.lower(), set()).add(iso3)
        for t in fb.capitals:
            capital_sets.setdefault(t.lower(), set()).add(iso3)
    for t, iso3 in DEMONYMS.items():
        demonym_sets[t.lower()] = {iso3}
    for t, iso3 in CAPITALS.items():
        capital_sets[t.lower()] = {iso3}
    for table, sets, prio in ((demonyms, demonym_sets, P_DEMONYM), (capitals, capital_sets, P_CAPITAL)):
        for t, isos in sets.items():
            for iso3 in isos:
                for form in _plurals(t) if prio == P_DEMONYM else [t]:
                    _add(names, form, prio, iso3)
            if len(isos) == 1:
                table[t] = next(iter(isos))
    for text, iso3 in HISTORICAL_NAMES.items():
        _add(names, text, P_FORMER if countries[iso3].current else P_NAME, iso3)

    nonstate_codes: dict[str, tuple[str, str]] = {}
    for iso3, texts, what in NON_STATES:
        pc = pycountry.countries.get(alpha_3=iso3) if iso3 else None
        if pc is not None:
            for code in (pc.alpha_2, pc.alpha_3, pc.numeric):
                nonstate_codes[code] = (texts[0], what)
    choices = {normalize(c.name): c.name for c in countries.values() if c.current}
    for key, tgt in names.items():
        if tgt.priority <= P_NAME and len(tgt.iso3s) == 1 and len(key) > 3:
            iso3 = next(iter(tgt.iso3s))
            choices.setdefault(key, countries[iso3].name)
    return _Index(
        countries=countries,
        names=names,
        alpha2={c.iso2: c.iso3 for c in countries.values() if c.iso2},
        alpha3=set(countries),
        numeric={c.numeric: c.iso3 for c in countries.values() if c.numeric},
        nonstate_codes=nonstate_codes,
        demonyms=demonyms,
        capitals=capitals,
        choices=choices,
    )


def _plurals(demonym: str) -> list[str]:
    """'Kazakh' -> ['Kazakh', 'Kazakhs']; 'Swiss', 'French' stay as they are."""
    if re.search(r"(s|sh|ch|x|z)$", demonym.lower()):
        return [demonym]
    return [demonym, demonym + "s"]


def _check_targets(countries: dict[str, Country]) -> None:
    """Curated tables may only point at states: a typo there is a bug, caught when the index is built."""
    for table in (NAME_ALIASES, DEMONYMS, CAPITALS, HISTORICAL_NAMES):
        stray = sorted({iso3 for iso3 in table.values() if iso3 not in countries})
        if stray:
            raise ValueError(f"alias table points at non-states: {stray}")


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
    for key in _keys(q, lookup=True):
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
        others = [f"{system}:{c}" for c in {codes.code_for_iso3(system, s.iso3, on) for s in all_spells if s.iso3}
                  if c is not None]
        raise UnknownCountryError(
            query, others, reason=f"{label} {value} ({all_spells[-1].name}) was not in the state system on "
            f"{on.isoformat() if on else '?'} (member {periods})")
    if spell.iso3 is None:
        raise UnknownCountryError(query, reason=f"{label} {value} is {spell.name} ({spell.years}), which has no "
                                  "ISO 3166 code")
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
