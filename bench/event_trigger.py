"""Measure a main-event trigger pair feature for event linking (issue 15, session 19; NOT adopted):
the lemma of the main predicate of the title and of the first body line, from the language's spaCy
dependency parse, compared between the two reports of a pair.

    .venv/bin/python bench/event_trigger.py --workdir /tmp/x --show a   # triggers of half a's docs
    .venv/bin/python bench/event_trigger.py --workdir /tmp/x --mode both  # --cross --bench with it

Data: the ECB+ TUNING topics only, analysed as bench/event_errors.py does (pickled in the workdir).

Trigger: the root of the parse; a verb root governing a clausal complement (``ccomp``: "a publicist
says [she has checked into rehab]", "[...], her rep confirmed") hands over to that clause, up to three
times; a root that is neither a verb nor a noun (a copula, a name) gives none. A headline written in
title case or capitals is lower-cased first (the tagger reads "Checks Into" as a name). Lemmas from
simplemma. Synonym grouping by e5 similarity of the trigger words was dropped before this script: the
multilingual-e5-small cosine of single words does not tell synonyms from unrelated verbs (fire /
terminate 0.86, fire / hire 0.89, check / enter 0.89; only earthquake / quake stands out, 0.95).

Features (``--mode``): ``share`` (both have triggers and one is shared), ``clash`` (both have
triggers, none shared), ``both``, ``pclash`` (a clash between two reports with the same
protagonist: different happenings of one person). They are added to the pair model's features
(bench/fit_pair_logit.py) and to the batch pair logit, then ``fit_pair_logit.py --cross --bench``
runs: fit on one inner half, events B-cubed of the other, against 0.9673 / 0.9462 without (the
session-19 facet thresholds). Session 19: share 0.9673 / 0.9462 (coefficient -0.54 / -0.33 fitted on
either half: in ECB+ the look-alike happening of a topic is of the same kind, so a shared trigger
marks the hard negatives); clash 0.9678 / 0.9462 (coefficient +0.40 / -0.11: the sign flips);
both 0.9673 / 0.9462 (share -1.08 / -1.09, clash -0.57 / -0.84: both against the principle);
pclash 0.9503 / 0.9462. None rises on both halves: not adopted.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

MAX_CCOMP_HOPS = 3        # set by hand: "X said Y told Z that ..." rarely nests deeper
TITLE_CASE_SHARE = 0.6    # set by hand: this share of capitalised long words marks a headline in title case
MODES = {"share": ("trig_share",), "clash": ("trig_clash",), "both": ("trig_share", "trig_clash"),
         "pclash": ("same_protagonist_trig_clash",)}


def headline_case(s: str) -> str:
    """A title-case or all-capitals line lower-cased (the tagger takes its verbs for names)."""
    words = [w for w in re.findall(r"[^\W\d_]+", s) if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE:
        return s.lower()
    return s


def lead_lines(a) -> list[str]:
    """The title and the first body line of three words or more that is not the title again."""
    out = [a.title.strip()] if a.title else []
    for line in (x.strip() for x in a.body_text().splitlines()):
        if len(line.split()) < 3 or (out and line[:40] == out[0][:40]):
            continue
        out.append(line[:300])
        break
    return out


def main_predicate(doc):
    """The main event word of a parsed sentence (see the module docstring), or None."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    r = roots[0]
    for _ in range(MAX_CCOMP_HOPS):
        comp = [c for c in r.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "NOUN")]
        if r.pos_ != "VERB" or not comp:
            break
        r = comp[0]
    return r if r.pos_ in ("VERB", "NOUN") and r.is_alpha else None


def triggers(a) -> frozenset[str]:
    """Lemmas of the main predicates of an article's title and lead line (none without a parser)."""
    import simplemma

    from newsweave import lang as languages
    from newsweave.enrich.ner_models import parse_sentence
    info = languages.language(a.lang)
    if info is None or info.ner.backend != "spacy" or not info.ner.model:
        return frozenset()
    out = set()
    for line in lead_lines(a):
        r = main_predicate(parse_sentence(info.ner.model, headline_case(line)))
        if r is not None:
            out.add(simplemma.lemmatize(r.text.lower(), lang=a.lang))
    return frozenset(out)


def values(names: tuple[str, ...], ta: frozenset, tb: frozenset, same_protagonist: bool) -> list[float]:
    both = bool(ta and tb)
    share, clash = both and bool(ta & tb), both and not ta & tb
    d = {"trig_share": share, "trig_clash": clash, "same_protagonist_trig_clash": clash and same_protagonist}
    return [float(d[k]) for k in names]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", required=True, type=Path)
    ap.add_argument("--mode", choices=sorted(MODES), default="both")
    ap.add_argument("--show", choices=("a",), help="print the triggers of inner half a's docs and stop")
    args = ap.parse_args()
    os.environ.setdefault("NEWSWEAVE_VECTOR_CACHE", str(args.workdir / "vectors.db"))
    import event_errors as ee
    import fit_pair_logit as fpl

    import newsweave.link.event_batch as batch
    from newsweave.link.event_features import person_counts
    from newsweave.link.event_protagonist import protagonist

    docs, _ = fpl.tuning_docs()
    arts = ee.analysed(docs, args.workdir / "tuning_read.pkl")
    trig = {a.id: triggers(a) for a in arts}
    if args.show:
        half = set(ee.inner_halves(docs)[args.show])
        for a in arts:
            if a.id in half:
                print(f"{a.id:<14} {sorted(trig[a.id])!s:<30} {lead_lines(a)[0][:70]!r}")
        return
    prot = {a.id: protagonist(person_counts(a)) for a in arts}
    names = MODES[args.mode]

    def extra(ia: str, ib: str) -> list[float]:
        same = prot.get(ia) is not None and prot.get(ia) == prot.get(ib)
        return values(names, trig.get(ia, frozenset()), trig.get(ib, frozenset()), same)

    fpl.FEATURES = fpl.FEATURES + names
    plain_features, plain_logit = fpl.pair_features, batch._pair_logit

    def pair_features(a, b, cfg):
        s, x = plain_features(a, b, cfg)
        return (s, x + extra(a.ext_id, b.ext_id)) if x else (s, x)

    def pair_logit(feats, cfg, coef, emb, lex, parts, masks):
        p = plain_logit(feats, cfg, coef, emb, lex, parts, masks)
        w = np.array([coef.get(k, 0.0) for k in names])
        if not w.any():
            return p
        n = len(feats)
        add = np.array([[np.dot(w, extra(feats[i].ext_id, feats[j].ext_id)) for j in range(n)]
                        for i in range(n)])
        z = np.log(np.clip(p, 1e-12, 1 - 1e-12) / np.clip(1 - p, 1e-12, 1.0))
        return 1.0 / (1.0 + np.exp(-(z + add)))

    fpl.pair_features, batch._pair_logit = pair_features, pair_logit
    sys.argv = [sys.argv[0], "--cross", "--bench", "--workdir", str(args.workdir)]
    fpl.main()


if __name__ == "__main__":
    main()
