"""Facet links (link/event_facets.py): a report that stresses another participant of a happening
(the surviving brother rather than the climber who died) links strongly to the few reports that
name him and weakly to the rest; it joins the event, in a batch and when it arrives later. A round-up
that mentions the happening in passing, and a few reports of a happening of their own that look
like it, stay apart. Invented names and places; the HashingEmbedder stands in for the model."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from newsweave.enrich.embed import HashingEmbedder
from newsweave.link.event_batch import cluster_batch, pairwise_scores
from newsweave.link.event_config import EventConfig
from newsweave.link.event_facets import facet_joins, facet_match
from newsweave.link.event_linker import EventLinker
from newsweave.link.events import EventClusterer
from test_events import FLOOD, art

FALL = [
 ("f1", "Climber Aldo Renner dies in fall on Mount Tessel",
  "Aldo Renner, a doctor from Varnby, died after falling from the north ridge of Mount Tessel. Rescue crews from Varnby recovered the body of Aldo Renner from the glacier below the ridge. His brother Jonas Renner survived two nights in an ice cave and was airlifted to hospital with frostbite."),
 ("f2", "Varnby doctor killed on Mount Tessel ridge",
  "A doctor from Varnby, Aldo Renner, was killed when he fell from the north ridge of Mount Tessel. His body was found on the glacier by Varnby rescue crews."),
 ("f3", "Aldo Renner named as Mount Tessel victim",
  "Police named the climber who fell to his death from Mount Tessel as Aldo Renner, a Varnby doctor. The body was recovered from the glacier under the north ridge; his brother Jonas, who saw him fall, survived two nights in an ice cave."),
 ("f4", "Mount Tessel fall: Varnby mourns Aldo Renner",
  "Varnby hospital colleagues paid tribute to Aldo Renner, the doctor who died in a fall from the north ridge of Mount Tessel. Rescue crews reached his body on the glacier."),
 ("f5", "Body of Aldo Renner recovered from Tessel glacier",
  "Rescue crews from Varnby recovered the body of Aldo Renner from the glacier below the north ridge of Mount Tessel, where the doctor fell."),
]
FACET = ("f6", "Survivor tells of two nights in an ice cave",
  "Jonas Renner dug an ice cave and waited two nights for a helicopter, with frostbite in both feet and no food left. He had seen his brother Aldo fall from the north ridge; Jonas was airlifted to hospital on Friday.")
ROUNDUP = ("r1", "The weekend in brief",
           "A climber fell to his death on Mount Tessel, rescue crews said. Rain kept many at home "
           "in Brennick, where the market was cancelled. The Valdemar Philharmonic opened its spring "
           "tour, a chess club in Ostmark held its yearly open and the ferry to Lund ran late.")


def features(arts):
    emb = HashingEmbedder(None)
    linker = EventLinker.for_embedder(emb)
    return linker.features(arts, emb.embed_articles(arts), True), linker.cfg


def test_a_report_stressing_another_participant_joins_its_event_in_a_batch():
    feats, cfg = features([art(*x) for x in FALL] + [art(*FACET)])
    S = pairwise_scores(feats, cfg)
    assert S[5, :5].mean() < cfg.pair_threshold, "average linkage alone keeps it apart"
    assert cluster_batch(feats, replace(cfg, facet_avg_min=None)) == [[0, 1, 2, 3, 4], [5]]
    assert cluster_batch(feats, cfg) == [[0, 1, 2, 3, 4, 5]]


def test_the_facet_report_arriving_later_joins_the_event_too():
    cl = EventClusterer(None, embedder=HashingEmbedder(None))
    first = [art(*x) for x in FALL]
    cl.assign(first)
    late = art(*FACET)
    cl.assign([late])
    assert late.event == first[0].event


def test_a_round_up_mentioning_the_happening_in_passing_stays_apart():
    arts = [art(*x) for x in FALL] + [art(*x) for x in FLOOD] + [art(*ROUNDUP)]
    EventClusterer(None, embedder=HashingEmbedder(None)).assign(arts)
    assert len({a.event for a in arts[:5]}) == 1 and len({a.event for a in arts[5:8]}) == 1
    assert arts[8].event not in {arts[0].event, arts[5].event}


def test_a_coherent_small_group_of_its_own_happening_stays_apart():
    """Three reports that agree among themselves (0.95) more than with their best links to a
    larger event (0.8) are a happening of their own (the riot after the match), not a facet."""
    cfg = EventConfig()
    n = 8
    S = np.full((n, n), 0.2)
    S[:5, :5] = 0.95
    S[5:, 5:] = 0.95
    S[5, 0] = S[0, 5] = S[6, 1] = S[1, 6] = S[7, 2] = S[2, 7] = 0.8
    np.fill_diagonal(S, 1.0)
    groups = [[0, 1, 2, 3, 4], [5, 6, 7]]
    assert facet_match(S[np.ix_([5, 6, 7], range(5))], cfg)  # strong enough without the check
    assert facet_joins(S, groups, cfg) == groups


def test_facet_joins_do_not_depend_on_the_order_of_the_groups():
    cfg = EventConfig()
    S = np.full((9, 9), 0.05)
    S[:4, :4] = S[4:8, 4:8] = 0.9
    S[8, :4] = S[:4, 8] = [0.9, 0.85, 0.2, 0.1]  # a facet of the first event
    np.fill_diagonal(S, 1.0)
    a = facet_joins(S, [[0, 1, 2, 3], [4, 5, 6, 7], [8]], cfg)
    b = facet_joins(S, [[8], [4, 5, 6, 7], [0, 1, 2, 3]], cfg)
    assert sorted(a) == sorted(b) == [[0, 1, 2, 3, 8], [4, 5, 6, 7]]
    assert facet_joins(S, [[0, 1, 2, 3], [4, 5, 6, 7], [8]], replace(cfg, facet_avg_min=None))[-1] == [8]
