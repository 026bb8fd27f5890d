"""The client side: send a batch's stateless model work to Dask workers, apply what comes back.

:meth:`DaskEnricher.submit` is called by the pipeline right after cleaning (the boilerplate and
language segments decide what is embedded and which NER model reads which region); it returns at
once with a :class:`PendingEnrichment`, so deduplication and time tagging run in the client while
the workers compute. :meth:`PendingEnrichment.join`, before entity recognition, primes the NER
memo and the embedder's cache; the stages then run unchanged, in order, in the client — the
recogniser's learned names, resolution, quotes and linking stay a single writer.
"""
from __future__ import annotations

import math
from typing import Any, Sequence

from ..enrich import ner_ahead, ner_memo
from ..model import Article
from .tasks import ChunkWork, cpu_seconds, enrich_chunk


class PendingEnrichment:
    """The futures of one batch; :meth:`join` (once; later calls return at once) waits for them
    and hands the outputs over."""

    def __init__(self, client: Any, futures: list[Any], embedder: Any) -> None:
        self._client, self._futures, self._embedder = client, futures, embedder
        self.primed: list[ner_memo.Key] = []
        self.joined = False

    def join(self) -> None:
        if self.joined:
            return
        self.joined = True
        for result in self._client.gather(self._futures):
            ner_memo.prime(result.ner)
            self.primed.extend(result.ner)
            if len(result.texts):
                self._embedder.remember(result.texts, result.vectors)
        self._futures = []

    def release(self) -> None:
        """Forget the NER outputs of this batch once it is recognised."""
        if self._futures:
            self._client.cancel(self._futures)
            self._futures = []
        ner_memo.forget(self.primed)
        self.primed = []


class DaskEnricher:
    """Model work of each batch on the workers of a ``distributed.Client``."""

    def __init__(self, client: Any, chunks_per_worker: int = 3, min_chunk: int = 4) -> None:
        self.client = client
        self.chunks_per_worker = chunks_per_worker
        self.min_chunk = min_chunk

    def _n_workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, batch: Sequence[Article], embedder: Any, ner: bool = True,
               embed: bool = True) -> PendingEnrichment:
        """Start the NER model work (``ner``) and the embeddings (``embed``; only for an embedder
        that wraps a model and can :meth:`remember` vectors) of ``batch`` on the workers."""
        model = getattr(embedder, "model", None) if embed and hasattr(embedder, "remember") else None
        size = max(self.min_chunk, math.ceil(len(batch) / (self._n_workers() * self.chunks_per_worker)))
        seen: set[ner_memo.Key] = set()
        futures = []
        for s in range(0, len(batch), size):
            chunk = batch[s:s + size]
            keys = [k for k in ner_ahead.batch_inputs(chunk) if k not in seen] if ner else []
            seen.update(keys)
            texts = list(dict.fromkeys(embedder.text_for(a) for a in chunk)) if model is not None else []
            # pure=False: the same texts in a later batch are new work, not a cached future
            futures.append(self.client.submit(enrich_chunk, ChunkWork(keys, texts), model, pure=False))
        return PendingEnrichment(self.client, futures, embedder)

    def worker_cpu_seconds(self) -> float:
        return float(sum(self.client.run(cpu_seconds).values()))
