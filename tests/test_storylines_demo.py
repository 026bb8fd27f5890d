"""The demo corpus (and the seeds, when ../shared/seeds is there) against its answer key
(bench/data/demo_storylines.json): the full pipeline's events and stories, scored by B-cubed.

The story floor is what thread linking reaches today (precision 1.0: no two storylines of the key
share a story; recall is lost only where an event is split by the event clusterer); the issue's
goal is 0.95 for both, see the report of the branch."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import demo_stories as D  # noqa: E402


@pytest.fixture(scope="module")
def demo_result(tmp_path_factory):
    with_seeds = D.SEEDS.is_dir()
    recs = D.analyse(with_seeds, str(tmp_path_factory.mktemp("demo") / "demo.db"))
    return with_seeds, recs


def test_demo_storylines_are_kept_apart_and_match_the_key(demo_result):
    with_seeds, recs = demo_result
    ev_of, st_of = D.gold(with_seeds)
    p, r, f = D.bcubed({a: v[1] for a, v in recs.items()}, st_of)
    assert p == 1.0, "two storylines of the answer key share a story"
    assert f >= 0.93, (p, r, f)
    # Istanbul talks, Witkoff's visits (and the Shoigu visits) are three stories, not one
    story = {a: v[1] for a, v in recs.items()}
    assert story["001_fr_lecourrierdumonde"] == story["010_en_thedailyledger"]
    assert story["016_en_globalwire-news"] == story["022_en_thedailyledger"]
    assert story["001_fr_lecourrierdumonde"] != story["016_en_globalwire-news"]


def test_demo_events_match_the_key(demo_result):
    with_seeds, recs = demo_result
    ev_of, _ = D.gold(with_seeds)
    p, r, f = D.bcubed({a: v[0] for a, v in recs.items()}, ev_of)
    # with the seeds: 0.923 since a figure reads alike whatever thousands separator a language
    # writes (the German report of the earthquake's toll joins the others)
    assert p >= 0.94 and f >= (0.915 if with_seeds else 0.88), (p, r, f)
