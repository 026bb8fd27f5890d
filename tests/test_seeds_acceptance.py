"""Acceptance on the reference case (../shared/seeds), run exactly as a user would: `analyze`.

The code never names anything in these files; this test states what a careful reader finds in
them: two visits of the same people to the same city (one dated September 2024, the other June
2025) that must be two events of one story, one person written in several spellings and scripts,
and the conflicts between sources that the briefings must surface.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.cli import app

# ../shared next to the checkout (a git worktree may sit one level deeper: look further up too)
SEEDS = next((p / "shared" / "seeds" for p in Path(__file__).resolve().parents[2:]
              if (p / "shared" / "seeds").is_dir()), Path(__file__).resolve().parents[2] / "shared" / "seeds")
runner = CliRunner()


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.fail(f"the reference seeds are missing: expected {SEEDS} (CI has ../shared)")
    d = tmp_path_factory.mktemp("seeds")
    db = d / "seeds.db"
    res = runner.invoke(app, ["analyze", str(SEEDS), "--db", str(db), "--out", str(d / "out.jsonl")])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in (d / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    return recs, db


def _visit_month(rec) -> str:
    """The month of the visit a record reports, read from its own header or its event's date."""
    return (rec["date"] or {}).get("value", "")[:7]


def test_records_carry_metadata(analysed):
    recs, _ = analysed
    assert len(recs) == 5
    for r in recs:
        assert r["lang"] == "fr" and r["title"]
        assert r["boilerplate"] or not re.search(r"\n\s*\n\s*\n\s*\n", r["text"])
        last = r["text"].strip().splitlines()[-1].strip()
        if last.startswith("http"):
            assert r["url"] == last and r["source"] and r["source"] in last
    grains = {r["date"]["granularity"] for r in recs if r["date"] and r["date"]["source"] == "text"}
    assert {"day", "month"} <= grains


def test_two_visits_are_two_events_in_one_story(analysed):
    recs, _ = analysed
    by_month: dict[str, set] = {}
    for r in recs:
        by_month.setdefault(_visit_month(r)[:4], set()).add(r["event"])
    assert set(by_month) == {"2024", "2025"}, by_month
    assert all(len(evs) == 1 for evs in by_month.values()), by_month
    assert by_month["2024"] != by_month["2025"]
    assert len({r["story"] for r in recs}) == 1


def test_every_spelling_of_the_visitor_is_one_entity(analysed):
    recs, _ = analysed
    pattern = re.compile(r"Sho[iï]gu|Cho[iï]gou|Шойгу", re.I)
    ids = {m["entity"] for r in recs for m in r["entities"] if pattern.search(m["text"])}
    assert len(ids) == 1, ids
    scripts = {("cyr" if re.search("[а-яіїє]", m["text"], re.I) else "lat")
               for r in recs for m in r["entities"] if m["entity"] in ids}
    assert scripts == {"cyr", "lat"}


def test_briefings_show_the_conflicts(analysed):
    recs, db = analysed
    events = {r["event"] for r in recs}
    kinds = {}
    for ev in events:
        res = runner.invoke(app, ["report", ev, "--db", str(db), "--format", "json"])
        assert res.exit_code == 0, res.output
        rep = json.loads(res.stdout)
        kinds[ev] = {c["kind"] for c in rep["conflicts"]}
        for c in rep["conflicts"]:
            assert c["a"]["source"] and c["b"]["source"] and c["a"]["text"] and c["b"]["text"]
    assert any("location" in k for k in kinds.values()), kinds
    assert any("title" in k or "role" in k for k in kinds.values()), kinds
