"""Run the analysis stages over a batch of articles and store every layer with its provenance.

Order (one way): store raw → clean (boilerplate, language) → dedup → per-article enrichment
(date cues, time expressions, entities, quotes) → entity resolution → event and story assignment
(which may infer dates) → re-anchoring of relative dates → save. Each stage is a small object
with ``name``, ``version`` and ``run(batch)``; a :class:`PipelineConfig` chooses which run.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .model import Article, DateInfo
from .store.sqlite import SQLiteRepository

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage name, done, total)

ALL_STAGES = ("clean", "dedup", "timex", "entities", "quotes", "resolve", "events")


@dataclass
class PipelineConfig:
    stages: Sequence[str] = ALL_STAGES
    dedup_threshold: float = 0.8
    force: bool = False  # re-run stages on articles that already have their layers


@dataclass
class AnalyzeResult:
    articles: list[Article]  # one per input, in input order
    created: int = 0  # new rows stored
    reused: int = 0  # inputs whose content was already stored
    timings: dict[str, float] = field(default_factory=dict)


def _noop(stage: str, done: int, total: int) -> None:
    return None


class Pipeline:
    """Holds the long-lived components (models, indexes) for one repository."""

    def __init__(self, repo: SQLiteRepository, config: PipelineConfig | None = None) -> None:
        self.repo = repo
        self.config = config or PipelineConfig()
        self._dedup = None
        self._resolver = None
        self._clusterer = None

    # ------------------------------------------------------------------ components
    @property
    def dedup(self):
        if self._dedup is None:
            from .link.dedup import Deduplicator
            stored = self.repo.iter_articles(with_layers=True)
            self._dedup = Deduplicator.from_articles(stored, threshold=self.config.dedup_threshold)
        return self._dedup

    @property
    def resolver(self):
        if self._resolver is None:
            from .link.entities import EntityResolver
            self._resolver = EntityResolver(self.repo)
        return self._resolver

    @property
    def clusterer(self):
        if self._clusterer is None:
            from .link.events import EventClusterer
            self._clusterer = EventClusterer(self.repo)
        return self._clusterer

    # ------------------------------------------------------------------ main entry
    def run(self, inputs: Iterable[Article], progress: Progress | None = None) -> AnalyzeResult:
        progress = progress or _noop
        inputs = list(inputs)
        result = AnalyzeResult(articles=[])
        t0 = time.perf_counter()
        if "dedup" in self.config.stages:
            _ = self.dedup  # index what was stored before this batch, never the batch itself
        # 1. store (idempotent): identical content maps to the row already stored
        fresh: list[Article] = []
        first_by_row: dict[int, Article] = {}
        with self.repo.transaction():
            for i, a in enumerate(inputs):
                row, created = self.repo.add_article(a)
                if created:
                    result.created += 1
                    fresh.append(a)
                    first_by_row[row] = a
                    result.articles.append(a)
                elif row in first_by_row:  # same text twice in this batch: a duplicate input
                    twin = first_by_row[row]
                    a.db_id = None
                    a.duplicate_of = twin.id
                    a.meta["duplicate_similarity"] = 1.0
                    result.articles.append(a)
                    result.reused += 1
                else:
                    stored = self.repo.get_article(row)
                    assert stored is not None
                    stored.id = a.id  # report under the caller's id
                    first_by_row[row] = stored
                    result.articles.append(stored)
                    result.reused += 1
                    if self.config.force or "event" not in {p["kind"] for p in self.repo.layer_provenance(row)}:
                        fresh.append(stored)
                progress("store", i + 1, len(inputs))
        result.timings["store"] = time.perf_counter() - t0
        if fresh:
            self._analyse(fresh, progress, result.timings)
        return result

    def _analyse(self, batch: list[Article], progress: Progress, timings: dict[str, float]) -> None:
        stages = set(self.config.stages)
        n = len(batch)

        def timed(name: str, fn: Callable[[], None]) -> None:
            t = time.perf_counter()
            fn()
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t

        if "clean" in stages:
            from .clean import clean_articles
            timed("clean", lambda: clean_articles(batch))
            progress("clean", n, n)
            self._save(batch, "clean", ["boilerplate", "lang_segments", "lang", "title"])

        prefetch = None
        if "events" in stages:
            # embeddings need only clean's output: compute them on a second core while NER runs
            # (the model runs in C without the GIL); the clusterer then reads them from the cache
            embedder = self.clusterer.embedder

            def embed_ahead() -> None:
                try:
                    embedder.embed_articles(batch)
                except Exception:  # the clusterer embeds again and reports the error itself
                    log.exception("embedding ahead failed")
            prefetch = threading.Thread(target=embed_ahead, name="newsweave-embed", daemon=True)
            prefetch.start()

        if "dedup" in stages:
            def run_dedup() -> None:
                for i, a in enumerate(batch):
                    hit = self.dedup.check(a)
                    if hit is not None:
                        key, sim = hit
                        orig = self.repo.get_article(key) if isinstance(key, int) else None
                        a.duplicate_of = orig.id if orig else str(key)
                        a.meta["duplicate_of_db_id"] = orig.db_id if orig else None
                        a.meta["duplicate_similarity"] = round(float(sim), 4)
                    self.dedup.add(a)
                    progress("dedup", i + 1, n)
            timed("dedup", run_dedup)
            self._save(batch, "dedup", ["duplicate_of"])

        if "timex" in stages:
            from .enrich import timex as tx

            def run_timex() -> None:
                for i, a in enumerate(batch):
                    body = a.body_spans()
                    if a.date is None:
                        a.timexes = tx.extract_timexes(a.text, a.lang, None, body)
                        guess = tx.infer_publication_date(a.text, a.lang, a.timexes)
                        if guess is not None:
                            a.date = guess
                            a.timexes = tx.refine_timexes(a.timexes, guess, a.text, a.lang)
                    else:
                        a.timexes = tx.extract_timexes(a.text, a.lang, a.date, body)
                    progress("timex", i + 1, n)
            timed("timex", run_timex)

        if "entities" in stages:
            from .enrich.entities import extract_mentions

            def run_ner() -> None:
                for i, a in enumerate(batch):
                    a.entities = extract_mentions(a)
                    progress("entities", i + 1, n)
            timed("entities", run_ner)

        if "resolve" in stages and "entities" in stages:
            timed("resolve", lambda: self.resolver.resolve(batch))
            progress("resolve", n, n)

        if "quotes" in stages:
            from .enrich.quotes import extract_quotes

            def run_quotes() -> None:
                for i, a in enumerate(batch):
                    a.quotes, a.attributions = extract_quotes(a)
                    progress("quotes", i + 1, n)
            timed("quotes", run_quotes)

        if prefetch is not None:
            timed("embed-wait", prefetch.join)
        if "events" in stages:
            dated_before = {id(a): (a.date.value if a.date else None) for a in batch}
            timed("events", lambda: self.clusterer.assign(batch))
            progress("events", n, n)
            if "timex" in stages:
                from .enrich import timex as tx
                for a in batch:  # an event may give an undated article a better anchor
                    if a.date is not None and a.date.value != dated_before[id(a)]:
                        a.timexes = tx.refine_timexes(a.timexes, a.date, a.text, a.lang)
        kinds = ["date"]
        kinds += ["timexes"] if "timex" in stages else []
        kinds += ["entities"] if "entities" in stages else []
        kinds += ["quotes", "attributions"] if "quotes" in stages else []
        kinds += ["event"] if "events" in stages else []
        self._save(batch, "enrich", kinds)

    def _save(self, batch: list[Article], component: str, kinds: list[str]) -> None:
        from . import __version__
        with self.repo.transaction():
            for a in batch:
                if a.db_id is not None:
                    self.repo.save_layers(a, f"newsweave.{component}", __version__, kinds)


def analyze_corpus(repo: SQLiteRepository, articles: Iterable[Article],
                   progress: Progress | None = None,
                   config: PipelineConfig | None = None) -> AnalyzeResult:
    """Analyse ``articles`` as one corpus (in input order) and store everything in ``repo``."""
    return Pipeline(repo, config).run(articles, progress)


def article_record(a: Article) -> dict:
    """The stable ``analyze`` JSON record for one article (see schema/analyze.schema.json)."""
    return {
        "id": a.id,
        "text": a.text,
        "lang": a.lang,
        "title": a.title,
        "date": a.date.to_json() if isinstance(a.date, DateInfo) else None,
        "source": a.source,
        "url": a.url,
        "byline": a.byline,
        "agencies": list(a.agencies),
        "boilerplate": [[s, e] for s, e in a.boilerplate],
        "lang_segments": [[s, e, l] for s, e, l in a.lang_segments],
        "duplicate_of": a.duplicate_of,
        "event": a.event,
        "story": a.story,
        "entities": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type,
                      "entity": m.entity, "name": m.name,
                      **({"roles": m.attrs["roles"]} if m.attrs.get("roles") else {})}
                     for m in a.entities],
        "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                     **({"confidence": round(t.confidence, 3)} if t.confidence < 1 else {})}
                    for t in a.timexes],
        "quotes": [{"start": q.start, "end": q.end, "speaker": q.speaker, "cue": q.cue, "kind": q.kind,
                    "entity": q.entity} for q in a.quotes],
        "attributions": [{"start": t.start, "end": t.end, "source": t.source, "cue": t.cue,
                          "kind": t.kind} for t in a.attributions],
    }
