"""Load raw event files into the Parquet store, quarantining what cannot be trusted.

One call = one DuckDB pass over all new files of one source:

1. Each file is identified by a hash of its bytes (`file_digest`); files already in the manifest are skipped,
   so rerunning a load adds nothing. A zip is extracted with its CRC checked on the way; a
   truncated or corrupt zip is quarantined whole. Hashing and unzipping run on a thread pool.
2. `read_csv` with the source's explicit schema parses every row; rows with the wrong column
   count, bytes that are not UTF-8, or fields that do not parse are captured by DuckDB's
   `store_rejects` and quarantined with the reader's reason.
3. Parsed rows are mapped to canonical columns (`formats.py`) and written, in the same pass,
   partitioned by (status, year, month) into a staging directory: good rows under status=ok,
   rows with an invalid or future date or an unknown code under their reason.
4. Event ids repeated within the batch, or already in the store, are found from the staged
   event_id column alone (the store is read only in row groups overlapping the batch's id
   range) and (rarely) the good rows are rewritten without them.
5. Good partition files are moved into the store; the quarantine file follows; the manifest
   line is written last, so a crash before it leaves the file unloaded (a rerun rewrites the
   same file names).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import polars as pl
import xxhash

from bilateral.errors import InputFileError
from bilateral.events import cameo, countrycodes, schemas
from bilateral.events.formats import FORMATS, POLECAT_TYPE_SQL, STATUS_TEXT, Format
from bilateral.events.store import (
    ManifestEntry,
    append_manifest,
    events_dir,
    parquet_sql,
    quarantine_dir,
    read_manifest,
)

# Which of several rows with one event id is kept: a total order on content, so that every load of the
# same files (by either path, on any number of threads) keeps the same row.
_KEEP_ORDER = ("source_ref, date, actor1_code, actor2_code, cameo_code, goldstein, num_mentions, num_sources,"
               " num_articles, avg_tone, actor1_name, actor2_name, source_url, evidence")
QUARANTINE_COLUMNS = "source VARCHAR, source_ref VARCHAR, line BIGINT, reason VARCHAR, detail VARCHAR, raw VARCHAR"


@dataclass
class FileReport:
    name: str
    digest: str
    status: str  # loaded | skipped (already loaded) | quarantined (whole file)
    rows_read: int = 0
    rows_loaded: int = 0
    rows_quarantined: int = 0


@dataclass
class LoadReport:
    """What a load did: per-file counts and the reasons rows were quarantined."""

    source: str
    files: list[FileReport] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return sum(f.rows_read for f in self.files)

    @property
    def rows_loaded(self) -> int:
        return sum(f.rows_loaded for f in self.files)

    @property
    def rows_quarantined(self) -> int:
        return sum(f.rows_quarantined for f in self.files)


def file_digest(path: Path) -> str:
    """The file's identity for idempotent loads: XXH3-128 of its bytes, as hex.

    Why not sha256: the hash only has to tell files apart (no adversary chooses GDELT's files), and
    sha256 cost 0.17 CPU s per million rows, a sixth of the load budget; XXH3 costs 0.02.
    """
    h = xxhash.xxh3_128()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def check_input(path: Path) -> bool:
    """Refuse what cannot be an event file (missing, empty, binary); True if it is a zip archive."""
    if not path.is_file():
        raise InputFileError(f"{path}: no such file")
    with path.open("rb") as f:
        head = f.read(8192)
    if not head:
        raise InputFileError(f"{path}: file is empty")
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() == ".zip":
        return True
    if b"\x00" in head:
        raise InputFileError(f"{path}: binary content, not a tab-separated text file or a zip")
    return False


def _unzip(path: Path, into: Path) -> Path:
    """Extract the one data member of a GDELT-style zip, verifying its CRC; raise ValueError if broken.

    The CRC is checked while extracting (zipfile raises on a mismatch at the end of the member), so
    the member is decompressed once, not twice as with a separate `testzip()` pass.
    """
    target: Path | None = None
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise ValueError(f"expected one file in the zip, found {len(members)}")
            target = into / f"{path.name}.{members[0].filename.rsplit('/', 1)[-1]}"
            with zf.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 22)
            return target
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile, zlib.error) as e:
        if target is not None:
            target.unlink(missing_ok=True)
        raise ValueError(f"truncated or corrupt zip ({e})") from None


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


def _prepare(
    paths: list[Path], source: str, work: Path, report: LoadReport, threads: int | None = None
) -> list[tuple[Path, str, str]]:
    """(readable path, original name, digest) for each file still to load; refusals go to the report.

    Every input is checked before anything is done (a missing or binary file refuses the whole
    call), then the files are hashed and the zips extracted on a small thread pool: hashlib and
    zlib release the GIL, so both cores work on what was a serial prelude of ~0.3 s per 1 M rows.
    """
    zips = [check_input(p) for p in paths]
    workers = max(1, min(len(paths), threads or os.cpu_count() or 2))
    with ThreadPoolExecutor(workers) as pool:
        digests = list(pool.map(file_digest, paths))
        seen = read_manifest()
        todo: list[tuple[Path, str, str]] = []
        batch: set[str] = set()
        fresh: list[tuple[Path, bool, str]] = []
        for p, is_zip, digest in zip(paths, zips, digests, strict=True):
            if digest in seen or digest in batch:
                report.files.append(FileReport(p.name, digest, "skipped (already loaded)"))
                continue
            batch.add(digest)
            fresh.append((p, is_zip, digest))
        extracted = list(pool.map(lambda f: _try_unzip(f[0], work) if f[1] else f[0], fresh))
    for (p, _, digest), readable in zip(fresh, extracted, strict=True):
        if isinstance(readable, ValueError):
            e = readable
            report.files.append(FileReport(p.name, digest, "quarantined", 0, 0, 0))
            _write_file_quarantine(source, p.name, digest, str(e))
            report.reasons[str(e).split(" (")[0]] = report.reasons.get(str(e).split(" (")[0], 0) + 1
            continue
        todo.append((readable, p.name, digest))
    return todo


def _try_unzip(path: Path, into: Path) -> Path | ValueError:
    try:
        return _unzip(path, into)
    except ValueError as e:
        return e


def _write_file_quarantine(source: str, name: str, digest: str, reason: str) -> None:
    con = duckdb.connect()
    try:
        con.execute(f"CREATE TABLE q ({QUARANTINE_COLUMNS})")
        con.execute("INSERT INTO q VALUES (?, ?, NULL, 'bad file', ?, NULL)", [source, name, reason])
        target = quarantine_dir() / f"{digest[:16]}.parquet"
        con.execute(f"COPY q TO '{target.as_posix()}' (FORMAT parquet)")
    finally:
        con.close()
    append_manifest([ManifestEntry(digest, name, source, 0, 0, 0, datetime.now(UTC).isoformat())])


def load_files(
    paths: list[Path] | list[str], source: str, *, threads: int | None = None, fast: bool = True
) -> LoadReport:
    """Load GDELT 1.0/2.0, ICEWS or POLECAT files (plain or zipped) into the events store.

    Returns per-file counts of rows read, loaded and quarantined; never leaves a partly loaded
    file counted as loaded. Re-loading a file with the same bytes is a no-op. GDELT rows go
    through the compiled fast path (`gdelt_fast`) unless `fast=False`; the result is the same.
    """
    if source == "gdelt2-mentions":
        from bilateral.events.mentions import load_mentions

        return load_mentions([Path(p) for p in paths])
    if source not in FORMATS:
        raise InputFileError(f"unknown event source {source!r}; expected one of {', '.join(schemas.SOURCES)}")
    fmt = FORMATS[source]
    report = LoadReport(source)
    root = events_dir()
    with tempfile.TemporaryDirectory(prefix="staging-", dir=root) as tmp:
        work = Path(tmp)
        todo = _prepare([Path(p) for p in paths], source, work, report, threads)
        if todo:
            _load_batch(fmt, todo, work, report, threads, fast=fast and fmt.source in ("gdelt1", "gdelt2"))
    return report


def _load_batch(
    fmt: Format, todo: list[tuple[Path, str, str]], work: Path, report: LoadReport, threads: int | None,
    *, fast: bool,
) -> None:
    """Stage every row of the batch by status, then check duplicates and publish (see the module doc).

    With `fast`, the compiled tokenizer stages the certainly-good GDELT rows itself and leaves
    every other line in a side file per input; DuckDB then reads only the side files, and the
    quarantine maps their line numbers back to the original files.
    """
    root = events_dir()
    batch_id = hashlib.sha256("".join(sorted(d for _, _, d in todo)).encode()).hexdigest()[:16]
    staging = work / "out"
    read = todo
    line_frame = pl.DataFrame(schema={"path": pl.String, "side_line": pl.Int64, "line": pl.Int64})
    fast_ids = None
    if fast:
        from bilateral.events.gdelt_fast import write_fast_rows

        sides, fast_ids = write_fast_rows(fmt, todo, staging, work, batch_id, threads)
        read = [(side, name, digest) for side, name, digest, lines in sides if len(lines)]
        line_frame = pl.DataFrame(
            {"path": [side.as_posix() for side, _, _, lines in sides for _ in range(len(lines))],
             "side_line": [k + 1 for _, _, _, lines in sides for k in range(len(lines))],
             "line": [int(x) for _, _, _, lines in sides for x in lines]},
            schema=line_frame.schema,
        )  # fmt: skip
    con = duckdb.connect()
    try:
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        con.execute(f"SET temp_directory = '{(work / 'spill').as_posix()}'")
        con.execute("SET preserve_insertion_order = false")
        con.execute("SET enable_progress_bar = false")
        # The lookup tables are tiny: keep them on the build side of every join (DuckDB cannot
        # estimate read_csv's cardinality and would otherwise hash the whole file).
        con.execute("SET disabled_optimizers = 'join_order,build_side_probe_side'")
        _register_lookups(con)
        files = pl.DataFrame([(p.as_posix(), n, d) for p, n, d in read], orient="row",  # noqa: F841
                             schema={"path": pl.String, "name": pl.String, "digest": pl.String})  # fmt: skip
        con.execute("CREATE TEMP TABLE batch_files AS SELECT * FROM files")
        con.execute("CREATE TEMP TABLE line_map AS SELECT * FROM line_frame")
        if read:
            query = f"SELECT {fmt.select}, {fmt.reason} AS status" + _from_clause(fmt, [p for p, _, _ in read])
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
            dups = _duplicates_of_ids(con, fmt, staging, root, batch_id, fast_ids)
        else:
            dups = _duplicates(con, fmt, staging, root)
        _publish(con, fmt, todo, staging, root, batch_id, dups, report)
    except duckdb.Error as e:
        raise InputFileError(f"cannot read {', '.join(n for _, n, _ in todo)} as {fmt.source}: {e}") from None
    finally:
        con.close()


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _glob(path: Path) -> str:
    return path.as_posix().replace("'", "''")


def _staged(staging: Path, status: str) -> str | None:
    """read_parquet over the staged files of one status (or all refused ones), None if there are none."""
    pattern = f"status={status}/year=*/month=*/*.parquet"
    if not any(staging.glob(pattern)):
        return None
    return (
        f"read_parquet('{_glob(staging)}/{pattern}', hive_partitioning = true,"
        " hive_types = {'year': INTEGER, 'month': INTEGER, 'status': VARCHAR})"
    )


def _duplicates(con: duckdb.DuckDBPyConnection, fmt: Format, staging: Path, root: Path) -> int:
    """Find repeated event ids among the good rows (within the batch, or already stored).

    Reads only the event_id column of the staged Parquet, so the common case (no duplicates)
    costs little. Duplicates are kept in the temp table `dup_ids` (first occurrence stays).
    """
    good = _staged(staging, "ok")
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
                    WHERE event_id BETWEEN {_lit(lo)} AND {_lit(hi)} AND source = '{fmt.canonical_source}')"""
        )
    return con.execute("SELECT count(*) FROM dup_ids").fetchone()[0]


def _duplicates_of_ids(
    con: duckdb.DuckDBPyConnection, fmt: Format, staging: Path, root: Path, batch_id: str, fast_ids: np.ndarray
) -> int:
    """`_duplicates` for a fast-path batch: the same `dup_ids`, found on integer ids in memory.

    The fast path hands over the GLOBALEVENTID of every row it staged; only the few rows DuckDB
    staged from the side files are read back. Sorting a million int64 costs a few hundredths of a
    second, where grouping the staged event_id strings cost a fifth of a CPU second per million.
    """
    con.execute("CREATE TEMP TABLE dup_ids (event_id VARCHAR, reason VARCHAR)")
    prefix = f"{fmt.canonical_source}:"
    side = list(staging.glob(f"status=ok/year=*/month=*/{batch_id}_[0-9]*.parquet"))
    ids = fast_ids
    if side:
        names = ", ".join("'" + _glob(f) + "'" for f in side)
        more = con.execute(f"SELECT event_id FROM read_parquet([{names}])").fetchnumpy()["event_id"]
        ids = np.concatenate([ids, np.array([int(x[len(prefix):]) for x in more], np.int64)])
    if not len(ids):
        return 0
    ids = np.sort(ids)
    repeated = np.unique(ids[1:][ids[1:] == ids[:-1]])
    rows = [(f"{prefix}{i}", "duplicate event id") for i in repeated.tolist()]
    if any(root.glob("year=*/month=*/*.parquet")):
        # Stored ids are strings: within one digit count, string order is numeric order, so the
        # batch's id range becomes one literal BETWEEN per digit count, which DuckDB prunes on the
        # stored row groups' event_id statistics (see `_duplicates`).
        digits = _digits(ids)
        ranges = []
        for d in np.unique(digits).tolist():
            sub = ids[digits == d]
            ranges.append(f"event_id BETWEEN {_lit(prefix + str(sub[0]))} AND {_lit(prefix + str(sub[-1]))}")
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
    return len(rows)


def _digits(ids: np.ndarray) -> np.ndarray:
    """Number of characters of each id's decimal form (a minus sign counts)."""
    a = np.abs(ids)
    d = np.ones(len(ids), np.int64)
    for p in range(1, 19):
        d += a >= 10**p
    return d + (ids < 0)


def _publish(
    con: duckdb.DuckDBPyConnection,
    fmt: Format,
    todo: list[tuple[Path, str, str]],
    staging: Path,
    root: Path,
    batch_id: str,
    dups: int,
    report: LoadReport,
) -> None:
    cols = ", ".join(schemas.CANONICAL_COLUMNS)
    good = _staged(staging, "ok")
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
        good = _staged(staging, "ok")
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
                FROM {_staged(staging, status)}"""
        )
    counts = dict(con.execute(f"SELECT source_ref, count(*) FROM {good} GROUP BY 1").fetchall()) if good else {}
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
        entries.append(ManifestEntry(digest, name, fmt.source, loaded + refused_n, loaded, refused_n, now))
    append_manifest(entries)
