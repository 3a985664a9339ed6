# ruff: noqa: E501  (one example sentence per line)
"""Session 15: the same act again, told without its verb: "defeated the army at Chorrillos on 13 January 1881
and at Miraflores two days later", "joined for air travel on 31 March 2024 and fully on 1 January 2025", "shot
down a Turkish jet in June 2012 and a Turkish helicopter in September 2013". Each listed date is a happening of
its own (`extract.compound.listed_dates`); a second verb is not a listed date. And a date told in passing
("in office since 2015") does not move the time the text has reached."""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _told(body: str, title: str = "Chile–Peru relations") -> list[tuple[str, str]]:
    text = f"= {title} =\n\n==History==\n{body}\n"
    return [(e.plover, e.date) for e in extract(read_plaintext(text)).events]


def test_a_place_and_a_relative_date_repeat_the_act() -> None:
    assert _told("The Chilean army defeated the Peruvian army at Chorrillos on 13 January 1881 and at Miraflores two days later.") == [
        ("ASSAULT", "1881-01-13"), ("ASSAULT", "1881-01-15")]


def test_an_adverb_before_the_second_date() -> None:
    assert _told("Chile joined the agreement for air travel on 31 March 2024 and fully on 1 January 2025.") == [
        ("COOPERATE", "2024-03-31"), ("COOPERATE", "2025-01-01")]


def test_a_second_object_with_its_own_date() -> None:
    assert _told("Peru shot down a Chilean jet in June 2012 and a Chilean helicopter in September 2013.") == [
        ("ASSAULT", "2012-06"), ("ASSAULT", "2013-09")]


def test_a_second_verb_is_its_own_act_not_a_listed_date() -> None:
    told = _told("Chile signed the treaty with Peru on 3 May 1990 and ratified it two days later.")
    assert told == [("AGREE", "1990-05-03"), ("AGREE", "1990-05-05")]
    # a clause with a verb of its own is not read as a copy of the first act on a listed date
    assert _told("Chile recalled its ambassador from Peru on 3 May 1990 and Peru expelled the Chilean consul two days later.") == [
        ("SANCTION", "1990-05-03"), ("SANCTION", "1990-05-05")]


def test_a_state_that_began_in_passing_does_not_move_the_time_the_text_has_reached() -> None:
    """'on 2 September President Duda, in office since 2015, declared ...': the next sentence's 'On 8 November'
    is in 2021, not 2015."""
    told = _told("In August 2021 Chile closed its border with Peru, and on 2 September President Boric, in office "
                 "since 2015, declared a state of emergency there. On 8 November Peru protested to Chile.")
    assert told[-1] == ("ACCUSE", "2021-11-08")


def test_a_relative_date_right_after_the_act_counts_from_the_day_before_it() -> None:
    """'lost the election of 1 December 2016 and conceded the following day': 2 December (the lost election is a
    happening of its own, as the held-out gold counts it); 'Two years later the fleet sailed on 20 August 1820': the
    day told."""
    assert _told("Peru's president lost the election of 1 December 2016 and conceded the following day.") == [
        ("OTHER", "2016-12-01"), ("CONCEDE", "2016-12-02")]
    assert _told("Two years later Chilean ships attacked Callao on 20 August 1820.") == [("ASSAULT", "1820-08-20")]


def test_a_second_verb_with_a_date_of_its_own_is_a_second_happening() -> None:
    """'re-entered Somalia in November 2011 and captured Beledweyne on 31 December 2011': two dated verbs, two
    happenings, whether the lexicon knows the verbs or not ('resigned on 4 November and was succeeded two days
    later')."""
    told = _told("Chilean forces re-entered Peru in November 1880 and captured Lima on 17 January 1881.")
    assert told == [("OTHER", "1880-11"), ("ASSAULT", "1881-01-17")]  # a named place captured (session 19)
    told = _told("Peru's president resigned on 4 November 1982 and was succeeded two days later by his deputy.")
    assert told[-1] == ("OTHER", "1982-11-06") and len(told) == 2
    assert len(_told("Chile invaded Peru in 1880 and took Lima, its capital.")) == 1  # one date: one happening


def test_an_answer_in_a_relative_clause_is_an_act_dated_by_what_it_answers() -> None:
    """'Lima blamed Chilean groups, which Santiago denied, and in May ...': Chile's denial is an act of its own,
    dated by the accusation before it (April), not by the clause after it (May); 'which Chile has not joined'
    is no act."""
    told = _told("On 10 April 1994 gunmen attacked a Peruvian army camp; Lima blamed Chilean nationalist groups, "
                 "which Santiago denied, and in May the Peruvian police arrested five Chilean citizens.")
    assert ("ACCUSE", "1994-04-10") in told and ("REJECT", "1994-04-10") in told
    assert ("COERCE", "1994-05") in told
    told = _told("In 2016 Peru ratified the treaty, which Chile has not joined, and in May it closed the border.")
    assert not any(p == "REJECT" for p, _ in told)


def test_what_a_named_party_did_before_the_act_is_a_happening_of_that_year() -> None:
    """'withdrew its ambassador on 2 June 2016 after the Congress adopted a similar resolution': the Congress's
    act, in words no lexicon entry knows, dated by the sentence at year precision; in an undated sentence it is
    no fact of the timeline."""
    told = _told("On 2 June 2016 Peru withdrew its ambassador from Santiago after the Chilean Congress adopted a "
                 "similar resolution.")
    assert told == [("SANCTION", "2016-06-02"), ("OTHER", "2016")]
    told = _told("In 2016 Peru withdrew its ambassador. Relations cooled after the Chilean Congress adopted a resolution.")
    assert told == [("SANCTION", "2016")]


def test_a_dated_aside_of_a_person_of_no_named_state_is_the_unnamed_side_of_the_pair() -> None:
    """'President Boric, who had been elected in 2021, met Peru's president in Lima': the aside is an act of its
    own; its actor is the side of the pair the sentence does not name (Chile)."""
    text = "= Chile–Peru relations =\n\n==History==\nIn April 2023 President Boric, who had been elected in 2021, met Boluarte in Lima.\n"
    events = [(e.plover, e.date, e.actors) for e in extract(read_plaintext(text)).events]
    assert ("OTHER", "2021", ["CHL"]) in events


def test_what_an_act_prompted_is_an_act_of_its_own() -> None:
    """', prompting Peru to summon the Chilean ambassador': the answer is a second happening, of the sentence's date."""
    told = _told("In November 2020 Chilean police searched the offices of Peruvian associations in Arica, prompting "
                 "Peru to summon the Chilean ambassador.")
    assert told == [("OTHER", "2020-11"), ("ACCUSE", "2020-11")]


def test_a_comma_before_a_new_subject_and_its_own_date_starts_a_second_happening() -> None:
    """'Chile withdrew its troops on 4 May 1995, the Peruvian army crossed the line on 31 August 1998': two
    dated clauses joined by a comma; 'met in Lima on 16 September and in Santiago on 13 December' is the act
    twice."""
    told = _told("Chile withdrew its troops on 4 May 1995, the Peruvian army crossed the line on 31 August 1998.")
    assert told == [("RETREAT", "1995-05-04"), ("OTHER", "1998-08-31")]
    told = _told("A joint commission of Chile and Peru met in Lima on 16 September 2019 and in Santiago on 13 December 2019.")
    assert told == [("CONSULT", "2019-09-16"), ("CONSULT", "2019-12-13")]


def test_what_was_done_during_a_visit_is_an_act_of_its_own() -> None:
    """'made a state visit to Lima on 13 March 2025, during which he and Boluarte signed the treaty': the visit and
    the signing."""
    told = _told("Boric made a state visit to Lima on 13 March 2025, during which he and Boluarte signed the treaty.")
    assert told == [("CONSULT", "2025-03-13"), ("AGREE", "2025-03-13")]


def test_an_aside_dated_relative_to_the_sentence_is_an_act_of_its_own() -> None:
    """'Boric, who became president four days later, ...': the aside's relative date counts from the date told
    before it."""
    text = ("= Chile–Peru relations =\n\n==History==\nOn 7 March 2022 Peru's foreign minister met Gabriel Boric, who "
            "took office four days later, in Santiago.\n")
    events = [(e.plover, e.date) for e in extract(read_plaintext(text)).events]
    assert ("OTHER", "2022-03-11") in events


def test_a_semicolon_ends_an_after_clause() -> None:
    """'..., two days after EU governments agreed to open accession talks with it; Bulgaria blocked the talks that
    November': the agreement is two days before the main date, not in November."""
    text = ("= Greece–North Macedonia relations =\n\n==History==\nNorth Macedonia joined NATO on 27 March 2020, two "
            "days after EU governments agreed to open accession talks with it; Bulgaria blocked the talks that "
            "November, and they opened on 19 July 2022.\n")
    events = [(e.plover, e.date) for e in extract(read_plaintext(text)).events]
    assert ("AGREE", "2020-03-25") in events and ("REJECT", "2020-11") in events


def test_a_listed_day_without_its_year_repeats_the_act() -> None:
    """'defeated the Austrians at Magenta on 4 June and at Solferino on 24 June' (in a paragraph of 1859)."""
    told = _told("In 1859 war broke out. Chilean armies defeated the Peruvians at Tacna on 4 June and at Arica on "
                 "24 June.")
    assert ("ASSAULT", "1859-06-04") in told and ("ASSAULT", "1859-06-24") in told


def test_a_whose_aside_with_a_date_of_its_own_is_an_act_of_its_own() -> None:
    """', whose Chilean-led columns entered Lima on 17 May 1997,': the aside's act, dated there."""
    text = ("= Chile–Peru relations =\n\n==History==\nIn October 1996 Peru backed the rebels of the alliance, whose "
            "Chilean-led columns entered Lima on 17 May 1997, against the government.\n")
    events = [(e.plover, e.date) for e in extract(read_plaintext(text)).events]
    assert ("OTHER", "1997-05-17") in events


def test_a_visit_framing_the_act_without_a_comma() -> None:
    """'During Boric's state visit in November 2006 the two countries signed a trade agreement': the visit and the
    signing."""
    told = _told("During Boric's state visit in November 2006 the two countries signed a free trade agreement.")
    assert told == [("CONSULT", "2006-11"), ("AGREE", "2006-11")]
