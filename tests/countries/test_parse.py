"""Unit tests of the Factbook text parsers on real (tricky) values copied from the 2025 edition."""

from __future__ import annotations

import pytest

from bilateral.countries import parse


def test_quantity_with_estimate_year():
    assert parse.parse_quantity("9,460,972 (2025 est.)") == (9_460_972, 2025)
    assert parse.parse_quantity("652,271 (July 2020 est.)") == (652_271, 2020)
    assert parse.parse_quantity("207,600 sq km") == (207_600, None)
    assert parse.is_estimate("9,460,972 (2025 est.)") and not parse.is_estimate("1,000 (2018)")


@pytest.mark.parametrize("text", ["NA", "no permanent inhabitants", "uninhabited", "", None])
def test_quantity_without_a_number_is_none_not_zero(text):
    assert parse.parse_quantity(text) == (None, None)


def test_money_multipliers_and_sign():
    assert parse.parse_money("$75.962 billion (2024 est.)") == (75_962_000_000, 2024)
    assert parse.parse_money("$1.743 trillion (2023 est.)") == (1_743_000_000_000, 2023)
    assert parse.parse_money("$999.9 million (2024 est.)") == (999_900_000, 2024)
    assert parse.parse_money("$29,000 (2024 est.)") == (29_000, 2024)
    assert parse.parse_money("-$1.925 billion (2024 est.)") == (-1_925_000_000, 2024)
    assert parse.parse_money("NA") == (None, None)


def test_year_of_a_span_is_its_end():
    assert parse.parse_year("Muslim 52.1%, none 2.8% (2014-15 est.)") == 2015
    assert parse.parse_year("0.28% annual rate of change (2020-25 est.)") == 2025
    assert parse.parse_year("no year here") is None


def test_html_is_stripped_and_entities_decoded():
    assert parse.clean("President Mahamat Idriss D&Eacute;BY") == "President Mahamat Idriss DÉBY"
    assert parse.clean("<p>the US dollar is used</p>") == "the US dollar is used"
    assert parse.clean("a<br><br>b\xa0c") == "a ; b c"


def test_languages_with_official_flags_and_shares():
    shares, year = parse.parse_shares(
        "Russian (official) 71.4%, Belarusian (official) 26%, other 0.3% (includes small Polish- and "
        "Ukrainian-speaking minorities), unspecified 2.3% (2019 est.)"
    )
    assert year == 2019
    assert [(s.name, s.value, s.official) for s in shares] == [
        ("Russian", 71.4, True), ("Belarusian", 26.0, True), ("other", 0.3, False), ("unspecified", 2.3, False)
    ]


def test_share_after_the_official_marker_and_without_shares():
    shares, _ = parse.parse_shares("Portuguese 71.2% (official), Umbundu 23%, other 3.6%\xa0 (2014 est.)")
    assert (shares[0].name, shares[0].value, shares[0].official) == ("Portuguese", 71.2, True)
    shares, year = parse.parse_shares("French (official), Arabic (official), Somali, Afar")
    assert [s.name for s in shares] == ["French", "Arabic", "Somali", "Afar"]
    assert all(s.value is None for s in shares) and year is None
    assert [s.official for s in shares] == [True, True, False, False]


def test_descriptive_items_are_not_languages():
    shares, _ = parse.parse_shares(
        "55 languages; French (official); Fon (a Gbe language), Yom (a Gur language) and Yoruba are the most "
        "important indigenous languages in the south"
    )
    names = [s.name for s in shares]
    assert "French" in names and not any(n[0].isdigit() for n in names)


def test_ranges_are_kept_as_ranges():
    shares, year = parse.parse_shares("Russian Orthodox 15-20%, Muslim 10-15%, other Christian 2% (2006 est.)")
    orthodox = shares[0]
    assert (orthodox.name, orthodox.low, orthodox.high, orthodox.qualifier) == ("Russian Orthodox", 15, 20, "range")
    assert orthodox.value == 17.5 and year == 2006
    assert shares[2].low is None and shares[2].value == 2


def test_less_than_and_sub_breakdowns():
    shares, _ = parse.parse_shares(
        "Christian 60.5%, folk religion 32.9%, Muslim 6.2%, other &lt;1%, unaffiliated &lt;1% (2020 est.)"
    )
    other = shares[3]
    assert (other.name, other.qualifier, other.low, other.high) == ("other", "less than", 0, 1)
    shares, _ = parse.parse_shares(
        "Protestant 45% (Methodist 34.6%, Assembly of God 5.7%), Hindu 27.9%, other 0.3% (2007 est.)"
    )
    assert [(s.name, s.value) for s in shares] == [("Protestant", 45), ("Hindu", 27.9), ("other", 0.3)]


def test_notes_after_the_list_are_dropped():
    shares, year = parse.parse_shares(
        "Muslim 99% (official; virtually all Sunni, &lt;0.1% Shia), other 1% (includes Christian, Jewish, "
        "and Baha'i); note - Jewish about 3,000-3,500 (2020 est.)"
    )
    assert [(s.name, s.value, s.official) for s in shares] == [("Muslim", 99, True), ("other", 1, False)]


def test_chief_of_state_title_name_and_since_date():
    (p,) = parse.parse_people("President Alyaksandr LUKASHENKA (since 20 July 1994)")
    assert (p.title, p.name, p.date, p.representative) == ("President", "Alyaksandr Lukashenka", "1994-07-20", False)
    (p,) = parse.parse_people("President Vladimir Vladimirovich PUTIN (since 7 May 2012)")
    assert (p.title, p.name, p.date) == ("President", "Vladimir Vladimirovich Putin", "2012-05-07")


def test_dual_chiefs_of_state_and_their_representatives():
    people = parse.parse_people(
        "Co-prince Emmanuel MACRON (since 14 May 2017); represented by Patrick STROZDA (since 14 May 2017); and "
        "Co-prince Archbishop Joan-Enric VIVES i Sicilia (since 12 May 2003); represented by Eduard Ibanez "
        "PULIDO (since 27 November 2023)"
    )
    principals = [p for p in people if not p.representative]
    assert [(p.title, p.name) for p in principals] == [
        ("Co-prince", "Emmanuel Macron"), ("Co-prince Archbishop", "Joan-Enric Vives i Sicilia")
    ]
    assert [p.name for p in people if p.representative] == ["Patrick Strozda", "Eduard Ibanez Pulido"]


def test_monarch_represented_by_a_governor_general():
    people = parse.parse_people(
        "King CHARLES III (since 8 September 2022); represented by Governor-General Froyla TZALAM (since 27 May 2021)"
    )
    assert [(p.title, p.name, p.representative) for p in people] == [
        ("King", "Charles III", False), ("Governor-General", "Froyla Tzalam", True)
    ]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces General Abd-al-Fattah "
         "al-BURHAN Abd-al-Rahman (since 11 November 2021)",
         "Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces",
         "Abd-al-Fattah al-Burhan Abd-al-Rahman"),
        ("President OBIANG Nguema Mbasogo (since 3 August 1979)", "President", "Obiang Nguema Mbasogo"),
        ("President of China XI Jinping (since 14 March 2013)", "President of China", "Xi Jinping"),
        ("Premier LI Qiang (since 11 March 2023)", "Premier", "Li Qiang"),
        ("President Denis SASSOU-Nguesso (since 1997)", "President", "Denis Sassou-Nguesso"),
        ("King MOHAMMED VI (since 30 July 1999)", "King", "Mohammed VI"),
        ("Prime Minister Manuel Osa Nsue Nsua (since 17 August 2024)", "Prime Minister", "Manuel Osa Nsue Nsua"),
        ("President Col. Mamady DOUMBOUYA (since 17 January 2026)", "President", "Mamady Doumbouya"),
        ("Chief Minister Lindsay de SAUSMAREZ (since 1 July 2025)", "Chief Minister", "Lindsay de Sausmarez"),
    ],
)
def test_tricky_office_holders(text, title, name):
    person = parse.parse_people(text)[0]
    assert (person.title, person.name) == (title, name)


def test_vacant_office_and_notes_give_no_person():
    assert parse.parse_people("President (vacant)") == []
    assert parse.parse_people("the president is both chief of state and head of government") == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [("since 20 July 1994", "1994-07-20"), ("since July 2025", "2025-07"), ("5 Sep 2025", "2025-09-05"),
     ("since 1997", "1997")],
)
def test_dates(text, iso):
    assert parse.parse_date(text) == iso


def test_coordinates_signs():
    assert parse.parse_coordinates("53 54 N, 27 34 E") == (53.9, pytest.approx(27.5667, abs=1e-4))
    lat, lon = parse.parse_coordinates("34 36 S, 58 22 W")
    assert lat == pytest.approx(-34.6) and lon == pytest.approx(-58.3667, abs=1e-4)
    assert parse.parse_coordinates("(Brussels) 50 50 N, 4 20 E")[0] == pytest.approx(50.8333, abs=1e-4)


def test_borders_keep_thousands_separators_and_mixed_separators():
    borders = parse.parse_borders(
        "Belarus 1,111 km; Hungary 128 km; Moldova 1,202 km; Poland 498 km; Romania 601 km; Russia 1,944 km, "
        "Slovakia 97 km"
    )
    assert [(n, km) for n, km, _ in borders] == [
        ("Belarus", 1111), ("Hungary", 128), ("Moldova", 1202), ("Poland", 498), ("Romania", 601),
        ("Russia", 1944), ("Slovakia", 97)
    ]
    assert parse.parse_borders("Germany 140 km; Canada 1.3 km")[1][:2] == ("Canada", 1.3)


def test_partners_with_year_and_a_comma_inside_a_name():
    partners, year = parse.parse_partners("China 34%, Kazakhstan 10%, Uzbekistan 7%, Poland 6%, Brazil 5% (2023)")
    assert year == 2023 and partners[0][:2] == ("China", 34.0) and len(partners) == 5
    partners, _ = parse.parse_partners("France 20%, Congo, Republic of the 5%, Bahamas, The 3% (2023)")
    assert [n for n, _, _ in partners] == ["France", "Congo, Republic of the", "Bahamas, The"]


def test_memberships_keep_qualifiers():
    orgs = parse.parse_memberships("BSEC (observer), CBSS (observer), CEI, CIS, ICC (NGOs), SCO (dialogue member)")
    assert [(o, q) for o, q, _ in orgs] == [
        ("BSEC", "observer"), ("CBSS", "observer"), ("CEI", None), ("CIS", None), ("ICC", "NGOs"),
        ("SCO", "dialogue member")
    ]


def test_urban_areas_find_the_capital_and_each_groups_year():
    areas = parse.parse_urban_areas(
        "285,000 PORTO-NOVO (capital) (2018); 1.253 million Abomey-Calavi, 722,000 COTONOU (seat of government) "
        "(2022)"
    )
    assert areas[0] == ("PORTO-NOVO", 285_000, True, "capital", 2018)
    assert areas[1][:3] == ("Abomey-Calavi", 1_253_000, False) and areas[1][4] == 2022
    assert areas[2][2:] == (True, "seat of government", 2022)
    assert parse.parse_urban_areas("2.057 million MINSK (capital) (2023)") == [
        ("MINSK", 2_057_000, True, "capital", 2023)
    ]


def test_several_capitals():
    assert parse.parse_capitals(
        "Pretoria (administrative capital); Cape Town (legislative capital); Bloemfontein (judicial capital)"
    ) == [("Pretoria", "administrative capital"), ("Cape Town", "legislative capital"),
          ("Bloemfontein", "judicial capital")]
    assert parse.parse_capitals("Malabo; note - Malabo is on the island of Bioko") == [("Malabo", None)]
    assert parse.parse_capitals("no official capital; government offices in the Yaren District") == [
        ("Yaren", "seat of government")
    ]


def test_currency_name_and_codes():
    assert parse.parse_currency("Belarusian rubles (BYB/BYR) per US dollar -") == ("Belarusian rubles", ["BYB", "BYR"])
    assert parse.parse_currency("baht per US dollar -") == ("baht", [])
    assert parse.parse_currency("<p>the US dollar is used</p>") == ("US dollar", ["USD"])
    assert parse.parse_currency("<p><strong>note:</strong> uses the euro</p>") == ("euro", ["EUR"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("<strong>note:</strong> English is the official language", ["English"]),
        ("note: Chinese and Portuguese are official languages; Macanese or Patua, a Creole, is also spoken",
         ["Chinese", "Portuguese"]),
        ("unspecified Filipino (based on Tagalog) and English are official languagesTaga; eight major dialects",
         ["Filipino", "English"]),
        ("data represent population by mother tongue; English (official; lingua franca of Pakistani elite)",
         ["English"]),
        ("other 5.6%;&nbsp; English is the subsidiary official language but is the most important one", ["English"]),
        # regional or minority status is not national official status
        ("Quechua and Shuar are official languages of intercultural relations", []),
        ("Finnish, Sami, Romani, Yiddish, and Meankieli are official minority languages", []),
        ("Sonsoralese is official in Sonsoral; Tobian is official in Tobi", []),
        ("Dutch is the official language of the three special municipalities of the Caribbean Netherlands", []),
    ],
)
def test_official_languages_declared_in_prose(text, names):
    assert parse.official_languages(text) == names


def test_title_case_of_capitalised_city_names():
    assert parse.title_case("SAINT JOHN'S") == "Saint John's"
    assert parse.title_case("PORTO-NOVO") == "Porto-Novo"


def test_a_share_written_without_its_leading_zero():
    # Brazil's religions in the Factbook 2025 give 'Indigenous religions .06%'; it was read as
    # the name 'Indigenous religions .' with 6 %.
    shares, year = parse.parse_shares(
        "Roman Catholic 56.8%, Evangelical 26.9%, none 9.3%, other 4%, Umbanda and Candombl&eacute; 1.1%, "
        "Indigenous religions .06%, undeclared 0.2% (2022)"
    )
    assert year == 2022
    assert ("Indigenous religions", 0.06) in [(s.name, s.value) for s in shares]
    assert [s.value for s in shares][:2] == [56.8, 26.9]
    shares, _ = parse.parse_shares("Protestant 45.1% (Anglican 32%, Baptist .3%), Roman Catholic 39.3%")
    assert [(s.name, s.value) for s in shares] == [("Protestant", 45.1), ("Roman Catholic", 39.3)]
