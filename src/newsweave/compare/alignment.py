"""Alignment of claims across articles and languages.

``align_claims(claims, embedder) -> Alignment`` embeds every claim of the event in one batch (the
embedder caches vectors), scores pairs by cosine similarity plus entity/date/number overlap, and
groups claims of different articles into clusters labelled ``shared`` (carried by N outlets),
``unique`` (one outlet) or ``conflict`` (a slot conflict's evidence lies in it: see
:mod:`newsweave.compare.slots`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..components import Embedder
from .claim_records import Claim


@dataclass
class ClaimCluster:
    id: str
    claims: list[str]
    sources: list[str]
    articles: list[str]
    label: str = "unique"  # shared | unique | conflict
    representative: str = ""
    score: float = 0.0

    @property
    def n_sources(self) -> int:
        return len(self.sources)


@dataclass
class Alignment:
    claims: list[Claim]
    sim: np.ndarray  # (n, n) combined similarity
    clusters: list[ClaimCluster]
    cluster_of: dict[str, str]

    def index(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.claims)}


def same_event(a: Claim, b: Claim) -> bool:
    """Claims are compared only within one event (a story report spans several)."""
    return a.event is None or b.event is None or a.event == b.event


@dataclass
class _Facts:
    """What ``_overlap_bonus`` compares of one claim, computed once per claim."""

    entities: frozenset[str]
    dates: tuple[str, ...]
    numbers: frozenset[tuple[float, str | None]]
    length: int

    @classmethod
    def of(cls, c: Claim) -> "_Facts":
        return cls(frozenset(c.entities), tuple(d[0] for d in c.dates),
                   frozenset((n.value, n.unit) for n in c.numbers), len(c.text))


def _overlap_bonus(a: _Facts, b: _Facts) -> float:
    """Fact agreement added to the cosine similarity: same-topic news sentences are all close
    in embedding space, so shared participants, dates and numbers decide."""
    bonus = 0.0
    ea, eb = a.entities, b.entities
    if ea and eb:
        j = len(ea & eb) / len(ea | eb)
        bonus += 0.06 * j if j else -0.03
    if a.dates and b.dates and any(x.startswith(y) or y.startswith(x)
                                   for x in a.dates for y in b.dates):
        bonus += 0.03
    if a.numbers & b.numbers:
        bonus += 0.03
    la, lb = a.length, b.length
    if max(la, lb) > 2.5 * max(1, min(la, lb)):
        bonus -= 0.02  # a headline fragment against a long paragraph-sentence
    return bonus


def _same_event_mask(claims: Sequence[Claim]) -> np.ndarray:
    """(n, n) booleans: the two claims may speak of one happening (``same_event``)."""
    names = {e: i for i, e in enumerate(sorted({c.event for c in claims if c.event is not None}))}
    ev = np.array([names[c.event] if c.event is not None else -1 for c in claims])
    return (ev[:, None] == ev[None, :]) | (ev[:, None] < 0) | (ev[None, :] < 0)


def embed_claims(claims: Sequence[Claim], embedder: Embedder) -> np.ndarray:
    """(n, dim) unit vectors of the claims' core texts, in one batch."""
    if not claims:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    vecs = np.asarray(embedder.embed([c.core for c in claims]), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


def align_claims(claims: list[Claim], embedder: Embedder | None = None, threshold: float = 0.92,
                 vectors: np.ndarray | None = None) -> Alignment:
    """Similarity of every claim pair and clusters of claims from different articles.

    ``embedder`` (any :class:`newsweave.components.Embedder`: ``embed(texts)``, ``dim``,
    ``name``) embeds the claims, unless their ``vectors`` are given; the caller owns it, so the
    vectors are those of the model the pipeline uses and its cache."""
    n = len(claims)
    if n == 0:
        return Alignment(claims, np.zeros((0, 0), dtype=np.float32), [], {})
    if vectors is None and embedder is None:
        raise ValueError("align_claims: pass an embedder (or the claims' vectors)")
    V = vectors if vectors is not None else embed_claims(claims, embedder)
    sim = (V @ V.T).astype(np.float32)
    same = _same_event_mask(claims)
    # fact overlap only where the texts are already close and may speak of one happening
    # (keeps it O(candidates); claims of two events never join one cluster)
    cand = np.argwhere(np.triu((sim >= threshold - 0.08) & same, k=1))
    facts = [_Facts.of(c) for c in claims]
    for i, j in cand:
        b = _overlap_bonus(facts[i], facts[j])
        sim[i, j] += b
        sim[j, i] += b
    np.fill_diagonal(sim, 1.0)
    art = [c.article for c in claims]
    art_id = {a: k for k, a in enumerate(dict.fromkeys(art))}
    arts = np.array([art_id[a] for a in art])
    parent = list(range(n))
    members: dict[int, set[str]] = {i: {art[i]} for i in range(n)}
    items: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ok = np.triu((sim >= threshold) & same & (arts[:, None] != arts[None, :]), k=1)
    pairs = [(float(sim[i, j]), int(i), int(j)) for i, j in np.argwhere(ok)]
    pairs.sort(reverse=True)
    for _, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj or members[ri] & members[rj]:
            continue  # one claim per article in a cluster
        if len(items[ri]) + len(items[rj]) > 2 and \
                float(sim[np.ix_(items[ri], items[rj])].mean()) < threshold - 0.03:
            continue  # average linkage: no chains of loosely related sentences
        parent[rj] = ri
        members[ri] |= members.pop(rj)
        items[ri] += items.pop(rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    clusters: list[ClaimCluster] = []
    cluster_of: dict[str, str] = {}
    for k, idx in enumerate(sorted(groups.values(), key=lambda g: min(g))):
        sources = sorted({claims[i].source for i in idx})
        cid = f"c{k}"
        if len(idx) > 1:
            sub = sim[np.ix_(idx, idx)]
            rep = idx[int(np.argmax(sub.sum(axis=1) - 0.05 * np.array(
                [claims[i].position for i in idx])))]
        else:
            rep = idx[0]
        cl = ClaimCluster(id=cid, claims=[claims[i].id for i in idx], sources=sources,
                          articles=sorted({claims[i].article for i in idx}),
                          label="shared" if len(sources) > 1 else "unique",
                          representative=claims[rep].id)
        clusters.append(cl)
        for i in idx:
            cluster_of[claims[i].id] = cid
    return Alignment(claims, sim, clusters, cluster_of)
