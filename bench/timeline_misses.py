"""What caps a topic's timeline: the best Date-F1 any 30 days could reach against its references
(the references of different languages pick different days; the mean over them rewards days that
several share), the best reachable among the candidate days, and for each reference day shared by
two references or more that the top ``--size`` misses: its rank, its evidence, and how it is stated
(articles per language, roles, chronology entries). Run it on a fold's tuning topic only
(bench/data/timeline_split.json).

    .venv/bin/python bench/timeline_misses.py --topic libya [--size 30] [--cache DIR] [--weights JSON]

Session 15 on libya (libya-fold weights): ceiling 52.6 for any 30 days, 50.2 among candidates, 30.7
reached; the days shared by three or four references that are missed lie in the story's quiet
months (June-August 2011, 11 articles in July) with one to five tellings each, and four of the
English reference's days are stated by no article at all.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from timeline_candidates import reference_dates, stated_roles  # noqa: E402
from timelines import load_extracted  # noqa: E402

from newsweave.compare import timeline as TL  # noqa: E402


def day_values(refs: dict[str, set[str]], size: int) -> Counter:
    """What each day adds to the mean Date-F1 of ``size`` predicted days when it is predicted:
    2 / (size + |reference|) per reference that lists it, averaged over the references."""
    val: Counter = Counter()
    for gold in refs.values():
        for d in gold:
            val[d] += 2 / (size + len(gold)) / len(refs)
    return val


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topic", required=True)
    ap.add_argument("--size", type=int, default=30)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--weights", default="{}", help="ranking weights over RANK_WEIGHTS, as JSON")
    args = ap.parse_args()
    w = dict(TL.RANK_WEIGHTS, **json.loads(args.weights))
    arts = load_extracted(args.topic, args.cache)
    refs = reference_dates(args.topic)
    ev = TL.timeline_evidence(arts, granularities=("day",))
    ranked = sorted(ev, key=lambda d: (-TL.date_score(d, ev[d][1], ev[d][2], w), d))
    rank = {d: i + 1 for i, d in enumerate(ranked)}
    val = day_values(refs, args.size)
    top = ranked[:args.size]
    best = [d for d, _ in val.most_common(args.size)]
    best_cand = [d for d in sorted(val, key=lambda d: -val[d]) if d in ev][:args.size]
    print(f"{args.topic}: mean Date-F1@{args.size} reached {100 * sum(val[d] for d in top):.1f}; "
          f"ceiling {100 * sum(val[d] for d in best):.1f} (any days), "
          f"{100 * sum(val[d] for d in best_cand):.1f} (candidate days)")
    months = Counter(d[:7] for d in top)
    print("  top days per month:", dict(sorted(months.items())))
    roles = stated_roles(arts)
    for d in sorted(d for d in val if sum(d in g for g in refs.values()) >= 2 and d not in top):
        shared = "".join(lang for lang, g in sorted(refs.items()) if d in g)
        if d not in ev:
            print(f"  {d} [{shared}] no candidate; stated as {dict(roles.get(d, {})) or 'nothing'}")
            continue
        ms, e, _ = ev[d]
        langs = Counter(a.lang for a, _, _ in ms)
        print(f"  {d} [{shared}] rank {rank[d]}: tellings {e.tellings} (mentions by language {dict(langs)}), "
              f"retro {e.retro}, coverage {e.coverage}, chronicles {e.chronicles}; "
              f"roles {dict(roles.get(d, {}))}")


if __name__ == "__main__":
    main()
