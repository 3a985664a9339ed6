"""`timeline` and the `bilateral ingest` / `bilateral timeline` commands on the ingested corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bilateral.cli import main
from bilateral.documents.ingest import ingest
from bilateral.documents.timeline import TIMELINE_TYPES, timeline
from bilateral.errors import BilateralError


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = 0
    try:
        main(list(argv))
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(shared: Path) -> Path:
    return shared / "corpus" / "belarus_russia.txt"


def test_timeline_lists_dated_events_in_order(kb: Path, corpus: Path) -> None:
    report = ingest(corpus)
    rows = timeline("Belarus", "Russia")
    assert len(rows) == report.counts["doc_events"]
    assert timeline("RUS", "blr") == rows  # order of the pair and spelling do not matter
    dates = [r["date"] for r in rows]
    assert sum(1 for d in dates if d and len(d) == 10) >= 15
    keys = [(r["date"][:4], r["span_start"]) for r in rows if r["date"] and r["precision"] != "range"]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    for r in rows:
        assert r["type"] in TIMELINE_TYPES and r["evidence"] in r["sentence"]
        assert r["document"] == "Belarus–Russia relations" and r["source"] == str(corpus)
    ranges = [r for r in rows if r["precision"] == "range"]
    assert ranges and all(r["vague"] and "/" in r["date"] for r in ranges)
    for r in ranges:  # a vague period is listed for every year window it overlaps
        first, last = (int(y[:4]) for y in r["date"].split("/"))
        assert r in timeline("Belarus", "Russia", last, last) and r in timeline("Belarus", "Russia", first, first)
        assert r not in timeline("Belarus", "Russia", last + 1, None)
        assert r not in timeline("Belarus", "Russia", None, first - 1)
    in_2020s = timeline("Belarus", "Russia", 2020, 2029)
    assert in_2020s and all(2020 <= int(r["date"][:4]) <= 2029 for r in in_2020s if r["precision"] != "range")
    assert len(in_2020s) < len(rows)
    agree = timeline("Belarus", "Russia", type="agree")
    assert agree and {r["type"] for r in agree} == {"AGREE"}
    assert timeline("Chile", "Peru") == []


def test_timeline_bad_arguments(kb: Path) -> None:
    with pytest.raises(BilateralError, match="unknown event type"):
        timeline("Belarus", "Russia", type="HUG")
    with pytest.raises(BilateralError, match="after"):
        timeline("Belarus", "Russia", 2010, 2000)


def test_cli_ingest_then_timeline(kb: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "ingest", str(corpus), "--format", "json")
    assert code == 0, err
    (row,) = json.loads(out)
    assert row["status"] == "new" and row["pair"] == "BLR–RUS" and row["events"] > 0
    code, out, _ = _run(capsys, "ingest", str(corpus), "--pair", "Russia", "Belarus", "--format", "csv")
    assert code == 0 and list(csv.DictReader(io.StringIO(out)))[0]["status"] == "unchanged"
    code, out, _ = _run(capsys, "timeline", "Belarus", "Russia", "--format", "json")
    events = json.loads(out)
    assert code == 0 and len(events) == row["events"]
    assert all({"date", "actors", "type", "sentence"} <= e.keys() for e in events)
    assert all(isinstance(e["actors"], list) for e in events)
    code, out, _ = _run(capsys, "timeline", "Belarus", "Russia", "--from", "1995", "--to", "1995", "--format", "md")
    assert code == 0 and "1995-01-06" in out and "2004" not in out.split("\n", 3)[-1]
    code, out, _ = _run(capsys, "timeline", "Belarus", "Russia", "--type", "SANCTION", "--format", "wikitext")
    assert code == 0 and out.startswith('{| class="wikitable') and "SANCTION" in out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("ingest", "/no/such/file.txt"), "/no/such/file.txt: no such file"),
        (("ingest", "{corpus}", "--pair", "Belarus", "Narnia"), "Narnia"),
        (("timeline", "Belarus", "Narnia"), "Narnia"),
        (("timeline", "Belarus", "Russia", "--type", "HUG"), "unknown event type"),
    ],
)
def test_cli_errors_are_one_line_exit_2(kb: Path, corpus: Path, capsys, argv, says: str) -> None:
    code, out, err = _run(capsys, *(a.format(corpus=corpus) for a in argv))
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], err


def test_cli_ingest_continues_after_a_bad_file(kb: Path, corpus: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = _run(capsys, "ingest", str(empty), str(corpus), "--format", "json")
    assert code == 2
    assert [r["status"] for r in json.loads(out)] == ["new"]
    assert err.strip() == f"error: {empty}: file is empty"


def test_cli_timeline_empty_knowledge_base(kb: Path, capsys) -> None:
    code, out, err = _run(capsys, "timeline", "Belarus", "Russia", "--format", "json")
    assert code == 0 and json.loads(out) == []
    assert "no events for BLR–RUS" in err and "bilateral ingest" in err


def test_a_stated_span_of_years_is_a_range_but_not_vague(kb: Path, tmp_path: Path) -> None:
    doc = tmp_path / "peru_ecuador.txt"
    doc.write_text("= Peru–Ecuador relations =\n\n==History==\n\nFrom 2005 to 2010, Peru and Ecuador held annual "
                   "summits. In the mid-1990s, Peru and Ecuador fought a war.\n", encoding="utf-8")
    ingest(doc)
    rows = {r["date"]: r for r in timeline("Peru", "Ecuador")}
    assert set(rows) == {"2005/2010", "1994/1996"}
    assert rows["2005/2010"]["precision"] == "range" and not rows["2005/2010"]["vague"]
    assert rows["1994/1996"]["vague"]  # "the mid-1990s" is a vague period
    assert [r["date"] for r in timeline("Peru", "Ecuador", 2007, 2007)] == ["2005/2010"]
