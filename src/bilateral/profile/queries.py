"""Read queries for the document- and event-derived parts of a profile.

The store's `queries` module answers reference questions (facts, borders, memberships); these
read what ingest and event loading add for one pair: documents, their events, missions,
figures, organisations and border statements, and event-data rows from the Parquet store.
The tables exist in every knowledge base (schema v1 creates them empty); event data is optional,
so a missing Parquet store reads as no rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from bilateral.store.queries import _rows

_PAIR_DOCS = "(SELECT doc_id FROM documents WHERE (pair_a = ? AND pair_b = ?) OR (pair_a = ? AND pair_b = ?))"


def documents(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Documents ingested for the pair (without their text), oldest first."""
    return _rows(con, """SELECT doc_id, title, source, kind, revision, ingested_at FROM documents
                         WHERE (pair_a = ? AND pair_b = ?) OR (pair_a = ? AND pair_b = ?)
                         ORDER BY ingested_at, doc_id""", [a, b, b, a])


def doc_events(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Events extracted from the pair's documents, in date order."""
    return _rows(con, f"""
        SELECT e.*, d.title AS doc_title, d.source AS doc_source FROM doc_events e
        JOIN documents d ON d.doc_id = e.doc_id WHERE e.doc_id IN {_PAIR_DOCS}
        ORDER BY e.year NULLS LAST, e.date_text NULLS LAST, e.span_start, e.event_id""", [a, b, b, a])


def missions(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Missions of each state in the other (from documents or fetched sources)."""
    return _rows(con, """
        SELECT m.*, d.title AS doc_title, d.source AS doc_source FROM missions m
        LEFT JOIN documents d ON d.doc_id = m.doc_id
        WHERE (m.sender = ? AND m.receiver = ?) OR (m.sender = ? AND m.receiver = ?)
        ORDER BY m.sender = ? DESC, m.kind = 'embassy' DESC, m.kind, m.city""", [a, b, b, a, a])


def figures(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    return _rows(con, f"""
        SELECT f.*, d.title AS doc_title, d.source AS doc_source FROM figures f
        JOIN documents d ON d.doc_id = f.doc_id WHERE f.doc_id IN {_PAIR_DOCS}
        ORDER BY f.year NULLS LAST, f.span_start""", [a, b, b, a])


def doc_organisations(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Organisations a document says both states belong to."""
    return _rows(con, f"""
        SELECT o.*, d.title AS doc_title, d.source AS doc_source FROM doc_organisations o
        JOIN documents d ON d.doc_id = o.doc_id WHERE o.doc_id IN {_PAIR_DOCS}
        ORDER BY o.span_start NULLS LAST""", [a, b, b, a])


def doc_borders(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    return _rows(con, f"""
        SELECT o.*, d.title AS doc_title, d.source AS doc_source FROM doc_borders o
        JOIN documents d ON d.doc_id = o.doc_id WHERE o.doc_id IN {_PAIR_DOCS}""", [a, b, b, a])


def _store_root() -> Path | None:
    """The events store's directory, or None when no event data is loaded (or the events extra is absent)."""
    try:
        from bilateral.events.store import PARTITION_GLOB, events_dir
    except ImportError:
        return None
    root = events_dir()
    return root if any(root.glob(PARTITION_GLOB)) else None


def _store_rows(con: duckdb.DuckDBPyConnection, query: str, params: list[Any]) -> list[dict[str, Any]]:
    """Run `query` ({src} standing for the events store) on a cursor of `con`, the lookups registered there.

    Why a cursor: registering the CAMEO and PLOVER lookups by name (`canonical.duckdb_on`) saves
    DuckDB parsing and binding them inline, but the web app's connection may still hold an open
    result, and DuckDB refuses `register` then. A cursor is a connection of its own to the same
    database, opened in microseconds.
    """
    root = _store_root()
    if root is None:
        return []
    from bilateral.events.canonical import duckdb_on
    from bilateral.events.store import parquet_sql

    cur = con.cursor()
    try:
        return _rows(cur, query.replace("{src}", duckdb_on(cur, parquet_sql(root))), params)
    finally:
        cur.close()


def pair_join(a: str, b: str, alias: str) -> str:
    """`bilateral.events.series.pair_join` (the pair's events, either direction), imported on use."""
    from bilateral.events.series import pair_join as join

    return join(a, b, alias)


def store_event_counts(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str) -> list[dict[str, Any]]:
    """Event-data counts per period and quad class for the dyad (either direction)."""
    trunc = {"year": "year", "quarter": "quarter", "month": "month"}[freq]
    return _store_rows(con, f"""
        SELECT CAST(date_trunc('{trunc}', date) AS DATE) AS period, quad, count(*) AS n,
               avg(goldstein) AS goldstein
        FROM {{src}} ev{pair_join(a, b, "ev")}
        WHERE date IS NOT NULL
        GROUP BY ALL ORDER BY period""", [])


def store_events(con: duckdb.DuckDBPyConnection, a: str, b: str, *, year_from: int | None = None,
                 year_to: int | None = None, plover: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The dyad's event-data rows (either direction), newest first, optionally filtered.

    In two steps. First the date of the `limit`-th newest row, from the few columns that need;
    then the rows themselves from the months since that date only. Why: read in one step, the
    source URLs and event ids of every row of the pair's months were read and decoded, most of a
    0.8 s query over a 10 M-row store. The rows are the same: every row of the first `limit` is
    dated on or after that date.
    """
    where, params = ["true"], []
    for cond, value in (("year >= ?", year_from), ("year <= ?", year_to), ("plover = ?", plover)):
        if value is not None:
            where.append(cond)
            params.append(value)
    pair = pair_join(a, b, "ev")
    cut = _store_rows(con, f"""
        SELECT date FROM {{src}} ev{pair} WHERE {" AND ".join(where)} AND date IS NOT NULL
        ORDER BY date DESC LIMIT 1 OFFSET ?""", [*params, limit - 1]) if limit > 0 else []
    if cut:  # on the partition columns too, so that DuckDB skips the older months' files
        d = cut[0]["date"]
        where.append("date >= ? AND (year > ? OR (year = ? AND month >= ?))")
        params += [d, d.year, d.year, d.month]
    return _store_rows(con, f"""
        SELECT event_id, source, date, year, actor1_iso3, actor2_iso3, cameo_code, plover, quad, goldstein,
               num_mentions, source_url, source_ref FROM {{src}} ev{pair}
        WHERE {" AND ".join(where)}
        ORDER BY date DESC NULLS LAST, num_mentions DESC NULLS LAST, event_id LIMIT ?""", [*params, limit])


def store_event_summary(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Per event-data source: how many events the dyad has, over which dates, of which quads."""
    return _store_rows(con, f"""
        SELECT source, count(*) AS n, min(date) AS first, max(date) AS last,
               count(*) FILTER (WHERE quad IN ('verbal_coop', 'material_coop')) AS coop,
               count(*) FILTER (WHERE quad IN ('verbal_conflict', 'material_conflict')) AS conflict,
               avg(goldstein) AS goldstein, string_agg(DISTINCT source_ref, ', ') AS files
        FROM {{src}} ev{pair_join(a, b, "ev")}
        GROUP BY source ORDER BY n DESC""", [])
