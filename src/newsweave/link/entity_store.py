"""Persistence of resolved entities: the only part of entity linking that touches the store.

:class:`EntityStore` reads what earlier batches stored (entity keys, known person names) and
writes the entity records of a resolved batch, so :class:`~newsweave.link.entities.EntityResolver`
itself does no I/O beyond the calls it makes here.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from ..model import Article, Mention
from ..store.base import ArticleFilter, EntityRecord
from .entity_places import explain


@dataclass
class ResolvedCluster:
    """One entity of a resolved batch: its id, its mentions (with article and language), and
    the graph nodes (keys) it was built from."""

    entity_id: str
    mentions: list[tuple[Article, Mention, str | None, str]]  # article, mention, lang, base form
    nodes: set[str]


class EntityStore:
    """Entity records of one repository, as the resolver needs them."""

    def __init__(self, repo: Any) -> None:
        self.repo = repo

    def known_persons(self) -> list[tuple[str, list[str]]]:
        """(entity id, names) of the stored persons: canonical name first, then variants."""
        return [(rec.id, [rec.name, *rec.variants]) for rec in self.repo.list_entities()
                if rec.type == "PER"]

    def existing_keys(self) -> dict[str, Any]:
        """node key → stored entity ids; ``"#ids"`` → every stored entity id."""
        out: dict[str, Any] = defaultdict(list)
        ids = set()
        for rec in self.repo.list_entities():
            ids.add(rec.id)
            for k in rec.meta.get("keys", []):
                out[k].append(rec.id)
        out["#ids"] = ids
        return out

    def save(self, clusters: list[ResolvedCluster]) -> None:
        """Write (or update) one entity record per cluster: variants, roles, counts, keys."""
        for cl in clusters:
            eid, items, nodes = cl.entity_id, cl.mentions, cl.nodes
            ms = [it[1] for it in items]
            name = ms[0].name or ms[0].text
            types = Counter(m.type for m in ms)
            variants = Counter()
            for it in items:
                variants[it[1].text] += 1
                variants[it[3]] += 1
            roles = Counter(r for m in ms for r in m.attrs.get("roles", []))
            langs = Counter(it[2] or "?" for it in items)
            arts = {it[0].id for it in items}
            old = self.repo.get_entity(eid)
            var_list = [v for v, _ in variants.most_common(200)]
            role_list = [r for r, _ in roles.most_common(50)]
            meta = {"mentions": len(items), "articles": len(arts), "languages": dict(langs),
                    "keys": sorted(nodes)}
            why = explain(nodes)
            if why:
                meta["why"] = why
            typ = types.most_common(1)[0][0]
            if old is not None:
                var_list = list(dict.fromkeys(old.variants + var_list))[:400]
                role_list = list(dict.fromkeys(old.roles + role_list))[:100]
                meta["keys"] = sorted(set(old.meta.get("keys", [])) | set(nodes))
                if old.meta.get("why") or why:
                    meta["why"] = list(dict.fromkeys(old.meta.get("why", []) + why))
                meta["total_mentions"] = old.meta.get("total_mentions", old.meta.get("mentions", 0)) + len(items)
            else:
                meta["total_mentions"] = len(items)
            self.repo.put_entity(EntityRecord(eid, name, typ, var_list, role_list, meta))


def entity_page(repo, name_or_id: str) -> dict | None:
    """Everything known about one entity: canonical name, type, variants, roles, articles, events.

    ``name_or_id`` is an entity id or any name/variant (exact, case-insensitive, else substring);
    among several matches the one with the most mentions wins.  None when nothing matches."""
    rec = repo.get_entity(name_or_id)
    if rec is None:
        cands = repo.find_entities(name_or_id)
        if not cands:
            return None
        rec = max(cands, key=lambda r: (r.meta.get("total_mentions", r.meta.get("mentions", 0)), r.id))
    if hasattr(repo, "entity_article_ids"):
        aids = repo.entity_article_ids(rec.id)
    else:
        aids = [a.db_id for a in repo.iter_articles(ArticleFilter(entity=rec.id))]
    articles, events = [], []
    for aid in aids:
        art = repo.get_article(aid)
        if art is None:
            continue
        mentions = [m for m in art.entities if m.entity == rec.id]
        articles.append({"db_id": art.db_id, "id": art.id, "title": art.title, "lang": art.lang,
                         "date": art.date.value if art.date else None, "event": art.event,
                         "mentions": len(mentions)})
        if art.event and art.event not in events:
            events.append(art.event)
    return {"id": rec.id, "name": rec.name, "type": rec.type, "variants": rec.variants,
            "roles": rec.roles, "meta": rec.meta, "articles": articles, "events": events}
