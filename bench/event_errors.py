"""Errors of event clustering on the ECB+ TUNING topics, listed by kind (wrong merges, splits).

    .venv/bin/python bench/event_errors.py --workdir /tmp/x          # analyse (cached), cluster, list
    .venv/bin/python bench/event_errors.py --workdir /tmp/x --set threshold=0.55

Data: ../shared/eval/ecbplus-events, only docs of the tuning topics (bench/data/ecbplus_split.json).
The docs are read as `newsweave analyze` reads them (the JSON Lines reader: date headers, bylines
and titles taken out of the text) and go through the pipeline up to entity resolution once (clean, dedup, timex, entities,
resolve); the analysed articles are pickled in the workdir and vectors are cached there, so a
rerun only clusters. For each predicted event mixing gold events and each gold event split over
predicted events, the articles are printed with their title, date and happening day, which is
what the error classes of the tuning work were read from.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))


def analysed(docs: list[dict], cache: Path) -> list:
    """The tuning docs analysed up to entity resolution (pickled in ``cache``)."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from fit_pair_logit import as_read
    from newsweave.pipeline import PipelineConfig, analyze_corpus
    from newsweave.store.sqlite import SQLiteRepository
    repo = SQLiteRepository(":memory:")
    arts = as_read(docs)
    cfg = PipelineConfig(stages=("clean", "dedup", "timex", "entities", "resolve"))
    out = analyze_corpus(repo, arts, config=cfg).articles
    cache.write_bytes(pickle.dumps(out))
    return out


def cluster(arts: list, config: dict) -> dict[str, str]:
    """Event of each article: the events stage alone over the analysed articles."""
    from newsweave.enrich.embed import Embedder
    from newsweave.link.events import EventClusterer
    from newsweave.store import open_store
    from newsweave.store.sqlite import SQLiteRepository
    shared = open_store(os.environ["NEWSWEAVE_VECTOR_CACHE"])
    repo = SQLiteRepository(":memory:")
    fresh = []
    for a in arts:
        b = replace(a, db_id=None, event=None, story=None)
        repo.add_article(b)
        fresh.append(b)
    EventClusterer(repo, embedder=Embedder(repo, shared=shared), config=config).assign(fresh)
    return {a.id: a.event for a in fresh}


def b3(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i in gold:
        by_p[pred[i]].add(i)
        by_g[gold[i]].add(i)
    p = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_p[pred[i]]) for i in gold) / len(gold)
    r = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_g[gold[i]]) for i in gold) / len(gold)
    return p, r, 2 * p * r / (p + r)


def inner_halves(docs: list[dict]) -> dict[str, list[str]]:
    """Doc ids of each half of the tuning topics (bench/data/ecbplus_inner_split.json)."""
    inner = json.loads((ROOT / "bench" / "data" / "ecbplus_inner_split.json").read_text(encoding="utf-8"))
    topic = {d["id"]: t for d in docs for t in [d["id"].split("_")[0]]}
    return {h: [d["id"] for d in docs if topic[d["id"]] in set(inner[h])] for h in ("a", "b")}


def describe(a) -> str:
    d = a.date.value if a.date else None
    return f"{a.id:<14} {str(d):<12} {(a.title or a.text[:80]).strip()[:90]!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", required=True, type=Path)
    ap.add_argument("--set", action="append", default=[], help="EventConfig field=value (JSON)")
    ap.add_argument("--quiet", action="store_true", help="scores only")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(args.workdir / "vectors.db"))
    from fit_pair_logit import tuning_docs  # the same ECB+ tuning documents; imported after the cache is set
    config = {k: json.loads(v) for k, v in (s.split("=", 1) for s in args.set)}
    docs, gold = tuning_docs()
    arts = analysed(docs, args.workdir / "tuning_read.pkl")
    pred = cluster(arts, config)
    p, r, f = b3(pred, gold)
    print(f"tuning topics: {len(docs)} docs  B3 P {p:.4f} R {r:.4f} F1 {f:.4f}  "
          f"pred events {len(set(pred.values()))} gold {len(set(gold.values()))}")
    for half, ids in inner_halves(docs).items():
        p, r, f = b3(pred, {i: gold[i] for i in ids})
        print(f"  inner half {half}: {len(ids)} docs  B3 P {p:.4f} R {r:.4f} F1 {f:.4f}")
    if args.quiet:
        return
    by_id = {a.id: a for a in arts}
    by_p, by_g = defaultdict(list), defaultdict(list)
    for i in gold:
        by_p[pred[i]].append(i)
        by_g[gold[i]].append(i)
    print("\n== wrong merges (predicted events holding several gold events)")
    for e, ids in sorted(by_p.items(), key=lambda kv: -len(kv[1])):
        kinds = Counter(gold[i] for i in ids)
        if len(kinds) > 1:
            print(f"-- {e}: {dict(kinds)}")
            for i in sorted(ids, key=lambda i: gold[i]):
                print(f"   [{gold[i]:<10}] {describe(by_id[i])}")
    print("\n== splits (gold events over several predicted events)")
    for g, ids in sorted(by_g.items()):
        parts = Counter(pred[i] for i in ids)
        if len(parts) > 1:
            print(f"-- {g}: {dict(parts)}")
            for i in sorted(ids, key=lambda i: pred[i]):
                print(f"   [{pred[i]:<10}] {describe(by_id[i])}")


if __name__ == "__main__":
    main()
