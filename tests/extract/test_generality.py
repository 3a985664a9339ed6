# ruff: noqa: E501  (the test article keeps its paragraphs on one line each, as the corpus does)
"""A relations text of our own, about a different pair, to check the rules are not tied to the corpus.

The expected records below were written from reading the text, before running the extractor.
"""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract

TEXT = """= Argentina–Chile relations =

Infobox
- Mission1: Embassy of Argentina, Santiago
- Mission2: Embassy of Chile, Buenos Aires

Argentina and Chile share a long land border. Both are members of the United Nations and the Organization of American States.

==History==

===1970s===
On 8 January 1979 Argentina and Chile signed the Act of Montevideo, accepting papal mediation.

===1990s===
In March 1990, Argentine president Carlos Menem visited Santiago and held talks with Chilean president Patricio Aylwin. A year later, Menem and Aylwin signed an agreement settling 22 disputed border points.

===2000s===
Relations improved and the two governments agreed to build a railway tunnel under the Andes.

In 2004, Argentina cut gas supplies to Chile during an energy shortage. Chile accused Argentina of breaching the supply contract, while Argentina denied that the cuts were political. Chile received about 20% of its natural gas from Argentina in 2004.

Buenos Aires rejected a Chilean proposal for a joint energy market in 2005. In 2009, some 600,000 Chilean citizens lived in Argentina.

==Resident diplomatic missions==
Argentina has an embassy in Santiago and consulates-general in Valparaíso and Punta Arenas.

Chile has an embassy in Buenos Aires and a consulate in Mendoza.
"""

EXPECTED_EVENTS = [  # (phrase inside the evidence, date, PLOVER, actor set)
    ("signed the Act of Montevideo", "1979-01-08", "AGREE", {"ARG", "CHL"}),
    ("held talks with Chilean president", "1990-03", "CONSULT", {"ARG", "CHL"}),
    ("Menem and Aylwin signed an agreement", "1991-03", "AGREE", {"ARG", "CHL"}),
    ("agreed to build a railway tunnel", "2000/2009", "AGREE", {"ARG", "CHL"}),
    ("Argentina cut gas supplies to Chile", "2004", "SANCTION", {"ARG", "CHL"}),
    ("Chile accused Argentina", "2004", "ACCUSE", {"ARG", "CHL"}),
    ("Argentina denied that the cuts", "2004", "REJECT", {"ARG", "CHL"}),
    ("Buenos Aires rejected a Chilean proposal", "2005", "REJECT", {"ARG", "CHL"}),
]


def _result():
    doc = read_plaintext(TEXT, source="own-test")
    return extract(doc)


def test_pair_from_the_title() -> None:
    assert _result().pair == ("ARG", "CHL")


def test_events_of_another_pair() -> None:
    result = _result()
    found = [(TEXT[e.start : e.end], e) for e in result.events]
    for phrase, date, plover, actors in EXPECTED_EVENTS:
        hits = [e for ev_text, e in found if phrase in ev_text]
        assert hits, f"no event for {phrase!r}"
        e = hits[0]
        assert (e.date, e.plover, set(e.actors)) == (date, plover, actors), phrase
    assert len(result.events) == len(EXPECTED_EVENTS)  # nothing from the lead, the figures or the missions


def test_missions_ties_and_figures_of_another_pair() -> None:
    result = _result()
    missions = {(m.sender, m.receiver, m.city, m.kind) for m in result.missions}
    assert missions == {
        ("ARG", "CHL", "Santiago", "embassy"),
        ("ARG", "CHL", "Valparaíso", "consulate-general"),
        ("ARG", "CHL", "Punta Arenas", "consulate-general"),
        ("CHL", "ARG", "Buenos Aires", "embassy"),
        ("CHL", "ARG", "Mendoza", "consulate"),
    }
    assert [o.code for o in result.organizations] == ["UN", "OAS"]
    assert result.border is not None and result.border.shared
    figures = {(f.value, f.unit, f.year) for f in result.figures}
    assert figures == {(20.0, "%", 2004), (600000.0, "people", 2009)}


PLAIN = """India–Japan relations

Diplomatic relations between India and Japan were established on 28 April 1952. In 1998 Japan suspended its aid to India after the nuclear tests.

Japanese prime minister Shinzo Abe visited New Delhi in December 2015, and signed an agreement on civil nuclear cooperation. In 2017, Japan opened a consulate-general in Bengaluru. It is possible that Abe could visit Chennai later.

Some 40,000 Japanese live in India.
"""


def test_a_plain_text_article() -> None:
    doc = read_plaintext(PLAIN)
    result = extract(doc)
    assert doc.kind == "text" and result.pair == ("IND", "JPN")
    got = {(PLAIN[e.start : e.end], e.date, e.plover, frozenset(e.actors)) for e in result.events}
    ij = frozenset({"IND", "JPN"})
    expected = [
        ("Diplomatic relations between India and Japan", "1952-04-28", "SUPPORT"),
        ("In 1998 Japan suspended its aid to India", "1998", "SANCTION"),
        ("Japanese prime minister Shinzo Abe visited New Delhi", "2015-12", "CONSULT"),
        ("and signed an agreement on civil nuclear cooperation", "2015-12", "AGREE"),
        ("In 2017, Japan opened a consulate-general", "2017", "SUPPORT"),
    ]
    assert len(got) == len(expected)  # nothing for "Abe could visit Chennai later": a possibility
    for prefix, date, plover in expected:
        assert any(t.startswith(prefix) and (d, p, a) == (date, plover, ij) for t, d, p, a in got), prefix
    assert {(m.sender, m.receiver, m.city, m.kind) for m in result.missions} == {
        ("JPN", "IND", "Bengaluru", "consulate-general")
    }
    assert [(f.value, f.unit) for f in result.figures] == [(40000.0, "people")]


BULLETS = """= Chile–Peru relations =

==History==
- 1992: Chile and Peru signed a trade agreement.
- In 2014, Peru accused Chile of espionage.

==Resident diplomatic missions==
- Embassy of Chile in Lima
- Consulate-General of Peru in Santiago
- Peru has an embassy in Santiago and a consulate in Arica.

==See also==
- 2008 Chile–Peru border talks
"""


def test_bullet_lists() -> None:
    result = extract(read_plaintext(BULLETS))
    assert result.pair == ("CHL", "PER")
    assert [(e.date, e.plover, set(e.actors)) for e in result.events] == [
        ("1992", "AGREE", {"CHL", "PER"}),
        ("2014", "ACCUSE", {"CHL", "PER"}),
    ]  # the "See also" link list narrates nothing
    assert {(m.sender, m.receiver, m.city, m.kind) for m in result.missions} == {
        ("CHL", "PER", "Lima", "embassy"),
        ("PER", "CHL", "Santiago", "consulate-general"),
        ("PER", "CHL", "Santiago", "embassy"),
        ("PER", "CHL", "Arica", "consulate"),
    }


WARS = """= India–Pakistan relations =

Infobox
- Mission1: High Commission of India, Islamabad
- Mission2: High Commission of Pakistan, New Delhi

India and Pakistan share a 3,323-kilometre border. Since the partition of British India in 1947, the two countries have fought four wars.

==History==
In September 1965, Pakistani forces crossed the ceasefire line and India retaliated with an attack on Lahore. On 10 January 1966, Indian prime minister Lal Bahadur Shastri and Pakistani president Ayub Khan signed the Tashkent Declaration.

In 2001, India blamed Pakistan-based groups and mobilised troops along the border. After the 2008 Mumbai attacks, India suspended the peace process.

==Trade==
Bilateral trade was worth about $2.6 billion in 2018.
"""


def test_wars_high_commissions_and_coordinated_verbs() -> None:
    result = extract(read_plaintext(WARS))
    assert result.border is not None and result.border.shared  # "a 3,323-kilometre border"
    events = [(WARS[e.start : e.end], e.date, e.plover, set(e.actors)) for e in result.events]
    ip = {"IND", "PAK"}
    expected = [
        ("the partition of British India in 1947", "1947", "ASSAULT", None),  # a noun dated by what follows it
        ("In September 1965", "1965-09", "ASSAULT", ip),  # "ceasefire line" is no ceasefire
        ("On 10 January 1966", "1966-01-10", "AGREE", ip),  # Tashkent names the declaration, not a party
        ("In 2001, India blamed", "2001", "ACCUSE", ip),
        ("and mobilised troops", "2001", "MOBILIZE", ip),
        ("After the 2008 Mumbai attacks", "2008", "ASSAULT", ip),
        ("India suspended the peace process", "2008", "SANCTION", ip),
    ]
    assert len(events) == len(expected)  # "have fought four wars" sums up; it is not one happening
    for prefix, date, plover, actors in expected:
        assert any(t.startswith(prefix) and (d, p) == (date, plover) and actors in (None, a) for t, d, p, a in events), prefix
    assert {(m.sender, m.receiver, m.city, m.kind) for m in result.missions} == {
        ("IND", "PAK", "Islamabad", "embassy"),
        ("PAK", "IND", "New Delhi", "embassy"),
    }
    assert [(f.value, f.unit, f.year) for f in result.figures] == [(3323.0, "km", None), (2.6e9, "USD", 2018)]  # the border length is a dyadic figure too


CONFLICT = """= Armenia–Azerbaijan relations =

==2000s==
Armenian president Robert Kocharyan and Azerbaijani president Heydar Aliyev met in Key West in April 2001. The talks failed to produce an agreement. Armenia insisted that the region had voted for independence.

==2020s==
A ceasefire brokered by Russia was signed on 9 November 2020. In September 2023, Azerbaijan captured the rest of the region. On 8 August 2025, Aliyev and Armenian prime minister Nikol Pashinyan initialled a peace agreement.
"""


def test_third_parties_failures_and_claims() -> None:
    result = extract(read_plaintext(CONFLICT))
    got = [(CONFLICT[e.start : e.end][:18], e.date, e.plover, set(e.actors)) for e in result.events]
    aa = {"ARM", "AZE"}
    assert got == [
        ("Armenian president", "2001-04", "CONSULT", aa),
        ("The talks failed t", "2001", "REJECT", aa),
        ("A ceasefire broker", "2020-11-09", "RETREAT", aa | {"RUS"}),
        ("In September 2023,", "2023-09", "ASSAULT", aa),  # a region captured (the golds: ASSAULT 82 of 101)
        ("On 8 August 2025, ", "2025-08-08", "AGREE", aa),
    ]  # "insisted that ..." is a claim, not a demand


def test_memberships_carried_to_the_next_sentence_but_not_to_one_side() -> None:
    text = (
        "Chile–Peru relations\n\nBoth are members of the United Nations. They are also members of the "
        "Organization of American States and APEC. Peru is a member of the Andean Community.\n"
    )
    assert [o.code for o in extract(read_plaintext(text)).organizations] == ["UN", "OAS", "APEC"]


def test_border_verbs_and_missions_accredited_from_a_third_country() -> None:
    t = "Spain–Portugal relations\n\nSpain borders Portugal to the west.\n"
    border = extract(read_plaintext(t)).border
    assert border is not None and border.shared
    t = (
        "Belarus–Chile relations\n\nBelarus borders neither the sea nor Chile. Belarus is represented in Chile "
        "through its embassy in Buenos Aires.\n"
    )
    result = extract(read_plaintext(t))
    assert result.border is None
    assert [(m.sender, m.receiver, m.city, m.kind) for m in result.missions] == [("BLR", "CHL", "Buenos Aires", "embassy")]
