"""Wikipedia: find the relations article through the Action API, ingest its revision, cite it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sources_replay import ALL_TABLES, Replay, Resp, kb_counts

from bilateral.cli import main
from bilateral.errors import BilateralError, DownloadError
from bilateral.sources import wikipedia
from bilateral.sources.articles import fetch_wikipedia
from bilateral.store import reading

TITLE = "Belarus–Russia relations"
BLR, RUS = ("BLR", "Belarus"), ("RUS", "Russia")
API = "/en/w/api.php"


def corpus_wikitext(shared: Path) -> str:
    """The corpus article (a plain rendering) turned back into MediaWiki wikitext."""
    lines = (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    i = 1  # the "= Title =" line is not part of an article's wikitext
    table: list[list[str]] = []
    while i < len(lines):
        line = lines[i]
        if line == "Infobox":
            out.append("{{Infobox bilateral relations")
            i += 1
            while i < len(lines) and lines[i].startswith("- "):
                key, _, value = lines[i][2:].partition(": ")
                out.append(f"| {key.lower()} = {value}")
                i += 1
            out.append("}}")
            continue
        if line.startswith("| "):
            table.append([c.strip() for c in line.strip().strip("|").split(" | ")])
            if i + 1 == len(lines) or not lines[i + 1].startswith("| "):
                out.append('{| class="wikitable"')
                out.append("! " + " !! ".join(table[0]))
                for row in table[1:]:
                    out += ["|-", "| " + " || ".join(row)]
                out.append("|}")
                table = []
        elif line.startswith("- "):
            out.append("* " + line[2:])
        else:
            out.append(line)
        i += 1
    text = "\n".join(out).strip()
    # a citation and a wiki link, as every real article has
    return text.replace("Union State.", "[[Union State]].<ref>{{cite web |title=Union State |year=2020}}</ref>", 1)


def query_answer(titles: str, hit: str | None, redirect_from: str | None = None) -> dict[str, Any]:
    """The documented `action=query&titles=...&redirects=1&formatversion=2` answer."""
    pages = [{"ns": 0, "title": t, "missing": True} for t in titles.split("|") if t not in (hit, redirect_from)]
    q: dict[str, Any] = {"pages": pages}
    if hit:
        pages.append({"pageid": 2796561, "ns": 0, "title": hit})
    if redirect_from:
        q["redirects"] = [{"from": redirect_from, "to": hit}]
    return {"batchcomplete": True, "query": q}


def revision_answer(title: str, revid: int, text: str, ts: str = "2025-10-01T12:00:00Z") -> dict[str, Any]:
    return {"batchcomplete": True, "query": {"pages": [{
        "pageid": 2796561, "ns": 0, "title": title,
        "revisions": [{"revid": revid, "parentid": revid - 1, "timestamp": ts,
                       "slots": {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki",
                                          "content": text}}}]}]}}


def is_lookup(q: dict[str, str]) -> bool:
    return q.get("action") == "query" and "prop" not in q


def is_revision(q: dict[str, str]) -> bool:
    return q.get("prop") == "revisions"


def serve(server: Replay, text: str, revid: int, hit: str | None = TITLE, redirect_from: str | None = None,
          ts: str = "2025-10-01T12:00:00Z") -> None:
    """Answer the title lookup (built from the titles asked for) and the revision request."""
    server.add(API, lambda q: Resp.json(query_answer(q["titles"], hit, redirect_from)), match=is_lookup)
    if hit:
        server.add(API, Resp.json(revision_answer(hit, revid, text, ts)), match=is_revision)


@pytest.fixture(scope="module")
def wikitext(shared: Path) -> str:
    return corpus_wikitext(shared)


def test_candidate_titles() -> None:
    t = wikipedia.candidate_titles(wikipedia.name_variants("RUS", "Russia"), wikipedia.name_variants("BLR", "Belarus"))
    assert t[:4] == ["Belarus–Russia relations", "Belarus-Russia relations", "Russia–Belarus relations",
                     "Russia-Belarus relations"]
    assert "Belarus–Soviet Union relations" in t and len(t) == len(set(t)) <= wikipedia.MAX_TITLES
    us = wikipedia.candidate_titles(wikipedia.name_variants("USA", "United States of America"),
                                    wikipedia.name_variants("CIV", "Côte d'Ivoire"))
    assert us[0] == "Ivory Coast–United States relations"


def test_fetch_ingests_the_revision_with_provenance(live: Replay, tmp_home: Path, wikitext: str, no_sleep) -> None:
    serve(live, wikitext, 1234567)
    before = kb_counts(*ALL_TABLES)
    r = fetch_wikipedia(RUS, BLR, progress=False)
    assert (r.title, r.revid, r.status) == (TITLE, 1234567, "new")
    assert r.source == f"wikipedia:en:{TITLE}@1234567" and r.timestamp == "2025-10-01T12:00:00Z"
    lookup = [q for p, q, _ in live.requests if p == API and is_lookup(q)][0]
    titles = lookup["titles"].split("|")
    assert {TITLE, "Belarus-Russia relations", "Russia–Belarus relations"} <= set(titles)
    assert lookup["redirects"] == "1" and lookup["format"] == "json" and lookup["formatversion"] == "2"
    rev_q = [q for p, q, _ in live.requests if p == API and is_revision(q)][0]
    assert rev_q["rvprop"] == "ids|timestamp|content" and rev_q["rvslots"] == "main" and rev_q["titles"] == TITLE
    with reading() as con:
        doc = con.execute("SELECT doc_id, title, source, revision, pair_a, pair_b, kind, text FROM documents "
                          "WHERE source LIKE 'wikipedia:%'").fetchall()
        assert len(doc) == 1
        doc_id, title, source, revision, pa, pb, kind, text = doc[0]
        assert (title, source, revision, {pa, pb}, kind) == (TITLE, r.source, "1234567", {"BLR", "RUS"}, "mediawiki")
        assert "<ref>" not in text and "Union State" in text
        events = con.execute("SELECT count(*) FROM doc_events WHERE doc_id = ?", [doc_id]).fetchone()[0]
        missions = con.execute("SELECT sender, receiver, city FROM missions WHERE doc_id = ?", [doc_id]).fetchall()
        log = con.execute("SELECT source, ref FROM source_log").fetchall()
    # the timeline and the missions fill in from the article
    assert events >= 20 and r.counts.get("doc_events") == events
    assert ("BLR", "RUS", "Moscow") in missions and ("RUS", "BLR", "Minsk") in missions
    assert log == [("Wikipedia", f"en:{TITLE}@1234567")]
    assert kb_counts("documents")["documents"] == before["documents"] + 1
    saved = list((tmp_home / "cache" / "wikipedia" / "en").glob("*@1234567.wikitext"))
    assert len(saved) == 1 and saved[0].read_text(encoding="utf-8") == wikitext

    # the same revision again: nothing is re-ingested
    again = fetch_wikipedia(BLR, RUS, progress=False)
    assert again.status == "unchanged" and kb_counts(*ALL_TABLES)["documents"] == before["documents"] + 1

    # a new revision with one sentence changed replaces the document and its records
    edited = wikitext.replace("Several treaties", "Dozens of treaties", 1)
    assert edited != wikitext
    serve(live, edited, 1234999, ts="2025-11-20T08:00:00Z")
    newer = fetch_wikipedia(BLR, RUS, progress=False)
    assert (newer.status, newer.revid) == ("replaced", 1234999)
    with reading() as con:
        docs = con.execute("SELECT revision, doc_id FROM documents WHERE source LIKE 'wikipedia:%'").fetchall()
        assert [d[0] for d in docs] == ["1234999"]
        stale = con.execute("SELECT count(*) FROM doc_events WHERE doc_id = ?", [doc_id]).fetchone()[0]
        fresh = con.execute("SELECT count(*) FROM doc_events WHERE doc_id = ?", [docs[0][1]]).fetchone()[0]
    assert stale == 0 and fresh == events


def test_redirect_and_hyphen_titles_are_followed(live: Replay, wikitext: str, no_sleep) -> None:
    # only the hyphenated title exists, as a redirect to the real article
    serve(live, wikitext, 42, hit="Russia–Belarus relations", redirect_from="Belarus-Russia relations")
    r = fetch_wikipedia(BLR, RUS, progress=False)
    assert r.title == "Russia–Belarus relations" and r.status == "new"


def test_other_language_editions_follow_the_interlanguage_link(live: Replay, wikitext: str, no_sleep) -> None:
    de_title = "Belarussisch-russische Beziehungen"
    live.add(API, lambda q: Resp.json(query_answer(q["titles"], TITLE)), match=is_lookup)
    live.add(API, Resp.json({"batchcomplete": True, "query": {"pages": [
        {"pageid": 2796561, "ns": 0, "title": TITLE, "langlinks": [{"lang": "de", "title": de_title}]}]}}),
        match=lambda q: q.get("prop") == "langlinks" and q.get("lllang") == "de")
    live.add("/de/w/api.php", Resp.json(revision_answer(de_title, 555, wikitext)), match=is_revision)
    r = fetch_wikipedia(BLR, RUS, lang="de", progress=False)
    assert (r.title, r.revid, r.source) == (de_title, 555, f"wikipedia:de:{de_title}@555")
    with reading() as con:
        assert con.execute("SELECT count(*) FROM documents WHERE source = ?", [r.source]).fetchone()[0] == 1
    live.add(API, Resp.json({"batchcomplete": True, "query": {"pages": [{"title": TITLE}]}}),
             match=lambda q: q.get("prop") == "langlinks")
    with pytest.raises(BilateralError, match="has no xx.wikipedia.org version"):
        fetch_wikipedia(BLR, RUS, lang="xx", progress=False)


def test_no_article_is_a_clear_error(live: Replay, no_sleep) -> None:
    serve(live, "", 0, hit=None)
    before = kb_counts(*ALL_TABLES)
    with pytest.raises(BilateralError) as e:
        fetch_wikipedia(("TUV", "Tuvalu"), ("BOL", "Bolivia"), progress=False)
    msg = str(e.value)
    assert "no en.wikipedia.org article" in msg and "Bolivia–Tuvalu relations" in msg and "\n" not in msg
    assert kb_counts(*ALL_TABLES) == before


@pytest.mark.parametrize(
    "bad, words",
    [
        (Resp(404, b"Not Found"), "HTTP 404"),
        (Resp(500, b"Internal error"), "HTTP 500"),
        (Resp(429, b"Too many", {"Retry-After": "2"}), "HTTP 429"),
        (Resp(200, b'{"batchcomplete": true, "query": {"pages": [{"revisions": [{"revid": 1,'), "malformed JSON"),
        (Resp.json({"error": {"code": "ratelimited", "info": "You've exceeded your rate limit."}}), "ratelimited"),
        (Resp.json({"batchcomplete": True, "query": {"pages": [{"title": TITLE, "missing": True}]}}), "no revision"),
        (Resp(200, b"{" + b" " * 5000 + b"}", truncate=300), "truncated"),
    ],
)
def test_revision_errors_leave_the_kb_unchanged(live: Replay, wikitext: str, no_sleep: list[float],
                                                bad: Resp, words: str) -> None:
    serve(live, wikitext, 7)
    live.add(API, bad, match=is_revision)
    before = kb_counts(*ALL_TABLES)
    with pytest.raises(DownloadError) as e:
        fetch_wikipedia(BLR, RUS, progress=False, retries=1)
    assert words in str(e.value) and "\n" not in str(e.value)
    assert kb_counts(*ALL_TABLES) == before
    if bad.status == 429:
        assert no_sleep == [2.0]


def test_offline_after_a_fetch(live: Replay, wikitext: str, no_sleep, capsys: pytest.CaptureFixture) -> None:
    serve(live, wikitext, 99)
    main(["fetch", "wikipedia", "Belarus", "Russia", "--format", "json"])
    first = json.loads(capsys.readouterr().out)[0]
    assert first["status"] == "new" and first["revision"] == 99
    live.stop()
    # the network is gone: the cached answers stand in, with a note on stderr
    main(["fetch", "wikipedia", "Belarus", "Russia", "--format", "json"])
    out = capsys.readouterr()
    again = json.loads(out.out)[0]
    assert again["status"] == "unchanged" and again["revision"] == 99
    assert "note:" in out.err and "cached answer" in out.err
    main(["fetch", "wikipedia", "Belarus", "Russia", "--offline", "--format", "json"])
    assert json.loads(capsys.readouterr().out)[0]["revision"] == 99


def test_cli_errors_are_one_line(live: Replay, no_sleep, capsys: pytest.CaptureFixture) -> None:
    serve(live, "", 0, hit=None)
    for args, words in (
        (["fetch", "wikipedia", "Belarus", "Belarus"], "same country"),
        (["fetch", "wikipedia", "Belarus", "Atlantis"], "Atlantis"),
        (["fetch", "wikipedia", "Tuvalu", "Bolivia"], "no en.wikipedia.org article"),
        (["fetch", "wikipedia", "Tuvalu", "Bolivia", "--lang", "e n/"], "--lang"),
        (["fetch", "wikipedia", "Chile", "Peru", "--offline"], "offline and nothing cached"),
    ):
        with pytest.raises(SystemExit) as e:
            main(args)
        err = capsys.readouterr().err
        assert e.value.code == 2 and words in err and err.count("\n") == 1, err


def test_wikitext_is_built_from_the_corpus(wikitext: str) -> None:
    assert wikitext.startswith("{{Infobox bilateral relations")
    assert "| mission1 = Embassy of Belarus, Moscow" in wikitext and "{| class=\"wikitable\"" in wikitext
    assert re.search(r"^==History==$", wikitext, re.MULTILINE) and "<ref>" in wikitext


def test_api_url_option_overrides_the_environment(live: Replay, wikitext: str, no_sleep, monkeypatch,
                                                  capsys: pytest.CaptureFixture) -> None:
    from bilateral.sources.config import base_url

    monkeypatch.delenv("BILATERAL_WIKIPEDIA_API")
    assert base_url("wikipedia", lang="de") == "https://de.wikipedia.org/w/api.php"
    assert base_url("wikidata", "http://mirror/sparql") == "http://mirror/sparql"
    serve(live, wikitext, 31)
    main(["fetch", "wikipedia", "BLR", "RUS", "--api-url", live.url + "/{lang}/w/api.php", "--format", "json"])
    assert json.loads(capsys.readouterr().out)[0]["revision"] == 31
