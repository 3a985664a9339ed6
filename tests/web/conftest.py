"""The web tests' knowledge base (built once per worker, the corpus article ingested) and app."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def web_kb(ingested_kb: Path) -> Path:
    return ingested_kb


@pytest.fixture(scope="module")
def web_env(web_kb: Path) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(web_kb.parent))
        mp.delenv("BILATERAL_DB", raising=False)
        yield web_kb


@pytest.fixture(scope="module")
def web_app(web_env: Path):
    from bilateral.web.app import create_app

    return create_app(web_env)


@pytest.fixture(scope="module")
def client(web_app):
    from fastapi.testclient import TestClient

    with TestClient(web_app) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server(web_app) -> Iterator[str]:
    """The app in uvicorn on 127.0.0.1 in a background thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(web_app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
