"""Synthetic GDELT 2.0 export files for benchmarks and large tests (never committed; written to temp dirs).

Why synthetic: the real samples are 2,111 rows; the performance targets are about 10 M. The rows
are written by one DuckDB query (millions per second), in the exact 61-column layout, shaped like
the real 15-minute file in `shared/data/events/gdelt` (a test compares the two): about 400 bytes a
row; event roots weighted as in GDELT's published root shares (consults and statements dominate,
mass violence is rare); actor countries Zipf-distributed over 80 states; actors as GDELT codes
them (8 % empty Actor1 and 25 % empty Actor2, a third of the others a role without a country,
such as COP "POLICE", names such as "UNITED STATES" or "PRESIDENT"); Goldstein scores from
GDELT's table so they agree with the codes; tone printed to 14 decimals; three geography blocks
(countries, capitals, US states and counties; coordinates are made up); source URLs of about
100 characters, each giving about five events; and dates as in the real files: 97.9 % in
the file's month, 1 % exactly a year earlier and 1 % a month earlier (GDELT's date artefacts),
0.1 % further back (the real 15-minute file has none of those in 2,111 rows; a few are kept, as
each costs a load a file of its own month).
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

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


ROLES: list[tuple[str, str]] = [
    ("GOV", "GOVERNMENT"), ("GOV", "PRESIDENT"), ("GOV", "MINISTER"), ("GOV", "PRIME MINISTER"), ("COP", "POLICE"),
    ("COP", "POLICE OFFICER"), ("BUS", "COMPANY"), ("BUS", "BUSINESS"), ("EDU", "STUDENT"), ("EDU", "UNIVERSITY"),
    ("JUD", "COURT"), ("JUD", "JUDGE"), ("CVL", "CITIZEN"), ("MED", "JOURNALIST"), ("MIL", "MILITARY"),
    ("MIL", "SOLDIER"), ("LEG", "PARLIAMENT"), ("CRM", "CRIMINAL"), ("REB", "REBEL"), ("HLH", "HOSPITAL"),
    ("LAB", "WORKER"), ("OPP", "OPPOSITION"), ("REL", "CHRISTIAN"), ("SPY", "INTELLIGENCE"),
]  # fmt: skip
"""Actor roles (GDELT Type1 code, a name GDELT gives such actors); GOV and COP are the most common in
the real sample, as here by their repetition."""

DOMAINS = (
    "nytimes.com reuters.com theguardian.com dailymail.co.uk timesofindia.indiatimes.com abc.net.au "
    "news.yahoo.com washingtonpost.com bianet.org focus-fen.net 7thspace.com hot967.fm aljazeera.com "
    "tass.com scmp.com thehindu.com foxnews.com cbc.ca irishtimes.com straitstimes.com "
    "local10.com kare11.com menafn.com urdupoint.com"
).split()
SECTIONS = ["news", "world", "politics", "english/world", "news/2019/10/24", "headlines", "article", "local"]
WORDS = (
    "minister-says-government-will-review-border-talks-after-police-detain-protesters-near-capital-as-"
    "leaders-meet-to-discuss-trade-sanctions-and-military-aid-while-court-rejects-appeal-of-opposition-"
    "journalist-arrested-over-report-on-election-president-visits-neighbour-to-sign-energy-agreement-"
)
US_PLACES = [("Michigan", "MI"), ("Illinois", "IL"), ("Texas", "TX"), ("California", "CA"), ("New York", "NY"),
             ("Florida", "FL"), ("Tennessee", "TN"), ("Ohio", "OH")]  # fmt: skip


RARE_NAMES = 30_000
RARE_PCT = 17
"""Actor names have a long tail: in the real 15-minute file, 420 distinct Actor1 names in 1,937
named rows, 143 of them seen once (cities, demonyms, trades: "KUALA LUMPUR", "BURUNDIAN",
"CREDIT UNION"). Here RARE_PCT % of actors are named from a pool of RARE_NAMES made-up names,
the lower slots more often (slot = RARE_NAMES * u^2): about as many distinct names in 2,111 rows
as the real file has, and about 19,000 per 240,000 rows (a day of GDELT)."""


def _rare_names(rng: random.Random) -> list[str]:
    """RARE_NAMES distinct upper-case made-up names of one or two words, about 10 characters long."""
    syll = "BA BE DO KA LI MA NO RU SA TE VI ZU AR EN OS UL".split()
    out: set[str] = set()
    while len(out) < RARE_NAMES:
        word = "".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))
        out.add(word if rng.random() < 0.6 else f"{word} {rng.choice(ROLES)[1]}")
    return sorted(out)


def _skewed(h: str) -> str:
    """SQL for a slot of the rare names, the lower ones more often: RARE_NAMES * u^2 for u in [0, 1)."""
    return f"(floor({RARE_NAMES} * power(({h} % 1000003) / 1000003.0, 2)))::INTEGER"


def _names() -> dict[str, tuple[str, str, str]]:
    """ISO3 -> (GDELT-style upper-case name, FIPS 10-4 code, capital) for COUNTRIES."""
    from bilateral.countries import capital_table, resolve

    capitals: dict[str, str] = {}
    for capital, iso3 in capital_table().items():
        capitals.setdefault(iso3, capital.title())
    out = {}
    for iso3, _ in COUNTRIES:
        c = resolve(iso3)
        out[iso3] = (c.name.upper(), (c.gec or "xx").upper(), capitals.get(iso3, c.name))
    return out


def _deg(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _places(rng: random.Random) -> list[tuple]:
    """Geography rows (type, full name, country, ADM1, ADM2, lat, long, feature id), in GDELT's mix of
    types: world cities 4, countries 1, US cities 3, US states 2, world states 5 (coordinates made up)."""
    names = _names()
    out = []
    for k, (name, fips, capital) in enumerate(names.values()):
        lat, lon = _deg(rng.uniform(-50, 65)), _deg(rng.uniform(-120, 150))
        title = name.title()
        adm1 = f"{fips}{rng.randint(1, 40):02d}"
        out.append((1, title, fips, fips, None, lat.split(".")[0], lon.split(".")[0], fips))
        out += [(4, f"{capital}, {capital}, {title}", fips, adm1, str(rng.randint(10000, 99999)), lat, lon,
                 str(-rng.randint(10**5, 10**7))) for _ in range(2)]  # fmt: skip
        if k % 4 == 0:
            out.append((5, f"{capital}, {title}", fips, adm1, None, lat, lon, adm1))
    for state, st in US_PLACES:
        lat, lon = _deg(rng.uniform(25, 48)), _deg(rng.uniform(-123, -70))
        out += [(2, f"{state}, United States", "US", f"US{st}", None, lat, lon, st)] * 4
        for _ in range(6):
            county = rng.choice(["Mclean", "Jackson", "Franklin", "Washington", "Lincoln", "Madison"])
            out.append((3, f"{county} County, {state}, United States", "US", f"US{st}", f"{st}{rng.randint(1, 200)}",
                        lat, lon, str(rng.randint(10**5, 3 * 10**6))))  # fmt: skip
    return out


def _geo(alias: str, empty_pct: int, i_hash: str) -> str:
    """SQL for one geography block (8 fields): empty ("0" and seven empty fields) in empty_pct % of rows."""
    cols = ["type", "fullname", "cc", "adm1", "adm2", "lat", "lon", "fid"]
    empty = f"{i_hash} % 100 < {empty_pct}"
    first = f"CASE WHEN {empty} THEN 0 ELSE {alias}.type END"
    return ", ".join([first] + [f"CASE WHEN {empty} THEN NULL ELSE {alias}.{c} END" for c in cols[1:]])


def _actor(side: int, empty_pct: int, role_pct: int, s: int) -> tuple[str, str]:
    """SQL for one actor's ten fields, and for its kind (k1/k2): 0 empty, 1 a role without a country,
    2 a country (with a role, as in USAGOV, in 30 %; named as the country in 60 % of those)."""
    h = f"hash(i, {s} + {20 + side})"
    kind = f"CASE WHEN {h} % 100 < {empty_pct} THEN 0 WHEN {h} % 100 < {empty_pct + role_pct} THEN 1 ELSE 2 END"
    role = f"(({h} // 100) % 10 < 3)"  # a country actor with a role (USAGOV)
    named = f"(({h} // 1000) % 10 < 6)"  # ... named as its country (else as its role)
    a, r = f"a{side}", f"r{side}"
    k = f"k{side}"
    code = (f"CASE {k} WHEN 0 THEN NULL WHEN 1 THEN {r}.code "
            f"ELSE {a}.iso || CASE WHEN {role} THEN {r}.code ELSE '' END END")
    rare = f"hash(i, {s} + {30 + side}) % 100 < {RARE_PCT}"  # a name from the long tail (see RARE_NAMES)
    name = (f"CASE WHEN {k} = 0 THEN NULL WHEN {rare} THEN t{side}.name WHEN {k} = 1 THEN {r}.name "
            f"ELSE CASE WHEN {named} OR NOT {role} THEN {a}.name ELSE {r}.name END END")  # fmt: skip
    country = f"CASE WHEN k{side} = 2 THEN {a}.iso END"
    type1 = f"CASE WHEN k{side} = 1 OR (k{side} = 2 AND {role}) THEN {r}.code END"
    return f"{code}, {name}, {country}, NULL, NULL, NULL, NULL, {type1}, NULL, NULL", kind


def generate_gdelt2(path: Path, rows: int, *, seed: int = 0, anchor: date = date(2019, 10, 1), years: int = 5,
                    first_id: int = 1_000_000_000) -> Path:  # fmt: skip
    """Write `rows` synthetic GDELT 2.0 export rows (61 tab-separated fields, no header) to `path`.

    Dates follow GDELT's shape: a file is published in one month (`anchor`); 97.9 % of its events
    happened that month, 1 % a year and 1 % a month earlier, 0.1 % up to `years` back.
    """
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute("CREATE TEMP TABLE codes (slot INTEGER, code VARCHAR, root VARCHAR, qc INTEGER, g DOUBLE)")
        con.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?)", _code_slots())
        names = _names()
        con.execute("CREATE TEMP TABLE ctry (slot INTEGER, iso VARCHAR, name VARCHAR)")
        con.executemany("INSERT INTO ctry VALUES (?, ?, ?)", [(k, c, names[c][0]) for k, c in _country_slots()])
        con.execute("CREATE TEMP TABLE roles (slot INTEGER, code VARCHAR, name VARCHAR)")
        con.executemany("INSERT INTO roles VALUES (?, ?, ?)", [(k, c, n) for k, (c, n) in enumerate(ROLES)])
        pool = _rare_names(random.Random(seed))
        con.register("rare_pool", pa.table({"slot": pa.array(range(len(pool)), pa.int32()), "name": pool}))
        con.execute("CREATE TEMP TABLE rare AS SELECT * FROM rare_pool")
        con.execute("CREATE TEMP TABLE places (slot INTEGER, type INTEGER, fullname VARCHAR, cc VARCHAR, "
                    "adm1 VARCHAR, adm2 VARCHAR, lat VARCHAR, lon VARCHAR, fid VARCHAR)")  # fmt: skip
        places = _places(random.Random(seed))
        con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(k, *p) for k, p in enumerate(places)])  # fmt: skip
        con.execute("CREATE TEMP TABLE domains (slot INTEGER, domain VARCHAR)")
        con.executemany("INSERT INTO domains VALUES (?, ?)", list(enumerate(DOMAINS)))
        s = int(seed)
        days = years * 365
        a = anchor.replace(day=1).isoformat()
        actor1, kind1 = _actor(1, 8, 31, s)
        actor2, kind2 = _actor(2, 25, 27, s)
        sections = "[" + ", ".join(f"'{x}'" for x in SECTIONS) + "]"
        query = f"""
        WITH base AS (
            SELECT i,
                   (hash(i, {s}) % {SLOTS})::INTEGER AS cslot,
                   (hash(i, {s} + 1) % {SLOTS})::INTEGER AS a1slot,
                   (hash(i, {s} + 2) % {SLOTS})::INTEGER AS a2slot,
                   (hash(i, {s} + 3) % {len(ROLES)})::INTEGER AS r1slot,
                   ((hash(i, {s} + 3) // 100) % {len(ROLES)})::INTEGER AS r2slot,
                   {kind1} AS k1, {kind2} AS k2,
                   (hash(i, {s} + 11) % {len(places)})::INTEGER AS g1,
                   (hash(i, {s} + 12) % {len(places)})::INTEGER AS g2,
                   (hash(i, {s} + 13) % {len(places)})::INTEGER AS g3,
                   (i // 10) * 2 + hash(i, {s} + 8) % 2 AS url,
                   DATE '{a}' + (hash(i, {s} + 4) % 28)::INTEGER AS pub,
                   CASE WHEN hash(i, {s} + 7) % 1000 < 979 THEN pub
                        WHEN hash(i, {s} + 7) % 1000 < 989 THEN (pub - INTERVAL 1 YEAR)::DATE
                        WHEN hash(i, {s} + 7) % 1000 < 999 THEN (pub - INTERVAL 1 MONTH)::DATE
                        ELSE DATE '{a}' - (1 + hash(i, {s} + 4) % {days})::INTEGER END AS d,
                   (1 + hash(i, {s} + 5) % 9
                      + CASE WHEN hash(i, {s} + 5) % 20 = 0 THEN hash(i, {s} + 9) % 40 ELSE 0 END)::INTEGER AS mentions
            FROM range({int(rows)}) t(i)
        )
        SELECT {first_id} + i AS GLOBALEVENTID,
               sqldate, sqldate // 100, sqldate // 10000,
               round(sqldate // 10000 + dayofyear(d) / 365.0, 4),
               {actor1}, {actor2},
               1, c.code, substr(c.code, 1, 3), c.root, c.qc, c.g,
               mentions, 1 + mentions // 8, mentions,
               ((hash(i, {s} + 6) % 2000000000000000)::DECIMAL(18, 0) / 1e14::DECIMAL(18, 0) - 10)::DECIMAL(18, 14),
               {_geo("p1", 10, f"hash(i, {s} + 14)")}, {_geo("p2", 27, f"hash(i, {s} + 15)")},
               {_geo("p3", 2, f"hash(i, {s} + 16)")},
               (year(pub) * 10000 + month(pub) * 100 + day(pub))::BIGINT * 1000000 + 150000,
               'https://www.' || dm.domain || '/' || {sections}[(1 + hash(url, {s} + 17) % {len(SECTIONS)})::INTEGER]
                   || '/' || url::VARCHAR || '-' || substr('{WORDS}', 1 + (hash(url, {s} + 18) % 150)::INTEGER,
                   (20 + hash(url, {s} + 19) % 90)::INTEGER)
        FROM (SELECT *, (year(d) * 10000 + month(d) * 100 + day(d))::INTEGER AS sqldate FROM base) base
             JOIN codes c ON c.slot = base.cslot JOIN ctry a1 ON a1.slot = base.a1slot
             JOIN ctry a2 ON a2.slot = base.a2slot JOIN roles r1 ON r1.slot = base.r1slot
             JOIN roles r2 ON r2.slot = base.r2slot JOIN places p1 ON p1.slot = base.g1
             JOIN places p2 ON p2.slot = base.g2 JOIN places p3 ON p3.slot = base.g3
             JOIN rare t1 ON t1.slot = {_skewed(f"hash(i, {s} + 33)")}
             JOIN rare t2 ON t2.slot = {_skewed(f"hash(i, {s} + 34)")}
             JOIN domains dm ON dm.slot = (hash(base.url, {s} + 20) % {len(DOMAINS)})::INTEGER
        ORDER BY i
        """
        con.execute(f"COPY ({query}) TO '{Path(path).as_posix()}' (FORMAT csv, DELIMITER '\t', HEADER false)")
    finally:
        con.close()
    return Path(path)
