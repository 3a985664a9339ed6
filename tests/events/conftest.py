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
