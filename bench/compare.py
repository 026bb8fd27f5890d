"""Benchmark of source comparison on hand-annotated snippets: the dev set
``bench/data/compare_dev.jsonl`` (used while developing, so its figures are optimistic) and the
held-out set ``bench/data/compare_heldout.jsonl`` (written after the code was frozen).

Prints:
* quote extraction: precision/recall of direct-quote spans, speaker and cue accuracy on matched
  spans, precision/recall of indirect speech (matched by speaker);
* attribution: precision/recall of cited sources, kind accuracy;
* conflicts are scored by ``bench/conflicts_eval.py`` on the conflict evaluation set (the slot
  engine, split tuning / held-out); this file's claim pairs were written for the pairwise engine
  it replaced, and are no longer scored;
* report generation time for one event of N synthetic articles (cold: embeddings computed; warm:
  embeddings cached in the store).

Usage: ``python bench/compare.py [--articles 50] [--skip-timing]``
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.enrich.quotes import extract_quotes  # noqa: E402
from newsweave.model import Article, DateInfo, Mention, Timex  # noqa: E402

DEV = ROOT / "bench" / "data" / "compare_dev.jsonl"
# written after the code was frozen and never tuned on: the honest figures
HELDOUT = ROOT / "bench" / "data" / "compare_heldout.jsonl"


def _mentions(text: str, ents) -> list[Mention]:
    out = []
    for e in ents:
        surface, typ = e[0], e[1]
        eid = e[2] if len(e) > 2 else surface
        pos = 0
        while (i := text.find(surface, pos)) >= 0:
            out.append(Mention(i, i + len(surface), surface, typ, entity=eid, name=surface))
            pos = i + len(surface)
    return out


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().replace("’", "'").split()).strip(" ,.;:")


def _same_speaker(gold: str, pred: str | None) -> bool:
    g, p = _norm(gold), _norm(pred)
    return bool(p) and (g == p or g in p or p in g)


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.2f} R={r:.2f} F1={f:.2f} (tp={tp} fp={fp} fn={fn})"


def eval_quotes(rows: list[dict]) -> None:
    tp = fp = fn = 0
    spk_ok = spk_strict = cue_ok = 0
    itp = ifp = ifn = 0
    ispk = 0
    for r in rows:
        a = Article(id="q", text=r["text"], lang=r["lang"], source="dev",
                    entities=_mentions(r["text"], r.get("entities", [])))
        quotes, _ = extract_quotes(a)
        gold_d = [g for g in r["quotes"] if g["kind"] == "direct"]
        gold_i = [g for g in r["quotes"] if g["kind"] == "indirect"]
        pred_d = [q for q in quotes if q.kind == "direct"]
        pred_i = [q for q in quotes if q.kind == "indirect"]
        used = set()
        for g in gold_d:
            hit = None
            for k, q in enumerate(pred_d):
                content = r["text"][q.content[0]:q.content[1]] if q.content else ""
                if k not in used and _norm(content) == _norm(g["quote"]):
                    hit = k
                    break
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            q = pred_d[hit]
            spk_ok += _same_speaker(g["speaker"], q.speaker)
            spk_strict += _norm(g["speaker"]) == _norm(q.speaker)
            cue_ok += _norm(g["cue"]) == _norm(q.cue)
        fp += len(pred_d) - len(used)
        used_i = set()
        for g in gold_i:
            hit = next((k for k, q in enumerate(pred_i)
                        if k not in used_i and _same_speaker(g["speaker"], q.speaker)), None)
            if hit is None:
                ifn += 1
            else:
                used_i.add(hit)
                itp += 1
                ispk += _norm(g["cue"]) == _norm(pred_i[hit].cue)
        ifp += len(pred_i) - len(used_i)
    print(f"quotes (direct spans, {len(rows)} snippets): {prf(tp, fp, fn)}")
    if tp:
        print(f"  speaker accuracy on matched spans: lenient {spk_ok / tp:.2f}, "
              f"exact {spk_strict / tp:.2f}; cue accuracy {cue_ok / tp:.2f}")
    print(f"indirect speech (matched by speaker): {prf(itp, ifp, ifn)}")
    if itp:
        print(f"  cue accuracy on matched indirect quotes: {ispk / itp:.2f}")


def eval_attributions(rows: list[dict]) -> None:
    tp = fp = fn = kind_ok = 0
    for r in rows:
        a = Article(id="a", text=r["text"], lang=r["lang"], source="dev")
        _, atts = extract_quotes(a)
        used = set()
        for g in r["attributions"]:
            hit = next((k for k, x in enumerate(atts)
                        if k not in used and _same_speaker(g["source"], x.source)), None)
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            kind_ok += atts[hit].kind == g["kind"]
        fp += len(atts) - len(used)
    print(f"attributions ({len(rows)} snippets): {prf(tp, fp, fn)}")
    if tp:
        print(f"  kind accuracy on matched sources: {kind_ok / tp:.2f}")


# ------------------------------------------------------------------ synthetic event for timing
FIRST = ["Lena", "Marc", "Ivo", "Nina", "Paul", "Sara", "Omar", "Eva", "Tom", "Ana"]
LAST = ["Varga", "Roux", "Marn", "Lasko", "Berg", "Ortiz", "Haddad", "Kim", "Vogt", "Reid"]
CITIES = ["Tarnby", "Velna", "Sorel", "Dobrava", "Kessel"]
OUTLETS = [f"outlet{i}.example" for i in range(12)]


def synthetic_event(n: int, seed: int = 7) -> list[Article]:
    rnd = random.Random(seed)
    minister = "Ivo Marn"
    city = "Tarnby"
    arts = []
    for i in range(n):
        lang = rnd.choice(["en", "fr"])
        people = rnd.randint(200, 900)
        day = rnd.choice([3, 3, 3, 4])
        other = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        if lang == "en":
            role = rnd.choice(["secretary", "secretary", "chairman"])
            sents = [f"The {role} of the Harbour Council {minister} opened the new pier in {city} on {day} March.",
                     f"About {people} people attended the ceremony, according to the port authority.",
                     f"“This pier will serve the fishing fleet for decades,” {minister} said.",
                     f"The project cost {rnd.randint(10, 40)} million euros and took two years.",
                     f"Local resident {other} said that traffic had doubled since the works began.",
                     f"{city}, a {rnd.choice(['Latvian', 'Latvian', 'Estonian'])} border town, depends on fishing.",
                     "Critics called the project a “vanity” plan of the regime.",
                     f"The next phase will start in {rnd.choice(['June', 'July'])}, the council said."]
            dates = [(f"{day} March", f"2025-03-0{day}")]
        else:
            role = rnd.choice(["secrétaire", "secrétaire", "président"])
            sents = [f"Le {role} du Harbour Council {minister} a inauguré la nouvelle jetée de {city} le {day} mars.",
                     f"Environ {people} personnes ont assisté à la cérémonie, selon l'autorité portuaire.",
                     f"« Cette jetée servira la flotte de pêche pendant des décennies », a déclaré {minister}.",
                     f"Le projet a coûté {rnd.randint(10, 40)} millions d'euros, a rapporté l'AFP.",
                     f"L'habitant {other} a déclaré que la circulation avait doublé depuis le début des travaux.",
                     f"{city}, une ville {rnd.choice(['lettone', 'lettone', 'estonienne'])} frontalière, vit de la pêche.",
                     "Les opposants dénoncent un projet de « prestige » du régime.",
                     "La prochaine phase commencera en juin, selon le conseil."]
            dates = [(f"{day} mars", f"2025-03-0{day}")]
        rnd.shuffle(sents[2:])
        text = " ".join(sents)
        a = Article(id=f"syn{i}", text=text, title=f"Pier opens ({i})", lang=lang,
                    source=OUTLETS[i % len(OUTLETS)], date=DateInfo("2025-03-05"))
        a.entities = _mentions(text, [("Ivo Marn", "PER", "P1"), ("Harbour Council", "ORG", "O1"),
                                      (city, "LOC", "L1"), (other, "PER", "P-" + other)])
        for s, v in dates:
            j = text.index(s)
            a.timexes.append(Timex(j, j + len(s), s, "DATE", v))
        a.event, a.story = "e1", "s1"
        arts.append(a)
    return arts


def time_report(n: int) -> None:
    from newsweave.compare.report import build_report, render_html, render_markdown
    from newsweave.enrich.embed import Embedder
    from newsweave.store import SQLiteRepository
    from newsweave.store.base import EventRecord, StoryRecord
    repo = SQLiteRepository(":memory:")
    repo.put_story(StoryRecord("s1", "Harbour"))
    repo.put_event(EventRecord("e1", story="s1", title="Pier opens", size=n))
    for a in synthetic_event(n):
        repo.add_article(a)
        repo.save_layers(a, "bench", "1", ["entities", "timexes", "event"])
    emb = Embedder(repo)
    t0 = time.perf_counter()
    rep = build_report(repo, "e1", embedder=emb)
    t1 = time.perf_counter()
    render_markdown(rep)
    render_html(rep)
    t2 = time.perf_counter()
    rep2 = build_report(repo, "e1", embedder=Embedder(repo))
    t3 = time.perf_counter()
    print(f"report for an event of {n} articles ({rep.stats['claims']} claims, "
          f"{rep.stats['clusters']} clusters, {len(rep.conflicts)} conflicts; "
          f"bench/report_speed.py times 50 and 400):")
    print(f"  cold (embeddings computed): {t1 - t0:.2f} s  [{rep.stats['seconds']}]")
    print(f"  warm (embeddings cached in the store): {t3 - t2:.2f} s  [{rep2.stats['seconds']}]")
    print(f"  rendering md+html: {(t2 - t1) * 1000:.0f} ms")
    arts = synthetic_event(200, seed=11)
    t4 = time.perf_counter()
    for a in arts:
        extract_quotes(a)
    dt = time.perf_counter() - t4
    print(f"quote extraction: {len(arts) / dt:.0f} articles/s "
          f"({sum(len(a.text) for a in arts) / dt / 1000:.0f} k chars/s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--skip-timing", action="store_true")
    args = ap.parse_args()
    for path in (DEV, HELDOUT):
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        by = {t: [r for r in rows if r["type"] == t] for t in ("quote", "attribution", "pair")}
        print(f"== {path.name}: {len(rows)} items ({', '.join(f'{k}: {len(v)}' for k, v in by.items())}); "
              f"languages: {dict(Counter(r.get('lang') or r['a']['lang'] for r in rows))}")
        eval_quotes(by["quote"])
        eval_attributions(by["attribution"])
    if not args.skip_timing:
        time_report(args.articles)


if __name__ == "__main__":
    main()
