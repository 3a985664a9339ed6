"""Bulk inserts for fetched rows.

DuckDB's `executemany` runs one INSERT per row (about a millisecond each): 34,000 indicator rows
took half a minute. Building a Polars frame with the table's column types and inserting it with one
`INSERT ... SELECT` is hundreds of times faster, inside the same transaction. (Polars rather than a
pyarrow table because `pyarrow.array` imports pandas, which costs seconds per process.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import polars as pl

_TYPES: dict[str, Any] = {
    "VARCHAR": pl.Utf8, "DOUBLE": pl.Float64, "INTEGER": pl.Int32, "BIGINT": pl.Int64, "BOOLEAN": pl.Boolean,
    "TIMESTAMP": pl.Datetime("us"), "DATE": pl.Date, "JSON": pl.Utf8,
}


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Sequence[Any]]) -> int:
    """Insert positional `rows` (all of `table`'s columns, in order) in one statement."""
    if not rows:
        return 0
    desc = con.execute(f"DESCRIBE {table}").fetchall()
    if any(len(r) != len(desc) for r in rows):
        raise ValueError(f"rows for {table} must have {len(desc)} values")
    schema = {name: _TYPES.get(str(kind), pl.Utf8) for name, kind, *_ in desc}
    frame = pl.DataFrame({c: [r[i] for r in rows] for i, c in enumerate(schema)}, schema=schema)
    name = f"_bilateral_rows_{table}"
    con.register(name, frame)
    try:
        quoted = ", ".join(f'"{c}"' for c in schema)
        con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {name}")
    finally:
        con.unregister(name)
    return len(rows)
