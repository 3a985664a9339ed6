"""PLOVER type accuracy on the PLOVER gold-standard records (CAMEO-manual example sentences)."""

from __future__ import annotations

import csv
import json

from bilateral.events.cameo import PLOVER_V05_RENAMES
from bilateral.extract.events import classify

GSR_TARGET = 0.78  # measured 0.798 (issue target 0.70)
HEADLINE_TARGET = 0.72  # measured 0.744


def _accuracy(items: list[tuple[str, str]]) -> float:
    hits = 0
    for text, gold in items:
        got = classify(text)
        hits += (got[0] if got else None) == PLOVER_V05_RENAMES.get(gold, gold)
    return hits / len(items)


def test_plover_gsr_type_accuracy(shared) -> None:
    records = json.loads((shared / "data/events/plover/PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    items = [(r["text"], r["event"]) for r in records if r.get("text") and r["event"] != "DOCUMENT"]
    assert len(items) == 322
    assert _accuracy(items) >= GSR_TARGET


def test_synthetic_headline_type_accuracy(shared) -> None:
    with (shared / "data/events/ngec/synthetic_headlines.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    fill = {"{country_1}": "Peru", "{country_2}": "Chile", "{country_3}": "Bolivia", "{city}": "Lima"}
    items = []
    for r in rows:
        title = r["title"]
        for k, v in fill.items():
            title = title.replace(k, v)
        items.append((title, r["event"]))
    assert _accuracy(items) >= HEADLINE_TARGET
