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

from bilateral.events.gdelt_split import _ctlz, _cttz, bitmaps

_POW10 = np.array([10.0**k for k in range(23)])
_MAX_EXACT = 1 << 53


@njit(nogil=True, cache=True, inline="always", error_model="numpy")
def _is_space(b: int) -> bool:
    return b == 32


@njit(nogil=True, cache=True, error_model="numpy")
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


@njit(nogil=True, cache=True, error_model="numpy")
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


@njit(nogil=True, cache=True, error_model="numpy")
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


@njit(nogil=True, cache=True, error_model="numpy")
def _days_from_civil(y, m, d):  # pragma: no cover - compiled
    """Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@njit(nogil=True, cache=True, error_model="numpy")
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


DIRECT_KEYS = 37**4
"""Keys below this (codes of up to four characters) are looked up in a dense table, not searched."""


@njit(nogil=True, cache=True, error_model="numpy")
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


# Roles of a field in the kernel (`roles[field]`): ignored text, validated numbers, and the fields kept.
R_TEXT, R_INT, R_BIGINT, R_DOUBLE = 0, 1, 2, 3
R_ID, R_DATE, R_COUNTRY1, R_COUNTRY2, R_CODE, R_GOLDSTEIN, R_TONE = 10, 11, 12, 13, 14, 15, 16
R_MENTIONS, R_SOURCES, R_ARTICLES, R_ADDED = 17, 18, 19, 20
R_ACTOR1, R_ACTOR2, R_NAME1, R_NAME2, R_URL = 21, 22, 23, 24, 25
# Fields a row cannot be FAST without (bits of `seen`).
_NEED = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3)  # id, date, code, dateadded


@njit(nogil=True, cache=True, error_model="numpy")
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


@njit(nogil=True, cache=True, error_model="numpy")
def _plain_digits(buf, a, z, most):  # pragma: no cover - compiled
    """True if buf[a:z] is 1..most ASCII digits (a number every reader parses the same way)."""
    if z - a < 1 or z - a > most:
        return False
    for x in range(a, z):
        c = buf[x]
        if c < 48 or c > 57:
            return False
    return True


_FULL = np.uint64(0xFFFFFFFFFFFFFFFF)


@njit(nogil=True, cache=True, inline="always", error_model="numpy")
def _any_bit(mask, lo, hi):  # pragma: no cover - compiled
    """True if any bit in [lo, hi) of the bitmap is set."""
    if hi <= lo:
        return False
    one = np.uint64(1)
    k0, k1 = lo >> 6, (hi - 1) >> 6
    acc = np.uint64(0)
    for k in range(k0, k1 + 1):
        w = mask[k]
        if k == k0:
            w &= _FULL << np.uint64(lo & 63)
        if k == k1:
            top = (hi - 1) & 63
            w &= _FULL if top == 63 else ((one << np.uint64(top + 1)) - one)
        acc |= w
    return acc != 0


@njit(nogil=True, cache=True, inline="always", error_model="numpy")
def _put(s_off, s_data, st, c, r, buf, a, z):  # pragma: no cover - compiled
    """Append buf[a:z] as row r of string column c of set st."""
    o = s_off[st, c, r]
    for x in range(z - a):
        s_data[st, c, o + x] = buf[a + x]
    s_off[st, c, r + 1] = o + (z - a)


@njit(nogil=True, cache=True, inline="always", error_model="numpy")
def _put_id(s_off, s_data, st, r, prefix, v):  # pragma: no cover - compiled
    """Append prefix + decimal(v) (the canonical event id) as row r of column ID_COLUMN of set st."""
    o = s_off[st, ID_COLUMN, r]
    for x in range(prefix.shape[0]):
        s_data[st, ID_COLUMN, o + x] = prefix[x]
    o += prefix.shape[0]
    if v < 0:
        s_data[st, ID_COLUMN, o] = 45
        o += 1
        v = -v
    t = 0
    w = v
    while True:
        t += 1
        w //= 10
        if w == 0:
            break
    for x in range(t - 1, -1, -1):
        s_data[st, ID_COLUMN, o + x] = 48 + v % 10
        v //= 10
    s_off[st, ID_COLUMN, r + 1] = o + t


# String columns of the output (index c of s_off/s_data): the six text fields, then the event id.
ID_COLUMN = 6
STRING_COLUMNS = 7


BLOCK = 1 << 16
"""Bytes per block: the bitmaps of a block are built, then its rows parsed while its bytes are in cache."""


@njit(nogil=True, cache=True, error_model="numpy")
def scan(buf, words, dmask, nmask, hmask, start, stop, first_line, roles, nmin, nmax, country_keys, country_values,
         country_direct, cameo_keys, cameo_values, cameo_direct, max_day, prefix, state, slow_start, slow_end,
         slow_line, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok, o_i, o_i_ok, s_off, s_data):  # pragma: no cover
    """Tokenize the lines of buf[start:stop] block by block; return (next start, line) as `_rows` does.

    Each block ends at a line end (a block grows until it holds one); its bitmaps are built by
    `gdelt_split.bitmaps` and its rows parsed right after, so that the bytes are read from cache
    rather than from memory a second time.
    """
    i = start
    line = first_line
    while i < stop:
        size = BLOCK
        while True:
            end = min(stop, i + size)
            base = bitmaps(buf, words, i, end, dmask, nmask, hmask, end == stop)
            if end == stop:
                last = stop
                break
            last = _last_newline(nmask, base, i, end)
            if last >= 0:
                break
            size *= 2  # a line longer than the block
        i_next, line = _rows(buf, base, dmask, nmask, hmask, i, last, line, roles, nmin, nmax, country_keys,
                             country_values, country_direct, cameo_keys, cameo_values, cameo_direct, max_day, prefix,
                             state, slow_start, slow_end, slow_line, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok,
                             o_i, o_i_ok, s_off, s_data)  # fmt: skip
        if i_next < last:  # a set or the slow arrays are full
            return i_next, line
        i = last
    return i, line


@njit(nogil=True, cache=True, error_model="numpy")
def _last_newline(nmask, base, lo, hi):  # pragma: no cover - compiled
    """One past the last newline in [lo, hi) of the block's bitmap (base-relative words), or -1."""
    for k in range((hi - 1 - base) >> 6, ((lo - base) >> 6) - 1, -1):
        x = nmask[k]
        if x:
            return base + k * 64 + 63 - np.int64(_ctlz(x)) + 1
    return -1


@njit(nogil=True, cache=True, error_model="numpy")
def _rows(buf, base, dmask, nmask, hmask, start, stop, first_line, roles, nmin, nmax, country_keys, country_values,
          country_direct, cameo_keys, cameo_values, cameo_direct, max_day, prefix, state, slow_start, slow_end,
          slow_line, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok, o_i, o_i_ok, s_off, s_data):  # pragma: no cover
    """Tokenize the lines of buf[start:stop] into two sets of column buffers; return (next start, line).

    Delimiters come from the bitmaps of `gdelt_split.bitmaps` (bit x of word k = byte base + 64k + x),
    so a row's fields are found by iterating set bits, never byte by byte. Each field is handled
    as soon as its end is found, by its role (`roles`, one per field of the
    layout): ignored, validated, or parsed, and the text fields copied while the line is in cache.
    Set 0 takes the rows of one month (`state[2]`; -1 = the first good row's), set 1 the others,
    so that most rows are written as they are, without a reordering copy. `state[0]`/`state[1]`
    count the rows of each set and `state[3]` the SLOW lines (start, end, line number), which a
    row leaves behind without cost: its values are overwritten by the next row. Scanning stops at
    `stop`, or early when a set or the slow arrays are full (the caller then resumes with room).
    """
    cap = o_id.shape[1]
    slow_cap = slow_start.shape[0]
    i = start
    line_no = first_line
    while i < stop and state[0] < cap and state[1] < cap and state[3] < slow_cap:
        s = i
        line_no += 1
        if buf[i] == 10:  # empty line: the reference reader skips it too
            i += 1
            continue
        rel = s - base
        bw = rel >> 6
        x = nmask[bw] & (_FULL << np.uint64(rel & 63))
        while x == 0:
            bw += 1
            x = nmask[bw]
        end = base + bw * 64 + np.int64(_cttz(x))  # this line's newline (or the end of the chunk)
        high = _any_bit(hmask, rel, end - base)
        ok = True
        seen = 0
        strs = 0
        v = 0
        st = 0
        r = state[0]
        f = 0
        a = s
        bw = rel >> 6
        m = dmask[bw] & (_FULL << np.uint64(rel & 63))
        while True:
            while m == 0:
                bw += 1
                m = dmask[bw]
            j = base + bw * 64 + np.int64(_cttz(m))
            m &= m - np.uint64(1)
            b = 10 if j == end else 9
            z = j  # field f is buf[a:z]; a CR before the newline is not part of it
            if b == 10 and z > a and buf[z - 1] == 13:
                z -= 1
            if ok:
                if f >= nmax:
                    ok = False
                else:
                    q = roles[f]
                    if q == R_TEXT:
                        pass
                    elif q == R_INT:
                        if a < z and not _plain_digits(buf, a, z, 9):
                            ok = _parse_int(buf, a, z, 2147483647)[0] >= 0
                    elif q == R_DOUBLE:
                        if a < z and not _plain_digits(buf, a, z, 15):
                            ok = _parse_double(buf, a, z)[0] >= 0
                    elif q == R_BIGINT:
                        if a < z and not _plain_digits(buf, a, z, 18):
                            ok = _parse_int(buf, a, z, 9223372036854775806)[0] >= 0
                    elif q >= R_ACTOR1:
                        c = q - R_ACTOR1
                        if c == 4:  # the url; column 4 holds the event code
                            c = 5
                        _put(s_off, s_data, st, c, r, buf, a, z)
                        strs |= 1 << c
                    elif q == R_ID:
                        p, v = _parse_int(buf, a, z, 9223372036854775806)
                        ok = p == 1
                        seen |= 1
                    elif q == R_DATE:
                        p, d = _parse_int(buf, a, z, 2147483647)
                        day = _date_day(d, max_day) if p == 1 else -1
                        ok = day >= 0
                        if ok:
                            ym = (d // 10000) * 100 + (d // 100) % 100
                            if state[2] < 0:
                                state[2] = ym
                            if ym != state[2]:
                                st = 1
                                r = state[1]
                            o_day[st, r] = day
                            o_ym[st, r] = ym
                            o_id[st, r] = v
                        seen |= 2
                    elif q == R_CODE:
                        cc = _lookup(cameo_keys, cameo_values, cameo_direct, _key(buf, a, z))
                        ok = cc >= 0
                        o_cameo[st, r] = cc
                        _put(s_off, s_data, st, 4, r, buf, a, z)
                        strs |= 1 << 4
                        seen |= 4
                    elif q == R_COUNTRY1 or q == R_COUNTRY2:
                        ck = _key(buf, a, z)
                        o_iso[st, q - R_COUNTRY1, r] = _lookup(country_keys, country_values, country_direct, ck)
                    elif q == R_GOLDSTEIN or q == R_TONE:
                        p, x = _parse_double(buf, a, z)
                        ok = p >= 0
                        o_f[st, q - R_GOLDSTEIN, r] = x
                        o_f_ok[st, q - R_GOLDSTEIN, r] = p == 1
                    elif q == R_ADDED:
                        ok = _parse_int(buf, a, z, 9223372036854775806)[0] == 1
                        seen |= 8
                    else:  # mentions, sources, articles
                        p, w = _parse_int(buf, a, z, 2147483647)
                        ok = p >= 0
                        o_i[st, q - R_MENTIONS, r] = w
                        o_i_ok[st, q - R_MENTIONS, r] = p == 1
            f += 1
            a = j + 1
            if b == 10:
                break
        e = j
        i = j + 1
        if e > s and buf[e - 1] == 13:  # CRLF (or a stray CR): the line ends before it, as for DuckDB
            e -= 1
        if ok and f >= nmin and (seen & _NEED) == _NEED and (not high or _utf8_ok(buf, s, e)):
            for c in range(6):
                if not strs & (1 << c):  # a field the row does not have (a 57-field GDELT 1.0 row's url)
                    s_off[st, c, r + 1] = s_off[st, c, r]
            _put_id(s_off, s_data, st, r, prefix, o_id[st, r])
            state[st] += 1
        else:
            k = state[3]
            slow_start[k] = s
            slow_end[k] = e
            slow_line[k] = line_no
            state[3] = k + 1
    return min(i, stop), line_no
