"""The plain-text / wiki-text-rendering reader on the real corpus article and on plain text."""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext


def test_reads_the_corpus_rendering(shared) -> None:
    text = (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")
    doc = read_plaintext(text, source="belarus_russia.txt")
    assert doc.kind == "wikitext-rendered"
    assert doc.title == "Belarus–Russia relations"
    assert doc.infobox["Mission1"] == "Embassy of Belarus, Moscow"
    span = doc.infobox_spans["Mission2"]
    assert text[span.start : span.end] == "Embassy of Russia, Minsk"
    paths = [s.path for s in doc.sections]
    assert ("History", "2000s") in paths and ("Economic relations", "Diplomatic tension") in paths
    sub = next(s for s in doc.sections if s.path == ("History", "2000s"))
    assert "Vladimir Putin took office" in text[sub.start : sub.end]
    assert "==Economic" not in text[sub.start : sub.end]
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert any(row[0] == "Expatriates" for row in table.rows)
    assert doc.sections[table.section].heading == "Country comparison"
    for s in doc.sentences:  # sentences never include headings, table rows or infobox bullets
        body = text[s.start : s.end]
        assert not body.startswith(("=", "|")) and "Mission1" not in body
    sent = next(s for s in doc.sentences if text[s.start : s.end].startswith("However, Belarus refused"))
    assert doc.sections[sent.section].heading == "2000s"


def test_plain_paragraphs() -> None:
    text = "France–Spain relations\n\nFrance and Spain share a border. They signed a treaty.\n\nSecond one."
    doc = read_plaintext(text)
    assert doc.kind == "text"
    assert doc.title == "France–Spain relations"
    assert [text[s.start : s.end] for s in doc.sentences][1:] == [
        "France and Spain share a border.",
        "They signed a treaty.",
        "Second one.",
    ]
    assert doc.sentences[-1].paragraph == 2
