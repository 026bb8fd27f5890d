"""Report speed once the articles are analysed (issue #10: a 50-article event under 3 s; issue
#14: a 400-article story under 10 s).

    python bench/report_speed.py [--sizes 50 400] [--events-per-story 8] [--profile N]

For each size it builds a SQLite store of generated articles (``bench/compare.py``'s
``synthetic_event``: invented outlets, names and numbers, English and French, with their entity
and time layers stored, as the pipeline leaves them), then times ``build_report`` twice in one
process: **cold** (the first report after the analysis: claims extracted, claim vectors computed,
both put in the store), **warm** (built again in the same process: claims from the memory cache)
**reopened** (as a new ``newsweave report`` process would: memory caches emptied, a fresh
embedder, claims and vectors read back from the store) and **+1 article** (one new article
stored in the first event, as a live intake adds it: only its claims are extracted and
embedded). The 50-article target is one event; the
400-article target is one story of ``--events-per-story`` events, and also one event of 400
articles (the worst case for alignment). ``--hashing`` swaps the neural embedder for the hashing
stand-in, to time the rest of the report on its own. ``--profile N`` prints the N costliest functions of the
warm build of the largest size (cProfile).
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


def timed(repo: SQLiteRepository, target: str, hashing: bool) -> tuple[float, dict]:
    t0 = time.perf_counter()
    rep = build_report(repo, target, embedder=(HashingEmbedder if hashing else Embedder)(repo))
    return time.perf_counter() - t0, rep.stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 400])
    ap.add_argument("--events-per-story", type=int, default=8)
    ap.add_argument("--profile", type=int, default=0)
    ap.add_argument("--hashing", action="store_true", help="align with the cheap hashing embedder "
                    "(times everything but the neural claim embeddings)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-report-speed-") as tmp:
        for n in args.sizes:
            cases = [("event", 1, "e0")] if n <= 50 else \
                [("story", args.events_per_story, "s1"), ("event", 1, "e0")]
            for kind, events, target in cases:
                repo = build_store(Path(tmp) / f"r{n}-{kind}.db", n, events)
                prof = cProfile.Profile() if args.profile and n == max(args.sizes) else None
                CLAIMS.clear()
                cold, st = timed(repo, target, args.hashing)
                if prof:
                    prof.enable()
                warm, st2 = timed(repo, target, args.hashing)
                if prof:
                    prof.disable()
                CLAIMS.clear()
                again, st3 = timed(repo, target, args.hashing)
                new = synthetic_event(1, seed=1000 + n)[0]
                new.id, new.event = f"late{n}", "e0"
                new.text += " A late report from the harbour."
                repo.add_article(new)
                repo.save_layers(new, "bench", "1", ["entities", "timexes", "event"])
                plus, st4 = timed(repo, target, args.hashing)
                print(f"{kind} of {n} articles ({events} event(s), {st['claims']} claims, "
                      f"{st['conflicts']} conflicts): cold {cold:.2f} s, warm {warm:.2f} s, "
                      f"reopened {again:.2f} s, +1 article {plus:.2f} s")
                print(f"   cold stages {st['seconds']}")
                print(f"   warm stages {st2['seconds']}")
                print(f"   reopened stages {st3['seconds']}")
                print(f"   +1 article stages {st4['seconds']}")
                if prof:
                    pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
                repo.close()


if __name__ == "__main__":
    main()
