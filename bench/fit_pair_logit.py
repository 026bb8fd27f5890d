"""Fit the logistic pair score of event linking (``PAIR_LOGIT`` in src/newsweave/link/event_config.py)
from the ECB+ TUNING topics only (bench/data/ecbplus_split.json), and compare it with the constants.

    .venv/bin/python bench/fit_pair_logit.py            # fit, print coefficients and fit quality
    .venv/bin/python bench/fit_pair_logit.py --bench    # + event B-cubed on the tuning topics, both sets
    .venv/bin/python bench/fit_pair_logit.py --balance --cross --bench --workdir /tmp/x   # cross-half check

Data: ../shared/eval/ecbplus-events (docs.jsonl, gold.jsonl); only docs of the tuning topics are
read. They go through the pipeline up to entity resolution (clean, dedup, timex, entities,
resolve; an in-memory store, vectors from $NEWSWEAVE_VECTOR_CACHE, default bench/out/vectors.db),
then the linker's own features (:func:`newsweave.link.event_features.article_features`, document
frequencies over the tuning docs).

Pairs: every pair of tuning docs in the same language whose hand-weighted score (the weighted mean
plus lead-year / figure adjustment of :func:`newsweave.link.event_scoring.score`, with
``pair_logit=None``) exceeds 0.2. Label: both docs in the same gold event. Features, exactly as
:func:`newsweave.link.event_scoring.pair_logit` combines them: calibrated embedding cosine,
calibrated lexical cosine, calibrated specifics cosine (or the mean of the two when not
comparable), entity-id overlap (min(1, cos / ent_hi), or the mean of the others when absent),
lead years shared / in conflict (indicators), figures cosine and "both have figures" (indicator),
the two reports are about different people (indicator, :mod:`newsweave.link.event_protagonist`).
Model: L2 logistic regression, C=1 (scikit-learn, lbfgs), coefficients rounded to 2 decimals.
``--balance`` weighs the pairs so that every topic pair (both docs of one topic, or of two given
topics) carries the same total weight (:func:`topic_weights`).

``--cross``: the same fit on each inner half of the tuning topics (bench/data/ecbplus_inner_split.json:
a = topic id mod 4 = 1, b = mod 4 = 3), scored on the other half (pair log-loss / AUC and, with
``--bench``, event B-cubed of each half with each coefficient set): whether the coefficients carry
over to topics they were not fitted on. The events are clustered over all tuning docs at once (as the
CLI clusters a whole corpus) and only the other half is scored. ``--workdir`` reuses the analysed
docs that bench/event_errors.py keeps there.

The script never writes the constants: it prints the refit next to ``PAIR_LOGIT`` so a person can
decide (a change of the constants is a tuning change and is named as such in its commit).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
ECB = SHARED / "eval" / "ecbplus-events"
SPLIT = ROOT / "bench" / "data" / "ecbplus_split.json"
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(OUT / "vectors.db"))

FEATURES = ("emb", "lex", "names", "ent", "year_share", "year_conflict", "fig", "fig_has",
            "protagonist_clash")
MIN_HAND_SCORE = 0.2


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def tuning_docs() -> tuple[list[dict], dict[str, str]]:
    tune = set(json.loads(SPLIT.read_text(encoding="utf-8"))["tuning"])
    gold = {r["id"]: r for r in read_jsonl(ECB / "gold.jsonl")}
    docs = [d for d in read_jsonl(ECB / "docs.jsonl") if gold[d["id"]]["topic"] in tune]
    return docs, {d["id"]: gold[d["id"]]["event"] for d in docs}


def as_read(docs: list[dict]) -> list:
    """The docs as ``newsweave analyze docs.jsonl`` reads them: through the JSON Lines reader,
    which also takes date headers, bylines and titles out of the text. Articles built field by
    field skip that step, and the events stage then sees other dates than the CLI does."""
    from newsweave.ingest import read_bytes
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    rejected: list[tuple[str, str]] = []
    arts = read_bytes(data, "tuning.jsonl", lambda origin, reason: rejected.append((origin, reason)))
    if rejected or len(arts) != len(docs):
        raise SystemExit(f"the reader rejected tuning docs: {rejected[:3]}")
    return arts


def analysed(docs: list[dict]):
    """The tuning docs analysed up to entity resolution, in an in-memory store."""
    from newsweave.pipeline import PipelineConfig, analyze_corpus
    from newsweave.store.sqlite import SQLiteRepository
    repo = SQLiteRepository(":memory:")
    arts = as_read(docs)
    cfg = PipelineConfig(stages=("clean", "dedup", "timex", "entities", "resolve"))
    res = analyze_corpus(repo, arts, config=cfg)
    return repo, res.articles


def pair_features(a, b, cfg) -> tuple[float, list[float]]:
    """(hand score, logit features) of two article profiles, as event_scoring computes them."""
    from newsweave.link.event_features import sparse_cos
    from newsweave.link.event_protagonist import clash
    from newsweave.link.event_scoring import Profile, _cal, score
    pa, pb = Profile.of(a), Profile.of(b)
    s, parts = score(pa, pb, cfg)
    if "lex" not in parts:
        return s, []
    emb = _cal(parts["cos"], cfg.emb_lo, cfg.emb_hi)
    lex = _cal(parts["lex"], cfg.lex_lo, cfg.lex_hi)
    nm, ent = parts.get("names"), parts.get("ent")
    names = (emb + lex) / 2 if nm is None else _cal(nm, cfg.names_lo, cfg.names_hi)
    entf = (((emb + lex + names) / 3 if nm is not None else names) if ent is None
            else min(1.0, ent / cfg.ent_hi))
    ys = bool(pa.years and pb.years and pa.years & pb.years)
    yc = bool(pa.years and pb.years and not pa.years & pb.years)
    both_figs = bool(pa.figs and pb.figs)
    fig = sparse_cos(pa.figs, pb.figs) if both_figs else 0.0
    pc = clash(pa.protagonist, pa.people, pb.protagonist, pb.people)
    return s, [emb, lex, names, entf, float(ys), float(yc), fig, float(both_figs), float(pc)]


def pair_data(arts, emb, gold: dict[str, str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(features, same-event labels, inner half of each pair: "a", "b" or "across", topic pair)
    of the same-language pairs of ``arts`` whose hand score exceeds MIN_HAND_SCORE."""
    from newsweave.link.event_linker import EventLinker
    linker = EventLinker.for_embedder(emb, {"pair_logit": None})
    feats = linker.features(arts, emb.embed_articles(arts), update_stats=True)
    X, y, half, groups = [], [], [], []
    inner = inner_topics()
    for i in range(len(feats)):
        for j in range(i + 1, len(feats)):
            if feats[i].lang != feats[j].lang:
                continue
            s, x = pair_features(feats[i], feats[j], linker.cfg)
            if not x or s <= MIN_HAND_SCORE:
                continue
            X.append(x)
            y.append(gold[feats[i].ext_id] == gold[feats[j].ext_id])
            ti, tj = (feats[k].ext_id.split("_")[0] for k in (i, j))
            half.append(next((h for h, ts in inner.items() if ti in ts and tj in ts), "across"))
            groups.append("|".join(sorted((ti, tj))))
    return np.array(X), np.array(y), np.array(half), np.array(groups)


def inner_topics() -> dict[str, set[str]]:
    """The two inner halves of the tuning topics (bench/data/ecbplus_inner_split.json)."""
    d = json.loads((ROOT / "bench" / "data" / "ecbplus_inner_split.json").read_text(encoding="utf-8"))
    return {"a": set(d["a"]), "b": set(d["b"])}


def fit(X: np.ndarray, y: np.ndarray, C: float = 1.0, weight: np.ndarray | None = None) -> dict:
    """L2 logistic regression (inverse strength ``C``; ``weight``: per pair), coefficients
    rounded to 2 decimals."""
    from sklearn.linear_model import LogisticRegression
    m = LogisticRegression(C=C, max_iter=2000).fit(X, y, sample_weight=weight)
    return {"bias": round(float(m.intercept_[0]), 2),
            **{k: round(float(c), 2) for k, c in zip(FEATURES, m.coef_[0])}}


def topic_weights(groups: np.ndarray) -> np.ndarray:
    """Per-pair weights giving each topic pair (``groups``: "t1|t2" per pair) the same total
    weight, mean 1: a topic of 40 articles has 780 pairs, one of 12 has 66, and without weights
    the few large topics decide the coefficients for every other."""
    _, inv, counts = np.unique(groups, return_inverse=True, return_counts=True)
    w = 1.0 / counts[inv]
    return w * len(w) / w.sum()


def cross_fit(X: np.ndarray, y: np.ndarray, half: np.ndarray, arts, gold: dict[str, str],
              bench: bool, strengths: list[float], groups: np.ndarray | None) -> None:
    """For each regularisation ``C``: fit on each inner half, score on the other (pairs, and the
    events of the other half with ``bench``); the committed constants are scored alongside (they
    were fitted on both halves, so their figure is not a cross-half one)."""
    from newsweave.link.event_config import PAIR_LOGIT
    topic = {a.id: a.id.split("_")[0] for a in arts}
    halves = inner_topics()

    def events_b3(h: str, coef: dict) -> float:
        # all tuning docs clustered together (as the CLI clusters a whole corpus), half h scored
        return bench_tuning(arts, None, {a.id: gold[a.id] for a in arts if topic[a.id] in halves[h]}, coef)

    def fit_half(h: str, C: float) -> dict:
        sel = half == h
        return fit(X[sel], y[sel], C, None if groups is None else topic_weights(groups[sel]))

    other = {"a": "b", "b": "a"}
    rows = [("PAIR_LOGIT", None, {"a": PAIR_LOGIT, "b": PAIR_LOGIT})]
    rows += [(f"C={C:g}", C, {h: fit_half(other[h], C) for h in ("a", "b")}) for C in strengths]
    for name, C, coefs in rows:  # coefs[h]: the coefficients that score half h (fitted on the other)
        cells = []
        for h in ("a", "b"):
            sel = half == h
            cell = f"{h}: {fit_quality(coefs[h], X[sel], y[sel])}"
            if bench:
                cell += f"  events B3 {events_b3(h, coefs[h]):.4f}"
            cells.append(cell)
        print(f"{name:<11} " + "\n            ".join(cells))
        if C is not None:
            for h in ("a", "b"):
                print(f"            fit on {other[h]}: " + json.dumps(coefs[h]))


def logit_z(coef: dict, x: np.ndarray) -> np.ndarray:
    """The linear part of event_scoring.pair_logit (year_conflict is added when in conflict)."""
    return coef["bias"] + x @ np.array([coef.get(k, 0.0) for k in FEATURES])


def fit_quality(coef: dict, X: np.ndarray, y: np.ndarray) -> str:
    from sklearn.metrics import log_loss, roc_auc_score
    p = 1.0 / (1.0 + np.exp(-logit_z(coef, X)))
    acc = float(((p >= 0.5) == y).mean())
    return (f"log-loss {log_loss(y, p):.4f}  AUC {roc_auc_score(y, p):.4f}  "
            f"accuracy@0.5 {acc:.4f}")


def bench_tuning(arts, repo, gold: dict[str, str], coef: dict) -> float:
    """B-cubed F1 of events on the tuning topics: the events stage alone over the analysed docs."""
    from dataclasses import replace

    from newsweave.enrich.embed import Embedder
    from newsweave.link.events import EventClusterer
    from newsweave.store.sqlite import SQLiteRepository
    from newsweave.store import open_store
    shared = open_store(os.environ["NEWSWEAVE_VECTOR_CACHE"])
    r2 = SQLiteRepository(":memory:")
    fresh = []
    for a in arts:
        b = replace(a, db_id=None, event=None, story=None)
        r2.add_article(b)
        fresh.append(b)
    cl = EventClusterer(r2, embedder=Embedder(r2, shared=shared), config={"pair_logit": coef})
    cl.assign(fresh)
    return b3({a.id: a.event for a in fresh}, gold)


def b3(pred: dict[str, str], gold: dict[str, str]) -> float:
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i in gold:
        by_p[pred[i]].add(i)
        by_g[gold[i]].add(i)
    p = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_p[pred[i]]) for i in gold) / len(gold)
    r = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_g[gold[i]]) for i in gold) / len(gold)
    return 2 * p * r / (p + r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", action="store_true", help="also cluster the tuning docs with each set")
    ap.add_argument("--cross", action="store_true", help="fit on each inner half, score on the other")
    ap.add_argument("--C", default="1", help="--cross: comma-separated regularisation strengths to compare")
    ap.add_argument("--balance", action="store_true",
                    help="weigh pairs so that each topic pair weighs the same (topic_weights)")
    ap.add_argument("--workdir", type=Path, help="keep the analysed docs there (as bench/event_errors.py does)")
    args = ap.parse_args()

    from newsweave.enrich.embed import Embedder
    from newsweave.link.event_config import PAIR_LOGIT
    from newsweave.store import open_store

    docs, gold = tuning_docs()
    print(f"ECB+ tuning topics: {len(docs)} docs, {len(set(gold.values()))} gold events")
    if args.workdir:
        from event_errors import analysed as cached
        from newsweave.store.sqlite import SQLiteRepository
        repo, arts = SQLiteRepository(":memory:"), cached(docs, args.workdir / "tuning_read.pkl")
    else:
        repo, arts = analysed(docs)
    emb = Embedder(repo, shared=open_store(os.environ["NEWSWEAVE_VECTOR_CACHE"]))
    X, y, half, groups = pair_data(arts, emb, gold)
    print(f"pairs with hand score > {MIN_HAND_SCORE}: {len(y)} ({int(y.sum())} same event)")
    if args.cross:
        cross_fit(X, y, half, arts, gold, args.bench, [float(c) for c in args.C.split(",")],
                  groups if args.balance else None)
        return
    refit = fit(X, y, 1.0, topic_weights(groups) if args.balance else None)
    print(f"\n{'coefficient':<14}{'PAIR_LOGIT':>12}{'refit':>10}")
    for k in ("bias",) + FEATURES:
        print(f"{k:<14}{PAIR_LOGIT.get(k, 0.0):>12.2f}{refit[k]:>10.2f}")
    print(f"\nPAIR_LOGIT  {fit_quality(PAIR_LOGIT, X, y)}")
    print(f"refit       {fit_quality(refit, X, y)}")
    print("refit = " + json.dumps(refit))
    if args.bench:
        for name, coef in (("PAIR_LOGIT", PAIR_LOGIT), ("refit", refit)):
            print(f"events B-cubed F1 on the tuning topics with {name}: "
                  f"{bench_tuning(arts, repo, gold, coef):.4f}")


if __name__ == "__main__":
    main()
