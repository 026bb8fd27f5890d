"""HTML pages (server-rendered Jinja2, autoescape on everywhere)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote
from typing import Any, Literal

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from .. import queries as Q
from ..compare.report import render_json
from ..store.base import ArticleFilter
from .charts import spark, story_timeline
from .highlight import highlight, snippet_html
from .presentation import conflict_views, coverage_matrix, safe_url
from .security import READ_COOKIE, _same, require_read

HERE = Path(__file__).parent
RTL = {"ar", "he", "fa", "ur", "yi", "ps"}

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                          trim_blocks=True, lstrip_blocks=True)
_env.globals.update(safe_url=safe_url, date_of=Q.date_of)
_env.filters["dir"] = lambda lang: "rtl" if (lang or "").split("-")[0] in RTL else "ltr"
_env.filters["seg"] = lambda v: quote(str(v), safe="")
_env.filters["langattr"] = lambda lang: (lang or "").replace('"', "")[:16]
templates = Jinja2Templates(env=_env)

router = APIRouter(include_in_schema=False)
read = [Depends(require_read)]


def page(request: Request, name: str, status: int = 200, headers: dict | None = None, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx, status_code=status, headers=headers)


def render_error(request: Request, status: int, detail: str, headers: dict | None = None) -> HTMLResponse:
    return page(request, "error.html", status=status, headers=headers, status_code=status, detail=detail)


def _repo(request: Request) -> Any:
    return request.app.state.repo


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


HOME_PAGE_SIZE = 20


@router.get("/", response_class=HTMLResponse, dependencies=read)
def home(request: Request, offset: int = Query(0, ge=0)) -> HTMLResponse:
    repo = _repo(request)
    total, stories = Q.story_summaries(repo, request.app.state.reports, request.app.state.settings.report_budget,
                                       offset=offset, limit=HOME_PAGE_SIZE)
    for s in stories:
        s["hist"] = spark(s["coverage"])
    return page(request, "home.html", stories=stories, total=total, offset=offset, page_size=HOME_PAGE_SIZE,
                n_articles=repo.count_articles(),
                n_sources=len({r[0] for r in repo.article_counts(["source"]) if r[0]}))


STORY_PAGE_SIZE = 40  # events per story page (the timeline draws the events of the page)


def thread_reasons(repo: Any, story_id: str) -> dict[str, str]:
    """Event id → why it continues the story (the stored thread link of its assignment)."""
    out: dict[str, str] = {}
    for entry in repo.cluster_log(story_id):
        thread = (entry.get("detail") or {}).get("thread") if entry.get("action") == "story_assign" else None
        ev = (entry.get("detail") or {}).get("event")
        if thread and ev:
            out[ev] = str(thread.get("reason") or "")
    return out


@router.get("/stories/{story_id}", response_class=HTMLResponse, dependencies=read)
def story(request: Request, story_id: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
    repo = _repo(request)
    data = Q.story_page(repo, story_id, request.app.state.reports,
                        request.app.state.settings.report_budget, offset=offset, limit=STORY_PAGE_SIZE)
    if data is None:
        raise HTTPException(404, "story not found")
    return page(request, "story.html", **data, offset=offset,
                page_size=STORY_PAGE_SIZE, reasons=thread_reasons(repo, story_id),
                hist=spark(data["coverage"]), timeline=story_timeline(data["events"], data["articles"]))


CONFLICT_PAGE_SIZE = 25  # conflicts per page of an event's report section


def _report_context(repo: Any, event_id: str, rep: dict | None, ext_to_db: dict[str, int | None],
                    coffset: int) -> dict[str, Any]:
    """What the report section shows: the coverage matrix and one page of conflicts."""
    total = len(rep["conflicts"]) if rep and isinstance(rep.get("conflicts"), list) else 0
    return {"matrix": coverage_matrix(rep), "event_id": event_id, "coffset": coffset,
            "cpage": CONFLICT_PAGE_SIZE, "n_conflicts": total,
            "conflicts": conflict_views(rep, ext_to_db, repo, start=coffset, limit=CONFLICT_PAGE_SIZE)}


@router.get("/events/{event_id}", response_class=HTMLResponse, dependencies=read)
def event(request: Request, event_id: str, coffset: int = Query(0, ge=0)) -> HTMLResponse:
    repo = _repo(request)
    data = Q.event_page(repo, event_id, request.app.state.reports,
                        report_wait_s=request.app.state.settings.report_wait_s)
    if data is None:
        raise HTTPException(404, "event not found")
    ids = {a.id: a.db_id for a in data["articles"]}
    return page(request, "event.html", **data, **_report_context(repo, event_id, data["report"], ids, coffset))


@router.get("/events/{event_id}/report", response_class=HTMLResponse, dependencies=read)
def event_report(request: Request, event_id: str, coffset: int = Query(0, ge=0)) -> HTMLResponse:
    """The event page's report section alone (summary, conflicts, coverage matrix): what the page
    fetches when its report was still being built."""
    repo = _repo(request)
    if repo.get_event(event_id) is None:
        raise HTTPException(404, "event not found")
    rep = render_json(request.app.state.reports.get(repo, event_id))
    ids = {a.id: a.db_id for a in repo.iter_articles(ArticleFilter(event=event_id), with_layers=False)}
    return page(request, "_report_section.html", report=rep, **_report_context(repo, event_id, rep, ids, coffset))


@router.get("/entities", response_class=HTMLResponse, dependencies=read)
def entities(request: Request, q: str | None = Query(None, max_length=200),
             type: str | None = Query(None, max_length=8)) -> HTMLResponse:
    ents = Q.search_entities(_repo(request), q, type)
    return page(request, "entities.html", entities=ents[:500], total=len(ents), q=q or "", type=type or "")


@router.get("/entities/{entity_id}", response_class=HTMLResponse, dependencies=read)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    data = Q.entity_page(_repo(request), entity_id)
    if data is None:
        raise HTTPException(404, "entity not found")
    return page(request, "entity.html", **data)


@router.get("/articles/{article_id}", response_class=HTMLResponse, dependencies=read)
def article(request: Request, article_id: str) -> HTMLResponse:
    repo = _repo(request)
    a = repo.get_article(article_id)
    if a is None:
        raise HTTPException(404, "article not found")
    ev = repo.get_event(a.event) if a.event else None
    st = repo.get_story(a.story) if a.story else None
    return page(request, "article.html", a=a, body=highlight(a), event=ev, story=st,
                provenance=repo.layer_provenance(a.db_id),
                counts={"entities": len(a.entities), "timexes": len(a.timexes), "quotes": len(a.quotes),
                        "attributions": len(a.attributions), "boilerplate": len(a.boilerplate)})


@router.get("/articles", response_class=HTMLResponse, dependencies=read)
def articles(request: Request, offset: int = Query(0, ge=0), source: str | None = Query(None, max_length=500),
             lang: str | None = Query(None, max_length=16), story: str | None = Query(None, max_length=200),
             event: str | None = Query(None, max_length=200)) -> HTMLResponse:
    repo = _repo(request)
    flt = ArticleFilter(source=source or None, lang=lang or None, story=story or None, event=event or None)
    total, arts = Q.list_articles(repo, flt, limit=50, offset=offset)
    params = {k: v for k, v in (("source", source), ("lang", lang), ("story", story), ("event", event)) if v}
    return page(request, "articles.html", articles=arts, total=total, offset=offset, params=params)


@router.get("/search", response_class=HTMLResponse, dependencies=read)
def search(request: Request, q: str = Query("", max_length=500),
           mode: Literal["fts", "semantic"] = "fts") -> HTMLResponse:
    repo = _repo(request)
    hits: list[dict[str, Any]] = []
    note = None
    if q.strip():
        if mode == "semantic":
            hits, n = request.app.state.semantic.search(repo, q, 20)
            note = f"semantic search over {n} embedded articles"
            for h in hits:
                h["snippet_html"] = h["snippet"]
        else:
            hits = Q.fts_search(repo, q, 30)
            for h in hits:
                h["snippet_html"] = snippet_html(h["snippet"])
    return page(request, "search.html", q=q, mode=mode, hits=hits, note=note)


@router.get("/docs", response_class=HTMLResponse, dependencies=read)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "schema": p.get("schema", {})} for p in op.get("parameters", [])]
            ops.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                        "tags": op.get("tags", []), "params": params,
                        "body": "requestBody" in op})
    return page(request, "apidocs.html", ops=ops, title=spec["info"]["title"], version=spec["info"]["version"])


@router.get("/ingest", response_class=HTMLResponse, dependencies=read)
def ingest_form(request: Request) -> HTMLResponse:
    return page(request, "ingest.html", max_mb=round(request.app.state.settings.max_upload / 1048576, 1))


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return page(request, "login.html", failed=False)


@router.post("/login")
async def login(request: Request) -> Response:
    settings = request.app.state.settings
    form = await request.form(max_files=0, max_fields=5)
    given = str(form.get("token") or "")
    ok = bool(settings.read_token) and bool(given) and (
        _same(given, settings.read_token) or bool(settings.token and _same(given, settings.token)))
    if not ok:
        return page(request, "login.html", status=401, failed=True)
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(READ_COOKIE, given, httponly=True, samesite="strict", path="/")
    return resp
