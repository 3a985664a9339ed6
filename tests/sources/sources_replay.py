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
            # one request per connection, so that stopping the server really cuts clients off
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body if r.truncate is None else body[: r.truncate])
            self.wfile.flush()
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


def _col(i: int) -> str:
    s, i = "", i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets: dict[str, list[list[Any]]]) -> bytes:
    """A minimal .xlsx workbook (inline strings, numbers), enough for spreadsheet readers."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    def cell(r: int, c: int, v: Any) -> str:
        ref = f"{_col(c)}{r + 1}"
        if v is None:
            return ""
        if isinstance(v, int | float):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>'

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for k in range(1, len(sheets) + 1))
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   f'officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        names = "".join(f'<sheet name="{escape(n)}" sheetId="{k}" r:id="rId{k}"/>'
                        for k, n in enumerate(sheets, start=1))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}">'
                   f"<sheets>{names}</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{k}" Type="{rel}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                       for k in range(1, len(sheets) + 1))
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">{rels}</Relationships>')
        for k, rows in enumerate(sheets.values(), start=1):
            data = "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                           for r, row in enumerate(rows))
            z.writestr(f"xl/worksheets/sheet{k}.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}>'
                       f"<sheetData>{data}</sheetData></worksheet>")
    return buf.getvalue()
