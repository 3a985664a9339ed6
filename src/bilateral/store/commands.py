"""`bilateral db build|info|path`: manage the knowledge base file."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from bilateral.paths import db_path

db_app = typer.Typer(help="Build and inspect the knowledge base (one DuckDB file).", no_args_is_help=True)


@db_app.command("build")
def build_cmd(
    force: bool = typer.Option(False, "--force", help="Rebuild even if the file exists or is corrupt."),
    path: Path | None = typer.Option(None, "--path", help="Build at this path instead of the default."),
) -> None:
    """Build the knowledge base from the installed packages (Factbook, pycountry)."""
    from bilateral.store import build_database

    target = path or db_path()
    with Console(stderr=True).status(f"building {target} ..."):
        report = build_database(target, force=force)
    kept = ", ".join(f"{k} {v}" for k, v in report.carried_over.items() if v) or "nothing to keep"
    print(
        f"built {report.path} in {report.seconds:.1f} s: {report.countries} states, {report.facts} facts, "
        f"{report.memberships} memberships, {report.borders} borders, {report.trade_partners} trade partners "
        f"(carried over: {kept})"
    )


@db_app.command("path")
def path_cmd() -> None:
    """Print where the knowledge base file is."""
    print(db_path())


@db_app.command("info")
def info_cmd(as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Show the schema version, build time and row counts."""
    from bilateral.store import reading
    from bilateral.store.queries import meta, table_counts

    with reading() as con:
        info = {"path": str(db_path()), **meta(con), "tables": table_counts(con)}
    if as_json:
        print(json.dumps(info, indent=2))
        return
    console = Console()
    console.print(f"[bold]{info['path']}[/bold]  schema v{info.get('schema_version')}  "
                  f"built {info.get('built_at')}  from {info.get('factbook')}")
    for name, count in info["tables"].items():
        console.print(f"  {name:<20} {count:>10,}")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
