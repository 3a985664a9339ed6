"""CLI: `bilateral extract FILE` and `bilateral eval GOLD_DIR` (registered by `bilateral.cli`).

Both only parse arguments and render; reading is `bilateral.documents`, extracting and scoring
are `bilateral.extract`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from bilateral.errors import BilateralError, InputFileError
from bilateral.output import Format, render_rows


def _parse_pair(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    from bilateral.extract.evaluate import resolve_code

    parts = [p for p in value.replace(",", " ").split() if p]
    if len(parts) != 2:
        raise BilateralError(f"--pair {value!r}: give two states, e.g. --pair 'BLR,RUS'")
    return resolve_code(parts[0]), resolve_code(parts[1])


def _emit(text: str | None) -> None:
    if text is not None:
        typer.echo(text, nl=not text.endswith("\n"))


def extract_command(
    file: Path = typer.Argument(..., help="A document: plain text, the corpus wiki-text rendering, wikitext or HTML."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | json (gold schema) | csv | md | wikitext"),
    pair: str = typer.Option(None, "--pair", help="The two states, e.g. 'BLR,RUS' (default: from the title)."),
) -> None:
    """Extract dated, typed events, missions, shared organisations, border and figures from FILE."""
    from bilateral.extract.evaluate import extract_file

    doc, result = extract_file(file, pair=_parse_pair(pair))
    gold = result.to_gold_json(doc.text)
    if fmt == Format.json:
        _emit(json.dumps(gold, ensure_ascii=False, indent=2))
        return
    rows = [
        {"date": e["date"], "type": e["plover"], "quad": e["quad"], "actors": " ".join(e["actors"]),
         "evidence": e["evidence"] if fmt != Format.table else _short(e["evidence"])}
        for e in gold["events"]
    ]  # fmt: skip
    _emit(render_rows(rows, fmt, title=f"{gold['title'] or file.name}: events",
                      columns=["date", "type", "quad", "actors", "evidence"]))  # fmt: skip
    if fmt != Format.table:
        return
    if gold["missions"]:
        render_rows(gold["missions"], fmt, title="Missions")
    if gold["figures"]:
        render_rows([{k: f[k] for k in ("what", "value", "unit", "year")} for f in gold["figures"]], fmt,
                    title="Figures")  # fmt: skip
    console = Console()
    console.print(f"Organisations both belong to: {', '.join(gold['organizations']) or '—'}")
    border = {True: "yes", False: "no", None: "not stated"}[gold["border"]]
    console.print(f"Shared border: {border}")
    for w in doc.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def eval_command(
    gold_dir: Path = typer.Argument(..., help="Directory with <slug>.txt and <slug>.gold.json pairs."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | json | csv | md | wikitext"),
    show: bool = typer.Option(False, "--show", help="List every missed gold event and every false hit."),
) -> None:
    """Score the extractor on every <slug>.txt + <slug>.gold.json pair in GOLD_DIR."""
    from bilateral.extract.evaluate import evaluate_dir

    if not gold_dir.is_dir():
        raise InputFileError(f"{gold_dir}: not a directory")
    report = evaluate_dir(gold_dir)
    if show:
        for line in report["misses"]:
            typer.echo(line)
    total = report["total"]
    if fmt == Format.json:
        _emit(json.dumps({"documents": report["documents"], "total": total}, indent=2))
        return
    rows: list[dict[str, Any]] = []
    for key in ("events", "missions", "missions_any_kind", "organizations", "figures"):
        m = total[key]
        rows.append({"metric": key, "precision": m["precision"], "recall": m["recall"], "f1": m["f1"],
                     "tp": m["tp"], "pred": m["pred"], "gold": m["gold"]})  # fmt: skip
    for k, v in total["matched_agree"].items():
        rows.append({"metric": f"matched events: {k}", "precision": None, "recall": None, "f1": v})
    rows.append({"metric": "border correct", "f1": f"{total['border_correct']}/{total['documents']}"})
    _emit(render_rows(rows, fmt, title=f"Extraction scores on {total['documents']} document(s) in {gold_dir}",
                      columns=["metric", "precision", "recall", "f1", "tp", "pred", "gold"]))  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
