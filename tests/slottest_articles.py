"""Invented articles for the slot-conflict tests, with their entity mentions placed by hand."""
from __future__ import annotations

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
