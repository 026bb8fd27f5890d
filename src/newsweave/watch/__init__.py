"""Live intake: ``newsweave watch`` polls RSS/Atom feeds and folders listed in a ``feeds.yaml``.

Conditional GET (ETag, Last-Modified), per-feed backoff on errors, size and time limits on every
request, article pages fetched and extracted (trafilatura) when a feed carries only summaries,
each poll's new items analysed as one batch through the pipeline, and state in the store (key-value
state) so a restart resumes with no duplicate and no lost item. Feed health (last success, last
error, items seen) comes from :func:`feed_health`.
"""
from __future__ import annotations

from .config import FeedConfig, WatchConfig, WatchConfigError, load_feeds, parse_feeds
from .fetch import Fetched, Fetcher
from .runner import CycleResult, FeedPoll, Watcher
from .state import FeedState, feed_health

__all__ = ["CycleResult", "FeedConfig", "FeedPoll", "FeedState", "Fetched", "Fetcher", "WatchConfig",
           "WatchConfigError", "Watcher", "feed_health", "load_feeds", "parse_feeds"]
