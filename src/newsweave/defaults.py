"""The default component of every slot of :class:`~newsweave.components.Components`.

The engines' own component classes fill most slots (cleaner, time tagger, recognizer, quotes,
claims); the classes below adapt the engines whose entry point is not yet a component (dedup index,
publication-date inference, the store-backed resolver and event clusterer), so the pipeline can
record who made each layer and check that every stage's inputs exist.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from . import __version__
from .clean import ArticleCleaner
from .compare.claims import ClaimExtractor
from .components import Components
from .enrich import timex as tx
from .enrich.embed import CachedEmbedder, Embedder, VectorStore
from .enrich.entities import MentionRecognizer
from .enrich.quotes import QuoteExtractor
from .enrich.timex import RuleTimexTagger
from .link.dedup import Deduplicator
from .link.entities import EntityResolver
from .link.events import EventClusterer
from .model import Article, DateInfo, Timex


class MinHashDeduplicator:
    """MinHash-LSH near-duplicates (``link/dedup.py``); the pipeline feeds it stored articles."""

    name = "newsweave.dedup"
    version = __version__
    requires = ("text",)
    assigns = ("duplicate_of",)

    def __init__(self, threshold: float = 0.8) -> None:
        self.index = Deduplicator(threshold=threshold)

    def check(self, article: Article) -> tuple[Any, float] | None:
        return self.index.check(article)

    def add(self, article: Article) -> None:
        self.index.add(article)


class RuleDateInference:
    """Publication dates of undated articles and re-anchoring (``enrich/temporal/pubdate.py``)."""

    name = "newsweave.timex.pubdate"
    version = tx.VERSION
    requires = ("text", "lang", "timexes")
    assigns = ("date", "timexes")

    def infer_date(self, text: str, lang: str | None, timexes: list[Timex]) -> DateInfo | None:
        return tx.infer_publication_date(text, lang, timexes)

    def reanchor(self, timexes: list[Timex], anchor: DateInfo, text: str,
                 lang: str | None) -> list[Timex]:
        return tx.refine_timexes(timexes, anchor, text, lang)


class StoreEntityResolver:
    """Cross-document entity resolution; the registry of known entities lives in ``repo``."""

    name = "newsweave.entities.resolver"
    version = f"{__version__}+{EntityResolver.VERSION}"
    requires = ("entities",)
    assigns = ("entities",)

    def __init__(self, repo: Any) -> None:
        self.engine = EntityResolver(repo)

    def resolve(self, articles: list[Article]) -> None:
        self.engine.resolve(articles)


class StreamingEventLinker:
    """Streaming event and story clustering (``link/events.py``) over ``repo``, reading vectors
    from ``embedder``."""

    name = "newsweave.events.stream"
    version = __version__
    requires = ("text",)
    assigns = ("event", "story", "date")

    GENERATION = "events.generation"  # store state: bumped by every linking run

    def __init__(self, repo: Any, embedder: Any, config: Any = None) -> None:
        self.engine = EventClusterer(repo, embedder=embedder, config=config)
        self._repo, self._config, self._generation = repo, config, None

    @property
    def embedder(self) -> Any:
        return self.engine.embedder

    def assign(self, articles: list[Article]) -> None:
        """Link ``articles`` (the pipeline holds the store's writer lock); when another writer
        linked since this linker loaded its state, that state is reloaded from the store first."""
        gen = self._repo.get_state(self.GENERATION, 0) if self._repo is not None else 0
        if self._generation is not None and gen != self._generation:
            self.engine = EventClusterer(self._repo, embedder=self.engine.embedder, config=self._config)
        self.engine.assign(articles)
        if self._repo is not None:
            self._repo.set_state(self.GENERATION, gen + 1)
        self._generation = gen + 1


def cached(embedder: Any, stores: Sequence[VectorStore | None]) -> Any:
    """``embedder`` with a vector cache: a bare model (``components.Embedder``) is wrapped,
    one that already caches (and embeds articles) is used as it is."""
    if isinstance(embedder, CachedEmbedder) or hasattr(embedder, "embed_articles"):
        return embedder
    return CachedEmbedder(embedder, stores)


def fill_defaults(given: Components | None, repo: Any, *, dedup_threshold: float = 0.8,
                  shared_cache: VectorStore | None = None) -> Components:
    """A copy of ``given`` with every empty slot filled by its default (on ``repo``)."""
    c = replace(given) if given is not None else Components()
    if c.linker is not None:  # a linker brings the embedder it reads vectors from
        if c.embedder is None:
            c.embedder = c.linker.embedder
        elif c.linker.embedder is not c.embedder:
            raise ValueError(f"the linker {c.linker.name} reads vectors from another embedder than "
                             "the pipeline's: pass the same object as Components.embedder")
    else:
        model = c.embedder if c.embedder is not None else Embedder(repo, shared=shared_cache)
        c.embedder = cached(model, [repo, shared_cache])
        c.linker = StreamingEventLinker(repo, c.embedder)
    defaults = {"cleaner": lambda: ArticleCleaner(repo), "deduplicator": lambda: MinHashDeduplicator(dedup_threshold),
                "timex": RuleTimexTagger, "dates": RuleDateInference,
                "recognizer": MentionRecognizer, "resolver": lambda: StoreEntityResolver(repo),
                "quotes": QuoteExtractor, "claims": ClaimExtractor}
    for slot, make in defaults.items():
        if getattr(c, slot) is None:
            setattr(c, slot, make())
    return c
