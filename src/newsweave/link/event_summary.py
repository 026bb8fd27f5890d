"""What is shown of an event or a story: the most central article's title, the date, languages,
the events of a story in date order and its characteristic title words."""
from __future__ import annotations

import math
from collections import Counter

import numpy as np

from ..model import Article, DateInfo
from .event_clusters import Cluster
from .event_decisions import EventSummary, StorySummary
from .event_features import ArticleFeatures, TermStats, term_counts
from .storylines import story_order


def central_member(c: Cluster, feats: dict[int, ArticleFeatures]) -> ArticleFeatures:
    """The member closest to the cluster's centroid (the lowest label on ties)."""
    prof = c.profile()
    return max((feats[m] for m in c.members),
               key=lambda f: (float(np.dot(f.vec, prof.vec)), -f.key))


def event_summary(ev: Cluster, feats: dict[int, ArticleFeatures]) -> EventSummary:
    central = central_member(ev, feats)
    d = ev.date_span()
    date = None
    if d is not None:
        n = len([x for x in ev.dates if x.granularity == d.granularity])
        date = DateInfo(d.iso(), source="inferred" if ev.size > 1 or not central.dated else "metadata",
                        confidence=min(1.0, 0.5 + 0.1 * n), evidence=f"{d.source} of {ev.size} articles")
    langs = Counter(feats[m].lang for m in ev.members)
    return EventSummary(id=ev.id, story=ev.story, title=central.title, date=date, size=ev.size,
                        central_article=central.ext_id, langs=dict(langs))


def story_summary(st: Cluster, events: dict[str, Cluster], feats: dict[int, ArticleFeatures],
                  stats: TermStats) -> StorySummary:
    evs = story_order([events[e] for e in st.events if e in events])
    prof = st.profile()
    central_ev = max(evs, key=lambda e: (float(np.dot(e.profile().vec, prof.vec)) + 0.01 * math.log(e.size), e.id))
    return StorySummary(id=st.id, title=central_member(central_ev, feats).title,
                        event_ids=[e.id for e in evs], size=st.size,
                        keywords=keywords(st, feats, stats),
                        dates=[e.date_span().iso() if e.date_span() else None for e in evs])


def keywords(c: Cluster, feats: dict[int, ArticleFeatures], stats: TermStats, n: int = 8) -> list[str]:
    """Most characteristic words of the titles of the cluster's most central articles."""
    prof = c.profile()
    central = sorted((feats[m] for m in c.members),
                     key=lambda f: -float(np.dot(f.vec, prof.vec)))[:8]
    tot: Counter = Counter()
    for f in central:
        terms, _ = term_counts(Article(id="", text=f.title))
        for t, w in terms.items():
            if not t.startswith("#"):
                tot[t] += w * stats.idf(t)
    return [k for k, _ in tot.most_common(n)]
