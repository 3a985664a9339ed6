"""Loaders for state-level sources (major powers, NMC, democracy, capitals), one row per state-year."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from bilateral.dyads.readers import as_int, cached, read_csv
from bilateral.dyads.sources import find_file
from bilateral.errors import InputFileError

NMC_COLS = ["milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]
DEMOCRACY_COLS = ["euds", "aeuds", "polity2", "v2x_polyarchy"]


def _load(key: str, tag: str, build) -> pl.DataFrame:
    path = find_file(key)
    return cached(path, tag, lambda: build(path))


def major_years() -> pl.DataFrame:
    """`ccode, year` for every year a state is a COW major power (official majors2016/2024 layout)."""
    def build(path: Path) -> pl.DataFrame:
        cols = ["ccode", "styear", "endyear"]
        df = as_int(read_csv(path, cols), cols, path)
        return (df.select("ccode", pl.int_ranges("styear", pl.col("endyear") + 1, dtype=pl.Int32).alias("year"))
                .explode("year").unique())
    return _load("majors", "years", build)


def nmc_years() -> pl.DataFrame:
    """COW National Material Capabilities by state-year (official NMC-abridged or peacesciencer form).

    The official file codes missing values as -9; they become null.
    """
    def build(path: Path) -> pl.DataFrame:
        df = as_int(read_csv(path, ["ccode", "year", *NMC_COLS]), ["ccode", "year"], path)
        return df.select("ccode", "year", *[
            pl.when(pl.col(c).cast(pl.Float64) < 0).then(None).otherwise(pl.col(c).cast(pl.Float64)).alias(c)
            for c in NMC_COLS
        ]).unique(["ccode", "year"], keep="first")
    return _load("nmc", "years", build)


def democracy_years() -> pl.DataFrame:
    """Extended UDS, Polity2 and V-Dem polyarchy by COW state-year (isard's combined table)."""
    def build(path: Path) -> pl.DataFrame:
        df = as_int(read_csv(path, ["ccode", "year", *DEMOCRACY_COLS]), ["ccode", "year"], path)
        return df.select("ccode", "year", pl.col(DEMOCRACY_COLS).cast(pl.Float64)).unique(
            ["ccode", "year"], keep="first")
    return _load("democracy", "years", build)


def capital_years(system: str = "cow") -> pl.DataFrame:
    """`code, year, lat, lng`: the capital a state held on January 1 (the first listed in a move year).

    This is peacesciencer's rule: in a year a capital moved, the earlier capital is used.
    """
    key = "capitals" if system == "cow" else "gw-capitals"
    code = "ccode" if system == "cow" else "gwcode"

    def build(path: Path) -> pl.DataFrame:
        df = read_csv(path, [code, "stdate", "enddate", "lat", "lng"])
        df = as_int(df, [code], path)
        try:
            df = df.with_columns(pl.col("stdate").cast(pl.String).str.to_date("%Y-%m-%d"),
                                 pl.col("enddate").cast(pl.String).str.to_date("%Y-%m-%d"))
        except Exception:
            raise InputFileError(f"{path}: stdate/enddate are not YYYY-MM-DD dates") from None
        return (df.sort(code, "stdate")
                .select(pl.col(code).alias("code"), "lat", "lng",
                        pl.int_ranges(pl.col("stdate").dt.year(), pl.col("enddate").dt.year() + 1,
                                      dtype=pl.Int32).alias("year"))
                .explode("year").unique(["code", "year"], keep="first", maintain_order=True)
                .with_columns(pl.col("lat", "lng").cast(pl.Float64)))
    return _load(key, "years", build)
