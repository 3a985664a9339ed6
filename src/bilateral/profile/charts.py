"""The profile's charts as inline SVG: Altair specs rendered offline by vl-convert.

Why SVG strings: the standalone HTML and the web page must render without any CDN or script,
and vl-convert runs Vega in-process (no browser, no network). The data is inlined in the spec
(`alt.Data(values=...)`), so nothing is fetched. Each function returns None when there is
nothing to draw, and the renderers then leave the chart out.
"""

from __future__ import annotations

import re
from typing import Any

import altair as alt

from bilateral.profile.context import QUADS
from bilateral.profile.model import Profile

QUAD_LABELS = {"verbal_coop": "Verbal cooperation", "material_coop": "Material cooperation",
               "verbal_conflict": "Verbal conflict", "material_conflict": "Material conflict",
               "neutral": "Neutral"}
QUAD_COLOURS = ["#7fbf7b", "#1b7837", "#f4a582", "#b2182b", "#bababa"]
WIDTH = 560


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render with vl-convert, dropping the XML prologue so the SVG can sit inside HTML."""
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(chart.to_dict())
    return re.sub(r"^<\?xml[^>]*>\s*", "", svg)


def cooperation_conflict(profile: Profile) -> alt.Chart | None:
    """Net cooperation (cooperative minus conflictual events) per year, with both counts."""
    rows = [r for r in profile.series if r["events"]]
    if not rows:
        return None
    values = []
    for r in rows:
        values += [{"year": r["period"], "measure": "Cooperation", "events": r["coop"]},
                   {"year": r["period"], "measure": "Conflict", "events": -r["conflict"]}]
    bars = alt.Chart(alt.Data(values=values)).mark_bar().encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("events:Q", title="Events (conflict below zero)"),
        color=alt.Color("measure:N", scale=alt.Scale(domain=["Cooperation", "Conflict"],
                                                     range=["#1b7837", "#b2182b"]), title=None),
    )
    net = alt.Chart(alt.Data(values=[{"year": r["period"], "net": r["net"]} for r in rows])).mark_line(
        color="black", point=True).encode(x="year:O", y=alt.Y("net:Q"))
    return (bars + net).properties(width=WIDTH, height=220, title="Cooperation and conflict by year")


def events_by_quad(profile: Profile) -> alt.Chart | None:
    """Events per year stacked by quad class."""
    values = [{"year": r["period"], "quad": QUAD_LABELS[q], "events": r[q]}
              for r in profile.series for q in QUADS if r[q]]
    if not values:
        return None
    return alt.Chart(alt.Data(values=values)).mark_bar().encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("events:Q", title="Events", stack="zero"),
        color=alt.Color("quad:N", title="Quad class", legend=alt.Legend(labelLimit=240),
                        scale=alt.Scale(domain=[QUAD_LABELS[q] for q in QUADS], range=QUAD_COLOURS)),
    ).properties(width=WIDTH, height=220, title="Events per year by quad class")


COMPARED = (("population", "Population"), ("area", "Area (km²)"), ("gdp_nominal", "GDP, nominal (USD)"),
            ("gdp_ppp", "GDP, PPP (USD)"))


def comparison_values(profile: Profile) -> list[dict[str, Any]]:
    """Each compared quantity as a share of the pair's total, so one axis fits all of them."""
    out = []
    rows = {r.key: r for r in profile.comparison.rows}
    for key, label in COMPARED:
        r = rows.get(key)
        if not r or r.a.value is None or r.b.value is None or (r.a.value + r.b.value) <= 0:
            continue
        total = r.a.value + r.b.value
        for side, cell in ((profile.a["name"], r.a), (profile.b["name"], r.b)):
            out.append({"measure": label, "country": side, "share": round(100 * cell.value / total, 2),
                        "value": cell.text})
    return out


def comparison(profile: Profile) -> alt.Chart | None:
    """Population, area and GDP side by side, as each state's share of the pair's total."""
    values = comparison_values(profile)
    if not values:
        return None
    return alt.Chart(alt.Data(values=values)).mark_bar().encode(
        y=alt.Y("measure:N", title=None, sort=[label for _, label in COMPARED]),
        x=alt.X("share:Q", title="Share of the pair's total (%)", stack="zero", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("country:N", title=None, sort=[profile.a["name"], profile.b["name"]],
                        scale=alt.Scale(range=["#2166ac", "#e08214"])),
        tooltip=["country:N", "measure:N", "value:N"],
    ).properties(width=WIDTH, height=120, title="Population, area and GDP compared")


CHARTS = (("cooperation_conflict", cooperation_conflict), ("events_by_quad", events_by_quad),
          ("comparison", comparison))


def chart_svgs(profile: Profile) -> dict[str, str]:
    """Every chart there is data for, as {name: svg}."""
    out = {}
    for name, make in CHARTS:
        chart = make(profile)
        if chart is not None:
            out[name] = to_svg(chart)
    return out
