"""GDELT 2.0 mentions: one row per article that mentions an event, stored beside the events.

Mentions are not events (they carry no actors or codes), so they get their own Parquet table
(`_mentions/`, schema `schemas.MENTIONS`) joined to events on `event_id` ('gdelt2:<GLOBALEVENTID>').
Two layouts are read: GDELT's raw `*.mentions.CSV` (16 tab-separated fields, no header) and the
comma-separated, lower-case-header re-serialisation produced by gdeltPyR.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from bilateral.errors import InputFileError
from bilateral.events import schemas
from bilateral.events.store import ManifestEntry, append_manifest, events_dir, mentions_dir, read_manifest


def _has_header(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(14).lower() == b"globaleventid,"


def load_mentions(paths: list[Path]):  # -> LoadReport (import cycle avoided)
    from bilateral.events.load import FileReport, LoadReport, _unzip, check_input, file_digest

    report = LoadReport("gdelt2-mentions")
    seen = read_manifest()
    entries = []
    with tempfile.TemporaryDirectory(prefix="staging-", dir=events_dir()) as tmp:
        for p in paths:
            is_zip = check_input(p)
            digest = file_digest(p)
            if digest in seen:
                report.files.append(FileReport(p.name, digest, "skipped (already loaded)"))
                continue
            readable = p
            if is_zip:
                try:
                    readable = _unzip(p, Path(tmp))
                except ValueError as e:
                    report.files.append(FileReport(p.name, digest, "quarantined"))
                    report.reasons["truncated or corrupt zip"] = report.reasons.get("truncated or corrupt zip", 0) + 1
                    entries.append(ManifestEntry(digest, p.name, "gdelt2-mentions", 0, 0, 0,
                                                 datetime.now(UTC).isoformat()))  # fmt: skip
                    del e
                    continue
            read, loaded, reasons = _load_one(readable, p.name, digest)
            for k, v in reasons.items():
                report.reasons[k] = report.reasons.get(k, 0) + v
            report.files.append(FileReport(p.name, digest, "loaded", read, loaded, read - loaded))
            entries.append(ManifestEntry(digest, p.name, "gdelt2-mentions", read, loaded, read - loaded,
                                         datetime.now(UTC).isoformat()))  # fmt: skip
    append_manifest(entries)
    return report


def _load_one(path: Path, name: str, digest: str) -> tuple[int, int, dict[str, int]]:
    header = _has_header(path)
    schema = [(c.lower(), t) for c, t in schemas.GDELT2_MENTIONS] if header else schemas.GDELT2_MENTIONS
    cols = [c for c, _ in schema]
    delim = "," if header else "\t"
    quote = "'\"'" if header else "''"
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute(
            f"""CREATE TABLE m AS SELECT * FROM read_csv('{path.as_posix()}', columns = {schemas.columns_sql(schema)},
                delim = '{delim}', quote = {quote}, header = {str(header).lower()}, auto_detect = false,
                store_rejects = true)"""
        )
        rejected = con.execute("SELECT count(DISTINCT line) FROM reject_errors").fetchone()[0]
        ts = "CAST(try_strptime(CAST({} AS VARCHAR), '%Y%m%d%H%M%S') AS TIMESTAMP)"
        out = mentions_dir() / f"{digest[:16]}.parquet"
        con.execute(
            f"""COPY (SELECT 'gdelt2:' || CAST({cols[0]} AS VARCHAR) AS event_id, {ts.format(cols[1])} AS event_time,
                     {ts.format(cols[2])} AS mention_time, {cols[3]} AS mention_type, {cols[4]} AS source_name,
                     {cols[5]} AS url, {cols[6]} AS sentence_id, {cols[7]} AS actor1_offset,
                     {cols[8]} AS actor2_offset, {cols[9]} AS action_offset, {cols[10]} = 1 AS in_raw_text,
                     {cols[11]} AS confidence, {cols[12]} AS doc_len, {cols[13]} AS doc_tone,
                     {cols[14]} AS translation, '{name.replace("'", "''")}' AS source_ref
                   FROM m WHERE {cols[0]} IS NOT NULL) TO '{out.as_posix()}' (FORMAT parquet)"""
        )
        loaded = con.execute(f"SELECT count(*) FROM m WHERE {cols[0]} IS NOT NULL").fetchone()[0]
        missing = con.execute(f"SELECT count(*) FROM m WHERE {cols[0]} IS NULL").fetchone()[0]
    except duckdb.Error as e:
        raise InputFileError(f"cannot read {name} as GDELT 2.0 mentions: {e}") from None
    finally:
        con.close()
    reasons = {k: v for k, v in (("rejected by reader", rejected), ("missing event id", missing)) if v}
    return loaded + rejected + missing, loaded, reasons
