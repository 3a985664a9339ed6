"""How the GDELT kernel writes a row's text: string views into the input, and event ids printed or copied.

Split from `gdelt_scan` (which decides what a line is) because these only write: `_view` makes an
Arrow string view of a field (its text stays in the input), `_put_id` appends the canonical event
id ("gdelt2:" + the number) to the id column, copying the field when it is already canonical.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from bilateral.events.gdelt_simd import _copy16, _load8

_FULL = np.uint64(0xFFFFFFFFFFFFFFFF)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _copy(id_data, st, o, buf, a, n):  # pragma: no cover - compiled
    """Copy buf[a:a+n] to id_data[st, o:o+n], 16 bytes at a time (see `_copy16`)."""
    if a + n + 16 <= buf.shape[0]:
        flat = st * id_data.shape[1] + o  # id_data's rows have 32 bytes per row to spare
        for x in range(0, n, 16):
            _copy16(id_data, flat + x, buf, a + x)
    else:  # the file's last bytes: no 16 to read past the field
        for x in range(n):
            id_data[st, o + x] = buf[a + x]


_LOW32 = np.uint64(0xFFFFFFFF)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _low_bytes(k):  # pragma: no cover - compiled
    """A mask of the low k bytes of a word (0 <= k <= 8)."""
    return _FULL if k >= 8 else (np.uint64(1) << np.uint64(8 * k)) - np.uint64(1)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _view(views, st, c, r, buf, a, z, vbase):  # pragma: no cover - compiled
    """Write buf[a:z] as row r of text column c of set st: an Arrow string view, not a copy.

    A view is 16 bytes: the length, then the text itself if it has at most 12 bytes (zero-padded),
    else its first 4 bytes, buffer 0 and its offset from `vbase` (the chunk's first byte, where the
    Arrow array's data buffer starts). Why: copying the text fields (a URL is ~90 bytes) was a
    fifth of the kernel; a view is two stores, and the text stays where the file is mapped.
    """
    n = z - a
    if a + 16 <= buf.shape[0]:
        w0 = _load8(buf, a)
        w1 = _load8(buf, a + 8)
    else:  # the file's last bytes
        w0 = np.uint64(0)
        w1 = np.uint64(0)
        for x in range(min(n, 16)):
            b = np.uint64(buf[a + x]) << np.uint64(8 * (x & 7))
            if x < 8:
                w0 |= b
            else:
                w1 |= b
    if n <= 12:
        w0 &= _low_bytes(n)
        hi = ((w0 >> np.uint64(32)) | (w1 << np.uint64(32))) & _low_bytes(n - 4 if n > 4 else 0)
        views[st, c, r, 0] = np.uint64(n) | (w0 << np.uint64(32))
        views[st, c, r, 1] = hi
    else:
        views[st, c, r, 0] = np.uint64(n) | ((w0 & _LOW32) << np.uint64(32))
        views[st, c, r, 1] = np.uint64(a - vbase) << np.uint64(32)


@njit(nogil=True, cache=True, inline="always", error_model="numpy", _nrt=False)
def _put_id(id_off, id_data, st, r, prefix, plen, v, buf, a, z, raw):  # pragma: no cover - compiled
    """Append prefix[:plen] + decimal(v) (the canonical event id) as row r of set st's id column.

    The prefix is copied 16 bytes at a time (`prefix` holds 16 bytes past plen; what is written
    past the prefix, the id overwrites), not byte by byte: 3 % of the kernel. When the field is
    already decimal(v) (`raw`: digits only, no leading zero), its bytes are copied; otherwise the
    digits are printed.
    """
    o = id_off[st, r]
    flat = st * id_data.shape[1] + o
    for x in range(0, plen, 16):
        _copy16(id_data, flat + x, prefix, x)
    o += plen
    if raw:
        _copy(id_data, st, o, buf, a, z - a)
        id_off[st, r + 1] = o + (z - a)
        return
    if v < 0:
        id_data[st, o] = 45
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
        id_data[st, o + x] = 48 + v % 10
        v //= 10
    id_off[st, r + 1] = o + t
