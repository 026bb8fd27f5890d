"""Semantic search: cosine similarity between a query and the article vectors the pipeline cached.

Only articles whose embedding is already cached in the store (under the embedder's
``name``) are searchable: a server never embeds a corpus, only the query. The embedder is
injected (a :class:`newsweave.enrich.embed.CachedEmbedder`: ``embed``, ``embed_queries``,
``text_for``, ``dim``, ``name``), so search reads the vectors the pipeline's own embedder made.
"""
from __future__ import annotations

import threading
from typing import Any

import numpy as np

from ..enrich.embed import Embedder, vector_key, vector_space
from ..store.base import ArticleFilter, Repository
from .records import article_brief

SNIPPET_CHARS = 240


class SemanticIndex:
    """The matrix of cached article vectors, rebuilt when the number of stored articles changes."""

    def __init__(self, embedder: Any = None) -> None:
        self.embedder = embedder if embedder is not None else Embedder()
        self._lock = threading.Lock()
        self._key: Any = None
        self._ids: list[int] = []
        self._mat = np.zeros((0, self.embedder.dim), dtype=np.float32)

    def _build(self, repo: Repository) -> None:
        key = repo.count_articles()
        if self._key == key:
            return
        arts = list(repo.iter_articles(ArticleFilter(include_duplicates=False)))
        keys = [vector_key(vector_space(self.embedder), self.embedder.text_for(a)) for a in arts]
        vecs = repo.get_vectors(keys)
        ids, rows = [], []
        for a, k in zip(arts, keys):
            if k in vecs:
                ids.append(a.db_id)
                rows.append(np.frombuffer(vecs[k], dtype=np.float32))
        self._ids = ids
        self._mat = np.stack(rows) if rows else np.zeros((0, self.embedder.dim), dtype=np.float32)
        self._key = key

    def _query_vector(self, q: str) -> np.ndarray:
        v = np.asarray(self.embedder.embed_queries([q]), dtype=np.float32).reshape(-1)
        return v / max(float(np.linalg.norm(v)), 1e-12)

    def search(self, repo: Repository, q: str, limit: int = 20) -> tuple[list[dict[str, Any]], int]:
        """(hits best first: article brief, ``score``, ``snippet`` of the body; number searchable)."""
        with self._lock:
            self._build(repo)
            if not self._ids:
                return [], 0
            sims = self._mat @ self._query_vector(q)
            order = sims.argsort()[::-1][:limit]
            hits = [(self._ids[i], float(sims[i])) for i in order]
            n = len(self._ids)
        out = []
        for aid, score in hits:
            a = repo.get_article(aid)
            if a is not None:
                snippet = " ".join(a.body_text()[:SNIPPET_CHARS].split())
                out.append({**article_brief(a), "score": round(score, 4), "snippet": snippet})
        return out, n
