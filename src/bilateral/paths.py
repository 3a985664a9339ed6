"""Where bilateral keeps its files.

Everything lives under one user data directory (platformdirs), overridable with
`BILATERAL_HOME`; the knowledge base file itself can be pointed elsewhere with `BILATERAL_DB`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The root of bilateral's data: knowledge base, caches, event Parquet store."""
    root = os.environ.get("BILATERAL_HOME")
    path = Path(root) if root else Path(platformdirs.user_data_dir("bilateral", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path() -> Path:
    """The DuckDB knowledge base file (`BILATERAL_DB` overrides)."""
    env = os.environ.get("BILATERAL_DB")
    if env:
        return Path(env)
    return data_dir() / "bilateral.duckdb"


def cache_dir(name: str) -> Path:
    """A per-source download cache, e.g. `cache_dir("gdelt")`."""
    path = data_dir() / "cache" / name
    path.mkdir(parents=True, exist_ok=True)
    return path
