"""Live intake and alerts on the web: the feed health page, the alerts page (with the unread
count) and their JSON (``/api/feeds``, ``/api/alerts``); marking alerts read needs the write token."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..alerts import AlertStore
from ..watch import feed_health
from .security import require_read, require_write
from .views import page

router = APIRouter()
read = [Depends(require_read)]


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ") if ts else "—"


@router.get("/api/feeds", tags=["watch"], dependencies=read, summary="Feed health")
def api_feeds(request: Request) -> dict[str, Any]:
    """Every polled feed: status, last success, last error, failures in a row, items seen."""
    rows = feed_health(request.app.state.repo)
    return {"feeds": rows, "errors": sum(1 for r in rows if r["status"] == "error")}


@router.get("/api/alerts", tags=["watch"], dependencies=read, summary="Alerts and the unread count")
def api_alerts(request: Request, unread: bool = False, watch: str | None = Query(None, max_length=40),
               limit: int = Query(100, ge=1, le=1000)) -> dict[str, Any]:
    store = AlertStore(request.app.state.repo)
    return {"unread": store.unread_count(), "alerts": store.alerts(unread_only=unread, watch=watch, limit=limit),
            "watches": [w.to_json() for w in store.watches()]}


class ReadIn(BaseModel):
    ids: list[str] = Field(default_factory=list, max_length=1000)
    all: bool = False


@router.post("/api/alerts/read", tags=["watch"], dependencies=[Depends(require_write)],
             summary="Mark alerts read (bearer token)")
def api_alerts_read(request: Request, body: ReadIn) -> dict[str, Any]:
    store = AlertStore(request.app.state.repo)
    changed = store.mark_read(body.ids, every=body.all)
    return {"changed": changed, "unread": store.unread_count()}


@router.get("/feeds", response_class=HTMLResponse, dependencies=read, include_in_schema=False)
def feeds_page(request: Request) -> HTMLResponse:
    rows = feed_health(request.app.state.repo)
    return page(request, "feeds.html", feeds=rows, when=_when,
                n_errors=sum(1 for r in rows if r["status"] == "error"))


@router.get("/alerts", response_class=HTMLResponse, dependencies=read, include_in_schema=False)
def alerts_page(request: Request, unread: bool = False) -> HTMLResponse:
    store = AlertStore(request.app.state.repo)
    return page(request, "alerts.html", alerts=store.alerts(unread_only=unread, limit=500),
                unread=store.unread_count(), only_unread=unread, watches=store.watches(), when=_when)
