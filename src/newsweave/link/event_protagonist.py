"""The protagonist of a report: the person it keeps naming. Two look-alike happenings of one kind
(two players of one team arrested for drunk driving a month apart, two actresses entering rehab,
two scoring records of one conference) share words, organisations, places and embeddings; what
tells them apart is whom each report is about. A report of one happening may name the other's
person in passing ("a month after his team-mate's arrest"), but it names its own far more often.

People are counted by :func:`.event_features.person_counts`, keyed like story-thread participants
(the skeleton of the surname), so one person written in two scripts or spellings stays one.
"""
from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

PROTAGONIST_MIN = 3   # set by hand: named this many times (and more than anyone else): whom the report is about
CLASH_RATIO = 2.0     # set by hand: each report names its own protagonist at least this many times the other's
MAX_PEOPLE = 12       # set by hand: person counts kept per article (the most named)


def protagonist(people: dict[str, int]) -> str | None:
    """The person named PROTAGONIST_MIN+ times and more often than any other, else None; never
    one only ever named by one word (keys marked ``~`` by :func:`.event_features.person_counts`)."""
    top = sorted(people.values(), reverse=True)[:2]
    if not top or top[0] < PROTAGONIST_MIN or (len(top) > 1 and top[1] == top[0]):
        return None
    best = max(people, key=lambda k: (people[k], k))
    return None if best.startswith("~") else best


def clash(pa: str | None, people_a: dict[str, int], pb: str | None, people_b: dict[str, int]) -> bool:
    """Two reports about different people: both have a protagonist, they differ, and each names
    its own at least CLASH_RATIO times as often as the other's."""
    if pa is None or pb is None or pa == pb:
        return False
    return (people_a.get(pa, 0) >= CLASH_RATIO * people_a.get(pb, 0)
            and people_b.get(pb, 0) >= CLASH_RATIO * people_b.get(pa, 0))


def clash_matrix(protagonists: list[str | None], people: list[dict[str, int]]) -> np.ndarray | None:
    """n×n :func:`clash` of a batch, or None when fewer than two articles have a protagonist."""
    n = len(protagonists)
    has = np.array([p is not None for p in protagonists])
    if has.sum() < 2:
        return None
    vocab: dict[str, int] = {}
    for p in protagonists:
        if p is not None:
            vocab.setdefault(p, len(vocab))
    rows, cols, vals = [], [], []
    for i, d in enumerate(people):
        for k, v in d.items():
            if k in vocab:
                rows.append(i)
                cols.append(vocab[k])
                vals.append(float(v))
    M = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab))).toarray()
    idx = np.array([vocab[p] if p is not None else 0 for p in protagonists])
    own = M[np.arange(n), idx]                 # mentions of one's own protagonist
    C = M[:, idx]                              # C[i, j]: mentions in i of j's protagonist
    ok = own[:, None] >= CLASH_RATIO * C       # i names its own far more than j's
    differ = idx[:, None] != idx[None, :]
    both = has[:, None] & has[None, :]
    return both & differ & ok & ok.T
