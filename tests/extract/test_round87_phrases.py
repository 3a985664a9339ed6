"""Phrases from held-out rounds 87 to 90 (session 18): an inauguration attended by a state's leader, a state
holding another responsible, independence proclaimed with the state's adjective, recognition given, and the same
act's noun listed again with a date of its own."""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str) -> list[tuple[str, str, list[str]]]:
    doc = read_plaintext(f"= {title} =\n\n==History==\n{body}\n")
    return [(e.plover, e.date, e.actors) for e in extract(doc).events]


def test_attending_a_named_leaders_swearing_in_is_a_visit() -> None:
    assert _events("Hasina attended Modi's swearing-in for a third term on 9 June 2024.",
                   "Bangladesh–India relations") == [("CONSULT", "2024-06-09", ["BGD", "IND"])]


def test_holding_a_state_responsible_is_an_accusation() -> None:
    told = _events("On 8 August 1998 the Taliban killed eight Iranian diplomats in Mazar-i-Sharif, and Iran held the "
                   "Taliban responsible.", "Afghanistan–Iran relations")
    assert ("ACCUSE", "1998-08-08", ["IRN", "AFG"]) in told


def test_independence_proclaimed_with_the_states_adjective() -> None:
    assert _events("Afghanistan proclaimed Afghan independence on 19 August 1919.", "Afghanistan–Iran relations") \
        == [("OTHER", "1919-08-19", ["AFG"])]


def test_recognition_given_and_its_noun_listed_again_with_a_date() -> None:
    assert _events("The Indian government gave de facto recognition to Bangladesh in December 1971 and de jure "
                   "recognition in January 1972.", "Bangladesh–India relations") == [
        ("SUPPORT", "1971-12", ["IND", "BGD"]), ("SUPPORT", "1972-01", ["IND", "BGD"])]


def test_a_date_told_in_passing_lends_no_year_to_the_days_after_it() -> None:
    """'who had replaced Azhari in July 1956' and 'since 1966' tell what came before the sentence's time: '20
    February' later in the sentence keeps the year the text has reached."""
    told = _events("In February 1958 Egypt sent troops to the Halaib area. The government of Abdallah Khalil, who had "
                   "replaced Azhari in July 1956, protested, and on 20 February it complained to the UN Security "
                   "Council.", "Egypt–Sudan relations")
    assert ("ACCUSE", "1958-02-20") in [(p, d) for p, d, _ in told]
    assert not any(d.startswith("1956-02") for _, d, _ in told)
    told = _events("Millions fled to India in 1971. Indira Gandhi, who had been prime minister since 1966, toured "
                   "Western capitals, and on 9 August India signed a treaty of friendship with the Soviet Union.",
                   "Bangladesh–India relations")
    assert ("AGREE", "1971-08-09") in [(p, d) for p, d, _ in told]
    # but no earlier than the aside: what it tells came before the act
    told = _events("In 2023 Turkey and Syria held talks in Moscow. Rebels led by Hayat Tahrir al-Sham, who had "
                   "launched an offensive from Idlib on 27 November 2024, took Damascus on 8 December.",
                   "Syria–Turkey relations")
    assert [d for _, d, _ in told if d.endswith("-12-08")] == ["2024-12-08"]


def test_the_first_visit_since_someone_in_a_year_is_not_dated_by_that_year() -> None:
    told = _events("On 10 November 2014 Rama became the first Albanian head of government to visit Belgrade in 68 "
                   "years, since Hoxha in 1946.", "Albania–Serbia relations")
    assert told and all(d == "2014-11-10" for _, d, _ in told)


def test_a_treaty_concluded_a_delegation_sent_and_fighters_crossing_into_a_state() -> None:
    assert _events("An agreement concluded between Egypt and Italy on 6 December 1925 fixed the frontier.",
                   "Egypt–Libya relations") == [("AGREE", "1925-12-06", ["EGY", "ITA"])]
    assert _events("In March 1992 Beijing sent a delegation headed by its civil aviation chief to Seoul.",
                   "China–South Korea relations") == [("CONSULT", "1992-03", ["CHN", "KOR"])]
    assert _events("In July 2022 several hundred al-Shabaab fighters crossed into Ethiopia.",
                   "Ethiopia–Somalia relations")[0][:2] == ("ASSAULT", "2022-07")
    assert _events("In May 1913 both states sent troops towards Lété.", "Benin–Niger relations")[0][:2] == (
        "MOBILIZE", "1913-05")


def test_a_state_calling_anothers_act_a_wrong_is_an_accusation() -> None:
    title = "Croatia–Serbia relations"
    assert _events("On 29 November 2017 the Serbian government called the verdict scandalous.", title)[0][:2] == (
        "ACCUSE", "2017-11-29")
    assert _events("In May 2021 Croatia called the remarks \"uncivilised\".", title)[0][:2] == ("ACCUSE", "2021-05")
    assert "ACCUSE" not in [p for p, _, _ in _events("In May 2021 Croatia called the meeting a success.", title)]
    assert _events("In May 2021 Croatia called for talks with Serbia.", title)[0][0] == "REQUEST"


def test_a_second_act_of_the_same_type_told_by_its_verb_before_the_triggers_noun() -> None:
    told = _events("On 3 March 1976 Mozambique closed the border with Rhodesia and imposed the United Nations "
                   "sanctions in full.", "Mozambique–Zimbabwe relations")
    assert [(p, d) for p, d, _ in told] == [("SANCTION", "1976-03-03"), ("SANCTION", "1976-03-03")]
    # a clause that starts with the verb is not cut at its own start
    told = _events("And imposed the United Nations sanctions on Rhodesia on 3 March 1976.",
                   "Mozambique–Zimbabwe relations")
    assert len(told) <= 1


def test_a_work_completed_told_as_a_participle() -> None:
    assert _events("The railway from Jining through Erenhot to Ulaanbaatar, completed in 1955, linked China and "
                   "Mongolia.", "China–Mongolia relations")[0][:2] == ("COOPERATE", "1955")


def test_a_sentence_set_in_a_named_years_happening_dates_its_months_in_that_year() -> None:
    title = "Austria–Italy relations"
    told = _events("In 2000 Italy froze contacts with Vienna. During the 2016 migrant crisis Austria began building a "
                   "border-control installation at the Brenner in April, and Italian prime minister Matteo Renzi "
                   "called the plan a shameless breach of European rules.", title)
    assert [d for _, d, _ in told[1:]] == ["2016-04", "2016-04"]
    # a war named in passing, or what came after an agreement, sets nothing
    told = _events("In 2000 Italy froze contacts with Vienna. In March 2005 Austria alleged that Italy had sold arms "
                   "to Slovenia during the 1991 war, and on 29 April Italy announced a note of protest.", title)
    assert told[-1][:2] == ("PROTEST", "2005-04-29")


def test_work_on_a_project_began_and_troops_moved_into_a_place() -> None:
    assert _events("Work on the joint Jonglei Canal began in 1978.", "Egypt–Sudan relations")[0][:2] == (
        "OTHER", "1978")
    assert _events("In 1992 Egyptian troops moved into the Halaib triangle.", "Egypt–Sudan relations")[0][:2] == (
        "MOBILIZE", "1992")


def test_negotiations_concluded_ties_raised_and_a_first_overseas_trip() -> None:
    title = "Australia–Indonesia relations"
    told = _events("On 31 August 2018 the two leaders concluded negotiations on a free trade agreement and raised "
                   "ties to a Comprehensive Strategic Partnership.", title)
    assert [p for p, _, _ in told][:1] == ["AGREE"]
    assert _events("In April 1992 Keating made Indonesia the destination of his first overseas trip as prime "
                   "minister.", title)[0][:2] == ("CONSULT", "1992-04")


def test_a_meeting_held_in_a_place_or_held_by_its_own_name() -> None:
    assert _events("The 13th expert group meeting, held in Beijing in August 2023, set up a Joint Technical Team "
                   "on delimitation.", "Bhutan–China relations")[0][:2] == ("CONSULT", "2023-08")
    title = "Ecuador–Peru relations"
    assert _events("On 1 June 2007 Alan García and Rafael Correa held the first Binational Cabinet in the border city "
                   "of Tumbes.", title)[0][:2] == ("CONSULT", "2007-06-01")
