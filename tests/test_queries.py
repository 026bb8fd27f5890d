"""The query layer shared by the CLI and the API: one resolver, one timeline document, injected
embedders (any dimension), and failures that surface instead of degrading silently."""
from __future__ import annotations

import hashlib
import json
import logging

import numpy as np
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsweave import queries as Q
from newsweave.api import create_app
from newsweave.cli import app as cli
from newsweave.enrich.embed import CachedEmbedder, embedding_text, vector_key
from newsweave.store import open_store
from webtest_corpus import build_hand_db


class TinyModel:
    """A made-up 8-dimensional embedding model: a text's vector comes from its hash."""

    name, version, dim = "tiny-hash-8", "1", 8

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts):
        self.calls += 1
        rows = []
        for t in texts:
            raw = np.frombuffer(hashlib.sha256(t.encode()).digest(), dtype=np.uint8)[:self.dim]
            v = raw.astype(np.float32) - 127.5
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, self.dim), dtype=np.float32)


class BrokenModel(TinyModel):
    def embed(self, texts):
        raise RuntimeError("embedder offline")


@pytest.fixture()
def hand_path(tmp_path):
    path = str(tmp_path / "hand.db")
    repo = open_store(path)
    build_hand_db(repo)
    repo.close()
    return path


def test_resolver_kinds_and_names(hand_path):
    repo = open_store(hand_path)
    assert Q.resolve_subject(repo, "ev-walkout").kind == "event"
    assert Q.resolve_subject(repo, "st-dock").kind == "story"
    assert Q.resolve_subject(repo, "ent-okafor").kind == "entity"
    assert Q.resolve_subject(repo, "ent-okafor", kinds=("event", "story")) is None
    # a name resolves only where names are allowed, in any script
    assert Q.resolve_subject(repo, "Mara Okafor") is None
    named = Q.resolve_subject(repo, "\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440", by_name=True)
    assert named is not None and (named.kind, named.id) == ("entity", "ent-okafor")
    assert Q.resolve_entity(repo, "no such person anywhere") is None


def test_cli_and_api_timelines_are_one_document(hand_path):
    with TestClient(create_app(hand_path, report_budget=0, page_cache=0)) as c:
        api = c.get("/api/timelines/st-dock").json()
    res = CliRunner().invoke(cli, ["timeline", "st-dock", "--db", hand_path, "--json", "--max-points", "0"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == api
    assert api["engine"] == "newsweave.compare.timeline"
    for p in api["timeline"]:
        assert p["sources"] and p["citations"] and p["texts"] == [p["description"]]
    missing = CliRunner().invoke(cli, ["timeline", "nope", "--db", hand_path])
    assert missing.exit_code == 5


def test_semantic_search_with_an_injected_embedder_of_any_dimension(hand_path):
    emb = CachedEmbedder(TinyModel())
    repo = open_store(hand_path)
    arts = [a for a in repo.iter_articles() if not a.duplicate_of]
    texts = [embedding_text(a) for a in arts]
    repo.put_vectors({vector_key(emb.space, t): v.tobytes() for t, v in zip(texts, emb.embed(texts))})
    repo.close()
    with TestClient(create_app(hand_path, report_budget=0, embedder=emb)) as c:
        r = c.get("/api/search", params={"q": texts[2], "mode": "semantic", "limit": 3}).json()
        assert r["searchable"] == len(arts)
        assert r["items"][0]["ext_id"] == arts[2].id and r["items"][0]["score"] == pytest.approx(1.0)
        page = c.get("/search", params={"q": texts[2], "mode": "semantic"}, headers={"accept": "text/html"})
        assert page.status_code == 200 and f"semantic search over {len(arts)} embedded articles" in page.text
        # the same embedder aligns the claims of reports
        before = emb.model.calls
        assert c.get("/api/reports/ev-walkout?format=json").status_code == 200
        assert emb.model.calls > before


def test_a_failing_report_is_a_logged_500_not_a_fallback(hand_path, caplog):
    app = create_app(hand_path, report_budget=0, page_cache=0, embedder=CachedEmbedder(BrokenModel()))
    with TestClient(app, raise_server_exceptions=False) as c, caplog.at_level(logging.ERROR):
        r = c.get("/api/reports/ev-walkout?format=md")
        assert r.status_code == 500 and r.json() == {"detail": "internal error"}
        assert r.headers["content-security-policy"]
        page = c.get("/events/ev-walkout", headers={"accept": "text/html"})
        assert page.status_code == 500 and "internal error" in page.text
        assert c.get("/api/events/ev-walkout").status_code == 500
        assert c.get("/api/articles").status_code == 200  # the rest of the desk still works
    failures = [rec for rec in caplog.records if rec.exc_info]
    assert failures and "embedder offline" in str(failures[0].exc_info[1])
    assert app.state.reports.peek(app.state.repo, "ev-walkout") is None  # a failure is not cached


def test_cli_report_goes_through_the_same_cache_and_renderers(hand_path, tmp_path):
    out = tmp_path / "r.json"
    res = CliRunner().invoke(cli, ["report", "ev-walkout", "--db", hand_path, "--format", "json",
                                   "--out", str(out)])
    assert res.exit_code == 0, res.output
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["target"]["id"] == "ev-walkout" and rep["stats"]["outlets"] == 3
    assert [c["kind"] for c in rep["conflicts"]] == ["number"]
    assert CliRunner().invoke(cli, ["report", "ent-okafor", "--db", hand_path]).exit_code == 5
