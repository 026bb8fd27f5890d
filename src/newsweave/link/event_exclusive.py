"""Exclusive links: a lone report left in an event of its own by the batch clustering joins the
event it fits best, when that fit is fair and clearly ahead of its fit to any other event.

Average linkage keeps a report apart when its mean pair score against an event's members stays
under the cut, which happens to a report that tells the happening from an angle of its own (a
short wire, a blog post, a follow-up). Most such reports still fit one event far better than the
others. A report that fits two events about equally (the two look-alike happenings of one topic:
two quakes, two arrests of one person) gives no evidence which one it belongs to, and stays alone:
the link must be exclusive. Only single-article groups move, only into groups of at least two
articles, and every move is decided on the groups as given, so the result does not depend on the
order of the groups (``recluster`` stays deterministic and idempotent).

At the fits where this matters (a mean pair score of 0.1 to 0.2) the text alone is weak evidence:
a round-up that mentions the happening in passing, or a report of a look-alike happening when its
own event is not in the batch, fits as well. So the link also needs independent evidence and no
contradiction: the lone report names in full a person that some member names, and none of the
members' dates contradicts its own (:func:`.event_batch.date_clash_penalties`).

The links are a step of the batch clustering (a corpus, a recluster, a streamed batch): a single
article that arrives alone is placed against existing events by average linkage and facet links
only (:mod:`.event_placement`). The threshold and margin are fitted on the ECB+ tuning topics by
bench/fit_exclusive_link.py.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix


@dataclass
class LinkEvidence:
    """Pair evidence besides the pair score (n×n): the two name a person in common, their dates
    contradict one happening."""

    shared_person: np.ndarray
    date_clash: np.ndarray


def shared_people(people: list[dict[str, int]]) -> np.ndarray:
    """n×n: whether two articles name a common person in full (keys of
    :func:`.event_features.person_counts`; one-word keys, marked ``~``, never count)."""
    keys = [[k for k in p if not k.startswith("~")] for p in people]
    vocab = {k: c for c, k in enumerate(sorted({k for ks in keys for k in ks}))}
    rows = [i for i, ks in enumerate(keys) for _ in ks]
    cols = [vocab[k] for ks in keys for k in ks]
    P = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(people), max(len(vocab), 1)))
    return (P @ P.T).toarray() > 0


def fit_to(row: np.ndarray, stat: str) -> float:
    """How well one article fits a group from its pair scores against the group's members:
    their mean or their maximum (``stat``)."""
    if stat == "mean":
        return float(row.mean())
    if stat == "max":
        return float(row.max())
    raise ValueError(f"unknown exclusive_stat {stat!r} (mean or max)")


def exclusive_target(S: np.ndarray, i: int, groups: list[list[int]], cfg,
                     evidence: LinkEvidence) -> int | None:
    """Index into ``groups`` of the group that article ``i`` (alone in its group) links to
    exclusively, or None: its best fit among the groups of two or more articles reaches
    ``exclusive_min`` and leads its fit to every other group (singletons included) by at least
    ``exclusive_margin``, it shares a person with a member and no member's dates clash with it."""
    fits = sorted(((fit_to(S[i, g], cfg.exclusive_stat), k) for k, g in enumerate(groups) if i not in g),
                  key=lambda x: (-x[0], x[1]))
    if not fits:
        return None
    best, k = fits[0]
    second = fits[1][0] if len(fits) > 1 else -1.0
    if len(groups[k]) < 2 or best < cfg.exclusive_min or best - second < cfg.exclusive_margin:
        return None
    g = groups[k]
    if not evidence.shared_person[i, g].any() or evidence.date_clash[i, g].any():
        return None
    return k


def exclusive_joins(S: np.ndarray, groups: list[list[int]], cfg,
                    evidence: LinkEvidence) -> list[list[int]]:
    """``groups`` (indices into the pairwise scores ``S``) with each single article moved into
    the group it links to exclusively (:func:`exclusive_target`); off when ``exclusive_min`` is
    None. Groups keep their order, each sorted, as :func:`.event_facets.facet_joins` returns them."""
    if cfg.exclusive_min is None:
        return groups
    moves = {k: t for k, g in enumerate(groups) if len(g) == 1
             for t in [exclusive_target(S, g[0], groups, cfg, evidence)] if t is not None}
    if not moves:
        return groups
    out = {k: list(g) for k, g in enumerate(groups) if k not in moves}
    for k, t in sorted(moves.items()):
        out[t].extend(groups[k])
    return [sorted(g) for _, g in sorted(out.items())]
