# ruff: noqa: E501  (one example sentence per line)
"""Phrasings met in held-out round 7 (four long articles in Wikipedia's manner: Armenia–Azerbaijan,
Kazakhstan–Russia, Cuba–United States, Poland–Ukraine), written here with other countries so that the
rules are checked as general ones.
"""

from __future__ import annotations

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # a contrast after the shared memberships speaks of one state only
        ("Both countries are members of the United Nations and the World Trade Organization (WTO), although Chile, a founding member of the Organization of American States (OAS), has not taken part in that body's work since 2010.", ["UN", "WTO"]),
        # "both" naming the organisations, not the states
        ("Chile, itself a member of the OECD and APEC, supports Peru's membership in both, as its president said.", []),
        # names the lists had missed
        ("Chile and Peru are additionally part of the Euro-Atlantic Partnership Council and the Organization for Security and Cooperation in Europe.", ["EAPC", "OSCE"]),
        ("Both countries belong to the Black Sea Economic Cooperation and the Partnership for Peace.", ["BSEC", "PFP"]),
    ],
)
def test_shared_memberships(sentence: str, codes: list[str]) -> None:
    text = f"Chile–Peru relations\n\n{sentence}\n"
    assert [o.code for o in extract(read_plaintext(text)).organizations] == codes
