"""Loaders for the dyadic sources (contiguity, IGOs, ATOP, trade, MIDs), normalised for joining.

Each loader returns one row per key (directed `ccode1, ccode2, year` unless said otherwise) so that
the verbs' left joins can never multiply rows. Official layouts and peacesciencer's processed forms
are both read; `sources.DATASETS[...].files` lists the names tried, official first.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from bilateral.dyads.readers import as_int, cached, read_csv, require
from bilateral.dyads.sources import find_file
from bilateral.errors import InputFileError

KEYS = ["ccode1", "ccode2", "year"]
ATOP_COLS = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
TRADE_COLS = ["flow1", "flow2", "smoothflow1", "smoothflow2"]


def _load(key: str, tag: str, build) -> pl.DataFrame:
    path = find_file(key)
    return cached(path, tag, lambda: build(path))


# -- contiguity -------------------------------------------------------------------------------------


def contiguity_spells() -> pl.DataFrame:
    """Directed contiguity spells `ccode1, ccode2, conttype, styear, endyear` (conttype 1-5 only).

    Official `contdir.csv` holds one master record per non-directed dyad with begin/end as YYYYMM;
    peacesciencer's `cow_contdir` is already directed with stdate/enddate and adds conttype-0
    filler spells, which carry no contiguity and are dropped here.
    """
    return _load("contiguity", "spells", _read_contiguity)


def _read_contiguity(path: Path) -> pl.DataFrame:
    head = read_csv(path, ["conttype"])
    if "statelno" in head.columns:
        cols = ["statelno", "statehno", "conttype", "begin", "end"]
        df = as_int(require(head, cols, path), cols, path)
        df = df.select(pl.col("statelno").alias("ccode1"), pl.col("statehno").alias("ccode2"), "conttype",
                       (pl.col("begin") // 100).alias("styear"), (pl.col("end") // 100).alias("endyear"))
        df = pl.concat([df, df.select(pl.col("ccode2").alias("ccode1"), pl.col("ccode1").alias("ccode2"),
                                      "conttype", "styear", "endyear")])
    else:
        df = require(head, ["ccode1", "ccode2", "conttype", "stdate", "enddate"], path)
        df = as_int(df, ["ccode1", "ccode2", "conttype"], path).select(
            "ccode1", "ccode2", "conttype",
            pl.col("stdate").cast(pl.String).str.slice(0, 4).cast(pl.Int32, strict=False).alias("styear"),
            pl.col("enddate").cast(pl.String).str.slice(0, 4).cast(pl.Int32, strict=False).alias("endyear"),
        )
    if df["styear"].null_count() or df["endyear"].null_count():
        raise InputFileError(f"{path}: unreadable begin/end dates")
    return df.filter(pl.col("conttype") > 0).with_columns(pl.col("styear", "endyear").cast(pl.Int32))


def contiguity_years() -> pl.DataFrame:
    """Directed dyad-years with the closest (lowest, 1-5) contiguity type seen in the year."""
    def build(_: Path) -> pl.DataFrame:
        sp = contiguity_spells()
        return (sp.with_columns(pl.int_ranges("styear", pl.col("endyear") + 1, dtype=pl.Int32).alias("year"))
                .explode("year").group_by(KEYS).agg(pl.col("conttype").min().cast(pl.Int8)))
    return _load("contiguity", "years", build)


# -- IGOs -------------------------------------------------------------------------------------------


def igo_dyad_years() -> pl.DataFrame:
    """Non-directed (ccode1 < ccode2) counts of IGOs in which both states are full members.

    Official `dyadic_formatv3.csv` has one column per IGO coded 1 for joint full membership, 0 for
    none and negative for missing / not in existence; the count is the number of 1s (a dyad-year
    whose every IGO column is negative stays missing). peacesciencer's `cow_igo_ndy` has the count.
    """
    return _load("igo", "ndy", _read_igo)


def _read_igo(path: Path) -> pl.DataFrame:
    head = read_csv(path, ["ccode1", "ccode2", "year"])
    if "dyadigos" in head.columns:
        df = as_int(head, [*KEYS, "dyadigos"], path).select(*KEYS, "dyadigos")
    else:
        skip = {"dyadid", "ccode1", "ccode2", "state1", "state2", "year", "version"}
        igos = [c for c in head.columns if c not in skip]
        if not igos:
            raise InputFileError(f"{path}: no IGO membership columns")
        df = as_int(head, KEYS, path).select(
            *KEYS,
            pl.when(pl.all_horizontal([pl.col(c) < 0 for c in igos])).then(None)
            .otherwise(pl.sum_horizontal([(pl.col(c) == 1).cast(pl.Int32) for c in igos])).alias("dyadigos"),
        )
    # one row per non-directed dyad-year; a file listing both orders keeps ccode1 < ccode2 only
    return df.filter(pl.col("ccode1") < pl.col("ccode2"))


def igo_state_years() -> pl.DataFrame:
    """State-year counts of full / associate / observer / any IGO memberships."""
    return _load("igo-sy", "sy", _read_igo_sy)


def _read_igo_sy(path: Path) -> pl.DataFrame:
    head = read_csv(path, ["ccode", "year"])
    cols = ["sum_igo_full", "sum_igo_associate", "sum_igo_observer", "sum_igo_anytype"]
    if "sum_igo_full" in head.columns:
        return as_int(head, ["ccode", "year", *cols], path).select("ccode", "year", *cols)
    if "ioname" in head.columns:  # igoR long form: one row per membership
        long = as_int(head, ["ccode", "year", "status"], path)
        return long.group_by("ccode", "year").agg(
            *[(pl.col("status") == k).sum().cast(pl.Int32).alias(c) for k, c in zip((1, 2, 3), cols, strict=False)],
            pl.len().cast(pl.Int32).alias("sum_igo_anytype"),
        )
    igos = [c for c in head.columns if c not in {"ccode", "year", "state", "version"}]
    df = as_int(head, ["ccode", "year"], path)
    return df.select(
        "ccode", "year",
        *[pl.sum_horizontal([(pl.col(c) == k).cast(pl.Int32) for c in igos]).alias(n)
          for k, n in zip((1, 2, 3), cols, strict=False)],
    ).with_columns(pl.sum_horizontal(cols[:3]).alias("sum_igo_anytype"))


# -- ATOP -------------------------------------------------------------------------------------------


def atop_directed() -> pl.DataFrame:
    """Directed ATOP 5.1 dyad-years with five 0/1 obligation columns."""
    return _load("atop", "ddy", _read_atop)


def _read_atop(path: Path) -> pl.DataFrame:
    head = read_csv(path, ["year"])
    if "stateA" in head.columns:
        need = ["stateA", "stateB", "year", "defense", "offense", "neutral", "nonagg", "consul"]
        df = as_int(require(head, need, path), need, path)
        df = df.select(pl.col("stateA").alias("ccode1"), pl.col("stateB").alias("ccode2"), "year",
                       *[pl.col(c.removeprefix("atop_")).alias(c) for c in ATOP_COLS])
    else:
        df = as_int(require(head, [*KEYS, *ATOP_COLS], path), [*KEYS, *ATOP_COLS], path).select(*KEYS, *ATOP_COLS)
    return df.with_columns(pl.col(ATOP_COLS).cast(pl.Int8))  # directed dyad-years; duplicates fail in prepare()


# -- trade ------------------------------------------------------------------------------------------


def trade_dyad_years() -> pl.DataFrame:
    """Non-directed COW trade (ccode1 < ccode2): flow1 = imports of ccode1 from ccode2 (million USD).

    The official `Dyadic_COW_4.0.csv` codes missing as -9; those become null.
    """
    return _load("trade", "ndy", _read_trade)


def _read_trade(path: Path) -> pl.DataFrame:
    df = read_csv(path, [*KEYS, *TRADE_COLS])
    df = as_int(df, KEYS, path).with_columns(
        [pl.when(pl.col(c).cast(pl.Float64) < 0).then(None).otherwise(pl.col(c).cast(pl.Float64)).alias(c)
         for c in TRADE_COLS]
    ).select(*KEYS, *TRADE_COLS)
    swap = pl.col("ccode1") > pl.col("ccode2")
    flipped = {"ccode1": "ccode2", "ccode2": "ccode1", "flow1": "flow2", "flow2": "flow1",
               "smoothflow1": "smoothflow2", "smoothflow2": "smoothflow1"}
    return pl.concat([df.filter(~swap), df.filter(swap).rename(flipped).select(df.columns)])


def trade_state_years() -> pl.DataFrame:
    """COW National Trade 4.0: `imports`, `exports` (current million USD) by state-year; -9 -> null."""
    def build(path: Path) -> pl.DataFrame:
        df = as_int(read_csv(path, ["ccode", "year", "imports", "exports"]), ["ccode", "year"], path)
        return df.select("ccode", "year", *[
            pl.when(pl.col(c).cast(pl.Float64) < 0).then(None).otherwise(pl.col(c).cast(pl.Float64)).alias(c)
            for c in ("imports", "exports")])
    return _load("trade-sy", "sy", build)


# -- MIDs -------------------------------------------------------------------------------------------


def mid_dyad_years(source: str = "cow") -> pl.DataFrame:
    """peacesciencer's one-row-per-directed-dyad-year MID files (COW MID 5.0 or GML 2.2.1)."""
    key = "mids" if source == "cow" else "gml-mids"
    return _load(key, "ddy", lambda p: _read_mids(p, source))


def _read_mids(path: Path, source: str) -> pl.DataFrame:
    flag = f"{source}mid"
    df = read_csv(path, ["dispnum", *KEYS, f"{flag}ongoing", f"{flag}onset"])
    return as_int(df, ["dispnum", *KEYS, f"{flag}ongoing", f"{flag}onset"], path)
