"""Event assignment latency and memory as the corpus grows, and whole-pipeline throughput.

    .venv/bin/python bench/latency.py                       # growth 10k, 100k, 1M + pipeline
    .venv/bin/python bench/latency.py --sizes 1000000 --skip-pipeline
    .venv/bin/python bench/latency.py --budget 180          # skip sizes whose build would exceed it

Growth curve: a clusterer state of N synthetic articles (384-d vectors drawn around N/4 event
centres so that members have cosine ~0.8, sparse term and specifics vectors, day dates) is built
directly in memory, 20k articles at a time (vectors bulk-added to the event index, whose rows
the features keep as views), then ``--queries`` new articles are
assigned one at a time through the public ``EventClusterer.assign`` with an in-memory store (so the
store writes are included); the embedder is a stub returning each new article's synthetic vector,
so the figure is the clustering cost alone (embedding is measured in the pipeline part). Every size
is built (1M takes ~7 GiB and minutes); with ``--budget``, a size whose build would exceed it
(extrapolated from the previous size) is not built, and says so. Bytes per article: resident
memory grown by building the state, and the event index's part of it (exact vectors, labels,
int8 codes of the partition). Recall: the share of the 4 exact nearest neighbours (the query's
event members: uniformly spread centres, the hardest case for a partition) that the index
returns, and how often the query's event is among the events of the k neighbours the linker
reads (what its decision depends on), on the first 100 queries.

Pipeline: ``analyze_corpus`` (all stages) on a mixed-language sample of the eval corpora with a
fresh store and no vector cache, reporting articles/s and the time per stage, the embedding model
time apart.
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))

from newsweave.enrich.embed import Embedder  # noqa: E402
from newsweave.link.event_dates import DateSpan  # noqa: E402
from newsweave.link.event_features import ArticleFeatures, SVec  # noqa: E402
from newsweave.link.events import EventClusterer  # noqa: E402
from newsweave.model import Article, DateInfo  # noqa: E402
from newsweave.store.sqlite import SQLiteRepository  # noqa: E402

DIM = Embedder.dim  # synthetic vectors have the size of the stub embedder's
BASE_DAY = 740_000  # an ordinal day (year 2026)


def rss_bytes() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


class StubEmbedder(Embedder):
    """Returns the vector registered for an article id (no model)."""

    model_name = "stub"

    def __init__(self):
        super().__init__(None)
        self.table: dict[str, np.ndarray] = {}

    def embed_articles(self, articles):
        return np.stack([self.table[a.id] for a in articles])


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def make_state(n: int, seed: int = 0, chunk: int = 20_000):
    """A clusterer holding ``n`` synthetic articles in n/4 events (stories of 10 events), built
    chunk by chunk (vectors, terms and names drawn a chunk at a time: bounded temporary memory)."""
    rng = np.random.default_rng(seed)
    n_ev = max(1, n // 4)
    centres = unit(rng.standard_normal((n_ev, DIM)).astype(np.float32))
    emb = StubEmbedder()
    repo = SQLiteRepository(":memory:")
    cl = EventClusterer(repo, embedder=emb)
    cl._loaded = True  # the state is built here, not restored from the (empty) store
    state = cl.linker.state
    ev_of = np.arange(n) % n_ev
    t0 = time.perf_counter()
    rss0 = rss_bytes()
    noise = 0.5 / math.sqrt(DIM)
    no_ent = SVec(np.zeros(0, np.int64), np.zeros(0, np.float32))
    t_index = 0.0
    for s in range(0, n, chunk):
        e = min(n, s + chunk)
        m, evs = e - s, ev_of[s:e]
        V = unit(centres[evs] + noise * rng.standard_normal((m, DIM)).astype(np.float32))
        t = time.perf_counter()
        views = cl.ann.add(np.arange(s, e), V)  # the features keep views of the index's copy
        t_index += time.perf_counter() - t
        del V
        # 40 terms: 25 from the event's own vocabulary, 15 common ones; 10 specifics
        keys = np.concatenate([(evs[:, None] * 1000 + rng.integers(0, 60, (m, 25))) << 2,
                               rng.integers(0, 5000, (m, 15)) << 2], axis=1).astype(np.int64)
        vals = unit(rng.random((m, 40)).astype(np.float32))
        nk = ((evs[:, None] * 1000 + rng.integers(0, 20, (m, 10))) << 2 | 1).astype(np.int64)
        nv = unit(rng.random((m, 10)).astype(np.float32))
        days = BASE_DAY + (evs * 7) % 700
        for j in range(m):
            i, ev, day = s + j, int(evs[j]), int(days[j])
            f = ArticleFeatures(key=i, db_id=None, ext_id=f"s{i}", lang="en", title=f"event {ev}",
                                vec=views[j], terms=Counter(), tfidf=SVec(keys[j], vals[j]),
                                names=SVec(nk[j], nv[j]), entities=no_ent,
                                date=DateSpan(day, day, "day"), dated=True)
            state.feats[i] = f
            state.ext_label[f.ext_id] = i
            eid = f"E{ev + 1:07d}"
            c = state.events.get(eid)
            if c is None:
                c = state.events[eid] = state.new_cluster(eid)
                c.story = f"S{ev // 10 + 1:07d}"
            c.add(f)
            state.label_event[i] = eid
    t_build = time.perf_counter() - t0
    for eid, c in state.events.items():
        st = state.stories.get(c.story)
        if st is None:
            st = state.stories[c.story] = state.new_cluster(c.story)
        st.events.add(eid)
        st.members.extend(c.members)  # sums are not needed for the latency of event assignment
        st.vec_sum = c.vec_sum if st.vec_sum is None else st.vec_sum + c.vec_sum
    repo.set_state("events.next_event", n_ev + 1)
    repo.set_state("events.next_story", n_ev // 10 + 2)
    cl.persistence.restore_counters(cl.linker)
    gc.collect()
    return cl, emb, centres, rng, t_build, t_index, rss_bytes() - rss0


def deep_size(obj, seen: set[int]) -> int:
    """Bytes held by ``obj`` and what it references (an array view counts its header only: the
    index's vector rows are the index's)."""
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, np.ndarray):
        return size
    if isinstance(obj, dict):
        return size + sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return size + sum(deep_size(x, seen) for x in obj)
    if hasattr(obj, "__dict__"):
        size += deep_size(vars(obj), seen)
    for slot in getattr(type(obj), "__slots__", ()):
        if hasattr(obj, slot):
            size += deep_size(getattr(obj, slot), seen)
    return size


def breakdown(cl, sample: int = 2000) -> dict[str, int]:
    """Bytes per article of the article features and of the event sums, from a sample."""
    st = cl.linker.state
    feats = list(st.feats.values())[:: max(1, len(st.feats) // sample)]
    events = list(st.events.values())[:: max(1, len(st.events) // sample)]
    f = sum(deep_size(x, set()) for x in feats) / len(feats)
    members = sum(e.size for e in events) or 1
    e = sum(deep_size(x, set()) for x in events) / members
    return {"features": int(f), "events": int(e)}


def measure(n: int, queries: int, recall_queries: int = 100) -> dict:
    cl, emb, centres, rng, t_build, t_index, mem = make_state(n)
    parts = breakdown(cl)
    lat: list[float] = []
    cpu: list[float] = []  # CPU time of this process per assign (the machine may be shared)
    found = want = ev_found = 0
    noise = 0.5 / math.sqrt(DIM)
    for q in range(queries):
        ev = int(rng.integers(0, len(centres)))
        aid = f"q{q}"
        v = emb.table[aid] = unit(centres[ev] + noise * rng.standard_normal(DIM).astype(np.float32))
        if q < recall_queries:  # index recall: the 4 true nearest (the event's members) found?
            exact = set(cl.ann.exact_query(v, 4)[0].tolist())
            got = cl.ann.query(v, cl.linker.cfg.k)[0]
            found += len(exact & set(got[:4].tolist()))
            want += len(exact)
            # what decides: the query's event among the events of the k neighbours the linker reads
            ev_found += any(lab < n and lab % len(centres) == ev for lab in got.tolist())
        words = " ".join(f"w{ev}x{k}" for k in rng.integers(0, 60, 30))
        a = Article(id=aid, title=f"Report {q}", text=f"Report {q}\n{words}", lang="en",
                    date=DateInfo((np.datetime64("1970-01-01") + (BASE_DAY - 719_163 + (ev * 7) % 700))
                                  .astype(str)))
        cl.repo.add_article(a)
        t, c = time.perf_counter(), time.process_time()
        cl.assign([a])
        lat.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    lat_ms = np.array(lat) * 1000
    cpu_ms = np.array(cpu) * 1000
    ann = cl.ann
    return {"n": n, "build_s": round(t_build, 1), "index_s": round(t_index, 1),
            "mem_bytes_per_article": int(mem / n), **{f"{k}_bytes": v for k, v in parts.items()},
            "ann_bytes_per_article": int(ann.memory_bytes() / n),
            "mode": (f"exact scan" if ann.lists is None else
                     f"{len(ann.lists.centroids)} lists, {ann.nprobe} probed"),
            "recall4": found / max(1, want), "event_recall": ev_found / min(queries, recall_queries),
            "p50_ms": round(float(np.percentile(lat_ms, 50)), 2),
            "p99_ms": round(float(np.percentile(lat_ms, 99)), 2),
            "max_ms": round(float(lat_ms.max()), 2), "rss_gib": rss_bytes() / 2**30,
            "cpu_p50_ms": round(float(np.percentile(cpu_ms, 50)), 2),
            "cpu_p99_ms": round(float(np.percentile(cpu_ms, 99)), 2)}


def growth(args) -> None:
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"== Event assignment latency vs corpus size ({args.queries} single-article assigns each; "
          f"synthetic 384-d vectors, clustering + store writes, no embedding)")
    rows = []
    for n in sizes:
        if rows and args.budget:
            est = rows[-1]["build_s"] * n / rows[-1]["n"] * 1.2
            if est > args.budget:
                print(f"  N={n:>9,}: not built (build estimated {est:.0f}s > budget {args.budget}s)")
                continue
        r = measure(n, args.queries)
        rows.append(r)
        print(f"  N={n:>9,}: p50 {r['p50_ms']:.2f} ms  p99 {r['p99_ms']:.2f} ms  max {r['max_ms']:.1f} ms "
              f"(CPU time p50 {r['cpu_p50_ms']:.2f} ms  p99 {r['cpu_p99_ms']:.2f} ms) | index "
              f"{r['mode']}, recall of the 4 nearest {r['recall4']:.3f}, query's event among the "
              f"neighbours' {r['event_recall']:.3f} | memory "
              f"{r['mem_bytes_per_article']:,} B/article: index {r['ann_bytes_per_article']:,}, "
              f"article features ~{r['features_bytes']:,}, event sums ~{r['events_bytes']:,} "
              f"(sampled; the rest: dicts of ids, allocator) | built in {r['build_s']}s "
              f"(index {r['index_s']}s), RSS {r['rss_gib']:.1f} GiB", flush=True)
        gc.collect()


def pipeline(args) -> None:
    docs = []
    rnd = random.Random(7)
    ecb = [json.loads(x) for x in open(SHARED / "eval/ecbplus-events/docs.jsonl", encoding="utf-8")]
    docs += rnd.sample(ecb, args.pipeline_n // 2)
    sl = [json.loads(x) for x in open(SHARED / "eval/slavic-entities/docs.jsonl", encoding="utf-8")]
    for lang in ("ru", "uk"):
        pool = [d for d in sl if d["lang"] == lang]
        docs += rnd.sample(pool, args.pipeline_n // 4)
    os.environ.pop("NEWSWEAVE_VECTOR_CACHE", None)
    arts = [Article(id=d["id"], text=d["text"], title=d.get("title"), lang=d.get("lang"),
                    date=DateInfo(d["date"]) if d.get("date") else None) for d in docs]
    repo = SQLiteRepository(":memory:")
    from newsweave.pipeline import Pipeline
    from newsweave.components import Components
    emb = Embedder(repo)
    pipe = Pipeline(repo, components=Components(embedder=emb))
    chars = sum(len(a.text) for a in arts)
    print(f"\n== Whole pipeline (analyze_corpus, all stages) on {len(arts)} articles "
          f"({Counter(a.lang for a in arts)}; {chars / len(arts):.0f} chars avg), fresh store, "
          f"no vector cache, {os.cpu_count()} cores (shared machine)")
    # warm-up (model loading is a one-off start-up cost, reported apart)
    t = time.perf_counter()
    warm = [Article(id=f"warm{i}", text=f"Warm-up text number {i}. Nothing happens here.", lang="en")
            for i in range(2)]
    pipe.run(warm)
    t_warm = time.perf_counter() - t
    emb.seconds = 0.0
    t = time.perf_counter()
    res = pipe.run(arts)
    wall = time.perf_counter() - t
    print(f"  start-up (models loading, 2 warm-up articles): {t_warm:.1f}s")
    print(f"  {len(arts) / wall:.1f} articles/s ({wall:.1f}s for {len(arts)})")
    # stage times are on the main thread; the embedder runs ahead on a second thread while NER
    # runs, so its model time overlaps the stages and is shown apart (share of wall time)
    print(f"    {'embedding (second thread)':<28} {emb.seconds:7.2f}s  {100 * emb.seconds / wall:5.1f}%  "
          f"{1000 * emb.seconds / len(arts):7.1f} ms/article")
    for k, v in sorted(res.timings.items(), key=lambda kv: -kv[1]):
        print(f"    {k:<28} {v:7.2f}s  {100 * v / wall:5.1f}%  {1000 * v / len(arts):7.1f} ms/article")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--budget", type=float, default=0.0,
                    help="max seconds to build one size (0: build every size)")
    ap.add_argument("--skip-growth", action="store_true")
    ap.add_argument("--skip-pipeline", action="store_true")
    ap.add_argument("--pipeline-n", type=int, default=80)
    args = ap.parse_args()
    if not args.skip_growth:
        growth(args)
    if not args.skip_pipeline:
        pipeline(args)


if __name__ == "__main__":
    main()
