"""Build a panel from names (what the CLI and web layers call) and write it to Parquet, CSV or Stata.

Keeping this in the library means `bilateral dyads --with contiguity,igos ...` and a Python user
get exactly the same frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import polars as pl

from bilateral.dyads import verbs
from bilateral.dyads.create import create_dyadyears
from bilateral.dyads.events import add_events
from bilateral.errors import BilateralError

VERBS: dict[str, Callable[[pl.DataFrame], pl.DataFrame]] = {
    "contiguity": verbs.add_contiguity,
    "distance": verbs.add_capital_distance,
    "igos": verbs.add_igos,
    "atop": verbs.add_atop_alliance,
    "trade": verbs.add_cow_trade,
    "mids": verbs.add_mids,
    "gml": verbs.add_gml_mids,
    "majors": verbs.add_cow_majors,
    "nmc": verbs.add_nmc,
    "democracy": verbs.add_democracy,
    "events": add_events,
    "prd": verbs.filter_prd,
}
WRITERS = (".parquet", ".csv", ".dta")


def parse_years(text: str | None) -> tuple[int, int] | None:
    """'1946-2024' -> (1946, 2024); '2000' -> (2000, 2000); None/'' -> all years."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-:]\s*(\d{4}))?\s*", text)
    if not m:
        raise BilateralError(f"--years {text!r}: expected YYYY or YYYY-YYYY")
    lo = int(m[1])
    return (lo, int(m[2]) if m[2] else lo)


def parse_with(text: str | Sequence[str] | None) -> list[str]:
    """'contiguity,igos' -> ['contiguity', 'igos'], refusing unknown names."""
    if not text:
        return []
    names = [t.strip().lower() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    bad = [n for n in names if n not in VERBS]
    if bad:
        raise BilateralError(f"--with {','.join(bad)}: unknown; choose from {', '.join(VERBS)}")
    return list(dict.fromkeys(names))


def parse_states(text: str | None) -> list[int] | None:
    """'2,365' -> [2, 365]; None/'' -> all states."""
    if not text:
        return None
    try:
        return [int(t) for t in text.split(",") if t.strip()]
    except ValueError:
        raise BilateralError(f"--states {text!r}: expected comma-separated state codes, e.g. 2,365") from None


def build_panel(system: str = "cow", years: tuple[int, int] | None = None, with_: Sequence[str] = (),
                *, directed: bool = True, events: pl.DataFrame | pl.LazyFrame | None = None,
                states: Sequence[int] | None = None) -> pl.DataFrame:
    """create_dyadyears + the named verbs, in the order given (`prd` filters last whatever its place)."""
    names = parse_with(with_)
    frame = create_dyadyears(system, years, directed=directed, states=states)
    for name in [n for n in names if n != "prd"] + [n for n in names if n == "prd"]:
        verb = VERBS[name]
        if name == "events" and events is not None:
            verb = partial(add_events, events=events)
        frame = verb(frame)
    return frame


def write_panel(frame: pl.DataFrame, path: Path) -> Path:
    """Write by extension: .parquet, .csv or .dta (Stata 118 via pandas; nulls become missing)."""
    suffix = path.suffix.lower()
    if suffix not in WRITERS:
        raise BilateralError(f"--out {path}: unsupported extension; use {', '.join(WRITERS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".parquet":
            frame.write_parquet(tmp)
        elif suffix == ".csv":
            frame.write_csv(tmp)
        else:
            pdf = frame.to_pandas()
            pdf.to_stata(tmp, write_index=False, version=118)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
