"""Profiles (issue 5): warm and cold assembly per pair, rendering, and `profile --all` for all UN pairs.

Baselines measured in the same run: the lead's SQL comparison `profile.compare.compare(con, a, b)`
(one of a profile's parts, queried per pair) and a bare DuckDB query of one state's facts; for the
bulk run, the per-pair SQL path (`assemble_profile` with a fresh two-state load per pair) on a
sample, extrapolated to all pairs. The knowledge base is built in a temporary BILATERAL_HOME with
the corpus article ingested.

    .venv/bin/python benchmarks/bench_profile.py [--all-pairs N]   (default: every UN-member pair)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchtime import median_time as timed

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"




def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all-pairs", type=int, default=None, help="limit the bulk run to N pairs")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench_profile_"))
    os.environ["BILATERAL_HOME"] = str(home)
    os.environ.pop("BILATERAL_DB", None)
    try:
        run(home, args.repeat, args.all_pairs)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run(home: Path, repeat: int, all_pairs: int | None) -> None:
    from bilateral.documents.ingest import ingest
    from bilateral.profile import assemble_profile, compare
    from bilateral.profile.bulk import render_all, un_pairs
    from bilateral.profile.charts import chart_svgs
    from bilateral.profile.kb import KB
    from bilateral.profile.render_html import to_html
    from bilateral.profile.render_text import to_json, to_markdown
    from bilateral.profile.render_wiki import to_wikitext
    from bilateral.store import build_database, reading

    build_database()
    ingest(SHARED / "corpus" / "belarus_russia.txt", pair=("Belarus", "Russia"))
    rows: list[tuple[str, float]] = []
    with reading() as con:
        kb = KB.load(con)
        pairs = un_pairs(kb)
        sample = random.Random(5).sample(pairs, 100)
        base = timed(lambda: compare(con, "BLR", "RUS"), repeat)
        rows.append(("baseline: SQL compare(con, BLR, RUS)", base))
        rows.append(("baseline: one DuckDB query (facts of BLR)",
                     timed(lambda: con.execute("SELECT * FROM facts WHERE iso3 = 'BLR'").fetchall(), repeat)))
        rows.append(("KB.load: all reference tables (once per process)", timed(lambda: KB.load(con), 3)))
        rows.append(("cold assemble_profile BLR-RUS (two-state load, CLI path)",
                     timed(lambda: assemble_profile(con, "BLR", "RUS"), repeat)))
        assemble_profile(con, "BLR", "RUS", cached=True)
        rows.append(("warm assemble_profile BLR-RUS (58+ events, cached tables)",
                     timed(lambda: assemble_profile(con, "BLR", "RUS", cached=True), repeat)))
        rows.append(("warm assemble_profile FRA-DEU (no documents)",
                     timed(lambda: assemble_profile(con, "FRA", "DEU", cached=True), repeat)))
        per = [timed(lambda p=p: assemble_profile(con, *p, cached=True), 1) for p in sample]
        rows.append(("warm assemble_profile, median of 100 random UN pairs", statistics.median(per)))
        rows.append(("warm assemble_profile, max of 100 random UN pairs", max(per)))
        p = assemble_profile(con, "BLR", "RUS", cached=True)
        chart_svgs(p)  # vl-convert's first call starts its engine (~1 s); steady state below
        rows.append(("render Markdown BLR-RUS", timed(lambda: to_markdown(p), repeat)))
        rows.append(("render wikitext BLR-RUS", timed(lambda: to_wikitext(p), repeat)))
        rows.append(("render JSON BLR-RUS", timed(lambda: to_json(p), repeat)))
        rows.append(("render 3 charts BLR-RUS (Altair + vl-convert SVG)", timed(lambda: chart_svgs(p), 5)))
        rows.append(("render HTML BLR-RUS incl. charts", timed(lambda: to_html(p), 5)))
        t = time.perf_counter()
        for a, b in sample:
            assemble_profile(con, a, b)
            to_json(assemble_profile(con, a, b))
        sql_per_pair = (time.perf_counter() - t) / (2 * len(sample))
    print(f"{'what':<62} {'ms':>9} {'x baseline':>11}")
    for name, sec in rows:
        print(f"{name:<62} {sec * 1000:>9.2f} {sec / base:>11.2f}")

    out = home / "all"
    n = all_pairs or len(pairs)
    t = time.perf_counter()
    report = render_all(out, "json", workers=2, limit=n)
    bulk = time.perf_counter() - t
    size = sum(f.stat().st_size for f in out.iterdir()) / 1e6
    est = sql_per_pair * len(pairs)
    print(f"\nprofile --all --format json: {report.pairs} pairs in {bulk:.1f} s with 2 workers "
          f"({report.pairs / bulk:.0f} pairs/s, {size:.0f} MB)")
    print(f"baseline (per-pair SQL path, 1 process, from a 100-pair sample): {sql_per_pair * 1000:.1f} ms/pair "
          f"-> {est:.0f} s for all {len(pairs)} pairs; bulk is {est / bulk * (len(pairs) / report.pairs):.1f}x faster")
    print(f"extrapolated to all {len(pairs)} pairs: {bulk * len(pairs) / report.pairs:.0f} s (target <= 600 s)")


if __name__ == "__main__":
    sys.exit(main())
