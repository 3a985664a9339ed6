"""Fixtures for the events tests: paths of the real samples and a store loaded once per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def events_data(shared: Path) -> Path:
    return shared / "data" / "events"


@pytest.fixture(scope="session")
def gdelt2_file(events_data: Path) -> Path:
    return events_data / "gdelt" / "20191024143000.export.CSV"


@pytest.fixture(scope="session")
def gdelt1_file(events_data: Path) -> Path:
    return events_data / "gdelt" / "gdelt1_events_sample_710rows.tsv"


@pytest.fixture(scope="session")
def icews_file(events_data: Path) -> Path:
    return events_data / "icews" / "events.2018.sample.tab"


@pytest.fixture(scope="module")
def loaded_home(tmp_path_factory: pytest.TempPathFactory, gdelt2_file: Path, gdelt1_file: Path,
                icews_file: Path) -> Iterator[Path]:  # fmt: skip
    """A BILATERAL_HOME whose events store holds the three real samples (loaded once per module)."""
    from bilateral.events.load import load_files

    home = tmp_path_factory.mktemp("events-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(home))
        mp.delenv("BILATERAL_DB", raising=False)
        load_files([gdelt2_file], "gdelt2")
        load_files([gdelt1_file], "gdelt1")
        load_files([icews_file], "icews")
        yield home


@pytest.fixture(scope="session")
def fast_path_counts():
    """(rows the fast path keeps, lines it hands to the DuckDB reader, lines) for a file's bytes, in one chunk."""
    from datetime import date

    import numpy as np

    from bilateral.events import gdelt_fast
    from bilateral.events.formats import FORMATS

    def counts(data: bytes, source: str) -> tuple[int, int, int]:
        buf = np.frombuffer(data, np.uint8)
        fast = slow = 0
        lines: list[int] = []
        for p in gdelt_fast._pieces(buf, 0, len(buf), gdelt_fast.layout(FORMATS[source]), gdelt_fast.lookups(),
                                    (date.today() - date(1970, 1, 1)).days - 1,
                                    np.frombuffer(f"{source}:".encode(), np.uint8), lines):  # fmt: skip
            fast += int(p.state[0] + p.state[1])
            slow += int(p.state[3])
        return fast, slow, lines[0]

    return counts
