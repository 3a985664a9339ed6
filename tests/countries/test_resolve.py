"""Resolving names, codes, demonyms and capitals to states; errors for unknown places and non-states."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.countries import (
    Country,
    all_states,
    capital_table,
    demonym_table,
    resolve,
    suggest,
    un_members,
)
from bilateral.countries.resolve import normalize
from bilateral.errors import BilateralError, NotAStateError, UnknownCountryError


@pytest.fixture(scope="module", autouse=True)
def _private_home(tmp_path_factory):
    """The resolver caches its index under BILATERAL_HOME: keep that out of the user's data directory."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(tmp_path_factory.mktemp("home")))
        yield


NAMES = {
    "Russian Federation": "RUS",
    "Russia": "RUS",
    "Byelorussia": "BLR",
    "Belorussia": "BLR",
    "Belarus": "BLR",
    "South Korea": "KOR",
    "Republic of Korea": "KOR",
    "Korea, South": "KOR",
    "Korea, Republic of": "KOR",
    "North Korea": "PRK",
    "Korea, North": "PRK",
    "Ivory Coast": "CIV",
    "Côte d'Ivoire": "CIV",
    "Cote d'Ivoire": "CIV",
    "COTE D’IVOIRE": "CIV",
    "Czechia": "CZE",
    "Czech Republic": "CZE",
    "Türkiye": "TUR",
    "Turkiye": "TUR",
    "Turkey": "TUR",
    "Burma": "MMR",
    "Myanmar": "MMR",
    "Swaziland": "SWZ",
    "Eswatini": "SWZ",
    "Macedonia": "MKD",
    "North Macedonia": "MKD",
    "Holland": "NLD",
    "the Netherlands": "NLD",
    "Netherlands": "NLD",
    "UK": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "United Kingdom": "GBR",
    "USA": "USA",
    "United States of America": "USA",
    "America": "USA",
    "U.S.": "USA",
    "DRC": "COD",
    "Congo-Kinshasa": "COD",
    "Democratic Republic of the Congo": "COD",
    "Congo-Brazzaville": "COG",
    "Republic of the Congo": "COG",
    "Iran, Islamic Republic of": "IRN",
    "Bosnia & Herzegovina": "BIH",
    "St. Lucia": "LCA",
    "Saint Vincent and the Grenadines": "VCT",
    "East Timor": "TLS",
    "Cape Verde": "CPV",
    "Vatican": "VAT",
    "Holy See": "VAT",
    "Palestine": "PSE",
    "Kosovo": "XKX",
    "Taiwan": "TWN",
    "Soviet Union": "RUS",
    "Rossiya": "RUS",  # Factbook local name
    "Deutschland": "DEU",
    "Zaire": "COD",  # former name
    "Ceylon": "LKA",
    # World Bank / UN statistical forms
    "Congo, Dem. Rep.": "COD",
    "Congo, Rep.": "COG",
    "Egypt, Arab Rep.": "EGY",
    "Korea, Dem. People's Rep.": "PRK",
    "Lao PDR": "LAO",
    "Venezuela, RB": "VEN",
    "Micronesia, Fed. Sts.": "FSM",
    "Bolivia (Plurinational State of)": "BOL",
    "West Bank and Gaza": "PSE",
    # COW / G-W spellings
    "Rumania": "ROU",
    "Surinam": "SUR",
    "Bosnia-Herzegovina": "BIH",
    "Turkey (Ottoman Empire)": "TUR",
}


@pytest.mark.parametrize(("query", "iso3"), sorted(NAMES.items()))
def test_names(query, iso3):
    assert resolve(query).iso3 == iso3


@pytest.mark.parametrize("query", ["belarus", "BELARUS", "  Belarus ", "bélarus"])
def test_case_accent_and_space_insensitive(query):
    assert resolve(query).iso3 == "BLR"


def test_iso_codes():
    assert resolve("BY").iso3 == "BLR"  # a 2-letter input is ISO alpha-2 first...
    assert resolve("by").iso3 == "BLR"
    assert resolve("BLR").iso3 == "BLR"
    assert resolve("blr").iso3 == "BLR"
    assert resolve("112").iso3 == "BLR"
    assert resolve(112).iso3 == "BLR"
    assert resolve("4").iso3 == "AFG" and resolve(4).iso3 == "AFG"  # numeric codes are zero-padded
    assert resolve("iso:BY").iso3 == "BLR"
    assert resolve("num:643").iso3 == "RUS"


def test_gec_keys_need_a_prefix():
    assert resolve("gec:bo").iso3 == "BLR"  # ...and the Factbook key needs its prefix
    assert resolve("gec:by").iso3 == "BDI"
    assert resolve("GEC:rs").iso3 == "RUS"
    with pytest.raises(NotAStateError, match="Puerto Rico"):
        resolve("gec:rq")
    with pytest.raises(UnknownCountryError, match="GEC"):
        resolve("gec:qq")


def test_cow_and_gw_codes_with_dates():
    assert resolve("cow:365").iso3 == "RUS"
    assert resolve("cow:255", on=dt.date(1900, 1, 1)).iso3 == "DEU"
    assert resolve("cow:260", on=dt.date(1980, 1, 1)).iso3 == "DEU"
    gdr = resolve("cow:265", on=dt.date(1980, 1, 1))
    assert gdr.iso3 == "DDR" and not gdr.current and not gdr.un_member
    assert resolve("cow:345", on=dt.date(1990, 1, 1)).iso3 == "YUG"
    assert resolve("cow:345", on=dt.date(2010, 1, 1)).iso3 == "SRB"
    assert resolve("cow:678", on=dt.date(1980, 1, 1)).iso3 == "YEM"
    assert resolve("cow:680", on=dt.date(1980, 1, 1)).iso3 == "YMD"
    assert resolve("gw:260").iso3 == "DEU"
    assert resolve("gw:340").iso3 == "SRB"
    with pytest.raises(UnknownCountryError, match="not in the state system on 1950-01-01"):
        resolve("cow:255", on=dt.date(1950, 1, 1))
    with pytest.raises(UnknownCountryError, match="Hanover"):
        resolve("cow:240")
    with pytest.raises(UnknownCountryError, match="no state has COW code 999"):
        resolve("cow:999")


def test_on_reports_the_codes_of_that_date():
    west = resolve("Germany", on=dt.date(1980, 6, 1))
    assert (west.cow, west.gw) == (260, 260)
    assert resolve("Germany").cow == 255
    assert resolve("Serbia", on=dt.date(1995, 1, 1)).cow is None  # the code then meant Yugoslavia
    assert resolve("Serbia").cow == 345 and resolve("Serbia").gw == 340


@pytest.mark.parametrize(
    ("query", "iso3"),
    [
        ("Belarusian", "BLR"),
        ("Belarusians", "BLR"),
        ("Russian", "RUS"),
        ("Ivorian", "CIV"),
        ("Swiss", "CHE"),
        ("Dutch", "NLD"),
        ("British", "GBR"),
        ("Filipino", "PHL"),
        ("Kazakhs", "KAZ"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("South Sudanese", "SSD"),
        ("Sudanese", "SDN"),
        ("Palestinian", "PSE"),
    ],
)
def test_demonyms(query, iso3):
    assert resolve(query).iso3 == iso3


@pytest.mark.parametrize(
    ("query", "iso3"),
    [
        ("Moscow", "RUS"),
        ("Minsk", "BLR"),
        ("Washington", "USA"),
        ("Washington, D.C.", "USA"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Beijing", "CHN"),
        ("The Hague", "NLD"),
        ("Pretoria", "ZAF"),
        ("Cape Town", "ZAF"),
        ("Brazzaville", "COG"),
        ("Kinshasa", "COD"),
        ("Bogotá", "COL"),
        ("Bogota", "COL"),
    ],
)
def test_capitals_as_metonyms(query, iso3):
    assert resolve(query).iso3 == iso3


@pytest.mark.parametrize("query", ["Korean", "Dominican", "Congolese", "Korea"])
def test_ambiguous_demonyms_name_both_states(query):
    with pytest.raises(UnknownCountryError, match="ambiguous") as e:
        resolve(query)
    assert len(e.value.suggestions) == 2


@pytest.mark.parametrize(
    ("query", "what"),
    [
        ("Puerto Rico", "Puerto Rico is a territory of the United States, not a sovereign state"),
        ("Antarctica", "continent"),
        ("Greenland", "Denmark"),
        ("Hong Kong", "special administrative region"),
        ("European Union", "union"),
        ("Gaza Strip", "Palestinian"),
        ("Western Sahara", "disputed"),
        ("Scotland", "United Kingdom"),
        ("PR", "refers to Puerto Rico"),
        ("Puerto Rican", "refers to Puerto Rico"),
        ("630", None),  # numeric of Puerto Rico
        ("Abkhazia", "breakaway"),
    ],
)
def test_non_states_say_what_they_are(query, what):
    with pytest.raises(NotAStateError) as e:
        resolve(query)
    assert "not a sovereign state" in str(e.value)
    if what:
        assert what in str(e.value)
    assert isinstance(e.value, BilateralError)


def test_unknown_gets_up_to_three_suggestions():
    with pytest.raises(UnknownCountryError) as e:
        resolve("Belarussia")
    assert e.value.suggestions[0] == "Belarus"
    assert 1 <= len(e.value.suggestions) <= 3
    assert "Belarussia" in str(e.value)
    assert suggest("Germny")[0] == "Germany"
    assert suggest("Kazakstan")[0] == "Kazakhstan"
    assert suggest("Argentinia")[0] == "Argentina"
    assert len(suggest("Swedn", limit=2)) <= 2
    assert suggest("zzzzzzzz") == []


@pytest.mark.parametrize("bad", ["", "   ", "Atlantis", "999", "cow:abc", "iso:QQ", None, 1.5, True])
def test_bad_input_is_a_bilateral_error(bad):
    with pytest.raises(UnknownCountryError):
        resolve(bad)


def test_un_members_and_states():
    members = un_members()
    assert len(members) == 193
    assert len({c.iso3 for c in members}) == 193
    assert all(c.un_member and c.current for c in members)
    states = all_states()
    others = {c.iso3 for c in states} - {c.iso3 for c in members}
    assert others == {"VAT", "PSE", "XKX", "TWN"}
    assert all(isinstance(c, Country) for c in states)


def test_every_un_member_round_trips_by_name_and_code():
    for c in un_members():
        for q in (c.name, c.official_name, c.iso2, c.iso3, c.numeric, f"gec:{c.gec}", f"cow:{c.cow}", f"gw:{c.gw}"):
            assert resolve(q).iso3 == c.iso3, q
        assert resolve(resolve(c.iso3).name).name == c.name
        assert len(c.numeric) == 3 and c.numeric.isdigit()
        assert c.gec and c.cow and c.gw


def test_country_fields_for_belarus():
    c = resolve("Belarus")
    assert c == Country("BLR", "BY", "112", "Belarus", "Republic of Belarus", "bo", 370, 370, True)


def test_demonym_and_capital_tables():
    dem = demonym_table()
    cap = capital_table()
    assert dem["belarusian"] == "BLR" and dem["russian"] == "RUS" and dem["ivorian"] == "CIV"
    assert "korean" not in dem  # ambiguous forms are left out
    assert cap["moscow"] == "RUS" and cap["minsk"] == "BLR" and cap["washington"] == "USA"
    for table in (dem, cap):
        assert all(k == k.lower() for k in table)
        assert all(resolve(k).iso3 == v for k, v in table.items())
    covered = {v for v in cap.values()}
    assert len(covered) >= 190  # every state's capital but Nauru's (no official capital) and a few


def test_normalize():
    assert normalize("Côte d’Ivoire") == normalize("cote d'ivoire") == "cote divoire"
    assert normalize("The Gambia") == "gambia"
    assert normalize("St. Lucia") == "saint lucia"


def test_names_and_demonyms_from_an_independent_source(shared: Path):
    """NGEC's country list (names and nationality words) resolves to the same states."""
    with (shared / "data/events/ngec/countries.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    states = {c.iso3 for c in all_states()}
    wrong_names, words, wrong_words = [], 0, []
    for r in rows:
        if r["CCA3"] not in states:
            continue
        if resolve(r["Name"]).iso3 != r["CCA3"]:
            wrong_names.append(r["Name"])
        for word in (w.strip() for w in r["Nationality"].split(",")):
            if not word:
                continue
            try:
                got = resolve(word)
            except NotAStateError:
                continue  # NGEC files territories' people under their sovereign; we say what they are
            except UnknownCountryError as e:
                if r["CCA3"] in {resolve(s).iso3 for s in e.suggestions} and "ambiguous" in str(e):
                    continue
                wrong_words.append((word, r["CCA3"], None))
                words += 1
                continue
            words += 1
            if got.iso3 != r["CCA3"]:
                wrong_words.append((word, r["CCA3"], got.iso3))
    assert wrong_names == []
    assert words > 350
    print(f"nationality words resolved: {words - len(wrong_words)}/{words}; misses: {wrong_words}")
    assert [w for w in wrong_words if w[2] is not None] == []  # never the wrong state
    assert len(wrong_words) / words < 0.08


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(min_value=-10, max_value=100_000)))
def test_any_input_gives_a_country_or_a_bilateral_error(query):
    try:
        c = resolve(query)
    except BilateralError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert isinstance(c, Country) and len(c.iso3) == 3


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(NAMES)), st.sampled_from(["lower", "upper", "title", "pad"]))
def test_case_and_padding_never_change_the_answer(query, how):
    variant = {"lower": query.lower(), "upper": query.upper(), "title": query.title(), "pad": f"  {query}\t"}[how]
    if how == "upper" and len(query) <= 3:
        return  # upper-case 2-3 letter words are read as ISO codes first, by design
    assert resolve(variant).iso3 == NAMES[query]
