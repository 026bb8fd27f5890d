"""Storylines: events linked into stories by looser similarity than events themselves.

A story groups events that share actors, places and subject across weeks or months (two visits
of the same envoy, a referendum and its aftermath). Events join the most similar story when the
event–story score clears ``story_threshold``; no time limit applies, only a mild penalty beyond
a year. Story title: the title of its most central event; events are listed in date order.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np


@dataclass
class StoryState:
    id: str
    events: set[str] = field(default_factory=set)
    vec_sum: np.ndarray | None = None
    terms: dict[str, dict[str, float]] = field(default_factory=dict)  # lang -> summed tf-idf
    entities: dict[str, float] = field(default_factory=dict)
    n: int = 0  # articles


def story_order(events: list) -> list:
    """Events sorted by date (undated last), then id."""
    def key(ev):
        d = ev.date_span()
        return (d is None, d.lo if d else 0, ev.id)
    return sorted(events, key=key)


def span_label(lo: int) -> str:
    return dt.date.fromordinal(lo).isoformat()
