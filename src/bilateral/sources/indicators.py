"""Country indicators: GDP, population and trade from the World Bank, HDI from UNDP, and migrant
stock by origin from UN DESA (see `migration`).

- World Bank API v2 (`/country/all/indicator/{id}?format=json&per_page=20000&date=Y1:Y2&page=N`):
  the answer is a two-element JSON array, `[paging metadata, observations]`, where each observation
  has `countryiso3code`, `date` (the year) and `value` (null when missing); an invalid request is
  answered with `[{"message": [{"id", "key", "value"}]}]`. Pages are followed until `pages`.
- UNDP Human Development Report composite indices, complete time series (CSV): one row per country
  or aggregate, `iso3` plus one `hdi_<year>` column per year.

Aggregates (regions, income groups, "ZZA.VHHD"...) are dropped: only codes in the knowledge base's
`countries` table are stored. A fetch replaces the earlier rows of the same indicator and source in
one transaction, after every answer arrived and parsed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from bilateral.errors import DownloadError
from bilateral.sources import http
from bilateral.sources.config import base_url
from bilateral.sources.kbwrite import insert_rows
from bilateral.sources.log import log_fetch
from bilateral.store import transaction

WORLD_BANK = "World Bank WDI"
UNDP = "UNDP HDR"

# World Bank indicator id -> (product indicator name, unit as `profile.compare` formats it)
WB_INDICATORS: dict[str, tuple[str, str | None]] = {
    "NY.GDP.MKTP.CD": ("gdp_current_usd", "USD"),
    "SP.POP.TOTL": ("population", None),
    "NE.TRD.GNFS.ZS": ("trade_pct_gdp", "%"),
    "NY.GDP.PCAP.CD": ("gdp_per_capita_current_usd", "USD"),
}
FIRST_YEAR = 1990


@dataclass
class Series:
    """The rows of one indicator from one answer set, ready to store."""

    indicator: str
    source: str
    source_ref: str
    rows: list[tuple[str, float, int]]  # (iso3, value, year)
    unit: str | None
    fetched_at: dt.datetime
    urls: list[str]
    notes: list[str] = field(default_factory=list)
    names: list[str] | None = None  # per-row indicator names, for a family such as migrant_stock_from_*


@dataclass
class IndicatorReport:
    series: list[dict[str, Any]]
    notes: list[str]


def _wb_validate(body: bytes, url: str) -> Any:
    data = http.parse_json(body, url)
    wb_rows(data, url)
    return data


def wb_rows(data: Any, url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(paging metadata, observations) of one World Bank answer; clear errors otherwise."""
    if isinstance(data, list) and data and isinstance(data[0], dict) and "message" in data[0]:
        msgs = data[0]["message"] or [{}]
        m = msgs[0] if isinstance(msgs, list) else {}
        raise DownloadError(f"World Bank API error from {url}: {m.get('key', '?')}: {m.get('value', '')}")
    if not (isinstance(data, list) and len(data) >= 1 and isinstance(data[0], dict) and "pages" in data[0]):
        raise DownloadError(f"unexpected answer from {url}: not a World Bank API v2 result")
    obs = data[1] if len(data) > 1 and isinstance(data[1], list) else []
    return data[0], obs


def fetch_world_bank(
    wb_id: str, *, first_year: int = FIRST_YEAR, last_year: int | None = None, api_url: str | None = None,
    states: set[str], **get_kw: Any,
) -> Series:
    """All countries' values of World Bank indicator `wb_id`, following every page."""
    name, unit = WB_INDICATORS[wb_id]
    last_year = last_year or dt.date.today().year
    url = f"{base_url('worldbank', api_url)}/country/all/indicator/{wb_id}"
    page, pages = 1, 1
    rows: dict[tuple[str, int], float] = {}
    urls, notes, times = [], [], []
    while page <= pages:
        params = {"format": "json", "per_page": "20000", "date": f"{first_year}:{last_year}", "page": str(page)}
        ans = http.get(url, params=params, cache="worldbank", validate=_wb_validate, **get_kw)
        meta, obs = wb_rows(ans.json(), ans.url)
        urls.append(ans.url)
        times.append(ans.fetched_at)
        if ans.note:
            notes.append(ans.note)
        pages = int(meta.get("pages") or 1)
        for o in obs:
            iso3, year, value = o.get("countryiso3code"), str(o.get("date", "")), o.get("value")
            if iso3 in states and value is not None and year.isdigit():
                rows[(iso3, int(year))] = float(value)
        page += 1
    return Series(name, WORLD_BANK, wb_id, [(i, v, y) for (i, y), v in sorted(rows.items())], unit,
                  max(times), urls, notes)


HDI_COLUMN = re.compile(r"^hdi_(\d{4})$")


def _hdr_validate(body: bytes, url: str) -> None:
    hdr_rows(http.decode_text(body), url, states=None)


def hdr_rows(text: str, url: str, states: set[str] | None) -> list[tuple[str, float, int]]:
    """(iso3, hdi, year) from the HDR composite-indices CSV."""
    reader = csv.DictReader(io.StringIO(text))
    cols = reader.fieldnames or []
    years = {c: int(m.group(1)) for c in cols if (m := HDI_COLUMN.match(c.strip()))}
    if "iso3" not in cols or not years:
        raise DownloadError(f"unexpected answer from {url}: a CSV with columns iso3 and hdi_<year> was expected")
    out = []
    for r in reader:
        iso3 = (r.get("iso3") or "").strip()
        if states is not None and iso3 not in states:
            continue
        for col, year in years.items():
            v = (r.get(col) or "").strip()
            if v:
                try:
                    out.append((iso3, float(v), year))
                except ValueError:
                    raise DownloadError(f"unexpected value {v!r} in column {col} of {url}") from None
    return out


def fetch_hdi(*, csv_url: str | None = None, states: set[str], **get_kw: Any) -> Series:
    url = base_url("hdr", csv_url)
    ans = http.get(url, cache="undp", suffix=".csv", validate=_hdr_validate, **get_kw)
    rows = hdr_rows(ans.text(), ans.url, states)
    name = url.rsplit("/", 1)[-1]
    return Series("hdi", UNDP, name, rows, "index", ans.fetched_at, [ans.url], [ans.note] if ans.note else [])


def store_series(series: list[Series]) -> None:
    """Replace each series' earlier rows (same indicator and source) in one transaction."""
    with transaction() as con:
        for s in series:
            if s.names is not None:
                con.execute("DELETE FROM indicators WHERE starts_with(indicator, ?) AND source = ?",
                            [s.indicator, s.source])
            else:
                con.execute("DELETE FROM indicators WHERE indicator = ? AND source = ?", [s.indicator, s.source])
            at = s.fetched_at.astimezone(dt.UTC).replace(tzinfo=None)
            ref = s.source_ref
            names = s.names or [s.indicator] * len(s.rows)
            insert_rows(con, "indicators", [
                (iso3, name, v, s.unit, y, s.source, f"{ref}#hdi_{y}" if s.source == UNDP else ref, at)
                for (iso3, v, y), name in zip(s.rows, names, strict=True)
            ])
            log_fetch(con, s.source, s.source_ref, s.fetched_at, indicator=s.indicator, rows=len(s.rows),
                      urls=s.urls[:3])


def fetch_migrants(*, xlsx_url: str | None, numeric: dict[str, str], **get_kw: Any) -> Series:
    from bilateral.sources import migration

    rows, ans = migration.fetch_stock(xlsx_url=xlsx_url, numeric=numeric, **get_kw)
    return Series(migration.PREFIX, migration.SOURCE, ans.url.rsplit("/", 1)[-1], [(i, v, y) for i, _, v, y in rows],
                  "people", ans.fetched_at, [ans.url], [ans.note] if ans.note else [], [n for _, n, _, _ in rows])


SOURCES = ("worldbank", "hdi", "migrants")


def fetch_indicators(
    *, which: tuple[str, ...] = SOURCES, first_year: int = FIRST_YEAR, last_year: int | None = None,
    wb_url: str | None = None, hdr_url: str | None = None, desa_url: str | None = None, **get_kw: Any,
) -> IndicatorReport:
    """Fetch the World Bank indicators, HDI and/or migrant stock, then store them all (or nothing)."""
    from bilateral.store import reading

    with reading() as con:
        countries = con.execute("SELECT iso3, numeric FROM countries").fetchall()
    states = {r[0] for r in countries}
    series: list[Series] = []
    if "worldbank" in which:
        for wb_id in WB_INDICATORS:
            series.append(fetch_world_bank(wb_id, first_year=first_year, last_year=last_year, api_url=wb_url,
                                           states=states, **get_kw))
    if "hdi" in which:
        series.append(fetch_hdi(csv_url=hdr_url, states=states, **get_kw))
    if "migrants" in which:
        numeric = {n: i for i, n in countries if n}
        series.append(fetch_migrants(xlsx_url=desa_url, numeric=numeric, **get_kw))
    store_series(series)
    out = []
    for s in series:
        latest = max((y for _, _, y in s.rows), default=None)
        out.append({"indicator": s.indicator, "source": s.source, "source_ref": s.source_ref, "rows": len(s.rows),
                    "states": len({i for i, _, _ in s.rows}), "latest_year": latest,
                    "fetched_at": s.fetched_at.isoformat(timespec="seconds")})
    return IndicatorReport(out, [n for s in series for n in s.notes])
