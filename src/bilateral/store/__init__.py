"""The DuckDB knowledge base: one file, built from the installed packages on first use.

`connect()` opens it (building and migrating as needed); `transaction()` wraps writes so that
they all land or none do; `queries` holds the reads the rest of the library shares.
"""

from bilateral.store.build import BuildReport, build_database
from bilateral.store.connection import connect, reading, transaction
from bilateral.store.schema import SCHEMA_VERSION

__all__ = ["BuildReport", "SCHEMA_VERSION", "build_database", "connect", "reading", "transaction"]
