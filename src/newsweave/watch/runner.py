"""The poll cycle: fetch the feeds that are due, read their new items, analyse them all as one
batch through the :class:`~newsweave.pipeline.Pipeline`, raise alerts, then remember what was done.

Order matters for a watcher that may be killed at any moment: the articles are stored and
analysed first, alerts (exactly once per watch and item, by key) second, and only then are the
feed's item keys and HTTP validators (ETag, Last-Modified) saved. Killed before that last step,
the next run fetches the same items again; the store's content hash maps them to the rows
already there and the alert keys are already taken, so nothing is stored or raised twice and
nothing is lost.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

from .config import FeedConfig, WatchConfig
from .fetch import Fetcher
from .items import Item, folder_items, needs_page, parse_feed, with_page
from .state import FeedState

log = logging.getLogger(__name__)

PAGE_ATTEMPTS = 3  # polls that try an item's page before its summary is stored instead


@dataclass
class FeedPoll:
    """What one feed gave in one cycle."""

    feed: str
    status: str  # ok | not-modified | error
    new: int = 0
    error: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class CycleResult:
    polls: list[FeedPoll] = field(default_factory=list)
    new_articles: int = 0  # new items handed to the pipeline
    created: int = 0  # rows the store did not have
    alerts: int = 0
    failures: list[str] = field(default_factory=list)  # analysis failures (article: error)
    elapsed: float = 0.0

    @property
    def errors(self) -> list[FeedPoll]:
        return [p for p in self.polls if p.status == "error"]

    def describe(self) -> str:
        return (f"{len(self.polls)} feed(s) polled, {len(self.errors)} error(s), "
                f"{self.new_articles} new item(s), {self.created} stored, {self.alerts} alert(s) "
                f"in {self.elapsed:.1f} s")


@dataclass
class _Outcome:
    feed: FeedConfig
    state: FeedState
    status: str = "ok"
    error: str | None = None
    retry_after: float | None = None
    items: list[Item] = field(default_factory=list)  # new items ready to store
    done_keys: list[str] = field(default_factory=list)  # keys to remember once stored
    fetched: Any = None
    problems: list[str] = field(default_factory=list)
    held_back: bool = False  # items left for the next poll (max_items)


class Watcher:
    """Polls the feeds of a :class:`WatchConfig` into one repository.

    ``pipeline``: a :class:`~newsweave.pipeline.Pipeline` over ``repo`` (built on first use when
    None); ``alerts``: anything with ``evaluate(articles) -> list`` and ``deliver()`` (e.g.
    :class:`newsweave.alerts.AlertEngine`); ``clock``: seconds since the epoch (tests move it)."""

    def __init__(self, repo: Any, config: WatchConfig, pipeline: Any = None, alerts: Any = None,
                 fetcher: Fetcher | None = None, clock: Callable[[], float] = time.time) -> None:
        self.repo = repo
        self.config = config
        self._pipeline = pipeline
        self.alerts = alerts
        self.fetcher = fetcher or Fetcher()
        self.clock = clock
        self._pages_left = 0
        self._pages_lock = threading.Lock()
        if config.sources and not repo.get_state("sources_yaml"):
            repo.set_state("sources_yaml", config.sources)  # reports profile the outlets with it

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from ..pipeline import Pipeline  # the models load on first use
            self._pipeline = Pipeline(self.repo)
        return self._pipeline

    def close(self) -> None:
        self.fetcher.close()

    # ------------------------------------------------------------------ scheduling
    def due(self, now: float | None = None) -> list[FeedConfig]:
        now = self.clock() if now is None else now
        return [f for f in self.config.feeds if FeedState.load(self.repo, f).next_due <= now]

    def next_due(self) -> float:
        """When the earliest feed is due (seconds since the epoch)."""
        return min((FeedState.load(self.repo, f).next_due for f in self.config.feeds), default=0.0)

    # ------------------------------------------------------------------ one cycle
    def run_once(self, force: bool = False) -> CycleResult:
        """Poll every due feed (every feed with ``force``), store and analyse the new items."""
        t0 = time.monotonic()
        now = self.clock()
        feeds = [f for f in self.config.feeds
                 if force or FeedState.load(self.repo, f).next_due <= now]
        self._pages_left = self.config.max_pages
        states = [FeedState.load(self.repo, f) for f in feeds]
        with ThreadPoolExecutor(max_workers=max(1, min(self.config.parallel, len(feeds) or 1)),
                                thread_name_prefix="newsweave-watch") as pool:
            outcomes = list(pool.map(self._poll, feeds, states))
        result = CycleResult()
        failed = [o for o in outcomes if o.error]
        with self.repo.transaction():  # errors first: they need no analysis
            for o in failed:
                o.state.failed(now, o.error or "", o.feed.interval, o.feed.max_backoff, o.retry_after)
                o.state.item_problems += len(o.problems)
                o.state.save(self.repo)
        good = [o for o in outcomes if not o.error]
        batch = [it.article for o in good for it in o.items]
        result.new_articles = len(batch)
        if batch:
            res = self.pipeline.run(batch)
            result.created = res.created
            result.failures = [f.describe() for f in res.errors]
            if self.alerts is not None:
                result.alerts = len(self.alerts.evaluate(res.articles))
        with self.repo.transaction():
            for o in good:
                self._remember(o, now)
        for o in outcomes:
            result.polls.append(FeedPoll(o.feed.id, "error" if o.error else o.status,
                                         len({it.key for it in o.items}), o.error, o.problems))
        if self.alerts is not None:
            self.alerts.deliver()
        result.elapsed = time.monotonic() - t0
        return result

    def _remember(self, o: _Outcome, now: float) -> None:
        st = o.state
        new = st.mark_seen([it.key for it in o.items] + o.done_keys)
        f = o.fetched
        if f is not None and o.status == "ok":
            # validators only when every item of this version of the feed is stored: a 304 must
            # never hide an item still waiting for its page (or beyond max_items)
            if not st.pending and not o.held_back:
                st.etag, st.last_modified = f.etag, f.last_modified
            else:
                st.etag = st.last_modified = None
            if f.permanent_redirect:
                st.final_url = f.final_url
        st.item_problems += len(o.problems)
        st.succeeded(now, o.feed.interval, new, o.status)
        st.save(self.repo)

    # ------------------------------------------------------------------ one feed (worker thread)
    def _poll(self, feed: FeedConfig, st: FeedState) -> _Outcome:
        o = _Outcome(feed=feed, state=st)
        if feed.folder:
            parsed = folder_items(feed, st.is_seen, feed.max_items)
        else:
            got = self.fetcher.get(st.final_url or feed.url or "", etag=st.etag, last_modified=st.last_modified,
                                   timeout=feed.timeout, max_bytes=feed.max_bytes)
            o.fetched = got
            if not got.ok:
                o.error, o.retry_after = got.error, got.retry_after
                return o
            if got.not_modified:
                o.status = "not-modified"
                return o
            parsed = parse_feed(got.body, feed, feed.url or "")
        if parsed.error:
            o.error = parsed.error
            return o
        o.problems = parsed.problems
        o.done_keys = list(parsed.skipped)
        current = {it.key for it in parsed.items}
        st.pending = {k: n for k, n in st.pending.items() if k in current}  # items gone from the feed
        fresh: list[Item] = []
        keys: set[str] = set()
        for it in parsed.items:
            if st.is_seen(it.key):
                continue
            if it.key not in keys and len(keys) >= feed.max_items:
                o.held_back = True
                continue
            keys.add(it.key)
            fresh.append(it)
        for it in fresh:
            if feed.url and needs_page(it.article, feed) and not self._page(it, feed, st):
                continue  # its page is tried again next poll
            o.items.append(it)
        return o

    def _page(self, it: Item, feed: FeedConfig, st: FeedState) -> bool:
        """Fetch the page of a summary-only item; False when the item should wait for a later
        poll (the page failed, fewer than PAGE_ATTEMPTS times, or this cycle's page budget is
        spent). A page that keeps failing leaves the summary, marked, as the article."""
        with self._pages_lock:
            if self._pages_left <= 0:
                st.pending.setdefault(it.key, 0)
                return False
            self._pages_left -= 1
        why = with_page(it.article, self.fetcher, feed)
        if why is None:
            return True
        tries = st.pending.get(it.key, 0) + 1
        if tries < PAGE_ATTEMPTS:
            st.pending[it.key] = tries
            return False
        it.article.meta["page_error"] = why
        return True

    # ------------------------------------------------------------------ the loop
    def run(self, cycles: int | None = None, stop: threading.Event | None = None,
            on_cycle: Callable[[CycleResult], None] | None = None, max_sleep: float = 60.0,
            force_first: bool = False) -> int:
        """Poll until ``stop`` is set or ``cycles`` cycles ran; sleeps until the next feed is due
        (at most ``max_sleep`` at a time, so a stop is noticed). Returns the cycles run."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set() and (cycles is None or done < cycles):
            res = self.run_once(force=force_first and done == 0)
            done += 1
            if on_cycle is not None:
                on_cycle(res)
            if cycles is not None and done >= cycles:
                break
            while not stop.is_set():
                wait = self.next_due() - self.clock()
                if wait <= 0:
                    break
                stop.wait(min(wait, max_sleep))
        return done
