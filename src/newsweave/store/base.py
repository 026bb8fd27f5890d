"""The repository interface every storage backend implements (SQLite, PostgreSQL).

Callers (pipeline, linkers, CLI, API, benchmarks) depend only on this protocol, never on SQL, so a
team can move a corpus from a SQLite file to a shared PostgreSQL database without code changes.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Protocol

from ..model import Article


@dataclass
class ArticleFilter:
    lang: str | None = None
    source: str | None = None
    date_from: str | None = None  # inclusive, compared as YYYY[-MM[-DD]] prefix strings
    date_to: str | None = None
    event: str | None = None
    story: str | None = None
    entity: str | None = None
    include_duplicates: bool = True


@dataclass
class EventRecord:
    id: str
    story: str | None = None
    title: str = ""
    date: dict[str, Any] | None = None  # DateInfo.to_json() of the event's own date
    size: int = 0
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class StoryRecord:
    id: str
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class EntityRecord:
    id: str
    name: str
    type: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


class Repository(Protocol):
    """Everything callers may ask of a store (tests check that each backend has all of it)."""

    path: str  # where the data live, safe to print (a PostgreSQL password is masked)

    # plumbing -----------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        """Migrations applied so far: reopening a store never re-runs them."""
    def transaction(self) -> AbstractContextManager[Any]:
        """``with repo.transaction():`` commits a batch at once, or nothing of it on error."""
    def writer_lock(self) -> AbstractContextManager[None]:
        """``with repo.writer_lock():`` one writer at a time, across processes (linking)."""
    def data_version(self) -> Any:
        """A value that changes whenever the stored data may have changed (for caches)."""
    def close(self) -> None:
        """Release the connection; the object is unusable afterwards."""

    # articles -----------------------------------------------------------------------------
    def add_article(self, article: Article) -> tuple[int, bool]:
        """Store an article; returns (row id, created). The same content twice is stored once."""
    def find_by_hash(self, content_hash: str) -> int | None:
        """Row id of the article with this content hash, to skip work on known content."""
    def get_article(self, key: str | int) -> Article | None:
        """By row id (int or digits) or else by external id, with all its layers."""
    def iter_articles(self, flt: ArticleFilter | None = None, limit: int | None = None,
                      offset: int = 0, with_layers: bool = True) -> Iterator[Article]:
        """Articles in row order; ``with_layers=False`` skips derived layers for list views."""
    def count_articles(self, flt: ArticleFilter | None = None) -> int:
        """How many articles match, without loading them (pagination, tallies)."""
    def article_counts(self, group_by: Iterable[str], flt: ArticleFilter | None = None) -> list[tuple]:
        """Counts grouped by story/event/source/lang/day/month: rows (*keys, count), keys ascending."""
    def save_layers(self, article: Article, component: str, version: str,
                    kinds: Iterable[str]) -> None:
        """Persist derived layers (boilerplate, entities, ...) with their provenance."""
    def layer_provenance(self, article_id: int) -> list[dict[str, Any]]:
        """Which component and version produced each layer of an article, and when."""
    def search(self, query: str, limit: int = 20) -> list[tuple[int, float, str]]:
        """Full-text search (accents and case folded): (row id, rank: lower is better, snippet)."""
    def search_terms(self, groups: list[list[tuple[str, bool]]],
                     limit: int = 20) -> list[tuple[int, float, str]]:
        """Like :meth:`search`: every group must match, any one of its (words, prefix) will do."""

    # vectors ------------------------------------------------------------------------------
    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        """Cached embeddings by key; missing keys are simply absent from the answer."""
    def put_vectors(self, items: dict[str, bytes]) -> None:
        """Cache embeddings (replacing older bytes under the same key)."""

    # events and stories -------------------------------------------------------------------
    def put_event(self, ev: EventRecord) -> None:
        """Create or update an event in place (its articles keep pointing at it)."""
    def get_event(self, event_id: str) -> EventRecord | None:
        """One event, or None."""
    def list_events(self, story: str | None = None) -> list[EventRecord]:
        """All events (or those of one story), by id."""
    def delete_event(self, event_id: str) -> None:
        """Drop an event (after a merge); articles keep their columns until relinked."""
    def put_story(self, st: StoryRecord) -> None:
        """Create or update a story in place (its events keep pointing at it)."""
    def get_story(self, story_id: str) -> StoryRecord | None:
        """One story, or None."""
    def list_stories(self) -> list[StoryRecord]:
        """All stories, by id."""
    def delete_story(self, story_id: str) -> None:
        """Drop a story; its events lose their story (ON DELETE SET NULL)."""
    def set_membership(self, article_id: int, event: str | None, story: str | None) -> None:
        """Point an article at its event and story (used when clusters are rebuilt)."""
    def log_cluster_change(self, action: str, subject: str, detail: dict[str, Any]) -> None:
        """Append to the cluster history, so merges and splits can be explained later."""
    def cluster_log(self, subject: str | None = None) -> list[dict[str, Any]]:
        """The cluster history (of one subject), oldest first."""

    # entities -----------------------------------------------------------------------------
    def put_entity(self, ent: EntityRecord) -> None:
        """Create or replace an entity and the name index of its variants."""
    def get_entity(self, entity_id: str) -> EntityRecord | None:
        """One entity, or None."""
    def find_entities(self, name: str) -> list[EntityRecord]:
        """Entities named ``name`` (any variant, case-insensitive), else those containing it."""
    def list_entities(self) -> list[EntityRecord]:
        """All entities, by id."""
    def entity_article_ids(self, entity_id: str) -> list[int]:
        """Row ids of the articles mentioning an entity, ascending (from the mention index)."""
    def clear_entities(self) -> None:
        """Forget all entities before a full re-resolution."""

    # recurring lines ----------------------------------------------------------------------
    def line_counts(self, source: str, fingerprints: list[str]) -> dict[str, int]:
        """In how many earlier articles of ``source`` each line fingerprint occurred (absent: none)."""
    def add_line_counts(self, source: str, fingerprints: list[str]) -> None:
        """Count one more article of ``source`` for each fingerprint (repeats in the list count once)."""

    # misc state ---------------------------------------------------------------------------
    def get_state(self, key: str, default: Any = None) -> Any:
        """A JSON value saved by :meth:`set_state` (component checkpoints), else ``default``."""
    def set_state(self, key: str, value: Any) -> None:
        """Save a JSON value under ``key``."""
