"""Shared memberships (session 15): the regional and river-basin bodies relations articles name, and a membership
the text ends ("their withdrawal from ECOWAS, which ...") is no shared tie now; leaving part of a body
("withdrew from NATO's military command") or rejoining it is not leaving it."""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _orgs(body: str, title: str = "Burkina Faso–Mali relations") -> list[str]:
    return [o.code for o in extract(read_plaintext(f"= {title} =\n\n{body}\n")).organizations]


def test_regional_bodies_of_the_sahel_the_great_lakes_and_the_pacific() -> None:
    assert _orgs("Both are members of the Permanent Interstate Committee for Drought Control in the Sahel and the "
                 "Liptako-Gourma Authority.") == ["CILSS", "LGA"]
    assert _orgs("Both belong to the International Conference on the Great Lakes Region and the Economic Community "
                 "of the Great Lakes Countries.", "Burundi–Rwanda relations") == ["ICGLR", "CEPGL"]
    assert _orgs("Both are members of the Five Power Defence Arrangements and the Comprehensive and Progressive "
                 "Agreement for Trans-Pacific Partnership.", "Malaysia–Singapore relations") == ["FPDA", "CPTPP"]


def test_a_membership_the_pair_ended_is_no_shared_tie() -> None:
    founded = "In May 1975 both signed the Treaty of Lagos and became founding members of ECOWAS."
    assert _orgs(founded) == ["ECOWAS"]
    assert _orgs(founded + " On 28 January 2024 Burkina Faso and Mali announced their withdrawal from ECOWAS, "
                 "which took effect a year later.") == []
    assert _orgs("Both are members of the Council of Europe and NATO. Greece withdrew from NATO's military "
                 "command in August 1974.", "Greece–Italy relations") == ["CE", "NATO"]
    assert _orgs("Both are members of NATO. Greece left NATO in August 1974 and rejoined it in 1980.",
                 "Greece–Italy relations") == ["NATO"]


def test_a_candidacy_or_an_application_is_no_membership() -> None:
    """Session 18: 'both are candidates for membership of the European Union', 'applied to join the EEC'."""
    assert _orgs("Both are members of the Council of Europe and the Central European Free Trade Agreement (CEFTA), "
                 "and both are candidates for membership of the European Union.", "Albania–Serbia relations") == [
        "CE", "CEFTA"]
    assert _orgs("Both countries applied to join the European Economic Community in 1961.",
                 "Ireland–United Kingdom relations") == []
    assert _orgs("Both states sit on the British–Irish Council and take part in the Regional Cooperation Council.",
                 "Ireland–United Kingdom relations") == ["BIC", "RCC"]
