"""Fast-path shortcuts agree with sorting: the bitmap duplicate finder (dense and sparse ids), the month order."""

from __future__ import annotations

import numpy as np
import pytest

from bilateral.events.id_repeats import repeated_ids


def _by_sorting(ids: np.ndarray) -> np.ndarray:
    s = np.sort(ids)
    return np.unique(s[1:][s[1:] == s[:-1]])


@pytest.mark.parametrize("span", [1, 50, 10**6, 10**15, 2**62])
def test_repeats_match_sorting(span: int) -> None:
    rng = np.random.default_rng(span % 1000)
    for _ in range(60):
        n = int(rng.integers(0, 5000))
        ids = rng.integers(-span, span, n, dtype=np.int64)
        lo, hi = (int(ids.min()), int(ids.max())) if n else (0, 0)
        assert np.array_equal(repeated_ids(ids, lo, hi), _by_sorting(ids))


def test_gdelt_like_ids_repeated_thrice_at_the_ends() -> None:
    ids = np.arange(1_000_000_000, 1_000_200_000, dtype=np.int64)
    ids = np.concatenate([ids, ids[:2], ids[-1:], ids[-1:]])  # repeats at both ends of the range, one thrice
    got = repeated_ids(ids, int(ids.min()), int(ids.max()))
    assert got.tolist() == [1_000_000_000, 1_000_000_001, 1_000_199_999]
    assert repeated_ids(ids[:200_000], 1_000_000_000, 1_000_199_999).size == 0


@pytest.mark.parametrize("span", [50, 10**6, 2**62])
def test_pieces_match_their_concatenation(span: int) -> None:
    """Ids handed over in pieces (one per chunk): repeats within a piece and across pieces, empty pieces."""
    rng = np.random.default_rng(7)
    for _ in range(40):
        pieces = [rng.integers(-span, span, int(rng.integers(0, 800)), dtype=np.int64) for _ in range(5)]
        pieces.insert(2, np.empty(0, np.int64))
        whole = np.concatenate(pieces)
        if len(whole) < 2:
            continue
        lo, hi = int(whole.min()), int(whole.max())
        assert np.array_equal(repeated_ids(pieces, lo, hi), _by_sorting(whole))
    ids = np.arange(5_000, 9_000, dtype=np.int64)
    split = [ids[:1000], ids[1000:], ids[2500:2501], ids[-1:]]  # only the last two repeat, each across pieces
    assert repeated_ids(split, 5_000, 8_999).tolist() == [7_500, 8_999]
    assert repeated_ids([ids[:1000], ids[1000:]], 5_000, 8_999).size == 0


@pytest.mark.parametrize("lo,hi", [(180001, 202612), (100, 9_999_999)])
def test_month_order_is_numpys_stable_order(lo: int, hi: int) -> None:
    """The radix shortcut (16-bit offsets) and its fallback both give NumPy's stable order."""
    from bilateral.events.gdelt_tables import _month_order

    yms = np.random.default_rng(3).integers(lo, hi, 20_000).astype(np.int32)
    yms[:50] = yms[50]  # ties keep their order
    assert np.array_equal(_month_order(yms), np.argsort(yms, kind="stable"))
