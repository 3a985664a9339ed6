"""The store keeps fewer columns than the canonical table; every reader derives the rest identically.

The reference is each source format's own SQL (`formats.Format.select`, which still computes every
canonical column from the raw row): what a load stores and a reader derives must equal it, row by
row, for the real GDELT 1.0/2.0 and ICEWS samples, through DuckDB and Polars. A store that also
holds files of the earlier, wide layout reads the same.
"""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import polars as pl
import pytest

from bilateral.events import canonical, schemas, stage
from bilateral.events.formats import FORMATS
from bilateral.events.load import load_files
from bilateral.events.store import events_dir, parquet_sql, scan_events, stored_events_sql


def _norm(rows: list[tuple]) -> list[tuple]:
    return sorted(tuple("NaN" if isinstance(v, float) and math.isnan(v) else v for v in r) for r in rows)


def _reference(fmt_name: str, path: Path) -> list[tuple]:
    """The canonical rows the format's SQL gives for the good rows of the file (no store involved)."""
    fmt = FORMATS[fmt_name]
    con = duckdb.connect()
    stage._register_lookups(con)
    files = pl.DataFrame({"path": [path.as_posix()], "name": [path.name], "digest": ["x"]})  # noqa: F841
    con.execute("CREATE TEMP TABLE batch_files AS SELECT * FROM files")
    rows = con.sql(f"SELECT {fmt.select} {stage._from_clause(fmt, [path])} WHERE {fmt.reason} = 'ok'").fetchall()
    con.close()
    return _norm(rows)


@pytest.mark.parametrize("source", ["gdelt2", "gdelt1", "icews"])
def test_stored_and_derived_columns_equal_the_formats_own_sql(tmp_home: Path, source: str, gdelt2_file: Path,
                                                              gdelt1_file: Path, icews_file: Path) -> None:  # fmt: skip
    path = {"gdelt2": gdelt2_file, "gdelt1": gdelt1_file, "icews": icews_file}[source]
    expected = _reference(source, path)
    report = load_files([path], source)
    assert report.rows_loaded == len(expected) > 700
    got = _norm(duckdb.sql(f"SELECT * FROM {stored_events_sql()}").fetchall())
    assert got == expected
    lazy = scan_events(include_documents=False).collect()
    assert lazy.columns == schemas.CANONICAL_COLUMNS
    assert _norm(lazy.rows()) == expected
    # What is stored is only the stored columns, PLOVER type and mode only where no CAMEO code gives them.
    stored = duckdb.sql(f"SELECT * FROM {parquet_sql(events_dir())}")
    assert set(stored.columns) == set(schemas.STORED_COLUMNS)
    assert duckdb.sql(f"SELECT count(*) FROM {parquet_sql(events_dir())} WHERE plover IS NOT NULL").fetchall() == [(0,)]


def test_stores_of_the_wide_layout_read_the_same(tmp_home: Path, gdelt2_file: Path, icews_file: Path) -> None:
    """Files written with every canonical column (the layout before) and narrow files, in one store."""
    load_files([gdelt2_file], "gdelt2")
    expected = _norm(duckdb.sql(f"SELECT * FROM {stored_events_sql()}").fetchall())
    root = events_dir()
    wide = root.parent / "wide"
    duckdb.sql(f"COPY (SELECT * FROM {stored_events_sql()}) TO '{wide.as_posix()}' "
               "(FORMAT parquet, PARTITION_BY (year, month), FILENAME_PATTERN 'old_{i}')")  # fmt: skip
    for f in list(root.glob("year=*/month=*/*.parquet")):
        f.unlink()
    for f in wide.glob("year=*/month=*/*.parquet"):
        dest = root / f.parent.parent.name / f.parent.name / f.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        f.replace(dest)
    assert "quad" in duckdb.sql(f"SELECT * FROM {parquet_sql(root)} LIMIT 0").columns  # really the wide layout
    assert _norm(duckdb.sql(f"SELECT * FROM {stored_events_sql()}").fetchall()) == expected
    load_files([icews_file], "icews")  # narrow files join the wide ones
    both = duckdb.sql(f"SELECT * FROM {stored_events_sql()}").pl()
    assert both.height == len(expected) + _count_icews(both)
    assert _norm(both.filter(pl.col("source") == "gdelt2").rows()) == expected
    assert _norm(scan_events(include_documents=False).collect().rows()) == _norm(both.rows())


def _count_icews(frame: pl.DataFrame) -> int:
    n = frame.filter(pl.col("source") == "icews").height
    assert n > 0 and frame.filter(pl.col("source") == "icews")["goldstein_table"].unique().to_list() in (
        ["icews"], ["icews", "none"], ["none", "icews"])  # fmt: skip
    return n


def test_stored_select_keeps_polecat_types_only() -> None:
    given = ("cameo_code", "plover", "plover_mode")
    others = ", ".join(f"NULL AS {c}" for c in schemas.CANONICAL_COLUMNS if c not in given)
    rows = duckdb.sql(f"""SELECT {canonical.stored_select()} FROM (
                            SELECT t.*, {others} FROM (VALUES ('040', 'CONSULT', 'visit'), (NULL, 'ASSAULT', 'aerial'))
                            AS t(cameo_code, plover, plover_mode))""").pl()
    assert rows.columns == schemas.STORED_COLUMNS
    assert rows.sort("cameo_code", nulls_last=True)[["plover", "plover_mode"]].rows() == [(None, None),
                                                                                          ("ASSAULT", "aerial")]
