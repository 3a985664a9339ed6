"""Stage a batch of event files with DuckDB (and the GDELT fast path), then publish it to the store.

`stage_batch` is the second half of `load.load_files`: every row lands in a staging directory
partitioned by status (ok, or the reason it is refused), duplicates are found (`duplicates`), and
`_publish` moves the good partition files into the store, writes the quarantine, and appends the
manifest last (the commit point: a crash before it leaves the files unloaded, and a rerun rewrites
the same file names).
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import polars as pl

from bilateral.errors import InputFileError
from bilateral.events import cameo, canonical, countrycodes, duplicates, schemas
from bilateral.events.formats import POLECAT_TYPE_SQL, STATUS_TEXT, Format
from bilateral.events.report import FileReport, LoadReport
from bilateral.events.store import (
    ManifestEntry,
    append_manifest,
    events_dir,
    quarantine_dir,
    reader_staged_sql,
    staged_sql,
)

# Which of several rows with one event id is kept: a total order on content, so that every load of the
# same files (by either path, on any number of threads) keeps the same row.
_KEEP_ORDER = ("source_ref, date, actor1_code, actor2_code, cameo_code, goldstein, num_mentions, num_sources,"
               " num_articles, avg_tone, actor1_name, actor2_name, source_url, evidence")
QUARANTINE_COLUMNS = "source VARCHAR, source_ref VARCHAR, line BIGINT, reason VARCHAR, detail VARCHAR, raw VARCHAR"


def _register_lookups(con: duckdb.DuckDBPyConnection) -> None:
    """Create the CAMEO, country and PLOVER lookup tables of one load.

    Built from typed Polars frames in one statement per table: DuckDB's `executemany` costs about a
    millisecond per row, which made these ~1,000 rows 0.35 s, most of a small file's load time
    (GDELT publishes 15-minute files of a few thousand rows).
    """
    tables = {
        "cameo_lookup": (cameo.lookup_rows(), {"code": pl.String, "root": pl.String, "is_statement": pl.Boolean,
                                               "plover": pl.String, "plover_mode": pl.String, "quad": pl.String,
                                               "g_gdelt": pl.Float64, "g_icews": pl.Float64}),
        "country_cameo": (countrycodes.cameo_country_rows(), {"key": pl.String, "iso3": pl.String}),
        "country_icews": (countrycodes.icews_country_rows(), {"key": pl.String, "iso3": pl.String}),
        "plover_quad": (list(cameo.PLOVER_QUAD.items()), {"plover": pl.String, "quad": pl.String}),
    }  # fmt: skip
    for name, (rows, schema) in tables.items():
        frame = pl.DataFrame(rows, schema=schema, orient="row")  # noqa: F841  (read by DuckDB by name)
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM frame")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _from_clause(fmt: Format, paths: list[Path]) -> str:
    files = "[" + ", ".join("'" + p.as_posix().replace("'", "''") + "'" for p in paths) + "]"
    read = (
        f"read_csv({files}, columns = {schemas.columns_sql(fmt.schema)}, delim = '\t', quote = '', escape = '',"
        f" header = {str(fmt.header).lower()}, null_padding = {str(fmt.null_padding).lower()}, auto_detect = false,"
        " filename = true, store_rejects = true, rejects_table = 'rej_errors', rejects_scan = 'rej_scans',"
        " max_line_size = 10000000)"
    )
    a, b = (_q(c) for c in fmt.country_cols)
    if fmt.country_join == "icews":
        table, k1, k2 = "country_icews", f"lower(trim(r.{a}))", f"lower(trim(r.{b}))"
    else:
        table, k1, k2 = "country_cameo", f"upper(trim(r.{a}))", f"upper(trim(r.{b}))"
    sql = (
        f" FROM {read} r JOIN batch_files f ON f.path = r.filename"
        f" LEFT JOIN {table} c1 ON c1.key = {k1} LEFT JOIN {table} c2 ON c2.key = {k2}"
    )
    if fmt.code_col:
        sql += f" LEFT JOIN cameo_lookup lk ON lk.code = trim(r.{_q(fmt.code_col)})"
    else:
        sql += f" LEFT JOIN plover_quad pq ON pq.plover = {POLECAT_TYPE_SQL}"
    return sql


def stage_batch(
    fmt: Format, todo: list[tuple[Path | bytes | mmap.mmap, str, str]], work: Path, report: LoadReport,
    threads: int | None, *, fast: bool, progress: Callable[[int, int], None] | None = None,
) -> None:
    """Stage every row of the batch by status, then check duplicates and publish (see the module doc).

    With `fast`, the compiled tokenizer stages the certainly-good GDELT rows itself and leaves
    every other line in a side file per input; DuckDB then reads only the side files, and the
    quarantine maps their line numbers back to the original files.
    """
    root = events_dir()
    batch_id = hashlib.sha256("".join(sorted(d for _, _, d in todo)).encode()).hexdigest()[:16]
    staging = work / "out"
    with ThreadPoolExecutor(1) as opener:
        # Opening DuckDB costs 20-60 ms of CPU (and mostly releases the GIL): done while the fast
        # path runs, not after it. A 2,000-row file (a 15-minute export) then loads in 59-62 ms
        # instead of 72-74.
        opening = opener.submit(_connect, work, threads)
        try:
            staged = _fast_rows(fmt, todo, staging, work, batch_id, threads, progress) if fast else None
        except BaseException:
            with contextlib.suppress(Exception):
                opening.result().close()
            raise
        con = opening.result()
    read, line_frame, fast_ids, fast_counts = staged or (todo, _NO_LINES, None, None)
    try:
        files = pl.DataFrame([(p.as_posix(), n, d) for p, n, d in read], orient="row",  # noqa: F841
                             schema={"path": pl.String, "name": pl.String, "digest": pl.String})  # fmt: skip
        con.execute("CREATE TEMP TABLE batch_files AS SELECT * FROM files")
        con.execute("CREATE TEMP TABLE line_map AS SELECT * FROM line_frame")
        if read:
            _register_lookups(con)  # only the DuckDB reader needs them (10 ms a call)
            query = (f"SELECT {canonical.stored_select()}, status FROM (SELECT {fmt.select}, {fmt.reason} AS status"
                     + _from_clause(fmt, [p for p, _, _ in read]) + ")")  # fmt: skip
            # One pass: good rows land in status=ok/year=/month=, refused rows in status=<reason>/...
            con.execute(
                f"COPY ({query}) TO '{staging.as_posix()}' (FORMAT parquet, PARTITION_BY (status, year, month),"
                f" FILENAME_PATTERN '{batch_id}_{{i}}', OVERWRITE_OR_IGNORE true)"
            )
        else:
            con.execute("CREATE TEMP TABLE rej_errors (scan_id UBIGINT, file_id UBIGINT, line UBIGINT,"
                        " column_idx UBIGINT, error_type VARCHAR, csv_line VARCHAR, error_message VARCHAR)")
            con.execute("CREATE TEMP TABLE rej_scans (scan_id UBIGINT, file_id UBIGINT, file_path VARCHAR)")
        if fast_ids is not None:
            dups, span = duplicates.find_in_ids(con, fmt, staging, root, batch_id, fast_ids)
        else:
            dups, span = duplicates.find_in_staging(con, fmt, staging, root), None
        _publish(con, fmt, todo, staging, root, batch_id, dups, report, span, fast_counts)
    except duckdb.Error as e:
        raise InputFileError(f"cannot read {', '.join(n for _, n, _ in todo)} as {fmt.source}: {e}") from None
    finally:
        con.close()


_NO_LINES = pl.DataFrame(schema={"path": pl.String, "side_line": pl.Int64, "line": pl.Int64})
"""Side-file line -> original line number: empty when DuckDB reads the original files."""


def _connect(work: Path, threads: int | None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection set up for staging (spilling under `work`)."""
    con = duckdb.connect()
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    con.execute(f"SET temp_directory = '{(work / 'spill').as_posix()}'")
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET enable_progress_bar = false")
    # The lookup tables are tiny: keep them on the build side of every join (DuckDB cannot
    # estimate read_csv's cardinality and would otherwise hash the whole file).
    con.execute("SET disabled_optimizers = 'join_order,build_side_probe_side'")
    return con


def _fast_rows(fmt: Format, todo: list[tuple[Path | bytes | mmap.mmap, str, str]], staging: Path, work: Path,
               batch_id: str, threads: int | None, progress: Callable[[int, int], None] | None,
               ) -> tuple[list[tuple[Path, str, str]], pl.DataFrame, list[np.ndarray], dict[str, int]]:  # fmt: skip
    """The fast path's part of a batch: (side files for DuckDB, their line map, ids written, rows written per file)."""
    from bilateral.events.gdelt_fast import write_fast_rows

    sides, fast_ids = write_fast_rows(fmt, todo, staging, work, batch_id, threads, progress)
    read = [(side, name, digest) for side, name, digest, lines, _ in sides if len(lines)]
    line_frame = pl.DataFrame(
        {"path": [side.as_posix() for side, _, _, lines, _ in sides for _ in range(len(lines))],
         "side_line": [k + 1 for _, _, _, lines, _ in sides for k in range(len(lines))],
         "line": [int(x) for _, _, _, lines, _ in sides for x in lines]},
        schema=_NO_LINES.schema,
    )  # fmt: skip
    fast_counts: dict[str, int] = {}
    for _, name, _, _, written in sides:
        fast_counts[name] = fast_counts.get(name, 0) + written
    return read, line_frame, fast_ids, fast_counts


def _publish(
    con: duckdb.DuckDBPyConnection,
    fmt: Format,
    todo: list[tuple[Path | bytes | mmap.mmap, str, str]],
    staging: Path,
    root: Path,
    batch_id: str,
    dups: int,
    report: LoadReport,
    span: tuple[int, int] | None = None,
    fast_counts: dict[str, int] | None = None,
) -> None:
    cols = ", ".join(schemas.STORED_COLUMNS)
    good = staged_sql(staging, "ok")
    con.execute(f"CREATE TEMP TABLE quarantine ({QUARANTINE_COLUMNS})")
    if good is not None and dups:
        # Rare path: rewrite the good rows without the repeats (all but one of a batch repeat, by _KEEP_ORDER;
        # every row whose id is already stored).
        con.execute(f"CREATE TEMP TABLE staged AS SELECT {cols} FROM {good}")
        con.execute(
            f"""INSERT INTO quarantine SELECT '{fmt.source}', source_ref, NULL, d.reason, d.reason, s.event_id
                FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY {_KEEP_ORDER}) AS k FROM staged) s
                JOIN dup_ids d USING (event_id)
                WHERE d.reason LIKE '%already in store%' OR s.k > 1"""
        )
        shutil.rmtree(staging / "status=ok")
        con.execute(
            f"""COPY (SELECT {cols} FROM (
                          SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY {_KEEP_ORDER}) AS k
                          FROM staged) s
                      WHERE k = 1 AND event_id NOT IN (
                          SELECT event_id FROM dup_ids WHERE reason LIKE '%already in store%'))
                TO '{(staging / 'status=ok').as_posix()}' (FORMAT parquet, PARTITION_BY (year, month),
                FILENAME_PATTERN '{batch_id}_{{i}}', OVERWRITE_OR_IGNORE true)"""
        )
        good = staged_sql(staging, "ok")
    # Rows the reader refused (wrong column count, not UTF-8, unparseable field).
    con.execute(
        f"""INSERT INTO quarantine
            SELECT '{fmt.source}', f.name, COALESCE(m.line, e.line), CASE e.error_type
                     WHEN 'INVALID ENCODING' THEN 'not UTF-8'
                     WHEN 'MISSING COLUMNS' THEN 'wrong column count'
                     WHEN 'TOO MANY COLUMNS' THEN 'wrong column count'
                     WHEN 'CAST' THEN 'unparseable field'
                     ELSE lower(CAST(e.error_type AS VARCHAR)) END,
                   e.error_message, ltrim(e.csv_line, chr(10) || chr(13))  -- DuckDB keeps a skipped empty line
            FROM (SELECT *, row_number() OVER (PARTITION BY scan_id, file_id, line ORDER BY column_idx) AS k
                  FROM rej_errors) e
            JOIN rej_scans s USING (scan_id, file_id) JOIN batch_files f ON f.path = s.file_path
            LEFT JOIN line_map m ON m.path = s.file_path AND m.side_line = e.line
            WHERE e.k = 1"""
    )
    # Rows parsed but refused by the checks (date, code, id).
    refused = [d.name.split("=", 1)[1] for d in staging.glob("status=*") if d.name != "status=ok"]
    for status in refused:
        text = STATUS_TEXT.get(status, status)
        con.execute(
            f"""INSERT INTO quarantine SELECT '{fmt.source}', source_ref, NULL, '{text}',
                    '{text}' || COALESCE(': ' || CAST(date AS VARCHAR), '') || COALESCE(' code ' || cameo_code, ''),
                    event_id
                FROM {staged_sql(staging, status)}"""
        )
    counts = _loaded_counts(con, staging, batch_id, good, None if dups else fast_counts)
    bad = dict(con.execute("SELECT source_ref, count(*) FROM quarantine GROUP BY 1").fetchall())
    for reason, k in con.execute("SELECT reason, count(*) FROM quarantine GROUP BY 1").fetchall():
        report.reasons[reason] = report.reasons.get(reason, 0) + k
    # Publish: partition files, then the quarantine, then the manifest (the commit point).
    for f in (staging / "status=ok").glob("year=*/month=*/*.parquet"):
        dest = root / f.parent.parent.name / f.parent.name / f.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        f.replace(dest)
    if sum(bad.values()):
        con.execute(f"COPY quarantine TO '{(quarantine_dir() / f'{batch_id}.parquet').as_posix()}' (FORMAT parquet)")
    now = datetime.now(UTC).isoformat()
    entries = []
    for _, name, digest in todo:
        loaded, refused_n = counts.get(name, 0), bad.get(name, 0)
        report.files.append(FileReport(name, digest, "loaded", loaded + refused_n, loaded, refused_n))
        entries.append(ManifestEntry(digest, name, fmt.source, loaded + refused_n, loaded, refused_n, now,
                                     *(span or (None, None)), batch_id))  # fmt: skip
    append_manifest(entries)


def _loaded_counts(con: duckdb.DuckDBPyConnection, staging: Path, batch_id: str, good: str | None,
                   fast_counts: dict[str, int] | None) -> dict[str, int]:  # fmt: skip
    """Good rows per file: counted in the staged files, or (fast path, no duplicates removed) the
    fast path's own counts plus the rows DuckDB staged from the side files: counting 10 M staged
    rows again took 0.07-0.13 s, serial at the end of a load."""
    if good is None:
        return {}
    if fast_counts is None:
        return dict(con.execute(f"SELECT source_ref, count(*) FROM {good} GROUP BY 1").fetchall())
    counts = {k: v for k, v in fast_counts.items() if v}
    side = reader_staged_sql(staging, batch_id)
    if side:
        for ref, n in con.execute(f"SELECT source_ref, count(*) FROM {side} GROUP BY 1").fetchall():
            counts[ref] = counts.get(ref, 0) + n
    return counts
