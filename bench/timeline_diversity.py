"""Would temporal diversity help a fixed-size story timeline? A structural experiment on the
tuning topic only (``bench/data/timeline_split.json``), kept so that the decision can be rerun.

Selection under test: greedy, each next day maximising ``score - strength * log(1 + n)``, where
``score`` is the committed rank score (compare.timeline.date_score) and ``n`` the days already
chosen in the same calendar month (``month``) or within ``k`` days (``±k``) — diminishing returns
for a burst, so that 30 days spread over the story's whole span instead of clustering in its
busiest weeks. Strength 0 is the committed selection. Scored like bench/fit_timeline_rank.py: the
whole topic, the topic with each language left out, the story as known halfway, and their mean.
Session 13, ``--topic egypt``: every strength > 0 lowers the mean and the whole topic, at every
window (strength 0.5: mean 38.9 -> 35.7..36.4, whole topic 44.4 -> 40.5..42.5; strength 2:
whole topic 32.1..35.5): the references keep a burst's consecutive days (the first weeks of an
uprising, the days around a coup). Not adopted.

    .venv/bin/python bench/timeline_diversity.py --topic egypt [--cache DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import fit_timeline_rank as FR  # noqa: E402
import timelines as T  # noqa: E402
from newsweave.compare import timeline as TL  # noqa: E402

WINDOWS = ["month", 3, 7, 15, 30]
STRENGTHS = [0.0, 0.5, 1.0, 2.0, 4.0]


def _near(a: str, b: str, window: str | int) -> bool:
    if window == "month":
        return a[:7] == b[:7]
    return abs(dt.date.fromisoformat(a).toordinal() - dt.date.fromisoformat(b).toordinal()) <= window


def select(evidence: dict, size: int, strength: float, window: str | int) -> list[str]:
    """Greedy day selection with diminishing returns per window (see the module docstring)."""
    left = {d: TL.date_score(d, ev, inside) for d, (_, ev, inside) in evidence.items() if len(d) == 10}
    chosen: list[str] = []
    while left and len(chosen) < size:
        def gain(d: str) -> float:
            return left[d] - strength * math.log1p(sum(_near(c, d, window) for c in chosen))
        best = max(left, key=lambda d: (gain(d), -dt.date.fromisoformat(d).toordinal()))  # ties: earlier
        chosen.append(best)
        del left[best]
    return chosen


def _f1(topic: str, days: list[str], gold: list[dict] | None) -> float:
    pred = {"topic": topic, "timeline": [{"date": d, "sentences": []} for d in days]}
    refs = gold if gold is not None else [g for g in FR.GOLD if g["topic"] == topic]
    return 100 * FR.SCORE(refs, [pred])["per_topic"][topic]["date_f1"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topic", required=True, help="the tuning topic of a fold")
    ap.add_argument("--cache", default=None)
    args = ap.parse_args()
    corpora = FR._corpora(args.topic, T.load_extracted(args.topic, args.cache))
    print(f"{args.topic}: Date-F1@{FR.SIZE}, mean over {', '.join(corpora)}")
    for window in WINDOWS:
        for strength in STRENGTHS:
            f1 = {name: _f1(args.topic, select(ev, FR.SIZE, strength, window), gold)
                  for name, (ev, gold) in corpora.items()}
            label = window if window == "month" else f"±{window}"
            print(f"  {label:>5} strength {strength:3.1f}: mean {sum(f1.values()) / len(f1):5.1f}  "
                  + "  ".join(f"{k} {v:.1f}" for k, v in f1.items()), flush=True)


if __name__ == "__main__":
    main()
