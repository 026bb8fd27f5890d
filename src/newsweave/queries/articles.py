"""Article listing and full-text search."""
from __future__ import annotations

from typing import Any

from ..model import Article
from ..store.base import ArticleFilter, Repository
from .records import article_brief, light_articles

MARK_START, MARK_END = "\x01", "\x02"  # how the store marks the matched words in a snippet


def list_articles(repo: Repository, flt: ArticleFilter, limit: int | None = 50,
                  offset: int = 0) -> tuple[int, list[Article]]:
    """(number of matching articles, one page of them without layers)."""
    return repo.count_articles(flt), light_articles(repo, flt, limit=limit, offset=offset)


def marked_snippet(snippet: str, start: str = "", end: str = "") -> str:
    """A search snippet with the store's match markers replaced (default: removed)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


def fts_search(repo: Repository, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text hits, best first: the article brief, ``score`` and the raw marked ``snippet``."""
    out = []
    for rowid, rank, snip in repo.search(q, limit=limit):
        a = repo.get_article(int(rowid))
        if a is not None:
            out.append({**article_brief(a), "score": -float(rank), "snippet": snip})
    return out
