"""Benchmark: document extraction throughput (sentences per second per core), issue 3.

Input: the synthetic news stories of ../shared/data/events/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip,
read as plain-text documents until at least 10,000 sentences. End-to-end = read_plaintext (paragraphs,
sentences) + extract (dates, actors, PLOVER events, missions, ties, figures). Baselines measured in
the same run: the sentence splitter alone and the reader alone. One process = one core; a second
run with two worker processes shows the 2-core figure.

    .venv/bin/python benchmarks/bench_extract.py [--sentences 10000]
"""

from __future__ import annotations

import argparse
import csv
import io
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bilateral.documents.plaintext import read_plaintext
from bilateral.documents.sentences import split_sentences
from bilateral.extract import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
STORIES = SHARED / "data/events/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip"


def load_stories(min_sentences: int) -> tuple[list[str], int]:
    with zipfile.ZipFile(STORIES) as zf:
        name = zf.namelist()[0]
        reader = csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8"))
        texts, n = [], 0
        for row in reader:
            text = row["text"].strip()
            if not text:
                continue
            texts.append(text)
            n += len(split_sentences(text))
            if n >= min_sentences:
                break
    return texts, n


def run_split(texts: list[str]) -> int:
    return sum(len(split_sentences(t)) for t in texts)


def run_read(texts: list[str]) -> int:
    return sum(len(read_plaintext(t).sentences) for t in texts)


def run_extract(texts: list[str]) -> int:
    events = 0
    for t in texts:
        events += len(extract(read_plaintext(t)).events)
    return events


def timed(fn, texts: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, result): CPU time gives the per-core rate even
    when other jobs share the machine."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn(texts)
    return time.perf_counter() - t0, time.process_time() - c0, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=10_000)
    args = ap.parse_args()
    texts, n = load_stories(args.sentences)
    extract(read_plaintext(texts[0]))  # warm the gazetteer and lexicon caches (built once per process)
    rows = []
    for label, fn in (("sentence splitter (baseline)", run_split), ("reader: read_plaintext (baseline)", run_read),
                      ("end-to-end: read + extract, 1 core", run_extract)):  # fmt: skip
        secs, cpu, _ = timed(fn, texts)
        rows.append((label, secs, n / secs, n / cpu))
    half = len(texts) // 2
    t0 = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(run_extract, [texts[:half], texts[half:]]))
    secs2 = time.perf_counter() - t0
    rows.append(("end-to-end: read + extract, 2 processes (incl. start-up)", secs2, n / secs2, float("nan")))
    base = rows[0][3]
    print(f"{len(texts)} documents, {n} sentences")
    print(f"{'stage':58} {'wall s':>7} {'sent/s wall':>12} {'sent/CPU-s':>11} {'vs splitter (CPU)':>18}")
    for label, secs, rate, cpu_rate in rows:
        if cpu_rate != cpu_rate:  # NaN: CPU time of worker processes is not measured
            print(f"{label:58} {secs:7.2f} {rate:12,.0f} {'-':>11} {'-':>18}")
        else:
            print(f"{label:58} {secs:7.2f} {rate:12,.0f} {cpu_rate:11,.0f} {cpu_rate / base:17.3f}x")


if __name__ == "__main__":
    main()
