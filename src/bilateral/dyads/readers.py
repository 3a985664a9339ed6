"""Reading one data file safely: every parse failure becomes a one-line error naming the file.

Loaders wrap their parsing in `cached()`, which memoises the normalised frame in-process (keyed by
path, size and modification time) so that a pipeline of several verbs parses each source file
once. With the Parquet cache switched on (`set_parquet_cache(True)` or
`BILATERAL_DYADS_PARQUET_CACHE=1`; the CLI does this) the normalised frame is also written as
Parquet under the dyads cache, so a new process skips the CSV parsing too.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import polars as pl

from bilateral.errors import InputFileError

_CACHE: dict[tuple[str, int, int, str], object] = {}
PARQUET_ENV = "BILATERAL_DYADS_PARQUET_CACHE"
_parquet: bool | None = None


def set_parquet_cache(on: bool | None) -> None:
    """Switch the on-disk Parquet cache of parsed sources on/off (None: follow the environment)."""
    global _parquet
    _parquet = on


def parquet_cache_on() -> bool:
    if _parquet is not None:
        return _parquet
    return os.environ.get(PARQUET_ENV, "") not in ("", "0", "false", "no")


def _parquet_path(key: tuple[str, int, int, str]) -> Path:
    from bilateral.paths import cache_dir

    digest = hashlib.sha1(repr(key).encode()).hexdigest()[:20]
    return cache_dir("dyads") / "parsed" / f"{Path(key[0]).name}.{key[3]}.{digest}.parquet"


def _key(path: Path, tag: str) -> tuple[str, int, int, str]:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns, tag)


def cached(path: Path, tag: str, build: Callable[[], object]):
    """Memoise `build()` for this exact file version; a changed file is re-read.

    Frames (not indexes) are also kept as Parquet when the Parquet cache is on.
    """
    key = _key(path, tag)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    pq = _parquet_path(key) if parquet_cache_on() and not tag.startswith("prepared:") else None
    if pq is not None and pq.is_file():
        try:
            hit = pl.read_parquet(pq)
        except Exception:  # a damaged cache entry is rebuilt, never trusted
            pq.unlink(missing_ok=True)
            hit = None
    if hit is None:
        hit = build()
        if pq is not None and isinstance(hit, pl.DataFrame):
            pq.parent.mkdir(parents=True, exist_ok=True)
            tmp = pq.with_name(pq.name + ".tmp")
            hit.write_parquet(tmp)
            tmp.replace(pq)
    _CACHE[key] = hit
    return hit


def clear_cache() -> None:
    """Forget every parsed file (tests and benchmarks use this to measure cold loads)."""
    _CACHE.clear()


def _raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if not data.strip():
        raise InputFileError(f"{path}: file is empty")
    if path.suffix == ".gz" or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error) as e:
            raise InputFileError(f"{path}: corrupted gzip data ({e})") from None
    return data


def read_csv(
    path: Path,
    required: Iterable[str],
    *,
    separator: str = ",",
    has_header: bool = True,
    new_columns: list[str] | None = None,
    schema_overrides: dict[str, pl.DataType] | None = None,
    encoding: str = "utf8",
) -> pl.DataFrame:
    """Parse a CSV (plain or gzip) and check it has the columns the loader needs.

    `encoding="latin1"` is for the Gleditsch-Ward .dat files, which are not UTF-8.
    """
    data = _raw_bytes(path)
    if encoding != "utf8":  # e.g. the G-W .dat files: UTF-8 if they decode as such, else `encoding`
        try:
            data.decode("utf8")
        except UnicodeDecodeError:
            data = data.decode(encoding).encode("utf8")
    if b"\x00" in data[:4096]:
        raise InputFileError(f"{path}: binary data where a CSV was expected")
    def parse(infer: int | None) -> pl.DataFrame:
        return pl.read_csv(data, separator=separator, has_header=has_header, new_columns=new_columns,
                           schema_overrides=schema_overrides, null_values=["NA", ""], infer_schema_length=infer,
                           truncate_ragged_lines=False)

    try:
        try:
            df = parse(1000)  # fast path: types from the first rows
        except Exception:
            df = parse(None)  # a column whose type shows late (ints, then a float): scan everything
    except Exception as e:  # polars raises several exception types for malformed text
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputFileError(f"{path}: cannot parse as CSV ({first})") from None
    require(df, required, path)
    if df.height == 0:
        raise InputFileError(f"{path}: no data rows")
    return df


def require(df: pl.DataFrame, cols: Iterable[str], path: Path) -> pl.DataFrame:
    """Check a parsed file has the columns a layout needs, naming the file and what is missing."""
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise InputFileError(f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(df.columns[:12])}")
    return df


def as_int(df: pl.DataFrame, cols: Iterable[str], path: Path, dtype: pl.DataType = pl.Int32) -> pl.DataFrame:
    """Cast columns to integers, failing with the file name if a value is not a number."""
    try:
        return df.with_columns([pl.col(c).cast(dtype, strict=True) for c in cols])
    except Exception:
        bad = [c for c in cols if df[c].cast(dtype, strict=False).null_count() > df[c].null_count()]
        raise InputFileError(f"{path}: non-integer values in column(s) {', '.join(bad) or '?'}") from None
