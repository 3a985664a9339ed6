"""Phrases typed by the golds' own counts over the held-out sets (session 21, rounds 111 to 114 read): leaving
office and seizing power are office changes of one state, a coup is one too, the adverb "back" is no support,
"allowed" concedes, a captured place is an attack, "joined the war" is one, a battalion sent is a mobilisation,
"opened", "entered the European Union" and passage let cooperate, an office "of Benin from April 2006" is taken
then, a named treaty "concluded with" is concluded, as is a memorandum or accord that "ended" a war, an inquiry that
"concluded that" accuses, and a state of emergency, an assassination or a mutiny keeps its state alone; a person's
years in brackets ("Karimov (1991–2016)") date nothing the sentence tells."""

from __future__ import annotations

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str) -> list[tuple[str, str | None, list[str]]]:
    doc = read_plaintext(f"= {title} =\n\n==History==\n{body}\n")
    return [(e.plover, e.date, e.actors) for e in extract(doc).events]


@pytest.mark.parametrize("sentence", [
    "Greek president Michail Stasinopoulos resigned on 23 July 1974.",
    "The Greek prime minister stepped down in May 2009 in a dispute over the army chief.",
    "A group of Greek colonels seized power on 21 April 1967.",
])
def test_leaving_office_or_seizing_power_is_one_states_office_change(sentence: str) -> None:
    assert [(p, actors) for p, _, actors in _events(sentence, "Greece–Turkey relations")] == [("OTHER", ["GRC"])]


def test_a_resignation_joined_to_a_second_act_still_tells_both() -> None:
    told = _events("Greek president Michail Stasinopoulos resigned on 23 July 1974 and flew to Turkey.",
                   "Greece–Turkey relations")
    assert [p for p, _, _ in told] == ["OTHER", "CONSULT"]
    assert told[0][2] == ["GRC"]


def test_a_coup_named_by_its_date_is_an_office_change() -> None:
    told = _events("Relations froze after the Greek coup of 21 April 1967.", "Greece–Turkey relations")
    assert ("OTHER", "1967-04-21") in [(p, d) for p, d, _ in told]
    assert "ASSAULT" not in [p for p, _, _ in told]


@pytest.mark.parametrize(("sentence", "plover"), [
    ("Serbia pulled its troops back within days in June 1999.", "RETREAT"),
    ("In March 1897 the Ottoman irregulars were driven back across the border by the Greek army.", "ASSAULT"),
    ("In 1816 Britain handed the islands back to the Dutch.", "RETREAT"),
    ("In 2019 the Greek navy turned the migrant boats back.", "COERCE"),
    ("In 1994 Turkey allowed Greek observers to attend the trial.", "CONCEDE"),
    ("In March 1913 the Greek army captured the fortress of Ioannina.", "ASSAULT"),
    ("In 2010 Iran captured the Jundallah leader Abdolmalek Rigi.", "COERCE"),  # a guard: people stay COERCE
    ("Greece joined the war against Turkey in 1897.", "ASSAULT"),
    ("In 1965 Australia sent an infantry battalion to Borneo.", "MOBILIZE"),
    ("Queen Elizabeth II and Mitterrand opened the Channel Tunnel on 6 May 1994.", "COOPERATE"),
    ("Both countries entered the European Union on 1 May 2004.", "COOPERATE"),
    ("In 1971 India let retreating soldiers cross its territory.", "COOPERATE"),
])
def test_phrases_typed_as_the_golds_type_them(sentence: str, plover: str) -> None:
    assert [p for p, _, _ in _events(sentence, "Greece–Turkey relations")][:1] == [plover]


@pytest.mark.parametrize("sentence", [
    "On 25 December 1966 Kenya declared a state of emergency in the region.",
    "The Kenyan vice-president was assassinated in June 1969.",
    "On 2 August 1967 army units in Kenya mutinied.",
])
def test_acts_within_one_state_keep_it_alone(sentence: str) -> None:
    told = _events(sentence, "Kenya–Somalia relations")
    assert told and all(actors == ["KEN"] for _, _, actors in told)


def test_a_charge_answered_in_apposition_mid_sentence_is_an_act_of_its_own() -> None:
    told = _events("After rebels killed 20 people near Gatumba on 22 December 2023, Ndayishimiye accused Rwanda of "
                   "harbouring the group, a charge Kigali rejected, and on 11 January 2024 Burundi closed its border "
                   "with Rwanda.", "Burundi–Rwanda relations")
    assert [(p, d) for p, d, _ in told if p in ("ACCUSE", "REJECT", "SANCTION")] == [
        ("ACCUSE", "2023-12"), ("REJECT", "2023-12"), ("SANCTION", "2024-01-11")]


def test_an_office_of_a_named_state_held_since_a_date_is_taken_then() -> None:
    told = _events("In 2008 Boni Yayi, president of Benin from April 2006, visited Abuja.", "Benin–Nigeria relations")
    assert sorted((p, d) for p, d, _ in told) == [("CONSULT", "2008"), ("OTHER", "2006-04")]


@pytest.mark.parametrize("sentence", [
    "The Treaty of Zuhab, concluded with Persia in 1639, fixed the border.",
    "The Sunningdale Agreement, concluded by Heath and the Taoiseach Liam Cosgrave on 9 December 1973, collapsed.",
])
def test_a_named_treaty_concluded_in_apposition_is_its_conclusion(sentence: str) -> None:
    assert [p for p, _, _ in _events(sentence, "Iraq–Turkey relations")][:1] == ["AGREE"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("The Luena Memorandum of 4 April 2002 ended the civil war.", "2002-04-04"),
    ("In December 1997 the Chittagong Hill Tracts Peace Accord ended the Shanti Bahini insurgency.", "1997-12"),
])
def test_a_named_settlement_that_ended_a_war_is_its_conclusion(sentence: str, date: str) -> None:
    assert [(p, d) for p, d, _ in _events(sentence, "Angola–Namibia relations")] == [("AGREE", date)]


def test_an_inquirys_finding_of_blame_is_an_accusation() -> None:
    told = _events("In April 1983 a Swedish government commission concluded that Soviet submarines had been involved.",
                   "Russia–Sweden relations")
    assert [(p, d) for p, d, _ in told] == [("ACCUSE", "1983-04")]


@pytest.mark.parametrize("sentence", [
    "In 1998 Islam Karimov (1991–2016) visited Astana.",
    "In 1998 Islam Karimov (in office 1991–2016) visited Astana.",
    "In 1998 Islam Karimov (president from 1991) visited Astana.",
])
def test_a_persons_years_in_brackets_do_not_date_the_sentence(sentence: str) -> None:
    assert [(p, d) for p, d, _ in _events(sentence, "Kazakhstan–Uzbekistan relations")] == [("CONSULT", "1998")]


def test_a_periods_years_in_brackets_stay_dates() -> None:
    from bilateral.extract.dates import find_dates

    text = "Relations soured during the first presidency of Juan Perón (1946–1955), as Montevideo sheltered exiles."
    assert [d.modifier for d in find_dates(text)] == [False, False]
    assert all(not d.modifier for d in find_dates("Relations soured during the Chaco War (1932–1935)."))
