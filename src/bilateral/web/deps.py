"""Per-request resources of the web app: a read-only knowledge base connection, resolved countries.

Every request opens its own read-only connection (DuckDB allows many readers) and closes it when
the response is done, so the app never holds a lock that would block `bilateral ingest`. The
reference tables themselves are cached per process by `profile.kb.cached_kb`, keyed on the
file's modification time, so an ingest is visible on the next request.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb

from bilateral.errors import BilateralError


class BadParameterError(BilateralError):
    """Parameters that are each valid but not together (from after to, the same state twice)."""

    http_status = 422


def connection(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    from bilateral.store import connect

    con = connect(read_only=True, path=path)
    try:
        yield con
    finally:
        con.close()


def resolve_pair(a: str, b: str) -> tuple[str, str]:
    """ISO alpha-3 codes of two path parameters; unknown names raise 404 with suggestions."""
    from bilateral.countries import resolve

    ca, cb = resolve(a), resolve(b)
    if ca.iso3 == cb.iso3:
        raise BadParameterError(f"{a!r} and {b!r} are the same country ({ca.name}); give two different states")
    return ca.iso3, cb.iso3
