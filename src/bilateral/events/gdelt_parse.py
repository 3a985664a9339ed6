"""Field parsers of the GDELT fast path: numbers, dates, codes and UTF-8, each in the plain form only.

Each parser returns (ok, value) with ok = 0 for an empty field (NULL), 1 for a value, and -1 for
any form whose meaning is not certain (spaces, '+', exponents, too many digits ...): the kernel
then hands the whole line to the DuckDB reader (see `gdelt_scan`). The common forms are parsed
with branch-free loops: a loop that branches on every byte mispredicts at every field of a new
length.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_POW10 = np.array([10.0**k for k in range(23)])
_MAX_EXACT = 1 << 53
_KEY_CODE = np.zeros(256, np.int64)
"""Base-37 digit of a byte in a code key: A-Z (either case) 1-26, 0-9 27-36, anything else 0."""
for _b in range(256):
    _u = _b - 32 if 97 <= _b <= 122 else _b
    _KEY_CODE[_b] = _u - 64 if 65 <= _u <= 90 else (_u - 48 + 27 if 48 <= _u <= 57 else 0)
del _b, _u


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _is_space(b: int) -> bool:
    return b == 32


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _trim(buf, s, e):  # pragma: no cover - compiled
    """(s, e) without the spaces at either end (DuckDB's trim, and its reading of numbers)."""
    while s < e and _is_space(buf[s]):
        s += 1
    while e > s and _is_space(buf[e - 1]):
        e -= 1
    return s, e


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def _utf8_ok(buf, s, e) -> bool:  # pragma: no cover - compiled
    """True if buf[s:e] is valid UTF-8 (no overlongs, surrogates or code points above U+10FFFF)."""
    i = s
    while i < e:
        b = buf[i]
        if b < 0x80:
            i += 1
            continue
        if 0xC2 <= b <= 0xDF:
            n = 1
        elif 0xE0 <= b <= 0xEF:
            n = 2
        elif 0xF0 <= b <= 0xF4:
            n = 3
        else:
            return False
        if i + n >= e:
            return False
        c1 = buf[i + 1]
        if c1 < 0x80 or c1 > 0xBF:
            return False
        if b == 0xE0 and c1 < 0xA0:
            return False
        if b == 0xED and c1 > 0x9F:
            return False
        if b == 0xF0 and c1 < 0x90:
            return False
        if b == 0xF4 and c1 > 0x8F:
            return False
        for k in range(2, n + 1):
            c = buf[i + k]
            if c < 0x80 or c > 0xBF:
                return False
        i += n + 1
    return True


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _parse_int(buf, s, e, limit):  # pragma: no cover - compiled
    """`_parse_int_any` for the common form, [-]digits, with a branch-free digit loop.

    Why: a digit loop that branches on every byte mispredicts at every field of a new length;
    checking the bytes all at once after the loop made the kernel's number parsing three times
    faster. Anything else (spaces, '+', too many digits) goes to `_parse_int_any`.
    """
    n = e - s
    if n == 0:
        return 0, 0
    neg = buf[s] == 45
    i = s + 1 if neg else s
    if e - i < 1 or e - i > 18:
        return _parse_int_any(buf, s, e, limit)
    v = 0
    bad = False
    for x in range(i, e):
        d = np.int64(buf[x]) - 48
        bad |= np.uint64(d) > 9
        v = v * 10 + d
    if bad:
        return _parse_int_any(buf, s, e, limit)
    if neg:
        v = -v
    if v > limit or v < -limit - 1:
        return -1, 0
    return 1, v


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def _parse_int_any(buf, s, e, limit):  # pragma: no cover - compiled
    """(ok, value) for an optionally signed run of digits with optional surrounding spaces.

    ok is 0 for an empty field (NULL), 1 for a parsed value, -1 for any other form (slow path).
    """
    if s == e:
        return 0, 0
    s, e = _trim(buf, s, e)
    if s == e:  # spaces only: not NULL for the reference reader, and not a number
        return -1, 0
    neg = False
    if buf[s] == 45 or buf[s] == 43:  # - +
        neg = buf[s] == 45
        s += 1
        if s == e:
            return -1, 0
    if e - s > 18:
        return -1, 0
    v = 0
    for i in range(s, e):
        d = buf[i] - 48
        if d < 0 or d > 9:
            return -1, 0
        v = v * 10 + d
    if neg:
        v = -v
    if v > limit or v < -limit - 1:
        return -1, 0
    return 1, v


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _parse_double(buf, s, e):  # pragma: no cover - compiled
    """`_parse_double_any` for the common form, [-]digits[.digits], with a branch-free loop."""
    n = e - s
    if n == 0:
        return 0, 0.0
    neg = buf[s] == 45
    i = s + 1 if neg else s
    if e - i < 1 or e - i > 18:
        return _parse_double_any(buf, s, e)
    m = 0
    dot = -1
    dots = 0
    bad = False
    for x in range(i, e):
        c = np.int64(buf[x])
        is_dot = c == 46
        d = c - 48
        bad |= (np.uint64(d) > 9) & (not is_dot)
        dots += is_dot
        dot = x if is_dot else dot
        m = m * 10 + d if not is_dot else m
    digits = e - i - dots
    if bad or dots > 1 or digits == 0 or digits > 17 or m > _MAX_EXACT:
        return _parse_double_any(buf, s, e)
    frac = e - 1 - dot if dot >= 0 else 0
    v = m / _POW10[frac]
    return 1, -v if neg else v


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def _parse_double_any(buf, s, e):  # pragma: no cover - compiled
    """(ok, value) for [sign]digits[.digits], correctly rounded; ok as in `_parse_int`.

    A decimal whose digits fit in 2**53 and that has at most 22 fraction digits is an exact
    integer divided by an exact power of ten, which IEEE division rounds correctly: the same
    double any correct parser (DuckDB's fast_float, Python's float) returns. Other forms are slow.
    """
    if s == e:
        return 0, 0.0
    s, e = _trim(buf, s, e)
    if s == e:  # spaces only: not NULL for the reference reader, and not a number
        return -1, 0.0
    neg = False
    if buf[s] == 45 or buf[s] == 43:
        neg = buf[s] == 45
        s += 1
    m = 0
    digits = 0
    frac = 0
    seen_dot = False
    for i in range(s, e):
        b = buf[i]
        if b == 46:
            if seen_dot:
                return -1, 0.0
            seen_dot = True
            continue
        d = b - 48
        if d < 0 or d > 9:
            return -1, 0.0
        m = m * 10 + d
        digits += 1
        if seen_dot:
            frac += 1
        if digits > 17:
            return -1, 0.0
    if digits == 0 or m > _MAX_EXACT or frac > 22:
        return -1, 0.0
    v = m / _POW10[frac]
    if neg:
        v = -v
    return 1, v


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _days_from_civil(y, m, d):  # pragma: no cover - compiled
    """Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _key(buf, s, e):  # pragma: no cover - compiled
    """Base-37 key of upper(trim(field)) over [A-Z0-9], -1 if empty, -2 if another character or too long."""
    if s < e and (buf[s] == 32 or buf[e - 1] == 32):
        s, e = _trim(buf, s, e)
    if s == e:
        return -1
    if e - s > 12:
        return -2
    k = 0
    bad = False
    for i in range(s, e):
        c = _KEY_CODE[buf[i]]
        bad |= c == 0
        k = k * 37 + c
    return -2 if bad else k


DIRECT_KEYS = 37**4
"""Keys below this (codes of up to four characters) are looked up in a dense table, not searched."""


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _lookup(keys, values, direct, k):  # pragma: no cover - compiled
    """values[i] where keys[i] == k (keys sorted), else -1; short keys through the dense `direct` table."""
    if k < 0:
        return -1
    if k < DIRECT_KEYS:
        return direct[k]
    lo, hi = 0, keys.shape[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] < k:
            lo = mid + 1
        else:
            hi = mid
    if lo < keys.shape[0] and keys[lo] == k:
        return values[lo]
    return -1


# Types of the numeric fields the kernel validates without keeping them (2 bits in `layout`).
R_INT, R_BIGINT, R_DOUBLE = 1, 2, 3


_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], np.int64)
"""Index 0 stands for any invalid month: no day is valid in it."""


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _date_day(d, max_day):  # pragma: no cover - compiled
    """Days since 1970-01-01 of a YYYYMMDD integer, or -1 if not a valid date in [1800-01-01, max_day].

    Without branches on the month (a table and a leap-year flag): months come in no order a
    predictor could learn.
    """
    yy = d // 10000
    mm = (d // 100) % 100
    dd = d % 100
    month = mm if 1 <= mm <= 12 else 0
    leap = (yy % 4 == 0 and yy % 100 != 0) or yy % 400 == 0
    dim = _DAYS_IN_MONTH[month] + (1 if leap and month == 2 else 0)
    ok = 18000101 <= d <= 99991231 and 1 <= dd <= dim
    day = _days_from_civil(yy, mm, dd)
    return day if ok and day <= max_day else -1


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _plain_digits(buf, a, z, most):  # pragma: no cover - compiled
    """True if buf[a:z] is 1..most ASCII digits (a number every reader parses the same way)."""
    if z - a < 1 or z - a > most:
        return False
    bad = False
    for x in range(a, z):
        bad |= np.uint64(np.int64(buf[x]) - 48) > 9
    return not bad


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _plain_decimal(buf, a, z):  # pragma: no cover - compiled
    """True if buf[a:z] is [-]digits[.digits] (or [-].digits, digits.) of at most 17 characters.

    Checks the form without computing the value: the kept rows' coordinates and fraction dates
    are validated, never stored, and computing them was the kernel's largest single cost.
    """
    if z - a < 1 or z - a > 17:
        return False
    i = a + 1 if buf[a] == 45 else a
    bad = False
    dots = 0
    for x in range(i, z):
        c = np.int64(buf[x])
        is_dot = c == 46
        bad |= (np.uint64(c - 48) > 9) & (not is_dot)
        dots += is_dot
    return not bad and dots <= 1 and z - i - dots >= 1


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _valid(buf, a, z, t):  # pragma: no cover - compiled
    """True if buf[a:z] is NULL or a number of type t (R_INT, R_BIGINT, R_DOUBLE) in a form read alike."""
    if a == z:
        return True
    if t == R_INT:
        return _plain_digits(buf, a, z, 9) or _parse_int(buf, a, z, 2147483647)[0] >= 0
    if t == R_DOUBLE:
        return _plain_decimal(buf, a, z) or _parse_double(buf, a, z)[0] >= 0
    return _plain_digits(buf, a, z, 18) or _parse_int(buf, a, z, 9223372036854775806)[0] >= 0
