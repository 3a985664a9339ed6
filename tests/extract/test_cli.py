"""`bilateral extract` and `bilateral eval` as a user runs them (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bilateral.extract.scoring import score_doc


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bilateral.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"}, timeout=120)  # fmt: skip


def test_extract_json_is_the_gold_schema_and_scores(shared) -> None:
    txt = shared / "corpus" / "belarus_russia.txt"
    r = run("extract", str(txt), "--format", "json")
    assert r.returncode == 0, r.stderr
    pred = json.loads(r.stdout)
    gold = json.loads((shared / "corpus" / "belarus_russia.gold.json").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    s = score_doc(gold, pred, text)
    assert s["events"]["f1"] >= 0.95 and s["missions"]["f1"] >= 0.95 and s["organizations"]["f1"] == 1.0


def test_extract_table_and_csv(shared, tmp_path) -> None:
    txt = shared / "corpus" / "belarus_russia.txt"
    r = run("extract", str(txt))
    assert r.returncode == 0, r.stderr
    assert "Missions" in r.stdout and "Organisations both belong to: CIS, EAEU, CSTO, UN" in r.stdout
    r = run("extract", str(txt), "--format", "csv", "--pair", "Belarus,Russia")
    lines = r.stdout.splitlines()
    assert lines[0] == "date,type,quad,actors,evidence"
    assert any(line.startswith("1995-01-06,") for line in lines)


def test_eval_directory(shared) -> None:
    r = run("eval", str(shared / "corpus"), "--format", "json")
    assert r.returncode == 0, r.stderr
    total = json.loads(r.stdout)["total"]
    assert total["documents"] == 1
    assert total["events"]["f1"] >= 0.95 and total["figures"]["f1"] >= 0.85


@pytest.mark.parametrize("content", [None, b"", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8])
def test_bad_files_are_one_line_errors(tmp_path, content) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    r = run("extract", str(path))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "doc.txt" in lines[0]


def test_eval_without_gold_files(tmp_path) -> None:
    r = run("eval", str(tmp_path))
    assert r.returncode == 2 and "no <slug>.gold.json" in r.stderr
    r = run("extract", str(tmp_path / "x.txt"), "--pair", "Atlantis,Russia")
    assert r.returncode == 2
