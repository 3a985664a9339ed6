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


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The two countries share a land border of about 1,210 km (752 mi).", [(1210, "km")]),
        ("Chile and Peru share a 171-kilometre border in the Atacama.", [(171, "km")]),
        ("Peru's border with Brazil is 2,995 km long, and Chile is far away.", []),  # not the pair's border
        ("In 1994, some 35,000 rafters set out for Chile from Peru.", [(35000, "people")]),
        ("In 1980, some 125,000 Peruvians reached Chile.", [(125000, "people")]),
        ("In 2022, more than 2.3 million people had crossed from Peru into Chile.", [(2300000, "people")]),
        ("Peru has a population of 34 million people, twice Chile's.", []),  # a population, not a dyadic count
        ("In 2023, more than 100,000 ethnic Peruvians fled to Chile.", [(100000, "people")]),
        ("In 1996, Chilean jets shot down two Peruvian planes, killing four men.", [(4, "people")]),
        ("There are 2.4 million Peruvian Americans, and Chile hosts many more.", [(2400000, "people")]),
    ],
)
def test_figures(sentence: str, figures: list[tuple[float, str]]) -> None:
    text = f"Chile–Peru relations\n\n{sentence}\n"
    assert [(f.value, f.unit) for f in extract(read_plaintext(text)).figures] == figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("on 12–14 September 2022, when", ["2022-09-12"]),
        ("between 1 and 5 April 2016, when", ["2016-04-01"]),
        ("from 20 to 22 March 2016, the first", ["2016-03-20"]),
        ("on March 20–22, 2016, he", ["2016-03-20"]),
        ("between 27 and 29 February, a riot", ["1988-02-27"]),  # the year from the context
        # a day without a year takes the sentence's year, not the paragraph's
        ("After Chile invaded on 24 February 2022, Peru opened its border, and on 12 March it passed a law.", ["2022-02-24", "2022-03-12"]),
        ("They were annexed to Chile that November.", ["1988-11"]),
    ],
)
def test_dates(text: str, want: list[str]) -> None:
    from bilateral.extract.dates import find_dates

    assert [d.resolve(1988) for d in find_dates(text) if not d.modifier] == want


def test_named_days_and_seasons() -> None:
    """'established 11 July as a day of remembrance' names a day; 'that summer' is the year before it."""
    text = ("= Chile–Peru relations =\n\n==History==\nOn 22 July 2016 the Chilean parliament established 11 July as "
            "a National Day of Remembrance, and Peru protested against the decision. Peru captured Arica on 7 May "
            "1920. Chile's counter-offensive drove the Peruvian troops back that summer.\n")
    events = extract(read_plaintext(text)).events
    protest = next(e for e in events if "protested" in text[e.start : e.end])
    assert protest.date == "2016-07-22"
    back = next(e for e in events if "drove" in text[e.start : e.end])
    assert back.date == "1920"
