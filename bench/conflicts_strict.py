"""Strict matching of conflicts on our own conflict set (bench/data/conflicts_eval), beside the
lenient matching of bench/conflicts_eval.py.

    python bench/conflicts_strict.py [--split tuning|heldout] [--tier confident|all] [--workdir DIR]

conflicts_eval.py counts a conflict as finding a planted contradiction when its slot agrees and
two of its sides hold articles of two different gold sides: a conflict about the wrong person
(another title of another official of the same event) or with the sides mixed may still count.
Here a conflict finds a contradiction only when every side's articles stand on one gold side
(articles outside the contradiction are ignored), two sides stand on two gold sides, and, for
*who as what*, its subject is the contradiction's person (``same_person``). Per slot it prints
the strict recall, the conflicts that match no contradiction (strict false) and the misses.
Same data, pipeline and ``--workdir`` as conflicts_eval.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflicts_eval as CE  # noqa: E402


def strict_match(conflict: dict, contradiction: dict) -> bool:
    """Whether ``conflict`` states ``contradiction`` with its sides kept apart."""
    from newsweave.compare.slots.role import same_person
    if conflict["slot"] != contradiction["slot"]:
        return False
    if conflict["slot"] == "who_as_what" and not same_person(str(conflict.get("subject", "")),
                                                             contradiction["subject"]):
        return False
    gold = [set(s["articles"]) for s in contradiction["sides"]]
    hit: set[int] = set()
    for side in conflict["sides"]:
        on = {i for i, g in enumerate(gold) if set(side["articles"]) & g}
        if len(on) > 1:
            return False
        hit |= on
    return len(hit) >= 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tuning", "heldout"), default="tuning")
    ap.add_argument("--tier", choices=("confident", "all"), default="confident")
    ap.add_argument("--workdir", help="keep (and reuse) the analysed database, outside the repository")
    args = ap.parse_args(argv)
    res = CE.run(args.split, "slots", False, CE.DATA, args.workdir)
    gold = res["gold"]
    tiers = ("confident",) if args.tier == "confident" else CE.TIERS
    conflicts = [c for c in res["conflicts"] if c.get("tier") in tiers]
    print(f"== strict conflicts: split={args.split} tier={args.tier}, {len(conflicts)} conflicts")
    for slot in CE.SLOTS:
        planted = [k for k in gold.contradictions if k["slot"] == slot]
        found = [k for k in planted if any(strict_match(c, k) for c in conflicts)]
        mine = [c for c in conflicts if c["slot"] == slot]
        false = [c for c in mine if not any(strict_match(c, k) for k in gold.contradictions)]
        print(f"{slot:12} strict recall {len(found)}/{len(planted)}, conflicts {len(mine)}, strict false {len(false)}")
        for c in false:
            print(f"    FALSE {CE.describe(c)}")
        for k in planted:
            if k not in found:
                print(f"    MISS  {k['id']} {k['subject']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
