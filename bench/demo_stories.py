"""Demo corpus events and stories against their answer key (bench/data/demo_storylines.json, made
from src/newsweave/demo_corpus/README.md, and bench/data/demo_conflicts.yaml for the articles of
each event), with the seeds (../shared/seeds) when present, as ``newsweave demo`` reads them.

    python bench/demo_stories.py [--no-seeds] [--show]

Prints B-cubed precision / recall / F1 of system events against the key's events and of system
stories against its storylines, every article weighted once. A check, not a tuning set.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
KEY = ROOT / "bench" / "data" / "demo_storylines.json"
EVENTS = ROOT / "bench" / "data" / "demo_conflicts.yaml"
DEMO_ARTICLES = ROOT / "src" / "newsweave" / "demo_corpus" / "articles"
SEEDS = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared")) / "seeds"


def gold(with_seeds: bool) -> tuple[dict[str, str], dict[str, str]]:
    """(article id → key event, article id → key story)."""
    key = json.loads(KEY.read_text(encoding="utf-8"))
    events = dict(yaml.safe_load(EVENTS.read_text(encoding="utf-8"))["events"])
    stories = dict(key["stories"])
    if with_seeds:
        events.update(key["seeds"]["events"])
        stories.update(key["seeds"]["stories"])
    ev_of = {a: e for e, ids in events.items() for a in ids}
    st_of_ev = {e: s for s, evs in stories.items() for e in evs}
    return ev_of, {a: st_of_ev[e] for a, e in ev_of.items()}


def bcubed(pred: dict[str, str], gold_of: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) over the articles of ``gold_of``; an article the system
    left out counts as a cluster of its own."""
    ids = list(gold_of)
    p_of = {i: pred.get(i) or f"missing:{i}" for i in ids}
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i in ids:
        by_p[p_of[i]].add(i)
        by_g[gold_of[i]].add(i)
    prec = sum(len(by_p[p_of[i]] & by_g[gold_of[i]]) / len(by_p[p_of[i]]) for i in ids) / len(ids)
    rec = sum(len(by_p[p_of[i]] & by_g[gold_of[i]]) / len(by_g[gold_of[i]]) for i in ids) / len(ids)
    return prec, rec, 2 * prec * rec / (prec + rec)


def analyse(with_seeds: bool, db: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """article id → (event, story, title) after the full pipeline over the demo (and seeds)."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsweave.ingest import read_paths
    from newsweave.pipeline import analyze_corpus
    from newsweave.store import SQLiteRepository
    inputs = [str(DEMO_ARTICLES)] + ([str(SEEDS)] if with_seeds else [])
    rejected: list = []
    arts = list(read_paths(inputs, lambda o, r: rejected.append((o, r))))
    if rejected:
        raise SystemExit(f"ingest rejected {rejected}")
    repo = SQLiteRepository(db)
    repo.set_state("sources_yaml", str(DEMO_ARTICLES.parent / "sources.yaml"))  # as the demo does
    try:
        res = analyze_corpus(repo, arts)
    finally:
        repo.close()
    return {a.id: (a.event, a.story, a.title) for a in res.articles}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--show", action="store_true", help="list each system story's articles")
    args = ap.parse_args()
    with_seeds = not args.no_seeds and SEEDS.is_dir()
    ev_of, st_of = gold(with_seeds)
    with tempfile.TemporaryDirectory() as tmp:
        recs = analyse(with_seeds, str(Path(tmp) / "demo.db"))
    for name, idx, g in (("events", 0, ev_of), ("stories", 1, st_of)):
        p, r, f = bcubed({a: v[idx] for a, v in recs.items()}, g)
        print(f"demo{' + seeds' if with_seeds else ''} {name}: B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.show:
        by = defaultdict(list)
        for a, (e, s, _t) in recs.items():
            by[s].append(f"{a}[{e}|{ev_of.get(a)}]")
        for s, items in sorted(by.items(), key=lambda kv: str(kv[0])):
            print(f"  {s}: {' '.join(sorted(items))}")


if __name__ == "__main__":
    main()
