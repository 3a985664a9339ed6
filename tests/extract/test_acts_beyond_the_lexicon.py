# ruff: noqa: E501  (one example sentence per line)
"""Acts the lexicon cannot read (session 14): dated acts told in words no lexicon entry knows (`extract.untyped`),
kept as OTHER facts of the timeline when the clause has its own date and an agent (statistics, descriptions and
agentless happenings are not); dated asides; reciprocal acts (`extract.reciprocal`); and undated clauses in the
present, which are no acts at all."""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str = "Norway–Sweden relations") -> list[tuple[str, str, list[str], str]]:
    text = f"= {title} =\n\n==History==\n{body}\n"
    return [(e.plover, e.date, e.actors, text[e.start : e.end]) for e in extract(read_plaintext(text)).events]


def _told(body: str) -> list[tuple[str, str]]:
    return [(p, d) for p, d, _, _ in _events(body)]


def test_a_state_or_a_named_body_acting_in_unknown_words() -> None:
    assert _told("On 3 March 1905 Swedish warships shadowed a Norwegian steamer along the coast.") == [("OTHER", "1905-03-03")]
    assert _told("In June 1905 the Storting dissolved the union with Sweden.") == [("OTHER", "1905-06")]
    plover, date, actors, span = _events("In 1716 Swedish envoys courted the Norwegian merchants of Bergen.")[0]
    assert (plover, date, actors) == ("OTHER", "1716", ["SWE", "NOR"])  # its actors read as for a typed act
    assert span.startswith("In 1716 Swedish envoys courted")


def test_an_agent_noun_or_a_passive_naming_a_state_is_enough() -> None:
    assert _told("In October 1905 both parliaments approved the Karlstad Conventions.") == [("OTHER", "1905-10")]
    assert _told("In 1658 the province of Bohuslän was transferred from Norway to Sweden.") == [("OTHER", "1658")]


def test_an_undated_clause_is_not_a_fact_of_the_timeline() -> None:
    assert _told("Norwegian warships shadowed a Swedish steamer along the coast.") == []


def test_figures_and_stative_verbs_are_not_acts() -> None:
    assert _told("Sweden accounted for 11% of Norwegian exports in 2022.") == []
    assert _told("Norway's 2019 census counted about 40,000 Swedish-born residents of Oslo.") == []  # session 15
    assert _told("About 90,000 Swedish citizens lived in Norway in 2023.") == []
    assert _told("Trade between the two countries reached $20 billion in 2022.") == []


def test_no_agent_no_act() -> None:
    """'A serious row erupted', 'the border of X with Y was destroyed': something happened, nobody acted."""
    assert _told("In 2009 a serious diplomatic row erupted between the two countries.") == []
    assert _told("In 1995 the border of Norway with Sweden was destroyed.") == []
    assert _told("In 1905 the so-called union crisis unfolded.") == []


def test_a_date_that_names_a_treaty_does_not_date_the_clause() -> None:
    assert _told("Norway's prime minister fled Sweden soon after the Agreement of 21 February 2014.") == [("AGREE", "2014-02-21")]


def test_a_typed_act_keeps_its_type() -> None:
    assert _told("On 7 June 1905 Norway expelled the Swedish consul.") == [("SANCTION", "1905-06-07")]


def test_a_dated_aside_tells_an_act_of_its_own() -> None:
    """'Sweden, which applied for NATO membership in May 2022, ...': the aside's act, dated by the aside."""
    events = _events("Sweden, which applied for NATO membership in May 2022, was admitted to the alliance in March 2024.")
    assert ("REQUEST", "2022-05") in [(p, d) for p, d, _, _ in events]
    assert ("OTHER", "1905") in _told("Haakon VII, who arrived in Kristiania in 1905 as the first king of independent Norway, visited Stockholm in May 1908.")
    # an aside without a date of its own describes its noun: no act
    assert [p for p, _ in _told("Norway, which had supported Sweden, protested in June 2020.")] == ["PROTEST"]


def test_a_person_or_a_pronoun_as_the_agent() -> None:
    """A proper name the document's people list does not know, or a pronoun, before the verb; a treaty's name is no agent."""
    assert _told("King Oscar II abdicated the Norwegian throne on 26 October 1905.") == [("OTHER", "1905-10-26")]
    assert _told("In 1818 it became a union of two kingdoms under one king.") == [("OTHER", "1818")]
    assert _told("The Union Crisis deepened in 1905.") == []


def test_an_undated_clause_in_the_present_states_how_things_stand() -> None:
    body = "==2010s==\nNorway has repeatedly accused Sweden of dumping steel. Sweden hosts more than 9,000 Norwegian students."
    assert _told(body) == []
    assert _told("Norway accused Sweden of dumping steel in 2012.") == [("ACCUSE", "2012")]


def test_a_reciprocal_act_is_the_same_act_by_the_other_state() -> None:
    """'Sweden reciprocated', 'as did Denmark', 'to which Sweden responded in kind': a second happening told in no
    word of its own (`extract.reciprocal`); 'to which Sweden objected' is none."""
    events = _events("In March 2022 Norway expelled three Swedish diplomats, and Sweden reciprocated in April 2022.")
    assert [(p, d, a) for p, d, a, _ in events][-1] == ("SANCTION", "2022-04", ["SWE", "NOR"])
    events = _events("On 6 March 1976 Norway broke off diplomatic relations with Sweden, as did Denmark.")
    assert ("SANCTION", "1976-03-06", ["DNK", "SWE"]) in [(p, d, a) for p, d, a, _ in events]
    assert len(_events("In 2022 Norway expelled three Swedish diplomats, to which Sweden objected.")) == 1


def test_a_state_that_followed_does_the_same_act_on_its_own_date() -> None:
    """'Romania followed three days later', 'Denmark did so a week later': the act before, by the state named,
    on the phrase's date; 'a second memorandum followed on 18 June 2001' is the same act between the same states
    again. 'In the years that followed' and 'followed by' tell no act."""
    events = _events("Norway joined the pact on 20 November 1940 and Sweden followed three days later.")
    assert [(p, d, a) for p, d, a, _ in events] == [("COOPERATE", "1940-11-20", ["NOR", "SWE"]),
                                                     ("COOPERATE", "1940-11-23", ["SWE", "NOR"])]
    assert events[1][3] == "Sweden followed three days later"
    events = _events("A border treaty was signed in 1995 and a supplementary boundary agreement followed in 1998.")
    assert [(p, d) for p, d, _, _ in events] == [("AGREE", "1995"), ("AGREE", "1998")]
    assert events[1][3] == "a supplementary boundary agreement followed in 1998"
    assert len(_events("On 3 May 1992 Norway recognised Croatia, followed by Sweden.")) == 1
    assert len(_events("Norway invested heavily in Sweden in 1995 and in the years that followed.")) == 1


def test_a_claim_in_apposition_that_a_state_answers_is_an_act_of_its_own() -> None:
    """', a claim Stockholm rejected.': the answer is a second happening; ', a step Stockholm had long requested' is
    background and ', a Norwegian diplomat, was expelled' describes a person."""
    events = _events("In May 2021 Norway accused Sweden of hacking its parliament, a claim Stockholm rejected.")
    assert [p for p, _, _, _ in events] == ["ACCUSE", "REJECT"]
    assert events[1][3] == "a claim Stockholm rejected."
    assert len(_events("In 2020 Sweden returned the archives to Norway, a step Oslo had long requested.")) == 1



def test_a_month_of_the_running_year_dates_the_clause_and_an_aside_keeps_its_own_act() -> None:
    """'that June' dates an untyped act as a full date would; an aside's act of the same type as the clause's
    is still its own ('Norway, which closed ... in May 1905, closed ... in 1906')."""
    told = _told("In 1905 the union was dissolved. Swedish troops shadowed the Norwegian border that June.")
    assert told[-1] == ("OTHER", "1905-06")
    told = _told("Norway, which expelled a Swedish consul in May 1905, expelled the Swedish envoy in 1906.")
    assert sorted(told) == [("SANCTION", "1905-05"), ("SANCTION", "1906")]


def test_an_untyped_act_after_and_has_its_own_subject() -> None:
    told = _told("On 15 December 2021 Norway named a special envoy, and Stockholm appointed a diplomat three days later.")
    assert told[-1] == ("OTHER", "2021-12-18")


def test_a_background_clause_with_a_date_of_its_own_is_a_fact_of_its_own() -> None:
    told = _told("Relations revived soon after Norway gained independence from Sweden in 1905.")
    assert ("OTHER", "1905") in told
    assert _told("Relations revived soon after Norway began building a road.") == []


def test_a_participle_of_another_type_is_a_second_act_but_a_toll_is_not() -> None:
    told = _told("On 24 August 2021 Norway severed diplomatic relations with Sweden, accusing it of hostile acts.")
    assert [p for p, _ in told] == ["SANCTION", "ACCUSE"]
    told = _told("On 9 April 1989 Swedish troops attacked a rally in Oslo, killing 21 people.")
    assert len(told) == 1



def test_a_clause_n_days_after_another_is_dated_back_from_it() -> None:
    """'..., three days after the Security Council had demanded one': the demand came three days before the date
    the clause borrows."""
    told = _told("Sweden accepted a ceasefire on 23 September 1965, three days after the Security Council had demanded one.")
    assert ("REQUEST", "1965-09-20") in told
