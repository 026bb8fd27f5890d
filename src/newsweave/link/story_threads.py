"""Story threads: whether one event continues the thread of another, and why.

Topic similarity alone chains every event of a region into one story (peace talks, an envoy's
visits and a minister's trip all name the same presidents). A storyline follows the same
*central participants*: the people and organisations (PER/ORG entity ids) that at least
``THREAD_SHARE`` of an event's articles name. Two events continue one thread when the central
participants they share are at least ``THREAD_OVERLAP`` of the smaller central set; when either
event has no central participant (entity recognition found nobody), the thread test abstains
and the story score decides alone. Each positive test carries its reason (the shared names and
the days between the events) for the story page.
"""
from __future__ import annotations

from dataclasses import dataclass

from .event_clusters import Cluster

THREAD_SHARE = 0.5     # a participant named by at least this share of an event's articles is central
THREAD_OVERLAP = 0.5   # shared central participants / the smaller central set, to continue a thread
MAX_SHOWN = 3          # names quoted in a reason


@dataclass(frozen=True)
class ThreadLink:
    """The outcome of comparing two events: ``ok`` None when there is no evidence either way."""

    ok: bool | None
    shared: tuple[str, ...] = ()
    days: int | None = None
    other: str | None = None

    def reason(self) -> str:
        names = ", ".join(self.shared[:MAX_SHOWN]) or "none"
        gap = f"; {self.days} day{'s' if self.days != 1 else ''} apart" if self.days is not None else ""
        return f"same thread: shared participants {names}{gap}"

    def as_dict(self) -> dict:
        return {"shared": list(self.shared), "days": self.days, "event": self.other,
                "reason": self.reason()}


def central(ev: Cluster) -> set[str]:
    """Participant ids named by at least ``THREAD_SHARE`` of the event's articles."""
    need = max(1.0, THREAD_SHARE * ev.size)
    return {p for p, n in ev.people.items() if n >= need}


def _days(a: Cluster, b: Cluster) -> int | None:
    da, db = a.date_span(), b.date_span()
    if da is None or db is None:
        return None
    return da.gap(db)


def thread_link(a: Cluster, b: Cluster) -> ThreadLink:
    """Does event ``b`` continue the thread of event ``a``?"""
    ca, cb = central(a), central(b)
    if not ca or not cb:
        return ThreadLink(None, other=b.id)
    shared = ca & cb
    ok = len(shared) >= THREAD_OVERLAP * min(len(ca), len(cb))
    names = tuple(sorted(a.people_names.get(p, p) for p in shared))
    return ThreadLink(ok and bool(shared), names, _days(a, b), b.id)


def best_thread(ev: Cluster, events: list[Cluster]) -> ThreadLink:
    """The best link from ``ev`` to any of ``events``: a positive one (most shared names, then the
    closest in time) if any, else an abstention when every test abstained, else a refusal."""
    links = [thread_link(ev, e) for e in events if e.id != ev.id]
    good = [t for t in links if t.ok]
    if good:
        return min(good, key=lambda t: (-len(t.shared), t.days if t.days is not None else 10**9, t.other))
    if all(t.ok is None for t in links):
        return ThreadLink(None)
    return ThreadLink(False)
