"""`ingest`: read a document, extract its records, and store both in ONE transaction.

Identity is the content: `doc_id` is the sha256 of `Document.text`, so ingesting the same text
again is a no-op ("unchanged") whatever the file is called (unless `--pair` names another pair
than the one it was stored under: then it is re-extracted for that pair). A *changed* version of a document —
same `source` (path or URL), or same title and pair — replaces the old one: its rows in
`documents`, `doc_events`, `missions`, `figures`, `doc_organisations` and `doc_borders` are deleted
and the new rows inserted inside the same transaction, so the knowledge base holds the old
version or the new one, never a mix and never half of either. Reading and extraction happen
before the transaction opens, so the write lock is held only for the inserts.

Test-only hook: when the environment variable `BILATERAL_TEST_INGEST_SLEEP` is set (seconds), the
ingest prints `test-hook: inserted <table>` to stderr and sleeps after each table's insert, so a
test can kill the process in the middle of a transaction. It has no other use.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from bilateral.documents.model import Document
from bilateral.errors import BilateralError, UnknownCountryError
from bilateral.store import reading, transaction

RECORD_TABLES = ("doc_events", "missions", "figures", "doc_organisations", "doc_borders")
_TITLE_PAIR = re.compile(r"^(.+?)\s+relations\b", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_RANGE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/(\d{4})")
TEST_SLEEP_ENV = "BILATERAL_TEST_INGEST_SLEEP"


@dataclass
class IngestReport:
    """What one ingest did: `status` is new, unchanged or replaced; counts are rows per record kind."""

    doc_id: str
    status: str
    title: str
    source: str
    pair: tuple[str, str] | None
    counts: dict[str, int] = field(default_factory=dict)
    replaced: list[str] = field(default_factory=list)  # doc_ids of the versions removed
    warnings: list[str] = field(default_factory=list)


# -- pair ---------------------------------------------------------------------------------------
def _iso3(name: str) -> str | None:
    from bilateral.countries import resolve

    try:
        return resolve(name.strip()).iso3
    except UnknownCountryError:
        return None


def resolve_pair(pair: tuple[str, str] | list[str]) -> tuple[str, str]:
    """Two user inputs (names or codes) -> two different ISO alpha-3 codes, or a one-line error."""
    from bilateral.countries import resolve

    if len(pair) != 2:
        raise BilateralError(f"--pair takes two states, got {len(pair)}")
    a, b = resolve(pair[0]).iso3, resolve(pair[1]).iso3
    if a == b:
        raise BilateralError(f"--pair {pair[0]!r} {pair[1]!r}: both name the same state ({a})")
    return a, b


def pair_from_title(title: str) -> tuple[str, str] | None:
    """"X–Y relations" (en dash, em dash or hyphen) -> (X, Y) as ISO alpha-3, both names resolved.

    A hyphen may also sit inside a name ("Guinea-Bissau–Portugal"), so every split point is tried,
    dashes before hyphens, and the first split whose two halves both resolve wins.
    """
    m = _TITLE_PAIR.match(title.strip())
    if not m:
        return None
    head = m.group(1)
    cuts = [i for i, ch in enumerate(head) if ch in "–—"] + [i for i, ch in enumerate(head) if ch == "-"]
    for i in cuts:
        a, b = _iso3(head[:i]), _iso3(head[i + 1 :])
        if a and b and a != b:
            return a, b
    return None


def infer_pair(doc: Document) -> tuple[str, str] | None:
    """The pair from the title, else the extractor's guess (the two most named states)."""
    found = pair_from_title(doc.title)
    if found:
        return found
    from bilateral.extract import infer_pair as guess

    return guess(doc)


@cache
def _is_state(code: str) -> bool:
    return len(code) == 3 and code.isupper() and _iso3(code) == code


# -- records -> rows ----------------------------------------------------------------------------
def date_fields(date: str) -> dict[str, Any]:
    """Gold-schema date string -> DATE (first day of the period), precision, vague, year, month."""
    out: dict[str, Any] = {"date": None, "date_text": date or None, "date_precision": None, "year": None,
                           "month": None, "vague": False}  # fmt: skip
    m = _RANGE.match(date or "")
    if m:
        out.update(date=dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)),
                   date_precision="range", year=int(m.group(1)), vague=True)  # fmt: skip
        return out
    m = _DATE.match(date or "")
    if not m:
        return out
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        out["date"] = dt.date(y, int(mo or 1), int(d or 1))
    except ValueError:
        return out
    out.update(year=y, month=int(mo) if mo else None, date_precision="day" if d else "month" if mo else "year")
    return out


def _goldstein(cameo_root: str | None) -> float | None:
    """The GDELT Goldstein score of the event's CAMEO root code ("06" -> code "060"), if it has one."""
    if not cameo_root:
        return None
    from bilateral.events import cameo

    return cameo.goldstein(cameo_root + "0")


def event_rows(doc: Document, doc_id: str, events: list[Any]) -> list[dict[str, Any]]:
    """One `doc_events` row per extracted event (see the module docstring of `store/schema.py`)."""
    from bilateral.events import cameo

    rows, seen = [], set()
    for ev in events:
        eid = f"{doc_id[:16]}:{ev.start}-{ev.end}"
        n = 1
        while eid in seen:
            n += 1
            eid = f"{doc_id[:16]}:{ev.start}-{ev.end}:{n}"
        seen.add(eid)
        states = [a for a in ev.actors if _is_state(a)]
        sec = doc.section_of(ev.start)
        root = getattr(ev, "cameo_root", None)
        rows.append({
            "event_id": eid, "doc_id": doc_id, "source": "document", **date_fields(ev.date),
            "actor1_iso3": states[0] if states else None, "actor2_iso3": states[1] if len(states) > 1 else None,
            "actors": list(ev.actors), "actor1_code": ev.actors[0] if ev.actors else None,
            "actor2_code": ev.actors[1] if len(ev.actors) > 1 else None,
            "cameo_root": root, "is_statement": cameo.is_statement(root + "0") if root else None,
            "plover": ev.plover, "quad": ev.quad, "goldstein": _goldstein(root),
            "goldstein_table": "gdelt" if _goldstein(root) is not None else None,
            "source_ref": doc.source or None, "span_start": ev.start, "span_end": ev.end,
            "evidence": doc.text[ev.start : ev.end],
            "sentence": doc.text[ev.sentence_start : ev.sentence_end],
            "section": sec.heading if sec else None,
        })  # fmt: skip
        rows[-1]["vague"] = bool(ev.vague)  # a stated span ("from 2005 to 2010") is a range, not vague
    return rows


def record_rows(doc: Document, doc_id: str, x: Any, pair: tuple[str, str] | None) -> dict[str, list[dict]]:
    """Rows for every record table from an `Extraction`."""
    pa, pb = pair or (None, None)
    missions = []
    for m in x.missions:
        receiver = m.receiver or (next((p for p in pair if p != m.sender), None) if pair else None)
        if not m.sender or not receiver:
            continue
        missions.append({"sender": m.sender, "receiver": receiver, "city": m.city, "kind": m.kind,
                         "source": "document", "source_ref": doc.source or doc_id, "doc_id": doc_id,
                         "span_start": m.start, "span_end": m.end, "evidence": doc.text[m.start : m.end]})
    span = lambda r: {"span_start": r.start, "span_end": r.end, "evidence": doc.text[r.start : r.end]}  # noqa: E731
    base = {"doc_id": doc_id, "pair_a": pa, "pair_b": pb}
    return {
        "doc_events": event_rows(doc, doc_id, x.events),
        "missions": missions,
        "figures": [{**base, "what": f.what, "value": float(f.value), "unit": f.unit, "year": f.year, **span(f)}
                    for f in x.figures],
        "doc_organisations": [{**base, "code": o.code, "name": o.name, **span(o)} for o in x.organizations],
        "doc_borders": [{**base, "shared": x.border.shared, **span(x.border)}] if x.border else [],
    }


# -- storage ------------------------------------------------------------------------------------
def _test_pause(table: str) -> None:
    """Test-only: let a test kill the process mid-transaction (see the module docstring)."""
    secs = os.environ.get(TEST_SLEEP_ENV)
    if secs:
        print(f"test-hook: inserted {table}", file=sys.stderr, flush=True)
        time.sleep(float(secs))


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows through an Arrow table: one statement, not one per row (DuckDB's executemany is slow)."""
    if rows:
        import pyarrow as pa

        cols = list(rows[0])
        con.register("ingest_rows", pa.Table.from_pylist(rows))
        try:
            con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM ingest_rows")
        finally:
            con.unregister("ingest_rows")
    _test_pause(table)


def _counts(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", [doc_id]).fetchone()[0]
            for t in RECORD_TABLES}  # fmt: skip


def _previous_versions(con: duckdb.DuckDBPyConnection, doc: Document, doc_id: str,
                       pair: tuple[str, str] | None) -> list[str]:  # fmt: skip
    """doc_ids of other documents this one replaces: same source, or same title and pair."""
    pa, pb = pair or (None, None)
    rows = con.execute(
        """SELECT doc_id FROM documents WHERE doc_id <> ? AND (
               (coalesce(?, '') <> '' AND source = ?)
            OR (coalesce(?, '') <> '' AND title = ? AND (
                   (pair_a IS NOT DISTINCT FROM ? AND pair_b IS NOT DISTINCT FROM ?)
                OR (pair_a IS NOT DISTINCT FROM ? AND pair_b IS NOT DISTINCT FROM ?))))""",
        [doc_id, doc.source, doc.source, doc.title, doc.title, pa, pb, pb, pa],
    ).fetchall()
    return [r[0] for r in rows]


def _held_as_is(con: duckdb.DuckDBPyConnection, doc_id: str, pair: tuple[str, str] | None) -> bool:
    """True when this text is stored already — and, if the user named a pair, stored for that pair."""
    row = con.execute("SELECT pair_a, pair_b FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    if row is None:
        return False
    return pair is None or set(row) == set(pair)


def _delete(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    for table in (*RECORD_TABLES, "documents"):
        con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [doc_ids])


def ingest(path_or_doc: str | Path | Document, *, pair: tuple[str, str] | None = None,
           db: Path | None = None) -> IngestReport:  # fmt: skip
    """Read (if given a path), extract and store one document; idempotent by content hash.

    `pair` is two names or codes (resolved to ISO alpha-3); without it the pair comes from an
    "X–Y relations" title, else from the extractor's guess. Text already stored is "unchanged",
    unless `pair` names a different pair than it was stored under: then it is re-extracted for
    that pair ("replaced"). `db` overrides the knowledge base path.
    """
    if isinstance(path_or_doc, Document):
        doc = path_or_doc
    else:
        from bilateral.documents.read import read_document

        doc = read_document(path_or_doc)
    resolved = resolve_pair(pair) if pair else infer_pair(doc)
    doc_id = doc.content_hash
    report = IngestReport(doc_id, "new", doc.title, doc.source, resolved, warnings=list(doc.warnings))
    if resolved is None:
        report.warnings.append(f"{doc.source or doc.title or doc_id[:12]}: no state pair found; give --pair A B")
    with reading(db) as con:
        if _held_as_is(con, doc_id, resolved if pair else None):
            report.status = "unchanged"
            report.counts = _counts(con, doc_id)
            return report
    from bilateral.extract import extract

    extraction = extract(doc, pair=resolved)
    rows = record_rows(doc, doc_id, extraction, resolved)
    meta = {k: v for k, v in doc.meta.items() if k != "source_map"}
    with transaction(db) as con:
        if _held_as_is(con, doc_id, resolved if pair else None):
            report.status = "unchanged"  # another process stored it meanwhile
            report.counts = _counts(con, doc_id)
            return report
        old = _previous_versions(con, doc, doc_id, resolved)
        if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone():
            old.append(doc_id)  # same text, stored under another pair: re-extract for the pair given
        if old:
            _delete(con, old)
            report.status, report.replaced = "replaced", old
        _insert(con, "documents", [{
            "doc_id": doc_id, "content_hash": doc_id, "title": doc.title, "source": doc.source, "kind": doc.kind,
            "pair_a": resolved[0] if resolved else None, "pair_b": resolved[1] if resolved else None,
            "text": doc.text, "revision": doc.meta.get("revision"),
            "ingested_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
            "meta": json.dumps({**meta, "warnings": doc.warnings}, ensure_ascii=False),
        }])  # fmt: skip
        for table in RECORD_TABLES:
            _insert(con, table, rows[table])
    report.counts = {t: len(rows[t]) for t in RECORD_TABLES}
    return report
