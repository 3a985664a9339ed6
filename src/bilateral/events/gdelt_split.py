"""Mark a block's tabs, newlines and number characters 64 bytes at a time: phase 1 of the fast GDELT path.

Why: a byte-at-a-time loop that stops at each of a row's 60 tabs pays a mispredicted branch per
field, which made tokenizing cost more than the whole load budget. Here each 64 bytes of input are
loaded as one LLVM vector, compared with the delimiter and number bytes (on x86-64 a few `pcmpeqb`
and `pmovmskb`), and become one 64-bit word of each bitmap. Phase 2 (`gdelt_scan`) then finds a
line's end and its field starts by iterating set bits, and checks the form of a numeric field by
looking at its bits in three bitmaps, never looping over its bytes.

Output per block: one row of `masks` per bitmap (the M_* constants), one bit per byte.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from bilateral.events.gdelt_simd import MASKS, _masks64

M_DELIM, M_NEWLINE, M_HIGH, M_OTHER, M_DOT, M_MINUS = range(MASKS)
"""Rows of `masks`: tab or newline; newline; byte >= 0x80 (the line's UTF-8 is then checked);
a byte that is not a digit, '.' or '-' (a numeric field with one is not in a plain form);
'.'; '-'."""


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def bitmaps(buf, start, stop, masks, final):  # pragma: no cover - compiled
    """Bitmaps of buf[base:stop] (base = start rounded down to 8): one bit per byte, 64 per word.

    Bytes before start or at and after stop have no bit set, except that (if `final`) a last line
    without a newline gets one at stop. `masks` needs (stop - base) // 64 + 2 words per row.
    Returns base.
    """
    base = (start >> 3) << 3
    nb = (stop - base) // 64 + 2
    one = np.uint64(1)
    # Whole 64-byte blocks inside [base, stop) are loaded as vectors; the rest byte by byte.
    inner = (stop - base) // 64
    for k in range(inner):
        d, n, h, o, p, m = _masks64(buf, base + k * 64)
        masks[M_DELIM, k] = d
        masks[M_NEWLINE, k] = n
        masks[M_HIGH, k] = h
        masks[M_OTHER, k] = o
        masks[M_DOT, k] = p
        masks[M_MINUS, k] = m
    for k in range(inner, nb):
        for r in range(MASKS):
            masks[r, k] = 0
        for x in range(64):
            i = base + k * 64 + x
            if i >= stop:
                break
            c = buf[i]
            bit = one << np.uint64(x)
            if c == 9 or c == 10:
                masks[M_DELIM, k] |= bit
            if c == 10:
                masks[M_NEWLINE, k] |= bit
            if c >= 128:
                masks[M_HIGH, k] |= bit
            if c == 46:
                masks[M_DOT, k] |= bit
            elif c == 45:
                masks[M_MINUS, k] |= bit
            elif c < 48 or c > 57:
                masks[M_OTHER, k] |= bit
    # Bytes before start (in the first word) are not part of the chunk.
    lo = start - base
    if lo:
        keep = ~np.uint64(0) << np.uint64(lo)
        for r in range(MASKS):
            masks[r, 0] &= keep
    if final and stop > start and buf[stop - 1] != 10:  # the file's last line has no newline: give it one
        e = stop - base
        masks[M_DELIM, e >> 6] |= one << np.uint64(e & 63)
        masks[M_NEWLINE, e >> 6] |= one << np.uint64(e & 63)
    return base
