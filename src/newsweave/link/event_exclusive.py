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

The threshold and margin are fitted on the ECB+ tuning topics by bench/fit_exclusive_link.py.
"""
from __future__ import annotations

import numpy as np


def fit_to(row: np.ndarray, stat: str) -> float:
    """How well one article fits a group from its pair scores against the group's members:
    their mean or their maximum (``stat``)."""
    if stat == "mean":
        return float(row.mean())
    if stat == "max":
        return float(row.max())
    raise ValueError(f"unknown exclusive_stat {stat!r} (mean or max)")


def exclusive_target(S: np.ndarray, i: int, groups: list[list[int]], cfg) -> int | None:
    """Index into ``groups`` of the group that article ``i`` (alone in its group) links to
    exclusively, or None: its best fit among the groups of two or more articles reaches
    ``exclusive_min`` and leads its fit to every other group (singletons included) by at least
    ``exclusive_margin``."""
    fits = sorted(((fit_to(S[i, g], cfg.exclusive_stat), k) for k, g in enumerate(groups) if i not in g),
                  key=lambda x: (-x[0], x[1]))
    if not fits:
        return None
    best, k = fits[0]
    second = fits[1][0] if len(fits) > 1 else -1.0
    if len(groups[k]) < 2 or best < cfg.exclusive_min or best - second < cfg.exclusive_margin:
        return None
    return k


def exclusive_joins(S: np.ndarray, groups: list[list[int]], cfg) -> list[list[int]]:
    """``groups`` (indices into the pairwise scores ``S``) with each single article moved into
    the group it links to exclusively (:func:`exclusive_target`); off when ``exclusive_min`` is
    None. Groups keep their order, each sorted, as :func:`.event_facets.facet_joins` returns them."""
    if cfg.exclusive_min is None:
        return groups
    moves = {k: t for k, g in enumerate(groups) if len(g) == 1
             for t in [exclusive_target(S, g[0], groups, cfg)] if t is not None}
    if not moves:
        return groups
    out = {k: list(g) for k, g in enumerate(groups) if k not in moves}
    for k, t in sorted(moves.items()):
        out[t].extend(groups[k])
    return [sorted(g) for _, g in sorted(out.items())]
