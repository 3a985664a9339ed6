"""Shared test fixtures: where the read-only shared data lives, and an isolated bilateral home."""

from __future__ import annotations

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
