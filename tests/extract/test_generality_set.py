"""The extractor on relations articles of other pairs and regions, scored like the corpus.

`tests/extract/generality/` holds sixteen articles written for this test in the corpus format (title, infobox
missions, lead, dated history sections, an economic section with figures, missions) about Japan–South Korea,
Argentina–Brazil, Egypt–Ethiopia, China–India, France–Germany, Greece–Turkey, Indonesia–Malaysia, Iran–Saudi
Arabia, Kenya–Tanzania, Colombia–Venezuela, Morocco–Spain, Australia–China, Canada–India, United
States–Vietnam, Nigeria–South Africa and Bolivia–Chile (several in the corpus's fuller layout: background
paragraphs, a comparison table, "See also"), each with a gold annotation in the corpus schema written by hand
from the text before the extractor was run on it. The last eleven were written in six rounds after the rules
had been tuned on the earlier ones, and scored untouched first (held-out checks; the figures are in
BENCHMARKS.md). No rule of the extractor names these countries or their people; the floors below guard that
the rules keep working beyond the one visible gold article. The pair is inferred from the title,
as `bilateral extract FILE` does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.documents.read import read_document
from bilateral.extract import extract
from bilateral.extract.scoring import combine, score_doc

GOLD_DIR = Path(__file__).parent / "generality"
SLUGS = sorted(p.name[: -len(".gold.json")] for p in GOLD_DIR.glob("*.gold.json"))
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER"}  # fmt: skip

# Measured on the sixteen: events 0.975, missions 1.0, organisations 1.0, figures 1.0; on matched events PLOVER
# 0.988, actors 0.926, date 0.969 (BENCHMARKS.md). The floors leave room for a rule change that trades a little.
FLOORS = {"events": 0.95, "missions": 0.97, "organizations": 1.0, "figures": 0.95}
AGREE_FLOORS = {"plover": 0.95, "actors": 0.88, "date": 0.96}


def _load(slug: str) -> tuple[str, dict, dict]:
    text = (GOLD_DIR / f"{slug}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD_DIR / f"{slug}.gold.json").read_text(encoding="utf-8"))
    doc = read_document(GOLD_DIR / f"{slug}.txt")
    return text, gold, extract(doc).to_gold_json(doc.text)


@pytest.fixture(scope="module")
def scored() -> dict[str, dict]:
    out = {}
    for slug in SLUGS:
        text, gold, pred = _load(slug)
        out[slug] = {"gold": gold, "pred": pred, "score": score_doc(gold, pred, text)}
    return out


def test_the_gold_is_well_formed() -> None:
    assert len(SLUGS) >= 16
    for slug in SLUGS:
        text = (GOLD_DIR / f"{slug}.txt").read_text(encoding="utf-8")
        gold = json.loads((GOLD_DIR / f"{slug}.gold.json").read_text(encoding="utf-8"))
        assert gold["title"] in text.splitlines()[0], slug
        assert len(gold["pair"]) == 2 and len(gold["events"]) >= 10, slug
        for e in gold["events"]:
            assert e["evidence"] in text, (slug, e["evidence"])
            assert e["plover"] in PLOVER and e["actors"], (slug, e["evidence"])
        for f in gold["figures"]:
            assert f["evidence"] in text, (slug, f["evidence"])


def test_the_pair_comes_from_the_title(scored) -> None:
    for slug, r in scored.items():
        assert r["pred"]["pair"] == r["gold"]["pair"], slug


def test_scores_on_other_pairs_reach_the_floors(scored) -> None:
    total = combine([r["score"] for r in scored.values()])
    for key, floor in FLOORS.items():
        assert total[key]["f1"] >= floor, (key, total[key])
    for key, floor in AGREE_FLOORS.items():
        assert total["matched_agree"][key] >= floor, (key, total["matched_agree"])
    assert total["border_correct"] == len(scored)


def test_every_article_on_its_own(scored) -> None:
    for slug, r in scored.items():
        s = r["score"]
        assert s["events"]["f1"] >= 0.85, (slug, s["events"])
        assert s["missions"]["f1"] >= 0.9, (slug, s["missions"])
        assert s["figures"]["recall"] >= 0.75, (slug, s["figures"])


def test_money_figures_say_what_they_measure(scored) -> None:
    whats = {f["what"] for r in scored.values() for f in r["pred"]["figures"] if f["unit"] != "people"}
    assert "trade between the two countries" in whats  # not "the two countries reached"
    assert "Egyptian exports to Ethiopia" in whats
    assert "share of Argentina's exports accounted for by Brazil" in whats
