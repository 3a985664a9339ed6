"""The GDELT fast path's inputs to the compiled kernel, and the loop that drives it over a chunk.

`layout` says where a GDELT version keeps the fields the events table needs; `lookups` turns the
CAMEO and country tables into sorted integer keys (and dense tables for short codes) that the
kernel can search; `_pieces` runs `gdelt_scan.scan` over one chunk with a per-thread arena of
reusable buffers and yields its output (two sets of column buffers and the slow lines).
"""

from __future__ import annotations

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
    """The CAMEO and country tables as sorted integer keys for the kernel, and the value columns."""

    country_keys: np.ndarray
    country_values: np.ndarray
    iso3: pa.Array
    cameo_keys: np.ndarray
    cameo_values: np.ndarray
    cameo: dict[str, tuple[np.ndarray, pa.Array]]  # column -> (index per cameo row, dictionary)
    is_statement: np.ndarray
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
    cols: dict[str, tuple[np.ndarray, pa.Array]] = {}
    for name, j in (("cameo_root", 1), ("plover", 3), ("plover_mode", 4), ("quad", 5)):
        values = [r[j] if r[j] is not None or name != "quad" else "neutral" for r in crows]
        labels = sorted({v for v in values if v is not None})
        cols[name] = (np.array([labels.index(v) if v is not None else -1 for v in values], np.int16),
                      pa.array(labels, pa.string()))  # fmt: skip
    return Lookups(
        np.array([k for k, _ in pairs], np.int64), np.array([v for _, v in pairs], np.int16),
        pa.array(iso, pa.string()),
        np.array([k for k, _ in cpairs], np.int64), np.array([v for _, v in cpairs], np.int16), cols,
        np.array([bool(r[2]) for r in crows]), _direct(pairs), _direct(cpairs),
    )  # fmt: skip


def _direct(pairs: list[tuple[int, int]]) -> np.ndarray:
    table = np.full(gdelt_parse.DIRECT_KEYS, -1, np.int16)
    for k, v in pairs:
        if k < gdelt_parse.DIRECT_KEYS:
            table[k] = v
    return table


@dataclass
class Piece:
    """One kernel call's output: two sets of column buffers (set 0: one month) and the slow lines."""

    state: np.ndarray  # rows in set 0, rows in set 1, set 0's year*100+month, slow lines
    cols: dict[str, np.ndarray]
    slow: tuple[np.ndarray, np.ndarray, np.ndarray]  # start, end, line number in the chunk (copies)


class _Arena:
    """The kernel's buffers for chunks of up to `size` bytes, reused by one thread chunk after chunk.

    Why: fresh memory costs a page fault per 4 KiB on first touch; allocating these buffers per
    chunk cost about half a CPU second per million rows, as much as the tokenizing itself.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        cap = size // 56 + 16  # a GDELT row that can be good has at least 56 tabs: never more rows than this
        slow_cap = size // 1024 + 1024  # odd lines are rare; when there are more, the kernel returns early
        nb = size // 64 + 3
        self.masks = np.empty((gdelt_split.MASKS, nb), np.uint64)
        self.cols = {
            "id": np.empty((2, cap), np.int64), "day": np.empty((2, cap), np.int32), "ym": np.empty((2, cap), np.int32),
            "iso": np.empty((2, 2, cap), np.int16), "cameo": np.empty((2, cap), np.int16),
            "f": np.empty((2, 2, cap), np.float64), "f_ok": np.empty((2, 2, cap), np.bool_),
            "i": np.empty((2, 3, cap), np.int32), "i_ok": np.empty((2, 3, cap), np.bool_),
            "s_off": np.zeros((2, gdelt_scan.STRING_COLUMNS, cap + 1), np.int64),
            "s_data": np.empty((2, gdelt_scan.STRING_COLUMNS, size + 64), np.uint8),
        }  # fmt: skip
        self.slow = (np.empty(slow_cap, np.int64), np.empty(slow_cap, np.int64), np.empty(slow_cap, np.int64))


_local = threading.local()


def _arena(size: int) -> _Arena:
    """This thread's arena, grown to hold a chunk of `size` bytes (sized to the chunk: a 15-minute
    file of a few thousand rows must not pay for buffers of a hundred megabytes)."""
    arena = getattr(_local, "arena", None)
    if arena is None or arena.size < size:
        arena = _local.arena = _Arena(size + size // 8 + (1 << 16))
    return arena


def _pieces(buf: np.ndarray, start: int, stop: int, lay: Layout, lk: Lookups, max_day: int,
            prefix: np.ndarray, lines: list[int]) -> Iterator[Piece]:  # fmt: skip
    """Run the kernel over one chunk, one piece per call (a piece's buffers are reused by the next).

    Usually one piece; more only if a chunk has more odd lines than the slow arrays hold. The
    number of lines seen is appended to `lines`.
    """
    arena = _arena(stop - start)
    line = 0
    main = -1
    c, slow = arena.cols, arena.slow
    while start < stop:
        state = np.array([0, 0, main, 0], np.int64)
        c["s_off"][:, :, 0] = 0
        start, line = gdelt_scan.scan(
            buf, arena.masks, start, stop, line, lay.kernel, lay.nmin, lay.nmax, lk.country_keys,
            lk.country_values, lk.country_direct, lk.cameo_keys, lk.cameo_values, lk.cameo_direct, max_day, prefix,
            state, *slow, c["id"], c["day"], c["ym"], c["iso"], c["cameo"], c["f"], c["f_ok"], c["i"], c["i_ok"],
            c["s_off"], c["s_data"],
        )  # fmt: skip
        main = int(state[2])
        k = int(state[3])
        yield Piece(state, c, (slow[0][:k].copy(), slow[1][:k].copy(), slow[2][:k].copy()))
    lines.append(line)
