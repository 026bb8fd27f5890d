"""Claims prepared when articles are analysed, so that a report only reads them.

On a freshly analysed store most of a report's time went to work that does not depend on the
report: extracting each article's claims and embedding their core texts for the alignment (with
the neural model, minutes for a few hundred articles). :func:`prepare_claims` does both right
after analysis — the pipeline calls it when ``PipelineConfig.prepare_reports`` is set (the CLI's
``ingest``, ``analyze --db`` and ``watch``). Claims go to the claim cache and the store
(:mod:`.claim_cache`), vectors to the embedder's caches (the store's key/bytes cache), under the
keys a later report computes, so the report of any event or story runs no model.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..model import Article
from .alignment import claim_texts
from .claim_cache import CLAIMS, ClaimCache
from .claims import ClaimExtractor

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (step, done, total)
BATCH = 32  # articles whose claims are embedded together (one model call, progress after each)


@dataclass
class Prepared:
    """What :func:`prepare_claims` did."""

    articles: int
    claims: int
    embedded: int  # claim texts the model ran on (the others were in a cache already)
    failed: list[str]  # ids of articles whose claims could not be extracted (logged)
    seconds: float


def prepare_claims(repo: Any, articles: Sequence[Article], embedder: Any,
                   progress: Progress | None = None, cache: ClaimCache = CLAIMS,
                   batch: int = BATCH) -> Prepared:
    """Extract and embed the claims of the stored ``articles`` (their rows are read back, as a
    report reads them: the claim key digests the stored layers) and store both."""
    t0 = time.perf_counter()
    step = progress or (lambda name, done, total: None)
    rows = list(dict.fromkeys(a.db_id for a in articles if a.db_id is not None and not a.duplicate_of))
    extractor = ClaimExtractor()
    n_claims = 0
    before = getattr(embedder, "n_embedded", 0)
    failed: list[str] = []
    step("claims", 0, len(rows))
    for start in range(0, len(rows), batch):
        arts = [a for a in (repo.get_article(r) for r in rows[start:start + batch]) if a is not None]
        cache.load(repo, arts, extractor)
        texts: list[str] = []
        for a in arts:
            try:
                claims = cache.claims(extractor, a)
            except Exception as exc:  # noqa: BLE001 - one article's claims; the report retries it
                log.warning("claims of article %s could not be extracted: %s", a.id, exc, exc_info=exc)
                failed.append(a.id)
                continue
            n_claims += len(claims)
            texts += claim_texts(claims)
        if texts:
            embedder.embed(texts)  # cached by the embedder (memory and store), read by reports
        cache.save(repo)
        step("claims", min(len(rows), start + batch), len(rows))
    return Prepared(articles=len(rows), claims=n_claims,
                    embedded=getattr(embedder, "n_embedded", 0) - before, failed=failed,
                    seconds=time.perf_counter() - t0)
