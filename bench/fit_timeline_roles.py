"""Fit the timeline ranking weights RANK_WEIGHTS["languages"] and ["reported"] on ONE topic.

Data: ../shared/eval/crisis-timelines/<topic> (the tuning topic of a fold in
bench/data/timeline_split.json; the committed weights were fitted on ``egypt`` and are validated
on ``libya`` by bench/timelines.py). Extracts time expressions once, then scores a small grid at
30 dates.

    .venv/bin/python bench/fit_timeline_roles.py egypt
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import timelines as T  # noqa: E402
from newsweave.compare import timeline as TL  # noqa: E402
from newsweave.enrich.timex import extract_timexes  # noqa: E402


def main() -> None:
    topic = sys.argv[1] if len(sys.argv) > 1 else "egypt"
    arts = T.load_topic(topic)
    for a in arts:
        a.timexes = extract_timexes(a.text, a.lang, a.date)
    base = dict(TL.RANK_WEIGHTS)
    for lw, rw in itertools.product([0.0, 0.5, 1.0], [1.0, 0.6, 0.3]):
        TL.RANK_WEIGHTS.update(base, languages=lw, reported=rw)
        r = T._score([T._predict(topic, arts, 30)], None)
        print(f"{topic} languages {lw} reported {rw}: Date-F1 "
              f"{100 * r['per_topic'][topic]['date_f1']:.1f}", flush=True)


if __name__ == "__main__":
    main()
