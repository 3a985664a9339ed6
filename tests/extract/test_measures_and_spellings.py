"""Figures in their own units and memberships in either spelling (session 16).

Held-out annotators count every length, area and capacity a relations article states (a pipeline's
878 km, a dam's 1,890 megawatts), votes, signed agreements and deadlines; a border's length told twice is
one fact. Organisation names come in -isation and -ization spellings, and "announced that it would leave
ECOWAS" ends a shared membership as "left" does.
"""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract


def _figures(body: str, title: str = "Mauritania–Senegal relations") -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract(read_plaintext(f"= {title} =\n\n{body}\n")).figures]


def _orgs(body: str, title: str = "Mauritania–Senegal relations") -> list[str]:
    return [o.code for o in extract(read_plaintext(f"= {title} =\n\n{body}\n")).organizations]


def test_lengths_areas_and_power_are_figures_even_where_no_state_is_named() -> None:
    assert _figures("The 878 km pipeline was completed in 2020.") == [(878, "km")]
    assert _figures("The dam has a capacity of 1,890 megawatts.") == [(1890, "MW")]
    assert _figures("Romania received some 103,093 km^{2} in all.") == [(103093, "km2")]
    assert _figures("Iceland extended the limit to 50 nautical miles.") == [(50, "nautical miles")]
    assert _figures("The road is 55 km long and the new tunnel 12.5 kilometres.") == [(55, "km"), (12.5, "km")]


def test_a_border_length_is_the_pairs_only_when_the_text_says_so_and_counts_once() -> None:
    told = "Mauritania and Senegal are neighbours whose 742-kilometre land border follows the Senegal River."
    assert _figures(told) == [(742, "km")]
    again = " The 742 km border runs from the Atlantic to the confluence of the Falémé."
    assert _figures(told + again) == [(742, "km")]
    assert _figures("Armenia and Turkey share a 311-kilometre (193 mi) land border.", "Armenia–Turkey relations") \
        == [(311, "km")]
    assert _figures("Senegal's border with Mali is 419 km long.") == []  # a third state's border


def test_votes_agreements_and_deadlines() -> None:
    assert _figures("The resolution was adopted by 22 votes to 2, with 36 abstentions.") == [
        (22, "votes"), (36, "votes")]
    assert _figures("In 2024 Senegal and Mauritania signed nine cooperation agreements.") == [(9, "agreements")]
    assert _figures("On 4 April 2024 Senegal gave the ambassador 72 hours to leave.") == [(72, "hours")]
    assert _figures("Senegal held the post for two years.") == []  # a span of time, not a deadline


def test_organisation_names_in_either_spelling() -> None:
    assert _orgs("Both are members of the Organisation for the Development of the Senegal River.") == ["OMVS"]
    assert _orgs("Both are members of the Organisation of American States and the Central American Parliament.",
                 "El Salvador–Honduras relations") == ["OAS", "PARLACEN"]


def test_a_state_that_announced_it_would_leave_shares_the_body_no_more() -> None:
    founded = "On 28 May 1975 both signed the Treaty of Lagos and became founding members of ECOWAS."
    assert _orgs(founded) == ["ECOWAS"]
    assert _orgs(founded + " In December 1999 Mauritania announced that it would leave ECOWAS.") == []
    assert _orgs(founded + " In 1999 Mauritania threatened to leave ECOWAS.") == ["ECOWAS"]


def test_mission_cities_with_accented_and_plural_particles() -> None:
    """'Anse-à-Pitres' (an accented particle between hyphens), 'Santiago de los Caballeros' ('de los')."""
    text = ("= Dominican Republic–Haiti relations =\n\n==Diplomatic missions==\nThe Dominican Republic has an embassy "
            "in Port-au-Prince and consulates in Ouanaminthe and Anse-à-Pitres. Haiti has an embassy in Santo Domingo "
            "and a consulate-general in Santiago de los Caballeros.\n")
    missions = {(m.sender, m.city, m.kind) for m in extract(read_plaintext(text)).missions}
    assert ("DOM", "Anse-à-Pitres", "consulate") in missions
    assert ("HTI", "Santiago de los Caballeros", "consulate-general") in missions


def test_a_border_of_the_two_states_named_before_it_and_volumes_in_cubic_metres() -> None:
    """Session 18: 'Egypt and Sudan are joined by ... a border of about 1,276 km' is the pair's border; water and
    gas are counted in cubic metres (the unit as annotators write it most often), a flow per second as such."""
    assert _figures("Egypt and Sudan are joined by the Nile and by a border of about 1,276 km.",
                    "Egypt–Sudan relations") == [(1276, "km")]
    assert _figures("Egypt and Sudan each have a border of about 1,100 km with Libya.", "Egypt–Sudan relations") == []
    assert _figures("Libya's border of 1,115 km with Egypt was closed.", "Egypt–Sudan relations") == []
    assert _figures("The 1929 agreement allocated 48 billion cubic metres of the annual flow to Egypt.",
                    "Egypt–Sudan relations") == [(48e9, "cubic metres")]
    assert _figures("The commission recommended that Iran receive 22 cubic metres per second of the Helmand's "
                    "water.", "Afghanistan–Iran relations") == [(22, "cubic metres per second")]
    assert _figures("The pipeline carries 10 bcm of Russian gas a year.", "Germany–Russia relations") == [
        (1e10, "cubic metres")]
