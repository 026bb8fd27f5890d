"""Concurrent writers: two processes ingesting the two halves of a batch into one database at once
give the same events as the halves ingested one after the other (SQLite here; the PostgreSQL
variant in ``test_store_postgres.py`` reuses these helpers with a server URL)."""
from __future__ import annotations

import multiprocessing as mp

from newsweave.components import Components
from newsweave.enrich.embed import HashingModel
from newsweave.model import Article, DateInfo
from newsweave.pipeline import Pipeline, PipelineConfig
from newsweave.store import SQLiteRepository, open_store

TOPICS = [
    ("Vellmar harbour pier closed after storm damages cranes", "harbour pier storm cranes Vellmar closed repairs"),
    ("Ostrava chess festival opens with record entries", "chess festival Ostrava players record entries opening"),
    ("Drought forces water rationing in Kestrel Valley farms", "drought water rationing Kestrel Valley farms wells"),
    ("Tram strike halts traffic across Lindenburg", "tram strike Lindenburg drivers union traffic halted"),
    ("Museum in Coralport returns stolen bronze statue", "museum Coralport bronze statue stolen returned police"),
    ("Avalanche blocks mountain pass near Greywater", "avalanche mountain pass Greywater snow road blocked"),
]
STAGES = ("clean", "events")


def _articles() -> list[Article]:
    out = []
    for t, (title, words) in enumerate(TOPICS):
        for k in range(4):
            text = (f"{title}\n\n" + f"{words} " * 3 + f"Report number {k} on the {words.split()[0]} story, "
                    f"officials said on day {k + 1}. " + f"{words} update {k}.")
            out.append(Article(id=f"t{t}-{k}", text=text, date=DateInfo(f"2024-05-0{k + 1}"), source=f"outlet{k}"))
    return out


def _halves() -> tuple[list[Article], list[Article]]:
    arts = _articles()
    return arts[0::2], arts[1::2]


def _ingest(path: str, half: int, barrier=None) -> None:
    repo = open_store(path)
    pipe = Pipeline(repo, PipelineConfig(stages=STAGES, vector_cache=None), Components(embedder=HashingModel()))
    if barrier is not None:
        barrier.wait(60)
    pipe.run(_halves()[half])
    repo.close()


def _partition(path: str) -> set[frozenset[str]]:
    repo = open_store(path)
    groups: dict[str, set[str]] = {}
    for a in repo.iter_articles():
        groups.setdefault(a.event or f"none:{a.id}", set()).add(a.id)
    # every stored event is one group, of its recorded size (no id given twice by two writers)
    sizes = {e.id: e.size for e in repo.list_events()}
    repo.close()
    assert sizes == {k: len(v) for k, v in groups.items() if not k.startswith("none:")}
    return {frozenset(g) for g in groups.values()}


def concurrent_equals_sequential(seq: str, conc: str) -> None:
    """Ingest the halves one after the other into ``seq``, then at once (two spawned processes
    released together) into ``conc``; both stores must hold the same events."""
    _ingest(seq, 0)
    _ingest(seq, 1)
    expected = _partition(seq)
    assert len(expected) < len(_articles())  # the halves merge into shared events
    ctx = mp.get_context("spawn")
    open_store(conc).close()  # schema created once, before the race
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_ingest, args=(conc, h, barrier)) for h in (0, 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    assert _partition(conc) == expected


def test_two_processes_at_once_equal_sequential_ingest(tmp_path):
    concurrent_equals_sequential(str(tmp_path / "seq.db"), str(tmp_path / "conc.db"))


def test_a_long_lived_pipeline_reloads_what_another_writer_linked(tmp_path):
    path = str(tmp_path / "live.db")
    first, second = _halves()
    repo_a, repo_b = SQLiteRepository(path), SQLiteRepository(path)
    pipe_a = Pipeline(repo_a, PipelineConfig(stages=STAGES, vector_cache=None), Components(embedder=HashingModel()))
    pipe_b = Pipeline(repo_b, PipelineConfig(stages=STAGES, vector_cache=None), Components(embedder=HashingModel()))
    pipe_a.run(first[:6])
    pipe_b.run(second)  # another writer links in between
    pipe_a.run(first[6:])
    seq = str(tmp_path / "seq.db")
    repo = SQLiteRepository(seq)
    p = Pipeline(repo, PipelineConfig(stages=STAGES, vector_cache=None), Components(embedder=HashingModel()))
    p.run(first[:6])
    p.run(second)
    p.run(first[6:])
    assert _partition(path) == _partition(seq)
