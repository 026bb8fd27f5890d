"""Benchmark story timelines on crisis-timelines (egypt, libya; es/fr/it articles).

For each topic, every article is read with its publication date and language, cleaned as the
pipeline cleans a batch (clean.clean_articles: site chrome, sidebars and lines recurring across the
topic's pages become boilerplate), near-copies linked to their first article as the pipeline's
dedup stage links them (link.dedup, in input order; a copy adds no telling), time expressions are extracted from the body only, as the
pipeline's timex stage does (every language from its lang/<code>.py TIME section), and
build_timeline selects a fixed
number of dates (--size, default 30: a constant, not the reference's length). Date-F1 is computed
by ../shared/eval/score.py timeline against every reference of the topic (en/es/fr/it).
Folds come from the committed bench/data/timeline_split.json: each topic's score is printed as
"tuned on A, validated on B" (a change tuned while looking at A is held-out on B).

    .venv/bin/python bench/timelines.py [--size 30] [--topics egypt,libya] [--cache DIR]

``--cache DIR`` keeps each topic's articles with their time expressions in DIR (a pickle named by
the topic and a hash of the cleaning, ingest, time-expression code, language files and model, so a
change there re-extracts).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.clean import clean_articles  # noqa: E402
from newsweave.compare.timeline import build_timeline  # noqa: E402
from newsweave.enrich.timex import extract_timexes  # noqa: E402
from newsweave.link.dedup import Deduplicator  # noqa: E402
from newsweave.model import Article, DateInfo  # noqa: E402

SPLIT = ROOT / "bench" / "data" / "timeline_split.json"
EVAL = Path(os.environ.get("NEWSWEAVE_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval")) / "crisis-timelines"
SCORER = EVAL.parent / "score.py"


def load_topic(topic: str) -> list[Article]:
    arts = []
    for line in (EVAL / topic / "docs.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        arts.append(Article(id=d["id"], text=d["text"], title=d.get("title"),
                            date=DateInfo(d["date"]) if d.get("date") else None,
                            lang=d.get("lang"), source=d.get("source")))
    return arts


def _code_hash() -> str:
    """Hash of the code that cleans, deduplicates and extracts time expressions (clean/, ingest/,
    link/dedup.py, enrich/, lang/, model.py): the cache key."""
    h = hashlib.sha1()
    pkg = ROOT / "src" / "newsweave"
    for f in [*(f for d in ("clean", "ingest", "enrich", "lang") for f in sorted((pkg / d).rglob("*.py"))),
              pkg / "link" / "dedup.py", pkg / "model.py"]:
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def load_extracted(topic: str, cache: str | None = None) -> list[Article]:
    """The topic's articles, cleaned as one batch, near-copies linked, with the time expressions
    of their bodies (as the pipeline's clean, dedup and timex stages give them); reused from
    ``cache`` (a folder) when an extraction by the same code is there."""
    path = Path(cache) / f"{topic}-{_code_hash()}.pkl" if cache else None
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    arts = load_topic(topic)
    clean_articles(arts)
    dedup = Deduplicator()  # the pipeline's default threshold, articles in input order
    for a in arts:
        dedup.process(a)
        a.timexes = extract_timexes(a.text, a.lang, a.date, spans=a.body_spans())
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(arts))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=30)
    ap.add_argument("--topics", default="egypt,libya")
    ap.add_argument("--out", default=None)
    ap.add_argument("--json", action="store_true", help="print the scorer's raw JSON")
    ap.add_argument("--sweep", default="15,20,40,50", help="other sizes to report (sensitivity)")
    ap.add_argument("--cache", default=None, help="folder keeping the extracted articles per topic")
    args = ap.parse_args()
    preds = []
    corpora = {}
    t_all = time.perf_counter()
    n_docs = 0
    for topic in args.topics.split(","):
        t0 = time.perf_counter()
        arts = load_extracted(topic, args.cache)
        t_ex = time.perf_counter() - t0
        n_docs += len(arts)
        corpora[topic] = arts
        preds.append(_predict(topic, arts, args.size))
        print(f"{topic}: {len(arts)} docs, timex {len(arts) / t_ex:.1f} docs/s"
              f"{' (cached)' if args.cache else ''}, {len(preds[-1]['timeline'])} dates", file=sys.stderr)
    res = _score(preds, args.out)
    if args.json:
        print(json.dumps(res, indent=1))
    _table(res, args.size)
    _folds(res, args.topics.split(","))
    print(f"total {time.perf_counter() - t_all:.1f}s for {n_docs} docs")
    base = _score([_baseline(t, a, args.size) for t, a in corpora.items()], None)
    print(f"baseline (the {args.size} days with most articles published): mean Date-F1 "
          f"{100 * base['mean_date_f1']:.1f}")
    if args.sweep:
        print("sensitivity to the fixed size (mean Date-F1):", end="")
        for k in [int(x) for x in args.sweep.split(",") if x]:
            r = _score([_predict(t, a, k) for t, a in corpora.items()], None)
            print(f"  {k}: {100 * r['mean_date_f1']:.1f}", end="")
        print()


def _predict(topic: str, arts: list[Article], size: int) -> dict:
    pts = build_timeline(arts, max_points=size, kinds=("happened",), granularities=("day",))
    return {"topic": topic, "timeline": [{"date": p.date, "sentences": [p.description]} for p in pts]}


def _baseline(topic: str, arts: list[Article], size: int) -> dict:
    from collections import Counter
    c = Counter(a.date.value for a in arts if a.date and len(a.date.value) == 10)
    return {"topic": topic, "timeline": [{"date": d, "sentences": []} for d, _ in c.most_common(size)]}


def _score(preds: list[dict], out: str | None) -> dict:
    with tempfile.TemporaryDirectory() as td:
        p = Path(out) if out else Path(td) / "pred.jsonl"
        with p.open("w", encoding="utf-8") as w:
            for x in preds:
                w.write(json.dumps(x, ensure_ascii=False) + "\n")
        r = subprocess.run([sys.executable, str(SCORER), "timeline", "--gold",
                            str(EVAL / "timelines.jsonl"), "--pred", str(p)],
                           capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def _table(res: dict, size: int) -> None:
    print(f"Date-F1 with a fixed timeline size of {size} dates (per reference language, then mean)")
    for topic, tr in res.get("per_topic", {}).items():
        parts = [f"{lang} P {100 * rr['precision']:.1f} R {100 * rr['recall']:.1f} F1 {100 * rr['f1']:.1f}"
                 for lang, rr in tr.get("references", {}).items()]
        print(f"  {topic:6} Date-F1 {100 * tr['date_f1']:5.1f}  (" + " | ".join(parts) + ")")
    print(f"  mean   Date-F1 {100 * res['mean_date_f1']:5.1f}  (P {100 * res['mean_date_precision']:.1f}, "
          f"R {100 * res['mean_date_recall']:.1f})")


def _folds(res: dict, topics: list[str]) -> None:
    """Each fold's validation topic under the committed weights: held-out only for the fold whose
    tuning topic the weights were fitted on (compare/timeline.py names it); the other fold's
    held-out figure, under weights refitted on its tuning topic, is bench/fit_timeline_rank.py's."""
    folds = json.loads(SPLIT.read_text(encoding="utf-8"))["folds"]
    per = res.get("per_topic", {})
    for f in folds:
        if f["validate"] in per and f["validate"] in topics:
            print(f"  tuned on {f['tune']}, validated on {f['validate']}: "
                  f"Date-F1 {100 * per[f['validate']]['date_f1']:5.1f} under the committed weights "
                  f"(held-out if they were fitted on {f['tune']})")


if __name__ == "__main__":
    main()
