"""CLI: `bilateral ingest FILE... [--pair A B]` and `bilateral timeline A B` (registered by `bilateral.cli`).

Both only parse arguments and render; the work is `bilateral.documents.ingest.ingest` and
`bilateral.documents.timeline.timeline`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bilateral.errors import BilateralError
from bilateral.output import Format, render_rows

_INGEST_COLUMNS = ["status", "file", "pair", "events", "missions", "figures", "orgs", "border"]
_TIMELINE_COLUMNS = ["date", "actors", "type", "sentence"]


def _emit(text: str | None) -> None:
    if text is not None:
        typer.echo(text, nl=not text.endswith("\n"))


def ingest_command(
    files: list[Path] = typer.Argument(..., help="Documents: plain text, the corpus rendering, wikitext or HTML."),
    pair: tuple[str, str] | None = typer.Option(None, "--pair", metavar="A B",
                                         help="The two states (default: from an 'X–Y relations' title)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | json | csv | md | wikitext"),
) -> None:  # fmt: skip
    """Store documents and the records extracted from them; re-ingesting the same text is a no-op."""
    from bilateral.documents.ingest import ingest, resolve_pair

    err = Console(stderr=True)
    given = resolve_pair(pair) if pair and all(pair) else None
    rows, failed = [], 0
    columns = (TextColumn("[bold]ingest[/bold] {task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("", total=len(files))
        for path in files:
            progress.update(task, description=path.name)
            try:
                r = ingest(path, pair=given)
            except BilateralError as e:
                progress.console.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
                failed += 1
                progress.advance(task)
                continue
            for w in r.warnings:
                progress.console.print(f"warning: {w}", markup=False, highlight=False, soft_wrap=True)
            c = r.counts
            rows.append({
                "status": r.status, "file": str(path), "title": r.title, "doc_id": r.doc_id,
                "pair": "–".join(r.pair) if r.pair else "", "events": c.get("doc_events", 0),
                "missions": c.get("missions", 0), "figures": c.get("figures", 0),
                "orgs": c.get("doc_organisations", 0), "border": c.get("doc_borders", 0),
                "replaced": ",".join(d[:12] for d in r.replaced),
            })  # fmt: skip
            progress.advance(task)
    if rows:
        if fmt == Format.table:
            for r in rows:
                r["file"] = Path(r["file"]).name
        cols = _INGEST_COLUMNS if fmt == Format.table else [*_INGEST_COLUMNS, "title", "doc_id", "replaced"]
        _emit(render_rows(rows, fmt, title="Ingested" if fmt == Format.table else None, columns=cols))
    if failed:
        sys.exit(2)


def timeline_command(
    a: str = typer.Argument(..., help="A state: name, ISO code, demonym or capital."),
    b: str = typer.Argument(..., help="The other state."),
    start: int = typer.Option(None, "--from", help="First year (inclusive)."),
    end: int = typer.Option(None, "--to", help="Last year (inclusive)."),
    kind: str = typer.Option(None, "--type", help="One PLOVER type (AGREE, SANCTION, ...) or OTHER."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | json | csv | md | wikitext"),
) -> None:
    """Dated, typed events between two states from ingested documents, with their source sentence."""
    from bilateral.documents.ingest import resolve_pair
    from bilateral.documents.timeline import documents_held, timeline

    rows = timeline(a, b, start, end, kind)
    if not rows:
        pa, pb = resolve_pair((a, b))
        hint = "" if documents_held() else "; ingest a relations article with `bilateral ingest FILE`"
        print(f"no events for {pa}–{pb} in the knowledge base{hint}", file=sys.stderr)
        if fmt == Format.json:
            _emit("[]")
        return
    for r in rows:
        if fmt == Format.json:  # keep lists and the raw date text for programs
            continue
        r["actors"] = ", ".join(r["actors"] or [])
        if r["vague"]:
            r["date"] = f"{r['date']} (vague)"
        if fmt == Format.table:  # Rich would read "[had]" in a quotation as markup
            r["sentence"], r["document"] = escape(r["sentence"] or ""), escape(r["document"] or "")
    pa, pb = resolve_pair((a, b))
    several = len({r["doc_id"] for r in rows}) > 1
    cols = [*_TIMELINE_COLUMNS, *(["document"] if several else [])]
    cols = cols if fmt in (Format.table, Format.md, Format.wikitext) else None
    _emit(render_rows(rows, fmt, title=f"{pa}–{pb} timeline ({len(rows)} events)", columns=cols))


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
    app.command("ingest")(ingest_command)
    app.command("timeline")(timeline_command)
