"""Claims extracted and embedded once the articles are analysed: a report afterwards extracts
nothing and runs no model, also in a new process (memory caches emptied)."""
from __future__ import annotations

from newsweave.compare.claim_cache import CLAIMS
from newsweave.compare.claim_prep import prepare_claims
from newsweave.compare.report import build_report
from newsweave.components import Components
from newsweave.enrich.embed import HashingEmbedder, HashingModel
from newsweave.model import Article, DateInfo
from newsweave.pipeline import Pipeline, PipelineConfig
from newsweave.store import SQLiteRepository

OUTLETS = ["Ferrow Gazette", "Listal Radio", "Upper Brook Times"]


def _articles() -> list[Article]:
    """Three reports of one invented ferry accident, numbers differing between outlets."""
    out = []
    for k, src in enumerate(OUTLETS):
        text = (f"Ferry runs aground off Quillan Point\n\n"
                f"A passenger ferry ran aground off Quillan Point on Tuesday morning, the coastguard "
                f"of Ferrow said. About {40 + 10 * k} passengers were taken ashore by lifeboats. "
                f"The operator Brisk Lines said the vessel had lost engine power near the reef. "
                f"Divers will inspect the hull on Wednesday, a spokesman for Brisk Lines told {src}.")
        out.append(Article(id=f"fy{k}", text=text, source=src, lang="en",
                           date=DateInfo("2031-06-03")))
    return out


class Counting(HashingEmbedder):
    """The hashing embedder, counting the calls that reach its model."""

    def __init__(self, repo):
        super().__init__(repo)
        self.calls = 0
        inner = self.model.embed

        def embed(texts):
            self.calls += 1
            return inner(texts)

        self.model.embed = embed


def _ingest(repo, prepare: bool) -> list[Article]:
    pipe = Pipeline(repo, PipelineConfig(stages=("clean", "events"), vector_cache=None,
                                         prepare_reports=prepare),
                    Components(embedder=HashingModel()))
    steps = []
    res = pipe.run(_articles(), progress=lambda stage, done, total: steps.append((stage, done, total)))
    assert res.created == 3
    return res.articles, steps


def test_claims_embedded_at_ingest_are_reused_by_a_report_in_a_new_process(tmp_path):
    repo = SQLiteRepository(str(tmp_path / "p.db"))
    CLAIMS.clear()
    arts, steps = _ingest(repo, prepare=True)
    claim_steps = [s for s in steps if s[0] == "claims"]
    assert claim_steps[0] == ("claims", 0, 3) and claim_steps[-1] == ("claims", 3, 3)
    event = arts[0].event
    assert event and all(a.event == event for a in arts)
    misses = CLAIMS.misses
    CLAIMS.clear()  # a new process: nothing in memory
    emb = Counting(repo)
    rep = build_report(repo, event, embedder=emb)
    assert rep.stats["claims"] > 3
    assert emb.calls == 0 and emb.n_embedded == 0  # every claim vector came from the store
    assert CLAIMS.misses == misses  # and every article's claims
    repo.close()


def test_without_preparation_the_report_embeds_the_claims(tmp_path):
    """The counter above can fail: here the same report has to run the model."""
    repo = SQLiteRepository(str(tmp_path / "q.db"))
    CLAIMS.clear()
    arts, steps = _ingest(repo, prepare=False)
    assert not [s for s in steps if s[0] == "claims"]
    emb = Counting(repo)
    rep = build_report(repo, arts[0].event, embedder=emb)
    assert emb.calls == 1 and 3 < emb.n_embedded <= rep.stats["claims"]  # distinct texts once
    repo.close()


def test_prepare_twice_embeds_nothing_new_and_counts_claims(tmp_path):
    repo = SQLiteRepository(str(tmp_path / "r.db"))
    CLAIMS.clear()
    arts, _ = _ingest(repo, prepare=False)
    emb = Counting(repo)
    first = prepare_claims(repo, arts, emb, batch=2)
    assert first.articles == 3 and first.failed == []
    assert 3 < first.embedded <= first.claims and emb.calls == 2  # two batches, distinct texts
    CLAIMS.clear()
    again = prepare_claims(repo, arts, Counting(repo))
    assert again.claims == first.claims and again.embedded == 0
    repo.close()
