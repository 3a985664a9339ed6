"""State-system membership lists (COW v2024/v2016, Gleditsch-Ward v7 and 2017) as spells.

Every list is normalised to one frame of membership spells:
`code` (Int32), `abb`, `name`, `start`, `end` (Date) and `microstate` (Int8, G-W only; 0 for COW).

Layouts read:
- COW `statelist2024.csv` / `states2016.csv` (official; the shared copies are the same raw files);
- G-W official `iisystem.dat` + `microstatessystem.dat` (tab-separated, `dd:mm:yyyy` dates, Latin-1),
  the isard/peacesciencer `gw_system_v7.csv` form, and peacesciencer's `gw_states` (2017) form.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from bilateral.dyads.readers import as_int, cached, read_csv, require
from bilateral.dyads.sources import find_file
from bilateral.errors import BilateralError, InputFileError

SYSTEMS = ("cow", "gw")
VERSIONS = {"cow": ("2024", "2016"), "gw": ("7", "2017")}
_KEYS = {("cow", "2024"): "cow-states", ("cow", "2016"): "cow-states-2016", ("gw", "7"): "gw-states",
         ("gw", "2017"): "gw-states-2017"}
SPELL_SCHEMA = ["code", "abb", "name", "start", "end", "microstate"]


def dataset_key(system: str, version: str | None = None) -> str:
    """The registry key of a system's membership list (validating both arguments)."""
    if system not in SYSTEMS:
        raise BilateralError(f"unknown system {system!r}; use 'cow' (Correlates of War) or 'gw' (Gleditsch-Ward)")
    version = str(version or VERSIONS[system][0])
    if version not in VERSIONS[system]:
        raise BilateralError(f"unknown {system} list version {version!r}; known: {', '.join(VERSIONS[system])}")
    return _KEYS[(system, version)]


def load_spells(system: str = "cow", version: str | None = None) -> pl.DataFrame:
    """Membership spells of one list, read from the configured data directory."""
    key = dataset_key(system, version)
    path = find_file(key)
    return cached(path, "spells", lambda: _parse(system, path))


def _parse(system: str, path: Path) -> pl.DataFrame:
    if system == "cow":
        df = _read_cow(path)
    elif path.suffix == ".dat":
        df = _read_gw_dat(path)
    else:
        df = _read_gw_csv(path)
    bad = df.filter(pl.col("start").is_null() | pl.col("end").is_null() | (pl.col("end") < pl.col("start")))
    if bad.height:
        raise InputFileError(f"{path}: {bad.height} spell(s) with a missing or reversed date (code {bad['code'][0]})")
    return df.select(SPELL_SCHEMA).sort("code", "start")


def _read_cow(path: Path) -> pl.DataFrame:
    cols = ["ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"]
    df = as_int(read_csv(path, cols + ["stateabb", "statenme"]), cols, path)
    return df.select(
        pl.col("ccode").alias("code"),
        pl.col("stateabb").alias("abb"),
        pl.col("statenme").alias("name"),
        pl.date("styear", "stmonth", "stday").alias("start"),
        pl.date("endyear", "endmonth", "endday").alias("end"),
        pl.lit(0, pl.Int8).alias("microstate"),
    )


def _dmy(col: str) -> pl.Expr:
    return pl.col(col).str.strip_chars().str.to_date("%d:%m:%Y", strict=False)


def _read_gw_dat(path: Path) -> pl.DataFrame:
    """The official G-W files; microstates come from `microstatessystem.dat` beside `iisystem.dat`."""
    names = ["code", "abb", "name", "start", "end"]
    frames = []
    for p, micro in [(path, 0), (path.with_name("microstatessystem.dat"), 1)]:
        if micro and not p.is_file():
            continue
        raw = read_csv(p, names, separator="\t", has_header=False, new_columns=names, encoding="latin1",
                       schema_overrides={"start": pl.String, "end": pl.String})
        raw = as_int(raw, ["code"], p)
        frames.append(raw.with_columns(_dmy("start"), _dmy("end"), pl.lit(micro, pl.Int8).alias("microstate")))
    return pl.concat(frames)


def _read_gw_csv(path: Path) -> pl.DataFrame:
    head = read_csv(path, ["gwcode"])
    if "microstate" in head.columns:  # isard / peacesciencer gw_system (v7)
        df = require(head, ["gwcode", "gw_abb", "gw_name", "microstate", "start", "end"], path)
        df = df.rename({"gwcode": "code", "gw_abb": "abb", "gw_name": "name"})
    else:  # peacesciencer gw_states (2017 iisystem)
        df = require(head, ["gwcode", "stateabb", "statename", "startdate", "enddate"], path)
        df = df.rename({"gwcode": "code", "stateabb": "abb", "statename": "name", "startdate": "start",
                        "enddate": "end"}).with_columns(pl.lit(0, pl.Int8).alias("microstate"))
    df = as_int(df, ["code"], path).with_columns(pl.col("microstate").cast(pl.Int8))
    try:
        return df.with_columns(pl.col("start").cast(pl.String).str.to_date("%Y-%m-%d"),
                               pl.col("end").cast(pl.String).str.to_date("%Y-%m-%d"))
    except Exception:
        raise InputFileError(f"{path}: start/end are not YYYY-MM-DD dates") from None
