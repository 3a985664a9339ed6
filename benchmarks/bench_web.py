"""The web app under 200 concurrent requests on loopback (issue 5).

uvicorn (one process, as `bilateral serve` runs it) serves a temporary knowledge base with the
corpus article ingested. The load generator is `wrk` (Debian package `wrk`; 200 connections for
--seconds per scenario) when installed, else an httpx async client keeping 200 requests in flight
until --requests are done (bounded in count and in time). The client shares the 2 cores with the
server, so figures are a floor. Baseline measured in the same run: a static file (`/static/pick.js`),
the cost of the HTTP stack alone.

    .venv/bin/python benchmarks/bench_web.py [--tool wrk|httpx] [--seconds 10] [--requests 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIME_LIMIT = 120.0  # seconds per scenario


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(base: str, urls: list[str], concurrency: int) -> dict[str, float]:
    """Send every URL with `concurrency` in flight; latency percentiles, throughput, errors."""
    latencies: list[float] = []
    errors = 0
    queue = iter(urls)
    deadline = time.perf_counter() + TIME_LIMIT
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        async def worker() -> None:
            nonlocal errors
            for url in queue:
                if time.perf_counter() > deadline:
                    return
                t = time.perf_counter()
                try:
                    r = await client.get(url)
                    if r.status_code >= 400:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - t)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {"n": len(latencies), "rps": len(latencies) / wall, "p50": pct(0.50), "p99": pct(0.99),
            "max": latencies[-1] * 1000, "errors": errors, "wall": wall}


WRK_LUA = """
counter = 0
paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def _ms(text: str) -> float:
    value = float(re.match(r"[\d.]+", text).group())
    unit = text[len(re.match(r"[\d.]+", text).group()):]
    return value * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(base: str, urls: list[str], concurrency: int, seconds: int, work: Path) -> dict[str, float]:
    """Run wrk with the given paths round-robin; parse throughput, latency percentiles and errors."""
    paths = work / "paths.txt"
    paths.write_text("\n".join(dict.fromkeys(urls)) + "\n")
    script = work / "paths.lua"
    script.write_text(WRK_LUA)
    out = subprocess.run(["wrk", "-t2", f"-c{concurrency}", f"-d{seconds}s", "--timeout", "30s", "--latency",
                          "-s", str(script), base], capture_output=True, text=True, check=True,
                         env={**os.environ, "BENCH_PATHS": str(paths)}).stdout
    pct = dict(re.findall(r"^\s*(50|99)\.?0*%\s+(\S+)\s*$", out, re.M))
    if "99" not in pct:
        raise RuntimeError(f"unexpected wrk output:\n{out}")
    errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    errors += int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    n = int(re.search(r"(\d+) requests in", out).group(1))
    return {"n": n, "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": _ms(pct["50"]), "p99": _ms(pct["99"]), "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--tool", choices=["wrk", "httpx"], default="wrk" if shutil.which("wrk") else "httpx")
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench_web_"))
    env = {**os.environ, "BILATERAL_HOME": str(home)}
    env.pop("BILATERAL_DB", None)
    os.environ.update({"BILATERAL_HOME": str(home)})
    from bilateral.documents.ingest import ingest
    from bilateral.store import build_database, reading

    build_database()
    ingest(SHARED / "corpus" / "belarus_russia.txt", pair=("Belarus", "Russia"))
    with reading() as con:
        un = [r[0] for r in con.execute("SELECT iso3 FROM countries WHERE un_member ORDER BY 1").fetchall()]
    pairs = list(itertools.combinations(un, 2))
    random.Random(7).shuffle(pairs)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "import uvicorn; from bilateral.web.app import create_app; "
         f"uvicorn.run(create_app(), host='127.0.0.1', port={port}, log_level='warning')"], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/static/pick.js").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        httpx.get(base + "/pair/BLR/RUS", timeout=60)  # warm: reference tables, charts engine
        n = args.requests
        scenarios = [
            ("baseline: GET /static/pick.js", ["/static/pick.js"] * n),
            ("GET /api/v1/countries", ["/api/v1/countries"] * n),
            ("GET /api/v1/pairs/BLR/RUS (warm)", ["/api/v1/pairs/BLR/RUS"] * n),
            ("GET /api/v1/pairs/BLR/RUS/events?from&to&type",
             ["/api/v1/pairs/BLR/RUS/events?from=2000&to=2020&type=ACCUSE"] * n),
            ("GET /api/v1/pairs/BLR/RUS/series?freq=month", ["/api/v1/pairs/BLR/RUS/series?freq=month"] * n),
            ("GET /pair/BLR/RUS (HTML page, warm)", ["/pair/BLR/RUS"] * n),
            (f"GET /api/v1/pairs/A/B, {n} distinct pairs (cold: DB per request)",
             [f"/api/v1/pairs/{a}/{b}" for a, b in pairs[:n]]),
        ]
        bound = f"{args.seconds} s" if args.tool == "wrk" else f"{n} requests"
        print(f"{args.tool}: {args.concurrency} concurrent, {bound} per scenario, loopback, 1 uvicorn process, 2 cores")
        print(f"{'scenario':<62} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'x base':>7}")
        base_rps = None
        for name, urls in scenarios:
            if args.tool == "wrk":
                r = wrk(base, urls, args.concurrency, args.seconds, home)
                done = f"  ({r['n']} requests)"
            else:
                r = asyncio.run(load(base, urls, args.concurrency))
                done = "" if r["n"] == len(urls) else f"  (stopped at {TIME_LIMIT:.0f} s after {r['n']})"
            base_rps = base_rps or r["rps"]
            print(f"{name:<62} {r['rps']:>8.0f} {r['p50']:>8.0f} {r['p99']:>8.0f} {r['errors']:>7} "
                  f"{r['rps'] / base_rps:>7.2f}{done}")
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
