"""Migrant stock by origin and destination (UN DESA), for the comparison table's "Expatriates" row.

Source: UN DESA Population Division, International Migrant Stock 2024, the workbook "stock by sex,
destination and origin". Its sheet "Table 1" has a title block, then a header row naming "Location
code of destination" and "Location code of origin" (UN M49 numeric codes, the same as ISO 3166-1
numeric for states) followed by one column per year for both sexes (1990 ... 2024), then the same
years again for males and for females. Values are people; ".." or blank means not available.

Only rows where both sides are states in the knowledge base are kept (regions and income groups
also have M49 codes). Each row is stored as indicator `migrant_stock_from_<ORIGIN>` of the
destination state, so "Russians in Belarus" is `iso3 = BLR, indicator = migrant_stock_from_RUS`:
what a relations article's comparison table shows in Belarus' column. `expatriates(con, a, b)`
reads both cells of a pair.
"""

from __future__ import annotations

import io
import re
from typing import Any

import duckdb

from bilateral.errors import DownloadError
from bilateral.sources import http
from bilateral.sources.config import base_url

SOURCE = "UN DESA International Migrant Stock 2024"
PREFIX = "migrant_stock_from_"
SHEET = "Table 1"

Stock = list[tuple[int, int, int, float]]  # (destination M49, origin M49, year, people)


def _norm(v: Any) -> str:
    return re.sub(r"\s+", " ", str(v or "")).strip().lower()


def _year(v: Any) -> int | None:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return int(s) if re.fullmatch(r"(19|20)\d\d", s) else None


def _code(v: Any) -> int | None:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def _header(rows: list[list[Any]], url: str) -> tuple[int, int, int]:
    """(row index, destination code column, origin code column) of the table's header row."""
    for h, header in enumerate(rows[:60]):
        cells = [_norm(c) for c in header]
        dest = next((i for i, c in enumerate(cells) if "location code" in c and "destination" in c), None)
        orig = next((i for i, c in enumerate(cells) if "location code" in c and "origin" in c), None)
        if dest is not None and orig is not None:
            return h, dest, orig
    raise DownloadError(f"unexpected answer from {url}: no header with the location codes of destination "
                        "and origin in sheet Table 1")


def parse_stock(data: bytes, url: str) -> Stock:
    """Every (destination, origin, year, people) of the workbook's Table 1, both sexes."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        name = next((n for n in wb.sheet_names if n.strip().lower() == SHEET.lower()), None)
        if name is None:
            raise DownloadError(f"unexpected answer from {url}: no sheet {SHEET!r} (has {', '.join(wb.sheet_names)})")
        rows = wb.get_sheet_by_name(name).to_python()
    except CalamineError as e:
        raise DownloadError(f"unexpected answer from {url}: not a readable workbook ({e})") from None
    h, dest, orig = _header(rows, url)
    header = rows[h]
    years: dict[int, int] = {}
    for i, c in enumerate(header):
        y = _year(c)
        if y is not None and y not in years.values():
            years[i] = y  # the first block of years is both sexes
    if not years:
        raise DownloadError(f"unexpected answer from {url}: no year columns in sheet Table 1")
    out: Stock = []
    for row in rows[h + 1:]:
        if len(row) <= max(dest, orig, *years):
            continue
        d, o = _code(row[dest]), _code(row[orig])
        if d is None or o is None:
            continue
        for i, y in years.items():
            v = row[i]
            if isinstance(v, int | float) and not isinstance(v, bool) and v > 0:
                out.append((d, o, y, float(v)))
    return out


def _validate(body: bytes, url: str) -> Stock:
    stock = parse_stock(body, url)
    if not stock:
        raise DownloadError(f"unexpected answer from {url}: Table 1 has no migrant stock values")
    return stock


def fetch_stock(*, xlsx_url: str | None = None, numeric: dict[str, str], **get_kw: Any):
    """The workbook's rows between states as indicator rows (iso3, indicator, people, year), + the answer."""
    url = base_url("desa", xlsx_url)
    ans = http.get(url, cache="undesa", suffix=".xlsx", validate=_validate, **get_kw)
    stock = ans.parsed if ans.parsed is not None else parse_stock(ans.body, ans.url)
    rows = []
    for d, o, y, v in stock:
        di, oi = numeric.get(f"{d:03d}"), numeric.get(f"{o:03d}")
        if di and oi and di != oi:
            rows.append((di, PREFIX + oi, v, y))
    return rows, ans


def expatriates(con: duckdb.DuckDBPyConnection, a: str, b: str) -> dict[str, dict[str, Any] | None]:
    """The pair's "Expatriates" cells: people from `b` living in `a` (a's column) and vice versa."""
    out: dict[str, dict[str, Any] | None] = {}
    for side, dest, origin in (("a", a, b), ("b", b, a)):
        cur = con.execute(
            """SELECT iso3, indicator, value, unit, year, source, source_ref FROM indicators
               WHERE iso3 = ? AND indicator = ? ORDER BY year DESC LIMIT 1""",
            [dest, PREFIX + origin],
        )
        row = cur.fetchone()
        out[side] = dict(zip([c[0] for c in cur.description], row, strict=True)) if row else None
    return out
