"""Typed Factbook facts for real states: exact values from the 2025 edition, derived values, placeholders."""

from __future__ import annotations

import math
import re

import pytest

from bilateral.countries.factbook import (
    FIELDS,
    all_factbook_facts,
    currency_code,
    factbook_facts,
    factbook_iso3s,
    name_to_iso3,
)
from bilateral.countries.facts import NOT_REPORTED, Fact
from bilateral.errors import BilateralError


def one(facts: list[Fact], field: str) -> Fact:
    (fact,) = [f for f in facts if f.field == field]
    return fact


def named(facts: list[Fact], field: str) -> dict[str | None, Fact]:
    return {f.name: f for f in facts if f.field == field}


@pytest.fixture(scope="module")
def blr() -> list[Fact]:
    return factbook_facts("BLR")


@pytest.fixture(scope="module")
def rus() -> list[Fact]:
    return factbook_facts("RUS")


def test_population_and_area_exact(blr, rus):
    pop = one(blr, "population")
    assert (pop.value, pop.unit, pop.year, pop.status) == (9_460_972, "people", 2025, "estimate")
    assert pop.raw == "9,460,972 (2025 est.)" and pop.source == "CIA World Factbook 2025"
    assert pop.source_ref == "People and Society/Population/total"
    assert (one(blr, "area_total").value, one(blr, "area_total").unit) == (207_600, "sq km")
    assert one(rus, "population").value == 140_134_279
    assert one(rus, "area_total").value == 17_098_242


def test_belarus_russia_border_both_ways(blr, rus):
    assert named(blr, "border")["RUS"].value == 1312
    assert named(rus, "border")["BLR"].value == 1312
    assert named(blr, "border")["RUS"].unit == "km"
    # the neighbours add up to the reported total
    assert sum(f.value for f in blr if f.field == "border") == one(blr, "border_total").value


def test_shared_organisations(blr, rus):
    for facts in (blr, rus):
        members = {f.name for f in facts if f.field == "membership" and f.status is None}
        assert {"CIS", "CSTO", "EAEU", "UN"} <= members
    # the defunct Eurasian Economic Community stays distinct from the Eurasian Economic Union
    assert {"EAEC", "EAEU"} <= {f.name for f in blr if f.field == "membership"}
    assert named(blr, "membership")["WTO"].status == "observer"
    assert named(blr, "membership")["BSEC"].raw == "BSEC (observer)"


def test_uzbekistan_eeu_is_normalised_to_eaeu_once():
    uzb = [f for f in factbook_facts("UZB") if f.field == "membership"]
    assert [f.status for f in uzb if f.name == "EAEU"] == ["observer"]
    assert not [f for f in uzb if f.name == "EEU"]


def test_derived_density_and_per_capita(blr):
    pop, area = one(blr, "population").value, one(blr, "area_total").value
    density = one(blr, "population_density")
    assert density.derived and density.unit == "people/sq km"
    assert density.value == pytest.approx(pop / area, rel=1e-4)
    gdp = one(blr, "gdp_official")
    assert (gdp.value, gdp.unit, gdp.year) == (75_962_000_000, "USD", 2024)
    per_capita = one(blr, "gdp_official_per_capita")
    assert per_capita.derived and per_capita.value == pytest.approx(gdp.value / pop, rel=1e-4)
    reported = one(blr, "gdp_per_capita")
    assert not reported.derived and (reported.value, reported.year) == (29_000, 2024)


def test_gdp_ppp_takes_the_latest_year(blr):
    ppp = one(blr, "gdp_ppp")
    assert (ppp.value, ppp.year) == (265_220_000_000, 2024)
    assert ppp.source_ref.endswith("2024")


def test_capital_with_coordinates_and_population(blr):
    assert one(blr, "capital").value == "Minsk"
    assert one(blr, "capital_lat").value == pytest.approx(53 + 54 / 60)
    assert one(blr, "capital_lon").value == pytest.approx(27 + 34 / 60)
    pop = one(blr, "capital_population")
    assert (pop.value, pop.year, pop.name) == (2_057_000, 2023, "Minsk")


def test_languages_religions_ethnic_groups(blr, rus):
    langs = named(blr, "language")
    assert langs["Russian"].status == "official" and langs["Russian"].value == 71.4
    assert langs["Belarusian"].status == "official" and langs["Belarusian"].year == 2019
    assert langs["other"].status is None
    orthodox = named(rus, "religion")["Russian Orthodox"]
    assert (orthodox.low, orthodox.high, orthodox.status) == (15, 20, "range")
    assert named(blr, "ethnic_group")["Belarusian"].value == 83.7


def test_leaders(blr, rus):
    chief = one(blr, "chief_of_state")
    assert (chief.value, chief.name, chief.date) == ("Alyaksandr Lukashenka", "President", "1994-07-20")
    assert one(rus, "chief_of_state").value == "Vladimir Vladimirovich Putin"
    assert one(blr, "head_of_government").name == "Prime Minister"


def test_currency_iso_code(blr, rus):
    cur = one(blr, "currency")
    assert cur.name == "BYN" and "ruble" in cur.value.lower()  # the Factbook's BYB/BYR codes are outdated
    assert one(rus, "currency").name == "RUB"
    assert one(factbook_facts("USA"), "currency").name == "USD"
    assert one(factbook_facts("ECU"), "currency").name == "USD"
    assert one(factbook_facts("CIV"), "currency").name == "XOF"


def test_currency_mapping_prefers_current_iso_codes():
    assert currency_code("cedis", ["GHC"])[0] == "GHS"
    assert currency_code("Danish kroner", ["DKK"])[0] == "DKK"
    assert currency_code("Aruban guilders/florins", [])[0] == "AWG"
    assert currency_code("Zimbabwean dollars", ["ZWD"]) is None  # no ISO code today: not guessed


def test_trade_partners_resolved_to_iso3(blr):
    exports = [f for f in blr if f.field == "export_partner"]
    assert exports[0].name == "CHN" and exports[0].value == 34 and exports[0].year == 2023
    assert all(f.unit == "%" for f in exports)
    assert sum(f.value for f in exports) <= 100


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("USA", "USA"), ("UAE", "ARE"), ("S. Korea", "KOR"), ("Bosnia &amp; Herzegovina", "BIH"),
     ("Cote d'Ivoire", "CIV"), ("The Gambia", "GMB"), ("Czechia", "CZE"), ("Trinidad & Tobago", "TTO"),
     ("St. Lucia", "LCA"), ("Democratic Republic of the Congo", "COD"), ("Republic of the Congo", "COG")],
)
def test_partner_and_neighbour_names(name, iso3):
    assert name_to_iso3(name) == iso3


def test_missing_field_is_explicitly_not_reported():
    hti = factbook_facts("HTI")  # "President (vacant)"
    chief = one(hti, "chief_of_state")
    assert chief.value is None and chief.status == NOT_REPORTED and not chief.reported
    # island states have no neighbours: border_total is a real 0 and no border placeholder is invented
    isl = factbook_facts("ISL")
    assert one(isl, "border_total").value == 0
    assert not [f for f in isl if f.field == "border"]


def test_unknown_code_is_a_clear_error():
    with pytest.raises(BilateralError, match="XYZ"):
        factbook_facts("XYZ")


def test_all_entries_are_well_formed():
    iso3s = factbook_iso3s()
    assert len(iso3s) > 230 and "BLR" in iso3s
    facts = list(all_factbook_facts())
    by_state: dict[str, set[str]] = {}
    for f in facts:
        assert f.field in FIELDS
        assert re.fullmatch(r"[A-Z]{3}", f.iso3)
        if f.status == NOT_REPORTED:
            assert f.value is None
            continue
        by_state.setdefault(f.iso3, set()).add(f.field)
        assert f.source_ref
        # only list items may lack a number ("French (official), Arabic (official), Somali")
        assert f.value is not None or (f.field in ("language", "religion", "ethnic_group") and f.name)
        if isinstance(f.value, float):
            assert math.isfinite(f.value)
        if f.low is not None and f.high is not None:
            assert f.low <= f.value <= f.high
        if f.date:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", f.date)
        if f.field in ("population", "gdp_official", "population_density"):
            assert f.value > 0
        if f.field in ("area_total", "area_land", "border", "border_total", "capital_population"):
            assert f.value >= 0  # the Holy See's area is written "0 sq km"
    assert len(by_state) >= 230


def test_borders_are_mostly_symmetric():
    """Each border is reported by both neighbours; the Factbook disagrees with itself on a handful."""
    km = {(f.iso3, f.name): f.value for f in all_factbook_facts() if f.field == "border" and f.name}
    pairs = [(a, b) for a, b in km if (b, a) in km]
    agree = sum(km[a, b] == km[b, a] for a, b in pairs)
    assert len(pairs) > 550 and agree / len(pairs) >= 0.97
    unresolved = [name for (_, name) in km if not re.fullmatch(r"[A-Z]{3}", name)]
    assert len(unresolved) <= 2  # e.g. "US Naval Base at Guantanamo Bay"


def test_several_capitals_and_their_urban_populations():
    zaf = factbook_facts("ZAF")
    capitals = {f.value: f.status for f in zaf if f.field == "capital"}
    assert capitals == {"Pretoria": "administrative capital", "Cape Town": "legislative capital",
                        "Bloemfontein": "judicial capital"}
    populations = named(zaf, "capital_population")
    assert populations["Pretoria"].value > 1_000_000 and populations["Cape Town"].year == 2023


def test_capital_names_keep_their_spelling():
    assert named(factbook_facts("ATG"), "capital_population")["Saint John's"].value > 0
    assert [f.name for f in factbook_facts("BEN") if f.field == "capital_population"] == ["Porto-Novo", "Cotonou"]
