"""Ingest: one transaction, idempotent by content, a changed document replaces its old records."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bilateral.documents.ingest import date_fields, ingest, pair_from_title, resolve_pair
from bilateral.documents.read import read_document
from bilateral.errors import BilateralError, UnknownCountryError
from bilateral.store import reading

TABLES = ("doc_events", "missions", "figures", "doc_organisations", "doc_borders")


def _rows(table: str, doc_id: str | None = None) -> int:
    with reading() as con:
        if doc_id is None:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return con.execute(f"SELECT count(*) FROM {table} WHERE doc_id = ?", [doc_id]).fetchone()[0]


@pytest.fixture
def corpus(shared: Path) -> Path:
    return shared / "corpus" / "belarus_russia.txt"


def test_ingest_stores_document_and_records(kb: Path, corpus: Path) -> None:
    report = ingest(corpus)
    assert report.status == "new" and report.pair == ("BLR", "RUS")
    doc = read_document(corpus)
    assert report.doc_id == doc.content_hash
    with reading() as con:
        stored = con.execute("SELECT title, source, kind, pair_a, pair_b, text FROM documents").fetchall()
        assert stored == [("Belarus–Russia relations", str(corpus), "wikitext-rendered", "BLR", "RUS", doc.text)]
        events = con.execute(
            "SELECT event_id, date, date_text, date_precision, year, month, actors, actor1_iso3, actor2_iso3, plover,"
            " quad, span_start, span_end, evidence, sentence, section, source FROM doc_events"
        ).fetchall()
    for table in TABLES:
        assert _rows(table) == report.counts[table]
    assert report.counts["doc_events"] >= 40 and report.counts["missions"] >= 5 and report.counts["doc_borders"] == 1
    assert len({e[0] for e in events}) == len(events)
    dated = 0
    for (_eid, date, text, precision, year, month, actors, a1, a2, plover, quad, s, e, evidence, sentence,
         section, source) in events:  # fmt: skip
        assert doc.text[s:e] == evidence and evidence in sentence and source == "document"
        assert sentence in doc.text and section
        assert a1 in ("BLR", "RUS") or a1 is None or re.fullmatch(r"[A-Z]{3}", a1)
        assert a1 is None or a1 in actors
        assert a2 is None or (a2 in actors and a2 != a1 and a1 is not None)
        assert plover and quad
        if precision == "day":
            assert date.isoformat() == text and (date.year, date.month) == (year, month)
            dated += 1
        elif precision == "month":
            assert f"{date:%Y-%m}" == text and date.day == 1 and month == date.month
        elif precision == "year":
            assert str(date.year) == text and (date.month, date.day) == (1, 1) and month is None
    assert dated >= 15


def test_ingesting_twice_is_a_no_op(kb: Path, corpus: Path, tmp_path: Path) -> None:
    first = ingest(corpus)
    before = {t: _rows(t) for t in (*TABLES, "documents")}
    again = ingest(corpus)
    assert again.status == "unchanged" and again.doc_id == first.doc_id and again.counts == first.counts
    copy = tmp_path / "same-text-other-name.txt"
    copy.write_bytes(corpus.read_bytes().replace(b"\n", b"\r\n"))  # other name, CRLF: same text
    assert ingest(copy).status == "unchanged"
    assert {t: _rows(t) for t in (*TABLES, "documents")} == before


def test_changed_sentence_replaces_old_records(kb: Path, corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    text = corpus.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    old = ingest(path)
    old_sentences = _sentences(old.doc_id)
    sentence = "on 6 January 1995 Russia and Belarus concluded"
    changed = text.replace(sentence, sentence.replace("6 January", "7 January"))
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    new = ingest(path)
    assert new.status == "replaced" and new.replaced == [old.doc_id] and new.doc_id != old.doc_id
    assert _rows("documents") == 1
    for table in TABLES:
        assert _rows(table, old.doc_id) == 0
        assert _rows(table) == _rows(table, new.doc_id) == new.counts[table]
    new_sentences = _sentences(new.doc_id)
    assert any("7 January 1995" in s for s in new_sentences) and not any("6 January 1995" in s for s in new_sentences)
    assert len(new_sentences) == len(old_sentences)  # replaced, not duplicated


def _sentences(doc_id: str) -> list[str]:
    with reading() as con:
        return [r[0] for r in con.execute("SELECT sentence FROM doc_events WHERE doc_id = ?", [doc_id]).fetchall()]


def test_new_revision_replaces_by_title_and_pair(kb: Path, corpus: Path) -> None:
    """A new Wikipedia revision has a new source string; the same title and pair identify it."""
    doc1 = read_document(corpus, source="wikipedia:en:Belarus–Russia relations@1")
    r1 = ingest(doc1, pair=("BLR", "RUS"))
    doc2 = read_document(corpus.read_bytes().replace(b"Several treaties", b"Many treaties"),
                         source="wikipedia:en:Belarus–Russia relations@2")  # fmt: skip
    r2 = ingest(doc2, pair=("Russia", "Belarus"))  # pair order does not matter
    assert r2.status == "replaced" and r2.replaced == [r1.doc_id]
    other = read_document(b"= Chile-Peru relations =\n\nChile and Peru signed a treaty in 1929.\n", source="cp.txt")
    r3 = ingest(other)
    assert r3.status == "new" and r3.pair == ("CHL", "PER") and r3.replaced == []
    assert _rows("documents") == 2


def test_explicit_pair_re_extracts_stored_text(kb: Path, corpus: Path) -> None:
    wrong = ingest(corpus, pair=("Belarus", "Ukraine"))
    assert wrong.status == "new" and wrong.pair == ("BLR", "UKR")
    fixed = ingest(corpus, pair=("Russia", "Belarus"))
    assert fixed.status == "replaced" and fixed.replaced == [wrong.doc_id] and fixed.doc_id == wrong.doc_id
    with reading() as con:
        assert con.execute("SELECT pair_a, pair_b FROM documents").fetchall() == [("RUS", "BLR")]
        assert con.execute("SELECT DISTINCT pair_a FROM figures").fetchall() == [("RUS",)]
    for table in TABLES:
        assert _rows(table) == fixed.counts[table]
    assert ingest(corpus, pair=("BLR", "RUS")).status == "unchanged"
    assert ingest(corpus).status == "unchanged"


def test_pair_resolution() -> None:
    assert pair_from_title("Belarus–Russia relations") == ("BLR", "RUS")
    assert pair_from_title("Chile-Peru relations") == ("CHL", "PER")
    assert pair_from_title("Guinea-Bissau–Portugal relations") == ("GNB", "PRT")
    assert pair_from_title("Guinea-Bissau-Portugal relations") == ("GNB", "PRT")
    assert pair_from_title("History of Belarus") is None
    assert resolve_pair(("Belarus", "RUS")) == ("BLR", "RUS")
    with pytest.raises(BilateralError, match="same state"):
        resolve_pair(("Belarus", "BLR"))
    with pytest.raises(UnknownCountryError, match="Narnia"):
        resolve_pair(("Belarus", "Narnia"))


@pytest.mark.parametrize(
    ("text", "date", "precision", "year", "month", "vague"),
    [
        ("1995-01-06", dt.date(1995, 1, 6), "day", 1995, 1, False),
        ("1995-02", dt.date(1995, 2, 1), "month", 1995, 2, False),
        ("1995", dt.date(1995, 1, 1), "year", 1995, None, False),
        ("1994/1996", dt.date(1994, 1, 1), "range", 1994, None, True),
        ("2000/2009", dt.date(2000, 1, 1), "range", 2000, None, True),
        ("sometime", None, None, None, None, False),
        ("1995-02-30", None, None, None, None, False),
    ],
)
def test_date_fields(text, date, precision, year, month, vague) -> None:
    f = date_fields(text)
    assert (f["date"], f["date_precision"], f["year"], f["month"], f["vague"]) == (date, precision, year, month, vague)
    assert f["date_text"] == text
