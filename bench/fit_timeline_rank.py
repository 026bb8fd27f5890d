"""Refit the timeline ranking weights per fold: grid on the fold's tuning topic, then score the
best weights once on its validation topic.

Data: ../shared/eval/crisis-timelines/<topic>, folds from bench/data/timeline_split.json. Grid:
RANK_WEIGHTS["articles"] x ["burst"] x ["retro"] x ["reported"] at 30 dates; among grid points that
tie, the one closest to the committed weights is taken. ``--tune TOPIC`` fits that fold only and
does not score its validation topic (timelines.py reads the held-out figure once, at the end).
Last run (session 10, retro = distinct articles published two days or more after the date):
``--tune egypt`` moved from articles 2.0 / retro 0.5 (40.5 on egypt) to articles 1.0, burst 1.6,
retro 1.0, reported 1.0 (42.4 on egypt; five grid points tie); those weights are committed.

    .venv/bin/python bench/fit_timeline_rank.py [--tune egypt]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import timelines as T  # noqa: E402
from newsweave.compare import timeline as TL  # noqa: E402
from newsweave.enrich.timex import extract_timexes  # noqa: E402

GRID = {"articles": [1.0, 2.0, 3.0], "burst": [0.8, 1.6, 2.4], "retro": [0.0, 0.5, 1.0, 1.5],
        "reported": [1.0, 0.5]}


def _f1(topic: str, arts: list, weights: dict) -> float:
    TL.RANK_WEIGHTS.update(weights)
    r = T._score([T._predict(topic, arts, 30)], None)
    return 100 * r["per_topic"][topic]["date_f1"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", default="", help="fit on this topic's fold only, without scoring its "
                    "validation topic (the held-out score is read once, at the end, by timelines.py)")
    args = ap.parse_args()
    folds = json.loads(T.SPLIT.read_text(encoding="utf-8"))["folds"]
    if args.tune:
        folds = [f for f in folds if f["tune"] == args.tune]
    corpora = {}
    for topic in {t for f in folds for t in ((f["tune"],) if args.tune else (f["tune"], f["validate"]))}:
        arts = T.load_topic(topic)
        for a in arts:
            a.timexes = extract_timexes(a.text, a.lang, a.date)
        corpora[topic] = arts
    committed = dict(TL.RANK_WEIGHTS)
    for f in folds:
        tune, val = f["tune"], f["validate"]
        best, best_f1 = committed, _f1(tune, corpora[tune], committed)
        print(f"fold tune {tune}: committed weights {best_f1:.1f}", flush=True)
        for combo in itertools.product(*GRID.values()):
            w = dict(committed, **dict(zip(GRID, combo)))
            sc = _f1(tune, corpora[tune], w)
            if sc > best_f1 + 1e-9:
                best, best_f1 = w, sc
        picked = {k: best[k] for k in GRID}
        ties = [dict(zip(GRID, c)) for c in itertools.product(*GRID.values())
                if abs(_f1(tune, corpora[tune], dict(committed, **dict(zip(GRID, c)))) - best_f1) < 1e-9]
        # among equally good grid points, the one closest to the committed weights (least change)
        closest = min(ties, key=lambda t: sum(abs(t[k] - committed[k]) for k in GRID))
        print(f"  best on {tune}: {picked} Date-F1 {best_f1:.1f}; {len(ties)} grid points tie, "
              f"closest to the committed weights: {closest}", flush=True)
        best = dict(committed, **closest)
        if not args.tune:
            print(f"  validated on {val}: {_f1(val, corpora[val], best):.1f} "
                  f"(committed {_f1(val, corpora[val], committed):.1f})", flush=True)
        TL.RANK_WEIGHTS.update(committed)


if __name__ == "__main__":
    main()
