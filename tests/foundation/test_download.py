"""The shared downloader against a real HTTP server on 127.0.0.1: cache, checksum, resume, retries."""

from __future__ import annotations

import hashlib
import http.server
import threading
from pathlib import Path

import pytest

from bilateral.download import fetch, file_digest
from bilateral.errors import DownloadError

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB of known bytes


class Handler(http.server.BaseHTTPRequestHandler):
    script: dict[str, list] = {}  # path -> list of responses to play in order (then the last repeats)
    seen: list[tuple[str, str | None]] = []

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.seen.append((self.path, self.headers.get("Range")))
        plan = self.script.get(self.path, [("ok",)])
        step = plan.pop(0) if len(plan) > 1 else plan[0]
        kind = step[0]
        if kind == "status":
            self.send_response(step[1])
            for k, v in step[2].items():
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = PAYLOAD
        if kind == "truncate":
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 3])
            self.wfile.flush()
            self.close_connection = True
            return
        rng = self.headers.get("Range")
        if rng and kind == "ok":
            start = int(rng.split("=")[1].split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            self.send_header("Content-Length", str(len(body) - start))
            self.end_headers()
            self.wfile.write(body[start:])
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    Handler.script = {}
    Handler.seen = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


SHA = hashlib.sha256(PAYLOAD).hexdigest()
MD5 = hashlib.md5(PAYLOAD).hexdigest()


def test_fetch_verifies_and_caches(server: str, tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    r1 = fetch(f"{server}/f.bin", target, checksum=SHA, progress=False)
    assert not r1.from_cache and target.read_bytes() == PAYLOAD and r1.checksum == f"sha256:{SHA}"
    r2 = fetch(f"{server}/f.bin", target, checksum=SHA, progress=False)
    assert r2.from_cache
    assert len(Handler.seen) == 1  # the second call did not hit the server


def test_md5_mismatch_is_rejected_and_nothing_kept(server: str, tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    with pytest.raises(DownloadError, match="checksum mismatch"):
        fetch(f"{server}/f.bin", target, checksum="0" * 32, algo="md5", progress=False)
    assert not target.exists() and not target.with_name("f.bin.part").exists()
    assert fetch(f"{server}/f.bin", target, checksum=MD5, algo="md5", progress=False).bytes == len(PAYLOAD)


def test_resume_sends_range_and_completes(server: str, tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    target.with_name("f.bin.part").write_bytes(PAYLOAD[:1000])
    fetch(f"{server}/f.bin", target, checksum=SHA, progress=False)
    assert Handler.seen == [("/f.bin", "bytes=1000-")]
    assert file_digest(target) == SHA


def test_429_retry_after_is_honoured(server: str, tmp_path: Path) -> None:
    Handler.script["/r.bin"] = [("status", 429, {"Retry-After": "7"}), ("status", 503, {}), ("ok",)]
    waits: list[float] = []
    fetch(f"{server}/r.bin", tmp_path / "r.bin", checksum=SHA, progress=False, sleep=waits.append)
    assert waits[0] == 7.0  # the server's Retry-After, not our own backoff
    assert len(waits) == 2 and len(Handler.seen) == 3


def test_persistent_500_and_404_give_clear_errors(server: str, tmp_path: Path) -> None:
    Handler.script["/bad"] = [("status", 500, {})]
    with pytest.raises(DownloadError, match=r"/bad: HTTP 500 after 3 attempts"):
        fetch(f"{server}/bad", tmp_path / "bad", retries=2, progress=False, sleep=lambda s: None)
    Handler.script["/missing"] = [("status", 404, {})]
    with pytest.raises(DownloadError, match="HTTP 404"):
        fetch(f"{server}/missing", tmp_path / "missing", progress=False)
    assert not (tmp_path / "bad").exists() and not (tmp_path / "missing").exists()


def test_truncated_body_is_resumed(server: str, tmp_path: Path) -> None:
    Handler.script["/t.bin"] = [("truncate",), ("ok",)]
    target = tmp_path / "t.bin"
    fetch(f"{server}/t.bin", target, checksum=SHA, progress=False, sleep=lambda s: None)
    assert file_digest(target) == SHA
    assert Handler.seen[1][1] is not None and Handler.seen[1][1].startswith("bytes=")
