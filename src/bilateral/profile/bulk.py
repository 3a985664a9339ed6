"""`bilateral profile --all`: the profile of every pair of UN members, one file per pair.

Why this shape: 193 members make 18,528 unordered pairs. The reference tables are read once
(`KB.load`) before the worker processes fork, so every worker answers its pairs from memory and
opens its own read-only connection only for pairs that have documents. Files are written as
`<A>-<B>.<ext>` with the codes in alphabetical order, plus `index.json` (pair, title, file,
empty sections) written last, so a directory with an index is a complete run.
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilateral.errors import InputFileError
from bilateral.profile.kb import KB

_KB: KB | None = None  # set in the parent before forking; workers inherit it
_CON: Any = None


@dataclass(frozen=True)
class BulkReport:
    pairs: int
    seconds: float
    out: Path
    workers: int


def un_pairs(kb: KB, limit: int | None = None) -> list[tuple[str, str]]:
    """Unordered pairs of UN members (codes in alphabetical order), optionally only the first `limit`."""
    members = sorted(iso for iso, c in kb.countries.items() if c.get("un_member"))
    pairs = list(itertools.combinations(members, 2))
    return pairs[:limit] if limit else pairs


def _renderer(fmt: str) -> tuple[Callable[[Any], str], str]:
    from bilateral.profile import render_text, render_wiki

    table: dict[str, tuple[Callable[[Any], str], str]] = {
        "json": (lambda p: json.dumps(p.to_dict(), ensure_ascii=False, default=str), "json"),
        "md": (render_text.to_markdown, "md"),
        "wikitext": (render_wiki.to_wikitext, "wiki"),
    }
    if fmt not in table:
        raise InputFileError(f"--all supports --format json, md or wikitext, not {fmt!r}")
    return table[fmt]


def _connection() -> Any:
    global _CON
    if _CON is None:
        from bilateral.store import connect

        _CON = connect(read_only=True)
    return _CON


def _work(job: tuple[list[tuple[str, str]], str, str]) -> list[dict[str, Any]]:
    from bilateral.profile.assemble import assemble_from

    pairs, fmt, out = job
    render, ext = _renderer(fmt)
    assert _KB is not None
    index = []
    for a, b in pairs:
        con = _connection() if _KB.has_documents(a, b) else None
        profile = assemble_from(_KB, con, a, b, with_series=False)
        name = f"{a}-{b}.{ext}"
        Path(out, name).write_text(render(profile), encoding="utf-8")
        index.append({"pair": [a, b], "title": profile.title, "file": name,
                      "empty_sections": [s.key for s in profile.sections if s.empty]})
    return index


def _chunks(pairs: list[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    for i in range(0, len(pairs), size):
        yield pairs[i:i + size]


def render_all(out: Path, fmt: str = "json", *, workers: int | None = None, limit: int | None = None,
               pairs: list[tuple[str, str]] | None = None,
               progress: Callable[[int], None] | None = None) -> BulkReport:
    """Write the profile of every UN-member pair (or of `pairs`) to `out`; `progress(n)` is called
    as chunks finish."""
    global _KB
    from bilateral.store import reading

    _renderer(fmt)  # fail early on a bad format
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputFileError(f"--out {out} exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with reading() as con:
        _KB = KB.load(con)
    pairs = [tuple(sorted(p)) for p in pairs] if pairs is not None else un_pairs(_KB, limit)
    workers = workers or min(2, os.cpu_count() or 1)
    jobs = [(chunk, fmt, str(out)) for chunk in _chunks(pairs, 200)]
    index: list[dict[str, Any]] = []
    try:
        if workers > 1:
            import multiprocessing

            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
                for part in pool.map(_work, jobs):
                    index += part
                    if progress:
                        progress(len(part))
        else:
            for job in jobs:
                part = _work(job)
                index += part
                if progress:
                    progress(len(part))
    finally:
        _KB = None
    (out / "index.json").write_text(json.dumps({"format": fmt, "pairs": index}, ensure_ascii=False), "utf-8")
    return BulkReport(len(index), time.perf_counter() - start, out, workers)


def pair_count(limit: int | None = None) -> int:
    """How many pairs `render_all` will write (for the progress bar's total)."""
    from bilateral.store import reading

    with reading() as con:
        n = con.execute("SELECT count(*) FROM countries WHERE un_member").fetchone()[0]
    total = n * (n - 1) // 2
    return min(total, limit) if limit else total
