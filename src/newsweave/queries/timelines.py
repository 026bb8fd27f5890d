"""The timeline of a story, event or entity as one JSON document (API and CLI alike)."""
from __future__ import annotations

from typing import Any

from ..compare.timeline import build_timeline, timeline_json
from ..store.base import Repository
from .subjects import Subject, subject_articles

ENGINE = "newsweave.compare.timeline"


def timeline_document(repo: Repository, subject: Subject, max_points: int | None = None,
                      max_articles: int | None = 2000, lang: str | None = None) -> dict[str, Any]:
    """``{"subject": {kind, id}, "engine", "timeline": [points]}``, points in date order.

    ``max_points`` keeps the best-ranked dates (None: all); ``max_articles`` bounds the articles
    read (a huge entity would otherwise load the whole store); ``lang`` is the reader's language:
    each point is described from a source in it when one states the date."""
    arts = subject_articles(repo, subject, limit=max_articles)
    points = build_timeline(arts, max_points=max_points, lang=lang)
    return {"subject": subject.to_json(), "engine": ENGINE, "timeline": timeline_json(points, arts)}
