"""Indicators: World Bank API v2 pages and the UNDP HDR CSV -> `indicators`, read by the comparison."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from sources_replay import ALL_TABLES, Replay, Resp, kb_counts, xlsx

from bilateral.cli import main
from bilateral.errors import DownloadError
from bilateral.profile import compare
from bilateral.sources.indicators import WB_INDICATORS, fetch_indicators
from bilateral.sources.migration import expatriates
from bilateral.store import reading

WB = "/wb/v2/country/all/indicator/"
HDR = "/hdr/HDR23-24_Composite_indices_complete_time_series.csv"
DESA = "/desa/undesa_pd_2024_ims_stock_by_sex_destination_and_origin.xlsx"

# hand-made values (not real statistics): (iso3, year) -> value, per World Bank indicator
VALUES: dict[str, dict[tuple[str, int], float | None]] = {
    "NY.GDP.MKTP.CD": {("BLR", 2022): 7.28e10, ("BLR", 2023): 7.18e10, ("RUS", 2023): 2.02e12,
                       ("RUS", 2024): None, ("WLD", 2023): 1.05e14, ("AFE", 2023): 1.2e12},
    "SP.POP.TOTL": {("BLR", 2023): 9_178_298, ("RUS", 2023): 143_826_130, ("EUU", 2023): 448_000_000},
    "NE.TRD.GNFS.ZS": {("BLR", 2023): 131.5, ("RUS", 2023): 41.2},
    "NY.GDP.PCAP.CD": {("BLR", 2023): 7_800.1, ("RUS", 2023): 13_817.0},
}
NAMES = {"BLR": ("BY", "Belarus"), "RUS": ("RU", "Russian Federation"), "WLD": ("1W", "World"),
         "AFE": ("ZH", "Africa Eastern and Southern"), "EUU": ("EU", "European Union")}


def wb_pages(wb_id: str, per_page: int = 3) -> list[Resp]:
    """The indicator's observations as World Bank API v2 answers, `per_page` rows a page."""
    obs = [{"indicator": {"id": wb_id, "value": wb_id}, "country": {"id": NAMES[i][0], "value": NAMES[i][1]},
            "countryiso3code": i, "date": str(y), "value": v, "unit": "", "obs_status": "", "decimal": 0}
           for (i, y), v in VALUES[wb_id].items()]
    pages = [obs[k:k + per_page] for k in range(0, len(obs), per_page)] or [[]]
    return [Resp.json([{"page": n + 1, "pages": len(pages), "per_page": per_page, "total": len(obs),
                        "sourceid": "2", "lastupdated": "2025-07-01"}, rows]) for n, rows in enumerate(pages)]


def serve_wb(server: Replay) -> None:
    for wb_id in VALUES:
        for n, page in enumerate(wb_pages(wb_id), start=1):
            server.add(WB + wb_id, page, match=lambda q, n=n: q.get("page") == str(n))


HDR_ROWS: list[dict[str, Any]] = [
    {"iso3": "BLR", "country": "Belarus", "hdi_1990": "0.705", "hdi_2021": "0.800", "hdi_2022": "0.801"},
    {"iso3": "RUS", "country": "Russian Federation", "hdi_1990": "0.735", "hdi_2021": "", "hdi_2022": "0.821"},
    {"iso3": "CIV", "country": "Côte d'Ivoire", "hdi_1990": "0.400", "hdi_2021": "0.530", "hdi_2022": "0.534"},
    {"iso3": "ZZA.VHHD", "country": "Very high human development", "hdi_1990": "0.785", "hdi_2021": "0.896",
     "hdi_2022": "0.902"},
]


def hdr_csv(encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    cols = ["iso3", "country", "hdicode", "region", "hdi_rank_2022", "hdi_1990", "hdi_2021", "hdi_2022",
            "le_2022"]
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in HDR_ROWS:
        w.writerow({"hdicode": "High", "region": "ECA", "hdi_rank_2022": "", "le_2022": "72.4", **r})
    return buf.getvalue().encode(encoding)


YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024]


def desa_workbook(header: bool = True) -> bytes:
    """Table 1 in the layout of the International Migrant Stock 2024 workbook (hand-made values)."""
    head = ["Index", "Region, development group, country or area of destination", "Notes of destination",
            "Location code of destination", "Type of data of destination",
            "Region, development group, country or area of origin", "Location code of origin"]
    head += YEARS * 3  # both sexes, then males, then females

    def row(n: int, dest: str, dcode: int, origin: str, ocode: int, both: list[Any]) -> list[Any]:
        males = [v / 2 if isinstance(v, int | float) else v for v in both]
        return [n, dest, None, dcode, "B R", origin, ocode, *both, *males, *males]

    rows = [
        ["International Migrant Stock 2024: Destination and origin"],
        ["Table 1. International migrant stock at mid-year by sex and by region, country or area of destination "
         "and origin, 1990-2024"],
        [],
        head if header else ["Index", "Destination", "Origin"],
        row(1, "WORLD", 900, "Russian Federation", 643, [12e6, 11e6, 11e6, 11e6, 11e6, 10e6, 10e6, 10.5e6]),
        row(2, "Belarus", 112, "Russian Federation", 643, [1.2e6, 1.1e6, "..", 0.9e6, 0.8e6, 0.75e6, 0.71e6, 700_001]),
        row(3, "Russian Federation", 643, "Belarus", 112, [0.9e6, 0.85e6, 0.8e6, 0.75e6, 0.6e6, 0.55e6, 0.52e6, None]),
        row(4, "Belarus", 112, "Eastern Europe", 923, [2e6] * 8),
        row(5, "Côte d'Ivoire", 384, "Burkina Faso", 854, [1e6, 1.1e6, 1.2e6, 1.3e6, 1.4e6, 1.5e6, 1.6e6, 1.7e6]),
    ]
    return xlsx({"Contents": [["Contents"]], "Table 1": rows})


def test_indicators_land_and_fill_the_comparison(live: Replay, no_sleep) -> None:
    serve_wb(live)
    live.add(HDR, Resp(200, hdr_csv("cp1252"), {"Content-Type": "text/csv"}))  # publishers' CSVs are not all UTF-8
    live.add(DESA, Resp(200, desa_workbook()))
    r = fetch_indicators(first_year=2000, last_year=2024, progress=False)
    by = {s["indicator"]: s for s in r.series}
    assert set(by) == {n for n, _ in WB_INDICATORS.values()} | {"hdi", "migrant_stock_from_"}
    # both-sexes block only; aggregates (WORLD 900, Eastern Europe 923) and empty cells dropped
    assert by["migrant_stock_from_"]["rows"] == 7 + 7 + 8 and by["migrant_stock_from_"]["states"] == 3
    assert by["gdp_current_usd"]["rows"] == 3 and by["gdp_current_usd"]["states"] == 2  # aggregates, nulls dropped
    assert by["hdi"]["rows"] == 8 and by["hdi"]["latest_year"] == 2022  # 3 states; RUS 2021 is empty
    gdp_q = [q for p, q, _ in live.requests if p == WB + "NY.GDP.MKTP.CD"]
    assert [q["page"] for q in gdp_q] == ["1", "2"]  # two pages followed
    assert all(q["format"] == "json" and q["per_page"] == "20000" and q["date"] == "2000:2024" for q in gdp_q)
    with reading() as con:
        rows = con.execute("SELECT iso3, indicator, value, unit, year, source, source_ref FROM indicators "
                           "ORDER BY 1, 2, 5").fetchall()
        c = compare(con, "BLR", "RUS")
        civ = con.execute("SELECT value FROM indicators WHERE iso3 = 'CIV' AND year = 2022").fetchone()
        log = sorted(con.execute("SELECT source, ref FROM source_log").fetchall())
        expat = expatriates(con, "BLR", "RUS")
    assert ("BLR", "gdp_current_usd", 7.18e10, "USD", 2023, "World Bank WDI", "NY.GDP.MKTP.CD") in rows
    assert ("RUS", "population", 143_826_130, None, 2023, "World Bank WDI", "SP.POP.TOTL") in rows
    assert ("BLR", "trade_pct_gdp", 131.5, "%", 2023, "World Bank WDI", "NE.TRD.GNFS.ZS") in rows
    assert ("BLR", "hdi", 0.801, "index", 2022, "UNDP HDR",
            "HDR23-24_Composite_indices_complete_time_series.csv#hdi_2022") in rows
    assert not [x for x in rows if x[0] in ("WLD", "AFE", "EUU") or x[0].startswith("ZZ")]
    assert civ == (0.534,)
    hdi = {row.key: row for row in c.rows}["hdi"]
    assert hdi.a.value == 0.801 and hdi.a.year == 2022 and hdi.a.source == "UNDP HDR" and hdi.b.value == 0.821
    assert hdi.ratio == pytest.approx(0.801 / 0.821)
    assert ("UNDP HDR", "HDR23-24_Composite_indices_complete_time_series.csv") in log
    assert ("World Bank WDI", "SP.POP.TOTL") in log and len(log) == 6
    # the comparison's "Expatriates" row: Russians in Belarus in Belarus' column, and vice versa
    assert expat["a"]["value"] == 700_001 and expat["a"]["year"] == 2024 and expat["a"]["unit"] == "people"
    assert expat["b"]["value"] == 520_000 and expat["b"]["year"] == 2020  # 2024 is empty for Belarusians in Russia
    assert expat["a"]["source"] == "UN DESA International Migrant Stock 2024"

    # fetching again replaces rather than duplicates
    before = kb_counts("indicators")
    fetch_indicators(first_year=2000, last_year=2024, progress=False, refresh=True)
    assert kb_counts("indicators") == before


@pytest.mark.parametrize(
    "target, bad, words",
    [
        ("hdr", Resp(404, b"Not Found"), "HTTP 404"),
        ("hdr", Resp(200, b"iso3,country,le_2022\nBLR,Belarus,72\n"), "columns iso3 and hdi_<year>"),
        ("hdr", Resp(200, hdr_csv(), truncate=120), "truncated"),
        ("wb", Resp.json([{"message": [{"id": "120", "key": "Invalid value",
                                        "value": "The provided parameter value is not valid"}]}]), "Invalid value"),
        ("wb", Resp(500, b"<html>error</html>"), "HTTP 500"),
        ("wb", Resp(429, b"", {"Retry-After": "4"}), "HTTP 429"),
        ("wb", Resp(200, b'[{"page": 1, "pages": 1}, [{"countryiso3code": "BLR", '), "malformed JSON"),
        ("desa", Resp(200, b"PK\x03\x04 this is not a workbook"), "not a readable workbook"),
        ("desa", Resp(200, desa_workbook(header=False)), "no header with the location codes"),
        ("desa", Resp(200, xlsx({"Sheet1": [["x"]]})), "no sheet 'Table 1'"),
        ("desa", Resp(200, desa_workbook(), truncate=500), "truncated"),
    ],
)
def test_a_failed_source_leaves_the_kb_unchanged(live: Replay, no_sleep: list[float], target: str, bad: Resp,
                                                 words: str) -> None:
    serve_wb(live)
    live.add(HDR, Resp(200, hdr_csv()))
    live.add(DESA, Resp(200, desa_workbook()))
    if target == "hdr":
        live.add(HDR, bad)
    elif target == "desa":
        live.add(DESA, bad)
    else:
        live.add(WB + "NE.TRD.GNFS.ZS", bad)  # the third of four World Bank series fails
    before = kb_counts(*ALL_TABLES)
    with pytest.raises(DownloadError) as e:
        fetch_indicators(progress=False, retries=1)
    assert words in str(e.value) and "\n" not in str(e.value)
    assert kb_counts(*ALL_TABLES) == before
    if bad.status == 429:
        assert no_sleep == [4.0]


def test_cli_and_sources_listing(live: Replay, no_sleep, capsys: pytest.CaptureFixture) -> None:
    serve_wb(live)
    live.add(HDR, Resp(200, hdr_csv()))
    main(["fetch", "indicators", "--only", "hdi", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert [s["indicator"] for s in out] == ["hdi"] and out[0]["states"] == 3
    assert not [p for p, _, _ in live.requests if p.startswith(WB)]
    # a second run within a day uses the cached file without asking the server
    hits = live.hits(HDR)
    main(["fetch", "indicators", "--only", "hdi", "--format", "json"])
    capsys.readouterr()
    assert live.hits(HDR) == hits
    main(["sources", "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    undp = [r for r in rows if r["source"] == "UNDP HDR"]
    assert undp and undp[0]["table"] == "indicators" and undp[0]["records"] == 8 and undp[0]["fetches"] == 2
    assert undp[0]["fetched_at"]
    factbook = [r for r in rows if r["source"] == "CIA World Factbook 2025" and r["table"] == "facts"]
    assert factbook and factbook[0]["records"] > 10_000 and str(factbook[0]["fetched_at"]).startswith("built")
    main(["sources", "--log", "--format", "csv"])
    log = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(log) == 2 and log[0]["source"] == "UNDP HDR"
    live.add(WB + "SP.POP.TOTL", Resp(500, b"<html>Server Error</html>"))
    before = kb_counts(*ALL_TABLES)
    for args, words in ((["fetch", "indicators", "--only", "gdp"], "--only"),
                        (["fetch", "indicators", "--from", "2020", "--to", "2010"], "before"),
                        (["fetch", "indicators", "--only", "worldbank"], "HTTP 500 after 5 attempts")):
        with pytest.raises(SystemExit) as e:
            main(args)
        err = capsys.readouterr().err
        assert e.value.code == 2 and words in err and err.count("\n") == 1
    assert kb_counts(*ALL_TABLES) == before
