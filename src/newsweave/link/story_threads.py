"""Story threads: whether one event continues the thread of another, and why.

Topic similarity alone chains every event of a region into one story (peace talks, an envoy's
visits and a minister's trip all name the same presidents). A storyline follows the same
*central participants*: the people and organisations (PER/ORG entity ids) that at least
``THREAD_SHARE`` of an event's articles name. Two events continue one thread when the central
participants they share are at least ``THREAD_OVERLAP`` of the smaller central set, each
participant weighted by how common it is over the articles seen (``weight``,
:func:`participant_weight`): a head of state or a league that a large share of a corpus's
articles name says little about which thread an event follows, the negotiator or the envoy says
much. Only common participants are discounted (rarer ones all weigh 1): the people of a long
thread are frequent *because* the thread is long, and must still carry it. When either event has no central participant (entity
recognition found nobody), the thread test abstains and the story score decides alone. Each positive test carries its reason (the shared names and
the days between the events) for the story page.

A happening and its immediate consequences involve different people: an earthquake and the
tower it brought down in a neighbouring country, a final and the riots that night. Events on the
same day (day-level dates at most ``SAME_MOMENT_DAYS`` apart) are one moment of a storyline
when their subject is as close as two stories that merge (:func:`same_moment`; the story linker
checks the score), whoever they name.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable

from .event_clusters import Cluster

Weight = Callable[[str], float]  # participant id → its weight; None: every participant 1

THREAD_SHARE = 0.5     # a participant named by at least this share of an event's articles is central
THREAD_OVERLAP = 0.5   # shared central participants / the smaller central set, to continue a thread
MAX_SHOWN = 3          # names quoted in a reason
SAME_MOMENT_DAYS = 1   # day-level dates this close are one moment (a night spans two dates)
# a participant named by more than this share of the articles seen weighs less, by its idf over
# the idf at this share (a rule of thumb like THREAD_SHARE, not fitted); below MIN_ARTICLES
# articles every participant weighs 1 (too few to tell common from rare)
COMMON_SHARE = 0.2
MIN_ARTICLES = 20


@dataclass(frozen=True)
class ThreadLink:
    """The outcome of comparing two events: ``ok`` None when there is no evidence either way."""

    ok: bool | None
    shared: tuple[str, ...] = ()
    days: int | None = None
    other: str | None = None
    moment: bool = False  # linked by the same moment (see same_moment), not by participants

    def reason(self) -> str:
        if self.moment:
            return (f"same moment: {self.days} day{'s' if self.days != 1 else ''} apart, "
                    "close in subject")
        names = ", ".join(self.shared[:MAX_SHOWN]) or "none"
        gap = f"; {self.days} day{'s' if self.days != 1 else ''} apart" if self.days is not None else ""
        return f"same thread: shared participants {names}{gap}"

    def as_dict(self) -> dict:
        return {"shared": list(self.shared), "days": self.days, "event": self.other,
                "moment": self.moment, "reason": self.reason()}


def central(ev: Cluster) -> set[str]:
    """Participant ids named by at least ``THREAD_SHARE`` of the event's articles."""
    need = max(1.0, THREAD_SHARE * ev.size)
    return {p for p, n in ev.people.items() if n >= need}


def _days(a: Cluster, b: Cluster) -> int | None:
    da, db = a.date_span(), b.date_span()
    if da is None or db is None:
        return None
    return da.gap(db)


def same_moment(ev: Cluster, events: Iterable[Cluster]) -> ThreadLink:
    """The closest of ``events`` dated (day-level) within ``SAME_MOMENT_DAYS`` of ``ev``, as a
    positive link of the same moment; a refusal when none is."""
    da = ev.date_span()
    best: ThreadLink = ThreadLink(False)
    if da is None or da.granularity != "day":
        return best
    for e in events:
        db = e.date_span()
        if e.id == ev.id or db is None or db.granularity != "day":
            continue
        days = da.gap(db)
        if days <= SAME_MOMENT_DAYS and (best.days is None or days < best.days):
            best = ThreadLink(True, (), days, e.id, moment=True)
    return best


def participant_weight(df: int, n: int) -> float:
    """Weight of a participant named by ``df`` of ``n`` articles (see ``COMMON_SHARE``), with the
    idf of :class:`~newsweave.link.event_features.TermStats`."""
    if n < MIN_ARTICLES or df <= COMMON_SHARE * n:
        return 1.0
    idf = math.log((1 + n) / (1 + df)) + 1.0
    return idf / (math.log((1 + n) / (1 + COMMON_SHARE * n)) + 1.0)


def _mass(ids: Iterable[str], weight: Weight | None) -> float:
    return sum(weight(p) for p in ids) if weight is not None else float(len(list(ids)))


def thread_link(a: Cluster, b: Cluster, weight: Weight | None = None) -> ThreadLink:
    """Does event ``b`` continue the thread of event ``a``? (``weight``: see the module doc.)"""
    ca, cb = central(a), central(b)
    if not ca or not cb:
        return ThreadLink(None, other=b.id)
    shared = ca & cb
    ok = _mass(shared, weight) >= THREAD_OVERLAP * min(_mass(ca, weight), _mass(cb, weight))
    names = tuple(sorted(a.people_names.get(p, p) for p in shared))
    return ThreadLink(ok and bool(shared), names, _days(a, b), b.id)


def _link_if_shared(ev: Cluster, ca: set[str], e: Cluster, weight: Weight | None) -> ThreadLink:
    """:func:`thread_link`, without its weighing and dating when the two events share no central
    participant (a refusal then, whatever the weights): most events of a story share none, and
    this runs for every pair of a story's events."""
    cb = central(e)
    if not ca or not cb:
        return ThreadLink(None, other=e.id)
    if not ca & cb:
        return ThreadLink(False, (), None, e.id)
    return thread_link(ev, e, weight)


def best_thread(ev: Cluster, events: list[Cluster], weight: Weight | None = None) -> ThreadLink:
    """The best link from ``ev`` to any of ``events``: a positive one (most shared names, then the
    closest in time) if any, else an abstention when every test abstained, else a refusal."""
    ca = central(ev)
    links = [_link_if_shared(ev, ca, e, weight) for e in events if e.id != ev.id]
    good = [t for t in links if t.ok]
    if good:
        return min(good, key=lambda t: (-len(t.shared), t.days if t.days is not None else 10**9, t.other))
    if all(t.ok is None for t in links):
        return ThreadLink(None)
    return ThreadLink(False)
