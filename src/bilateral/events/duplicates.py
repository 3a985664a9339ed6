"""Event ids repeated within a load, or already in the store: found before anything is published.

Two ways to the same temp table `dup_ids (event_id, reason)`: `find_in_staging` reads the staged
event_id column with DuckDB (any source); `find_in_ids` works on the integer GLOBALEVENTIDs the
GDELT fast path hands over, and reads back only the few rows DuckDB staged from side files.
Against the store, both read only the stored row groups whose event_id statistics overlap the
batch's range, so checking a new file against a large store does not read the whole store.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import polars as pl

from bilateral.events.formats import Format
from bilateral.events.store import parquet_sql, read_manifest, reader_staged_sql, sql_literal, staged_sql


def find_in_staging(con: duckdb.DuckDBPyConnection, fmt: Format, staging: Path, root: Path) -> int:
    """Find repeated event ids among the good rows (within the batch, or already stored).

    Reads only the event_id column of the staged Parquet, so the common case (no duplicates)
    costs little. Duplicates are kept in the temp table `dup_ids` (first occurrence stays).
    """
    good = staged_sql(staging, "ok")
    con.execute("CREATE TEMP TABLE dup_ids (event_id VARCHAR, reason VARCHAR)")
    if good is None:
        return 0
    con.execute(
        f"""INSERT INTO dup_ids SELECT event_id, 'duplicate event id'
            FROM (SELECT event_id, count(*) AS n FROM {good} GROUP BY 1) WHERE n > 1"""
    )
    if any(root.glob("year=*/month=*/*.parquet")):
        # Only stored ids within the batch's (lexical) id range can repeat one of the batch: with
        # that range as literal bounds, DuckDB skips every stored row group whose min/max event_id
        # statistics lie outside it, so checking a new file against a large store does not read
        # the whole store's ids (GDELT ids grow with time; a new file's range misses old files).
        lo, hi = con.execute(f"SELECT min(event_id), max(event_id) FROM {good}").fetchone()
        con.execute(
            f"""INSERT INTO dup_ids SELECT DISTINCT event_id, 'duplicate event id (already in store)'
                FROM {good} WHERE event_id IN (
                    SELECT event_id FROM {parquet_sql(root)}
                    WHERE event_id BETWEEN {sql_literal(lo)} AND {sql_literal(hi)}
                      AND source = '{fmt.canonical_source}')"""
        )
    return con.execute("SELECT count(*) FROM dup_ids").fetchone()[0]


def find_in_ids(
    con: duckdb.DuckDBPyConnection, fmt: Format, staging: Path, root: Path, batch_id: str, fast_ids: list[np.ndarray]
) -> tuple[int, tuple[int, int] | None]:
    """`find_in_staging` for a fast-path batch: the same `dup_ids`, found on integer ids in memory.

    The fast path hands over the GLOBALEVENTID of every row it staged (in pieces, one per chunk and
    set, not concatenated); only the few rows DuckDB staged from the side files are read back.
    Repeats are marked on a bitmap of the id range (`id_repeats`: 0.03 s for 10 M ids, where sorting
    them took 0.4 s), where grouping the staged event_id strings cost a fifth of a CPU second per
    million.
    Returns the number of `dup_ids` rows and the batch's id range (for the manifest). The store is
    not read when the manifest shows every stored batch's id range apart from this one (GDELT ids
    grow with time, so a new 15-minute file never overlaps): that query reads every stored file's
    footer, a cost that grows with the store.
    """
    con.execute("CREATE TEMP TABLE dup_ids (event_id VARCHAR, reason VARCHAR)")
    prefix = f"{fmt.canonical_source}:"
    side = reader_staged_sql(staging, batch_id)
    pieces = list(fast_ids)
    if side:
        more = con.execute(f"SELECT event_id FROM {side}").fetchnumpy()["event_id"]
        pieces.append(np.array([int(x[len(prefix):]) for x in more], np.int64))
    pieces = [p for p in pieces if len(p)]
    if not pieces:
        return 0, None
    from bilateral.events.id_repeats import repeated_ids  # compiled: only fast-path loads pay for Numba

    span = (min(int(p.min()) for p in pieces), max(int(p.max()) for p in pieces))
    rows = [(f"{prefix}{i}", "duplicate event id") for i in repeated_ids(pieces, *span).tolist()]
    if _may_be_stored(root, fmt.source, *span):
        ids = np.sort(np.concatenate(pieces))
        # Stored ids are strings: within one digit count, string order is numeric order, so the
        # batch's id range becomes one literal BETWEEN per digit count, which DuckDB prunes on the
        # stored row groups' event_id statistics (see `find_in_staging`).
        digits = _digits(ids)
        ranges = []
        for d in np.unique(digits).tolist():
            sub = ids[digits == d]
            lo, hi = sql_literal(prefix + str(sub[0])), sql_literal(prefix + str(sub[-1]))
            ranges.append(f"event_id BETWEEN {lo} AND {hi}")
        stored = con.execute(
            f"SELECT DISTINCT event_id FROM {parquet_sql(root)}"
            f" WHERE ({' OR '.join(ranges)}) AND source = '{fmt.canonical_source}'"
        ).fetchnumpy()["event_id"]
        if len(stored):
            stored_ids = np.array([int(x[len(prefix):]) for x in stored], np.int64)
            hits = np.unique(ids[np.isin(ids, stored_ids)])
            rows += [(f"{prefix}{i}", "duplicate event id (already in store)") for i in hits.tolist()]
    if rows:
        frame = pl.DataFrame(rows, orient="row", schema={"event_id": pl.String, "reason": pl.String})  # noqa: F841
        con.execute("INSERT INTO dup_ids SELECT * FROM frame")
    return len(rows), span


def _may_be_stored(root: Path, source: str, lo: int, hi: int) -> bool:
    """False only if the store provably holds no id of `source` in [lo, hi].

    That is: every stored file belongs to a batch in the manifest (none left by a crash before its
    manifest line), every stored batch of `source` recorded its id range, and no range meets [lo, hi].
    """
    entries = list(read_manifest().values())
    batches = {e.batch for e in entries if e.batch}
    files = list(root.glob("year=*/month=*/*.parquet"))
    if not files:
        return False
    if any(f.name.split("_", 1)[0] not in batches for f in files):
        return True
    for entry in entries:
        if entry.source != source or entry.rows_loaded == 0:
            continue
        if entry.id_min is None or entry.id_max is None or not (hi < entry.id_min or lo > entry.id_max):
            return True
    return False


def _digits(ids: np.ndarray) -> np.ndarray:
    """Number of characters of each id's decimal form (a minus sign counts)."""
    a = np.abs(ids)
    d = np.ones(len(ids), np.int64)
    for p in range(1, 19):
        d += a >= 10**p
    return d + (ids < 0)
