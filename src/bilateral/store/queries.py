"""Read queries over the knowledge base that the profile, compare, CLI and web app share.

Each returns plain dicts (one per row) so callers can render them without knowing DuckDB.
"""

from __future__ import annotations

from typing import Any

import duckdb


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def country(con: duckdb.DuckDBPyConnection, iso3: str) -> dict[str, Any] | None:
    rows = _rows(con, "SELECT * FROM countries WHERE iso3 = ?", [iso3])
    return rows[0] if rows else None


def countries(con: duckdb.DuckDBPyConnection, un_only: bool = False) -> list[dict[str, Any]]:
    where = "WHERE un_member" if un_only else ""
    return _rows(con, f"SELECT * FROM countries {where} ORDER BY name")


def facts(con: duckdb.DuckDBPyConnection, iso3s: list[str], fields: list[str] | None = None) -> list[dict]:
    """All facts of the given states (optionally only some fields), in Factbook order."""
    sql = "SELECT * FROM facts WHERE iso3 IN (SELECT unnest(?))"
    params: list[Any] = [iso3s]
    if fields:
        sql += " AND field IN (SELECT unnest(?))"
        params.append(fields)
    return _rows(con, sql, params)


def shared_memberships(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Organisations both states belong to as full members (observers and partners excluded)."""
    return _rows(
        con,
        """SELECT ma.org AS code, o.name, ma.source AS source_a, mb.source AS source_b,
                  ma.start_date AS start_a, mb.start_date AS start_b
           FROM memberships ma JOIN memberships mb ON ma.org = mb.org
           LEFT JOIN organisations o ON o.code = ma.org
           WHERE ma.iso3 = ? AND mb.iso3 = ? AND ma.status IS NULL AND mb.status IS NULL
             AND ma.end_date IS NULL AND mb.end_date IS NULL
           QUALIFY row_number() OVER (
               PARTITION BY ma.org ORDER BY ma.start_date NULLS LAST, mb.start_date NULLS LAST) = 1
           ORDER BY ma.org""",
        [a, b],
    )


def border(con: duckdb.DuckDBPyConnection, a: str, b: str) -> dict[str, Any] | None:
    """The land border between two states as the Factbook gives it from a's side (then b's)."""
    rows = _rows(
        con,
        """SELECT iso3, neighbour_iso3, length_km, source, source_ref FROM borders
           WHERE (iso3 = ? AND neighbour_iso3 = ?) OR (iso3 = ? AND neighbour_iso3 = ?)
           ORDER BY iso3 = ? DESC""",
        [a, b, b, a, a],
    )
    return rows[0] if rows else None


def trade_partners(con: duckdb.DuckDBPyConnection, iso3: str, direction: str) -> list[dict[str, Any]]:
    return _rows(
        con,
        """SELECT * FROM trade_partners WHERE iso3 = ? AND direction = ? AND partner_name IS NOT NULL
           ORDER BY share DESC NULLS LAST""",
        [iso3, direction],
    )


def indicators(con: duckdb.DuckDBPyConnection, iso3s: list[str], names: list[str]) -> list[dict[str, Any]]:
    """Latest value of each fetched indicator per state."""
    return _rows(
        con,
        """SELECT * FROM indicators WHERE iso3 IN (SELECT unnest(?)) AND indicator IN (SELECT unnest(?))
           QUALIFY row_number() OVER (PARTITION BY iso3, indicator ORDER BY year DESC, fetched_at DESC) = 1""",
        [iso3s, names],
    )


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1"
    ).fetchall()]
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def meta(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT key, value FROM meta").fetchall())
