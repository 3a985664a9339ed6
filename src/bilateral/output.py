"""Shared output helpers for the CLI: one place decides how a table becomes json, csv, md or
wikitext, so every command offers the same `--format` choices with the same meaning."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

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
    table = Table(title=title, show_lines=False)
    for c in cols:
        # Headers break at words: a narrow terminal folds "n_material_conflict" into "n_mate / rial_c
        # / onflic / t", and "n material / conflict" reads. Every other format keeps the field name.
        table.add_column(c.replace("_", " "), overflow="fold")
    for r in rows:
        table.add_row(*(escape(_cell(r.get(c))) for c in cols))  # document text is not Rich markup
    Console().print(table)
    return None
