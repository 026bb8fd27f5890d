"""Event decisions with the exact event index against a forced partitioned one.

    .venv/bin/python bench/index_equality.py

The event index (``newsweave.link.ann``) scans every vector up to 4,096 articles and switches to a
partition (k-means lists of int8 codes, re-ranked on the exact vectors) past that. This runs the
event clusterer (``bench/events.py``'s direct path: the clusterer alone, vectors from the
shared cache) on the ECB+ *tuning* topics and on the demo articles twice: with the default
index, and with the partition forced from 64 articles on and only 4 lists probed per query,
and prints how many articles get the same event and story ids. No score is computed.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import events as E  # noqa: E402  (sets the shared vector cache)
import newsweave.link.ann as ann  # noqa: E402
from newsweave.ingest import read_paths  # noqa: E402


def corpora() -> dict[str, list[dict]]:
    tune, _ = E.ecb_split()
    ecb = [d for d in E.read_jsonl(E.ECB / "docs.jsonl") if d["id"].split("_")[0] in tune]
    rejected: list[tuple[str, str]] = []
    demo = [{"id": a.id, "text": a.text, "title": a.title, "lang": a.lang, "source": a.source,
             "date": a.date.value if a.date else None}
            for a in read_paths([str(ROOT / "src/newsweave/demo_corpus/articles")],
                                lambda origin, reason: rejected.append((origin, reason)))]
    for origin, reason in rejected:
        print(f"  rejected {origin}: {reason}")
    return {"ECB+ tuning topics": ecb, "demo articles": demo}


def assignments(docs: list[dict]) -> dict[str, tuple]:
    arts, _, _, repo = E.newsweave_direct(docs)
    out = {a.id: (a.event, a.story) for a in arts}
    repo.close()
    return out


def main() -> None:
    print("== Event index: exact scan vs forced partition (64+ articles, 4 lists probed)")
    for name, docs in corpora().items():
        exact = assignments(docs)
        saved = ann.EXACT_MAX, ann.NPROBE
        ann.EXACT_MAX, ann.NPROBE = 64, 4  # read by every index the clusterer creates
        try:
            parted = assignments(docs)
        finally:
            ann.EXACT_MAX, ann.NPROBE = saved
        same = sum(exact[k] == parted[k] for k in exact)
        print(f"  {name}: {same}/{len(exact)} articles with identical event and story ids "
              f"({len({v[0] for v in exact.values()})} events)")


if __name__ == "__main__":
    main()
