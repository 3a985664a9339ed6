"""Event-data throughput (issue 4): load-to-Parquet rows/s and one dyad's monthly series over N M rows.

Generates N million GDELT-2.0-format rows (realistic code/actor/date distributions, see
`bilateral.events.generate`) into a temporary directory, then measures, in the same run:

- load: `bilateral.events.load.load_files` on all generated files (the compiled GDELT fast path,
  CAMEO/PLOVER/ISO lookups, quarantine checks, Parquet partitioned by year/month) -> rows/s;
  baselines: the same files through the DuckDB reader alone (`fast=False`, the loader before the
  fast path), and pandas `read_csv` (tab, no header, the same explicit dtypes) + `to_parquet` of one file.
- floor: a DuckDB `read_csv` scan of the same files (61 typed fields, nothing mapped or written),
  i.e. the tokeniser's share of the load; CPU seconds per million rows (getrusage, all threads)
  are printed for both, because on a shared 2-core machine wall time alone misleads.
- incremental: one more file of the same size loaded into the populated store (the duplicate-id
  check must then consult the store).
- small files: 20 files of 2,000 rows (the size of a GDELT 15-minute export), one `load_files` call
  each, as a fetch-every-15-minutes loop does: the per-call fixed cost dominates.
- a day: 96 such files in one `load_files` call, as after fetching a day: the per-input cost dominates.
- series: `dyad_series("USA", "CHN", "month")` over the whole store (median of 5 warm runs);
  baseline: pandas reading the needed Parquet columns, filtering the dyad and grouping by month.

`--zip` loads the files zipped, as GDELT publishes them (zipping happens before the clock starts).
Nothing is written outside the temporary directory (deleted at the end).

    .venv/bin/python benchmarks/bench_events.py --rows 10 --files 10
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path


def _pandas_dtypes() -> dict[int, str]:
    from bilateral.events.schemas import GDELT2_EVENTS

    m = {"BIGINT": "Int64", "INTEGER": "Int32", "DOUBLE": "float64", "VARCHAR": "string"}
    return {i: m[t] for i, (_, t) in enumerate(GDELT2_EVENTS)}


def _cpu() -> float:
    """CPU seconds of this process so far (user + system, every thread)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _scan_floor(files: list[Path]) -> tuple[float, float]:
    """(wall s, CPU s) of a bare DuckDB read_csv of the files with the loader's explicit schema."""
    import duckdb

    from bilateral.events.schemas import GDELT2_EVENTS, columns_sql

    names = ", ".join("'" + f.as_posix() + "'" for f in files)
    con = duckdb.connect()
    try:
        t, c = time.perf_counter(), _cpu()
        con.execute(
            f"SELECT count(*), count(SOURCEURL), count(GoldsteinScale) FROM read_csv([{names}],"
            f" columns = {columns_sql(GDELT2_EVENTS)}, delim = '\t', quote = '', escape = '', header = false,"
            " auto_detect = false)"
        ).fetchall()
        return time.perf_counter() - t, _cpu() - c
    finally:
        con.close()


def _zip(path: Path) -> Path:
    """`path`.zip holding `path` (deflate, as GDELT's exports), written before the clock starts."""
    import zipfile

    target = path.with_name(path.name + ".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.write(path, path.name)
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=float, default=10, help="millions of rows to generate (default 10)")
    ap.add_argument("--files", type=int, default=10, help="number of files to spread them over")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--zip", action="store_true", help="load zipped files, as GDELT publishes them (.CSV.zip)")
    args = ap.parse_args()
    total = int(args.rows * 1_000_000)
    per_file = total // args.files

    tmp = Path(tempfile.mkdtemp(prefix="bench-events-"))
    os.environ["BILATERAL_HOME"] = str(tmp / "home")
    os.environ.pop("BILATERAL_DB", None)
    from bilateral.events.cameo import lookup_rows
    from bilateral.events.generate import generate_gdelt2
    from bilateral.events.load import load_files
    from bilateral.events.series import dyad_series
    from bilateral.events.store import events_dir

    try:
        t = time.perf_counter()
        files = []
        for k in range(args.files):
            anchor = date(2019 + (k // 12), k % 12 + 1, 1)
            path = tmp / f"{anchor:%Y%m}01000000.export.CSV"
            files.append(generate_gdelt2(path, per_file, seed=k, anchor=anchor, first_id=1_000_000_000 + k * per_file))
        gen_s = time.perf_counter() - t
        size_mb = sum(f.stat().st_size for f in files) / 1e6

        scan_s, scan_cpu = _scan_floor(files)
        inputs = [_zip(f) for f in files] if args.zip else files

        from bilateral.events.gdelt_fast import warm_up

        warm_up()  # the compiled kernel's start-up (0.6 s cached) is not throughput
        t, c = time.perf_counter(), _cpu()
        report = load_files(inputs, "gdelt2")
        load_s, load_cpu = time.perf_counter() - t, _cpu() - c
        assert report.rows_loaded == per_file * args.files, report.reasons

        # Baseline in the same run: the same files through the DuckDB reader alone (`fast=False`, the
        # loader before the compiled path), into a second store.
        home = os.environ.get("BILATERAL_HOME")
        os.environ["BILATERAL_HOME"] = str(tmp / "duckdb-home")
        t, c = time.perf_counter(), _cpu()
        slow_report = load_files(inputs, "gdelt2", fast=False)
        duck_s, duck_cpu = time.perf_counter() - t, _cpu() - c
        assert slow_report.rows_loaded == report.rows_loaded
        shutil.rmtree(tmp / "duckdb-home", ignore_errors=True)
        if home is None:
            del os.environ["BILATERAL_HOME"]
        else:
            os.environ["BILATERAL_HOME"] = home


        import pandas as pd

        t = time.perf_counter()
        df = pd.read_csv(files[0], sep="\t", header=None, dtype=_pandas_dtypes(), quoting=3, na_filter=True)
        df.columns = [str(c) for c in df.columns]
        df.to_parquet(tmp / "pandas.parquet")
        pandas_s = time.perf_counter() - t
        pandas_rows = len(df)
        del df

        dyad_series("USA", "CHN", "month", include_documents=False)  # warm
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            s = dyad_series("USA", "CHN", "month", include_documents=False)
            runs.append(time.perf_counter() - t)
        series_s = statistics.median(runs)

        quads = {r[0]: r[5] for r in lookup_rows()}  # the store keeps the code; quad is derived on reading

        def pandas_series() -> int:
            cols = ["actor1_iso3", "actor2_iso3", "cameo_code", "goldstein", "year", "month"]
            p = pd.read_parquet(events_dir(), columns=cols)
            m = ((p.actor1_iso3 == "USA") & (p.actor2_iso3 == "CHN")) | ((p.actor1_iso3 == "CHN") &
                                                                         (p.actor2_iso3 == "USA"))  # fmt: skip
            p = p[m].assign(quad=lambda d: d.cameo_code.astype(str).map(quads))
            g = p.groupby(["year", "month", "quad"], observed=True).size()
            return len(g)

        pandas_series()
        t = time.perf_counter()
        pandas_series()
        pandas_series_s = time.perf_counter() - t

        # After the series (which must see exactly N M rows): one more file into the full store.
        k = args.files
        anchor = date(2019 + k // 12, k % 12 + 1, 1)
        extra = generate_gdelt2(tmp / "extra.export.CSV", per_file, seed=1000 + k, anchor=anchor,
                                first_id=1_000_000_000 + k * per_file)  # fmt: skip
        extra_input = _zip(extra) if args.zip else extra  # zipping is not part of the load
        t, c = time.perf_counter(), _cpu()
        incr = load_files([extra_input], "gdelt2")
        incr_s, incr_cpu = time.perf_counter() - t, _cpu() - c
        assert incr.rows_loaded == per_file, incr.reasons

        small = []
        for j in range(20):
            small.append(generate_gdelt2(tmp / f"small{j:02d}.export.CSV", 2000, seed=2000 + j, anchor=anchor,
                                         first_id=2_000_000_000 + j * 2000))  # fmt: skip
        t = time.perf_counter()
        small_rows = sum(load_files([f], "gdelt2").rows_loaded for f in small)
        small_s = time.perf_counter() - t

        # A day of 15-minute exports in one call, as after `events fetch gdelt` for a day: the
        # per-input costs dominate (the weak case, see BENCHMARKS.md).
        day = [generate_gdelt2(tmp / f"day{j:02d}.export.CSV", 2000, seed=3000 + j, anchor=anchor,
                               first_id=2_100_000_000 + j * 2000) for j in range(96)]  # fmt: skip
        t, c = time.perf_counter(), _cpu()
        day_rows = load_files(day, "gdelt2").rows_loaded
        day_s, day_cpu = time.perf_counter() - t, _cpu() - c

        load_rate = report.rows_loaded / load_s
        pandas_rate = pandas_rows / pandas_s
        zipped = ", loaded zipped" if args.zip else ""
        print(f"generated {total:,} rows in {args.files} files ({size_mb:,.0f} MB{zipped}) in {gen_s:.1f} s; "
              f"machine: {os.cpu_count()} cores")  # fmt: skip
        print(f"{'measure':<42}{'bilateral':>14}{'baseline':>14}{'ratio':>9}")
        print(f"{'load to Parquet, rows/s':<42}{load_rate:>14,.0f}{pandas_rate:>14,.0f}"
              f"{load_rate / pandas_rate:>8.1f}x")  # fmt: skip
        print(f"{'  same files, DuckDB reader only (fast=False)':<42}{total / duck_s:>14,.0f}{pandas_rate:>14,.0f}"
              f"{total / duck_s / pandas_rate:>8.1f}x")  # fmt: skip
        print(f"{'  incremental: 1 file into the store':<42}{per_file / incr_s:>14,.0f}{pandas_rate:>14,.0f}"
              f"{per_file / incr_s / pandas_rate:>8.1f}x")  # fmt: skip
        print(f"{'  floor: DuckDB read_csv scan only':<42}{total / scan_s:>14,.0f}")
        print(f"{'  small files: 20 x 2,000 rows, 1 call each':<42}{small_rows / small_s:>14,.0f}"
              f"   ({small_s / len(small) * 1000:.0f} ms per file)")  # fmt: skip
        print(f"{'  a day: 96 x 2,000 rows, 1 call':<42}{day_rows / day_s:>14,.0f}"
              f"   ({day_cpu * 1e6 / day_rows:.2f} CPU s per M rows)")  # fmt: skip
        print(f"{'USA-CHN monthly series, s':<42}{series_s:>14.3f}{pandas_series_s:>14.3f}"
              f"{pandas_series_s / series_s:>8.1f}x")  # fmt: skip
        per_m = 1e6 / total
        print(f"CPU s per M rows: load {load_cpu * per_m:.2f}, DuckDB reader only {duck_cpu * per_m:.2f}"
              f" (its read_csv scan alone {scan_cpu * per_m:.2f}), incremental "
              f"{incr_cpu * 1e6 / per_file:.2f}; wall/CPU: load {load_s:.1f}/{load_cpu:.1f} s")  # fmt: skip
        print(f"series: {s.height} months, {int(s['events'].sum()):,} events; load wall time {load_s:.1f} s; "
              f"pandas baseline on {pandas_rows:,} rows")  # fmt: skip
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
