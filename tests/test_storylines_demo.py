"""The demo corpus (and the seeds, when ../shared/seeds is there) against its answer key
(bench/data/demo_storylines.json): the full pipeline's events and stories, scored by B-cubed.

Both reach the issue's goal, 0.95: no two storylines of the key share a story (precision 1.0), a
happening and its consequences that night (a final and its riots, a quake and a tower it brought
down) are one story, and dates keep cross-script reports of one happening together."""
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
    assert f >= 0.95, (p, r, f)
    # Istanbul talks, Witkoff's visits (and the Shoigu visits) are three stories, not one
    story = {a: v[1] for a, v in recs.items()}
    assert story["001_fr_lecourrierdumonde"] == story["010_en_thedailyledger"]
    assert story["016_en_globalwire-news"] == story["022_en_thedailyledger"]
    assert story["001_fr_lecourrierdumonde"] != story["016_en_globalwire-news"]


def test_demo_events_match_the_key(demo_result):
    with_seeds, recs = demo_result
    ev_of, _ = D.gold(with_seeds)
    p, r, f = D.bcubed({a: v[0] for a, v in recs.items()}, ev_of)
    # with the seeds: 0.976 (0.974 without). Dates that contradict one happening count (a report
    # dated "May" does not join talks of 2 June; an undated "on Wednesday" is not Friday's visit);
    # the year an article is dated in only keeps a background lead year from conflicting (counted
    # as a shared year it merged two visits a fortnight apart); entity overlap weighs the
    # participants an article keeps naming, not the names it lists once (the first Istanbul
    # round, split along script lines at 0.915, is one event). Left: the Bangkok tower reports
    # apart from the quake.
    assert p >= 0.95 and f >= 0.95, (p, r, f)
