"""Recurring lines across batches: the lines a source (site) repeats on many of its pages.

Within one batch :func:`newsweave.clean.boilerplate.recurring_spans` finds the lines several
articles of an outlet share (sidebars, "most read" lists, footers). A later batch may hold a single
page of that site, where nothing recurs inside the batch: the store remembers, per source, in how
many articles each short line occurred (as a fingerprint, never the text), so such a line is chrome
in the later batch too.

An article is counted once: the store keeps the highest row id counted, and only articles stored
after it (new rows) add to the counts, so re-cleaning stored articles never inflates them.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any, Protocol

from ..ingest.lines import Layout
from ..model import Article

# a line that occurred in this many earlier articles of the same source is that source's chrome
# (the in-batch rule for a known outlet needs 2 articles in all; across batches one more is asked,
# since the earlier pages are not at hand to tell a duplicate from a sidebar)
STORE_RECUR = 2
MIN_CHARS, MAX_CHARS = 3, 300  # the lines counted: chrome lines, not body paragraphs
COUNTED_UPTO = "clean.line_counts.upto"  # state key: the highest article row id already counted


class LineStore(Protocol):
    def line_counts(self, source: str, fingerprints: list[str]) -> dict[str, int]: ...
    def add_line_counts(self, source: str, fingerprints: list[str]) -> None: ...
    def get_state(self, key: str, default: Any = None) -> Any: ...
    def set_state(self, key: str, value: Any) -> None: ...


def line_fingerprint(text: str) -> str:
    """A line's fingerprint: case and spacing folded, hashed (the store keeps no page text)."""
    return hashlib.sha1(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()[:16]


def source_key(a: Article) -> str | None:
    return a.source.strip().casefold() if a.source and a.source.strip() else None


def _counted_lines(lay: Layout) -> dict[str, tuple[int, int]]:
    """fingerprint → span of the lines of an article that are counted."""
    out: dict[str, tuple[int, int]] = {}
    for ln in lay.lines:
        if MIN_CHARS <= len(ln.text) <= MAX_CHARS:
            out.setdefault(line_fingerprint(ln.text), (ln.start, ln.end))
    return out


class LineHistory:
    """The per-source line counts of a store: what earlier batches say is chrome, and the batch's
    own lines added for the next ones."""

    def __init__(self, store: LineStore) -> None:
        self.store = store

    def known_spans(self, articles: list[Article], layouts: list[Layout]) -> list[list[tuple[int, int]]]:
        """Per article, the spans of its lines seen in STORE_RECUR+ earlier articles of its source."""
        result: list[list[tuple[int, int]]] = [[] for _ in articles]
        by_source: dict[str, list[int]] = defaultdict(list)
        for i, a in enumerate(articles):
            src = source_key(a)
            if src is not None:
                by_source[src].append(i)
        for src, idxs in by_source.items():
            lines = {i: _counted_lines(layouts[i]) for i in idxs}
            wanted = sorted({fp for i in idxs for fp in lines[i]})
            counts = self.store.line_counts(src, wanted)
            for i in idxs:
                result[i] = [span for fp, span in lines[i].items() if counts.get(fp, 0) >= STORE_RECUR]
        return result

    def record(self, articles: list[Article], layouts: list[Layout]) -> int:
        """Add the lines of the batch's new stored articles to the counts; returns how many
        articles were counted."""
        upto = int(self.store.get_state(COUNTED_UPTO, 0) or 0)
        by_source: dict[str, list[list[str]]] = defaultdict(list)
        top = upto
        for a, lay in zip(articles, layouts):
            src = source_key(a)
            if src is None or a.db_id is None or a.db_id <= upto:
                continue
            by_source[src].append(list(_counted_lines(lay)))
            top = max(top, a.db_id)
        for src, per_article in by_source.items():
            for fps in per_article:
                self.store.add_line_counts(src, fps)
        if top > upto:
            self.store.set_state(COUNTED_UPTO, top)
        return sum(len(v) for v in by_source.values())
