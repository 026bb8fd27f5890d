"""Alignment of claims across articles and languages.

``align_claims(claims, embedder) -> Alignment`` embeds the claims that can be aligned (those of
articles sharing an event with another article: :mod:`.claim_need`) in one batch (the embedder
caches vectors), scores pairs by cosine similarity plus entity/date/number overlap, and groups
claims of different articles into clusters labelled ``shared`` (carried by N outlets),
``unique`` (one outlet) or ``conflict`` (a slot conflict's evidence lies in it: see
:mod:`newsweave.compare.slots`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..components import Embedder
from .claim_need import vector_mask
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
    sim: np.ndarray  # (n, n) combined similarity (0 where a claim has no vector)
    clusters: list[ClaimCluster]
    cluster_of: dict[str, str]
    embedded: np.ndarray | None = None  # (n,) the claims that have a vector (None: all)
    vectors: np.ndarray | None = None  # (n, dim) the claims' unit vectors (zero rows: none)

    def has_vector(self) -> np.ndarray:
        return self.embedded if self.embedded is not None else np.ones(len(self.claims), dtype=bool)

    def index(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.claims)}


def same_event(a: Claim, b: Claim) -> bool:
    """Claims are compared only within one event (a story report spans several)."""
    return a.event is None or b.event is None or a.event == b.event


def _indicator(rows: Sequence[Sequence[object]]) -> np.ndarray:
    """(n, k) 0/1 matrix: which of the k distinct items each row holds."""
    vocab: dict[object, int] = {}
    cells = [(r, vocab.setdefault(x, len(vocab))) for r, items in enumerate(rows) for x in items]
    out = np.zeros((len(rows), max(1, len(vocab))), dtype=np.float32)
    for r, k in cells:
        out[r, k] = 1.0
    return out


def _prefixes(value: str) -> list[str]:
    """"2025-03-04" → 2025, 2025-03, 2025-03-04 (claim dates are ISO days, months or years)."""
    parts = value.split("-")
    return ["-".join(parts[:k]) for k in range(1, len(parts) + 1)]


def _overlap_bonus(claims: Sequence[Claim], ci: np.ndarray, cj: np.ndarray,
                   block: int = 1024) -> np.ndarray:
    """Fact agreement added to the cosine similarity of the pairs (ci[k], cj[k]): same-topic
    news sentences are all close in embedding space, so shared participants (+0.06 x their
    Jaccard, -0.03 when both name some and share none), a compatible date (one a prefix of the
    other: +0.03) and a shared number with its unit (+0.03) decide; a headline fragment against
    a long sentence loses 0.02. Computed on indicator matrices, a block of rows at a time."""
    E = _indicator([list(dict.fromkeys(c.entities)) for c in claims])
    N = _indicator([{(n.value, n.unit) for n in c.numbers} for c in claims])
    full = [{d[0] for d in c.dates} for c in claims]
    vocab = sorted({p for f in full for v in f for p in _prefixes(v)})
    at = {v: k for k, v in enumerate(vocab)}
    Df = np.zeros((len(claims), max(1, len(vocab))), dtype=np.float32)
    Dp = np.zeros_like(Df)
    for r, f in enumerate(full):
        for v in f:
            Df[r, at[v]] = 1.0
            for p in _prefixes(v):
                Dp[r, at[p]] = 1.0
    ne = E.sum(axis=1)
    length = np.array([len(c.text) for c in claims], dtype=np.float64)
    out = np.zeros(len(ci), dtype=np.float64)
    for start in range(0, len(claims), block):
        sel = np.nonzero((ci >= start) & (ci < start + block))[0]
        if not len(sel):
            continue
        a, b = ci[sel], cj[sel]
        ra = a - start
        rows = slice(start, start + block)
        inter = (E[rows] @ E.T)[ra, b].astype(np.float64)
        union = ne[a] + ne[b] - inter
        named = (ne[a] > 0) & (ne[b] > 0)
        jac = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        out[sel] += np.where(named, np.where(inter > 0, 0.06 * jac, -0.03), 0.0)
        dates = ((Dp[rows] @ Df.T)[ra, b] + (Df[rows] @ Dp.T)[ra, b]) > 0
        out[sel] += 0.03 * dates
        out[sel] += 0.03 * ((N[rows] @ N.T)[ra, b] > 0)
        la, lb = length[a], length[b]
        out[sel] -= 0.02 * (np.maximum(la, lb) > 2.5 * np.maximum(1.0, np.minimum(la, lb)))
    return out


def _same_event_mask(claims: Sequence[Claim]) -> np.ndarray:
    """(n, n) booleans: the two claims may speak of one happening (``same_event``)."""
    names = {e: i for i, e in enumerate(sorted({c.event for c in claims if c.event is not None}))}
    ev = np.array([names[c.event] if c.event is not None else -1 for c in claims])
    return (ev[:, None] == ev[None, :]) | (ev[:, None] < 0) | (ev[None, :] < 0)


def claim_texts(claims: Sequence[Claim]) -> list[str]:
    """The texts the alignment embeds (a claim's core: its clause without attributions), also
    embedded ahead of reports by :mod:`.claim_prep` under the same cache keys."""
    return [c.core for c in claims]


def embed_claims(claims: Sequence[Claim], embedder: Embedder) -> np.ndarray:
    """(n, dim) unit vectors of the claims' core texts, in one batch."""
    if not claims:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    vecs = np.asarray(embedder.embed(claim_texts(claims)), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


def align_claims(claims: list[Claim], embedder: Embedder | None = None, threshold: float = 0.92,
                 vectors: np.ndarray | None = None) -> Alignment:
    """Similarity of every claim pair and clusters of claims from different articles.

    ``embedder`` (any :class:`newsweave.components.Embedder`: ``embed(texts)``, ``dim``,
    ``name``) embeds the claims that can be aligned (:func:`.claim_need.vector_mask`), unless
    the claims' ``vectors`` are given (all of them: then every claim has one); the caller owns
    it, so the vectors are those of the model the pipeline uses and its cache. A claim without
    a vector has similarity 0 to every other: it stays alone, as it would with one, since no
    claim of another article of its event exists."""
    n = len(claims)
    if n == 0:
        return Alignment(claims, np.zeros((0, 0), dtype=np.float32), [], {})
    if vectors is None and embedder is None:
        raise ValueError("align_claims: pass an embedder (or the claims' vectors)")
    embedded = None
    if vectors is not None:
        V = vectors
    else:
        embedded = vector_mask(claims)
        V = np.zeros((n, embedder.dim), dtype=np.float32)
        V[embedded] = embed_claims([c for c, e in zip(claims, embedded) if e], embedder)
    sim = (V @ V.T).astype(np.float32)
    same = _same_event_mask(claims)
    # fact overlap only where the texts are already close and may speak of one happening
    # (keeps it O(candidates); claims of two events never join one cluster)
    ci, cj = np.nonzero(np.triu((sim >= threshold - 0.08) & same, k=1))
    if len(ci):
        bonus = _overlap_bonus(claims, ci, cj)
        sim[ci, cj] += bonus
        sim[cj, ci] += bonus
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

    pi, pj = np.nonzero(np.triu((sim >= threshold) & same & (arts[:, None] != arts[None, :]), k=1))
    order = np.lexsort((pj, pi, sim[pi, pj]))[::-1]  # strongest first, ties by index, descending
    for i, j in zip(pi[order].tolist(), pj[order].tolist()):
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
    return Alignment(claims, sim, clusters, cluster_of, embedded, V)
