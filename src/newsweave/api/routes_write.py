"""Write endpoints (bearer token required): ingest articles and run the pipeline on them."""
from __future__ import annotations

import json
import threading
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..model import Article, DateInfo
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
    """Articles from one uploaded file, through the ingest package when it is available."""
    safe = PurePath(name.replace("\\", "/")).name or "upload"
    try:
        from ..ingest import read_bytes
    except ImportError:
        read_bytes = None
    if read_bytes is not None:
        def on_error(*args: Any) -> None:
            errors.append(f"{safe}: " + " ".join(str(a) for a in args))
        try:
            arts = list(read_bytes(data, safe, on_error))
        except Exception as e:  # IngestError and friends: report, keep the other files
            errors.append(f"{safe}: {e}")
            return []
    else:
        arts = _fallback_read(data, safe, errors)
    for a in arts:
        a.origin = f"upload:{safe}" + (f":{a.origin}" if a.origin and a.origin != safe else "")
    return arts


def _fallback_read(data: bytes, name: str, errors: list[str]) -> list[Article]:
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    stem = name.rsplit(".", 1)[0] or name
    if name.endswith(".jsonl"):
        out = []
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(_from_json(ArticleIn(**json.loads(line))))
            except (ValueError, TypeError, ValidationError) as e:
                errors.append(f"{name}:{i}: {e}")
        return out
    if not text.strip():
        errors.append(f"{name}: empty file")
        return []
    return [Article(id=stem, text=text, raw=data, origin=name)]


def _analyse(repo: Any, articles: list[Article]) -> dict[str, Any]:
    with _INGEST_LOCK:
        try:
            from ..pipeline import analyze_corpus
            res = analyze_corpus(repo, articles)
            out_articles, created, reused = res.articles, res.created, res.reused
            analysed = True
        except ImportError:  # no pipeline yet: store only
            created = reused = 0
            out_articles = []
            for a in articles:
                _, new = repo.add_article(a)
                created += int(new)
                reused += int(not new)
                out_articles.append(a)
            analysed = False
    return {"created": created, "reused": reused, "analysed": analysed,
            "articles": [{"id": a.db_id, "ext_id": a.id, "title": a.title, "lang": a.lang,
                          "event": a.event, "story": a.story, "duplicate_of": a.duplicate_of}
                         for a in out_articles]}


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
        articles = [_from_json(x) for x in body.articles]
    else:
        raise HTTPException(415, "send multipart/form-data (files) or application/json (articles)")
    if not articles:
        raise HTTPException(422, {"message": "no article could be read", "errors": errors[:50]})
    result = await run_in_threadpool(_analyse, request.app.state.repo, articles)
    result["errors"] = errors[:200]
    return result
