"""What the watcher remembers about each feed, in the store's key-value state (JSON values).

``watch:feed:<id>`` holds one feed's health (last success, last error, failures in a row, items
seen), its validators (ETag, Last-Modified), when it is due again, and the keys of the items
already stored (a bounded, ordered set). ``watch:feeds`` lists the feed ids ever polled, for the
health view. Validators and item keys are written only after the items they cover have been
stored and analysed, so a watcher killed at any moment fetches again what it had not finished
(the store's content hash makes that second pass add nothing twice).
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from .config import FeedConfig

INDEX_KEY = "watch:feeds"
MAX_SEEN = 5000  # item keys remembered per feed (far more than a feed carries at once)
MAX_LOG = 20  # recent polls kept per feed


def state_key(feed_id: str) -> str:
    return f"watch:feed:{feed_id}"


@dataclass
class FeedState:
    id: str
    location: str = ""
    kind: str = "url"  # url | folder
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None  # where a permanent redirect led
    last_poll: float | None = None
    last_success: float | None = None
    last_error: str | None = None
    last_error_at: float | None = None
    failures: int = 0  # errors in a row (reset by a success)
    next_due: float = 0.0
    polls: int = 0
    errors: int = 0  # errors in all
    not_modified: int = 0  # 304 answers
    items_seen: int = 0  # distinct items stored from this feed
    last_new: int = 0  # items new in the last successful poll
    item_problems: int = 0  # items skipped as unreadable
    seen: list[str] = field(default_factory=list)
    pending: dict[str, int] = field(default_factory=dict)  # item key → failed page fetches
    log: list[dict[str, Any]] = field(default_factory=list)  # recent polls, newest last

    # ------------------------------------------------------------------ persistence
    @classmethod
    def load(cls, repo: Any, feed: FeedConfig | str) -> "FeedState":
        fid = feed if isinstance(feed, str) else feed.id
        raw = repo.get_state(state_key(fid)) or {}
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        st = cls(**{**known, "id": fid})
        if not isinstance(feed, str):
            st.location, st.kind = feed.location, ("url" if feed.url else "folder")
        return st

    def save(self, repo: Any) -> None:
        """Write this state (call inside ``repo.transaction()`` to group several feeds)."""
        self.seen = self.seen[-MAX_SEEN:]
        self.log = self.log[-MAX_LOG:]
        repo.set_state(state_key(self.id), asdict(self))
        index = repo.get_state(INDEX_KEY) or []
        if self.id not in index:
            repo.set_state(INDEX_KEY, [*index, self.id])

    # ------------------------------------------------------------------ updates
    def is_seen(self, key: str) -> bool:
        return key in self._seen_set()

    def _seen_set(self) -> set[str]:
        cache = self.__dict__.get("_seen_cache")
        if cache is None or cache[0] != len(self.seen):
            cache = (len(self.seen), set(self.seen))
            self.__dict__["_seen_cache"] = cache
        return cache[1]

    def mark_seen(self, keys: Iterable[str]) -> int:
        """Remember ``keys`` as stored; returns how many were new."""
        have = self._seen_set()
        fresh = [k for k in dict.fromkeys(keys) if k not in have]
        self.seen.extend(fresh)
        for k in fresh:
            self.pending.pop(k, None)
        self.items_seen += len(fresh)
        return len(fresh)

    def succeeded(self, now: float, interval: float, new: int, status: str) -> None:
        self.polls += 1
        self.last_poll = self.last_success = now
        self.failures = 0
        self.last_new = new
        self.next_due = now + interval
        if status == "not-modified":
            self.not_modified += 1
        self.log.append({"at": now, "status": status, "new": new})

    def failed(self, now: float, error: str, interval: float, max_backoff: float,
               retry_after: float | None = None) -> float:
        """Record an error; the feed waits ``interval · 2^failures`` (at most ``max_backoff``, at
        least what Retry-After asked). Returns the wait."""
        self.polls += 1
        self.errors += 1
        self.failures += 1
        self.last_poll = self.last_error_at = now
        self.last_error = error[:500]
        wait = min(interval * (2 ** min(self.failures, 20)), max_backoff)
        if retry_after:
            wait = max(wait, min(retry_after, max_backoff))
        self.next_due = now + wait
        self.log.append({"at": now, "status": "error", "error": self.last_error})
        return wait

    # ------------------------------------------------------------------ views
    def health(self, now: float | None = None) -> dict[str, Any]:
        """The feed's health record (what ``newsweave feeds`` and the /feeds page show)."""
        now = time.time() if now is None else now
        if self.last_poll is None:
            status = "never polled"
        elif self.failures:
            status = "error"
        else:
            status = "ok"
        return {"id": self.id, "location": self.location, "kind": self.kind, "status": status,
                "last_poll": self.last_poll, "last_success": self.last_success,
                "last_error": self.last_error, "last_error_at": self.last_error_at,
                "failures": self.failures, "polls": self.polls, "errors": self.errors,
                "not_modified": self.not_modified, "items_seen": self.items_seen,
                "last_new": self.last_new, "item_problems": self.item_problems,
                "pending_pages": len(self.pending), "final_url": self.final_url,
                "next_due": self.next_due, "due_in": max(0.0, self.next_due - now) if self.last_poll else 0.0,
                "recent": list(self.log[-5:])}


def feed_health(repo: Any, feeds: Iterable[FeedConfig] = (), now: float | None = None) -> list[dict[str, Any]]:
    """Health of every feed polled so far, plus the configured ones not yet polled."""
    ids = list(repo.get_state(INDEX_KEY) or [])
    configured = {f.id: f for f in feeds}
    ids += [fid for fid in configured if fid not in ids]
    out = []
    for fid in ids:
        st = FeedState.load(repo, configured.get(fid, fid))
        rec = st.health(now)
        rec["configured"] = fid in configured if configured else None
        out.append(rec)
    return out
