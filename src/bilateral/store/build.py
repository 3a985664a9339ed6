"""Build the knowledge base from the installed reference packages.

The build writes a complete new file next to the target and renames it into place, so a reader
never sees a half-built database and a failed build leaves the old file untouched. Documents,
events and fetched sources already in an old file are carried over on `--force` rebuilds.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from bilateral.errors import DatabaseError
from bilateral.paths import db_path
from bilateral.store.schema import REFERENCE_TABLES

FACTBOOK = "CIA World Factbook 2025"


@dataclass(frozen=True)
class BuildReport:
    path: Path
    seconds: float
    countries: int
    facts: int
    memberships: int
    borders: int
    trade_partners: int
    carried_over: dict[str, int]


def _country_frame():
    import polars as pl

    from bilateral.countries import all_states

    rows = [
        {
            "iso3": c.iso3, "iso2": c.iso2, "numeric": c.numeric, "name": c.name,
            "official_name": c.official_name, "gec": c.gec, "cow": c.cow, "gw": c.gw,
            "un_member": c.un_member,
        }
        for c in all_states()
    ]
    return pl.DataFrame(rows, schema={
        "iso3": pl.Utf8, "iso2": pl.Utf8, "numeric": pl.Utf8, "name": pl.Utf8, "official_name": pl.Utf8,
        "gec": pl.Utf8, "cow": pl.Int32, "gw": pl.Int32, "un_member": pl.Boolean,
    })


def _fact_frame(iso3s: list[str]):
    import polars as pl

    from bilateral.countries.factbook import all_factbook_facts

    schema = {
        "iso3": pl.Utf8, "field": pl.Utf8, "value_num": pl.Float64, "value_text": pl.Utf8, "unit": pl.Utf8,
        "year": pl.Int32, "low": pl.Float64, "high": pl.Float64, "name": pl.Utf8, "status": pl.Utf8,
        "date": pl.Utf8, "derived": pl.Boolean, "source": pl.Utf8, "source_ref": pl.Utf8, "raw": pl.Utf8,
    }

    rows = []
    for f in all_factbook_facts(iso3s):
        num = f.value if isinstance(f.value, int | float) and not isinstance(f.value, bool) else None
        text = f.value if isinstance(f.value, str) else None
        rows.append({
            "iso3": f.iso3, "field": f.field, "value_num": num, "value_text": text, "unit": f.unit,
            "year": f.year, "low": f.low, "high": f.high, "name": f.name, "status": f.status,
            "date": f.date, "derived": f.derived, "source": f.source, "source_ref": f.source_ref, "raw": f.raw,
        })
    return pl.DataFrame(rows, schema=schema)


def _populate(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    countries = _country_frame()
    facts = _fact_frame(countries["iso3"].to_list())
    con.register("countries_df", countries)
    con.register("facts_df", facts)
    con.execute("INSERT INTO countries SELECT * FROM countries_df")
    con.execute("INSERT INTO facts SELECT * FROM facts_df")
    # Relational views of the repeated facts, kept as tables so queries stay simple and fast.
    con.execute(
        """INSERT INTO memberships
           SELECT iso3, name, status, NULL, NULL, source, source_ref FROM facts
           WHERE field = 'membership' AND name IS NOT NULL"""
    )
    con.execute(
        """INSERT INTO borders
           SELECT iso3, name, value_num, source, source_ref FROM facts
           WHERE field = 'border' AND name IS NOT NULL AND length(name) = 3"""
    )
    con.execute(
        """INSERT INTO trade_partners
           SELECT iso3, CASE field WHEN 'export_partner' THEN 'export' ELSE 'import' END,
                  CASE WHEN length(name) = 3 AND upper(name) = name THEN name END, name,
                  value_num, year, source, source_ref
           FROM facts WHERE field IN ('export_partner', 'import_partner') AND name IS NOT NULL"""
    )
    from bilateral.store.organisations import ORGANISATIONS, SOURCE

    con.executemany(
        "INSERT INTO organisations VALUES (?, ?, ?)", [(c, n, SOURCE) for c, n in ORGANISATIONS.items()]
    )
    counts = {}
    for table in REFERENCE_TABLES:
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return counts


CARRY_OVER = ("documents", "doc_events", "missions", "figures", "doc_organisations", "doc_borders",
              "indicators", "source_log")


def _copy(con: duckdb.DuckDBPyConnection, table: str, where: str = "") -> int:
    """Insert the old file's rows of `table` (columns both versions have); returns rows added."""
    new_cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    old_cols = {r[0] for r in con.execute(f"DESCRIBE old.{table}").fetchall()}
    cols = ", ".join(c for c in new_cols if c in old_cols)
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM old.{table} {where}")
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before


def _carry_over(con: duckdb.DuckDBPyConnection, old: Path) -> dict[str, int]:
    """Copy what the user ingested or fetched from an old file into the new one.

    Reference tables are rebuilt from the packages, but their rows from live sources (Wikidata
    memberships and diplomatic relations) belong to the user and are kept too.
    """
    moved: dict[str, int] = {}
    try:
        con.execute(f"ATTACH '{old}' AS old (READ_ONLY)")
    except duckdb.Error:
        return moved  # unreadable old file: nothing to keep
    try:
        old_tables = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'old'").fetchall()}
        for table in CARRY_OVER:
            if table in old_tables:
                moved[table] = _copy(con, table)
        for table in ("facts", "memberships"):
            if table in old_tables:
                moved[f"{table} (fetched)"] = _copy(con, table, f"WHERE source NOT LIKE '{FACTBOOK}%'")
    finally:
        con.execute("DETACH old")
    return moved


def build_database(path: Path | None = None, *, force: bool = False) -> BuildReport:
    """Create the knowledge base at `path` (default: the user's) from the installed packages."""
    from bilateral.store.connection import migrate

    path = Path(path) if path else db_path()
    if path.exists() and not force:
        raise DatabaseError(f"knowledge base already exists at {path}", hint="use --force to rebuild it")
    path.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    tmp.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            migrate(con)
            con.execute("BEGIN TRANSACTION")
            counts = _populate(con)
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('built_at', ?), ('factbook', ?)",
                [dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), FACTBOOK],
            )
            con.execute("COMMIT")
            carried = _carry_over(con, path) if path.exists() else {}
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return BuildReport(
        path=path, seconds=time.perf_counter() - start, countries=counts["countries"], facts=counts["facts"],
        memberships=counts["memberships"], borders=counts["borders"], trade_partners=counts["trade_partners"],
        carried_over=carried,
    )
