"""Files in, extractions and scores out: what `bilateral extract` and `bilateral eval` call.

Reading goes through `bilateral.documents.read.read_document` (plain text, the corpus rendering,
wikitext, HTML; missing, empty and binary files are an `InputFileError`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bilateral.documents.model import Document
from bilateral.errors import BilateralError, InputFileError
from bilateral.extract.gazetteer import resolve_name
from bilateral.extract.pipeline import extract
from bilateral.extract.records import Extraction
from bilateral.extract.scoring import combine, match_events, score_doc, span_of


def resolve_code(name: str) -> str:
    """An ISO alpha-3 code for a name or code given by the user."""
    if len(name) == 3 and name.isalpha() and name.isupper():
        return name
    code = resolve_name(name)
    if not code:
        raise BilateralError(f"unknown country {name!r}")
    return code


def read_file(path: Path) -> Document:
    """Read a document file with the shared dispatcher."""
    from bilateral.documents.read import read_document

    return read_document(path)


def extract_file(path: Path, *, pair: tuple[str, str] | None = None) -> tuple[Document, Extraction]:
    doc = read_file(path)
    return doc, extract(doc, pair=pair)


def _misses(gold: dict[str, Any], pred: dict[str, Any], text: str, name: str) -> list[str]:
    pairs, gold_events, pred_events = match_events(gold, pred, text)
    used_g = {g for g, _ in pairs}
    used_p = {p for _, p in pairs}
    lines = []
    for gi, (g, _) in enumerate(gold_events):
        if gi not in used_g:
            lines.append(f"  MISS {name}: {g.get('date')} {g.get('actors')} {g.get('plover')} | "
                         f"{g.get('evidence', '')[:100]}")  # fmt: skip
    for pi, (p, _) in enumerate(pred_events):
        if pi not in used_p:
            sp = span_of(p, text)
            snippet = text[sp[0] : sp[1]][:100] if sp else ""
            lines.append(f"  FALSE {name}: {p.get('date')} {p.get('actors')} {p.get('plover')} | {snippet}")
    return lines


def evaluate_dir(gold_dir: Path) -> dict[str, Any]:
    """Score every `<slug>.txt` + `<slug>.gold.json` pair: per-document metrics, totals, misses."""
    results, documents, misses = [], {}, []
    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        raise InputFileError(f"{gold_dir}: no <slug>.gold.json files")
    for gpath in golds:
        slug = gpath.name[: -len(".gold.json")]
        tpath = gold_dir / f"{slug}.txt"
        if not tpath.exists():
            raise InputFileError(f"{gpath}: no text file {tpath.name} beside it")
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputFileError(f"{gpath}: not valid JSON ({e})") from None
        text = tpath.read_text(encoding="utf-8")
        doc, result = extract_file(tpath, pair=tuple(gold["pair"]) if gold.get("pair") else None)
        pred = result.to_gold_json(doc.text)
        r = score_doc(gold, pred, text)
        results.append(r)
        documents[slug] = r
        misses += _misses(gold, pred, text, slug)
    return {"documents": documents, "total": combine(results), "misses": misses}
