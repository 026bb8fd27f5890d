"""REST API over a hand-made store: pagination, filters, 404s, auth, limits, headers, exports."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from conftest import WEB_TOKEN
from newsweave.api import create_app
from newsweave.api.security import CSP

AUTH = {"Authorization": f"Bearer {WEB_TOKEN}"}


def ext_ids(resp) -> set[str]:
    return {a["ext_id"] for a in resp.json()["items"]}


# ----------------------------------------------------------------------------- articles


def test_pagination_covers_all_articles_once(web_client):
    total = web_client.get("/api/articles").json()["total"]
    assert total == 7
    seen = []
    for off in range(0, total, 3):
        page = web_client.get(f"/api/articles?limit=3&offset={off}").json()
        assert page["limit"] == 3 and page["offset"] == off and page["total"] == total
        assert len(page["items"]) == min(3, total - off)
        seen += [a["id"] for a in page["items"]]
    assert len(seen) == len(set(seen)) == total
    assert web_client.get(f"/api/articles?offset={total}").json()["items"] == []


@pytest.mark.parametrize("query", ["limit=0", "limit=501", "offset=-1", "date_from=yesterday",
                                   "date_to=2025-3-1"])
def test_bad_list_parameters_are_422(web_client, query):
    assert web_client.get(f"/api/articles?{query}").status_code == 422


@pytest.mark.parametrize("query,expected", [
    ("lang=ru", {"dock-3"}),
    ("source=harbourtimes.example", {"dock-1", "dock-4"}),
    ("date_from=2025-03-04&date_to=2025-03-10", {"dock-2", "dock-3", "dock-4"}),
    ("date_to=2025-03", {"dock-1", "dock-2", "dock-3", "dock-4", "dock-5"}),
    ("entity=ent-okafor", {"dock-1", "dock-2", "dock-3", "dock-4"}),
    ("event=ev-deal", {"dock-4", "dock-5"}),
    ("story=st-lake", {"lake-1"}),
    ("story=st-dock&lang=fr", {"dock-5"}),
    ("source=nobody", set()),
])
def test_article_filters(web_client, query, expected):
    r = web_client.get(f"/api/articles?{query}")
    assert r.status_code == 200
    assert ext_ids(r) == expected
    assert r.json()["total"] == len(expected)


def test_article_detail_has_layers_and_provenance(web_client, web_db):
    _, ids = web_db
    a = web_client.get(f"/api/articles/{ids['dock-1']}").json()
    assert a["ext_id"] == "dock-1" and a["event"] == "ev-walkout" and a["story"] == "st-dock"
    okafor = [m for m in a["entities"] if m["entity"] == "ent-okafor"]
    assert okafor and a["text"][okafor[0]["start"]:okafor[0]["end"]] == "Mara Okafor"
    assert a["timexes"][0]["value"] == "2025-03-03"
    assert a["quotes"][0]["speaker"] == "Mara Okafor"
    assert {p["kind"] for p in a["provenance"]} >= {"entities", "timexes", "boilerplate"}
    assert all(p["component"] == "tests.hand" for p in a["provenance"])
    # the external id works too
    assert web_client.get("/api/articles/dock-1").json()["id"] == ids["dock-1"]


@pytest.mark.parametrize("path", ["/api/articles/999999", "/api/articles/no-such", "/api/events/nope",
                                  "/api/stories/nope", "/api/entities/nope", "/api/timelines/nope",
                                  "/api/reports/nope", "/api/exports/nope", "/api/nothing-here"])
def test_unknown_ids_are_404_json(web_client, path):
    r = web_client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert "detail" in r.json()


# ----------------------------------------------------------------------------- events, stories, entities


def test_events_list_counts(web_client):
    web_client.get("/api/events/ev-walkout")  # builds (and caches) the comparison report
    items = {e["id"]: e for e in web_client.get("/api/events").json()["items"]}
    w = items["ev-walkout"]
    assert (w["n_articles"], w["n_sources"], w["n_conflicts"]) == (3, 3, 1)
    assert items["ev-flood"]["n_conflicts"] is None  # list endpoints never build reports
    assert w["date_value"] == "2025-03-03"
    assert items["ev-deal"]["n_articles"] == 2 and items["ev-deal"]["n_sources"] == 2
    only = web_client.get("/api/events?story=st-lake").json()["items"]
    assert [e["id"] for e in only] == ["ev-flood"]


def test_story_detail_orders_events_by_date(web_client):
    web_client.get("/api/events/ev-walkout")
    s = web_client.get("/api/stories/st-dock").json()
    assert s["title"] == "Northport dock strike"
    assert [e["id"] for e in s["events"]] == ["ev-walkout", "ev-deal"]
    assert s["n_articles"] == 5 and s["n_sources"] == 4
    cov = {c["period"]: c["articles"] for c in s["coverage"]}
    assert cov["2025-03-04"] == 2 and cov["2025-03-05"] == 0 and sum(cov.values()) == 5
    stories = {x["id"]: x for x in web_client.get("/api/stories").json()["items"]}
    assert set(stories) == {"st-dock", "st-lake", "st-xss"}
    assert stories["st-dock"]["n_conflicts"] == 1


def test_event_detail(web_client):
    e = web_client.get("/api/events/ev-walkout").json()
    assert e["story"]["id"] == "st-dock"
    assert {a["ext_id"] for a in e["articles"]} == {"dock-1", "dock-2", "dock-3"}
    speakers = {g["speaker"]: g for g in e["quotes"]}
    assert speakers["Mara Okafor"]["quotes"][0]["text"] == "We will stay out until the night rota is fair."
    assert {a["source"] for a in e["attributions"]} == {"the union", "the port authority"}
    # the real comparison report: 900 vs 600 people
    (c,) = e["report"]["conflicts"]
    assert c["kind"] == "number" and sorted(c["detail"]["values"]) == [600, 900]
    assert {c["a"]["source"], c["b"]["source"]} == {"harbourtimes.example", "Baltic Wire"}


def test_entity_lookup_by_cyrillic_variant_and_detail(web_client):
    found = web_client.get("/api/entities", params={"q": "\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440"}).json()
    assert [e["id"] for e in found["items"]] == ["ent-okafor"]
    d = web_client.get("/api/entities/ent-okafor").json()
    assert d["n_articles"] == 4
    forms = dict((f, n) for f, n in d["surface_forms"])
    assert forms["Mara Okafor"] == 3 and forms["\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440"] == 1
    assert "ent-northport" in {c["id"] for c in d["cooccurring"]}
    # the entities package's own page is passed through
    assert d["details"]["id"] == "ent-okafor" and len(d["details"]["articles"]) == 4
    assert ["PER"] == sorted({e["type"] for e in web_client.get("/api/entities?type=PER").json()["items"]})


# ----------------------------------------------------------------------------- search and timelines


def test_full_text_search(web_client):
    r = web_client.get("/api/search", params={"q": "rota"}).json()
    assert {h["ext_id"] for h in r["items"]} == {"dock-1", "dock-4"}
    assert all("\x01" not in h["snippet"] for h in r["items"])
    # accents and case folded; Cyrillic matched
    assert {h["ext_id"] for h in web_client.get("/api/search?q=GREVE").json()["items"]} == {"dock-5"}
    assert {h["ext_id"] for h in web_client.get("/api/search", params={"q": "\u0434\u043e\u043a\u0435\u0440\u044b"}).json()["items"]} == {"dock-3"}


@pytest.mark.parametrize("q", ['"', 'NEAR(a b', "rota OR", "*", "a:b", "^x", "(((", "'; DROP TABLE articles;--"])
def test_search_never_parses_user_syntax(web_client, q):
    r = web_client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert isinstance(r.json()["items"], list)
    assert web_client.get("/api/articles").json()["total"] == 7


def test_search_requires_query(web_client):
    assert web_client.get("/api/search").status_code == 422
    assert web_client.get("/api/search?q=x&mode=magic").status_code == 422


def test_timeline_of_story_event_and_entity(web_client):
    t = web_client.get("/api/timelines/st-dock").json()
    assert t["subject"] == {"kind": "story", "id": "st-dock"}
    text = json.dumps(t["timeline"])
    assert "2025-03-03" in text and "2025-03-10" in text and "2025-04-02" not in text
    assert web_client.get("/api/timelines/ev-flood").json()["subject"]["kind"] == "event"
    assert web_client.get("/api/timelines/ent-vellin").json()["subject"]["kind"] == "entity"


# ----------------------------------------------------------------------------- reports and exports


def test_report_formats(web_client):
    md = web_client.get("/api/reports/ev-walkout?format=md")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert "Dockworkers walk out at Northport" in md.text
    js = web_client.get("/api/reports/ev-walkout?format=json")
    assert js.headers["content-type"].startswith("application/json") and isinstance(js.json(), dict)
    html = web_client.get("/api/reports/ev-walkout?format=html")
    assert html.headers["content-type"].startswith("text/html")
    assert "sandbox" in html.headers["content-security-policy"]
    assert web_client.get("/api/reports/ev-walkout?format=pdf").status_code == 422


def test_csv_export_rows_and_no_formulas(web_client):
    r = web_client.get("/api/exports/st-dock?format=csv")
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="st-dock.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(x["ext_id"] for x in rows) == ["dock-1", "dock-2", "dock-3", "dock-4", "dock-5"]
    from newsweave.api.routes_export import _csv_cell
    assert _csv_cell("=HYPERLINK(\"x\")").startswith("'") and _csv_cell("plain") == "plain"


def test_graphml_export_is_valid_xml_with_entities_and_citations(web_client):
    r = web_client.get("/api/exports/ev-walkout?format=graphml")
    root = ET.fromstring(r.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    labels = {d.text for d in root.iterfind(".//g:node/g:data[@key='label']", ns)}
    assert {"Mara Okafor", "Northport"} <= labels
    assert len(root.findall(".//g:edge", ns)) >= 2
    # hostile names stay data, not markup
    x = web_client.get("/api/exports/ev-xss?format=graphml")
    ET.fromstring(x.content)
    assert "<script>" not in x.text


def test_json_export_has_full_articles(web_client):
    d = web_client.get("/api/exports/ev-deal?format=json").json()
    assert d["subject"]["id"] == "ev-deal" and d["subject"]["kind"] == "event"
    assert {a["ext_id"] for a in d["articles"]} == {"dock-4", "dock-5"}
    assert all("text" in a and "provenance" in a for a in d["articles"])


# ----------------------------------------------------------------------------- headers


@pytest.mark.parametrize("path", ["/", "/api/articles", "/static/style.css", "/api/articles/404404",
                                  "/does-not-exist", "/openapi.json", "/docs", "/events/ev-walkout"])
def test_security_headers_on_every_response(web_client, path):
    r = web_client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-frame-options"] == "DENY"


def test_docs_are_local_and_openapi_lists_endpoints(web_client):
    spec = web_client.get("/openapi.json").json()
    for p in ["/api/articles", "/api/articles/{article_id}", "/api/events", "/api/stories/{story_id}",
              "/api/entities/{entity_id}", "/api/search", "/api/reports/{subject_id}",
              "/api/timelines/{subject_id}", "/api/ingest"]:
        assert p in spec["paths"], p
    docs = web_client.get("/docs").text
    assert "/api/ingest" in docs and "cdn" not in docs.lower()
    assert "<script src=\"http" not in docs and "<link rel=\"stylesheet\" href=\"http" not in docs
    assert web_client.get("/redoc").status_code == 404


# ----------------------------------------------------------------------------- writes and auth


@pytest.fixture()
def scratch_app(tmp_path):
    def make(**kw):
        return TestClient(create_app(str(tmp_path / "scratch.db"), **kw))
    return make


def test_writes_refused_without_configured_token(scratch_app, monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_TOKEN", raising=False)
    c = scratch_app()
    r = c.post("/api/ingest", json={"articles": [{"id": "a", "text": "x"}]})
    assert r.status_code == 403
    r = c.post("/api/ingest", json={"articles": [{"id": "a", "text": "x"}]}, headers={"Authorization": "Bearer "})
    assert r.status_code == 403
    assert c.get("/api/articles").json()["total"] == 0


def test_write_token_required(scratch_app):
    c = scratch_app(token="right-token")
    body = {"articles": [{"id": "a", "text": "x"}]}
    r = c.post("/api/ingest", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert c.post("/api/ingest", json=body, headers={"Authorization": "Basic right-token"}).status_code == 401
    # right token: passes auth (then the body decides)
    ok = {"Authorization": "Bearer right-token"}
    assert c.post("/api/ingest", content=b"x", headers={**ok, "content-type": "text/plain"}).status_code == 415
    assert c.post("/api/ingest", json={"articles": []}, headers=ok).status_code == 422
    assert c.post("/api/ingest", json={"articles": [{"id": "a", "text": "x", "date": "soon"}]},
                  headers=ok).status_code == 422
    assert c.get("/api/articles").json()["total"] == 0


def test_token_from_environment(scratch_app, monkeypatch):
    monkeypatch.setenv("NEWSWEAVE_TOKEN", "env-token")
    c = scratch_app()
    h = {"Authorization": "Bearer env-token", "content-type": "text/plain"}
    assert c.post("/api/ingest", content=b"x", headers=h).status_code == 415
    assert c.post("/api/ingest", content=b"x", headers={**h, "Authorization": "Bearer nope"}).status_code == 403


def test_upload_limit_413(scratch_app):
    c = scratch_app(token="t", max_upload=2000)
    h = {"Authorization": "Bearer t"}
    big = b"a" * 5000
    r = c.post("/api/ingest", files={"files": ("big.txt", big, "text/plain")}, headers=h)
    assert r.status_code == 413 and "limit" in r.json()["detail"]
    # streamed without Content-Length: counted while reading

    def chunks():
        for _ in range(10):
            yield b"b" * 500
    r = c.post("/api/ingest", content=chunks(), headers={**h, "content-type": "application/json"})
    assert r.status_code == 413
    # the limit applies before authentication too: nobody can make the server buffer a huge body
    assert c.post("/api/ingest", content=big).status_code == 413
    assert c.get("/api/articles").json()["total"] == 0


def test_read_token_protects_reads(scratch_app):
    c = scratch_app(token="w", read_token="r")
    assert c.get("/api/articles").status_code == 401
    assert c.get("/openapi.json").status_code == 401
    assert c.get("/api/articles", headers={"Authorization": "Bearer r"}).status_code == 200
    assert c.get("/api/articles", headers={"Authorization": "Bearer w"}).status_code == 200
    assert c.get("/api/articles", headers={"Authorization": "Bearer x"}).status_code == 401
    page = c.get("/", headers={"accept": "text/html"})
    assert page.status_code == 401 and 'href="/login"' in page.text
    assert c.get("/static/style.css").status_code == 200  # assets stay public
    assert c.post("/login", data={"token": "bad"}).status_code == 401
    r = c.post("/login", data={"token": "r"}, follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert c.get("/", headers={"accept": "text/html"}).status_code == 200  # cookie kept by the client


def test_protect_reads_flag_uses_write_token(scratch_app):
    c = scratch_app(token="w", protect_reads=True)
    assert c.get("/api/stories").status_code == 401
    assert c.get("/api/stories", headers={"Authorization": "Bearer w"}).status_code == 200


def test_citation_graph_export(web_client):
    r = web_client.get("/api/exports/ev-walkout?format=citations")
    assert r.status_code == 200 and 'filename="ev-walkout.graphml"' in r.headers["content-disposition"]
    root = ET.fromstring(r.content)
    text = ET.tostring(root, encoding="unicode")
    assert "the union" in text and "Baltic Wire" in text


def test_allowed_hosts_block_foreign_host_headers(tmp_path):
    c = TestClient(create_app(str(tmp_path / "h.db"), allowed_hosts=["127.0.0.1", "localhost"]),
                   base_url="http://127.0.0.1")
    assert c.get("/api/articles").status_code == 200
    r = c.get("/api/articles", headers={"host": "attacker.example"})
    assert r.status_code == 400 and r.headers["content-security-policy"] == CSP
