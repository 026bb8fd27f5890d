"""Claims prepared when articles are analysed, so that a report only reads them.

On a freshly analysed store most of a report's time went to work that does not depend on the
report: extracting each article's claims and embedding their core texts for the alignment (with
the neural model, minutes for a few hundred articles). :func:`prepare_claims` does both right
after analysis — the pipeline calls it when ``PipelineConfig.prepare_reports`` is set (the CLI's
``ingest``, ``analyze --db`` and ``watch``). Claims go to the claim cache and the store
(:mod:`.claim_cache`), vectors to the embedder's caches (the store's key/bytes cache), under the
keys a later report computes, so the report of any event or story runs no model.

An article alone in its story is left to its own report (claims and vectors of one article: about
a second), since no other article's claim can be aligned with its claims: most of a mixed intake
is such articles, and many stay alone. When a later article joins its story, that ingest prepares
both. What a report shows does not depend on this: a report extracts and embeds whatever is not
prepared (same extractor, same model: the same claims and vectors), it only takes longer.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..model import Article
from ..store.base import ArticleFilter
from .alignment import claim_texts
from .claim_cache import CLAIMS, ClaimCache
from .claims import ClaimExtractor

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (step, done, total)
BATCH = 32  # articles whose claims are embedded together (one model call, progress after each)
MARK = "claims-prepared/"  # store key prefix (+ row id): this article's claims were prepared here


@dataclass
class Prepared:
    """What :func:`prepare_claims` did."""

    articles: int
    claims: int
    embedded: int  # claim texts the model ran on (the others were in a cache already)
    failed: list[str]  # ids of articles whose claims could not be extracted (logged)
    deferred: int  # articles alone in their story, left to their own report
    seconds: float


def prepare_claims(repo: Any, articles: Sequence[Article], embedder: Any,
                   progress: Progress | None = None, cache: ClaimCache = CLAIMS,
                   batch: int = BATCH) -> Prepared:
    """Extract and embed the claims of the stored ``articles`` (their rows are read back, as a
    report reads them: the claim key digests the stored layers) and store both."""
    t0 = time.perf_counter()
    step = progress or (lambda name, done, total: None)
    fresh = [a for a in articles if a.db_id is not None and not a.duplicate_of]
    rows, deferred = _to_prepare(repo, fresh)
    extractor = ClaimExtractor()
    n_claims = 0
    before = getattr(embedder, "n_embedded", 0)
    failed: list[str] = []
    step("claims", 0, len(rows))
    for start in range(0, len(rows), batch):
        arts = [a for a in (repo.get_article(r) for r in rows[start:start + batch]) if a is not None]
        cache.load(repo, arts, extractor)
        texts: list[str] = []
        done: list[int] = []
        for a in arts:
            try:
                claims = cache.claims(extractor, a)
            except Exception as exc:  # noqa: BLE001 - one article's claims; the report retries it
                log.warning("claims of article %s could not be extracted: %s", a.id, exc, exc_info=exc)
                failed.append(a.id)
                continue
            n_claims += len(claims)
            texts += claim_texts(claims)
            done.append(a.db_id)
        if texts:
            embedder.embed(texts)  # cached by the embedder (memory and store), read by reports
        cache.save(repo)
        repo.put_vectors({MARK + str(r): b"1" for r in done})
        step("claims", min(len(rows), start + batch), len(rows))
    return Prepared(articles=len(rows), claims=n_claims,
                    embedded=getattr(embedder, "n_embedded", 0) - before, failed=failed,
                    deferred=deferred, seconds=time.perf_counter() - t0)


def _to_prepare(repo: Any, fresh: Sequence[Article]) -> tuple[list[int], int]:
    """Rows to prepare: the fresh articles whose story holds another article (or that have no
    story: a report of any article set may read them), and those other articles where no earlier
    ingest prepared them (they were alone until now); and how many fresh articles were left."""
    rows: list[int] = []
    deferred = 0
    sizes: dict[str, int] = {}
    for a in fresh:
        if a.story is not None and a.story not in sizes:
            sizes[a.story] = repo.count_articles(ArticleFilter(story=a.story, include_duplicates=False))
        if a.story is not None and sizes[a.story] < 2:
            deferred += 1
        else:
            rows.append(a.db_id)
    mine = set(rows)
    partners = [p.db_id for s, n in sizes.items() if n >= 2
                for p in repo.iter_articles(ArticleFilter(story=s, include_duplicates=False),
                                            with_layers=False) if p.db_id not in mine]
    marked = repo.get_vectors([MARK + str(r) for r in partners]) if partners else {}
    rows += [r for r in dict.fromkeys(partners) if MARK + str(r) not in marked]
    return list(dict.fromkeys(rows)), deferred
