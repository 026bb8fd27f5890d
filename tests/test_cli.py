"""The CLI as a user runs it: analyze contract, ingest idempotency, bad input, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from newsweave.cli import app

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "src/newsweave/schema/analyze.schema.json")
                    .read_text(encoding="utf-8"))
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    docs = [
        {"id": "j1", "text": "Le ministre italien des Finances, Marco Bellini, est arrivé lundi à Lisbonne "
                             "pour une réunion de deux jours.\n« Nous voulons un accord rapide », a-t-il déclaré.",
         "date": "2023-10-02", "lang": "fr", "source": "exemple-presse.fr", "title": "Bellini à Lisbonne"},
        {"id": "j2", "text": "Italian finance minister Marco Bellini arrived in Lisbon on Monday for "
                             "two days of talks, the ministry said.", "date": "2023-10-02"},
        {"id": "j3", "text": "Le ministre italien des Finances, Marco Bellini, est arrivé lundi à Lisbonne "
                             "pour une réunion de deux jours.\n« Nous voulons un accord rapide », a-t-il déclaré."},
    ]
    (d / "a_batch.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in docs) + "\n",
                                     encoding="utf-8")
    (d / "b_note.txt").write_text("Storm closes the port of Gdansk\n\nPublished: 14 January 2024\n\n"
                                  "A winter storm closed the port of Gdansk on Sunday, officials said.\n",
                                  encoding="utf-8")
    (d / "c_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 40)
    (d / "d_empty.txt").write_bytes(b"")
    return d


def test_help_everywhere():
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0 and "analyze" in res.output
    for cmd in ("ingest", "analyze", "articles", "show", "demo", "events", "stories", "event", "entity",
                "report", "timeline", "search", "recluster", "serve"):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0, (cmd, r.output)


def test_analyze_contract(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["analyze", str(corpus), "--out", str(out)])
    assert res.exit_code == 3, res.output  # two inputs rejected, the rest processed
    assert "c_binary.txt" in res.stderr and "d_empty.txt" in res.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["j1", "j2", "j3", "b_note"]  # input order
    for r in recs:
        jsonschema.validate(r, SCHEMA)
        for span in r["entities"] + r["timexes"] + r["quotes"] + r["attributions"]:
            assert 0 <= span["start"] < span["end"] <= len(r["text"])
        for m in r["entities"] + r["timexes"]:
            assert r["text"][m["start"]:m["end"]] == m["text"]
    src = {json.loads(line)["id"]: json.loads(line) for line in
           (corpus / "a_batch.jsonl").read_text(encoding="utf-8").splitlines()}
    assert recs[0]["text"] == src["j1"]["text"]  # JSONL text kept exactly
    assert recs[0]["date"]["value"] == "2023-10-02" and recs[0]["date"]["source"] == "metadata"
    assert recs[2]["duplicate_of"] == "j1"  # same text, different id: linked, not dropped
    assert recs[3]["date"]["value"] == "2024-01-14" and recs[3]["date"]["granularity"] == "day"
    # the French and English reports of one arrival form one event
    assert recs[0]["event"] is not None and recs[0]["event"] == recs[1]["event"]
    assert recs[3]["event"] != recs[0]["event"]
    # the same person is one entity across languages
    ent = {m["text"]: m["entity"] for r in recs[:2] for m in r["entities"] if "Bellini" in m["text"]}
    assert len(set(ent.values())) == 1, ent


def test_ingest_is_idempotent_and_show(corpus, tmp_path):
    db = tmp_path / "nw.db"
    first = runner.invoke(app, ["ingest", str(corpus / "a_batch.jsonl"), "--db", str(db)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(corpus / "a_batch.jsonl"), "--db", str(db)])
    assert again.exit_code == 0 and "0 new" in again.stderr
    listed = runner.invoke(app, ["articles", "--db", str(db), "--json"])
    rows = json.loads(listed.stdout)
    assert len(rows) == 2  # j3 has the same text as j1: stored once
    shown = runner.invoke(app, ["show", "j1", "--db", str(db), "--json"])
    rec = json.loads(shown.stdout)
    assert rec["id"] == "j1" and any(p["kind"] == "entities" for p in rec["provenance"])
    missing = runner.invoke(app, ["show", "nope", "--db", str(db)])
    assert missing.exit_code == 5


def test_nothing_processable_exit_code(corpus, tmp_path):
    res = runner.invoke(app, ["analyze", str(corpus / "c_binary.txt"), "--out", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 4
    res = runner.invoke(app, ["analyze", str(tmp_path / "does-not-exist"), "--out", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 4 and "does-not-exist" in res.stderr
