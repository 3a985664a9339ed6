"""`read_document`: one entry point from a file (or bytes) to a Document.

It refuses what is not a document (missing, empty, binary, over the size limit) with an
`InputFileError` naming the file, decodes the bytes (`encoding.py`), decides what kind of text it
is — by the `kind` argument, else the extension, else by sniffing the content — and hands it to
the reader for that kind. Everything a reader skipped, and text that does not look like English
(the extractors are tuned for English), becomes a line in `Document.warnings`.

Kinds: `mediawiki` (wikitext), `html`, and `text`, which covers plain text and the corpus's
wiki-text rendering (`read_plaintext` tells those apart itself).
"""

from __future__ import annotations

import re
from pathlib import Path

from bilateral.documents.encoding import MAX_BYTES, check_size, decode_bytes
from bilateral.documents.model import Document
from bilateral.errors import InputFileError

KINDS = ("text", "mediawiki", "html")
_EXTENSIONS = {
    ".wiki": "mediawiki", ".wikitext": "mediawiki", ".mediawiki": "mediawiki", ".mw": "mediawiki",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": None, ".text": None, ".md": None, "": None,
}  # fmt: skip   None = sniff the content
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"</?(p|div|span|a|h[1-6]|table|tr|td|li|ul|br|section|article)\b[^>]*>", re.IGNORECASE)
_WIKI_MARKS = re.compile(r"\[\[[^\]\n]+\]\]|\{\{[^}\n]*|<ref[ >/]|'''[^'\n]+'''|^\{\|", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The most frequent English function words: ~40% of running English text, ~0-5% of other languages.
_ENGLISH = frozenset(
    "the of and to in a is was that for on as with by at from it be are were this which has have had "
    "an its not or but their they been also after between two both into over than who would more".split()
)


def sniff_kind(text: str) -> str:
    """`html`, `mediawiki` or `text` from the content alone (used when the extension says nothing)."""
    head = text[:20000]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= max(5, len(head) // 2000):
        return "html"
    if len(_WIKI_MARKS.findall(head)) >= max(3, len(head) // 4000):
        return "mediawiki"
    return "text"


def english_share(text: str, sample: int = 20000) -> tuple[float, int, float]:
    """(share of English function words among words, word count, share of non-Latin letters)."""
    words = _WORD.findall(text[:sample])
    if not words:
        return 0.0, 0, 0.0
    letters = "".join(words)
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F) / len(letters)
    eng = sum(1 for w in words if w.lower() in _ENGLISH) / len(words)
    return eng, len(words), non_latin


def language_warning(doc: Document, name: str) -> str | None:
    """A warning when the document's sentences do not look like English (cheap heuristic)."""
    prose = " ".join(doc.text[s.start : s.end] for s in doc.sentences[:400]) or doc.text
    eng, n, non_latin = english_share(prose)
    if n < 20:
        return None
    if non_latin > 0.3 or eng < 0.08:
        why = f"{non_latin:.0%} non-Latin letters" if non_latin > 0.3 else f"{eng:.0%} English function words"
        return (
            f"{name}: text does not look like English ({why}); the extractors are tuned for English "
            "and may find few or wrong records"
        )
    return None


def read_text(text: str, *, kind: str = "text", source: str = "", title: str = "") -> Document:
    """Run the reader for `kind` on already-decoded text."""
    if kind == "mediawiki":
        from bilateral.documents.mediawiki import read_mediawiki

        return read_mediawiki(text, source=source, title=title)
    if kind == "html":
        from bilateral.documents.html import read_html

        return read_html(text, source=source)
    if kind == "text":
        from bilateral.documents.plaintext import read_plaintext

        return read_plaintext(text, source=source)
    raise InputFileError(f"{source or '<input>'}: unknown document kind {kind!r} (expected one of {', '.join(KINDS)})")


def _title_from_name(path: Path | None, source: str | None) -> str:
    """Wikitext does not carry its own title: take it from a `wikipedia:en:Title@revid` source, else
    from the saved file's name ("X–Y_relations.wiki")."""
    if source and source.startswith("wikipedia:") and source.count(":") >= 2:
        return source.split(":", 2)[2].rsplit("@", 1)[0].replace("_", " ").strip()
    return path.stem.replace("_", " ").strip() if path is not None else ""


def read_document(
    path_or_bytes: str | Path | bytes, *, source: str | None = None, kind: str | None = None, limit: int = MAX_BYTES
) -> Document:
    """Read a file (path) or raw bytes into a Document; see the module docstring for the rules."""
    if kind is not None and kind not in KINDS:
        raise InputFileError(f"unknown document kind {kind!r} (expected one of {', '.join(KINDS)})")
    path: Path | None = None
    if isinstance(path_or_bytes, bytes | bytearray):
        data = bytes(path_or_bytes)
        name = source or "<bytes>"
    else:
        path = Path(path_or_bytes)
        name = str(path)
        if not path.exists():
            raise InputFileError(f"{name}: no such file")
        if path.is_dir():
            raise InputFileError(f"{name}: is a directory, not a document")
        try:
            check_size(path.stat().st_size, name, limit)
            data = path.read_bytes()
        except OSError as e:
            raise InputFileError(f"{name}: cannot read ({e.strerror or e})") from None
    decoded = decode_bytes(data, name, limit=limit)
    if kind is None and path is not None:
        kind = _EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        kind = sniff_kind(decoded.text)
    title = _title_from_name(path, source) if kind == "mediawiki" else ""
    doc = read_text(decoded.text, kind=kind, source=source or name, title=title)
    doc.meta["encoding"] = decoded.encoding
    doc.warnings[:0] = decoded.warnings
    if not doc.sentences and not doc.tables and not doc.infobox:
        raise InputFileError(f"{name}: no readable text found (read as {kind})")
    lang = language_warning(doc, name)
    if lang:
        doc.warnings.append(lang)
    return doc
