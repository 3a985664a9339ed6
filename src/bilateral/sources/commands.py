"""CLI of live sources: `bilateral fetch wikipedia|wikidata|indicators` and `bilateral sources`.

Commands only resolve the states, call the library and print what happened; every note about a
cached answer standing in for a failed fetch goes to stderr so that `--format json` stays clean.
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from bilateral.errors import BilateralError
from bilateral.output import Format, render_rows

fetch_app = typer.Typer(help="Fetch live sources (Wikipedia, Wikidata, World Bank/UNDP) into the knowledge base.",
                        no_args_is_help=True)

DAY = 24 * 3600.0


def _state(q: str) -> tuple[str, str]:
    from bilateral.countries import resolve

    c = resolve(q)
    return c.iso3, c.name


def _pair(a: str, b: str) -> tuple[tuple[str, str], tuple[str, str]]:
    sa, sb = _state(a), _state(b)
    if sa[0] == sb[0]:
        raise BilateralError(f"{a!r} and {b!r} are the same country ({sa[1]}); give two different states")
    return sa, sb


def _emit(rows: list[dict[str, Any]], fmt: Format, title: str, notes: list[str]) -> None:
    for n in notes:
        print(f"note: {n}", file=sys.stderr)
    text = render_rows(rows, fmt, title=title)
    if text is not None:
        sys.stdout.write(text)


@fetch_app.command("wikipedia")
def fetch_wikipedia_cmd(
    a: str = typer.Argument(..., help="First state (name, code or demonym)."),
    b: str = typer.Argument(..., help="Second state."),
    lang: str = typer.Option("en", "--lang", help="Wikipedia language edition."),
    api_url: str = typer.Option(None, "--api-url", help="MediaWiki API URL ({lang} is filled in); "
                                "default $BILATERAL_WIKIPEDIA_API or https://{lang}.wikipedia.org/w/api.php."),
    offline: bool = typer.Option(False, "--offline", help="Use only cached answers."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Find the pair's "A–B relations" article, download its latest revision and ingest it."""
    from bilateral.sources.articles import fetch_wikipedia

    if not lang.replace("-", "").isalnum():
        raise BilateralError(f"--lang {lang!r} is not a Wikipedia language code (e.g. en, de, ru)")
    sa, sb = _pair(a, b)
    r = fetch_wikipedia(sa, sb, lang=lang, api_url=api_url, offline=offline, progress=sys.stderr.isatty())
    records = ", ".join(f"{n} {t.removeprefix('doc_')}" for t, n in r.counts.items())
    row = {"title": r.title, "revision": r.revid, "timestamp": r.timestamp, "status": r.status,
           "records": records, "source": r.source, "fetched_at": r.fetched_at.isoformat(timespec="seconds")}
    _emit([row], fmt, "Wikipedia", r.notes)


@fetch_app.command("wikidata")
def fetch_wikidata_cmd(
    a: str = typer.Argument(None, help="First state (omit with --all)."),
    b: str = typer.Argument(None, help="Second state."),
    all_: bool = typer.Option(False, "--all", help="Every state, in batches."),
    batch_size: int = typer.Option(20, "--batch-size", min=1, max=100, help="States per query with --all."),
    endpoint: str = typer.Option(None, "--endpoint", help="SPARQL endpoint; default $BILATERAL_WIKIDATA_SPARQL "
                                 "or https://query.wikidata.org/sparql."),
    refresh: bool = typer.Option(False, "--refresh", help="With --all: ignore batches cached in the last day."),
    offline: bool = typer.Option(False, "--offline", help="Use only cached answers."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Diplomatic missions, relations and organisation memberships from Wikidata."""
    from bilateral.sources import wikidata_fetch

    if all_ and (a or b):
        raise BilateralError("give either two states or --all, not both")
    if all_:
        r = wikidata_fetch.fetch_all(endpoint=endpoint, batch_size=batch_size, offline=offline, refresh=refresh,
                                     progress=sys.stderr.isatty())
    else:
        if not (a and b):
            raise BilateralError("give two states (e.g. `bilateral fetch wikidata Belarus Russia`) or --all")
        (ia, _), (ib, _) = _pair(a, b)
        r = wikidata_fetch.fetch_pair(ia, ib, endpoint=endpoint, offline=offline, progress=sys.stderr.isatty())
    row = {"scope": r.scope, "missions": r.missions, "relations": r.relations, "memberships": r.memberships,
           "unmapped_orgs": r.unmapped_orgs, "requests": r.requests, "cached": r.from_cache,
           "fetched_at": r.fetched_at.isoformat(timespec="seconds")}
    _emit([row], fmt, "Wikidata", r.notes)


@fetch_app.command("indicators")
def fetch_indicators_cmd(
    only: str = typer.Option(None, "--only", help="worldbank, hdi or migrants (default: all three)."),
    first_year: int = typer.Option(1990, "--from", help="First year of World Bank series."),
    last_year: int = typer.Option(None, "--to", help="Last year (default: this year)."),
    wb_url: str = typer.Option(None, "--worldbank-url", help="World Bank API v2 base URL; default "
                               "$BILATERAL_WORLDBANK_API or https://api.worldbank.org/v2."),
    hdr_url: str = typer.Option(None, "--hdr-url",
                                help="UNDP HDR composite indices CSV URL; default $BILATERAL_HDR_CSV."),
    desa_url: str = typer.Option(None, "--desa-url",
                                 help="UN DESA migrant stock workbook URL; default $BILATERAL_DESA_XLSX."),
    refresh: bool = typer.Option(False, "--refresh", help="Ignore answers cached in the last day."),
    offline: bool = typer.Option(False, "--offline", help="Use only cached answers."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """GDP, population, trade (World Bank), HDI (UNDP) and migrant stock (UN DESA) for every state."""
    from bilateral.sources.indicators import SOURCES, fetch_indicators

    choices: dict[str | None, tuple[str, ...]] = {s: (s,) for s in SOURCES}
    choices[None] = SOURCES
    if only not in choices:
        raise BilateralError(f"--only {only!r}: expected one of {', '.join(SOURCES)}")
    if last_year is not None and last_year < first_year:
        raise BilateralError(f"--to {last_year} is before --from {first_year}")
    r = fetch_indicators(which=choices[only], first_year=first_year, last_year=last_year, wb_url=wb_url,
                         hdr_url=hdr_url, desa_url=desa_url, offline=offline, refresh=refresh, max_age=DAY,
                         progress=sys.stderr.isatty())
    _emit(r.series, fmt, "Indicators", r.notes)


def sources_cmd(
    fmt: Format = typer.Option(Format.table, "--format"),
    log: bool = typer.Option(False, "--log", help="List the latest fetches instead."),
) -> None:
    """What the knowledge base holds from which source, and when it was fetched."""
    from bilateral.sources.log import holdings, recent
    from bilateral.store import reading

    with reading() as con:
        rows = recent(con) if log else holdings(con)
    _emit(rows, fmt, "Fetch log" if log else "Sources", [])


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
    app.add_typer(fetch_app, name="fetch")
    app.command("sources")(sources_cmd)
