"""How often the resolver picks the right occurrence of a weekday, day-month or month without a
year, and whether a fitted conditional logit would pick better (session 18, not adopted).

Every mention the resolver decided by tense (its ``direction`` is one of ``DIRECTION``) is one
case: its candidates are the occurrences around the article date (``timex_occurrence``), its
label the one whose value is the gold value (cases whose gold is none of them are skipped and
counted: mostly an article date that is not the annotators' anchor). The logit scores each
occurrence over general features (distance in cycles; side crossed with the parse tense and the
word-window tense); ``--constrain`` first lets a sure tense (and, for a weekday, a leaning one)
rule out the other side. It is fitted on ``--data`` (default: inner half A of the timex bench's
tuning documents, the even positions of bench/data/timex_split.json's 'tune' list, as
bench/timex_inner.py; fr-timebank and tempeval3-train together), the ridge weight chosen by a
4-fold cross-validation by document inside it, and checked on inner half B. The validation half
is never read.

    NEWSWEAVE_EVAL=/work/shared/eval PYTHONPATH=src .venv/bin/python bench/timex_occurrence_cases.py \
        [--data A|tune] [--check B] [--constrain]
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timex as bench  # noqa: E402

import timex_occurrence as occurrence  # noqa: E402
from newsweave.enrich.temporal.calendar import parse_anchor  # noqa: E402
from newsweave.enrich.temporal.context import DIRECTION  # noqa: E402
from newsweave.enrich.temporal.engine import default_tagger  # noqa: E402
from newsweave.enrich.temporal.text import lookup  # noqa: E402
from newsweave.model import DateInfo  # noqa: E402

_spec = importlib.util.spec_from_file_location("eval_score", bench.SCORER)
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

L2_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)  # ridge weights tried; the one of best held-out likelihood in
# a 4-fold cross-validation by document inside the fitting data is kept


def names_weekday(L, surface: str) -> bool:
    """Whether the expression names a weekday (the tagger drops its own mark before output)."""
    return any(lookup(L.weekdays, w) is not None for w in re.findall(r"\w+", surface))


def doc_ids(lang: str, which: str) -> set[str]:
    tune = bench.load_split(lang)["tune"]
    return set({"A": tune[0::2], "B": tune[1::2], "tune": tune}[which])


def cases(which: str, constrain: bool, langs: tuple[str, ...] = ("en", "fr")) -> tuple[list[tuple], int]:
    """(features per occurrence, index of the gold one, lang, index of the resolver's pick, kind, doc) per case."""
    out, skipped, ruled_out = [], 0, 0
    tagger = default_tagger()
    for lang in langs:
        docs, gold = bench.load(bench.CORPORA[lang])
        ids = doc_ids(lang, which)
        for d in docs:
            if d["id"] not in ids or not d.get("date"):
                continue
            anchor = DateInfo(d["date"])
            a = parse_anchor(anchor)
            L = tagger.grammar(d.get("lang") or lang)
            tx = tagger.tag(d["text"], d.get("lang") or lang, anchor)
            pl = [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in tx]
            gl = gold[d["id"]]["timexes"]
            for gi, pi, _ in scorer.align(gl, pl):
                t = tx[pi]
                if t.attrs.get("direction") not in DIRECTION.values():
                    continue
                occ = occurrence.occurrences_of_value(t.value, a, names_weekday(L, t.text))
                if occ is None:
                    continue
                kind, values, dists = occ
                gv = (gl[gi].get("value") or "")[:len(values[0])]
                if gv not in values:
                    skipped += 1
                    continue
                sig = occurrence.signals(L, d["text"], t.start, t.end)
                keep = dict(zip(values, dists))
                if constrain:
                    keep = occurrence.allowed(kind, keep, sig)  # the side a tense allows
                if gv not in keep:
                    ruled_out += 1
                    continue
                values = [v for v in values if v in keep]
                X = np.array([occurrence.features(kind, keep[v], sig) for v in values], dtype=float)
                cur = t.value[:len(values[0])]
                out.append((X, values.index(gv), lang, values.index(cur) if cur in values else -1, kind, d["id"]))
    if constrain:
        print(f"  {which}: {ruled_out} cases whose gold lies on the side the tense rules out (not fitted)")
    return out, skipped


def nll(data: list[tuple], w: np.ndarray) -> float:
    """Negative log-likelihood of the gold occurrences."""
    tot = 0.0
    for X, y, *_ in data:
        u = X @ w
        tot -= float(u[y] - u.max() - np.log(np.exp(u - u.max()).sum()))
    return tot


def pick_l2(data: list[tuple]) -> float:
    """The ridge weight of least held-out negative log-likelihood, 4 folds by document."""
    docs = sorted({c[5] for c in data})
    fold = {doc: i % 4 for i, doc in enumerate(docs)}
    cv = {l2: sum(nll([c for c in data if fold[c[5]] == k], fit([c for c in data if fold[c[5]] != k], l2))
                  for k in range(4)) for l2 in L2_GRID}
    print("  cross-validated NLL by ridge weight:", {k: round(v, 1) for k, v in cv.items()})
    return min(cv, key=cv.get)


def fit(data: list[tuple], L2: float) -> np.ndarray:
    """Conditional-logit maximum likelihood with a ridge penalty ``L2``."""
    k = data[0][0].shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        tot, grad = L2 * float(w @ w), 2 * L2 * w
        for X, y, *_ in data:
            u = X @ w
            u -= u.max()
            p = np.exp(u) / np.exp(u).sum()
            tot -= float(np.log(p[y] + 1e-12))
            grad -= X[y] - p @ X
        return tot, grad

    return minimize(loss, np.zeros(k), jac=True, method="L-BFGS-B").x


def accuracy(data: list[tuple], w: np.ndarray | None) -> dict[str, str]:
    """Share of cases whose top occurrence is the gold one, per language (``w`` None: the current pick)."""
    res = {}
    for lang in sorted({c[2] for c in data}):
        sub = [c for c in data if c[2] == lang]
        ok = sum((int(np.argmax(X @ w)) if w is not None else pick) == y for X, y, _, pick, *_ in sub)
        res[lang] = f"{ok}/{len(sub)}"
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="A", choices=("A", "tune"))
    ap.add_argument("--check", default="B", choices=("B", ""))
    ap.add_argument("--constrain", action="store_true", help="a sure tense rules out the other side first")
    args = ap.parse_args()
    data, skipped = cases(args.data, args.constrain)
    print(f"fit on {args.data}: {len(data)} cases ({skipped} with a gold value no occurrence gives)")
    l2 = pick_l2(data)
    w = fit(data, l2)
    print(f"  ridge weight {l2}")
    for name, v in zip(occurrence.FEATURES, w):
        print(f"  {name:24} {v:+.3f}")
    print(f"  right occurrence on {args.data}: fitted {accuracy(data, w)}  resolver {accuracy(data, None)}")
    if args.check:
        chk, sk = cases(args.check, args.constrain)
        print(f"  check on {args.check} ({len(chk)} cases, {sk} skipped): fitted {accuracy(chk, w)}"
              f"  resolver {accuracy(chk, None)}")


if __name__ == "__main__":
    main()
