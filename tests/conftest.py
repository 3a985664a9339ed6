"""Shared test fixtures: where the read-only shared data lives, and an isolated bilateral home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """`../shared` relative to the repository root (read-only real data and gold)."""
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private BILATERAL_HOME (and so a private knowledge base) for one test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("BILATERAL_HOME", str(home))
    monkeypatch.delenv("BILATERAL_DB", raising=False)
    return home


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads or writes the user's real bilateral data directory."""
    os.environ["BILATERAL_HOME"] = str(tmp_path_factory.mktemp("session-home"))
    os.environ.pop("BILATERAL_DB", None)


@pytest.fixture(scope="session")
def ingested_kb(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """A knowledge base built from the installed packages with the corpus article ingested through
    the real pipeline, once per test worker; for read-only use."""
    from bilateral.documents.ingest import ingest
    from bilateral.store import build_database

    home = tmp_path_factory.mktemp("ingested-kb")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(home))
        mp.delenv("BILATERAL_DB", raising=False)
        path = home / "bilateral.duckdb"
        build_database(path)
        ingest(shared / "corpus" / "belarus_russia.txt", pair=("Belarus", "Russia"), db=path)
    return path
