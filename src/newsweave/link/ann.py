"""Approximate nearest-neighbour index over article vectors (hnswlib, inner product on
L2-normalised vectors = cosine). Append-only; grows by doubling; persisted to a file next to the
database so a restart does not rebuild it (it is rebuilt from cached vectors when the file is
missing or stale)."""
from __future__ import annotations

import os
from pathlib import Path

import hnswlib
import numpy as np


class AnnIndex:
    def __init__(self, dim: int, capacity: int = 1024, m: int = 16,
                 ef_construction: int = 64, ef: int = 64) -> None:
        self.dim = dim
        self.m = m
        self.ef_construction = ef_construction
        self.ef = ef
        self.index = hnswlib.Index(space="ip", dim=dim)
        self.index.init_index(max_elements=max(capacity, 16), M=m, ef_construction=ef_construction,
                              allow_replace_deleted=False)
        self.index.set_ef(ef)
        self.index.set_num_threads(1)

    def __len__(self) -> int:
        return self.index.get_current_count()

    def add(self, labels: np.ndarray | list[int], vecs: np.ndarray) -> None:
        vecs = np.asarray(vecs, dtype=np.float32).reshape(-1, self.dim)
        if len(vecs) == 0:
            return
        need = len(self) + len(vecs)
        cap = self.index.get_max_elements()
        if need > cap:
            while cap < need:
                cap *= 2
            self.index.resize_index(cap)
        self.index.add_items(vecs, np.asarray(labels, dtype=np.int64))

    def query(self, vec: np.ndarray, k: int = 20) -> tuple[np.ndarray, np.ndarray]:
        """(labels, cosines) of the ``k`` nearest stored vectors, best first."""
        n = len(self)
        if n == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        k = min(k, n)
        self.index.set_ef(max(self.ef, k))
        labels, dists = self.index.knn_query(np.asarray(vec, dtype=np.float32).reshape(1, -1), k=k)
        return labels[0].astype(np.int64), (1.0 - dists[0]).astype(np.float32)

    def save(self, path: str | os.PathLike) -> None:
        tmp = f"{path}.tmp"
        self.index.save_index(tmp)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | os.PathLike, dim: int, ef: int = 64) -> "AnnIndex":
        obj = cls.__new__(cls)
        obj.dim, obj.m, obj.ef_construction, obj.ef = dim, 16, 64, ef
        obj.index = hnswlib.Index(space="ip", dim=dim)
        obj.index.load_index(str(path))
        obj.index.set_ef(ef)
        obj.index.set_num_threads(1)
        return obj

    def memory_bytes(self) -> int:
        """Approximate resident size: vectors + graph links."""
        n = self.index.get_max_elements()
        return n * (self.dim * 4 + self.m * 2 * 4 + 16)


def index_path(repo) -> Path | None:
    """Where the index of ``repo`` lives: next to a SQLite file; None for in-memory stores and
    servers (PostgreSQL), whose index is rebuilt from the cached vectors at start-up."""
    p = getattr(repo, "path", None)
    if not p or p == ":memory:" or "://" in str(p):
        return None
    return Path(f"{p}.events.hnsw")
