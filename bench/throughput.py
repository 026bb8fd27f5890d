"""Whole-pipeline throughput against a full-article embedding pipeline, side by side in one run.

    .venv/bin/python bench/throughput.py                  # 300 articles, 1 process
    .venv/bin/python bench/throughput.py --n 120 --workers 0,1,2
    .venv/bin/python bench/throughput.py --profile out.prof --skip-baseline

Corpus: a fixed, seeded mix of the shared eval corpora in 7 languages (en from ECB+, fr from the
French TimeBank, ru uk pl cs bg from the Slavic entities set), in a shuffled order. Both sides
start warm (models loaded and lemma tables mapped by one warm-up article per language, reported
apart), with a fresh in-memory store and no vector cache:

* **pipeline**: ``Pipeline.run`` with every stage (clean, dedup, timex, entities, resolve, quotes,
  events) in this process, or with enrichment on a ``LocalCluster`` of ``--workers`` processes;
  ``--prepare-reports`` adds what ``newsweave ingest --db`` does after analysis: the claims of
  reports extracted and embedded (:mod:`newsweave.compare.claim_prep`), so the figure is the
  CLI's end-to-end rate;
* **full-article embedding**: the same model (``E5Model``, same batch size) embedding the full text
  of every article, nothing else.

The machine is shared, so each side prints wall-clock articles/s and CPU-time articles/s (user +
sys of this process and of its children, from ``resource.getrusage``; for a cluster run the worker
processes are children). The ratio is pipeline / baseline for both. The pipeline's CPU time is
also charged to its stages (``time.thread_time`` in the thread that spends it: ingest, clean,
dedup, time, NER, linking, quotes, store, embeddings), and turned into an estimate of the wall
rate on idle cores (the main thread's own work is a critical path; the rest spreads over the
cores). ``--dump`` writes what the run decided (events, stories, entities, time expressions,
quotes) to compare two versions of the code; ``--profile`` profiles the main thread's CPU time.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import random
import resource
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))

from newsweave.components import Components  # noqa: E402
from newsweave.enrich import lemma_dicts, ner_ahead  # noqa: E402
from newsweave.enrich.embed import E5Model, Embedder, native_threads  # noqa: E402
from newsweave.lang import languages  # noqa: E402
from newsweave.model import Article, DateInfo  # noqa: E402
from newsweave.pipeline import Pipeline, PipelineConfig  # noqa: E402
from newsweave.store.sqlite import SQLiteRepository  # noqa: E402

# share of the corpus per (eval set, language)
MIX = (("ecbplus-events", "en", 0.20), ("fr-timebank", "fr", 0.14), ("slavic-entities", "ru", 0.18),
       ("slavic-entities", "uk", 0.16), ("slavic-entities", "pl", 0.12),
       ("slavic-entities", "cs", 0.10), ("slavic-entities", "bg", 0.10))


def corpus(n: int, seed: int = 7) -> tuple[list[Article], list[Article]]:
    """The measured articles, and one warm-up article per language taken outside them (so that
    every model and dictionary the run needs is loaded before the clock starts)."""
    rnd = random.Random(seed)
    docs: list[dict] = []
    warm: list[dict] = []
    pools: dict[str, list[dict]] = {}
    for name, lang, share in MIX:
        if name not in pools:
            pools[name] = [json.loads(x) for x in open(SHARED / "eval" / name / "docs.jsonl", encoding="utf-8")]
        pool = [d for d in pools[name] if d.get("lang") == lang]
        picked = rnd.sample(pool, min(len(pool) - 1, max(1, round(n * share))))
        docs += picked
        warm.append(next(d for d in pool if d not in picked))
    rnd.shuffle(docs)
    return [_article(d) for d in docs[:n]], [_article(d, "warm-") for d in warm]


def _article(d: dict, prefix: str = "") -> Article:
    return Article(id=prefix + d["id"], text=d["text"], title=d.get("title"), lang=d.get("lang"),
                   date=DateInfo(d["date"]) if d.get("date") else None)


def cpu_seconds() -> float:
    """User + sys of this process and of its waited-for children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class Timed:
    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> "Timed":
        self._w, self._c = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self._w, cpu_seconds() - self._c


class CpuLedger:
    """CPU time per label, in the thread that spends it (``time.thread_time``); a wrapped call
    inside another is charged to its own label only (the outer label keeps its self time)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.by_thread: dict[str, float] = {}
        self._local = threading.local()
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, obj: object, attr: str, label: str) -> None:
        inner = getattr(obj, attr)
        self._undo.append((obj, attr, obj.__dict__.get(attr)))

        def timed(*args: object, **kwargs: object) -> object:
            stack = self._local.__dict__.setdefault("stack", [])
            stack.append(0.0)
            t = time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent = time.thread_time() - t
                nested = stack.pop()
                self.cpu[label] = self.cpu.get(label, 0.0) + spent - nested
                who = threading.current_thread().name
                self.by_thread[who] = self.by_thread.get(who, 0.0) + spent - nested
                if stack:
                    stack[-1] += spent
        setattr(obj, attr, timed)

    def restore(self) -> None:
        """Put back what :meth:`wrap` replaced (a method of the class: remove the wrapper)."""
        for obj, attr, before in reversed(self._undo):
            if before is None:
                delattr(obj, attr)
            else:
                setattr(obj, attr, before)
        self._undo = []


def instrument(pipe: Pipeline, emb: Embedder) -> CpuLedger:
    """Charge the pipeline's CPU to the stages of the issue's list (ingest = storing the raw
    inputs, NER = model calls ahead + recognition, embeddings = the model on any thread)."""
    led = CpuLedger()
    label = {"timex": "time", "entities": "NER", "resolve": "linking (entities)",
             "quotes": "quotes", "events": "linking (events)", "reanchor": "time"}
    for st in pipe.stages:
        led.wrap(st, "apply" if st.per_article else "apply_batch", label.get(st.name, st.name))
    led.wrap(ner_ahead, "compute", "NER")
    led.wrap(pipe, "_store", "ingest")
    led.wrap(pipe, "_save", "store")
    led.wrap(emb.model, "embed", "embeddings")
    return led


def run_pipeline(arts: list[Article], warm: list[Article], workers: int,
                 profile: str | None, prepare_reports: bool = False) -> tuple[Timed, dict]:
    repo = SQLiteRepository(":memory:")
    emb = Embedder(repo)
    cluster = None
    if workers:
        from newsweave.cluster import LocalEnrichCluster
        cluster = LocalEnrichCluster(workers)
    extra = {"enricher": cluster.enricher()} if cluster else {}  # (the base commit has no enricher)
    pipe = Pipeline(repo, PipelineConfig(vector_cache=None, prepare_reports=prepare_reports),
                    Components(embedder=emb), **extra)
    led = instrument(pipe, emb)
    try:
        t = time.perf_counter()
        # segments of an article may be in any known language, not only the article's own
        preload_dictionaries({a.lang for a in arts + warm if a.lang} | {x.code for x in languages()})
        pipe.run([_copy(a) for a in warm])
        start = time.perf_counter() - t
        fresh = [_copy(a) for a in arts]
        led.cpu.clear()
        led.by_thread.clear()
        # CPU time of this thread only: the embedding thread is measured by the ledger
        prof = cProfile.Profile(time.thread_time) if profile else None
        cpu0 = cluster.worker_cpu_seconds() if cluster else 0.0
        with Timed() as tm:
            if prof:
                prof.enable()
            res = pipe.run(fresh)
            if prof:
                prof.disable()
        if prof:
            prof.dump_stats(profile)
        if cluster is not None:
            tm.cpu += cluster.worker_cpu_seconds() - cpu0
        return tm, {"start": start, "timings": res.timings, "embed_s": emb.seconds, "cpu": dict(led.cpu),
                    "main_cpu": led.by_thread.get(threading.main_thread().name, 0.0),
                    "events": len({a.event for a in res.articles if a.event}), "dump": dump(res.articles),
                    "prepared": res.prepared}
    finally:
        led.restore()
        pipe.close()
        if cluster is not None:
            cluster.close()


def dump(articles: list[Article]) -> dict:
    """What the run decided, comparable across code versions: the article groups of each event
    and story, and every article's entities, time expressions and quotes."""
    groups: dict[str, dict[str, list[str]]] = {"events": {}, "stories": {}}
    for a in articles:
        if a.event:
            groups["events"].setdefault(a.event, []).append(a.id)
        if a.story:
            groups["stories"].setdefault(a.story, []).append(a.id)
    return {
        "events": sorted(sorted(g) for g in groups["events"].values()),
        "stories": sorted(sorted(g) for g in groups["stories"].values()),
        "articles": {a.id: {"date": a.date.value if a.date else None, "duplicate_of": a.duplicate_of,
                            "entities": [[m.start, m.end, m.type, m.lemma, m.entity, m.attrs.get("roles")]
                                         for m in a.entities],
                            "timexes": [[t.start, t.end, t.type, t.value] for t in a.timexes],
                            "quotes": [[q.start, q.end, q.speaker, q.kind, q.entity] for q in a.quotes]}
                     for a in articles},
    }


def preload_dictionaries(langs: set[str]) -> None:
    """Map the lemma tables of the corpus languages (built once per machine, at setup or on
    first use: ``python -m newsweave.enrich.lemma_dicts``), as a long-running intake process has."""
    for code in sorted(langs):
        try:
            lemma_dicts.lemmatize("test", code)
        except ValueError:  # a language simplemma has no dictionary for: nothing to load
            continue


def _copy(a: Article) -> Article:
    return Article(id=a.id, text=a.text, title=a.title, lang=a.lang, date=a.date)


def run_baseline(arts: list[Article], warm: list[Article], threads: int | None) -> tuple[Timed, float]:
    """Full texts through the model; ``threads`` caps its OpenMP threads (None: all cores, the
    model's default, as a pipeline that only embeds would run it)."""
    model = E5Model()
    with native_threads(threads) if threads else contextlib.nullcontext():
        t = time.perf_counter()
        model.embed([a.text for a in warm])
        start = time.perf_counter() - t
        with Timed() as tm:
            model.embed([a.text for a in arts])
    return tm, start


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def rate(n: int, secs: float) -> float:
    return n / secs if secs > 0 else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", default="0", help="comma-separated: 0 = one process, N = LocalCluster")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--baseline-threads", type=int, help="cap the full-article model's OpenMP threads "
                                                          "(default: all cores, the model's default)")
    ap.add_argument("--profile", help="write cProfile stats (main thread CPU time) of the first pipeline run here")
    ap.add_argument("--prepare-reports", action="store_true",
                    help="also prepare the claims of reports after analysis, as `newsweave ingest --db` does "
                         "(extracted and embedded: the CLI's end-to-end path; stage 'claims')")
    ap.add_argument("--dump", help="write the first pipeline run's events, stories, entities, time "
                                   "expressions and quotes here (JSON), to compare code versions")
    args = ap.parse_args()
    os.environ.pop("NEWSWEAVE_VECTOR_CACHE", None)
    arts, warm = corpus(args.n)
    chars = sum(len(a.text) for a in arts)
    print(f"== {len(arts)} articles {dict(Counter(a.lang for a in arts))}, {chars / len(arts):.0f} chars "
          f"avg; {os.cpu_count()} cores (shared machine: CPU-time rates are user+sys)")
    rows = {}
    for i, w in enumerate(int(x) for x in args.workers.split(",")):
        tm, info = run_pipeline(arts, warm, w, args.profile if i == 0 else None, args.prepare_reports)
        rows[w] = tm
        if i == 0 and args.dump:
            Path(args.dump).write_text(json.dumps(info["dump"], ensure_ascii=False, indent=0), encoding="utf-8")
        label = "one process" if w == 0 else f"{w} worker process(es)"
        print(f"  pipeline, {label}: {rate(len(arts), tm.wall):.1f} articles/s wall ({tm.wall:.1f}s), "
              f"{rate(len(arts), tm.cpu):.1f} articles/CPU-s ({tm.cpu:.1f} CPU-s); start-up "
              f"{info['start']:.1f}s; {info['events']} events")
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(info["timings"].items(), key=lambda kv: -kv[1]))
        print(f"    stages, wall (main thread): {stages}; embedding model {info['embed_s']:.1f}s")
        if info["prepared"] is not None:
            p = info["prepared"]
            print(f"    claims prepared: {p.articles} articles, {p.claims} claims, {p.embedded} texts "
                  f"embedded, {p.unaligned} articles' claims stored without vectors (alone in their "
                  f"event), {p.deferred} articles alone in their story left to their report")
        cpu = info["cpu"]
        other = tm.cpu - sum(cpu.values())
        parts = ", ".join(f"{k} {v:.1f}" for k, v in sorted(cpu.items(), key=lambda kv: -kv[1]))
        print(f"    CPU-s by stage: {parts}, other {other:.1f} (all threads {tm.cpu:.1f}; main thread "
              f"{info['main_cpu'] + other:.1f})")
        if w == 0:
            # wall on idle cores at these CPU costs: the stages other than embedding run on the
            # main thread (a critical path); embedding spreads over the cores, first beside those
            # stages, then on both threads (give or take one chunk at the end)
            stages_cpu = tm.cpu - cpu.get("embeddings", 0.0)
            est = max(stages_cpu, tm.cpu / cores())
            print(f"    on {cores()} idle cores at these CPU costs: ~{rate(len(arts), est):.1f} articles/s "
                  f"wall ({est:.1f}s; an estimate: CPU time on a loaded machine is itself inflated)")
    for w, tm in rows.items():
        if w and 0 in rows:
            print(f"  speed-up of {w} worker(s) over one process: {rows[0].wall / tm.wall:.2f}x wall")
        if w > 1 and 1 in rows:
            print(f"  speed-up of {w} workers over 1 worker: {rows[1].wall / tm.wall:.2f}x wall")
    if args.skip_baseline:
        return
    base, start = run_baseline(arts, warm, args.baseline_threads)
    label = f"{args.baseline_threads} thread(s)" if args.baseline_threads else "all cores"
    print(f"  full-article embedding (E5Model on every full text, nothing else; {label}): "
          f"{rate(len(arts), base.wall):.1f} articles/s wall ({base.wall:.1f}s), "
          f"{rate(len(arts), base.cpu):.1f} articles/CPU-s ({base.cpu:.1f} CPU-s); start-up {start:.1f}s")
    first = rows[next(iter(rows))]
    print(f"  ratio pipeline / full-article embedding: {base.wall / first.wall:.1f}x wall, "
          f"{base.cpu / first.cpu:.1f}x CPU time   (target >= 5x; pipeline target >= 10 articles/s)")


if __name__ == "__main__":
    main()
