"""Wikitables from mwparserfromhell's parse tree: rows of cells with the wikitext offset of each cell's text.

Kept apart from the renderer because the parser's table shape has quirks worth a module of their
own: `|-` rows are `tr` tags holding `td`/`th` cells, cells before the first `|-` sit directly in
the table, and a `|+` caption comes back as a cell whose text starts with "+".
"""

from __future__ import annotations

from typing import Any

from mwparserfromhell import nodes as mw
from mwparserfromhell.wikicode import Wikicode


def _is_cell(node: Any) -> bool:
    return isinstance(node, mw.Tag) and str(node.tag).lower() in ("td", "th") and node.contents is not None


def table_rows(node: mw.Tag, s: str, pos: int) -> tuple[list[list[tuple[Wikicode, int]]], str]:
    """Rows of (cell wikicode, wikitext offset of the cell's text) from the parsed table, and its caption.

    The parser nests `|-` rows as `tr` tags holding `td`/`th` cells; cells before the first `|-`
    sit directly in the table. A cell's text is the tail of its markup, after `|`/`!` and any
    attributes, which gives its offset. (The parser reads a `|+` caption as a cell starting "+".)
    """
    rows: list[list[tuple[Wikicode, int]]] = []
    caption = ""
    if node.contents is None:
        return rows, caption
    inner = str(node.contents)
    off = pos + (s.find(inner, 2) if inner else 0)
    current: list[tuple[Wikicode, int]] | None = None
    for child in node.contents.nodes:
        cs = str(child)
        if isinstance(child, mw.Tag) and str(child.tag).lower() == "tr":
            current = []
            rows.append(current)
            body = str(child.contents) if child.contents is not None else ""
            cell_off = off + len(cs) - len(body)
            for cell in child.contents.nodes if child.contents is not None else []:
                cell_s = str(cell)
                if _is_cell(cell):
                    current.append((cell.contents, cell_off + len(cell_s) - len(str(cell.contents))))
                cell_off += len(cell_s)
        elif _is_cell(child):
            text = str(child.contents)
            if child.wiki_markup == "|" and text.startswith("+") and not rows:
                caption = child.contents.strip_code().lstrip("+").strip()
            else:
                if current is None:
                    current = []
                    rows.append(current)
                current.append((child.contents, off + len(cs) - len(text)))
        off += len(cs)
    return [r for r in rows if r], caption
