"""What the knowledge base holds from which source, and when it was fetched.

Every fetch writes one `source_log` row (source, ref, fetched_at, detail) in the same transaction as
its data, so the log never claims data that a failed fetch did not write. `holdings()` joins the log
with row counts per source in the fact tables for `bilateral sources`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb

# (table, source expression, distinct-ref expression): records from documents are attributed to the
# document's source (a Wikipedia revision, a file), not to the generic "document" the pipeline writes.
HOLDINGS: tuple[tuple[str, str, str], ...] = (
    ("documents", "t.source", "t.revision"),
    ("doc_events", "coalesce(d.source, t.source)", "t.doc_id"),
    ("missions", "coalesce(d.source, t.source)", "t.source_ref"),
    ("figures", "d.source", "t.doc_id"),
    ("doc_organisations", "d.source", "t.doc_id"),
    ("memberships", "t.source", "t.source_ref"),
    ("indicators", "t.source", "t.indicator"),
    ("facts", "t.source", "t.field"),
)
DOC_LINKED = {"doc_events", "missions", "figures", "doc_organisations"}


def log_fetch(
    con: duckdb.DuckDBPyConnection, source: str, ref: str, fetched_at: dt.datetime, **detail: Any
) -> None:
    """Record one fetch (call inside the transaction that writes its data)."""
    con.execute(
        "INSERT INTO source_log VALUES (?, ?, ?, ?)",
        [source, ref, _naive_utc(fetched_at), json.dumps(detail, ensure_ascii=False, default=str)],
    )


def _naive_utc(t: dt.datetime) -> dt.datetime:
    """DuckDB TIMESTAMP columns are naive: store UTC without the offset."""
    return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo else t


def _family(source: str) -> str:
    """Group documents by site: `wikipedia:en:Title@123` -> `wikipedia:en`."""
    if source.startswith("wikipedia:"):
        return ":".join(source.split(":")[:2])
    return source


def holdings(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """One row per (source, table): records held, how many distinct things they come from (revisions,
    documents, Wikidata items, indicators or fact fields, per `HOLDINGS`), and the last fetch."""
    fetched = {
        r[0]: (r[1], r[2])
        for r in con.execute(
            "SELECT source, max(fetched_at), count(*) FROM source_log GROUP BY source"
        ).fetchall()
    }
    rows: list[dict[str, Any]] = []
    for table, source, ref in HOLDINGS:
        join = "LEFT JOIN documents d ON d.doc_id = t.doc_id" if table in DOC_LINKED else ""
        counts = con.execute(
            f"SELECT {source}, count(*), count(DISTINCT {ref}) FROM {table} t {join} GROUP BY 1"
        ).fetchall()
        merged: dict[str, list[int]] = {}
        for src, n, refs in counts:
            m = merged.setdefault(_family(src or "unknown"), [0, 0])
            m[0] += n
            m[1] += refs
        for src, (n, refs) in merged.items():
            last = _last_fetch(fetched, src)
            rows.append({"source": src, "table": table, "records": n, "distinct": refs,
                         "fetched_at": last[0], "fetches": last[1]})
    built = con.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
    for r in rows:
        if r["fetched_at"] is None and built and r["table"] in ("facts", "memberships"):
            r["fetched_at"] = f"built {built[0]}"
    rows.sort(key=lambda r: (str(r["source"]), r["table"]))
    return rows


def _last_fetch(fetched: dict[str, tuple[Any, int]], source: str) -> tuple[Any, int]:
    if source in fetched:
        return fetched[source]
    # Wikipedia documents are logged per site ("Wikipedia") with the language in the ref.
    if source.startswith("wikipedia:") and "Wikipedia" in fetched:
        return fetched["Wikipedia"]
    return (None, 0)


def recent(con: duckdb.DuckDBPyConnection, limit: int = 20) -> list[dict[str, Any]]:
    """The latest fetches, newest first; `detail` summarised as `key=value` (URLs left out)."""
    out = []
    for source, ref, at, detail in con.execute(
        "SELECT source, ref, fetched_at, detail FROM source_log ORDER BY fetched_at DESC LIMIT ?", [limit]
    ).fetchall():
        try:
            info = json.loads(detail or "{}")
        except ValueError:
            info = {"detail": detail}
        summary = ", ".join(f"{k}={'-'.join(map(str, v)) if isinstance(v, list) else v}"
                            for k, v in info.items() if k not in ("urls", "url"))
        out.append({"source": source, "ref": ref, "fetched_at": at, "detail": summary})
    return out
