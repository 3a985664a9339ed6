"""The fast path of a GDELT load: compiled tokenizer -> Arrow -> Parquet, on every core.

`write_fast_rows` splits each file into chunks at line ends, scans the chunks on a thread pool
(`gdelt_kernel` drives `gdelt_scan.scan`, which releases the GIL, as do Arrow and the Parquet
writer), builds Arrow tables over the kernel's buffers without copying, writes the rows that are
certainly good straight into the load's staging directory (status=ok/year=/month=, the layout the
DuckDB path writes), and copies every other line byte for byte into a side file per input. The
caller then runs the DuckDB reader over the side files only, so odd rows (wrong field count,
invalid UTF-8, bad dates, unknown codes ...) are parsed, refused and quarantined exactly as before.
"""

from __future__ import annotations

import contextlib
import mmap
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from bilateral.events import schemas
from bilateral.events.formats import FORMATS, Format
from bilateral.events.gdelt_kernel import CHUNK_BYTES, Lookups, layout, lookups
from bilateral.events.gdelt_kernel import _pieces as _pieces

_STR_COLUMNS = ("actor1_code", "actor2_code", "actor1_name", "actor2_name", "source_url")
"""The kernel's text columns (string views), in order; the event id is a column of its own."""
_STORED = [c for c in schemas.STORED_COLUMNS if c not in ("year", "month")]
_TEXT_COLUMNS = {"event_id", "actor1_code", "actor2_code", "actor1_name", "actor2_name", "cameo_code", "source_url"}
_COMPRESSION = {c: ("snappy" if c in _TEXT_COLUMNS else "none") for c in _STORED}
_DICT_COLUMNS = ["source", "actor1_iso3", "actor2_iso3", "source_ref", "actor1_code", "actor2_code", "cameo_code"]


def _chunks(buf: np.ndarray, size: int = CHUNK_BYTES) -> list[tuple[int, int]]:
    """Split at line ends into pieces of about `size` bytes."""
    out, start, n = [], 0, buf.shape[0]
    while start < n:
        stop = min(n, start + size)
        if stop < n:
            nl = bytes(buf[stop : stop + (1 << 20)]).find(b"\n")
            while nl < 0 and stop < n:  # a line longer than 1 MiB: look further
                stop = min(n, stop + (1 << 20))
                nl = bytes(buf[stop : stop + (1 << 20)]).find(b"\n")
            stop = n if nl < 0 else stop + nl + 1
        out.append((start, stop))
        start = stop
    return out


def _mask(ok: np.ndarray) -> np.ndarray | None:
    return None if ok.all() else ~ok


def _dictionary(indices: np.ndarray, dictionary: pa.Array) -> pa.DictionaryArray:
    mask = indices < 0
    return pa.DictionaryArray.from_arrays(pa.array(indices, mask=mask if mask.any() else None), dictionary, safe=False)


def _strings(offsets: np.ndarray, data: np.ndarray, n: int) -> pa.Array:
    """A string column over the kernel's buffers, without copying; empty strings are NULL (as in DuckDB)."""
    offsets = offsets[: n + 1]
    valid = offsets[1:] != offsets[:-1]
    bitmap = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data[: offsets[n]]), bitmap)


def _text(views: np.ndarray, data: pa.Buffer) -> pa.Array:
    """A string-view column over the kernel's views (n x 2 words) into `data`; empty strings are NULL."""
    views = np.ascontiguousarray(views)
    valid = views.view(np.uint32)[:, 0] != 0  # a view's first 4 bytes are its length
    bitmap = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(pa.string_view(), len(views), [bitmap, pa.py_buffer(views), data])


def _pooled(shape: tuple[int, ...], dtype: type) -> np.ndarray:
    """An uninitialised array in Arrow's memory pool (jemalloc during a load, see `_arrow_pool`).

    Why: NumPy takes arrays of a few megabytes fresh from the OS (and asks for huge pages), so
    every copy below landed on new pages that the kernel zeroes first (3.8 % of a load's CPU
    samples in one profile). The pool reuses the pages that earlier chunks' tables freed.
    """
    count = int(np.prod(shape))
    return np.frombuffer(pa.allocate_buffer(max(1, count * np.dtype(dtype).itemsize)), dtype, count).reshape(shape)


def _take(a: np.ndarray, pick: np.ndarray, axis: int) -> np.ndarray:
    """`np.take` into pooled memory."""
    shape = list(a.shape)
    shape[axis] = len(pick)
    return np.take(a, pick, axis=axis, out=_pooled(tuple(shape), a.dtype), mode="clip")  # "raise" buffers `out`


def _rows(c: dict[str, np.ndarray], st: int, n: int, pick: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Set st's first n rows of the kernel's fixed-width columns: as they are, or copied in the order `pick`.

    Why copies by index rather than Arrow's `take`: `take` has no kernel for string views, and
    rows handed to another chunk's file must leave the arena, which the next chunk overwrites.
    """
    names = ("day", "cameo")
    multi = ("iso", "f", "f_ok", "i", "i_ok", "views")
    if pick is None:
        return {k: c[k][st, :n] for k in names} | {k: c[k][st][:, :n] for k in multi}
    # From the whole (contiguous) set, not its first n rows: `np.take` first copies a source that
    # is not contiguous, into fresh pages (1.3 % of a load's CPU time); `pick` is below n anyway.
    return {k: _take(c[k][st, :n], pick, 0) for k in names} | {k: _take(c[k][st], pick, 1) for k in multi}


def _table(fmt: Format, rows: dict[str, np.ndarray], ids: pa.Array, text: pa.Buffer, ref: tuple[pa.Array, int],
           lk: Lookups) -> pa.Table:  # fmt: skip
    """The stored columns (`schemas.STORED`, minus year/month, which are partition keys) of a set's rows.

    `rows` as `_rows` gives them, `ids` the event id column, `text` the chunk's bytes that the
    text columns' views point into, `ref` the batch's file names and this file's index in them.
    One dictionary of names for the whole batch: a month's file gathers rows from many inputs,
    and the Parquet writer re-encodes a dictionary column whose dictionary changes from one
    chunk to the next (5 % of such a file's write).
    """
    n = len(ids)
    f_ok, i_ok = rows["f_ok"], rows["i_ok"]
    strs = {col: _text(rows["views"][j], text) for j, col in enumerate(_STR_COLUMNS)}
    cols = {
        "event_id": ids,
        "source": pa.DictionaryArray.from_arrays(np.zeros(n, np.int8), pa.array([fmt.canonical_source]), safe=False),
        "date": pa.array(rows["day"], pa.date32()),
        "actor1_iso3": _dictionary(rows["iso"][0], lk.iso3),
        "actor2_iso3": _dictionary(rows["iso"][1], lk.iso3),
        "actor1_code": strs["actor1_code"], "actor2_code": strs["actor2_code"],
        "actor1_name": strs["actor1_name"], "actor2_name": strs["actor2_name"],
        "cameo_code": _dictionary(rows["cameo"], lk.cameo_code),  # as indices: the writer need not hash the codes
        "plover": pa.nulls(n, pa.string()), "plover_mode": pa.nulls(n, pa.string()),  # given by the code
        "goldstein": pa.array(rows["f"][0], mask=_mask(f_ok[0])),
        "num_mentions": pa.array(rows["i"][0], mask=_mask(i_ok[0])),
        "num_sources": pa.array(rows["i"][1], mask=_mask(i_ok[1])),
        "num_articles": pa.array(rows["i"][2], mask=_mask(i_ok[2])),
        "avg_tone": pa.array(rows["f"][1], mask=_mask(f_ok[1])),
        "source_url": strs["source_url"],
        "source_ref": pa.DictionaryArray.from_arrays(np.full(n, ref[1], np.int32), ref[0], safe=False),
        "evidence": pa.nulls(n, pa.string()),
    }  # fmt: skip
    assert list(cols) == _STORED, "the fast path writes the store's columns, in order"
    # A column without nulls is written as REQUIRED: Parquet then stores no definition levels for
    # it (encoding them was 3 % of a load). Readers see the same values; nullability is no part of
    # the store's schema (DuckDB and Spark read every column as nullable).
    fields = [pa.field(k, a.type, nullable=a.null_count > 0) for k, a in cols.items()]
    return pa.Table.from_arrays(list(cols.values()), schema=pa.schema(fields))


ROW_GROUP = 122_880
"""Rows per Parquet row group, as DuckDB writes them: readers parallelise over row groups, and a
dyad's series over a store of 1 M-row groups took 1.5 times as long."""


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Statistics only for event_id: the duplicate check prunes stored row groups on its min/max;
    # min/max of the other columns cost a third of the write and prune nothing in a month's file.
    # Snappy only for text: it saves nothing on doubles and dictionary indices and costs a tenth
    # of the write.
    pq.write_table(table, path, compression=_COMPRESSION, use_dictionary=_DICT_COLUMNS, store_schema=False,
                   write_statistics=["event_id"], row_group_size=ROW_GROUP)  # fmt: skip


def _write_gathered(tables: list[pa.Table], path: Path) -> None:
    """Write one month's rows gathered from many chunks as one file.

    Why combined first: a month's rows come in pieces of about a thousand rows from twenty-odd
    chunks, and the Parquet writer pays per piece and column; writing the pieces as they are cost
    0.41 µs per row against 0.28 for a chunk's own month.
    """
    _write(pa.concat_tables(tables, promote_options="default").combine_chunks(), path)  # REQUIRED in some, not all


def _partition(staging: Path, ym: int) -> Path:
    y, m = divmod(ym, 100)
    return staging / "status=ok" / f"year={y}" / f"month={m}"


SMALL_GROUP = 1 << 16
"""Rows of one month below which a chunk hands them back for one file per month across chunks."""


def _process(fmt, buf, start, stop, ref, lay, lk, max_day, prefix, staging: Path, tag: str):
    """Scan one chunk and write its big month groups; return (small groups by month, slow lines, lines).

    What is handed back leaves the arena (the next chunk overwrites it): fixed-width columns and
    ids are copied; the text columns stay views into buf[start:stop], which outlives the load.
    """
    small: dict[int, list[pa.Table]] = {}
    slows, lines, ids = [], [], []
    text = pa.py_buffer(buf[start:stop])
    for p, piece in enumerate(_pieces(buf, start, stop, lay, lk, max_day, prefix, lines)):
        slows.append(piece.slow)
        n0, n1 = int(piece.state[0]), int(piece.state[1])
        c = piece.cols
        for st, k in ((0, n0), (1, n1)):
            ids.append(_pooled((k,), np.int64))
            ids[-1][:] = c["id"][st, :k]
        if n0:
            event_ids = _strings(c["id_off"][0], c["id_data"][0], n0)
            ym = int(piece.state[2])
            if n0 >= SMALL_GROUP:
                main = _table(fmt, _rows(c, 0, n0), event_ids, text, ref, lk)
                _write(main, _partition(staging, ym) / f"{tag}_{p}.parquet")
            else:
                keep = np.arange(n0)
                main = _table(fmt, _rows(c, 0, n0, keep), event_ids.take(keep), text, ref, lk)
                small.setdefault(ym, []).append(main)
        if n1:
            yms = c["ym"][1, :n1]
            order = _month_order(yms)
            others = _table(fmt, _rows(c, 1, n1, order), _strings(c["id_off"][1], c["id_data"][1], n1).take(order),
                            text, ref, lk)  # fmt: skip
            yms = yms[order]
            cuts = np.flatnonzero(np.diff(yms)) + 1
            for lo, hi in zip(np.r_[0, cuts], np.r_[cuts, n1], strict=True):
                small.setdefault(int(yms[lo]), []).append(others.slice(lo, hi - lo))
    return small, slows, lines[0], ids


def _month_order(yms: np.ndarray) -> np.ndarray:
    """The stable order of rows by year*100+month: as 16-bit offsets when they fit, which NumPy sorts
    by radix (0.7-1.0 ms for 55,000 rows, against 3.3 ms for the 32-bit values)."""
    lo = int(yms.min())
    if int(yms.max()) - lo < 1 << 15:
        return np.argsort((yms - lo).astype(np.int16), kind="stable")
    return np.argsort(yms, kind="stable")


def write_fast_rows(
    fmt: Format, todo: list[tuple[Path | bytes | mmap.mmap, str, str]], staging: Path, work: Path, batch_id: str,
    threads: int | None, progress: Callable[[int, int], None] | None = None,
) -> tuple[list[tuple[Path, str, str, np.ndarray, int]], np.ndarray]:
    """Write the certainly-good rows of every file; return the side files and the ids written.

    One (side file, name, digest, line numbers, rows written) per input: the side file holds the
    other lines in their order (it is written only if there are any), and `line numbers` gives
    each side line's line number in the original file, for the quarantine. The ids (GLOBALEVENTID
    of every row written) let the duplicate check run on integers instead of re-reading the
    staged files. `progress(done, total)` is called with input bytes as chunks finish.
    """
    with _arrow_pool():
        return _write_fast_rows(fmt, todo, staging, work, batch_id, threads, progress)


@contextlib.contextmanager
def _arrow_pool() -> Iterator[None]:
    """Make Arrow allocate from jemalloc, keeping freed pages for a while, during a load.

    Why: Arrow's default pool hands freed memory back to the kernel at once, so every chunk's
    tables and Parquet buffers landed on fresh pages, which the kernel zeroes on first touch: a
    profile of a 4 M-row load showed 14 % of all CPU time in `clear_page`, 2 % with this pool.
    Buffers remember their pool, so they are freed correctly whenever they die. Without jemalloc
    (some builds), the default pool is used.
    """
    try:
        pool = pa.jemalloc_memory_pool()
        pa.jemalloc_set_decay_ms(10_000)
    except (NotImplementedError, pa.ArrowException):
        yield
        return
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)
        pa.jemalloc_set_decay_ms(0)  # Arrow's default: give the pages back now


def _write_fast_rows(
    fmt: Format, todo: list[tuple[Path | bytes | mmap.mmap, str, str]], staging: Path, work: Path, batch_id: str,
    threads: int | None, progress: Callable[[int, int], None] | None,
) -> tuple[list[tuple[Path, str, str, np.ndarray, int]], np.ndarray]:
    from bilateral.events.load import map_file  # load imports this module's caller

    lay, lk = layout(fmt), lookups()
    max_day = (date.today() - timedelta(days=1) - date(1970, 1, 1)).days  # today itself: let DuckDB decide
    prefix = np.frombuffer(f"{fmt.canonical_source}:".encode(), np.uint8)
    workers = max(1, threads or os.cpu_count() or 2)
    mms, bufs, jobs = [], [], []
    total = sum(x.stat().st_size if isinstance(x, Path) else len(x) for x, _, _ in todo)
    size = max(8 << 20, min(CHUNK_BYTES, total // (4 * workers)))
    for f, (source, _, _) in enumerate(todo):
        if not isinstance(source, Path):  # a zip member inflated in memory, or the mapping `load` hashed
            data: bytes | mmap.mmap = source
            if isinstance(source, mmap.mmap):
                mms.append(source)  # closed with the others at the end
        else:
            with source.open("rb") as fh:
                mms.append(map_file(fh))
            data = mms[-1]
        bufs.append(np.frombuffer(data, np.uint8))
        for c, (s, e) in enumerate(_chunks(bufs[-1], size)):
            jobs.append((f, c, s, e))
    jobs_size = {(f, c): e - s for f, c, s, e in jobs}
    results: dict[tuple[int, int], tuple] = {}
    names = pa.array([name for _, name, _ in todo], pa.string())
    with ThreadPoolExecutor(workers) as pool:
        futures = {
            (f, c): pool.submit(_process, fmt, bufs[f], s, e, (names, f), lay, lk, max_day, prefix, staging,
                                f"{batch_id}_fast{f}_{c}")
            for f, c, s, e in jobs
        }  # fmt: skip
        done = 0
        # Small month groups of all chunks are gathered per month and written once they make a
        # decent file (or at the end), so that they neither fragment the store nor pile up in memory.
        pending: dict[int, list[pa.Table]] = {}
        writes = []

        def flush(ym: int) -> None:
            name = f"{batch_id}_fast_{ym}_{len(writes)}.parquet"
            writes.append(pool.submit(_write_gathered, pending.pop(ym), _partition(staging, ym) / name))

        for k, fut in futures.items():
            small, slows, nlines, ids = fut.result()
            results[k] = (slows, nlines, ids)
            for ym, tables in small.items():
                pending.setdefault(ym, []).extend(tables)
                if sum(t.num_rows for t in pending[ym]) >= SMALL_GROUP:
                    flush(ym)
            done += jobs_size[k]
            if progress is not None:
                progress(done, total)
        for ym in list(pending):
            flush(ym)
        for w in writes:
            w.result()
    out = []
    chunks_of: dict[int, list[int]] = {}
    for f, c in sorted(results):
        chunks_of.setdefault(f, []).append(c)
    for f, (_, name, digest) in enumerate(todo):
        side = work / f"side-{f}.tsv"
        numbers, offset, written = [], 0, 0
        buf = bufs[f]
        # Only an input with odd lines gets a side file: an empty one created and deleted per
        # 15-minute file showed in a profile of a day's batch (ext4 searching for free inodes).
        with contextlib.ExitStack() as stack:
            fh = None
            for c in chunks_of.get(f, []):
                slows, nlines, chunk_ids = results[(f, c)]
                for starts, ends, lines in slows:
                    if len(starts) and fh is None:
                        fh = stack.enter_context(side.open("wb"))
                    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
                        fh.write(buf[s:e].tobytes() + b"\n")
                    numbers.append(lines + offset)
                offset += nlines
                written += sum(len(x) for x in chunk_ids)
        out.append((side, name, digest, np.concatenate(numbers) if numbers else np.empty(0, np.int64), written))
    parts = [x for r in results.values() for x in r[2]] or [np.empty(0, np.int64)]
    ids = np.concatenate(parts, out=_pooled((sum(len(x) for x in parts),), np.int64))  # pooled: no fresh pages
    del buf, futures, results
    bufs.clear()
    for mm in mms:
        try:
            mm.close()
        except BufferError:  # a view still alive somewhere: the collector closes it later
            pass
    return out, ids


def warm_up() -> None:
    """Load (or compile, on first use after an install) the kernel: about 0.6 s cached, 8 s compiled.

    `load_files` pays this on its first GDELT file in a process; benchmarks call it first so that
    they measure throughput, not start-up.
    """
    fmt = FORMATS["gdelt2"]
    row = b"\t".join([b"1", b"20200101"] + [b""] * 24 + [b"040"] + [b""] * 32 + [b"20200101000000", b""])
    data = np.frombuffer(row + b"\n", np.uint8)
    for _ in _pieces(data, 0, len(data), layout(fmt), lookups(), 20000, np.frombuffer(b"x:", np.uint8), []):
        pass
