"""The Document model every reader produces and every extractor consumes.

Modelled on spaCy's Doc/Span: a document keeps its original text, and sections, paragraphs,
sentences and tables are spans given by character offsets into that text, so any record
extracted later can point back to the exact characters it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) into `Document.text`."""

    start: int
    end: int

    def text_of(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(frozen=True)
class Section(Span):
    """A heading's scope: from the heading line to the next heading of the same or higher level."""

    heading: str = ""
    level: int = 1  # 1 = the title / lead, 2 = "==History==", 3 = "===2000s===", ...
    path: tuple[str, ...] = ()  # headings from the top down, e.g. ("History", "2000s")


@dataclass(frozen=True)
class Sentence(Span):
    section: int = 0  # index into Document.sections
    paragraph: int = 0  # index into Document.paragraphs


@dataclass(frozen=True)
class Table(Span):
    """A table with cell text; `cells[r][c]` are spans of each cell's text."""

    caption: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    section: int = 0


@dataclass
class Document:
    """A read document: original text plus structure as offsets into it."""

    text: str
    title: str = ""
    source: str = ""  # file path, URL or "wikipedia:en:Title@revid"
    kind: str = "text"  # text | wikitext-rendered | mediawiki | html
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    infobox: dict[str, str] = field(default_factory=dict)
    infobox_spans: dict[str, Span] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # revision id, timestamp, encoding, ...

    @property
    def content_hash(self) -> str:
        """sha256 of the text: the identity used to make re-ingesting idempotent."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def section_of(self, offset: int) -> Section | None:
        """The innermost section containing `offset`."""
        best = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best
