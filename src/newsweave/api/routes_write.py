"""Write endpoints (bearer token required): ingest articles and run the pipeline on them."""
from __future__ import annotations

import threading
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..ingest import IngestError, read_bytes
from ..ingest.limits import check_article
from ..model import Article, DateInfo
from ..pipeline import analyze_corpus
from .security import require_write

router = APIRouter()
_INGEST_LOCK = threading.Lock()  # one pipeline run at a time per process
MAX_FILES = 200


class ArticleIn(BaseModel):
    id: str = Field(..., min_length=1, max_length=300)
    text: str = Field(..., min_length=1)
    title: str | None = None
    date: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    lang: str | None = Field(None, max_length=16)
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)
    byline: str | None = Field(None, max_length=1000)


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(..., min_length=1, max_length=5000)


def _from_json(item: ArticleIn) -> Article:
    return Article(id=item.id, text=item.text, title=item.title, lang=item.lang, source=item.source,
                   url=item.url, byline=item.byline, origin="api:json",
                   date=DateInfo(item.date, "metadata") if item.date else None,
                   raw=item.text.encode("utf-8", "surrogatepass"))


def read_upload(data: bytes, name: str, errors: list[str]) -> list[Article]:
    """Articles from one uploaded file (its problems go to ``errors``, the other files go on)."""
    safe = PurePath(name.replace("\\", "/")).name or "upload"

    def on_error(*args: Any) -> None:
        errors.append(f"{safe}: " + " ".join(str(a) for a in args))

    arts = read_bytes(data, safe, on_error)
    for a in arts:
        a.origin = f"upload:{safe}" + (f":{a.origin}" if a.origin and a.origin != safe else "")
    return arts


def _analyse(repo: Any, articles: list[Article]) -> dict[str, Any]:
    with _INGEST_LOCK:
        res = analyze_corpus(repo, articles)
    return {"created": res.created, "reused": res.reused, "analysed": True,
            "articles": [{"id": a.db_id, "ext_id": a.id, "title": a.title, "lang": a.lang,
                          "event": a.event, "story": a.story, "duplicate_of": a.duplicate_of}
                         for a in res.articles]}


_OPENAPI_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": IngestIn.model_json_schema()},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}}


@router.post("/api/ingest", tags=["ingest"], status_code=201, dependencies=[Depends(require_write)],
             summary="Ingest articles (multipart files or JSON) and run the pipeline on them",
             openapi_extra=_OPENAPI_BODY)
async def ingest(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "").lower()
    errors: list[str] = []
    articles: list[Article] = []
    if ctype.startswith("multipart/form-data"):
        form = await request.form(max_files=MAX_FILES, max_fields=50)
        uploads = [v for k, v in form.multi_items() if k in ("files", "file") and hasattr(v, "read")]
        if not uploads:
            raise HTTPException(400, "no file in the 'files' field")
        for up in uploads:
            data = await up.read()
            articles += await run_in_threadpool(read_upload, data, up.filename or "upload", errors)
    elif ctype.startswith("application/json"):
        try:
            body = IngestIn(**(await request.json()))
        except (ValueError, TypeError, ValidationError) as e:
            raise HTTPException(422, f"invalid JSON body: {str(e)[:500]}")
        for n, x in enumerate(body.articles):
            a = _from_json(x)
            try:
                check_article(a)
            except IngestError as exc:  # this article is refused, the others go on
                errors.append(f"articles[{n}] ({x.id[:80]}): {exc}")
                continue
            articles.append(a)
    else:
        raise HTTPException(415, "send multipart/form-data (files) or application/json (articles)")
    if not articles:
        raise HTTPException(422, {"message": "no article could be read", "errors": errors[:50]})
    result = await run_in_threadpool(_analyse, request.app.state.repo, articles)
    result["errors"] = errors[:200]
    return result
