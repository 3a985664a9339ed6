"""Shared output helpers for the CLI: one place decides how a table becomes json, csv, md or
wikitext, so every command offers the same `--format` choices with the same meaning."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    wikitext = "wikitext"


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 1e15 else f"{v:.3g}"
    return str(v)


def render_rows(
    rows: Sequence[dict[str, Any]],
    fmt: Format,
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> str | None:
    """Render a list of records; returns text, or prints a Rich table and returns None."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == Format.json:
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
    if fmt == Format.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: _cell(r.get(c)) for c in cols})
        return buf.getvalue()
    if fmt == Format.md:
        esc = lambda s: _cell(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
        lines = ([f"### {title}", ""] if title else []) + [
            "| " + " | ".join(cols) + " |",
            "|" + "|".join("---" for _ in cols) + "|",
        ]
        lines += ["| " + " | ".join(esc(r.get(c)) for c in cols) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    if fmt == Format.wikitext:
        lines = ['{| class="wikitable sortable"']
        if title:
            lines.append(f"|+ {title}")
        lines.append("! " + " !! ".join(cols))
        for r in rows:
            lines.append("|-")
            lines.append("| " + " || ".join(_cell(r.get(c)).replace("|", "{{!}}") for c in cols))
        lines.append("|}")
        return "\n".join(lines) + "\n"
    Console().print(_terminal_table(cols, [[_cell(r.get(c)) for c in cols] for r in rows],
                                    [[r.get(c) for r in rows] for c in cols], title))  # fmt: skip
    return None


_ATOM = 20
"""Values up to this many characters without a space (dates, codes, counts) are never folded."""
_WORD = 12
"""Words in longer text up to this many characters are not folded either, while the width allows."""


def _terminal_table(cols: list[str], cells: list[list[str]], values: list[list[Any]], title: str | None) -> Table:
    """A Rich table that fits the terminal: headers wrap at words, short values are never folded.

    Why: with a box line and two spaces per column, Rich shared an 80-column terminal evenly among a
    monthly series' nine columns and folded both "2018-06" into "2018-0 / 6" and
    "n_material_conflict" into "n_mate / rial_c / onflic / t". Now columns are two spaces apart,
    and each is at least as wide as its longest header word and, when its values are short atoms
    (dates, codes, counts), its widest value, else its longest word up to 12 characters. Headers
    stay on one line if all fit, else the rest of the width goes to the columns of longer text, in
    proportion. Numbers are right-justified. Columns that still do not fit are left out, and the
    caption names them (every other format keeps them all).
    """
    avail = Console().width
    need, natural, full = [], [], []
    for j, c in enumerate(cols):
        label = c.replace("_", " ")
        texts = [row[j] for row in cells]
        lo = max(len(w) for w in label.split() or [label])
        widest = max((len(t) for t in texts), default=0)
        if texts and all(len(t) <= _ATOM and " " not in t for t in texts):
            lo = max(lo, widest)
        else:  # text: room for its longest word ("Population", "Evangelical;"), within reason
            lo = max(lo, min(_WORD, max((len(w) for t in texts for w in t.split()), default=0)))
        need.append(lo)
        natural.append(max(lo, widest))  # headers may wrap
        full.append(max(natural[-1], len(label)))
    keep: list[int] = []
    for j in range(len(cols)):  # each column costs its width and 2 spaces (padding, separator)
        if not keep or sum(need[k] + 2 for k in keep) + need[j] + 1 <= avail:
            keep.append(j)
    room = avail - 2 * len(keep) + 1
    if sum(full[j] for j in keep) <= room:  # every header on one line
        widths = [full[j] for j in keep]
    else:
        widths = _share_out([need[j] for j in keep], [natural[j] for j in keep], room)
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0), title_justify="left",
                  caption_justify="left")
    for j, w in zip(keep, widths, strict=True):
        numeric = any(v is not None for v in values[j]) and all(
            v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in values[j]
        )
        table.add_column(cols[j].replace("_", " "), width=w, overflow="fold", justify="right" if numeric else "left")
    left_out = [c for j, c in enumerate(cols) if j not in keep]
    if left_out:
        table.caption = f"not shown at this width: {', '.join(left_out)} (see --format csv|json|md)"
    for row in cells:  # document text is not Rich markup
        table.add_row(*(escape(_tail(row[j], w)) for j, w in zip(keep, widths, strict=True)))
    return table


def _tail(text: str, width: int) -> str:
    """A path or URL wider than its column as its end ('…/belarus_russia.txt'): the end tells them apart."""
    if len(text) <= width or " " in text or "/" not in text or width < 8:
        return text
    return "…" + text[len(text) - width + 1 :]


def _share_out(need: list[int], natural: list[int], room: int) -> list[int]:
    """Widths from `need` towards `natural`: all of it if `room` allows, else the room in proportion to the wish."""
    wish = [n - m for m, n in zip(need, natural, strict=True)]
    spare = room - sum(need)
    if spare >= sum(wish):
        return natural
    if spare <= 0:
        return need
    extra = [spare * w // sum(wish) for w in wish]
    return [m + e for m, e in zip(need, extra, strict=True)]
