"""`timeline`: the dated, typed events ingested documents tell about a pair, oldest first.

An event belongs to a pair's timeline when it comes from a document about that pair (the
document's stored pair, in either order) or when both states are among its actors, whatever the
document. A vague period ("1994/1996", a "2000s" heading) is in a year window when it overlaps it.
Each row carries its provenance: document title and source, character span, the
evidence and the whole sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bilateral.errors import BilateralError
from bilateral.store import reading

TIMELINE_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
)  # fmt: skip

_SQL = """
SELECT e.date_text AS date, e.date_precision AS precision, e.vague, e.actors, e.plover AS type, e.quad,
       e.goldstein, e.sentence, e.evidence, e.section, d.title AS document, d.source, e.doc_id,
       e.span_start, e.span_end, e.event_id
FROM doc_events e JOIN documents d USING (doc_id)
WHERE ((d.pair_a = $a AND d.pair_b = $b) OR (d.pair_a = $b AND d.pair_b = $a)
       OR (list_contains(e.actors, $a) AND list_contains(e.actors, $b)))
  AND ($start IS NULL OR coalesce(CASE WHEN e.date_precision = 'range'
           THEN TRY_CAST(left(split_part(e.date_text, '/', 2), 4) AS INTEGER) END, e.year) >= $start)
  AND ($end IS NULL OR e.year <= $end)
  AND ($type IS NULL OR e.plover = $type)
ORDER BY e.date NULLS LAST, d.title, e.span_start
"""


def timeline(
    a: str, b: str, start: int | None = None, end: int | None = None, type: str | None = None,
    *, db: Path | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """Events between `a` and `b` (names or codes) from `start` to `end` (years, inclusive) of one PLOVER type."""
    from bilateral.documents.ingest import resolve_pair

    iso_a, iso_b = resolve_pair((a, b))
    if start is not None and end is not None and start > end:
        raise BilateralError(f"--from {start} is after --to {end}")
    kind = type.upper() if type else None
    if kind is not None and kind not in TIMELINE_TYPES:
        raise BilateralError(f"unknown event type {type!r}; expected one of {', '.join(TIMELINE_TYPES)}")
    with reading(db) as con:
        cur = con.execute(_SQL, {"a": iso_a, "b": iso_b, "start": start, "end": end, "type": kind})
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def documents_held(db: Path | None = None) -> int:
    """How many documents the knowledge base holds (for the empty-timeline hint)."""
    with reading(db) as con:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
