"""Refit the timeline ranking weights per fold: grid on the fold's tuning topic, then score the
best weights once on its validation topic.

Data: ../shared/eval/crisis-timelines/<topic>, folds from bench/data/timeline_split.json. Grid:
RANK_WEIGHTS["articles"] x ["burst"] x ["retro"] x ["recalled"] x ["coverage"] x ["chronicle"] at
30 dates.
Objective, on the tuning topic only: the mean Date-F1 over the whole topic, the topic with each of
its languages left out in turn (a weight set must still hold when a third of the coverage is
missing, so that it fits the story rather than one corpus' make-up), and three *phases* of the
story, so that a weight set fits a story whatever part of its life the corpus covers rather than
the one time profile of the tuning topic: the story *as known halfway* (the articles published up
to the topic's median publication date, scored against the reference dates up to that day: less
hindsight, fewer retrospective tellings and recalls), *its first third* (the same up to the first
tercile of publication dates: the opening months, dense day-by-day coverage) and *its later half*
(the days after the median publication date, from all articles, against the reference dates after
it: a story whose early history is background). Among grid points that tie, the one closest to
the committed weights is taken. ``--tune TOPIC`` fits that fold only and does not score its validation
topic (the held-out figure is read once, at the end). Evidence per date is computed once per corpus
(compare.timeline.timeline_evidence) and re-ranked under each weight set (date_score).
Last run (session 15, articles cleaned and near-copies linked as the pipeline does, coverage and
the three phases added): ``--tune egypt`` objective 39.3 (committed weights before it 38.2; whole
egypt 42.2, was 42.5; halfway 40.7, first third 38.3, later half 41.5) at articles 0.5, burst 0.5,
retro 2.0, recalled 1.0, coverage 1.0, the only best grid point; these are the committed weights.
Both folds, same design, scored once at the end: egypt-fitted weights on libya 27.5 (held-out; was
27.9); the libya fold picks articles 2.0, burst 0.5, retro 2.0, recalled 0, coverage 1.0 (objective
32.3 against 31.5 under the egypt weights, whole libya 28.9 against 27.5), which score egypt 39.5
(held-out; was 38.5). Even its own fitted weights leave libya near 29: there the gap is not the
transfer of weights.
Session 15, second run (chronologies in articles: their entries are happenings and the days they
list count as ``chronicles``; Spanish "la mañana" is no tomorrow; readers' comments are
boilerplate): ``--tune egypt`` keeps the committed weights, chronicle 0 (objective 39.3, whole egypt
42.2; three grid points tie, the closest to the committed weights is taken); they score libya 27.1
(libya was studied in that session, so this direction is no longer held-out). The libya fold
picks articles 0.5, burst 1.0, retro 2.0, recalled 1.0, coverage 0.5, chronicle 4.0 (objective 34.3
against 31.8 under the egypt weights; whole libya 30.7, was 28.9 with its own weights before the
session), which score egypt 41.4 (held-out, scored once; was 39.5).
Session 13: objective 38.9 (whole egypt 44.4) at articles 1.0, burst 1.0, retro 2.0, recalled 2.0.

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
        "recalled": [0.0, 0.5, 1.0, 2.0], "coverage": [0.0, 0.5, 1.0, 2.0],
        "chronicle": [0.0, 1.0, 2.0, 4.0, 8.0]}
SIZE = 30


def _scorer():
    """The eval scorer's timeline function, imported in-process (the grid scores many timelines)."""
    spec = importlib.util.spec_from_file_location("eval_score", T.SCORER)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod.score_timeline


SCORE = _scorer()
Corpus = tuple[dict, list[dict] | None]  # evidence per date, references (None: the topic's)
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


def _cut_day(arts: list, share: float) -> str:
    """The publication date below which ``share`` of the dated articles lie."""
    dated = sorted(a.date.value for a in arts if a.date is not None)
    return dated[int(len(dated) * share)]


def _cut_gold(gold: list[dict], keep) -> list[dict]:
    """Each reference with only the dates ``keep`` accepts (a reference left empty is dropped)."""
    cut = [dict(g, timeline=[e for e in g["timeline"] if keep(e["date"])]) for g in gold]
    return [g for g in cut if g["timeline"]]


def halfway(arts: list, gold: list[dict], share: float = 0.5) -> tuple[list, list[dict]]:
    """The story as known part way (``share`` of its articles, default half): the articles
    published up to that publication date, and each reference cut at that day (a reference with no
    date by then is left out)."""
    cut = _cut_day(arts, share)
    return ([a for a in arts if a.date is not None and a.date.value <= cut],
            _cut_gold(gold, lambda d: d <= cut))


def later_half(evidence: dict, arts: list, gold: list[dict]) -> Corpus:
    """The story's later half: the candidate days after the median publication date (evidence from
    all articles) and the references cut to those days."""
    cut = _cut_day(arts, 0.5)
    return {d: v for d, v in evidence.items() if d > cut}, _cut_gold(gold, lambda d: d > cut)


def _corpora(topic: str, arts: list) -> dict[str, Corpus]:
    """Evidence of the whole topic, of the topic without each of its languages, and of the story's
    phases (halfway, first third, later half; with their cut references)."""
    langs = sorted({a.lang for a in arts if a.lang})
    out: dict[str, Corpus] = {"all": (TL.timeline_evidence(arts, granularities=("day",)), None)}
    for lang in langs:
        out[f"without {lang}"] = (TL.timeline_evidence([a for a in arts if a.lang != lang],
                                                       granularities=("day",)), None)
    gold = [g for g in GOLD if g["topic"] == topic]
    for name, share in (("halfway", 0.5), ("first third", 1 / 3)):
        part_arts, part_gold = halfway(arts, gold, share)
        out[name] = (TL.timeline_evidence(part_arts, granularities=("day",)), part_gold)
    out["later half"] = later_half(out["all"][0], arts, gold)
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
