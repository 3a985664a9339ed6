"""The knowledge base's reference tables held in memory, for assembling many profiles fast.

Why: a profile needs about a dozen small lookups per pair (facts, border, shared memberships,
trade partners, indicators). Asked of DuckDB one pair at a time that is ~20 ms of query overhead;
`bilateral profile --all` renders ~18,700 pairs, so the tables are read once in bulk and every
pair is answered from dicts. Single-pair callers load only the two states (plus the small
`countries` table, needed for partner names). Rows are the same plain dicts `store.queries`
returns, so the comparison helpers of `profile.compare` work on them unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from bilateral.profile import compare as cmp
from bilateral.store import queries


def _where(iso3s: list[str] | None, col: str = "iso3") -> tuple[str, list[Any]]:
    if iso3s is None:
        return "", []
    return f"WHERE {col} IN (SELECT unnest(?))", [iso3s]


@dataclass
class KB:
    """Reference tables keyed for per-pair lookups (see the module docstring)."""

    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    memberships: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    borders: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    trade: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    doc_pairs: set[frozenset[str]] = field(default_factory=set)  # pairs with any document-derived rows

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, iso3s: list[str] | None = None) -> KB:
        """Read the reference tables (all states, or only `iso3s`) in a handful of queries."""
        kb = cls()
        kb.countries = {r["iso3"]: r for r in queries._rows(con, "SELECT * FROM countries")}
        where, params = _where(iso3s)
        facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in queries._rows(con, f"SELECT * FROM facts {where}", params):
            facts[r["iso3"]].append(r)
        kb.facts = dict(facts)
        mem: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in queries._rows(con, f"SELECT * FROM memberships {where} ORDER BY org", params):
            mem[r["iso3"]].append(r)
        kb.memberships = dict(mem)
        bwhere, bparams = ("WHERE iso3 IN (SELECT unnest(?)) OR neighbour_iso3 IN (SELECT unnest(?))",
                           [iso3s, iso3s]) if iso3s is not None else ("", [])
        for r in queries._rows(con, f"SELECT * FROM borders {bwhere}", bparams):
            kb.borders.setdefault((r["iso3"], r["neighbour_iso3"]), r)
        trade: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in queries._rows(
            con, f"SELECT * FROM trade_partners {where} ORDER BY share DESC NULLS LAST", params
        ):
            if r["partner_name"] is not None:  # older knowledge bases hold "not reported" as a nameless row
                trade[(r["iso3"], r["direction"])].append(r)
        kb.trade = dict(trade)
        kb.organisations = dict(con.execute("SELECT code, name FROM organisations").fetchall())
        kb.indicators = queries._rows(con, f"""
            SELECT * FROM indicators {where}
            QUALIFY row_number() OVER (PARTITION BY iso3, indicator ORDER BY year DESC, fetched_at DESC) = 1""",
            params)
        kb.doc_pairs = _doc_pairs(con)
        return kb

    # -- the same answers as `store.queries`, from memory -------------------------------------
    def country(self, iso3: str) -> dict[str, Any] | None:
        return self.countries.get(iso3)

    def border(self, a: str, b: str) -> dict[str, Any] | None:
        return self.borders.get((a, b)) or self.borders.get((b, a))

    def trade_partners(self, iso3: str, direction: str) -> list[dict[str, Any]]:
        return self.trade.get((iso3, direction), [])

    def shared_memberships(self, a: str, b: str) -> list[dict[str, Any]]:
        """Organisations both belong to as full current members (as `queries.shared_memberships`)."""
        def full(iso3: str) -> dict[str, dict[str, Any]]:
            out: dict[str, dict[str, Any]] = {}
            for r in sorted(self.memberships.get(iso3, []), key=lambda r: (r["start_date"] is None, r["start_date"])):
                if r["status"] is None and r["end_date"] is None:
                    out.setdefault(r["org"], r)
            return out

        ma, mb = full(a), full(b)
        return [
            {"code": org, "name": self.organisations.get(org), "source_a": ma[org]["source"],
             "source_b": mb[org]["source"], "start_a": ma[org]["start_date"], "start_b": mb[org]["start_date"]}
            for org in sorted(set(ma) & set(mb))
        ]

    def indicator_rows(self, iso3s: list[str], names: list[str]) -> list[dict[str, Any]]:
        return [r for r in self.indicators if r["iso3"] in iso3s and r["indicator"] in names]

    def has_documents(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.doc_pairs

    def compare(self, a: str, b: str) -> cmp.Comparison:
        """`profile.compare.compare` from memory (the same `compare_rows`; a test holds the two equal)."""
        ca = self.country(a) or {"iso3": a, "name": a}
        cb = self.country(b) or {"iso3": b, "name": b}
        ind = self.indicator_rows([a, b], cmp.indicator_names(a, b))
        return cmp.compare_rows(ca, cb, self.facts.get(a, []), self.facts.get(b, []), ind)


def _doc_pairs(con: duckdb.DuckDBPyConnection) -> set[frozenset[str]]:
    """Pairs that have documents or missions: only those need the per-pair document queries."""
    rows = con.execute("""
        SELECT pair_a, pair_b FROM documents WHERE pair_a IS NOT NULL AND pair_b IS NOT NULL
        UNION SELECT sender, receiver FROM missions WHERE receiver IS NOT NULL""").fetchall()
    return {frozenset(r) for r in rows}


_CACHE: dict[str, tuple[tuple[int, int], KB]] = {}


def _db_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return Path(row[0]) if row and row[0] else None


def cached_kb(con: duckdb.DuckDBPyConnection) -> KB:
    """All reference tables of the knowledge base `con` reads, loaded once per process.

    The cache is keyed by the file's path, size and modification time, so a rebuild or an ingest
    (which rewrites the file) is seen by the next call; in-memory databases are never cached.
    """
    path = _db_file(con)
    if path is None or not path.is_file():
        return KB.load(con)
    st = path.stat()
    stamp = (st.st_mtime_ns, st.st_size)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        stamp = (max(stamp[0], wal.stat().st_mtime_ns), stamp[1] + wal.stat().st_size)
    hit = _CACHE.get(str(path))
    if hit and hit[0] == stamp:
        return hit[1]
    kb = KB.load(con)
    _CACHE[str(path)] = (stamp, kb)
    return kb
