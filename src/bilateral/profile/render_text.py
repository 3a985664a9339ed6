"""Render a Profile for the terminal (Rich), as Markdown, or as JSON.

Citations are the references' numbers in brackets, as in a printed article; sections that are
empty are left out of the rendered text (JSON lists them under `empty_sections`).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table

from bilateral.profile.model import Profile, Section, Statement


def _cite(profile: Profile, keys: list[str]) -> str:
    numbers = {r.key: r.number for r in profile.references}
    return "".join(f"[{numbers[k]}]" for k in keys if k in numbers)


def _statement(profile: Profile, s: Statement) -> str:
    return f"{s.text}{_cite(profile, s.refs)}"


def _md_escape(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _timeline_md(profile: Profile, sec: Section) -> list[str]:
    lines: list[str] = []
    by_period: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for r in sec.rows:
        by_period.setdefault(r["period"], []).append(r)
    for period, rows in by_period.items():
        lines += [f"### {period}", ""]
        for r in rows:
            actors = ", ".join(r["actors"])
            lines.append(f"- **{r['date']}** ({r['plover']}; {actors}): {r['text']}{_cite(profile, [r['ref']])}")
        lines.append("")
    return lines


def _missions_md(profile: Profile, sec: Section) -> list[str]:
    lines = ["| Sender | Host | City | Kind |", "|---|---|---|---|"]
    for r in sec.rows:
        lines.append(f"| {r['sender']} | {r['receiver']} | {_md_escape(r['city'])} | {r['kind']}"
                     f"{_cite(profile, [r['ref']])} |")
    return lines + [""]


def _figures_md(profile: Profile, sec: Section) -> list[str]:
    lines = ["| What | Value | Unit | Year |", "|---|---|---|---|"]
    for r in sec.rows:
        lines.append(f"| {_md_escape(r['what'])} | {r['value']:,g} | {r['unit']} | {r['year'] or ''}"
                     f"{_cite(profile, [r['ref']])} |")
    return lines + [""]


SECTION_MD = {"timeline": _timeline_md, "missions": _missions_md, "figures": _figures_md}


def comparison_md(profile: Profile) -> list[str]:
    c = profile.comparison
    lines = [f"| | {c.a['name']} | {c.b['name']} | ratio |", "|---|---|---|---|"]
    for r in c.rows:
        ratio = f"{r.ratio:,.3g}" if r.ratio is not None else ""
        lines.append(f"| {r.label} | {_md_escape(r.a.text)} | {_md_escape(r.b.text)} | {ratio} |")
    return lines


def to_markdown(profile: Profile) -> str:
    lines = [f"# {profile.title}", ""]
    lines += [" ".join(_statement(profile, s) for s in profile.lead), ""]
    for sec in profile.sections:
        if sec.empty:
            continue
        lines += [f"## {sec.title}", ""]
        render = SECTION_MD.get(sec.key)
        if render:
            lines += render(profile, sec)
        lines += [_statement(profile, s) for s in sec.statements]
    lines += ["## Country comparison", ""] + comparison_md(profile) + [""]
    lines += ["## References", ""]
    lines += [f"{r.number}. {r.title}{' — ' + r.detail if r.detail else ''}" for r in profile.references]
    return "\n".join(lines) + "\n"


def to_json(profile: Profile) -> str:
    return json.dumps(profile.to_dict(), ensure_ascii=False, indent=2, default=str)


def print_terminal(profile: Profile, console: Console | None = None) -> None:
    console = console or Console()
    console.print(Panel(" ".join(_statement(profile, s) for s in profile.lead), title=f"[bold]{profile.title}"))
    for sec in profile.sections:
        if sec.empty:
            console.print(f"[bold]{sec.title}[/bold]: [dim]{sec.empty_hint}[/dim]")
            continue
        render = SECTION_MD.get(sec.key)
        body = "\n".join(render(profile, sec)) if render else ""
        console.print(Panel(Group(Markdown(body)), title=f"[bold]{sec.title}"))
    table = Table(title="Country comparison", show_lines=False, expand=False)
    c = profile.comparison
    for col in ("", c.a["name"], c.b["name"], "ratio", "year"):
        table.add_column(col, overflow="fold")
    for r in c.rows:
        years = "/".join(sorted({str(y) for y in (r.a.year, r.b.year) if y}))
        table.add_row(r.label, r.a.text, r.b.text, f"{r.ratio:,.3g}" if r.ratio is not None else "", years)
    console.print(table)
    console.print("[bold]References[/bold]")
    for ref in profile.references:
        console.print(f"  {ref.number}. {ref.title}" + (f" — {ref.detail}" if ref.detail else ""))
