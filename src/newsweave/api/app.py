"""The analyst's desk: REST API and server-rendered web UI over one newsweave store.

``create_app(db_path, token=...)`` builds the FastAPI application; ``serve(db_path, host, port)``
runs it with uvicorn (``newsweave serve``). Routes live in ``routes_api`` (JSON reads),
``routes_write`` (ingest), ``routes_export`` (reports and exports) and ``views`` (HTML pages).
"""
from __future__ import annotations

import logging
import os
import re
from urllib.parse import parse_qsl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..queries import ReportCache, SemanticIndex
from ..store import open_store
from .cache import PageCache, PageCacheMiddleware
from .routes_api import router as read_router
from .routes_export import router as export_router
from .routes_watch import router as watch_router
from .routes_write import router as write_router
from .security import SECURITY_HEADERS, BodyLimitMiddleware, SecurityHeadersMiddleware
from .views import render_error
from .views import router as pages_router

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024


@dataclass
class Settings:
    db_path: str | None = None
    token: str | None = None  # write token (NEWSWEAVE_TOKEN)
    read_token: str | None = None  # when set, reads need it too (NEWSWEAVE_READ_TOKEN)
    max_upload: int = DEFAULT_MAX_UPLOAD
    report_budget: int = 40  # list pages compute conflict counts when there are at most this many events
    sources_yaml: str | None = None  # outlet profiles (traits) for coverage by outlet trait
    report_wait_s: float | None = None  # an event page waits this long for its report (None: always)


# ``serve``: an event page whose report is not built within this time shows the rest at once and
# fetches its claims and conflicts section when the report is ready (a cold report embeds claims)
SERVE_REPORT_WAIT_S = 0.4


def create_app(db_path: str | None = None, token: str | None = None, *, read_token: str | None = None,
               protect_reads: bool | None = None, max_upload: int | None = None, repo: Any = None,
               report_budget: int = 40, sources_yaml: str | None = None,
               warm_reports: bool = False, page_cache: int = 1024, embedder: Any = None,
               allowed_hosts: list[str] | None = None, report_wait_s: float | None = None) -> FastAPI:
    """Build the application.

    ``token`` (else ``$NEWSWEAVE_TOKEN``) guards write endpoints; without one, writes are refused.
    ``read_token`` (else ``$NEWSWEAVE_READ_TOKEN``) guards reads; ``protect_reads=True`` with no
    read token makes the write token guard reads too. ``repo`` injects an open repository.
    ``sources_yaml`` (else ``$NEWSWEAVE_SOURCES``) profiles outlets for coverage by trait.
    ``report_budget``: list pages show conflict counts, building reports in the background, when
    there are at most this many events (0: never). ``warm_reports`` starts building them at once.
    ``page_cache``: rendered pages kept while the store is unchanged (0: off).
    ``embedder``: the sentence embedder (``embed(texts)``, ``dim``, ``model_name``) of semantic
    search and of claim alignment in reports; default: ``Embedder()`` for search and the compare
    package's (``Embedder`` over the store's vector cache) for reports.
    ``report_wait_s``: an event page waits at most this long for a report not yet built, then
    shows the rest and fetches the report's section on its own (``serve``: ``SERVE_REPORT_WAIT_S``);
    None waits for it.
    ``allowed_hosts``: accepted ``Host`` headers (``serve`` on loopback sets the loopback names,
    which defeats DNS rebinding); None accepts any.
    """
    token = token if token is not None else (os.environ.get("NEWSWEAVE_TOKEN") or None)
    read_token = read_token if read_token is not None else (os.environ.get("NEWSWEAVE_READ_TOKEN") or None)
    if protect_reads and not read_token:
        read_token = token
    if max_upload is None:
        max_upload = int(os.environ.get("NEWSWEAVE_MAX_UPLOAD", DEFAULT_MAX_UPLOAD))
    sources_yaml = sources_yaml or os.environ.get("NEWSWEAVE_SOURCES") or None
    settings = Settings(db_path=db_path, token=token, read_token=read_token, max_upload=max_upload,
                        report_budget=report_budget, sources_yaml=sources_yaml, report_wait_s=report_wait_s)

    app = FastAPI(title="newsweave", version=__version__, docs_url=None, redoc_url=None, openapi_url=None,
                  description="Multilingual news turned into verified stories: events, storylines, "
                              "entities, time, quotes and source comparison.")
    app.state.settings = settings
    app.state.repo = repo if repo is not None else open_store(db_path)
    app.state.reports = ReportCache(sources_yaml=sources_yaml, embedder=embedder)
    app.state.pages = PageCache(page_cache) if page_cache else None
    if warm_reports and report_budget:
        events = app.state.repo.list_events()
        if len(events) <= report_budget:
            app.state.reports.warm(app.state.repo, [e.id for e in events])
    app.state.semantic = SemanticIndex(embedder)

    app.include_router(read_router)
    app.include_router(write_router)
    app.include_router(export_router)
    app.include_router(watch_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _internal_error)
    app.add_middleware(PageCacheMiddleware, state=app.state)
    app.add_middleware(ParameterGuardMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_upload)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BIG_NUMBER = re.compile(r"^[+-]?\d{16,}$")
MAX_QUERY_BYTES = 8192


def parameter_problem(path: str, query: bytes) -> str | None:
    """Why a request's path or query parameters are refused before any route runs (control
    characters, NUL, invalid UTF-8, numbers no integer column holds), or None."""
    if len(query) > MAX_QUERY_BYTES:
        return f"query string longer than {MAX_QUERY_BYTES} bytes"
    if _BAD_CHARS.search(path):
        return "the path holds control characters"
    for segment in path.split("/"):
        if _BIG_NUMBER.match(segment):
            return f"number too large in the path: {segment[:30]}"
    try:
        pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                          errors="surrogateescape")
    except ValueError:
        return "malformed query string"
    for key, value in pairs:
        for part in (key, value):
            if _BAD_CHARS.search(part):
                return f"parameter {key[:40]!r} holds control characters, NUL or invalid UTF-8"
        if _BIG_NUMBER.match(value.strip()):
            return f"parameter {key[:40]!r} is a number too large ({len(value.strip())} digits)"
    return None


class ParameterGuardMiddleware:
    """Refuses, with a 400, requests whose parameters no route could take (never a 500)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            problem = parameter_problem(scope.get("path", ""), scope.get("query_string", b""))
            if problem:
                response = JSONResponse({"detail": f"invalid request: {problem}"}, status_code=400)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _wants_json(request: Request) -> bool:
    """JSON for the API; the UI answers HTML unless the client asks for JSON and not HTML."""
    p = request.url.path
    accept = request.headers.get("accept", "")
    return (p.startswith("/api/") or p == "/openapi.json"
            or ("application/json" in accept and "text/html" not in accept))


async def _http_error(request: Request, exc: Exception) -> Any:
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", "error")
    headers = getattr(exc, "headers", None)
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    return render_error(request, status, str(detail), headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> Any:
    if _wants_json(request):
        return JSONResponse({"detail": exc.errors()}, status_code=422)
    return render_error(request, 422, "invalid request parameters")


async def _internal_error(request: Request, exc: Exception) -> Any:
    """A failure of newsweave itself: logged with its traceback, answered with a plain 500 (this
    answer bypasses the middlewares, so it carries the security headers itself)."""
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    headers = {k.decode(): v.decode() for k, v in SECURITY_HEADERS}
    if _wants_json(request):
        return JSONResponse({"detail": "internal error"}, status_code=500, headers=headers)
    return render_error(request, 500, "internal error: the server log has the details", headers)


def serve(db_path: str | None = None, host: str = "127.0.0.1", port: int = 8000, **kwargs: Any) -> None:
    """Run the server (blocking). Used by ``newsweave serve``."""
    kwargs.setdefault("warm_reports", True)
    kwargs.setdefault("report_wait_s", SERVE_REPORT_WAIT_S)
    if host in ("127.0.0.1", "localhost", "::1"):
        kwargs.setdefault("allowed_hosts", ["127.0.0.1", "localhost", "[::1]", "::1"])
    uvicorn.run(create_app(db_path, **kwargs), host=host, port=port, log_level="info",
                proxy_headers=False, server_header=False)
