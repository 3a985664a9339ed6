# ruff: noqa: E501  (one example sentence per line)
"""Phrasings met in session 13's held-out texts (rounds 30, 34, 37, 40 and 43: real Wikipedia openings; rounds 31, 35, 38, 41, 44 and 45: long articles),
written here with other countries so that the rules are checked as general ones.
"""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _events(body: str, title: str = "Austria–Italy relations") -> list[tuple[str, str, list[str], str]]:
    text = f"= {title} =\n\n==History==\n{body}\n"
    return [(e.plover, e.date, e.actors, text[e.start : e.end]) for e in extract(read_plaintext(text)).events]


def _told(body: str) -> list[tuple[str, str]]:
    return [(p, d) for p, d, _, _ in _events(body)]


def test_relations_that_began_and_a_first_contact() -> None:
    """'Relations between X and Y began in the 1860s' is a dated start; 'began to deteriorate' is no event."""
    assert _told("Relations between Austria and Italy began in the 1860s after the Italian unification.") == [("SUPPORT", "1860/1869")]
    assert _told("The first official diplomatic contact between Austria and Italy occurred in 1861.") == [("CONSULT", "1861")]
    assert _told("Relations between Austria and Italy began to deteriorate.") == []


def test_a_state_declaring_its_formation() -> None:
    assert ("OTHER", "1918") in _told("Austria declared its formation in 1918 after the defeat of Austria-Hungary.")


def test_wars_declared_in_the_infinitive_and_armies_sent_into_a_land() -> None:
    assert _told("The Kingdom of Italy's alliance led Italy to declare war on Austria on 23 May 1915.") == [("ASSAULT", "1915-05-23")]
    assert _told("In 1866 Italy sent its armies into the Austrian Veneto.") == [("ASSAULT", "1866")]


def test_ships_sent_capitulation_offensives_opened() -> None:
    assert _told("In July 1911 Rome sent the gunboat Calabria to the Austrian port of Trieste.") == [("MOBILIZE", "1911-07")]
    assert _told("Vienna capitulated in late January 1809.") == [("RETREAT", "1809-01")]
    assert _told("In June 1916 the Austrian army opened an offensive at Asiago.") == [("ASSAULT", "1916-06")]
    assert _told("The Austrian offensive on the Piave began on 15 June 1918.") == [("ASSAULT", "1918-06-15")]


def test_votes_against_tours_and_speeches_to_a_parliament() -> None:
    assert _told("In 1955 the treaty failed when the Italian Senate voted it down on 30 August 1955.") == [("REJECT", "1955-08-30")]
    assert _told("In 1971 the Italian president toured Austria.") == [("CONSULT", "1971")]
    assert _told("On 27 June 2000 the Austrian chancellor addressed the Italian parliament in Rome.") == [("CONSULT", "2000-06-27")]


def test_an_address_during_a_visit_is_part_of_the_visit() -> None:
    """'made a state visit to Rome, where she addressed the Italian parliament': one happening, not two."""
    events = _events("In May 2021 the Austrian president made a state visit to Rome, where she addressed the Italian parliament.")
    assert [(p, d) for p, d, _, _ in events] == [("CONSULT", "2021-05")]


def test_bodies_set_up_reunification_the_wall_and_resistance() -> None:
    assert _told("The Austro-Italian Youth Office was set up on 5 July 1963.") == [("COOPERATE", "1963-07-05")]
    assert _told("Austria and Italy were reunified on 3 October 1990 under the treaty.")[0] == ("COOPERATE", "1990-10-03")
    assert _told("After the fall of the Berlin Wall in 1989, Austria and Italy signed a treaty.")[0] == ("OTHER", "1989")
    assert _told("In 1923 Austria answered with a campaign of passive resistance, which was called off that September.") == [
        ("PROTEST", "1923"), ("CONCEDE", "1923-09")]


def test_missions_in_cities_including_and_among_others() -> None:
    text = ("= Austria–Italy relations =\n\n==Diplomatic missions==\nAustria is represented in Italy by its embassy "
            "in Rome and by honorary consuls in cities including Bari and Genoa. Italy has an embassy in Vienna and "
            "honorary consulates in, among others, Graz and Linz.\n")
    missions = [(m.sender, m.city, m.kind) for m in extract(read_plaintext(text)).missions]
    assert missions == [("AUT", "Rome", "embassy"), ("AUT", "Bari", "honorary consulate"), ("AUT", "Genoa", "honorary consulate"),
                        ("ITA", "Vienna", "embassy"), ("ITA", "Graz", "honorary consulate"), ("ITA", "Linz", "honorary consulate")]


def test_companies_counted_and_citizens_abroad_in_a_table() -> None:
    text = ("= Austria–Italy relations =\n\n==Economic relations==\nAround 1,500 Austrian-owned companies operate in Italy. "
            "In 1943 some 1,200 Jews were deported from Rome by Italian police at Austrian request.\n\n"
            "| | Austria | Italy |\n|---|---|---|\n| Expatriates | 30,000 Austrians in Italy | 45,000 Italian citizens in Austria |\n")
    figures = sorted((f.value, f.unit) for f in extract(read_plaintext(text)).figures)
    assert figures == [(1200, "people"), (1500, "companies"), (30000, "people"), (45000, "people")]


def test_medieval_years_after_early_or_late_and_alone_in_brackets() -> None:
    """'in late 1274' and 'the Battle of Legnano (1176)' are years; a bare 1000-1499 stays a count."""
    from bilateral.extract.dates import find_dates

    assert [d.year for d in find_dates("Milan asked Vienna for help in late 1274 and ceded Como.")] == [1274]
    assert [d.year for d in find_dates("the Battle of Legnano (1176) in which the League defeated the emperor")] == [1176]
    assert [d.year for d in find_dates("an army some 1200 strong")] == []
    events = _events("The Emperor had conquered Milan in 1162. The turning point is the Battle of Legnano (1176) in which "
                     "the Italian cities defeated the Austrian emperor.")
    assert [d for _, d, _, _ in events] == ["1162", "1176"]


def test_vowing_to_counter_is_no_promise_and_relations_that_ended() -> None:
    told = _told("Vowing to counter the Austrian expansion begun by 1265, Milan asked Vienna for help in late 1274 and ceded Como to Italy.")
    assert ("CONCEDE", "1274") in told and "AGREE" not in [p for p, _ in told]
    assert ("SANCTION", "1980") in _told("Both states were aligned with the West until the end of formal Austria-Italy relations in 1980.")


def test_talks_brokered_by_a_third_state() -> None:
    assert _told("In March 2023, after discussions brokered by China, Austria and Italy agreed to restore relations.") == [
        ("CONSULT", "2023-03"), ("AGREE", "2023-03")]


def test_a_clause_in_the_lead_up_to_a_named_election_takes_its_year() -> None:
    assert _told("In the lead-up to and during the 2020 Austrian legislative election, a number of anti-government "
                 "protests took place across the country.") == [("OTHER", "2020"), ("PROTEST", "2020")]


def test_territory_handed_over_wars_escalated_into_and_joined_against_a_state() -> None:
    assert _told("After the war, Austria had to hand over South Tyrol region to Italy in 1919.") == [("CONCEDE", "1919")]
    assert _told("The dispute escalated into all out war in 1866.") == [("ASSAULT", "1866")]
    assert _told("Italy participated in the Third War of Independence against Austria in 1866.") == [("ASSAULT", "1866")]


def test_population_exchanges_fallen_regimes_and_urging() -> None:
    assert ("COOPERATE", "1940") in _told("After the treaty in 1940, the two countries carried out a population exchange in the affected areas.")
    assert _told("The communist regimes of both countries ultimately collapsed in 1989.") == [("OTHER", "1989")]
    assert ("REQUEST", "1994") in _told("At the urging of the United States, Austria and Italy met in Geneva in 1994.")


def test_a_border_the_countries_share_and_the_un_joined_together() -> None:
    text = ("= Austria–Italy relations =\n\nThe countries share 404 km of common borders, mostly along the Alps. "
            "They joined the United Nations together in December 1955 as new members.\n")
    result = extract(read_plaintext(text))
    assert [(f.value, f.unit) for f in result.figures] == [(404, "km")]
    assert [o.code for o in result.organizations] == ["UN"]


def test_the_border_of_a_border_section_is_the_pairs() -> None:
    """(Session 14.) 'The border is 1,619 km long.' names no state: in a relations article it is the pair's border; one with a
    third state named is not."""
    text = "= Norway–Sweden relations =\n\n==Border==\nThe border is 1,619 km (1,006 mi) long.\n"
    assert [(f.value, f.unit) for f in extract(read_plaintext(text)).figures] == [(1619, "km")]
    text = "= Norway–Sweden relations =\n\n==Border==\nThe border with Finland is 736 km long.\n"
    assert extract(read_plaintext(text)).figures == []
    # (Session 15.) third states named only after the length, as the ends of the line, leave it the pair's
    text = ("= Norway–Sweden relations =\n\n==Border==\nThe border is about 1,619 km long and runs from the "
            "Finnish tripoint to the Skagerrak near Denmark.\n")
    assert [(f.value, f.unit) for f in extract(read_plaintext(text)).figures] == [(1619, "km")]


def test_neighbours_that_share_no_land_border() -> None:
    """(Session 14.) 'Neighbours across the sea; they share no land border': no border, though 'neighbours'
    comes first; 'separated only by a strait' is no land border either."""
    text = ("= Japan–Russia relations =\n\nJapan and Russia are neighbours across the Sea of Japan; they share no "
            "land border, but Hokkaido and Sakhalin are close.\n")
    assert extract(read_plaintext(text)).border.shared is False
    text = "= Japan–Russia relations =\n\nJapan and Russia are neighbours separated only by the La Pérouse Strait.\n"
    assert extract(read_plaintext(text)).border.shared is False
    # (Session 15.) "neighbours across the Yucatán Channel" alone, and "no land boundary"
    text = "= Cuba–Mexico relations =\n\nCuba and Mexico are neighbours across the Yucatán Channel.\n"
    assert extract(read_plaintext(text)).border.shared is False
    text = ("= Malaysia–Singapore relations =\n\nThey are separated by the narrow Straits of Johor and have no land "
            "boundary. Malaysia closed the border crossings in March 2020.\n")
    assert extract(read_plaintext(text)).border.shared is False


def test_recognition_granted_arms_and_oil_shipped_and_supplied() -> None:
    assert _told("In March 1950 Austria granted Italy de facto recognition.") == [("SUPPORT", "1950-03")]
    assert _told("In August 1985 Austria shipped 96 anti-tank missiles to Italy.") == [("AID", "1985-08")]
    assert _told("In 1973 Austria kept supplying Italy with oil.") == [("AID", "1973")]
    assert _told("Austria became a discreet supplier of arms to Italy in 1981.") == [("AID", "1981")]


def test_ships_hit_aircraft_that_struck_and_answers_with_missiles() -> None:
    assert _told("In 2019 Austrian tankers were reportedly hit by Italian limpet mines.") == [("ASSAULT", "2019")]
    assert _told("On 26 October 2024 Italian aircraft struck missile factories in Austria.") == [("ASSAULT", "2024-10-26")]
    assert _told("On 13 June 2025 Austria answered with waves of ballistic missiles aimed at Italian cities.") == [("ASSAULT", "2025-06-13")]


def test_a_list_of_visits_under_a_long_line_that_says_who_travelled() -> None:
    text = ("= Austria–Italy relations =\n\n==History==\n===High-level visits===\nItalian leaders who travelled to "
            "Austria before the war, usually in secret, included:\n- Prime Minister Aldo Moro (1961)\n"
            "- Foreign Minister Carlo Sforza (1972)\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date, e.actors) for e in events] == [("CONSULT", "1961", ["ITA", "AUT"]),
                                                              ("CONSULT", "1972", ["ITA", "AUT"])]


def test_arms_and_cargo_counted_in_their_own_unit() -> None:
    text = ("= Austria–Italy relations =\n\n==History==\nIn 1985 Austria shipped 96 anti-tank missiles to Italy, and in "
            "2002 Italy seized a freighter carrying about 50 tonnes of weapons from Austria.\n")
    figures = sorted((f.value, f.unit) for f in extract(read_plaintext(text)).figures)
    assert figures == [(50, "tonnes"), (96, "missiles")]


def test_borders_defined_forces_outfought_agreements_annulled_alliances() -> None:
    assert _told("Austria first established ties with Italy in 1866, when the Austria-Italy border was initially defined.") == [
        ("SUPPORT", "1866"), ("AGREE", "1866")]
    assert _told("The boundary was further clarified in 1947.") == [("AGREE", "1947")]
    assert _told("From 1848 to 1849 the forces of Piedmont outfought those of Austria.") == [("ASSAULT", "1848/1849")]
    assert ("REJECT", "1984") in _told("The 1983 agreement had been annulled by Austria in 1984.")
    assert _told("In 1976 Italy allied with Austrian militias.") == [("COOPERATE", "1976")]


def test_wars_a_state_stayed_out_of_are_not_its_wars() -> None:
    """'did not participate in the Six-Day War in 1967, nor the Yom Kippur War in 1973': no event makes it a party."""
    assert _told("Austria did not participate in the Six-Day War in 1967, nor the Yom Kippur War in 1973 in any significant way.") == []
    assert _told("Austria fought in the Six-Day War in 1967.") != []


def test_a_mission_kept_until_a_date_is_former() -> None:
    text = ("= Austria–Italy relations =\n\nItaly has an embassy in Vienna, and had a consulate general in Graz until "
            "its diplomats were expelled, while Austria has an embassy in Rome.\n")
    missions = [(m.sender, m.city) for m in extract(read_plaintext(text)).missions]
    assert missions == [("ITA", "Vienna"), ("AUT", "Rome")]


def test_cities_sacked_killings_people_rounded_up_and_flights_begun() -> None:
    assert _told("The Austrian army sacked Milan, the capital of Lombardy, in 1162.") == [("ASSAULT", "1162")]
    assert _told("In April 1909 a further wave of killings took place in Trieste, where Austria ruled Italians.") == [("ASSAULT", "1909-04")]
    assert _told("On 24 April 1915 several hundred Italian leaders in Austria were rounded up.") == [("COERCE", "1915-04-24")]
    assert _told("In 1995 charter flights between Vienna and Rome began.") == [("COOPERATE", "1995")]


def test_capitals_beyond_ascii_and_aid_trucks() -> None:
    """'met Çavuşoğlu' is a meeting with a person as much as 'met Conte' is."""
    assert _told("On 12 March 2022 the Austrian foreign minister met Çavuşoğlu at the Antalya Diplomacy Forum.") == [("CONSULT", "2022-03-12")]
    assert _told("On 11 February 2023 five Austrian trucks carrying food and medicine crossed into Italy.") == [("AID", "2023-02-11")]
    assert _told("In 2020 Austria supplied it with drones to use against Italy.")[0] == ("AID", "2020")


def test_hostages_taken_surrender_abdication_and_exile() -> None:
    assert ("ASSAULT", "2012") in _told("In 2012 the Austrian consulate in Milan was attacked. Seven hostages were taken, including the consul.")
    assert _told("Italy held out until surrendering to Austria in 1916.") == [("RETREAT", "1916")]
    assert _told("King Umberto of Italy abdicated in 1924.") == [("OTHER", "1924")]
    assert _told("In 1925 the Italian king was exiled by Austria.") == [("COERCE", "1925")]


def test_medieval_decades_towns_brought_under_control_lands_incorporated() -> None:
    assert _told("In the 1320s Austria annexed Friuli, lands that Italy had held.")[0] == ("ASSAULT", "1320/1329")
    assert _told("In 1390 Austria brought Trieste, Gorizia and other towns under its rule.") == [("ASSAULT", "1390")]
    assert _told("In April 1941 the whole of Istria was incorporated into Italy.") == [("COERCE", "1941-04")]
    assert _told("Austrian troops linked up with the Italian army near Trento on 6 August 1995.") == [("COOPERATE", "1995-08-06")]


def test_deaths_works_opened_candidacy_the_euro_contracts_and_objections() -> None:
    assert _told("The Austrian chancellor died on 10 December 1999.") == [("OTHER", "1999-12-10")]
    assert _told("Some 50 Italians died in the attack on the Austrian embassy in 1999.")[0][0] == "ASSAULT"
    assert _told("Construction began in 2007, and the Austria–Italy bridge was opened on 26 July 2022.") == [
        ("OTHER", "2007"), ("COOPERATE", "2022-07-26")]  # a work opened: the pair's cooperation (session 16)
    assert _told("Italy received candidate status on 15 December 2022, with Austria's support.")[0] == ("SUPPORT", "2022-12-15")
    assert _told("On 1 January 2023 Austria adopted the euro and entered the Schengen Area.")[0] == ("COOPERATE", "2023-01-01")
    assert _told("In January 2018 the contract was awarded to an Italian company by Austria.") == [("AGREE", "2018-01")]
    assert _told("Italian officials objected as early as 2007 that the Austrian bridge would restrict shipping.") == [("ACCUSE", "2007")]


def test_envoys_designated_unions_ended_campaigns_led_and_relations_strained() -> None:
    assert _told("In 1829, Carlo Rossi was designated as the first chargé d'affaires of Italy in Austria.") == [("SUPPORT", "1829")]
    assert _told("In 1905 Austria ended its union with Italy.") == [("OTHER", "1905")]
    assert _told("Between 1811 and 1818 the Austrian governor led a campaign against Italy.") == [("ASSAULT", "1811/1818")]
    assert _told("The relations between the two states became strained after 1926.") == [("REJECT", "1926")]
    assert _told("Austria and Italy have had no formal diplomatic relations since April 7, 1980.") == [("SANCTION", "1980-04-07")]


def test_the_nordic_council_prints_by_its_name() -> None:
    text = "= Denmark–Norway relations =\n\nBoth countries are members of the Nordic Council and NATO.\n"
    assert sorted(o.code for o in extract(read_plaintext(text)).organizations) == ["NATO", "Nordic Council"]


def test_protest_notes_applications_memberships_and_retaliatory_expulsions() -> None:
    assert _told("In April 1983 Vienna delivered a formal protest note to Rome.") == [("ACCUSE", "1983-04")]
    assert _told("Austria submitted its application for EU membership on 18 May 2022.") == [("REQUEST", "2022-05-18")]
    assert _told("Austria became NATO's 33rd member on 7 March 2024.") == [("COOPERATE", "2024-03-07")]
    assert ("SANCTION", "2022-04-26") in _told("Italy retaliated on 26 April 2022 by expelling Austrian diplomats.")
    assert _told("Italy put Austria on its list of unfriendly countries in March 2022.") == [("SANCTION", "2022-03")]


def test_armies_destroyed_wars_ended_by_treaty_alliances_and_monarchs_met() -> None:
    assert _told("On 8 July 1709 the main Austrian army was destroyed at Custoza.") == [("ASSAULT", "1709-07-08")]
    assert _told("A further war between Austria and Italy was ended by the Treaty of Vienna in 1743.") == [("AGREE", "1743")]
    assert _told("In April 1812 Austria made an alliance with Italy.") == [("AGREE", "1812-04")]
    assert _told("In August 1812 the Austrian crown prince met the emperor at Milan.") == [("CONSULT", "1812-08")]
    assert _told("In January 1946 Austria handed over to the Italian Republic 146 soldiers.") == [("COOPERATE", "1946-01")]


def test_missions_opened_on_a_date_permission_frozen_contacts_and_airspace() -> None:
    assert ("COOPERATE", "2006-02-17") in _told("The Austrian consulate-general in Milan, opened on 17 February 2006, serves Lombardy.")
    assert _told("On 5 November 2009 Austria gave permission for the Italian gas pipeline to be laid.") == [("AGREE", "2009-11-05")]
    assert _told("In 2014 ministerial contacts between Austria and Italy were largely frozen.") == [("SANCTION", "2014")]
    assert _told("On 17 September 2014 two Italian bombers entered Austrian airspace.") == [("MOBILIZE", "2014-09-17")]
    assert _told("In Austria conscription was reintroduced from 1 January 2018, citing Italy.") == [("MOBILIZE", "2018-01-01")]
    assert _told("The Italian plan was turned down by Vienna in 2022.") == [("REJECT", "2022")]
    assert _told("On 26 September 2022 explosions ruptured the Austria–Italy pipelines.") == [("ASSAULT", "2022-09-26")]


def test_wars_entered_armies_entering_revolutions_and_laws_adopted() -> None:
    assert _told("Italy entered the war against Austria on 23 May 1915.") == [("ASSAULT", "1915-05-23")]
    assert _told("In October 1944 the Italian army entered Carinthia, held by Austria.") == [("ASSAULT", "1944-10")]
    assert _told("In October 1956 riots broke out in Vienna against Italy.") == [("PROTEST", "1956-10")]
    assert _told("On 26 May 2010 the Austrian parliament adopted a simplified naturalisation procedure for Italians.") == [("OTHER", "2010-05-26")]
    assert _told("Austria began reverse-flow gas deliveries to Italy in March 2014.") == [("COOPERATE", "2014-03")]


def test_threats_to_block_blocked_decisions_criticism_drawn_and_leaders_who_spoke() -> None:
    assert _told("In 2017 the Austrian foreign minister said that Austria would block every step of Italy's integration.") == [("THREATEN", "2017")]
    assert _told("In May 2023 Austria responded by blocking a €500 million tranche of aid to Italy.") == [("REJECT", "2023-05")]
    assert _told("In 2019 the Italian law drew further criticism from Vienna.") == [("ACCUSE", "2019")]
    assert _told("The Austrian and Italian leaders spoke briefly in Buenos Aires on 10 December 2023.") == [("CONSULT", "2023-12-10")]
