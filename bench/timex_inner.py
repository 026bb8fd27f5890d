"""Inner split of the timex bench's tuning half, to check that a rule generalises before adopting it.

The tuning documents of bench/data/timex_split.json are cut mechanically into two inner halves
(even / odd positions in the committed 'tune' list): write a rule from the errors of one
(``timex_errors.py`` prints both), check that it does not lose on the other. The validation half
is never read here.

    PYTHONPATH=src .venv/bin/python bench/timex_inner.py [--langs en]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timex as bench  # noqa: E402


def inner_halves(lang: str) -> dict[str, list[str]]:
    """The two inner halves of a language's tuning documents ('A': even positions, 'B': odd)."""
    tune = bench.load_split(lang)["tune"]
    return {"A": tune[0::2], "B": tune[1::2]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="en")
    args = ap.parse_args()
    print(f"{'lang':4} {'half':5} {'docs':>5} {'strictF1':>8} {'relaxF1':>8} {'valueF1':>8} {'typeF1':>8}")
    for lang in args.langs.split(","):
        docs, _ = bench.load(bench.CORPORA[lang])
        halves = inner_halves(lang)
        keep = set(halves["A"]) | set(halves["B"])
        preds, _ = bench.run_newsweave([d for d in docs if d["id"] in keep], lang)
        for name, ids in halves.items():
            r = bench.score(bench.CORPORA[lang] / "gold.jsonl", preds, ids)
            print(f"{lang:4} {name:5} {len(ids):5d} " + " ".join(
                f"{bench.pick(r, k1, k2):8.1f}" for k1, k2 in (("strict.f1", "strict_f1"), ("relaxed.f1", "relaxed_f1"),
                                                             ("value_f1", "value.f1"), ("type_f1", "type.f1"))))


if __name__ == "__main__":
    main()
