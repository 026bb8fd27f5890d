"""Report speed once the articles are analysed (issue #10: a 50-article event under 3 s; issue
#14: a 400-article story under 10 s).

    python bench/report_speed.py [--sizes 50 400] [--events-per-story 8] [--hashing] [--unprepared]

For each size it builds a SQLite store of generated articles (``bench/compare.py``'s
``synthetic_event``: invented outlets, names and numbers, English and French, with their entity
and time layers stored, as the pipeline leaves them), then times, wall and CPU:

* **prepare** (ingest side): ``compare.claim_prep.prepare_claims``, what ``newsweave ingest``
  runs after the analysis: every article's claims extracted and their texts embedded, both
  stored;
* **report** (the figure): ``build_report`` as a new ``newsweave report`` process runs it: memory
  caches emptied, a fresh embedder, claims and vectors read back from the store (the model is
  never loaded);
* **warm**: built again in the same process;
* **+1 article**: one new article stored in the first event and prepared, as a live intake
  adds it, then the report again.

``--unprepared`` also times the first report on a store that was not prepared (claims extracted
and embedded by the report itself: the cost ``prepare`` moves to the ingest). The 50-article
target is one event; the 400-article target is one story of ``--events-per-story`` events, and
also one event of 400 articles (the worst case for alignment). ``--hashing`` swaps the neural
embedder for the hashing stand-in. ``--profile N`` prints the N costliest functions of the
report of the largest size (cProfile).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from compare import synthetic_event  # noqa: E402
from newsweave.compare.claim_cache import CLAIMS  # noqa: E402
from newsweave.compare.claim_prep import prepare_claims  # noqa: E402
from newsweave.compare.report import build_report  # noqa: E402
from newsweave.enrich.embed import Embedder, HashingEmbedder  # noqa: E402
from newsweave.store import SQLiteRepository  # noqa: E402
from newsweave.store.base import EventRecord, StoryRecord  # noqa: E402


def build_store(path: Path, n: int, events: int) -> SQLiteRepository:
    """A store of ``n`` generated articles in one story of ``events`` events."""
    repo = SQLiteRepository(str(path))
    repo.put_story(StoryRecord("s1", "Harbour"))
    per = max(1, n // events)
    for k in range(events):
        repo.put_event(EventRecord(f"e{k}", story="s1", title=f"Pier opens ({k})", size=per))
    for i, a in enumerate(synthetic_event(n, seed=7)):
        a.id = f"syn{i}"
        a.event = f"e{min(i // per, events - 1)}"
        a.text = a.text + f" Report number {i}."  # every article distinct (no duplicate skipped)
        repo.add_article(a)
        repo.save_layers(a, "bench", "1", ["entities", "timexes", "event"])
    return repo


def embedder(repo: SQLiteRepository, hashing: bool):
    return (HashingEmbedder if hashing else Embedder)(repo)


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self) -> "Clock":
        self.t, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.t, time.process_time() - self.c

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"


def timed(repo: SQLiteRepository, target: str, hashing: bool,
          prof: cProfile.Profile | None = None) -> tuple[Clock, dict]:
    emb = embedder(repo, hashing)
    with Clock() as clock:
        if prof:
            prof.enable()
        rep = build_report(repo, target, embedder=emb)
        if prof:
            prof.disable()
    rep.stats["model_texts"] = emb.n_embedded
    return clock, rep.stats


def late_article(n: int):
    new = synthetic_event(1, seed=1000 + n)[0]
    new.id, new.event = f"late{n}", "e0"
    new.text += " A late report from the harbour."
    return new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 400])
    ap.add_argument("--events-per-story", type=int, default=8)
    ap.add_argument("--profile", type=int, default=0)
    ap.add_argument("--hashing", action="store_true", help="align with the cheap hashing embedder "
                    "(times everything but the neural claim embeddings)")
    ap.add_argument("--unprepared", action="store_true",
                    help="also time a report on a store whose claims were not prepared")
    args = ap.parse_args()
    print(f"== Report time once analysed ({'hashing' if args.hashing else 'e5'} embedder)")
    with tempfile.TemporaryDirectory(prefix="nw-report-speed-") as tmp:
        for n in args.sizes:
            cases = [("event", 1, "e0")] if n <= 50 else \
                [("story", args.events_per_story, "s1"), ("event", 1, "e0")]
            for kind, events, target in cases:
                if args.unprepared:
                    repo = build_store(Path(tmp) / f"u{n}-{kind}.db", n, events)
                    CLAIMS.clear()
                    cold, st0 = timed(repo, target, args.hashing)
                    print(f"{kind} of {n} articles, not prepared: first report {cold} "
                          f"({st0['model_texts']} texts embedded by the report)")
                    repo.close()
                repo = build_store(Path(tmp) / f"r{n}-{kind}.db", n, events)
                CLAIMS.clear()
                emb = embedder(repo, args.hashing)
                with Clock() as prep:
                    done = prepare_claims(repo, list(repo.iter_articles()), emb)
                CLAIMS.clear()  # the report runs in a new process
                prof = cProfile.Profile() if args.profile and n == max(args.sizes) else None
                first, st = timed(repo, target, args.hashing, prof)
                warm, st2 = timed(repo, target, args.hashing)
                new = late_article(n)
                repo.add_article(new)
                repo.save_layers(new, "bench", "1", ["entities", "timexes", "event"])
                with Clock() as prep1:
                    prepare_claims(repo, [new], embedder(repo, args.hashing))
                plus, st4 = timed(repo, target, args.hashing)
                print(f"{kind} of {n} articles ({events} event(s), {st['claims']} claims, "
                      f"{st['conflicts']} conflicts):")
                print(f"   prepare (ingest side) {prep}: {done.claims} claims, {done.embedded} "
                      f"texts embedded")
                print(f"   report {first}, {st['model_texts']} texts embedded | warm {warm} | "
                      f"+1 article: prepare {prep1}, report {plus}")
                print(f"   report stages {st['seconds']}")
                print(f"   warm stages {st2['seconds']}")
                print(f"   +1 article stages {st4['seconds']}")
                if prof:
                    pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
                repo.close()


if __name__ == "__main__":
    main()
