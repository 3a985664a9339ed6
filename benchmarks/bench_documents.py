"""Readers and ingest (issue 3, parts 1 and 3), each against a baseline measured in the same run.

Readers: the corpus article (`../shared/corpus/belarus_russia.txt`) repeated 20 times (about
290 KB, ~1,800 sentences), read as the corpus rendering (`read_plaintext`, the baseline), as
MediaWiki wikitext and as HTML built from it (the same builders the tests use), and decoded from
cp1252 bytes (charset detection); `mwparserfromhell.parse` alone is the floor of the wikitext
reader. Ingest: reading + extraction alone (baseline) against a full `ingest` into a fresh
knowledge base, and the re-ingest of unchanged content (the idempotence check).

    .venv/bin/python benchmarks/bench_documents.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchtime import median_time as timed

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))




def main(repeat: int = 5, copies: int = 20) -> None:
    from bilateral.documents.plaintext import read_plaintext
    from bilateral.documents.read import read_document, read_text
    from documents.markup import corpus_to_html, corpus_to_wikitext

    article = (SHARED / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")
    head, body = article.split("\n", 1)
    big = head + "\n" + body * copies
    wiki, page = corpus_to_wikitext(big), corpus_to_html(big)
    cp1252 = big.encode("cp1252", "ignore")
    n_sent = len(read_plaintext(big).sentences)
    rows = []
    base = timed(lambda: read_plaintext(big), repeat)
    rows.append(("read_plaintext (baseline)", len(big), base))
    rows.append(("read_document, cp1252 bytes (detect + decode + read)", len(cp1252),
                 timed(lambda: read_document(cp1252), repeat)))  # fmt: skip
    import mwparserfromhell

    rows.append(("mwparserfromhell.parse alone (floor of the wikitext reader)", len(wiki),
                 timed(lambda: mwparserfromhell.parse(wiki), repeat)))  # fmt: skip
    rows.append(("read_text(kind=mediawiki)", len(wiki), timed(lambda: read_text(wiki, kind="mediawiki"), repeat)))
    rows.append(("read_text(kind=html)", len(page), timed(lambda: read_text(page, kind="html"), repeat)))
    print(f"Readers: corpus article x{copies} = {len(big):,} chars of rendering, {n_sent:,} sentences; "
          f"median of {repeat}")  # fmt: skip
    print(f"| {'what':<60} | {'input chars':>11} | {'s':>7} | {'sentences/s':>11} | {'x baseline':>10} |")
    print(f"|{'-' * 62}|{'-' * 13}|{'-' * 9}|{'-' * 13}|{'-' * 12}|")
    for what, size, t in rows:
        print(f"| {what:<60} | {size:>11,} | {t:>7.3f} | {n_sent / t:>11,.0f} | {t / base:>10.2f} |")
    bench_ingest(repeat)


def bench_ingest(repeat: int) -> None:
    from bilateral.documents.ingest import ingest
    from bilateral.documents.read import read_document
    from bilateral.extract import extract
    from bilateral.store import build_database

    corpus = SHARED / "corpus" / "belarus_russia.txt"
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.duckdb"
        build_database(empty)
        db = Path(tmp) / "kb.duckdb"
        os.environ["BILATERAL_HOME"] = tmp

        def read_extract() -> None:
            extract(read_document(corpus))

        def fresh_ingest() -> None:
            shutil.copyfile(empty, db)
            Path(str(db) + ".wal").unlink(missing_ok=True)
            ingest(corpus, db=db)

        base = timed(read_extract, repeat)
        full = timed(fresh_ingest, repeat)
        again = timed(lambda: ingest(corpus, db=db), repeat)
        n = read_document(corpus)
        print(f"\nIngest of the corpus article ({len(n.sentences)} sentences); median of {repeat}")
        print(f"| {'what':<60} | {'s':>7} | {'x baseline':>10} |")
        print(f"|{'-' * 62}|{'-' * 9}|{'-' * 12}|")
        print(f"| {'read + extract, no storage (baseline)':<60} | {base:>7.3f} | {1:>10.2f} |")
        print(f"| {'ingest: read + extract + one transaction (new)':<60} | {full:>7.3f} | {full / base:>10.2f} |")
        print(f"| {'ingest again: unchanged (read + hash lookup)':<60} | {again:>7.3f} | {again / base:>10.2f} |")


if __name__ == "__main__":
    main()
