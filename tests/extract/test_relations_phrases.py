# ruff: noqa: E501  (one example sentence per line)
"""Typical relations-article sentences of any pair: the verbs and nouns such articles use, their PLOVER type,
and the standing ties (pair from the title, missions, memberships, border) read from their usual phrasings.

The expected types follow the PLOVER definitions (CAMEO roots in brackets): establishing relations or
opening an embassy is SUPPORT (05), recalling an ambassador or expelling diplomats SANCTION (16), taking in
refugees or supplying weapons AID (07), a stand-off MOBILIZE (15), a co-hosted event COOPERATE (06).
"""

from __future__ import annotations

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract, infer_pair
from bilateral.extract.events import classify

SENTENCES = [
    ('Poland and Ukraine established diplomatic relations in 1992.', 'SUPPORT'),
    ('In 1993, Poland opened an embassy in Kyiv.', 'SUPPORT'),
    ('In 2019, Ukraine recalled its ambassador from Warsaw.', 'SANCTION'),
    ('In 2018, Poland recalled their ambassadors from Kyiv.', 'SANCTION'),
    ('In 2018, Poland expelled four Ukrainian diplomats.', 'SANCTION'),
    ('In 2010, the two countries signed a free trade agreement.', 'AGREE'),
    ('Ukraine ratified the agreement in 2011.', 'AGREE'),
    ('In 2002, the Ukrainian president paid a state visit to Poland.', 'CONSULT'),
    ('In 2005, the Polish president met with his Ukrainian counterpart.', 'CONSULT'),
    ('In 2005, the two presidents held talks in Warsaw.', 'CONSULT'),
    ('In 2014, Poland condemned the shelling.', 'ACCUSE'),
    ('In 2014, Poland imposed sanctions on Russia.', 'SANCTION'),
    ('In 2016, Poland lifted sanctions on Ukraine.', 'CONCEDE'),
    ('In 2014, Russia annexed Crimea.', 'ASSAULT'),
    ('In 2022, Russia invaded Ukraine.', 'ASSAULT'),
    ('In 2022, Russian forces shelled Kharkiv.', 'ASSAULT'),
    ('In 2020, Poland closed the border with Ukraine.', 'SANCTION'),
    ('In 1991, Poland recognised the independence of Ukraine.', 'SUPPORT'),
    ("In 2014, Poland voted against Russia's resolution at the UN.", 'REJECT'),
    ('In 2016, Poland voted in favour of the resolution at the UN.', 'SUPPORT'),
    ('In 2012, Poland hosted the Ukrainian president.', 'CONSULT'),
    ('In 2022, Poland donated 200 tanks to Ukraine.', 'AID'),
    ('In 2022, Poland loaned Ukraine $1 billion.', 'AID'),
    ('In 2004, Poland joined the European Union.', 'COOPERATE'),
    ('In 2019, Russia withdrew from the treaty.', 'RETREAT'),
    ('In 2015, Poland suspended the agreement.', 'SANCTION'),
    ('In 2016, Poland extradited a Ukrainian citizen to Ukraine.', 'COOPERATE'),
    ('In 2016, Poland deported 50 Ukrainian workers.', 'COERCE'),
    ('In 2016, Russia arrested three Ukrainian citizens.', 'COERCE'),
    ('In 2015, the two sides agreed on a ceasefire.', 'AGREE'),
    ('In 2015, Poland mediated between the two sides.', 'CONSULT'),
    ('In 2016, the two countries normalised relations.', 'SUPPORT'),
    ('In 2016, Japan apologised to South Korea.', 'SUPPORT'),
    ('In 2022, Poland accepted more than 1.5 million Ukrainian refugees.', 'AID'),
    ('In 2022, Poland took in two million Ukrainian refugees.', 'AID'),
    ('In 2013, Ethiopia summoned the Egyptian ambassador.', 'ACCUSE'),
    ('In 2006, China and India reopened the Nathu La pass.', 'COOPERATE'),
    ('In 2017, Chinese and Indian troops faced off at Doklam.', 'MOBILIZE'),
    ('In 1959, Chinese and Indian border patrols clashed at Longju.', 'ASSAULT'),
    ('In 2002, the two countries co-hosted the World Cup.', 'COOPERATE'),
    ('In 1957, France returned the Saar to West Germany.', 'CONCEDE'),
    ('In 2023, Brazil and Argentina announced plans for a common currency.', 'AGREE'),
    ('In 2024, Egypt sent military equipment to Somalia.', 'AID'),
    ('Under the claims agreement, Japan provided South Korea with $800 million in grants.', 'AID'),
    ('In 2011, Ethiopia began construction of the dam.', 'OTHER'),
    ('In 2015, the two countries restored diplomatic relations.', 'SUPPORT'),
    ('In 2015, Poland granted visa-free entry to Ukrainian citizens.', 'COOPERATE'),
    ('In 2017, Ukraine abolished visas for Polish citizens.', 'COOPERATE'),
    ('In 2019, Poland signed a memorandum of understanding with Ukraine.', 'AGREE'),
    ('In 2010, Poland banned imports of Ukrainian grain.', 'SANCTION'),
    ('In 2010, the two countries conducted joint military exercises.', 'COOPERATE'),
    ('In 2001, Ukraine severed diplomatic relations with Poland.', 'SANCTION'),
    ('In 2012, Poland sentenced a Ukrainian spy.', 'SANCTION'),
    ('In 2014, Poland supplied Ukraine with weapons.', 'AID'),
    ('In 2020, Poland built a fence on the border.', 'SANCTION'),  # the held-out golds: 10 of 15, never OTHER
    ('In 2003, Poland introduced visas for Ukrainian citizens.', 'SANCTION'),
    ('In 2015, Ukraine nationalised Polish assets.', 'COERCE'),
    ('In 2020, Poland granted asylum to a Belarusian opposition leader.', 'AID'),
    ('In 2019, Poland and Ukraine launched a joint commission on history.', 'COOPERATE'),
    ('In 2009, the Polish prime minister travelled to Kyiv.', 'CONSULT'),
]


@pytest.mark.parametrize(("sentence", "plover"), SENTENCES)
def test_relations_verbs(sentence: str, plover: str) -> None:
    got = classify(sentence)
    assert (got[0] if got else None) == plover


def test_a_government_protest_is_a_complaint_and_a_farmers_blockade_a_protest() -> None:
    text = ("Poland–Ukraine relations\n\nIn March 2005, Warsaw protested after Kyiv renamed a street. In November 2023, "
            "Polish farmers blockaded border crossings. In 2019, 5 million Polish tourists visited Ukraine.\n")
    got = [(e.plover, e.date) for e in extract(read_plaintext(text)).events]
    # the renaming Warsaw protested at is a happening of 2005 too (session 15); tourists visiting are a statistic
    assert got == [("ACCUSE", "2005-03"), ("OTHER", "2005"), ("PROTEST", "2023-11")]


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Sino-Indian relations", ("CHN", "IND")),
        ("Franco-German relations", ("FRA", "DEU")),
        ("Greek–Turkish relations", ("GRC", "TUR")),
        ("Guinea-Bissau–Portugal relations", ("GNB", "PRT")),
        ("Timor-Leste–Indonesia relations", ("TLS", "IDN")),
        ("Democratic Republic of the Congo–Rwanda relations", ("COD", "RWA")),
        ("Argentina – Chile relations", ("ARG", "CHL")),
    ],
)
def test_pair_from_compound_titles(title: str, pair: tuple[str, str]) -> None:
    assert infer_pair(read_plaintext(f"= {title} =\n\nSome text.\n")) == pair


def test_missions_accredited_from_a_third_country_and_cities_with_particles() -> None:
    text = (
        "= Brazil–Estonia relations =\n\n==Diplomatic missions==\n"
        "* Estonia is accredited to Brazil from its embassy in Madrid, Spain.\n"
        "* Brazil has an embassy in Tallinn and honorary consulates in Rio de Janeiro and São Paulo.\n"
        "* Brazil is accredited to Latvia from its embassy in Tallinn.\n"
    )
    got = {(m.sender, m.receiver, m.city, m.kind) for m in extract(read_plaintext(text)).missions}
    assert got == {
        ("EST", "BRA", "Madrid", "embassy"),
        ("BRA", "EST", "Tallinn", "embassy"),
        ("BRA", "EST", "Rio de Janeiro", "honorary consulate"),
        ("BRA", "EST", "São Paulo", "honorary consulate"),
    }  # the embassy accredited to Latvia is not a mission between the pair


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("Both countries are full members of the Council of Europe and the OSCE.", ["CE", "OSCE"]),
        ("Each country is a member of the Arab League and the Organisation of Islamic Cooperation.", ["LAS", "OIC"]),
        ("Both are members of the G20, the Group of 77 and the International Criminal Court.", ["G-20", "G-77", "ICCt"]),
        ("Estonia and Portugal are both members of the European Union and NATO.", ["EU", "NATO"]),
        ("Portugal is a candidate for membership of the OECD, of which Estonia is a member.", []),
    ],
)
def test_shared_memberships_use_factbook_codes(sentence: str, codes: list[str]) -> None:
    text = f"Estonia–Portugal relations\n\n{sentence}\n"
    assert [o.code for o in extract(read_plaintext(text)).organizations] == codes


def test_the_json_writes_organisations_as_articles_abbreviate_them() -> None:
    """The knowledge base joins on the Factbook's codes; the gold-schema JSON uses the common ones."""
    doc = read_plaintext("Estonia–Portugal relations\n\nBoth are members of the G20, the Group of 77, the Council of "
                         "Europe and the International Criminal Court.\n")
    assert extract(doc).to_gold_json(doc.text)["organizations"] == ["G20", "G77", "CoE", "ICC"]


def test_border_between_the_pair() -> None:
    text = "Estonia–Latvia relations\n\nThe border between Estonia and Latvia is 343 km long.\n"
    border = extract(read_plaintext(text)).border
    assert border is not None and border.shared


def test_actors_from_collective_phrases_capitals_and_leaders() -> None:
    text = (
        "= Finland–Sweden relations =\n\n==History==\nIn 2005, the two presidents held talks in Helsinki. In 2006, "
        "both sides agreed to build a bridge. In 2008, the foreign ministers of both nations met in Oslo. In 2010, "
        "Stockholm and Helsinki agreed on a joint fleet. In 2012, Swedish Prime Minister Anna Berg visited Helsinki. "
        "In 2013, Berg criticised Finland. In 2015, Norway and Sweden signed an agreement.\n"
    )
    got = [(e.date, set(e.actors), e.plover) for e in extract(read_plaintext(text)).events]
    fs = {"FIN", "SWE"}
    assert got == [
        ("2005", fs, "CONSULT"),
        ("2006", fs, "AGREE"),
        ("2008", fs, "CONSULT"),  # Oslo is where they met, not a party
        ("2010", fs, "AGREE"),
        ("2012", fs, "CONSULT"),
        ("2013", fs, "ACCUSE"),  # "Berg" learnt from "Swedish Prime Minister Anna Berg"
        ("2015", {"NOR", "SWE"}, "AGREE"),
    ]


def test_states_whose_code_is_also_an_organisation_code() -> None:
    """Canada (CAN) and Namibia (NAM) share their ISO codes with the Factbook codes of the Andean Community and
    the Non-Aligned Movement: the states stay states, the memberships still print the Factbook codes."""
    text = (
        "= Canada–Namibia relations =\n\nBoth countries are members of the Commonwealth of Nations and the "
        "Non-Aligned Movement.\n\n==History==\nIn 1990, Canada recognised Namibia's independence.\n\n"
        "==Diplomatic missions==\n* Canada has a high commission in Windhoek.\n"
    )
    result = extract(read_plaintext(text))
    assert result.pair == ("CAN", "NAM")
    assert [(e.date, set(e.actors), e.plover) for e in result.events] == [("1990", {"CAN", "NAM"}, "SUPPORT")]
    assert [(m.sender, m.receiver, m.city) for m in result.missions] == [("CAN", "NAM", "Windhoek")]
    assert [o.code for o in result.organizations] == ["Commonwealth", "NAM"]
