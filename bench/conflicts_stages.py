"""Which stage lost each missed contradiction of our own conflict set (bench/data/conflicts_eval).

    python bench/conflicts_stages.py --events EV1,EV2,... [--split tuning] [--workdir DIR]

For each planted contradiction of the named gold events (name only events you may read: the
tuning half, and inside it the inner read half), the slot facts of its articles
(``article_facts``) are matched to the gold evidence (a fact whose clause holds an evidence
string's start) and the contradiction is put in one stage:

* ``found``: a confident conflict of its slot has articles of two of its sides;
* ``a-not-extracted``: some side has no fact of the slot in its evidence clause;
* ``b-not-compared``: every side has one, but no two sides share a (slot, subject) key;
* ``c-judged-compatible``: two sides share a key and no conflict came out.

Same data, pipeline and ``--workdir`` as conflicts_eval.py (events as the system made them).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflicts_eval as CE  # noqa: E402


def side_facts(side: dict, facts_of: dict[str, list[Any]], slot: str, texts: dict[str, str]) -> list[Any]:
    """The facts of ``slot`` whose clause holds one of the side's evidence strings."""
    out = []
    for a in side["articles"]:
        text = texts.get(a, "")
        spots = [text.find(ev) for ev in side.get("evidence", []) if ev and text.find(ev) >= 0]
        for f in facts_of.get(a, []):
            if f.slot == slot and any(f.sentence[0] <= p < f.sentence[1] or f.start <= p < f.end for p in spots):
                out.append(f)
    return out


def stage(k: dict, facts_of: dict, texts: dict, found: bool) -> tuple[str, list[list[Any]]]:
    per_side = [side_facts(s, facts_of, k["slot"], texts) for s in k["sides"]]
    if found:
        return "found", per_side
    if any(not fs for fs in per_side):
        return "a-not-extracted", per_side
    keys = [{f.subject for f in fs} for fs in per_side]
    if not any(keys[i] & keys[j] for i in range(len(keys)) for j in range(i + 1, len(keys))):
        return "b-not-compared", per_side
    return "c-judged-compatible", per_side


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", required=True, help="comma-separated gold event ids to diagnose")
    ap.add_argument("--split", choices=("tuning",), default="tuning")
    ap.add_argument("--workdir", help="keep (and reuse) the analysed database, outside the repository")
    args = ap.parse_args(argv)
    wanted = set(args.events.split(","))
    res = CE.run(args.split, "slots", False, CE.DATA, args.workdir)
    from newsweave.compare.claims import extract_claims
    from newsweave.compare.slots import article_facts
    from newsweave.store import ArticleFilter, open_store
    repo = open_store(str(Path(args.workdir) / args.split / "eval.db")) if args.workdir else None
    if repo is None:
        raise SystemExit("--workdir is needed (the analysed database is read back)")
    gold = res["gold"]
    arts = {a.id: a for a in repo.iter_articles(ArticleFilter()) if gold.event_of.get(a.id) in wanted}
    by: dict[str, list] = defaultdict(list)
    for c in extract_claims(list(arts.values())):
        by[c.article].append(c)
    facts_of = {i: article_facts(a, by.get(i, [])) for i, a in arts.items()}
    texts = {i: a.text for i, a in arts.items()}
    tally: Counter[str] = Counter()
    for k in gold.contradictions:
        if not set(k["events"]) & wanted:
            continue
        found = any(c["slot"] == k["slot"] and CE.sides_cross(c["sides"], k["sides"])
                    and c["tier"] == "confident" for c in res["conflicts"])
        st, per_side = stage(k, facts_of, texts, found)
        tally[st] += 1
        print(f"[{st}] {k['id']} {k['slot']}: {k.get('subject', '')}")
        for s, fs in zip(k["sides"], per_side):
            got = "; ".join(f"{f.subject}={f.key}" for f in fs) or "-"
            print(f"    {s['value']!r} ({','.join(a[-1] for a in s['articles'])}): {got}")
    print("stages:", dict(tally))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
