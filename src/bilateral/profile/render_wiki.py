"""Render a Profile as MediaWiki wikitext, the way a Wikipedia relations article is written.

`{{Infobox bilateral relations}}` at the top, prose with `<ref name=...>` citations (a source
cited again reuses its name, so each appears once in `{{reflist}}`), sortable wikitables for the
missions and the comparison, and `== See also ==` links. Text from documents is escaped so that
it cannot open templates, links or tags.
"""

from __future__ import annotations

import re
from typing import Any

from bilateral.profile.model import Profile, Reference, Section, Statement
from bilateral.profile.render_common import (
    EVENT_SECTIONS,
    by_period,
    comparison_table,
    figure_value,
    mission_kind,
    visible_sections,
)

_SPECIAL = re.compile(r"(\{\{|\}\}|\[\[|\]\]|<|>|\||'')")
_ESC = {"{{": "&#123;&#123;", "}}": "&#125;&#125;", "[[": "&#91;&#91;", "]]": "&#93;&#93;",
        "<": "&lt;", ">": "&gt;", "|": "&#124;", "''": "&#39;&#39;"}


def esc(text: Any) -> str:
    """Neutralise wiki markup in text taken from documents or data."""
    return _SPECIAL.sub(lambda m: _ESC[m.group(1)], str(text if text is not None else ""))


class _Refs:
    """Emits the full `<ref name=..>..</ref>` the first time a source is cited, `<ref name=../>` after."""

    def __init__(self, refs: list[Reference]) -> None:
        self.by_key = {r.key: r for r in refs}
        self.used: set[str] = set()

    def __call__(self, keys: list[str]) -> str:
        out = []
        for key in dict.fromkeys(keys):
            ref = self.by_key.get(key)
            if ref is None:
                continue
            name = f"r{ref.number}"
            if key in self.used:
                out.append(f'<ref name="{name}" />')
            else:
                self.used.add(key)
                detail = f". {esc(ref.detail)}" if ref.detail else ""
                out.append(f'<ref name="{name}">{esc(ref.title)}{detail}</ref>')
        return "".join(out)


def _statement(s: Statement, cite: _Refs) -> str:
    return esc(s.text) + cite(s.refs)


def _events(rows: list[dict[str, Any]], cite: _Refs, grouped: bool) -> list[str]:
    lines: list[str] = []
    groups = by_period(rows) if grouped else {"": rows}
    for period, items in groups.items():
        if period:
            lines += [f"=== {period} ===", ""]
        lines += [f"* {esc(r['sentence'])}{cite([r['ref']])}" for r in items] + [""]
    return lines


def _table(head: list[str], rows: list[list[str]], caption: str | None = None) -> list[str]:
    lines = ['{| class="wikitable sortable"'] + ([f"|+ {caption}"] if caption else [])  # caption: wikitext
    lines.append("! " + " !! ".join(esc(h) or " " for h in head))
    for row in rows:
        lines += ["|-", "| " + " || ".join(row)]
    return lines + ["|}", ""]


def _section(sec: Section, cite: _Refs) -> list[str]:
    lines = [f"== {sec.title} ==", ""]
    if sec.statements:
        lines += [" ".join(_statement(s, cite) for s in sec.statements), ""]
    if sec.key in EVENT_SECTIONS:
        lines += _events(sec.rows, cite, grouped=sec.key == "history")
    elif sec.key == "economy":
        figs = [r for r in sec.rows if r["kind"] == "figure"]
        if figs:
            lines += _table(["Figure", "Value", "Year"], [
                [esc(r["what"]), esc(figure_value(r)), f"{r['year'] or ''}{cite([r['ref']])}"] for r in figs])
        events = [r for r in sec.rows if r["kind"] == "event"]
        if events:
            lines += ["=== Energy and trade ===", ""] + _events(events, cite, grouped=False)
    elif sec.key == "missions":
        lines += _table(["Mission", "Of", "In", "City"], [
            [esc(mission_kind(r["kind"])), f"[[{esc(r['sender_name'])}]]", f"[[{esc(r['receiver_name'])}]]",
             f"{esc(r['city'])}{cite([r['ref']])}"] for r in sec.rows])
    elif sec.key == "see_also":
        lines += [f"* [[{esc(r['title'])}]]" for r in sec.rows] + [""]
    return lines


def _infobox(profile: Profile, cite: _Refs) -> list[str]:
    """The template's positional parameters (name, party 1, party 2), then one mission per side."""
    box = profile.infobox
    a, b = esc(box["country_a"]), esc(box["country_b"])
    lines = [f"{{{{Infobox bilateral relations|{a}–{b}|{a}|{b}"]
    for n, key in ((1, "mission_a"), (2, "mission_b")):
        if box.get(key):
            lines.append(f"| mission{n} = {esc(box[key])}{cite([box[key + '_ref']]) if box.get(key + '_ref') else ''}")
    return lines + ["}}", ""]


def to_wikitext(profile: Profile) -> str:
    cite = _Refs(profile.references)
    lines = _infobox(profile, cite)
    lines += [" ".join(_statement(s, cite) for s in profile.lead), ""]
    sections = visible_sections(profile)
    for sec in sections:
        if sec.key != "see_also":
            lines += _section(sec, cite)
    head, body = comparison_table(profile)
    facts = cite([r.key for r in profile.references if r.key.startswith("factbook")])
    lines += ["== Country comparison ==", ""]
    lines += _table(head, [[f"'''{esc(r[0])}'''", *(esc(c) for c in r[1:])] for r in body],
                    caption=f"{esc(profile.a['name'])} and {esc(profile.b['name'])} compared{facts}")
    for sec in sections:
        if sec.key == "see_also":
            lines += _section(sec, cite)
    lines += ["== References ==", "{{reflist}}", ""]
    return "\n".join(lines)
