"""Isolation per record: one bad record (lone surrogate, 5,000-digit number, huge string) is
refused with file:line and a reason; the other lines, files and uploads go on."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient

from newsweave.api import create_app
from newsweave.ingest import read_bytes, read_paths

from conftest import WEB_TOKEN

AUTH = {"Authorization": f"Bearer {WEB_TOKEN}"}
BODY = ("The harbour authority of Vellmar closed the northern pier on Monday after a storm damaged "
        "the cranes. Repairs are expected to take two weeks, officials said.")


def _errs():
    out: list[tuple[str, str]] = []
    return out, lambda o, r: out.append((o, r))


def test_bad_jsonl_records_are_refused_one_by_one():
    lines = [json.dumps({"id": "ok1", "text": BODY}),
             '{"id": "sur", "text": "before \\ud800 after"}',
             '{"id": "num", "text": "x", "n": ' + "7" * 5000 + "}",
             json.dumps({"id": "huge", "text": BODY, "extra": "y" * 200_000}),
             "[" * 100_000,
             '{"id": "nan", "text": "x", "v": NaN}',
             json.dumps({"id": "ok2", "text": BODY + " Ferries keep running."})]
    errs, on_error = _errs()
    arts = read_bytes(("\n".join(lines) + "\n").encode(), "batch.jsonl", on_error)
    assert [a.id for a in arts] == ["ok1", "ok2"]
    where = {o: r for o, r in errs}
    assert set(where) == {f"batch.jsonl:{n}" for n in (2, 3, 4, 5, 6)}
    assert "surrogate" in where["batch.jsonl:2"]
    assert "5,000 digits" in where["batch.jsonl:3"]
    assert "too long" in where["batch.jsonl:4"]
    assert "deep" in where["batch.jsonl:5"]
    assert "NaN" in where["batch.jsonl:6"]


def test_a_text_over_a_million_characters_is_stored_not_refused(tmp_path):
    """No length limit of its own: the stages read a long text in pieces (test_intake_long_texts)."""
    (tmp_path / "big.txt").write_text("A line of the council minutes about roads.\n" * 30_000)
    (tmp_path / "ok.txt").write_text("Pier closed after storm\n\n" + BODY)
    errs, on_error = _errs()
    arts = sorted(read_paths([str(tmp_path)], on_error), key=lambda a: a.id)
    assert [a.id for a in arts] == ["big", "ok"] and not errs
    assert len(arts[0].text) > 1_200_000


def test_json_array_record_with_surrogate_is_refused_alone():
    data = json.dumps([{"id": "a", "text": BODY}, {"id": "b", "text": "x\ud800y"}]).encode()
    errs, on_error = _errs()
    arts = read_bytes(data, "two.json", on_error)
    assert [a.id for a in arts] == ["a"] and errs[0][0] == "two.json#1"


def test_upload_with_a_bad_record_is_not_a_500(tmp_path):
    with TestClient(create_app(str(tmp_path / "u.db"), token=WEB_TOKEN, report_budget=0)) as c:
        jsonl = (json.dumps({"id": "u1", "text": BODY}) + "\n" + '{"id": "u2", "text": "a\\udfff"}\n').encode()
        r = c.post("/api/ingest", headers=AUTH, files={"files": ("b.jsonl", jsonl, "application/x-ndjson")})
        assert r.status_code == 201, r.text
        assert [a["ext_id"] for a in r.json()["articles"]] == ["u1"]
        assert any("b.jsonl" in e and "surrogate" in e for e in r.json()["errors"])
        # a JSON body is one request: refused as a whole (4xx), never a 500
        r = c.post("/api/ingest", headers={**AUTH, "content-type": "application/json"},
                   content='{"articles": [{"id": "j3", "text": "\\ud800"}]}')
        assert r.status_code == 422
        bad = "x" + "\x01" * 50
        r = c.post("/api/ingest", headers=AUTH, json={"articles": [{"id": "j4", "text": bad},
                                                                    {"id": "j5", "text": BODY}]})
        assert r.status_code == 201, r.text
        assert [a["ext_id"] for a in r.json()["articles"]] == ["j5"]
        assert "control characters" in r.json()["errors"][0]


def test_a_text_without_spaces_is_refused_but_long_words_and_unspaced_scripts_are_not():
    url = "https://example.org/" + "a1b2" * 300  # a long link inside prose is still an article
    lines = [json.dumps({"id": "run", "text": "q" * 60_000}),
             json.dumps({"id": "link", "text": f"{BODY} The notice is at {url} for residents."}),
             json.dumps({"id": "zh", "text": "港口管理局周一关闭了北码头" * 600})]
    errs, on_error = _errs()
    arts = read_bytes(("\n".join(lines) + "\n").encode(), "spaces.jsonl", on_error)
    assert sorted(a.id for a in arts) == ["link", "zh"]
    assert [o for o, _ in errs] == ["spaces.jsonl:1"]
    assert "without a space" in errs[0][1]
