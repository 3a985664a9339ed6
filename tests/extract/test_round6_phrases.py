# ruff: noqa: E501  (one example sentence per line)
"""Phrasings met in held-out round 6 (articles of pairs the rules had never seen), written here with other
countries so that the rules are checked as general ones: lawsuits, labels, upgraded ties, commissions set
up or revived, fines, departing troops, port calls, counts written as words, "later that month", and a
capital that is part of a document's name.
"""

from __future__ import annotations

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract
from bilateral.extract.dates import find_dates, shift
from bilateral.extract.events import classify

SENTENCES = [
    ("On 3 May 2011, Peru filed a case against Ecuador at the International Court of Justice.", "ACCUSE"),
    ("In 2020, the Treasury formally labelled Thailand a currency manipulator.", "ACCUSE"),
    ("In 2021, Japan and India upgraded their ties to a special strategic partnership.", "AGREE"),
    ("In 2005, the two countries set up a joint economic commission.", "AGREE"),
    ("In 2022, Ghana and Togo revived their joint commission.", "AGREE"),
    ("In 2018, Kazakhstan fined the Chinese operator $3 million for tax evasion.", "SANCTION"),
    ("In 1999, the last Portuguese troops left the territory.", "RETREAT"),
    ("In 2019, a French frigate made a port call in Haiphong.", "COOPERATE"),
    ("In the 1980s, Libya funded rebel groups in Chad.", "AID"),
    ("In 1991, Ghana campaigned for sanctions against Togo.", "REQUEST"),
    ("In 2008, xenophobic riots in Durban killed six people.", "ASSAULT"),
    ("Zambia retaliated a week later by deporting dozens of Malawians.", "COERCE"),
    ("In 2010, the two presidents met at Punta Arenas.", "CONSULT"),
    ("In 2002, the two governments gradually repaired relations.", "SUPPORT"),
    ("In 1997, the first Ghanaian ambassador arrived in Lomé.", "SUPPORT"),
    ("In April 1997, Mr Mensah, a former general, arrived in Lomé as the first Ghanaian ambassador.", "SUPPORT"),
    ("In 2001, Ghana appointed its first ambassador to Togo.", "SUPPORT"),
    ("In 2014, Chile granted Bolivia free access to the port of Arica.", "COOPERATE"),
    ("In 2020, Chile and Peru resumed flights.", "COOPERATE"),
    ("In 2022, Ecuador expressed concern over Peruvian troop movements.", "ACCUSE"),
    ("In 2023, Togo summoned Ghana's ambassador over the remarks.", "ACCUSE"),
    ("In 2024, Peru pardoned three Ecuadorian fishermen.", "RETREAT"),
    ("In 2003, Peru voted against Ecuador's admission to the council.", "REJECT"),
    ("In 2006, Peru forgave Ecuador's debt.", "AID"),
    ("In 2012, Peru extended a credit line to Ecuador.", "AID"),
    ("In 2007, Peru declared Ecuador's ambassador persona non grata.", "SANCTION"),
    ("In 2008, Peru withdrew its ambassador from Ecuador.", "SANCTION"),
    ("In 2009, Peru withdrew 41 diplomats from Ecuador.", "RETREAT"),  # staff cut on demand, not a recall
    ("In 2022, Peru closed its airspace to Ecuadorian aircraft.", "SANCTION"),
    ("In 2016, Peru offered condolences to Ecuador after the earthquake.", "SUPPORT"),
]


@pytest.mark.parametrize(("sentence", "plover"), SENTENCES)
def test_round6_phrasings_get_their_type(sentence: str, plover: str) -> None:
    got = classify(sentence)
    assert (got[0] if got else None) == plover, sentence


def test_observers_labelling_a_plan_is_no_accusation() -> None:
    got = classify("Observers have labeled the potential plan a scheme to extend his rule.")
    assert (got[0] if got else None) != "ACCUSE"


def _doc(body: str):
    return read_plaintext("= Peru–Ecuador relations =\n\n==History==\n\n" + body + "\n")


def test_later_that_month_keeps_the_month_and_months_later_are_months() -> None:
    doc = _doc("In November 1995, Peru expelled the Ecuadorian ambassador. "
               "Ecuador recalled its ambassador from Lima later that month.")
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [e["date"] for e in events] == ["1995-11", "1995-11"]
    assert shift("1973-01-27", 2, "month~") == "1973-03"
    assert shift("1996-04-02", 1, "year") == "1997-04-02"  # "exactly a year later" keeps the day
    rel = [d for d in find_dates("exactly a year later and two months later") if d.kind == "relative"]
    assert [d.rel for d in rel] == [(1, "year"), (2, "month~")]


def test_counts_written_as_words_are_figures() -> None:
    doc = _doc("In March 2017, Peruvian authorities arrested nine Ecuadorian soldiers near the border. "
               "In 2019, riots in Quito killed twelve people.")
    figs = {(f["value"], f["unit"]) for f in extract(doc).to_gold_json(doc.text)["figures"]}
    assert (9, "people") in figs and (12, "people") in figs


def test_washington_dc_stays_one_city_and_a_capital_in_a_documents_name_is_no_actor() -> None:
    doc = read_plaintext(
        "= United States–Peru relations =\n\nInfobox\n- Mission1: Embassy of Peru, Washington, D.C.\n\n"
        "==History==\n\nOn 27 January 1973, the United States and Peru signed the Paris Peace Accords.\n\n"
        "==Resident diplomatic missions==\n* Peru has an embassy in Washington, D.C. and a consulate-general in Miami.\n",
    )
    out = extract(doc).to_gold_json(doc.text)
    assert {(m["city"], m["kind"]) for m in out["missions"] if m["sender"] == "PER"} == {
        ("Washington, D.C.", "embassy"), ("Miami", "consulate-general")}
    assert set(out["events"][0]["actors"]) == {"USA", "PER"}


def test_the_country_and_it_point_back_to_the_last_named_state() -> None:
    doc = _doc("In 2003, Ecuador closed its consulate in Tumbes. The country then expelled two Peruvian diplomats in "
               "March 2004. In 2005, Peru accused Ecuador of smuggling arms, and it recalled its ambassador from Quito.")
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [e["actors"][0] for e in events] == ["ECU", "ECU", "PER", "PER"]


def test_a_relative_date_counts_from_its_own_sentence_even_without_an_event_there() -> None:
    doc = _doc("In June 2008, Peru joined the boycott. The Peruvian president arrived in Quito on 12 May 2009; "
               "three Ecuadorian officers were detained the same day.")
    dates = {e["date"] for e in extract(doc).to_gold_json(doc.text)["events"]}
    assert "2009-05-12" in dates and len([d for d in dates if d.startswith("2008")]) == 1


def test_mid_year_earlier_that_year_and_the_following_spring() -> None:
    doc = _doc("In mid-2012, Peru and Ecuador signed a maritime agreement. Earlier that year, Peruvian police had "
               "arrested Ecuadorian traders. At the end of 2016, the two countries agreed to reopen the border. "
               "The following spring, Ecuador expelled Peruvian farmers.")
    assert [e["date"] for e in extract(doc).to_gold_json(doc.text)["events"]] == ["2012", "2012", "2016", "2017"]


def test_a_date_after_a_noun_and_its_participle_dates_the_noun_not_the_clause() -> None:
    doc = _doc("In April 2016, Peru accused Ecuador of stalling the border talks. Peru also condemned Ecuador's "
               "attempts to question the ceasefire agreement signed in May 1995. "
               "The two countries formally signed in October 1998 a peace agreement.")
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [(e["date"], e["plover"]) for e in events] == [("2016-04", "ACCUSE"), ("2016", "ACCUSE"),
                                                          ("1998-10", "AGREE")]


WARS_AND_CLAIMS = [
    ("In 1941, Peru and Ecuador went to war over the disputed Amazon provinces.", "1941", "ASSAULT"),
    ("A war between Peru and Ecuador broke out in January 1995.", "1995-01", "ASSAULT"),
    ("In 1981, Ecuador waged a short war against Peru.", "1981", "ASSAULT"),
    ("In 1960, Ecuador made territorial claims against Peru.", "1960", "REQUEST"),
    ("In 1998, Ecuador renewed its claim to the Amazon strip held by Peru.", "1998", "REQUEST"),
    ("In 1981, Peru and Ecuador nearly went to war over the Condor range.", "1981", "MOBILIZE"),
    ("In 1998, Peru and Ecuador settled their last border dispute.", "1998", "AGREE"),
    ("In 1910, Peru and Ecuador submitted their dispute to Spanish arbitration.", "1910", "AGREE"),
    ("In 2011, Ecuadorian troops took part in a peacekeeping mission with Peru.", "2011", "COOPERATE"),
    ("In July 1998, Brazil brokered a peace deal between Peru and Ecuador.", "1998-07", "AGREE"),
]


@pytest.mark.parametrize(("body", "date", "plover"), WARS_AND_CLAIMS)
def test_wars_claims_settlements_and_missions_are_events(body: str, date: str, plover: str) -> None:
    doc = _doc(body)
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [(e["date"], e["plover"], set(e["actors"]) - {"ESP", "BRA"}) for e in events] == [(date, plover, {"PER", "ECU"})]


def test_a_claim_asserted_as_a_purpose_is_no_demand() -> None:
    assert classify("The prefecture declared a holiday to assert its claim to the islands.") is None


def test_one_sentence_two_senders() -> None:
    doc = _doc("Peru has an embassy in Quito, while Ecuador has an embassy in Lima and a consulate in Tacna.")
    got = {(m["sender"], m["receiver"], m["city"], m["kind"]) for m in extract(doc).to_gold_json(doc.text)["missions"]}
    assert got == {("PER", "ECU", "Quito", "embassy"), ("ECU", "PER", "Lima", "embassy"), ("ECU", "PER", "Tacna", "consulate")}


def test_embassies_in_each_others_capitals_are_two_missions() -> None:
    def missions(title: str, body: str) -> set[tuple[str, str, str, str]]:
        doc = read_plaintext(f"= {title} =\n\n==Diplomatic missions==\n\n{body}\n")
        return {(m["sender"], m["receiver"], m["city"], m["kind"]) for m in extract(doc).to_gold_json(doc.text)["missions"]}

    assert missions("Peru–Ecuador relations", "Both countries have embassies in each other's capitals.") == {
        ("PER", "ECU", "Quito", "embassy"), ("ECU", "PER", "Lima", "embassy")}
    assert missions("Netherlands–United States relations",
                    "Each country maintains an embassy in the other's capital.") == {
        ("NLD", "USA", "Washington, D.C.", "embassy"), ("USA", "NLD", "The Hague", "embassy")}  # the seat of government
    assert missions("Peru–Ecuador relations", "In 1941 both countries closed their embassies in each other's capitals.") == set()
    assert missions("Peru–Ecuador relations", "Both countries have embassies in each other's capitals. Ecuador has "
                    "a consulate-general in Tumbes.") == {("PER", "ECU", "Quito", "embassy"), ("ECU", "PER", "Lima", "embassy"),
                                                          ("ECU", "PER", "Tumbes", "consulate-general")}


@pytest.mark.parametrize(("body", "date"), [
    ("From 2005 to 2010, Peru and Ecuador held annual summits.", "2005/2010"),
    ("Between 1941 and 1942, Peru and Ecuador fought over the Amazon provinces.", "1941/1942"),
    ("In 2001–2002, Peru and Ecuador held talks on the border.", "2001/2002"),
    ("In 2002, Peru and Ecuador held talks, and trade grew from 2005 to 2010.", "2002"),
])
def test_a_span_of_years_in_prose_is_one_range(body: str, date: str) -> None:
    doc = _doc(body)
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [e["date"] for e in events] == [date]
    assert not events[0].get("vague")  # a stated span, not a vague period


def test_a_holders_term_in_brackets_stays_two_years() -> None:
    spans = [d for d in find_dates("President Vladimir Putin (1999–2008, 2012–present)") if d.kind == "span"]
    assert spans == []


@pytest.mark.parametrize(("body", "actors"), [
    ("In 2016, Ecuador accused Peru of spying on behalf of the United States.", ["ECU", "PER"]),
    ("In 2018, Peru expelled two Ecuadorian diplomats accused of working with Colombian rebels.", ["PER", "ECU"]),
    ("In 2019, Ecuador sent aid to Peru after an earthquake struck near the Chilean border.", ["ECU", "PER"]),
    ("In 2020, Peru's foreign minister, a former ambassador to France, visited Quito.", ["PER", "ECU"]),
    ("In 2015, the presidents of Peru and Ecuador met on the sidelines of the UN General Assembly.", ["PER", "ECU"]),
    ("In 2021, Ecuador and Peru held talks in Lima, mediated by Brazil.", ["ECU", "PER", "BRA"]),
    ("In 2017, Peru and Ecuador jointly condemned Venezuela's government.", ["PER", "ECU", "VEN"]),
])
def test_a_third_state_named_only_as_a_setting_is_no_actor(body: str, actors: list[str]) -> None:
    doc = _doc(body)
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [e["actors"] for e in events] == [actors]


@pytest.mark.parametrize(("body", "border"), [
    ("Ecuador and Peru are neighbouring countries.", True),
    ("The two countries are close neighbours.", True),
    ("Peru and Ecuador are not neighbours.", None),
    ("Peru, like its neighbouring countries, joined the OAS.", None),
    ("In 1998 the Peru–Ecuador border was demarcated.", True),
    ("The Peru–Brazil border is long.", None),
])
def test_neighbours_and_a_named_border_say_the_pair_shares_one(body: str, border: bool | None) -> None:
    said = extract(_doc(body)).border  # what the text says; the JSON falls back on geography when it says nothing
    assert (said.shared if said else None) is border


@pytest.mark.parametrize(("body", "date", "actors"), [
    ("In 1941, Ecuador was invaded by Peru.", "1941", ["PER", "ECU"]),
    ("In 2001, sanctions were imposed on Ecuador by Peru.", "2001", ["PER", "ECU"]),
    ("In 2007, Ecuadorian fishermen were arrested by the Peruvian navy.", "2007", ["PER", "ECU"]),
    ("In 2006, Peru was visited by Ecuador's president.", "2006", ["ECU", "PER"]),
    ("In 2009, Ecuador, which was supported by Brazil, accused Peru of aggression.", "2009", ["ECU", "PER"]),
])
def test_the_agent_of_a_passive_acts_and_an_aside_is_no_event(body: str, date: str, actors: list[str]) -> None:
    """Who acted comes first (the profile's sentences say 'Peru used force against Ecuador'); a relative
    clause between commas describes its noun: neither its verb, its date nor its third state is the event's."""
    doc = _doc(body)
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [(e["date"], e["actors"]) for e in events] == [(date, actors)]


def test_an_aside_with_a_date_of_its_own_is_an_event_of_its_own() -> None:
    """(Session 14: it was none before.) The aside's act is dated by the aside; its agent comes first."""
    doc = _doc("Ecuador, which had been invaded by Peru in 1941, signed a trade pact with Peru in 2001.")
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert sorted((e["date"], e["plover"], e["actors"]) for e in events) == [
        ("1941", "ASSAULT", ["PER", "ECU"]), ("2001", "AGREE", ["ECU", "PER"])]


@pytest.mark.parametrize(("body", "event"), [
    ("Alan García became president of Peru in 2006.", ("2006", "OTHER", ["PER"])),
    ("In 2017, Lenín Moreno became the new president of Ecuador.", ("2017", "OTHER", ["ECU"])),
    ("Ecuador became a member of OPEC in 1973.", ("1973", "COOPERATE", ["ECU", "OPEC"])),
])
def test_becoming_president_or_a_member_is_an_event(body: str, event: tuple[str, str, list[str]]) -> None:
    doc = _doc(body)
    assert [(e["date"], e["plover"], e["actors"]) for e in extract(doc).to_gold_json(doc.text)["events"]] == [event]


def test_a_ceasefire_brokered_by_a_third_state_in_a_compound_is_still_the_pairs() -> None:
    doc = _doc("The war lasted until a Brazil-brokered ceasefire between Peru and Ecuador in 1995.")
    events = extract(doc).to_gold_json(doc.text)["events"]
    assert [(e["date"], e["plover"], set(e["actors"]) >= {"PER", "ECU"}) for e in events] == [("1995", "RETREAT", True)]
