"""`add_events`: yearly event counts between the two states of each dyad-year, from the events table.

Events are coded by actor ISO3 codes; a panel uses COW or G-W codes, and the mapping depends on
the year (Germany is 255 before 1945 and 260 for West Germany until 1990 ...), so each distinct
(ISO3, year) pair is mapped once with `bilateral.countries.codes`. Events whose actors map to no
state that year (non-state actors, territories) are left out.
"""

from __future__ import annotations

import polars as pl

from bilateral.dyads.lookup import lookup, prepare
from bilateral.dyads.tags import extend, panel_info
from bilateral.errors import BilateralError

NEEDED = ["year", "actor1_iso3", "actor2_iso3", "quad", "goldstein"]


def _vocab() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from bilateral.events.cameo import PLOVER_TYPES, QUADS

    return QUADS, PLOVER_TYPES


def _code_map(events: pl.DataFrame, system: str) -> pl.DataFrame:
    """(iso3, year) -> state code, for every pair that occurs in the events."""
    from bilateral.countries.codes import iso3_to_cow, iso3_to_gw

    conv = iso3_to_cow if system == "cow" else iso3_to_gw
    pairs = pl.concat([
        events.select(pl.col("actor1_iso3").alias("iso3"), "year"),
        events.select(pl.col("actor2_iso3").alias("iso3"), "year"),
    ]).drop_nulls().unique()
    rows = [(iso, y, conv(iso, int(y))) for iso, y in pairs.iter_rows()]
    return pl.DataFrame(rows, schema={"iso3": pl.String, "year": pl.Int32, "code": pl.Int32}, orient="row")


def event_dyad_years(events: pl.DataFrame | pl.LazyFrame, system: str = "cow", directed: bool = True
                     ) -> tuple[pl.DataFrame, tuple[int, int] | None]:
    """Directed (or, with `directed=False`, code1 < code2) yearly counts: `events_total`, one
    `events_<quad>` per quad class, one `plover_<type>` per PLOVER type, and `goldstein_sum`;
    plus the (first, last) year the events cover (None when there are no events)."""
    quads, types = _vocab()
    lf = events.lazy() if isinstance(events, pl.DataFrame) else events
    missing = [c for c in NEEDED if c not in lf.collect_schema().names()]
    if missing:
        raise BilateralError(f"events table lacks column(s) {', '.join(missing)}")
    has_plover = "plover" in lf.collect_schema().names()
    groups = ["year", "actor1_iso3", "actor2_iso3", "quad", *(["plover"] if has_plover else [])]
    # collapse the (possibly GDELT-sized, lazily scanned) table before any per-row work
    ev = (lf.with_columns(pl.col("year").cast(pl.Int32))
          .group_by(groups).agg(pl.len().alias("_n"), pl.col("goldstein").sum().alias("_g")).collect())
    span = None if ev.height == 0 else (int(ev["year"].min()), int(ev["year"].max()))
    codes = _code_map(ev, system)
    for i in ("1", "2"):
        ev = ev.join(codes.rename({"iso3": f"actor{i}_iso3", "code": f"code{i}"}), on=[f"actor{i}_iso3", "year"],
                     how="left")
    ev = ev.filter(pl.col("code1").is_not_null() & pl.col("code2").is_not_null() & (pl.col("code1") != pl.col("code2")))
    if not directed:
        ev = ev.with_columns(pl.min_horizontal("code1", "code2").alias("code1"),
                             pl.max_horizontal("code1", "code2").alias("code2"))
    n = pl.col("_n")
    aggs = [n.sum().cast(pl.Int32).alias("events_total")]
    aggs += [n.filter(pl.col("quad") == q).sum().cast(pl.Int32).alias(f"events_{q}") for q in quads]
    if has_plover:
        aggs += [n.filter(pl.col("plover") == t).sum().cast(pl.Int32).alias(f"plover_{t.lower()}") for t in types]
    aggs.append(pl.col("_g").sum().cast(pl.Float64).alias("goldstein_sum"))
    return ev.group_by("code1", "code2", "year").agg(aggs), span


def add_events(df: pl.DataFrame, events: pl.DataFrame | pl.LazyFrame | None = None) -> pl.DataFrame:
    """Add yearly event counts and Goldstein sums for each dyad-year (directed: actor1 = code1).

    `events` defaults to the whole events table (`bilateral.events.store.scan_events()`). On a
    non-directed panel (no row with code1 > code2) events in both directions are counted. Inside
    the years the events cover, a dyad-year without events gets 0; outside them, null.
    """
    info = panel_info(df)
    if info.kind != "dyad_year":
        raise BilateralError("add_events() needs a dyad-year frame")
    if events is None:
        from bilateral.events.store import scan_events

        events = scan_events()
    c = "ccode" if info.system == "cow" else "gwcode"
    keys = [f"{c}1", f"{c}2", "year"]
    nondirected = df.height > 0 and not df.select((pl.col(keys[0]) > pl.col(keys[1])).any()).item()
    agg, span = event_dyad_years(events, info.system, directed=not nondirected)
    counts = [col for col in agg.columns if col not in ("code1", "code2", "year")]
    clash = [col for col in counts if col in df.columns]
    if clash:
        raise BilateralError(f"add_events(): column(s) {', '.join(clash[:3])} already in the frame")
    if span is None:
        out = df.with_columns([pl.lit(None, agg.schema[col]).alias(col) for col in counts])
        return extend(df, out, "events")
    lo, hi = span
    if agg.height:
        out = lookup(df, prepare(agg, ["code1", "code2", "year"], "events table"), keys)
    else:
        out = df.with_columns([pl.lit(None, agg.schema[col]).alias(col) for col in counts])
    inside = pl.col("year").is_between(lo, hi)
    out = out.with_columns([pl.when(inside).then(pl.col(col).fill_null(0)).otherwise(None).alias(col)
                            for col in counts])
    if out.height != df.height:
        raise AssertionError("add_events() changed the row count")
    return extend(df, out, "events")
