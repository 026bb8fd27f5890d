"""Plain-dict views of stored records, and the cheap store reads every page starts from.

These dicts are the shapes the REST API returns and the CLI reshapes; they hold no presentation
(no markup, no geometry).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Article
from ..pipeline import article_record
from ..store.base import ArticleFilter, EntityRecord, EventRecord, Repository, StoryRecord


def date_of(a: Article) -> str | None:
    """The article's publication date value (YYYY[-MM[-DD]]), if known."""
    return a.date.value if a.date else None


def article_order(a: Article) -> tuple:
    """Sort key of an event's or story's articles: date (undated last), outlet, row."""
    return (date_of(a) or "9999", a.source or "", a.db_id or 0)


def event_order(e: EventRecord) -> tuple:
    """Sort key of events by their own date (undated first), then id."""
    return ((e.date or {}).get("value") or "", e.id)


def article_brief(a: Article) -> dict[str, Any]:
    return {"id": a.db_id, "ext_id": a.id, "title": a.title, "source": a.source, "url": a.url,
            "lang": a.lang, "date": a.date.to_json() if a.date else None, "event": a.event,
            "story": a.story, "duplicate_of": a.duplicate_of}


def article_full(repo: Repository, a: Article) -> dict[str, Any]:
    """The article with all its layers (the ``analyze`` record) and the provenance of each layer."""
    rec = article_record(a)
    rec["id"] = a.db_id
    rec["ext_id"] = a.id
    rec["provenance"] = repo.layer_provenance(a.db_id) if a.db_id is not None else []
    return rec


def event_brief(ev: EventRecord) -> dict[str, Any]:
    return {"id": ev.id, "story": ev.story, "title": ev.title, "date": ev.date, "size": ev.size,
            "meta": ev.meta}


def story_brief(st: StoryRecord) -> dict[str, Any]:
    return {"id": st.id, "title": st.title, "meta": st.meta}


def entity_brief(e: EntityRecord) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "type": e.type, "variants": e.variants, "roles": e.roles,
            "meta": e.meta}


def light_articles(repo: Repository, flt: ArticleFilter, limit: int | None = None,
                   offset: int = 0) -> list[Article]:
    """Articles without their layers: enough for lists and counts, much cheaper to read."""
    return list(repo.iter_articles(flt, limit=limit, offset=offset, with_layers=False))



def first_day(value: str | None) -> date | None:
    """First day of a YYYY[-MM[-DD]] value; None when there is none or it is not a date."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2][:2]) if len(parts) > 2 else 1
        return date(y, m, d)
    except (ValueError, IndexError):
        return None
