"""A compiled single-pass tokenizer for GDELT event rows: the fast path of `events load`.

Why: a GDELT row has 57, 58 or 61 tab-separated fields, of which the events table needs about 15.
General CSV readers (DuckDB, Polars, pyarrow) convert every field and cost more than 1 CPU second per
million rows for the splitting alone; the load target (2 M rows/s on 2 cores) leaves 1 CPU second per
million rows for everything. This kernel, compiled by Numba, walks each line once, validates every
field the way the reference reader would need to, and keeps only offsets and numbers.

It is deliberately *conservative*: a line is `FAST` only when every field is in a plain form whose
meaning is certain (digits, decimals, valid UTF-8, a known CAMEO code, a valid date in the past,
the exact field count). Anything else (a wrong field count, invalid UTF-8, an exponent, a
missing id, an unknown code, a date of today or later ...) is `SLOW` and is handed, byte for byte,
to the DuckDB reader of `load.py`, which decides and quarantines it exactly as it does for every
other source. The two paths therefore agree by construction on every odd row, and a test checks
that they agree on the common rows.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# Field types of a layout (one code per field).
T_STR, T_INT, T_BIGINT, T_DOUBLE = 0, 1, 2, 3

# Per-line results.
SKIP, FAST, SLOW = 0, 1, 2

# Output columns of the kernel for string fields (indices into `str_fields`).
STR_ACTOR1_CODE, STR_ACTOR2_CODE, STR_ACTOR1_NAME, STR_ACTOR2_NAME, STR_EVENT_CODE, STR_URL = range(6)

_POW10 = np.array([10.0**k for k in range(23)])
_MAX_EXACT = 1 << 53


@njit(nogil=True, cache=True, inline="always")
def _is_space(b: int) -> bool:
    return b == 32


@njit(nogil=True, cache=True)
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


@njit(nogil=True, cache=True)
def _parse_int(buf, s, e, limit):  # pragma: no cover - compiled
    """(ok, value) for an optionally signed run of digits with optional surrounding spaces.

    ok is 0 for an empty field (NULL), 1 for a parsed value, -1 for any other form (slow path).
    """
    if s == e:
        return 0, 0
    while s < e and _is_space(buf[s]):
        s += 1
    while e > s and _is_space(buf[e - 1]):
        e -= 1
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


@njit(nogil=True, cache=True)
def _parse_double(buf, s, e):  # pragma: no cover - compiled
    """(ok, value) for [sign]digits[.digits], correctly rounded; ok as in `_parse_int`.

    A decimal whose digits fit in 2**53 and that has at most 22 fraction digits is an exact
    integer divided by an exact power of ten, which IEEE division rounds correctly: the same
    double any correct parser (DuckDB's fast_float, Python's float) returns. Other forms are slow.
    """
    if s == e:
        return 0, 0.0
    while s < e and _is_space(buf[s]):
        s += 1
    while e > s and _is_space(buf[e - 1]):
        e -= 1
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


@njit(nogil=True, cache=True)
def _days_from_civil(y, m, d):  # pragma: no cover - compiled
    """Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@njit(nogil=True, cache=True)
def _key(buf, s, e):  # pragma: no cover - compiled
    """Base-37 key of upper(trim(field)) over [A-Z0-9], -1 if empty, -2 if another character or too long."""
    while s < e and _is_space(buf[s]):
        s += 1
    while e > s and _is_space(buf[e - 1]):
        e -= 1
    if s == e:
        return -1
    if e - s > 12:
        return -2
    k = 0
    for i in range(s, e):
        b = buf[i]
        if 97 <= b <= 122:
            b -= 32
        if 65 <= b <= 90:
            c = b - 64
        elif 48 <= b <= 57:
            c = b - 48 + 27
        else:
            return -2
        k = k * 37 + c
    return k


@njit(nogil=True, cache=True)
def _lookup(keys, values, k):  # pragma: no cover - compiled
    """values[i] where keys[i] == k (keys sorted), else -1."""
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


# Roles of a field in the kernel (`roles[field]`): ignored text, validated numbers, and the fields kept.
R_TEXT, R_INT, R_BIGINT, R_DOUBLE = 0, 1, 2, 3
R_ID, R_DATE, R_COUNTRY1, R_COUNTRY2, R_CODE, R_GOLDSTEIN, R_TONE = 10, 11, 12, 13, 14, 15, 16
R_MENTIONS, R_SOURCES, R_ARTICLES, R_ADDED = 17, 18, 19, 20
R_ACTOR1, R_ACTOR2, R_NAME1, R_NAME2, R_URL = 21, 22, 23, 24, 25
# Fields a row cannot be FAST without (bits of `seen`).
_NEED = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3)  # id, date, code, dateadded


@njit(nogil=True, cache=True)
def _date_day(d, max_day):  # pragma: no cover - compiled
    """Days since 1970-01-01 of a YYYYMMDD integer, or -1 if not a valid date in [1800-01-01, max_day]."""
    if d < 18000101 or d > 99991231:
        return -1
    yy = d // 10000
    mm = (d // 100) % 100
    dd = d % 100
    if mm < 1 or mm > 12 or dd < 1:
        return -1
    if mm == 2:
        dim = 29 if (yy % 4 == 0 and yy % 100 != 0) or yy % 400 == 0 else 28
    elif mm == 4 or mm == 6 or mm == 9 or mm == 11:
        dim = 30
    else:
        dim = 31
    if dd > dim:
        return -1
    day = _days_from_civil(yy, mm, dd)
    return day if day <= max_day else -1


@njit(nogil=True, cache=True)
def _plain_digits(buf, a, z, most):  # pragma: no cover - compiled
    """True if buf[a:z] is 1..most ASCII digits (a number every reader parses the same way)."""
    if z - a < 1 or z - a > most:
        return False
    for x in range(a, z):
        c = buf[x]
        if c < 48 or c > 57:
            return False
    return True


@njit(nogil=True, cache=True, inline="always")
def _next_delimiter(buf, j, stop):  # pragma: no cover - compiled
    """(index of the next tab or newline at or after j (stop if none), OR of the bytes passed)."""
    hi = 0
    while j < stop:
        b = buf[j]
        if b == 9 or b == 10:
            return j, hi
        hi |= b
        j += 1
    return stop, hi


@njit(nogil=True, cache=True)
def scan(buf, start, stop, first_line, cap, roles, nmin, nmax, country_keys, country_values, cameo_keys,
         cameo_values, max_day, out_kind, out_line, out_start, out_end, out_id, out_day, out_ym,
         out_str_s, out_str_e, out_iso, out_cameo, out_f, out_f_ok, out_i, out_i_ok):  # pragma: no cover
    """Tokenize the lines of buf[start:stop], at most `cap` non-empty ones; return (n, next start, line).

    Each field is handled as soon as its end is found, by its role (`roles`, one per field of the
    layout): ignored, validated, or parsed into the out_* arrays. n lines were stored; scanning
    stopped at `next start` (== stop when done); `line` is the number of the last line seen
    (counting from first_line, empty lines included). Lines with fewer than nmin or more than
    nmax fields are SLOW.
    """
    n = 0
    i = start
    line_no = first_line
    while i < stop and n < cap:
        s = i
        line_no += 1
        if buf[i] == 10:  # empty line: the reference reader skips it too
            i += 1
            continue
        k = n
        n += 1
        out_line[k] = line_no
        out_start[k] = s
        out_kind[k] = SLOW
        for a in range(6):
            out_str_s[a, k] = 0
            out_str_e[a, k] = 0
        high = 0
        ok = True
        seen = 0
        f = 0
        a = s
        j = s
        while True:
            j, hi = _next_delimiter(buf, j, stop)
            high |= hi
            b = buf[j] if j < stop else 10
            z = j  # field f is buf[a:z]; a CR before the newline is not part of it
            if b == 10 and z > a and buf[z - 1] == 13:
                z -= 1
            if ok:
                if f >= nmax:
                    ok = False
                else:
                    r = roles[f]
                    if r == R_TEXT:
                        pass
                    elif r == R_INT:
                        if a < z and not _plain_digits(buf, a, z, 9):
                            ok = _parse_int(buf, a, z, 2147483647)[0] >= 0
                    elif r == R_DOUBLE:
                        if a < z and not _plain_digits(buf, a, z, 15):
                            ok = _parse_double(buf, a, z)[0] >= 0
                    elif r == R_BIGINT:
                        if a < z and not _plain_digits(buf, a, z, 18):
                            ok = _parse_int(buf, a, z, 9223372036854775806)[0] >= 0
                    elif r >= R_ACTOR1:
                        q = r - R_ACTOR1
                        if q == 4:  # the url; slot 4 holds the event code
                            q = 5
                        out_str_s[q, k] = a
                        out_str_e[q, k] = z
                    elif r == R_ID:
                        p, v = _parse_int(buf, a, z, 9223372036854775806)
                        ok = p == 1
                        out_id[k] = v
                        seen |= 1
                    elif r == R_DATE:
                        p, v = _parse_int(buf, a, z, 2147483647)
                        day = _date_day(v, max_day) if p == 1 else -1
                        ok = day >= 0
                        out_day[k] = day
                        out_ym[k] = (v // 10000) * 100 + (v // 100) % 100
                        seen |= 2
                    elif r == R_CODE:
                        c = _lookup(cameo_keys, cameo_values, _key(buf, a, z))
                        ok = c >= 0
                        out_cameo[k] = c
                        out_str_s[4, k] = a
                        out_str_e[4, k] = z
                        seen |= 4
                    elif r == R_COUNTRY1 or r == R_COUNTRY2:
                        ck = _key(buf, a, z)
                        out_iso[r - R_COUNTRY1, k] = _lookup(country_keys, country_values, ck) if ck >= 0 else -1
                    elif r == R_GOLDSTEIN or r == R_TONE:
                        p, x = _parse_double(buf, a, z)
                        ok = p >= 0
                        out_f[r - R_GOLDSTEIN, k] = x
                        out_f_ok[r - R_GOLDSTEIN, k] = p == 1
                    elif r == R_ADDED:
                        p, v = _parse_int(buf, a, z, 9223372036854775806)
                        ok = p == 1
                        seen |= 8
                    else:  # mentions, sources, articles
                        p, v = _parse_int(buf, a, z, 2147483647)
                        ok = p >= 0
                        out_i[r - R_MENTIONS, k] = v
                        out_i_ok[r - R_MENTIONS, k] = p == 1
            f += 1
            a = j + 1
            if b == 10:
                break
            j += 1
        e = j
        i = j + 1
        if e > s and buf[e - 1] == 13:  # CRLF (or a stray CR): the line ends before it, as for DuckDB
            e -= 1
        out_end[k] = e
        if not ok or f < nmin or (seen & _NEED) != _NEED:
            continue
        if high >= 128 and not _utf8_ok(buf, s, e):
            continue
        out_kind[k] = FAST
    return n, min(i, stop), line_no


@njit(nogil=True, cache=True)
def gather(buf, starts, ends, rows):  # pragma: no cover - compiled
    """Arrow string buffers (offsets, data, valid) of buf[starts[r]:ends[r]] for r in rows; empty = NULL."""
    m = rows.shape[0]
    total = 0
    for k in range(m):
        r = rows[k]
        total += ends[r] - starts[r]
    offsets = np.empty(m + 1, np.int64)
    data = np.empty(total, np.uint8)
    valid = np.empty(m, np.bool_)
    o = 0
    for k in range(m):
        r = rows[k]
        s = starts[r]
        e = ends[r]
        offsets[k] = o
        valid[k] = e > s
        for x in range(s, e):
            data[o] = buf[x]
            o += 1
    offsets[m] = o
    return offsets, data, valid


@njit(nogil=True, cache=True)
def format_ids(prefix, ids, rows):  # pragma: no cover - compiled
    """Arrow string buffers of prefix + decimal(ids[r]) for r in rows (the canonical event_id)."""
    m = rows.shape[0]
    p = prefix.shape[0]
    offsets = np.empty(m + 1, np.int64)
    data = np.empty(m * (p + 20), np.uint8)
    tmp = np.empty(20, np.uint8)
    o = 0
    for k in range(m):
        offsets[k] = o
        for x in range(p):
            data[o + x] = prefix[x]
        o += p
        v = ids[rows[k]]
        if v < 0:
            data[o] = 45
            o += 1
            v = -v
        t = 0
        while True:
            tmp[t] = 48 + v % 10
            v //= 10
            t += 1
            if v == 0:
                break
        for x in range(t):
            data[o + x] = tmp[t - 1 - x]
        o += t
    offsets[m] = o
    return offsets, data[:o]
