"""Cooperation–conflict series for a pair: event counts per period and quad class.

Two sources are merged: events extracted from the pair's documents (dated to a year, a month
or a day) and event data in the Parquet store (GDELT/ICEWS/POLECAT rows, dated to the day).
Document events only count at a frequency their date supports (a "1995" event is in the 1995
bucket of a yearly series but in no month). `net` is cooperative minus conflictual events, the
usual quick reading of a dyad's trend; `goldstein` is the mean Goldstein score where known.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from bilateral.errors import BilateralError
from bilateral.profile import queries as pq
from bilateral.profile.context import QUADS

FREQS = ("year", "quarter", "month")


def period_label(year: int, month: int | None, freq: str) -> str | None:
    if freq == "year":
        return f"{year}"
    if month is None:
        return None
    if freq == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    return f"{year}-{month:02d}"


def _doc_month(e: dict[str, Any]) -> int | None:
    date = e.get("date") or ""
    if e.get("vague") or len(date) < 7 or date[4] != "-":
        return None
    try:
        return int(date[5:7])
    except ValueError:
        return None


def pair_series(con: duckdb.DuckDBPyConnection | None, a: str, b: str, freq: str = "year",
                history: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Rows {period, events, <quad>..., coop, conflict, net, goldstein, sources} in period order."""
    if freq not in FREQS:
        raise BilateralError(f"unknown frequency {freq!r}; use one of {', '.join(FREQS)}")
    buckets: dict[str, dict[str, Any]] = {}

    def bucket(label: str) -> dict[str, Any]:
        if label not in buckets:
            buckets[label] = {"period": label, "events": 0, **{q: 0 for q in QUADS}, "_g": [], "sources": set()}
        return buckets[label]

    if history is None and con is not None:
        history = [{"date": r.get("date_text"), "year": r.get("year"), "vague": r.get("vague"),
                    "quad": r.get("quad")} for r in pq.doc_events(con, a, b)]
    for e in history or []:
        if not e.get("year"):
            continue
        label = period_label(e["year"], _doc_month(e), freq)
        if label is None:
            continue
        row = bucket(label)
        row["events"] += 1
        row[e.get("quad") if e.get("quad") in QUADS else "neutral"] += 1
        row["sources"].add("documents")
    if con is not None:
        for r in pq.store_event_counts(con, a, b, freq):
            d: dt.date = r["period"]
            row = bucket(period_label(d.year, d.month, freq) or str(d.year))
            row["events"] += r["n"]
            row[r["quad"] if r["quad"] in QUADS else "neutral"] += r["n"]
            if r["goldstein"] is not None:
                row["_g"].append((r["goldstein"], r["n"]))
            row["sources"].add("event data")
    out = []
    for label in sorted(buckets):
        row = buckets[label]
        g = row.pop("_g")
        row["coop"] = row["verbal_coop"] + row["material_coop"]
        row["conflict"] = row["verbal_conflict"] + row["material_conflict"]
        row["net"] = row["coop"] - row["conflict"]
        weight = sum(n for _, n in g)
        row["goldstein"] = round(sum(v * n for v, n in g) / weight, 3) if weight else None
        row["sources"] = sorted(row["sources"])
        out.append(row)
    return out
