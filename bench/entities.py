"""Benchmark: entity mentions and cross-document/cross-lingual linking on SlavicNER.

    .venv/bin/python bench/entities.py                           # all 3,613 documents (~1.5 min)
    .venv/bin/python bench/entities.py --sample                  # quicker sample (see below)
    .venv/bin/python bench/entities.py --sample --per-lang 60    # a smaller sample

Sample (deterministic): every ru and uk document, plus for each other language (bg, cs, pl, sl)
the ``--per-lang`` (150) documents whose sha1(id) sort first.  Documents are processed
model-backed languages first (ru), so names they find feed the gazetteer of the rule-based ones
(one ``MentionRecognizer`` reads the whole run and holds what it learned).
The pl rate includes loading simplemma's Polish dictionary (~4 s) on the first Polish document.

Prints mention P/R/F1 (strict, relaxed) per language and overall, linking B-cubed F1, cross-script
pairwise recall/precision (from ../shared/eval/score.py), and time share / docs per second
per language; then the same figures per split of ``bench/data/slavic_split.json`` (stories, sorted
and alternated: tuning / validation).  ``--split tuning`` (the default while tuning) reads only the
tuning stories' documents; ``--split validation`` is the held-out check, to be run once at the end;
``--split all`` reads both.  ``--errors [N]`` lists the N most frequent error classes (junk and
missed surfaces, splits, wrong merges) of the documents read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsweave.enrich.entities import MentionRecognizer  # noqa: E402
from newsweave.link.entities import EntityResolver  # noqa: E402
from newsweave.model import Article  # noqa: E402

EVAL = Path(os.environ.get("NEWSWEAVE_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval"))
ORDER = {"ru": 0, "uk": 1}
SPLIT = json.loads((ROOT / "bench" / "data" / "slavic_split.json").read_text(encoding="utf-8"))


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(gold_rows: list[dict], pred_rows: list[dict], tmp: Path) -> dict:
    g, p = tmp / "gold.jsonl", tmp / "pred.jsonl"
    g.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_rows), encoding="utf-8")
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred_rows), encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), "entities", "--gold", str(g),
                          "--pred", str(p)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def print_errors(gold_rows: list[dict], preds: list[dict], texts: dict[str, str],
                 lang_of: dict[str, str], top: int) -> None:
    """Error classes, most frequent first: predicted surfaces matching no gold mention (junk),
    gold surfaces with no prediction (missed), gold entities spread over several predicted ones
    (splits: mentions outside the largest part) and predicted entities holding several gold
    ones (merges).  Alignment is the scorer's own (1:1, relaxed)."""
    sys.path.insert(0, str(EVAL))
    from score import align  # the shared scorer's alignment, so the lists match the figures
    junk: Counter = Counter()
    missed: Counter = Counter()
    g2p: dict[str, Counter] = defaultdict(Counter)
    p2g: dict[str, Counter] = defaultdict(Counter)
    by_id = {p["id"]: p["mentions"] for p in preds}
    for g in gold_rows:
        gl, pl, t, lang = g["mentions"], by_id.get(g["id"], []), texts[g["id"]], lang_of[g["id"]]
        pairs = align(gl, pl)
        for i, j, _ in pairs:
            g2p[gl[i]["entity"]][(pl[j]["entity"], t[pl[j]["start"]:pl[j]["end"]])] += 1
            p2g[str(pl[j]["entity"])][gl[i]["entity"]] += 1
        gi, pj = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
        missed.update((lang, m["text"], m["type"]) for i, m in enumerate(gl) if i not in gi)
        junk.update((lang, t[m["start"]:m["end"]], m["type"]) for j, m in enumerate(pl) if j not in pj)
    print(f"\nJUNK ({sum(junk.values())}):", "; ".join(f"{c} {k}" for k, c in junk.most_common(top)))
    print(f"\nMISSED ({sum(missed.values())}):", "; ".join(f"{c} {k}" for k, c in missed.most_common(top)))
    splits = []
    for ge, c in g2p.items():
        parts: Counter = Counter()
        for (pe, _), n in c.items():
            parts[pe] += n
        if len(parts) > 1:
            splits.append((sum(parts.values()) - parts.most_common(1)[0][1], ge,
                           [s for (_, s), _ in c.most_common(8)]))
    print("\nSPLITS (mentions outside the largest part):")
    for n, ge, forms in sorted(splits, reverse=True)[:top]:
        print(f"  {n:5d} {ge}: {forms}")
    merges = [(sum(c.values()) - c.most_common(1)[0][1], pe, c.most_common(4))
              for pe, c in p2g.items() if len(c) > 1]
    print("\nMERGES (mentions outside the main gold entity):")
    for n, pe, gs in sorted(merges, reverse=True)[:top]:
        print(f"  {n:5d} {pe}: {gs}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", action="store_true", help="all ru+uk docs, --per-lang of the others")
    ap.add_argument("--full", action="store_true", help="all documents (the default)")
    ap.add_argument("--per-lang", type=int, default=150, help="sample size for bg/cs/pl/sl")
    ap.add_argument("--data", default=str(EVAL / "slavic-entities"))
    ap.add_argument("--save", help="write predictions JSONL here")
    ap.add_argument("--split", choices=("tuning", "validation", "all"), default="tuning",
                    help="which stories of bench/data/slavic_split.json to read (default: tuning)")
    ap.add_argument("--stories", help="comma-separated stories of the split to keep (an inner half of"
                    " tuning: covid-19 = A, errors read; asia_bibi,ryanair = B, check only)")
    ap.add_argument("--cache", help="pickle of extracted articles (reused if present; for tuning)")
    ap.add_argument("--errors", type=int, nargs="?", const=30, default=0, metavar="N",
                    help="list the N most frequent junk and missed surfaces, splits and wrong merges")
    a = ap.parse_args(argv)
    docs = load(Path(a.data) / "docs.jsonl")
    gold = {r["id"]: r for r in load(Path(a.data) / "gold.jsonl")}
    a.full = not a.sample
    stories = set(SPLIT["tuning"]) | set(SPLIT["validation"]) if a.split == "all" else set(SPLIT[a.split])
    if a.stories:
        stories &= set(a.stories.split(","))
    docs = [d for d in docs if gold[d["id"]].get("story") in stories]
    if not a.full:
        by_lang = defaultdict(list)
        for d in docs:
            by_lang[d["lang"]].append(d)
        docs = []
        for lang, ds in sorted(by_lang.items()):
            if lang in ("ru", "uk"):
                docs += ds
            else:
                docs += sorted(ds, key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())[:a.per_lang]
    docs.sort(key=lambda d: (ORDER.get(d["lang"], 9), d["id"]))
    print(f"documents: {len(docs)} ({'full' if a.full else f'sample: all ru+uk, {a.per_lang}/other lang'};"
          f" split {a.split}: {', '.join(sorted(stories))})")

    t_lang: dict[str, float] = defaultdict(float)
    n_lang: dict[str, int] = defaultdict(int)
    arts = []
    t0 = time.perf_counter()
    if a.cache and Path(a.cache).exists():
        import pickle
        arts, t_lang, n_lang = pickle.loads(Path(a.cache).read_bytes())
        docs = []
    recognizer = MentionRecognizer()
    for d in docs:
        art = Article(id=d["id"], text=d["text"], lang=d["lang"], title=d.get("title"))
        t = time.perf_counter()
        art.entities = recognizer.recognize(art)
        t_lang[d["lang"]] += time.perf_counter() - t
        n_lang[d["lang"]] += 1
        arts.append(art)
    t_extract = time.perf_counter() - t0
    if a.cache and docs:
        import pickle
        Path(a.cache).write_bytes(pickle.dumps((arts, dict(t_lang), dict(n_lang))))
    docs = docs or [{"id": x.id, "lang": x.lang} for x in arts]
    t = time.perf_counter()
    EntityResolver().resolve(arts)
    t_resolve = time.perf_counter() - t
    preds = [{"id": x.id, "mentions": [{"start": m.start, "end": m.end, "entity": m.entity,
                                        "type": m.type} for m in x.entities]} for x in arts]
    if a.save:
        Path(a.save).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in preds))
    lang_of = {d["id"]: d["lang"] for d in docs}

    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        print(f"\n{'lang':5} {'docs':>5} {'strict P/R/F1':>20} {'relaxed P/R/F1':>20} {'type acc':>8}"
              f" {'B3 F1':>6} {'time%':>6} {'docs/s':>7}")
        total_t = sum(t_lang.values()) or 1.0
        for lang in sorted(n_lang, key=lambda l: (ORDER.get(l, 9), l)):
            ids = [i for i in lang_of if lang_of[i] == lang]
            r = score([gold[i] for i in ids], [p for p in preds if lang_of[p["id"]] == lang], tmp)
            s, rl = r["mentions_strict"], r["mentions_relaxed"]
            print(f"{lang:5} {len(ids):5d} {s['precision']:6.3f}/{s['recall']:.3f}/{s['f1']:.3f}"
                  f" {rl['precision']:6.3f}/{rl['recall']:.3f}/{rl['f1']:.3f}"
                  f" {r.get('type_accuracy', 0):8.3f} {r['linking']['bcubed']['f1']:6.3f}"
                  f" {100 * t_lang[lang] / total_t:6.1f} {n_lang[lang] / max(t_lang[lang], 1e-9):7.1f}")
        r = score([gold[i] for i in lang_of], preds, tmp)
    s, rl, lk = r["mentions_strict"], r["mentions_relaxed"], r["linking"]
    print(f"\nALL   {len(lang_of):5d} {s['precision']:6.3f}/{s['recall']:.3f}/{s['f1']:.3f}"
          f" {rl['precision']:6.3f}/{rl['recall']:.3f}/{rl['f1']:.3f}")
    print(f"linking over {lk['mentions']} matched gold mentions (coverage {lk['coverage']:.3f}):"
          f" B-cubed P {lk['bcubed']['precision']:.3f} R {lk['bcubed']['recall']:.3f}"
          f" F1 {lk['bcubed']['f1']:.3f}; pairwise F1 {lk['pairwise']['f1']:.3f}")
    cs = lk["cross_script"]
    print(f"cross-script pairs: recall {cs['recall']:.3f} precision {cs['precision']:.3f}"
          f" (gold pairs {cs['gold_pairs']}, entities in both scripts {cs['gold_entities_in_both_scripts']})")
    # per split of bench/data/slavic_split.json (by story)
    with tempfile.TemporaryDirectory() as tmpd:
        print(f"\n{'split':10} {'docs':>5} {'mention F1':>10} {'B3 P/R/F1':>18} {'xscript R/P':>12}")
        for name in ("tuning", "validation"):
            keep = {i for i in lang_of if gold[i].get("story") in set(SPLIT[name])}
            if not keep:
                continue
            r = score([gold[i] for i in lang_of if i in keep], [p for p in preds if p["id"] in keep], Path(tmpd))
            lk, cs = r["linking"], r["linking"]["cross_script"]
            print(f"{name:10} {len(keep):5d} {r['mentions_relaxed']['f1']:10.3f}"
                  f" {lk['bcubed']['precision']:.3f}/{lk['bcubed']['recall']:.3f}/{lk['bcubed']['f1']:.3f}"
                  f" {cs['recall']:.3f}/{cs['precision']:.3f}")
    print(f"(tuning = {', '.join(SPLIT['tuning'])}; validation = {', '.join(SPLIT['validation'])})")
    if a.errors:
        texts = {x.id: x.text for x in arts}
        print_errors([gold[i] for i in lang_of], preds, texts, lang_of, a.errors)
    t_ex = sum(t_lang.values())
    print(f"time: extraction {t_ex:.1f}s ({len(docs) / max(t_ex, 1e-9):.1f} docs/s), resolution {t_resolve:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
