"""The canonical events table over the stored one: the columns the store leaves out, derived at read time.

Why: seven canonical columns are functions of others (`schemas.DERIVED`): the CAMEO root, the
statement flag, PLOVER type and mode and the quad class follow from the CAMEO code (or, for
POLECAT, the quad from its PLOVER type); which Goldstein table a score came from follows from
the source; date precision and document spans are constants for dataset events. Writing them
cost a fifth of the Parquet encoding of a GDELT load (0.44 -> 0.36 CPU s per M rows, measured on
one 312,000-row file), and they compress to nothing anyway. Every reader goes through this module
(DuckDB and Spark SQL, Polars expressions), so all see the same canonical columns.

Stores written before this layout hold the derived columns too; readers select only the stored
ones and derive the rest, so old and new files read alike (`plover` of an old GDELT row is its
lookup's, which COALESCE keeps).
"""

from __future__ import annotations

from functools import cache

import duckdb
import polars as pl
import pyarrow as pa

from bilateral.events import cameo
from bilateral.events.schemas import CANONICAL, CANONICAL_COLUMNS, STORED_COLUMNS

_LOOKUP_COLUMNS = ("code", "root", "is_statement", "plover", "plover_mode", "quad")


@cache
def _lookup() -> list[tuple[str, str, bool, str | None, str | None, str]]:
    """(code, root, is_statement, plover, plover_mode, quad) per CAMEO code."""
    return [tuple(r[:6]) for r in cameo.lookup_rows()]  # type: ignore[misc]


def _literal(v: object) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    return "'" + str(v).replace("'", "''") + "'"


def _exprs() -> dict[str, str]:
    """The SQL expression of each canonical column over stored `e`, CAMEO lookup `lk`, PLOVER quads `pq`."""
    out = {c: f"e.{c}" for c in STORED_COLUMNS}
    out |= {
        "date_precision": "'day'",
        "cameo_root": "lk.root",
        "is_statement": "COALESCE(lk.is_statement, false)",
        "plover": "COALESCE(e.plover, lk.plover)",
        "plover_mode": "COALESCE(e.plover_mode, lk.plover_mode)",
        "quad": "COALESCE(lk.quad, pq.quad, 'neutral')",
        "goldstein_table": "CASE WHEN e.goldstein IS NULL THEN 'none' WHEN e.source = 'icews' THEN 'icews'"
                           " WHEN e.source IN ('gdelt1', 'gdelt2') THEN 'gdelt' ELSE 'none' END",
        "span_start": "CAST(NULL AS INTEGER)",
        "span_end": "CAST(NULL AS INTEGER)",
    }  # fmt: skip
    return out


def stored_select() -> str:
    """The SELECT list that turns canonical columns into stored ones (what a writer keeps).

    PLOVER type and mode are kept only where no CAMEO code gives them (POLECAT).
    """
    keep = {"plover": "CASE WHEN cameo_code IS NULL THEN plover END AS plover",
            "plover_mode": "CASE WHEN cameo_code IS NULL THEN plover_mode END AS plover_mode"}  # fmt: skip
    return ", ".join(keep.get(c, c) for c in STORED_COLUMNS)


def select_sql(stored: str, cameo_lookup: str, plover_quad: str) -> str:
    """SELECT of the canonical columns (in order) from a FROM-able `stored` relation.

    `cameo_lookup` and `plover_quad` are FROM-able relations with the columns of `lookup_frames`
    (SQL shared by DuckDB and Spark).
    """
    exprs = _exprs()
    cols = ", ".join(f"{exprs[c]} AS {c}" for c in CANONICAL_COLUMNS)
    return (
        f"SELECT {cols} FROM {stored} e LEFT JOIN {cameo_lookup} lk ON lk.code = e.cameo_code"
        f" LEFT JOIN {plover_quad} pq ON pq.plover = e.plover"
    )


def duckdb_sql(stored: str) -> str:
    """`select_sql` for DuckDB, its lookups inline (no table to register), as a parenthesised relation."""
    return f"({select_sql(stored, *_inline_lookups())})"


LOOKUP_TABLES = ("bilateral_cameo", "bilateral_plover_quad")
"""Names the lookups are registered under where an engine holds them as tables (Spark, `duckdb_on`)."""


def duckdb_on(con: duckdb.DuckDBPyConnection, stored: str) -> str:
    """`duckdb_sql` for one connection: the lookups registered on it as Arrow tables, referred to by name.

    Why: the inline VALUES make a query of 22,000 characters, which DuckDB parsed and bound in
    26-31 ms of a 0.42 s dyad series over 10 M rows; by name, 8-9 ms (3,100 characters).
    """
    for name, table in zip(LOOKUP_TABLES, _lookup_arrow(), strict=True):
        con.register(name, table)
    return f"({select_sql(stored, *LOOKUP_TABLES)})"


@cache
def _lookup_arrow() -> tuple[pa.Table, pa.Table]:
    return tuple(frame.to_arrow() for frame in lookup_frames())  # type: ignore[return-value]


@cache
def _inline_lookups() -> tuple[str, str]:
    """The CAMEO lookup and the PLOVER quads as DuckDB VALUES relations (built once: ~300 rows of text)."""
    rows = ", ".join("(" + ", ".join(_literal(v) for v in r) + ")" for r in _lookup())
    quads = ", ".join(f"({_literal(p)}, {_literal(q)})" for p, q in cameo.PLOVER_QUAD.items())
    lk = f"(SELECT * FROM (VALUES {rows}) AS t({', '.join(_LOOKUP_COLUMNS)}))"
    pq = f"(SELECT * FROM (VALUES {quads}) AS t(plover, quad))"
    return lk, pq


def lookup_frames() -> tuple[pl.DataFrame, pl.DataFrame]:
    """The CAMEO lookup and the PLOVER quads as frames (for engines that register them as tables)."""
    lk = pl.DataFrame(_lookup(), schema={"code": pl.String, "root": pl.String, "is_statement": pl.Boolean,
                                         "plover": pl.String, "plover_mode": pl.String, "quad": pl.String},
                      orient="row")  # fmt: skip
    pq = pl.DataFrame(list(cameo.PLOVER_QUAD.items()), schema={"plover": pl.String, "quad": pl.String}, orient="row")
    return lk, pq


def polars(stored: pl.LazyFrame, types: dict[str, pl.DataType]) -> pl.LazyFrame:
    """The canonical columns (cast to `types`) from a lazy frame of the stored ones; row order is kept.

    Mappings (`replace_strict`), not joins: a join may reorder rows, and filters on the stored
    columns still reach the Parquet scan.
    """
    rows = _lookup()
    by_code = {name: {r[0]: r[k] for r in rows} for k, name in enumerate(_LOOKUP_COLUMNS) if k}
    code = pl.col("cameo_code")

    def mapped(name: str, column: str) -> pl.Expr:
        return code.replace_strict(by_code[name], default=None, return_dtype=types[column])

    is_gdelt = pl.col("source").is_in(["gdelt1", "gdelt2"])
    derived = {
        "date_precision": pl.lit("day", types["date_precision"]),
        "cameo_root": mapped("root", "cameo_root"),
        "is_statement": mapped("is_statement", "is_statement").fill_null(False),
        "plover": pl.coalesce(pl.col("plover"), mapped("plover", "plover")),
        "plover_mode": pl.coalesce(pl.col("plover_mode"), mapped("plover_mode", "plover_mode")),
        "quad": pl.coalesce(mapped("quad", "quad"),
                            pl.col("plover").replace_strict(cameo.PLOVER_QUAD, default=None, return_dtype=pl.String),
                            pl.lit("neutral")),
        "goldstein_table": pl.when(pl.col("goldstein").is_null()).then(pl.lit("none"))
                             .when(pl.col("source") == "icews").then(pl.lit("icews"))
                             .when(is_gdelt).then(pl.lit("gdelt")).otherwise(pl.lit("none")),
        "span_start": pl.lit(None, types["span_start"]),
        "span_end": pl.lit(None, types["span_end"]),
    }  # fmt: skip
    out = [derived[c].alias(c) if c in derived else pl.col(c) for c, _ in CANONICAL]
    return stored.select([pl.col(c).cast(types[c]) for c in STORED_COLUMNS]).select(out).cast(types)
