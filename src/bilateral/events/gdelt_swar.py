"""Short numbers and codes parsed eight bytes at a time (SWAR), without a loop per byte.

Why: most GDELT numbers and codes are a few characters of varying length ("4", "13", "-4.0",
"-8.63", "USA", "0231"), and a loop over their bytes mispredicts its exit whenever the length
changes, i.e. at almost every field. Here a field of up to eight characters is loaded as one
64-bit word and checked and converted with a fixed sequence of integer operations (the digit
conversion is the one fast_float and simdjson use). Any other form falls back to the loop
parsers of `gdelt_parse`, which return the same (ok, value) for every input, so a result never
depends on which parser ran.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from bilateral.events.gdelt_parse import _KEY_CODE, _MAX_EXACT, _POW10, _key, _parse_double, _parse_int
from bilateral.events.gdelt_simd import _cttz, _load8

_ZEROS = np.uint64(0x3030303030303030)
_SIX = np.uint64(0x0606060606060606)
_HIGH_NIBBLES = np.uint64(0xF0F0F0F0F0F0F0F0)
_THREES = np.uint64(0x3333333333333333)
_LOW7 = np.uint64(0x7F7F7F7F7F7F7F7F)
_DOTS = np.uint64(0x2E2E2E2E2E2E2E2E)
_MASK = np.uint64(0x000000FF000000FF)
_MUL1 = np.uint64(0x000F424000000064)  # 100 + (1000000 << 32)
_MUL2 = np.uint64(0x0000271000000001)  # 1 + (10000 << 32)
_U8 = np.uint64(8)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _digits8(w, n):  # pragma: no cover - compiled
    """(all digits?, value) of the n (1-8) low bytes of w, first byte the most significant digit."""
    sh = np.uint64(8 * (8 - n))
    # Shift the n bytes to the top (dropping the bytes after the field) and fill with leading '0's.
    t = (w << sh) | (_ZEROS & ((np.uint64(1) << sh) - np.uint64(1)))
    ok = ((t & _HIGH_NIBBLES) | (((t + _SIX) & _HIGH_NIBBLES) >> np.uint64(4))) == _THREES
    t -= _ZEROS
    t = t * np.uint64(10) + (t >> _U8)
    t = (((t & _MASK) * _MUL1) + (((t >> np.uint64(16)) & _MASK) * _MUL2)) >> np.uint64(32)
    return ok, np.int64(t & np.uint64(0xFFFFFFFF))


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _first_dot(w, n):  # pragma: no cover - compiled
    """Index of the first '.' among the n (1-8) low bytes of w, 8 if none: the first zero byte of
    w ^ '........' (an exact test, no false positives), found without a loop."""
    x = w ^ _DOTS
    zero = ~(((x & _LOW7) + _LOW7) | x | _LOW7) & (~np.uint64(0) >> np.uint64(64 - 8 * n))
    return np.int64(_cttz(zero)) >> 3


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def small_int(buf, a, z, limit):  # pragma: no cover - compiled
    """`gdelt_parse._parse_int` (same results) for [-]1-8 digits without a loop; else that parser."""
    n = z - a
    if n == 0:
        return 0, 0
    if a + 8 <= buf.shape[0]:
        w = _load8(buf, a)
        neg = (w & np.uint64(0xFF)) == np.uint64(45)
        nd = n - np.int64(neg)
        if 1 <= nd <= 8:
            ok, v = _digits8(w >> (_U8 * np.uint64(neg)), nd)
            if ok:
                v = -v if neg else v
                if -limit - 1 <= v <= limit:
                    return 1, v
    return _parse_int(buf, a, z, limit)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def small_double(buf, a, z):  # pragma: no cover - compiled
    """`gdelt_parse._parse_double` (same results) for [-]digits[.digits] of at most 8 bytes; else that parser.

    The value is the digits as an integer divided by 10**(digits after the dot), exactly as there.
    """
    n = z - a
    if n == 0:
        return 0, 0.0
    if a + 8 <= buf.shape[0] and n <= 8:
        w = _load8(buf, a)
        neg = (w & np.uint64(0xFF)) == np.uint64(45)
        w >>= _U8 * np.uint64(neg)
        nn = n - np.int64(neg)
        if nn >= 1:
            d = _first_dot(w, nn)  # 8 if there is no dot among the field's bytes
            has_dot = d < nn
            frac = nn - 1 - d if has_dot else 0
            if has_dot:  # close the gap: the bytes after the dot move down one
                sd = np.uint64(8 * d)
                w = (w & ((np.uint64(1) << sd) - np.uint64(1))) | (((w >> sd) >> _U8) << sd)
            nd = nn - np.int64(has_dot)
            if nd >= 1:
                ok, m = _digits8(w, nd)
                if ok:
                    v = m / _POW10[frac]
                    return 1, -v if neg else v
    elif 9 <= n <= 18 and a + 24 <= buf.shape[0]:
        return _long_double(buf, a, z)
    return _parse_double(buf, a, z)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _long_double(buf, a, z):  # pragma: no cover - compiled
    """`small_double` for 9-18 bytes: [-]1-7 digits, a dot, 1-16 digits, as at most three words.

    Why: GDELT prints the tone to 14 decimals ("-1.26849293436854"); the byte loop of
    `_parse_double` spent about 60 ns per row on it (a multiply-add chain of 15 steps and an
    exit that mispredicts with the length). The mantissa is the same integer (integer part
    times 10**fraction digits plus the fraction), so the quotient is the same double.
    """
    neg = buf[a] == 45
    i = a + np.int64(neg)
    w = _load8(buf, i)
    d = _first_dot(w, 8)
    fl = z - (i + d + 1)  # fraction digits
    if 1 <= d <= 7 and 1 <= fl <= 16 and d + fl <= 17:
        ok, ip = _digits8(w, d)
        if fl <= 8:
            ok2, fp = _digits8(_load8(buf, i + d + 1), fl)
        else:
            ok_hi, hi = _digits8(_load8(buf, i + d + 1), fl - 8)
            ok_lo, lo = _digits8(_load8(buf, z - 8), 8)
            ok2, fp = ok_hi and ok_lo, hi * 100_000_000 + lo
        m = ip * np.int64(_POW10[fl]) + fp
        if ok and ok2 and m <= _MAX_EXACT:
            v = m / _POW10[fl]
            return 1, -v if neg else v
    return _parse_double(buf, a, z)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def small_key(buf, a, z):  # pragma: no cover - compiled
    """`gdelt_parse._key` (same results) for codes of 1-4 characters, in four predicated steps."""
    n = z - a
    if n == 0:
        return -1
    if n <= 4 and a + 8 <= buf.shape[0]:
        w = _load8(buf, a)
        k = 0
        bad = False
        for i in range(4):
            c = _KEY_CODE[(w >> np.uint64(8 * i)) & np.uint64(0xFF)]
            use = i < n
            k = k * 37 + c if use else k
            bad |= use and c == 0
        if not bad:
            return k
    return _key(buf, a, z)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def digits_int(buf, a, z, limit):  # pragma: no cover - compiled
    """`gdelt_parse._parse_int` (same results) for 9-16 plain digits (ids, DATEADDED) as two 8-byte words."""
    n = z - a
    if 9 <= n <= 16 and a + 16 <= buf.shape[0]:
        ok_hi, hi = _digits8(_load8(buf, a), n - 8)
        ok_lo, lo = _digits8(_load8(buf, a + n - 8), 8)
        v = hi * 100_000_000 + lo
        if ok_hi and ok_lo and v <= limit:
            return 1, v
    return small_int(buf, a, z, limit)
