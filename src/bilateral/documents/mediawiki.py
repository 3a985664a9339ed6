"""Reader for MediaWiki wikitext (the source of a Wikipedia article).

What offsets refer to: extractors need readable sentences, not `[[Link|text]]` and `<ref>` markup,
so this reader *renders* the wikitext into the same plain rendering the corpus uses (`= Title =`,
`==Section==`, an `Infobox` line with `- Key: value` bullets, `- ` list items and Markdown tables)
and hands that text to `read_plaintext`. `Document.text` is that rendering and every span in the
Document (sections, sentences, tables, infobox values, and all extracted records) is an offset into
it. The way back to the wikitext is kept: `Document.meta["source_map"]` holds runs
`[text_start, wikitext_start, length, copied]` (see `_runs`), and `source_offset(doc, i)`
turns a text offset into a wikitext offset (exact inside copied runs, the start of the template,
link or heading that produced a synthesised character otherwise).

What is rendered how: links `[[A|b]]` -> "b"; external links -> their label; bold/italic marks
dropped; `<ref>` removed from the text and kept as citations (`meta["citations"]`, JSON, each with
the text offset where it stood); templates whose name starts with "Infobox" -> the infobox block;
a few inline templates that carry words (convert, lang, nowrap, flag, start date, ...) -> those
words; all other templates, comments, files and categories -> nothing. Reference-list sections
(References, Notes, External links, ...) are dropped. Malformed parts (an unclosed template, table
or `<ref>`) are skipped to the end of their paragraph, each with a warning naming the line.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

import mwparserfromhell
import numpy as np

from bilateral.documents.mediawiki_render import Renderer
from bilateral.documents.model import Document, Table
from bilateral.documents.plaintext import read_plaintext

# Sections whose content is apparatus, not prose: dropped from the rendering (names kept in meta).
_DROP = re.compile(
    r"^(references|notes|footnotes|citations|sources|bibliography|further reading|external links|"
    r"notes and references|references and notes|works cited|literature)$",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")


_SPACES = re.compile(r"(?m)^ +| +$|(?<= ) +")  # leading, trailing and repeated spaces on a line


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _cleanup(chars: list[str], src: list[int]) -> tuple[str, np.ndarray, list[str]]:
    """Tidy the raw rendering, carrying each character's source offset along (vectorised).

    Collapses runs of spaces (left where refs and templates were removed), trims lines, merges
    blank lines and drops reference-list sections. Returns text, source map and dropped headings.
    """
    raw = "".join(chars).translate({9: 32, 0xA0: 32})
    offsets = np.asarray(src, dtype=np.int64)
    keep = np.ones(len(raw), dtype=bool)
    for m in _SPACES.finditer(raw):
        keep[m.start() : m.end()] = False
    text = _codepoints(raw)[keep].tobytes().decode("utf-32-le")
    offsets = offsets[keep]
    out_t: list[str] = []
    out_s: list[np.ndarray] = []
    dropped: list[str] = []
    drop_level = 0
    blank_pending = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        h = _HEADING.match(line)
        if h and h.group(2):
            level = len(h.group(1))
            if drop_level and level <= drop_level:
                drop_level = 0
            if not drop_level and _DROP.match(h.group(2)):
                drop_level = level
                dropped.append(h.group(2))
        if drop_level:
            continue
        if not line:
            blank_pending = bool(out_t)
            continue
        if out_t:
            sep = "\n\n" if blank_pending or h else "\n"
            out_t.append(sep)
            out_s.append(np.full(len(sep), out_s[-1][-1]))
        blank_pending = bool(h)
        out_t.append(line)
        out_s.append(offsets[start : start + len(line)])
    if out_t:
        out_t.append("\n")
        out_s.append(out_s[-1][-1:])
    return "".join(out_t), (np.concatenate(out_s) if out_s else np.zeros(0, np.int64)), dropped


def _runs(text: str, src: np.ndarray, wikitext: str) -> list[list[int]]:
    """Compress the per-character map into runs `[text_start, wikitext_start, length, copied]`.

    `copied` = 1: the run's characters are the wikitext's characters at consecutive offsets;
    `copied` = 0: synthesised characters (bullets, infobox keys, template output), all produced by
    the construct at `wikitext_start`.
    """
    n = len(src)
    if n == 0:
        return []
    wiki = _codepoints(wikitext)
    valid = (src >= 0) & (src < len(wiki))
    copied = np.zeros(n, dtype=bool)
    copied[valid] = wiki[src[valid]] == _codepoints(text)[valid]
    brk = np.ones(n, dtype=bool)
    brk[1:] = (copied[1:] != copied[:-1]) | np.where(copied[1:], src[1:] != src[:-1] + 1, src[1:] != src[:-1])
    starts = np.flatnonzero(brk)
    lengths = np.diff(np.append(starts, n))
    return np.column_stack([starts, src[starts], lengths, copied[starts].astype(np.int64)]).tolist()


def source_offset(doc: Document, offset: int) -> int | None:
    """The wikitext offset `doc.text[offset]` came from (exact for copied text; the start of the
    producing construct for synthesised text), or None if the document has no source map."""
    raw = doc.meta.get("source_map")
    if not raw:
        return None
    runs = json.loads(raw)
    if not runs:
        return None
    i = max(0, bisect.bisect_right([r[0] for r in runs], offset) - 1)
    start, src, length, copied = runs[i]
    if not copied:
        return src
    return src + min(offset - start, length - 1) if offset >= start else src


def read_mediawiki(wikitext: str, *, source: str = "", title: str = "") -> Document:
    """Read wikitext into a Document whose text is the plain rendering (see the module docstring)."""
    code = mwparserfromhell.parse(wikitext)
    r = Renderer(wikitext)
    if title:
        r.synth(f"= {title} =\n\n", 0)
    r.code(code, 0)
    text, src, dropped = _cleanup(r.chars, r.src)
    if not text.strip():
        from bilateral.errors import InputFileError

        raise InputFileError(f"{source or '<wikitext>'}: wikitext renders to no readable text")
    doc = read_plaintext(text, source=source)
    doc.kind = "mediawiki"
    doc.warnings.extend(f"{source or '<wikitext>'}: {w}" for w in r.warnings)
    _patch_captions(doc, text, r.captions)
    doc.meta["offsets"] = "rendered text; meta.source_map maps back to the wikitext"
    doc.meta["source_map"] = json.dumps(_runs(text, src, wikitext), separators=(",", ":"))
    doc.meta["citations"] = json.dumps(_place_citations(r.citations, src, text), ensure_ascii=False)
    if dropped:
        doc.meta["dropped_sections"] = "; ".join(dropped)
    if r.skipped_templates:
        doc.meta["templates_dropped"] = str(r.skipped_templates)
    return doc


def _place_citations(citations: list[dict[str, Any]], src: np.ndarray, text: str) -> list[dict[str, Any]]:
    """Give each citation `at`: the text offset right after the rendered text it supports.

    That is the end of the last rendered character that came from before the ref, with trailing
    whitespace skipped. The running maximum of the source offsets never decreases, so it is found
    by bisection.
    """
    if not len(src):
        return [{**c, "at": 0} for c in citations]
    running = np.maximum.accumulate(src)
    out = []
    for c in citations:
        at = int(np.searchsorted(running, c["src_start"], side="left"))
        while at > 0 and text[at - 1].isspace():
            at -= 1
        out.append({**c, "at": at})
    return out


def _patch_captions(doc: Document, text: str, captions: list[tuple[str, str]]) -> None:
    """Tables read back from the rendering lose their captions; restore them by the first row's text."""
    for i, t in enumerate(doc.tables):
        end = text.find("\n", t.start)
        first = " ".join(text[t.start : end if end >= 0 else len(text)].split())
        for row, caption in captions:
            if caption and first == " ".join(row.split()):
                doc.tables[i] = Table(t.start, t.end, caption=caption, header=t.header, rows=t.rows, section=t.section)
                break


__all__ = ["read_mediawiki", "source_offset"]
