"""The cached GET under every live source: politeness, errors, cache, offline fallback, resume."""

from __future__ import annotations

import json

import pytest
from sources_replay import Replay, Resp

from bilateral.download import USER_AGENT
from bilateral.errors import DownloadError
from bilateral.sources import http


def _get(server: Replay, path: str = "/api", **kw):
    return http.get(server.url + path, params={"q": "x"}, cache="test", validate=http.parse_json,
                    **kw)


def test_answer_is_cached_with_time_and_user_agent(tmp_home, server: Replay, no_sleep) -> None:
    server.add("/api", Resp.json({"answer": 42}))
    ans = _get(server)
    assert ans.json() == {"answer": 42} and not ans.from_cache and ans.note is None
    assert ans.url == server.url + "/api?q=x"
    path, query, headers = server.requests[-1]
    assert headers["User-Agent"] == USER_AGENT and "bilateral" in USER_AGENT
    meta = json.loads(ans.path.with_suffix(".meta.json").read_text())
    assert meta["url"] == ans.url and meta["fetched_at"] == ans.fetched_at.isoformat()
    assert ans.path.parent == tmp_home / "cache" / "test"
    # max_age: a young cached answer is used without asking the server again
    again = _get(server, max_age=3600)
    assert again.from_cache and again.json() == {"answer": 42} and server.hits("/api") == 1
    # default: always ask, and the new answer replaces the old
    server.add("/api", Resp.json({"answer": 43}))
    assert _get(server).json() == {"answer": 43} and server.hits("/api") == 2


def test_429_retry_after_is_honoured(tmp_home, server: Replay, no_sleep: list[float]) -> None:
    server.add("/api", Resp(429, b"slow down", {"Retry-After": "7"}), Resp.json({"ok": True}))
    ans = _get(server)
    assert ans.json() == {"ok": True} and server.hits("/api") == 2
    assert no_sleep == [7.0]


def test_500_retries_with_backoff_then_fails_clearly(tmp_home, server: Replay, no_sleep: list[float]) -> None:
    server.add("/api", Resp(500, b"oops"))
    with pytest.raises(DownloadError) as e:
        _get(server, retries=3, backoff=0.5)
    assert "HTTP 500" in str(e.value) and server.url in str(e.value) and "\n" not in str(e.value)
    assert no_sleep == [0.5, 1.0, 2.0] and server.hits("/api") == 4


@pytest.mark.parametrize(
    "resp, words",
    [
        (Resp(404, b"no such thing"), "HTTP 404"),
        (Resp(200, b'{"answer": 4'), "malformed JSON"),
        (Resp(200, b'{"answer": 42, "more": "' + b"x" * 5000 + b'"}', truncate=100), "truncated"),
        (Resp(200, b""), "empty answer"),
    ],
)
def test_errors_are_one_line_and_not_cached(tmp_home, server: Replay, no_sleep, resp: Resp, words: str) -> None:
    server.add("/api", resp)
    with pytest.raises(DownloadError) as e:
        _get(server, retries=1)
    msg = str(e.value)
    assert words in msg and "\n" not in msg and "/api" in msg
    assert http.cached(server.url + "/api?q=x", "test") is None


def test_failure_falls_back_to_cache_with_a_note(tmp_home, server: Replay, no_sleep) -> None:
    server.add("/api", Resp.json({"answer": 42}))
    first = _get(server)
    for bad in (Resp(500, b""), Resp(200, b"not json"), Resp(404, b"")):
        server.add("/api", bad)
        ans = _get(server, retries=0)
        assert ans.from_cache and ans.json() == {"answer": 42}
        assert ans.fetched_at == first.fetched_at
        assert ans.note and "using the cached answer from" in ans.note


def test_offline_uses_cache_only(tmp_home, server: Replay, no_sleep) -> None:
    with pytest.raises(DownloadError, match="offline and nothing cached"):
        _get(server, offline=True)
    assert server.requests == []
    server.add("/api", Resp.json([1, 2]))
    _get(server)
    server.clear()
    assert _get(server, offline=True).json() == [1, 2] and server.hits("/api") == 1


def test_network_down_uses_cache(tmp_home, server: Replay, no_sleep) -> None:
    server.add("/api", Resp.json({"v": 1}))
    _get(server)
    server.stop()
    ans = _get(server, retries=0)
    assert ans.from_cache and ans.json() == {"v": 1} and "ConnectError" in ans.note
    with pytest.raises(DownloadError, match="ConnectError"):
        http.get(server.url + "/other", cache="test", retries=0)


def test_truncated_body_is_resumed(tmp_home, server: Replay, no_sleep) -> None:
    body = json.dumps({"rows": list(range(100_000))}).encode()
    assert len(body) > 300_000
    # The first answer is cut off after 200 kB; the retry asks for the rest with a Range request.
    server.add("/api", Resp(200, body, truncate=200_000), Resp(200, body, ranges=True))
    ans = _get(server)
    assert ans.json() == {"rows": list(range(100_000))}
    rng = server.requests[1][2].get("Range", "")
    assert rng.startswith("bytes=") and 0 < int(rng[6:-1]) <= 200_000
