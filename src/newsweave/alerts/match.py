"""Does an article match a saved watch?

* **entity** — a name in any spelling or script: the article mentions the entity the name
  resolves to (``queries.resolve_entity``, exact names and variants only), or a mention whose
  phonetic name key (``link.entity_keys``, the keys entity resolution groups on) equals the
  watch's: "Zelensky" matches "Зеленський", "Zełenski" and "Volodymyr Zelenskyy".
* **query** — every word of the query (folded like full-text search: case and accents) occurs in
  the title or the text.
* **story** — the article belongs to the story or event.
"""
from __future__ import annotations

import re
from typing import Any

from ..link.entity_keys import node_key, token_keys
from ..model import Article, Mention
from ..queries import resolve_entity
from ..store.codec import name_key
from ..store.sql import query_words
from ..store.textsearch import fold_for_search

_WORD = re.compile(r"\w+")


def name_keys(name: str) -> set[str]:
    """Spelling-independent keys of a watched name: as a person (full name, or a lone surname)
    and as any other name (word order ignored)."""
    toks = token_keys(name, None)
    if not toks:
        return set()
    return {node_key("PER", toks), node_key("ORG", toks)}


def mention_keys(m: Mention, lang: str | None) -> set[str]:
    """The keys of one mention: its node key and, for a full person name, its surname's."""
    toks = token_keys(m.lemma or m.text, lang)
    if not toks:
        return set()
    out = {node_key(m.type, toks)}
    if m.type == "PER" and len(toks) >= 2:
        out.add("S|" + toks[-1])
    return out


def exact_entity(repo: Any, name_or_id: str) -> str | None:
    """The entity id this name or id resolves to, when the name is one of its spellings exactly
    (``resolve_entity`` falls back to substrings, which a watch must not)."""
    rec = resolve_entity(repo, name_or_id)
    if rec is None:
        return None
    if rec.id == name_or_id or name_key(name_or_id) in {name_key(v) for v in [rec.name, *rec.variants]}:
        return rec.id
    return None


def entity_mention(a: Article, ids: set[str], keys: set[str]) -> Mention | None:
    """The first mention of the watched entity in ``a`` (by entity id, else by name key)."""
    for m in a.entities:
        if m.entity and m.entity in ids:
            return m
    if keys:
        for m in a.entities:
            if mention_keys(m, a.lang) & keys:
                return m
    return None


def query_tokens(query: str) -> list[str]:
    return [t for w in query_words(query) for t in _WORD.findall(fold_for_search(w))]


def query_match(a: Article, tokens: list[str]) -> bool:
    if not tokens:
        return False
    words = set(_WORD.findall(fold_for_search(f"{a.title or ''}\n{a.text}")))
    return all(t in words for t in tokens)


def in_subject(a: Article, subject: str) -> bool:
    return subject in (a.story, a.event)
