"""Golden test: the Belarus–Russia profile after ingesting the corpus article holds what the gold says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bilateral.profile import assemble_profile


@pytest.fixture(scope="module")
def gold(shared: Path) -> dict:
    return json.loads((shared / "corpus" / "belarus_russia.gold.json").read_text(encoding="utf-8"))


@pytest.fixture
def profile(con):
    return assemble_profile(con, "BLR", "RUS")


def norm_city(city: str) -> str:
    """City names compared as the corpus scorer (`shared/tools/score_extraction.py`) compares them."""
    city = city.casefold().replace("st.", "saint ").replace("-", " ")
    return re.sub(r"\s+", " ", city).strip()


def test_every_gold_mission_is_in_the_profile(profile, gold):
    rows = profile.section("missions").rows
    have = {(r["sender"], r["receiver"], norm_city(r["city"] or ""), r["kind"]) for r in rows}
    for m in gold["missions"]:
        assert (m["sender"], m["receiver"], norm_city(m["city"]), m["kind"]) in have, m
    # the infobox shows each side's embassy, as the article's infobox does
    assert "Moscow" in profile.infobox["mission_a"] and "Embassy" in profile.infobox["mission_a"]
    assert "Minsk" in profile.infobox["mission_b"] and "Embassy" in profile.infobox["mission_b"]


def test_every_gold_organisation_and_the_border_are_in_the_lead(profile, gold):
    shared_orgs = next(s.data["shared_organisations"] for s in profile.lead if "shared_organisations" in s.data)
    assert set(gold["organizations"]) <= set(shared_orgs)
    border = next(s for s in profile.lead if "border" in s.data)
    assert border.data["border"] is gold["border"] is True
    assert border.data["length_km"] > 1000  # the Factbook gives 1,312 km


def test_history_holds_at_least_95_percent_of_gold_events_by_span(profile, gold, con):
    text = con.execute("SELECT text FROM documents WHERE pair_a IN ('BLR', 'RUS')").fetchone()[0]
    spans = [tuple(r["span"]) for r in profile.section("history").rows if r["span"][0] is not None]
    found = 0
    for ev in gold["events"]:
        start = text.find(ev["evidence"])
        assert start >= 0, ev["evidence"]
        end = start + len(ev["evidence"])
        if any(s < end and start < e for s, e in spans):
            found += 1
    assert found / len(gold["events"]) >= 0.95, f"{found}/{len(gold['events'])}"


def test_history_sentences_cite_the_article_and_name_year_and_actors(profile):
    history = profile.section("history")
    doc_refs = {r.key for r in profile.references if r.key.startswith("doc:")}
    assert len(doc_refs) == 1
    for row in history.rows:
        assert row["ref"] in doc_refs
        if row["year"]:
            assert str(row["year"] // 10 * 10)[:3] in row["sentence"]  # the year (or its decade) is stated
        assert row["period"] == (f"{row['year'] // 10 * 10}s" if row["year"] else "undated")
    periods = [r["period"] for r in history.rows]
    assert periods == sorted(periods, key=lambda p: (p == "undated", p)), "grouped in period order"


def _norm(label: str) -> str:
    words = label.lower().replace("current ", "").split()
    return " ".join(w.rstrip("s") for w in words)


def test_all_15_comparison_rows_match_the_article_table(profile, shared):
    article = (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")
    table = [line for line in article.splitlines() if line.startswith("|")]
    labels = []
    for line in table[1:]:  # the first line is the header (the two states)
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] and re.search(r"\w", cells[1] + cells[2]):  # rows with content
            labels.append(cells[0])
    assert len(labels) == 15
    ours = {_norm(r.label): r for r in profile.comparison.rows}
    assert len(ours) == 15
    for label in labels:
        assert _norm(label) in ours, label
    for key in ("population", "area", "gdp_nominal", "gdp_ppp"):
        row = next(r for r in profile.comparison.rows if r.key == key)
        assert row.a.value and row.b.value and row.b.value > row.a.value  # Russia is larger on each


def test_thematic_sections_reuse_history_events(profile):
    history_ids = {r["id"] for r in profile.section("history").rows}
    tension = profile.section("tension").rows
    assert tension and all(r["quad"] in ("verbal_conflict", "material_conflict") for r in tension)
    assert {r["id"] for r in tension} <= history_ids
    economy = profile.section("economy")
    figures = [r for r in economy.rows if r["kind"] == "figure"]
    assert any(r["unit"] == "%" and r["value"] == 48 for r in figures)  # "Russia accounted for some 48%"
    assert any(re.search(r"\bgas\b", r["evidence"] or "", re.I) for r in economy.rows if r["kind"] == "event")
    military = profile.section("military")
    assert any("CSTO" in s.data.get("shared_alliances", []) for s in military.statements)
    assert military.rows


def test_references_are_numbered_once_in_order_of_first_citation(profile):
    numbers = [r.number for r in profile.references]
    assert numbers == list(range(1, len(numbers) + 1))
    keys = [r.key for r in profile.references]
    assert len(keys) == len(set(keys))
    cited = {k for s in profile.lead for k in s.refs}
    for sec in profile.sections:
        cited |= {k for s in sec.statements for k in s.refs} | {r["ref"] for r in sec.rows if "ref" in r}
    assert cited <= set(keys)
