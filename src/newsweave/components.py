"""Component contracts: the small protocols every swappable stage implements.

Like spaCy's pipeline components, each component says what it *requires* from an
:class:`~newsweave.model.Article` and what it *assigns*; like scikit-learn estimators, components
hold state but do no I/O (the pipeline reads and writes the store). Every stored layer records the
``name`` and ``version`` of the component that made it, so a different component (another
embedder, another NER) is visible in provenance and never mixed silently with the old one.

Implementations live next to their engines (``enrich/``, ``link/``, ``compare/``); the pipeline
(``pipeline.py``) is built once from a config and a :class:`Components` record whose empty slots
are filled with the defaults of :mod:`newsweave.defaults`.
"""
from __future__ import annotations

from dataclasses import dataclass
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


# -- the stages the pipeline runs today (batch-level contracts) --------------------------------
@runtime_checkable
class Cleaner(Protocol):
    """Boilerplate spans, language per article and per segment, for a whole batch (in place)."""

    name: str
    version: str

    def clean(self, articles: list[Article]) -> None: ...


@runtime_checkable
class Deduplicator(Protocol):
    """Near-duplicate detection against every article indexed so far (no I/O)."""

    name: str
    version: str

    def check(self, article: Article) -> tuple[Any, float] | None:
        """(key of the original, similarity) when ``article`` duplicates an indexed one."""
        ...

    def add(self, article: Article) -> None: ...


@runtime_checkable
class DateInference(Protocol):
    """Publication date of an undated article from its text, and re-anchoring of relative time
    expressions once a better anchor is known (it belongs to the time engine that tagged them)."""

    name: str
    version: str

    def infer_date(self, text: str, lang: str | None, timexes: list[Timex]) -> DateInfo | None: ...

    def reanchor(self, timexes: list[Timex], anchor: DateInfo, text: str,
                 lang: str | None) -> list[Timex]: ...


@runtime_checkable
class EntityResolver(Protocol):
    """Corpus-wide entity ids and canonical names for the mentions of a batch (in place)."""

    name: str
    version: str

    def resolve(self, articles: list[Article]) -> None: ...


@runtime_checkable
class BatchEventLinker(Protocol):
    """Event and story assignment of a batch (in place), with the embedder it reads vectors from.
    The pipeline's contract until :class:`EventLinker` (``partial_fit``) replaces it."""

    name: str
    version: str
    embedder: Any

    def assign(self, articles: list[Article]) -> None: ...


@dataclass
class Components:
    """The swappable parts of one pipeline. ``None`` means "the default" (filled by
    :func:`newsweave.defaults.fill_defaults`); pass an instance to replace a part."""

    embedder: Embedder | None = None  # a bare model is wrapped in the vector cache
    cleaner: Cleaner | None = None
    deduplicator: Deduplicator | None = None
    timex: TimexTagger | None = None
    dates: DateInference | None = None
    recognizer: EntityRecognizer | None = None
    resolver: EntityResolver | None = None
    quotes: QuoteExtractor | None = None
    claims: ClaimExtractor | None = None  # not a pipeline stage: reports and the desk use it
    linker: BatchEventLinker | None = None
