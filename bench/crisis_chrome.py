"""Page chrome on real crawled pages: a hand-labelled sample of 100 crisis-timelines events.

The crisis-timelines articles (egypt, libya; es/fr/it) are raw web extractions with menus,
sidebars, cookie notices and captions. This script ingests both topics with ``newsweave ingest``
(every stage, into a SQLite database under ``--workdir``), draws a fixed sample of 100 events (every event of
two or more articles, topped up with single-article events; seeded, so the same database gives the same sample), and for each event shows
what a labeller needs: its title, its articles' titles, and the lines its articles share
verbatim (the body lines newsweave kept, and whether the cleaner marked them as boilerplate).

``--print`` writes the sample for labelling. The labels, written by hand after reading each
event, are in ``data/crisis_chrome_labels.json``: for each event (keyed by its sorted article
ids) ``title_boilerplate`` (the event's title is page chrome, a caption, a tagline or an advert)
and ``chrome_held`` (the articles share no happening; what they share is page chrome). Without
``--print`` it scores the current database's sample against the labels that still apply (an
event whose articles changed since labelling is reported as unlabelled, not guessed) and
re-checks each label's automatic witness: the shared kept lines and the title against the
cleaner's boilerplate.

    .venv/bin/python bench/crisis_chrome.py --workdir /tmp/crisis [--print]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.pipeline import ALL_STAGES  # noqa: E402
from newsweave.store import SQLiteRepository  # noqa: E402

EVAL = Path(os.environ.get("NEWSWEAVE_EVAL", ROOT.parent / "shared" / "eval")) / "crisis-timelines"
LABELS = ROOT / "bench" / "data" / "crisis_chrome_labels.json"
SAMPLE = 100
SEED = 20261202


def ingest(workdir: Path) -> Path:
    db = workdir / "crisis.db"
    if db.exists():
        return db
    workdir.mkdir(parents=True, exist_ok=True)
    inputs = []
    for topic in ("egypt", "libya"):
        inputs.append(workdir / f"{topic}.jsonl")
        inputs[-1].write_bytes((EVAL / topic / "docs.jsonl").read_bytes())
    # every stage, named: with --stages the CLI leaves the claims of reports unprepared, which is
    # most of the time on these long pages and changes nothing this bench reads (events, lines)
    stages = ",".join(ALL_STAGES)
    subprocess.run([sys.executable, "-m", "newsweave.cli", "ingest", *map(str, inputs), "--db", str(db),
                    "--stages", stages], check=False, stdout=subprocess.DEVNULL)
    return db


def _lines(text: str) -> list[str]:
    return [" ".join(x.split()) for x in text.splitlines() if len(x.split()) >= 3]


def event_views(repo: SQLiteRepository) -> list[dict]:
    by_event: dict[str, list] = {}
    for a in repo.iter_articles():
        if a.event and not a.duplicate_of:
            by_event.setdefault(a.event, []).append(a)
    titles = {e.id: e.title for e in repo.list_events()}
    kept_count: Counter[str] = Counter()  # in how many articles of the corpus a kept line occurs
    for arts in by_event.values():
        for a in arts:
            kept_count.update(set(_lines(a.body_text())))
    views = []
    for eid, arts in sorted(by_event.items()):
        per = [set(_lines(a.body_text())) for a in arts]
        shared = Counter(x for s in per for x in s)
        views.append({
            "key": "|".join(sorted(a.id for a in arts)),
            "event": eid, "title": titles.get(eid, ""), "size": len(arts),
            "titles": [a.title or "" for a in arts],
            "shared_kept": [(x, n, kept_count[x]) for x, n in shared.most_common() if n >= 2][:6],
        })
    return views


def title_hash(title: str) -> str:
    """The labels keep a title as a hash: the corpus's text stays out of the repository."""
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:16]


def sample(views: list[dict]) -> list[dict]:
    """Every event of two or more articles (the only ones page chrome can hold together), topped
    up to SAMPLE with single-article events drawn at random (their titles are checked too)."""
    rng = random.Random(SEED)
    multi = [v for v in views if v["size"] >= 2]
    picked = rng.sample(multi, min(SAMPLE, len(multi)))
    single = [v for v in views if v["size"] < 2]
    return picked + rng.sample(single, min(max(0, SAMPLE - len(picked)), len(single)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workdir", type=Path, required=True, help="outside the repository")
    ap.add_argument("--print", action="store_true", help="print the sample for labelling")
    args = ap.parse_args()
    repo = SQLiteRepository(str(ingest(args.workdir)))
    views = event_views(repo)
    picked = sample(views)
    if args.print:
        for i, v in enumerate(picked):
            print(f"## {i} size={v['size']} key={v['key']}")
            print(f"   EVENT TITLE: {v['title']!r}")
            for t in v["titles"][:6]:
                print(f"   - {t[:110]!r}")
            for line, n, corpus in v["shared_kept"]:
                print(f"   shared by {n} (in {corpus} articles of the corpus): {line[:110]!r}")
        return
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["events"]
    # a label holds for the event it was written for: the same articles under the same title
    scored = [v for v in picked if v["key"] in labels and labels[v["key"]]["title_sha1"] == title_hash(v["title"])]
    title_bad = [v for v in scored if labels[v["key"]]["title_boilerplate"]]
    chrome = [v for v in scored if labels[v["key"]]["chrome_held"]]
    # automatic witness: a kept line shared by the event's articles that recurs across the corpus
    recurring = [v for v in scored if any(corpus >= 5 for _l, _n, corpus in v["shared_kept"])]
    print(f"== crisis-timelines page chrome: {len(views)} events, sample of {len(picked)}, "
          f"{len(scored)} labelled (labels: {LABELS.relative_to(ROOT)})")
    print(f"   event titles that are boilerplate: {len(title_bad)}/{len(scored)}")
    print(f"   events held together by shared page chrome: {len(chrome)}/{len(scored)}")
    print(f"   events whose articles share a kept line found in 5+ articles of the corpus: "
          f"{len(recurring)}/{len(scored)} (a witness to check, not a label)")
    for v in title_bad + chrome:
        print(f"   - {v['key'][:80]}: {v['title'][:80]!r} ({labels[v['key']].get('note', '')})")
    if len(scored) < len(picked):
        print(f"   {len(picked) - len(scored)} sampled events are not labelled (their articles or title changed): relabel")
        for v in picked:
            if v not in scored:
                print(f"     ? {v['key'][:80]}: {v['title']!r}")


if __name__ == "__main__":
    main()
