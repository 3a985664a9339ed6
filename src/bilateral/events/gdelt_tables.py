"""Arrow tables over the GDELT kernel's buffers, and the Parquet files the fast path writes.

Split from `gdelt_fast` (which runs a batch: inputs, chunks, threads, side files) because these
only convert: `_table` builds the store's columns over the kernel's output without copying the
text (string views into the input), `_rows` picks or reorders a set's fixed-width columns, and
`_write`/`_write_gathered` write Parquet with the settings measured for this data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from bilateral.events import schemas
from bilateral.events.formats import Format
from bilateral.events.gdelt_kernel import Lookups

_STR_COLUMNS = ("actor1_code", "actor2_code", "actor1_name", "actor2_name", "source_url")
"""The kernel's text columns (string views), in order; the event id is a column of its own."""
_STORED = [c for c in schemas.STORED_COLUMNS if c not in ("year", "month")]
_TEXT_COLUMNS = {"event_id", "actor1_code", "actor2_code", "actor1_name", "actor2_name", "cameo_code", "source_url"}
_COMPRESSION = {c: ("snappy" if c in _TEXT_COLUMNS else "none") for c in _STORED}
_DICT_COLUMNS = ["source", "actor1_iso3", "actor2_iso3", "source_ref", "actor1_code", "actor2_code", "cameo_code"]


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


def _text(views: np.ndarray, data: list[pa.Buffer]) -> pa.Array:
    """A string-view column over the kernel's views (n x 2 words) into the `data` buffers; empty strings are NULL."""
    views = np.ascontiguousarray(views)
    valid = views.view(np.uint32)[:, 0] != 0  # a view's first 4 bytes are its length
    bitmap = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(pa.string_view(), len(views), [bitmap, pa.py_buffer(views), *data])


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


def _table(fmt: Format, rows: dict[str, np.ndarray], ids: pa.Array, text: list[pa.Buffer],
           ref: tuple[pa.Array, np.ndarray], lk: Lookups) -> pa.Table:  # fmt: skip
    """The stored columns (`schemas.STORED`, minus year/month, which are partition keys) of a set's rows.

    `rows` as `_rows` gives them, `ids` the event id column, `text` the bytes of the segments that
    the text columns' views point into, `ref` the batch's file names and, per row, the index in
    them of the file the row is from.
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
        "source_ref": pa.DictionaryArray.from_arrays(ref[1], ref[0], safe=False),
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


WRITE_BATCH = 65_536
"""Rows per batch in the Parquet column writers (Arrow's default is 1,024)."""


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Statistics only for event_id: the duplicate check prunes stored row groups on its min/max;
    # min/max of the other columns cost a third of the write and prune nothing in a month's file.
    # Snappy only for text: it saves nothing on doubles and dictionary indices and costs a tenth
    # of the write. Values handed to the column writers 65,536 at a time, not Arrow's 1,024: the
    # writers' work per batch and column (levels, page checks) was 5-8 % of the write.
    pq.write_table(table, path, compression=_COMPRESSION, use_dictionary=_DICT_COLUMNS, store_schema=False,
                   write_statistics=["event_id"], row_group_size=ROW_GROUP, write_batch_size=WRITE_BATCH)  # fmt: skip


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



def _month_order(yms: np.ndarray) -> np.ndarray:
    """The stable order of rows by year*100+month: as 16-bit offsets when they fit, which NumPy sorts
    by radix (0.7-1.0 ms for 55,000 rows, against 3.3 ms for the 32-bit values)."""
    lo = int(yms.min())
    if int(yms.max()) - lo < 1 << 15:
        return np.argsort((yms - lo).astype(np.int16), kind="stable")
    return np.argsort(yms, kind="stable")


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
