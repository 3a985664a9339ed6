"""CLI: `bilateral dyads ...` (build a dyad-year panel) and `bilateral data fetch|cite|list`.

Commands parse arguments and render results only; the work is in `panel.py`, `fetch.py`, `cite.py`.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import typer

from bilateral.errors import BilateralError, InputFileError
from bilateral.output import Format, render_rows

data_app = typer.Typer(help="Datasets behind dyad-year panels: fetch from producers, cite, list.",
                       no_args_is_help=True)


def _emit(text: str | None) -> None:
    if text is not None:
        typer.echo(text, nl=not text.endswith("\n"))


def dyads_cmd(
    system: str = typer.Option("cow", "--system", help="cow (Correlates of War) or gw (Gleditsch-Ward)"),
    years: str = typer.Option(None, "--years", help="YYYY or YYYY-YYYY (default: all years of the list)"),
    with_: str = typer.Option(None, "--with", help="comma list: contiguity,igos,atop,distance,events,trade,"
                              "mids,gml,majors,nmc,democracy,prd"),
    directed: bool = typer.Option(True, "--directed/--non-directed", help="directed dyads (default) or code1 < code2"),
    states: str = typer.Option(None, "--states", help="only dyads among these codes, e.g. 2,365"),
    out: Path = typer.Option(None, "--out", help="write the panel: .parquet, .csv or .dta"),
    data_dir: Path = typer.Option(None, "--data-dir", help="read dataset files here instead of the cache"),
    fmt: Format = typer.Option(Format.table, "--format", help="summary format when no --out is given"),
    limit: int = typer.Option(10, "--limit", help="rows shown when no --out is given"),
) -> None:
    """Build a dyad-year panel (peacesciencer's create_dyadyears + add_* verbs)."""
    import os

    from bilateral.dyads.panel import WRITERS, build_panel, parse_states, parse_with, parse_years, write_panel
    from bilateral.dyads.readers import PARQUET_ENV, set_parquet_cache
    from bilateral.dyads.sources import set_data_dir

    set_parquet_cache(None if PARQUET_ENV in os.environ else True)  # later runs skip CSV parsing
    names = parse_with(with_)
    span = parse_years(years)
    parse_states(states)
    if out is not None and out.suffix.lower() not in WRITERS:
        raise BilateralError(f"--out {out}: unsupported extension; use {', '.join(WRITERS)}")
    if data_dir is not None:
        if not data_dir.is_dir():
            raise InputFileError(f"--data-dir {data_dir}: not a directory")
        set_data_dir(data_dir)
    frame = build_panel(system, span, names, directed=directed, states=parse_states(states))
    if out is not None:
        write_panel(frame, out)
        typer.echo(f"wrote {frame.height:,} rows x {frame.width} columns to {out}", err=True)
        return
    _emit(render_rows(frame.head(limit).to_dicts(), fmt, title=f"{frame.height:,} dyad-years ({system})"))


@data_app.command("fetch")
def fetch_cmd(
    names: list[str] = typer.Argument(None, help="cow-states gw-states contiguity igo atop trade mids nmc majors"),
    all_: bool = typer.Option(False, "--all", help="fetch every dataset"),
    refresh: bool = typer.Option(False, "--refresh", help="download again even if cached"),
    mirror: str = typer.Option(None, "--mirror", help="base URL serving the same file names"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Download datasets from their producers' official URLs into the cache (checksum recorded)."""
    from bilateral.dyads.fetch import fetch_dataset
    from bilateral.dyads.sources import FETCHABLE

    keys = list(FETCHABLE) if all_ else list(names or [])
    if not keys:
        raise BilateralError(f"name a dataset to fetch ({', '.join(FETCHABLE)}) or pass --all")
    rows = []
    for key in keys:
        for f in fetch_dataset(key, mirror=mirror, refresh=refresh):
            rows.append({"dataset": f.dataset, "file": f.file, "bytes": f.bytes, "sha256": f.sha256[:16],
                         "cached": f.from_cache, "unpacked": len(f.extracted)})
    _emit(render_rows(rows, fmt, title="fetched"))


def _columns_of(panel: Path) -> list[str]:
    suffix = panel.suffix.lower()
    if suffix == ".parquet":
        return list(pl.read_parquet_schema(panel))
    if suffix == ".dta":
        import pandas as pd

        with pd.read_stata(panel, iterator=True) as reader:
            return list(reader.variable_labels())
    return list(pl.read_csv(panel, n_rows=1).columns)


@data_app.command("cite")
def cite_cmd(
    panel: Path = typer.Argument(None, help="a panel file (.parquet/.csv) whose datasets to cite"),
    with_: str = typer.Option(None, "--with", help="or: the verbs of a panel, e.g. contiguity,igos"),
    system: str = typer.Option("cow", "--system"),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Print the citation of every dataset a panel used."""
    from bilateral.dyads.cite import citations, datasets_from_columns
    from bilateral.dyads.panel import parse_with

    if panel is not None:
        if not panel.is_file():
            raise InputFileError(f"{panel}: no such file")
        try:
            cols = _columns_of(panel)
        except Exception as e:
            raise InputFileError(f"{panel}: cannot read as a panel ({type(e).__name__})") from None
        keys = datasets_from_columns(list(cols))
        if not keys:
            raise InputFileError(f"{panel}: no dyad-year or state-year columns (ccode1/gwcode1, year)")
    elif with_:
        verb_keys = {"contiguity": "contiguity", "distance": "capitals" if system == "cow" else "gw-capitals",
                     "igos": "igo", "atop": "atop", "trade": "trade", "mids": "mids", "gml": "gml-mids",
                     "majors": "majors", "nmc": "nmc", "democracy": "democracy", "events": "events",
                     "prd": "majors"}
        names = parse_with(with_)
        keys = [f"{system}-states"] + (["contiguity"] if "prd" in names else []) + [verb_keys[n] for n in names]
        keys = list(dict.fromkeys(keys))
    else:
        keys = None
    rows = citations(keys=keys)
    _emit(render_rows(rows, fmt, title="citations", columns=["key", "version", "citation"]))


@data_app.command("list")
def list_cmd(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """List the datasets, where their files are looked for, and whether one is present."""
    from bilateral.dyads.sources import DATASETS, FETCHABLE, RAW_COPIES, data_dir, find_file

    rows = []
    for d in DATASETS.values():
        try:
            found = find_file(d.key).name if d.files else ""
        except BilateralError:
            found = ""
        processed = found.startswith(("ps_", "isard_", "igoR_", "gw_"))
        official = found in RAW_COPIES or (bool(d.url) and found == d.files[0] and not processed)
        layout = "" if not found else ("official" if official else "processed (peacesciencer/isard)")
        rows.append({"key": d.key, "version": d.version, "fetch": d.key in FETCHABLE, "found": found,
                     "layout": layout, "years": f"{d.years[0]}-{d.years[1]}" if d.years else ""})
    _emit(render_rows(rows, fmt, title=f"datasets (data directory {data_dir()})"))


def register(app: typer.Typer) -> None:
    """Add `bilateral dyads` and `bilateral data ...` to the main app."""
    app.command("dyads")(dyads_cmd)
    app.add_typer(data_app, name="data")
