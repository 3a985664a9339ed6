"""Benchmark of live-source fetches against a local server (no internet): what caching, validation,
parsing and the transactional store add on top of the bare transfer of the same bytes.

Answers have the real sources' sizes: the World Bank's four series for 266 economies x 35 years
(one page each, as `per_page=20000` gives), the HDR CSV (206 rows x 33 HDI years plus other columns),
the UN DESA migrant-stock workbook (Table 1: 32,000 origin-destination rows x 24 year columns) and a
12,000-binding Wikidata SPARQL answer (about the size of every state's missions).

Run: `.venv/bin/python benchmarks/bench_sources.py` (prints a Markdown table).
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from benchtime import median_time

REPEAT = 5


def _world_bank(wb_id: str, iso3s: list[str], rng: random.Random) -> bytes:
    obs = [{"indicator": {"id": wb_id, "value": wb_id}, "country": {"id": i[:2], "value": i},
            "countryiso3code": i, "date": str(y), "value": rng.random() * 1e9, "unit": "", "obs_status": "",
            "decimal": 0} for i in iso3s for y in range(1990, 2025)]
    return json.dumps([{"page": 1, "pages": 1, "per_page": 20000, "total": len(obs)}, obs]).encode()


def _hdr(iso3s: list[str], rng: random.Random) -> bytes:
    cols = ["iso3", "country", "hdicode", "region"] + [f"hdi_{y}" for y in range(1990, 2023)] + [
        f"le_{y}" for y in range(1990, 2023)]
    buf = io.StringIO()
    buf.write(",".join(cols) + "\n")
    for i in iso3s[:206]:
        buf.write(",".join([i, i, "High", "ECA"] + [f"{rng.random():.3f}" for _ in cols[4:]]) + "\n")
    return buf.getvalue().encode()


def _sparql(iso3s: list[str], rng: random.Random, n: int = 12_000) -> bytes:
    e = "http://www.wikidata.org/entity/"
    rows = [{"mission": {"type": "uri", "value": f"{e}Q{10_000 + k}"},
             "missionLabel": {"type": "literal", "value": f"Embassy {k}", "xml:lang": "en"},
             "kind": {"type": "literal", "value": "embassy"},
             "senderIso": {"type": "literal", "value": rng.choice(iso3s)},
             "receiverIso": {"type": "literal", "value": rng.choice(iso3s)},
             "city": {"type": "uri", "value": f"{e}Q{k}"},
             "cityLabel": {"type": "literal", "value": f"City {k}", "xml:lang": "en"}} for k in range(n)]
    return json.dumps({"head": {"vars": list(rows[0])}, "results": {"bindings": rows}}).encode()


def _desa(codes: list[int], rng: random.Random, n: int = 32_000) -> bytes:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sources"))
    from sources_replay import xlsx  # the tests' minimal workbook writer

    years = [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024]
    head = ["Index", "Destination", "Notes", "Location code of destination", "Type", "Origin",
            "Location code of origin", *years * 3]
    rows: list[list[object]] = [["International Migrant Stock 2024"], [], head]
    for k in range(n):
        rows.append([k, "d", None, rng.choice(codes), "B", "o", rng.choice(codes),
                     *[rng.randint(0, 10**6) for _ in range(24)]])
    return xlsx({"Table 1": rows})


def _serve(routes: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            body = routes.get(urlsplit(self.path).path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def _time(fn, repeat: int = REPEAT) -> float:
    return median_time(fn, repeat)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-sources-"))
    os.environ["BILATERAL_HOME"] = str(home)
    os.environ.pop("BILATERAL_DB", None)
    from bilateral.sources import http, migration, wikidata
    from bilateral.sources.indicators import WB_INDICATORS, fetch_indicators
    from bilateral.store import build_database, reading

    build_database()
    with reading() as con:
        iso3s = [r[0] for r in con.execute("SELECT iso3 FROM countries").fetchall()]
        codes = [int(r[0]) for r in con.execute("SELECT numeric FROM countries WHERE numeric <> ''").fetchall()]
    rng = random.Random(6)
    economies = iso3s + [f"X{k:02d}" for k in range(266 - len(iso3s))]  # aggregates, dropped on store
    routes = {f"/wb/v2/country/all/indicator/{w}": _world_bank(w, economies, rng) for w in WB_INDICATORS}
    routes["/hdr.csv"] = _hdr(iso3s, rng)
    routes["/sparql"] = _sparql(iso3s, rng)
    routes["/desa.xlsx"] = _desa(codes, rng)
    httpd, url = _serve(routes)
    os.environ["BILATERAL_WORLDBANK_API"] = url + "/wb/v2"
    os.environ["BILATERAL_HDR_CSV"] = url + "/hdr.csv"
    os.environ["BILATERAL_DESA_XLSX"] = url + "/desa.xlsx"
    total = sum(len(b) for k, b in routes.items() if k != "/sparql")
    try:
        with httpx.Client() as c:
            def raw() -> None:
                for k in routes:
                    if k != "/sparql":
                        c.get(url + k).raise_for_status()

            base = _time(raw)

        def full() -> None:
            shutil.rmtree(home / "cache", ignore_errors=True)
            fetch_indicators(progress=False, refresh=True)

        t_full = _time(full)
        t_cached = _time(lambda: fetch_indicators(progress=False, max_age=3600))
        with reading() as con:
            stored = con.execute("SELECT count(*) FROM indicators").fetchone()[0]

        t_desa = _time(lambda: migration.parse_stock(routes["/desa.xlsx"], "bench"))
        body = routes["/sparql"]
        t_json = _time(lambda: json.loads(body))
        t_sparql = _time(lambda: wikidata.mission_rows(wikidata.bindings(json.loads(body), "bench")))
        t_sparql_get = _time(lambda: wikidata.mission_rows(
            wikidata.bindings(http.get(url + "/sparql", cache="bench", validate=wikidata._validate).json(), "b")))
    finally:
        httpd.shutdown()
        shutil.rmtree(home, ignore_errors=True)

    print(f"indicators: {total / 1e6:.1f} MB over 6 answers, {stored:,} rows stored; SPARQL answer "
          f"{len(body) / 1e6:.1f} MB, 12,000 bindings; median of {REPEAT}; python {sys.version.split()[0]}")
    print("| what | median (s) | x baseline |")
    print("|---|---|---|")
    print(f"| baseline: plain httpx GET of the 6 indicator answers | {base:.3f} | 1.00 |")
    print(f"| `fetch_indicators` cold (download, validate, parse, store in one transaction) | {t_full:.3f} | "
          f"{t_full / base:.1f} |")
    print(f"| `fetch_indicators` within max-age (cached answers, parse, store) | {t_cached:.3f} | "
          f"{t_cached / base:.1f} |")
    print(f"| of which: read the DESA workbook's Table 1 (calamine, {len(routes['/desa.xlsx']) / 1e6:.1f} MB) | "
          f"{t_desa:.3f} | {t_desa / base:.1f} |")
    print(f"| baseline: `json.loads` of the SPARQL answer | {t_json:.3f} | 1.00 |")
    print(f"| SPARQL answer -> mission rows (parse, dedupe) | {t_sparql:.3f} | {t_sparql / t_json:.1f} |")
    print(f"| cached GET + validate + rows of the SPARQL answer | {t_sparql_get:.3f} | {t_sparql_get / t_json:.1f} |")


if __name__ == "__main__":
    main()
