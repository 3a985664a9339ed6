"""scan_events() unions the Parquet store with events extracted from documents (knowledge base doc_events)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from bilateral.events.load import load_files
from bilateral.events.schemas import CANONICAL_COLUMNS
from bilateral.events.series import dyad_series
from bilateral.events.store import scan_events
from bilateral.paths import db_path


@pytest.fixture
def kb_with_doc_events(tmp_home: Path) -> Path:
    """A knowledge base built with the store's own migrations, holding two document events."""
    from bilateral.store.schema import MIGRATIONS

    path = db_path()
    con = duckdb.connect(str(path))
    for _, sql in MIGRATIONS:
        con.execute(sql)
    rows = [
        ("doc1:e1", "doc1", date(2019, 10, 3), 2019, 10, "day", "USA", "PRK", "CONSULT", "verbal_coop", 120, 168,
         "the two leaders met in Stockholm"),
        ("doc1:e2", "doc1", date(2019, 10, 9), 2019, 10, "day", "PRK", "USA", "THREATEN", "verbal_conflict", 300,
         340, "Pyongyang warned Washington"),
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO doc_events (event_id, doc_id, date, year, month, date_precision, actor1_iso3, actor2_iso3,"
        " plover, quad, span_start, span_end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    con.close()
    return path


def test_scan_events_includes_document_events(kb_with_doc_events: Path, gdelt2_file: Path) -> None:
    load_files([gdelt2_file], "gdelt2")
    lf = scan_events()
    assert isinstance(lf, pl.LazyFrame)
    df = lf.collect()
    assert df.columns == CANONICAL_COLUMNS
    docs = df.filter(pl.col("source") == "document").sort("event_id")
    assert docs["event_id"].to_list() == ["doc1:e1", "doc1:e2"]
    assert docs["source_ref"].to_list() == ["doc1", "doc1"]
    assert docs["span_start"].to_list() == [120, 300] and docs["evidence"][0].startswith("the two leaders")
    assert df.height == 2111 + 2
    assert scan_events(include_documents=False).collect().height == 2111


def test_series_counts_document_events(kb_with_doc_events: Path, gdelt2_file: Path) -> None:
    load_files([gdelt2_file], "gdelt2")
    with_docs = dyad_series("USA", "PRK", "month")
    without = dyad_series("USA", "PRK", "month", include_documents=False)
    assert with_docs["events"].sum() == without["events"].sum() + 2
    only_docs = dyad_series("USA", "PRK", "month", sources=["document"])
    assert only_docs["n_consult"].sum() == 1 and only_docs["n_threaten"].sum() == 1


def test_empty_store_scans_to_an_empty_frame(tmp_home: Path) -> None:
    df = scan_events().collect()
    assert df.height == 0 and df.columns == CANONICAL_COLUMNS
    assert dyad_series("USA", "CHN", "year").height == 0
