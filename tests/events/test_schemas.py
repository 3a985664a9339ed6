"""The product's column schemas agree with GDELT's and ICEWS's own label files and with the samples."""

from __future__ import annotations

import csv
from pathlib import Path

from bilateral.events import schemas


def _names(schema: list[tuple[str, str]]) -> list[str]:
    return [c for c, _ in schema]


def test_gdelt2_events_schema_matches_the_codebook_labels(events_data: Path) -> None:
    with (events_data / "gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert _names(schemas.GDELT2_EVENTS) == [r["tableId"] for r in rows]
    kinds = {"INTEGER": ("INTEGER", "BIGINT"), "STRING": ("VARCHAR",), "FLOAT": ("DOUBLE",)}
    for (_, ours), r in zip(schemas.GDELT2_EVENTS, rows, strict=True):
        assert ours in kinds[r["dataType"]], r["tableId"]


def test_gdelt1_events_schema_matches_the_header_row(events_data: Path) -> None:
    header = (events_data / "gdelt/GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv").read_text().split()
    assert header[0] == "tableId"
    assert _names(schemas.GDELT1_EVENTS) == header[1:]
    assert len(schemas.GDELT1_EVENTS) == 58


def test_mentions_schema_matches_the_labels(events_data: Path) -> None:
    lines = (events_data / "gdelt/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv").read_text()
    names = [ln.split("\t")[1] for ln in lines.splitlines()[1:] if ln.strip() and ln.split("\t")[0].isdigit()]
    assert _names(schemas.GDELT2_MENTIONS) == names[:16]
    sample_header = (events_data / "gdelt/gdeltpyr_mentionssamp.csv").open().readline().strip().split(",")
    assert [n.lower() for n in _names(schemas.GDELT2_MENTIONS)] == sample_header


def test_icews_schema_matches_the_sample_header(icews_file: Path) -> None:
    header = icews_file.open(encoding="utf-8").readline().rstrip("\n").split("\t")
    assert _names(schemas.ICEWS_EVENTS) == header


def test_samples_have_the_documented_field_counts(gdelt2_file: Path, gdelt1_file: Path) -> None:
    counts2 = {len(ln.split("\t")) for ln in gdelt2_file.read_text(encoding="utf-8").splitlines()}
    assert counts2 == {len(schemas.GDELT2_EVENTS)}
    counts1 = [len(ln.split("\t")) for ln in gdelt1_file.read_text(encoding="utf-8").splitlines()]
    assert set(counts1) == {57, 58}
    assert counts1.count(57) == 201


def test_canonical_columns_are_unique_and_include_provenance() -> None:
    cols = schemas.CANONICAL_COLUMNS
    assert len(cols) == len(set(cols))
    for needed in ("event_id", "source", "date", "goldstein_table", "source_ref", "span_start", "evidence"):
        assert needed in cols
    assert len(schemas.POLECAT_EVENTS) == 40
