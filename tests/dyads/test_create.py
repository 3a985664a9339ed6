"""Dyad-year and state-year universes against peacesciencer's own outputs, on every row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

from bilateral.dyads import create_dyadyears, create_stateyears
from bilateral.errors import BilateralError


def _ref(dyad_dir: Path, name: str, cols: list[str]) -> pl.DataFrame:
    return pl.read_csv(dyad_dir / name).select(cols).cast({c: pl.Int32 for c in cols})


def _assert_set_equal(got: pl.DataFrame, ref: pl.DataFrame, cols: list[str]) -> None:
    """Same rows (as a set, and no duplicates): compare both sides sorted by all columns."""
    got = got.select(cols).cast({c: pl.Int32 for c in cols})
    assert got.height == ref.height
    assert ref.n_unique() == ref.height
    assert got.sort(cols).equals(ref.sort(cols))


def test_cow_directed_matches_peacesciencer_on_all_rows(cow_panel, dyad_dir):
    ref = _ref(dyad_dir, "ps_cow_ddy_1816_2024.csv.gz", ["ccode1", "ccode2", "year"])
    assert ref.height == 2_214_930
    _assert_set_equal(cow_panel, ref, ["ccode1", "ccode2", "year"])


def test_gw_directed_with_microstates_matches_peacesciencer_on_all_rows(dyad_dir):
    cols = ["gwcode1", "gwcode2", "year", "microstate1", "microstate2"]
    ref = _ref(dyad_dir, "ps_gw_ddy_1816_2024.csv.gz", cols)
    assert ref.height == 2_599_466
    _assert_set_equal(create_dyadyears("gw"), ref, cols)


def test_panel_is_ordered_by_dyad_then_year(cow_panel):
    i64 = pl.Int64
    keys = cow_panel.select((pl.col("ccode1").cast(i64) * 1000 + pl.col("ccode2")) * 10000 + pl.col("year"))
    keys = keys.to_series()
    assert keys.is_sorted()


def test_counts_by_year_for_every_variant(dyad_dir):
    ref = pd.read_csv(dyad_dir / "ps_dyadyear_counts_by_year.csv").set_index("year")
    variants = {
        "cow_directed": create_dyadyears("cow"),
        "cow_nondirected": create_dyadyears("cow", directed=False),
        "gw_directed": create_dyadyears("gw"),
        "gw_nondirected": create_dyadyears("gw", directed=False),
        "gw_directed_no_micro": create_dyadyears("gw", microstates=False),
    }
    for name, frame in variants.items():
        counts = frame.group_by("year").len().sort("year").to_pandas().set_index("year")["len"]
        expected = ref[name]
        expected = expected[expected > 0]
        assert counts.to_dict() == expected.to_dict(), name


def test_false_dyads_are_excluded_although_both_states_are_members_that_year(cow_panel, dyad_dir):
    false = pl.read_csv(dyad_dir / "false_cow_dyads.csv").cast({"ccode1": pl.Int32, "ccode2": pl.Int32,
                                                               "year": pl.Int32})
    assert false.height == 60
    assert cow_panel.join(false, on=["ccode1", "ccode2", "year"], how="semi").height == 0
    states = create_stateyears("cow").select("ccode", "year")
    for side in ("ccode1", "ccode2"):
        alive = false.join(states.rename({"ccode": side}), on=[side, "year"], how="semi")
        assert alive.height == 60


def test_gw_false_dyads_are_excluded(dyad_dir):
    false = pl.read_csv(dyad_dir / "false_gw_dyads.csv").select("gwcode1", "gwcode2", "year").cast(pl.Int32)
    got = create_dyadyears("gw", years=(1830, 2006))
    assert got.join(false, on=["gwcode1", "gwcode2", "year"], how="semi").height == 0


def test_v2016_list_reproduces_the_documented_totals():
    d = create_dyadyears("cow", version="2016", mry=False)
    assert d.height == 1_912_290
    assert create_dyadyears("cow", version="2016", mry=False, directed=False).height == 956_145
    assert d.filter(pl.col("year") == 2016).height == 37_830
    assert d["year"].max() == 2016


def test_same_day_successor_spell_gives_one_state_year():
    sy = create_stateyears("cow").filter(pl.col("ccode") == 345)
    assert sy["year"].is_duplicated().sum() == 0
    assert sy.filter(pl.col("year") == 2006)["statenme"].item() == "Serbia"


def test_stateyears_match_the_crosswalk_panels(dyad_dir):
    ref = pl.read_csv(dyad_dir / "isard_cw_gw_panel.csv").select("ccode", "year").drop_nulls().unique()
    ref = ref.cast(pl.Int32)
    got = create_stateyears("cow", mry=False, version="2016").select("ccode", "year")
    top = int(ref["year"].max())
    got = got.filter(pl.col("year") <= top)
    ref = ref.filter(pl.col("year") <= int(got["year"].max()))
    assert got.join(ref, on=["ccode", "year"], how="anti").height == 0
    assert ref.join(got, on=["ccode", "year"], how="anti").height == 0


def test_years_argument_forms_agree(cow_panel):
    a = create_dyadyears("cow", years=(1946, 1950))
    b = create_dyadyears("cow", years=range(1946, 1951))
    c = cow_panel.filter(pl.col("year").is_between(1946, 1950))
    assert a.equals(b) and a.equals(c)
    only = create_dyadyears("cow", years=[1950, 1960])
    assert set(only["year"].unique()) == {1950, 1960}
    assert create_dyadyears("cow", years=2000).height == cow_panel.filter(pl.col("year") == 2000).height


def test_mry_false_stops_at_the_list_end_for_gw():
    assert create_dyadyears("gw", mry=False)["year"].max() == 2020
    assert create_dyadyears("gw", mry=2022)["year"].max() == 2022


@pytest.mark.parametrize("kwargs, fragment", [
    ({"system": "polity"}, "unknown system 'polity'"),
    ({"system": "cow", "years": (1700, 1900)}, "outside the cow state list's 1816-2024"),
    ({"system": "cow", "years": (1990, 2100)}, "1990-2100"),
    ({"system": "gw", "version": "12"}, "unknown gw list version"),
    ({"system": "cow", "years": (2000, 1990)}, "first year is after the last"),
])
def test_bad_arguments_raise_clear_errors(kwargs, fragment):
    with pytest.raises(BilateralError, match=fragment):
        create_dyadyears(**kwargs)


def _dmy(s: str) -> str:
    d = dt.date.fromisoformat(s)
    return f"{d.day:02d}:{d.month:02d}:{d.year}"


def test_official_gleditsch_ward_dat_files_give_the_same_panel(dyad_dir, tmp_path):
    """Write the v7 list in the producers' own layout (tab-separated, dd:mm:yyyy, Latin-1, two files)."""
    from bilateral.dyads.sources import set_data_dir

    v7 = pd.read_csv(dyad_dir / "gw_system_v7.csv")
    for micro, name in ((0, "iisystem.dat"), (1, "microstatessystem.dat")):
        part = v7[v7.microstate == micro]
        lines = [f"{r.gwcode}\t{r.gw_abb}\t{r.gw_name}\t{_dmy(r.start)}\t{_dmy(r.end)}" for r in part.itertuples()]
        (tmp_path / name).write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    set_data_dir(tmp_path)
    from_dat = create_dyadyears("gw")
    set_data_dir(dyad_dir)
    assert from_dat.equals(create_dyadyears("gw"))


def test_states_subset_is_the_full_panel_restricted(cow_panel):
    sub = create_dyadyears("cow", states=[2, 365, 710])
    want = cow_panel.filter(pl.col("ccode1").is_in([2, 365, 710]) & pl.col("ccode2").is_in([2, 365, 710]))
    assert sub.equals(want)
    assert set(create_stateyears("cow", states=[365])["ccode"].unique()) == {365}
    with pytest.raises(BilateralError, match="states 9999: not in the cow state list"):
        create_dyadyears("cow", states=[2, 9999])
