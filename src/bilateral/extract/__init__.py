"""bilateral.extract: records with spans from documents — dated, typed events, missions, shared
organisations, border and figures. `extract(doc)` is the entry point; `Extraction.to_gold_json`
renders the corpus gold schema."""

from bilateral.extract.pipeline import extract, infer_pair
from bilateral.extract.records import (
    BorderRecord,
    EventRecord,
    Extraction,
    FigureRecord,
    MissionRecord,
    OrgRecord,
)

__all__ = [
    "BorderRecord",
    "EventRecord",
    "Extraction",
    "FigureRecord",
    "MissionRecord",
    "OrgRecord",
    "extract",
    "infer_pair",
]
