"""Wikidata: SPARQL JSON answers -> missions, relations and memberships with item ids as provenance."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sources_replay import ALL_TABLES, Replay, Resp, kb_counts

from bilateral.cli import main
from bilateral.errors import DownloadError
from bilateral.sources import wikidata, wikidata_fetch
from bilateral.sources.wikidata_orgs import ITEMS, org_code
from bilateral.store import reading
from bilateral.store.organisations import ORGANISATIONS
from bilateral.store.queries import shared_memberships

E = "http://www.wikidata.org/entity/"
ISO = {"BLR": "Q184", "RUS": "Q159", "POL": "Q36", "UKR": "Q212"}


def uri(q: str) -> dict[str, str]:
    return {"type": "uri", "value": E + q}


def lit(v: str, lang: str | None = None) -> dict[str, str]:
    return {"type": "literal", "value": v, **({"xml:lang": lang} if lang else {})}


def when(v: str, prec: int) -> dict[str, dict[str, str]]:
    return {"value": {"datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "type": "literal", "value": v},
            "prec": {"datatype": "http://www.w3.org/2001/XMLSchema#integer", "type": "literal", "value": str(prec)}}


def sparql(vars_: list[str], rows: list[dict[str, Any]]) -> Resp:
    return Resp.json({"head": {"vars": vars_}, "results": {"bindings": rows}},
                     **{"Content-Type": "application/sparql-results+json"})


def mission(q: str, label: str, kind: str, sender: str, receiver: str, city: str | None, city_label: str | None,
            parent_label: str | None = None):
    r = {"mission": uri(q), "missionLabel": lit(label, "en"), "kind": lit(kind), "senderIso": lit(sender),
         "receiverIso": lit(receiver)}
    if city:
        r["city"] = uri(city)
        r["cityLabel"] = lit(city_label or city, "en" if city_label else None)
    if parent_label:
        r["parentLabel"] = lit(parent_label, "en")
    return r


MISSIONS = [
    # located in a district of Moscow: the city is the district's parent
    mission("Q4375868", "Embassy of Belarus, Moscow", "embassy", "BLR", "RUS", "Q4251", "Basmanny District",
            "Moscow"),
    mission("Q4375870", "Embassy of Russia, Minsk", "embassy", "RUS", "BLR", "Q2280", "Minsk", "Minsk Region"),
    # a consulate general is also (a subclass of) a consulate: it must be kept once, as the former
    mission("Q99000001", "Consulate General of Russia in Brest", "consulate-general", "RUS", "BLR", "Q154688",
            "Brest"),
    mission("Q99000001", "Consulate General of Russia in Brest", "consulate", "RUS", "BLR", "Q154688", "Brest"),
    mission("Q99000002", "Consulate of Belarus in Kazan", "consulate", "BLR", "RUS", "Q99000003", None),
]


def relation(a: str, b: str, start: str | None = None, prec: int = 11) -> dict[str, Any]:
    r = {"a": uri(ISO[a]), "aIso": lit(a), "b": uri(ISO[b]), "bIso": lit(b)}
    if start:
        w = when(start, prec)
        r["start"], r["startPrec"] = w["value"], w["prec"]
    return r


def member(iso: str, org: str, label: str, short: str | None = None, start: str | None = None, prec: int = 11,
           end: str | None = None) -> dict[str, Any]:
    r = {"c": uri(ISO[iso]), "iso": lit(iso), "org": uri(org), "orgLabel": lit(label, "en")}
    if short:
        r["short"] = lit(short, "en")
    if start:
        w = when(start, prec)
        r["start"], r["startPrec"] = w["value"], w["prec"]
    if end:
        w = when(end, 11)
        r["end"], r["endPrec"] = w["value"], w["prec"]
    return r


MEMBERS = [
    member("BLR", "Q1065", "United Nations", "UN", "1945-10-24T00:00:00Z"),
    member("RUS", "Q1065", "United Nations", "UN", "1991-12-24T00:00:00Z"),
    member("BLR", "Q238204", "Collective Security Treaty Organization", "CSTO", "1993-01-01T00:00:00Z", 9),
    member("RUS", "Q238204", "Collective Security Treaty Organization", "CSTO", "1992-05-15T00:00:00Z"),
    # an id not in the table: mapped through its label
    member("BLR", "Q99000010", "Eurasian Economic Union", None, "2015-01-01T00:00:00Z"),
    member("RUS", "Q99000010", "Eurasian Economic Union", None, "2015-01-01T00:00:00Z"),
    # a table id whose label disagrees (a wrong or re-purposed id): not filed under the table's code
    member("RUS", "Q7184", "Some Other Body", None, "2000-01-01T00:00:00Z"),
    # an organisation the product has no code for
    member("BLR", "Q99000011", "International Organization of Something", None),
    # a membership that ended
    member("RUS", "Q8646", "Council of Europe", "CoE", "1996-02-28T00:00:00Z", 11, "2022-03-16T00:00:00Z"),
]

RELATIONS = [relation("BLR", "RUS", "1992-06-25T00:00:00Z"), relation("RUS", "BLR", "1992-06-25T00:00:00Z")]


def serve_pair(server: Replay) -> None:
    server.add("/sparql", sparql(["mission"], MISSIONS), match=lambda q: "P137" in q["query"])
    server.add("/sparql", sparql(["a"], RELATIONS), match=lambda q: "P530" in q["query"])
    server.add("/sparql", sparql(["c"], MEMBERS), match=lambda q: "P463" in q["query"])


def test_pair_rows_land_with_item_ids(live: Replay, no_sleep) -> None:
    serve_pair(live)
    before = kb_counts("missions", "memberships", "facts")
    r = wikidata_fetch.fetch_pair("BLR", "RUS", progress=False)
    assert (r.missions, r.relations, r.requests) == (4, 2, 3)
    assert r.unmapped_orgs == 2  # the unknown organisation and the mislabelled id
    q = [query for p, query, _ in live.requests if p == "/sparql"]
    assert all(x["format"] == "json" for x in q) and any('"BLR"' in x["query"] and "P298" in x["query"] for x in q)
    with reading() as con:
        m = con.execute("SELECT sender, receiver, city, kind, source_ref, evidence FROM missions "
                        "WHERE source = 'Wikidata' ORDER BY source_ref").fetchall()
        ms = con.execute("SELECT iso3, org, start_date, end_date, source_ref FROM memberships "
                         "WHERE source = 'Wikidata' ORDER BY 1, 2").fetchall()
        rel = con.execute("SELECT iso3, name, date, source_ref FROM facts WHERE source = 'Wikidata'").fetchall()
        log = con.execute("SELECT source, ref FROM source_log").fetchall()
        shared = {s["code"]: s for s in shared_memberships(con, "BLR", "RUS")}
    assert ("BLR", "RUS", "Moscow", "embassy", "Q4375868", "Embassy of Belarus, Moscow") in m
    assert ("RUS", "BLR", "Brest", "consulate-general", "Q99000001", "Consulate General of Russia in Brest") in m
    assert ("BLR", "RUS", None, "consulate", "Q99000002", "Consulate of Belarus in Kazan") in m  # no English label
    assert len(m) == 4
    assert ("BLR", "CSTO", "1993", None, "Q184/P463/Q238204") in ms  # year precision kept as a year
    assert ("RUS", "CSTO", "1992-05-15", None, "Q159/P463/Q238204") in ms
    assert ("BLR", "EAEU", "2015-01-01", None, "Q184/P463/Q99000010") in ms
    assert ("RUS", "CE", "1996-02-28", "2022-03-16", "Q159/P463/Q8646") in ms
    assert not [x for x in ms if x[1] == "NATO"]
    assert sorted(rel) == [("BLR", "RUS", "1992-06-25", "Q184/P530/Q159"),
                           ("RUS", "BLR", "1992-06-25", "Q159/P530/Q184")]
    assert log == [("Wikidata", "BLR-RUS")]
    # the profile's shared organisations now carry a joining date (the store query picks the dated row)
    assert shared["CSTO"]["start_a"] == "1993" and shared["EAEU"]["start_a"] == "2015-01-01"
    after = kb_counts("missions", "memberships", "facts")
    assert after["missions"] == before["missions"] + 4 and after["facts"] == before["facts"] + 2
    assert after["memberships"] == before["memberships"] + 7

    # fetching again replaces the pair's rows instead of adding to them
    live.add("/sparql", sparql(["mission"], MISSIONS[:2]), match=lambda q: "P137" in q["query"])
    r2 = wikidata_fetch.fetch_pair("RUS", "BLR", progress=False)
    assert r2.missions == 2 and r2.removed["missions"] == 4
    again = kb_counts("missions", "memberships", "facts")
    assert again["missions"] == before["missions"] + 2 and again["memberships"] == after["memberships"]


@pytest.mark.parametrize(
    "bad, words",
    [
        (Resp(500, b"Internal Server Error"), "HTTP 500"),
        (Resp(429, b"Too Many Requests", {"Retry-After": "3"}), "HTTP 429"),
        (Resp(200, b'{"head": {"vars": ["x"]}, "results": {"bindings": [{'), "malformed JSON"),
        (Resp.json({"head": {}, "boolean": True}), "not a SPARQL JSON result"),
        (Resp(200, json.dumps({"head": {"vars": ["c"]}, "results": {"bindings": MEMBERS * 20}}).encode(),
              truncate=2000), "truncated"),
        (Resp(404, b"Not Found"), "HTTP 404"),
    ],
)
def test_a_failed_query_leaves_the_kb_unchanged(live: Replay, no_sleep: list[float], bad: Resp, words: str) -> None:
    serve_pair(live)
    live.add("/sparql", bad, match=lambda q: "P463" in q["query"])  # the third query fails
    before = kb_counts(*ALL_TABLES)
    with pytest.raises(DownloadError) as e:
        wikidata_fetch.fetch_pair("BLR", "RUS", progress=False, retries=2)
    assert words in str(e.value) and "\n" not in str(e.value)
    assert kb_counts(*ALL_TABLES) == before
    if bad.status == 429:
        assert no_sleep == [3.0, 3.0]


def test_all_is_batched_and_resumes_from_cached_batches(live: Replay, no_sleep: list[float]) -> None:
    states = ["BLR", "POL", "RUS", "UKR"]

    def missions_for(q: dict[str, str]) -> Resp:
        return sparql(["mission"], [m for m in MISSIONS if f'"{m["senderIso"]["value"]}"' in q["query"]])

    live.add("/sparql", sparql(["a"], RELATIONS), match=lambda q: "P530" in q["query"])
    live.add("/sparql", sparql(["c"], MEMBERS[:2]), match=lambda q: "P463" in q["query"])
    # first batch (BLR, POL) answers; the second (RUS, UKR) fails: nothing is written
    def batch(iso: str):
        return lambda q: "P137" in q["query"] and f'"{iso}"' in q["query"]

    live.add("/sparql", missions_for({"query": '"BLR"'}), match=batch("BLR"))
    live.add("/sparql", Resp(503, b"busy"), match=batch("RUS"))
    before = kb_counts(*ALL_TABLES)
    with pytest.raises(DownloadError, match="HTTP 503"):
        wikidata_fetch.fetch_all(states=states, batch_size=2, progress=False, retries=0, pause=0.25)
    assert kb_counts(*ALL_TABLES) == before
    first_run = live.hits("/sparql")
    assert first_run == 4  # batch 1: three queries; batch 2: the missions query failed
    assert 0.25 in no_sleep  # a pause between batches
    # the rerun reuses batch 1's cached answers and asks only for batch 2
    live.add("/sparql", missions_for({"query": '"RUS"'}), match=batch("RUS"))
    r = wikidata_fetch.fetch_all(states=states, batch_size=2, progress=False, retries=0, pause=0)
    assert live.hits("/sparql") - first_run == 3 and r.from_cache == 3 and r.requests == 6
    assert r.missions == 4 and r.scope == "all"
    with reading() as con:
        assert con.execute("SELECT count(*) FROM missions WHERE source = 'Wikidata'").fetchone()[0] == 4
        assert con.execute("SELECT ref FROM source_log").fetchall() == [("all",)]


def test_cli_pair_and_errors(live: Replay, no_sleep, capsys: pytest.CaptureFixture) -> None:
    serve_pair(live)
    main(["fetch", "wikidata", "Belarus", "Russian Federation", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert out[0]["scope"] == "BLR-RUS" and out[0]["missions"] == 4 and out[0]["memberships"] == 7
    # --all: every state of the knowledge base, in batches (197 states, 100 a batch -> 2 x 3 queries)
    hits = live.hits("/sparql")
    main(["fetch", "wikidata", "--all", "--batch-size", "100", "--format", "csv"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("scope,missions") and out[1].startswith("all,")
    assert live.hits("/sparql") - hits == 6
    batches = [q["query"] for p, q, _ in live.requests[hits:] if "P137" in q["query"]]
    assert len(batches) == 2 and '"BLR"' in batches[0] and '"ZWE"' in batches[1]
    for args, words in (
        (["fetch", "wikidata", "Belarus"], "give two states"),
        (["fetch", "wikidata", "Belarus", "Russia", "--all"], "not both"),
        (["fetch", "wikidata", "Belarus", "Narnia"], "Narnia"),
    ):
        with pytest.raises(SystemExit) as e:
            main(args)
        err = capsys.readouterr().err
        assert e.value.code == 2 and words in err and err.count("\n") == 1


def test_org_table_is_consistent_and_label_checked() -> None:
    assert set(ITEMS.values()) <= set(ORGANISATIONS)
    assert len(set(ITEMS.values())) == len(ITEMS)
    for name in ("Collective Security Treaty Organization", "Eurasian Economic Union",
                 "Commonwealth of Independent States", "Shanghai Cooperation Organisation",
                 "Organisation for Security and Co-operation in Europe", "International Labour Organization"):
        assert org_code("Q1", name) is not None, name
    assert org_code("Q1065", "United Nations", "UN") == "UN"
    assert org_code("Q1065", "Something else") is None
    assert org_code("Q5", "International Criminal Court", "ICC") == "ICCt"
    assert org_code("Q5", "Unheard-of Council", "ICC") is None  # ambiguous short names are not trusted


def test_dates_keep_their_precision() -> None:
    assert wikidata.wd_date("1992-05-15T00:00:00Z", "11") == "1992-05-15"
    assert wikidata.wd_date("1992-05-01T00:00:00Z", "10") == "1992-05"
    assert wikidata.wd_date("1992-01-01T00:00:00Z", "9") == "1992"
    assert wikidata.wd_date("-0500-01-01T00:00:00Z", "9") is None
    assert wikidata.wd_date("http://www.wikidata.org/.well-known/genid/x", None) is None
