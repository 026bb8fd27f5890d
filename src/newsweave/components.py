"""Component contracts: the small protocols every swappable stage implements.

Like spaCy's pipeline components, each component says what it *requires* from an
:class:`~newsweave.model.Article` and what it *assigns*; like scikit-learn estimators, components
hold state but do no I/O (the pipeline reads and writes the store). Every stored layer records the
``name`` and ``version`` of the component that made it, so a different component (another
embedder, another NER) is visible in provenance and never mixed silently with the old one.

Implementations live next to their engines (``enrich/``, ``link/``, ``compare/``); the pipeline
(``pipeline.py``) is built once from a config with components passed in or defaulted.
"""
from __future__ import annotations

from typing import Any, Protocol, Sequence, runtime_checkable

import numpy as np

from .model import Article, Attribution, DateInfo, Mention, Quote, Timex


@runtime_checkable
class Component(Protocol):
    """What every component declares: identity for provenance, and its data contract."""

    name: str  # e.g. "newsweave.timex.rules"; stored with every layer it makes
    version: str
    requires: tuple[str, ...]  # Article fields read (e.g. ("text", "lang", "date"))
    assigns: tuple[str, ...]  # Article fields (layers) written (e.g. ("timexes",))


@runtime_checkable
class Embedder(Protocol):
    """Texts → L2-normalised vectors of ``dim`` floats. ``name`` keys the vector cache."""

    name: str
    version: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """An array of shape (len(texts), dim), float32, rows of unit length."""
        ...


@runtime_checkable
class EntityRecognizer(Protocol):
    """Named-entity mentions of one article (offsets into ``article.text``)."""

    name: str
    version: str

    def recognize(self, article: Article) -> list[Mention]: ...


@runtime_checkable
class TimexTagger(Protocol):
    """TIMEX3 expressions of a text, normalised against an anchor date (None: unanchored)."""

    name: str
    version: str

    def tag(self, text: str, lang: str | None, anchor: DateInfo | None,
            spans: Sequence[tuple[int, int]] | None = None) -> list[Timex]: ...


@runtime_checkable
class QuoteExtractor(Protocol):
    """Direct and indirect speech and attributions of one article."""

    name: str
    version: str

    def extract(self, article: Article) -> tuple[list[Quote], list[Attribution]]: ...


@runtime_checkable
class ClaimExtractor(Protocol):
    """Checkable statements of one analysed article (reads its layers, never re-runs them)."""

    name: str
    version: str

    def extract(self, article: Article) -> list[Any]: ...


@runtime_checkable
class EventLinker(Protocol):
    """Streaming event assignment in the spirit of ``partial_fit``: state in memory, no I/O.

    ``partial_fit`` takes analysed articles (with their vectors) and returns one decision per
    article (event id, story id, the log of opens/merges/inferred dates); the pipeline persists.
    """

    name: str
    version: str

    def partial_fit(self, articles: Sequence[Article], vectors: np.ndarray) -> list[Any]: ...


@runtime_checkable
class Comparator(Protocol):
    """Two claims of different articles, with their similarity → the conflicts between them
    (an empty list when they are compatible). See ``newsweave.compare.conflicts``."""

    name: str

    def compare(self, a: Any, b: Any, similarity: float) -> list[Any]: ...
