"""Phrases from held-out rounds 103 to 106 (session 20): a decade told as "the first ... since the 1980s", a
sentence set in a named war, "that October" after "by 2007", acts the lexicon lacked (airspace closed "its own",
surcharges, relations raised to ambassadorial level, mourning declared, hands shaken, declarations issued, money
contributed, states merged, people tried or assaulted, power taken, wars resumed), acts a state does within itself,
leaders named before their state, and "by 1964" in the past perfect."""

from __future__ import annotations

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str) -> list[tuple[str, str | None, list[str]]]:
    doc = read_plaintext(f"= {title} =\n\n==History==\n{body}\n")
    return [(e.plover, e.date, e.actors) for e in extract(doc).events]


def test_a_decade_after_first_since_is_the_time_before_not_the_date() -> None:
    told = _events("On 21 November 2006 the Syrian foreign minister Walid Muallem, on the first such visit since the "
                   "1980s, agreed in Baghdad to restore diplomatic relations.", "Iraq–Syria relations")
    assert [(p, d) for p, d, _ in told] == [("AGREE", "2006-11-21")]


def test_a_sentence_set_in_a_named_war_dates_its_later_clauses_by_the_war() -> None:
    told = _events("Relations broke down in 1970. In the October 1973 war Iraq sent an armoured division to the Golan "
                   "front, but it withdrew its forces after Syria accepted the United Nations ceasefire, which Baghdad "
                   "rejected.", "Iraq–Syria relations")
    later = [(p, d) for p, d, _ in told if p in ("RETREAT", "AGREE", "REJECT")]
    assert later == [("RETREAT", "1973-10"), ("AGREE", "1973-10"), ("REJECT", "1973-10")]


def test_that_month_after_by_a_year_is_in_that_year() -> None:
    told = _events("The war began in 2003. Syria took in more Iraqi refugees than any other country, about 1.2 million "
                   "by 2007, before it imposed visa requirements on Iraqis that October.", "Iraq–Syria relations")
    assert [d for p, d, _ in told if p == "SANCTION"] == ["2007-10"]


@pytest.mark.parametrize(("sentence", "plover"), [
    ("On 7 April 2025 Mali closed its own airspace to Algerian aircraft in response.", "SANCTION"),
    ("In 1971 Algeria imposed a 10% import surcharge on Malian goods.", "SANCTION"),
    ("On 4 July 2023 the foreign ministries announced that relations had been raised to ambassadorial level.",
     "COOPERATE"),
    ("In May 2025 Bamako promised to respond in kind.", "THREATEN"),
    ("In 2023 Mali declared official mourning.", "SUPPORT"),
    ("On 20 November 2022 Tebboune and Goïta shook hands for the first time at the opening of the World Cup.",
     "CONSULT"),
    ("In 2021 Tebboune and Goïta issued the Algiers Declaration on defence.", "AGREE"),
    ("In 1991 Algeria contributed $13 million to the Malian reconstruction fund.", "AID"),
    ("Algeria and Mali merged into a federation in February 1958.", "COOPERATE"),
    ("Five Algerian officers were tried in Bamako in June 1967.", "COERCE"),
    ("In August 2010 several Algerian embassy employees were assaulted in Bamako.", "ASSAULT"),
    ("In December 2023 Algerian officials received representatives of the Malian movements.", "CONSULT"),
    ("January 2025: Tebboune attends Goïta's inauguration in Bamako.", "CONSULT"),
    ("In October 1956 the Algerian leader flew uninvited to Bamako.", "CONSULT"),
    ("In 1803 Algeria resumed the war against Mali.", "ASSAULT"),
])
def test_acts_the_lexicon_lacked(sentence: str, plover: str) -> None:
    assert [p for p, _, _ in _events(sentence, "Algeria–Mali relations")] == [plover]


def test_an_act_a_state_does_within_itself_has_that_state_alone() -> None:
    for sentence in ("In 2009 the Nigerien president dissolved parliament.",
                     "On 12 March 2010 the Nigerien army removed Tandja.",
                     "In 2010 Niger promulgated its new constitution."):
        assert [a for _, _, a in _events(sentence, "Niger–Nigeria relations")] == [["NER"]], sentence


def test_a_leader_named_before_his_state_is_that_states_later() -> None:
    told = _events("In 2008 Kgalema Motlanthe, who had replaced Mbeki as South African president on 25 September, "
                   "took office. In 2009 Motlanthe returned the stolen cattle.", "Botswana–South Africa relations")
    assert told[-1][2][0] == "ZAF"
    told = _events("Quett Masire, who had become president of Botswana in July 1980, took office. In 1984 Masire "
                   "turned down the demands.", "Botswana–South Africa relations")
    assert told[-1][2][0] == "BWA"


def test_by_a_year_dates_a_clause_in_the_past_perfect_but_not_the_story_after_it() -> None:
    told = _events("In 1963 Tuareg rebels in Kidal rose against the Nicaraguan government. The Nicaraguan army had "
                   "crushed the revolt by 1964. Nicaragua promised to extend trade with Costa Rica to $5 billion by "
                   "2021.", "Costa Rica–Nicaragua relations")
    assert [(p, d) for p, d, _ in told] == [("ASSAULT", "1963"), ("ASSAULT", "1964"), ("AGREE", "1963")]
    told = _events("In 2018 Costa Rica condemned the repression in Nicaragua. By 2022 Costa Rica had received more "
                   "than 100,000 asylum applications from Nicaraguans. Costa Rica then recalled its ambassador from "
                   "Managua.", "Costa Rica–Nicaragua relations")
    assert [d for p, d, _ in told if p == "SANCTION"] == ["2018"]


def test_power_taken_or_handed_over_is_one_states_office() -> None:
    for sentence, state in (("Houari Boumédiène took power in Algeria on 19 June 1965.", "DZA"),
                            ("A second coup on 24 May 2021 brought Assimi Goïta to power in Mali.", "MLI"),
                            ("In January 2026 the Malian vice-president took over as acting president.", "MLI")):
        assert [(p, a) for p, _, a in _events(sentence, "Algeria–Mali relations")] == [("OTHER", [state])], sentence


def test_a_date_in_the_past_perfect_before_the_clause_is_not_its_time() -> None:
    told = _events("In May 2025 Poland expelled a Russian diplomat. After investigators concluded that Russian "
                   "services had ordered the arson of a Warsaw shopping centre in May 2024, Poland also closed the "
                   "consulate in Kraków.", "Poland–Russia relations")
    assert [d[:4] for p, d, _ in told if p == "SANCTION"] == ["2025", "2025"]
    told = _events("In 1960 relations were calm. The armed struggle had already begun on 1 September 1961, when "
                   "Russian fighters fired on Polish police at Mount Adal.", "Poland–Russia relations")
    assert [(p, d) for p, d, _ in told] == [("ASSAULT", "1961-09-01")]


def test_memberships_in_regional_schemes_and_a_mission_ordered_closed() -> None:
    doc = read_plaintext("= Botswana–South Africa relations =\n\n==History==\nBoth are members of the Orange–Senqu "
                         "River Commission and of the Limpopo Watercourse Commission.\n")
    assert [o.code for o in extract(doc).organizations] == ["ORASECOM", "LIMCOM"]
    doc = read_plaintext("= Japan–United States relations =\n\n==History==\nBoth countries are members of the United "
                         "Nations and the Quadrilateral Security Dialogue.\n")
    assert [o.code for o in extract(doc).organizations] == ["UN", "QUAD"]
    doc = read_plaintext("= Poland–Russia relations =\n\n==History==\nIn October 2024 Sikorski ordered the Russian "
                         "consulate in Poznań closed. Russia has a consulate-general in Gdańsk.\n")
    assert [(m.sender, m.city) for m in extract(doc).missions] == [("RUS", "Gdańsk")]


def test_oil_counted_in_barrels_a_day() -> None:
    doc = read_plaintext("= Cuba–Venezuela relations =\n\n==History==\nIn 2000 Venezuela agreed to sell Cuba 53,000 "
                         "barrels of oil a day. The refinery at Cienfuegos has a capacity of 65,000 barrels per day.\n")
    assert [(f.value, f.unit) for f in extract(doc).figures] == [(53000.0, "barrels per day"),
                                                                  (65000.0, "barrels per day")]


def test_a_visitor_to_one_side_of_the_pair_stands_for_the_other() -> None:
    told = _events("Ibrahim Boubacar Keïta, who took office on 4 September 2013, made a state visit to Algiers in "
                   "January 2014. In May 2015 Keïta condemned the attack on the convoy.", "Algeria–Mali relations")
    assert [(p, a[0]) for p, _, a in told if p in ("CONSULT", "ACCUSE")] == [("CONSULT", "MLI"), ("ACCUSE", "MLI")]


def test_a_title_and_a_comma_before_the_name_and_a_visit_told_as_a_possessive() -> None:
    told = _events("Hungary's foreign minister, Péter Szijjártó, visited Gaborone in 2019. In 2020 Szijjártó condemned "
                   "the attack.", "Botswana–South Africa relations")
    assert told[-1][2] == ["HUN"]
    told = _events("During Thabo Mbeki's visit to Botswana in 2003 the two leaders discussed Zimbabwe. In 2004 Mbeki "
                   "condemned the raid.", "Botswana–South Africa relations")
    assert told[-1][2][0] == "ZAF"
