"""Alerts from newly analysed articles, and their webhook delivery.

:meth:`AlertEngine.evaluate` takes the articles of one pipeline run (new or reused rows, with their
layers) and records, per saved watch, one alert per matching item: an article for entity, query
and story watches (key ``article:<row>``), a conflict for conflict watches (key: the conflict's
own key, kind + subject + values + the two articles). Keys already recorded are skipped, so
evaluating the same articles again — after a restart, or a feed that repeats itself — adds
nothing. Webhook delivery is at least once: an alert stays pending until a POST is answered 2xx
(the receiver can drop repeats by the alert's ``id``).
"""
from __future__ import annotations

import json
import logging
import os
import time
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit

import httpx

from ..compare.report import tier
from ..model import Article
from ..queries import ReportCache, resolve_subject, stored_sources
from . import match
from .store import AlertStore, SavedWatch, WatchKind

log = logging.getLogger(__name__)


class WatchError(ValueError):
    """A watch that cannot be saved (unknown story, empty query, bad webhook URL)."""


def _article_fields(a: Article) -> dict[str, Any]:
    return {"article": a.db_id, "article_id": a.id, "title": a.title or a.text[:80].strip(),
            "url": a.url, "source": a.source, "lang": a.lang,
            "date": a.date.value if a.date else None, "event": a.event, "story": a.story,
            "duplicate_of": a.duplicate_of}


class AlertEngine:
    """Evaluates the saved watches of one repository.

    ``embedder``: the sentence embedder conflict watches build reports with (default: the compare
    package's); ``webhook_token``: sent as ``Authorization: Bearer`` (default:
    ``$NEWSWEAVE_WEBHOOK_TOKEN``; never stored)."""

    def __init__(self, repo: Any, embedder: Any = None, webhook_token: str | None = None,
                 sources_yaml: str | None = None, timeout: float = 10.0, transport: Any = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.repo = repo
        self.store = AlertStore(repo, clock)
        self.reports = ReportCache(size=8, sources_yaml=sources_yaml or stored_sources(repo), embedder=embedder)
        self.webhook_token = webhook_token if webhook_token is not None else \
            (os.environ.get("NEWSWEAVE_WEBHOOK_TOKEN") or None)
        self.timeout = timeout
        self._transport = transport

    # ------------------------------------------------------------------ saving watches
    def add_watch(self, kind: WatchKind, target: str, webhook: str | None = None) -> SavedWatch:
        """Check and save a watch. A conflict watch starts from the conflicts the story has now:
        only conflicts that appear later raise alerts."""
        target = target.strip()
        if not target:
            raise WatchError("a watch needs a target")
        if webhook is not None and (urlsplit(webhook).scheme not in ("http", "https")
                                    or not urlsplit(webhook).hostname):
            raise WatchError(f"webhook must be an http(s) URL, not {webhook!r}")
        entity, keys, baseline = None, set(), []
        if kind == "entity":
            entity = match.exact_entity(self.repo, target)
            keys = match.name_keys(target)
            if entity is None and not keys:
                raise WatchError(f"{target!r} is neither a known entity nor a name")
        elif kind == "query":
            if not match.query_tokens(target):
                raise WatchError("the query has no words")
        elif kind in ("story", "conflict"):
            subject = resolve_subject(self.repo, target, kinds=("event", "story"))
            if subject is None:
                raise WatchError(f"no event or story {target!r}")
            target = subject.id
            if kind == "conflict":
                baseline = [k for k, _ in self._conflicts(target)]
        else:
            raise WatchError(f"unknown watch kind {kind!r}")
        return self.store.add_watch(kind, target, webhook=webhook, entity=entity, keys=keys, baseline=baseline)

    # ------------------------------------------------------------------ evaluation
    def evaluate(self, articles: Iterable[Article]) -> list[dict[str, Any]]:
        """Record the alerts these articles raise; returns the new alerts."""
        arts = [a for a in articles if a.db_id is not None]
        added: list[dict[str, Any]] = []
        if not arts:
            return added
        for w in self.store.watches():
            if w.kind == "conflict":
                cands = self._conflict_candidates(w, arts)
            else:
                cands = self._article_candidates(w, arts)
            added += self.store.record(w, cands)
        return added

    def _article_candidates(self, w: SavedWatch, arts: list[Article]) -> list[tuple[str, dict[str, Any]]]:
        out = []
        if w.kind == "entity":
            ids = {i for i in (w.entity, match.exact_entity(self.repo, w.target)) if i}
            keys = set(w.keys)
            for a in arts:
                m = match.entity_mention(a, ids, keys)
                if m is not None:
                    out.append((f"article:{a.db_id}", {**_article_fields(a), "detail": {
                        "mention": m.text, "entity": m.entity, "name": m.name}}))
        elif w.kind == "query":
            tokens = match.query_tokens(w.target)
            out = [(f"article:{a.db_id}", {**_article_fields(a), "detail": {"query": w.target}})
                   for a in arts if match.query_match(a, tokens)]
        elif w.kind == "story":
            out = [(f"article:{a.db_id}", {**_article_fields(a), "detail": {"subject": w.target}})
                   for a in arts if match.in_subject(a, w.target)]
        return out

    def _conflicts(self, subject: str) -> list[tuple[str, Any]]:
        """(key, conflict) of every confident conflict the subject's report finds now (the
        tier the pages show); the key names the slot, the values and the articles."""
        try:
            rep = self.reports.get(self.repo, subject)
        except KeyError:  # the story or event is gone (merged away)
            return []
        return [("conflict:" + json.dumps([c.slot, c.subject, sorted(sd.value for sd in c.sides),
                                           sorted(a for sd in c.sides for a in sd.articles)],
                                          ensure_ascii=False), c)
                for c in tier(rep)]

    def _conflict_candidates(self, w: SavedWatch, arts: list[Article]) -> list[tuple[str, dict[str, Any]]]:
        touched = [a for a in arts if match.in_subject(a, w.target)]
        if not touched:
            return []
        seen = self.store.seen_keys(w.id)
        by_id = {a.id: a for a in touched}
        out = []
        for key, c in self._conflicts(w.target):
            if key in seen:
                continue
            minority = c.sides[-1].facts[0]
            newer = next((by_id[a] for sd in reversed(c.sides) for a in sd.articles if a in by_id), None)
            fields = _article_fields(newer) if newer is not None else \
                {"article": None, "article_id": minority.article, "title": minority.context[:120]}
            fields["detail"] = {"conflict": c.kind, "slot": c.slot, "subject": c.subject,
                                "values": [sd.value for sd in c.sides],
                                "sources": [s for sd in c.sides for s in sd.sources],
                                "a": c.sides[0].facts[0].context[:300], "b": minority.context[:300],
                                "confidence": round(c.confidence, 3), "in": w.target}
            out.append((key, fields))
        return out

    # ------------------------------------------------------------------ webhooks
    def deliver(self) -> tuple[int, int]:
        """POST every pending alert to its watch's webhook; returns (sent, failed attempts)."""
        pending = self.store.undelivered()
        if not pending:
            return 0, 0
        sent = failed = 0
        headers = {"Content-Type": "application/json"}
        if self.webhook_token:
            headers["Authorization"] = f"Bearer {self.webhook_token}"
        with httpx.Client(timeout=self.timeout, follow_redirects=False, transport=self._transport) as client:
            for w, alert in pending:
                body = {"alert": {k: v for k, v in alert.items() if k != "delivery"}, "watch": w.to_json()}
                try:
                    resp = client.post(w.webhook or "", content=json.dumps(body, ensure_ascii=False, default=str),
                                       headers=headers)
                    ok, error = resp.is_success, None if resp.is_success else f"HTTP {resp.status_code}"
                except (httpx.HTTPError, httpx.InvalidURL) as exc:
                    ok, error = False, f"{type(exc).__name__}: {exc}"
                if not ok:
                    log.warning("webhook %s for alert %s failed: %s", w.webhook, alert["id"], error)
                self.store.delivered(w, alert["id"], ok, error)
                sent, failed = sent + ok, failed + (not ok)
        return sent, failed
