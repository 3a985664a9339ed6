"""Optional collapse to one event per (source, day, actor, recipient, event type).

Why: GDELT codes every article separately, so one real-world interaction reported by twenty outlets
(or by one article in several sentences) becomes many rows. Collapsing on (day, actor code,
recipient code, CAMEO code) is the usual remedy. The collapse keeps the evidence: mention,
source and article counts are summed, every source URL is kept (`source_urls`), and
`merged_events` says how many rows were folded into one. The surviving `event_id` is the
smallest of the group, so the result is deterministic.

Keys: actor codes where the source has them (GDELT), else actor names (ICEWS, POLECAT, documents);
the event type is the CAMEO code, else the PLOVER type and mode. NULL keys compare equal (two
events with no recipient on the same day and code are one event), as in SQL GROUP BY.
"""

from __future__ import annotations

import polars as pl

from bilateral.events.schemas import CANONICAL_COLUMNS

KEY_SQL = (
    "COALESCE(actor1_code, actor1_name) AS k_actor1, COALESCE(actor2_code, actor2_name) AS k_actor2,"
    " COALESCE(cameo_code, plover || '/' || COALESCE(plover_mode, '')) AS k_type"
)


def _first(cols: list[str]) -> list[pl.Expr]:
    return [pl.col(c).sort_by("event_id").first().alias(c) for c in cols]


def dedup_lazy(lf: pl.LazyFrame) -> pl.LazyFrame:
    """The collapse on a canonical LazyFrame; adds `merged_events` and `source_urls` columns."""
    keyed = lf.with_columns(
        pl.coalesce("actor1_code", "actor1_name").alias("_a1"),
        pl.coalesce("actor2_code", "actor2_name").alias("_a2"),
        pl.coalesce("cameo_code", pl.concat_str([pl.col("plover"), pl.col("plover_mode").fill_null("")],
                                                separator="/")).alias("_type"),  # fmt: skip
    )
    summed = ["num_mentions", "num_sources", "num_articles"]
    keys = ["source", "date", "_a1", "_a2", "_type"]
    kept = [c for c in CANONICAL_COLUMNS if c not in summed and c not in ("source", "date")]
    out = keyed.group_by(keys, maintain_order=False).agg(
        *_first(kept),
        *[pl.col(c).sum().cast(pl.Int32).alias(c) for c in summed],
        pl.len().cast(pl.Int32).alias("merged_events"),
        pl.col("source_url").drop_nulls().unique().sort().alias("source_urls"),
    )
    return out.select([*CANONICAL_COLUMNS, "merged_events", "source_urls"])


def dedup_sql(relation: str) -> str:
    """The same collapse as portable SQL (DuckDB and Spark) over a canonical relation.

    Used by the series engines; it keeps what the series need (counts, codes, Goldstein) and
    omits the URL list, whose aggregate has no common spelling in both engines.
    """
    return f"""(SELECT MIN(event_id) AS event_id, source, date, MIN(year) AS year, MIN(month) AS month,
        MIN(actor1_iso3) AS actor1_iso3, MIN(actor2_iso3) AS actor2_iso3, MIN(cameo_code) AS cameo_code,
        MIN(plover) AS plover, MIN(quad) AS quad, MIN(goldstein) AS goldstein,
        SUM(num_mentions) AS num_mentions, COUNT(*) AS merged_events
      FROM (SELECT *, {KEY_SQL} FROM {relation} base) keyed
      GROUP BY source, date, k_actor1, k_actor2, k_type)"""
