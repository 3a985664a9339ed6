"""What every renderer shares: citation numbers, which sections show, grouping by period.

Renderers differ only in markup; the decisions (what is left out, in which order, how a row of
each section reads) live here so the Markdown, wikitext, HTML and terminal outputs agree.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from bilateral.profile.model import Profile, Section

EVENT_SECTIONS = ("history", "tension", "military")


def ref_numbers(profile: Profile) -> dict[str, int]:
    return {r.key: r.number for r in profile.references}


def cite_numbers(profile: Profile, keys: list[str] | tuple[str, ...]) -> list[int]:
    nums = ref_numbers(profile)
    return list(dict.fromkeys(nums[k] for k in keys if k in nums))


def visible_sections(profile: Profile) -> list[Section]:
    """Sections with content, in article order (empty ones are listed only in JSON)."""
    return [s for s in profile.sections if not s.empty]


def by_period(rows: list[dict[str, Any]]) -> OrderedDict[str, list[dict[str, Any]]]:
    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for r in rows:
        groups.setdefault(r.get("period") or "undated", []).append(r)
    return groups


def figure_value(r: dict[str, Any]) -> str:
    v = r["value"]
    if v is None:
        return ""
    if r.get("unit") == "USD":
        for scale, word in ((1e9, "billion"), (1e6, "million")):
            if abs(v) >= scale:
                return f"${v / scale:,.3g} {word}"
        return f"${v:,.0f}"
    if r.get("unit") == "%":
        return f"{v:g}%"
    if (r.get("unit") or "").startswith("USD per "):  # a price: "$36 per barrel"
        return f"${v:,g} per {r['unit'][8:]}"
    return f"{v:,g} {r.get('unit') or ''}".strip()


def mission_kind(kind: str | None) -> str:
    return (kind or "mission").replace("-", " ").capitalize()


def comparison_table(profile: Profile) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the country comparison (label, a, b, ratio a/b)."""
    c = profile.comparison
    head = ["", c.a["name"], c.b["name"], f"{c.a['name']} / {c.b['name']}"]
    body = [[r.label, r.a.text, r.b.text, f"{r.ratio:,.3g}" if r.ratio is not None else ""] for r in c.rows]
    return head, body
