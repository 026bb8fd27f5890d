"""Article listing and search: full text with language-aware stemming, plus the articles of the
entities a query names in any spelling, script or inflected form."""
from __future__ import annotations

import re
from typing import Any

from .. import lang as langs
from ..link.entity_keys import stem
from ..model import Article
from ..store.base import ArticleFilter, Repository
from .entities import query_entities
from .records import article_brief, date_of, light_articles

MARK_START, MARK_END = "\x01", "\x02"  # how the store marks the matched words in a snippet
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_VOWEL_END = re.compile(r"[aeiouyаеёиоуыэюяіїєъь]{1,2}$", re.IGNORECASE)
SNIPPET_CHARS = 90  # text shown on each side of an entity mention in an entity-only hit


def list_articles(repo: Repository, flt: ArticleFilter, limit: int | None = 50,
                  offset: int = 0) -> tuple[int, list[Article]]:
    """(number of matching articles, one page of them without layers)."""
    return repo.count_articles(flt), light_articles(repo, flt, limit=limit, offset=offset)


def marked_snippet(snippet: str, start: str = "", end: str = "") -> str:
    """A search snippet with the store's match markers replaced (default: removed)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


def word_variants(word: str) -> list[tuple[str, bool]]:
    """Full-text alternatives of one query word: the word itself, and as prefixes its stems under
    the case endings of every language (``LinkSection.case_endings``) and without a final vowel
    or two ("Путина" → ``Путин*``, "Зеленського" → ``Зеленськ*``); no prefix under 4 letters."""
    out: dict[str, bool] = {word: False}
    cands = {stem(word, x.code) for x in langs.languages()} | {_VOWEL_END.sub("", word)}
    for c in cands:
        if len(c) >= 4 and c != word or (len(word) >= 5 and c == word):
            out[c] = True
    return list(out.items())


def _entity_snippet(a: Article, ids: set[str]) -> str:
    """An excerpt around the first mention of one of ``ids``, the mention marked."""
    for m in sorted(a.entities, key=lambda m: m.start):
        if m.entity in ids:
            lo, hi = max(0, m.start - SNIPPET_CHARS), min(len(a.text), m.end + SNIPPET_CHARS)
            return ("…" if lo else "") + a.text[lo:m.start] + MARK_START + a.text[m.start:m.end] \
                + MARK_END + a.text[m.end:hi] + ("…" if hi < len(a.text) else "")
    return a.text[: 2 * SNIPPET_CHARS]


def _keep(a: Article, flt: ArticleFilter, entity_rows: set[int] | None) -> bool:
    d = date_of(a) or ""
    return ((flt.lang is None or a.lang == flt.lang) and (flt.source is None or a.source == flt.source)
            and (flt.event is None or a.event == flt.event) and (flt.story is None or a.story == flt.story)
            and (flt.date_from is None or (d and d[:len(flt.date_from)] >= flt.date_from))
            and (flt.date_to is None or (d and d[:len(flt.date_to)] <= flt.date_to))
            and (entity_rows is None or a.db_id in entity_rows)
            and (flt.include_duplicates or not a.duplicate_of))


def fts_search(repo: Repository, q: str, limit: int = 20,
               flt: ArticleFilter | None = None) -> list[dict[str, Any]]:
    """Articles matching ``q``, best first: the article brief (id, title, language, date, source,
    event, story), ``score``, the marked ``snippet`` and ``entities`` (the ids the query named).

    Full text matches every query word, each in any of its :func:`word_variants`; to that come
    the articles of the entities the query names (:func:`query_entities`), and the full-text hits
    of those entities' stored names and variants. ``flt`` narrows by language, source, event,
    story, date range (``date_from``/``date_to`` prefixes) and entity."""
    flt = flt or ArticleFilter()
    words = _WORD.findall(q)
    if not words:
        return []
    ents = query_entities(repo, q)
    ids = {e.id for e in ents}
    wide = max(limit * 10, 200)  # fetched before filtering
    hits: dict[int, tuple[float, str]] = {}
    for row, rank, snip in repo.search_terms([word_variants(w) for w in words], limit=wide):
        hits[int(row)] = (-float(rank), snip)
    for e in ents:
        for name in dict.fromkeys([e.name, *e.variants]):
            for row, rank, snip in repo.search_terms([[(name, False)]], limit=wide):
                hits.setdefault(int(row), (-float(rank), snip))
    top = max((s for s, _ in hits.values()), default=1.0)
    entity_rows = {r for i in ids for r in repo.entity_article_ids(i)}
    for row in entity_rows:
        hits.setdefault(row, (top, ""))
    only = set(repo.entity_article_ids(flt.entity)) if flt.entity else None
    out = []
    for row, (score, snip) in sorted(hits.items(), key=lambda kv: (-kv[1][0] - (kv[0] in entity_rows), kv[0])):
        a = repo.get_article(row)
        if a is None or not _keep(a, flt, only):
            continue
        out.append({**article_brief(a), "score": score + (row in entity_rows),
                    "snippet": snip or _entity_snippet(a, ids), "entities": sorted(ids)})
        if len(out) >= limit:
            break
    return out
