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
both. Of the articles prepared, only those whose claims a report of their story aligns get their
claims embedded (:func:`.claim_need.needs_vectors`: their event holds another article, or no
event of their story does); the others' claims are extracted and stored. When a later article
joins the event of such an article, that ingest embeds its claims. What a report shows does not
depend on this: a report extracts and embeds whatever it needs and is not prepared (same
extractor, same model: the same claims and vectors), it only takes longer.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from collections import Counter
from typing import Any, Callable, Sequence

from ..model import Article
from ..store.base import ArticleFilter
from .alignment import claim_texts
from .claim_cache import CLAIMS, ClaimCache
from .claim_need import needs_vectors
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
    unaligned: int  # articles whose claims were stored without vectors (no report aligns them)
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
    rows, embed, deferred = _to_prepare(repo, fresh)
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
            if a.db_id in embed:
                texts += claim_texts(claims)
            done.append(a.db_id)
        if texts:
            embedder.embed(texts)  # cached by the embedder (memory and store), read by reports
        cache.save(repo)
        repo.put_vectors({MARK + str(r): b"1" for r in done})
        step("claims", min(len(rows), start + batch), len(rows))
    return Prepared(articles=len(rows), claims=n_claims,
                    embedded=getattr(embedder, "n_embedded", 0) - before,
                    unaligned=len(set(rows) - embed), failed=failed,
                    deferred=deferred, seconds=time.perf_counter() - t0)


def _to_prepare(repo: Any, fresh: Sequence[Article]) -> tuple[list[int], set[int], int]:
    """Rows to prepare: the fresh articles whose story holds another article (or that have no
    story: a report of any article set may read them), and those other articles where no earlier
    ingest prepared them (they were alone until now) or where a fresh article joined their event
    (their claims may now need vectors); the rows whose claims to embed; and how many fresh
    articles were left."""
    rows: list[int] = []
    deferred = 0
    events: dict[str, Counter[str | None]] = {}  # story -> articles per event
    members: dict[str, list[Article]] = {}
    for a in fresh:
        if a.story is not None and a.story not in events:
            members[a.story] = list(repo.iter_articles(
                ArticleFilter(story=a.story, include_duplicates=False), with_layers=False))
            events[a.story] = Counter(m.event for m in members[a.story])
        if a.story is not None and len(members[a.story]) < 2:
            deferred += 1
        else:
            rows.append(a.db_id)
    mine = set(rows)
    grown = {a.event for a in fresh if a.db_id in mine and a.event is not None}
    partners = [p.db_id for s, ps in members.items() if len(ps) >= 2 for p in ps if p.db_id not in mine]
    marked = repo.get_vectors([MARK + str(r) for r in partners]) if partners else {}
    rows += [r for r in dict.fromkeys(partners) if MARK + str(r) not in marked]
    rows += [p.db_id for ps in members.values() if len(ps) >= 2 for p in ps
             if p.event in grown and p.db_id not in mine]
    embed: set[int] = set()
    story_of = {a.db_id: a.story for a in fresh}
    event_of = {a.db_id: a.event for a in fresh}
    for s, ps in members.items():
        for p in ps:
            story_of[p.db_id], event_of[p.db_id] = s, p.event
    for r in rows:
        counts = events.get(story_of[r]) if story_of.get(r) is not None else None
        if counts is None:  # no story: any report may align it
            embed.add(r)
            continue
        ev = event_of[r]
        if needs_vectors(counts[ev] if ev is not None else None,
                         any(n >= 2 for e, n in counts.items() if e is not None)):
            embed.add(r)
    return list(dict.fromkeys(rows)), embed, deferred
