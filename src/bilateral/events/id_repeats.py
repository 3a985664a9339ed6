"""Repeated integer event ids of a batch, found in one pass over a bitmap of the batch's id range.

Why: the duplicate check of a fast-path load sorted every id of the batch, which is 0.4 s of
serial time for 10 M rows (a twentieth of the whole load, on one core while the other idles).
GDELT's GLOBALEVENTIDs are dense (consecutive numbers, a day's files span a few hundred
thousand), so a bitmap over [min, max] is a few megabytes and marking it costs a few
nanoseconds per id. Sparse ids (a range wider than `_DENSE` bits per id) are sorted instead.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_DENSE = 64
"""Most bitmap bits per id (a bitmap of 64 bits per id costs as many bytes as the ids themselves)."""


def repeated_ids(ids: np.ndarray | list[np.ndarray], lo: int, hi: int) -> np.ndarray:
    """The ids that occur more than once in `ids` (all within [lo, hi]), each once, in increasing order.

    `ids` may be one array or a list of pieces (as the fast path's chunks hand them over): the
    pieces are marked on one bitmap, not concatenated first (0.06 s of serial time for 10 M ids).
    """
    pieces = [ids] if isinstance(ids, np.ndarray) else [p for p in ids if len(p)]
    n = sum(len(p) for p in pieces)
    if n < 2:
        return np.empty(0, np.int64)
    if hi - lo >= _DENSE * n + (1 << 20):
        s = np.sort(np.concatenate(pieces))
        return np.unique(s[1:][s[1:] == s[:-1]])
    seen = np.zeros((hi - lo) // 64 + 1, np.uint64)
    hits = sum(_mark(p, lo, seen) for p in pieces)
    if not hits:
        return np.empty(0, np.int64)
    seen[:] = 0
    out = np.empty(hits, np.int64)
    k = 0
    for p in pieces:
        k = _collect(p, lo, seen, out, k)
    return np.unique(out)


@njit(nogil=True, cache=True)
def _mark(ids, lo, seen):  # pragma: no cover - compiled
    """Set each id's bit; return how many were already set (an id seen k times counts k - 1).

    Branch-free: 1.4 ns per id, against 7.7 with a branch on each bit. Only if something repeats
    does `_collect` run, a second pass that says which.
    """
    hits = 0
    for i in range(ids.shape[0]):
        d = np.uint64(ids[i] - lo)
        w = d >> np.uint64(6)
        bit = np.uint64(1) << (d & np.uint64(63))
        prev = seen[w]
        seen[w] = prev | bit
        hits += (prev & bit) != 0
    return hits


@njit(nogil=True, cache=True)
def _collect(ids, lo, seen, out, n):  # pragma: no cover - compiled
    """Mark again from a cleared bitmap, writing every id whose bit was already set to out[n:]."""
    for i in range(ids.shape[0]):
        d = np.uint64(ids[i] - lo)
        w = d >> np.uint64(6)
        bit = np.uint64(1) << (d & np.uint64(63))
        if seen[w] & bit:
            out[n] = ids[i]
            n += 1
        seen[w] |= bit
    return n
