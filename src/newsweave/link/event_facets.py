"""Facet links: a small group of articles that reports one facet of a happening (the survivor
rather than the victim, the charge rather than the arrest) matches a few members of that
happening's event strongly and the rest weakly, so its average linkage stays under the threshold
and it opens an event of its own. It joins when its average linkage is still fair and its
strongest links are strong: the mean of its ``facet_top_k`` best pair scores against the event.

A group of two or three articles more alike among themselves than to the members of the event
they link to best is a happening of its own told by several outlets (the riot after the match,
the second visit), not a facet: it joins only when its strongest links to the event are at least
as strong as the mean score within it.

On the ECB+ tuning topics every gold event has three or more articles; the groups left apart by
average linkage were mostly of one to three articles with a few near-certain links to their
event (bench/fit_facet_link.py fits the two thresholds there).
"""
from __future__ import annotations

import numpy as np


def facet_match(scores: np.ndarray, cfg, internal: float | None = None) -> bool:
    """Whether a group's pair scores against an event (rows: group, columns: members) make a
    facet link: average ≥ ``facet_avg_min`` and mean of the ``facet_top_k`` best ≥
    ``facet_top_min``, and not below ``internal`` (the mean pair score within the group, None for
    one article)."""
    if cfg.facet_avg_min is None or scores.size == 0:
        return False
    top = top_mean(scores, cfg.facet_top_k)
    return bool(scores.mean() >= cfg.facet_avg_min and top >= cfg.facet_top_min
                and (internal is None or top >= internal))


def internal_mean(scores: np.ndarray) -> float | None:
    """Mean pair score within a group (its square score matrix, diagonal ignored); None for one."""
    n = len(scores)
    if n < 2:
        return None
    return float((scores.sum() - np.trace(scores)) / (n * n - n))


def top_mean(scores: np.ndarray, k: int) -> float:
    """Mean of the ``k`` best scores (all of them when fewer)."""
    return float(np.sort(scores, axis=None)[::-1][:k].mean())


def facet_joins(S: np.ndarray, groups: list[list[int]], cfg) -> list[list[int]]:
    """``groups`` (of indices into the pairwise scores ``S``) with each small group (at most
    ``facet_group_max`` articles) moved into the larger group it facet-links to best (by mean of
    its strongest links). Decided on the groups as given, so no group moves twice and the result
    does not depend on the order of ``groups``."""
    if cfg.facet_avg_min is None:
        return groups
    small = [k for k, g in enumerate(groups) if len(g) <= cfg.facet_group_max]
    large = [k for k, g in enumerate(groups) if len(g) > cfg.facet_group_max]
    moves: dict[int, int] = {}
    for k in small:
        best, best_top = None, -1.0
        internal = internal_mean(S[np.ix_(groups[k], groups[k])])
        for t in large:
            sub = S[np.ix_(groups[k], groups[t])]
            if facet_match(sub, cfg, internal) and top_mean(sub, cfg.facet_top_k) > best_top:
                best, best_top = t, top_mean(sub, cfg.facet_top_k)
        if best is not None:
            moves[k] = best
    if not moves:
        return groups
    out = {k: list(g) for k, g in enumerate(groups) if k not in moves}
    for k, t in sorted(moves.items()):
        out[t].extend(groups[k])
    return [sorted(g) for _, g in sorted(out.items())]
