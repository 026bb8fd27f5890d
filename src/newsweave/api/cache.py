"""Rendered-page cache: an ASGI middleware that answers repeated GETs of HTML pages from memory
while the store is unchanged.

The key holds the path, the query and a fingerprint of the data (``repo.data_version()``, which
moves whenever any connection writes, plus the report cache's generation), so a page is rendered
again as soon as anything changes, never served stale. Hits skip routing and the thread pool
entirely. Only anonymous 200 ``text/html`` answers are kept; with a read token configured the
cache is off (every request goes through authentication).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

CACHEABLE = ("/stories/", "/events/", "/entities/", "/articles/")


class PageCache:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._data: OrderedDict[tuple, tuple[list, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def version(repo: Any, reports: Any) -> tuple:
        return (repo.data_version(), reports.generation)

    def get(self, key: tuple) -> tuple[list, bytes] | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return hit

    def put(self, key: tuple, headers: list, body: bytes) -> None:
        with self._lock:
            self._data[key] = (headers, body)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class PageCacheMiddleware:
    def __init__(self, app: Any, state: Any) -> None:
        self.app = app
        self.state = state  # the FastAPI app.state: settings, repo, reports, pages

    def _cacheable(self, scope: dict) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET":
            return False
        st = self.state
        if st.pages is None or st.settings.read_token:
            return False
        path = scope["path"]
        if not (path == "/" or path.startswith(CACHEABLE)):
            return False
        for k, v in scope.get("headers", []):
            if k == b"authorization" or (k == b"accept" and b"text/html" not in v and v not in (b"*/*", b"")):
                return False
        return True

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        cache: PageCache = self.state.pages
        key = (scope["path"], scope.get("query_string", b""), cache.version(self.state.repo, self.state.reports))
        hit = cache.get(key)
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start.get("status") == 200:
                    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"set-cookie"]
                    ctype = dict(headers).get(b"content-type", b"")
                    if ctype.startswith(b"text/html"):
                        cache.put(key, headers, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)
