"""Security plumbing shared by every route: response headers, request-size limit, tokens.

Article text and metadata are hostile input; templates autoescape everything and the CSP forbids
inline scripts, so even a templating slip cannot run injected code.
"""
from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import HTTPException, Request

CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeadersMiddleware:
    """Adds the security headers to every HTTP response (errors and static files included)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` with 413, whether announced by Content-Length or
    streamed in chunks (the count is enforced while reading)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _reject(self, send: Any) -> None:
        body = json.dumps({"detail": f"request body too large (limit {self.max_bytes} bytes)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_bytes:
                    await self._reject(send)
                    return
        seen = 0
        started = False
        rejected = False

        async def counting_receive() -> dict:
            nonlocal seen, rejected
            if rejected:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    rejected = True
                    if not started:
                        await self._reject(send)
                    return {"type": "http.disconnect"}
            return message

        async def tracking_send(message: dict) -> None:
            nonlocal started
            if rejected:
                return  # the 413 already went out; drop whatever the app answers after it
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except Exception:
            if not rejected:
                raise  # the app's own failure; after a 413 the app only saw a disconnect


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def require_write(request: Request) -> None:
    """Write endpoints: a configured token and a matching ``Authorization: Bearer``; with no token
    configured writes are refused (403), never open."""
    token = request.app.state.settings.token
    if not token:
        raise HTTPException(403, "writes are disabled: no NEWSWEAVE_TOKEN configured on the server")
    given = _bearer(request)
    if given is None:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not _same(given, token):
        raise HTTPException(403, "invalid token")


READ_COOKIE = "newsweave_read"


def require_read(request: Request) -> None:
    """Reads are open unless a read token is configured; then a bearer token (API clients) or
    the cookie set by ``/login`` (browsers) must match. The write token also grants reads."""
    settings = request.app.state.settings
    if not settings.read_token:
        return
    given = _bearer(request) or request.cookies.get(READ_COOKIE)
    if given and (_same(given, settings.read_token) or (settings.token and _same(given, settings.token))):
        return
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        raise HTTPException(401, "read token required", headers={"WWW-Authenticate": "Bearer"})
    raise HTTPException(401, "login required")
