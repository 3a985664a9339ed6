"""Render a dyad series as a chart (SVG or PNG), offline.

Altair builds a Vega-Lite spec and vl-convert renders it in-process (no browser, no CDN), so
`bilateral series A B --chart out.svg` works on a machine without network. Two panels share the
time axis: stacked counts per quad class, and the cooperation–conflict index.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from bilateral.errors import BilateralError

QUAD_COLOURS = {
    "verbal_coop": "#9ecae1",
    "material_coop": "#3182bd",
    "verbal_conflict": "#fdae6b",
    "material_conflict": "#e6550d",
    "neutral": "#bdbdbd",
}


def series_chart(series: pl.DataFrame, title: str):
    """An Altair chart of a `dyad_series` result."""
    import altair as alt

    quads = list(QUAD_COLOURS)
    long = series.select(["period", *[f"n_{q}" for q in quads]]).unpivot(
        index="period", variable_name="quad", value_name="events"
    ).with_columns(pl.col("quad").str.strip_prefix("n_"))
    colour = alt.Color("quad:N", scale=alt.Scale(domain=quads, range=list(QUAD_COLOURS.values())), title="quad")
    bars = (
        alt.Chart(long.to_pandas(), title=title)
        .mark_bar()
        .encode(x=alt.X("period:O", title=None), y=alt.Y("events:Q", stack=True), color=colour)
        .properties(width=640, height=220)
    )
    line = (
        alt.Chart(series.select(["period", "cci"]).to_pandas())
        .mark_line(point=True, color="#333333")
        .encode(x=alt.X("period:O", title=None), y=alt.Y("cci:Q", scale=alt.Scale(domain=[-1, 1]),
                                                          title="cooperation–conflict index"))  # fmt: skip
        .properties(width=640, height=120)
    )
    return alt.vconcat(bars, line)


def save_chart(series: pl.DataFrame, path: Path, title: str) -> Path:
    """Write the chart to `path` (.svg or .png)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise BilateralError(f"{path}: chart file must end in .svg or .png")
    import vl_convert as vlc

    spec = series_chart(series, title).to_json()
    if suffix == ".svg":
        path.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    else:
        path.write_bytes(vlc.vegalite_to_png(spec, scale=2))
    return path
