"""Claims computed once per article and reused: every report, and the slot conflicts inside it,
read an article's claims from here.

A claim depends only on its article's text and analysis layers (boilerplate, entities, timexes,
quotes, attributions) and on the extractor (name, version, settings), so the key is a digest of
exactly those; an article re-analysed, edited or read by another extractor version gets new
claims. The claims an article's metadata decides (outlet, event) are set on the way out, and
every caller gets its own copies (``extract_claims`` folds names in place). ``ClaimCache`` keeps
them in memory (bounded, thread-safe) and, given a store, as JSON in its key/bytes cache next to
the vectors, so a new process reuses them too.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import threading
import zlib
from collections import OrderedDict
from typing import Any, Callable, Sequence

from ..model import Article
from .claim_records import Claim, NumberFact, PlaceFact, RoleFact

PREFIX = "claims/"  # key prefix in the store's key/bytes cache


def article_key(article: Article, extractor: Any) -> str:
    """Digest of what the extractor reads of the article, and of the extractor itself."""
    a = article
    parts = [extractor.name, extractor.version, repr(getattr(extractor, "min_words", None)),
             a.id, a.lang or "", a.text, repr(sorted(a.boilerplate)), repr(a.entities),
             repr(a.timexes), repr(a.quotes), repr(a.attributions)]
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return PREFIX + h.hexdigest()


def _copy(c: Claim, article: Article) -> Claim:
    """A copy the caller may change (facts hold only immutable values: shallow copies do)."""
    out = copy.copy(c)
    out.source, out.event = article.source or f"?{article.id}", article.event
    out.entities, out.entity_names, out.dates = list(c.entities), dict(c.entity_names), list(c.dates)
    out.numbers = [copy.copy(n) for n in c.numbers]
    out.roles = [copy.copy(r) for r in c.roles]
    out.places = [copy.copy(p) for p in c.places]
    return out


def _to_bytes(claims: Sequence[Claim]) -> bytes:
    return zlib.compress(json.dumps([dataclasses.asdict(c) for c in claims],
                                    ensure_ascii=False).encode("utf-8"))


def _from_bytes(data: bytes) -> list[Claim]:
    out = []
    for d in json.loads(zlib.decompress(data).decode("utf-8")):
        d["dates"] = [tuple(x) for x in d["dates"]]
        d["negation"] = tuple(d["negation"]) if d["negation"] else None
        d["numbers"] = [NumberFact(**x) for x in d["numbers"]]
        d["roles"] = [RoleFact(**x) for x in d["roles"]]
        d["places"] = [PlaceFact(**x) for x in d["places"]]
        out.append(Claim(**d))
    return out


class ClaimCache:
    """Claims per article (see the module doc): ``claims(extract, article)`` returns copies of
    the cached claims, extracting them on a miss; ``load``/``save`` move them to and from a
    store with ``get_vectors``/``put_vectors``."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._data: OrderedDict[str, list[Claim]] = OrderedDict()
        self._new: dict[str, list[Claim]] = {}  # extracted since the last save
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def claims(self, extractor: Any, article: Article,
               extract: Callable[[Article], list[Claim]] | None = None) -> list[Claim]:
        key = article_key(article, extractor)
        with self._lock:
            got = self._data.get(key)
            if got is not None:
                self._data.move_to_end(key)
                self.hits += 1
        if got is None:
            got = (extract or extractor.extract)(article)
            with self._lock:
                self.misses += 1
                self._put(key, got)
                self._new[key] = got
        return [_copy(c, article) for c in got]

    def clear(self) -> None:
        """Forget the claims held in memory (those in a store stay there)."""
        with self._lock:
            self._data.clear()
            self._new.clear()

    def _put(self, key: str, claims: list[Claim]) -> None:
        self._data[key] = claims
        while len(self._data) > self.size:
            self._data.popitem(last=False)

    def load(self, store: Any, articles: Sequence[Article], extractor: Any) -> int:
        """Read the stored claims of the articles not in memory; the number read."""
        keys = [article_key(a, extractor) for a in articles]
        with self._lock:
            missing = [k for k in keys if k not in self._data]
        if not missing:
            return 0
        found = store.get_vectors(missing)
        with self._lock:
            for k, data in found.items():
                self._put(k, _from_bytes(data))
        return len(found)

    def save(self, store: Any) -> int:
        """Write the claims extracted since the last save to the store; the number written."""
        with self._lock:
            new, self._new = self._new, {}
        if new:
            store.put_vectors({k: _to_bytes(v) for k, v in new.items()})
        return len(new)


CLAIMS = ClaimCache()  # the process's cache: reports and slot conflicts share it
