"""CAMEO event codes, their two Goldstein tables, and the CAMEO -> PLOVER conversion.

Why a module of its own: every event source speaks a different code book (GDELT and ICEWS speak
CAMEO, POLECAT and the document extractor speak PLOVER), and the series need one vocabulary. The
tables are the product's own facts, kept as package data (`data/cameo_codes.tsv`,
`data/cameo_plover.tsv`, sources named in their header comments) and compared with the original
files by the tests.

Two Goldstein tables exist and disagree on four codes (016, 022, 164, 165): GDELT's lookup and the
ICEWS codebook. A score therefore always travels with the name of the table it came from.

Quad classes follow the PLOVER manual (v0.8): the per-category sections put SANCTION under
material conflict (its summary table once listed it under verbal conflict; we follow the sections
and the "Summary of event categories" table). CAMEO 01 (statements) and 02 (appeals) have no PLOVER
type; they are kept, flagged `is_statement`, with quad `neutral`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

GoldsteinTable = Literal["gdelt", "icews"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

QUADS: tuple[str, ...] = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "neutral")

PLOVER_QUAD: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_coop"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_coop"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}

# PLOVER v0.5 names used by older gold files, and their v0.8 successors.
PLOVER_V05_RENAMES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

STATEMENT_ROOTS = frozenset({"01", "02"})


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its name, root and both Goldstein scores (None where a table lacks it)."""

    code: str
    name: str
    root: str
    goldstein_gdelt: float | None
    goldstein_icews: float | None


@dataclass(frozen=True)
class PloverMapping:
    """The PLOVER reading of one CAMEO code (mode and context may be empty in the source)."""

    plover: str
    mode: str | None
    context: tuple[str, ...]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("bilateral.events").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _float(s: str) -> float | None:
    return float(s) if s.strip() else None


@cache
def _codes() -> dict[str, CameoCode]:
    return {
        r["code"]: CameoCode(r["code"], r["name"], r["root"], _float(r["goldstein_gdelt"]),
                             _float(r["goldstein_icews"]))
        for r in _rows("cameo_codes.tsv")
    }  # fmt: skip


@cache
def _plover() -> dict[str, PloverMapping]:
    out: dict[str, PloverMapping] = {}
    for r in _rows("cameo_plover.tsv"):
        ctx = tuple(c for c in r["context"].split(";") if c)
        out[r["code"]] = PloverMapping(r["plover"], r["mode"] or None, ctx)
    return out


CAMEO_CODES: dict[str, CameoCode] = _codes()


def normalise_code(code: str | int | None) -> str | None:
    """A CAMEO code as the canonical zero-padded string ('40' read as a number becomes '040')."""
    if code is None:
        return None
    s = str(code).strip()
    if not s or not s.isdigit():
        return None
    if s not in CAMEO_CODES and ("0" + s) in CAMEO_CODES:
        return "0" + s
    return s


def cameo_root(code: str | None) -> str | None:
    """The two-digit root of a CAMEO code ('0311' -> '03'), or None for an empty/invalid code."""
    c = normalise_code(code)
    return c[:2] if c and len(c) >= 2 else None


def is_statement(code: str | None) -> bool:
    """True for CAMEO 01 (make public statement) and 02 (appeal): kept in the data, flagged."""
    return cameo_root(code) in STATEMENT_ROOTS


def plover_mapping(code: str | None) -> PloverMapping | None:
    """The PLOVER mapping of a CAMEO code, falling back to its parent code, then its root.

    The 2021 table lists most but not all CAMEO codes (e.g. 1821 is listed, 0831 too, but a few
    sub-codes are not); a sub-code inherits its parent's type, which is how CAMEO is structured.
    """
    c = normalise_code(code)
    if not c or cameo_root(c) in STATEMENT_ROOTS:
        return None
    table = _plover()
    for candidate in (c, c[:3], c[:2] + "0", c[:2]):
        if candidate in table:
            return table[candidate]
    return None


def cameo_to_plover(code: str | None) -> tuple[str, str | None, str] | None:
    """(PLOVER type, mode, quad) for a CAMEO code; None for statements/appeals and unknown codes."""
    m = plover_mapping(code)
    if m is None:
        return None
    return m.plover, m.mode, PLOVER_QUAD[m.plover]


def quad(code: str | None) -> str:
    """The quad class of a CAMEO code: PLOVER's quad, `neutral` for statements and unknown codes."""
    r = cameo_to_plover(code)
    return r[2] if r else "neutral"


def goldstein(code: str | None, table: GoldsteinTable = "gdelt") -> float | None:
    """The Goldstein score of a CAMEO code in GDELT's or ICEWS's table (None if that table lacks it)."""
    if table not in ("gdelt", "icews"):
        raise ValueError(f"unknown Goldstein table {table!r}; expected 'gdelt' or 'icews'")
    c = normalise_code(code)
    entry = CAMEO_CODES.get(c or "")
    if entry is None:
        return None
    return entry.goldstein_gdelt if table == "gdelt" else entry.goldstein_icews


def plover_quad(plover: str) -> str:
    """Quad class of a PLOVER type (v0.5 names accepted); `neutral` for anything unknown."""
    p = plover.strip().upper()
    return PLOVER_QUAD.get(PLOVER_V05_RENAMES.get(p, p), "neutral")


def lookup_rows() -> list[tuple[str, str, bool, str | None, str | None, str, float | None, float | None]]:
    """One row per known CAMEO code, ready to load into a SQL lookup table.

    (code, root, is_statement, plover, plover_mode, quad, goldstein_gdelt, goldstein_icews). The
    loaders join on this table instead of calling Python per row, so millions of rows stay fast.
    """
    codes = set(CAMEO_CODES) | set(_plover())
    rows = []
    for c in sorted(codes):
        m = cameo_to_plover(c)
        e = CAMEO_CODES.get(c)
        rows.append((
            c, c[:2], is_statement(c), m[0] if m else None, m[1] if m else None, m[2] if m else "neutral",
            e.goldstein_gdelt if e else None, e.goldstein_icews if e else None,
        ))  # fmt: skip
    return rows
