"""The desk over a store filled by the real pipeline (analyze_corpus), and ingest through the API."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from conftest import WEB_TOKEN
from newsweave.api import create_app
from webtest_corpus import PIPELINE_DOCS, pipeline_articles

AUTH = {"Authorization": f"Bearer {WEB_TOKEN}"}
HTML = {"accept": "text/html"}


@pytest.fixture(scope="session")
def web_pipeline(tmp_path_factory):
    """Five original articles (EN/FR, two events of one story) analysed by the real pipeline."""
    from newsweave.pipeline import analyze_corpus
    from newsweave.store import open_store
    path = str(tmp_path_factory.mktemp("pipeline") / "p.db")
    repo = open_store(path)
    analyze_corpus(repo, pipeline_articles())
    repo.close()
    with TestClient(create_app(path, token=WEB_TOKEN, report_budget=0)) as c:
        yield c


def _varga(client) -> str:
    found = client.get("/api/entities", params={"q": "Lena Varga"}).json()["items"]
    assert found, "the pipeline resolved no 'Lena Varga' entity"
    return found[0]["id"]


def test_pipeline_layers_and_provenance(web_pipeline):
    items = web_pipeline.get("/api/articles").json()["items"]
    assert sorted(a["ext_id"] for a in items) == [d["id"] for d in PIPELINE_DOCS]
    a = web_pipeline.get(f"/api/articles/{items[0]['id']}").json()
    comps = {p["component"] for p in a["provenance"]}
    assert comps and all(c.startswith("newsweave.") for c in comps)
    assert a["entities"] and a["timexes"]
    for m in a["entities"]:
        assert a["text"][m["start"]:m["end"]] == m["text"]
    vid = _varga(web_pipeline)
    by_entity = web_pipeline.get("/api/articles", params={"entity": vid}).json()
    assert by_entity["total"] == 5
    page = web_pipeline.get(f"/entities/{vid}", headers=HTML).text
    assert "Lena Varga" in page and "5 articles mentioning it" in page


def test_story_with_two_events(web_pipeline):
    stories = web_pipeline.get("/api/stories").json()["items"]
    assert len(stories) == 1
    evs = stories[0]["events"]
    assert [e["n_articles"] for e in evs] == [3, 2]  # Tallinn visit first, then the Riga deal
    assert evs[0]["date_value"] < evs[1]["date_value"]
    home = web_pipeline.get("/", headers=HTML).text
    for e in evs:
        assert f'href="/events/{e["id"]}"' in home
    story = web_pipeline.get(f"/stories/{stories[0]['id']}", headers=HTML).text
    assert len(re.findall(r'<a href="/articles/\d+"><circle', story)) == 5  # one dot per article


def test_event_page_with_real_report(web_pipeline):
    ev = web_pipeline.get("/api/events").json()["items"][0]
    data = web_pipeline.get(f"/api/events/{ev['id']}").json()
    rep = data["report"]
    assert rep and rep["summary"] and rep["target"]["id"] == ev["id"]
    nums = [c for c in rep["conflicts"] if c["kind"] == "number"]
    assert nums and sorted(nums[0]["detail"]["values"]) == [300, 1200]
    page = web_pipeline.get(f"/events/{ev['id']}", headers=HTML).text
    assert "<mark>1,200</mark>" in page or "<mark>1200</mark>" in page
    md = web_pipeline.get(f"/api/reports/{ev['id']}?format=md").text
    assert md.startswith("# ") and "Conflicts" in md
    tl = web_pipeline.get(f"/api/timelines/{ev['id']}").json()
    assert tl["engine"] == "newsweave.compare.timeline" and tl["timeline"]


def test_semantic_search_crosses_languages(web_pipeline):
    r = web_pipeline.get("/api/search", params={"q": "accord de transport maritime signé en Lettonie",
                                                "mode": "semantic", "limit": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["searchable"] == 5
    top2 = {h["ext_id"] for h in body["items"][:2]}
    assert top2 == {"p4", "p5"}  # the Riga deal, in English and in French


# ----------------------------------------------------------------------------- ingest through the API

TXT = ("Lena Varga quitte Tallinn\n\nLa ministre hongroise Lena Varga a quitt\u00e9 Tallinn mercredi "
       "apr\u00e8s l'inauguration du terminal de ferries, a indiqu\u00e9 son minist\u00e8re.\n")


@pytest.fixture(scope="module")
def ingest_client(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("ingest") / "i.db")
    with TestClient(create_app(path, token=WEB_TOKEN, report_budget=0)) as c:
        yield c


def test_upload_runs_pipeline_and_is_idempotent(ingest_client):
    r = ingest_client.post("/api/ingest", headers=AUTH,
                           files={"files": ("varga-depart.txt", TXT.encode("utf-8"), "text/plain")})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["created"] == 1 and body["analysed"] is True
    (art,) = body["articles"]
    assert art["ext_id"] == "varga-depart" and art["lang"] == "fr" and art["event"]
    full = ingest_client.get(f"/api/articles/{art['id']}").json()
    assert any(m["text"] == "Lena Varga" for m in full["entities"])
    again = ingest_client.post("/api/ingest", headers=AUTH,
                               files={"files": ("copy.txt", TXT.encode("utf-8"), "text/plain")}).json()
    assert again["created"] == 0 and again["reused"] == 1
    assert ingest_client.get("/api/articles").json()["total"] == 1


def test_upload_jsonl_and_bad_files(ingest_client):
    lines = [json.dumps({"id": d["id"], "text": d["text"], "date": d["date"], "source": d["source"],
                         "lang": d["lang"]}, ensure_ascii=False) for d in PIPELINE_DOCS[3:]]
    r = ingest_client.post("/api/ingest", headers=AUTH, files=[
        ("files", ("batch.jsonl", ("\n".join(lines) + "\n").encode(), "application/x-ndjson")),
        ("files", ("../../etc/evil.txt", b"", "text/plain")),
    ])
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["created"] == 2 and {a["ext_id"] for a in body["articles"]} == {"p4", "p5"}
    assert body["errors"] and all("/" not in e.split(":")[0] for e in body["errors"])
    nothing = ingest_client.post("/api/ingest", headers=AUTH, files={"files": ("empty.txt", b"", "text/plain")})
    assert nothing.status_code == 422


def test_json_ingest(ingest_client):
    r = ingest_client.post("/api/ingest", headers=AUTH, json={"articles": [
        {"id": "j1", "text": PIPELINE_DOCS[2]["text"], "date": "2024-11-06", "source": "baltic-daily.example",
         "title": PIPELINE_DOCS[2]["title"], "url": "https://baltic-daily.example/news/3"}]})
    assert r.status_code == 201, r.text
    (a,) = r.json()["articles"]
    assert a["lang"] == "en" and a["event"]
    got = ingest_client.get(f"/api/articles/{a['id']}").json()
    assert got["date"]["value"] == "2024-11-06" and got["source"] == "baltic-daily.example"
