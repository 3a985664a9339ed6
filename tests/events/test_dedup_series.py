"""Dedup on the real 15-minute sample, and dyad series checked against a direct count of the raw rows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from bilateral.events import cameo
from bilateral.events.countrycodes import cameo_country_iso3
from bilateral.events.series import SERIES_COLUMNS, dyad_series
from bilateral.events.store import scan_events


def _raw(path: Path) -> list[list[str]]:
    return [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()]


def test_dedup_collapses_the_sample_to_one_event_per_day_actor_recipient_code(loaded_home: Path,
                                                                              gdelt2_file: Path) -> None:  # fmt: skip
    raw = _raw(gdelt2_file)
    keys = {(r[1], r[5], r[15], r[26]) for r in raw}
    d = scan_events(sources=["gdelt2"], dedup=True).collect()
    assert d.height == len(keys) == 1515
    assert d["merged_events"].sum() == 2111
    assert d["num_mentions"].sum() == sum(int(r[31]) for r in raw)
    urls = {u for lst in d["source_urls"].to_list() for u in lst}
    assert urls == {r[60] for r in raw} and len(urls) == 425
    assert d["event_id"].n_unique() == 1515


def _expected(raw: list[list[str]], a: str, b: str, directed: bool) -> Counter:
    out: Counter = Counter()
    for r in raw:
        x, y = cameo_country_iso3(r[7]), cameo_country_iso3(r[17])
        if (x, y) == (a, b) or (not directed and (x, y) == (b, a)):
            out[(int(r[1][:4]), int(r[1][4:6]), cameo.quad(r[26]))] += 1
    return out


@pytest.mark.parametrize("a,b,directed", [("USA", "PRK", False), ("USA", "PRK", True), ("USA", "USA", False)])
def test_monthly_series_matches_a_direct_count(loaded_home: Path, gdelt2_file: Path, a: str, b: str,
                                               directed: bool) -> None:  # fmt: skip
    """Either direction, one direction, and a state with itself (each event counted once, not twice)."""
    raw = _raw(gdelt2_file)
    s = dyad_series(a, b, "month", directed=directed, sources=["gdelt2"])
    assert s.columns == SERIES_COLUMNS
    want = _expected(raw, a, b, directed)
    for row in s.iter_rows(named=True):
        for q in cameo.QUADS:
            assert row[f"n_{q}"] == want.get((row["year"], row["month"], q), 0)
        assert row["events"] == sum(row[f"n_{q}"] for q in cameo.QUADS)
    assert s["events"].sum() == sum(want.values()) > 0


def test_series_fills_gaps_and_defines_the_index(loaded_home: Path) -> None:
    s = dyad_series("USA", "PRK", "month")  # GDELT 1.0 (2016), ICEWS (2018), GDELT 2.0 (2018-19)
    periods = s["period"].to_list()
    months = [(y, m) for y, m in zip(s["year"], s["month"], strict=True)]
    assert all(b == ((a[0] + a[1] // 12), a[1] % 12 + 1) for a, b in zip(months, months[1:], strict=False))
    assert periods[0] == f"{months[0][0]}-{months[0][1]:02d}" and s["events"][0] > 0 and s["events"][-1] > 0
    for row in s.iter_rows(named=True):
        vc, mc = row["n_verbal_coop"], row["n_material_coop"]
        vk, mk = row["n_verbal_conflict"], row["n_material_conflict"]
        denom = vc + 2 * mc + vk + 2 * mk
        if denom:
            assert row["cci"] == pytest.approx((vc + 2 * mc - vk - 2 * mk) / denom)
            assert -1 <= row["cci"] <= 1
        else:
            assert row["cci"] is None
        if row["goldstein_n"]:
            assert row["goldstein_mean"] == pytest.approx(row["goldstein_sum"] / row["goldstein_n"])
    assert s.filter(pl.col("events") == 0).height > 12


def test_yearly_series_sums_the_monthly_one(loaded_home: Path) -> None:
    monthly = dyad_series("USA", "PRK", "month")
    yearly = dyad_series("USA", "PRK", "year")
    assert yearly["month"].null_count() == yearly.height
    per_year = monthly.group_by("year").agg(pl.col("events").sum(), pl.col("goldstein_sum").sum()).sort("year")
    joined = yearly.join(per_year, on="year", suffix="_m")
    assert (joined["events"] == joined["events_m"]).all()
    assert ((joined["goldstein_sum"] - joined["goldstein_sum_m"]).abs() < 1e-9).all()
    directed = dyad_series("USA", "PRK", "year", directed=True)
    assert (directed["events"] <= yearly["events"]).all() and directed["events"].sum() < yearly["events"].sum()


def test_icews_and_gdelt_both_feed_the_series(loaded_home: Path) -> None:
    both = dyad_series("USA", "PRK", "year")["events"].sum()
    parts = sum(dyad_series("USA", "PRK", "year", sources=[s])["events"].sum() for s in ("gdelt1", "gdelt2", "icews"))
    assert both == parts and dyad_series("USA", "PRK", "year", sources=["icews"])["events"].sum() > 100


def test_pandas_on_request_and_bad_arguments(loaded_home: Path) -> None:
    from bilateral.errors import BilateralError

    pdf = dyad_series("USA", "CHN", "year", as_pandas=True)
    assert list(pdf.columns) == SERIES_COLUMNS
    with pytest.raises(BilateralError):
        dyad_series("USA", "CHN", "week")  # type: ignore[arg-type]
    with pytest.raises(BilateralError):
        dyad_series("USA", "CHN", engine="hive")  # type: ignore[arg-type]
    with pytest.raises(BilateralError):
        dyad_series("Atlantis", "CHN")
