"""Benchmark: entity mentions and cross-lingual, cross-script linking on the invented set
``bench/data/linking/articles.txt`` (200 short articles: 25 stories in 8 languages, Latin and
Cyrillic; six stories added in session 11, six in session 12 and four in session 16 as tuning
material).

    PYTHONPATH=src .venv/bin/python bench/linking.py                  # tuning stories (default)
    PYTHONPATH=src .venv/bin/python bench/linking.py --split heldout  # once, at the end
    PYTHONPATH=src .venv/bin/python bench/linking.py --errors         # list wrong merges / splits

Runs the real pipeline parts (``MentionRecognizer`` then ``EntityResolver``) and scores with
``../shared/eval/score.py entities``: relaxed/strict mention P/R/F1, B-cubed linking F1 and
cross-script pairwise recall/precision.  The split (by story) is ``bench/data/linking/split.json``,
committed before anything was scored.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from entities import EVAL, score  # noqa: E402
from newsweave.enrich.entities import MentionRecognizer  # noqa: E402
from newsweave.link.entities import EntityResolver  # noqa: E402
from newsweave.model import Article  # noqa: E402

DATA = ROOT / "bench" / "data" / "linking"
MARK = re.compile(r"\[([^\]|]+)\|((PER|LOC|ORG)-[^\]]+)\]")
ORDER = {"ru": 0, "uk": 1}


def parse(path: Path) -> list[dict]:
    """Documents of the markup file: id, story, lang, text and gold mentions (offsets computed)."""
    docs: list[dict] = []
    cur: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("@ "):
            story, lang = line[2:].strip().split("/")
            cur = {"id": f"{story}/{lang}", "story": story, "lang": lang, "raw": []}
            docs.append(cur)
        elif cur is not None:
            cur["raw"].append(line)
    for d in docs:
        raw = "\n".join(d.pop("raw")).strip()
        text, mentions, pos = [], [], 0
        for m in MARK.finditer(raw):
            text.append(raw[pos:m.start()])
            start = sum(len(t) for t in text)
            text.append(m.group(1))
            mentions.append({"start": start, "end": start + len(m.group(1)), "text": m.group(1),
                             "type": m.group(3), "entity": m.group(2)})
            pos = m.end()
        text.append(raw[pos:])
        d["text"] = "".join(text)
        d["mentions"] = mentions
    return docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("tuning", "heldout", "all"), default="tuning")
    ap.add_argument("--errors", action="store_true", help="print wrong merges and splits")
    ap.add_argument("--stories", help="comma-separated stories of the chosen split only (an inner split)")
    a = ap.parse_args(argv)
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    stories = set(split["tuning"]) | set(split["heldout"]) if a.split == "all" else set(split[a.split])
    if a.stories:
        wanted = set(a.stories.split(","))
        if not wanted <= stories:
            ap.error(f"not in split {a.split}: {', '.join(sorted(wanted - stories))}")
        stories = wanted
    docs = [d for d in parse(DATA / "articles.txt") if d["story"] in stories]
    docs.sort(key=lambda d: (ORDER.get(d["lang"], 9), d["id"]))
    rec = MentionRecognizer()
    arts = []
    for d in docs:
        art = Article(id=d["id"], text=d["text"], lang=d["lang"])
        art.entities = rec.recognize(art)
        arts.append(art)
    EntityResolver().resolve(arts)
    preds = [{"id": x.id, "mentions": [{"start": m.start, "end": m.end, "entity": m.entity,
                                        "type": m.type} for m in x.entities]} for x in arts]
    gold = [{"id": d["id"], "mentions": d["mentions"]} for d in docs]
    with tempfile.TemporaryDirectory() as tmpd:
        r = score(gold, preds, Path(tmpd))
    s, rl, lk = r["mentions_strict"], r["mentions_relaxed"], r["linking"]
    cs = lk["cross_script"]
    print(f"split {a.split}: {len(docs)} documents, {sum(len(d['mentions']) for d in docs)} gold mentions"
          f" ({', '.join(sorted(stories))})")
    print(f"mentions strict P/R/F1 {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f};"
          f" relaxed {rl['precision']:.3f}/{rl['recall']:.3f}/{rl['f1']:.3f}")
    print(f"linking (coverage {lk['coverage']:.3f}): B-cubed P {lk['bcubed']['precision']:.3f}"
          f" R {lk['bcubed']['recall']:.3f} F1 {lk['bcubed']['f1']:.3f}")
    print(f"cross-script pairs: recall {cs['recall']:.3f} precision {cs['precision']:.3f}"
          f" (gold pairs {cs['gold_pairs']})")
    if a.errors:
        print_errors(docs, arts)
    return 0


def print_errors(docs: list[dict], arts: list[Article]) -> None:
    """Gold entities split over several predicted ones, predicted ones joining gold ones, and
    predicted mentions with no gold mention (junk), for error analysis."""
    g2p: dict[str, Counter] = defaultdict(Counter)
    p2g: dict[str, Counter] = defaultdict(Counter)
    junk = []
    for d, art in zip(docs, arts):
        for m in art.entities:
            hit = next((g for g in d["mentions"] if g["start"] < m.end and m.start < g["end"]), None)
            if hit is None:
                junk.append(f"{d['id']}: {m.text!r} {m.type}")
                continue
            g2p[hit["entity"]][(m.entity, m.name)] += 1
            p2g[m.entity][(hit["entity"], hit["text"])] += 1
        found = {(g["start"]) for g in d["mentions"]
                 if any(g["start"] < m.end and m.start < g["end"] for m in art.entities)}
        for g in d["mentions"]:
            if g["start"] not in found:
                print(f"MISSED {d['id']}: {g['text']!r} ({g['entity']})")
    for g, c in sorted(g2p.items()):
        if len(c) > 1:
            print(f"SPLIT {g}: {dict(c)}")
    for p, c in sorted(p2g.items()):
        if len({g for g, _ in c}) > 1:
            print(f"MERGE {p}: {dict(c)}")
    for j in junk:
        print(f"JUNK {j}")


if __name__ == "__main__":
    sys.exit(main())
