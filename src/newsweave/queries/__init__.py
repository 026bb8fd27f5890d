"""The query layer: what the CLI and the web server (REST API and HTML pages) read from a store.

One place resolves an identifier to an event, story or entity (:mod:`.subjects`), builds the
data of entity, event and story pages (:mod:`.entities`, :mod:`.events`), the timeline document
(:mod:`.timelines`), article lists and searches (:mod:`.articles`, :mod:`.semantic`) and the
comparison reports with their cache (:mod:`.reports`). Presentation (tables, HTML, SVG) stays with
the CLI and the web layer.
"""
from __future__ import annotations

from .articles import fts_search, list_articles, marked_snippet
from .coverage import coverage_series
from .entities import entity_page, entity_profile, search_entities
from .events import (attributions_by_source, event_page, event_rows, events_by_date,
                     quotes_by_speaker, story_page, story_summaries, top_entities)
from .records import (article_brief, article_full, article_order, date_of, entity_brief,
                      event_brief, event_order, first_day, light_articles, story_brief)
from .reports import (REPORT_FORMATS, ReportCache, ReportFormat, conflict_count, render_report,
                      stored_sources)
from .semantic import SemanticIndex
from .subjects import Subject, resolve_entity, resolve_subject, subject_articles
from .timelines import timeline_document

__all__ = [
    "REPORT_FORMATS", "ReportCache", "ReportFormat", "SemanticIndex", "Subject", "article_brief",
    "article_full", "article_order", "attributions_by_source", "conflict_count", "coverage_series",
    "date_of", "entity_brief", "entity_page", "entity_profile", "event_brief", "event_order",
    "event_page", "event_rows", "events_by_date", "first_day", "fts_search", "light_articles",
    "list_articles", "marked_snippet", "quotes_by_speaker", "render_report", "resolve_entity",
    "resolve_subject", "search_entities", "story_brief", "story_page", "story_summaries", "stored_sources",
    "subject_articles", "timeline_document", "top_entities",
]
