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

# Tables whose rows carry a `source` column, and what they hold.
SOURCE_TABLES = ("documents", "missions", "memberships", "indicators", "facts", "doc_events")


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
    """One row per (source, table): records held, distinct refs, and when the source was last fetched."""
    fetched = {
        r[0]: (r[1], r[2])
        for r in con.execute(
            "SELECT source, max(fetched_at), count(*) FROM source_log GROUP BY source"
        ).fetchall()
    }
    rows: list[dict[str, Any]] = []
    for table in SOURCE_TABLES:
        ref_col = "doc_id" if table == "doc_events" else "source_ref"
        if table == "documents":
            ref_col = "revision"
        counts = con.execute(
            f"SELECT source, count(*), count(DISTINCT {ref_col}) FROM {table} GROUP BY source"
        ).fetchall()
        merged: dict[str, list[int]] = {}
        for source, n, refs in counts:
            key = _family(source or "")
            m = merged.setdefault(key, [0, 0])
            m[0] += n
            m[1] += refs
        for source, (n, refs) in merged.items():
            last = _last_fetch(fetched, source)
            rows.append({"source": source, "table": table, "records": n, "refs": refs,
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
    """The latest fetches, newest first."""
    cur = con.execute(
        "SELECT source, ref, fetched_at, detail FROM source_log ORDER BY fetched_at DESC LIMIT ?", [limit]
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
