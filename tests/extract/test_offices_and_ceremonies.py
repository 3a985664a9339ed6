"""Offices taken in asides, ceremonies of joint works, arms sent, subjects past an aside (session 17).

Relations articles date a leader's taking office in an aside of another act ("Dean Barrow, who had
become Belizean prime minister that February, ..."; "King Mahendra, who had succeeded Tribhuvan in
1955, dismissed the government"), with the office's adjective or the state's possessive before it;
they tell a joint project by its ceremony ("flagged off a bus service", "laid the foundation stone");
and they put an aside between a state and its verb ("Slovakia, then led by Eduard Heger, sent ...").
"""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str) -> list[tuple[str, str, list[str]]]:
    doc = read_plaintext(f"= {title} =\n\n==History==\n{body}\n")
    return [(e.plover, e.date, e.actors) for e in extract(doc).events]


def test_an_office_with_its_states_adjective_or_possessive_is_taken() -> None:
    title = "Belize–Guatemala relations"
    events = _events("In 2008 Dean Barrow, who had become Belizean prime minister that February, backed it.", title)
    assert ("OTHER", "2008-02", ["BLZ"]) in events
    assert _events("Sam Nujoma became Namibia's first president in March 1990.", "Angola–Namibia relations") == [
        ("OTHER", "1990-03", ["NAM"])]


def test_an_aside_of_office_taken_or_succeeded_is_dated_by_its_own_date() -> None:
    events = _events("In August 1991 Serrano, who had taken office that January, recognised Belize.",
                     "Belize–Guatemala relations")
    assert ("OTHER", "1991-01", ["GTM"]) in events
    events = _events("On 15 December 1960 King Mahendra, who had succeeded Tribhuvan in 1955, dismissed the "
                     "government.", "India–Nepal relations")
    assert any(p == "OTHER" and d == "1955" for p, d, _ in events)
    assert any(d == "1960-12-15" for _, d, _ in events)


def test_ceremonies_of_joint_works_are_cooperation() -> None:
    title = "India–Nepal relations"
    assert _events("In May 2018 the two leaders flagged off a Janakpur–Ayodhya bus service.", title) == [
        ("COOPERATE", "2018-05", ["IND", "NPL"])]
    assert _events("In May 2018 Modi inaugurated the Arun III dam.", title)[0][0] == "COOPERATE"
    assert _events("In November 2017 Magufuli and Museveni jointly opened the one-stop border post at Mutukula.",
                   "Tanzania–Uganda relations") == [("COOPERATE", "2017-11", ["TZA", "UGA"])]
    assert _events("In April 2022 the Jaynagar–Kurtha railway, Nepal's first broad-gauge passenger line, was "
                   "opened.", title)[0][:2] == ("COOPERATE", "2022-04")


def test_arms_sent_and_credit_lines_are_aid() -> None:
    events = _events("Slovakia, then led by Eduard Heger, sent Ukraine an S-300 air defence system in April 2022.",
                     "Hungary–Slovakia relations")
    assert events == [("AID", "2022-04", ["SVK", "UKR"])]
    assert [p for p, _, _ in _events("In August 2014 India announced a US$1 billion line of credit for Nepal.",
                                     "India–Nepal relations")] == ["AID"]


def test_a_subject_past_an_aside_or_the_authorities_act() -> None:
    assert _events("Hungary, for its part, dissolved the Matica in 1875.", "Hungary–Slovakia relations")[0][:2] == (
        "OTHER", "1875")
    assert _events("The authorities closed the three Slovak grammar schools in 1874.",
                   "Hungary–Slovakia relations")[0][1] == "1874"


def test_a_subject_past_a_participle_aside_and_a_palace_stormed() -> None:
    events = _events("In 1990 Syrian troops and aircraft, acting with Hrawi's consent, stormed the presidential "
                     "palace at Baabda on 13 October 1990.", "Lebanon–Syria relations")
    assert events == [("ASSAULT", "1990-10-13", ["SYR", "LBN"])]
    protest = _events("In July 2022 protesters stormed the president's residence in Colombo.",
                      "India–Sri Lanka relations")
    assert [p for p, _, _ in protest] != ["ASSAULT"]


def test_entry_rules_imposed_agencies_told_to_stop_and_a_treaty_that_followed() -> None:
    title = "Lebanon–Syria relations"
    assert _events("On 5 January 2015 the government imposed entry requirements on Syrians.", title)[0][0] == "SANCTION"
    assert _events("In May 2015 the government told the UN refugee agency to stop registering newcomers.",
                   title)[0][0] == "REQUEST"
    assert _events("A Defence and Security Agreement followed on 1 September 1991.", title) == [
        ("AGREE", "1991-09-01", ["LBN", "SYR"])]


def test_a_second_party_with_its_own_month_is_a_second_act() -> None:
    events = _events("Lebanon won its independence on 22 November 1943; French troops left Syria in April 1946 and "
                     "Lebanon that December.", "Lebanon–Syria relations")
    assert [(p, d) for p, d, _ in events if p == "RETREAT"] == [("RETREAT", "1946-04"), ("RETREAT", "1946-12")]
    events = _events("Assad signed a decree on 14 October 2008; Syria opened its embassy in Beirut in December and "
                     "Lebanon its embassy in Damascus on 16 March 2009.", "Lebanon–Syria relations")
    assert any(d == "2009-03-16" for _, d, _ in events)


def test_a_verb_joined_by_and_shares_the_subject_of_the_clause_before() -> None:
    events = _events("Russia was expelled from the Council of Europe in March 2022 and left the Council of the Baltic "
                     "Sea States in May 2022.", "Finland–Russia relations")
    assert [(p, d) for p, d, _ in events] == [("SANCTION", "2022-03"), ("OTHER", "2022-05")]
    assert events[1][2][0] == "RUS"


def test_laws_act_and_leaders_phone() -> None:
    events = _events("Finns signed a petition against it, and in 1901 a new conscription law dissolved the separate "
                     "Finnish army.", "Finland–Russia relations")
    assert [d for _, d, _ in events] == ["1901", "1901"]
    assert _events("On 14 May 2022 Niinistö phoned Putin.", "Finland–Russia relations") == [
        ("CONSULT", "2022-05-14", ["FIN", "RUS"])]


def test_an_office_held_since_a_date_told_as_an_apposition() -> None:
    events = _events("Fico and Gordon Bajnai, Hungarian prime minister since April 2009, met at Szécsény on "
                     "10 September 2009.", "Hungary–Slovakia relations")
    assert events == [("CONSULT", "2009-09-10", ["HUN", "SVK"]), ("OTHER", "2009-04", ["HUN"])]
    events = _events("In 2023 Srettha met Sonexay Siphandone, prime minister since December 2022.",
                     "Laos–Thailand relations")
    assert events[1] == ("OTHER", "2022-12", ["LAO"])
    events = _events("In 2005 President Arnold Rüütel, in office since 2001, declined the invitation.",
                     "Estonia–Russia relations")
    assert ("OTHER", "2001", ["EST"]) in events
    assert [p for p, _, _ in _events("In December 2011 Syria imposed a 30% duty on Turkish goods.",
                                     "Syria–Turkey relations")] == ["SANCTION"]


def test_a_second_act_of_the_same_type_by_a_verb_of_its_own() -> None:
    events = _events("Colombia replied in January 2026 with a 30% tariff on Ecuadorian goods and suspended electricity "
                     "sales to Ecuador.", "Colombia–Ecuador relations")
    assert [(p, d) for p, d, _ in events] == [("SANCTION", "2026-01"), ("SANCTION", "2026-01")]
    events = _events("On 31 March 2025 the three presidents met in Khujand, where they signed a treaty fixing the "
                     "junction point, adopted the Khujand Declaration on Eternal Friendship and opened a Friendship "
                     "Complex at the tripoint.", "Kyrgyzstan–Tajikistan relations")
    assert [p for p, _, _ in events].count("AGREE") == 2


def test_an_aside_of_a_return_to_power_is_dated_there() -> None:
    events = _events("Charles de Gaulle, who returned to power in June 1958, received Adenauer at his private home in "
                     "Colombey-les-Deux-Églises in September 1958.", "France–Germany relations")
    assert ("OTHER", "1958-06", ["FRA"]) in events
    assert any(d == "1958-09" for _, d, _ in events)


def test_an_act_no_entry_knows_past_a_relative_aside() -> None:
    events = _events("Al-Sharaa, who was named president on 29 January 2025, made Ankara his second foreign "
                     "destination on 4 February 2025.", "Syria–Turkey relations")
    assert ("OTHER", "2025-01-29", ["SYR"]) in events and any(d == "2025-02-04" for _, d, _ in events)
    events = _events("In 2021 Iceland, which has no armed forces of its own, became the tenth member of the "
                     "British-led Joint Expeditionary Force.", "Iceland–United Kingdom relations")
    assert [(p, d, a[0]) for p, d, a in events] == [("OTHER", "2021", "ISL")]


def test_an_act_after_a_dated_lead_is_dated_by_it() -> None:
    events = _events("After the earthquake that devastated central Chile in February 2010, Argentina flew a military "
                     "field hospital to Curicó.", "Argentina–Chile relations")
    assert [(d, a[0]) for _, d, a in events] == [("2010-02", "ARG")]
    # a lead of a time before or since tells a state of affairs, not an act
    assert _events("Before 2004, Gazprom sold gas to Belarus for Russian domestic prices.",
                   "Belarus–Russia relations") == []


def test_a_named_happening_with_its_place_before_its_date() -> None:
    events = _events("The Carnation Revolution in Lisbon on 25 April 1974 opened the way to decolonisation.",
                     "Angola–Namibia relations")
    assert [(p, d) for p, d, _ in events] == [("PROTEST", "1974-04-25")]


def test_a_treaty_extended_or_revised_is_an_agreement() -> None:
    assert _events("In September 1955 the treaty was extended by 20 years.", "Finland–Russia relations") == [
        ("AGREE", "1955-09", ["FIN", "RUS"])]


def test_every_office_the_lexicon_knows_makes_an_apposition_an_aside() -> None:
    """Session 18: the lexicon and the apposition reader share one list of offices (`OFFICE_TITLES`). The
    apposition reader did not know "leader", so ", Belarusian leader since July 1994," dated the treaty."""
    events = _events("Alexander Lukashenko, Belarusian leader since July 1994, signed the Union State treaty with "
                     "Russia in December 1999.", "Belarus–Russia relations")
    assert events == [("AGREE", "1999-12", ["BLR", "RUS"]), ("OTHER", "1994-07", ["BLR"])]
