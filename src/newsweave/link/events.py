"""Event clustering over a Repository: the facade the pipeline and the CLI use.

:class:`EventClusterer` wires three parts: an embedder (vectors of article leads), the
:class:`~newsweave.link.event_linker.EventLinker` (all decisions, in memory, no I/O) and
:class:`~newsweave.link.event_persistence.EventPersistence` (the store). Without a repository
(``EventClusterer(None, ...)``) nothing is persisted or logged. How articles are linked is told in
:mod:`.event_linker`.
"""
from __future__ import annotations

from typing import Any, Sequence

from ..enrich.embed import Embedder, embedder_identity
from ..model import Article
from .ann import AnnIndex
from .event_config import EventConfig
from .event_decisions import LinkDecisions
from .event_features import ArticleFeatures
from .event_linker import EventLinker
from .event_persistence import EventPersistence
from .event_recluster import recluster


class EventClusterer:
    """Streaming event + story clustering over a :class:`Repository` (or none).

    ``embedder``: an object with the interface of :class:`newsweave.enrich.embed.Embedder`
    (``embed_articles``, ``dim``, ``cos_range``, ``story_cos_range``, ...); defaults to an
    ``Embedder`` on the same repo. ``linker`` / ``persistence``: components to use instead of the
    default ones (a linker built for ``embedder``, persistence on ``repo``).
    """

    def __init__(self, repo: Any, embedder: Any = None, config: EventConfig | dict | None = None,
                 linker: EventLinker | None = None,
                 persistence: EventPersistence | None = None) -> None:
        self.repo = repo
        self.embedder = embedder if embedder is not None else Embedder(repo)
        self.linker = linker if linker is not None else EventLinker.for_embedder(self.embedder, config)
        if persistence is None and repo is not None:
            persistence = EventPersistence(repo, embedder_identity(self.embedder))
        self.persistence = persistence
        self._loaded = persistence is None

    @property
    def cfg(self) -> EventConfig:
        return self.linker.cfg

    @property
    def ann(self) -> AnnIndex:
        return self.linker.ann

    def _ensure_loaded(self) -> None:
        """Rebuild the linker's state from the store, once."""
        if not self._loaded:
            self._loaded = True
            self.persistence.restore(self.linker, self.embedder.embed_articles)

    def _features(self, articles: Sequence[Article], update_stats: bool) -> list[ArticleFeatures]:
        """Features of ``articles`` as the linker computes them (for inspection and tests)."""
        return self.linker.features(articles, self.embedder.embed_articles(articles), update_stats)

    # -- public API ---------------------------------------------------------------------
    def assign(self, articles: list[Article]) -> None:
        """Place each article in an event and a story (``article.event``, ``.story``, and an
        inferred ``.date`` where it had none); persist and log every change."""
        self._ensure_loaded()
        fresh = [a for a in articles if not self.linker.is_placed(a)]
        if not fresh:
            self._set_ids(articles, [self.linker.current(a) for a in articles])
            return
        decisions = self.linker.partial_fit(fresh, self.embedder.embed_articles(fresh))
        self._set_ids(fresh, decisions.assignments)
        others = [a for a in articles if a not in fresh]
        self._set_ids(others, [self.linker.current(a) for a in others])
        self._apply(decisions, fresh)

    def recluster(self) -> None:
        """Re-cluster everything in the store from scratch, keeping the old ids of events and
        stories whose membership mostly persists; log splits and merges."""
        if self.persistence is None:
            return
        if not self._loaded:
            self.persistence.restore_counters(self.linker)
        self._loaded = True
        arts, old_events, old_stories = self.persistence.stored_articles()
        if not arts:
            return
        decisions = recluster(self.linker, arts, self.embedder.embed_articles(arts),
                              old_events, old_stories)
        self.persistence.forget_written(arts)
        self._set_ids(arts, decisions.assignments)
        self._apply(decisions, arts)

    def save_index(self) -> None:
        """Write the ANN index next to the database (done automatically as it grows by 10%)."""
        if self.persistence is not None:
            self.persistence.save_index(self.linker.ann)

    def event_of(self, article: Article) -> str | None:
        return self.linker.event_of(article)

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _set_ids(articles: Sequence[Article], assignments: Sequence) -> None:
        for a, asg in zip(articles, assignments):
            a.event, a.story = asg.event, asg.story
            if asg.date is not None:
                a.date = asg.date

    def _apply(self, decisions: LinkDecisions, articles: Sequence[Article]) -> None:
        if self.persistence is not None:
            self.persistence.apply(decisions, articles, self.linker.ann)
