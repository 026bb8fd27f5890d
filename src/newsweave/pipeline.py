"""Run the analysis stages over a batch of articles and store every layer with its provenance.

Order (one way): store raw → clean (boilerplate, language) → dedup → per-article enrichment
(date cues, time expressions, entities) → entity resolution → quotes → event and story
assignment (which may infer dates) → re-anchoring of relative dates → save.

A :class:`Pipeline` is built once from a :class:`PipelineConfig` and a
:class:`~newsweave.components.Components` record (empty slots take the defaults of
:mod:`newsweave.defaults`); it checks at construction that every stage's requirements are
assigned by an earlier stage (:mod:`newsweave.stages`). The pipeline does all store I/O; a
component that fails on one article leaves an error layer on that article and the batch goes on.
"""
from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from . import __version__
from .components import Components
from .defaults import fill_defaults
from .enrich import ner_ahead, ner_memo
from .enrich.embed import native_threads, spare_cores
from .enrich.entities import MentionRecognizer
from .ingest.masthead import fill_sources
from .model import Article, DateInfo, LayerError
from .stages import STAGE_ORDER, Stage, build_stages, layer_provenance
from .store import open_store

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage name, done, total)

ALL_STAGES = STAGE_ORDER  # the names PipelineConfig.stages may hold, in the order they run
ERRORS_COMPONENT = "newsweave.pipeline"


def _env_vector_cache() -> str | None:
    return os.environ.get("NEWSWEAVE_VECTOR_CACHE") or None


@dataclass
class PipelineConfig:
    stages: Sequence[str] = ALL_STAGES
    dedup_threshold: float = 0.8
    force: bool = False  # re-run stages on articles that already have their layers
    # extract and embed the new articles' claims after analysis, so that reports only read them
    # (compare.claim_prep); the CLI sets it, library callers and benches opt in
    prepare_reports: bool = False
    # a second-level vector cache shared by runs and databases (a SQLite file or PostgreSQL URL;
    # benchmarks set $NEWSWEAVE_VECTOR_CACHE so throwaway databases don't re-embed)
    vector_cache: str | None = field(default_factory=_env_vector_cache)


@dataclass
class ArticleFailure:
    """A component failure on one article, with where the article came from."""

    article_id: str
    origin: str
    error: LayerError

    def describe(self) -> str:
        return f"{self.origin or self.article_id}: {self.error.describe()}"


@dataclass
class AnalyzeResult:
    articles: list[Article]  # one per input, in input order
    created: int = 0  # new rows stored
    reused: int = 0  # inputs whose content was already stored
    timings: dict[str, float] = field(default_factory=dict)
    errors: list[ArticleFailure] = field(default_factory=list)
    prepared: Any = None  # what the claim preparation did (``compare.claim_prep.Prepared``), if it ran


def _noop(stage: str, done: int, total: int) -> None:
    return None


class Ahead:
    """Model work started ahead of the stages that read it; ``join(stage)`` before each stage
    named in ``joins_before``, ``release()`` once the batch is done."""

    joins_before: tuple[str, ...] = ("entities", "events")

    def join(self, stage: str) -> None:
        raise NotImplementedError

    def release(self) -> None:
        raise NotImplementedError


class _Local(Ahead):
    """One process: embeddings need only clean's output, so they run on a second core while the
    other stages run (the model runs in C without the GIL; the linker then reads them from the
    embedder's cache), in chunks that the main thread, once it reaches linking, takes its share
    of; the NER models read the whole batch in one ``nlp.pipe`` call per package just before
    recognition."""

    EMBED_CHUNK = 4  # articles per model call: small, so neither thread waits long for the other

    def __init__(self, batch: list[Article], embedder: Any, ner: bool) -> None:
        self.error: BaseException | None = None
        self._batch, self._ner, self._embedder = batch, ner, embedder
        self._primed: list[Any] = []
        self._thread = None
        self._lock = threading.Lock()
        self._chunks = [batch[i:i + self.EMBED_CHUNK] for i in range(0, len(batch), self.EMBED_CHUNK)]
        if embedder is not None:
            self._thread = threading.Thread(target=self._embed, args=(spare_cores(),),
                                            name="newsweave-embed", daemon=True)
            self._thread.start()

    def _take(self) -> list[Article] | None:
        with self._lock:
            return self._chunks.pop(0) if self._chunks else None

    def _embed(self, threads: int) -> None:
        """Embed chunks until none is left (vectors land in the embedder's cache)."""
        try:
            with native_threads(threads):
                while (chunk := self._take()) is not None:
                    self._embedder.embed_articles(chunk)
        except Exception as exc:  # noqa: BLE001 - reported by join(); the linker embeds again
            self.error = exc

    def join(self, stage: str) -> None:
        if stage == "entities" and self._ner:
            try:
                keys = ner_ahead.batch_inputs(self._batch)
                ner_memo.prime(ner_ahead.compute(keys))
                self._primed = keys
            except Exception as exc:  # noqa: BLE001 - recognition computes (and reports) per article
                log.warning("NER ahead failed (%s: %s); recognising article by article",
                            type(exc).__name__, exc)
        if stage == "events" and self._thread is not None:
            self._embed(1)  # this thread's core is free now: embed beside the other thread
            self._thread.join()
            self._thread = None
            if self.error is not None:
                log.warning("embedding ahead failed (%s: %s); the linker embeds again",
                            type(self.error).__name__, self.error)

    def release(self) -> None:
        if self._thread is not None:
            self._thread.join()
        ner_memo.forget(self._primed)
        self._primed = []


class _Remote(Ahead):
    """The same work on an enricher's workers (``newsweave.cluster``): all of it arrives before
    recognition, and a failure there only means the client computes what is missing."""

    def __init__(self, pending: Any) -> None:
        self.pending = pending

    def join(self, stage: str) -> None:
        try:
            self.pending.join()
        except Exception as exc:  # noqa: BLE001 - the stages compute in this process instead
            log.warning("enrichment on the cluster failed (%s: %s); computing here",
                        type(exc).__name__, exc)

    def release(self) -> None:
        self.pending.release()


def outlet_registry(repo: Any) -> Any:
    """The outlets of the sources.yaml recorded with the database (else ``$NEWSWEAVE_SOURCES``),
    whose mastheads an article without a source may name; None without one."""
    import yaml

    from .compare.outlets import load_outlets
    get_state = getattr(repo, "get_state", None)
    path = (get_state("sources_yaml") if get_state else None) or os.environ.get("NEWSWEAVE_SOURCES")
    if not path:
        return None
    try:
        return load_outlets(path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        log.warning("sources.yaml %s not read, sources stay as given: %s", path, exc)
        return None


class Pipeline:
    """The stages and their long-lived components (models, indexes) for one repository."""

    def __init__(self, repo: Any, config: PipelineConfig | None = None,
                 components: Components | None = None, enricher: Any = None) -> None:
        self.repo = repo
        self.enricher = enricher
        self.config = config or PipelineConfig()
        self.shared_cache = open_store(self.config.vector_cache) if self.config.vector_cache else None
        self.components = fill_defaults(components, repo, dedup_threshold=self.config.dedup_threshold,
                                        shared_cache=self.shared_cache)
        self.stages: list[Stage] = build_stages(self.config.stages, self.components, self._original)
        self._names = {s.name for s in self.stages}
        self._dedup_indexed = False

    @property
    def embedder(self) -> Any:
        return self.components.embedder

    def close(self) -> None:
        """Close what the pipeline opened itself (the shared vector cache); not the repository."""
        if self.shared_cache is not None:
            self.shared_cache.close()
            self.shared_cache = None

    def _original(self, key: Any) -> tuple[str, int | None]:
        """(external id, row id) of the article a dedup index key names."""
        orig = self.repo.get_article(key) if isinstance(key, int) else None
        return (orig.id, orig.db_id) if orig else (str(key), None)

    # ------------------------------------------------------------------ main entry
    def run(self, inputs: Iterable[Article], progress: Progress | None = None) -> AnalyzeResult:
        progress = progress or _noop
        inputs = list(inputs)
        result = AnalyzeResult(articles=[])
        t0 = time.perf_counter()
        fill_sources(inputs, outlet_registry(self.repo))
        if "dedup" in self._names and not self._dedup_indexed:
            # index what was stored before this batch, never the batch itself
            for stored in self.repo.iter_articles(with_layers=True):
                self.components.deduplicator.add(stored)
            self._dedup_indexed = True
        fresh = self._store(inputs, result, progress)
        result.timings["store"] = time.perf_counter() - t0
        if fresh:
            self._analyse(fresh, progress, result)
            if self.config.prepare_reports:
                from .compare.claim_prep import prepare_claims  # the report side, loaded on demand
                t = time.perf_counter()
                result.prepared = prepare_claims(self.repo, fresh, self.embedder, progress)
                result.timings["claims"] = time.perf_counter() - t
        return result

    def _store(self, inputs: list[Article], result: AnalyzeResult, progress: Progress) -> list[Article]:
        """Store each input (idempotent: identical content maps to the row already stored) and
        return the articles that need analysis."""
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
        return fresh

    def _analyse(self, batch: list[Article], progress: Progress, result: AnalyzeResult) -> None:
        timings = result.timings
        for a in batch:
            a.errors = []
        ahead = self._ahead(batch) if "clean" not in self._names else None
        saved: set[str] = set()
        try:
            with contextlib.ExitStack() as writing:
                for stage in self.stages:
                    if stage.name == "events" and hasattr(self.repo, "writer_lock"):
                        # concurrent writers link (and save what linking decided) one at a time
                        writing.enter_context(self.repo.writer_lock())
                    if ahead is not None and stage.name in ahead.joins_before:
                        t = time.perf_counter()
                        ahead.join(stage.name)
                        key = "embed-wait" if stage.name == "events" else "ahead-wait"
                        timings[key] = timings.get(key, 0.0) + time.perf_counter() - t
                    t = time.perf_counter()
                    self._run_stage(stage, batch, progress, result)
                    timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - t
                    if stage.save_early:
                        self._save(batch, stage.layers)
                        saved.update(stage.layers)
                    if stage.name == "clean":
                        ahead = self._ahead(batch)
                final = ["date"] + [k for s in self.stages for k in s.layers if k not in saved]
                self._save(batch, list(dict.fromkeys(final)) + ["errors"])
        finally:
            if ahead is not None:
                ahead.release()

    def _ahead(self, batch: list[Article]) -> "Ahead | None":
        """Start the model work that needs only clean's output: on the enricher's workers, or
        (one process) embeddings on a second thread and NER in batches before recognition."""
        ner = "entities" in self._names and isinstance(self.components.recognizer, MentionRecognizer)
        embed = "events" in self._names
        if not (ner or embed):
            return None
        if self.enricher is not None:
            return _Remote(self.enricher.submit(batch, self.embedder, ner=ner, embed=embed))
        return _Local(batch, self.embedder if embed else None, ner)

    def _run_stage(self, stage: Stage, batch: list[Article], progress: Progress,
                   result: AnalyzeResult) -> None:
        n = len(batch)
        visible = stage.name != "reanchor"  # part of events for whoever watches progress
        if stage.per_article:
            for i, a in enumerate(batch):
                try:
                    stage.apply(a)
                except Exception as exc:  # noqa: BLE001 - recorded on the article, batch goes on
                    self._record_error(a, stage, exc, result)
                if visible:
                    progress(stage.name, i + 1, n)
            return
        try:
            stage.apply_batch(batch)
        except Exception as exc:  # noqa: BLE001 - a batch component failed: on every article
            for a in batch:
                self._record_error(a, stage, exc, result)
        progress(stage.name, n, n)

    @staticmethod
    def _record_error(a: Article, stage: Stage, exc: Exception, result: AnalyzeResult) -> None:
        log.warning("%s failed on %s", stage.component.name, a.origin or a.id, exc_info=exc)
        err = LayerError(component=stage.component.name, version=str(stage.component.version),
                         stage=stage.name, type=type(exc).__name__, message=str(exc)[:1000])
        a.errors.append(err)
        result.errors.append(ArticleFailure(article_id=a.id, origin=a.origin, error=err))

    def _save(self, batch: list[Article], kinds: list[str]) -> None:
        """Store ``kinds`` of each stored article, each with the components that made it."""
        groups: dict[tuple[str, str], list[str]] = {}
        for kind in kinds:
            who = (ERRORS_COMPONENT, __version__) if kind == "errors" else \
                layer_provenance(self.stages, kind)
            groups.setdefault(who, []).append(kind)
        with self.repo.transaction():
            for a in batch:
                if a.db_id is None:
                    continue
                for (component, version), group in groups.items():
                    self.repo.save_layers(a, component, version, group)


def analyze_corpus(repo: Any, articles: Iterable[Article], progress: Progress | None = None,
                   config: PipelineConfig | None = None,
                   components: Components | None = None, enricher: Any = None) -> AnalyzeResult:
    """Analyse ``articles`` as one corpus (in input order) and store everything in ``repo``;
    ``enricher`` (``newsweave.cluster``) runs the model work on other processes."""
    pipeline = Pipeline(repo, config, components, enricher)
    try:
        return pipeline.run(articles, progress)
    finally:
        pipeline.close()


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
        "errors": [e.to_json() for e in a.errors],
    }
