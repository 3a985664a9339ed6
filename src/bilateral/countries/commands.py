"""CLI commands of this package (registered by `bilateral.cli`): `bilateral countries [QUERY]`.

Only parses arguments and renders: resolution and the code tables live in `bilateral.countries`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import typer

from bilateral.errors import BilateralError
from bilateral.output import Format, render_rows

COLUMNS = ["iso3", "iso2", "numeric", "name", "gec", "cow", "gw", "un_member"]


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text) if len(text) > 4 else dt.date(int(text), 7, 1)
    except ValueError:
        raise BilateralError(f"--on {text!r}: expected a date such as 1980-06-01 or a year such as 1980") from None


def _emit(text: str | None) -> None:
    if text is not None:
        typer.echo(text, nl=not text.endswith("\n"))


def countries(
    query: str | None = typer.Argument(
        None, help="A name, code or demonym: 'Belarus', 'BY', '112', 'gec:bo', 'cow:365', 'Belarusian', 'Minsk'."
    ),
    on: str | None = typer.Option(None, "--on", help="Read COW/G-W codes as of this date (YYYY-MM-DD) or year."),
    un_only: bool = typer.Option(False, "--un", help="List only the 193 UN member states."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
) -> None:
    """List states with their codes, or resolve one name or code and show all its codes."""
    from bilateral.countries import all_states, resolve, un_members

    when = _parse_date(on)
    if query is None:
        states = un_members() if un_only else all_states()
        if when is not None:
            states = [resolve(c.iso3, on=when) for c in states]
        rows = [{k: getattr(c, k) for k in COLUMNS} for c in states]
        title = f"{len(rows)} {'UN member states' if un_only else 'states'}"
        _emit(render_rows(rows, fmt, title=title, columns=COLUMNS))
        return
    country = resolve(query, on=when)
    record = dataclasses.asdict(country)
    if fmt == Format.json:
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    rows = [{"field": k, "value": v} for k, v in record.items()]
    _emit(render_rows(rows, fmt, title=f"{query} -> {country.name}", columns=["field", "value"]))


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
    app.command("countries")(countries)
