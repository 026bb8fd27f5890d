"""A local feed server for the watch and alert tests: http.server in a thread on 127.0.0.1.

Routes are set (and changed between polls) with :meth:`FeedServer.set`; each route may answer
with a status, a body, an ETag / Last-Modified (and 304 to a matching conditional request), a
delay (slow), a huge streamed body, a redirect; POSTs to any ``/hook…`` path are recorded.
Nothing but loopback is ever served or contacted; every wait is bounded.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering (bounded by the server's stop event)
    huge: int = 0  # stream this many bytes of filler instead of body
    location: str | None = None  # redirect target (status 301/302/307/308)
    headers: dict[str, str] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # a client that hung up is expected


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[dict[str, Any]] = []  # (method, path, headers) of every request
        self.hooks: list[dict[str, Any]] = []  # recorded webhook POSTs
        self.hook_status = 200
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                server._get(self)

            def do_POST(self) -> None:
                server._post(self)

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def set(self, path: str, **kw: Any) -> Route:
        with self.lock:
            self.routes[path] = Route(**kw)
            return self.routes[path]

    def hits(self, path: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.requests if r["path"] == path]

    # ------------------------------------------------------------------ handlers
    def _get(self, h: BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.requests.append({"method": "GET", "path": h.path, "headers": dict(h.headers),
                                  "at": time.time()})
            route = self.routes.get(h.path)
        if route is None:
            self._send(h, 404, b"not found", "text/plain")
            return
        if route.delay:
            self.stopping.wait(route.delay)
        if route.location:
            self._send(h, route.status, b"", "text/plain", {"Location": route.location})
            return
        inm, ims = h.headers.get("If-None-Match"), h.headers.get("If-Modified-Since")
        if route.status == 200 and ((route.etag and inm == route.etag) or
                                    (not route.etag and route.last_modified and ims == route.last_modified)):
            self._send(h, 304, b"", None, self._validators(route))
            return
        if route.huge:
            self._stream(h, route)
            return
        self._send(h, route.status, route.body, route.content_type, {**self._validators(route), **route.headers})

    @staticmethod
    def _validators(route: Route) -> dict[str, str]:
        out = {}
        if route.etag:
            out["ETag"] = route.etag
        if route.last_modified:
            out["Last-Modified"] = route.last_modified
        return out

    def _stream(self, h: BaseHTTPRequestHandler, route: Route) -> None:
        h.send_response(200)
        h.send_header("Content-Type", route.content_type)
        h.send_header("Transfer-Encoding", "chunked")  # no Content-Length: the limit is met while reading
        h.end_headers()
        chunk = b"<!-- " + b"x" * 65000 + b" -->"
        sent = 0
        try:
            while sent < route.huge and not self.stopping.is_set():
                h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sent += len(chunk)
            h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit: what the test wants

    def _post(self, h: BaseHTTPRequestHandler) -> None:
        n = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(min(n, 1_000_000))
        with self.lock:
            self.requests.append({"method": "POST", "path": h.path, "headers": dict(h.headers), "at": time.time()})
            if h.path.startswith("/hook"):
                self.hooks.append({"path": h.path, "headers": dict(h.headers), "body": body})
            status = self.hook_status
        self._send(h, status, b"{}", "application/json")

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None,
              headers: dict[str, str] | None = None) -> None:
        try:
            h.send_response(status)
            if ctype:
                h.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            if body and status != 304:
                h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)


# ----------------------------------------------------------------------------- feed documents
def http_date(ts: float) -> str:
    return formatdate(ts, usegmt=True)


def rss(items: list[dict[str, str]], title: str = "Test Wire") -> bytes:
    """An RSS 2.0 document; an item has guid, title, link, and description and/or content."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
             f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{escape(title)}</title>']
    for it in items:
        parts.append("<item>")
        for tag in ("guid", "title", "link", "pubDate"):
            if it.get(tag):
                parts.append(f"<{tag}>{escape(it[tag])}</{tag}>")
        if it.get("description"):
            parts.append(f"<description>{escape(it['description'])}</description>")
        if it.get("content"):
            parts.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def atom(items: list[dict[str, str]], title: str = "Test Atom") -> bytes:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
             f'<title>{escape(title)}</title>']
    for it in items:
        parts.append(f"<entry><id>{escape(it['guid'])}</id><title>{escape(it['title'])}</title>"
                     f"<link href=\"{escape(it.get('link', ''))}\"/>"
                     f"<updated>{escape(it.get('updated', '2025-03-03T10:00:00Z'))}</updated>"
                     f"<content type=\"html\">{escape(it.get('content', ''))}</content></entry>")
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def page(title: str, paragraphs: list[str]) -> bytes:
    """An article page with navigation chrome around the text (trafilatura keeps the text)."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>Copyright Test Wire. All rights reserved.</footer></body></html>").encode("utf-8")


class Clock:
    """A settable clock for the watcher and alert engine (seconds since the epoch)."""

    def __init__(self, now: float = 1_750_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
