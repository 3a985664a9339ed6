"""The add_* verbs: every verb keeps the row count, and contiguity, IGO and ATOP columns equal what
peacesciencer's data give on every row of the full COW panel (checked with independent joins)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
import pytest

from bilateral.dyads import (
    add_atop_alliance,
    add_capital_distance,
    add_contiguity,
    add_cow_majors,
    add_cow_trade,
    add_democracy,
    add_gml_mids,
    add_igos,
    add_mids,
    add_nmc,
    create_dyadyears,
    create_stateyears,
    filter_prd,
)
from bilateral.errors import BilateralError

KEYS = ["ccode1", "ccode2", "year"]


def _expected_contiguity(dyad_dir: Path) -> pl.DataFrame:
    """Lowest conttype (1-5) per directed dyad-year, computed with pandas from the spells."""
    cd = pd.read_csv(dyad_dir / "ps_cow_contdir_v3.2.csv")
    cd = cd[cd.conttype > 0]
    rows = []
    for r in cd.itertuples():
        for y in range(int(r.stdate[:4]), int(r.enddate[:4]) + 1):
            rows.append((r.ccode1, r.ccode2, y, r.conttype))
    exp = pd.DataFrame(rows, columns=[*KEYS, "expected"]).groupby(KEYS, as_index=False)["expected"].min()
    return pl.from_pandas(exp).cast({c: pl.Int32 for c in KEYS})


def test_contiguity_on_all_rows(cow_panel, dyad_dir):
    got = add_contiguity(cow_panel)
    assert got.height == cow_panel.height
    j = got.join(_expected_contiguity(dyad_dir), on=KEYS, how="left")
    inside = j.filter(pl.col("year") <= 2016)
    want = inside["expected"].fill_null(0).cast(pl.Int8)
    assert (inside["conttype"] == want).all()
    assert j.filter(pl.col("year") > 2016)["conttype"].null_count() == j.filter(pl.col("year") > 2016).height
    assert set(inside["conttype"].unique()) == {0, 1, 2, 3, 4, 5}


def test_contiguity_from_official_master_records(cow_panel, dyad_dir, tmp_path):
    """contdir.csv (one record per non-directed dyad, begin/end YYYYMM) gives the same column."""
    from bilateral.dyads.sources import set_data_dir

    cd = pd.read_csv(dyad_dir / "ps_cow_contdir_v3.2.csv")
    master = cd[(cd.conttype > 0) & (cd.ccode1 < cd.ccode2)].copy()
    assert len(master) == 847
    out = pd.DataFrame({
        "dyad": master.ccode1 * 1000 + master.ccode2, "statelno": master.ccode1, "statelab": "X",
        "statehno": master.ccode2, "statehab": "Y", "conttype": master.conttype,
        "begin": master.stdate.str[:4] + master.stdate.str[5:7],
        "end": master.enddate.str[:4] + master.enddate.str[5:7],
        "version": 3.2,
    })
    out.to_csv(tmp_path / "contdir.csv", index=False)
    panel = cow_panel.filter(pl.col("year").is_between(1900, 2016))
    want = add_contiguity(panel)["conttype"]
    set_data_dir(tmp_path)
    assert add_contiguity(panel)["conttype"].equals(want)


def test_igos_on_all_rows(cow_panel, dyad_dir):
    got = add_igos(cow_panel)
    assert got.height == cow_panel.height
    ref = pl.read_csv(dyad_dir / "ps_cow_igo_ndy_v3.csv.gz").cast({c: pl.Int32 for c in KEYS})
    j = got.with_columns(pl.min_horizontal("ccode1", "ccode2").alias("lo"),
                         pl.max_horizontal("ccode1", "ccode2").alias("hi"))
    j = j.join(ref.rename({"ccode1": "lo", "ccode2": "hi", "dyadigos": "want"}), on=["lo", "hi", "year"], how="left")
    assert j["dyadigos"].cast(pl.Int64).eq_missing(j["want"].cast(pl.Int64)).all()
    assert j.filter(pl.col("year") > 2014)["dyadigos"].null_count() == j.filter(pl.col("year") > 2014).height
    assert j["dyadigos"].drop_nulls().len() > 1_500_000


def test_igo_official_dyadic_layout(dyad_dir, tmp_path):
    """A dyadic_formatv3-style wide file (one column per IGO: 1 = joint full membership, 0 = not,
    -9 = missing), built from the igoR state-year long file for 1900, is counted correctly."""
    from bilateral.dyads.sources import set_data_dir

    long = pl.read_csv(dyad_dir / "igoR_igo_state_year_long_v3.csv.gz").filter(pl.col("year") == 1900)
    full = long.filter(pl.col("status") == 1)
    igos = sorted(long["ioname"].unique())
    panel = create_dyadyears("cow", years=1900, directed=False)
    wide = panel.to_pandas()
    members = {i: set(full.filter(pl.col("ioname") == i)["ccode"]) for i in igos}
    for i in igos:
        m = members[i]
        wide[i] = [1 if (a in m and b in m) else 0 for a, b in zip(wide.ccode1, wide.ccode2, strict=True)]
    expected = wide[igos].sum(axis=1).to_numpy()
    zero = wide.index[wide[igos[0]] == 0][:3]
    wide.loc[zero, igos[0]] = -9  # missing codes are not memberships
    wide.loc[wide.index[-1], igos] = -9  # a dyad-year with nothing known stays missing
    wide.insert(0, "dyadid", wide.ccode1 * 1000 + wide.ccode2)
    wide.to_csv(tmp_path / "dyadic_formatv3.csv", index=False)
    set_data_dir(tmp_path)
    got = add_igos(panel)["dyadigos"].to_numpy()
    assert got[-1] is None or np.isnan(got[-1])
    assert np.array_equal(got[:-1].astype(int), expected[:-1])
    set_data_dir(dyad_dir)
    agree = (add_igos(panel)["dyadigos"].to_numpy()[:-1] == expected[:-1]).mean()
    assert agree > 0.95  # the README: the two COW formats agree almost exactly in 1900


def test_atop_directed_on_all_rows(cow_panel, dyad_dir):
    cols = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
    got = add_atop_alliance(cow_panel)
    assert got.height == cow_panel.height
    ref = pl.read_csv(dyad_dir / "ps_atop5.1_ddy.csv.gz").cast({c: pl.Int32 for c in KEYS})
    j = got.join(ref.rename({c: f"w_{c}" for c in cols}), on=KEYS, how="left")
    inside = j.filter(pl.col("year") <= 2018)
    for c in cols:
        assert (inside[c].cast(pl.Int64) == inside[f"w_{c}"].fill_null(0).cast(pl.Int64)).all(), c
        assert j.filter(pl.col("year") > 2018)[c].null_count() == j.filter(pl.col("year") > 2018).height
    assert inside["atop_defense"].sum() > 50_000


def test_atop_nondirected_counts_a_pledge_in_either_direction(dyad_dir):
    nd = create_dyadyears("cow", directed=False, years=(1815 + 1, 2018))
    got = add_atop_alliance(nd)
    ref = pl.read_csv(dyad_dir / "ps_atop5.1_ddy.csv.gz").cast({c: pl.Int32 for c in KEYS})
    sym = ref.with_columns(pl.min_horizontal("ccode1", "ccode2").alias("lo"), pl.max_horizontal("ccode1", "ccode2")
                           .alias("hi")).group_by("lo", "hi", "year").agg(pl.col("atop_defense").max().alias("w"))
    j = got.join(sym.rename({"lo": "ccode1", "hi": "ccode2"}), on=KEYS, how="left")
    assert (j["atop_defense"].cast(pl.Int64) == j["w"].fill_null(0).cast(pl.Int64)).all()
    row = got.filter((pl.col("ccode1") == 211) & (pl.col("ccode2") == 220) & (pl.col("year") == 1832))
    assert row["atop_defense"].item() == 1  # France pledged to defend Belgium, not the reverse
    strict = add_atop_alliance(nd, ndir=False)
    assert strict["atop_defense"].sum() < got["atop_defense"].sum()


def test_trade_flows_swap_with_direction(cow_panel, dyad_dir):
    got = add_cow_trade(cow_panel.filter(pl.col("year").is_between(1990, 2014)))
    ref = pl.read_csv(dyad_dir / "ps_cow_trade_ndy_v4_rounded.csv.gz").cast({c: pl.Int32 for c in KEYS})
    fwd = got.filter(pl.col("ccode1") < pl.col("ccode2")).join(ref, on=KEYS, suffix="_w")
    assert fwd.height > 100_000 and (fwd["flow1"] == fwd["flow1_w"]).all()
    rev = got.filter(pl.col("ccode1") > pl.col("ccode2")).join(
        ref.rename({"ccode1": "ccode2", "ccode2": "ccode1"}), on=KEYS, suffix="_w")
    assert rev["flow1"].eq_missing(rev["flow2_w"]).all()
    assert rev["smoothflow2"].eq_missing(rev["smoothflow1_w"]).all()


def test_mids_match_the_dispute_year_file_and_fill_zero_inside_years(cow_panel, dyad_dir):
    got = add_mids(cow_panel)
    ref = pl.read_csv(dyad_dir / "ps_cow_mid_ddydisps.csv").cast({c: pl.Int32 for c in KEYS})
    inpanel = ref.join(cow_panel, on=KEYS, how="semi")
    assert got["cowmidonset"].sum() == inpanel["cowmidonset"].sum()
    assert got.filter(pl.col("year") > 2014)["cowmidongoing"].null_count() == got.filter(pl.col("year") > 2014).height
    assert got.filter(pl.col("year") <= 2014)["cowmidongoing"].null_count() == 0
    both = add_gml_mids(got)
    assert "gml_dispnum" in both.columns and both.height == cow_panel.height


def test_majors_capabilities_democracy(cow_panel, dyad_dir):
    panel = cow_panel.filter(pl.col("year").is_between(1990, 2024))
    got = panel.pipe(add_cow_majors).pipe(add_nmc).pipe(add_democracy)
    assert got.height == panel.height
    usa_uk = got.filter((pl.col("ccode1") == 2) & (pl.col("ccode2") == 200) & (pl.col("year") == 2000))
    assert usa_uk["cowmaj1"].item() == 1 and usa_uk["cowmaj2"].item() == 1
    nmc = pl.read_csv(dyad_dir / "ps_cow_nmc.csv").filter((pl.col("ccode") == 200) & (pl.col("year") == 2000))
    assert usa_uk["cinc2"].item() == pytest.approx(nmc["cinc"].item())
    assert got.filter(pl.col("year") > 2022)["cinc1"].null_count() == got.filter(pl.col("year") > 2022).height
    maj = pd.read_csv(dyad_dir / "cow_majors2024.csv")
    years = {(r.ccode, y) for r in maj.itertuples() for y in range(r.styear, r.endyear + 1)}
    sample = got.sample(20_000, seed=1)
    assert all((int(a), int(y)) in years for a, y, m in sample.select("ccode1", "year", "cowmaj1").iter_rows() if m)
    assert all((int(a), int(y)) not in years for a, y, m in sample.select("ccode1", "year", "cowmaj1").iter_rows()
               if not m)


def _jan1_capitals(dyad_dir: Path) -> dict[tuple[int, int], tuple[float, float]]:
    caps = pd.read_csv(dyad_dir / "ps_cow_capitals.csv").sort_values(["ccode", "stdate"])
    out: dict[tuple[int, int], tuple[float, float]] = {}
    for r in caps.itertuples():
        for y in range(int(r.stdate[:4]), int(r.enddate[:4]) + 1):
            out.setdefault((r.ccode, y), (r.lat, r.lng))
    return out


def test_capital_distance_is_great_circle_km_from_january_1_capitals(cow_panel, dyad_dir):
    got = add_capital_distance(cow_panel)
    assert got.height == cow_panel.height
    caps = _jan1_capitals(dyad_dir)
    s = got.sample(50_000, seed=7).to_pandas()
    lat1, lng1, lat2, lng2 = (np.array(v, dtype=float) for v in zip(
        *[(*caps[(a, y)], *caps[(b, y)]) for a, b, y in zip(s.ccode1, s.ccode2, s.year, strict=True)], strict=True))
    p1, p2, dl = np.radians(lat1), np.radians(lat2), np.radians(lng2 - lng1)
    hav = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    km = 2 * 6378.137 * np.arcsin(np.sqrt(hav))
    assert np.allclose(s.capdist.to_numpy(), km, rtol=1e-9, atol=1e-6)
    brazil = got.filter((pl.col("ccode1") == 140) & (pl.col("ccode2") == 2))
    assert brazil.filter(pl.col("year") == 1960)["capdist"].item() == brazil.filter(pl.col("year") == 1959)[
        "capdist"].item()  # the Jan. 1 capital (Rio) is used in the year of the move
    assert brazil.filter(pl.col("year") == 1961)["capdist"].item() != brazil.filter(pl.col("year") == 1959)[
        "capdist"].item()


def test_capital_distance_on_gw_and_state_years():
    gw = add_capital_distance(create_dyadyears("gw", years=(2000, 2001)))
    assert gw["capdist"].null_count() < gw.height // 10
    sy = add_capital_distance(create_stateyears("cow", years=(2000, 2000)))
    assert sy.filter(pl.col("ccode") == 2)["mincapdist"].item() == pytest.approx(734.87, abs=1.0) or \
        sy.filter(pl.col("ccode") == 2)["mincapdist"].item() < 2500


def test_state_year_igo_counts_equal_peacesciencer(dyad_dir):
    sy = add_igos(create_stateyears("cow", years=(1816, 2014)))
    ref = pl.read_csv(dyad_dir / "ps_cow_igo_sy_v3.csv").cast({"ccode": pl.Int32, "year": pl.Int32})
    j = sy.join(ref, on=["ccode", "year"], suffix="_w")
    assert j.height > 14_000
    for c in ("sum_igo_full", "sum_igo_associate", "sum_igo_observer", "sum_igo_anytype"):
        assert (j[c] == j[f"{c}_w"]).all()


def test_filter_prd_keeps_exactly_contiguous_or_major_power_dyads(cow_panel):
    panel = cow_panel.filter(pl.col("year").is_between(1950, 2016))
    full = panel.pipe(add_contiguity).pipe(add_cow_majors)
    relevant = full.filter((pl.col("conttype") > 0) | (pl.col("cowmaj1") == 1) | (pl.col("cowmaj2") == 1))
    got = filter_prd(panel)
    assert got.height == relevant.height
    assert got.select(KEYS).equals(relevant.select(KEYS))
    assert (got["prd"] == 1).all()


def test_every_verb_keeps_rows_on_a_nondirected_panel():
    nd = create_dyadyears("cow", directed=False, years=(1990, 2000))
    for verb in (add_contiguity, add_igos, add_atop_alliance, add_capital_distance, add_cow_trade, add_mids,
                 add_cow_majors, add_nmc, add_democracy):
        assert verb(nd).height == nd.height, verb.__name__


def test_verbs_refuse_gw_codes_and_double_application():
    with pytest.raises(BilateralError, match="COW codes"):
        add_contiguity(create_dyadyears("gw", years=2000))
    once = add_igos(create_dyadyears("cow", years=2000))
    with pytest.raises(BilateralError, match="already in the frame"):
        add_igos(once)
    with pytest.raises(BilateralError, match="not a dyad-year or state-year"):
        add_igos(pl.DataFrame({"a": [1]}))


def _official_atop(ps: pd.DataFrame) -> pd.DataFrame:
    out = ps.rename(columns={"ccode1": "stateA", "ccode2": "stateB"})
    out = out.rename(columns={c: c.removeprefix("atop_") for c in out.columns})
    out.insert(3, "atopally", out[["defense", "offense", "neutral", "nonagg", "consul"]].max(axis=1))
    out["shareob"] = 0
    return out


def _official_trade(ps: pd.DataFrame) -> pd.DataFrame:
    out = ps.copy()
    out.insert(3, "importer1", "A")
    out.insert(4, "importer2", "B")
    for c in ("flow1", "flow2", "smoothflow1", "smoothflow2"):
        out[c] = out[c].fillna(-9)
    out["version"] = 4.0
    return out


def _official_nmc(ps: pd.DataFrame) -> pd.DataFrame:
    out = ps.copy()
    out.insert(0, "stateabb", "XXX")
    for c in ("milex", "milper", "irst", "pec", "tpop", "upop"):
        out[c] = out[c].fillna(-9)
    out["version"] = 2021
    return out


@pytest.mark.parametrize("shared_name, official_name, make, verb", [
    ("ps_atop5.1_ddy.csv.gz", "atop5_1ddyr.csv", _official_atop, add_atop_alliance),
    ("ps_cow_trade_ndy_v4_rounded.csv.gz", "Dyadic_COW_4.0.csv", _official_trade, add_cow_trade),
    ("ps_cow_nmc.csv", "NMC-60-abridged.csv", _official_nmc, add_nmc),
])
def test_official_layouts_give_the_same_columns(shared_name, official_name, make, verb, dyad_dir, tmp_path):
    """The producers' own column names and -9 missing codes read the same as peacesciencer's forms."""
    from bilateral.dyads.sources import set_data_dir

    make(pd.read_csv(dyad_dir / shared_name)).to_csv(tmp_path / official_name, index=False)
    (tmp_path / "cow_statelist2024.csv").write_bytes((dyad_dir / "cow_statelist2024.csv").read_bytes())
    panel = create_dyadyears("cow", years=(1980, 2000))
    want = verb(panel)
    set_data_dir(tmp_path)
    got = verb(panel)
    new = [c for c in want.columns if c not in panel.columns]
    assert new and got.select(new).cast(pl.Float64).equals(want.select(new).cast(pl.Float64))


def test_state_year_trade_equals_national_trade(dyad_dir):
    sy = add_cow_trade(create_stateyears("cow", years=(1870, 2016)))
    ref = pl.read_csv(dyad_dir / "ps_cow_trade_sy_v4.csv").cast({"ccode": pl.Int32, "year": pl.Int32})
    j = sy.join(ref, on=["ccode", "year"], suffix="_w")
    assert j.height > 13_000 and j["imports"].eq_missing(j["imports_w"]).all()
    assert sy.filter(pl.col("year") > 2014)["exports"].null_count() == sy.filter(pl.col("year") > 2014).height


def test_verbs_accept_an_empty_panel():
    empty = create_dyadyears("cow", states=[2])  # one state: no dyads
    assert empty.height == 0
    for verb in (add_contiguity, add_igos, add_atop_alliance, add_capital_distance, add_cow_trade, add_mids,
                 add_cow_majors, add_nmc, add_democracy, filter_prd):
        out = verb(empty)
        assert out.height == 0 and out.width > empty.width, verb.__name__
