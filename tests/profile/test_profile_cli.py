"""`bilateral profile` in every format, to a file, and `--all` over UN-member pairs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bilateral.cli import app

runner = CliRunner()


@pytest.mark.parametrize(("fmt", "marker"), [
    ("md", "# Belarus–Russia relations"), ("wikitext", "{{Infobox bilateral relations"),
    ("json", '"schema_version": "1"'), ("html", "<!doctype html>"),
])
def test_profile_formats(kb, fmt, marker):
    result = runner.invoke(app, ["profile", "Belarus", "Russia", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert marker in result.stdout


def test_profile_out_file(kb, tmp_path):
    out = tmp_path / "blr-rus.html"
    result = runner.invoke(app, ["profile", "BY", "Russian Federation", "-f", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("<svg") >= 3


def test_profile_bad_input_is_one_line_and_exit_2(kb):
    from bilateral.cli import main

    for argv in (["profile", "Belarus", "Narnia"], ["profile", "--all"], ["profile", "Belarus"],
                 ["profile", "Belarus", "BLR"]):
        with pytest.raises(SystemExit) as e:
            main(argv)
        assert e.value.code == 2


def test_profile_all_writes_one_file_per_pair_and_an_index(kb, tmp_path):
    out = tmp_path / "all"
    result = runner.invoke(app, ["profile", "--all", "--format", "json", "--out", str(out), "--limit", "60"])
    assert result.exit_code == 0, result.output
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len(index["pairs"]) == 60 == len(list(out.glob("*-*.json")))
    for item in index["pairs"][:5]:
        data = json.loads((out / item["file"]).read_text(encoding="utf-8"))
        assert data["pair"] == item["pair"] and item["pair"][0] < item["pair"][1]
        assert len(data["comparison"]["rows"]) == 15


def test_profile_all_includes_the_ingested_pair(kb, tmp_path):
    """A pair with a document gets its History in bulk output too (read through the workers' connection)."""
    from bilateral.profile.bulk import render_all, un_pairs
    from bilateral.profile.kb import KB
    from bilateral.store import reading

    with reading() as con:
        pairs = un_pairs(KB.load(con))
    assert len(pairs) == 193 * 192 // 2 and ("BLR", "RUS") in pairs
    report = render_all(tmp_path, "wikitext", workers=2, pairs=[("RUS", "BLR"), ("FRA", "DEU")])
    assert report.pairs == 2
    assert "== History ==" in (tmp_path / "BLR-RUS.wiki").read_text(encoding="utf-8")
    assert "== History ==" not in (tmp_path / "DEU-FRA.wiki").read_text(encoding="utf-8")


def test_serve_runs_the_web_app(kb):
    """`bilateral serve --port P` in a subprocess answers on 127.0.0.1 until stopped."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "bilateral.cli", "serve", "--port", str(port)],
                            env={**os.environ, "BILATERAL_HOME": str(kb.parent)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v1/countries", params={"q": "BLR"}, timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        assert r.status_code == 200 and [c["iso3"] for c in r.json()] == ["BLR"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert runner.invoke(app, ["serve", "--port", "0"]).exit_code == 2  # out of range: a usage error
