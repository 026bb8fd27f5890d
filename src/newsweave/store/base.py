"""The repository interface every storage backend implements (SQLite now, PostgreSQL later).

Callers (pipeline, CLI, API) depend only on this protocol, never on SQL.
"""
from __future__ import annotations

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
    # articles -----------------------------------------------------------------------------
    def add_article(self, article: Article) -> tuple[int, bool]:
        """Store an article; returns (row id, created). The same content twice is stored once."""
    def get_article(self, key: str | int) -> Article | None: ...
    def iter_articles(self, flt: ArticleFilter | None = None, limit: int | None = None,
                      offset: int = 0) -> Iterator[Article]: ...
    def count_articles(self, flt: ArticleFilter | None = None) -> int: ...
    def data_version(self) -> Any:
        """A value that changes whenever the stored data may have changed (for caches)."""
    def article_counts(self, group_by: Iterable[str], flt: ArticleFilter | None = None) -> list[tuple]:
        """Counts grouped by story/event/source/lang/day/month: rows (*keys, count)."""
    def save_layers(self, article: Article, component: str, version: str,
                    kinds: Iterable[str]) -> None:
        """Persist derived layers (boilerplate, entities, ...) with their provenance."""
    def layer_provenance(self, article_id: int) -> list[dict[str, Any]]: ...
    def search(self, query: str, limit: int = 20) -> list[tuple[int, float, str]]: ...
    # vectors ------------------------------------------------------------------------------
    def get_vectors(self, keys: list[str]) -> dict[str, bytes]: ...
    def put_vectors(self, items: dict[str, bytes]) -> None: ...
    # events and stories -------------------------------------------------------------------
    def put_event(self, ev: EventRecord) -> None: ...
    def get_event(self, event_id: str) -> EventRecord | None: ...
    def list_events(self, story: str | None = None) -> list[EventRecord]: ...
    def delete_event(self, event_id: str) -> None: ...
    def put_story(self, st: StoryRecord) -> None: ...
    def get_story(self, story_id: str) -> StoryRecord | None: ...
    def list_stories(self) -> list[StoryRecord]: ...
    def set_membership(self, article_id: int, event: str | None, story: str | None) -> None: ...
    def log_cluster_change(self, action: str, subject: str, detail: dict[str, Any]) -> None: ...
    def cluster_log(self, subject: str | None = None) -> list[dict[str, Any]]: ...
    # entities -----------------------------------------------------------------------------
    def put_entity(self, ent: EntityRecord) -> None: ...
    def get_entity(self, entity_id: str) -> EntityRecord | None: ...
    def find_entities(self, name: str) -> list[EntityRecord]: ...
    def list_entities(self) -> list[EntityRecord]: ...
    # misc state ---------------------------------------------------------------------------
    def get_state(self, key: str, default: Any = None) -> Any: ...
    def set_state(self, key: str, value: Any) -> None: ...
    def close(self) -> None: ...
