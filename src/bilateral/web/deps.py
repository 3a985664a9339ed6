"""Request helpers of the web app: resolving path parameters, and the 422 for bad combinations.

Database access happens in `web.cache`: a request that misses the cache opens its own read-only
connection (DuckDB allows many readers) and closes it before responding, so the app never holds
a lock that would block `bilateral ingest`.
"""

from __future__ import annotations

from bilateral.errors import BilateralError


class BadParameterError(BilateralError):
    """Parameters that are each valid but not together (from after to, the same state twice)."""

    http_status = 422


def resolve_pair(a: str, b: str) -> tuple[str, str]:
    """ISO alpha-3 codes of two path parameters; unknown names raise 404 with suggestions."""
    from bilateral.countries import resolve

    ca, cb = resolve(a), resolve(b)
    if ca.iso3 == cb.iso3:
        raise BadParameterError(f"{a!r} and {b!r} are the same country ({ca.name}); give two different states")
    return ca.iso3, cb.iso3
