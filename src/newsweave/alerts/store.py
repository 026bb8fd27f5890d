"""Saved watches and their alerts, in the store's key-value state (JSON values).

``alerts:watches`` holds the saved watches and the next watch number; ``alerts:watch:<id>`` holds
one watch's alerts and the keys of every item it has matched (or that was there when it was
created). An alert is added together with its key in one transaction, and a key already present
is never added again: an item raises at most one alert per watch, across restarts and re-polls.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Literal

WatchKind = Literal["entity", "query", "story", "conflict"]
KINDS: tuple[WatchKind, ...] = ("entity", "query", "story", "conflict")
WATCHES_KEY = "alerts:watches"
DELIVERY_ATTEMPTS = 5  # webhook tries before an alert's delivery is given up


def bucket_key(watch_id: str) -> str:
    return f"alerts:watch:{watch_id}"


@dataclass
class SavedWatch:
    id: str
    kind: WatchKind
    target: str  # a name (entity), a query, or an event/story id (story, conflict)
    created: float = 0.0
    webhook: str | None = None  # POST each alert here (the token is never stored)
    entity: str | None = None  # the entity the name resolved to when the watch was saved
    keys: list[str] = field(default_factory=list)  # spelling-independent name keys (entity)

    @property
    def label(self) -> str:
        return {"entity": "entity", "query": "search", "story": "story",
                "conflict": "new conflict in"}[self.kind] + f" {self.target}"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label}


class AlertStore:
    """Read and write watches and alerts of one repository."""

    def __init__(self, repo: Any, clock: Callable[[], float] = time.time) -> None:
        self.repo = repo
        self.clock = clock

    # ------------------------------------------------------------------ watches
    def _index(self) -> dict[str, Any]:
        return self.repo.get_state(WATCHES_KEY) or {"next": 1, "watches": []}

    def watches(self) -> list[SavedWatch]:
        return [SavedWatch(**w) for w in self._index()["watches"]]

    def get_watch(self, watch_id: str) -> SavedWatch | None:
        return next((w for w in self.watches() if w.id.casefold() == watch_id.casefold()), None)

    def add_watch(self, kind: WatchKind, target: str, webhook: str | None = None, entity: str | None = None,
                  keys: Iterable[str] = (), baseline: Iterable[str] = ()) -> SavedWatch:
        """Save a watch; ``baseline``: keys of items already there (they never raise an alert)."""
        if kind not in KINDS:
            raise ValueError(f"unknown watch kind {kind!r} (one of {', '.join(KINDS)})")
        with self.repo.transaction():
            idx = self._index()
            w = SavedWatch(id=f"W{idx['next']}", kind=kind, target=target, created=self.clock(),
                           webhook=webhook, entity=entity, keys=sorted(set(keys)))
            idx["next"] += 1
            idx["watches"].append(asdict(w))
            self.repo.set_state(WATCHES_KEY, idx)
            self.repo.set_state(bucket_key(w.id), {"keys": sorted(set(baseline)), "alerts": []})
        return w

    def remove_watch(self, watch_id: str) -> bool:
        """Forget a watch and its alerts."""
        with self.repo.transaction():
            idx = self._index()
            keep = [w for w in idx["watches"] if w["id"].casefold() != watch_id.casefold()]
            if len(keep) == len(idx["watches"]):
                return False
            gone = next(w["id"] for w in idx["watches"] if w["id"].casefold() == watch_id.casefold())
            idx["watches"] = keep
            self.repo.set_state(WATCHES_KEY, idx)
            self.repo.set_state(bucket_key(gone), {"keys": [], "alerts": []})
        return True

    # ------------------------------------------------------------------ alerts
    def _bucket(self, watch_id: str) -> dict[str, Any]:
        b = self.repo.get_state(bucket_key(watch_id)) or {}
        return {"keys": list(b.get("keys", [])), "alerts": list(b.get("alerts", []))}

    def seen_keys(self, watch_id: str) -> set[str]:
        return set(self._bucket(watch_id)["keys"])

    def record(self, watch: SavedWatch, candidates: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
        """Add an alert for each (key, alert fields) whose key the watch has not seen; returns
        the alerts added (exactly once per key: read, checked and written in one transaction)."""
        if not candidates:
            return []
        added: list[dict[str, Any]] = []
        with self.repo.transaction():
            b = self._bucket(watch.id)
            keys = set(b["keys"])
            for key, fields in candidates:
                if key in keys:
                    continue
                keys.add(key)
                b["keys"].append(key)
                alert = {**fields, "id": f"{watch.id}.{len(b['alerts']) + 1}", "watch": watch.id,
                         "watch_label": watch.label, "kind": watch.kind, "key": key,
                         "at": self.clock(), "read": False,
                         "delivery": {"status": "pending", "attempts": 0} if watch.webhook else None}
                b["alerts"].append(alert)
                added.append(alert)
            if added:
                self.repo.set_state(bucket_key(watch.id), b)
        return added

    def alerts(self, unread_only: bool = False, watch: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Alerts, newest first."""
        out = []
        for w in self.watches():
            if watch and w.id.casefold() != watch.casefold():
                continue
            out += [a for a in self._bucket(w.id)["alerts"] if not (unread_only and a.get("read"))]
        out.sort(key=lambda a: (a.get("at", 0), a["id"]), reverse=True)
        return out[:limit] if limit else out

    def unread_count(self) -> int:
        return sum(1 for w in self.watches() for a in self._bucket(w.id)["alerts"] if not a.get("read"))

    def mark_read(self, ids: Iterable[str] = (), every: bool = False, read: bool = True) -> int:
        """Mark alerts (by id, or ``every`` one) read; returns how many changed."""
        wanted = {i.casefold() for i in ids}
        changed = 0
        with self.repo.transaction():
            for w in self.watches():
                b = self._bucket(w.id)
                n = 0
                for a in b["alerts"]:
                    if (every or a["id"].casefold() in wanted) and bool(a.get("read")) != read:
                        a["read"] = read
                        n += 1
                if n:
                    self.repo.set_state(bucket_key(w.id), b)
                    changed += n
        return changed

    # ------------------------------------------------------------------ webhook delivery
    def undelivered(self) -> list[tuple[SavedWatch, dict[str, Any]]]:
        out = []
        for w in self.watches():
            if not w.webhook:
                continue
            out += [(w, a) for a in self._bucket(w.id)["alerts"]
                    if (a.get("delivery") or {}).get("status") == "pending"]
        return out

    def delivered(self, watch: SavedWatch, alert_id: str, ok: bool, error: str | None = None) -> None:
        """Record one delivery attempt of an alert."""
        with self.repo.transaction():
            b = self._bucket(watch.id)
            for a in b["alerts"]:
                if a["id"] != alert_id:
                    continue
                d = dict(a.get("delivery") or {"attempts": 0})
                d["attempts"] = int(d.get("attempts", 0)) + 1
                d["at"] = self.clock()
                if ok:
                    d["status"], d["error"] = "sent", None
                else:
                    d["error"] = (error or "failed")[:300]
                    d["status"] = "failed" if d["attempts"] >= DELIVERY_ATTEMPTS else "pending"
                a["delivery"] = d
            self.repo.set_state(bucket_key(watch.id), b)
