"""The (not adopted) per-article dilution experiment for timelines, on the tuning topic only.

Why: a page that states hundreds of days (a year's chronicle of local news crawled with the story)
gives each of them a full telling; session 14 traced egypt's drop from 44.4 to 42.5 to such a page
(one more telling of a non-reference day pushed a reference day from rank 30 to 31 once the
time-expression rules dated the page's bare days in the right year). Here each telling of a day is
weighted by n ** -alpha, n the number of distinct happening days its article states (the heaviest
article of the telling), and tellings, leads, retro and sources are scaled by the mean weight;
burst, recalled, languages and events are unchanged. Objective and corpora as
bench/fit_timeline_rank.py (whole topic, each language left out, the story halfway), committed
weights. Last run (session 14, egypt): alpha 0 objective 38.4 (whole 42.5), 0.15 38.7 (43.6),
0.3 38.9 (44.3), 0.5 38.5 (42.3): a gain within one boundary day, not adopted.

    .venv/bin/python bench/timeline_dilution.py [--tune egypt] [--cache DIR]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import fit_timeline_rank as F  # noqa: E402
import timelines as T  # noqa: E402
from newsweave.compare import timeline as TL  # noqa: E402
from newsweave.compare import timeline_rank as TR  # noqa: E402

ALPHAS = [0.0, 0.15, 0.3, 0.5]


def diluted(alpha: float, n_days: dict[str, int]):
    """day_evidence with each telling weighted by n ** -alpha (n: days its article states)."""
    def evidence(ms, day, burst, recalled, ordinal, coverage=0):
        e = TR.day_evidence(ms, day, burst, recalled, ordinal, coverage)
        w = sum(max(n_days.get(m[0].id, 1) ** -alpha for m in g) for g in TR.tellings(ms))
        k = w / max(e.tellings, 1)
        return TR.DayEvidence(e.tellings * k, e.leads * k, e.future, e.retro * k, e.sources * k,
                              e.languages, e.events, e.burst, e.recalled, e.coverage, e.chronicles)
    return evidence


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", default="egypt", help="the tuning topic (data/timeline_split.json)")
    ap.add_argument("--cache", default=None, help="folder keeping the extracted articles per topic")
    args = ap.parse_args()
    arts = T.load_extracted(args.tune, args.cache)
    n_days = {a.id: len({d for _, d in TL.timeline_mentions(a) if len(d) == 10}) or 1 for a in arts}
    committed = {k: TL.RANK_WEIGHTS[k] for k in F.GRID}
    for alpha in ALPHAS:
        TL.day_evidence = diluted(alpha, n_days)  # timeline_evidence calls it by this name
        corpora = F._corpora(args.tune, arts)
        parts = " ".join(f"{name} {F._f1(args.tune, ev, committed, gold):.1f}"
                         for name, (ev, gold) in corpora.items())
        print(f"alpha {alpha}: objective {F._objective(args.tune, corpora, committed):.1f} ({parts})",
              flush=True)


if __name__ == "__main__":
    main()
