"""Mark every tab and newline of a block eight bytes at a time (SWAR): phase 1 of the fast GDELT path.

Why: a byte-at-a-time loop that stops at each of a row's 60 tabs pays a mispredicted branch per
field, which made tokenizing cost more than the whole load budget. Here each aligned 64-bit word
yields a mask of its delimiter bytes with a few integer operations, and the eight high bits are
gathered into one byte by a multiplication; 64 bytes of input become one 64-bit word of each
bitmap. Phase 2 (`gdelt_scan`) then finds a line's end and its field starts by iterating set bits,
never looking at the bytes of fields it does not need.

Output per block: `dmask` (tabs and newlines), `nmask` (newlines) and `hmask` (bytes >= 0x80: a
line touching one gets its UTF-8 checked), one bit per byte.
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic

_LOW7 = np.uint64(0x7F7F7F7F7F7F7F7F)
_TABS = np.uint64(0x0909090909090909)
_NLS = np.uint64(0x0A0A0A0A0A0A0A0A)


@intrinsic
def _cttz(typingctx, x):  # pragma: no cover - compiled
    """Count of trailing zero bits (64 for 0): LLVM's cttz, one instruction on x86-64."""

    def codegen(context, builder, signature, args):
        return builder.cttz(args[0], ir.Constant(ir.IntType(1), 0))

    return types.uint64(types.uint64), codegen


@intrinsic
def _ctlz(typingctx, x):  # pragma: no cover - compiled
    """Count of leading zero bits (64 for 0)."""

    def codegen(context, builder, signature, args):
        return builder.ctlz(args[0], ir.Constant(ir.IntType(1), 0))

    return types.uint64(types.uint64), codegen


@intrinsic
def _popcount(typingctx, x):  # pragma: no cover - compiled
    def codegen(context, builder, signature, args):
        return builder.ctpop(args[0])

    return types.uint64(types.uint64), codegen


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _zero_bytes(x):  # pragma: no cover - compiled
    """High bit of each byte of x set iff that byte is zero (exact, no borrow between bytes)."""
    t = (x & _LOW7) + _LOW7
    return ~(t | x | _LOW7)


_GATHER = np.uint64(0x0102040810204080)
_LSB = np.uint64(0x0101010101010101)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _compress(x):  # pragma: no cover - compiled
    """The high bits of x's eight bytes as one byte (bit i = byte i)."""
    return (((x >> np.uint64(7)) & _LSB) * _GATHER) >> np.uint64(56)


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def bitmaps(buf, words, start, stop, dmask, nmask, hmask, final):  # pragma: no cover - compiled
    """Bitmaps of buf[base:stop] (base = start rounded down to 8): one bit per byte, 64 per word.

    dmask: tabs and newlines; nmask: newlines; hmask: bytes >= 0x80. Bytes before start or at and
    after stop are 0, except that (if `final`) a last line without a newline gets one at stop. The arrays
    need (stop - base) // 64 + 2 words. Returns base.
    """
    base = (start >> 3) << 3
    nb = (stop - base) // 64 + 2
    w0 = base >> 3
    one = np.uint64(1)
    full = np.uint64(0xFFFFFFFFFFFFFFFF)
    # Interior blocks: eight whole words each, all inside [base, stop) and inside `words`.
    inner = min((stop - base) // 64, (words.shape[0] - w0) // 8)
    for k in range(inner):
        dm = np.uint64(0)
        nm = np.uint64(0)
        hm = np.uint64(0)
        for j in range(8):
            w = words[w0 + k * 8 + j]
            n = _zero_bytes(w ^ _NLS)
            d = _zero_bytes(w ^ _TABS) | n
            sh = np.uint64(8 * j)
            dm |= _compress(d) << sh
            nm |= _compress(n) << sh
            hm |= _compress(w) << sh
        dmask[k] = dm
        nmask[k] = nm
        hmask[k] = hm
    # The last blocks (partial words, the end of the file) byte by byte.
    for k in range(inner, nb):
        dmask[k] = 0
        nmask[k] = 0
        hmask[k] = 0
        for x in range(64):
            i = base + k * 64 + x
            if i >= stop:
                break
            c = buf[i]
            bit = one << np.uint64(x)
            if c == 9 or c == 10:
                dmask[k] |= bit
            if c == 10:
                nmask[k] |= bit
            if c >= 128:
                hmask[k] |= bit
    # Bytes before start (in the first word) are not part of the chunk.
    lo = start - base
    if lo:
        keep = full << np.uint64(lo)
        dmask[0] &= keep
        nmask[0] &= keep
        hmask[0] &= keep
    if final and stop > start and buf[stop - 1] != 10:  # the file's last line has no newline: give it one
        e = stop - base
        dmask[e >> 6] |= one << np.uint64(e & 63)
        nmask[e >> 6] |= one << np.uint64(e & 63)
    return base
