"""`bilateral fetch wikidata`: query Wikidata for a pair (or every state, batched) and store the rows.

All queries run first; the knowledge base is written only when every answer arrived and parsed, in
one transaction that replaces the earlier Wikidata rows of the same scope. A failed fetch therefore
leaves the knowledge base as it was. For `--all`, each batch's answer is cached, and a rerun within
`BATCH_MAX_AGE` reuses the batches already fetched, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from bilateral.sources import http, wikidata
from bilateral.sources.kbwrite import insert_rows
from bilateral.sources.log import log_fetch
from bilateral.sources.wikidata import WikidataRows
from bilateral.store import reading, transaction

BATCH_SIZE = 20
BATCH_MAX_AGE = 24 * 3600.0  # seconds a batch answer is reused by a resumed `--all` run
PAUSE = 1.0  # seconds between batch requests: the query service asks clients not to hammer it


@dataclass
class WikidataReport:
    scope: str  # "BLR-RUS" or "all"
    missions: int
    relations: int
    memberships: int
    unmapped_orgs: int
    requests: int
    from_cache: int
    fetched_at: dt.datetime
    notes: list[str] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)


def _all_states() -> list[str]:
    with reading() as con:
        return [r[0] for r in con.execute("SELECT iso3 FROM countries ORDER BY iso3").fetchall()]


def _write(rows: WikidataRows, scope: str, pair: tuple[str, str] | None) -> dict[str, int]:
    """Replace the Wikidata rows of this scope with `rows`, in one transaction."""
    src = wikidata.SOURCE
    fetched_at = max((a.fetched_at for a in rows.answers), default=dt.datetime.now(dt.UTC))
    with transaction() as con:
        if pair:
            a, b = pair
            deletes = {
                "missions": ("DELETE FROM missions WHERE source = ? AND ((sender = ? AND receiver = ?) "
                             "OR (sender = ? AND receiver = ?))", [src, a, b, b, a]),
                "memberships": ("DELETE FROM memberships WHERE source = ? AND iso3 IN (?, ?)", [src, a, b]),
                "facts": ("DELETE FROM facts WHERE source = ? AND field = 'diplomatic_relations' AND "
                          "((iso3 = ? AND name = ?) OR (iso3 = ? AND name = ?))", [src, a, b, b, a]),
            }
        else:
            deletes = {
                "missions": ("DELETE FROM missions WHERE source = ?", [src]),
                "memberships": ("DELETE FROM memberships WHERE source = ?", [src]),
                "facts": ("DELETE FROM facts WHERE source = ? AND field = 'diplomatic_relations'", [src]),
            }
        removed = {}
        for table, (sql, params) in deletes.items():
            removed[table] = _count_then_delete(con, sql, params)
        insert_rows(con, "missions", rows.missions)
        insert_rows(con, "memberships", rows.memberships)
        insert_rows(con, "facts", rows.relations)
        log_fetch(con, src, scope, fetched_at, missions=len(rows.missions), relations=len(rows.relations),
                  memberships=len(rows.memberships), requests=len(rows.answers),
                  urls=[a.url for a in rows.answers][:3])
    return removed


def _count_then_delete(con: Any, sql: str, params: list[Any]) -> int:
    count_sql = "SELECT count(*) " + sql[len("DELETE "):]
    n = con.execute(count_sql, params).fetchone()[0]
    con.execute(sql, params)
    return int(n)


def _report(rows: WikidataRows, scope: str, removed: dict[str, int]) -> WikidataReport:
    notes = list(dict.fromkeys(a.note for a in rows.answers if a.note))
    fetched = max((a.fetched_at for a in rows.answers), default=dt.datetime.now(dt.UTC))
    return WikidataReport(scope, len(rows.missions), len(rows.relations), len(rows.memberships),
                          len(rows.unmapped_orgs), len(rows.answers), sum(a.from_cache for a in rows.answers),
                          fetched, notes, removed)


def fetch_pair(a: str, b: str, *, endpoint: str | None = None, offline: bool = False,
               **get_kw: Any) -> WikidataReport:
    """Missions between `a` and `b` (both ways), their diplomatic relation and both states' memberships."""
    rows = wikidata.fetch_rows([a, b], [a, b], endpoint=endpoint, offline=offline, **get_kw)
    # The pair query also returns each side's relation with itself filtered out; keep only a<->b.
    rows.relations = [r for r in rows.relations if {r[0], r[8]} == {a, b}]
    scope = f"{a}-{b}"
    removed = _write(rows, scope, (a, b))
    return _report(rows, scope, removed)


def fetch_all(
    *, endpoint: str | None = None, batch_size: int = BATCH_SIZE, offline: bool = False, refresh: bool = False,
    pause: float = PAUSE, progress: bool = True, states: list[str] | None = None,
    sleep: Callable[[float], None] | None = None, **get_kw: Any,
) -> WikidataReport:
    """Every state's missions, relations and memberships, `batch_size` states per query."""
    sleep = sleep or http._pause
    states = states or _all_states()
    batches = [states[i:i + batch_size] for i in range(0, len(states), batch_size)]
    rows = WikidataRows()
    with Progress(TextColumn("[bold]Wikidata"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), disable=not progress, transient=True) as bar:
        task = bar.add_task("", total=len(batches) * 3)
        for batch in batches:
            bar.update(task, description=f"{batch[0]}–{batch[-1]}")
            part = wikidata.fetch_rows(batch, None, endpoint=endpoint, offline=offline, refresh=refresh,
                                       max_age=BATCH_MAX_AGE, on_query=lambda _: bar.advance(task),
                                       sleep=sleep, **get_kw)
            rows.extend(part)
            if pause and not all(a.from_cache for a in part.answers):
                sleep(pause)
    removed = _write(rows, "all", None)
    return _report(rows, "all", removed)
