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

import contextlib
import gc
import mmap
import os
import shutil
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import duckdb
import xxhash
from isal import isal_zlib

from bilateral.errors import InputFileError
from bilateral.events import schemas
from bilateral.events.formats import FORMATS
from bilateral.events.report import FileReport, LoadReport
from bilateral.events.stage import QUARANTINE_COLUMNS, stage_batch
from bilateral.events.store import ManifestEntry, append_manifest, events_dir, quarantine_dir, read_manifest

__all__ = ["FileReport", "LoadReport", "check_input", "file_digest", "load_files"]


def file_digest(path: Path) -> str:
    """The file's identity for idempotent loads: XXH3-128 of its bytes, as hex.

    Why not sha256: the hash only has to tell files apart (no adversary chooses GDELT's files), and
    sha256 cost 0.17 CPU s per million rows, a sixth of the load budget; XXH3 costs 0.02.
    """
    digest, mm = _mapped_digest(path)
    if mm is not None:
        mm.close()
    return digest


def _mapped_digest(path: Path) -> tuple[str, mmap.mmap | None]:
    """`file_digest`, and the file still mapped (None if empty) for a caller that reads it next.

    Why keep the mapping: the fast path reads the same bytes again, and mapping a 275 MB file a
    second time (mapping, page faults, unmapping) cost 0.042-0.050 CPU s, 4 % of its load.
    """
    with path.open("rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return xxhash.xxh3_128(b"").hexdigest(), None
        mm = map_file(f)  # hashed where the page cache holds it: no copy through read()
        return xxhash.xxh3_128(mm).hexdigest(), mm


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a load: it makes no cycles, and collections were 2 % of its CPU."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def map_file(f: BinaryIO) -> mmap.mmap:
    """The whole (non-empty) file read-only in memory, no copy through `read()`.

    Pages are mapped as they are first read (the kernel maps 16 around each fault), not up front
    with MAP_POPULATE: hashing a 275 MB file took 0.027-0.030 CPU s, against 0.036-0.050 populated, and
    a 10-file load, run alternately both ways eight times, was faster without it in seven (median
    1.54 M against 1.39 M rows/s).
    """
    return mmap.mmap(f.fileno(), 0, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ)


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


def _unzip(path: Path, into: Path, *, in_memory: bool = False) -> Path | bytes:
    """Extract the one data member of a GDELT-style zip, verifying its CRC; raise ValueError if broken.

    The CRC is checked while extracting, so the member is decompressed once, not twice as with a
    separate `testzip()` pass. With `in_memory` (the GDELT fast path, which reads bytes; `_prepare`
    keeps a batch within `_IN_MEMORY_BYTES`), the member is returned as bytes instead of being
    written to `into`: writing a 274 MB member to disk cost a CPU second here, three times its
    decompression.
    """
    target: Path | None = None
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise ValueError(f"expected one file in the zip, found {len(members)}")
            info = members[0]
            if info.compress_type == zipfile.ZIP_DEFLATED and in_memory:
                return _inflate_to_memory(path, info)
            target = into / f"{path.name}.{info.filename.rsplit('/', 1)[-1]}"
            with zf.open(info) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 22)
            return target
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile, zlib.error, isal_zlib.error) as e:
        if target is not None:
            target.unlink(missing_ok=True)
        raise ValueError(f"truncated or corrupt zip ({e})") from None


_IN_MEMORY_BYTES = 4 << 30
"""Most inflated bytes a batch keeps in memory; further zip members are extracted to disk."""


def _member_size(path: Path) -> int | None:
    """Uncompressed size of a zip's one member (None if the zip cannot be read: refused later)."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            return members[0].file_size if len(members) == 1 else None
    except (zipfile.BadZipFile, OSError, EOFError):
        return None


def _inflate_to_memory(path: Path, info: zipfile.ZipInfo) -> bytes:
    """Inflate a deflated zip member with ISA-L (three times zlib's speed), checking size and CRC-32."""
    with path.open("rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile("bad local file header")
        name_len, extra_len = struct.unpack("<HH", header[26:30])
        f.seek(info.header_offset + 30 + name_len + extra_len)
        raw = f.read(info.compress_size)
    if len(raw) < info.compress_size:
        raise EOFError("compressed data ends early")
    data = isal_zlib.decompress(raw, -15, max(info.file_size, 1))
    if len(data) != info.file_size or isal_zlib.crc32(data) != info.CRC:
        raise zipfile.BadZipFile(f"bad CRC-32 or size for {info.filename}")
    return data


def _prepare(
    paths: list[Path], zips: list[bool], source: str, work: Path, report: LoadReport, threads: int | None = None,
    in_memory: bool = False,
) -> list[tuple[Path | bytes | mmap.mmap, str, str]]:
    """(readable path, bytes or mapping, original name, digest) per file still to load; refusals go to the report.

    `zips` says which inputs are zip archives (`check_input`, which the caller has run on every
    input). The files are hashed and the zips extracted on a small thread pool: hashlib and
    zlib release the GIL, so both cores work on what was a serial prelude of ~0.3 s per 1 M rows.
    """
    workers = max(1, min(len(paths), threads or os.cpu_count() or 2))
    with ThreadPoolExecutor(workers) as pool:
        mapped = list(pool.map(_mapped_digest, paths))
        digests = [d for d, _ in mapped]
        seen = read_manifest()
        todo: list[tuple[Path | bytes | mmap.mmap, str, str]] = []
        batch: set[str] = set()
        fresh: list[tuple[Path, bool, str]] = []
        kept: list[mmap.mmap | None] = []  # the mapping of each fresh input the fast path reads next
        for (p, is_zip, digest), (_, mm) in zip(zip(paths, zips, digests, strict=True), mapped, strict=True):
            if digest in seen or digest in batch:
                report.files.append(FileReport(p.name, digest, "skipped (already loaded)"))
                if mm is not None:
                    mm.close()
                continue
            batch.add(digest)
            fresh.append((p, is_zip, digest))
            keep = in_memory and not is_zip and mm is not None
            kept.append(mm if keep else None)
            if mm is not None and not keep:
                mm.close()
        room = _IN_MEMORY_BYTES if in_memory else 0
        plan = []
        for p, is_zip, _ in fresh:  # inflate in memory while the batch's members fit the budget
            size = _member_size(p) if is_zip and room > 0 else None
            plan.append(size is not None and size <= room)
            room -= size or 0
        extracted = list(pool.map(lambda f, mem: _try_unzip(f[0], work, mem) if f[1] else f[0], fresh, plan))
    for (p, _, digest), readable, mm in zip(fresh, extracted, kept, strict=True):
        if mm is not None:
            readable = mm  # the fast path reads the mapping the digest was taken from
        if isinstance(readable, ValueError):
            e = readable
            report.files.append(FileReport(p.name, digest, "quarantined", 0, 0, 0))
            _write_file_quarantine(source, p.name, digest, str(e))
            report.reasons[str(e).split(" (")[0]] = report.reasons.get(str(e).split(" (")[0], 0) + 1
            continue
        todo.append((readable, p.name, digest))
    return todo


def _try_unzip(path: Path, into: Path, in_memory: bool) -> Path | bytes | ValueError:
    try:
        return _unzip(path, into, in_memory=in_memory)
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
    paths: list[Path] | list[str], source: str, *, threads: int | None = None, fast: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> LoadReport:
    """Load GDELT 1.0/2.0, ICEWS or POLECAT files (plain or zipped) into the events store.

    Returns per-file counts of rows read, loaded and quarantined; never leaves a partly loaded
    file counted as loaded. Re-loading a file with the same bytes is a no-op. GDELT rows go
    through the compiled fast path (`gdelt_fast`) unless `fast=False`; the result is the same.
    `progress(done, total)`, if given, is called with input bytes as the work advances.
    """
    if source == "gdelt2-mentions":
        from bilateral.events.mentions import load_mentions

        return load_mentions([Path(p) for p in paths])
    if source not in FORMATS:
        raise InputFileError(f"unknown event source {source!r}; expected one of {', '.join(schemas.SOURCES)}")
    fmt = FORMATS[source]
    report = LoadReport(source)
    root = events_dir()
    files = [Path(p) for p in paths]
    zips = [check_input(p) for p in files]  # a missing or binary file refuses the whole call, before any load
    fast = fast and fmt.source in ("gdelt1", "gdelt2")
    step = _open_files_budget() if fast else max(1, len(files))
    for k in range(0, len(files), step):
        with gc_paused(), tempfile.TemporaryDirectory(prefix="staging-", dir=root) as tmp:
            work = Path(tmp)
            todo = _prepare(files[k : k + step], zips[k : k + step], source, work, report, threads, in_memory=fast)
            if todo:
                size = sum(x.stat().st_size if isinstance(x, Path) else len(x) for x, _, _ in todo)
                stage_batch(fmt, todo, work, report, threads, fast=fast, progress=progress)  # closes the mappings
                if progress is not None:
                    progress(size, size)
    return report


_SPARE_FILES = 128
"""File descriptors left for everything else a load opens (DuckDB, Parquet writers, side files)."""


def _open_files_budget() -> int:
    """How many inputs one fast-path batch may map; raises the soft limit on open files to the hard one.

    Why: every mapped input holds a file descriptor (Python's mmap keeps a duplicate), and a batch
    keeps its inputs mapped until its last month file is written (the text columns point into
    them). The soft limit is often 1,024, which 1,000 unzipped 15-minute files exceeded; a call
    with more inputs than the budget is loaded as consecutive batches.
    """
    try:
        import resource
    except ImportError:  # not a Unix: no descriptor limit to manage here
        return 1 << 30
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
    return max(1, soft - _SPARE_FILES) if soft != resource.RLIM_INFINITY else 1 << 30


