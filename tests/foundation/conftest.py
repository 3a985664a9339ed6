"""A knowledge base built once per test session (per xdist worker) for read-only tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.store import build_database


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "bilateral.duckdb"
    build_database(path)
    return path


@pytest.fixture
def kb_env(built_db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point BILATERAL_DB at the session's built knowledge base (read-only use)."""
    monkeypatch.setenv("BILATERAL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BILATERAL_DB", str(built_db))
    return built_db
