"""Answers cached per knowledge-base file version, so repeated requests skip the database.

A profile, a series or the country list only changes when the knowledge base file does (a
rebuild or an ingest rewrites it), so each is cached under the file's (mtime, size) stamp; the
first request after a change opens a fresh read-only connection and fills the cache again. The
caches are small LRUs: the working set of a browsing session, not all 18,700 pairs.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

SIZE = 256


class StampedCache:
    """A thread-safe LRU whose keys include the knowledge base's file stamp."""

    def __init__(self, db_path: Path | None, size: int = SIZE) -> None:
        self.db_path = db_path
        self.size = size
        self._data: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def stamp(self) -> tuple[int, int]:
        from bilateral.paths import db_path

        path = self.db_path or db_path()
        try:
            st = path.stat()
        except FileNotFoundError:
            return (0, 0)
        wal = path.with_name(path.name + ".wal")
        extra = wal.stat().st_mtime_ns if wal.exists() else 0
        return (max(st.st_mtime_ns, extra), st.st_size)

    def get(self, key: tuple[Any, ...], make: Callable[[duckdb.DuckDBPyConnection], Any]) -> Any:
        """The cached value for `key`, or `make(con)` on a fresh read-only connection."""
        from bilateral.store import reading

        def compute() -> Any:
            with reading(self.db_path) as con:
                return make(con)

        return self.computed(key, compute)

    def computed(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """The cached value for `key`, or `make()` (for values derived from other cached values)."""
        full = (*key, self.stamp())
        with self._lock:
            if full in self._data:
                self._data.move_to_end(full)
                return self._data[full]
        value = make()
        with self._lock:
            self._data[full] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


def profile(cache: StampedCache, a: str, b: str):  # noqa: ANN201 - Profile
    from bilateral.profile.assemble import assemble_profile

    return cache.get(("profile", a, b), lambda con: assemble_profile(con, a, b, cached=True))
