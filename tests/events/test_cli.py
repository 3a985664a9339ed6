"""The events CLI: load/info/quarantine reports and `bilateral series` in every format, with charts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import polars as pl
import pytest

from bilateral.cli import main
from bilateral.events.series import SERIES_COLUMNS, dyad_series


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = 0
    try:
        main(args)
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_load_reports_counts_and_quarantine_lists_reasons(tmp_home: Path, gdelt2_file: Path, tmp_path: Path,
                                                          capsys) -> None:  # fmt: skip
    bad = tmp_path / "bad.CSV"
    bad.write_bytes(gdelt2_file.read_bytes().split(b"\n")[0][:200] + b"\n")
    code, out, _ = _run(["events", "load", str(gdelt2_file), str(bad), "--source", "gdelt2", "-f", "json"], capsys)
    assert code == 0
    rows = {r["file"]: r for r in json.loads(out)}
    assert rows[gdelt2_file.name]["loaded"] == 2111 and rows["bad.CSV"]["quarantined"] == 1
    assert rows["TOTAL"]["read"] == 2112
    code, out, _ = _run(["events", "quarantine", "-f", "csv"], capsys)
    assert list(csv.DictReader(io.StringIO(out))) == [{"source": "gdelt2", "reason": "wrong column count", "rows": "1"}]
    code, out, _ = _run(["events", "info", "-f", "json"], capsys)
    info = json.loads(out)
    assert info == [{"source": "gdelt2", "events": 2111, "first": "2018-10-24", "last": "2019-10-24", "files": 2}]


def test_load_errors_are_one_line(tmp_home: Path, capsys) -> None:
    code, _, err = _run(["events", "load", "/nonexistent.CSV", "--source", "gdelt2"], capsys)
    assert code == 2 and err.strip() == "error: /nonexistent.CSV: no such file"
    code, _, err = _run(["series", "USA", "CHN", "--freq", "week"], capsys)
    assert code == 2 and err.startswith("error:") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt", ["csv", "json", "md", "parquet"])
def test_series_formats_carry_the_same_numbers(loaded_home: Path, tmp_path: Path, capsys, fmt: str) -> None:
    want = dyad_series("USA", "PRK", "year")
    out_file = tmp_path / f"s.{fmt}"
    code, out, err = _run(["series", "USA", "PRK", "--freq", "year", "-f", fmt, "--out", str(out_file)], capsys)
    assert code == 0, err
    if fmt == "parquet":
        got = pl.read_parquet(out_file)
        assert got.equals(want)
        return
    text = out_file.read_text()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert list(rows[0]) == SERIES_COLUMNS
        assert [int(r["events"]) for r in rows] == want["events"].to_list()
    elif fmt == "json":
        assert [r["events"] for r in json.loads(text)] == want["events"].to_list()
    else:
        body = [ln for ln in text.splitlines() if ln.startswith("| ") and not ln.startswith("| period")]
        assert [int(ln.split("|")[4]) for ln in body] == want["events"].to_list()


def test_series_table_fits_the_terminal_with_headers_broken_at_words(loaded_home: Path, capsys, monkeypatch) -> None:
    """The terminal table at 80 columns: no line wider, headers wrapped at words, periods and counts whole."""
    want = dyad_series("USA", "PRK", "month")
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = _run(["series", "USA", "PRK", "--freq", "month"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert max(len(ln) for ln in lines) <= 80
    rule = next(i for i, ln in enumerate(lines) if set(ln.strip()) == {"─"})
    words = {w for ln in lines[1:rule] for w in ln.split()}
    assert {"verbal", "material", "conflict", "neutral", "goldstein", "mean", "cci"} <= words
    body = [ln.split() for ln in lines[rule + 1 :] if ln.strip()]
    assert [cells[0] for cells in body] == want["period"].to_list()  # "2019-10", never "2019-1 / 0"
    assert [int(cells[1]) for cells in body] == want["events"].to_list()


def test_a_table_too_wide_for_the_terminal_names_what_it_leaves_out(loaded_home: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "44")
    code, out, err = _run(["series", "USA", "PRK", "--freq", "year"], capsys)
    assert code == 0, err
    assert max(len(ln) for ln in out.splitlines()) <= 44
    text = " ".join(out.split())
    left_out = text.split("not shown at this width:")[1].split("(see")[0].replace(",", " ").split()
    assert "cci" in left_out and "goldstein_mean" in left_out and set(left_out) <= set(SERIES_COLUMNS)
    want = dyad_series("USA", "PRK", "year")
    body = [ln.split() for ln in out.splitlines() if ln[:4].isdigit()]
    assert [(c[0], int(c[1])) for c in body] == list(zip(want["period"], want["events"], strict=True))


def test_series_parquet_needs_out(loaded_home: Path, capsys) -> None:
    code, _, err = _run(["series", "USA", "PRK", "-f", "parquet"], capsys)
    assert code == 2 and "--out" in err


@pytest.mark.parametrize("suffix,magic", [(".svg", b"<svg"), (".png", b"\x89PNG")])
def test_series_chart_renders_offline(loaded_home: Path, tmp_path: Path, capsys, suffix: str, magic: bytes) -> None:
    chart = tmp_path / f"chart{suffix}"
    code, _, err = _run(["series", "USA", "PRK", "--freq", "year", "-f", "csv", "--chart", str(chart)], capsys)
    assert code == 0, err
    assert chart.read_bytes()[:64].lstrip().startswith(magic) or magic in chart.read_bytes()[:200]
    if suffix == ".svg":
        assert "cooperation" in chart.read_text()
    code, _, err = _run(["series", "USA", "PRK", "--chart", str(tmp_path / "c.gif")], capsys)
    assert code == 2 and ".svg or .png" in err


def _newest(a: str, b: str) -> pl.DataFrame:
    from bilateral.events.store import scan_events

    pair = ((pl.col("actor1_iso3") == a) & (pl.col("actor2_iso3") == b)) | (
        (pl.col("actor1_iso3") == b) & (pl.col("actor2_iso3") == a))
    return (scan_events(include_documents=False).filter(pair).collect()
            .sort(["date", "num_mentions", "event_id"], descending=[True, True, False], nulls_last=True))  # fmt: skip


def test_events_rows_lists_the_pairs_newest_rows(loaded_home: Path, capsys, monkeypatch) -> None:
    newest = _newest("USA", "PRK")
    code, out, err = _run(["events", "rows", "North Korea", "United States", "-n", "25", "-f", "json"], capsys)
    assert code == 0, err
    got = json.loads(out)
    assert [r["event_id"] for r in got] == newest["event_id"].head(25).to_list()
    assert {"source_url", "source_ref", "cameo_code", "num_mentions"} <= set(got[0])
    code, out, _ = _run(["events", "rows", "USA", "PRK", "--to", "2018", "--type", "consult", "-f", "csv"], capsys)
    want = newest.filter((pl.col("year") <= 2018) & (pl.col("plover") == "CONSULT"))["event_id"].head(20)
    assert [r["event_id"] for r in csv.DictReader(io.StringIO(out))] == want.to_list() and len(want) > 0
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = _run(["events", "rows", "USA", "PRK", "-n", "12"], capsys)
    lines = out.splitlines()
    assert max(len(ln) for ln in lines) <= 80 and "not shown" not in out
    body = [ln.split() for ln in lines if ln[:4].isdigit()]
    assert [c[0] for c in body] == [str(d) for d in newest["date"].head(12)]
    assert all(c[-1] in ("gdelt2", "icews") and "→" in c[1] for c in body)


def test_events_rows_bad_input_and_no_data(loaded_home: Path, capsys) -> None:
    code, _, err = _run(["events", "rows", "USA", "PRK", "--type", "hug"], capsys)
    assert code == 2 and err.startswith("error: --type 'hug'") and len(err.strip().splitlines()) == 1
    code, _, err = _run(["events", "rows", "USA", "PRK", "--from", "2019", "--to", "2018"], capsys)
    assert code == 2 and "--from 2019 is after --to 2018" in err
    code, out, err = _run(["events", "rows", "Finland", "Uruguay", "-f", "json"], capsys)
    assert code == 0 and json.loads(out) == [] and "no event data for FIN–URY" in err
