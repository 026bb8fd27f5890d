"""The one way to say what an identifier names: an event, a story or an entity.

Ids are tried in that order (event, story, entity); where a name is allowed (entity pages, the
``entity`` command) a name or variant in any spelling or script resolves to an entity too, and
among several matches the entity with the most mentions wins.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model import Article
from ..store.base import ArticleFilter, EntityRecord, EventRecord, Repository, StoryRecord

Kind = Literal["event", "story", "entity"]
ALL_KINDS: tuple[Kind, ...] = ("event", "story", "entity")


@dataclass(frozen=True)
class Subject:
    """What an identifier resolved to: its kind, its canonical id and its stored record."""

    kind: Kind
    id: str
    record: EventRecord | StoryRecord | EntityRecord

    @property
    def filter(self) -> ArticleFilter:
        """The articles of this subject."""
        return ArticleFilter(**{self.kind: self.id})

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.id}


def resolve_entity(repo: Repository, name_or_id: str) -> EntityRecord | None:
    """An entity by id, else by name or variant (exact, case-insensitive, else substring); among
    several matches the one with the most mentions."""
    rec = repo.get_entity(name_or_id)
    if rec is not None or not name_or_id:
        return rec
    cands = repo.find_entities(name_or_id)
    if not cands:
        return None
    return max(cands, key=lambda r: (r.meta.get("total_mentions", r.meta.get("mentions", 0)), r.id))


def resolve_subject(repo: Repository, ident: str, kinds: tuple[Kind, ...] = ALL_KINDS,
                    by_name: bool = False) -> Subject | None:
    """The event, story or entity (only those of ``kinds``) with this id; with ``by_name`` an
    entity may also be named (see :func:`resolve_entity`)."""
    getters = {"event": repo.get_event, "story": repo.get_story, "entity": repo.get_entity}
    for kind in kinds:
        rec = getters[kind](ident)
        if rec is not None:
            return Subject(kind, rec.id, rec)
    if by_name and "entity" in kinds:
        ent = resolve_entity(repo, ident)
        if ent is not None:
            return Subject("entity", ent.id, ent)
    return None


def subject_articles(repo: Repository, subject: Subject, limit: int | None = None) -> list[Article]:
    """The subject's articles with their layers, in store order (timelines depend on it)."""
    return list(repo.iter_articles(subject.filter, limit=limit))
