"""A freshly built, empty knowledge base per test, copied from one built once per worker (a build
takes seconds; a copy milliseconds)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def empty_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bilateral.store import build_database

    path = tmp_path_factory.mktemp("empty-kb") / "bilateral.duckdb"
    build_database(path)
    return path


@pytest.fixture
def kb(tmp_home: Path, empty_kb: Path) -> Path:
    """The knowledge base of `tmp_home`: empty (reference tables only), private to the test."""
    path = tmp_home / "bilateral.duckdb"
    shutil.copyfile(empty_kb, path)
    return path
