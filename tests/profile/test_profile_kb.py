"""The in-memory tables answer as the store's queries do; charts, series and generated sentences."""

from __future__ import annotations

import pytest

from bilateral.profile import compare
from bilateral.profile.charts import chart_svgs, comparison_values
from bilateral.profile.kb import KB, cached_kb
from bilateral.profile.narrate import date_phrase, event_sentence
from bilateral.profile.series import pair_series
from bilateral.store import queries

PAIRS = [("BLR", "RUS"), ("FRA", "DEU"), ("USA", "CAN"), ("JPN", "KOR"), ("BRA", "ARG"), ("IND", "PAK")]


def test_in_memory_comparison_equals_the_sql_comparison(con):
    kb = KB.load(con)
    for a, b in PAIRS:
        assert kb.compare(a, b).to_dict() == compare(con, a, b).to_dict()


def test_in_memory_lookups_equal_store_queries(con):
    kb = KB.load(con)
    for a, b in PAIRS:
        assert kb.shared_memberships(a, b) == queries.shared_memberships(con, a, b)
        assert (kb.border(a, b) is None) == (queries.border(con, a, b) is None)
        for d in ("export", "import"):
            mine = [(r["partner_iso3"], r["share"]) for r in kb.trade_partners(a, d)]
            theirs = [(r["partner_iso3"], r["share"]) for r in queries.trade_partners(con, a, d)]
            assert sorted(mine, key=str) == sorted(theirs, key=str)  # ties in share may come in any order
            shares = [s for _, s in mine if s is not None]
            assert shares == sorted(shares, reverse=True)
    assert kb.has_documents("RUS", "BLR") and not kb.has_documents("FRA", "DEU")


def test_cached_kb_is_reused_until_the_file_changes(con):
    assert cached_kb(con) is cached_kb(con)


@pytest.mark.parametrize(("text", "want"), [
    ("1995-01-06", "On 6 January 1995"), ("1995-02", "In February 1995"), ("1999", "In 1999"),
    ("2000/2009", "In the 2000s"), ("1994/1996", "Between 1994 and 1996"), (None, "At an undated time"),
])
def test_date_phrases(text, want):
    assert date_phrase(text) == want


def test_event_sentence_uses_actor_names_and_the_plover_verb():
    names = {"RUS": "Russia", "BLR": "Belarus"}
    s = event_sentence("2009-07", 2009, ["RUS", "BLR"], "SANCTION", lambda c: names.get(c, c), "Russia banned milk")
    assert s == "In July 2009, Russia imposed sanctions or restrictions on Belarus: “Russia banned milk”."
    assert event_sentence("1994", 1994, ["BLR"], "OTHER", lambda c: names[c]).startswith(
        "In 1994, a dated development concerning Belarus")


def test_series_counts_every_dated_history_event(con):
    from bilateral.profile import assemble_profile

    p = assemble_profile(con, "BLR", "RUS")
    yearly = pair_series(con, "BLR", "RUS", "year")
    dated = [r for r in p.section("history").rows if r["year"]]
    assert sum(r["events"] for r in yearly) == len(dated)
    assert all(r["net"] == r["coop"] - r["conflict"] for r in yearly)
    monthly = pair_series(con, "BLR", "RUS", "month")
    assert 0 < sum(r["events"] for r in monthly) < len(dated)  # year-only dates have no month
    assert [r["period"] for r in monthly] == sorted(r["period"] for r in monthly)


def test_charts_are_svg_and_comparison_shares_add_up(con):
    from bilateral.profile import assemble_profile

    p = assemble_profile(con, "BLR", "RUS")
    svgs = chart_svgs(p)
    assert set(svgs) == {"cooperation_conflict", "events_by_quad", "comparison"}
    assert all(s.lstrip().startswith("<svg") for s in svgs.values())
    values = comparison_values(p)
    for measure in {v["measure"] for v in values}:
        assert abs(sum(v["share"] for v in values if v["measure"] == measure) - 100) < 0.1
    assert set(chart_svgs(assemble_profile(con, "FRA", "DEU"))) == {"comparison"}  # no events to chart


def test_names_read_as_in_prose():
    from bilateral.profile.narrate import cap, prose

    assert prose("United States") == "the United States" and prose("Netherlands") == "the Netherlands"
    assert prose("France") == "France" and prose("Belarus") == "Belarus"
    assert cap(prose("United Kingdom")) == "The United Kingdom"


def test_trade_partners_that_are_not_states_or_not_reported(con):
    """The Factbook lists Hong Kong as a partner (a territory, named as such) and reports none for Liechtenstein."""
    from bilateral.profile import assemble_profile

    lead = " ".join(s.text for s in assemble_profile(con, "CHN", "JPN").lead)
    assert "Hong Kong (8%)" in lead and "HKG" not in lead
    partners = {p["partner_iso3"]: p for p in KB.load(con).trade_partners("CHN", "export")}
    assert partners["HKG"]["share"] == 8
    assert queries.trade_partners(con, "LIE", "export") == [] == KB.load(con).trade_partners("LIE", "export")
    assert con.execute("SELECT count(*) FROM trade_partners WHERE partner_name IS NULL").fetchone()[0] == 0
    p = assemble_profile(con, "LIE", "CHE")
    lead = " ".join(s.text for s in p.lead)
    assert "?" not in lead and "Liechtenstein's main export partners" not in lead
    assert "In 2023, Switzerland's main export partners were Germany (14%), China (12%) and the United States" in lead


def test_partner_list_reads_as_a_list_of_one_year(con):
    """ "Mali (7%) (2023)" read as two asides; the year now opens the sentence and the list ends in "and"."""
    from bilateral.profile import assemble_profile

    lead = [s.text for s in assemble_profile(con, "CIV", "GHA").lead]
    civ = next(t for t in lead if "Côte d'Ivoire's main export partners" in t)
    assert civ.startswith("In 2023, Côte d'Ivoire's main export partners were Switzerland (17%), "
                          "the Netherlands (9%) and ")
    assert ") (" not in civ and civ.endswith("; Ghana was not among the partners the Factbook lists.")
    jpn = next(t for t in (s.text for s in assemble_profile(con, "JPN", "KOR").lead) if t.startswith("In 2023, Japan"))
    assert "; South Korea was its number 4 export market (6%)." in jpn


def test_organisations_named_as_supranational_ties_are_not_named_again(con):
    from bilateral.profile import assemble_profile

    lead = [s for s in assemble_profile(con, "CIV", "GHA").lead]
    unions = next(s.text for s in lead if s.text.startswith("Their supranational ties"))
    assert "(AU)" in unions and "(ECOWAS)" in unions
    both = next(s for s in lead if s.text.startswith("Both are"))
    assert both.text.startswith("Both are also members of the United Nations (UN)")
    assert "(AU)" not in both.text and "(ECOWAS)" not in both.text
    assert {"AU", "ECOWAS", "UN"} <= set(both.data["shared_organisations"])  # the data keep every membership
    counted = int(both.text.split(" and of ")[1].split()[0])
    assert counted == len(both.data["shared_organisations"]) - 4  # AU and ECOWAS above, UN and WTO named here


def test_see_also_names_foreign_relations_articles_as_wikipedia_titles_them(con):
    from bilateral.profile import assemble_profile

    titles = [r["title"] for r in assemble_profile(con, "USA", "NLD").section("see_also").rows]
    assert titles[:2] == ["Foreign relations of the United States", "Foreign relations of the Netherlands"]
    titles = [r["title"] for r in assemble_profile(con, "BLR", "RUS").section("see_also").rows]
    assert titles[:3] == ["Foreign relations of Belarus", "Foreign relations of Russia", "Belarus–Russia border"]


def test_shared_organisations_sentence_punctuation(con):
    from bilateral.profile import assemble_profile

    def orgs(a: str, b: str) -> str:
        return next(s.text for s in assemble_profile(con, a, b).lead if s.text.startswith("Both are members"))

    one = orgs("SDN", "SSD")  # one notable organisation named, then the count
    assert one.startswith("Both are members of the United Nations (UN) and of ") and ", and of" not in one
    many = orgs("USA", "CHN")
    assert ", and of " in many and many.endswith(" other international organisations.")
    assert "the Group of 20 (G20)" in many  # as articles write it; the data keep the Factbook's "G-20"
    p = assemble_profile(con, "USA", "CHN")
    assert "G-20" in next(s.data for s in p.lead if s.text.startswith("Both are members"))["shared_organisations"]


def test_trade_shares_read_as_taking_exports_and_supplying_imports(con):
    from bilateral.profile import assemble_profile

    texts = [s.text for s in assemble_profile(con, "USA", "NLD").section("economy").statements]
    want = "The United States takes 6% of the Netherlands' exports (2023) and supplies 10% of its imports (2023)."
    assert want in texts
    texts = [s.text for s in assemble_profile(con, "XKX", "SRB").section("economy").statements]
    assert texts == ["Serbia supplies 7% of Kosovo's imports (2021)."]


def test_infobox_missions_name_the_sender_as_prose_and_the_city_whole(kb_path, tmp_path):
    """'Embassy of the United States, Havana'; 'Washington, D.C. The United States has ...' ends a sentence."""
    import shutil

    from bilateral.documents.ingest import ingest
    from bilateral.documents.plaintext import read_plaintext
    from bilateral.profile import assemble_profile
    from bilateral.store import reading

    db = tmp_path / "bilateral.duckdb"
    shutil.copy(kb_path, db)
    text = ("= Cuba–United States relations =\n\nCuba has an embassy in Washington, D.C. The United States has an "
            "embassy in Havana.\n")
    ingest(read_plaintext(text), db=db)
    with reading(db) as c:
        box = assemble_profile(c, "CUB", "USA").infobox
    assert box["mission_a"] == "Embassy of Cuba, Washington, D.C."
    assert box["mission_b"] == "Embassy of the United States, Havana"
