"""Per-source reading rules: how DuckDB reads each raw format and how a raw row becomes a canonical event.

Everything is SQL so that a load is one vectorised DuckDB pass over millions of rows (no Python per
row). Each `Format` gives the `read_csv` options and two SQL fragments over the raw relation `r`
(joined to the lookup tables `lk` = CAMEO codes, `c1`/`c2` = actor countries): the canonical
column expressions and a `status` expression: 'ok' for a good row, otherwise a short reason code
(`STATUS_TEXT`) saying why the row is quarantined. The status doubles as a partition key of the
load's staging output, so good and refused rows are separated in one pass. Duplicate event ids
are checked afterwards (`load.py`), across the batch and against the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilateral.events import schemas


@dataclass(frozen=True)
class Format:
    source: str  # value of --source
    canonical_source: str  # value of the canonical `source` column
    schema: list[tuple[str, str]]
    header: bool
    null_padding: bool
    country_join: str  # "cameo" (3-letter codes) or "icews" (country names) or "iso" (ISO codes)
    country_cols: tuple[str, str]
    code_col: str | None  # raw column holding the CAMEO code, joined to the lookup as `lk`
    select: str  # canonical column expressions (in schemas.CANONICAL order)
    reason: str  # 'ok' for a good row, else a key of STATUS_TEXT


def _date_checks(date_expr: str) -> str:
    return (
        f"WHEN {date_expr} IS NULL THEN 'invalid_date' "
        f"WHEN {date_expr} > current_date THEN 'future_date' "
        f"WHEN {date_expr} < DATE '1800-01-01' THEN 'invalid_date' "
    )


_GDELT_DATE = "CAST(try_strptime(CAST(r.SQLDATE AS VARCHAR), '%Y%m%d') AS DATE)"


def _gdelt_select(source: str) -> str:
    return f"""
        '{source}:' || CAST(r.GLOBALEVENTID AS VARCHAR) AS event_id,
        '{source}' AS source,
        {_GDELT_DATE} AS date,
        CAST(r.SQLDATE // 10000 AS INTEGER) AS year,
        CAST((r.SQLDATE // 100) % 100 AS INTEGER) AS month,
        'day' AS date_precision,
        c1.iso3 AS actor1_iso3, c2.iso3 AS actor2_iso3,
        r.Actor1Code AS actor1_code, r.Actor2Code AS actor2_code,
        r.Actor1Name AS actor1_name, r.Actor2Name AS actor2_name,
        r.EventCode AS cameo_code,
        COALESCE(lk.root, r.EventRootCode) AS cameo_root,
        COALESCE(lk.is_statement, r.EventRootCode IN ('01', '02')) AS is_statement,
        lk.plover AS plover, lk.plover_mode AS plover_mode, COALESCE(lk.quad, 'neutral') AS quad,
        r.GoldsteinScale AS goldstein,
        CASE WHEN r.GoldsteinScale IS NULL THEN 'none' ELSE 'gdelt' END AS goldstein_table,
        r.NumMentions AS num_mentions, r.NumSources AS num_sources, r.NumArticles AS num_articles,
        r.AvgTone AS avg_tone, r.SOURCEURL AS source_url,
        f.name AS source_ref,
        CAST(NULL AS INTEGER) AS span_start, CAST(NULL AS INTEGER) AS span_end,
        CAST(NULL AS VARCHAR) AS evidence"""


def _gdelt_reason(extra: str = "") -> str:
    return f"""CASE
        WHEN r.GLOBALEVENTID IS NULL THEN 'missing_id'
        {extra}
        {_date_checks(_GDELT_DATE)}
        WHEN r.EventCode IS NULL THEN 'missing_code'
        WHEN lk.code IS NULL THEN 'unknown_code'
        ELSE 'ok' END"""


GDELT2 = Format(
    source="gdelt2", canonical_source="gdelt2", schema=schemas.GDELT2_EVENTS, header=False,
    null_padding=False, country_join="cameo", country_cols=("Actor1CountryCode", "Actor2CountryCode"),
    code_col="EventCode", select=_gdelt_select("gdelt2"), reason=_gdelt_reason(),
)  # fmt: skip

GDELT1 = Format(
    source="gdelt1", canonical_source="gdelt1", schema=schemas.GDELT1_EVENTS, header=False,
    # 57-field historical rows and 58-field daily rows share a file format: read 58 with padding,
    # and refuse rows that lack even DATEADDED (fewer than 57 fields).
    null_padding=True, country_join="cameo", country_cols=("Actor1CountryCode", "Actor2CountryCode"),
    code_col="EventCode", select=_gdelt_select("gdelt1"),
    reason=_gdelt_reason("WHEN r.DATEADDED IS NULL THEN 'short_row'"),
)  # fmt: skip

_ICEWS_DATE = (
    'CAST(COALESCE(try_strptime(r."Event Date", \'%Y-%m-%d\'), try_strptime(r."Event Date", \'%Y%m%d\')) AS DATE)'
)

ICEWS = Format(
    source="icews", canonical_source="icews", schema=schemas.ICEWS_EVENTS, header=True, null_padding=False,
    country_join="icews", country_cols=("Source Country", "Target Country"), code_col="CAMEO Code",
    select=f"""
        'icews:' || CAST(r."Event ID" AS VARCHAR) AS event_id,
        'icews' AS source,
        {_ICEWS_DATE} AS date,
        CAST(year({_ICEWS_DATE}) AS INTEGER) AS year,
        CAST(month({_ICEWS_DATE}) AS INTEGER) AS month,
        'day' AS date_precision,
        c1.iso3 AS actor1_iso3, c2.iso3 AS actor2_iso3,
        CAST(NULL AS VARCHAR) AS actor1_code, CAST(NULL AS VARCHAR) AS actor2_code,
        r."Source Name" AS actor1_name, r."Target Name" AS actor2_name,
        lk.code AS cameo_code, lk.root AS cameo_root, lk.is_statement AS is_statement,
        lk.plover AS plover, lk.plover_mode AS plover_mode, COALESCE(lk.quad, 'neutral') AS quad,
        r."Intensity" AS goldstein,
        CASE WHEN r."Intensity" IS NULL THEN 'none' ELSE 'icews' END AS goldstein_table,
        CAST(NULL AS INTEGER) AS num_mentions, CAST(NULL AS INTEGER) AS num_sources,
        CAST(NULL AS INTEGER) AS num_articles, CAST(NULL AS DOUBLE) AS avg_tone,
        CAST(NULL AS VARCHAR) AS source_url,
        f.name AS source_ref,
        CAST(NULL AS INTEGER) AS span_start, CAST(NULL AS INTEGER) AS span_end,
        'story ' || CAST(r."Story ID" AS VARCHAR) || ', sentence ' || CAST(r."Sentence Number" AS VARCHAR)
            || COALESCE(' (' || r."Publisher" || ')', '') AS evidence""",
    reason=f"""CASE
        WHEN r."Event ID" IS NULL THEN 'missing_id'
        {_date_checks(_ICEWS_DATE)}
        WHEN r."CAMEO Code" IS NULL THEN 'missing_code'
        WHEN lk.code IS NULL THEN 'unknown_code'
        ELSE 'ok' END""",
)  # fmt: skip

_POLECAT_DATE = (
    'CAST(COALESCE(try_strptime(r."Event Date", \'%Y-%m-%d\'), try_strptime(r."Event Date", \'%Y%m%d\')) AS DATE)'
)
_POLECAT_TYPE = """CASE upper(trim(r."Event Type")) WHEN 'DEMAND' THEN 'REQUEST' WHEN 'DISAPPROVE' THEN 'ACCUSE'
    WHEN 'INVESTIGATE' THEN 'ACCUSE' WHEN 'FIGHT' THEN 'ASSAULT' ELSE upper(trim(r."Event Type")) END"""

POLECAT = Format(
    source="polecat", canonical_source="polecat", schema=schemas.POLECAT_EVENTS, header=True,
    null_padding=False, country_join="iso", country_cols=("Actor Country", "Recipient Country"), code_col=None,
    select=f"""
        'polecat:' || r."Event ID" AS event_id,
        'polecat' AS source,
        {_POLECAT_DATE} AS date,
        CAST(year({_POLECAT_DATE}) AS INTEGER) AS year,
        CAST(month({_POLECAT_DATE}) AS INTEGER) AS month,
        'day' AS date_precision,
        c1.iso3 AS actor1_iso3, c2.iso3 AS actor2_iso3,
        r."Actor Country" AS actor1_code, r."Recipient Country" AS actor2_code,
        r."Actor Name" AS actor1_name, r."Recipient Name" AS actor2_name,
        CAST(NULL AS VARCHAR) AS cameo_code, CAST(NULL AS VARCHAR) AS cameo_root, false AS is_statement,
        pq.plover AS plover, NULLIF(lower(trim(r."Event Mode")), '') AS plover_mode,
        COALESCE(pq.quad, 'neutral') AS quad,
        CAST(NULL AS DOUBLE) AS goldstein, 'none' AS goldstein_table,
        CAST(NULL AS INTEGER) AS num_mentions, CAST(NULL AS INTEGER) AS num_sources,
        CAST(NULL AS INTEGER) AS num_articles, CAST(NULL AS DOUBLE) AS avg_tone,
        CAST(NULL AS VARCHAR) AS source_url,
        f.name AS source_ref,
        CAST(NULL AS INTEGER) AS span_start, CAST(NULL AS INTEGER) AS span_end,
        CAST(NULL AS VARCHAR) AS evidence""",
    reason=f"""CASE
        WHEN r."Event ID" IS NULL THEN 'missing_id'
        {_date_checks(_POLECAT_DATE)}
        WHEN pq.plover IS NULL THEN 'unknown_code'
        ELSE 'ok' END""",
)  # fmt: skip

POLECAT_TYPE_SQL = _POLECAT_TYPE

STATUS_TEXT: dict[str, str] = {
    "missing_id": "missing event id",
    "invalid_date": "invalid date",
    "future_date": "date in the future",
    "missing_code": "missing event code",
    "unknown_code": "unknown event code",
    "short_row": "wrong column count",
}

FORMATS: dict[str, Format] = {f.source: f for f in (GDELT1, GDELT2, ICEWS, POLECAT)}
