"""peacesciencer's `add_*` verbs for Polars panels: each is a LEFT join that never changes the row count.

Every verb takes a dyad-year (or, where it makes sense, state-year) frame and returns it with
columns added. Conventions, chosen so that missing data never masquerade as observations:

- inside a source's years, "no record" means "no tie" where the source is exhaustive
  (contiguity, ATOP, MID onset/ongoing, major power status) and is filled with 0;
- outside a source's years a value is null, never 0 (peacesciencer filled contiguity with 0 for
  2017+ and its users filed exactly this bug);
- values that are missing in the source stay null.

All verbs need COW codes except `add_capital_distance`, which also takes G-W panels.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from bilateral.dyads import attributes as attrs
from bilateral.dyads import relations as rel
from bilateral.dyads.lookup import Prepared, lookup, prepare, rows_for
from bilateral.dyads.readers import cached
from bilateral.dyads.sources import dataset, find_file
from bilateral.dyads.tags import extend, panel_info
from bilateral.errors import BilateralError

EARTH_RADIUS_M = 6_378_137.0  # geosphere's default sphere, used by peacesciencer's distVincentySphere


def _shape(df: pl.DataFrame, verb: str, *, gw_ok: bool = False) -> tuple[str, list[str]]:
    """The panel kind and its key columns; G-W panels are refused where the source uses COW codes."""
    info = panel_info(df)
    if info.system == "gw" and not gw_ok:
        raise BilateralError(f"{verb}() merges on COW codes (ccode1, ccode2); build the panel with system='cow'")
    c = "ccode" if info.system == "cow" else "gwcode"
    keys = [f"{c}1", f"{c}2", "year"] if info.kind == "dyad_year" else [c, "year"]
    return info.kind, keys


def _prepared(key: str, tag: str, build: Callable[[], pl.DataFrame], src_keys: list[str],
              fill: dict[str, int] | None = None) -> Prepared:
    """A source indexed for `lookup`, memoised with the file it came from."""
    path = find_file(key)
    return cached(path, f"prepared:{tag}", lambda: prepare(build(), src_keys, str(path), fill))


def _join(df: pl.DataFrame, prepared: Prepared, keys: list[str], dataset_key: str, verb: str,
          rename: dict[str, str] | None = None, fill_years: tuple[int, int] | None = None) -> pl.DataFrame:
    """Left-join a prepared source onto `df` by `keys`; the row count cannot change.

    With `fill_years`, unmatched rows inside those years get the source's fill values (0)."""
    new = [(rename or {}).get(c, c) for c in prepared.columns]
    clash = [c for c in new if c in df.columns]
    if clash:
        raise BilateralError(f"{verb}(): column(s) {', '.join(clash)} already in the frame (verb applied twice?)")
    out = lookup(df, prepared, keys, rename, fill_years)
    if out.height != df.height:
        raise AssertionError(f"{verb}() changed the row count {df.height} -> {out.height}")
    return extend(df, out, dataset_key)


def _years(key: str) -> tuple[int, int]:
    years = dataset(key).years
    assert years is not None
    return years


def _monadic(df: pl.DataFrame, key: str, load: Callable[[], pl.DataFrame], cols: list[str], verb: str
             ) -> pl.DataFrame:
    """Attach state-year columns: suffixed 1/2 on dyad-years, as they are on state-years."""
    kind, keys = _shape(df, verb)
    src = _prepared(key, "monadic", lambda: load().select("ccode", "year", *cols), ["ccode", "year"])
    if kind == "state_year":
        return _join(df, src, keys, key, verb)
    out = _join(df, src, [keys[0], "year"], key, verb, {c: f"{c}1" for c in cols})
    return _join(out, src, [keys[1], "year"], key, verb, {c: f"{c}2" for c in cols})


def add_contiguity(df: pl.DataFrame) -> pl.DataFrame:
    """COW Direct Contiguity 3.2: `conttype` 1 land ... 5 <=400 mi water, 0 none (dyad-years, lowest type
    of the year); `land`, `sea` neighbour counts on state-years. Null outside 1816-2016."""
    kind, keys = _shape(df, "add_contiguity")
    lo, hi = _years("contiguity")
    if kind == "state_year":
        src = _prepared("contiguity", "sy", lambda: rel.contiguity_years().group_by("ccode1", "year").agg(
            (pl.col("conttype") == 1).sum().cast(pl.Int32).alias("land"),
            (pl.col("conttype") > 1).sum().cast(pl.Int32).alias("sea")), ["ccode1", "year"], {"land": 0, "sea": 0})
        return _join(df, src, keys, "contiguity", "add_contiguity", fill_years=(lo, hi))
    src = _prepared("contiguity", "ddy", rel.contiguity_years, rel.KEYS, {"conttype": 0})
    return _join(df, src, keys, "contiguity", "add_contiguity", fill_years=(lo, hi))


def _vincenty_sphere_km(lat1: str, lng1: str, lat2: str, lng2: str) -> pl.Expr:
    p1, p2 = pl.col(lat1).radians(), pl.col(lat2).radians()
    dl = (pl.col(lng2) - pl.col(lng1)).radians()
    num = ((p2.cos() * dl.sin()) ** 2 + (p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos()) ** 2).sqrt()
    den = p1.sin() * p2.sin() + p1.cos() * p2.cos() * dl.cos()
    return pl.arctan2(num, den) * EARTH_RADIUS_M / 1000.0


def _capital_tables(system: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(state-year -> capital id, capital pair -> km): capitals rarely move, so distances are
    computed once per pair of capitals (tens of thousands) rather than per dyad-year (millions)."""
    key = "capitals" if system == "cow" else "gw-capitals"

    def ids() -> pl.DataFrame:
        caps = attrs.capital_years(system)
        return caps.with_columns(pl.struct("lat", "lng").rank("dense").cast(pl.Int32).alias("cap")).select(
            "code", "year", "cap")

    def dists() -> pl.DataFrame:
        caps = attrs.capital_years(system)
        pts = caps.with_columns(pl.struct("lat", "lng").rank("dense").cast(pl.Int32).alias("cap")).unique("cap")
        pts = pts.select("cap", "lat", "lng")
        pairs = pts.join(pts, how="cross", suffix="2")
        return pairs.select("cap", "cap2", _vincenty_sphere_km("lat", "lng", "lat2", "lng2").alias("capdist"))

    return (_prepared(key, "capid", ids, ["code", "year"]), _prepared(key, "capdist", dists, ["cap", "cap2"]))


def add_capital_distance(df: pl.DataFrame) -> pl.DataFrame:
    """Capital-to-capital distance `capdist` in km (Vincenty on a sphere, January-1 capital).

    On state-years adds `mincapdist`, the distance to the nearest other capital that year.
    """
    kind, keys = _shape(df, "add_capital_distance", gw_ok=True)
    system = panel_info(df).system
    key = "capitals" if system == "cow" else "gw-capitals"
    if "capdist" in df.columns or "mincapdist" in df.columns:
        raise BilateralError("add_capital_distance(): the frame already has a capital distance column")
    if kind == "state_year":
        from bilateral.dyads.create import create_dyadyears

        allpairs = add_capital_distance(create_dyadyears(system, mry=True))
        code = allpairs.columns[0]
        src = prepare(allpairs.group_by(code, "year").agg(pl.col("capdist").min().alias("mincapdist")),
                      [code, "year"], key)
        return _join(df, src, keys, key, "add_capital_distance")
    capid, capdist = _capital_tables(system)
    ids = capid.arrays["cap"][0]  # capital ids start at 1; 0 (the no-match row) matches no distance
    caps = pl.DataFrame({
        "cap1": ids[rows_for(df, capid, [keys[0], "year"]).to_numpy()],
        "cap2": ids[rows_for(df, capid, [keys[1], "year"]).to_numpy()],
    })
    km = lookup(caps, capdist, ["cap1", "cap2"])["capdist"]
    return extend(df, df.with_columns(km.alias("capdist")), key)


def _both_directions(src: pl.DataFrame, swap: dict[str, str] | None = None) -> pl.DataFrame:
    """A non-directed (ccode1 < ccode2) table made directed; `swap` renames side-specific columns."""
    rename = {"ccode1": "ccode2", "ccode2": "ccode1", **(swap or {})}
    return pl.concat([src, src.rename(rename).select(src.columns)])


def add_igos(df: pl.DataFrame) -> pl.DataFrame:
    """COW IGO v3: `dyadigos`, shared full memberships (dyad-years); `sum_igo_*` counts on state-years.

    Dyads absent from the IGO file stay null (as in peacesciencer); years after 2014 are null.
    """
    kind, keys = _shape(df, "add_igos")
    if kind == "state_year":
        src = _prepared("igo-sy", "sy", rel.igo_state_years, ["ccode", "year"])
        return _join(df, src, keys, "igo-sy", "add_igos")
    src = _prepared("igo", "ddy", lambda: _both_directions(rel.igo_dyad_years()), rel.KEYS)
    return _join(df, src, keys, "igo", "add_igos")


def _is_nondirected(df: pl.DataFrame, keys: list[str]) -> bool:
    return df.height > 0 and not df.select((pl.col(keys[0]) > pl.col(keys[1])).any()).item()


def _atop_either_direction() -> pl.DataFrame:
    src = rel.atop_directed()
    agg = (src.with_columns(pl.min_horizontal("ccode1", "ccode2").alias("lo"),
                            pl.max_horizontal("ccode1", "ccode2").alias("hi"))
           .group_by("lo", "hi", "year").agg(pl.col(rel.ATOP_COLS).max()))
    return agg.rename({"lo": "ccode1", "hi": "ccode2"})


def add_atop_alliance(df: pl.DataFrame, *, ndir: bool = True) -> pl.DataFrame:
    """ATOP 5.1 obligations `atop_defense, _offense, _neutral, _nonagg, _consul` (0/1; null outside 1815-2018).

    ATOP is directed. On a non-directed panel (no row with ccode1 > ccode2) and `ndir=True`, a pledge
    in either direction counts (the maximum over both), as in peacesciencer.
    """
    kind, keys = _shape(df, "add_atop_alliance")
    if kind != "dyad_year":
        raise BilateralError("add_atop_alliance() needs a dyad-year frame")
    zeros = dict.fromkeys(rel.ATOP_COLS, 0)
    if ndir and _is_nondirected(df, keys):
        src = _prepared("atop", "ndy", _atop_either_direction, rel.KEYS, zeros)
    else:
        src = _prepared("atop", "ddy", rel.atop_directed, rel.KEYS, zeros)
    return _join(df, src, keys, "atop", "add_atop_alliance", fill_years=_years("atop"))


def add_cow_trade(df: pl.DataFrame) -> pl.DataFrame:
    """COW Dyadic Trade 4.0 `flow1` (imports of ccode1 from ccode2), `flow2`, `smoothflow1/2` (million USD).

    The source is non-directed; for rows with ccode1 > ccode2 the flows are swapped so that flow1
    always means imports of the panel's ccode1. Missing trade stays null. On state-years adds
    `imports`, `exports` from COW National Trade 4.0.
    """
    kind, keys = _shape(df, "add_cow_trade")
    if kind == "state_year":
        src = _prepared("trade-sy", "sy", rel.trade_state_years, ["ccode", "year"])
        return _join(df, src, keys, "trade-sy", "add_cow_trade")
    swap = {"flow1": "flow2", "flow2": "flow1", "smoothflow1": "smoothflow2", "smoothflow2": "smoothflow1"}
    src = _prepared("trade", "ddy", lambda: _both_directions(rel.trade_dyad_years(), swap), rel.KEYS)
    return _join(df, src, keys, "trade", "add_cow_trade")


def add_mids(df: pl.DataFrame, source: str = "cow") -> pl.DataFrame:
    """Militarized interstate disputes (directed dispute-years, one per dyad-year): COW MID 5.0
    (`source="cow"`: `dispnum, cowmidongoing, cowmidonset, sidea1, ...`) or GML 2.2.1
    (`source="gml"`: `gmlmidongoing, gmlmidonset` and the other columns prefixed `gml_`, so both
    can sit in one panel). Onset/ongoing are 0 for dyad-years without a dispute inside the source's
    years and null outside them."""
    if source not in ("cow", "gml"):
        raise BilateralError(f"unknown MID source {source!r}; use 'cow' or 'gml'")
    kind, keys = _shape(df, "add_mids")
    if kind != "dyad_year":
        raise BilateralError("add_mids() needs a dyad-year frame")
    key = "mids" if source == "cow" else "gml-mids"
    flags = (f"{source}midongoing", f"{source}midonset")
    src = _prepared(key, "ddy", lambda: rel.mid_dyad_years(source).with_columns(pl.col(flags).cast(pl.Int8)),
                    rel.KEYS, dict.fromkeys(flags, 0))
    rename = None if source == "cow" else {c: f"gml_{c}" for c in src.columns if c not in flags}
    return _join(df, src, keys, key, "add_mids", rename, fill_years=_years(key))


def add_gml_mids(df: pl.DataFrame) -> pl.DataFrame:
    """Gibler-Miller-Little MIDs (2.2.1); see `add_mids`."""
    return add_mids(df, source="gml")


def _major_src() -> pl.DataFrame:
    return attrs.major_years().with_columns(pl.lit(1, pl.Int8).alias("cowmaj"))


def add_cow_majors(df: pl.DataFrame) -> pl.DataFrame:
    """COW major power status: `cowmaj1`, `cowmaj2` on dyad-years, `cowmaj` on state-years (0/1,
    null after the major-power list's last year)."""
    kind, keys = _shape(df, "add_cow_majors")
    src = _prepared("majors", "years", _major_src, ["ccode", "year"], {"cowmaj": 0})
    span = (1816, int(attrs.major_years()["year"].max()))
    if kind == "state_year":
        return _join(df, src, keys, "majors", "add_cow_majors", fill_years=span)
    out = _join(df, src, [keys[0], "year"], "majors", "add_cow_majors", {"cowmaj": "cowmaj1"}, span)
    return _join(out, src, [keys[1], "year"], "majors", "add_cow_majors", {"cowmaj": "cowmaj2"}, span)


def filter_prd(df: pl.DataFrame) -> pl.DataFrame:
    """Keep politically relevant dyads: contiguous (any type) or with a major power (adds `prd`).

    Adds contiguity and major-power columns first if they are missing. This is the one verb that
    removes rows, on purpose. After 2016 contiguity is unknown, so only major-power dyads remain.
    """
    kind, _ = _shape(df, "filter_prd")
    if kind != "dyad_year":
        raise BilateralError("filter_prd() only makes sense for dyad-year data")
    out = df if "conttype" in df.columns else add_contiguity(df)
    out = out if "cowmaj1" in out.columns else add_cow_majors(out)
    prd = ((pl.col("conttype") >= 1).fill_null(False) | (pl.col("cowmaj1") == 1).fill_null(False)
           | (pl.col("cowmaj2") == 1).fill_null(False))
    res = out.with_columns(prd.cast(pl.Int8).alias("prd")).filter(pl.col("prd") == 1)
    info = panel_info(out)
    return extend(out, res, info.datasets[-1])


def add_nmc(df: pl.DataFrame) -> pl.DataFrame:
    """COW National Material Capabilities (milex, milper, irst, pec, tpop, upop, cinc), suffixed 1/2."""
    return _monadic(df, "nmc", attrs.nmc_years, attrs.NMC_COLS, "add_nmc")


def add_democracy(df: pl.DataFrame) -> pl.DataFrame:
    """Democracy scores (euds, aeuds, polity2, v2x_polyarchy), suffixed 1/2 on dyad-years."""
    return _monadic(df, "democracy", attrs.democracy_years, attrs.DEMOCRACY_COLS, "add_democracy")
