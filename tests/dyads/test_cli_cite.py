"""`bilateral dyads` and `bilateral data cite|list` end to end, and `citations()`."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

from bilateral.cli import main
from bilateral.dyads import add_contiguity, add_igos, citations, create_dyadyears, used_datasets
from bilateral.dyads.sources import DATASETS


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".dta"])
def test_cli_writes_the_same_panel_as_the_library(tmp_home, tmp_path, dyad_dir, capsys, suffix):
    out = tmp_path / f"panel{suffix}"
    code, _, err = _run(["dyads", "--system", "cow", "--years", "1990-1995", "--with", "contiguity,igos,atop,distance",
                         "--data-dir", str(dyad_dir), "--out", str(out)], capsys)
    assert code == 0, err
    lib = create_dyadyears("cow", years=(1990, 1995)).pipe(add_contiguity).pipe(add_igos)
    if suffix == ".parquet":
        got = pl.read_parquet(out)
    elif suffix == ".csv":
        got = pl.read_csv(out)
    else:
        got = pl.from_pandas(pd.read_stata(out))
    assert got.height == lib.height
    assert {"conttype", "dyadigos", "atop_defense", "capdist"} <= set(got.columns)
    assert got["dyadigos"].cast(pl.Float64).sum() == pytest.approx(lib["dyadigos"].cast(pl.Float64).sum())
    code, text, err = _run(["data", "cite", str(out), "--format", "json"], capsys)
    assert code == 0, err
    keys = [r["key"] for r in json.loads(text)]
    assert keys == ["cow-states", "contiguity", "igo", "atop", "capitals"]


def test_cli_nondirected_and_summary_output(tmp_home, dyad_dir, capsys):
    code, text, err = _run(["dyads", "--years", "2000", "--non-directed", "--with", "majors",
                            "--data-dir", str(dyad_dir), "--format", "json", "--limit", "5"], capsys)
    assert code == 0, err
    rows = json.loads(text)
    assert len(rows) == 5 and all(r["ccode1"] < r["ccode2"] for r in rows) and "cowmaj1" in rows[0]


@pytest.mark.parametrize("argv, fragment", [
    (["dyads", "--system", "polity"], "unknown system 'polity'"),
    (["dyads", "--years", "1700-1800"], "outside the cow state list's 1816-2024"),
    (["dyads", "--years", "recent"], "--years 'recent'"),
    (["dyads", "--with", "borders"], "--with borders: unknown"),
    (["dyads", "--out", "panel.xlsx"], "unsupported extension"),
    (["data", "cite", "no-such-panel.parquet"], "no-such-panel.parquet: no such file"),
])
def test_cli_bad_input_is_one_line_and_exit_2(argv, fragment, tmp_home, dyad_dir, capsys):
    code, _, err = _run([*argv, "--data-dir", str(dyad_dir)] if argv[0] == "dyads" else argv, capsys)
    assert code == 2
    assert fragment in err and len(err.strip().splitlines()) == 1


def test_cli_cite_with_verbs_and_list(dyad_dir, capsys):
    code, text, _ = _run(["data", "cite", "--with", "prd,trade", "--format", "json"], capsys)
    assert code == 0
    assert [r["key"] for r in json.loads(text)] == ["cow-states", "contiguity", "majors", "trade"]
    code, text, _ = _run(["data", "list", "--format", "json"], capsys)
    found = {r["key"]: r["found"] for r in json.loads(text)}
    assert set(found) == set(DATASETS)


def test_citations_follow_the_verbs_a_panel_went_through():
    panel = create_dyadyears("cow", years=2000).pipe(add_contiguity).pipe(add_igos)
    assert used_datasets(panel) == ["cow-states", "contiguity", "igo"]
    cites = citations(panel)
    assert "Stinnett" in cites[1]["citation"] and "Pevehouse" in cites[2]["citation"]
    reread = pl.DataFrame(panel.to_dicts()[:3])  # a frame that lost the in-memory record
    assert used_datasets(reread) == ["cow-states", "contiguity", "igo"]
    assert len(citations()) == len(DATASETS)


def test_shipped_reference_tables_cover_what_peacesciencer_cites(dyad_dir: Path):
    """Our dataset registry names the same versions as peacesciencer's data-version table."""
    ref = pd.read_csv(dyad_dir / "ps_data_version.csv")
    versions = dict(zip(ref.data, ref.version.astype(str), strict=True))
    assert versions["Correlates of War Direct Contiguity"] == DATASETS["contiguity"].version
    assert versions["Correlates of War IGOs"] in DATASETS["igo"].version
    assert versions["Correlates of War Trade"] in DATASETS["trade"].version
    assert versions["Correlates of War Militarized Interstate Disputes"] in DATASETS["mids"].version
    assert versions["Gibler-Miller-Little (GML)"] == DATASETS["gml-mids"].version


def test_parquet_cache_gives_identical_frames_and_follows_file_changes(tmp_home, tmp_path, dyad_dir):
    from bilateral.dyads.readers import clear_cache, set_parquet_cache
    from bilateral.dyads.sources import set_data_dir

    for name in ("cow_statelist2024.csv", "ps_cow_contdir_v3.2.csv"):
        (tmp_path / name).write_bytes((dyad_dir / name).read_bytes())
    set_data_dir(tmp_path)
    set_parquet_cache(True)
    try:
        first = add_contiguity(create_dyadyears("cow", years=(1900, 1910)))
        parsed = sorted((tmp_home / "cache" / "dyads" / "parsed").glob("*.parquet"))
        assert len(parsed) >= 2
        clear_cache()
        again = add_contiguity(create_dyadyears("cow", years=(1900, 1910)))
        assert again.equals(first)
        text = (tmp_path / "ps_cow_contdir_v3.2.csv").read_text().replace("2,20,1,1920-01-01", "2,20,2,1920-01-01")
        (tmp_path / "ps_cow_contdir_v3.2.csv").write_text(text + "2,200,5,1905-01-01,1906-01-01\n")
        changed = add_contiguity(create_dyadyears("cow", years=(1900, 1910)))
        row = changed.filter((pl.col("ccode1") == 2) & (pl.col("ccode2") == 200) & (pl.col("year") == 1905))
        assert row["conttype"].item() == 5
    finally:
        set_parquet_cache(None)
        clear_cache()
