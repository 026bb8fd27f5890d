"""The reader's language on the timeline command and endpoint (``--lang`` / ``?lang=``)."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsweave import queries as Q
from newsweave.api import create_app
from newsweave.cli import app as cli
from newsweave.store import open_store
from webtest_corpus import build_hand_db


def _described_from(point: dict, arts: dict, lang: str) -> bool:
    head = " ".join(point["description"].rstrip("…").split())[:40]
    return any(head in " ".join(arts[c["article"]].text.split()) for c in point["citations"]
               if arts[c["article"]].lang == lang)


def test_points_are_described_from_a_source_in_the_readers_language(tmp_path):
    path = str(tmp_path / "hand.db")
    repo = open_store(path)
    build_hand_db(repo)
    arts = {a.id: a for a in Q.subject_articles(repo, Q.resolve_subject(repo, "st-dock"))}
    repo.close()
    checked = set()
    with TestClient(create_app(path, report_budget=0, page_cache=0)) as c:
        for lang in ("en", "fr", "ru"):
            api = c.get(f"/api/timelines/st-dock?lang={lang}").json()
            for p in api["timeline"]:
                if p["kind"] == "happened" and lang in p["languages"]:
                    assert _described_from(p, arts, lang), (lang, p["description"])
                    checked.add(lang)
    assert checked == {"en", "fr", "ru"}
    res = CliRunner().invoke(cli, ["timeline", "st-dock", "--db", path, "--json", "--lang", "ru",
                                   "--max-points", "0"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == api
