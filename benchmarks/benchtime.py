"""Timing helpers shared by the benchmark scripts (run as `python benchmarks/bench_*.py`)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def wall_times(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall seconds of `repeat` calls of fn, in order."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall seconds over `repeat` calls of fn."""
    return statistics.median(wall_times(fn, repeat))
