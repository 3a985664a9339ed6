"""The fast path's word-at-a-time parsers agree with its byte-loop parsers; its string views read back exactly.

`gdelt_swar` (SWAR numbers and codes) and `gdelt_scan._plain` (numeric form from the bitmaps)
are shortcuts: each must give exactly the result of the loop parser it stands in for, or defer to
it. Random fields over an alphabet of digits, signs, dots, spaces, letters and tabs, plus the
edge cases, are checked both with bytes after the field (the 8-byte load path) and at the very
end of the buffer (the fallback path).
"""

from __future__ import annotations

import math
import random

import numpy as np
import pyarrow as pa
import pytest
from numba import njit

from bilateral.events import gdelt_emit, gdelt_parse, gdelt_scan, gdelt_split, gdelt_swar

EDGE = ["", "0", "-0", "5", "13", "-4.0", "10.0", "-8.63", ".5", "-.5", "5.", ".", "-", "--5", "5-", "12345678",
        "123456789", "-1234567", "-12345678", "1.2345678", "12345.678", "00012", "1.2.3", "  5", "5 ", "+5", "1e5",
        "USA", "0231", "usa", "A B", "ÉU", "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999",
        "999999999", "-999999999", "1234567890123456789", "0.00000001", "1000000000", "20190121150000",
        "0000000000000001", "9999999999999999", "999999999999999", "1000000000000000", "12345678901234x6",
        "-1234567890", "-1.26849293436854", "0.63492063492064", "12345678.9", "1234567.123456789",
        "9.007199254740993", "9.007199254740991", "-0.00000000000000", "1.0000000000000000", "+1.2345678901",
        "1.23456789012345e", "1.2345678.9012345", "-12.3456789012345", "123.45678901234567"]  # fmt: skip


def _fields(n: int = 6000) -> list[str]:
    rng = random.Random(7)
    alphabet = "0123456789" * 3 + ".-+ eEaZ\t"
    fields = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 11))) for _ in range(n)]
    longer = ["".join(rng.choice("0123456789" * 20 + "-. a") for _ in range(rng.randint(9, 17))) for _ in range(n // 3)]
    # Decimals as GDELT prints the tone (up to 17 digits), some with a stray character.
    decimals = [rng.choice(["", "-"]) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 8))) + "."
                + "".join(rng.choice("0123456789" * 15 + "-.a") for _ in range(rng.randint(0, 17)))
                for _ in range(n // 3)]  # fmt: skip
    return EDGE + fields + longer + decimals


@njit(cache=False)
def _both(buf, a, z):  # pragma: no cover - compiled
    return (gdelt_swar.small_int(buf, a, z, 2147483647) if z - a < 9 else gdelt_swar.digits_int(buf, a, z, 10**15),
            gdelt_parse._parse_int(buf, a, z, 2147483647 if z - a < 9 else 10**15),
            gdelt_swar.small_double(buf, a, z), gdelt_parse._parse_double(buf, a, z),
            gdelt_swar.small_key(buf, a, z), gdelt_parse._key(buf, a, z))  # fmt: skip


def _same_double(x: tuple[int, float], y: tuple[int, float]) -> bool:
    return x[0] == y[0] and (x[1] == y[1] or math.isnan(x[1]) and math.isnan(y[1])) and (
        math.copysign(1, x[1]) == math.copysign(1, y[1]))  # fmt: skip


@pytest.mark.parametrize("after", ["", "\t", "\tXXXXXXXXXXXXXXXX"], ids=["end", "tab", "more"])
def test_swar_parsers_match_the_loop_parsers(after: str) -> None:
    checked = 0
    for field in _fields():
        data = (field + after).encode()
        buf = np.frombuffer(data, np.uint8)
        z = len(field.encode())
        si, pi, sd, pd, sk, pk = _both(buf, 0, z)
        assert si == pi and _same_double(sd, pd) and sk == pk, (field, after, (si, pi, sd, pd, sk, pk))
        checked += 1
    assert checked > 6000


@njit(cache=False)
def _plain_and_valid(buf, masks, base, a, z, t):  # pragma: no cover - compiled
    return gdelt_scan._plain(masks, base, a, z, t), gdelt_parse._valid(buf, a, z, t)


def test_plain_numbers_from_bitmaps_are_a_subset_of_valid_ones() -> None:
    """`_plain` may only say yes where `_valid` does (else the fast path would keep a row DuckDB refuses)."""
    seen = {True: 0, False: 0}
    for field in _fields():
        data = ("\t" + field + "\t").encode() + b"x" * 64
        buf = np.frombuffer(data, np.uint8)
        masks = np.zeros((gdelt_split.MASKS, len(data) // 64 + 3), np.uint64)
        base = gdelt_split.bitmaps(buf, 0, len(data), masks, False)
        for t in (gdelt_parse.R_INT, gdelt_parse.R_BIGINT, gdelt_parse.R_DOUBLE):
            plain, valid = _plain_and_valid(buf, masks, base, 1, 1 + len(field.encode()), t)
            assert valid or not plain, (field, t)
            seen[plain] += 1
    assert seen[True] > 1000 and seen[False] > 1000  # both branches exercised


@pytest.mark.parametrize("after", ["", "\t", "\tXXXXXXXXXXXXXXXX"], ids=["end", "tab", "more"])
def test_string_views_read_back_as_the_field_text(after: str) -> None:
    """`_view` (text as an Arrow string view into the input) gives back each field's text exactly.

    Lengths 0-40 around the 4- and 12-byte view boundaries, multi-byte UTF-8, at the very end of the
    buffer (the byte-loop path) and with bytes after the field (the 8-byte loads), with a view base
    that is not the buffer's start.
    """
    rng = random.Random(11)
    fields = ["".join(rng.choice("abcXYZ019/:.-é") for _ in range(k)) for k in range(41) for _ in range(5)]
    for field in fields:
        head = "lead\t"
        data = (head + field + after).encode()
        buf = np.frombuffer(data, np.uint8)
        a, z = len(head.encode()), len(head.encode()) + len(field.encode())
        views = np.zeros((1, 1, 1, 2), np.uint64)
        gdelt_emit._view(views, 0, 0, 0, buf, a, z, 2)
        arr = pa.Array.from_buffers(pa.string_view(), 1, [None, pa.py_buffer(views[0, 0]), pa.py_buffer(buf[2:])])
        arr.validate(full=True)
        assert arr.to_pylist() == [field], (field, after)
        n = z - a
        if n <= 12:  # inline: the spec's zero padding after the text
            assert views[0, 0].tobytes()[4 + n :] == bytes(12 - n), (field, after)
