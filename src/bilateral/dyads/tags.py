"""What a panel is and which datasets went into it, carried alongside a Polars frame.

peacesciencer keeps this in R attributes (`ps_data_type`, `ps_system`); Polars frames have no
attribute that survives a transformation, so the verbs record it in a registry keyed by the frame
object (released when the frame is garbage-collected). When a frame carries no record (it was read
back from Parquet, or built by hand) `panel_info()` infers the unit and system from column names,
and `bilateral.dyads.cite` infers the datasets from the columns the verbs add.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import polars as pl

from bilateral.errors import BilateralError


@dataclass(frozen=True)
class PanelInfo:
    kind: str  # "dyad_year" | "state_year"
    system: str  # "cow" | "gw"
    datasets: tuple[str, ...]


_REGISTRY: dict[int, PanelInfo] = {}


def tag(df: pl.DataFrame, kind: str, system: str, datasets: list[str] | tuple[str, ...]) -> pl.DataFrame:
    """Record `df`'s unit, system and datasets (in first-use order, without repeats)."""
    seen = tuple(dict.fromkeys(datasets))
    if id(df) not in _REGISTRY:
        weakref.finalize(df, _REGISTRY.pop, id(df), None)
    _REGISTRY[id(df)] = PanelInfo(kind, system, seen)
    return df


def panel_info(df: pl.DataFrame) -> PanelInfo:
    """The recorded info of a frame, or what its columns say it is."""
    info = _REGISTRY.get(id(df))
    if info is not None:
        return info
    cols = set(df.columns)
    for system, c in (("cow", "ccode"), ("gw", "gwcode")):
        if {f"{c}1", f"{c}2", "year"} <= cols:
            return PanelInfo("dyad_year", system, (f"{system}-states",))
        if {c, "year"} <= cols:
            return PanelInfo("state_year", system, (f"{system}-states",))
    raise BilateralError(
        "not a dyad-year or state-year frame: need ccode1, ccode2, year (or gwcode1, gwcode2, year, "
        f"or ccode/gwcode, year); got {', '.join(df.columns[:8])}"
    )


def extend(before: pl.DataFrame, after: pl.DataFrame, dataset: str) -> pl.DataFrame:
    """Tag `after` with `before`'s info plus one more dataset."""
    info = panel_info(before)
    return tag(after, info.kind, info.system, info.datasets + (dataset,))
