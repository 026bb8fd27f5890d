"""Exclusive links (link/event_exclusive.py): a lone report that average linkage and the facet step
leave apart joins the event it fits clearly best when it names a person the event's reports name;
a report that fits two look-alike happenings about equally, fits nothing well, or names no one the
event names stays alone; ``recluster`` with the links stays deterministic and idempotent. Invented
names and places; the HashingEmbedder stands in for the model."""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from newsweave.enrich.embed import CachedEmbedder, HashingEmbedder, HashingModel
from newsweave.link.event_batch import cluster_batch, pairwise_scores
from newsweave.link.event_config import EventConfig
from newsweave.link.event_exclusive import (LinkEvidence, exclusive_joins, exclusive_target, fit_to,
                                            shared_people)
from newsweave.link.event_linker import EventLinker
from newsweave.link.events import EventClusterer
from newsweave.model import Article, Mention
from newsweave.store import open_store
from test_events import art
from test_events_facets import FALL

# a look-alike of FALL: another climber, another mountain, another town
ASTER = [
    ("a1", "Climber Piet Holm dies in fall on Mount Aster",
     "Piet Holm, a teacher from Ostmark, died after falling from the east face of Mount Aster. "
     "Rescue crews from Ostmark recovered his body from the scree below the face."),
    ("a2", "Ostmark teacher killed on Mount Aster face",
     "A teacher from Ostmark, Piet Holm, was killed when he fell from the east face of Mount Aster. "
     "His body was found on the scree by Ostmark rescue crews."),
    ("a3", "Piet Holm named as Mount Aster victim",
     "Police named the climber who fell to his death from Mount Aster as Piet Holm, an Ostmark "
     "teacher. The body was recovered from the scree under the east face."),
]
PEOPLE = ("Aldo Renner", "Jonas Renner", "Piet Holm")
# short follow-ups of the Tessel fall that name one of its people and little else of it
LONE = [
    ("x1", "Survivor thanks nurses",
     "Jonas Renner thanked the nurses and said he would not climb again this year."),
    ("x2", "Funeral on Saturday",
     "Relatives will bury Aldo Renner on Saturday; the chapel expects hundreds of mourners."),
    ("x3", "Brother speaks", "Jonas Renner told reporters he still hears the wind every night."),
]
# follow-ups that fit the fall as well, naming none of its people
NAMELESS = [
    ("n1", "Tessel ridge closed after fall",
     "The mountain office closed the north ridge for the season after the fall."),
    ("n2", "Ice cave survivor home",
     "A climber who spent two nights in an ice cave is back home in Varnby."),
]
# a report that could be about either fall
EITHER = ("e1", "Club remembers two climbers",
          "Aldo Renner and Piet Holm were remembered at the climbing club dinner.")
UNRELATED = ("u1", "Mountain season opens",
             "Huts open across the range this week; guides expect many climbers.")

# bench/fit_exclusive_link.py --cross, pick on the mean of the inner halves (session 21)
FITTED = {"exclusive_stat": "mean", "exclusive_min": 0.10, "exclusive_margin": 0.10}
FALL_IDS = [0, 1, 2, 3, 4]
ASTER_IDS = [5, 6, 7]


def named(x: tuple[str, str, str]) -> Article:
    """An undated article whose full-name mentions of PEOPLE are linked person entities."""
    a = art(*x)
    ents = [Mention(m.start(), m.end(), name, "PER", entity="E-" + name.replace(" ", "_"), name=name)
            for name in PEOPLE for m in re.finditer(re.escape(name), a.text)]
    a.entities = sorted(ents, key=lambda m: m.start)
    return a


def corpus(extra: tuple[str, str, str]) -> list[Article]:
    return [named(x) for x in FALL + ASTER] + [named(extra)]


def batch(extra: tuple[str, str, str], **cfg_changes):
    arts = corpus(extra)
    emb = HashingEmbedder(None)
    linker = EventLinker.for_embedder(emb)
    feats = linker.features(arts, emb.embed_articles(arts), True)
    return feats, replace(linker.cfg, **cfg_changes)


def test_the_committed_values_are_the_fitted_ones():
    cfg = EventConfig()
    assert {k: getattr(cfg, k) for k in FITTED} == FITTED


@pytest.mark.parametrize("lone", LONE, ids=[x[0] for x in LONE])
def test_a_lone_report_joins_its_clear_best_event(lone):
    feats, cfg = batch(lone)
    assert cluster_batch(feats, replace(cfg, exclusive_min=None)) == [FALL_IDS, ASTER_IDS, [8]]
    assert cluster_batch(feats, cfg) == [FALL_IDS + [8], ASTER_IDS]


@pytest.mark.parametrize("lone", NAMELESS, ids=[x[0] for x in NAMELESS])
def test_a_lone_report_naming_no_one_of_the_event_stays_alone(lone):
    feats, cfg = batch(lone)
    S = pairwise_scores(feats, cfg)
    fall = S[8, FALL_IDS].mean()
    assert fall >= cfg.exclusive_min and fall - S[8, ASTER_IDS].mean() >= cfg.exclusive_margin
    assert cluster_batch(feats, cfg) == [FALL_IDS, ASTER_IDS, [8]]


def test_a_report_that_fits_two_look_alike_events_equally_stays_alone():
    feats, cfg = batch(EITHER)
    S = pairwise_scores(feats, cfg)
    fall, aster = S[8, FALL_IDS].mean(), S[8, ASTER_IDS].mean()
    assert min(fall, aster) >= cfg.exclusive_min, "each fit alone would pass the threshold"
    assert abs(fall - aster) < cfg.exclusive_margin
    assert cluster_batch(feats, cfg) == [FALL_IDS, ASTER_IDS, [8]]
    # without the margin it goes to whichever look-alike happens to score higher
    assert [8] not in cluster_batch(feats, replace(cfg, exclusive_margin=0.0))


def test_a_lone_report_below_the_threshold_stays_alone():
    feats, cfg = batch(LONE[0])
    best = pairwise_scores(feats, cfg)[8, FALL_IDS].mean()
    assert cluster_batch(feats, replace(cfg, exclusive_min=best + 0.01)) == [FALL_IDS, ASTER_IDS, [8]]
    feats, cfg = batch(UNRELATED)
    assert cluster_batch(feats, cfg) == [FALL_IDS, ASTER_IDS, [8]]


def test_people_are_shared_only_by_full_names():
    S = shared_people([{"per:rnr": 2}, {"per:rnr": 1, "per:hlm": 1}, {"~per:hlm": 3}, {}])
    assert S[0, 1] and not S[1, 2] and not S[2, 2] and not S[3].any()


def _cfg(**kw) -> EventConfig:
    return replace(EventConfig(), **{"exclusive_stat": "mean", "exclusive_min": 0.2, "exclusive_margin": 0.1, **kw})


def _evidence(n: int, shared: bool = True, clash: tuple[int, int] | None = None) -> LinkEvidence:
    D = np.zeros((n, n), bool)
    if clash:
        D[clash] = D[clash[::-1]] = True
    return LinkEvidence(np.full((n, n), shared), D)


def _scores(n: int, links: dict[tuple[int, int], float]) -> np.ndarray:
    S = np.zeros((n, n))
    np.fill_diagonal(S, 1.0)
    for (i, j), s in links.items():
        S[i, j] = S[j, i] = s
    return S


def test_the_fit_is_the_mean_or_the_max_of_the_member_scores():
    row = np.array([0.1, 0.2, 0.6])
    assert fit_to(row, "mean") == pytest.approx(0.3)
    assert fit_to(row, "max") == pytest.approx(0.6)
    with pytest.raises(ValueError):
        fit_to(row, "median")


def test_a_lone_article_moves_only_into_a_group_of_two_or_more():
    # 0 fits the lone article 1 far better than the pair {2, 3}: no move into a singleton
    S = _scores(4, {(0, 1): 0.45, (0, 2): 0.05, (0, 3): 0.05, (2, 3): 0.9})
    groups = [[0], [1], [2, 3]]
    assert exclusive_target(S, 0, groups, _cfg(), _evidence(4)) is None
    assert exclusive_joins(S, groups, _cfg(), _evidence(4)) == groups


def test_a_shared_person_is_needed_and_a_date_clash_with_any_member_forbids():
    S = _scores(4, {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (3, 0): 0.4, (3, 1): 0.3, (3, 2): 0.3})
    groups = [[0, 1, 2], [3]]
    assert exclusive_target(S, 3, groups, _cfg(), _evidence(4)) == 0
    assert exclusive_target(S, 3, groups, _cfg(), _evidence(4, shared=False)) is None
    assert exclusive_target(S, 3, groups, _cfg(), _evidence(4, clash=(3, 2))) is None


def test_moves_do_not_depend_on_the_order_of_the_groups():
    S = _scores(6, {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (3, 0): 0.4, (3, 1): 0.3, (3, 2): 0.2,
                    (4, 5): 0.2})
    a = exclusive_joins(S, [[0, 1, 2], [3], [4], [5]], _cfg(), _evidence(6))
    b = exclusive_joins(S, [[5], [4], [3], [0, 1, 2]], _cfg(), _evidence(6))
    assert sorted(a) == sorted(b) == [[0, 1, 2, 3], [4], [5]]
    off = _cfg(exclusive_min=None)
    assert exclusive_joins(S, [[0, 1, 2], [3], [4], [5]], off, _evidence(6)) == [[0, 1, 2], [3], [4], [5]]


def test_recluster_with_exclusive_links_twice_equals_once(tmp_path):
    repo = open_store(tmp_path / "r.db")
    arts = [named(x) for x in FALL + ASTER + [LONE[1], EITHER]]
    for a in arts:
        repo.add_article(a)
        repo.save_layers(a, "tests.hand", "1", ["entities"])  # recluster reads them back

    def clusterer() -> EventClusterer:
        return EventClusterer(repo, embedder=CachedEmbedder(HashingModel(), [repo]))

    def snapshot():
        return sorted((a.id, a.event, a.story) for a in repo.iter_articles())

    clusterer().assign(arts)
    streamed = {aid: ev for aid, ev, _ in snapshot()}
    assert streamed["x2"] == streamed["f1"] != streamed["a1"]
    assert streamed["e1"] not in {streamed["f1"], streamed["a1"]}
    clusterer().recluster()
    once = snapshot()
    clusterer().recluster()
    assert snapshot() == once
    assert {aid: ev for aid, ev, _ in once} == streamed
