"""Render a Profile as one standalone HTML file: inline CSS, inline SVG charts, inline script.

The file opens offline (no CDN, no fonts, no network). Jinja2 autoescaping escapes every piece
of document text; only our own CSS, script and vl-convert's SVG are inserted as markup. The web
app renders the same template with `web=True` (adds its navigation bar).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import jinja2

from bilateral.profile.model import Profile
from bilateral.profile.render_common import (
    by_period,
    cite_numbers,
    comparison_table,
    figure_value,
    mission_kind,
    visible_sections,
)

PLOVER_ORDER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER")


def _asset(name: str) -> str:
    return resources.files("bilateral.profile").joinpath("templates", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bilateral.profile", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=False, lstrip_blocks=False,
    )
    env.globals.update(by_period=by_period, figure_value=figure_value, mission_kind=mission_kind)
    return env


def to_html(profile: Profile, *, charts: dict[str, str] | None = None, web: bool = False) -> str:
    """The profile page; `charts` defaults to rendering all charts (`profile.charts.chart_svgs`)."""
    if charts is None:
        from bilateral.profile.charts import chart_svgs

        charts = chart_svgs(profile)
    history = profile.section("history")
    rows = history.rows if history else []
    types = {r["plover"] for r in rows}
    return environment().get_template("profile.html.j2").render(
        p=profile, sections=visible_sections(profile), charts=charts, web=web,
        cite_numbers=lambda keys: cite_numbers(profile, keys), comparison=comparison_table(profile),
        periods=list(by_period(rows)), plover_types=[t for t in PLOVER_ORDER if t in types] + sorted(
            types - set(PLOVER_ORDER)),
        empty=[s.title for s in profile.sections if s.empty], css=_asset("profile.css"), script=_asset("timeline.js"),
    )
