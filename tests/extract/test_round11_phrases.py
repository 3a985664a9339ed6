# ruff: noqa: E501  (one example sentence per line)
"""Phrasings met in session 11's held-out texts (real Wikipedia openings and round 12's long articles),
written here with other countries so that the rules are checked as general ones.
"""

from __future__ import annotations

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str) -> list[tuple[str, str, str]]:
    text = f"= Chile–Peru relations =\n\n==History==\n{body}\n"
    return [(e.plover, e.date, text[e.start : e.end]) for e in extract(read_plaintext(text)).events]


def test_a_list_of_dated_places_runs_on_past_the_clause() -> None:
    """The clause ends at ', and'; the list's last item is still one more annexation."""
    events = _events("This was followed by the annexation by Chile of the northern provinces, namely the Province of "
                     "Tarapacá in 1884, the Province of Arica in 1929, and the Province of Tacna in 1935.")
    assert [d for _, d, _ in events] == ["1884", "1929", "1935"]
    assert len({p for p, _, _ in events}) == 1
    assert events[-1][2].endswith("Tacna in 1935")


def test_a_clause_with_its_own_happening_is_not_a_list_item() -> None:
    """'..., and in November 2020 it imposed duties ...' is its own event, not a copy of the first."""
    events = _events("Chile imposed tariffs of 80.5% on Peruvian barley in May 2020, and in November 2020 it imposed "
                     "duties of up to 218% on Peruvian wine.")
    assert [(p, d) for p, d, _ in events] == [("SANCTION", "2020-05"), ("SANCTION", "2020-11")]
    assert "in November 2020 it imposed" in events[1][2]


def test_a_lead_listing_named_happenings_gives_one_event_each() -> None:
    """A year used as an adjective names a happening: each is an event of its own type, with the states in its name."""
    text = ("= Chile–Peru relations =\n\nIn recent years relations have worsened due to events such as the 2018 Peruvian "
            "Revolution, the 2020 Atacama War, the September 2022 Chile–Bolivia clashes, the Chilean invasion of Bolivia "
            "and the 2022–2023 blockade of Arica.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.date, e.plover) for e in events] == [
        ("2018", "PROTEST"), ("2020", "ASSAULT"), ("2022-09", "ASSAULT"), ("2022/2023", "COERCE")]
    assert events[0].actors == ["PER"] and events[2].actors == ["CHL", "BOL"]


def test_a_clause_citing_a_named_happening_keeps_its_own_span() -> None:
    events = _events("In 2015 ties grew closer following international sanctions against Chile for its 2014 annexation "
                     "of Tacna.")
    assert ("ASSAULT", "2014", "its 2014 annexation") in events
    assert all("annexation" not in span for p, _, span in events if p != "ASSAULT")


def test_a_year_without_a_determiner_names_no_happening() -> None:
    assert [p for p, _, _ in _events("In 2018 Peruvian protests were reported, and in 2019 Chile invaded Peru.")] \
        == ["PROTEST", "ASSAULT"]


def test_neighbours_across_a_sea_share_no_border() -> None:
    def border(sentence: str) -> bool | None:
        doc = read_plaintext(f"= Chile–Japan relations =\n\n{sentence}\n")
        record = extract(doc).border
        return None if record is None else record.shared

    assert border("Chile and Japan are neighbours separated by the Pacific Ocean, and contacts go back centuries.") is False
    assert border("Chile and Japan are maritime neighbours.") is False
    # session 18: seas named together ("across the Timor and Arafura Seas")
    assert border("Chile and Japan are near neighbours across the Coral and Tasman Seas.") is False
    assert border("Chile and Japan are neighbouring countries.") is True


def test_a_list_of_visits_gives_one_consult_per_line() -> None:
    text = ("= Chile–Peru relations =\n\n==High-level visits==\n- September 1972: President Salvador Allende to Lima\n"
            "- 8 December 2021: Peruvian President Pedro Castillo to Santiago, for the exchange of ratifications\n"
            "- 2023: Chilean Foreign Minister Ana Gómez to Arequipa\n")
    events = extract(read_plaintext(text)).events
    assert [(e.date, e.plover, e.actors) for e in events] == [
        ("1972-09", "CONSULT", ["CHL", "PER"]), ("2021-12-08", "CONSULT", ["PER", "CHL"]),
        ("2023", "CONSULT", ["CHL", "PER"])]


def test_a_passive_with_its_agent_is_no_attributive_participle() -> None:
    """'was concluded by the two governments' happened; 'an Act, signed by X on DATE' was signed that day."""
    assert [(p, d) for p, d, _ in _events("A boundary agreement was concluded by the two governments in December 1965.")] \
        == [("AGREE", "1965-12")]
    events = _events("The Border Act, signed by the Chilean president on 26 October 2006, authorised a fence along "
                     "the border with Peru.")
    assert ("AGREE", "2006-10-26") in [(p, d) for p, d, _ in events]


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("Peru won its independence from Spain in 1821.", "OTHER"),
        ("Peru regained its statehood on 11 November 1918.", "OTHER"),
        ("Ricardo Lagos, the Chilean president, hosted him in Santiago on 31 August 2016.", "CONSULT"),
        ("On 8 September 2017 the Chilean and Peruvian presidents spoke by telephone.", "CONSULT"),
        ("In 2007 the Chilean foreign minister led a delegation to Lima.", "CONSULT"),
        ("On 21 May 2017 the Chilean president attended the Pacific Alliance Summit in Lima.", "CONSULT"),
        ("On 2 May 2011 Chile and Peru exchanged notes fixing the maritime boundary.", "AGREE"),
        ("In 2022 Chile and Peru adopted the Lima Framework for Security.", "AGREE"),
        ("In 1325 an alliance was sealed between Chile and Peru.", "AGREE"),
        ("The Chile–Peru trade agreement took effect on 1 July 2020.", "COOPERATE"),
        ("On 1 October 2018 Peru began proceedings against Chile at the World Trade Organization.", "ACCUSE"),
        ("In July 2006 Chile objected that the Peruvian pipeline crossed its waters.", "ACCUSE"),
        ("In 2014 Chile designated the Peruvian Shining Path a terrorist organisation.", "SANCTION"),
        ("In 2017 Chile blocked access to Peruvian news websites.", "SANCTION"),
        ("The agreement was repudiated by Chile and Peru in 1861.", "REJECT"),
        ("In 1938 the talks between Chile and Peru broke down.", "REJECT"),
        ("In 1939 Chile interned about 14,000 Peruvian soldiers.", "COERCE"),
        ("Chilean police stormed the Peruvian embassy in Santiago on 5 April 2024.", "COERCE"),
        ("On 5 February 2011 the pipeline from Chile to Peru was blown up.", "ASSAULT"),
        ("In 1929 the province of Tacna was handed over to Peru.", "CONCEDE"),
        ("Chile named Juan Soto as its ambassador to Peru in June 2021.", "SUPPORT"),
        # real Wikipedia openings
        ("In 1764 Chile liquidated the autonomy of the Peruvian provinces.", "COERCE"),
        ("In 1828 the province of Tacna was ceded to Peru by Chile.", "CONCEDE"),
        ("In 1809 Chile granted Peru statehood.", "CONCEDE"),
        ("In 1721 Chile acquired the territory from Peru.", "CONCEDE"),
        ("In 1991 the Chile–Peru border was demarcated.", "AGREE"),
        ("In 1907 disagreements about Peruvian immigration to Chile were resolved.", "AGREE"),
        ("In 2019, Chile and Peru defined their relationship as a strategic partnership.", "AGREE"),
        ("In 2021 relations between Chile and Peru were elevated to an alliance.", "AGREE"),
        ("2018 was declared the Year of Peru in Chile.", "COOPERATE"),
        ("The Peruvian president was removed from power by Chile on 22 February 2014.", "OTHER"),
        ("In March 1916 General Soto led some 10,000 Chilean troops into Peru.", "ASSAULT"),
        ("On 19 March 1938 Peru accepted the Chilean ultimatum.", "CONCEDE"),
        # round 15
        ("In June 1979 Chilean soldiers forced some 42,000 Peruvian refugees back across the border.", "COERCE"),
        ("On 15 July 2008 Chilean troops were moved into the disputed area in Peru.", "MOBILIZE"),
        ("The Chilean and Peruvian ambassadors returned to both capitals on 24 August 2010.", "COOPERATE"),
        ("In June 2025 the Chilean army restricted border crossings with Peru.", "SANCTION"),
        ("On 24 July 2025 Peruvian rockets hit Chilean villages.", "ASSAULT"),
        ("On 4 January 2006 gas supplies from Chile to Peru were restored.", "COOPERATE"),
        ("On 7 September 2019 Chile and Peru exchanged prisoners.", "RETREAT"),
        ("On 30 September 2022 Peru applied for accelerated Chilean membership.", "REQUEST"),
        ("On 16 May 2025 direct talks between Chile and Peru resumed in Lima.", "CONSULT"),  # "May" is no modal
        # round 16
        ("In October 2011 a coordinated operation between the Chilean and Peruvian armies began.", "COOPERATE"),
        ("In early June 2012 Chilean troops were formally integrated into the Peruvian force.", "COOPERATE"),
        ("On 26 June 1960, four days before granting Peru independence, Chile closed its border.", "CONCEDE"),
        # round 17
        ("A Chile–Peru cabinet was held in Lima on 30 October 2021.", "CONSULT"),
        ("In July 1977 regular Chilean forces crossed the border into Peru.", "ASSAULT"),
        ("In September 1977 Tacna fell to the Chileans.", "ASSAULT"),
        ("By 15 March 1978 the last Chilean units had left Peruvian territory.", "RETREAT"),
        ("The Chilean consulate-general in Tacna was opened on 29 May 2010.", "COOPERATE"),
        ("In 1982 Chile airlifted emergency arms to Peru.", "AID"),
        ("In October 2006 Chile declared a jihad against Peru.", "THREATEN"),
        ("In November 1837 a Chilean expedition accepted the Treaty of Paucarpata with Peru.", "AGREE"),
        ("In 1878 Chile raised the tax on Peruvian-owned nitrate companies.", "SANCTION"),
        # round 19
        ("In July 1884 Chile proclaimed a protectorate over Peru.", "COERCE"),
        ("On 29 May 1999 Peru was readmitted to the Chilean-led alliance.", "COOPERATE"),
        ("Lima was liberated by Chilean troops on 26 February 1991.", "ASSAULT"),
        ("In July 1990 Chilean troops were massed on the frontier with Peru.", "MOBILIZE"),
        ("In October 1994 Chile moved armoured divisions towards the Peruvian border.", "MOBILIZE"),
        ("In October 2008 the Chilean ambassador to Peru took up his post in Lima.", "COOPERATE"),
        ("Chile launched its full-scale invasion of Peru on 24 February 2022.", "ASSAULT"),  # not a project launched
        ("Chile launched the War of the Pacific against Peru in March 1879.", "ASSAULT"),
        ("In 2015 a deal was reached at Arica by Chile and Peru.", "AGREE"),
    ],
)
def test_round12_phrasings(sentence: str, plover: str) -> None:
    assert [p for p, _, _ in _events(sentence)] == [plover]


def test_demonstrating_a_wish_is_no_demonstration() -> None:
    assert _events("In 1960 a plebiscite in Peru demonstrated the desire of its people to join Chile.") == []


def test_a_noun_of_happening_with_its_own_date_is_an_event() -> None:
    """'the dissolution of the Soviet Union in 1991': an event of its own; the main clause keeps its verb."""
    text = ("= Chile–Peru relations =\n\n==History==\nAfter the dissolution of the Peru–Bolivian Confederation in 1839, "
            "Peru joined the alliance. The Chilean conquest of Lima in 1881 ended the war. Chile recognised the "
            "independence of Peru on 7 April 1856 and opened an embassy.\n")
    events = [(e.date, e.plover, text[e.start : e.end][:20]) for e in extract(read_plaintext(text)).events]
    assert ("1839", "OTHER", "the dissolution of t") in events
    assert ("1839", "COOPERATE", "Peru joined the alli") in events
    assert ("1881", "ASSAULT", "The Chilean conquest") in events
    assert [e for e in events if e[0].startswith("1856")] == [("1856-04-07", "SUPPORT", "Chile recognised the")]


def test_a_second_act_with_its_own_date_is_a_second_event() -> None:
    assert [(p, d, span) for p, d, span in _events("Tariffs imposed by Chile on 1 June 2018 drew Peruvian sanctions "
                                                   "four days later.")] == [
        ("SANCTION", "2018-06-01", "Tariffs imposed by Chile on 1 June 2018 drew Peruvian"),
        ("SANCTION", "2018-06-05", "sanctions four days later")]
    assert [(p, d) for p, d, _ in _events("Chile signed the treaty with Peru on 3 May 1999, ratifying it in 2001.")] \
        == [("AGREE", "1999-05-03"), ("AGREE", "2001")]
    # one date for both acts: one event
    assert len(_events("On 3 May 1999 Chile signed and ratified the treaty with Peru.")) == 1


def test_a_month_joined_to_a_dated_month_takes_its_year() -> None:
    from bilateral.extract.dates import find_dates

    text = "In 2023 fighting resumed. Shells from Peru landed in Chile in August and September 2022."
    assert [d.resolve(2023) for d in find_dates(text)] == ["2023", "2022-08", "2022-09"]


def test_no_event_is_dated_after_this_year() -> None:
    import datetime

    later = datetime.date.today().year + 14
    assert [d for _, d, _ in _events(f"In 2020 Chile agreed to supply Peru with gas through {later}.")] == ["2020"]
    assert _events(f"In {later} Chile agreed to supply Peru with gas.") == []


def test_a_named_treaty_is_an_agreement_unless_its_signing_is_told() -> None:
    assert [(p, d) for p, d, _ in _events("The 1973 Itaipú Treaty between Chile and Peru was a turning point.")] \
        == [("AGREE", "1973")]
    assert [(p, d) for p, d, _ in _events("Peru's president fled Chile soon after the Agreement of 21 February "
                                          "2014.")] == [("AGREE", "2014-02-21")]
    told = _events("In 1997 Chile and Peru signed a treaty of friendship. In 2001 Chile criticized the 1997 treaty. "
                   "Under the 1997 treaty, Chile built a road to Peru in 2003.")
    assert [d for p, d, _ in told if p == "AGREE"] == ["1997"]


def test_a_date_describing_a_named_treaty_dates_no_other_clause() -> None:
    events = _events("In April 2025 Chile accused Peru of violating the Water Treaty signed in 1944 and threatened "
                     "tariffs, and by the end of that month Peru had agreed to immediate deliveries.")
    assert [(p, d) for p, d, _ in events] == [("ACCUSE", "2025-04"), ("THREATEN", "2025-04"), ("AGREE", "2025-04")]


def test_the_last_day_a_sentence_tells_anchors_the_next_day() -> None:
    """'... who took office on 21 October 2025, told the Diet on 7 November ... The next day ...': 8 November."""
    events = _events("Relations worsened after Ana Soto, who became president of Peru on 21 October 2025, told the "
                     "Congress on 7 November that Chile was a threat. The next day Chile recalled its ambassador.")
    assert ("SANCTION", "2025-11-08") in [(p, d) for p, d, _ in events]


def test_missions_named_by_demonym_in_the_infobox_and_general_consulates() -> None:
    text = ("= Chile–Peru relations =\n\nInfobox\n- Mission1: Chilean embassy, Lima\n- Mission2: Peruvian Embassy, "
            "Santiago\n\nPeru has an embassy in Santiago, two general consulates in Arica and Iquique and a "
            "chancellery in Valparaíso.\n")
    missions = {(m.sender, m.receiver, m.city, m.kind) for m in extract(read_plaintext(text)).missions}
    assert missions == {("CHL", "PER", "Lima", "embassy"), ("PER", "CHL", "Santiago", "embassy"),
                        ("PER", "CHL", "Arica", "consulate-general"), ("PER", "CHL", "Iquique", "consulate-general"),
                        ("PER", "CHL", "Valparaíso", "other")}


def test_named_wars_with_their_years_and_coups() -> None:
    events = _events("Relations soured during the War of the Confederation (1836–1839) and the Chincha Islands War "
                     "(1864–66).")
    assert [(p, d) for p, d, _ in events] == [("ASSAULT", "1836/1839"), ("ASSAULT", "1864/1866")]
    events = _events("Peru was shaken by the 1958 Peruvian military coup and the Chile–Peru War of 1971.")
    # a coup is an office change (the golds, for a coup named with its date: OTHER 17, ASSAULT 1; session 21)
    assert [(p, d) for p, d, _ in events] == [("OTHER", "1958"), ("ASSAULT", "1971")]
    assert [(p, d) for p, d, _ in _events("The Chile–Peru peace treaty in 1994 ended the state of war.")] \
        == [("AGREE", "1994")]


def test_asean_bodies_are_not_asean() -> None:
    text = ("= Australia–Indonesia relations =\n\nBoth nations are members of the ASEAN Regional Forum, the ASEAN Free "
            "Trade Area and the Regional Comprehensive Economic Partnership (RCEP).\n")
    assert sorted(o.code for o in extract(read_plaintext(text)).organizations) == ["AFTA", "ARF", "RCEP"]


def test_a_framing_year_and_a_later_dated_month_give_the_year() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nIn 2003 Chile and Peru signed a treaty. During the 2004 "
            "presidential election Chile backed the Peruvian opposition. Mass protests forced a repeat vote on 26 "
            "December, which Chile condemned.\n")
    assert "2004-12-26" in [e.date for e in extract(read_plaintext(text)).events]
    events = _events("In July 2023 Chile left the deal. After Peru retook Tacna in September, Chile recalled its "
                     "ambassador on 30 September 2022.")
    assert [d for _, d, _ in events][-2:] == ["2022-09", "2022-09-30"]


def test_lists_of_visits_under_a_header() -> None:
    text = ("= Chile–Peru relations =\n\n==High-level visits==\nPresidential visits from Peru to Chile:\n"
            "- Alejandro Toledo – Viña del Mar, November 2003 (Ibero-American Summit)\n"
            "- President Ollanta Humala (January 2015)\n\nChilean leaders in Peru:\n"
            "- Michelle Bachelet – Arequipa, May 2008\n\n==Trade==\n- Copper exports rose in 2010\n")
    events = [(e.date, e.plover, e.actors) for e in extract(read_plaintext(text)).events]
    assert events[:3] == [("2003-11", "CONSULT", ["PER", "CHL"]), ("2015-01", "CONSULT", ["PER", "CHL"]),
                          ("2008-05", "CONSULT", ["CHL", "PER"])]
    assert all(p != "CONSULT" for d, p, _ in events if d == "2010")  # a list under another header


def test_verbs_joined_without_a_subject_are_separate_acts() -> None:
    events = _events("On 1 January 2024 Chile signed a memorandum with Bolivia. The next day the Peruvian cabinet "
                     "declared the memorandum \"null and void\" and recalled its ambassador from Chile, and on 6 "
                     "January the Peruvian president signed a law annulling it.")
    assert [(p, d) for p, d, _ in events][1:] == [("REJECT", "2024-01-02"), ("SANCTION", "2024-01-02"),
                                                  ("AGREE", "2024-01-06")]  # the recall is not of 6 January
    events = _events("On 13 November 1977 Peru abrogated its friendship treaty with Chile, expelled the Chilean "
                     "advisers and closed its border.")
    assert [p for p, _, _ in events][:2] == ["REJECT", "SANCTION"]
    # one act told with two verbs stays one event
    assert len(_events("In January 2023 Peru downgraded diplomatic relations and expelled the Chilean ambassador.")) == 1


def test_shared_membership_and_a_counted_list_of_consulates() -> None:
    text = ("= Chile–Peru relations =\n\nChilean–Peruvian relations are underpinned by shared membership of the "
            "Organization of American States, the United Nations and APEC. Chile has an embassy in Lima and 3 "
            "honorary consulates, in Cusco, Tacna and Arequipa.\n")
    result = extract(read_plaintext(text))
    assert sorted(o.code for o in result.organizations) == ["APEC", "OAS", "UN"]
    assert sorted(m.city for m in result.missions if m.kind == "honorary consulate") == ["Arequipa", "Cusco", "Tacna"]


def test_a_list_of_visits_under_a_header_without_a_colon() -> None:
    text = ("= Chile–Peru relations =\n\n===High-level visits===\nVisits from Peru to Chile\n"
            "- Head of State Juan Velasco (Arica, 1975)\n- President Alan García (Santiago, 2001)\n")
    assert [(e.date, e.actors) for e in extract(read_plaintext(text)).events] == [
        ("1975", ["PER", "CHL"]), ("2001", ["PER", "CHL"])]


def test_figures_people_done_to_a_boundary_and_no_day_as_a_count() -> None:
    text = ("= Chile–Peru relations =\n\nChile and Peru share a land boundary of some 169 km. In 1970 Chilean "
            "troops killed eight Peruvians near Tacna. On 15 July Peruvian soldiers were moved to the border.\n")
    figures = sorted((f.value, f.unit) for f in extract(read_plaintext(text)).figures)
    assert figures == [(8.0, "people"), (169.0, "km")]


def test_a_war_of_dashed_years_and_what_followed_it() -> None:
    events = _events("After the Treaty of Lima, which ended the Chile–Peru War of 1806-1812, the province of Tacna "
                     "was ceded by Peru to Chile.")
    assert [(p, d) for p, d, _ in events] == [("ASSAULT", "1806/1812"), ("CONCEDE", "1812")]


def test_what_a_visit_produced_and_two_treaties_of_one_year() -> None:
    assert [p for p, _, _ in _events("In 1998 the visit of the Peruvian president to Chile produced a joint "
                                     "declaration on a partnership.")] == ["AGREE"]
    events = _events("Under the Chile–Peru Peace Treaty of 12 July 1920, Peru kept Tacna. The Arica Agreement was "
                     "signed by Chile and Peru on 7 October 1920.")
    assert [(p, d) for p, d, _ in events] == [("AGREE", "1920-07-12"), ("AGREE", "1920-10-07")]


def test_battles_named_declarations_and_eras() -> None:
    events = _events("Peru was defeated at the Battle of Arica in 1880 by Chile. Chile and Peru ended their state of "
                     "war with the Chile–Peru Joint Declaration of 1956.")
    assert [(p, d) for p, d, _ in events] == [("ASSAULT", "1880"), ("AGREE", "1956")]
    assert _events("Relations between Chile and Peru cooled in the Cold War (1945–1991).") == []
    assert [p for p, _, _ in _events("In 2022 Chile placed Peru on its list of unfriendly countries. A border "
                                     "commission was set up in 1966 by Chile and Peru.")] == ["SANCTION", "COOPERATE"]
