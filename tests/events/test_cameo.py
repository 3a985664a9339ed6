"""The product's CAMEO and CAMEO->PLOVER tables agree with the original files they were written from."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bilateral.events import cameo


def _gdelt_goldstein(shared: Path) -> dict[str, float]:
    lines = (shared / "data/events/gdelt/CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]
    return {c: float(v) for c, v in (ln.split("\t") for ln in lines if ln.strip())}


def _icews_codes(shared: Path) -> dict[str, dict[str, str]]:
    with (shared / "data/events/icews/cameo-codes.csv").open(encoding="utf-8", errors="replace") as f:
        return {r["code"]: r for r in csv.DictReader(f)}


def test_codes_and_names_match_the_cameo_codebook(shared: Path) -> None:
    book = _icews_codes(shared)
    assert set(cameo.CAMEO_CODES) == set(book)
    for code, row in book.items():
        entry = cameo.CAMEO_CODES[code]
        assert entry.name == row["name"].strip()
        assert entry.root == row["root_code"] == code[:2]


def test_both_goldstein_tables_match_their_sources(shared: Path) -> None:
    gdelt = _gdelt_goldstein(shared)
    icews = _icews_codes(shared)
    for code in cameo.CAMEO_CODES:
        assert cameo.goldstein(code, "gdelt") == gdelt.get(code)
        assert cameo.goldstein(code, "icews") == float(icews[code]["goldstein"])
    differing = {c for c in gdelt if gdelt[c] != float(icews[c]["goldstein"])}
    assert differing == {"016", "022", "164", "165"}


def test_plover_table_matches_cameo2plover(shared: Path) -> None:
    text = (shared / "data/events/plover/CAMEO2PLOVER-2021.txt").read_text()
    seen = 0
    for line in text.splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*)", line)
        if not m:
            continue
        seen += 1
        plover, mode, quad = cameo.cameo_to_plover(m.group(1))
        assert plover == m.group(2)
        assert (mode or "") == m.group(3).strip()
        assert quad == cameo.PLOVER_QUAD[plover]
    assert seen > 250


def test_every_cameo_code_gets_a_plover_type_or_is_a_statement() -> None:
    for code in cameo.CAMEO_CODES:
        if code[:2] in ("01", "02"):
            assert cameo.cameo_to_plover(code) is None and cameo.is_statement(code)
            assert cameo.quad(code) == "neutral"
        else:
            assert cameo.cameo_to_plover(code) is not None, code


def test_quads_follow_the_plover_manual(shared: Path) -> None:
    manual = (shared / "data/events/plover/PLOVER_MANUAL.tex").read_text()
    # Each category's section ends with its "Quad category" line.
    sections = re.findall(r"\\section\{([A-Z]+)\}(.*?)\\subsection\{Quad category: ([A-Z ]+)\}", manual, re.S)
    names = {"VERBAL COOPERATION": "verbal_coop", "MATERIAL COOPERATION": "material_coop",
             "VERBAL CONFLICT": "verbal_conflict", "MATERIAL CONFLICT": "material_conflict"}
    found = {cat: names[q.strip()] for cat, _, q in sections if cat in cameo.PLOVER_QUAD}
    assert len(found) >= 15
    for cat, q in found.items():
        assert cameo.PLOVER_QUAD[cat] == q, cat


@pytest.mark.parametrize("code,expected", [("40", "040"), ("311", "0311"), ("", None), ("x1", None)])
def test_normalise_code_repads_codes_read_as_numbers(code: str, expected: str | None) -> None:
    assert cameo.normalise_code(code) == expected


def test_unknown_goldstein_table_is_rejected() -> None:
    with pytest.raises(ValueError):
        cameo.goldstein("010", "weis")  # type: ignore[arg-type]
