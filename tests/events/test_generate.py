"""The benchmark generator writes rows shaped like the real GDELT 2.0 15-minute file.

Why it matters: the load's cost per row depends on the row's bytes (source URLs and names are
copied into the store), on how many rows fall outside the file's month (they are gathered into
other files) and on how many rows the fast path must hand to the DuckDB reader. A generator that
is kinder than real data flatters the benchmark.
"""

from __future__ import annotations

import statistics
from datetime import date
from pathlib import Path

import pytest

from bilateral.events.generate import generate_gdelt2


def _shape(rows: list[bytes]) -> dict[str, float]:
    fields = [r.split(b"\t") for r in rows]
    n = len(fields)
    assert {len(f) for f in fields} == {61}
    urls = [f[60] for f in fields]
    return {
        "bytes per row": statistics.mean(len(r) + 1 for r in rows),
        "URL length": statistics.mean(len(u) for u in urls),
        "rows per URL": n / len(set(urls)),
        "share in DATEADDED's month": sum(f[1][:6] == f[59][:6] for f in fields) / n,
        "share a year before it": sum(_months_back(f) == 12 for f in fields) / n,
        "share a month before it": sum(_months_back(f) == 1 for f in fields) / n,
        "share without Actor1": sum(not f[5] for f in fields) / n,
        "share without Actor2": sum(not f[15] for f in fields) / n,
        "share without Actor1 country": sum(not f[7] for f in fields) / n,
        "share without Actor2 country": sum(not f[17] for f in fields) / n,
        "length of the two names": statistics.mean(len(f[6]) + len(f[16]) for f in fields),
        "tone length": statistics.mean(len(f[34]) for f in fields),
        "geography length": statistics.mean(sum(len(f[k]) for k in range(35, 59)) for f in fields),
    }


def _months_back(f: list[bytes]) -> int:
    """Months from the event's month (SQLDATE) to the month it was added (DATEADDED)."""
    return (int(f[59][:4]) - int(f[1][:4])) * 12 + int(f[59][4:6]) - int(f[1][4:6])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_gdelt2(tmp_path_factory.mktemp("gen") / "g.export.CSV", 20_000, seed=3, anchor=date(2019, 10, 1))


def test_generated_rows_are_shaped_like_the_real_file(gdelt2_file: Path, generated: Path) -> None:
    real = _shape(gdelt2_file.read_bytes().splitlines())
    ours = _shape(generated.read_bytes().splitlines())
    for key, value in real.items():
        if key.startswith("share"):
            assert abs(ours[key] - value) <= 0.02, (key, ours[key], value)
        else:
            assert abs(ours[key] / value - 1) <= 0.08, (key, ours[key], value)


def test_events_dated_further_back_are_as_rare_as_in_the_real_file(gdelt2_file: Path, generated: Path) -> None:
    """Neither the month added, nor a month or a year before it: none of the real file's 2,111 rows
    (so at most about 0.14 %, at 95 %). Each such month costs a load a file of its own."""
    for path, most in ((gdelt2_file, 0.0), (generated, 0.003)):
        fields = [r.split(b"\t") for r in path.read_bytes().splitlines()]
        share = sum(_months_back(f) not in (0, 1, 12) for f in fields) / len(fields)
        assert share <= most, (path.name, share)
        assert share > 0 or path == gdelt2_file  # generated: the path stays exercised


def test_generated_names_have_the_real_files_long_tail(gdelt2_file: Path, generated: Path) -> None:
    """As many distinct actor names in as many rows as the real file: a store's dictionary pages and
    the kernel's name dictionaries grow with them, so a short vocabulary would flatter the load."""
    real = [r.split(b"\t") for r in gdelt2_file.read_bytes().splitlines()]
    ours = [r.split(b"\t") for r in generated.read_bytes().splitlines()[: len(real)]]
    for field in (6, 16):  # Actor1Name, Actor2Name
        want, got = (len({f[field] for f in rows if f[field]}) for rows in (real, ours))
        assert abs(got / want - 1) <= 0.15, (field, got, want)


def test_every_generated_row_takes_the_fast_path(generated: Path, fast_path_counts) -> None:
    """As every real row does (test_fast_path): the benchmark must not measure the fallback."""
    assert fast_path_counts(generated.read_bytes(), "gdelt2") == (20_000, 0, 20_000)


def test_generation_is_deterministic_per_seed(tmp_path: Path, generated: Path) -> None:
    again = generate_gdelt2(tmp_path / "again.export.CSV", 20_000, seed=3, anchor=date(2019, 10, 1))
    other = generate_gdelt2(tmp_path / "other.export.CSV", 20_000, seed=4, anchor=date(2019, 10, 1))
    assert again.read_bytes() == generated.read_bytes()
    assert other.read_bytes() != generated.read_bytes()
