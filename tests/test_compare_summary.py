"""Claim alignment across languages and the extractive multi-source summary."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import align_claims, extract_claims
from newsweave.compare.summary import summarize
from newsweave.model import Article, Mention


def _with_places(a: Article, names=("Tarnby", "Velna")) -> Article:
    """The entity layer the pipeline stores (claims read it, they run no NER of their own)."""
    for n in names:
        i = a.text.index(n)
        a.entities.append(Mention(i, i + len(n), n, "LOC", name=n))
    return a


@pytest.fixture(scope="module")
def alignment():
    from newsweave.enrich.embed import Embedder
    arts = [
        Article(id="a", source="Alpha", lang="en", text=(
            "The river ferry between Tarnby and Velna sank on Monday evening. "
            "A local bakery donated bread to the rescue teams.")),
        Article(id="b", source="Beta", lang="fr", text=(
            "Le bac fluvial entre Tarnby et Velna a coulé lundi soir. "
            "Les syndicats de marins réclament une enquête indépendante.")),
        Article(id="c", source="Gamma", lang="de", text=(
            "Die Flussfähre zwischen Tarnby und Velna ist am Montagabend gesunken. "
            "Der Fährbetreiber kündigte eine interne Untersuchung an.")),
    ]
    return align_claims(extract_claims([_with_places(a) for a in arts]), embedder=Embedder())


def test_crosslingual_claims_align_into_one_cluster(alignment):
    big = max(alignment.clusters, key=lambda c: c.n_sources)
    assert big.n_sources == 3 and big.label == "shared"
    by_id = {c.id: c for c in alignment.claims}
    assert all(by_id[c].position < 0.5 for c in big.claims)  # the three leads
    assert sum(1 for c in alignment.clusters if c.n_sources == 1) >= 2  # the unrelated follow-ups


def test_summary_favours_claims_carried_by_many_sources(alignment):
    summ = summarize(alignment, max_sentences=2)
    assert summ[0].sources == ["Alpha", "Beta", "Gamma"]
    assert sorted(summ[0].articles) == ["a", "b", "c"]
    assert len(summ) == 2 and len(summ[1].sources) == 1
    assert summarize(alignment, max_sentences=1)[0].cluster == summ[0].cluster
