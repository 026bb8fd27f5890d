"""Fit the aligned figures layer's confidence model (``compare/slots/aligned.py``: COEF).

    python bench/fit_slot_align.py --workdir DIR [--show]

Data: the tuning half of bench/data/conflicts_eval, analysed by ``bench/conflicts_eval.py
--split tuning --workdir DIR`` (the database is read back). The candidates of each system event
(``aligned.candidates``) are labelled: positive when the two figures' articles stand on two sides
of one planted contradiction of the candidate's slot (*how many*, *where*) of their gold event, negative otherwise. The model is
fitted on the **older tuning events only** (every tuning event but the ``-g16`` ones); the
``-g16`` tuning events are the check: their even positions (the inner read half) and odd positions
(the inner check half) are counted apart, and only the even half's candidates are printed with
``--show`` (with the older events'). Prints the coefficients in the order of ``aligned.FEATURES``
and, per part, candidates, positives and the positives and negatives above the confident threshold.
Logistic regression by Newton steps with a small ridge (1.0, set by hand) on numpy alone.
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflicts_eval as CE  # noqa: E402

RIDGE = 1.0  # set by hand: keeps the few-candidate fit from running off


def g16_halves(split: dict) -> tuple[set[str], set[str]]:
    """(even, odd) positions of the -g16 tuning events in split.json's tuning list."""
    g = [e for e in split["tuning"] if fnmatch.fnmatch(e, "*-g16")]
    return set(g[0::2]), set(g[1::2])


def collect(workdir: str) -> list[tuple[str, bool, object]]:
    """(gold event, label, candidate) of every candidate of the tuning half's system events."""
    os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(Path(workdir) / "tuning" / "vectors.db"))
    CE.use_src()
    from newsweave.compare.claims import extract_claims
    from newsweave.compare.slots import aligned, article_facts
    from newsweave.store import open_store
    _docs, gold = CE.load_set(CE.DATA, "tuning")
    repo = open_store(str(Path(workdir) / "tuning" / "eval.db"))
    sim_of = CE.claim_similarity(repo)
    planted = defaultdict(list)  # (gold event, slot) -> the article sets of each contradiction's sides
    for k in gold.contradictions:
        for e in k["events"]:
            planted[(e, k["slot"])].append([set(s["articles"]) for s in k["sides"]])
    out = []
    for _gid, arts in CE.system_groups(repo).items():
        arts = [a for a in arts if not a.duplicate_of] or arts
        claims = extract_claims(arts)
        by = defaultdict(list)
        for c in claims:
            by[c.article].append(c)
        facts = [f for a in arts for f in article_facts(a, by.get(a.id, []))]
        for cand in aligned.candidates(arts, claims, sim_of(claims), facts):
            ea, eb = gold.event_of.get(cand.a.article), gold.event_of.get(cand.b.article)
            pos = ea == eb and any(
                any(cand.a.article in s for s in sides) and any(cand.b.article in s for s in sides)
                and not any(cand.a.article in s and cand.b.article in s for s in sides)
                for sides in planted.get((ea, cand.slot), []))
            out.append((ea or "?", pos, cand))
    repo.close()
    return out


def shown(v: object) -> str:
    return getattr(getattr(v, "place", None), "name", None) or f"{getattr(v, 'value', 0):g}"


def fit(X: np.ndarray, y: np.ndarray, ridge: float = RIDGE) -> np.ndarray:
    w = np.zeros(X.shape[1])
    R = ridge * np.eye(X.shape[1])
    R[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-X @ w))
        g = X.T @ (p - y) + R @ w
        H = X.T @ (X * (p * (1 - p))[:, None]) + R
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--show", action="store_true", help="print the older and even -g16 candidates")
    args = ap.parse_args(argv)
    from newsweave.compare.slots import aligned
    from newsweave.compare.slots.verdict import CONFIDENT
    split = json.loads((CE.DATA / "split.json").read_text(encoding="utf-8"))
    even, odd = g16_halves(split)
    rows = collect(args.workdir)
    part = {"older": [r for r in rows if not fnmatch.fnmatch(r[0], "*-g16")],
            "g16 even (read)": [r for r in rows if r[0] in even],
            "g16 odd (check)": [r for r in rows if r[0] in odd]}
    train = part["older"]
    X = np.array([c.features() for _e, _y, c in train], dtype=float)
    y = np.array([float(p) for _e, p, _c in train])
    w = fit(X, y) if len(train) and 0 < y.sum() < len(y) else np.zeros(len(aligned.FEATURES))
    print("COEF =", "(" + ", ".join(f"{v:.3f}" for v in w) + ")", " # features", aligned.FEATURES)
    for name, rs in part.items():
        confs = [(p, c.confidence(w)) for _e, p, c in rs]
        print(f"{name:16} candidates {len(rs):3}, positive {sum(p for p, _ in confs):3}, "
              f"at >= {CONFIDENT}: positive {sum(1 for p, q in confs if p and q >= CONFIDENT)}, "
              f"negative {sum(1 for p, q in confs if not p and q >= CONFIDENT)}")
        if args.show and name != "g16 odd (check)":
            for e, p, c in rs:
                print(f"   {'+' if p else '-'} {c.confidence(w):.2f} {e} {c.slot}: {shown(c.fa)} vs {shown(c.fb)} "
                      f"sim {c.sim:.3f} anchors {c.anchors} | {c.a.core[:70]!r} | {c.b.core[:70]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
