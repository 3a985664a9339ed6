"""Events stated by a comparison table: terms of office such as
"President Vladimir Putin (1999–2008, 2012–present)" — each range start is a leader taking office
(OTHER), each closed range end a leader leaving it, for the state of the table column.
"""

from __future__ import annotations

import re

from bilateral.documents.model import Document
from bilateral.extract.gazetteer import find_names, is_org
from bilateral.extract.lexicon import quad_of
from bilateral.extract.records import EventRecord

_OFFICE_ROW = re.compile(r"head\s+of\s+(?:state|government)|president|prime\s+minister|leader|monarch",
                         re.IGNORECASE)  # fmt: skip
_RANGE = re.compile(r"(1[5-9]\d\d|20\d\d)\s*[–-]\s*(1[5-9]\d\d|20\d\d|present)")


def _column_states(header: tuple[str, ...]) -> list[str | None]:
    out: list[str | None] = []
    for cell in header:
        codes = [m.code for m in find_names(cell) if not is_org(m.code)]
        out.append(codes[0] if codes else None)
    return out


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cell spans (trimmed) of one Markdown table row text[start:end]."""
    cells, pos = [], start
    line = text[start:end]
    bars = [start + i for i, ch in enumerate(line) if ch == "|"]
    for a, b in zip(bars, bars[1:], strict=False):
        s, e = a + 1, b
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        cells.append((s, e))
    del pos
    return cells


def table_events(doc: Document) -> list[EventRecord]:
    """OTHER events for terms of office in comparison tables."""
    text = doc.text
    out: list[EventRecord] = []
    for table in doc.tables:
        states = _column_states(table.header)
        pos = table.start
        for line in text[table.start : table.end].split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            cells = _row_cells(text, ls, le)
            if not cells or not _OFFICE_ROW.search(text[cells[0][0] : cells[0][1]]):
                continue
            for col, (cs, ce) in enumerate(cells[1:], start=1):
                code = states[col] if col < len(states) else None
                if not code:
                    continue
                for i, m in enumerate(_RANGE.finditer(text, cs, ce)):
                    first = i == 0
                    close = text.find(")", m.end(), ce)
                    s_start = cs if first else m.start()
                    s_end = m.start(1) + 4 if first else (close + 1 if close >= 0 else m.end())
                    out.append(_other(m.group(1), code, s_start, s_end, ls, le))
                    if m.group(2) != "present":
                        out.append(_other(m.group(2), code, cs if first else m.start(), m.end(), ls, le))
    return out


def _other(year: str, code: str, start: int, end: int, ls: int, le: int) -> EventRecord:
    return EventRecord(date=year, actors=[code], plover="OTHER", quad=quad_of("OTHER"), start=start, end=end,
                       sentence_start=ls, sentence_end=le, confidence=0.6, trigger="term of office")  # fmt: skip
