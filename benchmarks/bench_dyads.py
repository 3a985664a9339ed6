"""Benchmark: dyad-year panels (issue 7) against a straightforward pandas implementation, same run.

    .venv/bin/python benchmarks/bench_dyads.py [--repeat 7]

Measures, on all 2,214,930 directed COW dyad-years 1816-2024 (peacesciencer parity):
  1. creation alone,
  2. creation + contiguity + IGOs + ATOP + capital distance,
each for bilateral (Polars) in three states:
  warm     source files already parsed in this process (the in-process cache every pipeline after
           the first one uses);
  parquet  in-process cache cleared, parsed sources read back from the Parquet cache (what a new
           `bilateral dyads` process sees after its first run);
  cold     both caches off: includes parsing every source CSV;
and for a pandas baseline doing the same expansion and merges the obvious way (state-year x
state-year on year with day overlap; merges on keys; CSV parsing included). Medians of --repeat runs.
peacesciencer's own published medians (R, 2021 laptop) are printed for context, not as a ratio.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilateral.dyads import (  # noqa: E402
    add_atop_alliance,
    add_capital_distance,
    add_contiguity,
    add_igos,
    create_dyadyears,
    set_data_dir,
)
from bilateral.dyads.readers import clear_cache, set_parquet_cache  # noqa: E402

DATA = (ROOT / ".." / "shared" / "data" / "dyads").resolve()


# -- pandas baseline --------------------------------------------------------------------------------


def pd_dyadyears() -> pd.DataFrame:
    s = pd.read_csv(DATA / "cow_statelist2024.csv")
    s["start"] = pd.to_datetime(dict(year=s.styear, month=s.stmonth, day=s.stday))
    s["end"] = pd.to_datetime(dict(year=s.endyear, month=s.endmonth, day=s.endday))
    s["year"] = [list(range(a, b + 1)) for a, b in zip(s.styear, s.endyear, strict=True)]
    sy = s.explode("year")
    sy["year"] = sy["year"].astype(int)
    jan1 = pd.to_datetime(dict(year=sy.year, month=1, day=1))
    dec31 = pd.to_datetime(dict(year=sy.year, month=12, day=31))
    sy["d0"] = np.maximum(sy.start.values, jan1.values)
    sy["d1"] = np.minimum(sy.end.values, dec31.values)
    sy = sy[["ccode", "year", "d0", "d1"]]
    d = sy.merge(sy, on="year", suffixes=("1", "2"))
    d = d[(d.ccode1 != d.ccode2) & (d.d01 <= d.d12) & (d.d02 <= d.d11)]
    return d[["ccode1", "ccode2", "year"]].drop_duplicates().sort_values(["ccode1", "ccode2", "year"])


def pd_pipeline() -> pd.DataFrame:
    d = pd_dyadyears()
    cd = pd.read_csv(DATA / "ps_cow_contdir_v3.2.csv")
    cd = cd[cd.conttype > 0]
    cd["year"] = [list(range(int(a[:4]), int(b[:4]) + 1)) for a, b in zip(cd.stdate, cd.enddate, strict=True)]
    cy = cd.explode("year").astype({"year": int})
    cy = cy.groupby(["ccode1", "ccode2", "year"], as_index=False)["conttype"].min()
    d = d.merge(cy, on=["ccode1", "ccode2", "year"], how="left")
    d.loc[d.year <= 2016, "conttype"] = d.loc[d.year <= 2016, "conttype"].fillna(0)
    igo = pd.read_csv(DATA / "ps_cow_igo_ndy_v3.csv.gz")
    igo = pd.concat([igo, igo.rename(columns={"ccode1": "ccode2", "ccode2": "ccode1"})])
    d = d.merge(igo, on=["ccode1", "ccode2", "year"], how="left")
    atop = pd.read_csv(DATA / "ps_atop5.1_ddy.csv.gz")
    d = d.merge(atop, on=["ccode1", "ccode2", "year"], how="left")
    cols = [c for c in atop.columns if c.startswith("atop_")]
    inside = d.year.between(1815, 2018)
    d.loc[inside, cols] = d.loc[inside, cols].fillna(0)
    caps = pd.read_csv(DATA / "ps_cow_capitals.csv").sort_values(["ccode", "stdate"])
    caps["year"] = [list(range(int(a[:4]), int(b[:4]) + 1)) for a, b in zip(caps.stdate, caps.enddate, strict=True)]
    cy = caps.explode("year").astype({"year": int}).drop_duplicates(["ccode", "year"])[["ccode", "year", "lat", "lng"]]
    d = d.merge(cy.rename(columns={"ccode": "ccode1", "lat": "lat1", "lng": "lng1"}), on=["ccode1", "year"], how="left")
    d = d.merge(cy.rename(columns={"ccode": "ccode2", "lat": "lat2", "lng": "lng2"}), on=["ccode2", "year"], how="left")
    p1, p2, dl = np.radians(d.lat1), np.radians(d.lat2), np.radians(d.lng2 - d.lng1)
    num = np.sqrt((np.cos(p2) * np.sin(dl)) ** 2
                  + (np.cos(p1) * np.sin(p2) - np.sin(p1) * np.cos(p2) * np.cos(dl)) ** 2)
    d["capdist"] = np.arctan2(num, np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)) * 6378.137
    return d.drop(columns=["lat1", "lng1", "lat2", "lng2"])


# -- bilateral --------------------------------------------------------------------------------------


def bl_create():
    return create_dyadyears("cow")


def bl_pipeline():
    panel = create_dyadyears("cow")
    return panel.pipe(add_contiguity).pipe(add_igos).pipe(add_atop_alliance).pipe(add_capital_distance)


def _uncached(f: Callable[[], object], parquet: bool) -> Callable[[], object]:
    def run() -> object:
        clear_cache()
        set_parquet_cache(parquet)
        try:
            return f()
        finally:
            set_parquet_cache(False)
    return run


CPU: dict[str, float] = {}


def median_time(f: Callable[[], object], repeat: int, tag: str = "") -> tuple[float, int]:
    """Median wall time; the median CPU time (all threads) is kept in CPU[tag] (robust to other load)."""
    times, cpus, rows = [], [], 0
    for _ in range(repeat):
        c, t = time.process_time(), time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        rows = len(out)
    if tag:
        CPU[tag] = statistics.median(cpus)
    return statistics.median(times), rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="bench-dyads-")  # a private Parquet cache, removed at exit
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    os.environ["BILATERAL_HOME"] = home
    set_data_dir(DATA)
    set_parquet_cache(True)
    bl_pipeline()  # fill the in-process and Parquet caches once
    set_parquet_cache(False)
    rows = []
    n_bl = 0
    for label, pdf, bl in [("create_dyadyears (COW, directed, 1816-2024)", pd_dyadyears, bl_create),
                           ("+ contiguity + IGOs + ATOP + capital distance", pd_pipeline, bl_pipeline)]:
        few = max(3, args.repeat // 2)
        t_pd, n_pd = median_time(pdf, few, f"pd {label}")
        t_warm, n_bl = median_time(bl, args.repeat, f"warm {label}")
        t_pq, _ = median_time(_uncached(bl, True), few)
        t_cold, _ = median_time(_uncached(bl, False), few)
        assert n_pd == n_bl == 2_214_930, (n_pd, n_bl)
        rows.append((label, t_pd, t_warm, t_pq, t_cold))
    print(f"dyad-year panels: {n_bl:,} rows; cores={os.cpu_count()}; load average {os.getloadavg()[0]:.1f}; "
          "medians in seconds (ratio = pandas / bilateral)")
    print(f"{'step':<47} {'pandas':>7} {'warm':>7} {'ratio':>6} {'parquet':>8} {'ratio':>6} {'cold':>7} {'ratio':>6}")
    for label, t_pd, t_warm, t_pq, t_cold in rows:
        print(f"{label:<47} {t_pd:7.3f} {t_warm:7.3f} {t_pd / t_warm:5.1f}x {t_pq:8.3f} {t_pd / t_pq:5.1f}x "
              f"{t_cold:7.3f} {t_pd / t_cold:5.1f}x")
    for label, *_ in rows:
        print(f"CPU seconds (all threads), {label}: pandas {CPU[f'pd {label}']:.3f}, "
              f"bilateral warm {CPU[f'warm {label}']:.3f}")
    ps = pd.read_csv(DATA / "ps_benchmarks_2021_seconds.csv")
    ps = ps[ps.benchmark.isin(["create_bench", "dyad_bench"])]
    med = dict(zip(ps.function, ps["median"], strict=True))
    print("context: peacesciencer (R, 2021 laptop, its own published medians) create_dyadyears() "
          f"{med['create_dyadyears()']:.2f} s; add_contiguity() {med['add_contiguity()']:.2f} s; "
          f"add_atop_alliance() {med['add_atop_alliance()']:.2f} s; add_capital_distance() "
          f"{med['add_capital_distance()']:.2f} s")


if __name__ == "__main__":
    main()
