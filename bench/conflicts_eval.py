"""Score conflict detection on the conflict evaluation set (bench/data/conflicts_eval, issue #10).

    python bench/conflicts_eval.py [--split tuning|heldout|all] [--engine slots|report]
                                   [--oracle] [--show] [--json OUT] [--subset GLOB] [--inner]

What it does, as a user would: the articles of the split (JSON Lines records ``id title text date
lang source``) go through the real pipeline (``newsweave.pipeline.Pipeline``, every stage, into a
temporary SQLite database, like ``newsweave ingest``); then, for each event the system made (or,
with ``--oracle``, for each gold event: clustering errors taken out), conflicts are computed:

* ``--engine slots``: ``newsweave.compare.slots.event_conflicts(articles)`` (the slot engine);
* ``--engine report``: the conflicts of ``newsweave.compare.report.build_report(repo, event)``
  (the same computation as ``slots``, through the report, as a user sees it; the "before"
  figures of the pairwise engine it replaced are in the history of this file).

Matching (``classify``): a reported conflict whose articles all belong to one gold event

* matches a planted contradiction of that event when its slot agrees and two of its sides hold
  articles of two different gold sides → true positive;
* else is a *compatible difference wrongly reported* when the slot agrees and all its articles
  are in that item's article list;
* else is a false positive; a conflict whose articles span two gold events is a false positive
  too ("cross_event"), even when it holds a planted contradiction (unless that gold item itself
  touches both events, as one title in the demo key does).

Tiers: the slot engine marks each conflict confident, disputed or uncertain; the default view
shows confident ones, so headline figures count the confident tier; the "all tiers" figures count
every conflict (a denial item reported in the disputed tier is what the issue asks for, so it is
not counted as wrongly reported).

Prints recall by slot and overall, precision, compatible differences wrongly reported by kind,
false positives by kind, and the B-cubed of the system events against the gold events.
``--subset GLOB`` prints the same figures a second time for the gold events whose id matches
GLOB (e.g. ``'*-g15'``, a later batch of the set), from the same run: their contradictions and
compatible differences, and the conflicts that touch one of their articles.
Deterministic: articles are ingested in (date, id) order; nothing is cached in the repository
(vectors go to a temporary cache unless $NEWSWEAVE_VECTOR_CACHE names one).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "conflicts_eval"
SLOTS = ("when", "where", "how_many", "who_as_what", "outcome")
TIERS = ("confident", "disputed", "uncertain")


# ------------------------------------------------------------------ gold
@dataclass
class Gold:
    """Gold events of a set: which event each article is in, the contradictions and the
    compatible differences (each with the events it touches)."""

    event_of: dict[str, str] = field(default_factory=dict)  # article id -> gold event
    contradictions: list[dict[str, Any]] = field(default_factory=list)  # id, slot, sides, events
    compatible: list[dict[str, Any]] = field(default_factory=list)  # id, kind, slot, articles

    def events(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for a, e in self.event_of.items():
            out[e].append(a)
        return {e: sorted(v) for e, v in sorted(out.items())}


def load_set(data: Path = DATA, split: str = "tuning") -> tuple[list[dict], Gold]:
    """(event documents of the split, their gold)."""
    names = json.loads((data / "split.json").read_text(encoding="utf-8"))
    wanted = names["tuning"] + names["heldout"] if split == "all" else names[split]
    docs = [yaml.safe_load((data / "events" / f"{e}.yaml").read_text(encoding="utf-8"))
            for e in sorted(wanted)]
    return docs, gold_of(docs)


def gold_of(docs: Iterable[dict]) -> Gold:
    g = Gold()
    for d in docs:
        ev = d["event"]
        for a in d["articles"]:
            g.event_of[a["id"]] = ev
        for c in d.get("contradictions") or []:
            g.contradictions.append({"id": f"{ev}/{c['id']}", "slot": c["slot"],
                                     "subject": c.get("subject", ""), "events": {ev},
                                     "sides": [{"value": s["value"], "articles": list(s["articles"]),
                                                "evidence": list(s.get("evidence") or [])}
                                               for s in c["sides"]]})
        for k in d.get("compatible") or []:
            g.compatible.append({"id": f"{ev}/{k['id']}", "kind": k["kind"], "slot": k["slot"],
                                 "subject": k.get("subject", ""), "events": {ev},
                                 "articles": list(k["articles"]),
                                 "evidence": list(k.get("evidence") or [])})
    return g


def article_records(docs: Iterable[dict]) -> list[dict]:
    """The articles as the JSON Lines records a user would ingest, in (date, id) order."""
    recs = [{"id": a["id"], "title": a["title"], "text": " ".join(a["text"].split()),
             "date": a["date"], "lang": a["lang"], "source": a["source"]}
            for d in docs for a in d["articles"]]
    return sorted(recs, key=lambda r: (r["date"] or "9999", r["id"]))


# ------------------------------------------------------------------ conflicts, one shape
def normalize_slot_conflict(c: Any) -> dict[str, Any]:
    """A ``SlotConflict`` (or its JSON) in the scorer's shape."""
    j = c.to_json() if hasattr(c, "to_json") else dict(c)
    return {"slot": j["slot"], "kind": j.get("kind") or j["slot"], "subject": j.get("subject", ""),
            "tier": j.get("tier") or "confident", "confidence": float(j.get("confidence") or 0.0),
            "disputed_by": j.get("disputed_by"),
            "sides": [{"value": str(s.get("value")), "articles": list(s.get("articles") or []),
                       "evidence": [{"article": e.get("article"), "text": e.get("text", "")}
                                    for e in s.get("evidence") or []]}
                      for s in j.get("sides") or []]}


# ------------------------------------------------------------------ matching
def conflict_articles(c: dict) -> set[str]:
    return {a for s in c["sides"] for a in s["articles"]}


def sides_cross(sys_sides: Sequence[dict], gold_sides: Sequence[dict]) -> bool:
    """Two different system sides hold articles of two different gold sides."""
    hits = [{p for p, gs in enumerate(gold_sides) if set(s["articles"]) & set(gs["articles"])}
            for s in sys_sides]
    for i in range(len(hits)):
        for j in range(len(hits)):
            if i != j and any(p != q for p in hits[i] for q in hits[j]):
                return True
    return False


def classify(c: dict, gold: Gold) -> tuple[str, list[str]]:
    """("tp", contradiction ids) | ("compatible", item ids) | ("fp", []) | ("cross_event", [])."""
    arts = conflict_articles(c)
    evs = {gold.event_of.get(a, "?" + a) for a in arts}
    # a gold item may touch two events (the demo key: one person's title in two events)
    tps = [k["id"] for k in gold.contradictions
           if evs <= k["events"] and k["slot"] == c["slot"] and sides_cross(c["sides"], k["sides"])]
    if tps:
        return "tp", tps
    comp = [k["id"] for k in gold.compatible
            if evs <= k["events"] and k["slot"] == c["slot"] and arts <= set(k["articles"])]
    if comp:
        return "compatible", comp
    return ("cross_event" if len(evs) > 1 else "fp"), []


def majority_right(c: dict, k: dict) -> bool:
    """The system's first (majority) side holds articles of the gold side with the most
    articles (gold sides list the majority first), and no side of it holds more of them."""
    if not c["sides"]:
        return False
    big = set(max(k["sides"], key=lambda s: len(s["articles"]))["articles"])
    overlap = [len(set(s["articles"]) & big) for s in c["sides"]]
    return overlap[0] > 0 and overlap[0] == max(overlap)


@dataclass
class Score:
    verdicts: list[tuple[dict, str, list[str]]]
    found: dict[str, list[dict]]  # contradiction id -> conflicts matching it
    compat_hit: dict[str, list[dict]]  # compatible id -> conflicts wrongly reporting it
    gold: Gold

    def recall(self, slot: str | None = None) -> tuple[int, int]:
        ks = [k for k in self.gold.contradictions if slot is None or k["slot"] == slot]
        return sum(1 for k in ks if self.found.get(k["id"])), len(ks)

    def precision(self) -> tuple[int, int]:
        n = len(self.verdicts)
        return sum(1 for _, v, _ in self.verdicts if v == "tp"), n

    def compatible_rate(self, kind: str | None = None) -> tuple[int, int]:
        ks = [k for k in self.gold.compatible if kind is None or k["kind"] == kind]
        return sum(1 for k in ks if self.compat_hit.get(k["id"])), len(ks)


def score(conflicts: Sequence[dict], gold: Gold, tiers: Sequence[str] = ("confident",)) -> Score:
    """Match the conflicts of the given tiers against the gold."""
    verdicts, found, hit = [], defaultdict(list), defaultdict(list)
    comp_kind = {k["id"]: k["kind"] for k in gold.compatible}
    for c in conflicts:
        if c.get("tier", "confident") not in tiers:
            continue
        v, ids = classify(c, gold)
        if v == "compatible" and c.get("tier") == "disputed" and \
                all(comp_kind[i] == "denial" for i in ids):
            v, ids = "disputed_ok", ids  # a denial shown as "disputed by X": as asked
        verdicts.append((c, v, ids))
        for i in ids:
            if v == "tp":
                found[i].append(c)
            elif v == "compatible":
                hit[i].append(c)
    return Score(verdicts, dict(found), dict(hit), gold)


# ------------------------------------------------------------------ clustering
def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of ``pred`` (item -> cluster) against ``gold``."""
    items = sorted(gold)
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for i in items:
        pc[pred.get(i) or "single:" + i].add(i)
        gc[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        a, b = pc[pred.get(i) or "single:" + i], gc[gold[i]]
        both = len(a & b)
        p += both / len(a)
        r += both / len(b)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------ running the system
def use_src() -> None:
    """Import newsweave from this checkout unless $PYTHONPATH already names one."""
    if importlib.util.find_spec("newsweave") is None:
        sys.path.insert(0, str(ROOT / "src"))


def ingest(records: Sequence[dict], workdir: Path) -> Any:
    """Write the records as JSON Lines, read them back with the ingest reader and run the full
    pipeline into a SQLite file under ``workdir``; return the repository."""
    use_src()
    from newsweave.ingest import read_paths
    from newsweave.pipeline import analyze_corpus
    from newsweave.store import open_store

    path = workdir / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    rejected: list[tuple[str, str]] = []
    articles = list(read_paths([str(path)], lambda o, r: rejected.append((o, r))))
    if rejected:
        raise SystemExit(f"ingest rejected {rejected}")
    repo = open_store(str(workdir / "eval.db"))
    res = analyze_corpus(repo, articles)
    for f in res.errors:
        print(f"  [pipeline error] {f.describe()}", file=sys.stderr)
    return repo


def system_groups(repo: Any) -> dict[str, list[Any]]:
    """System event id -> its stored articles."""
    from newsweave.store import ArticleFilter
    return {ev.id: list(repo.iter_articles(ArticleFilter(event=ev.id)))
            for ev in sorted(repo.list_events(), key=lambda e: e.id)}


def claim_similarity(repo: Any) -> Any:
    """The claims' similarity as the report has it: their e5 vectors (cached in the store)."""
    from newsweave.compare.alignment import embed_claims
    from newsweave.enrich.embed import Embedder
    emb = Embedder(repo)

    def sim(claims: Sequence[Any]) -> Any:
        V = embed_claims(claims, emb)
        return V @ V.T
    return sim


ALIGN: bool | None = None  # --align on|off: the aligned figures layer (default: its ENABLED)


def conflicts_for(engine: str, repo: Any, group_id: str, articles: list[Any],
                  oracle: bool) -> list[dict]:
    if engine == "slots":
        from newsweave.compare.slots import event_conflicts
        from newsweave.compare.slots import aligned
        on = aligned.ENABLED if ALIGN is None else ALIGN
        return [normalize_slot_conflict(c) for c in event_conflicts(
            articles, claim_similarity(repo) if on else None, align=on)]
    from newsweave.compare import report as R
    if oracle:
        from newsweave.enrich.embed import Embedder
        rep = R.analyze_articles(articles, target={"id": group_id, "kind": "event", "title": ""},
                                 embedder=Embedder(repo), repo=repo)
    else:
        rep = R.build_report(repo, group_id)
    return [normalize_slot_conflict(c) for c in rep.conflicts]


def run(split: str, engine: str, oracle: bool, data: Path = DATA,
        workdir: str | None = None) -> dict[str, Any]:
    """``workdir``: keep the database there (outside the repository) and reuse it on the next run
    (the pipeline skips articles already analysed: delete it after changing the pipeline)."""
    docs, gold = load_set(data, split)
    records = article_records(docs)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nw-conflicts-") as tmp:
        work = Path(workdir) / split if workdir else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(work / "vectors.db"))
        repo = ingest(records, work)
        t1 = time.perf_counter()
        groups = system_groups(repo)
        pred = {a.id: ev for ev, arts in groups.items() for a in arts}
        if oracle:
            by_id = {a.id: a for arts in groups.values() for a in arts}
            from newsweave.store import ArticleFilter
            for a in repo.iter_articles(ArticleFilter()):
                by_id.setdefault(a.id, a)
            groups = {ev: [by_id[i] for i in ids if i in by_id] for ev, ids in gold.events().items()}
        conflicts: list[dict] = []
        for gid, arts in groups.items():
            for c in conflicts_for(engine, repo, gid, arts, oracle):
                c["group"] = gid
                conflicts.append(c)
        repo.close()
        t2 = time.perf_counter()
    return {"split": split, "engine": engine, "oracle": oracle, "gold": gold,
            "conflicts": conflicts, "pred": pred, "groups": {g: [a.id for a in v] for g, v in groups.items()},
            "seconds": {"pipeline": t1 - t0, "conflicts": t2 - t1}}


def restrict(res: dict[str, Any], pattern: str) -> dict[str, Any]:
    """The run's result seen through the gold events whose id matches ``pattern`` only: globs
    separated by commas, any of which matches; a glob after "!" excludes ("!*-g16": the others)."""
    from fnmatch import fnmatch
    gold: Gold = res["gold"]
    pats = pattern.split(",")
    inc = [p for p in pats if not p.startswith("!")] or ["*"]
    exc = [p[1:] for p in pats if p.startswith("!")]
    keep = {e for e in gold.events() if any(fnmatch(e, p) for p in inc) and not any(fnmatch(e, p) for p in exc)}
    sub = Gold(event_of={a: e for a, e in gold.event_of.items() if e in keep},
               contradictions=[k for k in gold.contradictions if k["events"] <= keep],
               compatible=[k for k in gold.compatible if k["events"] <= keep])
    arts = set(sub.event_of)
    return {**res, "split": f"{res['split']} (subset {pattern})", "gold": sub,
            "conflicts": [c for c in res["conflicts"] if conflict_articles(c) & arts],
            "pred": {a: ev for a, ev in res["pred"].items() if a in arts},
            "groups": {g: ids for g, ids in res["groups"].items() if set(ids) & arts}}


# ------------------------------------------------------------------ printing
def _r(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.2f}" if d else f"{n}/0 = –"


def describe(c: dict) -> str:
    sides = " vs ".join(f"{s['value']!s:.40} {sorted(s['articles'])}" for s in c["sides"])
    return f"[{c['slot']}/{c['kind']} {c.get('tier', '')} {c.get('confidence', 0):.2f}] " \
           f"{c.get('subject', '')!s:.40}: {sides}"


def report(res: dict[str, Any], show: bool = False, out=sys.stdout) -> dict[str, Any]:
    gold: Gold = res["gold"]
    conflicts = res["conflicts"]
    p = lambda *a: print(*a, file=out)  # noqa: E731
    mode = "oracle events (gold grouping)" if res["oracle"] else "system events"
    p(f"== conflicts eval: split={res['split']} engine={res['engine']} over {mode}")
    n_art = len(gold.event_of)
    tier_counts = ", ".join(f"{t} {sum(1 for c in conflicts if c.get('tier') == t)}" for t in TIERS)
    p(f"   {len(gold.events())} gold events, {n_art} articles, {len(gold.contradictions)} planted "
      f"contradictions, {len(gold.compatible)} compatible differences; "
      f"{len(res['groups'])} groups scored, {len(conflicts)} conflicts reported "
      f"({tier_counts})")
    bp, br, bf = bcubed(res["pred"], gold.event_of)
    p(f"   event clustering B-cubed (system events vs gold): P {bp:.3f} R {br:.3f} F1 {bf:.3f} "
      f"({len(set(res['pred'].values()))} system events)")
    summary: dict[str, Any] = {"bcubed": {"p": bp, "r": br, "f1": bf}}
    for label, tiers in (("confident tier", ("confident",)), ("all tiers", TIERS)):
        s = score(conflicts, gold, tiers)
        tp, n = s.precision()
        rec = s.recall()
        verd = Counter(v for _, v, _ in s.verdicts)
        p(f"-- {label}: {n} conflicts")
        p(f"   recall    {_r(*rec)}  by slot: "
          + ", ".join(f"{sl} {_r(*s.recall(sl))}" for sl in SLOTS))
        dup = sum(len(v) - 1 for v in s.found.values())
        maj = sum(1 for k in gold.contradictions for c in s.found.get(k["id"], [])[:1]
                  if majority_right(c, k))
        p(f"   precision {_r(tp, n)}  (tp {verd['tp']}, of which {dup} repeat a found contradiction; "
          f"compatible {verd['compatible']}, fp {verd['fp']}, cross-event fp {verd['cross_event']}"
          + (f", denials shown as disputed {verd['disputed_ok']}" if verd["disputed_ok"] else "")
          + f"); majority side right on {maj}/{len(s.found)} found")
        kinds = sorted({k["kind"] for k in gold.compatible})
        p(f"   compatible wrongly reported {_r(*s.compatible_rate())}  by kind: "
          + ", ".join(f"{k} {s.compatible_rate(k)[0]}/{s.compatible_rate(k)[1]}" for k in kinds))
        fpk = Counter(f"{c['slot']}/{c['kind']}" + (" cross-event" if v == "cross_event" else "")
                      for c, v, _ in s.verdicts if v in ("fp", "cross_event"))
        p("   false positives by kind: " + (", ".join(f"{k} {n}" for k, n in sorted(fpk.items()))
                                            or "none"))
        summary[label] = {"recall": rec, "recall_by_slot": {sl: s.recall(sl) for sl in SLOTS},
                          "precision": (tp, n), "compatible": s.compatible_rate(),
                          "compatible_by_kind": {k: s.compatible_rate(k) for k in kinds},
                          "verdicts": dict(verd), "fp_by_kind": dict(fpk)}
        if show and tiers == TIERS:
            p("   missed contradictions:")
            for k in gold.contradictions:
                if not s.found.get(k["id"]):
                    p(f"     FN {k['id']} [{k['slot']}] {k['subject']}: " + " vs ".join(
                        f"{sd['value']} {sd['articles']} {sd['evidence'][:1]}" for sd in k["sides"]))
            p("   reported conflicts that are not planted contradictions:")
            for c, v, ids in s.verdicts:
                if v in ("tp", "disputed_ok"):
                    continue
                p(f"     {v.upper()} {c.get('group', '')} {describe(c)}" + (f" ~ {ids}" if ids else ""))
                for sd in c["sides"]:
                    for e in sd["evidence"][:2]:
                        p(f"         {sd['value']!s:.30} | {e['article']}: {' '.join(str(e['text']).split())!s:.120}")
    p(f"   time: pipeline {res['seconds']['pipeline']:.1f} s, conflicts {res['seconds']['conflicts']:.1f} s")
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tuning", "heldout", "all"), default="tuning")
    ap.add_argument("--engine", choices=("slots", "report"), default="slots")
    ap.add_argument("--oracle", action="store_true", help="group by gold event, not system events")
    ap.add_argument("--show", action="store_true", help="print each false/missed conflict")
    ap.add_argument("--json", help="write the figures to this JSON file")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--subset", action="append", help="also print the figures for the gold events "
                    "matching this glob (e.g. '*-g15'; several globs: 'a*,b*'; '!*-g16': all but those), "
                    "from the same run; may be repeated")
    ap.add_argument("--inner", action="store_true", help="also print the inner halves of "
                    "data/conflicts_eval/inner_split.json (read, check, older); with --show, errors are "
                    "printed for the read and check halves (the check half is read from session 23)")
    ap.add_argument("--align", choices=("on", "off"),
                    help="the aligned figures layer (compare/slots/aligned.py) on or off; default: its ENABLED")
    ap.add_argument("--workdir", help="keep (and reuse) the analysed database in this folder, "
                    "outside the repository; default: a temporary folder")
    args = ap.parse_args(argv)
    if args.workdir and Path(args.workdir).resolve().is_relative_to(ROOT):
        ap.error("--workdir must be outside the repository (nothing is cached in it)")
    global ALIGN
    ALIGN = None if args.align is None else args.align == "on"
    res = run(args.split, args.engine, args.oracle, Path(args.data), args.workdir)
    summary = report(res, show=args.show and not args.inner)
    if args.inner:
        if args.split != "tuning":
            ap.error("--inner cuts the tuning half only")
        inner = json.loads((Path(args.data) / "inner_split.json").read_text(encoding="utf-8"))
        for name in ("read", "check", "older"):
            pattern = inner[name] if isinstance(inner[name], str) else ",".join(inner[name])
            print(f"\n== inner half: {name}")
            summary[f"inner_{name}"] = report(restrict(res, pattern), show=args.show and name != "older")
    for k, pattern in enumerate(args.subset or []):
        summary["subset" if k == 0 else f"subset{k + 1}"] = report(restrict(res, pattern), show=args.show)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
