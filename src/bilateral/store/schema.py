"""The knowledge base schema as an ordered list of migrations.

A database records its version in `meta`; opening an older file applies the missing migrations
in one transaction, so a file built by an earlier release keeps working. Every fact-bearing table
carries provenance columns: `source` (the dataset or document), `source_ref` (a path inside the
source, a document id or an item id) and, for records from text, the character span.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE countries (
    iso3 VARCHAR PRIMARY KEY, iso2 VARCHAR, numeric VARCHAR, name VARCHAR, official_name VARCHAR,
    gec VARCHAR, cow INTEGER, gw INTEGER, un_member BOOLEAN
);

CREATE TABLE facts (
    iso3 VARCHAR NOT NULL, field VARCHAR NOT NULL,
    value_num DOUBLE, value_text VARCHAR, unit VARCHAR, year INTEGER,
    low DOUBLE, high DOUBLE, name VARCHAR, status VARCHAR, date VARCHAR, derived BOOLEAN,
    source VARCHAR NOT NULL, source_ref VARCHAR, raw VARCHAR
);

CREATE TABLE organisations (code VARCHAR PRIMARY KEY, name VARCHAR, source VARCHAR);

CREATE TABLE memberships (
    iso3 VARCHAR NOT NULL, org VARCHAR NOT NULL, status VARCHAR,
    start_date VARCHAR, end_date VARCHAR, source VARCHAR NOT NULL, source_ref VARCHAR
);

CREATE TABLE borders (
    iso3 VARCHAR NOT NULL, neighbour_iso3 VARCHAR NOT NULL, length_km DOUBLE,
    source VARCHAR NOT NULL, source_ref VARCHAR
);

CREATE TABLE trade_partners (
    iso3 VARCHAR NOT NULL, direction VARCHAR NOT NULL, partner_iso3 VARCHAR, partner_name VARCHAR,
    share DOUBLE, year INTEGER, source VARCHAR NOT NULL, source_ref VARCHAR
);

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, source VARCHAR,
    kind VARCHAR, pair_a VARCHAR, pair_b VARCHAR, text VARCHAR, revision VARCHAR,
    ingested_at TIMESTAMP, meta JSON
);

CREATE TABLE doc_events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, source VARCHAR, date DATE, date_text VARCHAR,
    year INTEGER, month INTEGER, date_precision VARCHAR, vague BOOLEAN,
    actor1_iso3 VARCHAR, actor2_iso3 VARCHAR, actors VARCHAR[], actor1_code VARCHAR, actor2_code VARCHAR,
    actor1_name VARCHAR, actor2_name VARCHAR,
    cameo_code VARCHAR, cameo_root VARCHAR, is_statement BOOLEAN, plover VARCHAR, plover_mode VARCHAR,
    quad VARCHAR, goldstein DOUBLE, goldstein_table VARCHAR, num_mentions INTEGER, num_sources INTEGER,
    num_articles INTEGER, avg_tone DOUBLE, source_url VARCHAR, source_ref VARCHAR,
    span_start INTEGER, span_end INTEGER, evidence VARCHAR, sentence VARCHAR, section VARCHAR
);

CREATE TABLE missions (
    sender VARCHAR NOT NULL, receiver VARCHAR NOT NULL, city VARCHAR, kind VARCHAR,
    source VARCHAR NOT NULL, source_ref VARCHAR, doc_id VARCHAR, span_start INTEGER, span_end INTEGER,
    evidence VARCHAR
);

CREATE TABLE figures (
    doc_id VARCHAR NOT NULL, pair_a VARCHAR, pair_b VARCHAR, what VARCHAR, value DOUBLE, unit VARCHAR,
    year INTEGER, span_start INTEGER, span_end INTEGER, evidence VARCHAR
);

CREATE TABLE doc_organisations (
    doc_id VARCHAR NOT NULL, pair_a VARCHAR, pair_b VARCHAR, code VARCHAR, name VARCHAR,
    span_start INTEGER, span_end INTEGER, evidence VARCHAR
);

CREATE TABLE doc_borders (
    doc_id VARCHAR NOT NULL, pair_a VARCHAR, pair_b VARCHAR, shared BOOLEAN,
    span_start INTEGER, span_end INTEGER, evidence VARCHAR
);

CREATE TABLE indicators (
    iso3 VARCHAR NOT NULL, indicator VARCHAR NOT NULL, value DOUBLE, unit VARCHAR, year INTEGER,
    source VARCHAR NOT NULL, source_ref VARCHAR, fetched_at TIMESTAMP
);

CREATE TABLE source_log (
    source VARCHAR NOT NULL, ref VARCHAR, fetched_at TIMESTAMP, detail VARCHAR
);

CREATE INDEX facts_iso3 ON facts (iso3);
""",
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]

# Tables filled from the installed packages at build time; the rest are filled by ingest/fetch.
REFERENCE_TABLES = ("countries", "facts", "organisations", "memberships", "borders", "trade_partners")
