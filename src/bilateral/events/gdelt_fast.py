"""The fast path of a GDELT load: compiled tokenizer -> Arrow -> Parquet, on every core.

`write_fast_rows` splits each file into chunks at line ends, scans the chunks on a thread pool
(`gdelt_scan.scan` releases the GIL, so do Arrow and the Parquet writer), writes the rows that are
certainly good straight into the load's staging directory (status=ok/year=/month=, the layout the
DuckDB path writes), and copies every other line byte for byte into a side file per input. The
caller then runs the DuckDB reader over the side files only, so odd rows (wrong field count,
invalid UTF-8, bad dates, unknown codes ...) are parsed, refused and quarantined exactly as before.
"""

from __future__ import annotations

import mmap
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from bilateral.events import cameo, countrycodes, gdelt_scan
from bilateral.events.formats import FORMATS, Format

CHUNK_BYTES = 32 << 20
"""Input bytes per scanned chunk: small enough for both cores to share one file, large enough that
per-chunk costs (allocation, one Parquet file per month) stay negligible."""

_STR_COLUMNS = ("actor1_code", "actor2_code", "actor1_name", "actor2_name", "cameo_code", "source_url")
_DICT_COLUMNS = ["source", "date_precision", "actor1_iso3", "actor2_iso3", "cameo_root", "plover", "plover_mode",
                 "quad", "goldstein_table", "source_ref", "actor1_code", "actor2_code", "cameo_code"]  # fmt: skip


@dataclass(frozen=True)
class Layout:
    """The role of every field of a GDELT version's row in the kernel, and its field counts."""

    roles: np.ndarray  # gdelt_scan.R_* per field
    nmin: int
    nmax: int


_ROLES = {
    "GLOBALEVENTID": gdelt_scan.R_ID, "SQLDATE": gdelt_scan.R_DATE, "Actor1CountryCode": gdelt_scan.R_COUNTRY1,
    "Actor2CountryCode": gdelt_scan.R_COUNTRY2, "EventCode": gdelt_scan.R_CODE,
    "GoldsteinScale": gdelt_scan.R_GOLDSTEIN, "AvgTone": gdelt_scan.R_TONE, "NumMentions": gdelt_scan.R_MENTIONS,
    "NumSources": gdelt_scan.R_SOURCES, "NumArticles": gdelt_scan.R_ARTICLES, "DATEADDED": gdelt_scan.R_ADDED,
    "Actor1Code": gdelt_scan.R_ACTOR1, "Actor2Code": gdelt_scan.R_ACTOR2, "Actor1Name": gdelt_scan.R_NAME1,
    "Actor2Name": gdelt_scan.R_NAME2, "SOURCEURL": gdelt_scan.R_URL,
}  # fmt: skip
_TYPE_ROLES = {"VARCHAR": gdelt_scan.R_TEXT, "INTEGER": gdelt_scan.R_INT, "BIGINT": gdelt_scan.R_BIGINT,
               "DOUBLE": gdelt_scan.R_DOUBLE}  # fmt: skip


def layout(fmt: Format) -> Layout:
    return _layout(fmt.source)


@cache
def _layout(source: str) -> Layout:
    fmt = FORMATS[source]
    roles = np.array([_ROLES.get(name, _TYPE_ROLES[t]) for name, t in fmt.schema], np.int8)
    nmax = len(fmt.schema)
    # GDELT 1.0 historical rows stop before SOURCEURL; the reader pads them (null_padding).
    nmin = nmax - 1 if fmt.null_padding else nmax
    return Layout(roles, nmin, nmax)


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
        np.array([bool(r[2]) for r in crows]),
    )  # fmt: skip


@dataclass
class SideLines:
    """Lines of one input that the fast path left to the DuckDB reader."""

    spans: list[tuple[np.ndarray, np.ndarray, np.ndarray]]  # (start, end, line number in the chunk) per chunk
    chunk_lines: list[int]  # lines in each chunk, to turn chunk line numbers into file line numbers


def _chunks(buf: np.ndarray) -> list[tuple[int, int]]:
    """Split at line ends into ~CHUNK_BYTES pieces."""
    out, start, n = [], 0, buf.shape[0]
    while start < n:
        stop = min(n, start + CHUNK_BYTES)
        if stop < n:
            nl = bytes(buf[stop : stop + (1 << 20)]).find(b"\n")
            while nl < 0 and stop < n:  # a line longer than 1 MiB: look further
                stop = min(n, stop + (1 << 20))
                nl = bytes(buf[stop : stop + (1 << 20)]).find(b"\n")
            stop = n if nl < 0 else stop + nl + 1
        out.append((start, stop))
        start = stop
    return out


def _scan_chunk(buf: np.ndarray, start: int, stop: int, lay: Layout, lk: Lookups, max_day: int):
    """Run the kernel over one chunk (in pieces if it has unusually many lines); numpy results."""
    parts = []
    line = 0
    while start < stop:
        cap = (stop - start) // 128 + 1024
        a = {
            "kind": np.zeros(cap, np.uint8), "line": np.empty(cap, np.int64), "start": np.empty(cap, np.int64),
            "end": np.empty(cap, np.int64), "id": np.empty(cap, np.int64), "day": np.empty(cap, np.int32),
            "ym": np.empty(cap, np.int32), "str_s": np.empty((6, cap), np.int64), "str_e": np.empty((6, cap), np.int64),
            "iso": np.empty((2, cap), np.int16), "cameo": np.empty(cap, np.int16), "f": np.empty((2, cap), np.float64),
            "f_ok": np.empty((2, cap), np.bool_), "i": np.empty((3, cap), np.int32),
            "i_ok": np.empty((3, cap), np.bool_),
        }  # fmt: skip
        n, start, line = gdelt_scan.scan(
            buf, start, stop, line, cap, lay.roles, lay.nmin, lay.nmax, lk.country_keys, lk.country_values,
            lk.cameo_keys, lk.cameo_values, max_day, a["kind"], a["line"], a["start"], a["end"], a["id"], a["day"],
            a["ym"], a["str_s"], a["str_e"], a["iso"], a["cameo"], a["f"], a["f_ok"], a["i"], a["i_ok"],
        )  # fmt: skip
        parts.append((n, a))
    return parts, line


def _dictionary(indices: np.ndarray, dictionary: pa.Array) -> pa.DictionaryArray:
    mask = indices < 0
    return pa.DictionaryArray.from_arrays(pa.array(indices, mask=mask if mask.any() else None), dictionary)


def _strings(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray, rows: np.ndarray) -> pa.Array:
    offsets, data, valid = gdelt_scan.gather(buf, starts, ends, rows)
    bitmap = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.LargeStringArray.from_buffers(len(rows), pa.py_buffer(offsets), pa.py_buffer(data), bitmap)


def _table(fmt: Format, buf: np.ndarray, a: dict, rows: np.ndarray, name: str, lk: Lookups) -> pa.Table:
    """The canonical columns (minus year/month, which are partition keys) of the selected rows."""
    n = len(rows)
    offsets, data = gdelt_scan.format_ids(np.frombuffer(f"{fmt.canonical_source}:".encode(), np.uint8), a["id"], rows)
    const = np.zeros(n, np.int8)
    cam = a["cameo"][rows]
    f_ok, i_ok = a["f_ok"][:, rows], a["i_ok"][:, rows]
    strs = {c: _strings(buf, a["str_s"][j], a["str_e"][j], rows) for j, c in enumerate(_STR_COLUMNS)}
    cols = {
        "event_id": pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data)),
        "source": pa.DictionaryArray.from_arrays(const, pa.array([fmt.canonical_source])),
        "date": pa.array(a["day"][rows], pa.date32()),
        "date_precision": pa.DictionaryArray.from_arrays(const, pa.array(["day"])),
        "actor1_iso3": _dictionary(a["iso"][0][rows], lk.iso3),
        "actor2_iso3": _dictionary(a["iso"][1][rows], lk.iso3),
        "actor1_code": strs["actor1_code"], "actor2_code": strs["actor2_code"],
        "actor1_name": strs["actor1_name"], "actor2_name": strs["actor2_name"],
        "cameo_code": strs["cameo_code"],
        "cameo_root": _dictionary(lk.cameo["cameo_root"][0][cam], lk.cameo["cameo_root"][1]),
        "is_statement": pa.array(lk.is_statement[cam]),
        "plover": _dictionary(lk.cameo["plover"][0][cam], lk.cameo["plover"][1]),
        "plover_mode": _dictionary(lk.cameo["plover_mode"][0][cam], lk.cameo["plover_mode"][1]),
        "quad": _dictionary(lk.cameo["quad"][0][cam], lk.cameo["quad"][1]),
        "goldstein": pa.array(a["f"][0][rows], mask=~f_ok[0]),
        "goldstein_table": pa.DictionaryArray.from_arrays(f_ok[0].astype(np.int8), pa.array(["none", "gdelt"])),
        "num_mentions": pa.array(a["i"][0][rows], mask=~i_ok[0]),
        "num_sources": pa.array(a["i"][1][rows], mask=~i_ok[1]),
        "num_articles": pa.array(a["i"][2][rows], mask=~i_ok[2]),
        "avg_tone": pa.array(a["f"][1][rows], mask=~f_ok[1]),
        "source_url": strs["source_url"],
        "source_ref": pa.DictionaryArray.from_arrays(const, pa.array([name])),
        "span_start": pa.nulls(n, pa.int32()), "span_end": pa.nulls(n, pa.int32()),
        "evidence": pa.nulls(n, pa.string()),
    }  # fmt: skip
    return pa.table(cols)


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="snappy", use_dictionary=_DICT_COLUMNS, store_schema=False,
                   row_group_size=1 << 20)  # fmt: skip


def _process(fmt, buf, start, stop, name, lay, lk, max_day, staging: Path, tag: str):
    """Scan one chunk, write its good rows per (year, month), return its slow lines."""
    parts, nlines = _scan_chunk(buf, start, stop, lay, lk, max_day)
    slow = []
    for p, (n, a) in enumerate(parts):
        kind = a["kind"][:n]
        fast = np.flatnonzero(kind == gdelt_scan.FAST)
        bad = np.flatnonzero(kind == gdelt_scan.SLOW)
        slow.append((a["start"][bad], a["end"][bad], a["line"][bad]))
        if not len(fast):
            continue
        ym = a["ym"][fast]
        if ym.min() != ym.max():
            fast = fast[np.argsort(ym, kind="stable")]
            ym = a["ym"][fast]
        cuts = np.flatnonzero(np.diff(ym)) + 1
        table = _table(fmt, buf, a, fast, name, lk)
        for g, (lo, hi) in enumerate(zip(np.r_[0, cuts], np.r_[cuts, len(fast)], strict=True)):
            y, m = divmod(int(ym[lo]), 100)
            part = staging / "status=ok" / f"year={y}" / f"month={m}"
            _write(table.slice(lo, hi - lo), part / f"{tag}_{p}_{g}.parquet")
    return slow, nlines


def write_fast_rows(
    fmt: Format, todo: list[tuple[Path, str, str]], staging: Path, work: Path, batch_id: str, threads: int | None
) -> list[tuple[Path, str, str, np.ndarray]]:
    """Write the certainly-good rows of every file; return (side file, name, sha256, line numbers) per file.

    The side file holds the other lines (possibly none) in their order; `line numbers` gives each
    side line's line number in the original file, for the quarantine.
    """
    lay, lk = layout(fmt), lookups()
    max_day = (date.today() - timedelta(days=1) - date(1970, 1, 1)).days  # today itself: let DuckDB decide
    workers = max(1, threads or os.cpu_count() or 2)
    mms, bufs, jobs = [], [], []
    for f, (path, _, _) in enumerate(todo):
        with path.open("rb") as fh:
            mms.append(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
        bufs.append(np.frombuffer(mms[-1], np.uint8))
        for c, (s, e) in enumerate(_chunks(bufs[-1])):
            jobs.append((f, c, s, e))
    results: dict[tuple[int, int], tuple] = {}
    with ThreadPoolExecutor(workers) as pool:
        futures = {
            (f, c): pool.submit(_process, fmt, bufs[f], s, e, todo[f][1], lay, lk, max_day, staging,
                                f"{batch_id}_fast{f}_{c}")
            for f, c, s, e in jobs
        }  # fmt: skip
        for k, fut in futures.items():
            results[k] = fut.result()
    out = []
    for f, (_, name, digest) in enumerate(todo):
        side = work / f"side-{f}.tsv"
        numbers, offset = [], 0
        buf = bufs[f]
        with side.open("wb") as fh:
            for c in sorted(c for ff, c in results if ff == f):
                slow, nlines = results[(f, c)]
                for starts, ends, lines in slow:
                    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
                        fh.write(buf[s:e].tobytes() + b"\n")
                    numbers.append(lines + offset)
                offset += nlines
        out.append((side, name, digest, np.concatenate(numbers) if numbers else np.empty(0, np.int64)))
    del buf, futures
    bufs.clear()
    for mm in mms:
        try:
            mm.close()
        except BufferError:  # a view still alive somewhere: the collector closes it later
            pass
    return out
