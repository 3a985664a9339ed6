"""Column schemas of every event format bilateral reads, and of its own canonical events table.

Why explicit schemas: the loaders hand DuckDB's CSV reader the exact column names and types
instead of letting it sniff, which is both faster (no sampling pass, typed parsing) and stricter
(a row with the wrong column count or an unparseable number is rejected and quarantined rather
than silently coerced).

Sources of the layouts (facts, checked by the tests against the shared label files):
- GDELT 2.0 events: "GDELT 2.0 Event Database Codebook" / GDELT_2.0_Events_Column_Labels_Header_Row
  (61 fields, tab-separated, no header).
- GDELT 1.0 events: GDELT 1.0 event header row (58 fields in daily files since 2013-04-01; the
  historical backfiles lack the final SOURCEURL, so 57 fields).
- GDELT 2.0 mentions: GDELT 2.0 eventMentions column labels (16 fields).
- ICEWS: Harvard Dataverse ICEWS Coded Event Data (doi:10.7910/DVN/28075), 20 fields with header.
- POLECAT: Harvard Dataverse POLECAT weekly files (doi:10.7910/DVN/AJGVIT), 40 fields with header.
"""

from __future__ import annotations

_S, _I, _B, _D = "VARCHAR", "INTEGER", "BIGINT", "DOUBLE"


def _actor(n: int) -> list[tuple[str, str]]:
    fields = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
              "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]  # fmt: skip
    return [(f"Actor{n}{f}", _S) for f in fields]


def _geo(prefix: str, adm2: bool) -> list[tuple[str, str]]:
    cols = [(f"{prefix}_Type", _I), (f"{prefix}_FullName", _S), (f"{prefix}_CountryCode", _S),
            (f"{prefix}_ADM1Code", _S)]  # fmt: skip
    if adm2:
        cols.append((f"{prefix}_ADM2Code", _S))
    return cols + [(f"{prefix}_Lat", _D), (f"{prefix}_Long", _D), (f"{prefix}_FeatureID", _S)]


def _gdelt_events(version: int) -> list[tuple[str, str]]:
    adm2 = version == 2
    cols = [("GLOBALEVENTID", _B), ("SQLDATE", _I), ("MonthYear", _I), ("Year", _I), ("FractionDate", _D)]
    cols += _actor(1) + _actor(2)
    cols += [("IsRootEvent", _I), ("EventCode", _S), ("EventBaseCode", _S), ("EventRootCode", _S),
             ("QuadClass", _I), ("GoldsteinScale", _D), ("NumMentions", _I), ("NumSources", _I),
             ("NumArticles", _I), ("AvgTone", _D)]  # fmt: skip
    cols += _geo("Actor1Geo", adm2) + _geo("Actor2Geo", adm2) + _geo("ActionGeo", adm2)
    cols += [("DATEADDED", _B), ("SOURCEURL", _S)]
    return cols


GDELT2_EVENTS: list[tuple[str, str]] = _gdelt_events(2)
"""61 fields; DATEADDED is YYYYMMDDHHMMSS (UTC) of the 15-minute batch."""

GDELT1_EVENTS: list[tuple[str, str]] = _gdelt_events(1)
"""58 fields (daily files); historical backfiles have the first 57 (no SOURCEURL). DATEADDED is YYYYMMDD."""

GDELT2_MENTIONS: list[tuple[str, str]] = [
    ("GLOBALEVENTID", _B), ("EventTimeDate", _B), ("MentionTimeDate", _B), ("MentionType", _I),
    ("MentionSourceName", _S), ("MentionIdentifier", _S), ("SentenceID", _I), ("Actor1CharOffset", _I),
    ("Actor2CharOffset", _I), ("ActionCharOffset", _I), ("InRawText", _I), ("Confidence", _I),
    ("MentionDocLen", _I), ("MentionDocTone", _D), ("MentionDocTranslationInfo", _S), ("Extras", _S),
]  # fmt: skip

ICEWS_EVENTS: list[tuple[str, str]] = [
    ("Event ID", _B), ("Event Date", _S), ("Source Name", _S), ("Source Sectors", _S),
    ("Source Country", _S), ("Event Text", _S), ("CAMEO Code", _S), ("Intensity", _D),
    ("Target Name", _S), ("Target Sectors", _S), ("Target Country", _S), ("Story ID", _B),
    ("Sentence Number", _I), ("Publisher", _S), ("City", _S), ("District", _S), ("Province", _S),
    ("Country", _S), ("Latitude", _D), ("Longitude", _D),
]  # fmt: skip

POLECAT_EVENTS: list[tuple[str, str]] = [
    ("Event ID", _S), ("Event Date", _S), ("Event Type", _S), ("Event Mode", _S), ("Intensity", _D),
    ("Quad Code", _S), ("Contexts", _S), ("Actor Name", _S), ("Actor Country", _S), ("Actor COW", _S),
    ("Primary Actor Sector", _S), ("Actor Sectors", _S), ("Actor Title", _S), ("Actor Name Raw", _S),
    ("Wikipedia Actor ID", _S), ("Recipient Name", _S), ("Recipient Country", _S), ("Recipient COW", _S),
    ("Primary Recipient Sector", _S), ("Recipient Sectors", _S), ("Recipient Title", _S),
    ("Recipient Name Raw", _S), ("Wikipedia Recipient ID", _S), ("Placename", _S), ("City", _S),
    ("District", _S), ("Province", _S), ("Country", _S), ("Latitude", _D), ("Longitude", _D),
    ("GeoNames ID", _S), ("Raw Placename", _S), ("Feature Type", _S), ("Source", _S),
    ("Publication Date", _S), ("Story People", _S), ("Story Organizations", _S), ("Story Locations", _S),
    ("Language", _S), ("Version", _S),
]  # fmt: skip

SOURCES = ("gdelt1", "gdelt2", "gdelt2-mentions", "icews", "polecat")
"""Values of `bilateral events load --source`."""

EVENT_SOURCES = ("gdelt1", "gdelt2", "icews", "polecat", "document")
"""Values of the canonical `source` column."""

CANONICAL: list[tuple[str, str]] = [
    ("event_id", _S), ("source", _S), ("date", "DATE"), ("year", _I), ("month", _I),
    ("date_precision", _S), ("actor1_iso3", _S), ("actor2_iso3", _S), ("actor1_code", _S),
    ("actor2_code", _S), ("actor1_name", _S), ("actor2_name", _S), ("cameo_code", _S), ("cameo_root", _S),
    ("is_statement", "BOOLEAN"), ("plover", _S), ("plover_mode", _S), ("quad", _S), ("goldstein", _D),
    ("goldstein_table", _S), ("num_mentions", _I), ("num_sources", _I), ("num_articles", _I),
    ("avg_tone", _D), ("source_url", _S), ("source_ref", _S), ("span_start", _I), ("span_end", _I),
    ("evidence", _S),
]  # fmt: skip
"""The one events table. `year`/`month` are also the Parquet partition keys. `source_ref` is the
loaded file's name (or a document id); `span_*`/`evidence` locate document-extracted events."""

CANONICAL_COLUMNS: list[str] = [c for c, _ in CANONICAL]

DERIVED = ("date_precision", "cameo_root", "is_statement", "quad", "goldstein_table", "span_start", "span_end")
"""Canonical columns the Parquet store does not hold: `events.canonical` derives them when reading
(from the CAMEO code, the PLOVER type, the source, or as constants of dataset events)."""

STORED: list[tuple[str, str]] = [(c, t) for c, t in CANONICAL if c not in DERIVED]
"""The columns of the Parquet store (year/month as partition keys). `plover`/`plover_mode` hold
only what a CAMEO code does not give (POLECAT's own types): NULL where `cameo_code` is set."""

STORED_COLUMNS: list[str] = [c for c, _ in STORED]

MENTIONS: list[tuple[str, str]] = [
    ("event_id", _S), ("event_time", "TIMESTAMP"), ("mention_time", "TIMESTAMP"), ("mention_type", _I),
    ("source_name", _S), ("url", _S), ("sentence_id", _I), ("actor1_offset", _I), ("actor2_offset", _I),
    ("action_offset", _I), ("in_raw_text", "BOOLEAN"), ("confidence", _I), ("doc_len", _I),
    ("doc_tone", _D), ("translation", _S), ("source_ref", _S),
]  # fmt: skip
"""GDELT 2.0 mentions as stored (one row per article mentioning an event; joins on event_id)."""


def columns_sql(schema: list[tuple[str, str]]) -> str:
    """A DuckDB `columns={...}` struct literal for read_csv."""
    return "{" + ", ".join(f"'{name}': '{typ}'" for name, typ in schema) + "}"
