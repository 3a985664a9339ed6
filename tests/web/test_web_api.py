"""The JSON API and the HTML pages through FastAPI's test client, on the real knowledge base."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema


def test_countries_lists_states_and_filters(client):
    rows = client.get("/api/v1/countries").json()
    assert {"BLR", "RUS", "TWN"} <= {r["iso3"] for r in rows}
    un = client.get("/api/v1/countries", params={"un_only": True}).json()
    assert len(un) == 193
    found = client.get("/api/v1/countries", params={"q": "bel"}).json()
    assert {r["iso3"] for r in found} >= {"BLR", "BEL"} and "RUS" not in {r["iso3"] for r in found}


def test_pair_profile_json_matches_the_schema_and_resolves_names(client):
    schema = json.loads(resources.files("bilateral.profile").joinpath("profile.schema.json").read_text("utf-8"))
    assert client.get("/api/v1/schemas/profile").json() == schema
    by_code = client.get("/api/v1/pairs/BLR/RUS")
    assert by_code.status_code == 200
    jsonschema.validate(by_code.json(), schema)
    by_name = client.get("/api/v1/pairs/belarus/Russian Federation").json()
    assert by_name["pair"] == ["BLR", "RUS"] and by_name["lead"] == by_code.json()["lead"]


def test_events_filter_by_year_range_and_type(client):
    everything = client.get("/api/v1/pairs/BLR/RUS/events").json()
    assert everything["count"] >= 55
    sub = client.get("/api/v1/pairs/BLR/RUS/events", params={"from": 2009, "to": 2012, "type": "ACCUSE"}).json()
    assert 0 < sub["count"] < everything["count"]
    assert all(e["plover"] == "ACCUSE" and 2009 <= e["year"] <= 2012 for e in sub["events"])
    expected = [e for e in everything["events"]
                if e["plover"] == "ACCUSE" and e["year"] and 2009 <= e["year"] <= 2012]
    assert [e["id"] for e in sub["events"]] == [e["id"] for e in expected]
    assert {r["number"] for r in sub["references"]} == {e["reference"] for e in sub["events"]}


def test_series_by_frequency(client):
    yearly = client.get("/api/v1/pairs/BLR/RUS/series", params={"freq": "year"}).json()["series"]
    monthly = client.get("/api/v1/pairs/BLR/RUS/series", params={"freq": "month"}).json()["series"]
    assert all(re.fullmatch(r"\d{4}", r["period"]) for r in yearly)
    assert all(re.fullmatch(r"\d{4}-\d{2}", r["period"]) for r in monthly)
    assert sum(r["events"] for r in monthly) < sum(r["events"] for r in yearly)


def test_unknown_country_is_404_json_with_suggestions(client):
    r = client.get("/api/v1/pairs/BLR/Belarusia")
    assert r.status_code == 404
    body = r.json()
    assert body["error"] == "UnknownCountryError" and "Belarus" in body["suggestions"]
    assert client.get("/api/v1/pairs/Narnia/RUS/events").status_code == 404


def test_bad_parameters_are_422(client):
    assert client.get("/api/v1/pairs/BLR/RUS/series", params={"freq": "week"}).status_code == 422
    assert client.get("/api/v1/pairs/BLR/RUS/events", params={"type": "HUG"}).status_code == 422
    assert client.get("/api/v1/pairs/BLR/RUS/events", params={"from": "soon"}).status_code == 422
    r = client.get("/api/v1/pairs/BLR/RUS/events", params={"from": 2010, "to": 2000})
    assert r.status_code == 422 and "after" in r.json()["detail"]
    assert client.get("/api/v1/pairs/BLR/belarus").status_code == 422  # the same state twice


def test_pages_render_without_any_cdn(client):
    for url in ("/", "/pair/BLR/RUS", "/docs"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert not re.search(r'(?:src|href)\s*=\s*"(?:https?:)?//', r.text), url
    assert client.get("/static/pick.js").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "bilateral"
    page = client.get("/pair/BLR/RUS").text
    assert page.count("<svg") >= 3 and 'id="timeline"' in page


def test_pair_page_redirects_names_to_codes_and_404s_unknown(client):
    r = client.get("/pair/belarus/moscow", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/pair/BLR/RUS"
    r = client.get("/pair/BLR/Narnia")
    assert r.status_code == 404 and "did you mean" in r.text.lower()


def test_document_text_is_escaped_in_the_page(web_env, tmp_path, monkeypatch):
    """A document whose text carries markup shows it as text, never as live HTML."""
    import shutil

    from fastapi.testclient import TestClient

    from bilateral.documents.ingest import ingest
    from bilateral.web.app import create_app

    db = tmp_path / "bilateral.duckdb"
    shutil.copy(web_env, db)  # a private copy: the shared one stays as the other tests expect it
    monkeypatch.setenv("BILATERAL_HOME", str(tmp_path))
    doc = tmp_path / "evil.txt"
    doc.write_text("= Chile–Peru relations =\n\nOn 3 March 2001, Chile and Peru signed a treaty "
                   "<script>alert('x')</script> in Lima.\n", encoding="utf-8")
    with TestClient(create_app(db)) as client:
        before = client.get("/api/v1/pairs/CHL/PER").json()  # now cached until the file changes
        ingest(doc, pair=("Chile", "Peru"), db=db)
        page = client.get("/pair/CHL/PER").text
        data = client.get("/api/v1/pairs/CHL/PER").json()
    assert not before["documents"] and "history" in before["empty_sections"]
    assert data["documents"] and data["sections"][0]["rows"], "the ingest is seen despite the cache"
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in page


def test_events_api_serves_loaded_event_data_filtered(web_env, tmp_path, monkeypatch, shared):
    import shutil

    import polars as pl
    from fastapi.testclient import TestClient

    from bilateral.events.load import load_files
    from bilateral.events.store import scan_events
    from bilateral.web.app import create_app

    db = tmp_path / "bilateral.duckdb"
    shutil.copy(web_env, db)
    monkeypatch.setenv("BILATERAL_HOME", str(tmp_path))
    load_files([shared / "data" / "events" / "icews" / "events.2018.sample.tab"], "icews")
    pair = ((pl.col("actor1_iso3") == "PRK") & (pl.col("actor2_iso3") == "USA")) | (
        (pl.col("actor1_iso3") == "USA") & (pl.col("actor2_iso3") == "PRK"))
    direct = scan_events(include_documents=False).filter(pair & (pl.col("plover") == "CONSULT")).collect()
    assert direct.height > 0
    with TestClient(create_app(db)) as client:
        body = client.get("/api/v1/pairs/USA/PRK/events",
                          params={"source": "data", "type": "CONSULT", "limit": 5000}).json()
        docs_only = client.get("/api/v1/pairs/USA/PRK/events").json()
        every = client.get("/api/v1/pairs/USA/PRK/events", params={"source": "data", "limit": 5000}).json()
    assert body["count"] == direct.height and docs_only["count"] == 0
    # names read as in prose, and CAMEO statements (01, no PLOVER type) are worded as statements
    assert all("the United States" in e["sentence"] for e in body["events"])
    statements = [e for e in every["events"] if e["plover"] == "OTHER"]
    cameo = dict(scan_events(include_documents=False).filter(pair).select("event_id", "cameo_code").collect().rows())
    assert statements and all(("made a public statement concerning" in e["sentence"]) == cameo[e["id"]].startswith("01")
                              for e in statements)
    assert {e["id"] for e in body["events"]} == set(direct["event_id"].to_list())
    assert all(e["plover"] == "CONSULT" and e["reference"] for e in body["events"])
    assert body["references"][0]["title"] == "ICEWS coded event data"
