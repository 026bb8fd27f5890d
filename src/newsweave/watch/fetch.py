"""HTTP for the watcher (httpx): conditional GET, redirects, and hard size and time limits.

Every request ends within its time budget (connect, headers and body together, checked while the
body streams in, so a server that drips bytes is cut off too) and never holds more than
``max_bytes`` of (decoded) body in memory. Failures are returned, not raised: each
:class:`Fetched` says what happened in words the feed health view can show.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from .. import __version__

USER_AGENT = f"newsweave/{__version__} (feed watcher)"
ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


@dataclass
class Fetched:
    """The outcome of one GET."""

    url: str  # the URL asked for
    status: int = 0  # HTTP status of the final response; 0 when no response came
    body: bytes = b""
    final_url: str | None = None  # after redirects
    redirects: int = 0
    permanent_redirect: bool = False  # every hop was 301/308: the feed moved
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None  # seconds, from a Retry-After header
    error: str | None = None  # why it failed, in words; None on success (200 or 304)
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _human(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n} bytes"


class Fetcher:
    """One shared httpx client (thread-safe) with the watcher's limits."""

    def __init__(self, timeout: float = 20.0, max_bytes: int = 5_000_000, max_redirects: int = 5,
                 transport: Any = None, user_agent: str = USER_AGENT) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.client = httpx.Client(follow_redirects=True, max_redirects=max_redirects,
                                   timeout=httpx.Timeout(timeout), transport=transport,
                                   headers={"User-Agent": user_agent})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            timeout: float | None = None, max_bytes: int | None = None, accept: str = ACCEPT_FEED) -> Fetched:
        """GET ``url`` (conditionally when ``etag`` / ``last_modified`` are given)."""
        timeout = self.timeout if timeout is None else timeout
        limit = self.max_bytes if max_bytes is None else max_bytes
        out = Fetched(url=url)
        if urlsplit(url).scheme not in ("http", "https"):
            out.error = f"not an http(s) URL: {url[:200]}"
            return out
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        t0 = time.monotonic()
        deadline = t0 + timeout
        try:
            with self.client.stream("GET", url, headers=headers, timeout=httpx.Timeout(timeout)) as resp:
                self._read(resp, out, deadline, limit, timeout)
        except httpx.TimeoutException:
            out.error = f"timed out after {timeout:g} s"
        except httpx.TooManyRedirects:
            out.error = "too many redirects"
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            out.error = f"{type(exc).__name__}: {exc}"[:300] or type(exc).__name__
        out.elapsed = time.monotonic() - t0
        if out.error:
            out.body = b""
        return out

    @staticmethod
    def _read(resp: httpx.Response, out: Fetched, deadline: float, limit: int, timeout: float) -> None:
        out.status = resp.status_code
        out.final_url = str(resp.url)
        out.redirects = len(resp.history)
        out.permanent_redirect = bool(resp.history) and all(r.status_code in (301, 308) for r in resp.history)
        out.etag = resp.headers.get("etag")
        out.last_modified = resp.headers.get("last-modified")
        if resp.status_code == 304:
            return
        if resp.status_code >= 400:
            out.retry_after = _retry_after(resp.headers.get("retry-after"))
            out.error = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
            return
        if resp.status_code != 200:
            out.error = f"unexpected HTTP {resp.status_code} {resp.reason_phrase}".strip()
            return
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and "content-encoding" not in resp.headers:
            out.error = f"too large: {_human(int(declared))} exceeds the limit of {_human(limit)}"
            return
        buf = bytearray()
        for chunk in resp.iter_bytes():
            buf += chunk
            if len(buf) > limit:
                out.error = f"too large: more than {_human(limit)} (the limit)"
                return
            if time.monotonic() > deadline:
                out.error = f"timed out after {timeout:g} s (body still arriving)"
                return
        out.body = bytes(buf)
