"""bilateral.events: event datasets (GDELT 1.0/2.0, ICEWS, POLECAT, document-extracted) in one table.

Public API (stable; other packages call these):

- `load_files(paths, source) -> LoadReport` (`events.load`): raw files -> Parquet store, with quarantine.
- `scan_events(include_documents=True, sources=None, dedup=False) -> polars.LazyFrame` (`events.store`):
  every event in the canonical columns (`events.schemas.CANONICAL_COLUMNS`), the Parquet store unioned
  with the knowledge base's `doc_events`. The Parquet files hold only `schemas.STORED_COLUMNS`; read
  them through this (or `events.store.events_sql` for DuckDB SQL), which derives the rest.
- `dyad_series(a, b, freq="month"|"year", directed=False, engine="duckdb"|"spark") -> polars.DataFrame`
  (`events.series`): counts per PLOVER type and quad, Goldstein sum/mean, cooperation–conflict index.
- `fetch_gdelt(start, end, version=2) -> FetchReport` (`events.fetch`): MD5-verified downloads.
- `cameo_to_plover(code)`, `goldstein(code, table)`, `CAMEO_CODES` (`events.cameo`).

Attributes are imported lazily so that `bilateral --help` does not pay for Polars, DuckDB or Spark.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "load_files": "bilateral.events.load",
    "LoadReport": "bilateral.events.load",
    "scan_events": "bilateral.events.store",
    "dyad_series": "bilateral.events.series",
    "fetch_gdelt": "bilateral.events.fetch",
    "cameo_to_plover": "bilateral.events.cameo",
    "goldstein": "bilateral.events.cameo",
    "CAMEO_CODES": "bilateral.events.cameo",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'bilateral.events' has no attribute {name!r}")
