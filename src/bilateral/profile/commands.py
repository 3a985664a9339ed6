"""`bilateral compare A B` and `bilateral profile A B` / `bilateral profile --all`."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from bilateral.errors import BilateralError
from bilateral.output import Format, render_rows


class ProfileFormat(str, Enum):
    terminal = "terminal"
    md = "md"
    html = "html"
    wikitext = "wikitext"
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
    text = render_rows(comparison.records(), fmt, title=title)
    if text is not None:
        print(text, end="")


def render_profile(profile, fmt: ProfileFormat) -> str:  # noqa: ANN001 - Profile, imported lazily
    """The profile as text in one of the file formats (everything but the terminal)."""
    from bilateral.profile.render_text import to_json, to_markdown

    if fmt == ProfileFormat.json:
        return to_json(profile) + "\n"
    if fmt == ProfileFormat.md:
        return to_markdown(profile)
    if fmt == ProfileFormat.wikitext:
        from bilateral.profile.render_wiki import to_wikitext

        return to_wikitext(profile)
    from bilateral.profile.render_html import to_html

    return to_html(profile)


def _all(fmt: ProfileFormat, out: Path | None, limit: int | None, workers: int | None) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from bilateral.profile.bulk import pair_count, render_all

    if out is None:
        raise BilateralError("--all needs --out DIR (one file per pair is written there)")
    total = pair_count(limit)
    with Progress(TextColumn("profiles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=False) as bar:
        task = bar.add_task("profiles", total=total)
        report = render_all(out, fmt.value, workers=workers, limit=limit,
                            progress=lambda n: bar.advance(task, n))
    print(f"wrote {report.pairs} profiles to {report.out} in {report.seconds:.1f} s ({report.workers} workers)")


def profile_cmd(
    a: str | None = typer.Argument(None, help="First country: name, code, demonym or capital."),
    b: str | None = typer.Argument(None, help="Second country."),
    fmt: ProfileFormat = typer.Option(ProfileFormat.terminal, "--format", "-f", help="Output format."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file (with --all: directory)."),
    all_pairs: bool = typer.Option(False, "--all", help="Every pair of UN members, one file each in --out DIR."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="With --all: only the first N pairs."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="With --all: processes (default 2)."),
) -> None:
    """The relations profile of a pair: lead, history, economy, tension, military, missions, comparison."""
    if all_pairs:
        if a or b:
            raise BilateralError("give either two countries or --all, not both")
        if fmt in (ProfileFormat.terminal, ProfileFormat.html):
            fmt = ProfileFormat.json
        _all(fmt, out, limit, workers)
        return
    if not a or not b:
        raise BilateralError("give two countries (e.g. `bilateral profile Belarus Russia`) or --all")
    from bilateral.profile import assemble_profile, resolve_pair
    from bilateral.store import reading

    ia, ib = resolve_pair(a, b)
    with reading() as con:
        profile = assemble_profile(con, ia, ib)
    if fmt == ProfileFormat.terminal and out is None:
        from bilateral.profile.render_text import print_terminal

        print_terminal(profile)
        return
    text = render_profile(profile, ProfileFormat.md if fmt == ProfileFormat.terminal else fmt)
    if out is None:
        print(text, end="")
        return
    if out.is_dir():
        raise BilateralError(f"--out {out} is a directory; give a file name")
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as e:
        raise BilateralError(f"cannot write --out {out}: {e.strerror}") from None
    print(f"wrote {out}")


def register(app: typer.Typer) -> None:
    app.command("compare")(compare_cmd)
    app.command("profile")(profile_cmd)
