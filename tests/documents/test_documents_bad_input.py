"""Bad input: a clear `InputFileError` naming the file, or a warning that says what was skipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.documents.encoding import MAX_BYTES
from bilateral.documents.plaintext import read_plaintext
from bilateral.documents.read import read_document, read_text
from bilateral.errors import InputFileError

from .markup import corpus_to_html, corpus_to_wikitext


@pytest.fixture(scope="module")
def corpus_text(shared: Path) -> str:
    return (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")


def _sentences(doc) -> list[str]:
    return [" ".join(doc.text[s.start : s.end].split()) for s in doc.sentences]


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF file"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64, "zip archive"),
        (bytes(range(256)) * 16, "binary data"),
        (b"\x00\x01\x02\x03garbage\x00\x00\x05" * 50, "binary data"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, payload: bytes, says: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(payload)
    with pytest.raises(InputFileError) as err:
        read_document(path)
    assert str(path) in str(err.value) and says in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("payload", [b"", b"   \n\n\t  \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_empty_files_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "empty.wiki"
    path.write_bytes(payload)
    with pytest.raises(InputFileError, match=re.escape(str(path)) + ".*empty"):
        read_document(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputFileError, match="directory"):
        read_document(tmp_path)


def test_fifty_megabytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: the size check must fire before any read
    with pytest.raises(InputFileError) as err:
        read_document(path)
    assert "50.0 MB" in str(err.value) and "20.0 MB" in str(err.value) and str(path) in str(err.value)
    with pytest.raises(InputFileError, match="over the"):
        read_document(b"a" * (MAX_BYTES + 1))


def test_markup_without_text_is_an_error() -> None:
    with pytest.raises(InputFileError, match="no readable text"):
        read_text("<html><body><script>x()</script><nav>menu</nav></body></html>", kind="html")
    with pytest.raises(InputFileError, match="no readable text"):
        read_document(b"{{Infobox country|name=}}\n[[Category:X]]\n", kind="mediawiki")
    with pytest.raises(InputFileError, match="unknown document kind"):
        read_document(b"text", kind="pdf")


NON_ENGLISH = {
    "de": (
        "Die Beziehungen zwischen Deutschland und Frankreich sind seit dem Ende des Zweiten Weltkriegs eng. "
        "Beide Staaten unterzeichneten im Januar 1963 den Élysée-Vertrag, der regelmäßige Konsultationen der "
        "Regierungen vorsieht. Heute sind sie die wichtigsten Handelspartner in der Europäischen Union und "
        "arbeiten in vielen Bereichen der Außenpolitik zusammen."
    ),
    "ru": (
        "Отношения между двумя государствами развивались на протяжении многих лет. В январе 1995 года стороны "
        "подписали соглашение о таможенном союзе, а затем договор о дружбе и сотрудничестве. Сегодня страны "
        "являются членами нескольких международных организаций и проводят регулярные консультации."
    ),
}


@pytest.mark.parametrize("lang", sorted(NON_ENGLISH))
def test_non_english_text_is_read_with_a_warning(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.txt"
    path.write_text(NON_ENGLISH[lang], encoding="utf-8")
    doc = read_document(path)
    assert doc.sentences  # read, not refused
    assert any("does not look like English" in w and str(path) in w for w in doc.warnings), doc.warnings


def test_english_corpus_has_no_language_warning(shared: Path) -> None:
    doc = read_document(shared / "corpus" / "belarus_russia.txt")
    assert not any("English" in w for w in doc.warnings)


def test_unclosed_template_is_skipped_with_a_warning(corpus_text: str) -> None:
    reference = read_plaintext(corpus_text)
    wikitext = corpus_to_wikitext(corpus_text)
    broken = wikitext.replace("\n}}\n", "\n\n", 1)  # the infobox template never closes
    assert broken.count("{{Infobox") == 1 and broken != wikitext
    doc = read_document(broken.encode(), source="broken.wiki", kind="mediawiki")
    assert any("unclosed template" in w and "broken.wiki" in w and "{{Infobox" in w for w in doc.warnings)
    assert doc.infobox == {}
    assert "mission1" not in doc.text.lower()
    assert _sentences(doc) == _sentences(reference)  # everything after the broken part is still read


def test_unclosed_ref_and_stray_braces(corpus_text: str) -> None:
    wikitext = corpus_to_wikitext(corpus_text)
    # cut the closing tag of one ref: the rest of that paragraph is skipped, nothing else
    i = wikitext.index("</ref>", wikitext.index("==Economic relations=="))
    broken = wikitext[:i] + wikitext[i + len("</ref>") :] + "\nA closing }} stray.\n"
    doc = read_text(broken, kind="mediawiki", source="b.wiki")
    assert any("unclosed <ref>" in w for w in doc.warnings)
    assert any("stray '}}'" in w for w in doc.warnings)
    assert "<ref" not in doc.text and "}}" not in doc.text
    assert len(doc.sentences) < len(read_plaintext(corpus_text).sentences) + 1


def test_malformed_html_is_read_with_warnings(corpus_text: str) -> None:
    reference = read_plaintext(corpus_text)
    page = corpus_to_html(corpus_text)
    broken = page.replace("</p>", "").replace("</div></div>", "").replace("</table>", "", 1)
    broken = broken[: broken.rindex("</body>")] + "<div class=\"trunc"
    doc = read_text(broken, kind="html", source="b.html")
    text = " ".join(w for w in doc.warnings)
    assert "b.html" in text and "unclosed tags" in text and "<div>" in text and "ends inside a tag" in text
    got = set(_sentences(doc))
    assert [s for s in _sentences(reference) if s not in got] == []


def test_tags_inside_scripts_and_comments_are_not_counted() -> None:
    page = ("<html><body><script>if (a<b && c>d) { document.write('<div>'); }</script><!-- <table> -->"
            "<p>Chile and Peru signed a treaty in 1929.</p></body></html>")  # fmt: skip
    doc = read_text(page, kind="html", source="ok.html")
    assert doc.warnings == [] and doc.text.strip() == "Chile and Peru signed a treaty in 1929."


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = NON_ENGLISH["ru"]
    page = f'<html><head><meta charset="windows-1251"><title>Тест</title></head><body><p>{body}</p></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    doc = read_document(path)
    assert doc.meta["encoding"] == "cp1251" and doc.title == "Тест"
    assert " ".join(doc.text.split()).endswith(body)
    assert any("declared in the file" in w for w in doc.warnings)


_FRAGMENTS = [
    "{{", "}}", "[[", "]]", "|", "{|", "|}", "|-", "!", "!!", "||", "<ref>", "</ref>", "<ref name=x/>", "'''",
    "==", "===", "\n", "\n\n", "* ", "# ", ": ", "<br>", "<!--", "-->", "&nbsp;", "Infobox", "Chile ", "signed ",
    "a treaty in 1929. ", "{{Infobox x|a=", "{{convert|5|km}}", "[[File:x.png|thumb|cap]]", "<div>", "</div>",
    "<table>", "<tr><td>", "<p>", "</p>", "<h2>", "</h2>", "<li>", "<script>", "__NOTOC__", "{{{1}}}", "<nowiki>",
    "{{ubl|a|b}}", "- ", "= T =",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=60), st.sampled_from(["mediawiki", "html"]))
@settings(max_examples=150, deadline=None, derandomize=True)  # the same examples on every run
def test_any_markup_soup_reads_or_fails_cleanly(parts: list[str], kind: str) -> None:
    """Whatever the markup, a reader returns consistent offsets or raises InputFileError — never crashes."""
    try:
        doc = read_text("".join(parts), kind=kind, source="soup")
    except InputFileError as e:
        assert "soup" in str(e)
        return
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start : s.end] == doc.text[s.start : s.end].strip()
    for key, span in doc.infobox_spans.items():
        assert doc.text[span.start : span.end] == doc.infobox[key]
    for marker in ("<ref", "{{", "}}"):
        assert kind == "html" or marker not in doc.text
