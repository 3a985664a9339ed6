"""Malformed input is counted, quarantined with a reason, and never half-loaded."""

from __future__ import annotations

import os
import zipfile
from datetime import date, timedelta
from pathlib import Path

import duckdb
import polars as pl
import pytest

from bilateral.events.load import load_files
from bilateral.events.schemas import POLECAT_EVENTS
from bilateral.events.store import events_dir, read_manifest, read_quarantine, scan_events, stored_events_sql


def _with(fields: list[bytes], **changes: bytes) -> bytes:
    f = list(fields)
    for idx, value in changes.items():
        f[int(idx[1:])] = value
    return b"\t".join(f)


@pytest.fixture
def bad_file(tmp_path: Path, gdelt2_file: Path) -> Path:
    """Ten real rows, then one of each defect (each with a fresh event id)."""
    lines = gdelt2_file.read_bytes().split(b"\n")[:10]
    base = lines[1].split(b"\t")
    future = (date.today() + timedelta(days=400)).strftime("%Y%m%d").encode()
    defects = [
        lines[0],  # duplicate event id
        _with(base, f0=b"900000001", f1=b"19790000"),  # invalid date
        _with(base, f0=b"900000002", f1=future),  # date in the future
        b"\t".join(_with(base, f0=b"900000003").split(b"\t")[:40]),  # wrong column count
        _with(base, f0=b"900000004", f6=b"CAF\xe9 CR\xe8ME"),  # not UTF-8
        _with(base, f0=b"900000005", f26=b"999"),  # unknown CAMEO code
    ]
    path = tmp_path / "20191024143000.export.CSV"
    path.write_bytes(b"\n".join(lines + defects) + b"\n")
    return path


def test_each_defect_is_quarantined_with_its_reason(tmp_home: Path, bad_file: Path) -> None:
    report = load_files([bad_file], "gdelt2")
    assert (report.rows_read, report.rows_loaded, report.rows_quarantined) == (16, 10, 6)
    assert report.reasons == {
        "duplicate event id": 1, "invalid date": 1, "date in the future": 1, "wrong column count": 1,
        "not UTF-8": 1, "unknown event code": 1,
    }  # fmt: skip
    q = read_quarantine()
    assert q.height == 6 and set(q["source_ref"]) == {bad_file.name}
    wrong = q.filter(pl.col("reason") == "wrong column count").row(0, named=True)
    assert wrong["raw"].startswith("900000003\t") and "Found: 40" in wrong["detail"]
    ids = set(scan_events().collect()["event_id"])
    assert len(ids) == 10 and not any(i.startswith("gdelt2:9000000") for i in ids)


def test_store_stays_consistent_and_rerun_adds_nothing(tmp_home: Path, bad_file: Path, gdelt2_file: Path) -> None:
    load_files([bad_file], "gdelt2")
    before = scan_events().collect().height
    again = load_files([bad_file], "gdelt2")
    assert again.rows_loaded == 0 and again.rows_quarantined == 0
    assert scan_events().collect().height == before and read_quarantine().height == 6
    # The full sample shares ten event ids with the bad file: those are refused as already stored.
    full = load_files([gdelt2_file], "gdelt2")
    assert full.rows_loaded == 2101 and full.reasons == {"duplicate event id (already in store)": 10}
    events = scan_events().collect()
    assert events.height == 2111 and events["event_id"].n_unique() == 2111


def test_truncated_zip_is_quarantined_whole(tmp_home: Path, gdelt2_file: Path, tmp_path: Path) -> None:
    good = tmp_path / "20191024143000.export.CSV.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(gdelt2_file, gdelt2_file.name)
    truncated = tmp_path / "20191024144500.export.CSV.zip"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    report = load_files([truncated], "gdelt2")
    assert report.files[0].status == "quarantined" and report.rows_loaded == 0
    assert "truncated or corrupt zip" in report.reasons
    assert not any(events_dir().glob("year=*/month=*/*.parquet"))
    assert read_quarantine()["reason"].to_list() == ["bad file"]
    ok = load_files([good], "gdelt2")  # the intact zip of the same data loads in full
    assert ok.rows_loaded == 2111
    assert {e.name for e in read_manifest().values()} == {truncated.name, good.name}


def test_polecat_weekly_file(tmp_home: Path, tmp_path: Path) -> None:
    header = "\t".join(c for c, _ in POLECAT_EVENTS)

    def row(eid: str, day: str, etype: str, mode: str, a: str, r: str) -> str:
        values = dict.fromkeys((c for c, _ in POLECAT_EVENTS), "")
        values.update({"Event ID": eid, "Event Date": day, "Event Type": etype, "Event Mode": mode,
                       "Actor Country": a, "Recipient Country": r, "Actor Name": a + " gov",
                       "Recipient Name": r + " gov"})  # fmt: skip
        return "\t".join(values[c] for c, _ in POLECAT_EVENTS)

    path = tmp_path / "ngec_coded_events_20230102.txt"
    path.write_text("\n".join([header, row("p1", "2023-01-02", "CONSULT", "visit", "BLR", "RUS"),
                               row("p2", "2023-01-03", "assault", "", "RUS", "UKR"),
                               row("p3", "2023-01-04", "DEMAND", "", "UKR", "RUS"),
                               row("p4", "2023-01-04", "TELEPORT", "", "UKR", "RUS")]) + "\n")  # fmt: skip
    report = load_files([path], "polecat")
    assert (report.rows_loaded, report.rows_quarantined) == (3, 1)
    df = scan_events().sort("event_id").collect()
    assert df["plover"].to_list() == ["CONSULT", "ASSAULT", "REQUEST"]
    assert df["quad"].to_list() == ["verbal_coop", "material_conflict", "verbal_conflict"]
    assert df["plover_mode"].to_list()[0] == "visit"
    assert df["actor1_iso3"].to_list() == ["BLR", "RUS", "UKR"]
    assert set(df["goldstein_table"]) == {"none"}
    assert df["is_statement"].to_list() == [False] * 3 and df["cameo_root"].null_count() == 3
    # The DuckDB reader derives the same canonical columns as the Polars one.
    assert duckdb.sql(f"SELECT * FROM {stored_events_sql()} ORDER BY event_id").fetchall() == df.rows()


@pytest.mark.parametrize("content,message", [(b"", "file is empty"), (b"\x00\x01\x02binary", "binary content")])
def test_empty_or_binary_file_is_a_user_error(tmp_home: Path, tmp_path: Path, content: bytes, message: str) -> None:
    from bilateral.errors import InputFileError

    path = tmp_path / "20191024143000.export.CSV"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        load_files([path], "gdelt2")
    assert read_manifest() == {} and scan_events().collect().height == 0


@pytest.mark.parametrize("hard", ["same", "higher"])
def test_more_inputs_than_file_descriptors_still_load(tmp_path: Path, gdelt2_file: Path, hard: str) -> None:
    """Each mapped input holds a descriptor: the soft limit is raised to the hard one, or the call loads in batches."""
    import json
    import resource
    import subprocess
    import sys

    rows = [r for r in gdelt2_file.read_bytes().split(b"\n") if r][:250]
    inputs = tmp_path / "in"
    inputs.mkdir()
    for k, row in enumerate(rows):  # more inputs than descriptors: one row each, fresh ids
        (inputs / f"{k:03d}.export.CSV").write_bytes(b"\t".join([str(700_000_000 + k).encode(), *row.split(b"\t")[1:]])
                                                     + b"\n")  # fmt: skip
    limit = 200  # a budget of 200 - 128 = 72 inputs per batch
    top = limit if hard == "same" else resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    code = (
        "import json, resource; from pathlib import Path; from bilateral.events.load import load_files;"
        "from bilateral.events.store import read_manifest;"
        f"r = load_files(sorted(Path({str(inputs)!r}).glob('*.CSV')), 'gdelt2');"
        "print(json.dumps([r.rows_loaded, r.rows_quarantined, len({e.batch for e in read_manifest().values()}),"
        " resource.getrlimit(resource.RLIMIT_NOFILE)[0]]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False,
        env={**os.environ, "BILATERAL_HOME": str(tmp_path / "home")},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit, top)),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    loaded, refused, batches, soft = json.loads(out.stdout.strip().splitlines()[-1])
    assert (loaded, refused) == (250, 0)
    assert (batches, soft) == ((4, limit) if hard == "same" else (1, top))
