"""Reliability of conflict confidences, and a per-slot base confidence fitted to it.

    python bench/fit_conflict_confidence.py [--workdir DIR] [--oracle] [--prior-weight 4]

Data: the **tuning** half of ``bench/data/conflicts_eval`` (``split.json``) only; this script
refuses any other split, so the held-out half is never looked at while fitting.

It runs the system as ``bench/conflicts_eval.py`` does (the full pipeline over the split's
articles, then ``newsweave.compare.slots.event_conflicts`` per system event, every tier) and
judges each reported conflict with that script's matching (``classify``): correct when it
matches a planted contradiction, or when it is a planted denial shown as "disputed by X".
Then it prints

* the reliability table: conflicts binned by slot and by confidence, with the observed
  precision of each bin next to its mean confidence;
* per slot: observed precision, smoothed towards the precision of all slots
  (``(correct + w * p_all) / (n + w)``, ``w`` = ``--prior-weight``), the slot's mean confidence,
  and the fitted base: the current ``BASE`` of ``compare/slots/verdict.py`` shifted by
  (smoothed precision - mean confidence), so that the slot's confidences average its precision;
  the printed ``fitted BASE`` keeps the current value of a slot with fewer than ``--min-n``
  reported conflicts (too few to know its precision).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import conflicts_eval as CE  # noqa: E402

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
SPLIT = "tuning"  # never the held-out half


def judged(res: dict) -> list[tuple[dict, bool]]:
    """(conflict, correct) for every reported conflict of every tier."""
    sc = CE.score(res["conflicts"], res["gold"], CE.TIERS)
    return [(c, v in ("tp", "disputed_ok")) for c, v, _ in sc.verdicts]


def bin_of(x: float) -> int:
    return next(i for i in range(len(BINS) - 1) if BINS[i] <= x < BINS[i + 1])


def fit(items: list[tuple[dict, bool]], base: dict[str, float], weight: float) -> dict[str, dict]:
    """Per slot: n, correct, precision, smoothed precision, mean confidence, fitted base."""
    n_all = len(items)
    p_all = sum(ok for _, ok in items) / n_all if n_all else 0.0
    out: dict[str, dict] = {}
    for slot in CE.SLOTS:
        mine = [(c, ok) for c, ok in items if c["slot"] == slot]
        n, k = len(mine), sum(ok for _, ok in mine)
        smooth = (k + weight * p_all) / (n + weight)
        mean_conf = sum(c["confidence"] for c, _ in mine) / n if n else base[slot]
        out[slot] = {"n": n, "correct": k, "precision": k / n if n else None, "smoothed": smooth,
                     "mean_confidence": mean_conf,
                     "fitted_base": round(min(0.95, max(0.05, base[slot] + smooth - mean_conf)), 2)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", help="reuse the analysed database of bench/conflicts_eval.py "
                    "--workdir (outside the repository)")
    ap.add_argument("--oracle", action="store_true", help="group by gold event, not system events")
    ap.add_argument("--prior-weight", type=float, default=4.0)
    ap.add_argument("--min-n", type=int, default=10, help="conflicts a slot needs for its fit")
    args = ap.parse_args()
    if args.workdir and Path(args.workdir).resolve().is_relative_to(ROOT):
        ap.error("--workdir must be outside the repository")
    CE.use_src()
    from newsweave.compare.slots.verdict import BASE

    res = CE.run(SPLIT, "slots", args.oracle, CE.DATA, args.workdir)
    items = judged(res)
    gold = res["gold"]
    print(f"== conflict confidence reliability: data bench/data/conflicts_eval split={SPLIT} "
          f"({len(gold.events())} gold events, {len(gold.event_of)} articles), "
          f"{'oracle' if args.oracle else 'system'} events, every tier: {len(items)} conflicts")
    table: dict[tuple[str, int], list[bool]] = defaultdict(list)
    conf: dict[tuple[str, int], list[float]] = defaultdict(list)
    for c, ok in items:
        for slot in (c["slot"], "all"):
            table[(slot, bin_of(c["confidence"]))].append(ok)
            conf[(slot, bin_of(c["confidence"]))].append(c["confidence"])
    print(f"{'slot':12s} {'confidence':>11s} {'n':>4s} {'correct':>8s} {'precision':>9s} {'mean conf':>9s}")
    for slot in (*CE.SLOTS, "all"):
        for b in range(len(BINS) - 1):
            oks = table.get((slot, b))
            if not oks:
                continue
            hi = min(BINS[b + 1], 1.0)
            mean = sum(conf[(slot, b)]) / len(oks)
            print(f"{slot:12s} [{BINS[b]:.2f},{hi:.2f}) {len(oks):4d} {sum(oks):8d} "
                  f"{sum(oks) / len(oks):9.2f} {mean:9.2f}")
    fitted = fit(items, BASE, args.prior_weight)
    print(f"\nper slot (smoothing weight {args.prior_weight:g} towards the precision of all slots):")
    print(f"{'slot':12s} {'n':>4s} {'precision':>9s} {'smoothed':>8s} {'mean conf':>9s} {'BASE':>5s} {'fitted':>6s}")
    for slot, f in fitted.items():
        prec = f"{f['precision']:.2f}" if f["precision"] is not None else "–"
        print(f"{slot:12s} {f['n']:4d} {prec:>9s} {f['smoothed']:8.2f} {f['mean_confidence']:9.2f} "
              f"{BASE[slot]:5.2f} {f['fitted_base']:6.2f}")
    kept = {s: (f["fitted_base"] if f["n"] >= args.min_n else BASE[s]) for s, f in fitted.items()}
    print(f"fitted BASE (slots with fewer than {args.min_n} conflicts keep theirs) = {{"
          + ", ".join(f'"{s}": {v}' for s, v in kept.items()) + "}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
