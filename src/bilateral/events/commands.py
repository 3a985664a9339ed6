"""CLI: `bilateral events load|fetch|info|quarantine|rows` and `bilateral series A B`.

Commands only parse arguments and render results; the work is in `load.py`, `fetch.py`,
`store.py` and `series.py`.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from pathlib import Path

import typer

from bilateral.errors import BilateralError
from bilateral.events.report import LoadReport
from bilateral.output import Format, render_rows

events_app = typer.Typer(help="Event datasets (GDELT 1.0/2.0, ICEWS, POLECAT): load, fetch, inspect.",
                         no_args_is_help=True)  # fmt: skip


class SourceName(str, Enum):
    gdelt1 = "gdelt1"
    gdelt2 = "gdelt2"
    gdelt2_mentions = "gdelt2-mentions"
    icews = "icews"
    polecat = "polecat"


class SeriesFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    wikitext = "wikitext"
    parquet = "parquet"


def _emit(text: str | None, out: Path | None = None) -> None:
    if text is None:
        return
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=not text.endswith("\n"))


def _parse_day(value: str, option: str) -> date:
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    try:
        if not m:
            raise ValueError
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise BilateralError(f"{option} {value!r} is not a date (expected YYYY-MM-DD)") from None


def _load(files: list[Path], source: str, *, progress: bool) -> LoadReport:
    """`load_files` with a Rich progress bar (input bytes) on stderr; none for machine-readable output."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from bilateral.events.load import load_files

    with Progress(TextColumn("[bold]loading {task.description}"), BarColumn(), DownloadColumn(),
                  TimeRemainingColumn(), console=Console(stderr=True), disable=not progress,
                  transient=True) as bar:  # fmt: skip
        task = bar.add_task(source, total=None)
        return load_files(files, source, progress=lambda done, total: bar.update(task, completed=done, total=total))


@events_app.command("load")
def load_cmd(
    files: list[Path] = typer.Argument(..., help="Raw files (plain or .zip)."),
    source: SourceName = typer.Option(..., "--source", "-s", help="Format of the files."),
    fmt: Format = typer.Option(Format.table, "--format", "-f"),
) -> None:
    """Load event files into the Parquet store; report rows read, loaded and quarantined."""
    report = _load(files, source.value, progress=fmt == Format.table)
    rows = [
        {"file": f.name, "status": f.status, "read": f.rows_read, "loaded": f.rows_loaded,
         "quarantined": f.rows_quarantined}  # fmt: skip
        for f in report.files
    ]
    rows.append({"file": "TOTAL", "status": "", "read": report.rows_read, "loaded": report.rows_loaded,
                 "quarantined": report.rows_quarantined})  # fmt: skip
    _emit(render_rows(rows, fmt, title=f"events load --source {source.value}"))
    if report.reasons and fmt == Format.table:
        _emit(render_rows([{"reason": k, "rows": v} for k, v in sorted(report.reasons.items())], fmt,
                          title="quarantined (see `bilateral events quarantine`)"))  # fmt: skip


@events_app.command("fetch")
def fetch_cmd(
    dataset: str = typer.Argument(..., help="Dataset to download: gdelt."),
    date_from: str = typer.Option(..., "--from", help="First day (YYYY-MM-DD)."),
    date_to: str = typer.Option(..., "--to", help="Last day (YYYY-MM-DD)."),
    version: int = typer.Option(2, "--version", help="GDELT version: 1 (daily files) or 2 (15-minute files)."),
    kind: str = typer.Option("export", "--kind", help="GDELT 2.0 file kind: export or mentions."),
    base_url: str | None = typer.Option(None, "--base-url", envvar="BILATERAL_GDELT_BASE_URL",
                                        help="Mirror replacing http://data.gdeltproject.org."),
    load: bool = typer.Option(False, "--load", help="Load the downloaded files into the events store."),
    refresh: bool = typer.Option(False, "--refresh", help="Re-read the published file list now."),
    fmt: Format = typer.Option(Format.table, "--format", "-f"),
) -> None:
    """Download GDELT files for a date range (MD5-verified, resumable, cached)."""
    from bilateral.events.fetch import fetch_gdelt

    if dataset.lower() != "gdelt":
        raise BilateralError(f"unknown dataset {dataset!r}; only 'gdelt' can be fetched")
    if version not in (1, 2):
        raise BilateralError(f"--version {version}: expected 1 or 2")
    if kind not in ("export", "mentions"):
        raise BilateralError(f"--kind {kind!r}: expected export or mentions")
    start, end = _parse_day(date_from, "--from"), _parse_day(date_to, "--to")
    report = fetch_gdelt(start, end, version=version, kind=kind, base=base_url, refresh=refresh,
                         progress=fmt == Format.table)  # fmt: skip
    rows = [{"file": f.name, "status": "cached" if cached else "downloaded", "bytes": p.stat().st_size}
            for f, p, cached in report.downloaded]  # fmt: skip
    rows += [{"file": f.name, "status": "rejected", "bytes": None, "reason": why} for f, why in report.rejected]
    _emit(render_rows(rows, fmt, title=f"GDELT {version}.0 {start}..{end}",
                      columns=["file", "status", "bytes", "reason"]))  # fmt: skip
    if load and report.paths:

        source = "gdelt1" if version == 1 else ("gdelt2" if kind == "export" else "gdelt2-mentions")
        res = _load(report.paths, source, progress=fmt == Format.table)
        typer.echo(f"loaded {res.rows_loaded} rows, quarantined {res.rows_quarantined} ({source})", err=True)
    if report.rejected:
        raise BilateralError(f"{len(report.rejected)} file(s) rejected: {report.rejected[0][1]}")
    if not rows:
        typer.echo(f"no GDELT {version}.0 files between {start} and {end}", err=True)


@events_app.command("info")
def info_cmd(fmt: Format = typer.Option(Format.table, "--format", "-f")) -> None:
    """Rows, date span and files per source in the events store."""
    import polars as pl

    from bilateral.events.store import read_manifest, scan_events

    summary = (
        scan_events()
        .group_by("source")
        .agg(pl.len().alias("events"), pl.col("date").min().alias("first"), pl.col("date").max().alias("last"))
        .sort("source")
        .collect()
    )
    files: dict[str, int] = {}
    for e in read_manifest().values():
        files[e.source] = files.get(e.source, 0) + 1
    rows = [{**r, "files": files.get(r["source"], 0)} for r in summary.to_dicts()]
    _emit(render_rows(rows, fmt, title="events store", columns=["source", "events", "first", "last", "files"]))


@events_app.command("quarantine")
def quarantine_cmd(
    rows: bool = typer.Option(False, "--rows", help="List every quarantined row instead of counts."),
    fmt: Format = typer.Option(Format.table, "--format", "-f"),
) -> None:
    """What loads refused, and why."""
    import polars as pl

    from bilateral.events.store import read_quarantine

    q = read_quarantine()
    if rows:
        data = q.select(["source", "source_ref", "line", "reason", "detail"]).to_dicts()
    else:
        data = q.group_by(["source", "reason"]).agg(pl.len().alias("rows")).sort(["source", "reason"]).to_dicts()
    _emit(render_rows(data, fmt, title="quarantine"))


_ROW_COLUMNS = ["date", "actor1_iso3", "actor2_iso3", "cameo_code", "plover", "quad", "goldstein", "num_mentions",
                "source"]  # fmt: skip


@events_app.command("rows")
def rows_cmd(
    a: str = typer.Argument(..., help="A state: name, ISO code, demonym or capital."),
    b: str = typer.Argument(..., help="The other state."),
    start: int | None = typer.Option(None, "--from", help="First year (inclusive)."),
    end: int | None = typer.Option(None, "--to", help="Last year (inclusive)."),
    kind: str | None = typer.Option(None, "--type", help="One PLOVER type (AGREE, SANCTION, ...)."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=100_000, help="At most this many rows."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | json | csv | md | wikitext"),
) -> None:
    """The pair's event-data rows (either direction), newest first, each with its source file and URL.

    The CLI side of the web API's `/pairs/{a}/{b}/events?source=data`.
    """
    import duckdb

    from bilateral.countries import resolve
    from bilateral.events.cameo import PLOVER_TYPES
    from bilateral.profile.queries import store_events

    ia, ib = resolve(a).iso3, resolve(b).iso3
    if start is not None and end is not None and start > end:
        raise BilateralError(f"--from {start} is after --to {end}")
    plover = kind.upper() if kind else None
    if plover is not None and plover not in PLOVER_TYPES:
        raise BilateralError(f"--type {kind!r} is not a PLOVER type; expected one of {', '.join(PLOVER_TYPES)}")
    with duckdb.connect() as con:
        rows = store_events(con, ia, ib, year_from=start, year_to=end, plover=plover, limit=limit)
    if not rows:
        typer.echo(f"no event data for {ia}–{ib}; load event files with `bilateral events load FILE...`", err=True)
    title = f"{ia}–{ib}: {len(rows)} newest event-data rows"
    if fmt == Format.table:  # the columns that fit 80 characters; the other formats give every field
        short = [{"date": r["date"], "actors": f"{r['actor1_iso3'] or '?'}→{r['actor2_iso3'] or '?'}",
                  "cameo": r["cameo_code"], "plover": r["plover"], "quad": r["quad"], "goldstein": r["goldstein"],
                  "source": r["source"]} for r in rows]  # fmt: skip
        _emit(render_rows(short, fmt, title=title) if rows else None)
        return
    _emit(render_rows(rows, fmt, title=title, columns=[*_ROW_COLUMNS, "event_id", "source_ref", "source_url"]))


def series_cmd(
    a: str = typer.Argument(..., help="First country (name or ISO3)."),
    b: str = typer.Argument(..., help="Second country (name or ISO3)."),
    freq: str = typer.Option("month", "--freq", help="month or year."),
    directed: bool = typer.Option(False, "--directed", help="Only events with A as actor and B as recipient."),
    engine: str = typer.Option("duckdb", "--engine", help="duckdb (embedded) or spark."),
    source: list[str] = typer.Option(None, "--source", help="Restrict to these sources (repeatable)."),
    dedup: bool = typer.Option(False, "--dedup", help="One event per (day, actor, recipient, code)."),
    start: int | None = typer.Option(None, "--from-year", help="First year."),
    end: int | None = typer.Option(None, "--to-year", help="Last year."),
    fmt: SeriesFormat = typer.Option(SeriesFormat.table, "--format", "-f"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the table to this file."),
    chart: Path | None = typer.Option(None, "--chart", help="Also draw the series to FILE.svg or FILE.png."),
) -> None:
    """Event series of a pair: counts per PLOVER type and quad, Goldstein, cooperation–conflict index."""
    from bilateral.events.series import SERIES_COLUMNS, dyad_series

    df = dyad_series(a, b, freq=freq, directed=directed, engine=engine, start=start, end=end,  # type: ignore[arg-type]
                     sources=source or None, dedup=dedup)  # fmt: skip
    if chart:
        from bilateral.events.chart import save_chart

        save_chart(df, chart, f"{a} – {b} events per {freq}")
    if out and fmt == SeriesFormat.table:
        fmt = SeriesFormat.csv
    if fmt == SeriesFormat.parquet:
        if not out:
            raise BilateralError("--format parquet needs --out FILE.parquet")
        df.write_parquet(out)
        return
    cols = SERIES_COLUMNS if fmt != SeriesFormat.table else ["period", "events", "n_verbal_coop", "n_material_coop",
                                                           "n_verbal_conflict", "n_material_conflict", "n_neutral",
                                                           "goldstein_mean", "cci"]  # fmt: skip
    text = render_rows(df.to_dicts(), Format(fmt.value), title=f"{a} – {b} ({freq})", columns=cols)
    _emit(text, out)


def register(app: typer.Typer) -> None:
    """Add `bilateral events ...` and `bilateral series` to the main app."""
    app.add_typer(events_app, name="events")
    app.command("series")(series_cmd)
