"""Clusters of articles (events) and of events (stories): running sums of their members'
features, so that a centroid profile costs nothing to update as articles join and leave."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .event_dates import DateSpan, consensus_date
from .event_features import ArticleFeatures
from .event_scoring import Profile

MAX_CENTROID_TERMS = 1500  # terms (per language) and specifics kept in a centroid


@dataclass
class Cluster:
    """An event (members: article labels) or a story (members: the articles of its ``events``)."""

    id: str
    members: list[int] = field(default_factory=list)
    vec_sum: np.ndarray | None = None
    terms: dict[str, Counter] = field(default_factory=dict)   # lang -> summed tf-idf weights
    entities: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    people: Counter = field(default_factory=Counter)          # participant id → member articles
    people_names: dict = field(default_factory=dict)          # participant id → a name
    dates: list[DateSpan] = field(default_factory=list)       # happening dates of dated members
    story: str | None = None
    events: set[str] = field(default_factory=set)             # for stories
    dim: int = 0                  # vector size: the profile vector of a cluster with no members
    _profile: Profile | None = None

    @property
    def size(self) -> int:
        return len(self.members)

    def add(self, f: ArticleFeatures, sign: int = 1) -> None:
        self._profile = None
        if sign > 0:
            self.members.append(f.key)
        else:
            self.members.remove(f.key)
        self.vec_sum = f.vec * sign if self.vec_sum is None else self.vec_sum + sign * f.vec
        t = self.terms.setdefault(f.lang, Counter())
        for k, v in f.tfidf.items():
            t[k] += sign * v
        if sign < 0:
            for k in [k for k in f.tfidf if t.get(k, 0.0) <= 1e-9]:
                del t[k]
        elif len(t) > 2 * MAX_CENTROID_TERMS:
            self.terms[f.lang] = Counter(dict(t.most_common(MAX_CENTROID_TERMS)))
        for src, dst in ((f.entities, self.entities), (f.names, self.names)):
            for k, v in src.items():
                dst[k] += sign * v
                if dst[k] <= 1e-9:
                    del dst[k]
        for k, name in f.participants.items():
            self.people[k] += sign
            if self.people[k] <= 0:
                del self.people[k]
            elif sign > 0:
                self.people_names.setdefault(k, name)
        if sign > 0 and len(self.names) > 2 * MAX_CENTROID_TERMS:
            self.names = Counter(dict(self.names.most_common(MAX_CENTROID_TERMS)))
        if f.date is not None and f.date.granularity != "after":
            if sign > 0:
                self.dates.append(f.date)
            elif f.date in self.dates:
                self.dates.remove(f.date)

    def copy(self) -> "Cluster":
        """An independent copy of the members and sums (not of the story links)."""
        return Cluster(self.id, members=list(self.members),
                       vec_sum=None if self.vec_sum is None else self.vec_sum.copy(),
                       terms={k: Counter(v) for k, v in self.terms.items()},
                       entities=Counter(self.entities), names=Counter(self.names),
                       people=Counter(self.people), people_names=dict(self.people_names),
                       dates=list(self.dates), dim=self.dim)

    def absorb(self, other: "Cluster") -> None:
        self._profile = None
        self.members.extend(other.members)
        if other.vec_sum is not None:
            self.vec_sum = other.vec_sum.copy() if self.vec_sum is None else self.vec_sum + other.vec_sum
        for lang, t in other.terms.items():
            self.terms.setdefault(lang, Counter()).update(t)
        self.entities.update(other.entities)
        self.names.update(other.names)
        self.people.update(other.people)
        for k, name in other.people_names.items():
            self.people_names.setdefault(k, name)
        self.dates.extend(other.dates)
        self.events |= other.events

    def date_span(self) -> DateSpan | None:
        return consensus_date(self.dates)

    def profile(self) -> Profile:
        if self._profile is None:
            v = self.vec_sum if self.vec_sum is not None else np.zeros(self.dim, np.float32)
            n = float(np.linalg.norm(v)) or 1.0
            terms = {lang: (dict(t), math.sqrt(sum(w * w for w in t.values())) or 1.0)
                     for lang, t in self.terms.items() if t}
            en = math.sqrt(sum(w * w for w in self.entities.values())) or 1.0
            nn = math.sqrt(sum(w * w for w in self.names.values())) or 1.0
            self._profile = Profile(v / n, terms, dict(self.entities), en, self.date_span(),
                                    dict(self.names), nn)
        return self._profile

