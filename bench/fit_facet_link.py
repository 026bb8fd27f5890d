"""Fit the facet-link thresholds of event linking (``facet_avg_min``, ``facet_top_min`` of
src/newsweave/link/event_config.py, used by src/newsweave/link/event_facets.py) on the ECB+
TUNING topics only (bench/data/ecbplus_split.json).

    .venv/bin/python bench/fit_facet_link.py --workdir /tmp/x            # PAIR_LOGIT, all tuning topics
    .venv/bin/python bench/fit_facet_link.py --workdir /tmp/x --cross    # how the committed pair was picked

Data: ../shared/eval/ecbplus-events, docs of the tuning topics, analysed up to entity resolution
as in bench/event_errors.py (pickled and vectors cached in the workdir). The tuning docs are one
batch (fewer than ``batch_chunk``): their events are the batch clustering, so the pairwise scores
and the average-linkage groups are computed once and each threshold pair only redoes the facet
step. Grid: facet_avg_min 0.10–0.45 by 0.05, facet_top_min 0.40–0.90 by 0.05; a pick maximises
B-cubed F1, ties going to the stricter pair (higher thresholds: fewer joins). The script prints
the grids and the picks; it never writes the constants.

``--cross``: each inner half of the tuning topics (bench/data/ecbplus_inner_split.json) is
clustered with the pair coefficients fitted on the other half (bench/fit_pair_logit.py, C=1), as
the committed PAIR_LOGIT meets topics it was not fitted on; the picks on each half and on the mean
of the two are printed with both halves' figures. The thresholds were first fitted in-sample
against the PAIR_LOGIT of their day (0.30 / 0.60, commit 6fd5e03, before the protagonist_clash
refit) and trusted that model's confident scores; across halves the scores of true links are lower.
Session 19 committed the pick on the mean, 0.20 / 0.45 (a 0.9625 -> 0.9673, b 0.9321 -> 0.9462);
the in-sample pick with today's PAIR_LOGIT is 0.20 / 0.50 (0.9653 on all tuning topics, as is
0.20 / 0.45), and the pick on half a alone (0.30 / 0.55) leaves half b at 0.9321.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))


def batch_groups(feats, cfg, linkage: str = "average") -> tuple[np.ndarray, list[list[int]]]:
    """Pairwise scores of one batch and its groups (before the facet step): ``linkage`` cut at
    ``cfg.pair_threshold``, as :func:`newsweave.link.event_batch.cluster_batch` does (average)."""
    from sklearn.cluster import AgglomerativeClustering

    from newsweave.link.event_batch import pairwise_scores
    S = pairwise_scores(feats, cfg)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                     distance_threshold=1.0 - cfg.pair_threshold).fit_predict(
        np.clip(1.0 - S, 0.0, 2.0))
    base: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        base.setdefault(int(lab), []).append(i)
    return S, list(base.values())


AVGS = [round(x, 2) for x in np.arange(0.10, 0.451, 0.05)]
TOPS = [round(x, 2) for x in np.arange(0.40, 0.901, 0.05)]


def grid(S: np.ndarray, groups0: list[list[int]], cfg, f1) -> dict[tuple[float, float], float]:
    """B-cubed F1 (``f1`` of the groups) after the facet step, for each threshold pair."""
    from newsweave.link.event_facets import facet_joins
    return {(a, t): f1(facet_joins(S, groups0, replace(cfg, facet_avg_min=a, facet_top_min=t)))
            for a in AVGS for t in TOPS}


def show(title: str, g: dict[tuple[float, float], float]) -> None:
    print(title)
    print("avg_min \\ top_min " + "".join(f"{t:>8.2f}" for t in TOPS))
    for a in AVGS:
        print(f"{a:>17.2f} " + "".join(f"{g[(a, t)]:>8.4f}" for t in TOPS))


def pick(g: dict[tuple[float, float], float]) -> tuple[float, float]:
    """The best threshold pair, ties going to the stricter one (higher thresholds: fewer joins)."""
    return max(g, key=lambda k: (round(g[k], 9), k))


def tuning_batch(workdir: Path):
    """The ECB+ tuning docs analysed (cached under ``workdir``), their gold, the embedder, the
    event linker and the docs' features as one batch: what every fit over the batch clustering
    starts from."""
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(workdir / "vectors.db"))
    import event_errors as ee
    from fit_pair_logit import tuning_docs

    from newsweave.enrich.embed import Embedder
    from newsweave.link.event_linker import EventLinker
    from newsweave.store import open_store

    docs, gold = tuning_docs()
    arts = ee.analysed(docs, workdir / "tuning_read.pkl")
    emb = Embedder(None, shared=open_store(os.environ["NEWSWEAVE_VECTOR_CACHE"]))
    linker = EventLinker.for_embedder(emb, None)
    assert len(arts) <= linker.cfg.batch_chunk, "the tuning docs must be one batch for this fit"
    feats = linker.features(arts, emb.embed_articles(arts), update_stats=True)
    return docs, gold, arts, emb, linker, feats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", required=True, type=Path)
    ap.add_argument("--group-max", type=int, default=None, help="facet_group_max (default: the config's)")
    ap.add_argument("--cross", action="store_true",
                    help="score each inner half with pair coefficients fitted on the other half")
    args = ap.parse_args()
    docs, gold, arts, emb, linker, feats = tuning_batch(args.workdir)
    import event_errors as ee
    from fit_pair_logit import fit, pair_data

    cfg = linker.cfg if args.group_max is None else replace(linker.cfg, facet_group_max=args.group_max)
    ids = [f.ext_id for f in feats]

    def f1_of(scored: dict[str, str]):
        def f1(groups: list[list[int]]) -> float:
            pred = {ids[i]: str(k) for k, g in enumerate(groups) for i in g}
            return ee.b3(pred, scored)[2]
        return f1

    now = (cfg.facet_avg_min, cfg.facet_top_min)
    if not args.cross:
        S, groups0 = batch_groups(feats, cfg)
        f1 = f1_of(gold)
        print(f"ECB+ tuning topics: {len(ids)} docs; average linkage alone: B3 F1 {f1(groups0):.4f}, "
              f"{len(groups0)} events (facet_group_max {cfg.facet_group_max}, top_k {cfg.facet_top_k})")
        g = grid(S, groups0, cfg, f1)
        show("events B3 F1 (PAIR_LOGIT, all tuning topics)", g)
        best = pick(g)
        print(f"pick: facet_avg_min {best[0]:.2f}, facet_top_min {best[1]:.2f} → B3 F1 {g[best]:.4f}")
        return
    X, y, half, _ = pair_data(arts, emb, gold)
    halves = ee.inner_halves(docs)
    grids = {}
    for h, other in (("a", "b"), ("b", "a")):
        coef = fit(X[half == other], y[half == other])
        S, groups0 = batch_groups(feats, replace(cfg, pair_logit=coef))
        grids[h] = grid(S, groups0, cfg, f1_of({i: gold[i] for i in halves[h]}))
        show(f"half {h} (pair coefficients fitted on half {other}): events B3 F1", grids[h])
    mean = {k: (grids["a"][k] + grids["b"][k]) / 2 for k in grids["a"]}
    for name, g in (("half a", grids["a"]), ("half b", grids["b"]), ("mean of the halves", mean)):
        best = pick(g)
        print(f"pick on {name}: facet_avg_min {best[0]:.2f}, facet_top_min {best[1]:.2f} → "
              f"a {grids['a'][best]:.4f}, b {grids['b'][best]:.4f}")
    if now in grids["a"]:
        print(f"now ({now[0]:.2f}, {now[1]:.2f}): a {grids['a'][now]:.4f}, b {grids['b'][now]:.4f}")


if __name__ == "__main__":
    main()
