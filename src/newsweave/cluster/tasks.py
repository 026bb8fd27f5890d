"""What runs on a worker process: module functions (Dask sends them by reference) over plain data.

A task receives the model-backed NER inputs and the embedding texts of a chunk of articles and
returns the model outputs; it holds no article and writes nothing. Models are loaded once per
worker process: NER packages by ``ner_models``' process cache, embedding models here, keyed by
their identity (an unpickled model arrives without its weights).
"""
from __future__ import annotations

import resource
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..enrich import ner_ahead, ner_memo

_lock = threading.Lock()
_models: dict[tuple[str, str, str, int], Any] = {}


@dataclass
class ChunkWork:
    """One task: model inputs of a chunk of articles (distinct NER inputs, texts to embed)."""

    ner_keys: list[ner_memo.Key]
    texts: list[str]


@dataclass
class ChunkResult:
    ner: dict[ner_memo.Key, Any]
    texts: list[str]
    vectors: np.ndarray


def _worker_model(model: Any) -> Any:
    """This process's instance of ``model`` (the first one received keeps its loaded weights)."""
    key = (type(model).__module__ + "." + type(model).__qualname__, str(model.name),
           str(model.version), int(model.dim))
    with _lock:
        return _models.setdefault(key, model)


def enrich_chunk(work: ChunkWork, model: Any) -> ChunkResult:
    """NER model outputs (``nlp.pipe`` per spaCy package) and, when ``model`` is given, the
    embeddings of one chunk."""
    ner = ner_ahead.compute(work.ner_keys)
    if model is None or not work.texts:
        return ChunkResult(ner=ner, texts=[], vectors=np.zeros((0, 0), dtype=np.float32))
    vectors = np.asarray(_worker_model(model).embed(work.texts), dtype=np.float32)
    return ChunkResult(ner=ner, texts=work.texts, vectors=vectors)


def cpu_seconds() -> float:
    """User + sys CPU seconds of this worker process so far (benchmarks on a shared machine)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
