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
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

from bilateral.events.formats import FORMATS, Format
from bilateral.events.gdelt_kernel import CHUNK_BYTES, _pieces, layout, lookups, segment_pieces
from bilateral.events.gdelt_tables import (
    _arrow_pool,
    _month_order,
    _partition,
    _pooled,
    _rows,
    _strings,
    _table,
    _write,
    _write_gathered,
)


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


SMALL_GROUP = 1 << 16
"""Rows of one month below which a chunk hands them back for one file per month across chunks."""
PACK_GROUP = 1 << 13
"""The same for a pack (several whole small files, see `_jobs`): its main month is written as it is
from this many rows. Why lower: a day of 15-minute files makes packs of about 24,000 rows, and
gathering them (a copy, a concatenation and a write per 65,536 rows) cost 1.4 CPU s per million
rows, three times a direct write; a file of 24,000 rows is no burden on the store."""


PACK_SHARE = 2
"""An input smaller than 1/PACK_SHARE of a chunk is scanned with its neighbours, in a pack.

Why: a day of GDELT 2.0 is 96 files of about 2,000 rows. Scanned one by one, each cost about
3.5 ms of Python (two Arrow tables, copies to the gathered month files), several times its
kernel time; a pack of a dozen is one arena, one table per set and month, one write."""


def _process(fmt, segments, refs, names, lay, lk, max_day, prefix, staging: Path, tag: str):
    """Scan segments (one chunk of a file, or several whole small files) and write their big month
    groups; return (small groups by month, per segment (slow lines, lines, rows written), ids).

    `refs[k]` is the input (its index in `names`) that segment k is from. What is handed back
    leaves the arena (the next chunk overwrites it): fixed-width columns and ids are copied; the
    text columns stay views into the inputs, which outlive the load.
    """
    small: dict[int, list[pa.Table]] = {}
    per_segment: list[tuple[list, int, int]] = [([], 0, 0) for _ in segments]
    ids = []
    text = [pa.py_buffer(buf[start:stop]) for buf, start, stop in segments]
    one = len(segments) == 1
    for p, piece in enumerate(segment_pieces(segments, lay, lk, max_day, prefix)):
        n0, n1 = int(piece.state[0]), int(piece.state[1])
        c = piece.cols
        # Which input each row is from: rows of a set are in segment order, so a piece's marks
        # (rows per set and slow lines at each segment's end) cut each set into runs of one input.
        marks = np.array(piece.marks, np.int64).reshape(-1, 5)
        counts = np.diff(marks, axis=0, prepend=0)  # per mark: rows of set 0, of set 1, slow lines (columns 1-3)
        for (seg, *_, lines), k0, k1, k_slow, hi in zip(piece.marks, *counts[:, 1:4].T, marks[:, 3], strict=True):
            slows, _, written = per_segment[seg]
            slows.append(tuple(x[hi - k_slow : hi] for x in piece.slow))  # positions in the segment's input
            per_segment[seg] = (slows, lines, written + int(k0 + k1))
        inputs = np.asarray(refs, np.int32)[marks[:, 0]]
        ref0, ref1 = np.repeat(inputs, counts[:, 1]), np.repeat(inputs, counts[:, 2])  # the input of each row
        for st, k in ((0, n0), (1, n1)):
            ids.append(_pooled((k,), np.int64))
            ids[-1][:] = c["id"][st, :k]
        if n0:
            event_ids = _strings(c["id_off"][0], c["id_data"][0], n0)
            ym = int(piece.state[2])
            if n0 >= (SMALL_GROUP if one else PACK_GROUP):
                main = _table(fmt, _rows(c, 0, n0), event_ids, text, (names, ref0), lk)
                _write(main, _partition(staging, ym) / f"{tag}_{p}.parquet")
            else:
                keep = np.arange(n0)
                main = _table(fmt, _rows(c, 0, n0, keep), event_ids.take(keep), text, (names, ref0), lk)
                small.setdefault(ym, []).append(main)
        if n1:
            yms = c["ym"][1, :n1]
            order = _month_order(yms)
            others = _table(fmt, _rows(c, 1, n1, order), _strings(c["id_off"][1], c["id_data"][1], n1).take(order),
                            text, (names, ref1[order]), lk)  # fmt: skip
            yms = yms[order]
            cuts = np.flatnonzero(np.diff(yms)) + 1
            for lo, hi in zip(np.r_[0, cuts], np.r_[cuts, n1], strict=True):
                small.setdefault(int(yms[lo]), []).append(others.slice(lo, hi - lo))
    return small, per_segment, ids


Job = list[tuple[int, int, int, int]]
"""What one task scans: (input, chunk number, start, stop) per segment; one chunk of a file, or a
pack of several whole small files."""


def _jobs(bufs: list[np.ndarray], size: int) -> list[Job]:
    """Cut the inputs into chunks of about `size` bytes, and runs of small inputs into packs of about as many."""
    jobs: list[Job] = []
    pack: Job = []
    packed = 0  # bytes in `pack`
    for f, buf in enumerate(bufs):
        n = buf.shape[0]
        if n < size // PACK_SHARE:
            pack.append((f, 0, 0, n))
            packed += n
            if packed >= size:
                jobs.append(pack)
                pack, packed = [], 0
            continue
        jobs += [[(f, c, s, e)] for c, (s, e) in enumerate(_chunks(buf, size))]
    if pack:
        jobs.append(pack)
    return jobs


def _run(job: Job, bufs: list[np.ndarray], fmt, names, lay, lk, max_day, prefix, staging: Path, tag: str):
    """`_process` one job: a chunk of a file, or a pack of several whole small files."""
    segments = [(bufs[f], s, e) for f, _, s, e in job]
    return _process(fmt, segments, [f for f, _, _, _ in job], names, lay, lk, max_day, prefix, staging, tag)


def write_fast_rows(
    fmt: Format, todo: list[tuple[Path | bytes | mmap.mmap, str, str]], staging: Path, work: Path, batch_id: str,
    threads: int | None, progress: Callable[[int, int], None] | None = None,
) -> tuple[list[tuple[Path, str, str, np.ndarray, int]], list[np.ndarray]]:
    """Write the certainly-good rows of every file; return the side files and the ids written.

    One (side file, name, digest, line numbers, rows written) per input: the side file holds the
    other lines in their order (it is written only if there are any), and `line numbers` gives each
    side line's line number in the original file, for the quarantine. The ids (GLOBALEVENTID of
    every row written, in pieces: concatenating 10 M of them cost 0.06 s of serial time) let the
    duplicate check run on integers instead of re-reading the staged files. `progress(done, total)`
    is called with input bytes as chunks finish.
    """
    with _arrow_pool():
        return _write_fast_rows(fmt, todo, staging, work, batch_id, threads, progress)


def _write_fast_rows(
    fmt: Format, todo: list[tuple[Path | bytes | mmap.mmap, str, str]], staging: Path, work: Path, batch_id: str,
    threads: int | None, progress: Callable[[int, int], None] | None,
) -> tuple[list[tuple[Path, str, str, np.ndarray, int]], list[np.ndarray]]:
    from bilateral.events.load import map_file  # load imports this module's caller

    lay, lk = layout(fmt), lookups()
    max_day = (date.today() - timedelta(days=1) - date(1970, 1, 1)).days  # today itself: let DuckDB decide
    prefix = np.frombuffer(f"{fmt.canonical_source}:".encode(), np.uint8)
    workers = max(1, threads or os.cpu_count() or 2)
    mms, bufs = [], []
    total = sum(x.stat().st_size if isinstance(x, Path) else len(x) for x, _, _ in todo)
    size = max(8 << 20, min(CHUNK_BYTES, total // (4 * workers)))
    for source, _, _ in todo:
        if not isinstance(source, Path):  # a zip member inflated in memory, or the mapping `load` hashed
            data: bytes | mmap.mmap = source
            if isinstance(source, mmap.mmap):
                mms.append(source)  # closed with the others at the end
        else:
            with source.open("rb") as fh:
                mms.append(map_file(fh))
            data = mms[-1]
        bufs.append(np.frombuffer(data, np.uint8))
    jobs = _jobs(bufs, size)
    results: dict[tuple[int, int], tuple] = {}
    names = pa.array([name for _, name, _ in todo], pa.string())
    with ThreadPoolExecutor(workers) as pool:
        futures = [
            (job, pool.submit(_run, job, bufs, fmt, names, lay, lk, max_day, prefix, staging, f"{batch_id}_fast{n}"))
            for n, job in enumerate(jobs)
        ]  # fmt: skip
        done = 0
        # Small month groups of all chunks are gathered per month and written once they make a
        # decent file (or at the end), so that they neither fragment the store nor pile up in memory.
        pending: dict[int, list[pa.Table]] = {}
        all_ids: list[np.ndarray] = []
        writes = []

        def flush(ym: int) -> None:
            name = f"{batch_id}_fast_{ym}_{len(writes)}.parquet"
            writes.append(pool.submit(_write_gathered, pending.pop(ym), _partition(staging, ym) / name))

        for job, fut in futures:
            small, per_segment, ids = fut.result()
            for (f, c, _, _), (slows, nlines, written) in zip(job, per_segment, strict=True):
                results[(f, c)] = (slows, nlines, written)
            all_ids.extend(ids)
            for ym, tables in small.items():
                pending.setdefault(ym, []).extend(tables)
                if sum(t.num_rows for t in pending[ym]) >= SMALL_GROUP:
                    flush(ym)
            done += sum(e - s for _, _, s, e in job)
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
                slows, nlines, chunk_written = results[(f, c)]
                for starts, ends, lines in slows:
                    if len(starts) and fh is None:
                        fh = stack.enter_context(side.open("wb"))
                    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
                        fh.write(buf[s:e].tobytes() + b"\n")
                    numbers.append(lines + offset)
                offset += nlines
                written += chunk_written
        out.append((side, name, digest, np.concatenate(numbers) if numbers else np.empty(0, np.int64), written))
    del buf, futures, results
    bufs.clear()
    threading.Thread(target=_unmap, args=(mms,), name="bilateral-unmap", daemon=True).start()
    return out, all_ids


def _unmap(mms: list[mmap.mmap]) -> None:
    """Close the inputs' mappings; run on a thread of its own while the load goes on.

    Why: unmapping the 4 GB of a 10-file load takes 0.1 s (a million page-table entries), serial
    time at the end of the load while one core idles; the duplicate check and publishing that
    follow need neither the inputs nor the other core.
    """
    for mm in mms:
        try:
            mm.close()
        except BufferError:  # a view still alive somewhere: the collector closes it later
            pass


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
