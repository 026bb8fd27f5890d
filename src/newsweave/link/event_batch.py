"""Within-batch clustering: pairwise scores of a batch of articles (the same features and
weights as article–event scoring, vectorised) and average-linkage agglomerative clustering.

A batch is first grouped on its own (order-independent, better than single-pass), then each group
attaches to an existing event or opens a new one.
"""
from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.cluster import AgglomerativeClustering

from .event_dates import day_weekday_bits, lead_day, publication_bound, weekday_bits
from .event_exclusive import LinkEvidence, exclusive_joins, shared_people
from .event_facets import facet_joins
from .event_protagonist import clash_matrix
from .event_features import ArticleFeatures, SVec

_EMPTY = SVec.from_items([])

_GRAN = {"day": 1, "month": 2, "year": 3, "after": 4}


def _sparse(vecs) -> csr_matrix:
    """Rows of SVecs (hashed keys) as one CSR matrix over their joint vocabulary."""
    n = len(vecs)
    lens = np.array([len(v) for v in vecs], dtype=np.int64)
    if lens.sum() == 0:
        return csr_matrix((n, 1), dtype=np.float64)
    keys = np.concatenate([v.keys for v in vecs if len(v)])
    vals = np.concatenate([v.vals for v in vecs if len(v)]).astype(np.float64)
    _, cols = np.unique(keys, return_inverse=True)
    indptr = np.concatenate([[0], np.cumsum(lens)])
    return csr_matrix((vals, cols.ravel(), indptr), shape=(n, int(cols.max()) + 1))


def _script_bits(names) -> int:
    """Bit set of the letter scripts among the specifics (figures are no script)."""
    codes = names.keys & 3
    codes = codes[codes > 0]
    return int(np.bitwise_or.reduce(1 << codes)) if len(codes) else 0


def _cal(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return np.clip((x - lo) / (hi - lo), 0.0, 1.0)


def specifics_adjustments(feats: list[ArticleFeatures], cfg) -> np.ndarray:
    """n×n :func:`newsweave.link.event_scoring.specifics_adjustment`: lead years and figures."""
    n = len(feats)
    adj = np.zeros((n, n))
    if getattr(cfg, "year_share", 0) or getattr(cfg, "year_conflict", 0):
        years = _year_overlap(feats)
        if years is not None:
            share, conflict = years
            adj += np.where(share, cfg.year_share, 0.0) - np.where(conflict, cfg.year_conflict, 0.0)
    if getattr(cfg, "fig_w", 0):
        figures = _figure_overlap(feats)
        if figures is not None:
            U, both = figures
            adj += np.where(both, cfg.fig_w * (U - cfg.fig_mid), 0.0)
    return adj


def _year_overlap(feats: list[ArticleFeatures]) -> tuple[np.ndarray, np.ndarray] | None:
    """(pairs whose leads share a year, pairs whose years conflict) as in
    :func:`newsweave.link.event_scoring.year_relation`, or None when no lead names a year."""
    ys = [f.years for f in feats]
    if not any(ys):
        return None
    share = _shares([set(s) for s in ys])
    loose = _shares([set(s) | set(f.dated_years) for s, f in zip(ys, feats)])
    has = np.array([bool(s) for s in ys])
    both = has[:, None] & has[None, :]
    return share & both, both & ~share & ~loose


def _shares(sets: list[set]) -> np.ndarray:
    """n×n: whether two sets of years share one."""
    vocab = {y: k for k, y in enumerate(sorted({y for s in sets for y in s}))}
    rows = [i for i, s in enumerate(sets) for _ in s]
    cols = [vocab[y] for s in sets for y in s]
    Y = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(len(vocab), 1)))
    return (Y @ Y.T).toarray() > 0


def _figure_overlap(feats: list[ArticleFeatures]) -> tuple[np.ndarray, np.ndarray] | None:
    """(overlap of lead figures, pairs where both have figures), or None with fewer than two."""
    figs = [f.figs for f in feats]
    has = np.array([bool(x) for x in figs])
    if has.sum() <= 1:
        return None
    X = _sparse([x if x is not None else _EMPTY for x in figs])
    return (X @ X.T).toarray(), has[:, None] & has[None, :]


def date_clash_penalties(feats: list[ArticleFeatures], cfg) -> np.ndarray:
    """n×n :func:`newsweave.link.event_scoring.date_clash_penalty`: reported after the other's
    publication, weekdays the other's day is not."""
    n = len(feats)
    out = np.zeros((n, n))
    bound = np.array([publication_bound(f.date) if publication_bound(f.date) is not None else 10**9
                      for f in feats], dtype=np.int64)
    day = np.array([lead_day(f.date) if lead_day(f.date) is not None else -1 for f in feats],
                   dtype=np.int64)
    after = (day[None, :] > bound[:, None]) & (day[None, :] >= 0)
    out += cfg.reported_after_penalty * (after | after.T)
    wk = np.array([weekday_bits(f.weekdays) if f.date is None or f.date.granularity != "day" else 0
                   for f in feats], dtype=np.int64)
    days = np.array([day_weekday_bits(f.date, cfg.grace_days) for f in feats], dtype=np.int64)
    clash = (wk[:, None] != 0) & (days[None, :] != 0) & ((wk[:, None] & days[None, :]) == 0)
    out += cfg.weekday_penalty * (clash | clash.T)
    return out


def _pair_logit(feats: list[ArticleFeatures], cfg, coef: dict, emb: np.ndarray, lex: np.ndarray,
                parts: dict[str, np.ndarray], masks: dict[str, np.ndarray]) -> np.ndarray:
    """n×n :func:`newsweave.link.event_scoring.pair_logit`: the logistic pair model over the calibrated
    parts, lead years and figures."""
    n = len(feats)
    z = coef["bias"] + coef["emb"] * emb + coef["lex"] * lex
    # a part that cannot be compared takes the mean of those that can (see event_scoring.pair_logit)
    names = np.where(masks["names"], parts["names"], (emb + lex) / 2)
    mean3 = np.where(masks["names"], (emb + lex + names) / 3, names)
    z = z + coef["names"] * names + coef["ent"] * np.where(masks["entities"], parts["entities"], mean3)
    years = _year_overlap(feats)
    if years is not None:
        share, conflict = years
        z = z + np.where(share, coef["year_share"], 0.0) + np.where(conflict, coef["year_conflict"], 0.0)
    figures = _figure_overlap(feats)
    if figures is not None:
        U, both = figures
        z = z + np.where(both, coef["fig"] * U + coef["fig_has"], 0.0)
    if coef.get("protagonist_clash"):
        C = clash_matrix([f.protagonist for f in feats], [f.people for f in feats])
        if C is not None:
            z = z + np.where(C, coef["protagonist_clash"], 0.0)
    return 1.0 / (1.0 + np.exp(-z))


def pairwise_scores(feats: list[ArticleFeatures], cfg) -> np.ndarray:
    """n×n combined scores in [-1, 1] (−1: forbidden by dates). Missing features drop out of a
    pair's weighted mean, as in :func:`newsweave.link.event_scoring.score`."""
    n = len(feats)
    V = np.stack([f.vec for f in feats]).astype(np.float64)
    langs = np.array([f.lang for f in feats])
    has_lex = np.array([bool(f.tfidf) for f in feats])
    both_lex = has_lex[:, None] & has_lex[None, :]
    m = (langs[:, None] == langs[None, :]) & both_lex
    C = V @ V.T + cfg.cross_lang_bonus * (both_lex & ~m)
    num = cfg.w_emb * _cal(C, cfg.emb_lo, cfg.emb_hi)
    den = np.full((n, n), cfg.w_emb)
    L = _sparse([f.tfidf for f in feats])
    L = (L @ L.T).toarray()
    num += cfg.w_lex * _cal(L, cfg.lex_lo, cfg.lex_hi) * m
    den += cfg.w_lex * m
    cross = both_lex & ~m
    S_without = None
    logit_parts: dict[str, np.ndarray] = {"names": np.zeros((n, n)), "entities": np.zeros((n, n))}
    logit_masks: dict[str, np.ndarray] = {"names": np.zeros((n, n), bool), "entities": np.zeros((n, n), bool)}
    for attr, w, lo, hi in (("names", cfg.w_names, cfg.names_lo, cfg.names_hi),
                            ("entities", cfg.w_ent, 0.0, cfg.ent_hi)):
        has = np.array([bool(f.pair_entities if attr == "entities" else getattr(f, attr)) for f in feats])
        if attr == "entities":
            S_without = num / den
        if not has.any():
            continue
        X = _sparse([f.pair_entities if attr == "entities" else getattr(f, attr) for f in feats])
        M = (X @ X.T).toarray()
        mm = has[:, None] & has[None, :]
        if attr == "names":  # specifics compare within a script only (figures: any script)
            code = np.array([_script_bits(f.names) for f in feats])
            mm &= (code[:, None] & code[None, :]) != 0
        num += w * _cal(M, lo, hi) * mm
        den += w * mm
        logit_parts[attr] = _cal(M, lo, hi) * mm
        logit_masks[attr] = mm
    S = num / den
    if S_without is not None:  # across languages entity ids only ever support (see score())
        S = np.where(cross, np.maximum(S, S_without), S)
    S += specifics_adjustments(feats, cfg)
    coef = getattr(cfg, "pair_logit", None)
    if coef and m.any():  # same-language pairs: the fitted logistic model (see EventConfig)
        S = np.where(m, _pair_logit(feats, cfg, coef, _cal(C, cfg.emb_lo, cfg.emb_hi),
                                    _cal(L, cfg.lex_lo, cfg.lex_hi), logit_parts, logit_masks), S)
    # time
    lo = np.array([f.date.lo if f.date else 0 for f in feats], dtype=np.int64)
    hi = np.array([min(f.date.hi, 10**7) if f.date else 0 for f in feats], dtype=np.int64)
    g = np.array([_GRAN[f.date.granularity] if f.date else 0 for f in feats])
    reg = (g >= 1) & (g <= 3)
    aft = g == 4
    both = reg[:, None] & reg[None, :]
    gap = np.maximum(0, np.maximum(lo[:, None] - hi[None, :], lo[None, :] - hi[:, None]))
    coarse = (g[:, None] == 3) | (g[None, :] == 3)
    pen = np.minimum(0.6, cfg.time_penalty * np.maximum(0, gap - cfg.grace_days) / cfg.slope_days)
    forbid = both & (gap > cfg.hard_gap_days) & ~coarse
    S -= np.where(both, pen, 0.0) + date_clash_penalties(feats, cfg)
    # "written after" lower bounds against dated articles
    gap_a = np.maximum(0, lo[:, None] - hi[None, :])  # i after-bound vs j
    ia = aft[:, None] & reg[None, :]
    pen_a = cfg.time_penalty * np.maximum(0, gap_a - cfg.grace_days) / cfg.slope_days / 2
    S -= np.where(ia, pen_a, 0.0) + np.where(ia.T, pen_a.T, 0.0)
    forbid |= (ia & (gap_a > cfg.after_hard_gap_days)) | (ia & (gap_a > cfg.after_hard_gap_days)).T
    S[forbid] = -1.0
    np.fill_diagonal(S, 1.0)
    return S


def cluster_batch(feats: list[ArticleFeatures], cfg) -> list[list[int]]:
    """Groups of indices into ``feats`` (average linkage, cut at ``cfg.pair_threshold``; small
    groups then follow their facet links, :mod:`.event_facets`, and lone articles their exclusive
    links, :mod:`.event_exclusive`)."""
    n = len(feats)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    S = pairwise_scores(feats, cfg)
    D = np.clip(1.0 - S, 0.0, 2.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - cfg.pair_threshold).fit_predict(D)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(i)
    groups = facet_joins(S, list(groups.values()), cfg)
    if cfg.exclusive_min is None:
        return groups
    return exclusive_joins(S, groups, cfg, link_evidence(feats, cfg))


def link_evidence(feats: list[ArticleFeatures], cfg) -> LinkEvidence:
    """Shared people and date clashes of a batch, for :mod:`.event_exclusive`."""
    return LinkEvidence(shared_people([f.people for f in feats]), date_clash_penalties(feats, cfg) > 0)
