"""Only the claims a report can align are embedded: the claims of an article that no other
article of the report shares an event with are never encoded, and the alignment (clusters,
agreements, single-source claims) equals the one computed with every claim's vector."""
from __future__ import annotations

import numpy as np

from newsweave.compare.alignment import align_claims, embed_claims
from newsweave.compare.claim_cache import CLAIMS
from newsweave.compare.claim_need import needs_vectors, vector_mask
from newsweave.compare.claim_prep import prepare_claims
from newsweave.compare.claims import extract_claims
from newsweave.compare.report import build_report
from newsweave.compare.summary import summarize
from newsweave.enrich.embed import HashingEmbedder
from newsweave.model import Article, DateInfo, Mention
from newsweave.store import SQLiteRepository
from newsweave.store.base import EventRecord, StoryRecord

NAMES = ("Quillan Point", "Brisk Lines", "Harl Basin", "Orvel")


def _layered(a: Article) -> Article:
    """The entity layer the pipeline stores (claims read it, they run no NER of their own)."""
    for n in NAMES:
        i = a.text.find(n)
        if i >= 0:
            a.entities.append(Mention(i, i + len(n), n, "LOC" if n != "Brisk Lines" else "ORG", name=n))
    return a


def _ferry(k: int, event: str = "e1") -> Article:
    """Reports of one invented ferry accident, passenger counts differing between outlets."""
    text = (f"Ferry runs aground off Quillan Point\n\nA passenger ferry ran aground off Quillan Point "
            f"on Tuesday morning, the coastguard said. About {40 + 10 * k} passengers were taken "
            f"ashore by lifeboats. The operator Brisk Lines said the vessel had lost engine power.")
    return _layered(Article(id=f"fy{k}", text=text, source=f"Outlet {k}", lang="en", event=event,
                            story="s1", date=DateInfo("2031-06-03")))


def _salvage(k: int = 0, event: str = "e2") -> Article:
    """A later happening of the same story that one outlet reports alone."""
    text = (f"Salvage crews reach the ferry\n\nSalvage crews of Harl Basin began pumping water out "
            f"of the stranded hull on Friday, the harbour office of Orvel said. Tugs will try to "
            f"refloat the vessel at high tide next week, according to Brisk Lines ({k}).")
    return _layered(Article(id=f"sv{k}", text=text, source=f"Salvage desk {k}", lang="en",
                            event=event, story="s1", date=DateInfo("2031-06-06")))


class Counting(HashingEmbedder):
    """The hashing embedder, recording the texts that reach its model."""

    def __init__(self, repo=None):
        super().__init__(repo)
        self.texts: list[str] = []
        inner = self.model.embed

        def embed(texts):
            self.texts += list(texts)
            return inner(texts)

        self.model.embed = embed


def test_the_mask_asks_for_claims_of_articles_sharing_an_event():
    claims = extract_claims([_ferry(0), _ferry(1), _salvage()])
    mask = vector_mask(claims)
    assert mask.any() and not mask.all()
    assert all(m == (c.event == "e1") for c, m in zip(claims, mask))


def test_without_any_shared_event_every_claim_gets_a_vector():
    """One article, or a story of events of one article each: the summary ranks these claims."""
    assert vector_mask(extract_claims([_salvage()])).all()
    assert vector_mask(extract_claims([_ferry(0, "e1"), _salvage(0, "e2")])).all()


def test_an_article_without_an_event_may_align_with_any_other():
    claims = extract_claims([_ferry(0, None), _salvage(0, "e2")])
    assert vector_mask(claims).all()


def test_needs_vectors_for_a_stored_article():
    assert needs_vectors(2, True) and needs_vectors(None, True)
    assert not needs_vectors(1, True)  # alone in its event, other events of its story shared
    assert needs_vectors(1, False)  # no event of its story shared: the summary ranks it


def test_a_claim_that_cannot_align_is_not_encoded_and_clusters_equal_the_full_path():
    claims = extract_claims([_ferry(0), _ferry(1), _ferry(2), _salvage()])
    emb = Counting()
    got = align_claims(claims, embedder=emb)
    lone = [c.core for c in claims if c.event == "e2"]
    assert lone and not set(lone) & set(emb.texts)
    assert {c.core for c in claims if c.event == "e1"} == set(emb.texts)
    full = align_claims(claims, vectors=embed_claims(claims, HashingEmbedder()))
    assert [(c.id, c.claims, c.label) for c in got.clusters] == \
        [(c.id, c.claims, c.label) for c in full.clusters]
    assert any(c.n_sources == 3 for c in got.clusters)  # the three ferry leads agree
    assert got.has_vector().sum() == len(claims) - len(lone)


def test_the_summary_still_ranks_a_claim_without_a_vector():
    claims = extract_claims([_ferry(0), _ferry(1), _salvage()])
    al = align_claims(claims, embedder=HashingEmbedder())
    summ = summarize(al, max_sentences=5)
    lone = {c.id for c in claims if c.event == "e2"}
    assert summ[0].sources == ["Outlet 0", "Outlet 1"]
    assert any(s.claim in lone for s in summ)  # the salvage, reported once, is still told


def _store(tmp_path, arts: list[Article]) -> SQLiteRepository:
    repo = SQLiteRepository(str(tmp_path / "n.db"))
    repo.put_story(StoryRecord("s1", "Ferry aground"))
    for ev in sorted({a.event for a in arts}):
        repo.put_event(EventRecord(ev, story="s1", title=ev, size=sum(a.event == ev for a in arts)))
    for a in arts:
        repo.add_article(a)
        repo.save_layers(a, "test", "1", ["entities", "timexes", "event"])
    return repo


def test_ingest_side_preparation_embeds_what_a_story_report_asks_for(tmp_path):
    CLAIMS.clear()
    arts = [_ferry(0), _ferry(1), _salvage()]
    repo = _store(tmp_path, arts)
    emb = Counting(repo)
    got = prepare_claims(repo, arts, emb)
    assert got.articles == 3 and got.unaligned == 1
    salvage = {c.core for c in extract_claims([arts[2]])}
    assert not salvage & set(emb.texts)
    CLAIMS.clear()  # a new process: the story report runs no model
    after = Counting(repo)
    rep = build_report(repo, "s1", embedder=after)
    assert after.texts == [] and rep.stats["claims"] > 6
    # a second outlet reports the salvage: both salvage articles are embedded by that ingest
    late = _salvage(1)
    repo.add_article(late)
    repo.save_layers(late, "test", "1", ["entities", "timexes", "event"])
    more = Counting(repo)
    again = prepare_claims(repo, [late], more)
    assert again.articles == 2 and again.unaligned == 0
    assert salvage <= set(more.texts)
    CLAIMS.clear()
    last = Counting(repo)
    build_report(repo, "s1", embedder=last)
    assert last.texts == []
    repo.close()
