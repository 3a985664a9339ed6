"""`bilateral countries [QUERY]`: listing and resolving through the real CLI shell."""

from __future__ import annotations

import csv
import io
import json

import pytest


def run(capsys, *args: str) -> tuple[int, str, str]:
    from bilateral.cli import main  # imported here: the CLI pulls in every package's commands

    code = 0
    try:
        main(list(args))
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _home(tmp_home):
    """The CLI may write the resolver cache: keep it in a private home."""


def test_lists_all_states_as_csv(capsys):
    code, out, _ = run(capsys, "countries", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 197
    by = {r["iso3"]: r for r in rows}
    assert by["BLR"]["gec"] == "bo" and by["BLR"]["cow"] == "370" and by["BLR"]["numeric"] == "112"
    assert by["TWN"]["un_member"] == "False"


def test_lists_un_members_as_json(capsys):
    code, out, _ = run(capsys, "countries", "--un", "-f", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 193 and all(r["un_member"] for r in rows)


def test_resolves_one_query_with_a_date(capsys):
    code, out, _ = run(capsys, "countries", "cow:260", "--on", "1980-01-01", "-f", "json")
    assert code == 0
    rec = json.loads(out)
    assert rec["iso3"] == "DEU" and rec["cow"] == 260 and rec["gec"] == "gm"


def test_resolves_a_demonym_as_markdown(capsys):
    code, out, _ = run(capsys, "countries", "Belarusian", "-f", "md")
    assert code == 0
    assert "| iso3 | BLR |" in out and "| official_name | Republic of Belarus |" in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["countries", "Puerto Rico"], "Puerto Rico is a territory of the United States"),
        (["countries", "Belarussia"], "did you mean Belarus"),
        (["countries", "Belarus", "--on", "19x"], "--on '19x'"),
        (["countries", "cow:255", "--on", "1950"], "not in the state system"),
    ],
)
def test_errors_are_one_line_and_exit_2(capsys, args, needle):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and needle in err
