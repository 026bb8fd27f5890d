"""Conflicts on the demo corpus against its answer key (bench/data/demo_conflicts.yaml, made from
src/newsweave/demo_corpus/README.md): how many of the 11 listed contradictions are found, and
how many false conflicts each event gets.

    python bench/conflicts_demo.py [--engine slots|report] [--oracle] [--show] [--workdir DIR]

Like ``newsweave demo`` without the seeds: the bundled articles are read with the ingest reader
and analysed by the full pipeline into a temporary SQLite database; conflicts are computed per
system event (``--oracle``: per answer-key event) and matched as in bench/conflicts_eval.py
(a conflict that is not a listed contradiction is false; the key's "softer disagreements" are
reported as compatible differences, false too). Figures count the confident tier (what the
default views show); the all-tier figures follow.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflicts_eval as CE  # noqa: E402

ROOT = CE.ROOT
KEY = ROOT / "bench" / "data" / "demo_conflicts.yaml"
DEMO_ARTICLES = ROOT / "src" / "newsweave" / "demo_corpus" / "articles"


def load_key(path: Path = KEY) -> tuple[dict, CE.Gold]:
    """(the key document, its gold): each contradiction touches the events of its articles."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    g = CE.Gold()
    for ev, ids in doc["events"].items():
        for a in ids:
            g.event_of[a] = ev
    for c in doc["contradictions"]:
        arts = [a for s in c["sides"] for a in s["articles"]]
        g.contradictions.append({"id": c["id"], "slot": c["slot"], "subject": c["subject"],
                                 "events": {g.event_of[a] for a in arts},
                                 "sides": [dict(s) for s in c["sides"]]})
    for k in doc.get("compatible") or []:
        g.compatible.append({**k, "events": {g.event_of[a] for a in k["articles"]}})
    return doc, g


def read_demo() -> list[Any]:
    CE.use_src()
    from newsweave.ingest import read_paths
    rejected: list[tuple[str, str]] = []
    arts = list(read_paths([str(DEMO_ARTICLES)], lambda o, r: rejected.append((o, r))))
    if rejected:
        raise SystemExit(f"ingest rejected {rejected}")
    return arts


def run(engine: str, oracle: bool, workdir: str | None = None) -> dict[str, Any]:
    """``workdir``: keep the database there (outside the repository) and reuse it on the next run
    (the pipeline skips articles already analysed: delete it after changing the pipeline)."""
    _, gold = load_key()
    from newsweave.pipeline import analyze_corpus
    from newsweave.store import ArticleFilter, open_store
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nw-demo-conflicts-") as tmp:
        work = Path(workdir) if workdir else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(work / "vectors.db"))
        repo = open_store(str(work / "demo.db"))
        res = analyze_corpus(repo, read_demo())
        for f in res.errors:
            print(f"  [pipeline error] {f.describe()}", file=sys.stderr)
        t1 = time.perf_counter()
        groups = CE.system_groups(repo)
        pred = {a.id: ev for ev, arts in groups.items() for a in arts}
        if oracle:
            by_id = {a.id: a for a in repo.iter_articles(ArticleFilter())}
            groups = {ev: [by_id[i] for i in ids if i in by_id] for ev, ids in gold.events().items()}
        conflicts = []
        for gid, arts in groups.items():
            for c in CE.conflicts_for(engine, repo, gid, arts, oracle):
                c["group"] = gid
                conflicts.append(c)
        repo.close()
        t2 = time.perf_counter()
    return {"engine": engine, "oracle": oracle, "gold": gold, "conflicts": conflicts,
            "pred": pred, "groups": {g: [a.id for a in v] for g, v in groups.items()},
            "seconds": {"pipeline": t1 - t0, "conflicts": t2 - t1}}


def majority_event(ids: Sequence[str], gold: CE.Gold) -> str:
    c = Counter(gold.event_of.get(i, "?") for i in ids)
    return min(c, key=lambda e: (-c[e], e)) if c else "?"


def report(res: dict[str, Any], show: bool = False, out=sys.stdout) -> dict[str, Any]:
    gold: CE.Gold = res["gold"]
    p = lambda *a: print(*a, file=out)  # noqa: E731
    mode = "answer-key events" if res["oracle"] else "system events"
    p(f"== demo corpus conflicts: engine={res['engine']} over {mode}; "
      f"{len(res['conflicts'])} conflicts reported")
    bp, br, bf = CE.bcubed(res["pred"], gold.event_of)
    p(f"   event clustering B-cubed vs the key: P {bp:.3f} R {br:.3f} F1 {bf:.3f} "
      f"({len(set(res['pred'].values()))} system events, {len(gold.events())} in the key)")
    summary: dict[str, Any] = {"bcubed": {"p": bp, "r": br, "f1": bf}}
    for label, tiers in (("confident tier", ("confident",)), ("all tiers", CE.TIERS)):
        s = CE.score(res["conflicts"], gold, tiers)
        found, total = s.recall()
        false = [(c, v, ids) for c, v, ids in s.verdicts if v not in ("tp", "disputed_ok")]
        per_event = Counter(majority_event(sorted(CE.conflict_articles(c)), gold) for c, _, _ in false)
        n_ev = len(gold.events())
        p(f"-- {label}: found {found}/{total} listed contradictions; "
          f"{len(false)} false conflicts = {len(false) / n_ev:.2f} per event "
          f"(of {len(s.verdicts)} reported; {sum(1 for _, v, _ in false if v == 'cross_event')} span two events, "
          f"{sum(1 for _, v, _ in false if v == 'compatible')} are softer disagreements)")
        p("   false per event: " + ", ".join(f"{e} {per_event.get(e, 0)}" for e in gold.events()))
        p("   found: " + (", ".join(k["id"] for k in gold.contradictions if s.found.get(k["id"])) or "none"))
        p("   missed: " + (", ".join(k["id"] for k in gold.contradictions if not s.found.get(k["id"]))
                          or "none"))
        summary[label] = {"found": (found, total), "false": len(false),
                          "false_per_event": {e: per_event.get(e, 0) for e in gold.events()}}
        if show and tiers == CE.TIERS:
            for c, v, ids in false:
                p(f"     {v.upper()} {c.get('group', '')} {CE.describe(c)}" + (f" ~ {ids}" if ids else ""))
                for sd in c["sides"]:
                    for e in sd["evidence"][:2]:
                        p(f"         {sd['value']!s:.30} | {e['article']}: "
                          f"{' '.join(str(e['text']).split())!s:.120}")
    p(f"   time: pipeline {res['seconds']['pipeline']:.1f} s, conflicts {res['seconds']['conflicts']:.1f} s")
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--engine", choices=("slots", "report"), default="slots")
    ap.add_argument("--oracle", action="store_true", help="group by answer-key event")
    ap.add_argument("--show", action="store_true", help="print each false conflict")
    ap.add_argument("--json", help="write the figures and every conflict to this JSON file")
    ap.add_argument("--align", choices=("on", "off"),
                    help="the aligned clauses layer (compare/slots/aligned.py) on or off; default: its ENABLED")
    ap.add_argument("--workdir", help="keep (and reuse) the analysed database in this folder, "
                    "outside the repository; default: a temporary folder")
    args = ap.parse_args(argv)
    if args.workdir and Path(args.workdir).resolve().is_relative_to(ROOT):
        ap.error("--workdir must be outside the repository (nothing is cached in it)")
    CE.ALIGN = None if args.align is None else args.align == "on"
    res = run(args.engine, args.oracle, args.workdir)
    summary = report(res, show=args.show)
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "conflicts": res["conflicts"]},
                                              indent=1, default=list, ensure_ascii=False),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
