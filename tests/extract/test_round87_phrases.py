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
