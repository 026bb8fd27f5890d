"""Entity pages: who an entity is, how it is written, its roles, companions, articles, events."""
from __future__ import annotations

from collections import Counter
from typing import Any

from .. import lang as langs
from ..link.entities import entity_page as entity_profile
from ..link.entity_keys import name_search_keys
from ..link.translit import CYRILLIC_LANGS, script_of
from ..store.base import ArticleFilter, EntityRecord, Repository
from ..store.codec import name_key as codec_key
from .records import entity_brief
from .subjects import resolve_entity

__all__ = ["entity_page", "entity_profile", "query_entities", "search_entities"]


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


# ------------------------------------------------------------------ entities behind a search query

def _script_langs(text: str) -> tuple[str | None, ...]:
    """The languages whose case endings a word of ``text`` may carry (by its script), and None."""
    cyr = script_of(text) == "cyrillic"
    return tuple(c for c in (x.code for x in langs.languages()) if (c in CYRILLIC_LANGS) == cyr) + (None,)


_INDEX: dict[int, tuple[Any, dict[tuple[str, ...], set[str]], dict[str, set[str]]]] = {}


def _key_index(repo: Repository) -> tuple[dict[tuple[str, ...], set[str]], dict[str, set[str]]]:
    """(full key sequence → entity ids, surname key → person ids) over every stored entity name
    and variant; rebuilt when the store changes."""
    version = repo.data_version()
    hit = _INDEX.get(id(repo))
    if hit is not None and hit[0] == version:
        return hit[1], hit[2]
    full: dict[tuple[str, ...], set[str]] = {}
    last: dict[str, set[str]] = {}
    for e in repo.list_entities():
        for n in dict.fromkeys([e.name, *e.variants]):
            for keys in name_search_keys(n, _script_langs(n)):
                full.setdefault(keys, set()).add(e.id)
                if e.type == "PER" and len(keys) >= 2:
                    last.setdefault(keys[-1], set()).add(e.id)
    _INDEX.clear()  # one store at a time is plenty for a CLI or a server
    _INDEX[id(repo)] = (version, full, last)
    return full, last


def query_entities(repo: Repository, q: str) -> list[EntityRecord]:
    """The entities a search query names, in any spelling, script or inflected form: a stored
    name or variant equal to it, else one with the same loose key sequence (transliteration and
    case endings undone: "Gadafi" → Kadhafi, "Зеленського" → Zelensky); a one-word query also
    finds the persons whose surname it is. Acronyms and words under 3 letters match exactly only."""
    found = {e.id: e for e in repo.find_entities(q) if codec_key(q) in
             {codec_key(n) for n in [e.name, *e.variants]}}
    words = q.split()
    if not found and sum(len(w) for w in words) >= 3 and not q.strip().isupper():
        full, last = _key_index(repo)
        ids: set[str] = set()
        for keys in name_search_keys(q, _script_langs(q)):
            ids |= full.get(keys, set())
            if len(keys) == 1 and len(keys[0]) >= 3:
                ids |= last.get(keys[0], set())
        for i in sorted(ids):
            e = repo.get_entity(i)
            if e is not None:
                found[i] = e
    return list(found.values())
