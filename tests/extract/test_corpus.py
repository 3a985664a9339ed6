"""The extractor on the corpus gold, scored by the library scorer and by the corpus's own script."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract
from bilateral.extract.scoring import score_doc


@pytest.fixture(scope="module")
def corpus(shared):
    text = (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "corpus" / "belarus_russia.gold.json").read_text(encoding="utf-8"))
    result = extract(read_plaintext(text, source="belarus_russia.txt"))
    return text, gold, result, result.to_gold_json(text)


def test_meets_the_issue_targets(corpus) -> None:
    text, gold, _, pred = corpus
    s = score_doc(gold, pred, text)
    assert s["events"]["f1"] >= 0.95
    assert s["missions"]["f1"] >= 0.95
    assert s["organizations"]["f1"] == 1.0
    assert s["figures"]["f1"] >= 0.85
    matched = s["events"]["tp"]
    agree = s["matched_agree"]
    assert agree["plover"] / matched >= 0.80
    assert agree["actors"] / matched >= 0.80
    assert agree["date"] / matched >= 0.90
    assert s["border"]


def test_output_follows_the_gold_schema(corpus) -> None:
    text, gold, result, pred = corpus
    assert pred["title"] == gold["title"]
    assert pred["pair"] == gold["pair"]
    assert set(pred) >= {"title", "pair", "events", "missions", "organizations", "border", "figures"}
    for e in pred["events"]:
        assert text[e["start"] : e["end"]] == e["evidence"]
        assert e["plover"] in {g["plover"] for g in gold["events"]} | {"RETREAT", "AID", "PROTEST"}
        assert e["quad"] in {"verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "neutral"}
    for ev in result.events:  # every event sits inside its sentence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


def test_vague_and_relative_dates(corpus) -> None:
    text, _, _, pred = corpus
    by_evidence = {text[e["start"] : e["end"]]: e for e in pred["events"]}
    refused = next(e for k, e in by_evidence.items() if "Belarus refused" in k)
    assert (refused["date"], refused.get("vague")) == ("2000/2009", True)
    later = next(e for k, e in by_evidence.items() if k.startswith("exactly a year later"))
    assert later["date"] == "1997-04-02"


def test_library_scorer_matches_the_corpus_script(corpus, shared, tmp_path) -> None:
    text, gold, _, pred = corpus
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(pred), encoding="utf-8")
    script = shared / "tools" / "score_extraction.py"
    out = subprocess.run(
        [sys.executable, str(script), str(shared / "corpus" / "belarus_russia.gold.json"), str(pred_path),
         str(shared / "corpus" / "belarus_russia.txt"), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    theirs = json.loads(out.stdout)
    from bilateral.extract.scoring import combine

    ours = combine([score_doc(gold, pred, text)])
    assert ours == theirs
