"""Which datasets a panel used, and how to cite them (`bilateral data cite`).

A frame built in this process carries the list the verbs recorded (`tags.panel_info`). A panel
read back from Parquet or CSV has lost it, so the columns the verbs add are mapped back to their
datasets as well; both answers are merged.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from bilateral.dyads.sources import DATASETS, dataset
from bilateral.dyads.tags import panel_info

# A column the verbs add -> the dataset it comes from (first match wins).
COLUMN_DATASETS: list[tuple[str, str]] = [
    ("conttype", "contiguity"), ("land", "contiguity"), ("sea", "contiguity"),
    ("dyadigos", "igo"), ("sum_igo_full", "igo-sy"),
    ("atop_defense", "atop"), ("flow1", "trade"), ("smoothflow1", "trade"), ("imports", "trade-sy"),
    ("cowmidongoing", "mids"), ("gmlmidongoing", "gml-mids"),
    ("cowmaj1", "majors"), ("cowmaj", "majors"),
    ("cinc1", "nmc"), ("cinc", "nmc"), ("milex1", "nmc"),
    ("euds1", "democracy"), ("v2x_polyarchy1", "democracy"), ("euds", "democracy"),
    ("capdist", "capitals"), ("mincapdist", "capitals"),
    ("events_total", "events"),
]


def datasets_from_columns(columns: Iterable[str], system: str | None = None) -> list[str]:
    """Datasets implied by column names (for panels that lost their in-memory record)."""
    cols = set(columns)
    out: list[str] = []
    if {"ccode1", "ccode"} & cols:
        out.append("cow-states")
    if {"gwcode1", "gwcode"} & cols:
        out.append("gw-states")
    for col, key in COLUMN_DATASETS:
        if col in cols:
            if key == "capitals" and ("gwcode1" in cols or "gwcode" in cols):
                key = "gw-capitals"
            out.append(key)
    return list(dict.fromkeys(out))


def used_datasets(frame: pl.DataFrame) -> list[str]:
    """Dataset keys a panel used, in the order they entered it."""
    try:
        recorded = list(panel_info(frame).datasets)
    except Exception:
        recorded = []
    return list(dict.fromkeys(recorded + datasets_from_columns(frame.columns)))


def citations(frame: pl.DataFrame | None = None, keys: Iterable[str] | None = None) -> list[dict[str, str]]:
    """One record per dataset (`key, title, version, citation`): of a panel, of given keys, or of all."""
    if keys is None:
        keys = used_datasets(frame) if frame is not None else list(DATASETS)
    rows = []
    for k in keys:
        d = dataset(k)
        rows.append({"key": d.key, "title": d.title, "version": d.version, "citation": d.citation})
    return rows
