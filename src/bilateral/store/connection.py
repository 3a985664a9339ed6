"""Opening the knowledge base: build on first use, migrate, and explain every failure in one line.

DuckDB lets many processes read a file at once but only one write to it, and a writer excludes
readers. Writers therefore hold their connection only for one transaction, and an open that meets
a lock waits briefly, then says "database is busy" instead of raising DuckDB's IOException.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from bilateral.errors import DatabaseError
from bilateral.paths import db_path
from bilateral.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_WAIT_SECONDS = 5.0


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as e:
            msg = str(e)
            if "lock" in msg.lower():
                if time.monotonic() < deadline:
                    time.sleep(0.1)
                    continue
                raise DatabaseError(
                    f"database is busy: {path} is being written by another process; try again shortly"
                ) from None
            if "not a valid DuckDB database" in msg or "Corrupt" in msg or "corrupt" in msg:
                raise DatabaseError(
                    f"{path} is not a readable bilateral knowledge base",
                    hint="rebuild it with `bilateral db build --force`",
                ) from None
            raise DatabaseError(f"cannot open {path}: {msg.splitlines()[0]}") from None
        except duckdb.Error as e:
            raise DatabaseError(
                f"cannot open {path}: {str(e).splitlines()[0]}",
                hint="rebuild it with `bilateral db build --force`",
            ) from None


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        return 0
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations the file lacks, in one transaction; returns the new version."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise DatabaseError(
            f"knowledge base schema v{current} is newer than this bilateral (v{SCHEMA_VERSION})",
            hint="upgrade bilateral or rebuild with `bilateral db build --force`",
        )
    if current == SCHEMA_VERSION:
        return current
    con.execute("BEGIN TRANSACTION")
    try:
        for version, sql in MIGRATIONS:
            if version > current:
                con.execute(sql)
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION


def connect(
    read_only: bool = True, path: Path | None = None, *, build: bool = True, wait: float = BUSY_WAIT_SECONDS
) -> duckdb.DuckDBPyConnection:
    """Open the knowledge base, building it from the installed packages if it does not exist yet."""
    path = Path(path) if path else db_path()
    if not path.exists():
        if not build:
            raise DatabaseError(f"no knowledge base at {path}", hint="run `bilateral db build`")
        from bilateral.store.build import build_database

        build_database(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(
            f"{path} is not a readable bilateral knowledge base", hint="rebuild it with `bilateral db build --force`"
        )
    con = _open(path, read_only, wait)
    try:
        version = schema_version(con)
    except duckdb.Error as e:
        con.close()
        raise DatabaseError(
            f"{path} is not a readable bilateral knowledge base ({str(e).splitlines()[0]})",
            hint="rebuild it with `bilateral db build --force`",
        ) from None
    if version == 0:
        con.close()
        raise DatabaseError(
            f"{path} is a DuckDB file but not a bilateral knowledge base",
            hint="rebuild it with `bilateral db build --force`",
        )
    if version < SCHEMA_VERSION:
        if read_only:
            con.close()
            con = _open(path, False, wait)
            migrate(con)
            con.close()
            con = _open(path, True, wait)
        else:
            migrate(con)
    return con


@contextlib.contextmanager
def transaction(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection inside one transaction: all of the block's writes or none of them."""
    con = connect(read_only=False, path=path)
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


@contextlib.contextmanager
def reading(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection closed at the end of the block."""
    con = connect(read_only=True, path=path)
    try:
        yield con
    finally:
        con.close()
