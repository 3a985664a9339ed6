"""`bilateral compare A B` and `bilateral profile A B`."""

from __future__ import annotations

import json
from enum import Enum

import typer

from bilateral.output import Format, render_rows


class ProfileFormat(str, Enum):
    terminal = "terminal"
    md = "md"
    json = "json"


def compare_cmd(
    a: str = typer.Argument(..., help="First country: name, code, demonym or capital."),
    b: str = typer.Argument(..., help="Second country."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
) -> None:
    """Compare two states side by side: the 15 rows of a relations article's comparison table."""
    from bilateral.profile import compare, resolve_pair
    from bilateral.store import reading

    ia, ib = resolve_pair(a, b)
    with reading() as con:
        comparison = compare(con, ia, ib)
    if fmt == Format.json:
        print(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2, default=str))
        return
    title = f"{comparison.a['name']} and {comparison.b['name']} compared"
    records = comparison.records()
    if fmt == Format.table:  # the terminal is narrow: sources go below the table, not in a column
        columns = [c for c in records[0] if c != "source"]
        render_rows(records, fmt, title=title, columns=columns)
        sources = sorted({s for r in records for s in r["source"].split("; ") if s})
        print("Sources: " + "; ".join(sources))
        return
    text = render_rows(records, fmt, title=title)
    if text is not None:
        print(text, end="")


def profile_cmd(
    a: str = typer.Argument(..., help="First country: name, code, demonym or capital."),
    b: str = typer.Argument(..., help="Second country."),
    fmt: ProfileFormat = typer.Option(ProfileFormat.terminal, "--format", "-f", help="Output format."),
) -> None:
    """The relations profile of a pair: lead, timeline, missions, figures, comparison, references."""
    from bilateral.profile import assemble_profile, resolve_pair
    from bilateral.profile.render_text import print_terminal, to_json, to_markdown
    from bilateral.store import reading

    ia, ib = resolve_pair(a, b)
    with reading() as con:
        profile = assemble_profile(con, ia, ib)
    if fmt == ProfileFormat.json:
        print(to_json(profile))
    elif fmt == ProfileFormat.md:
        print(to_markdown(profile), end="")
    else:
        print_terminal(profile)


def register(app: typer.Typer) -> None:
    app.command("compare")(compare_cmd)
    app.command("profile")(profile_cmd)
