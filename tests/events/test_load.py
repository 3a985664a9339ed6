"""Loading the real GDELT 1.0/2.0, ICEWS and mentions samples into the Parquet store."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from bilateral.events import cameo
from bilateral.events.countrycodes import cameo_country_iso3
from bilateral.events.load import load_files
from bilateral.events.store import events_dir, read_manifest, read_quarantine, scan_events


def _raw(path: Path) -> list[list[str]]:
    return [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()]


def test_gdelt2_sample_loads_every_row_with_mapped_fields(loaded_home: Path, gdelt2_file: Path) -> None:
    raw = {f"gdelt2:{r[0]}": r for r in _raw(gdelt2_file)}
    df = scan_events(sources=["gdelt2"], include_documents=False).collect()
    assert df.height == len(raw) == 2111
    for row in df.iter_rows(named=True):
        r = raw[row["event_id"]]
        assert row["date"].strftime("%Y%m%d") == r[1]
        assert (row["year"], row["month"]) == (int(r[1][:4]), int(r[1][4:6]))
        assert row["cameo_code"] == r[26] and row["cameo_root"] == r[28]
        assert row["goldstein"] == float(r[30]) == cameo.goldstein(r[26], "gdelt")
        assert row["goldstein_table"] == "gdelt"
        assert row["actor1_iso3"] == cameo_country_iso3(r[7])
        assert row["actor2_iso3"] == cameo_country_iso3(r[17])
        assert row["num_mentions"] == int(r[31]) and row["source_url"] == r[60]
        assert row["is_statement"] == (r[28] in ("01", "02"))
        mapped = cameo.cameo_to_plover(r[26])
        assert (row["plover"], row["quad"]) == ((mapped[0], mapped[2]) if mapped else (None, "neutral"))
        assert row["source_ref"] == gdelt2_file.name


def test_statements_are_kept_and_flagged(loaded_home: Path, gdelt2_file: Path) -> None:
    raw_statements = sum(1 for r in _raw(gdelt2_file) if r[28] in ("01", "02"))
    df = scan_events(sources=["gdelt2"], include_documents=False).collect()
    assert raw_statements > 0
    assert df.filter(pl.col("is_statement")).height == raw_statements
    assert df.filter(pl.col("is_statement"))["quad"].unique().to_list() == ["neutral"]


def test_gdelt_quad_class_agrees_with_plover_quads_where_the_books_agree(loaded_home: Path,
                                                                         gdelt2_file: Path) -> None:  # fmt: skip
    # GDELT's QuadClass is by CAMEO root; PLOVER moves a few codes (e.g. 09 investigate -> ACCUSE).
    names = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
    quads = dict(scan_events(sources=["gdelt2"]).select("event_id", "quad").collect().iter_rows())
    agree = sum(1 for r in _raw(gdelt2_file) if quads[f"gdelt2:{r[0]}"] == names[int(r[29])])
    non_statement = sum(1 for r in _raw(gdelt2_file) if r[28] not in ("01", "02"))
    assert agree >= 0.9 * non_statement


def test_gdelt1_sample_reads_both_57_and_58_field_layouts(loaded_home: Path, gdelt1_file: Path) -> None:
    df = scan_events(sources=["gdelt1"], include_documents=False).collect()
    assert df.height == 710
    assert df.filter(pl.col("source_url").is_null()).height == 201
    assert df.filter(pl.col("year") == 1982).height == 201
    raw = {f"gdelt1:{r[0]}": r for r in _raw(gdelt1_file)}
    for row in df.iter_rows(named=True):
        assert row["goldstein"] == cameo.goldstein(raw[row["event_id"]][26], "gdelt")


def test_icews_sample_uses_the_icews_goldstein_table(loaded_home: Path, icews_file: Path) -> None:
    with icews_file.open(encoding="utf-8") as f:
        rows = {f"icews:{r['Event ID']}": r for r in csv.DictReader(f, delimiter="\t")}
    df = scan_events(sources=["icews"], include_documents=False).collect()
    assert df.height == len(rows) == 3705
    assert set(df["goldstein_table"]) == {"icews"}
    differs = 0
    for row in df.iter_rows(named=True):
        r = rows[row["event_id"]]
        assert row["goldstein"] == float(r["Intensity"]) == cameo.goldstein(r["CAMEO Code"], "icews")
        differs += cameo.goldstein(r["CAMEO Code"], "gdelt") != row["goldstein"]
        assert row["actor1_name"] == r["Source Name"]
        assert str(row["date"]) == r["Event Date"]
    assert differs == 24  # README: ICEWS's table differs from GDELT's on 24 rows of this sample
    assert df.filter(pl.col("actor1_iso3").is_null() & (pl.col("actor1_name") != "")).height < 0.05 * df.height


def test_store_is_partitioned_by_year_and_month(loaded_home: Path) -> None:
    parts = {(p.parent.parent.name, p.parent.name) for p in events_dir().glob("year=*/month=*/*.parquet")}
    assert ("year=2018", "month=6") in parts and ("year=2019", "month=10") in parts
    assert ("year=1982", "month=1") in parts


def test_rerunning_a_load_adds_nothing(tmp_home: Path, gdelt2_file: Path, tmp_path: Path) -> None:
    first = load_files([gdelt2_file], "gdelt2")
    assert (first.rows_read, first.rows_loaded, first.rows_quarantined) == (2111, 2111, 0)
    files_before = sorted(events_dir().rglob("*.parquet"))
    again = load_files([gdelt2_file], "gdelt2")
    assert again.rows_loaded == 0 and again.files[0].status.startswith("skipped")
    copy = tmp_path / "renamed.CSV"  # same bytes under another name: still the same file
    copy.write_bytes(gdelt2_file.read_bytes())
    assert load_files([copy], "gdelt2").rows_loaded == 0
    assert sorted(events_dir().rglob("*.parquet")) == files_before
    assert scan_events().collect().height == 2111
    assert len(read_manifest()) == 1


def test_mentions_load_into_their_own_table(tmp_home: Path, events_data: Path) -> None:
    report = load_files([events_data / "gdelt/gdeltpyr_mentionssamp.csv"], "gdelt2-mentions")
    assert report.rows_loaded == 1635 and report.rows_quarantined == 0
    m = pl.read_parquet(events_dir() / "_mentions" / "*.parquet")
    assert m.height == 1635
    assert m["event_id"].str.starts_with("gdelt2:").all()
    assert m.filter(pl.col("translation").is_not_null()).height > 0
    assert scan_events().collect().height == 0  # mentions are not events


def test_unknown_source_and_missing_file_are_user_errors(tmp_home: Path, gdelt2_file: Path) -> None:
    from bilateral.errors import BilateralError

    with pytest.raises(BilateralError, match="unknown event source"):
        load_files([gdelt2_file], "acled")
    with pytest.raises(BilateralError, match="no such file"):
        load_files([gdelt2_file.parent / "nope.CSV"], "gdelt2")
    assert read_quarantine().height == 0
