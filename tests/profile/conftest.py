"""A knowledge base built from the installed packages with the Belarus–Russia article ingested,
once per test worker; tests point BILATERAL_HOME at it (read-only use)."""

from __future__ import annotations

from pathlib import Path

import pytest


def build_kb(home: Path, shared: Path) -> Path:
    """Build the knowledge base in `home` and ingest the corpus article through the real ingest."""
    from bilateral.documents.ingest import ingest
    from bilateral.store import build_database

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(home))
        mp.delenv("BILATERAL_DB", raising=False)
        path = home / "bilateral.duckdb"
        build_database(path)
        ingest(shared / "corpus" / "belarus_russia.txt", pair=("Belarus", "Russia"), db=path)
    return path


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    return build_kb(tmp_path_factory.mktemp("kb"), shared)


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
