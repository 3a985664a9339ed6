"""Names of states the gazetteer lacked, missions kept or closed, a border length told again, tolls (session 17).

"East Timor" (the English Wikipedia title's name) and the dissolved federations that annotators code with
ISO 3166-3 ("Czechoslovakia" CSK, "Yugoslavia" YUG) were no state to the extractor, so an "East Timor–Indonesia
relations" article had no pair and a Czechoslovak act no actor. A mission the text says closed, or where an
embassy "was" until a move, is no mission now; "Russia keeps its consulate in Mariehamn" is Russia's.
"""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract
from bilateral.extract.gazetteer import find_names
from bilateral.extract.pipeline import infer_pair


def _doc(body: str, title: str, section: str = "Diplomatic relations"):
    return read_plaintext(f"= {title} =\n\n=={section}==\n{body}\n")


def test_east_timor_and_dissolved_federations_are_states() -> None:
    assert [(m.code, m.kind) for m in find_names("East Timor and Cape Verde")] == [("TLS", "state"), ("CPV", "state")]
    assert [m.code for m in find_names("Czechoslovakia, the Yugoslav army and East Germany")] == ["CSK", "YUG", "DDR"]
    doc = _doc("- Mission1: Embassy of East Timor, Jakarta", "East Timor–Indonesia relations")
    assert infer_pair(doc) == ("TLS", "IDN")
    doc = read_plaintext("= East Timor–Indonesia relations =\n\nInfobox\n- Mission1: Embassy of East Timor, Jakarta\n"
                         "- Mission2: Embassy of Indonesia, Dili\n\nThey are neighbours.\n")
    assert {(m.sender, m.city) for m in extract(doc).missions} == {("TLS", "Jakarta"), ("IDN", "Dili")}


def test_the_state_that_keeps_a_mission_sends_it() -> None:
    doc = _doc("Finland no longer has a consulate in Russia, while Russia keeps its consulate in Mariehamn.",
               "Finland–Russia relations")
    assert [(m.sender, m.receiver, m.city, m.kind) for m in extract(doc).missions] == [
        ("RUS", "FIN", "Mariehamn", "consulate")]


def test_missions_closed_or_moved_are_not_kept() -> None:
    doc = _doc("Russia withdrew consent for the Finnish consulate-general in Saint Petersburg, which closed on "
               "1 October, and Finland in turn closed the Russian consulate-general in Turku.",
               "Finland–Russia relations")
    assert extract(doc).missions == []
    doc = _doc("Cameroon has a high commission in Abuja. Until the Nigerian capital was moved to Abuja in December "
               "1991, Cameroon's embassy was in Lagos.", "Cameroon–Nigeria relations")
    assert [(m.sender, m.city) for m in extract(doc).missions] == [("CMR", "Abuja")]


def test_a_border_length_told_again_as_the_boundary_counts_once() -> None:
    doc = _doc("Angola and Namibia share a land border of 1,427 km. The 1,427 km boundary follows the Kunene from "
               "its mouth to the Ruacana Falls.", "Angola–Namibia relations", "Border")
    assert [f.value for f in extract(doc).figures if f.unit == "km"] == [1427.0]


def test_a_wars_toll_is_read_in_a_sentence_that_names_no_state() -> None:
    doc = _doc("The war is estimated to have killed about 80,000 people. The war killed an estimated three million "
               "people. At least 48 people had been killed.", "Eritrea–Ethiopia relations", "History")
    assert sorted(f.value for f in extract(doc).figures if f.unit == "people") == [48.0, 80000.0, 3000000.0]


def test_deputy_and_assistant_high_commissions_are_consulates() -> None:
    """Session 18: between Commonwealth members a deputy high commission is a consulate-general and an assistant
    high commission a consulate, as a high commission is an embassy."""
    doc = _doc("India has a high commission in Dhaka and assistant high commissions in Chittagong and Sylhet. "
               "Bangladesh has a high commission in New Delhi and a deputy high commission in Kolkata.",
               "Bangladesh–India relations")
    assert sorted((m.sender, m.city, m.kind) for m in extract(doc).missions) == [
        ("BGD", "Kolkata", "consulate-general"), ("BGD", "New Delhi", "embassy"), ("IND", "Chittagong", "consulate"),
        ("IND", "Dhaka", "embassy"), ("IND", "Sylhet", "consulate")]
