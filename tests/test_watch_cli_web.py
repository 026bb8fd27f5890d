"""Feed health and alerts in the CLI (``feeds``, ``alerts``, ``watches``) and on the web (/feeds,
/alerts with the unread count, /api/feeds, /api/alerts, marking read with the write token)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsweave.alerts import AlertStore
from newsweave.api import create_app
from newsweave.cli import app as cli_app
from newsweave.model import Article
from newsweave.store import SQLiteRepository
from newsweave.watch import FeedState, parse_feeds

TOKEN = "watch-web-token-3"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cw.db"
    repo = SQLiteRepository(path)
    cfg = parse_feeds({"feeds": [{"url": "http://127.0.0.1:9/a.xml", "name": "good"},
                                 {"url": "http://127.0.0.1:9/b.xml", "name": "broken"}]})
    good, broken = (FeedState.load(repo, f) for f in cfg.feeds)
    good.mark_seen(["k1", "k2"])
    good.succeeded(1_750_000_000.0, 900, 2, "ok")
    broken.failed(1_750_000_100.0, "HTTP 500 Internal <Server> Error", 900, 3600)
    good.save(repo)
    broken.save(repo)
    row, _ = repo.add_article(Article(id="x1", text="A tram line opened in Castellane on Wednesday.",
                                      title="Tram <b>line</b> opens"))
    store = AlertStore(repo)
    w = store.add_watch("query", "tram")
    store.record(w, [("article:1", {"article": row, "article_id": "x1", "title": "Tram <b>line</b> opens"}),
                     ("article:2", {"article": None, "article_id": "x2", "title": "Second"})])
    repo.close()
    return str(path)


def test_cli_feeds_alerts_and_watches(db):
    r = CliRunner()
    res = r.invoke(cli_app, ["feeds", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    rows = {f["id"]: f for f in json.loads(res.stdout)}
    assert rows["broken"]["status"] == "error" and "HTTP 500" in rows["broken"]["last_error"]
    assert rows["good"]["items_seen"] == 2 and rows["good"]["last_success"]
    assert "broken" in r.invoke(cli_app, ["feeds", "--db", db]).stdout
    res = r.invoke(cli_app, ["alerts", "--db", db, "--json"])
    data = json.loads(res.stdout)
    assert data["unread"] == 2 and len(data["alerts"]) == 2
    assert r.invoke(cli_app, ["alerts", "--db", db, "--read", "W1.1"]).exit_code == 0
    assert json.loads(r.invoke(cli_app, ["alerts", "--db", db, "--json", "--unread"]).stdout)["unread"] == 1
    assert r.invoke(cli_app, ["alerts", "--db", db, "--read", "W9.9"]).exit_code == 5
    res = r.invoke(cli_app, ["watches", "add", "entity", "Odile Vasquez", "--db", db])
    assert res.exit_code == 0 and res.stdout.startswith("W2"), res.output
    assert r.invoke(cli_app, ["watches", "add", "story", "S404", "--db", db]).exit_code == 5
    assert r.invoke(cli_app, ["watches", "add", "mood", "x", "--db", db]).exit_code == 2
    listed = json.loads(r.invoke(cli_app, ["watches", "list", "--db", db, "--json"]).stdout)
    assert [w["id"] for w in listed] == ["W1", "W2"]
    assert r.invoke(cli_app, ["watches", "remove", "W2", "--db", db]).exit_code == 0
    assert r.invoke(cli_app, ["watches", "remove", "W2", "--db", db]).exit_code == 5


def test_cli_watch_refuses_a_bad_feeds_yaml(tmp_path):
    p = tmp_path / "feeds.yaml"
    p.write_text("feeds:\n  - url: gopher://old/feed\n", encoding="utf-8")
    res = CliRunner().invoke(cli_app, ["watch", str(p), "--db", str(tmp_path / "x.db"), "--once"])
    assert res.exit_code == 2 and "http" in res.output


def test_web_feed_health_and_alerts(db):
    with TestClient(create_app(db, token=TOKEN, report_budget=0)) as c:
        html = c.get("/feeds").text
        assert "broken" in html and "HTTP 500 Internal &lt;Server&gt; Error" in html
        feeds = c.get("/api/feeds").json()
        assert feeds["errors"] == 1
        page = c.get("/alerts")
        assert page.status_code == 200 and "2 unread" in page.text
        assert "Tram &lt;b&gt;line&lt;/b&gt; opens" in page.text and "<b>line</b>" not in page.text
        assert 'href="/alerts"' in c.get("/").text
        data = c.get("/api/alerts").json()
        assert data["unread"] == 2 and data["watches"][0]["kind"] == "query"
        assert c.post("/api/alerts/read", json={"ids": ["W1.1"]}).status_code == 401
        r = c.post("/api/alerts/read", json={"ids": ["W1.1"]}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.json() == {"changed": 1, "unread": 1}
        assert "1 unread" in c.get("/alerts").text
        assert len(c.get("/api/alerts?unread=true").json()["alerts"]) == 1
