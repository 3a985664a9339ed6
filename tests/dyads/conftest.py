"""Fixtures for the dyads tests: loaders read peacesciencer's shared files unless a test says otherwise."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from bilateral.dyads.sources import set_data_dir


@pytest.fixture(scope="session")
def dyad_dir(shared: Path) -> Path:
    return shared / "data" / "dyads"


@pytest.fixture(autouse=True)
def _use_shared_dyads(dyad_dir: Path):
    set_data_dir(dyad_dir)
    yield
    set_data_dir(None)


@pytest.fixture(scope="session")
def cow_panel(dyad_dir: Path) -> pl.DataFrame:
    """The full directed COW panel (built once per worker; verbs never mutate it)."""
    from bilateral.dyads import create_dyadyears

    set_data_dir(dyad_dir)
    return create_dyadyears("cow")
