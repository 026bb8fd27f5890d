"""The (not adopted) per-topic normalisation experiment for timelines, on the tuning topic only.

Why: weights fitted on one topic may not transfer when a feature's scale differs between topics (a
larger or longer corpus gives every day more retrospective tellings or more coverage). Here each
term of the ranking score (log(1 + count) per feature, as compare/timeline_rank.rank_score forms
them) is normalised over the candidate days of the corpus being ranked before it is weighted:
``raw`` (as committed), ``z`` (z-score of the term within the corpus) or ``rank`` (the term's
mid-rank percentile within the corpus). Each is scored under the committed weights and under its
own best point of bench/fit_timeline_rank.py's grid (the weights were fitted on raw terms); days
outside the coverage period rank after all others (a scale factor means nothing for a z-score).
Objective and corpora as bench/fit_timeline_rank.py (whole topic, each language left out, the
three phases). Last run (session 15, egypt; objective, whole topic in brackets): committed weights
raw 39.3 (42.2), z 38.6 (40.8), rank 37.3 (38.8); each refitted: raw 39.3 (42.2, the committed
weights), z 39.2 (42.8), rank 38.5 (44.5): no gain on the tuning topic's objective, not adopted.

    .venv/bin/python bench/timeline_normalise.py [--tune egypt] [--cache DIR]
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import math
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import fit_timeline_rank as F  # noqa: E402
import timelines as T  # noqa: E402
from newsweave.compare import timeline as TL  # noqa: E402
from newsweave.compare.timeline_rank import DayEvidence, rank_score  # noqa: E402


def terms(ev: DayEvidence, w: dict) -> dict[str, float]:
    """The unweighted log terms of rank_score (its sum, weighted, is rank_score at day precision)."""
    n = ev.leads + w["reported"] * (ev.tellings - ev.leads)
    eff = n - (1 - w["future"]) * min(ev.future, n)
    return {"articles": math.log1p(max(eff, 0)), "sources": math.log1p(ev.sources),
            "languages": math.log1p(max(ev.languages - 1, 0)), "events": math.log1p(max(ev.events - 1, 0)),
            "burst": math.log1p(ev.burst), "retro": math.log1p(ev.retro),
            "coverage": math.log1p(ev.coverage), "recalled": math.log1p(ev.recalled),
            "chronicle": math.log1p(ev.chronicles)}


def _normaliser(values: list[float], how: str):
    if how == "raw":
        return lambda x: x
    if how == "z":
        mu = statistics.fmean(values)
        sd = statistics.pstdev(values) or 1.0
        return lambda x: (x - mu) / sd
    ordered = sorted(values)
    return lambda x: (bisect.bisect_left(ordered, x) + bisect.bisect_right(ordered, x)) / (2 * len(ordered))


Terms = dict[str, tuple[dict[str, float], bool]]  # day -> (normalised terms, inside the period)


def normalised(evidence: dict, how: str, w: dict) -> Terms:
    """The normalised terms of each day candidate of one corpus (``w`` gives reported/future)."""
    days = {d: (terms(ev, w), inside) for d, (_, ev, inside) in evidence.items() if len(d) == 10}
    for d, (_, ev, _inside) in evidence.items():
        if len(d) == 10:
            assert abs(sum(w[k] * v for k, v in days[d][0].items()) - rank_score(ev, 1.0, w)) < 1e-9
    norm = {k: _normaliser([t[k] for t, _ in days.values()], how) for k in next(iter(days.values()))[0]}
    return {d: ({k: norm[k](v) for k, v in t.items()}, inside) for d, (t, inside) in days.items()}


def order(days: Terms, w: dict) -> list[str]:
    """The days in rank order: inside the coverage period first, then by weighted terms."""
    score = {d: sum(w[k] * v for k, v in t.items()) for d, (t, _) in days.items()}
    return sorted(days, key=lambda d: (not days[d][1], -score[d], d))


def f1(topic: str, ranking: list[str], gold: list[dict] | None) -> float:
    """Date-F1 of the first SIZE days of ``ranking`` (gold None: the topic's references)."""
    pred = {"topic": topic, "timeline": [{"date": d, "sentences": []} for d in ranking[:F.SIZE]]}
    res = F.SCORE(gold if gold is not None else [g for g in F.GOLD if g["topic"] == topic], [pred])
    return 100 * res["per_topic"][topic]["date_f1"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", default="egypt", help="the tuning topic of a fold (data/timeline_split.json)")
    ap.add_argument("--cache", default=None, help="folder keeping the extracted articles per topic")
    args = ap.parse_args()
    corpora = F._corpora(args.tune, T.load_extracted(args.tune, args.cache))
    w = dict(TL.RANK_WEIGHTS)
    for how in ("raw", "z", "rank"):
        days = {name: (normalised(ev, how, w), gold) for name, (ev, gold) in corpora.items()}

        def objective(weights: dict) -> dict[str, float]:
            return {name: f1(args.tune, order(t, weights), gold) for name, (t, gold) in days.items()}
        parts = objective(w)
        print(f"{how:4} committed weights: objective {sum(parts.values()) / len(parts):.1f} ("
              + " ".join(f"{k} {v:.1f}" for k, v in parts.items()) + ")", flush=True)
        grid = [dict(w, **dict(zip(F.GRID, c))) for c in itertools.product(*F.GRID.values())]
        best = max(grid, key=lambda g: sum(objective(g).values()))
        parts = objective(best)
        print(f"{how:4} refitted {({k: best[k] for k in F.GRID})}: objective "
              f"{sum(parts.values()) / len(parts):.1f} (all {parts['all']:.1f})", flush=True)


if __name__ == "__main__":
    main()
