"""Claims extracted and embedded once the articles are analysed: a report afterwards extracts
nothing and runs no model, also in a new process (memory caches emptied)."""
from __future__ import annotations

from newsweave.compare.claim_cache import CLAIMS
from newsweave.compare.claim_prep import MARK, prepare_claims
from newsweave.compare.report import build_report, render_json
from newsweave.components import Components
from newsweave.enrich.embed import HashingEmbedder, HashingModel
from newsweave.model import Article, DateInfo
from newsweave.pipeline import Pipeline, PipelineConfig
from newsweave.store import SQLiteRepository
from newsweave.store.base import ArticleFilter

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


def _lone() -> Article:
    """An invented report of another happening, in a story of its own."""
    return Article(id="lib", lang="en", source="Harl Courier", date=DateInfo("2031-05-20"),
                   text="Orvel library reopens after flood repairs\n\nThe municipal library of Orvel "
                        "reopened on Monday after eight months of repairs, the town council said. "
                        "Its reading rooms now stand on raised floors above the old flood line.")


def _comparable(rep) -> dict:
    """What a report shows, less its timings and the ids the store assigns."""
    d = render_json(rep)
    return {k: v for k, v in d.items() if k not in ("stats", "target", "events")}


def test_an_article_alone_in_its_story_is_left_to_its_own_report(tmp_path):
    repo = SQLiteRepository(str(tmp_path / "s.db"))
    CLAIMS.clear()
    pipe = Pipeline(repo, PipelineConfig(stages=("clean", "events"), vector_cache=None),
                    Components(embedder=HashingModel()))
    arts = pipe.run(_articles() + [_lone()]).articles
    lone = next(a for a in arts if a.id == "lib")
    assert all(a.story != lone.story for a in arts if a is not lone)
    got = prepare_claims(repo, arts, Counting(repo))
    assert got.articles == 3 and got.deferred == 1
    marks = repo.get_vectors([MARK + str(a.db_id) for a in arts])
    assert set(marks) == {MARK + str(a.db_id) for a in arts if a is not lone}
    CLAIMS.clear()
    emb = Counting(repo)
    rep = build_report(repo, lone.event, embedder=emb)
    assert rep.stats["claims"] >= 2 and emb.calls == 1  # its report embeds its own claims
    repo.close()


def test_a_report_after_a_partner_arrives_later_equals_one_of_both_ingested_at_once(tmp_path):
    """The first article is alone at its ingest (left to its report); the ingest that brings the
    others into its story prepares it too, and the report equals that of one ingest of all."""
    reports = []
    for name, batches in (("later", [_articles()[:1], _articles()[1:]]), ("once", [_articles()])):
        repo = SQLiteRepository(str(tmp_path / f"{name}.db"))
        CLAIMS.clear()
        pipe = Pipeline(repo, PipelineConfig(stages=("clean", "events"), vector_cache=None,
                                             prepare_reports=True),
                        Components(embedder=HashingModel()))
        arts = pipe.run(batches[0]).articles
        if name == "later":  # alone in its story: not prepared
            assert not repo.get_vectors([MARK + str(arts[0].db_id)])
            arts += pipe.run(batches[1]).articles
            first = repo.get_article(arts[0].db_id)
            assert repo.count_articles(ArticleFilter(story=first.story)) == 3
            assert repo.get_vectors([MARK + str(arts[0].db_id)])
        event = repo.get_article(arts[0].db_id).event
        assert all(repo.get_article(a.db_id).event == event for a in arts)
        CLAIMS.clear()  # a new process
        emb = Counting(repo)
        rep = build_report(repo, event, embedder=emb)
        assert emb.calls == 0  # every article was prepared, the first one by the second ingest
        reports.append(_comparable(rep))
        repo.close()
    assert reports[0] == reports[1]
