"""The conflict scorer (bench/conflicts_eval.py) on small invented gold and system records, so
that the matching cannot silently break; and the demo corpus key (bench/data/demo_conflicts.yaml)
checked against the demo articles (ids exist, evidence is in their text)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


CE = _load("conflicts_eval")

# two invented events: a ferry fire (articles f1-f4) and a look-alike ferry fire a year later (g1-g2)
DOCS = [
    {"event": "fire-a", "articles": [{"id": i} for i in ("f1", "f2", "f3", "f4")],
     "contradictions": [
         {"id": "c1", "slot": "how_many", "subject": "injured",
          "sides": [{"value": "12", "articles": ["f1", "f2", "f3"]},
                    {"value": "21", "articles": ["f4"]}]},
         {"id": "c2", "slot": "where", "subject": "port",
          "sides": [{"value": "Bari", "articles": ["f1", "f2"]},
                    {"value": "Brindisi", "articles": ["f3"]}]}],
     "compatible": [
         {"id": "k1", "kind": "rounding", "slot": "how_many", "subject": "passengers",
          "articles": ["f1", "f2"]},
         {"id": "k2", "kind": "denial", "slot": "outcome", "subject": "cause", "articles": ["f3"]}]},
    {"event": "fire-b", "articles": [{"id": i} for i in ("g1", "g2")],
     "contradictions": [], "compatible": []},
]


def conflict(slot, *sides, tier="confident", kind=None):
    return {"slot": slot, "kind": kind or slot, "subject": "", "tier": tier, "confidence": 0.9,
            "sides": [{"value": str(n), "articles": list(arts), "evidence": []}
                      for n, arts in enumerate(sides)]}


def gold():
    return CE.gold_of(DOCS)


def test_true_positive_needs_the_slot_and_two_gold_sides():
    g = gold()
    assert CE.classify(conflict("how_many", ["f1", "f2"], ["f4"]), g) == ("tp", ["fire-a/c1"])
    # same articles, other slot: not that contradiction
    assert CE.classify(conflict("when", ["f1"], ["f4"]), g)[0] == "fp"
    # both sides on the majority side of the gold: not a match
    assert CE.classify(conflict("how_many", ["f1"], ["f3"]), g)[0] == "fp"


def test_majority_and_minority_sides():
    g = gold()
    right = conflict("how_many", ["f1", "f2", "f3"], ["f4"])
    flipped = conflict("how_many", ["f4"], ["f1", "f2"])
    assert CE.classify(flipped, g)[0] == "tp"  # the order of the sides does not decide a match
    k = g.contradictions[0]
    assert CE.majority_right(right, k) and not CE.majority_right(flipped, k)
    s = CE.score([flipped, right], g)
    assert s.recall() == (1, 2) and s.precision() == (2, 2)
    assert len(s.found["fire-a/c1"]) == 2  # the second one repeats a found contradiction


def test_compatible_difference_wrongly_reported():
    g = gold()
    c = conflict("how_many", ["f1"], ["f2"])
    assert CE.classify(c, g) == ("compatible", ["fire-a/k1"])
    s = CE.score([c], g)
    assert s.compatible_rate() == (1, 2) and s.compatible_rate("rounding") == (1, 1)
    assert s.precision() == (0, 1)
    # an article outside the item's list: a plain false positive
    assert CE.classify(conflict("how_many", ["f1"], ["f2", "f3"]), g)[0] == "fp"


def test_denial_shown_as_disputed_is_not_wrong():
    g = gold()
    shown = conflict("outcome", ["f3"], ["f3"], tier="disputed")
    assert CE.classify(shown, g)[0] == "compatible"
    s = CE.score([shown], g, tiers=CE.TIERS)
    assert s.verdicts[0][1] == "disputed_ok" and s.compatible_rate() == (0, 2)
    assert CE.score([shown], g).verdicts == []  # not in the default (confident) view
    s = CE.score([conflict("outcome", ["f3"], ["f3"])], g)
    assert s.compatible_rate("denial") == (1, 1)  # a confident factual conflict: wrong


def test_cross_event_conflict_is_a_false_positive():
    g = gold()
    c = conflict("how_many", ["f1", "f2"], ["f4", "g1"])
    assert CE.classify(c, g) == ("cross_event", [])
    s = CE.score([c], g)
    assert s.recall() == (0, 2) and s.precision() == (0, 1)


def test_an_item_touching_two_events_matches_across_them():
    g = gold()
    g.contradictions.append({"id": "title", "slot": "who_as_what", "events": {"fire-a", "fire-b"},
                             "sides": [{"articles": ["f1", "g1"]}, {"articles": ["g2"]}]})
    assert CE.classify(conflict("who_as_what", ["f1"], ["g2"]), g) == ("tp", ["title"])
    assert CE.classify(conflict("how_many", ["f1"], ["g2"]), g)[0] == "cross_event"


def test_tiers_filter_the_headline_figures():
    g = gold()
    cs = [conflict("where", ["f1"], ["f3"], tier="uncertain"), conflict("how_many", ["f1"], ["f4"])]
    assert CE.score(cs, g).recall() == (1, 2)
    assert CE.score(cs, g, tiers=CE.TIERS).recall() == (2, 2)


def test_bcubed():
    gold_of = {"a": "x", "b": "x", "c": "y"}
    assert CE.bcubed({"a": 1, "b": 1, "c": 2}, gold_of) == (1.0, 1.0, 1.0)
    p, r, _ = CE.bcubed({"a": 1, "b": 1, "c": 1}, gold_of)
    assert round(p, 3) == round((2 / 3 + 2 / 3 + 1 / 3) / 3, 3) and r == 1.0
    p, r, _ = CE.bcubed({}, gold_of)  # unclustered articles are singletons
    assert p == 1.0 and round(r, 3) == round((0.5 + 0.5 + 1) / 3, 3)


def test_slot_conflict_json_normalized():
    j = {"slot": "where", "subject": "port", "kind": "place", "tier": "disputed", "confidence": 0.7,
         "disputed_by": "the operator",
         "sides": [{"value": "Bari", "articles": ["f1", "f2"], "sources": ["A", "B"],
                    "evidence": [{"article": "f1", "start": 0, "end": 4, "text": "Bari"}]},
                   {"value": "Brindisi", "articles": ["f3"], "sources": ["C"], "evidence": []}]}
    c = CE.normalize_slot_conflict(j)
    assert c["tier"] == "disputed" and c["disputed_by"] == "the operator"
    assert CE.classify(c, gold()) == ("tp", ["fire-a/c2"])


def test_demo_key_matches_the_demo_articles():
    demo = _load("conflicts_demo")
    doc, g = demo.load_key()
    texts = {a.id: a.text for a in demo.read_demo()}
    assert set(g.event_of) == set(texts), "every demo article is in exactly one key event"
    assert sum(len(v) for v in doc["events"].values()) == len(texts)
    assert len(g.contradictions) == 11
    for item in doc["contradictions"]:
        assert item["slot"] in CE.SLOTS and len(item["sides"]) >= 2
        for side in item["sides"]:
            assert len(side["articles"]) == len(side["evidence"])
            for a, e in zip(side["articles"], side["evidence"]):
                assert e in texts[a], (item["id"], a, e)
    for item in doc["compatible"]:
        for a, e in zip(item["articles"], item["evidence"]):
            assert e in texts[a], (item["id"], a, e)
