"""The pipeline's stages: each wraps one component, says what it requires and assigns, and runs
either per article (a failure stays on that article) or on the whole batch.

``requires``/``assigns`` name :class:`~newsweave.model.Article` fields, like spaCy's component
metadata; a component's own declarations win over the stage's defaults. :func:`check_order`
verifies, when the pipeline is built, that every requirement is assigned by ingest or by an
earlier stage.
"""
from __future__ import annotations

from typing import Any, Sequence

from . import __version__
from .components import Components
from .model import Article

# what ingest fills before any stage runs
INGEST_FIELDS = ("id", "text", "raw", "title", "date", "lang", "source", "url", "origin", "byline",
                 "agencies", "encoding", "meta")

# Article field → the stored layer kind that holds it
LAYER_OF = {"boilerplate": "boilerplate", "lang_segments": "lang_segments", "lang": "lang",
            "title": "title", "duplicate_of": "duplicate_of", "timexes": "timexes", "date": "date",
            "entities": "entities", "quotes": "quotes", "attributions": "attributions",
            "event": "event", "story": "event"}


class PipelineError(ValueError):
    """The stages cannot run in this order (a requirement no earlier stage assigns)."""


class Stage:
    """One step of the pipeline around one component."""

    name = ""
    default_requires: tuple[str, ...] = ()
    default_assigns: tuple[str, ...] = ()
    per_article = True
    save_early = False  # store this stage's layers right after it runs

    def __init__(self, component: Any) -> None:
        self.component = component
        self.requires = tuple(getattr(component, "requires", self.default_requires))
        self.assigns = tuple(getattr(component, "assigns", self.default_assigns))

    @property
    def provenance(self) -> list[tuple[str, str]]:
        """(component name, version) of each component whose output this stage's layers hold."""
        return [(self.component.name, self.component.version)]

    @property
    def layers(self) -> list[str]:
        return list(dict.fromkeys(LAYER_OF[f] for f in self.assigns if f in LAYER_OF))

    def apply(self, article: Article) -> None:  # per-article stages
        raise NotImplementedError

    def apply_batch(self, batch: list[Article]) -> None:  # batch stages
        raise NotImplementedError


class CleanStage(Stage):
    name = "clean"
    per_article = False
    save_early = True

    def apply_batch(self, batch: list[Article]) -> None:
        self.component.clean(batch)


class DedupStage(Stage):
    """Marks near-duplicates; ``original`` maps an index key to (external id, row id)."""

    name = "dedup"
    save_early = True

    def __init__(self, component: Any, original: Any) -> None:
        super().__init__(component)
        self.original = original

    def apply(self, article: Article) -> None:
        hit = self.component.check(article)
        if hit is not None:
            key, sim = hit
            ext_id, row = self.original(key)
            article.duplicate_of = ext_id
            article.meta["duplicate_of_db_id"] = row
            article.meta["duplicate_similarity"] = round(float(sim), 4)
        self.component.add(article)


class TimexStage(Stage):
    """Time expressions; an undated article gets a date guessed from them, then re-anchored."""

    name = "timex"

    def __init__(self, tagger: Any, dates: Any) -> None:
        super().__init__(tagger)
        self.dates = dates
        self.assigns = tuple(dict.fromkeys(self.assigns + ("date",)))

    @property
    def provenance(self) -> list[tuple[str, str]]:
        return [(c.name, c.version) for c in (self.component, self.dates)]

    def apply(self, a: Article) -> None:
        body = a.body_spans()
        if a.date is None:
            a.timexes = self.component.tag(a.text, a.lang, None, body)
            guess = self.dates.infer_date(a.text, a.lang, a.timexes)
            if guess is not None:
                a.date = guess
                a.timexes = self.dates.reanchor(a.timexes, guess, a.text, a.lang)
        else:
            a.timexes = self.component.tag(a.text, a.lang, a.date, body)


class EntitiesStage(Stage):
    name = "entities"

    def apply(self, a: Article) -> None:
        a.entities = self.component.recognize(a)


class ResolveStage(Stage):
    name = "resolve"
    per_article = False

    def apply_batch(self, batch: list[Article]) -> None:
        self.component.resolve(batch)


class QuotesStage(Stage):
    name = "quotes"

    def apply(self, a: Article) -> None:
        a.quotes, a.attributions = self.component.extract(a)


class EventsStage(Stage):
    """Event and story assignment; the embedder that made the vectors is part of provenance."""

    name = "events"
    per_article = False

    def __init__(self, linker: Any, embedder: Any) -> None:
        super().__init__(linker)
        self.embedder = embedder
        self.redated: set[int] = set()  # id() of the articles whose date it changed, last batch

    @property
    def provenance(self) -> list[tuple[str, str]]:
        emb = self.embedder
        return [(self.component.name, f"{self.component.version}+{emb.name}@{emb.version}")]

    def apply_batch(self, batch: list[Article]) -> None:
        before = {id(a): (a.date.value if a.date else None) for a in batch}
        self.component.assign(batch)
        self.redated = {id(a) for a in batch
                        if a.date is not None and a.date.value != before[id(a)]}


class ReanchorStage(Stage):
    """An event may give an undated article a better anchor: re-normalise its relative dates."""

    name = "reanchor"
    default_requires = ("timexes", "date")
    default_assigns = ("timexes",)

    def __init__(self, dates: Any, events: EventsStage) -> None:
        super().__init__(dates)
        self.requires, self.assigns = self.default_requires, self.default_assigns
        self.events = events

    def apply(self, a: Article) -> None:
        if id(a) in self.events.redated:
            a.timexes = self.component.reanchor(a.timexes, a.date, a.text, a.lang)


def layer_provenance(stages: Sequence[Stage], layer: str) -> tuple[str, str]:
    """Who made ``layer`` in this pipeline: every component of every stage that assigns it, in
    order, as (names, versions) joined by commas; ingest when no stage assigns it."""
    pairs = dict.fromkeys(p for s in stages if layer in s.layers for p in s.provenance)
    if not pairs:
        return "newsweave.ingest", __version__
    return ",".join(n for n, _ in pairs), ",".join(v for _, v in pairs)


STAGE_ORDER = ("clean", "dedup", "timex", "entities", "resolve", "quotes", "events")


def build_stages(names: Sequence[str], c: Components, original: Any) -> list[Stage]:
    """The stages named in ``names``, in the pipeline's order, around the components ``c``."""
    unknown = set(names) - set(STAGE_ORDER)
    if unknown:
        raise PipelineError(f"unknown stage(s) {sorted(unknown)}; known: {', '.join(STAGE_ORDER)}")
    make = {"clean": lambda: CleanStage(c.cleaner),
            "dedup": lambda: DedupStage(c.deduplicator, original),
            "timex": lambda: TimexStage(c.timex, c.dates),
            "entities": lambda: EntitiesStage(c.recognizer),
            "resolve": lambda: ResolveStage(c.resolver),
            "quotes": lambda: QuotesStage(c.quotes),
            "events": lambda: EventsStage(c.linker, c.embedder)}
    stages = [make[n]() for n in STAGE_ORDER if n in names]
    events = next((s for s in stages if isinstance(s, EventsStage)), None)
    if events is not None and "timex" in names:
        stages.append(ReanchorStage(c.dates, events))
    check_order(stages)
    return stages


def check_order(stages: Sequence[Stage], available: Sequence[str] = INGEST_FIELDS) -> None:
    """Raise :class:`PipelineError` unless each stage's requirements are assigned before it."""
    have = set(available)
    for i, stage in enumerate(stages):
        missing = [f for f in stage.requires if f not in have]
        if missing:
            earlier = ", ".join(s.name for s in stages[:i]) or "none"
            raise PipelineError(
                f"stage {stage.name!r} ({stage.component.name}) requires {', '.join(missing)}, which "
                f"neither ingest nor an earlier stage assigns (earlier stages: {earlier})")
        have.update(stage.assigns)
