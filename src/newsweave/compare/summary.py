"""Extractive multi-source summary of an event.

Each aligned claim cluster is scored by how many outlets carry it and by the centrality of its
representative claim (mean similarity to every other claim that has a vector), with a small
bonus for claims that appear early in their articles (news leads state the happening). The top
clusters' representative sentences form the summary, in article order; each sentence cites every
article of its cluster. Claims without a vector (in a story report, those of events that only one
article reports: :mod:`.claim_need`) are not ranked and count in no centrality.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .alignment import Alignment


@dataclass
class SummarySentence:
    text: str
    claim: str
    cluster: str
    articles: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "claim": self.claim, "cluster": self.cluster,
                "articles": self.articles, "sources": self.sources,
                "score": round(self.score, 3)}


def summarize(alignment: Alignment, max_sentences: int = 5, max_chars: int = 320
              ) -> list[SummarySentence]:
    claims = alignment.claims
    if not claims:
        return []
    idx = alignment.index()
    sim = alignment.sim
    has = alignment.has_vector()
    n = int(has.sum())
    # rows of claims without a vector are 0 off the diagonal: the sums are over those with one
    centrality = (sim.sum(axis=1) - 1.0) / max(1, n - 1) if n > 1 else np.ones(len(claims))
    if n < len(claims):  # a claim without a vector ranks as a typical one
        centrality[~has] = float(centrality[has].mean())
    n_src = len({c.source for c in claims})
    scored = []
    for cl in alignment.clusters:
        rep = claims[idx[cl.representative]]
        if rep.quoted or len(rep.text) > max_chars or len(rep.text) < 25:
            # prefer a member that is not a bare quote and reads as one sentence
            alts = [claims[idx[c]] for c in cl.claims
                    if not claims[idx[c]].quoted and 25 <= len(claims[idx[c]].text) <= max_chars]
            if not alts:
                continue
            rep = max(alts, key=lambda c: centrality[idx[c.id]])
        score = cl.n_sources / max(1, n_src) * 2.0 + float(centrality[idx[rep.id]]) \
            + 0.3 * (1.0 - min(1.0, rep.position * 2))
        if cl.label == "conflict":
            score -= 0.5
        scored.append((score, cl, rep))
    scored.sort(key=lambda x: -x[0])
    chosen = []
    for score, cl, rep in scored:
        vi = idx[rep.id]
        if any(sim[vi, idx[r.id]] > 0.95 for _, _, r in chosen):
            continue  # near-duplicate of a chosen sentence
        chosen.append((score, cl, rep))
        if len(chosen) >= max_sentences:
            break
    chosen.sort(key=lambda x: (x[2].position, x[2].article))
    out = []
    for score, cl, rep in chosen:
        out.append(SummarySentence(text=" ".join(rep.text.split()), claim=rep.id, cluster=cl.id,
                                   articles=list(cl.articles), sources=list(cl.sources),
                                   score=score))
    return out
