"""Entity pages: who an entity is, how it is written, its roles, companions, articles, events."""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..link.entities import entity_page as entity_profile
from ..store.base import ArticleFilter, EntityRecord, Repository
from .records import entity_brief
from .subjects import resolve_entity

__all__ = ["entity_page", "entity_profile", "search_entities"]


def entity_page(repo: Repository, name_or_id: str, limit: int = 200,
                details: bool = False) -> dict[str, Any] | None:
    """The entity named or identified by ``name_or_id`` (see ``resolve_entity``): its record,
    surface forms, roles, co-occurring entities and events over its first ``limit`` articles.

    With ``details`` (and at most ``limit`` articles) ``extra`` holds the entities package's
    profile (:func:`entity_profile`: every article with its mention count)."""
    ent = resolve_entity(repo, name_or_id)
    if ent is None:
        return None
    flt = ArticleFilter(entity=ent.id)
    total = repo.count_articles(flt)
    arts = list(repo.iter_articles(flt, limit=limit))
    surface: Counter = Counter()
    roles: Counter = Counter(ent.roles)
    co: Counter = Counter()
    co_names: dict[str, str] = {}
    for a in arts:
        for m in a.entities:
            if m.entity == ent.id:
                surface[m.text] += 1
                for r in m.attrs.get("roles", []) or []:
                    roles[r] += 1
            elif m.entity:
                co[m.entity] += 1
                co_names.setdefault(m.entity, m.name or m.text)
    events = Counter(a.event for a in arts if a.event)
    return {"entity": entity_brief(ent), "n_articles": total, "articles": arts,
            "surface_forms": surface.most_common(), "roles": roles.most_common(),
            "cooccurring": [{"id": k, "name": co_names[k], "n": n} for k, n in co.most_common(20)],
            "events": events.most_common(),
            "extra": entity_profile(repo, ent.id) if details and total <= limit else None}


def search_entities(repo: Repository, q: str | None = None, type: str | None = None) -> list[EntityRecord]:
    """Entities whose name or variant matches ``q`` (all when empty), of one ``type`` if given."""
    ents = repo.find_entities(q) if q else repo.list_entities()
    return [e for e in ents if e.type == type] if type else ents
