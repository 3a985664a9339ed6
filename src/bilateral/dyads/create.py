"""State-years and dyad-years from a state-system membership list.

peacesciencer builds dyad-years by crossing state-years and then dropping the "false dyads" it
ships as a lookup table: pairs of states that are both members in some year but never on the same
day (Germany and Vietnam-era cases, 115-817 in 1975, ...). Here the rule is computed instead of
looked up: each state-year carries the first and last day-of-year it was a member, and a dyad-year
exists only when the two intervals overlap. That reproduces peacesciencer's panels exactly (tests
compare every row) and also works for any list version or year range it never tabulated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import polars as pl

from bilateral.dyads.states import dataset_key, load_spells
from bilateral.dyads.tags import tag
from bilateral.errors import BilateralError

FIRST_YEAR = 1816
MRY_YEAR = 2024  # the last year the newest shipped list (COW v2024) covers; mry=True extends to it

YearsArg = None | int | range | tuple[int, int] | Iterable[int]
CODE_NAMES = {"cow": "ccode", "gw": "gwcode"}


def _mry_year(mry: bool | int, list_end: int) -> int:
    if mry is True:
        return max(MRY_YEAR, list_end)
    if mry is False or mry is None:
        return list_end
    if int(mry) < list_end:
        raise BilateralError(f"mry={mry} is before the list's last year {list_end}")
    return int(mry)


def _extended_spells(system: str, version: str | None, mry: bool | int, microstates: bool,
                     states: Iterable[int] | None = None) -> tuple[pl.DataFrame, int]:
    """Spells with the open end (the list's last day) carried to Dec 31 of the most recent year."""
    spells = load_spells(system, version)
    list_end = spells["end"].max()
    if not microstates:
        spells = spells.filter(pl.col("microstate") == 0)
    if states is not None:
        wanted = {int(c) for c in states}
        unknown = sorted(wanted - set(spells["code"].to_list()))
        if unknown:
            raise BilateralError(f"states {', '.join(map(str, unknown[:5]))}: not in the {system} state list")
        spells = spells.filter(pl.col("code").is_in(sorted(wanted)))
    last = _mry_year(mry, list_end.year)
    spells = spells.with_columns(
        pl.when(pl.col("end") == list_end).then(pl.lit(dt.date(last, 12, 31))).otherwise(pl.col("end")).alias("end")
    )
    return spells, last


def _year_bounds(years: YearsArg, lo: int, hi: int, system: str) -> tuple[int, int] | list[int]:
    if years is None:
        return (lo, hi)
    if isinstance(years, int):
        years = (years, years)
    if isinstance(years, tuple) and len(years) == 2:
        a, b = int(years[0]), int(years[1])
    else:
        wanted = sorted({int(y) for y in years})
        if not wanted:
            raise BilateralError("years is empty")
        a, b = wanted[0], wanted[-1]
    if a > b:
        raise BilateralError(f"years {a}-{b}: the first year is after the last")
    if a < lo or b > hi:
        raise BilateralError(f"years {a}-{b} are outside the {system} state list's {lo}-{hi}")
    if isinstance(years, tuple):
        return (a, b)
    return wanted


def state_year_intervals(system: str = "cow", *, version: str | None = None, mry: bool | int = True,
                         microstates: bool = True, states: Iterable[int] | None = None) -> tuple[pl.DataFrame, int]:
    """One row per membership spell and year: code, year, first/last day-of-year as a member.

    A state can have two rows in a year (COW 345 in 2006: Yugoslavia ends and Serbia starts on the
    same day under the same code); callers de-duplicate.
    """
    spells, last = _extended_spells(system, version, mry, microstates, states)
    iv = (
        spells.with_columns(pl.int_ranges(pl.col("start").dt.year(), pl.col("end").dt.year() + 1,
                                          dtype=pl.Int32).alias("year"))
        .explode("year")
        .with_columns(
            pl.when(pl.col("year") == pl.col("start").dt.year()).then(pl.col("start").dt.ordinal_day())
            .otherwise(1).cast(pl.Int16).alias("d0"),
            pl.when(pl.col("year") == pl.col("end").dt.year()).then(pl.col("end").dt.ordinal_day())
            .otherwise(366).cast(pl.Int16).alias("d1"),
        )
        .filter(pl.col("year") >= FIRST_YEAR)
        .select("code", "year", "d0", "d1", "microstate", "name")
    )
    return iv, last


def _filter_years(df: pl.DataFrame, bounds: tuple[int, int] | list[int]) -> pl.DataFrame:
    if isinstance(bounds, tuple):
        return df.filter(pl.col("year").is_between(bounds[0], bounds[1]))
    return df.filter(pl.col("year").is_in(bounds))


def create_stateyears(system: str = "cow", years: YearsArg = None, *, mry: bool | int = True,
                      version: str | None = None, microstates: bool = True,
                      states: Iterable[int] | None = None) -> pl.DataFrame:
    """State-years of the COW or G-W system: `ccode|gwcode, statenme, year` (+ `microstate` for G-W).

    `mry=True` assumes states alive at the end of the list are still alive through MRY_YEAR (as
    peacesciencer does); pass False to stop at the list's end or an int for another year.
    `states` keeps only those codes.
    """
    key = dataset_key(system, version)
    iv, last = state_year_intervals(system, version=version, mry=mry, microstates=microstates, states=states)
    bounds = _year_bounds(years, FIRST_YEAR, last, system)
    code = CODE_NAMES[system]
    cols = [pl.col("code").alias(code), pl.col("name").alias("statenme"), "year"]
    if system == "gw":
        cols.append("microstate")
    out = _filter_years(iv, bounds).unique(["code", "year"], keep="last", maintain_order=True).select(cols)
    return tag(out.sort(code, "year"), "state_year", system, [key])


def _spell_pairs(spells: pl.DataFrame, directed: bool) -> pl.DataFrame:
    """Pairs of membership spells that share at least one day, with the years of that overlap.

    Any year the common stretch of days touches has a common day, so the dyad-years of a spell
    pair are simply year(overlap start)..year(overlap end); spells that overlap in some year but
    on no day (peacesciencer's false dyads) give an empty overlap and drop out. A state with two
    spells touching the same year (COW 345 in 2006) would repeat that year; the later range then
    starts one year on.
    """
    s = spells.select("code", "start", "end", "microstate")
    pairs = s.join(s, how="cross", suffix="2").filter(
        (pl.col("code") < pl.col("code2")) if not directed else (pl.col("code") != pl.col("code2"))
    )
    pairs = pairs.with_columns(
        pl.max_horizontal("start", "start2").alias("o0"), pl.min_horizontal("end", "end2").alias("o1")
    ).filter(pl.col("o0") <= pl.col("o1"))
    pairs = pairs.with_columns(
        pl.col("o0").dt.year().cast(pl.Int32).alias("y0"), pl.col("o1").dt.year().cast(pl.Int32).alias("y1")
    ).sort("code", "code2", "o0")
    same = (pl.col("code") == pl.col("code").shift(1)) & (pl.col("code2") == pl.col("code2").shift(1))
    return pairs.with_columns(
        pl.when(same & (pl.col("y1").shift(1) >= pl.col("y0"))).then(pl.col("y0") + 1).otherwise(pl.col("y0"))
        .alias("y0")
    )


def create_dyadyears(system: str = "cow", years: YearsArg = None, *, directed: bool = True,
                     mry: bool | int = True, version: str | None = None, microstates: bool = True,
                     states: Iterable[int] | None = None) -> pl.DataFrame:
    """Dyad-years of the COW (`ccode1, ccode2, year`) or G-W system (`gwcode1, gwcode2, year,
    microstate1, microstate2`), ordered by code1, code2, year.

    Two states form a dyad-year when both are system members on at least one common day of that
    year (peacesciencer's false dyads are excluded). `directed=False` keeps code1 < code2.
    `states` keeps only dyads among those codes (e.g. `states=[2, 365]` for USA-Russia).
    """
    key = dataset_key(system, version)
    spells, last = _extended_spells(system, version, mry, microstates, states)
    bounds = _year_bounds(years, FIRST_YEAR, last, system)
    lo, hi = (bounds if isinstance(bounds, tuple) else (bounds[0], bounds[-1]))
    pairs = _spell_pairs(spells, directed).with_columns(
        pl.max_horizontal("y0", pl.lit(lo, pl.Int32)).alias("y0"),
        pl.min_horizontal("y1", pl.lit(hi, pl.Int32)).alias("y1"),
    ).filter(pl.col("y0") <= pl.col("y1"))
    c = CODE_NAMES[system]
    cols = [pl.col("code").alias(f"{c}1"), pl.col("code2").alias(f"{c}2"),
            pl.int_ranges("y0", pl.col("y1") + 1, dtype=pl.Int32).alias("year")]
    if system == "gw":
        cols += [pl.col("microstate").alias("microstate1"), pl.col("microstate2")]
    out = pairs.select(cols).explode("year")
    if isinstance(bounds, list):
        out = out.filter(pl.col("year").is_in(bounds))
    return tag(out, "dyad_year", system, [key])
