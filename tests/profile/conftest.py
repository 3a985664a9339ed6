"""A knowledge base built from the installed packages with the Belarus–Russia article ingested,
once per test worker; tests point BILATERAL_HOME at it (read-only use)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def kb_path(ingested_kb: Path) -> Path:
    return ingested_kb


@pytest.fixture
def kb(kb_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BILATERAL_HOME", str(kb_path.parent))
    monkeypatch.delenv("BILATERAL_DB", raising=False)
    return kb_path


@pytest.fixture
def con(kb: Path):
    from bilateral.store import reading

    with reading(kb) as c:
        yield c
