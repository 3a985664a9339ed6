"""Reader for HTML: the article body of a Wikipedia page, or of any page.

Like the wikitext reader, this one *renders* the page into the corpus's plain rendering
(`= Title =`, `==Section==` for h2, `===Sub===` for h3, an `Infobox` bullet block, `- ` list items,
Markdown tables) and hands that to `read_plaintext`; `Document.text` is the rendering and every
offset points into it. HTML source offsets are not kept: after an HTML parser has repaired a page
they are not well defined, and no extractor needs them.

The body is the first of: Wikipedia's `.mw-parser-output`, `#mw-content-text`, `<main>`,
`<article>`, `[role=main]`, `<body>`. Scripts, styles, navigation, edit links, navboxes, hatnotes,
the table of contents and reference lists are dropped; footnote markers (`<sup class=reference>`)
are removed from the text and the reference list is kept as citations in `meta["citations"]`.
Tag balance is checked with a cheap scan: unclosed or stray tags produce a warning saying the page
was read as the parser repaired it.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bilateral.documents.model import Document
from bilateral.documents.plaintext import read_plaintext
from bilateral.errors import InputFileError

_BODY_SELECTORS = (".mw-parser-output", "#mw-content-text", "main", "article", "[role=main]", "body")
_DROP_SELECTORS = (
    "script", "style", "noscript", "template", "nav", "footer", "form", "button", "input", "select", "svg",
    "iframe", "object", "canvas", ".mw-editsection", ".navbox", ".navbox-styles", ".vertical-navbox", ".hatnote",
    ".metadata", ".noprint", "#toc", ".toc", ".mw-jump-link", ".mw-empty-elt", ".shortdescription",
    "sup.reference", "sup.noprint", ".mw-cite-backlink", "figure", ".thumb", ".reflist", ".mw-references-wrap",
    "ol.references", "[aria-hidden=true]", "[hidden]", "link", "meta",
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset(
    "div section article main aside header blockquote center figure figcaption details summary body html "
    "address dl fieldset".split()
)
_INLINE_BREAK = frozenset({"br"})
# Non-void tags whose end tag HTML does not let you omit: an imbalance means a malformed page.
_MUST_CLOSE = ("div", "table", "span", "a", "b", "i", "ul", "ol", "section", "h1", "h2", "h3", "h4", "blockquote")
_OPAQUE = re.compile(r"<!--.*?-->|<(script|style|textarea|pre)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(/?)>")
_DROP_HEADINGS = re.compile(
    r"^(references|notes|footnotes|citations|sources|bibliography|further reading|external links|"
    r"notes and references|works cited)$",
    re.IGNORECASE,
)


def _clean(s: str) -> str:
    return " ".join(s.replace("\xa0", " ").split())


def balance_warnings(html: str, name: str) -> list[str]:
    """Unclosed or stray tags among those HTML requires closing, as one warning (or none)."""
    counts: Counter[str] = Counter()
    markup = _OPAQUE.sub(" ", html)  # "a<b" inside a script is not a tag
    for m in _TAG.finditer(markup):
        closing, tag, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if tag in _MUST_CLOSE and not selfclose:
            counts[tag] += -1 if closing else 1
    parts = [f"<{t}> x{n}" for t, n in sorted(counts.items()) if n > 0]
    stray = [f"</{t}> x{-n}" for t, n in sorted(counts.items()) if n < 0]
    out = []
    if parts:
        out.append(f"{name}: malformed HTML, unclosed tags ({', '.join(parts)}); read as the parser repaired them")
    if stray:
        out.append(f"{name}: malformed HTML, stray closing tags ({', '.join(stray)}) ignored")
    tail = html.rstrip()[-200:]
    if tail.rfind("<") > tail.rfind(">"):
        out.append(f"{name}: HTML ends inside a tag ({tail[tail.rfind('<'):][:40]!r}); that tag was skipped")
    return out


def _title(tree: LexborHTMLParser) -> str:
    for sel in ("h1#firstHeading", "h1.firstHeading", "h1"):
        n = tree.css_first(sel)
        if n is not None and _clean(n.text()):
            return _clean(n.text())
    t = tree.css_first("title")
    if t is not None:
        return re.sub(r"\s+[-–—|]\s+Wikipedia$", "", _clean(t.text()))
    return ""


class _Writer:
    """Builds the plain rendering line by line from the DOM."""

    def __init__(self, title: str) -> None:
        self.lines: list[str] = []
        self.title = title
        self.buf: list[str] = []
        self.drop_level = 0
        self.dropped: list[str] = []

    def block_line(self, line: str, blank_around: bool = True) -> None:
        self.flush()
        if self.drop_level:
            return
        if blank_around:
            self.lines.append("")
        self.lines.append(line)

    def flush(self) -> None:
        text = _clean("".join(self.buf))
        self.buf.clear()
        if text and not self.drop_level:
            self.lines += ["", text]

    def walk(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.buf.append(child.text(deep=False) or "")
            elif tag in _HEADINGS:
                self.heading(child, _HEADINGS[tag])
            elif tag == "p":
                self.flush()
                self.buf.append(_inline(child))
                self.flush()
            elif tag in ("ul", "ol"):
                self.flush()
                self.items(child)
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag in ("dt", "dd", "li"):
                self.flush()
                self.buf.append(_inline(child))
                self.flush()
            elif tag == "pre":
                self.flush()
                for line in (child.text() or "").splitlines():
                    if line.strip():
                        self.block_line(line.strip(), blank_around=False)
            elif tag in _BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            elif tag in _INLINE_BREAK:
                self.buf.append(" ")
            elif tag not in ("-comment", "hr", "img"):
                self.buf.append(_inline(child))

    def heading(self, node: LexborNode, level: int) -> None:
        text = _clean(node.text())
        self.flush()
        if self.drop_level and level <= self.drop_level:
            self.drop_level = 0
        if not text or (level == 1 and text == self.title):
            return
        if _DROP_HEADINGS.match(text):
            self.drop_level = level
            self.dropped.append(text)
            return
        self.block_line(f"{'=' * level}{text}{'=' * level}")

    def items(self, node: LexborNode, depth: int = 0) -> None:
        for li in node.iter():
            if li.tag != "li":
                continue
            nested = [c for c in li.iter() if c.tag in ("ul", "ol")]
            text = _clean("".join(_inline(c) if c.tag != "-text" else (c.text(deep=False) or "")
                                  for c in li.iter(include_text=True) if c.tag not in ("ul", "ol")))
            if text:
                self.block_line(f"- {text}", blank_around=False)
            for n in nested:
                self.items(n, depth + 1)
        if not self.drop_level:
            self.lines.append("")

    def table(self, node: LexborNode) -> None:
        classes = (node.attributes.get("class") or "").split()
        rows = [r for r in node.css("tr") if _closest_table(r) == node]
        if "infobox" in classes or "vcard" in classes:
            self.infobox(rows)
            return
        cells = [[_clean(_inline(c)).replace("|", "/") for c in r.iter() if c.tag in ("td", "th")] for r in rows]
        cells = [r for r in cells if r]
        if not cells:
            return
        self.block_line("| " + " | ".join(cells[0]) + " |")
        self.lines.append("|" + "---|" * len(cells[0]))
        for r in cells[1:]:
            self.lines.append("| " + " | ".join(r) + " |")
        self.lines.append("")

    def infobox(self, rows: list[LexborNode]) -> None:
        """`th` label + `td` value rows become `- Label: value`; rows of bare `td` cells under a
        full-width header row (a bilateral infobox's two missions) become `- Header 1: ...`, `- Header 2: ...`."""
        self.block_line("Infobox")
        header = ""
        seen: set[str] = set()
        for r in rows:
            cells = [c for c in r.iter() if c.tag in ("th", "td")]
            ths = [c for c in cells if c.tag == "th"]
            tds = [c for c in cells if c.tag == "td"]
            pairs: list[tuple[str, str]] = []
            if ths and tds:
                pairs = [(_clean(_inline(ths[0])).rstrip(":"), _clean(_inline(tds[0], br=", ")))]
            elif ths:
                header = _clean(_inline(ths[0]))
                continue
            elif tds and header:
                values = [_clean(_inline(td, br=", ")) for td in tds]
                values = [v for v in values if v]
                pairs = [(header if len(values) == 1 else f"{header} {i + 1}", v) for i, v in enumerate(values)]
            for key, value in pairs:
                if key and value and ":" not in key and key not in seen:
                    seen.add(key)
                    self.lines.append(f"- {key}: {value}")
        self.lines.append("")


def _closest_table(node: LexborNode) -> LexborNode | None:
    p = node.parent
    while p is not None and p.tag != "table":
        p = p.parent
    return p


def _inline(node: LexborNode, br: str = " ") -> str:
    """The text of an inline element; `<br>` becomes `br`, nested tables are flattened with "; "."""
    if node.tag == "br":
        return br
    parts: list[str] = []
    for c in node.iter(include_text=True):
        if c.tag == "-text":
            parts.append(c.text(deep=False) or "")
        elif c.tag == "br":
            parts.append(br)
        elif c.tag in ("p", "div", "li", "tr"):
            parts.append(" " + _inline(c, br) + " ")
        elif c.tag in ("td", "th"):
            parts.append(_inline(c, br) + "; ")
        else:
            parts.append(_inline(c, br))
    return "".join(parts)


def read_html(html: str, *, source: str = "") -> Document:
    """Read an HTML page into a Document whose text is the plain rendering of its article body."""
    name = source or "<html>"
    tree = LexborHTMLParser(html)
    title = _title(tree)
    citations = [_clean(li.text()) for li in tree.css("ol.references > li")]
    root = next((n for sel in _BODY_SELECTORS if (n := tree.css_first(sel)) is not None), None)
    if root is None:
        raise InputFileError(f"{name}: HTML has no body")
    for sel in _DROP_SELECTORS:
        for n in root.css(sel):
            n.decompose()
    w = _Writer(title)
    if title:
        w.lines.append(f"= {title} =")
    w.walk(root)
    w.flush()
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(w.lines).strip("\n")) + "\n"
    body = text.split("\n", 1)[1] if title else text
    if not body.strip():
        raise InputFileError(f"{name}: HTML has no readable text in its body")
    doc = read_plaintext(text, source=source)
    doc.kind = "html"
    if title:
        doc.title = title
    doc.warnings.extend(balance_warnings(html, name))
    doc.meta["offsets"] = "rendered text of the article body"
    if citations:
        doc.meta["citations"] = json.dumps([{"n": i + 1, "text": t} for i, t in enumerate(citations)],
                                           ensure_ascii=False)
    if w.dropped:
        doc.meta["dropped_sections"] = "; ".join(w.dropped)
    return doc
