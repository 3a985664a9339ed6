"""Kill `bilateral ingest` with SIGKILL in the middle of its transaction: the knowledge base must
hold the whole document or none of it (and, for a replacement, the whole old version).

The test-only hook `BILATERAL_TEST_INGEST_SLEEP` makes the ingest announce each table insert on
stderr and pause, so the kill lands after some rows were written inside the open transaction.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilateral.documents.ingest import RECORD_TABLES, TEST_SLEEP_ENV, ingest
from bilateral.store import reading

pytestmark = pytest.mark.slow


def _ingest_and_kill(path: Path, after_table: str, timeout: float = 60.0) -> list[str]:
    """Start `bilateral ingest PATH`, SIGKILL it once it reports inserting `after_table`."""
    env = {**os.environ, TEST_SLEEP_ENV: "1.5"}  # long enough for the kill to land first
    proc = subprocess.Popen([sys.executable, "-m", "bilateral.cli", "ingest", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            line = proc.stderr.readline()
            if not line:
                break
            seen.append(line.strip())
            if line.strip() == f"test-hook: inserted {after_table}":
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        if proc.poll() is None and not seen[-1:] == [f"test-hook: inserted {after_table}"]:
            proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert seen and seen[-1] == f"test-hook: inserted {after_table}", seen
    assert proc.returncode == -signal.SIGKILL
    return seen


def _counts() -> dict[str, dict[str, int]]:
    with reading() as con:
        out: dict[str, dict[str, int]] = {}
        for table in ("documents", *RECORD_TABLES):
            for doc_id, n in con.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id").fetchall():
                out.setdefault(doc_id, {})[table] = n
        return out


def test_kill_midway_leaves_nothing(kb: Path, shared: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes((shared / "corpus" / "belarus_russia.txt").read_bytes())
    seen = _ingest_and_kill(path, "doc_events")
    assert seen[:2] == ["test-hook: inserted documents", "test-hook: inserted doc_events"]
    assert _counts() == {}  # none of it
    report = ingest(path)  # and the next ingest is a clean "new", not "unchanged"
    assert report.status == "new"
    whole = _counts()[report.doc_id]
    assert whole == {"documents": 1, **{t: report.counts[t] for t in RECORD_TABLES if report.counts[t]}}


def test_kill_during_replacement_keeps_the_old_version(kb: Path, shared: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    text = (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    old = ingest(path)
    before = _counts()
    assert set(before) == {old.doc_id}
    path.write_text(text.replace("Several treaties", "Many treaties"), encoding="utf-8")
    _ingest_and_kill(path, "missions")  # old rows deleted and new ones partly inserted, uncommitted
    assert _counts() == before  # the whole old version, nothing of the new
    new = ingest(path)
    assert new.status == "replaced" and new.replaced == [old.doc_id]
    assert set(_counts()) == {new.doc_id}
