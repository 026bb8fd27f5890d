"""Exact and near-duplicate detection (MinHash + LSH over word shingles of the body).

Duplicates are linked to their original, never dropped::

    dd = Deduplicator.from_articles(repo.iter_articles())   # rebuild from what is stored
    for a in batch:
        dd.process(a)      # check + link (duplicate_of, meta) + add

Keys are ``article.db_id`` when set, else ``article.id``. Similarity is 1.0 for identical
normalised bodies, else the MinHash estimate of the Jaccard similarity of word bigram sets.
Boilerplate (when ``clean`` has run) and the recovered title line are left out, so the same story under different site chrome
is still an exact duplicate. Translations are not caught here (event clustering handles them).
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from typing import Iterable

from datasketch import MinHash, MinHashLSH

from ..model import Article

NUM_PERM = 128
SHINGLE = 2
_TOKEN = re.compile(r"\w+", re.UNICODE)

Key = int | str


def _crc32(b: bytes) -> int:
    return zlib.crc32(b)  # a fast, stable 32-bit hash (sha1 per shingle dominated the cost)


def article_key(a: Article) -> Key:
    return a.db_id if a.db_id is not None else a.id


def tokens(a: Article) -> list[str]:
    """Word tokens of the body: boilerplate and the recovered title line left out (a republished
    story often gets a new headline)."""
    body = a.body_text() if a.boilerplate else a.text
    ts = a.meta.get("title_span")
    if ts and len(ts) == 2 and 0 <= ts[0] < ts[1] <= len(body):
        rest = body[:ts[0]] + " " * (ts[1] - ts[0]) + body[ts[1]:]
        if _TOKEN.search(rest):
            body = rest
    return [t.casefold() for t in _TOKEN.findall(body)]


def shingles(toks: list[str], k: int = SHINGLE) -> set[bytes]:
    if len(toks) < k:
        return {" ".join(toks).encode("utf-8", "surrogatepass")} if toks else set()
    return {" ".join(toks[i:i + k]).encode("utf-8", "surrogatepass") for i in range(len(toks) - k + 1)}


@dataclass
class _Entry:
    ext_id: str
    db_id: int | None


class Deduplicator:
    """Finds, for an article, an earlier article with the same or nearly the same body."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        self._template = MinHash(num_perm=num_perm, seed=1, hashfunc=_crc32)
        # a lower LSH threshold gives more candidates; the MinHash estimate then decides
        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.15), num_perm=num_perm)
        self._exact: dict[str, Key] = {}
        self._sketch: dict[Key, object] = {}
        self._entries: dict[Key, _Entry] = {}

    # ------------------------------------------------------------------ building
    @classmethod
    def from_articles(cls, articles: Iterable[Article], threshold: float = 0.8) -> "Deduplicator":
        """Index existing (e.g. stored) articles; those already marked as duplicates are skipped."""
        dd = cls(threshold=threshold)
        for a in articles:
            dd.add(a)
        return dd

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    # ------------------------------------------------------------------ internals
    def _signature(self, toks: list[str]):
        sh = shingles(toks)
        if not sh:
            return None
        m = MinHash(num_perm=self.num_perm, seed=1, hashfunc=_crc32,
                          permutations=self._template.permutations, scheme=self._template.scheme)
        m.update_batch(list(sh))
        return m

    @staticmethod
    def _exact_key(toks: list[str]) -> str | None:
        if not toks:
            return None
        return hashlib.sha1(" ".join(toks).encode("utf-8", "surrogatepass")).hexdigest()

    # ------------------------------------------------------------------ internals (one pass per article)
    def _prepare(self, article: Article) -> tuple[str | None, object]:
        toks = tokens(article)
        ek = self._exact_key(toks)
        return ek, (self._signature(toks) if ek is not None else None)

    def _check(self, own: Key, ek: str | None, sig) -> tuple[Key, float] | None:
        if ek is None:
            return None
        hit = self._exact.get(ek)
        if hit is not None and hit != own:
            return hit, 1.0
        if sig is None:
            return None
        best: tuple[Key, float] | None = None
        for cand in self._lsh.query(sig):
            if cand == own:
                continue
            sim = float(sig.jaccard(self._sketch[cand]))
            if sim >= self.threshold and (best is None or sim > best[1]
                                          or (sim == best[1] and str(cand) < str(best[0]))):
                best = (cand, sim)
        return best

    def _add(self, article: Article, ek: str | None, sig) -> None:
        if article.duplicate_of is not None or ek is None:
            return
        key = article_key(article)
        if key in self._entries:
            return
        self._entries[key] = _Entry(article.id, article.db_id)
        self._exact.setdefault(ek, key)
        if sig is not None:
            self._sketch[key] = sig
            self._lsh.insert(key, sig)

    # ------------------------------------------------------------------ API
    def check(self, article: Article) -> tuple[Key, float] | None:
        """(key of the original, similarity) when ``article`` duplicates an indexed article, else None."""
        ek, sig = self._prepare(article)
        return self._check(article_key(article), ek, sig)

    def add(self, article: Article) -> None:
        """Index ``article`` as a possible original (duplicates and already-indexed keys are skipped)."""
        if article.duplicate_of is not None or article_key(article) in self._entries:
            return
        self._add(article, *self._prepare(article))

    def original(self, key: Key) -> tuple[str, int | None] | None:
        """(external id, db id) of an indexed article."""
        e = self._entries.get(key)
        return (e.ext_id, e.db_id) if e else None

    def mark(self, article: Article, hit: tuple[Key, float]) -> None:
        """Link ``article`` to the original named by ``hit`` (fields of the Article record)."""
        key, sim = hit
        ext_id, db_id = self.original(key) or (str(key), key if isinstance(key, int) else None)
        article.duplicate_of = ext_id
        article.meta["duplicate_of_db_id"] = db_id
        article.meta["duplicate_similarity"] = round(float(sim), 4)

    def process(self, article: Article) -> tuple[Key, float] | None:
        """Check, link when a duplicate, index when an original; returns the hit."""
        ek, sig = self._prepare(article)
        hit = self._check(article_key(article), ek, sig)
        if hit is not None:
            self.mark(article, hit)
        else:
            self._add(article, ek, sig)
        return hit
