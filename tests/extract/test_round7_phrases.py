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
        ("Both are members of the Common Market for Eastern and Southern Africa (COMESA).", ["COMESA"]),
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
        ("The Chile–Peru border runs for 171 km (106 mi) through the desert.", [(171, "km")]),
        ("The border between the two countries is about 1,033 km (642 mi) long.", [(1033, "km")]),
        ("In 1971, the war drove an estimated ten million Peruvian refugees into Chile.", [(10000000, "people")]),
        ("In 1970, Chile received a West German loan of 1 billion Deutsche Marks for Peru.", [(1e9, "DEM")]),
        ("The two states share a border of 241 km.", [(241, "km")]),
        ("In 2012, Chile asked Peru for some $36 per barrel in transit fees.", [(36, "USD per barrel")]),
        ("In 1976, Chile acknowledged 39 dead and 250 wounded in the clash with Peru.", [(39, "people"), (250, "people")]),
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
        ("The peace was concluded in 1018.", ["1018"]),  # a medieval year after a dating word
        ("at the Battle of Grunwald on 15 July 1410", ["1410-07-15"]),
        ("some 1200 soldiers", []),  # a bare number of that size is a count
        ("In June Chilean jets bombed the airport.", ["1988-06"]),  # a sentence-initial "In" was not read
        ("Chile released the prisoner that day.", ["2001-05-04"]),  # the anchor's day
    ],
)
def test_dates(text: str, want: list[str]) -> None:
    from bilateral.extract.dates import find_dates

    assert [d.resolve(1988, "2001-05-04") for d in find_dates(text) if not d.modifier] == want


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


SENTENCES = [
    ("In February 1988, an anti-Chilean pogrom in Tacna left 32 people dead.", "ASSAULT"),
    ("In 1880, Chile conquered the Peruvian province of Tarapacá.", "ASSAULT"),
    ("Chile declared war on Peru on 5 April 1879.", "ASSAULT"),
    ("In 1837, Peruvian nobles led an uprising against Chilean rule.", "ASSAULT"),
    ("In 1916, the revolt was brutally suppressed by Chilean troops.", "ASSAULT"),
    ("In June 1898, Chilean troops landed near Callao.", "ASSAULT"),
    ("In December 1986, the protesters were dispersed by force by Peruvian police.", "COERCE"),
    ("Between 1947 and 1950, Chile resettled thousands of Peruvians from Arica.", "COERCE"),
    ("In 1960, the Peruvian government expropriated large estates of Chilean companies.", "COERCE"),
    ("On 12 May 2021, Chilean troops advanced several kilometres into Peru.", "COERCE"),
    ("From April 2023, a Chilean checkpoint blocked the Arica corridor to Peru.", "COERCE"),
    ("In 1989, Chile began a rail and fuel blockade of Peru.", "SANCTION"),
    ("On 6 July 1960, Chile cut Peru's sugar quota by 700,000 tons.", "SANCTION"),
    ("On 1 March 1982, Chile designated Peru a State Sponsor of Terrorism.", "SANCTION"),
    ("In 1912, Chile landed Marines in Peru to protect its property.", "MOBILIZE"),
    ("In 1962, Chile secretly began installing ballistic missiles near Peru.", "MOBILIZE"),
    ("In 2022, Chile transferred more than 200 tanks to Peru.", "AID"),
    ("On 6 January 2022, Chile dispatched a peacekeeping force to Peru.", "AID"),
    ("In December 2021, Chile hosted further meetings with Peru in Santiago.", "CONSULT"),
    ("On 28 November 2022, the Chilean president chose Lima for his first foreign trip.", "CONSULT"),
    ("In April 2001, the presidents of Chile and Peru came close to a settlement.", "CONSULT"),
    ("The Chilean and Peruvian presidents met frequently in the late 1990s.", "CONSULT"),
    ("On 11 April 2015, Chile and Peru held the first formal meeting of their leaders in decades.", "CONSULT"),
    ("On 25 January 2001, both Chile and Peru acceded.", "COOPERATE"),
    ("On 1 September 1977, interests sections were opened in Santiago and Lima.", "COOPERATE"),
    ("On 23 May 2009, Chile and Peru placed their first boundary marker.", "COOPERATE"),
    ("In January 2022, the Peruvian president thanked Chile for its help.", "SUPPORT"),
    ("In 2010, the Chilean president awarded him the Order of Merit for services to Peru.", "SUPPORT"),
    ("In 2010, Peru honoured the rebels, drawing criticism from the Chilean government.", "ACCUSE"),
    ("On 20 May 1902, Chile handed power to the Peruvian president.", "RETREAT"),
    ("On 19 January 2022, the last Chilean contingents left Peru.", "RETREAT"),
    ("On 13 March 2025, the treaty between Chile and Peru was finalised.", "AGREE"),
    ("On 28 May 1918, Chile and Peru proclaimed their independence.", "OTHER"),
    ("On 19 April 2018, Sebastián Piñera succeeded Michelle Bachelet as President of Chile.", "OTHER"),
    ("The Chilean War of Independence broke out in February 1810.", "ASSAULT"),
    ("In 1879, the Chilean invasions of Peru began.", "ASSAULT"),
    ("On 29 May 2015, Peru was removed from the Chilean sanctions list.", "CONCEDE"),
    ("In December 2014, Peru freed a Chilean intelligence asset.", "RETREAT"),
    ("Ricardo Lagos, the Chilean president, was ill; Michelle Bachelet formally succeeded him on 11 March 2006.", "OTHER"),
    ("In July 2006, the Chilean vice-president assumed the president's duties provisionally.", "OTHER"),
    ("On 20 March 2019, the Chilean senate chairman became acting president.", "OTHER"),
    # round 8 (India–Pakistan, Eritrea–Ethiopia, Germany–Poland, Iran–Iraq), with other countries
    ("On 6 September 1965, Chilean forces crossed the international border towards Lima.", "ASSAULT"),
    ("On 3 December 1971, Chile formally entered the war.", "ASSAULT"),
    ("In December 2006, Chilean troops entered Peru to oust the junta.", "ASSAULT"),
    ("On 24 May 1982, Peruvian forces recaptured Arica.", "ASSAULT"),
    ("On 1 March 1896, the Peruvian army routed a Chilean force at Tacna.", "ASSAULT"),
    ("In May 2000, a final Chilean offensive broke through Peruvian lines.", "ASSAULT"),
    ("In 1534, Chile took Arica from Peru.", "ASSAULT"),
    ("In April 2001, Chile fired dozens of Scud missiles at camps inside Peru.", "ASSAULT"),
    ("In late 2014, Chilean jets struck rebel positions in Peru.", "ASSAULT"),
    ("In May 1998, Chile carried out five nuclear tests, alarming Peru.", "MOBILIZE"),
    ("In 1998, Peru suspended aid after Chile's nuclear tests.", "SANCTION"),  # the tests are background here
    ("On 27 October 1947, Chilean troops were flown into Lima.", "MOBILIZE"),
    ("In December 2001, Chile began an operation, massing some 500,000 troops along the Peruvian border.", "MOBILIZE"),
    ("On 23 April 2025, Chile placed the water treaty with Peru in abeyance.", "SANCTION"),
    ("By April 2019, Chile had closed all the crossings with Peru again.", "SANCTION"),
    ("Chile's consulate in Tacna and Peru's consulate in Arica were both closed in December 1994.", "SANCTION"),
    ("In October 2023, Chile introduced stationary controls at the Peruvian border.", "SANCTION"),
    ("In July 2024, Chile barred Peruvian planes from its airspace.", "SANCTION"),
    ("In July 2023, Chile halved its gas supplies to Peru over unpaid bills.", "SANCTION"),
    ("On 11 September 2018, the two leaders opened the border crossings between Chile and Peru.", "COOPERATE"),
    ("On 9 November 2019, the Arica corridor between Chile and Peru was opened.", "COOPERATE"),
    ("In June 2017, Chile and Peru were admitted together as full members of the SCO.", "COOPERATE"),
    ("In June 2023, Peru resumed its seat in the Chilean-led forum.", "COOPERATE"),
    ("On 26 June 2018, the Peruvian foreign minister and a presidential adviser arrived in Santiago.", "CONSULT"),
    ("On 8 July 2018, the Chilean president flew to Lima.", "CONSULT"),
    ("On 26 May 2014, the Peruvian prime minister attended the swearing-in of the Chilean president.", "CONSULT"),
    ("On 18 July 1988, Peru accepted UN Security Council Resolution 598 on the war with Chile.", "AGREE"),
    ("The Peace of Arica between Chile and Peru was concluded in 1018.", "AGREE"),
    ("Between 1973 and 1975, Chile armed the rebels of northern Peru.", "AID"),
    ("In 1991, Peru impounded 100 Chilean aircraft.", "COERCE"),
    ("Between 1972 and 1974, Chile repatriated the Peruvian prisoners of war.", "RETREAT"),
    ("In April 1969, the Peruvian government unilaterally abrogated the 1937 treaty with Chile.", "REJECT"),
    ("On 11 November 1918, Peru regained its independence from Chile.", "OTHER"),
    ("On 16 December 1971, East Peru became the independent state of Tacna, after Chile's intervention.", "OTHER"),
    ("In October 1999, the Peruvian prime minister was deposed in a coup, and Chile protested.", "OTHER"),
    ("In June 2013, the Chilean prime minister returned to office.", "OTHER"),
    ("On 7 July 2025, Chile imposed its own checks on the Peruvian frontier.", "SANCTION"),
    ("On 28 April 1939, Chile renounced the pact with Peru.", "REJECT"),
    ("On 26 February 1992 Chilean forces captured the town of Tacna, where hundreds died.", "ASSAULT"),
    ("In December 2004, Chilean agents captured a Peruvian rebel leader in Lima.", "COERCE"),
    # round 9 (Algeria–Morocco, China–Vietnam, Croatia–Serbia, South Sudan–Sudan), with other countries
    ("In 1963, Chilean columns advanced towards Tacna.", "ASSAULT"),
    ("In 1963, Peru opened a second front near Arica against Chile.", "ASSAULT"),
    ("The siege of Arica by Chilean troops began on 25 August 1991.", "ASSAULT"),
    ("In 1427, a Peruvian rebellion drove the Chilean armies out.", "ASSAULT"),
    ("On 2 April 2020, a Chilean coast guard vessel rammed and sank a Peruvian fishing boat.", "ASSAULT"),
    ("In 1884, Chile defeated Peru in the War of the Pacific.", "ASSAULT"),
    ("In January 1976, Chile said it had taken about 100 Peruvian soldiers prisoner.", "COERCE"),
    ("In 1988, Chile took control of six Peruvian reefs.", "COERCE"),
    ("On 11 April 2007, Peru presented to the United Nations an autonomy plan for the region claimed by Chile.", "REQUEST"),
    ("On 21 September 2015, Chile stopped freight traffic at the Peruvian crossing.", "SANCTION"),
    ("On 24 September 2015, Chile barred cars with Peruvian plates.", "SANCTION"),
    ("On 15 June 1972, Chile and Peru concluded a convention delimiting their border.", "AGREE"),
    ("In 2011, Chile closed most of the border with Peru to trade.", "SANCTION"),
    ("On 27 June 2011, the UN Security Council authorised a Chilean peacekeeping force for Peru.", "AID"),
    ("In September 2019, the Peruvian prime minister chose Chile for one of his first foreign trips.", "CONSULT"),
    ("On 23 July 1999, the Chilean king, who had long awaited the throne, succeeded his father.", "OTHER"),
    ("On 26 September 2024, Chile reinstated visas for holders of Peruvian passports.", "SANCTION"),
    ("On 16 February 2019, Chile raised the customs duty on all imports from Peru to 200%.", "SANCTION"),
    ("In January 2025, the Chilean army retook Tacna from Peruvian rebels.", "ASSAULT"),
    # round 10 (Afghanistan–Pakistan, Bangladesh–Myanmar, Hungary–Romania, Israel–Turkey), with other countries
    ("The Chilean prime minister came to Peru in 1959.", "CONSULT"),
    ("The Peruvian foreign minister went to Chile in May 2022.", "CONSULT"),
    ("On 21 May 2025, the foreign ministers of Chile and Peru met their Bolivian counterpart in La Paz.", "CONSULT"),
    ("The Chilean and Peruvian presidents met at the United Nations General Assembly on 20 September 2022.", "CONSULT"),
    ("In January 2001, Chilean and Peruvian border guards exchanged fire for several days.", "ASSAULT"),
    ("In February 2024, two people died in Arica when a shell fired from Peru hit a house.", "ASSAULT"),
    ("In May 1961, a second Peruvian incursion into Chile followed.", "ASSAULT"),
    ("In September 1960, Peruvian troops and tribal levies crossed into the Chilean border area.", "ASSAULT"),
    ("On 18 March 2024, Chilean warplanes struck suspected hideouts in Peru.", "ASSAULT"),
    ("In November 1956, Chile recalled its minister from Lima.", "SANCTION"),
    ("On 28 October 2023, the Chilean foreign minister ordered Chile's diplomats home from Peru.", "SANCTION"),
    ("In December 1980, Chile reduced its representation in Lima to the level of second secretary.", "SANCTION"),
    ("In August 1961, Peru ordered the closure of the Chilean consulates in Tacna.", "SANCTION"),
    ("On 9 April 2024, the Chilean trade ministry restricted exports of 54 categories of goods to Peru.", "SANCTION"),
    ("In December 1991, Chile and Peru raised their missions to embassies.", "COOPERATE"),
    ("In 1950, Chile and Peru exchanged legations.", "COOPERATE"),
    ("In January 2023, the Chilean envoy presented his credentials to the Peruvian president.", "COOPERATE"),
    ("On 28 March 1949, the Chilean government extended recognition to Peru.", "SUPPORT"),
    ("On 22 March 2013, the Peruvian president accepted the apology of Chile.", "SUPPORT"),
    ("In 2012, both Chile and Peru accepted the judgment of the court.", "AGREE"),
    ("On 17 August 1999, Chile dispatched one of the largest foreign rescue teams to Peru.", "AID"),
    ("In December 2009, Peru took the case against Chile to the International Court of Justice.", "ACCUSE"),
    ("In 1953, Peru renounced its claims against Chile.", "CONCEDE"),
]


@pytest.mark.parametrize(("sentence", "plover"), SENTENCES)
def test_event_types(sentence: str, plover: str) -> None:
    text = f"= Chile–Peru relations =\n\n==History==\n{sentence}\n"
    events = extract(read_plaintext(text)).events
    assert events and events[0].plover == plover, [(e.plover, e.trigger) for e in events]


def test_a_visit_where_a_leader_addressed_parliament_stays_one_event() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nIn May 2021, the Peruvian president made a state visit to "
            "Santiago, where she addressed the Chilean parliament.\n")
    assert len(extract(read_plaintext(text)).events) == 1


def test_an_aside_is_the_event_of_its_own_part_of_the_sentence() -> None:
    """'A blockaded B in 1989; Turkey, which closed its border in 1993, has kept it shut': two events."""
    text = ("= Chile–Peru relations =\n\n==History==\nChile began a rail and fuel blockade of Peru in 1989; Bolivia, "
            "which closed its own border with Peru in April 1993 in solidarity with Santiago, has kept it shut ever "
            "since.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date, e.actors[0]) for e in events] == [("SANCTION", "1989", "CHL"), ("SANCTION", "1993-04", "BOL")]


def test_the_soviet_state_by_its_other_names() -> None:
    text = "= Chile–Russia relations =\n\n==History==\nIn April 1920 the Red Army invaded Chile. In 1991 the USSR recognised Chile.\n"
    events = extract(read_plaintext(text)).events
    assert [e.actors[0] for e in events] == ["RUS", "RUS"]


def test_a_trade_war_named_war_is_not_an_assault() -> None:
    text = "= Chile–Peru relations =\n\n==History==\nIn July 2009, the so-called Fish War erupted between Chile and Peru.\n"
    assert [e.plover for e in extract(read_plaintext(text)).events if e.plover == "ASSAULT"] == []


def test_polls_report_opinions_not_events() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nIn 2023 a poll found that 15% of Peruvians thought Chile might "
            "invade Peru, and 60% supported closer relations with Chile. In 2023, Chile invaded Peru.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, text[e.start : e.end][:9]) for e in events] == [("ASSAULT", "In 2023, ")]


def test_a_relative_date_counts_from_an_earlier_relative_date_of_the_sentence() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nOn 18 September 2023 Peru filed a complaint against Chile. The "
            "following day, the Chilean president spoke at the UN, and the Peruvian foreign ministry summoned the "
            "Chilean ambassador the same day.\n")
    summoned = next(e for e in extract(read_plaintext(text)).events if "summoned" in text[e.start : e.end])
    assert summoned.date == "2023-09-19"


def test_one_act_on_a_list_of_dates_is_one_event_per_date() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nThe Argentine president hosted further meetings of Chile and "
            "Peru in Buenos Aires in December 2021, in April 2022 and again in May 2022.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date) for e in events] == [("CONSULT", "2021-12"), ("CONSULT", "2022-04"), ("CONSULT", "2022-05")]


def test_talks_and_what_was_agreed_at_them() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nAt talks hosted by the Argentine president in Mendoza on 26 "
            "November 2021, Chile and Peru agreed to demarcate the border.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date, text[e.start : e.end][:8]) for e in events] == [
        ("CONSULT", "2021-11-26", "At talks"), ("AGREE", "2021-11-26", "Chile an")]


def test_missions_closed_in_the_sentence_are_no_standing_missions() -> None:
    text = ("= Chile–Peru relations =\n\nChile's consulate-general in Tacna and Peru's consulate-general in Arica "
            "were both closed in December 1994. Chile has an embassy in Lima.\n")
    missions = extract(read_plaintext(text)).missions
    assert [(m.sender, m.city, m.kind) for m in missions] == [("CHL", "Lima", "embassy")]


def test_a_counted_relative_date_and_a_change_of_office_in_an_aside() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nChile invaded Peru on 1 September 1939, and Bolivia attacked Peru "
            "sixteen days later. Michelle Bachelet, who became President of Chile on 11 March 2006, travelled to Lima "
            "the following day.\n")
    events = extract(read_plaintext(text)).events
    assert ("ASSAULT", "1939-09-17", "BOL") in [(e.plover, e.date, e.actors[0]) for e in events]
    assert ("OTHER", "2006-03-11") in [(e.plover, e.date) for e in events]
    assert ("CONSULT", "2006-03-12") in [(e.plover, e.date) for e in events]


def test_an_uprising_dated_by_the_aside_it_runs_into() -> None:
    text = ("= Chile–Peru relations =\n\n==1940s==\nIn 1939 Chile invaded Peru. After the Lima Uprising, which began on "
            "1 August 1944 and lasted 63 days, Chilean troops razed the capital.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date) for e in events][1:] == [("ASSAULT", "1944-08-01"), ("ASSAULT", "1944")]


def test_a_visit_that_frames_an_agreement_gives_both() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nIn October 2011, during a visit to Lima by the new Chilean "
            "president, the two sides signed an agreement on maritime issues.\n")
    assert [e.plover for e in extract(read_plaintext(text)).events] == ["CONSULT", "AGREE"]


def test_a_table_term_is_dropped_only_when_the_prose_names_the_same_holder() -> None:
    """Another office change in Peru that year (a death) does not tell the new president's term."""
    text = ("= Chile–Peru relations =\n\n==History==\nIn July 2024 the Peruvian president Ana Ruiz died in office.\n\n"
            "| | Chile | Peru |\n|---|---|---|\n| Current Head of State | President Juan Soto (2022–present) | "
            "President Luis Pérez (2024–present) |\n")
    doc = read_plaintext(text)
    terms = [(e.date, e.actors) for e in extract(doc).events if e.plover == "OTHER" and "(" in doc.text[e.start : e.end]]
    assert ("2024", ["PER"]) in terms


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("On 2 December 2022 gunmen opened fire on the Chilean embassy compound.", ["CHL"]),
        ("On 1 February 2021 the military seized power in Peru.", ["PER"]),
        ("In 2015, Chile imposed a ban on Peruvian fish.", ["CHL", "PER"]),  # a state's act still involves the other
    ],
)
def test_non_state_attacks_and_domestic_acts_involve_one_state(sentence: str, actors: list[str]) -> None:
    text = f"= Chile–Peru relations =\n\n==History==\n{sentence}\n"
    events = extract(read_plaintext(text)).events
    assert events and events[0].actors == actors, [(e.plover, e.actors) for e in events]


@pytest.mark.parametrize(
    ("title", "body", "border", "source"),
    [
        ("Finland–Russia relations", "In 1809 Russia annexed Finland.", True, "CIA World Factbook 2025"),
        ("Cuba–United States relations", "In 1961 the United States broke off relations.", False, "CIA World Factbook 2025"),
        ("Israel–Turkey relations", "Israel and Turkey do not share a border.", False, "text"),
        ("Chile–Peru relations", "Chile and Peru share a border of 171 km.", True, "text"),
    ],
)
def test_border_from_the_text_else_from_geography(title: str, body: str, border: bool, source: str) -> None:
    """Annotators answer from geography when an article is silent; the JSON says which answered."""
    doc = read_plaintext(f"{title}\n\n{body}\n")
    out = extract(doc).to_gold_json(doc.text)
    assert (out["border"], out["border_source"]) == (border, source)


def test_an_undated_lead_sentence_is_not_dated_by_the_one_before() -> None:
    """A lead summarises out of order: 'Chile later invaded Peru' there has no date of its own."""
    text = ("= Chile–Peru relations =\n\nPeru became independent of Spain in 1821. Chile later invaded Peru. Chile "
            "has stated that it is open to normalising relations with Peru.\n\n==History==\nIn 1879, Chile declared "
            "war on Peru. Chile invaded Peru the same year.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date) for e in events if e.plover != "OTHER"] == [("ASSAULT", "1879"), ("ASSAULT", "1879")]


def test_missions_a_state_used_to_have_are_not_missions() -> None:
    text = ("= Chile–Peru relations =\n\nChile has an embassy in Lima and used to have a consulate-general in Arequipa "
            "and a consulate in Tacna. Peru has an embassy in Santiago. It used to have a consulate in Arica.\n")
    missions = extract(read_plaintext(text)).missions
    assert sorted((m.sender, m.city) for m in missions) == [("CHL", "Lima"), ("PER", "Santiago")]


def test_a_list_of_places_each_with_its_year_is_one_event_per_year() -> None:
    text = ("= Chile–Peru relations =\n\n==History==\nChile annexed the province of Tarapacá in 1883, the Province "
            "of Arica in 1884 and the Tacna region in 1929.\n")
    events = extract(read_plaintext(text)).events
    assert [(e.plover, e.date) for e in events] == [("ASSAULT", "1883"), ("ASSAULT", "1884"), ("ASSAULT", "1929")]
