"""The coarse partition of a large :class:`~newsweave.link.ann.AnnIndex`: spherical k-means
centroids and, per centroid, an inverted list of the rows nearest to it stored as int8 codes
(one scale per row: ~390 bytes a 384-d vector instead of 1,536). A query scores the centroids,
scans the codes of the ``nprobe`` best lists only, and hands the best rows on to be re-scored
on the exact vectors, so its cost follows the size of a few lists, not of the corpus."""
from __future__ import annotations

import math
from typing import Iterator, Protocol

import numpy as np


class StoredVectors(Protocol):
    """What training reads of the index (:class:`~newsweave.link.ann.AnnIndex`)."""

    def vectors_of(self, rows: np.ndarray) -> np.ndarray: ...

    def iter_blocks(self, n: int | None = None) -> Iterator[tuple[int, np.ndarray]]: ...

CHUNK = 4096          # rows scored against the centroids at once (bounded memory)
SAMPLE_PER_LIST = 40  # k-means trains on this many sampled rows per centroid
ITERATIONS = 8


def n_lists(n: int) -> int:
    """About 2·√n lists: lists of ~√n/2 rows, so a query probing a fixed number of them scans
    a small, slowly growing share of the index."""
    return int(min(4096, max(16, 2 * math.sqrt(n))))


def _unit(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.where(norm > 0, norm, 1.0)).astype(np.float32)


def nearest(centroids: np.ndarray, vecs: np.ndarray) -> np.ndarray:
    """Index of the best centroid (inner product) of each row of ``vecs``."""
    out = np.empty(len(vecs), dtype=np.int64)
    for s in range(0, len(vecs), CHUNK):
        out[s:s + CHUNK] = np.argmax(vecs[s:s + CHUNK] @ centroids.T, axis=1)
    return out


def quantise(vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes and per-row scales with ``codes * scale ≈ vecs``."""
    scale = np.abs(vecs).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    return np.rint(vecs / scale[:, None]).astype(np.int8), scale


def spherical_kmeans(x: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """``k`` unit centroids of the rows of ``x`` (a centroid left empty keeps its position)."""
    rng = np.random.default_rng(seed)
    c = x[np.sort(rng.choice(len(x), size=k, replace=False))].copy()
    for _ in range(ITERATIONS):
        a = nearest(c, x)
        order = np.argsort(a, kind="stable")
        used, starts = np.unique(a[order], return_index=True)
        c[used] = np.add.reduceat(x[order], starts, axis=0)
        c = _unit(c)
    return c


class InvertedLists:
    """Centroids and their lists (codes, scales, rows) with spare capacity for appends."""

    def __init__(self, centroids: np.ndarray, trained_n: int) -> None:
        self.centroids = np.ascontiguousarray(centroids, dtype=np.float32)
        self.trained_n = trained_n
        nl, dim = self.centroids.shape
        self.codes = [np.zeros((0, dim), np.int8) for _ in range(nl)]
        self.scales = [np.zeros(0, np.float32) for _ in range(nl)]
        self.rows = [np.zeros(0, np.int64) for _ in range(nl)]
        self.counts = np.zeros(nl, dtype=np.int64)

    @classmethod
    def train(cls, index: StoredVectors, n: int, seed: int = 0) -> "InvertedLists":
        """Centroids fitted on a sample of the first ``n`` rows of ``index``, all rows listed."""
        k = min(n_lists(n), n)
        rng = np.random.default_rng(seed)
        sample = np.sort(rng.choice(n, size=min(n, SAMPLE_PER_LIST * k), replace=False))
        lists = cls(spherical_kmeans(index.vectors_of(sample), k, seed), n)
        for start, blk in index.iter_blocks(n):
            lists.add(np.arange(start, start + len(blk)), blk)
        return lists

    def add(self, rows: np.ndarray, vecs: np.ndarray) -> None:
        """List insertion rows ``rows`` (vectors ``vecs``) under their nearest centroid."""
        codes, scale = quantise(vecs)
        a = nearest(self.centroids, vecs)
        order = np.argsort(a, kind="stable")
        used, starts = np.unique(a[order], return_index=True)
        ends = np.append(starts[1:], len(order))
        for lst, s, e in zip(used.tolist(), starts.tolist(), ends.tolist()):
            sel = order[s:e]
            self._append(lst, codes[sel], scale[sel], rows[sel])

    def _append(self, lst: int, codes: np.ndarray, scale: np.ndarray, rows: np.ndarray) -> None:
        c, m = int(self.counts[lst]), len(rows)
        if c + m > len(self.rows[lst]):
            cap = max(8, 2 * len(self.rows[lst]), c + m)
            for name in ("codes", "scales", "rows"):
                old = getattr(self, name)[lst]
                new = np.zeros((cap,) + old.shape[1:], dtype=old.dtype)
                new[:c] = old[:c]
                getattr(self, name)[lst] = new
        self.codes[lst][c:c + m] = codes
        self.scales[lst][c:c + m] = scale
        self.rows[lst][c:c + m] = rows
        self.counts[lst] = c + m

    def candidates(self, q: np.ndarray, nprobe: int, keep: int) -> np.ndarray:
        """Rows of the ``keep`` best approximate scores in the ``nprobe`` lists nearest ``q``."""
        cs = self.centroids @ q
        p = min(nprobe, len(cs))
        probe = np.argpartition(-cs, p - 1)[:p] if p < len(cs) else np.arange(len(cs))
        scores, rows = [], []
        for lst in probe.tolist():
            c = int(self.counts[lst])
            if c:
                scores.append((self.codes[lst][:c].astype(np.float32) @ q) * self.scales[lst][:c])
                rows.append(self.rows[lst][:c])
        if not rows:
            return np.zeros(0, dtype=np.int64)
        s, r = np.concatenate(scores), np.concatenate(rows)
        if len(s) > keep:
            r = r[np.argpartition(-s, keep - 1)[:keep]]
        return r

    def nbytes(self) -> int:
        return self.centroids.nbytes + self.counts.nbytes + sum(
            a.nbytes for arrs in (self.codes, self.scales, self.rows) for a in arrs)

    # -- files ------------------------------------------------------------------------------
    def to_arrays(self) -> dict[str, np.ndarray | list[np.ndarray]]:
        cnt = self.counts.tolist()
        return {"ivf_centroids": self.centroids, "ivf_counts": self.counts,
                "ivf_codes": [a[:c] for a, c in zip(self.codes, cnt)],
                "ivf_scales": [a[:c] for a, c in zip(self.scales, cnt)],
                "ivf_rows": [a[:c] for a, c in zip(self.rows, cnt)]}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], trained_n: int) -> "InvertedLists":
        """Lists read back from a file: views of the mapped arrays, copied on the first append."""
        out = cls(np.array(arrays["ivf_centroids"]), trained_n)
        counts = np.array(arrays["ivf_counts"], dtype=np.int64)
        if len(counts) != len(out.centroids) or counts.sum() != len(arrays["ivf_rows"]):
            raise ValueError("inverted lists: counts do not match the stored rows")
        ends = np.cumsum(counts)
        for lst, (s, e) in enumerate(zip((ends - counts).tolist(), ends.tolist())):
            out.codes[lst] = arrays["ivf_codes"][s:e]
            out.scales[lst] = arrays["ivf_scales"][s:e]
            out.rows[lst] = arrays["ivf_rows"][s:e]
        out.counts = counts
        return out
