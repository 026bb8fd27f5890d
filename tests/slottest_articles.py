"""Invented articles for the slot-conflict tests, with their entity mentions placed by hand."""
from __future__ import annotations

import numpy as np

from newsweave.model import Article, DateInfo, Mention


def art(ident: str, lang: str, text: str, ents=()) -> Article:
    """An article of outlet "Outlet <ident>", dated 6 May 2031, whose every occurrence of each
    ``(surface, type)`` in ``ents`` is a mention named as written."""
    a = Article(id=ident, text=text, lang=lang, source=f"Outlet {ident}", date=DateInfo("2031-05-06"))
    for surface, typ in ents:
        pos = 0
        while (i := text.find(surface, pos)) >= 0:
            a.entities.append(Mention(i, i + len(surface), surface, typ, name=surface))
            pos = i + len(surface)
    return a


def by_position(claims, alike: float = 0.95) -> np.ndarray:
    """Clause k of each article ``alike`` to clause k of every other, 0.3 to the rest: the
    aligned layers' tests pair clauses by hand instead of by claim vectors."""
    rank: dict[str, int] = {}
    pos = []
    for c in claims:
        pos.append(rank.get(c.article, 0))
        rank[c.article] = pos[-1] + 1
    p = np.array(pos)
    return np.where(p[:, None] == p[None, :], alike, 0.3).astype(np.float32)
