"""Synthetic GDELT 2.0 export files for benchmarks and large tests (never committed; written to temp dirs).

Why synthetic: the real samples are 2,111 rows; the performance targets are about 10 M. The rows
are written by one DuckDB query (millions per second), in the exact 61-column layout, with
distributions shaped like GDELT's: event roots weighted as in GDELT's published root shares
(consults and statements dominate, mass violence is rare), actor countries Zipf-distributed over
80 states (a few countries are in most news), 8 % empty Actor1 and 25 % empty Actor2, Goldstein
scores from GDELT's table so they agree with the codes, and dates concentrated in the file's month
with a tail into the past, as in GDELT's 15-minute files.
Deterministic for a given seed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from bilateral.events.cameo import CAMEO_CODES, quad

# Approximate share (per mille) of each CAMEO root among GDELT events (GDELT 2.0 daily statistics).
ROOT_WEIGHTS: dict[str, int] = {
    "01": 130, "02": 60, "03": 70, "04": 200, "05": 90, "06": 30, "07": 20, "08": 20, "09": 10, "10": 20,
    "11": 80, "12": 30, "13": 30, "14": 20, "15": 10, "16": 20, "17": 60, "18": 30, "19": 65, "20": 5,
}  # fmt: skip

COUNTRIES: list[tuple[str, str]] = [
    (c, c) for c in (
        "USA CHN RUS GBR IND FRA DEU ISR IRN JPN PAK AUS CAN TUR UKR SYR KOR PRK SAU AFG NGA BRA ZAF MEX ITA "
        "EGY IRQ ESP PHL IDN KEN VEN QAT ARE POL BLR NLD SWE NOR BEL GRC CHE AUT VNM THA MYS BGD LKA NPL MMR "
        "ETH SOM SDN LBY YEM LBN JOR PSE CUB COL ARG CHL PER HUN CZE ROU SRB HRV GEO ARM AZE KAZ UZB NZL SGP "
        "IRL PRT DNK FIN"
    ).split()
]

QUAD_CLASS = {"verbal_coop": 1, "material_coop": 2, "verbal_conflict": 3, "material_conflict": 4}
SLOTS = 1000


def _code_slots() -> list[tuple[int, str, str, int, float]]:
    """1000 slots filled with CAMEO codes in proportion to their weight (root share, base code heavier)."""
    by_root: dict[str, list[str]] = {}
    for code, entry in CAMEO_CODES.items():
        if len(code) >= 3 and entry.goldstein_gdelt is not None:
            by_root.setdefault(code[:2], []).append(code)
    slots: list[tuple[int, str, str, int, float]] = []
    for root, share in ROOT_WEIGHTS.items():
        codes = sorted(by_root[root])
        base = codes[0]  # 'X0' codes (e.g. 040) are the most frequent in GDELT
        weights = [share // 2 if c == base else 0 for c in codes]
        rest = share - sum(weights)
        for i in range(rest):
            weights[1 + i % (len(codes) - 1) if len(codes) > 1 else 0] += 1
        for code, w in zip(codes, weights, strict=True):
            qc = QUAD_CLASS.get(quad(code), 1 if root in ("01", "02") else 3)
            g = CAMEO_CODES[code].goldstein_gdelt or 0.0
            slots += [(len(slots) + k, code, root, qc, g) for k in range(w)]
    return slots[:SLOTS]


def _country_slots() -> list[tuple[int, str]]:
    """1000 slots of ISO3 codes, Zipf(1) over COUNTRIES."""
    weights = [1 / (r + 1) for r in range(len(COUNTRIES))]
    total = sum(weights)
    slots: list[tuple[int, str]] = []
    for (code, _), w in zip(COUNTRIES, weights, strict=True):
        slots += [(len(slots) + k, code) for k in range(max(1, round(SLOTS * w / total)))]
    while len(slots) < SLOTS:
        slots.append((len(slots), COUNTRIES[0][0]))
    return slots[:SLOTS]


def generate_gdelt2(path: Path, rows: int, *, seed: int = 0, anchor: date = date(2019, 10, 1), years: int = 5,
                    first_id: int = 1_000_000_000) -> Path:  # fmt: skip
    """Write `rows` synthetic GDELT 2.0 export rows (61 tab-separated fields, no header) to `path`.

    Dates follow GDELT's shape: a file is published in one month (`anchor`) and 85 % of its events
    happened that month, 12 % in the year before (reports of older events), 3 % up to `years` back.
    """
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute("CREATE TEMP TABLE codes (slot INTEGER, code VARCHAR, root VARCHAR, qc INTEGER, g DOUBLE)")
        con.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?)", _code_slots())
        con.execute("CREATE TEMP TABLE ctry (slot INTEGER, iso VARCHAR)")
        con.executemany("INSERT INTO ctry VALUES (?, ?)", _country_slots())
        s = int(seed)
        days = years * 365
        a = anchor.replace(day=1).isoformat()
        empty = "NULL"
        geo_cols = ", ".join(["4", "'Capital City'", "'XX'", "'XX00'", "'1234'", "1.5", "2.5", "'-1'"] * 3)
        query = f"""
        WITH base AS (
            SELECT i,
                   (hash(i, {s}) % {SLOTS})::INTEGER AS cslot,
                   (hash(i, {s} + 1) % {SLOTS})::INTEGER AS a1slot,
                   (hash(i, {s} + 2) % {SLOTS})::INTEGER AS a2slot,
                   (hash(i, {s} + 3) % 100)::INTEGER AS pct,
                   CASE WHEN hash(i, {s} + 7) % 100 < 85 THEN DATE '{a}' + (hash(i, {s} + 4) % 28)::INTEGER
                        WHEN hash(i, {s} + 7) % 100 < 97 THEN DATE '{a}' - (1 + hash(i, {s} + 4) % 365)::INTEGER
                        ELSE DATE '{a}' - (1 + hash(i, {s} + 4) % {days})::INTEGER END AS d,
                   (1 + hash(i, {s} + 5) % 20)::INTEGER AS mentions
            FROM range({int(rows)}) t(i)
        )
        SELECT {first_id} + i AS GLOBALEVENTID,
               sqldate, sqldate // 100, sqldate // 10000,
               round(sqldate // 10000 + dayofyear(d) / 365.0, 4),
               CASE WHEN pct < 8 THEN {empty} ELSE a1.iso || CASE WHEN pct % 3 = 0 THEN 'GOV' ELSE '' END END,
               CASE WHEN pct < 8 THEN {empty} ELSE a1.iso END,
               CASE WHEN pct < 8 THEN {empty} ELSE a1.iso END,
               NULL, NULL, NULL, NULL, CASE WHEN pct < 8 THEN {empty} WHEN pct % 3 = 0 THEN 'GOV' END, NULL, NULL,
               CASE WHEN pct >= 75 THEN {empty} ELSE a2.iso END,
               CASE WHEN pct >= 75 THEN {empty} ELSE a2.iso END,
               CASE WHEN pct >= 75 THEN {empty} ELSE a2.iso END,
               NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               1, c.code, substr(c.code, 1, 3), c.root, c.qc, c.g,
               mentions, 1 + mentions // 4, mentions, round((hash(i, {s} + 6) % 2000) / 100.0 - 10, 4),
               {geo_cols},
               CAST(sqldate AS BIGINT) * 1000000 + 150000,
               'https://news.example.org/' || (i // 5)::VARCHAR
        FROM (SELECT *, (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER AS sqldate FROM base) base
             JOIN codes c ON c.slot = base.cslot JOIN ctry a1 ON a1.slot = base.a1slot
             JOIN ctry a2 ON a2.slot = base.a2slot
        """
        con.execute(f"COPY ({query}) TO '{Path(path).as_posix()}' (FORMAT csv, DELIMITER '\t', HEADER false)")
    finally:
        con.close()
    return Path(path)
