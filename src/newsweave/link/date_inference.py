"""Dates of undated (or month-only) articles, inferred from the event they were placed in.

An article with no day-level date of its own takes the consensus date of its event when other
dated articles of the event support it (confidence grows with their number); a month-only date is
refined only when the event's day lies inside that month; an undated article whose text mentions
later dates keeps no event date that would be wrong. Without support from other articles, a
self-contained date of its own lead is used ("from text").
"""
from __future__ import annotations

import datetime as dt

from ..model import DateInfo
from .event_clusters import Cluster
from .event_dates import DateSpan, parse_span


def inferred_date(current: DateInfo | None, own: DateSpan | None,
                  event: Cluster | None, weekdays: frozenset[int] = frozenset()) -> DateInfo | None:
    """The date to give an article (``current``: its date; ``own``: the happening date read from
    its text; ``weekdays``: the weekdays it names for happenings) placed in ``event``; None when
    its date stays as it is. An undated article that names weekdays, none of them the event day's,
    reports another day: the event date would be wrong, so it is not taken."""
    cur = current
    if cur is not None and cur.source != "inferred" and cur.granularity == "day":
        return None
    ev = event
    ed = ev.date_span() if ev else None
    n_support = len([d for d in ev.dates if d.granularity == "day"]) if ev else 0
    if ed is not None and ed.granularity in ("day", "month"):
        cur_span = parse_span(cur.value) if cur is not None and cur.source != "inferred" else None
        if cur_span is not None:
            # month-only (or year-only) article date: refine when the event day lies inside it
            if ed.granularity != "day" or not (cur_span.lo <= ed.lo <= cur_span.hi):
                return None
        elif own is not None and own.granularity == "after" and ed.hi < own.lo - 30:
            return None  # the text mentions later dates: the event date would be wrong
        elif weekdays and ed.granularity == "day" \
                and dt.date.fromordinal(ed.lo).weekday() not in weekdays:
            return None
        own_counts = own is not None and own.granularity == "day" and own in ev.dates
        n_support -= 1 if own_counts else 0  # support from the other articles only
        # when the only support is the article itself, that is "from text", handled below
        if ev.size != 1 and n_support > 0:
            conf = min(0.95, 0.45 + 0.1 * n_support + (0.15 if ed.granularity == "day" else 0))
            if cur is not None and cur.source == "inferred" and cur.confidence >= conf \
                    and cur.value == ed.iso():
                return None
            return DateInfo(ed.iso(), source="inferred", confidence=conf,
                            evidence=f"from event {ev.id}: {n_support} dated article(s) "
                                     f"report {ed.iso()} ({ed.source})")
    if cur is None and own is not None and own.granularity in ("day", "month"):
        return DateInfo(own.iso(), source="inferred", confidence=0.5,
                        evidence=f"from text: {own.source}")
    return None
