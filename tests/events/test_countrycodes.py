"""Actor country codes of GDELT (CAMEO) and ICEWS (names) resolve to the right ISO alpha-3 codes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bilateral.events.countrycodes import CAMEO_REGIONS, cameo_country_iso3, icews_country_iso3

# CAMEO codes a territory with its parent's code: ISO has a code for the territory itself.
COARSER_IN_CAMEO = {"Jersey", "Mayotte", "Saint Barthelemy"}


def test_icews_names_agree_with_text_to_cameo(events_data: Path) -> None:
    checked = 0
    for line in (events_data / "icews/text_to_CAMEO.countrynames.txt").read_text().splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or parts[0] == "NULL" or parts[0] in COARSER_IN_CAMEO:
            continue
        name, code = parts[0], parts[1]
        assert icews_country_iso3(name) == cameo_country_iso3(code), name
        checked += 1
    assert checked > 240


def test_every_country_in_the_icews_sample_resolves(icews_file: Path) -> None:
    with icews_file.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    names = {r[k] for r in rows for k in ("Source Country", "Target Country") if r[k] and r[k] != "NA"}
    unresolved = sorted(n for n in names if icews_country_iso3(n) is None)
    assert unresolved == []


def test_gdelt_actor_country_codes_resolve_except_regions(gdelt2_file: Path, gdelt1_file: Path) -> None:
    codes = set()
    for path in (gdelt2_file, gdelt1_file):
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            codes |= {f[7], f[17]} - {""}
    assert len(codes) > 100
    for c in codes:
        assert (cameo_country_iso3(c) is None) == (c in CAMEO_REGIONS), c


@pytest.mark.parametrize(
    "code,iso",
    [("RUS", "RUS"), ("TMP", "TLS"), ("ROM", "ROU"), ("ZAR", "COD"), ("USAPRI", "PRI"), ("EUR", None),
     ("", None), ("IGO", None)],
)  # fmt: skip
def test_cameo_codes_that_differ_from_iso(code: str, iso: str | None) -> None:
    assert cameo_country_iso3(code) == iso
