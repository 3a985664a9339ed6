"""Replay server pieces shared by the live-source tests (imported by conftest and the tests)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Resp:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    truncate: int | None = None  # send only this many bytes of the body, then close
    ranges: bool = False  # answer a `Range: bytes=N-` request with 206 and the rest of the body

    @classmethod
    def json(cls, data: Any, status: int = 200, **headers: str) -> Resp:
        return cls(status, json.dumps(data, ensure_ascii=False).encode(), {"Content-Type": "application/json",
                                                                           **headers})


Match = Callable[[dict[str, str]], bool]


class Replay:
    """Routes `path` (+ an optional predicate on the query) to a queue of responses."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, Match | None, list[Any]]] = []
        self.requests: list[tuple[str, dict[str, str], dict[str, str]]] = []
        self.url = ""
        self.httpd: Any = None
        self.lock = threading.Lock()

    def add(self, path: str, *responses: Resp | Callable[[dict[str, str]], Resp], match: Match | None = None) -> None:
        """Answer `path` (where `match(query)` holds) with `responses` in turn (a callable builds the
        answer from the query); later adds take priority."""
        self.routes.insert(0, (path, match, list(responses)))

    def stop(self) -> None:
        """Take the server down (the network is gone)."""
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def clear(self) -> None:
        self.routes.clear()

    def hits(self, path: str) -> int:
        return sum(1 for p, _, _ in self.requests if p == path)

    def answer(self, path: str, query: dict[str, str]) -> Resp:
        with self.lock:
            for p, match, queue in self.routes:
                if p == path and (match is None or match(query)):
                    r = queue.pop(0) if len(queue) > 1 else queue[0]
                    return r(query) if callable(r) else r
        return Resp(404, b'{"error": "not found"}')


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            replay.requests.append((parts.path, query, dict(self.headers)))
            r = replay.answer(parts.path, query)
            body, status = r.body, r.status
            rng = self.headers.get("Range", "")
            if r.ranges and rng.startswith("bytes=") and rng.endswith("-"):
                start = int(rng[6:-1])
                body, status = body[start:], 206
            self.send_response(status)
            for k, v in r.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            if r.truncate is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body if r.truncate is None else body[: r.truncate])
            self.wfile.flush()
            if r.truncate is not None:
                self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


def kb_counts(*tables: str) -> dict[str, int]:
    from bilateral.store import reading

    with reading() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


ALL_TABLES = ("documents", "doc_events", "missions", "memberships", "facts", "indicators", "source_log",
              "figures", "doc_organisations", "doc_borders")
