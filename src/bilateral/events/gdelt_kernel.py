"""The GDELT fast path's inputs to the compiled kernel, and the loop that drives it over a chunk.

`layout` says where a GDELT version keeps the fields the events table needs; `lookups` turns the
CAMEO and country tables into sorted integer keys (and dense tables for short codes) that the
kernel can search; `_pieces` runs `gdelt_scan.scan` over one chunk with a per-thread arena of
reusable buffers and yields its output (two sets of column buffers and the slow lines).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np
import pyarrow as pa

from bilateral.events import cameo, countrycodes, gdelt_parse, gdelt_scan, gdelt_split
from bilateral.events.formats import FORMATS, Format

CHUNK_BYTES = 96 << 20
"""Most input bytes per scanned chunk (about 350,000 GDELT rows): large enough that per-chunk costs
(a Parquet file per chunk and month) stay small. A smaller batch is cut into at least four chunks
per worker, so that one file keeps every core busy to the end."""


@dataclass(frozen=True)
class Layout:
    """Where a GDELT version keeps its fields, as the kernel reads them, and its field counts."""

    kernel: np.ndarray  # gdelt_scan.P_* order: field index of each kept field, then validated fields
    nmin: int
    nmax: int


_KEPT = ["GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "EventCode", "GoldsteinScale", "AvgTone",
         "NumMentions", "NumSources", "NumArticles", "DATEADDED", "Actor1Code", "Actor2Code", "Actor1Name",
         "Actor2Name", "SOURCEURL"]  # fmt: skip
"""The fields the events table is made of, in the order of gdelt_scan.P_ID ... P_URL."""
_NUMERIC = {"INTEGER": gdelt_parse.R_INT, "BIGINT": gdelt_parse.R_BIGINT, "DOUBLE": gdelt_parse.R_DOUBLE}


def layout(fmt: Format) -> Layout:
    return _layout(fmt.source)


@cache
def _layout(source: str) -> Layout:
    fmt = FORMATS[source]
    names = [n for n, _ in fmt.schema]
    kept = [names.index(n) for n in _KEPT]
    # Every other numeric field is checked too, so that a row the fast path keeps is one the DuckDB
    # reader (which types every field) would also have accepted.
    checked = [f * 4 + _NUMERIC[t] for f, (n, t) in enumerate(fmt.schema) if t in _NUMERIC and n not in _KEPT]
    nmax = len(names)
    # GDELT 1.0 historical rows stop before SOURCEURL; the reader pads them (null_padding).
    nmin = nmax - 1 if fmt.null_padding else nmax
    return Layout(np.array(kept + checked, np.int64), nmin, nmax)


@dataclass(frozen=True)
class Lookups:
    """The CAMEO and country tables as sorted integer keys for the kernel, and the value columns.

    Only the code of a CAMEO row is stored; its PLOVER type, quad class ... are derived when the
    store is read (`events.canonical`).
    """

    country_keys: np.ndarray
    country_values: np.ndarray
    iso3: pa.Array
    cameo_keys: np.ndarray
    cameo_values: np.ndarray
    cameo_code: pa.Array  # the code of each cameo row
    country_direct: np.ndarray  # gdelt_parse.DIRECT_KEYS entries: value index or -1
    cameo_direct: np.ndarray


def _key(text: str) -> int:
    k = 0
    for ch in text.upper():
        k = k * 37 + (ord(ch) - 64 if ch.isalpha() else ord(ch) - 48 + 27)
    return k


@cache
def lookups() -> Lookups:
    rows = countrycodes.cameo_country_rows()
    iso = sorted({v for _, v in rows if v})
    pairs = sorted((_key(k), iso.index(v) if v else -1) for k, v in rows)
    crows = cameo.lookup_rows()
    cpairs = sorted((_key(r[0]), i) for i, r in enumerate(crows))
    return Lookups(
        np.array([k for k, _ in pairs], np.int64), np.array([v for _, v in pairs], np.int16),
        pa.array(iso, pa.string()),
        np.array([k for k, _ in cpairs], np.int64), np.array([v for _, v in cpairs], np.int16),
        pa.array([r[0] for r in crows], pa.string()), _direct(pairs), _direct(cpairs),
    )  # fmt: skip


def _direct(pairs: list[tuple[int, int]]) -> np.ndarray:
    table = np.full(gdelt_parse.DIRECT_KEYS, -1, np.int16)
    for k, v in pairs:
        if k < gdelt_parse.DIRECT_KEYS:
            table[k] = v
    return table


@dataclass
class Piece:
    """One kernel call's output: two sets of column buffers (set 0: one month) and the slow lines.

    `marks` says which rows came from which of the scanned segments: one (segment, rows in
    set 0, rows in set 1, slow lines, lines seen in the segment) per segment the piece covers,
    each count up to the end of that segment's part of the piece.
    """

    state: np.ndarray  # rows in set 0, rows in set 1, set 0's year*100+month, slow lines
    cols: dict[str, np.ndarray]
    slow: tuple[np.ndarray, np.ndarray, np.ndarray]  # start, end, line number in the segment (copies)
    marks: list[tuple[int, int, int, int, int]]


def _anonymous(shape: tuple[int, ...], dtype: type) -> np.ndarray:
    """A zeroed array in memory mapped straight from the kernel, in ordinary 4 KiB pages.

    Why not `np.empty`: NumPy asks for transparent huge pages on large arrays, and on a machine
    whose huge pages must first be compacted, the first touch of an arena then cost 0.6 s per chunk
    (0.94 s against 0.27 s for a 96 MB chunk, measured): more than scanning it.
    """
    size = max(1, int(np.prod(shape)) * np.dtype(dtype).itemsize)
    return np.frombuffer(mmap.mmap(-1, size), dtype).reshape(shape)


class _Arena:
    """The kernel's buffers for chunks of up to `size` bytes, reused chunk after chunk and load after load.

    Why: fresh memory costs a page fault per 4 KiB on first touch; allocating these buffers per
    chunk cost about half a CPU second per million rows, as much as the tokenizing itself.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        cap = size // 56 + 16  # a GDELT row that can be good has at least 56 tabs: never more rows than this
        slow_cap = size // 1024 + 1024  # odd lines are rare; when there are more, the kernel returns early
        nb = size // 64 + 3
        e = _anonymous
        self.masks = e((gdelt_split.MASKS, nb), np.uint64)
        self.cols = {
            "id": e((2, cap), np.int64), "day": e((2, cap), np.int32), "ym": e((2, cap), np.int32),
            "iso": e((2, 2, cap), np.int16), "cameo": e((2, cap), np.int16),
            "f": e((2, 2, cap), np.float64), "f_ok": e((2, 2, cap), np.bool_),
            "i": e((2, 3, cap), np.int32), "i_ok": e((2, 3, cap), np.bool_),
            "id_off": e((2, cap + 1), np.int64), "id_data": e((2, cap * gdelt_scan.ID_BYTES), np.uint8),
            "views": e((2, gdelt_scan.TEXT_COLUMNS, cap, 2), np.uint64),
        }  # fmt: skip
        self.slow = (e((slow_cap,), np.int64), e((slow_cap,), np.int64), e((slow_cap,), np.int64))


_free: list[_Arena] = []
_free_lock = threading.Lock()


@contextlib.contextmanager
def _arena(size: int) -> Iterator[_Arena]:
    """An arena for a chunk of `size` bytes, taken from the free ones or made, and handed back after.

    Arenas outlive the load's threads, so a second load in a process finds its memory already
    touched; a few are kept (one per core, the largest), each sized to the chunks it served: a
    15-minute file of a few thousand rows does not pay for buffers of a hundred megabytes.
    """
    with _free_lock:
        fits = [a for a in _free if a.size >= size]
        arena = min(fits, key=lambda a: a.size) if fits else None
        if arena is not None:
            _free.remove(arena)
    if arena is None:
        arena = _Arena(size + size // 8 + (1 << 16))
    try:
        yield arena
    finally:
        with _free_lock:
            _free.append(arena)
            _free.sort(key=lambda a: a.size, reverse=True)
            del _free[max(1, os.cpu_count() or 1) :]


Segment = tuple[np.ndarray, int, int]
"""A part of an input the kernel scans: the input's bytes, start, stop (at line ends)."""


def _pieces(buf: np.ndarray, start: int, stop: int, lay: Layout, lk: Lookups, max_day: int,
            prefix: np.ndarray, lines: list[int]) -> Iterator[Piece]:  # fmt: skip
    """Run the kernel over one chunk, buf[start:stop]; the number of lines seen is appended to `lines`."""
    for piece in segment_pieces([(buf, start, stop)], lay, lk, max_day, prefix):
        yield piece
    lines.append(piece.marks[-1][4])


def segment_pieces(segments: list[Segment], lay: Layout, lk: Lookups, max_day: int,
                   prefix: np.ndarray) -> Iterator[Piece]:  # fmt: skip
    """Run the kernel over segments (one chunk of a file, or several whole small files), one piece per call.

    The rows of all segments fill one set of buffers, which the next piece reuses. Usually one
    piece; more only if the segments have more odd lines than the slow arrays hold. Line numbers
    restart at each segment. Text column k's views point into segment k's bytes (Arrow data
    buffer k, from its start), which must outlive them, and be under 2 GiB (a view's offset has 32
    bits).
    """
    for _, start, stop in segments:
        if stop - start >= 1 << 31:
            raise ValueError(f"a chunk of {stop - start} bytes: string views address at most 2 GiB")
    with _arena(sum(stop - start for _, start, stop in segments)) as arena:
        yield from _scan_segments(arena, segments, lay, lk, max_day, prefix)


def _scan_segments(arena: _Arena, segments: list[Segment], lay: Layout, lk: Lookups, max_day: int,
                   prefix: np.ndarray) -> Iterator[Piece]:  # fmt: skip
    main = _main_month(segments, int(lay.kernel[gdelt_scan.P_DATE]))
    c, slow = arena.cols, arena.slow

    def fresh(month: int) -> np.ndarray:
        c["id_off"][:, 0] = 0
        return np.array([0, 0, month, 0], np.int64)

    def piece() -> Piece:
        k = int(state[3])
        return Piece(state, c, (slow[0][:k].copy(), slow[1][:k].copy(), slow[2][:k].copy()), marks)

    state, marks = fresh(main), []
    for seg, (buf, start, stop) in enumerate(segments):
        line, vbase = 0, start  # the segment's views point into buf[vbase:stop]
        while True:
            before = int(state[0]), int(state[1])
            start, line = gdelt_scan.scan(
                buf, arena.masks, start, stop, line, lay.kernel, lay.nmin, lay.nmax, lk.country_keys,
                lk.country_values, lk.country_direct, lk.cameo_keys, lk.cameo_values, lk.cameo_direct, max_day,
                prefix, state, *slow, c["id"], c["day"], c["ym"], c["iso"], c["cameo"], c["f"], c["f_ok"], c["i"],
                c["i_ok"], c["id_off"], c["id_data"], c["views"], vbase,
            )  # fmt: skip
            if seg:
                _point_to(c["views"], seg, before, (int(state[0]), int(state[1])))
            marks.append((seg, int(state[0]), int(state[1]), int(state[3]), line))
            if start >= stop:
                break
            yield piece()  # a set or the slow arrays are full: hand these rows over, go on with room
            state, marks = fresh(int(state[2])), []
    yield piece()


def _point_to(views: np.ndarray, k: int, before: tuple[int, int], after: tuple[int, int]) -> None:
    """Make the views of the rows each set gained, from before to after, point into data buffer k.

    A view of more than 12 bytes keeps the text's buffer index in its second word's low 32 bits;
    the kernel writes 0 there.
    """
    for st in range(2):
        v = views[st, :, before[st] : after[st]]
        long = (v[:, :, 0] & np.uint64(0xFFFFFFFF)) > 12
        v[:, :, 1][long] |= np.uint64(k)


SAMPLE_LINES = 48
"""Lines read, spread over a chunk, to choose the month of its set 0 (`_main_month`)."""
_WINDOW = 4096
"""Bytes read around each sampled line (GDELT rows are about 400)."""


def _main_month(segments: list[Segment], date_field: int) -> int:
    """The most common year*100+month among a few lines spread over the segments, or -1 if none.

    Why: the kernel writes one month's rows (set 0) as they are and copies every other row out for
    a file gathered across chunks, at about twice the cost per row. Left to itself it takes the
    month of the chunk's first row; when that row reports an older event (about one row in fifty
    in GDELT's files, one in seven in the generator's before session 6), the chunk's own month was
    copied out whole: 1.3 of 10 M such generated rows in one load.
    """
    votes: dict[int, int] = {}
    total = sum(stop - start for _, start, stop in segments) or 1
    for buf, start, stop in segments:
        samples = max(1, round(SAMPLE_LINES * (stop - start) / total))
        _vote(buf, start, stop, max(_WINDOW, (stop - start) // samples), date_field, votes)
    return max(votes, key=votes.__getitem__) if votes else -1


def _vote(buf: np.ndarray, start: int, stop: int, step: int, date_field: int, votes: dict[int, int]) -> None:
    """Count the months of the lines that start every `step` bytes of buf[start:stop]."""
    for pos in range(start, stop, step):
        # The first line that starts in a window of 4 KiB from pos (a longer line is not sampled).
        # Copying up to 64 KiB per sample instead cost a 2,000-row file 0.39 ms, now 0.17.
        window = buf[pos : min(stop, pos + _WINDOW)].tobytes()
        begin = 0 if pos == start else window.find(b"\n") + 1
        end = window.find(b"\n", begin)
        if begin == 0 and pos > start or end < 0:
            continue
        fields = window[begin:end].split(b"\t", date_field + 1)
        if len(fields) > date_field and len(fields[date_field]) == 8 and fields[date_field].isdigit():
            ym = int(fields[date_field][:6])
            votes[ym] = votes.get(ym, 0) + 1
