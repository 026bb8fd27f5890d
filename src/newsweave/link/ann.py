"""Nearest-neighbour index over article vectors (cosine = inner product of L2-normalised rows).

Why not a graph index: hnswlib kept a second float32 copy of every vector plus its graph
(~1.7 kB an article, more with its doubling capacity), took about an hour to build a million on
two cores, and was approximate at every size. Here:

* each exact vector is stored once, in fixed-size float32 blocks; a row never moves, so an
  article's features hold a view of it instead of a copy (:meth:`AnnIndex.add` returns the views);
* up to ``exact_max`` vectors a query scans them all: the exact top k, ties broken by label, so
  linking decisions on ordinary corpora are those of an exact search;
* beyond that, a coarse partition (:mod:`.ann_lists`: spherical k-means centroids, an inverted
  list of int8 codes per centroid) bounds a query to the ``nprobe`` lists nearest to it; the best
  ``rerank`` codes are re-scored on the exact vectors, so the cosines returned are exact;
* saved as one file (:mod:`.ann_file`) whose arrays are memory-mapped when loaded.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .ann_file import read_arrays, write_arrays
from .ann_lists import InvertedLists

BLOCK = 1 << 14          # rows per block of exact vectors
EXACT_MAX = 4096         # up to this many vectors a query is an exact scan (6 MB read, ~1 ms)
NPROBE = 64              # lists scanned by a query past EXACT_MAX (recall vs time: bench/latency.py)
RETRAIN = 2              # retrain the partition when the index is twice the size it was trained at
FORMAT = "newsweave-ann-2"


class AnnIndex:
    """Append-only index of (label, vector) pairs; labels are the caller's unique int64 ids."""

    def __init__(self, dim: int, capacity: int = 1024, exact_max: int | None = None,
                 nprobe: int | None = None, rerank: int = 200) -> None:
        self.dim = dim
        self.exact_max = EXACT_MAX if exact_max is None else exact_max  # None: the module's
        self.nprobe = NPROBE if nprobe is None else nprobe
        self.rerank = rerank
        self._blocks: list[np.ndarray] = []      # (BLOCK, dim) float32, the last one filling up
        self._labels = np.zeros(max(capacity, 16), dtype=np.int64)
        self._n = 0
        self.lists: InvertedLists | None = None  # the partition, once past exact_max

    def __len__(self) -> int:
        return self._n

    def labels(self) -> np.ndarray:
        """The labels held, in insertion order."""
        return self._labels[: self._n]

    def vector(self, row: int) -> np.ndarray:
        """A read-only view of the stored vector of insertion row ``row``."""
        v = self._blocks[row // BLOCK][row % BLOCK]
        v.flags.writeable = False  # the index's own copy: whoever holds the view reads it only
        return v

    # -- adding ---------------------------------------------------------------------------
    def add(self, labels: np.ndarray | list[int], vecs: np.ndarray) -> list[np.ndarray]:
        """Store the rows of ``vecs`` under ``labels``; returns views of the stored rows (the
        caller may drop its own copies and keep these)."""
        vecs = np.asarray(vecs, dtype=np.float32).reshape(-1, self.dim)
        labels = np.asarray(labels, dtype=np.int64).reshape(-1)
        if len(vecs) != len(labels):
            raise ValueError(f"{len(labels)} labels for {len(vecs)} vectors")
        if len(vecs) == 0:
            return []
        start = self._n
        self._grow_labels(start + len(vecs))
        self._labels[start:start + len(vecs)] = labels
        done = 0
        while done < len(vecs):
            row = start + done
            b, off = divmod(row, BLOCK)
            if b == len(self._blocks):  # (loaded full blocks are never written: see load)
                self._blocks.append(np.zeros((BLOCK, self.dim), dtype=np.float32))
            take = min(BLOCK - off, len(vecs) - done)
            self._blocks[b][off:off + take] = vecs[done:done + take]
            done += take
        self._n = start + len(vecs)
        rows = np.arange(start, self._n)
        if self.lists is not None and self._n > RETRAIN * self.lists.trained_n:
            self._train()
        elif self.lists is not None:
            self.lists.add(rows, vecs)
        elif self._n > self.exact_max:
            self._train()
        return [self.vector(int(r)) for r in rows]

    def _grow_labels(self, need: int) -> None:
        if need > len(self._labels):
            cap = len(self._labels)
            while cap < need:
                cap *= 2
            grown = np.zeros(cap, dtype=np.int64)
            grown[: self._n] = self._labels[: self._n]
            self._labels = grown

    def vectors_of(self, rows: np.ndarray) -> np.ndarray:
        """Exact vectors of insertion rows ``rows`` (a copy)."""
        out = np.empty((len(rows), self.dim), dtype=np.float32)
        blk = rows // BLOCK
        for b in np.unique(blk).tolist():
            sel = np.nonzero(blk == b)[0]
            out[sel] = self._blocks[b][rows[sel] % BLOCK]
        return out

    def _train(self) -> None:
        """(Re)build the partition over all stored vectors."""
        self.lists = InvertedLists.train(self, self._n)

    def iter_blocks(self, n: int | None = None):
        """(first row, rows) of the stored vectors in block order (the first ``n`` rows)."""
        n = self._n if n is None else n
        for b in range((n + BLOCK - 1) // BLOCK):
            yield b * BLOCK, self._blocks[b][: min(BLOCK, n - b * BLOCK)]

    # -- searching ------------------------------------------------------------------------
    def query(self, vec: np.ndarray, k: int = 20) -> tuple[np.ndarray, np.ndarray]:
        """(labels, cosines) of the ``k`` nearest stored vectors, best first (ties: lower
        label first)."""
        if self._n == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        q = np.asarray(vec, dtype=np.float32).reshape(-1)
        if self.lists is None:
            rows = np.arange(self._n)
            cos = np.concatenate([blk @ q for _, blk in self.iter_blocks()])
        else:
            rows = self.lists.candidates(q, self.nprobe, max(self.rerank, 4 * k))
            cos = self.vectors_of(rows) @ q
        return self._top(rows, cos, k)

    def _top(self, rows: np.ndarray, cos: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = min(k, len(rows))
        if k < len(rows):
            kth = np.partition(cos, len(cos) - k)[len(cos) - k]
            keep = np.nonzero(cos >= kth)[0]  # every tie at the k-th value, then by label
            rows, cos = rows[keep], cos[keep]
        labels = self._labels[rows]
        order = np.lexsort((labels, -cos))[:k]
        return labels[order].copy(), cos[order].astype(np.float32)

    def exact_query(self, vec: np.ndarray, k: int = 20) -> tuple[np.ndarray, np.ndarray]:
        """The exact answer of :meth:`query` (a full scan), for checks."""
        q = np.asarray(vec, dtype=np.float32).reshape(-1)
        cos = np.concatenate([blk @ q for _, blk in self.iter_blocks()]) if self._n else np.zeros(0)
        return self._top(np.arange(self._n), cos.astype(np.float32), k)

    # -- size and files -------------------------------------------------------------------
    def memory_bytes(self) -> int:
        """Bytes held: exact vector blocks, labels and the partition."""
        vec = sum(b.nbytes for b in self._blocks if not isinstance(b, np.memmap))
        return vec + self._labels.nbytes + (self.lists.nbytes() if self.lists else 0)

    def save(self, path: str | os.PathLike, identity: str | None = None) -> None:
        """Write the index to ``path`` (atomically: a temporary file, then a rename); ``identity``
        names the vector space of its vectors (:func:`~newsweave.enrich.embed.embedder_identity`)."""
        arrays: dict = {"labels": self.labels(), "vectors": [blk for _, blk in self.iter_blocks()]}
        meta = {"format": FORMAT, "dim": self.dim, "n": self._n}
        if identity is not None:
            meta["identity"] = identity
        if self.lists is not None:
            arrays.update(self.lists.to_arrays())
            meta["trained_n"] = self.lists.trained_n
        tmp = f"{path}.tmp"
        write_arrays(tmp, meta, arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | os.PathLike, dim: int, identity: str | None = None,
             **kw) -> "AnnIndex":
        """Read an index written by :meth:`save`; its vectors stay memory-mapped (read-only)
        until new ones are appended to their block. With ``identity``, an index saved under
        another vector space (or none) is refused: the same width does not make vectors of two
        models, or of two lead lengths, comparable."""
        meta, arrays = read_arrays(path)
        if meta.get("format") != FORMAT or meta.get("dim") != dim:
            raise ValueError(f"{path}: not a {FORMAT} index of dimension {dim}")
        if identity is not None and meta.get("identity") != identity:
            raise ValueError(f"{path}: vectors of {meta.get('identity') or 'an unnamed embedder'}, "
                             f"not of {identity}")
        missing = {"labels", "vectors"} - set(arrays)
        if missing:
            raise ValueError(f"{path}: arrays {sorted(missing)} missing")
        obj = cls(dim, capacity=int(meta["n"]), **kw)
        vecs, n = arrays["vectors"], int(meta["n"])
        if vecs.shape != (n, dim):
            raise ValueError(f"{path}: vectors of shape {vecs.shape}, expected {(n, dim)}")
        obj._labels[:n] = arrays["labels"]
        full = n // BLOCK
        obj._blocks = [vecs[b * BLOCK:(b + 1) * BLOCK] for b in range(full)]
        if n % BLOCK:  # the last, partly filled block is copied into a block of its own
            last = np.zeros((BLOCK, dim), dtype=np.float32)
            last[: n % BLOCK] = vecs[full * BLOCK:]
            obj._blocks.append(last)
        obj._n = n
        if "trained_n" in meta:
            obj.lists = InvertedLists.from_arrays(arrays, int(meta["trained_n"]))
        return obj


def index_path(repo) -> Path | None:
    """Where the index of ``repo`` lives: next to a SQLite file; None for in-memory stores and
    servers (PostgreSQL), whose index is rebuilt from the cached vectors at start-up."""
    p = getattr(repo, "path", None)
    if not p or p == ":memory:" or "://" in str(p):
        return None
    return Path(f"{p}.events.ann")
