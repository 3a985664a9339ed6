"""Reader for plain text and for the corpus's wiki-text rendering.

The corpus renders Wikipedia articles as text with a few conventions: `= Title =` on the first
line, `==Section==` / `===Sub===` headings, an `Infobox` line followed by `- Key: value` bullets,
and Markdown tables (`| a | b |` lines). This reader recognises those conventions when present and
otherwise treats the text as plain paragraphs separated by blank lines. Everything it finds is a
span into the unchanged text, so extracted records can cite exact characters.
"""

from __future__ import annotations

import re

from bilateral.documents.model import Document, Section, Sentence, Span, Table
from bilateral.documents.sentences import split_sentences

_HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")
_INFOBOX = re.compile(r"^Infobox\b.*$", re.IGNORECASE)
_BULLET = re.compile(r"^[-*•]\s+(.*)$")
_KEYVAL = re.compile(r"^[-*•]\s+([^:]{1,60}?):\s*(.*?)\s*$")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


def _cells(line: str) -> tuple[str, ...]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return tuple(c.strip() for c in body.split("|"))


def is_wiki_rendering(text: str) -> bool:
    """True when the text uses the `= Title =` / `==Section==` conventions."""
    head = text.lstrip()[:400].split("\n", 1)[0]
    if _HEADING.match(head.strip()):
        return True
    return any(_HEADING.match(ln.strip()) and ln.startswith("==") for ln in text.splitlines()[:2000])


def read_plaintext(text: str, *, source: str = "") -> Document:
    """Read plain text or the corpus wiki-text rendering into a Document with offsets.

    Headings become nested Sections (level = number of `=`), the `Infobox` bullets fill
    `Document.infobox`, consecutive `|` lines become a Table, every other run of non-blank lines
    is a paragraph (each bullet its own paragraph), and paragraphs are split into sentences.
    """
    wiki = is_wiki_rendering(text)
    doc = Document(text=text, source=source, kind="wikitext-rendered" if wiki else "text")
    lines = _lines(text)
    headings: list[tuple[int, int, str, int]] = []  # (line start, line end, heading, level)
    para_start: int | None = None
    para_end = 0
    in_infobox = False
    table_rows: list[tuple[int, int]] = []

    def close_para() -> None:
        nonlocal para_start
        if para_start is not None:
            doc.paragraphs.append(Span(para_start, para_end))
            para_start = None

    def close_table() -> None:
        if table_rows:
            rows = [_cells(text[s:e]) for s, e in table_rows if not _TABLE_SEP.match(text[s:e].strip())]
            header = rows[0] if rows else ()
            doc.tables.append(Table(table_rows[0][0], table_rows[-1][1], header=header, rows=tuple(rows[1:])))
            table_rows.clear()

    for s, e in lines:
        line = text[s:e]
        stripped = line.strip()
        if not stripped:
            close_para()
            close_table()
            in_infobox = False
            continue
        h = _HEADING.match(stripped) if wiki else None
        if h and h.group(2):
            close_para()
            close_table()
            in_infobox = False
            headings.append((s, e, h.group(2), len(h.group(1))))
            continue
        if wiki and _INFOBOX.match(stripped) and para_start is None:
            in_infobox = True
            doc.meta.setdefault("infobox", stripped)
            continue
        if in_infobox:
            kv = _KEYVAL.match(stripped)
            if kv:
                lead = len(line) - len(line.lstrip())
                vstart = s + lead + stripped.index(kv.group(2), len(kv.group(1))) if kv.group(2) else e
                doc.infobox[kv.group(1).strip()] = kv.group(2)
                doc.infobox_spans[kv.group(1).strip()] = Span(vstart, vstart + len(kv.group(2)))
                continue
            in_infobox = False
        if stripped.startswith("|") and stripped.count("|") >= 2:
            close_para()
            table_rows.append((s, e))
            continue
        close_table()
        if _BULLET.match(stripped):
            close_para()
            doc.paragraphs.append(Span(s + len(line) - len(line.lstrip()), e))
            continue
        if para_start is None:
            para_start = s + len(line) - len(line.lstrip())
        para_end = e
    close_para()
    close_table()
    _build_sections(doc, headings)
    _build_sentences(doc)
    return doc


def _build_sections(doc: Document, headings: list[tuple[int, int, str, int]]) -> None:
    """Section 0 spans the whole text (title/lead); each heading scopes to the next of its level."""
    title = ""
    if headings and headings[0][3] == 1 and not doc.text[: headings[0][0]].strip():
        title = headings[0][2]
        headings = headings[1:]
    elif doc.kind == "text":
        first = doc.text.lstrip().split("\n", 1)[0].strip()
        if first and len(first) < 120 and not first.endswith((".", "!", "?", ":")) and "\n\n" in doc.text:
            title = first
    doc.title = title
    doc.sections.append(Section(0, len(doc.text), heading=title, level=1, path=()))
    stack: list[tuple[str, int]] = []
    for i, (s, _e, heading, level) in enumerate(headings):
        end = len(doc.text)
        for s2, _e2, _h2, level2 in headings[i + 1 :]:
            if level2 <= level:
                end = s2
                break
        while stack and stack[-1][1] >= level:
            stack.pop()
        stack.append((heading, level))
        doc.sections.append(Section(s, end, heading=heading, level=level, path=tuple(h for h, _ in stack)))
    for i, t in enumerate(doc.tables):
        sec = _section_index(doc, t.start)
        doc.tables[i] = Table(t.start, t.end, caption=t.caption, header=t.header, rows=t.rows, section=sec)


def _section_index(doc: Document, offset: int) -> int:
    best, best_level = 0, 0
    for i, s in enumerate(doc.sections):
        if s.start <= offset < s.end and s.level >= best_level:
            best, best_level = i, s.level
    return best


def _build_sentences(doc: Document) -> None:
    for pi, p in enumerate(doc.paragraphs):
        sec = _section_index(doc, p.start)
        for s, e in split_sentences(doc.text, p.start, p.end):
            doc.sentences.append(Sentence(s, e, section=sec, paragraph=pi))
