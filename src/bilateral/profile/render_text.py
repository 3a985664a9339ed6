"""Render a Profile for the terminal (Rich), as Markdown, or as JSON.

Citations are the references' numbers in brackets, as in a printed article; sections that are
empty are left out of the rendered text (JSON lists them under `empty_sections`).
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markdown import Markdown

from bilateral.profile.model import Profile, Section, Statement
from bilateral.profile.render_common import (
    EVENT_SECTIONS,
    by_period,
    cite_numbers,
    comparison_table,
    figure_value,
    mission_kind,
    visible_sections,
)


def _cite(profile: Profile, keys: list[str]) -> str:
    return "".join(f"[{n}]" for n in cite_numbers(profile, keys))


def _statement(profile: Profile, s: Statement) -> str:
    return f"{s.text}{_cite(profile, s.refs)}"


def _md_escape(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _events_md(profile: Profile, rows: list[dict[str, Any]], grouped: bool) -> list[str]:
    lines: list[str] = []
    groups = by_period(rows) if grouped else {"": rows}
    for period, items in groups.items():
        if period:
            lines += [f"### {period}", ""]
        lines += [f"- {r['sentence']}{_cite(profile, [r['ref']])}" for r in items]
        lines.append("")
    return lines


def _section_md(profile: Profile, sec: Section) -> list[str]:
    lines = [f"## {sec.title}", ""]
    if sec.statements:
        lines += [" ".join(_statement(profile, s) for s in sec.statements), ""]
    if sec.key in EVENT_SECTIONS:
        lines += _events_md(profile, sec.rows, grouped=sec.key == "history")
    elif sec.key == "economy":
        figs = [r for r in sec.rows if r["kind"] == "figure"]
        if figs:
            lines += ["| Figure | Value | Year |", "|---|---|---|"]
            lines += [f"| {_md_escape(r['what'])} | {figure_value(r)} | {r['year'] or ''}{_cite(profile, [r['ref']])} |"
                      for r in figs] + [""]
        events = [r for r in sec.rows if r["kind"] == "event"]
        if events:
            lines += ["Energy and trade events:", ""] + _events_md(profile, events, grouped=False)
    elif sec.key == "missions":
        lines += ["| Mission | Of | In | City |", "|---|---|---|---|"]
        lines += [f"| {mission_kind(r['kind'])} | {r['sender_name']} | {r['receiver_name']} | "
                  f"{_md_escape(r['city'])}{_cite(profile, [r['ref']])} |" for r in sec.rows] + [""]
    elif sec.key == "see_also":
        lines += [f"- {r['title']}" for r in sec.rows] + [""]
    return lines


def _infobox_md(profile: Profile) -> list[str]:
    box = profile.infobox
    if not (box.get("mission_a") or box.get("mission_b")):
        return []
    return [f"| {box['country_a']} | {box['country_b']} |", "|---|---|",
            f"| {box.get('mission_a') or ''} | {box.get('mission_b') or ''} |", ""]


def to_markdown(profile: Profile) -> str:
    lines = [f"# {profile.title}", ""] + _infobox_md(profile)
    lines += [" ".join(_statement(profile, s) for s in profile.lead), ""]
    sections = visible_sections(profile)
    for sec in sections:
        if sec.key == "see_also":
            continue
        lines += _section_md(profile, sec)
    head, body = comparison_table(profile)
    lines += ["## Country comparison", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in body] + [""]
    for sec in sections:
        if sec.key == "see_also":
            lines += _section_md(profile, sec)
    lines += ["## References", ""]
    lines += [f"{r.number}. {r.title}{' — ' + r.detail if r.detail else ''}" for r in profile.references]
    return "\n".join(lines) + "\n"


def to_json(profile: Profile) -> str:
    return json.dumps(profile.to_dict(), ensure_ascii=False, indent=2, default=str)


def print_terminal(profile: Profile, console: Console | None = None) -> None:
    """The Markdown rendering through Rich, which wraps to the terminal and draws the tables."""
    console = console or Console()
    console.print(Markdown(to_markdown(profile)))
    empty = [s for s in profile.sections if s.empty]
    if empty:
        console.print(f"[dim]No data for: {', '.join(s.title for s in empty)}[/dim]")
    hints = dict.fromkeys(s.empty_hint for s in empty if s.empty_hint and s.key in ("history", "missions"))
    for hint in hints:  # how to fill the timeline and the missions, the sections a reader misses most
        console.print(Markdown(f"*{hint}*"))
