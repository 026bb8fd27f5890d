"""Where timeline recall is lost on crisis-timelines: for each reference date of a topic, is it
stated at all (any role), stated as a happening (a ranking candidate), and chosen among the top
``--size``? Reference dates that are stated only in another role are counted by that role, and
the rank of each candidate reference date is summarised, so one can tell a ranking problem from an
extraction problem. Run it on the topic you tune on only (`data/timeline_split.json`).

    .venv/bin/python bench/timeline_candidates.py --topic egypt [--size 30] [--cache DIR]
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

from timelines import EVAL, load_extracted  # noqa: E402

from newsweave.compare.timeline import _dated_mentions, date_score, timeline_evidence  # noqa: E402


def reference_dates(topic: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in (EVAL / "timelines.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        if d["topic"] == topic:
            out[d["lang"]] = {e["date"] for e in d["timeline"]}
    return out


def stated_roles(arts) -> dict[str, Counter]:
    """Per day stated anywhere: how many mentions in each role."""
    roles: dict[str, Counter] = {}
    for a in arts:
        if a.duplicate_of:
            continue
        for t, d in _dated_mentions(a):
            if len(d) == 10:
                roles.setdefault(d, Counter())[t.attrs.get("role", "main")] += 1
    return roles


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topic", required=True)
    ap.add_argument("--size", type=int, default=30)
    ap.add_argument("--cache", default=None)
    args = ap.parse_args()
    arts = load_extracted(args.topic, args.cache)
    roles = stated_roles(arts)
    ev = timeline_evidence(arts, granularities=("day",))
    ranked = sorted(ev, key=lambda d: (-date_score(d, ev[d][1], ev[d][2]), d))
    rank = {d: i + 1 for i, d in enumerate(ranked)}
    refs = reference_dates(args.topic)
    union = set().union(*refs.values()) if refs else set()
    print(f"{args.topic}: {len(arts)} articles, {len(roles)} days stated, {len(ev)} candidate days; "
          f"{sum(1 for d in ranked[:args.size] if d in union)} of the top {args.size} are a reference "
          f"day in some language")
    for lang, gold in sorted(refs.items()):
        stated = {d for d in gold if d in roles}
        cand = {d for d in gold if d in ev}
        top = {d for d in cand if rank[d] <= args.size}
        other = Counter()
        for d in stated - cand:
            other[max(roles[d], key=roles[d].get)] += 1
        bands = Counter("≤30" if rank[d] <= 30 else "≤60" if rank[d] <= 60 else "≤120"
                        if rank[d] <= 120 else ">120" for d in cand)
        print(f"  {lang}: {len(gold)} reference days; stated {len(stated)}, candidates {len(cand)}, "
              f"top {args.size} {len(top)}; stated only as {dict(other)}; candidate ranks {dict(bands)}")


if __name__ == "__main__":
    main()
