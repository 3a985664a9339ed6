"""`bilateral extract` and `bilateral eval` as a user runs them.

The command the before-stop hook runs is exercised in a real subprocess; the other cases run the
same entry point (`bilateral.cli.main`) in-process, which keeps the suite fast.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bilateral.cli import main
from bilateral.extract.scoring import score_doc


def run_inprocess(capsys, *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_extract_json_subprocess_is_the_gold_schema_and_scores(shared) -> None:
    txt = shared / "corpus" / "belarus_russia.txt"
    r = subprocess.run([sys.executable, "-m", "bilateral.cli", "extract", str(txt), "--format", "json"],
                       capture_output=True, text=True, timeout=120)  # fmt: skip
    assert r.returncode == 0, r.stderr
    pred = json.loads(r.stdout)
    gold = json.loads((shared / "corpus" / "belarus_russia.gold.json").read_text(encoding="utf-8"))
    s = score_doc(gold, pred, txt.read_text(encoding="utf-8"))
    assert s["events"]["f1"] >= 0.95 and s["missions"]["f1"] >= 0.95 and s["organizations"]["f1"] == 1.0


def test_extract_table_and_csv(shared, capsys) -> None:
    txt = shared / "corpus" / "belarus_russia.txt"
    code, out, err = run_inprocess(capsys, "extract", str(txt))
    assert code == 0, err
    assert "Missions" in out and "Organisations both belong to: CIS, EAEU, CSTO, UN" in out
    code, out, _ = run_inprocess(capsys, "extract", str(txt), "--format", "csv", "--pair", "Belarus,Russia")
    lines = out.splitlines()
    assert lines[0] == "date,type,quad,actors,evidence"
    assert any(line.startswith("1995-01-06,") for line in lines)


def test_eval_directory(shared, capsys) -> None:
    code, out, err = run_inprocess(capsys, "eval", str(shared / "corpus"), "--format", "json")
    assert code == 0, err
    total = json.loads(out)["total"]
    assert total["documents"] == 1
    assert total["events"]["f1"] >= 0.95 and total["figures"]["f1"] >= 0.85


@pytest.mark.parametrize("content", [None, b"", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8])
def test_bad_files_are_one_line_errors(tmp_path, capsys, content) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    code, _, err = run_inprocess(capsys, "extract", str(path))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "doc.txt" in lines[0]


def test_eval_without_gold_files_and_unknown_pair(tmp_path, capsys) -> None:
    code, _, err = run_inprocess(capsys, "eval", str(tmp_path))
    assert code == 2 and "no <slug>.gold.json" in err
    code, _, err = run_inprocess(capsys, "extract", str(tmp_path / "x.txt"), "--pair", "Atlantis,Russia")
    assert code == 2 and "Atlantis" in err
