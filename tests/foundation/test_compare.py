"""`compare`: the 15 comparison rows for any pair, with years, sources and ratios."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from bilateral.cli import main
from bilateral.profile import compare
from bilateral.profile.compare import NOT_OFFLINE, NOT_REPORTED, ROWS
from bilateral.store import reading

FACT_ROWS = [k for k, _, _ in ROWS if k not in ("hdi", "expatriates")]


def run_cli(args: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as e:
        code = e.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_belarus_russia_rows(built_db: Path) -> None:
    with reading(built_db) as con:
        c = compare(con, "BLR", "RUS")
    rows = {r.key: r for r in c.rows}
    assert [r.key for r in c.rows] == [k for k, _, _ in ROWS] and len(c.rows) == 15
    assert rows["population"].a.value == 9_460_972 and rows["population"].b.value == 140_134_279
    assert rows["population"].ratio == pytest.approx(9_460_972 / 140_134_279)
    assert rows["population"].a.year == 2025 and rows["population"].a.source == "CIA World Factbook 2025"
    assert rows["area"].a.value == 207_600 and rows["area"].b.value == 17_098_242
    assert rows["density"].a.derived and rows["density"].a.value == pytest.approx(9_460_972 / 207_600, rel=1e-3)
    assert rows["capital"].a.text.startswith("Minsk") and rows["capital"].b.text.startswith("Moscow")
    assert "Belarusian" in rows["languages"].a.text and "Russian" in rows["languages"].a.text
    assert "Lukashenka" in rows["head_of_state"].a.text and "Putin" in rows["head_of_state"].b.text
    assert "Orthodox" in rows["religions"].a.text and "%" in rows["ethnic_groups"].b.text
    assert rows["gdp_nominal"].a.value == pytest.approx(75.962e9) and "per capita" in rows["gdp_nominal"].a.text
    assert rows["gdp_ppp"].b.value > 1e12
    assert "BYN" in rows["currency"].a.text and "RUB" in rows["currency"].b.text
    assert rows["hdi"].a.text == NOT_OFFLINE and rows["expatriates"].b.text == NOT_OFFLINE


def test_twenty_random_un_pairs(built_db: Path) -> None:
    with reading(built_db) as con:
        members = [r[0] for r in con.execute("SELECT iso3 FROM countries WHERE un_member ORDER BY iso3").fetchall()]
        rng = random.Random(20261127)
        missing: list[str] = []
        for _ in range(20):
            a, b = rng.sample(members, 2)
            c = compare(con, a, b)
            assert len(c.rows) == 15
            by = {r.key: r for r in c.rows}
            for side, iso3 in (("a", a), ("b", b)):
                for key in ("population", "area"):
                    cell = getattr(by[key], side)
                    assert cell.value and cell.value > 0, f"{iso3} {key}: {cell.text}"
                for key in FACT_ROWS:
                    cell = getattr(by[key], side)
                    assert cell.text, f"{iso3} {key} empty"
                    if cell.text == NOT_REPORTED:
                        missing.append(f"{iso3}:{key}")
            assert by["population"].ratio == pytest.approx(by["population"].a.value / by["population"].b.value)
        # 20 pairs x 2 states x 13 fact rows = 520 cells; the Factbook lacks very few of them
        assert len(missing) <= 26, missing


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "wikitext"])
def test_cli_formats(fmt: str, kb_env: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run_cli(["compare", "Belarus", "Russian Federation", "--format", fmt], capsys)
    assert code == 0, err
    if fmt == "json":
        data = json.loads(out)
        assert data["a"]["iso3"] == "BLR" and len(data["rows"]) == 15
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 15 and rows[0]["row"] == "Population" and rows[0]["Belarus"].startswith("9,460,972")
    elif fmt == "md":
        assert out.count("\n|") >= 16 and "| Population |" in out
    else:
        assert out.startswith('{| class="wikitable') and out.rstrip().endswith("|}") and out.count("|-") == 15


def test_cli_bad_input_is_one_line_exit_2(kb_env: Path, capsys: pytest.CaptureFixture) -> None:
    cases = {
        ("compare", "Belarus", "BLR"): "same country",
        ("compare", "Belarussia", "Russia"): "Belarus",
        ("compare", "Antarctica", "Russia"): "Antarctica",
        ("compare", "Puerto Rico", "Cuba"): "territory",
        ("profile", "Narnia", "Russia"): "unknown country",
    }
    for args, expected in cases.items():
        code, out, err = run_cli(list(args), capsys)
        assert code == 2, (args, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), err
        assert expected.lower() in lines[0].lower(), lines[0]
        assert "Traceback" not in err


def test_cli_corrupt_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    bad = tmp_path / "kb.duckdb"
    bad.write_bytes(b"\x00garbage" * 512)
    monkeypatch.setenv("BILATERAL_DB", str(bad))
    code, _, err = run_cli(["compare", "Belarus", "Russia"], capsys)
    assert code == 2 and str(bad) in err and "db build --force" in err and len(err.strip().splitlines()) == 1
    code, out, err = run_cli(["db", "build", "--force"], capsys)
    assert code == 0, err
    code, out, _ = run_cli(["compare", "Belarus", "Russia", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["b"]["iso3"] == "RUS"


def test_profile_first_version(kb_env: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run_cli(["profile", "Belarus", "Russia", "--format", "json"], capsys)
    assert code == 0, err
    p = json.loads(out)
    assert p["title"] == "Belarus–Russia relations"
    lead = " ".join(s["text"] for s in p["lead"])
    assert "1,312 km" in lead and "Commonwealth of Independent States" in lead
    dist = next(s["data"]["capital_distance_km"] for s in p["lead"] if "capital_distance_km" in s["data"])
    assert 650 < dist < 700  # Minsk–Moscow great-circle distance is about 675 km
    assert len(p["comparison"]["rows"]) == 15
    code, out, err = run_cli(["profile", "Belarus", "Russia", "--format", "md"], capsys)
    assert code == 0 and out.startswith("# Belarus–Russia relations") and "## References" in out


def test_fetched_indicators_fill_hdi_and_expatriates(tmp_path: Path) -> None:
    from bilateral.store import build_database, transaction

    path = tmp_path / "kb.duckdb"
    build_database(path)
    with transaction(path) as con:
        con.execute(
            """INSERT INTO indicators VALUES
               ('BLR', 'hdi', 0.824, NULL, 2023, 'UNDP HDR', 'hdi_2023', now()),
               ('BLR', 'migrant_stock_from_RUS', 650000, 'people', 2024, 'UN DESA', 'Table 1', now()),
               ('RUS', 'migrant_stock_from_BLR', 480000, 'people', 2020, 'UN DESA', 'Table 1', now()),
               ('RUS', 'migrant_stock_from_BLR', 500000, 'people', 2024, 'UN DESA', 'Table 1', now())"""
        )
    with reading(path) as con:
        rows = {r.key: r for r in compare(con, "BLR", "RUS").rows}
    assert rows["hdi"].a.value == 0.824 and rows["hdi"].a.source == "UNDP HDR" and rows["hdi"].b.text == NOT_OFFLINE
    assert rows["expatriates"].a.value == 650000 and "from Russia" in rows["expatriates"].a.text
    assert rows["expatriates"].b.value == 500000 and rows["expatriates"].b.year == 2024  # latest year wins
    assert rows["expatriates"].ratio == pytest.approx(1.3)


def test_empty_profile_says_how_to_fill_timeline_and_missions(kb_env: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run_cli(["profile", "Belarus", "Russia"], capsys)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "Belarus–Russia relations" in flat and "1,312 km" in flat
    assert "bilateral ingest FILE --pair A B" in flat and "bilateral fetch wikidata A B" in flat
