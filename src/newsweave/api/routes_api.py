"""JSON read endpoints: articles, events, stories, entities, search, timelines."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from .. import queries as Q
from ..store.base import ArticleFilter
from .security import require_read

router = APIRouter(dependencies=[Depends(require_read)])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def repo_of(request: Request) -> Any:
    return request.app.state.repo


@router.get("/openapi.json", include_in_schema=False)
def openapi(request: Request) -> dict[str, Any]:
    return request.app.openapi()


@router.get("/api/articles", tags=["articles"], summary="List articles (paginated, filterable)")
def list_articles(request: Request,
                  limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                  date_from: str | None = Query(None, pattern=DATE),
                  date_to: str | None = Query(None, pattern=DATE),
                  lang: str | None = Query(None, max_length=16),
                  source: str | None = Query(None, max_length=500),
                  entity: str | None = Query(None, max_length=200),
                  event: str | None = Query(None, max_length=200),
                  story: str | None = Query(None, max_length=200),
                  include_duplicates: bool = True) -> dict[str, Any]:
    repo = repo_of(request)
    flt = ArticleFilter(lang=lang, source=source, date_from=date_from, date_to=date_to, event=event,
                        story=story, entity=entity, include_duplicates=include_duplicates)
    total, arts = Q.list_articles(repo, flt, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset,
            "items": [Q.article_brief(a) for a in arts]}


@router.get("/api/articles/{article_id}", tags=["articles"],
            summary="One article with all its layers and their provenance")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    repo = repo_of(request)
    a = repo.get_article(article_id)
    if a is None:
        raise HTTPException(404, "article not found")
    return Q.article_full(repo, a)


@router.get("/api/events", tags=["events"], summary="List events with article/source counts")
def list_events(request: Request, story: str | None = Query(None, max_length=200),
                limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    repo = repo_of(request)
    events = repo.list_events(story=story)
    rows = Q.event_rows(repo, events, ArticleFilter(story=story) if story else None,
                        reports=request.app.state.reports, compute_reports=False)
    return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset:offset + limit]}


@router.get("/api/events/{event_id}", tags=["events"],
            summary="One event: articles, comparison report, quotes by speaker")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    data = Q.event_page(repo_of(request), event_id, request.app.state.reports)
    if data is None:
        raise HTTPException(404, "event not found")
    return {**data["event"], "story": data["story"],
            "articles": [Q.article_brief(a) for a in data["articles"]],
            "n_sources": data["n_sources"], "report": data["report"], "quotes": data["quotes"],
            "attributions": data["attributions"], "entities": data["entities"]}


@router.get("/api/stories", tags=["stories"], summary="List stories with their events")
def list_stories(request: Request, limit: int = Query(50, ge=1, le=500),
                 offset: int = Query(0, ge=0)) -> dict[str, Any]:
    total, items = Q.story_summaries(repo_of(request), request.app.state.reports, report_budget=0,
                                     offset=offset, limit=limit)
    for it in items:
        it["coverage"] = it["coverage"]["periods"]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/api/stories/{story_id}", tags=["stories"], summary="One story: events and articles")
def get_story(request: Request, story_id: str) -> dict[str, Any]:
    data = Q.story_page(repo_of(request), story_id, request.app.state.reports, report_budget=0)
    if data is None:
        raise HTTPException(404, "story not found")
    return {**data["story"], "events": data["events"], "n_articles": data["n_articles"],
            "n_sources": data["n_sources"],
            "coverage": data["coverage"]["periods"],
            "articles": [Q.article_brief(a) for a in data["articles"]]}


@router.get("/api/entities", tags=["entities"], summary="List or look up entities")
def list_entities(request: Request, q: str | None = Query(None, max_length=200),
                  type: str | None = Query(None, max_length=8),
                  limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    repo = repo_of(request)
    ents = Q.search_entities(repo, q, type)
    return {"total": len(ents), "limit": limit, "offset": offset,
            "items": [Q.entity_brief(e) for e in ents[offset:offset + limit]]}


@router.get("/api/entities/{entity_id}", tags=["entities"],
            summary="One entity: variants, roles, co-occurring entities, articles")
def get_entity(request: Request, entity_id: str) -> dict[str, Any]:
    data = Q.entity_page(repo_of(request), entity_id, details=True)
    if data is None:
        raise HTTPException(404, "entity not found")
    return {**data["entity"], "n_articles": data["n_articles"],
            "surface_forms": data["surface_forms"], "role_counts": data["roles"],
            "cooccurring": data["cooccurring"], "events": data["events"],
            "articles": [Q.article_brief(a) for a in data["articles"]], "details": data["extra"]}


@router.get("/api/search", tags=["search"], summary="Full-text (FTS5) or semantic (embeddings) search")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500),
           mode: Literal["fts", "semantic"] = "fts",
           limit: int = Query(20, ge=1, le=100), lang: str | None = None, source: str | None = None,
           date_from: str | None = None, date_to: str | None = None, event: str | None = None,
           story: str | None = None, entity: str | None = None) -> dict[str, Any]:
    repo = repo_of(request)
    if mode == "semantic":
        hits, n = request.app.state.semantic.search(repo, q, limit)
        return {"q": q, "mode": mode, "searchable": n, "items": hits}
    hits = Q.fts_search(repo, q, limit, ArticleFilter(lang=lang, source=source, date_from=date_from,
                                                      date_to=date_to, event=event, story=story,
                                                      entity=entity))
    for h in hits:
        h["snippet"] = Q.marked_snippet(h["snippet"])
    return {"q": q, "mode": mode, "items": hits}


@router.get("/api/timelines/{subject_id}", tags=["timelines"],
            summary="Timeline of a story, event or entity")
def get_timeline(request: Request, subject_id: str, lang: str | None = None) -> dict[str, Any]:
    repo = repo_of(request)
    subject = Q.resolve_subject(repo, subject_id)
    if subject is None:
        raise HTTPException(404, "no story, event or entity with this id")
    return Q.timeline_document(repo, subject, lang=lang)
