"""The bitmap duplicate finder of fast-path loads agrees with sorting, on dense and sparse ids."""

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
