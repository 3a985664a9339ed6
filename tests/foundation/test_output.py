"""The terminal table of `output.render_rows`: it fits the terminal, and an empty result still renders."""

from __future__ import annotations

import pytest

from bilateral.output import Format, render_rows


def test_an_empty_table_renders_its_headers(capsys: pytest.CaptureFixture[str]) -> None:
    assert render_rows([], Format.table, title="quarantine", columns=["source", "reason", "rows"]) is None
    out = capsys.readouterr().out
    assert out.splitlines()[0].strip() == "quarantine" and out.split()[1:4] == ["source", "reason", "rows"]
    render_rows([], Format.table)  # no columns at all
    assert render_rows([], Format.csv, columns=["a", "b"]) == "a,b\n"


def test_text_wraps_at_words_and_codes_stay_whole(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    rows = [{"code": "material_conflict", "n": 12345, "text": "Population density of the capital region " * 3}]
    render_rows(rows, Format.table)
    lines = capsys.readouterr().out.splitlines()
    assert max(len(ln) for ln in lines) <= 60
    body = " ".join(lines)
    assert "material_conflict" in body and "12345" in body
    words = {w for ln in lines for w in ln.split()}
    assert {"Population", "density", "capital", "region"} <= words  # no word folded across lines


def test_a_path_too_wide_for_its_column_shows_its_end(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    path = "/work/shared/corpus/a_long_directory_name/belarus_russia.txt"
    render_rows([{"source": path, "table": "doc_events", "records": 60}], Format.table)
    out = capsys.readouterr().out
    assert max(len(ln) for ln in out.splitlines()) <= 40
    assert "…" in out and "russia.txt" in out and "60" in out
    assert json_path_kept(path)


def json_path_kept(path: str) -> bool:
    """The other formats keep the whole value."""
    return path in render_rows([{"source": path}], Format.json)
