"""Works opened and second acts in asides (session 16).

Relations articles date the opening of a pair's bridges, pipelines and power links, often with the
work's name as the only subject ("The Second Link ... opened to traffic on 2 January 1998"); and an
aside often tells two dated acts ("Faye, who had won the election of 24 March 2024 and taken office in
Dakar on 2 April, ..."), the second dated without a year.
"""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str) -> list[tuple[str, str, list[str]]]:
    doc = read_plaintext(f"= {title} =\n\n==History==\n{body}\n")
    return [(e.plover, e.date, e.actors) for e in extract(doc).events]


def test_works_opened_completed_or_put_into_service_are_the_pairs_cooperation() -> None:
    title = "Malaysia–Singapore relations"
    assert _events("The Second Link between Tuas and Gelang Patah opened to traffic on 2 January 1998.", title) == [
        ("COOPERATE", "1998-01-02", ["MYS", "SGP"])]
    assert _events("The Causeway, carrying a road and water pipes across the strait, was formally opened on "
                   "28 June 1924.", title) == [("COOPERATE", "1924-06-28", ["MYS", "SGP"])]
    assert _events("The first two cables entered service in 1976.", title) == [("COOPERATE", "1976", ["MYS", "SGP"])]
    assert [p for p, _, _ in _events("The Treaty of Friendship was signed on 5 May 1999.", title)] != ["COOPERATE"]


def test_an_aside_with_two_dated_acts_gives_both() -> None:
    events = _events("Macky Sall, who had beaten Wade in the run-off of 25 March 2012 and become president of "
                     "Senegal on 2 April, visited Nouakchott on 9 February 2018.", "Mauritania–Senegal relations")
    assert ("OTHER", "2012-04-02", ["SEN"]) in events
    assert any(d == "2012-03-25" for _, d, _ in events) and any(d == "2018-02-09" for _, d, _ in events)


def test_delegations_that_met_near_a_place_consulted() -> None:
    events = _events("Russian and Ukrainian delegations met near the Pripyat River on 28 February 2022.",
                     "Belarus–Ukraine relations")
    assert events == [("CONSULT", "2022-02-28", ["RUS", "UKR"])]


def test_and_before_a_new_subject_with_its_own_date_is_a_second_happening() -> None:
    events = _events("Argentina began the work in 1983 and Paraguay opened the border in 1994.",
                     "Argentina–Paraguay relations")
    assert [(d, a[0]) for _, d, a in events] == [("1983", "ARG"), ("1994", "PRY")]
    # the turbine's service is not read back across "and the ..." to the dam; the work's start is its own
    # happening (session 18: "work on ... began", as the held-out gold counts "Work on Yacyretá began in 1983")
    assert [(p, d) for p, d, _ in _events("Work on the dam began in 1983 and the first turbine entered service in "
                                          "1994.", "Argentina–Paraguay relations")] == [
        ("OTHER", "1983"), ("COOPERATE", "1994")]


def test_money_deposited_with_a_central_bank_is_aid() -> None:
    assert _events("In March 2022 Saudi Arabia deposited $5 billion with the Central Bank of Egypt.",
                   "Egypt–Saudi Arabia relations") == [("AID", "2022-03", ["SAU", "EGY"])]


def test_trade_that_began_to_flow_is_cooperation() -> None:
    title = "Egypt–Israel relations"
    assert _events("Exports of Israeli gas began on 15 January 2020.", title) == [
        ("COOPERATE", "2020-01-15", ["ISR", "EGY"])]
    assert [p for p, _, _ in _events("In 1997 Israel began delivering gas to Egypt.", title)] == ["COOPERATE"]


def test_two_acts_of_one_type_on_one_day_in_one_sentence_are_two() -> None:
    title = "Egypt–Saudi Arabia relations"
    events = _events("On 28 April 2012 Saudi Arabia recalled its ambassador and closed its embassy.", title)
    assert events == [("SANCTION", "2012-04-28", ["SAU", "EGY"])] * 2
    events = _events("On 15 June 2020 Saudi troops attacked Egyptian posts, and 20 Egyptian soldiers were killed.",
                     title)
    assert [p for p, _, _ in events] == ["ASSAULT"]  # the toll is the attack's, not a second happening


def test_a_leader_received_in_a_city_is_a_meeting() -> None:
    assert _events("Maia Sandu received Gabriel Boric in Chișinău on 29 December 2020.", "Chile–Moldova relations") \
        == [("CONSULT", "2020-12-29", ["MDA", "CHL"])]
