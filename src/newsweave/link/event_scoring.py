"""How alike two profiles (articles, events, stories) are: the event and story scores.

The score is a weighted mean of the calibrated embedding cosine (raw cosines bunch in a narrow
range), same-language lexical cosine, same-script specifics and entity overlap, plus an adjustment
for look-alike events (lead years and figures); same-language article pairs use a logistic model
over the same parts instead (``EventConfig.pair_logit``). Features missing on either side drop out
of the mean; across languages the cosine gets a small bonus for the language gap and entity ids may
only support a match. Dates apart by more than ``grace_days`` cost a penalty and beyond
``hard_gap_days`` forbid a shared event. :mod:`.event_batch` computes the same scores for a whole
batch at once.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .event_config import EventConfig
from .event_dates import DateSpan, reported_after, weekday_clash
from .event_features import ArticleFeatures, name_scripts, names_comparable, sparse_cos
from .event_protagonist import clash


@dataclass
class Profile:
    vec: np.ndarray
    terms: dict[str, tuple[dict[str, float], float]]
    entities: dict[str, float]
    ent_norm: float
    date: DateSpan | None
    names: dict[str, float] = field(default_factory=dict)
    names_norm: float = 1.0
    years: frozenset = frozenset()
    figs: Any = None
    weekdays: frozenset = frozenset()
    dated_years: frozenset = frozenset()
    protagonist: str | None = None  # articles only (event centroids have none)
    people: dict = field(default_factory=dict)
    _scripts: frozenset | None = None

    @property
    def scripts(self) -> frozenset:
        if self._scripts is None:
            self._scripts = name_scripts(self.names)
        return self._scripts

    @classmethod
    def of(cls, f: ArticleFeatures) -> "Profile":
        return cls(f.vec, {f.lang: (f.tfidf, 1.0)} if f.tfidf else {}, f.pair_entities, 1.0, f.date,
                   f.names, 1.0, f.years, f.figs, f.weekdays, f.dated_years,
                   f.protagonist, f.people)


def _cal(x: float, lo: float, hi: float) -> float:
    return min(1.0, max(0.0, (x - lo) / (hi - lo)))


def time_penalty(a: DateSpan | None, b: DateSpan | None, cfg: EventConfig) -> tuple[float, int | None, bool]:
    """(penalty, gap in days or None, forbidden)."""
    if a is None or b is None:
        return 0.0, None, False
    if a.granularity == "after" and b.granularity == "after":
        return 0.0, None, False
    if a.granularity == "after" or b.granularity == "after":
        lb, other = (a, b) if a.granularity == "after" else (b, a)
        gap = max(0, lb.lo - other.hi)
        if gap > cfg.after_hard_gap_days:
            return 1.0, gap, True
        return (cfg.time_penalty * max(0, gap - cfg.grace_days) / cfg.slope_days / 2, gap, False)
    gap = a.gap(b)
    coarse = "year" in (a.granularity, b.granularity)
    if gap > cfg.hard_gap_days and not coarse:
        return 1.0, gap, True
    pen = cfg.time_penalty * max(0, gap - cfg.grace_days) / cfg.slope_days
    return min(pen, 0.6), gap, False


def date_clash_penalty(a: Profile, b: Profile, cfg: EventConfig) -> float:
    """What the dates of two article profiles say against one happening beyond their distance:
    one reports a day after the other was published (:func:`.event_dates.reported_after`), or one
    names weekdays the other's day is not (:func:`.event_dates.weekday_clash`). Event centroids
    carry no publication source nor weekdays: 0 there."""
    pen = cfg.reported_after_penalty if reported_after(a.date, b.date) else 0.0
    if weekday_clash(a.weekdays, a.date, b.weekdays, b.date, cfg.grace_days):
        pen += cfg.weekday_penalty
    return pen


def year_relation(a: Profile, b: Profile) -> tuple[bool, bool]:
    """(the leads share a year, the years conflict): both leads name years and none is shared,
    not even with the year the other article is dated in."""
    if not (a.years and b.years):
        return False, False
    if a.years & b.years:
        return True, False
    return False, not ((a.years | a.dated_years) & (b.years | b.dated_years))


def specifics_adjustment(a: Profile, b: Profile, cfg: EventConfig) -> float:
    """Years of the leads and figures of the first paragraphs (article profiles only; event
    centroids carry none): agreement supports one happening, different years argue against it."""
    adj = 0.0
    share, conflict = year_relation(a, b)
    adj += cfg.year_share if share else -cfg.year_conflict if conflict else 0.0
    if a.figs and b.figs:
        adj += cfg.fig_w * (sparse_cos(a.figs, b.figs) - cfg.fig_mid)
    return adj


def pair_logit(a: Profile, b: Profile, cfg: EventConfig, emb: float, lex: float,
               nm: float | None, ent: float | None) -> float:
    """Probability that two same-language profiles report one happening (see
    ``EventConfig.pair_logit``), from the calibrated embedding and lexical cosines and the raw
    specifics (``nm``) and entity (``ent``) cosines of :func:`score` (None: not comparable)."""
    coef = cfg.pair_logit
    z = coef["bias"] + coef["emb"] * emb + coef["lex"] * lex
    # a part that cannot be compared takes the mean of those that can (as it drops out of the
    # weighted mean): no entity ids is no evidence, disjoint entity ids count against
    names = (emb + lex) / 2 if nm is None else _cal(nm, cfg.names_lo, cfg.names_hi)
    z += coef["names"] * names
    z += coef["ent"] * (((emb + lex + names) / 3 if nm is not None else names) if ent is None
                        else min(1.0, ent / cfg.ent_hi))
    share, conflict = year_relation(a, b)
    z += coef["year_share"] if share else coef["year_conflict"] if conflict else 0.0
    if a.figs and b.figs:
        z += coef["fig"] * sparse_cos(a.figs, b.figs) + coef["fig_has"]
    if coef.get("protagonist_clash") and clash(a.protagonist, a.people, b.protagonist, b.people):
        z += coef["protagonist_clash"]
    return 1.0 / (1.0 + math.exp(-z))


def score(a: Profile, b: Profile, cfg: EventConfig, story: bool = False) -> tuple[float, dict[str, Any]]:
    """Combined similarity of two profiles in [0, 1] minus the time penalty, with its parts."""
    lo, hi = (cfg.s_emb_lo, cfg.s_emb_hi) if story else (cfg.emb_lo, cfg.emb_hi)
    cos = float(np.dot(a.vec, b.vec))
    parts: dict[str, Any] = {"cos": round(cos, 4)}
    if a.terms and b.terms and not (a.terms.keys() & b.terms.keys()):
        cos += cfg.cross_lang_bonus  # no language in common
        parts["cross_lingual"] = True
    w_lex, w_names, w_ent = ((cfg.s_w_lex, cfg.s_w_names, cfg.s_w_ent) if story
                             else (cfg.w_lex, cfg.w_names, cfg.w_ent))
    num = cfg.w_emb * _cal(cos, lo, hi)
    den = cfg.w_emb
    lex = nm = ent = None
    for lang, (ta, na) in a.terms.items():
        if lang in b.terms:
            tb, nb = b.terms[lang]
            c = sparse_cos(ta, tb) / (na * nb)
            lex = c if lex is None else max(lex, c)
    if lex is not None:
        parts["lex"] = round(lex, 4)
        num += w_lex * (min(1.0, lex / cfg.s_lex_hi) if story else _cal(lex, cfg.lex_lo, cfg.lex_hi))
        den += w_lex
    if a.names and b.names and names_comparable(a.scripts, b.scripts):
        nm = sparse_cos(a.names, b.names) / (a.names_norm * b.names_norm)
        parts["names"] = round(nm, 4)
        num += w_names * (min(1.0, nm / cfg.s_names_hi) if story else _cal(nm, cfg.names_lo, cfg.names_hi))
        den += w_names
    s_without = num / den
    if a.entities and b.entities:
        ent = sparse_cos(a.entities, b.entities) / (a.ent_norm * b.ent_norm)
        parts["ent"] = round(ent, 4)
        num += w_ent * min(1.0, ent / (cfg.s_ent_hi if story else cfg.ent_hi))
        den += w_ent
    s = num / den
    if parts.get("cross_lingual") or story:
        # entity ids linked across languages and scripts miss often, and a story's later events
        # bring new actors: there a shared entity supports a match, a missing one does not count
        # against it
        s = max(s, s_without)
    if not story:
        adj = specifics_adjustment(a, b, cfg)
        if adj:
            parts["specifics"] = round(adj, 4)
            s += adj
        if cfg.pair_logit and lex is not None:
            s = pair_logit(a, b, cfg, _cal(cos, lo, hi), _cal(lex, cfg.lex_lo, cfg.lex_hi), nm, ent)
            parts["logit"] = True
    if story and cfg.s_min_specific > 0:
        spec = [x for x in (parts.get("lex"), parts.get("names"), parts.get("ent")) if x is not None]
        if spec and max(spec) < cfg.s_min_specific:
            s -= 0.5
            parts["no_specifics"] = True
    if story:
        if a.date and b.date and a.date.granularity != "after" and b.date.granularity != "after":
            gap = a.date.gap(b.date)
            if gap > 365:
                s -= cfg.story_year_penalty
                parts["gap_days"] = gap
    else:
        pen, gap, forbid = time_penalty(a.date, b.date, cfg)
        if gap is not None:
            parts["gap_days"] = gap
        clash = date_clash_penalty(a, b, cfg)
        if clash:
            parts["date_clash"] = round(clash, 4)
        if forbid:
            parts["forbidden"] = True
            s = -1.0
        else:
            s -= pen + clash
    parts["score"] = round(s, 4)
    return s, parts
