"""Refit the timeline ranking weights per fold: grid on the fold's tuning topic, then score the
best weights once on its validation topic.

Data: ../shared/eval/crisis-timelines/<topic>, folds from bench/data/timeline_split.json. Grid:
RANK_WEIGHTS["articles"] x ["burst"] x ["retro"] x ["recalled"] at 30 dates. Objective, on the
tuning topic only: the mean Date-F1 over the whole topic, the topic with each of its languages
left out in turn (a weight set must still hold when a third of the coverage is missing, so that it
fits the story rather than one corpus' make-up) and the story *as known halfway*: the articles
published up to the topic's median publication date, scored against the reference dates up to
that day (a weight set must also hold for a story still unfolding, with less hindsight: fewer
retrospective tellings and recalls). Among grid points that tie, the one closest to the
committed weights is taken. ``--tune TOPIC`` fits that fold only and does not score its validation
topic (the held-out figure is read once, at the end). Evidence per date is computed once per corpus
(compare.timeline.timeline_evidence) and re-ranked under each weight set (date_score).
Last run (session 13): ``--tune egypt`` objective 38.9 (whole egypt 44.4, halfway 38.9) at
articles 1.0, burst 1.0, retro 2.0, recalled 2.0, the committed weights, now the only best grid
point (session 11, without the halfway story, articles 0.5 tied with them).

    .venv/bin/python bench/fit_timeline_rank.py [--tune egypt] [--cache DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import timelines as T  # noqa: E402
from newsweave.compare import timeline as TL  # noqa: E402

GRID = {"articles": [0.5, 1.0, 2.0], "burst": [0.0, 0.5, 1.0, 2.0], "retro": [0.0, 0.5, 1.0, 2.0],
        "recalled": [0.0, 0.5, 1.0, 2.0]}
SIZE = 30


def _scorer():
    """The eval scorer's timeline function, imported in-process (the grid scores many timelines)."""
    spec = importlib.util.spec_from_file_location("eval_score", T.SCORER)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod.score_timeline


SCORE = _scorer()
GOLD = [json.loads(line) for line in (T.EVAL / "timelines.jsonl").open(encoding="utf-8")]


def _f1(topic: str, evidence: dict, weights: dict, gold: list[dict] | None = None) -> float:
    """Date-F1 of the top SIZE dates ranked under ``weights`` (selection as in build_timeline)
    against ``gold`` (default: the topic's references)."""
    w = dict(TL.RANK_WEIGHTS, **weights)
    pts = [TL.TimelinePoint(d, TL._gran(d), "happened", "", score=TL.date_score(d, ev, inside, w))
           for d, (_, ev, inside) in evidence.items() if len(d) == 10]
    pts.sort(key=lambda p: (-p.score, p.date))
    pred = {"topic": topic, "timeline": [{"date": p.date, "sentences": []}
                                         for p in TL._diverse(pts, SIZE)]}
    res = SCORE(gold if gold is not None else [g for g in GOLD if g["topic"] == topic], [pred])
    return 100 * res["per_topic"][topic]["date_f1"]


Corpus = tuple[dict, list[dict] | None]  # evidence per date, references (None: the topic's)


def halfway(arts: list, gold: list[dict]) -> tuple[list, list[dict]]:
    """The story as known halfway: the articles published up to the median publication date, and
    each reference cut at that day (a reference with no date by then is left out)."""
    dated = sorted(a.date.value for a in arts if a.date is not None)
    cut = dated[len(dated) // 2]
    cut_gold = [dict(g, timeline=[e for e in g["timeline"] if e["date"] <= cut]) for g in gold]
    return ([a for a in arts if a.date is not None and a.date.value <= cut],
            [g for g in cut_gold if g["timeline"]])


def _corpora(topic: str, arts: list) -> dict[str, Corpus]:
    """Evidence of the whole topic, of the topic without each of its languages, and of the story
    as known halfway (with its cut references)."""
    langs = sorted({a.lang for a in arts if a.lang})
    out: dict[str, Corpus] = {"all": (TL.timeline_evidence(arts, granularities=("day",)), None)}
    for lang in langs:
        out[f"without {lang}"] = (TL.timeline_evidence([a for a in arts if a.lang != lang],
                                                       granularities=("day",)), None)
    half_arts, half_gold = halfway(arts, [g for g in GOLD if g["topic"] == topic])
    out["halfway"] = (TL.timeline_evidence(half_arts, granularities=("day",)), half_gold)
    return out


def _objective(topic: str, corpora: dict[str, Corpus], weights: dict) -> float:
    return sum(_f1(topic, ev, weights, gold) for ev, gold in corpora.values()) / len(corpora)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", default="", help="fit on this topic's fold only, without scoring its "
                    "validation topic (the held-out score is read once, at the end)")
    ap.add_argument("--cache", default=None, help="folder keeping the extracted articles per topic")
    args = ap.parse_args()
    folds = json.loads(T.SPLIT.read_text(encoding="utf-8"))["folds"]
    if args.tune:
        folds = [f for f in folds if f["tune"] == args.tune]
    committed = {k: TL.RANK_WEIGHTS[k] for k in GRID}
    for f in folds:
        tune, val = f["tune"], f["validate"]
        corpora = _corpora(tune, T.load_extracted(tune, args.cache))
        base = _objective(tune, corpora, committed)
        print(f"fold tune {tune} (data: {tune} only; objective = mean Date-F1@{SIZE} over "
              f"{', '.join(corpora)}): committed weights {committed} {base:.1f} "
              f"(whole topic {_f1(tune, corpora['all'][0], committed):.1f})", flush=True)
        scored = [(dict(zip(GRID, c)), 0.0) for c in itertools.product(*GRID.values())]
        scored = [(w, _objective(tune, corpora, w)) for w, _ in scored]
        best = max(s for _, s in scored)
        ties = [w for w, s in scored if abs(s - best) < 1e-9]
        # among equally good grid points, the one closest to the committed weights (least change)
        picked = min(ties, key=lambda t: sum(abs(t[k] - committed[k]) for k in GRID))
        print(f"  best on {tune}: {picked} objective {best:.1f} (whole topic "
              f"{_f1(tune, corpora['all'][0], picked):.1f}); {len(ties)} grid points tie", flush=True)
        for name, (ev, gold) in corpora.items():
            print(f"    {tune} {name}: {_f1(tune, ev, picked, gold):.1f}", flush=True)
        if not args.tune:
            ev_val = TL.timeline_evidence(T.load_extracted(val, args.cache), granularities=("day",))
            print(f"  validated on {val}: {_f1(val, ev_val, picked):.1f} (held-out; committed "
                  f"weights {_f1(val, ev_val, committed):.1f})", flush=True)


if __name__ == "__main__":
    main()
