"""Every UN member parses, and the core comparison fields are filled for (almost) all of them.

The test prints the per-field coverage table (run with `pytest -s` to see it) so a drop in any field shows
up in the log, and asserts >= 95 % for the fields `compare` cannot do without.
"""

from __future__ import annotations

import pytest

from bilateral.countries.factbook import FIELDS, factbook_facts
from bilateral.countries.facts import NOT_REPORTED

# issue 2: population, area, capital, government type, languages, religions, GDP and chief of state
CORE_FIELDS = ("population", "area_total", "capital", "government_type", "language", "religion", "gdp_official",
               "chief_of_state")


@pytest.fixture(scope="module")
def un_iso3s() -> list[str]:
    from bilateral.countries.resolve import un_members

    members = [c.iso3 for c in un_members()]
    assert len(members) == 193
    return members


@pytest.fixture(scope="module")
def coverage(un_iso3s) -> dict[str, list[str]]:
    """field -> UN members that have at least one reported fact for it (parsing every member on the way)."""
    have: dict[str, list[str]] = {field: [] for field in FIELDS}
    for iso3 in un_iso3s:
        facts = factbook_facts(iso3)  # must not raise for any member
        assert {f.iso3 for f in facts} == {iso3}
        for field in {f.field for f in facts if f.status != NOT_REPORTED}:
            have[field].append(iso3)
    return have


def test_every_member_has_every_field_or_a_placeholder(un_iso3s):
    for iso3 in un_iso3s:
        facts = factbook_facts(iso3)
        fields = {f.field for f in facts}
        island = any(f.field == "border_total" and f.value == 0 for f in facts)
        expected = set(FIELDS) - ({"border"} if island else set())
        assert expected <= fields, (iso3, expected - fields)


def test_coverage_of_core_fields(un_iso3s, coverage):
    n = len(un_iso3s)
    print(f"\nFactbook coverage over {n} UN members")
    print(f"{'field':26} {'states':>6} {'share':>7}  missing (first 8)")
    for field in FIELDS:
        got = set(coverage[field])
        missing = [iso3 for iso3 in un_iso3s if iso3 not in got]
        print(f"{field:26} {len(got):6d} {len(got) / n:7.1%}  {' '.join(missing[:8])}")
    low = {field: len(coverage[field]) / n for field in CORE_FIELDS if len(coverage[field]) / n < 0.95}
    assert not low, f"coverage below 95 %: {low}"


def test_gdp_ppp_and_leaders_also_covered(un_iso3s, coverage):
    n = len(un_iso3s)
    for field in ("gdp_ppp", "gdp_per_capita", "head_of_government", "currency", "membership", "area_land"):
        assert len(coverage[field]) / n >= 0.95, field


def test_official_languages_flagged_for_most_members(un_iso3s):
    """Most states name an official language; the flag must survive parsing for the bulk of them."""
    flagged = [iso3 for iso3 in un_iso3s
               if any(f.field == "language" and f.status == "official" for f in factbook_facts(iso3))]
    assert len(flagged) / len(un_iso3s) >= 0.9
