"""The compiled GDELT tokenizer: the fast path of `events load` (phase 2, after `gdelt_split`).

Why: a GDELT row has 57, 58 or 61 tab-separated fields, of which the events table needs 16.
General CSV readers (DuckDB, Polars, pyarrow) convert every field and cost more than 1 CPU second per
million rows for the splitting alone; the load target (2 M rows/s on 2 cores) leaves 1 CPU second per
million rows for everything. Here a chunk is read in 64 KiB blocks: `gdelt_split.bitmaps` marks the
block's tabs, newlines and number characters, then each line's field starts are read off the set
bits, the numeric fields it does not keep are form-checked from the bitmaps (`_plain`), and the
fields the table keeps are parsed (`gdelt_swar`, falling back to `gdelt_parse`) while the block is
in cache.

It is deliberately *conservative*: a line is kept only when every field is in a plain form whose
meaning is certain (digits, decimals, valid UTF-8, a known CAMEO code, a valid date in the past,
the exact field count). Anything else (a wrong field count, invalid UTF-8, an exponent, a missing
id, an unknown code, a date of today or later ...) is SLOW and is handed, byte for byte, to the
DuckDB reader (`stage.py`), which decides and quarantines it exactly as it does for every other
source. The two paths therefore agree by construction on every odd row, and a test checks that
they agree on the common rows.

Every function below `scan` is compiled with `_nrt=False` (Numba's option to leave out reference
counting): none of them allocates, and the atomic increments and decrements Numba otherwise adds
around each array passed to a function were 9 % of a load's CPU time. `scan` keeps it: it
allocates the line's field-start buffer.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from bilateral.events.gdelt_emit import _put_id, _view
from bilateral.events.gdelt_parse import (
    R_DOUBLE,
    R_INT,
    _date_day,
    _lookup,
    _utf8_ok,
    _valid,
)
from bilateral.events.gdelt_simd import _ctlz, _cttz, _popcount
from bilateral.events.gdelt_split import M_DELIM, M_DOT, M_HIGH, M_MINUS, M_NEWLINE, M_OTHER, bitmaps
from bilateral.events.gdelt_swar import digits_int, small_double, small_int, small_key

_FULL = np.uint64(0xFFFFFFFFFFFFFFFF)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _any_bit(masks, row, lo, hi):  # pragma: no cover - compiled
    """True if any bit in [lo, hi) of the bitmap is set."""
    if hi <= lo:
        return False
    one = np.uint64(1)
    k0, k1 = lo >> 6, (hi - 1) >> 6
    acc = np.uint64(0)
    for k in range(k0, k1 + 1):
        w = masks[row, k]
        if k == k0:
            w &= _FULL << np.uint64(lo & 63)
        if k == k1:
            top = (hi - 1) & 63
            w &= _FULL if top == 63 else ((one << np.uint64(top + 1)) - one)
        acc |= w
    return acc != 0


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _bits(masks, row, base, a, n):  # pragma: no cover - compiled
    """Bits [a, a + n) (n < 64) of bitmap `row`, as the low bits of one word; branch-free."""
    rel = a - base
    k = rel >> 6
    sh = np.uint64(rel & 63)
    lo = masks[row, k] >> sh
    hi = (masks[row, k + 1] << np.uint64(1)) << (np.uint64(63) - sh)
    return (lo | hi) & ((np.uint64(1) << np.uint64(n)) - np.uint64(1))


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _plain(masks, base, a, z, t):  # pragma: no cover - compiled
    """True if buf[a:z] is empty or a number of type t in the plain form `_valid` accepts, from the bitmaps.

    Plain: at most 17 characters, only digits, '.' and '-'; a '-' only first; no '.' in an
    integer, at most one in a double; 1-9 digits for an INTEGER, at least one for the others.
    False means "look at the bytes" (`_valid`), not "invalid". Why: checking the 30-odd numeric
    fields a row does not keep byte by byte cost a fifth of the kernel, and its loops mispredicted
    at every field of a new length.
    """
    n = z - a
    if n > 17:
        return False
    other = _bits(masks, M_OTHER, base, a, n)
    minus = _bits(masks, M_MINUS, base, a, n)
    dots = np.int64(_popcount(_bits(masks, M_DOT, base, a, n)))
    digits = n - np.int64(minus & np.uint64(1)) - dots
    most = 9 if t == R_INT else 18
    return n == 0 or (
        (other | (minus & ~np.uint64(1))) == 0 and dots <= (1 if t == R_DOUBLE else 0) and 1 <= digits <= most
    )


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _decimal(buf, masks, base, a, z):  # pragma: no cover - compiled
    """True if buf[a:z] is a number's canonical decimal text: 1-18 digits, no leading zero."""
    n = z - a
    plain = 1 <= n <= 18 and (_bits(masks, M_OTHER, base, a, n) | _bits(masks, M_MINUS, base, a, n)) == 0
    return plain and _bits(masks, M_DOT, base, a, n) == 0 and (buf[a] != 48 or n == 1)


TEXT_COLUMNS = 5
"""Text columns of the output (views, index c): actor1/2 code, actor1/2 name, source URL. The event
code is not one: it is output as its row in the CAMEO lookup (`o_cameo`), whose text it is."""
ID_BYTES = 32
"""Bytes of `id_data` per row: a source prefix of up to 12 bytes and a 20-character id."""


BLOCK = 1 << 16
"""Bytes per block: the bitmaps of a block are built, then its rows parsed while its bytes are in cache."""


@njit(nogil=True, cache=True, error_model="numpy")
def scan(buf, masks, start, stop, first_line, layout, nmin, nmax, country_keys, country_values, country_direct,
         cameo_keys, cameo_values, cameo_direct, max_day, prefix, state, slow_start, slow_end, slow_line, o_id, o_day,
         o_ym, o_iso, o_cameo, o_f, o_f_ok, o_i, o_i_ok, id_off, id_data, views, vbase):  # pragma: no cover
    """Tokenize the lines of buf[start:stop] block by block; return (next start, line) as `_rows` does.

    Each block ends at a line end (a block grows until it holds one); its bitmaps are built by
    `gdelt_split.bitmaps` and its rows parsed right after, so that the bytes are read from cache
    rather than from memory a second time.
    """
    fs = np.empty(nmax + 18, np.int64)  # field starts of one line (and 16 to spare), reused by every line
    plen = prefix.shape[0]
    padded = np.zeros(plen + 16, np.uint8)  # the id prefix, with 16 bytes to spare for `_put_id`'s copies
    padded[:plen] = prefix
    i = start
    line = first_line
    while i < stop:
        size = BLOCK
        while True:
            end = min(stop, i + size)
            base = bitmaps(buf, i, end, masks, end == stop)
            if end == stop:
                last = stop
                break
            last = _last_newline(masks, base, i, end)
            if last >= 0:
                break
            size *= 2  # a line longer than the block
        i_next, line = _rows(buf, fs, base, masks, i, last, line, layout, nmin, nmax, country_keys,
                             country_values, country_direct, cameo_keys, cameo_values, cameo_direct, max_day, padded,
                             state, slow_start, slow_end, slow_line, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok,
                             o_i, o_i_ok, id_off, id_data, views, vbase)  # fmt: skip
        if i_next < last:  # a set or the slow arrays are full
            return i_next, line
        i = last
    return i, line


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def _last_newline(masks, base, lo, hi):  # pragma: no cover - compiled
    """One past the last newline in [lo, hi) of the block's bitmap (base-relative words), or -1."""
    for k in range((hi - 1 - base) >> 6, ((lo - base) >> 6) - 1, -1):
        x = masks[M_NEWLINE, k]
        if x:
            return base + k * 64 + 63 - np.int64(_ctlz(x)) + 1
    return -1


# Positions in the kernel's `layout` array (see `gdelt_fast.Layout.kernel`): the field index of each
# field kept, then one entry per other numeric field to validate, as field * 4 + R_INT|R_BIGINT|R_DOUBLE.
P_ID, P_DATE, P_COUNTRY1, P_COUNTRY2, P_CODE, P_GOLDSTEIN, P_TONE, P_MENTIONS, P_SOURCES, P_ARTICLES = range(10)
P_ADDED, P_ACTOR1, P_ACTOR2, P_NAME1, P_NAME2, P_URL, P_VALIDATE = range(10, 17)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _field(fs, layout, p):  # pragma: no cover - compiled
    """(start, end) of the field at layout position p."""
    f = layout[p]
    return fs[f], fs[f + 1] - 1


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _handle(buf, fs, nf, layout, country_keys, country_values, country_direct, cameo_keys, cameo_values,
            cameo_direct, max_day, state, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok, o_i, o_i_ok, views,
            vbase):  # pragma: no cover - compiled
    """Parse the kept fields of one line (field starts in fs) into set st's next row; return st, or -1.

    -1 means the line is not certainly good (missing id, a date that is invalid or not in the past,
    an unknown code, DATEADDED missing, a number in an unusual form): it goes to the DuckDB reader.
    """
    a, z = _field(fs, layout, P_ID)
    p, v = digits_int(buf, a, z, 9223372036854775806)
    if p != 1:
        return -1
    a, z = _field(fs, layout, P_DATE)
    p, d = small_int(buf, a, z, 2147483647)
    day = _date_day(d, max_day) if p == 1 else -1
    if day < 0:
        return -1
    if layout[P_ADDED] >= nf:
        return -1
    a, z = _field(fs, layout, P_ADDED)
    if digits_int(buf, a, z, 9223372036854775806)[0] != 1:
        return -1
    a, z = _field(fs, layout, P_CODE)
    cc = _lookup(cameo_keys, cameo_values, cameo_direct, small_key(buf, a, z))
    if cc < 0 or buf[a] == 32 or buf[z - 1] == 32:  # the code is stored as the lookup's text: no padding
        return -1
    ym = (d // 10000) * 100 + (d // 100) % 100
    if state[2] < 0:
        state[2] = ym
    st = 0 if ym == state[2] else 1
    r = state[st]
    for q in range(2):
        a, z = _field(fs, layout, P_GOLDSTEIN + q)
        p, x = small_double(buf, a, z)
        if p < 0:
            return -1
        o_f[st, q, r] = x
        o_f_ok[st, q, r] = p == 1
    for q in range(3):
        a, z = _field(fs, layout, P_MENTIONS + q)
        p, w = small_int(buf, a, z, 2147483647)
        if p < 0:
            return -1
        o_i[st, q, r] = w
        o_i_ok[st, q, r] = p == 1
    o_id[st, r] = v
    o_day[st, r] = day
    o_ym[st, r] = ym
    o_cameo[st, r] = cc
    for q in range(2):
        a, z = _field(fs, layout, P_COUNTRY1 + q)
        o_iso[st, q, r] = _lookup(country_keys, country_values, country_direct, small_key(buf, a, z))
    for c in range(TEXT_COLUMNS):  # actor1/2 code, actor1/2 name, url (absent from 57-field rows)
        f = layout[P_ACTOR1 + c] if c < 4 else layout[P_URL]
        if f < nf:
            _view(views, st, c, r, buf, fs[f], fs[f + 1] - 1, vbase)
        else:
            views[st, c, r, 0] = 0
            views[st, c, r, 1] = 0
    return st


@njit(nogil=True, cache=True, error_model="numpy", _nrt=False)
def _rows(buf, fs, base, masks, start, stop, first_line, layout, nmin, nmax, country_keys, country_values,
          country_direct, cameo_keys, cameo_values, cameo_direct, max_day, prefix, state, slow_start, slow_end,
          slow_line, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok, o_i, o_i_ok, id_off, id_data, views,
          vbase):  # pragma: no cover
    """Tokenize the lines of buf[start:stop] into two sets of column buffers; return (next start, line).

    Per line: the field count comes from a population count of the delimiter bitmap (a line with
    the wrong count is SLOW at once); the field starts are read off the set bits into `fs`; then
    every field the layout names is handled by index (`layout`: see `gdelt_fast.Layout.kernel`),
    the text fields written as views into the input. Set 0 takes the rows of one month
    (`state[2]`; -1 = the first good row's), set 1 the others, so that most rows are written as
    they are, without a reordering copy. `state[0]`/`state[1]` count the rows of each set and
    `state[3]` the SLOW lines (start, end, line number), which a row leaves behind without cost:
    its values are overwritten by the next row. Scanning stops at `stop`, or early when a set or
    the slow arrays are full (the caller then resumes with room).
    """
    cap = o_id.shape[1]
    slow_cap = slow_start.shape[0]
    nval = layout.shape[0] - P_VALIDATE
    i = start
    line_no = first_line
    while i < stop and state[0] < cap and state[1] < cap and state[3] < slow_cap:
        s = i
        line_no += 1
        if buf[i] == 10:  # empty line: the reference reader skips it too
            i += 1
            continue
        rel = s - base
        k0 = rel >> 6
        lowmask = _FULL << np.uint64(rel & 63)
        bw = k0
        x = masks[M_NEWLINE, bw] & lowmask
        while x == 0:
            bw += 1
            x = masks[M_NEWLINE, bw]
        end = base + bw * 64 + np.int64(_cttz(x))  # this line's newline (or the end of the chunk)
        i = end + 1
        e = end - 1 if end > s and buf[end - 1] == 13 else end  # CRLF (or a stray CR) ends before the CR
        # Fields = delimiters in [s, end] (the newline included). Their starts are written a word
        # at a time, 16 per word whatever it holds (the extra entries are overwritten by the next
        # word's): a loop over the set bits that moved to the next word when one ran out
        # mispredicted at every word, and cost 6 % more of the kernel.
        k1 = (end - base) >> 6
        top = (end - base) & 63
        fs[0] = s
        f = 1
        for k in range(k0, k1 + 1):
            w = masks[M_DELIM, k]
            if k == k0:
                w &= lowmask
            if k == k1 and top < 63:
                w &= (np.uint64(1) << np.uint64(top + 1)) - np.uint64(1)
            cnt = np.int64(_popcount(w))
            if f + cnt <= nmax + 1:  # else the line has too many fields (SLOW): nothing to write
                wb = base + k * 64 + 1
                for j in range(16):
                    fs[f + j] = wb + np.int64(_cttz(w))
                    w &= w - np.uint64(1)
                for j in range(16, cnt):
                    fs[f + j] = wb + np.int64(_cttz(w))
                    w &= w - np.uint64(1)
            f += cnt
        nf = f - 1
        ok = nmin <= nf <= nmax
        if ok:
            fs[nf] = e + 1  # the last field ends at e
            for t in range(nval):
                code = layout[P_VALIDATE + t]
                f = code >> 2
                fa, fz = fs[f], fs[f + 1] - 1  # stale entries if f >= nf: then not checked below
                if fz - fa == 1 and np.uint8(buf[fa] - 48) < 10:  # one digit (flags, geography types)
                    continue
                if f < nf and not _plain(masks, base, fa, fz, code & 3) and not _valid(buf, fa, fz, code & 3):
                    ok = False
                    break
        if ok and _any_bit(masks, M_HIGH, rel, end - base):
            ok = _utf8_ok(buf, s, e)
        st = -1
        if ok:
            st = _handle(buf, fs, nf, layout, country_keys, country_values, country_direct, cameo_keys, cameo_values,
                         cameo_direct, max_day, state, o_id, o_day, o_ym, o_iso, o_cameo, o_f, o_f_ok, o_i, o_i_ok,
                         views, vbase)  # fmt: skip
        if st >= 0:
            r = state[st]
            a, z = _field(fs, layout, P_ID)
            _put_id(id_off, id_data, st, r, prefix, prefix.shape[0] - 16, o_id[st, r], buf, a, z,  # padded: `scan`
                    _decimal(buf, masks, base, a, z))
            state[st] = r + 1
        else:
            k = state[3]
            slow_start[k] = s
            slow_end[k] = e
            slow_line[k] = line_no
            state[3] = k + 1
    return min(i, stop), line_no
