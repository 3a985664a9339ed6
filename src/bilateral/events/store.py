"""The events store: a Parquet dataset partitioned by year and month, plus its bookkeeping.

Layout under `bilateral.paths.data_dir() / "events"`:

    year=2019/month=10/<file-hash>_<n>.parquet   events in the stored columns (schemas.STORED, minus
                                                  year/month, which live in the directory names);
                                                  readers add the derived ones (`events.canonical`)
    _mentions/<file-hash>.parquet                GDELT 2.0 mentions (schemas.MENTIONS)
    _quarantine/<file-hash>.parquet              rows (or whole files) refused, with the reason
    _manifest.jsonl                              one line per loaded file: content hash, counts

Why Parquet partitions rather than a DuckDB table: the store is append-mostly, can reach billions
of GDELT rows, and must be readable by both DuckDB and Spark without conversion; partition pruning
on year/month keeps one dyad's series fast. Files are named after the content hash of the input,
so a rerun writes the same names and adds nothing, and the manifest (written last) makes a file
count as loaded only once all its Parquet is in place. Names starting with `_` are ignored by
Spark and by the partition glob.

`scan_events()` is the stable entry point other packages use (the dyads helper's `add_events`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb
import polars as pl

from bilateral.events import canonical
from bilateral.events.schemas import CANONICAL
from bilateral.paths import data_dir, db_path

PARTITION_GLOB = "year=*/month=*/*.parquet"


def events_dir() -> Path:
    """Root of the Parquet events store (created on demand)."""
    path = data_dir() / "events"
    path.mkdir(parents=True, exist_ok=True)
    return path


def quarantine_dir() -> Path:
    path = events_dir() / "_quarantine"
    path.mkdir(parents=True, exist_ok=True)
    return path


def mentions_dir() -> Path:
    path = events_dir() / "_mentions"
    path.mkdir(parents=True, exist_ok=True)
    return path


def manifest_path() -> Path:
    return events_dir() / "_manifest.jsonl"


@dataclass(frozen=True)
class ManifestEntry:
    """One loaded input file: identified by a hash of its bytes (`load.file_digest`), not by its name."""

    digest: str
    name: str
    source: str
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    loaded_at: str
    id_min: int | None = None  # GDELT loads: the range of the batch's numeric event ids, so that a
    id_max: int | None = None  # new file whose ids lie outside every stored range skips the store check
    batch: str | None = None  # the load's batch id: the prefix of the Parquet file names it wrote


def read_manifest() -> dict[str, ManifestEntry]:
    """Loaded files by content hash (a torn last line from a crash is ignored)."""
    path = manifest_path()
    out: dict[str, ManifestEntry] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(ValueError, TypeError):
            fields = json.loads(line)
            if "sha256" in fields:  # written before the digest became xxh3-128: never equal to a new one
                fields["digest"] = "sha256:" + fields.pop("sha256")
            entry = ManifestEntry(**fields)
            out[entry.digest] = entry
    return out


def append_manifest(entries: Iterable[ManifestEntry]) -> None:
    with manifest_path().open("a", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(asdict(e)) + "\n")


def has_events() -> bool:
    return any(events_dir().glob(PARTITION_GLOB))


def parquet_sql(root: Path | None = None) -> str:
    """A DuckDB FROM-clause over the store with typed year/month partition columns."""
    root = root or events_dir()
    glob = (root / PARTITION_GLOB).as_posix().replace("'", "''")
    return f"read_parquet('{glob}', hive_partitioning = true, hive_types = {{'year': INTEGER, 'month': INTEGER}})"


def _empty_sql() -> str:
    cols = ", ".join(f"CAST(NULL AS {t}) AS {c}" for c, t in CANONICAL)
    return f"(SELECT {cols} WHERE false)"


def doc_events_sql(con: duckdb.DuckDBPyConnection) -> str | None:
    """A SELECT of the knowledge base's `doc_events` in canonical columns, or None if unavailable.

    The knowledge base is attached read-only under the alias `kb`; events extracted from
    documents keep their document id in `source_ref` and are tagged `source = 'document'`.
    """
    path = db_path()
    if not path.is_file():
        return None
    try:
        import bilateral.store  # noqa: F401  (the knowledge base package; absent in minimal installs)
    except ImportError:
        return None
    try:
        attached = {r[0] for r in con.execute("SELECT database_name FROM duckdb_databases()").fetchall()}
        if "kb" not in attached:
            con.execute(f"ATTACH '{path.as_posix()}' AS kb (READ_ONLY)")
        cols = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = 'kb' AND table_name = 'doc_events'"
            ).fetchall()
        }
    except duckdb.Error:
        return None
    if not cols:
        return None
    exprs = []
    for c, t in CANONICAL:
        if c == "source":
            exprs.append("'document' AS source")
        elif c == "source_ref" and "doc_id" in cols:
            exprs.append("COALESCE(CAST(source_ref AS VARCHAR), doc_id) AS source_ref" if c in cols else
                         "doc_id AS source_ref")  # fmt: skip
        elif c in cols:
            exprs.append(f"CAST({c} AS {t}) AS {c}")
        else:
            exprs.append(f"CAST(NULL AS {t}) AS {c}")
    return f"(SELECT {', '.join(exprs)} FROM kb.main.doc_events)"


def stored_events_sql(root: Path | None = None) -> str:
    """The Parquet store in canonical columns (the derived ones computed: `events.canonical`), for DuckDB."""
    return canonical.duckdb_sql(parquet_sql(root))


def events_sql(con: duckdb.DuckDBPyConnection, *, include_documents: bool = True, root: Path | None = None) -> str:
    """A FROM-able SQL expression with every event in canonical columns (store ∪ doc_events), for `con`.

    Run it on `con` only: the CAMEO and PLOVER lookups are registered there (`canonical.duckdb_on`).
    `stored_events_sql` is the self-contained form (lookups inline), for any connection.
    """
    store = root or events_dir()
    parts = []
    if any(store.glob(PARTITION_GLOB)):
        parts.append(canonical.duckdb_on(con, parquet_sql(store)))
    if include_documents:
        docs = doc_events_sql(con)
        if docs:
            parts.append(docs)
    if not parts:
        parts.append(_empty_sql())
    return "(" + " UNION ALL ".join(parts) + ")"


def scan_events(
    *,
    include_documents: bool = True,
    sources: Iterable[str] | None = None,
    dedup: bool = False,
    root: Path | None = None,
) -> pl.LazyFrame:
    """All events as a Polars LazyFrame in the canonical columns (`schemas.CANONICAL_COLUMNS`).

    Stable API (used by the dyads helper). The Parquet store is scanned lazily, so filters on
    year/month/actor columns are pushed down; document-extracted events from the knowledge base's
    `doc_events` table (when it exists) are appended with `source = 'document'`. `sources`
    restricts to some of gdelt1|gdelt2|icews|polecat|document; `dedup=True` applies the
    one-event-per-(day, actor1, actor2, code) collapse of `bilateral.events.dedup`.
    """
    store = root or events_dir()
    schema = {c: _POLARS[t] for c, t in CANONICAL}
    frames: list[pl.LazyFrame] = []
    if any(store.glob(PARTITION_GLOB)):
        lf = pl.scan_parquet(str(store / PARTITION_GLOB), hive_partitioning=True)
        frames.append(canonical.polars(lf, schema))
    if include_documents:
        con = duckdb.connect()
        try:
            docs = doc_events_sql(con)
            if docs:
                frames.append(con.sql(f"SELECT * FROM {docs}").pl().lazy().cast(schema))  # type: ignore[arg-type]
        finally:
            con.close()
    lf = pl.concat(frames, how="vertical") if frames else pl.LazyFrame(schema=schema)
    if sources is not None:
        lf = lf.filter(pl.col("source").is_in(list(sources)))
    if dedup:
        from bilateral.events.dedup import dedup_lazy

        lf = dedup_lazy(lf)
    return lf


_POLARS: dict[str, pl.DataType] = {
    "VARCHAR": pl.String(),
    "INTEGER": pl.Int32(),
    "BIGINT": pl.Int64(),
    "DOUBLE": pl.Float64(),
    "DATE": pl.Date(),
    "BOOLEAN": pl.Boolean(),
}


def read_quarantine() -> pl.DataFrame:
    """Every quarantined row/file with its reason (empty frame if nothing was ever refused)."""
    files = sorted(quarantine_dir().glob("*.parquet"))
    if not files:
        return pl.DataFrame(schema={"source": pl.String, "source_ref": pl.String, "line": pl.Int64,
                                    "reason": pl.String, "detail": pl.String, "raw": pl.String})  # fmt: skip
    return pl.concat([pl.read_parquet(f) for f in files], how="vertical_relaxed")


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def sql_path(path: Path) -> str:
    return path.as_posix().replace("'", "''")


def staged_sql(staging: Path, status: str) -> str | None:
    """read_parquet over the staged files of one status (or all refused ones), None if there are none."""
    pattern = f"status={status}/year=*/month=*/*.parquet"
    if not any(staging.glob(pattern)):
        return None
    return (
        f"read_parquet('{sql_path(staging)}/{pattern}', hive_partitioning = true,"
        " hive_types = {'year': INTEGER, 'month': INTEGER, 'status': VARCHAR})"
    )


def reader_staged_sql(staging: Path, batch_id: str) -> str | None:
    """read_parquet over the good rows the DuckDB reader staged in a fast-path batch (None if none).

    The fast path's own files are named `<batch>_fast...`, the reader's `<batch>_<n>`.
    """
    files = list(staging.glob(f"status=ok/year=*/month=*/{batch_id}_[0-9]*.parquet"))
    if not files:
        return None
    return "read_parquet([" + ", ".join("'" + sql_path(f) + "'" for f in files) + "])"
