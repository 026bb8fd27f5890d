"""Recall layer of the *how many* slot: figures of aligned sentences that no head-noun reader took.

The slot readers know a figure only through its head noun ("killed", "arrested", "votes"): a
figure whose head they do not know ("38 seconds after lift-off", "42,000 m² of terminals", "a
record of 46.2 degrees") is never a slot fact, in any language. Two articles that tell the same
thing tell it in sentences that a multilingual sentence model puts close together, whatever the
figure in them: so, in a pair of sentences of two articles of one event that are each other's
closest (their claims' vectors, the ones the report's alignment already has), the figures that
agree are paired off, and where exactly one figure is left on each side, those two figures are
the same quantity told two ways. They are compared as the slot engine compares quantities
(``compare_quantity``: bounds from the written precision, an article stating both reconciles);
the gates of the rule readers stay: clauses read as background, parts of a whole, provisional or
denied are left out, and a figure a head-noun reader already took is left to it. Each candidate's
confidence comes from a logistic model (:data:`COEF`, fitted by ``bench/fit_slot_align.py``);
under :data:`verdict.CONFIDENT` the conflict is "uncertain".
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ...model import Article
from ..claim_records import Claim
from . import words
from .happening import LEAD, dates_earlier
from .measure import CONVERSIONS, DIMENSION, measure_after, slack
from .outcome import score_spans
from . import aligned_places as AP
from .aligned_places import PlaceValue
from .records import SlotFact

# a written figure: digit groups ("42,000", "42 000", "42.000") or a decimal ("46,2", "3.5")
_FIGURE = re.compile(r"(?<![\w.,:/+–-])(?<!\d[-–:] )(\d{1,3}(?:(?:[ \u00a0\u202f]|[.,](?=\d{3}(?!\d)))\d{3})+|\d+(?:[.,]\d+)?)"
                     r"(?![\w:/]|[.,]\d|\s?[-–:]\s?\d)")  # not a score or a range ("28-28", "28:28")
MIN_SIM = 0.85  # set by hand: below this, e5 puts unrelated same-topic sentences together
MAX_RATIO = 10.0  # set by hand: two figures more than 10x apart are not one quantity misread
SUBJECT = "aligned"  # subject prefix of the layer's facts (one per aligned sentence group)
# logistic model of P(planted contradiction | candidate), fitted by bench/fit_slot_align.py on
# the older tuning events of bench/data/conflicts_eval (not the -g16 ones); features in FEATURES
FEATURES = ("bias", "sim", "anchors", "log_ratio", "both_decimal", "lead", "background", "place")
COEF = (2.261, 0.007, -0.165, -1.413, 0.000, 0.000, -0.755, 0.872)
PLACES = True  # cities of aligned clauses (aligned_places) as well as figures
# a clock time written with a dot or "h" ("19.30", "19h30"): no quantity
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.h][0-5]\d")
ENABLED = True  # adopted in session 18: the -g16 check half 11/18 -> 12/18, older tuning precision kept (bench/README)


@dataclass
class Figure:
    value: float
    start: int
    end: int
    decimals: int  # digits after the decimal mark (0: an integer)
    dim: str | None = None  # the dimension of its unit of measure, when one follows ("km" → "m")
    low: float = 0.0
    high: float = 0.0


@dataclass
class Candidate:
    """Two figures of two articles' aligned clauses, the one left unpaired on each side."""

    a: Claim
    b: Claim
    fa: Figure | PlaceValue
    fb: Figure | PlaceValue
    sim: float
    anchors: int  # figures the two clauses share
    lead: bool  # both clauses in their article's lead
    background: bool = False  # either clause is read as background by the rule readers

    @property
    def slot(self) -> str:
        return "where" if isinstance(self.fa, PlaceValue) else "how_many"

    def features(self) -> list[float]:
        fa, fb = self.fa, self.fb
        if isinstance(fa, PlaceValue) or isinstance(fb, PlaceValue):
            return [1.0, self.sim, float(min(self.anchors, 2)), 0.0, 0.0, float(self.lead),
                    float(self.background), 1.0]
        ratio = max(fa.value, fb.value) / max(1e-9, min(fa.value, fb.value))
        return [1.0, self.sim, float(min(self.anchors, 2)), math.log(ratio),
                float(fa.decimals > 0 and fb.decimals > 0), float(self.lead),
                float(self.background), 0.0]

    def confidence(self, coef: Sequence[float] = COEF) -> float:
        z = sum(w * x for w, x in zip(coef, self.features()))
        return 1.0 / (1.0 + math.exp(-z))


def parse_figure(s: str) -> tuple[float, int]:
    """(value, decimals) of a written figure: a separator before exactly three digits groups
    thousands ("42.000", "1,500"), another is the decimal mark ("46,2")."""
    t = re.sub(r"[ \u00a0\u202f]", "", s)
    m = re.fullmatch(r"(\d+)(?:[.,](\d+))?", t)
    if m and m.group(2) is not None and len(m.group(2)) != 3:
        return float(f"{m.group(1)}.{m.group(2)}"), len(m.group(2))
    return float(re.sub(r"[.,]", "", t)), 0


def figures(a: Article, c: Claim) -> list[Figure]:
    """Figures of the clause outside dates, clock times, scores and names (years, days,
    "Skarv-1"; a duration is a quantity), in the unit of their dimension where a unit of
    measure follows ("3,300 feet" → 1,006 m); one figure given in two units is kept once."""
    spans = [(t.start, t.end) for t in a.timexes if t.type != "DURATION"] + \
        [(m.start, m.end) for m in a.entities] + score_spans(c, a.lang)
    out: list[Figure] = []
    age = words.cue("age_cues")
    for m in _FIGURE.finditer(a.text, c.start, c.end):
        if any(s < m.end() and m.start() < e for s, e in spans) or age.match(a.text, m.end(1)) \
                or a.text[m.end(1):m.end(1) + 1] == ",":  # an age in apposition ("Baldan, 46,")
            continue
        v, d = parse_figure(m.group(1))
        unit = measure_after(a.text[m.end(1):m.end(1) + 40], a.lang)
        if v <= 0 or (unit is None and _CLOCK.fullmatch(m.group(1))):
            continue
        f = Figure(v, m.start(1), m.end(1), d)
        f.low, f.high = _bounds(v, d)
        if unit is not None:
            factor = CONVERSIONS[unit][1]
            f.dim = DIMENSION.get(unit) or CONVERSIONS[unit][0] or unit
            sl = slack(unit)
            f.value, f.low, f.high = v * factor, f.low * factor * (1 - sl), f.high * factor * (1 + sl)
        if not any(_agree(f, g) for g in out):
            out.append(f)
    return out


def _bounds(v: float, decimals: int) -> tuple[float, float]:
    """Half a unit of the last written digit each way (trailing zeros of an integer round)."""
    if decimals:
        h = 0.5 * 10 ** -decimals
    else:
        digits = str(int(v))
        h = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0"))) if v >= 10 else 0.5
    return v - h, v + h


def _agree(x: Figure, y: Figure) -> bool:
    """Within each other's bounds, and of one dimension where both have a unit."""
    return x.low <= y.high and y.low <= x.high and (x.dim is None or y.dim is None or x.dim == y.dim)


def _usable(a: Article, c: Claim) -> bool:
    """The gates the rule readers apply to a clause: not provisional (an update), not a part of
    a whole, not denied (a denial is a party's claim: left out of this layer)."""
    return not any(words.own_cue(n, a.lang).search(c.text)
                   for n in ("provisional_cues", "part_cues", "denial_cues"))


def _background(a: Article, c: Claim) -> bool:
    """The clause is read as background by the rule readers (a feature of the model here: a
    clause telling the record and the record it broke is both)."""
    bg = words.own_cue("background_cues", a.lang)
    return bool(bg.search(words.own_cue("background_exceptions", a.lang).sub(" ", c.text))) \
        or dates_earlier(a, c)


def mutual_pairs(idx: dict[str, list[int]], sim: np.ndarray, min_sim: float = MIN_SIM) -> list[tuple[int, int, float]]:
    """Clause pairs of two articles that are each other's closest among the clauses ``idx``
    (per article) and at least ``min_sim`` alike; one matrix pass (a 400-article event has 80,000
    article pairs): each clause's best similarity per other article, by ``maximum.reduceat``."""
    names = sorted(idx)
    order = np.array([i for a in names for i in idx[a]], dtype=int)
    if len(names) < 2 or not len(order):
        return []
    code = np.array([k for k, a in enumerate(names) for _ in idx[a]])
    starts = np.array([0] + list(np.cumsum([len(idx[a]) for a in names])[:-1]))
    S = sim[np.ix_(order, order)].astype(np.float32)
    S[code[:, None] == code[None, :]] = -np.inf
    best = np.maximum.reduceat(S, starts, axis=1)[:, code]  # row's best in the column's article
    ok = (S >= min_sim) & (S == best) & (S == best.T) & (code[:, None] < code[None, :])
    r, c = np.nonzero(ok)
    return [(int(order[i]), int(order[j]), float(S[i, j])) for i, j in zip(r, c)]


def clause_groups(pairs: list[tuple[int, int, float]]) -> list[set[int]]:
    """The clauses that aligned pairs join, transitively (one happening told by several articles)."""
    parent: dict[int, int] = {}

    def find(k: int) -> int:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k
    for i, j, _s in pairs:
        parent[find(i)] = find(j)
    out: dict[int, set[int]] = defaultdict(set)
    for k in parent:
        out[find(k)].add(k)
    return list(out.values())


def candidates(arts: Sequence[Article], claims: Sequence[Claim], sim: np.ndarray,
               facts: Sequence[SlotFact]) -> list[Candidate]:
    """Candidates of every pair of articles: clauses that are each other's closest across the
    two articles (similarity ≥ MIN_SIM) among those stating a figure (or a city), with exactly
    one figure (city) left unpaired on each side once agreeing ones are paired off, neither
    figure taken by a head-noun reader."""
    by_id = {a.id: a for a in arts}
    taken = {(f.article, f.start) for f in facts if f.slot == "how_many"}
    idx: dict[str, list[int]] = {}
    figs: dict[int, list[Figure]] = {}
    every: dict[str, list[Figure]] = {}  # every figure of each article
    bgd: dict[int, bool] = {}
    pos: dict[int, int] = {}  # the clause's rank in its article (0: the first)
    count: dict[str, int] = {}
    usable: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        a = by_id.get(c.article)
        if a is None:
            continue
        pos[i] = count.get(c.article, 0)
        count[c.article] = pos[i] + 1
        fs = figures(a, c)
        every.setdefault(c.article, []).extend(fs)
        if _usable(a, c):
            bgd[i] = _background(a, c)
            usable.setdefault(c.article, []).append(i)
            if fs:
                idx.setdefault(c.article, []).append(i)
                figs[i] = fs
    seen: dict[tuple[int, str], bool] = {}

    def told_in(f: Figure, article: str) -> bool:
        """Whether ``article`` states a figure agreeing with ``f`` anywhere (memoised: near-
        duplicate articles pair the same clauses many times over)."""
        key = (id(f), article)
        if key not in seen:
            seen[key] = any(_agree(f, g) for g in every[article])
        return seen[key]

    out: list[Candidate] = []
    for i, j, s in mutual_pairs(idx, sim):
        cand = _pair(claims[i], claims[j], figs[i], figs[j], s, taken, told_in)
        if cand is not None:
            out.append(cand)
    if PLACES:
        places = AP.places_of(arts, claims, [i for v in usable.values() for i in v], facts)
        pidx = {a: [i for i in v if i in places] for a, v in usable.items()}
        for i, j, s in mutual_pairs({a: v for a, v in pidx.items() if v}, sim):
            pair = AP.place_pair(by_id[claims[i].article], by_id[claims[j].article], places[i], places[j])
            if pair is not None:
                out.append(Candidate(claims[i], claims[j], pair[0], pair[1], s, 0, False))
    kept = []
    at = {c.id: k for k, c in enumerate(claims)}
    for c in out:
        i, j = at[c.a.id], at[c.b.id]
        if bgd[i] and bgd[j]:
            continue  # both clauses tell something earlier (last year's record): background
        c.lead = pos[i] < LEAD and pos[j] < LEAD
        c.background = bgd[i] or bgd[j]
        kept.append(c)
    return kept


def _pair(ca: Claim, cb: Claim, fa: list[Figure], fb: list[Figure], s: float,
          taken: set[tuple[str, int]], told_in: Callable[[Figure, str], bool]) -> Candidate | None:
    """Agreeing figures of the two clauses paired off (anchors), then those the other article
    states anywhere (it tells that figure too); a candidate where one is left on each side."""
    left_b = list(fb)
    left_a = []
    anchors = 0
    for f in fa:
        g = next((g for g in left_b if _agree(f, g)), None)
        if g is None:
            left_a.append(f)
        else:
            left_b.remove(g)
            anchors += 1
    left_a = [f for f in left_a if not told_in(f, cb.article)]
    left_b = [f for f in left_b if not told_in(f, ca.article)]
    if len(left_a) != 1 or len(left_b) != 1:
        return None
    x, y = left_a[0], left_b[0]
    if (ca.article, x.start) in taken and (cb.article, y.start) in taken:
        return None  # both figures read by a head-noun reader: the slot engine judged them
    if max(x.value, y.value) > MAX_RATIO * min(x.value, y.value) or (
            x.dim is not None and y.dim is not None and x.dim != y.dim):
        return None  # not one quantity: figures far apart, or measures of two dimensions
    return Candidate(ca, cb, x, y, s, anchors, False)


def aligned_facts(arts: Sequence[Article], claims: Sequence[Claim], sim: np.ndarray,
                  facts: Sequence[SlotFact]) -> tuple[list[SlotFact], dict[str, float]]:
    """The layer's slot facts (subject ``aligned:<slot>:<n>``, one per slot and group of
    aligned clauses; a figure aligned with one a head-noun reader took takes that reader's
    subject, to be compared with that subject's facts) and the confidence of each subject (its
    most confident candidate)."""
    cands = candidates(arts, claims, sim, facts)
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(k: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    for c in cands:
        parent[find((c.slot, c.a.id))] = find((c.slot, c.b.id))
    by_id = {a.id: a for a in arts}
    out: list[SlotFact] = []
    conf: dict[str, float] = {}
    seen: set[tuple[str, str, int]] = set()
    read = {(f.article, f.start): f for f in facts if f.slot == "how_many"}
    for c in cands:
        subject = f"{SUBJECT}:{c.slot}:{find((c.slot, c.a.id))[1]}"
        head = read.get((c.a.article, c.fa.start)) or read.get((c.b.article, c.fb.start))
        if c.slot == "how_many" and head is not None:
            subject = head.subject  # one figure has a head a reader knows: the other takes it
        conf[subject] = max(conf.get(subject, 0.0), c.confidence())
        for cl, f in ((c.a, c.fa), (c.b, c.fb)):
            if (c.slot, cl.article, f.start) in seen or (c.slot == "how_many" and (cl.article, f.start) in read):
                continue
            seen.add((c.slot, cl.article, f.start))
            a = by_id[cl.article]
            shown = a.text[f.start:f.end]
            common = dict(subject=subject, article=a.id, source=a.source or f"?{a.id}", start=f.start,
                          end=f.end, text=shown, sentence=(cl.start, cl.end),
                          date=a.date.value if a.date else None, context=" ".join(cl.text.split()))
            if isinstance(f, PlaceValue):
                out.append(SlotFact(slot="where", value=f.place.name, key="@" + f.place.id,
                                    subject_label="place", **common))
            else:
                out.append(SlotFact(slot="how_many", value=shown, key=f"{f.value:g}", low=f.low, high=f.high,
                                    exact=f.decimals > 0,
                                    subject_label=head.subject_label if head is not None else "figure", **common))
    return out, conf


Similarity = Callable[[Sequence[Claim]], np.ndarray]
