"""Facet links at the thresholds refitted in session 19 (bench/fit_facet_link.py --cross): a
single follow-up report of a happening that stresses another facet of it (the survivor, the
rescue crew, the guides' complaint), written in several wordings and in another language, links
to the event's reports less strongly than they link among themselves and joins their event; a
report of a look-alike happening (another climber, another mountain, other people) stays apart,
alone or as a small group of its own. Invented names and places; the HashingEmbedder stands in
for the model."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsweave.enrich.embed import HashingEmbedder
from newsweave.link.event_batch import cluster_batch
from newsweave.link.event_linker import EventLinker
from test_events import art
from test_events_facets import FALL

FACETS = [
    ("g1", "Brother of Tessel victim recovering in hospital",
     "Jonas Renner, whose brother Aldo died on Mount Tessel, is recovering in the Varnby hospital. "
     "Doctors said the frostbite in his feet will heal. Jonas had waited two nights in an ice cave "
     "for the helicopter."),
    ("g2", "Mountain guides question Tessel ridge safety after fatal fall",
     "Guides in Varnby asked for fixed ropes on the north ridge of Mount Tessel after the fall that "
     "killed Aldo Renner. The ridge has no anchors above the glacier, they said."),
    ("g3", "Helicopter crew describes Tessel rescue",
     "The helicopter crew that airlifted Jonas Renner from an ice cave on Mount Tessel said fog "
     "delayed the rescue by a day. His brother Aldo Renner had fallen from the north ridge to the "
     "glacier."),
    ("g4", "Le frère d'Aldo Renner raconte deux nuits dans une grotte de glace",
     "Jonas Renner a survécu deux nuits dans une grotte de glace sur le Mount Tessel après la chute "
     "de son frère Aldo Renner depuis l'arête nord. Il a été héliporté vers l'hôpital de Varnby."),
]
# the hashing embedder shares only the names across German and English: too little to link
GERMAN = ("g5", "Aldo Renners Bruder überlebt zwei Nächte in einer Eishöhle",
          "Jonas Renner überlebte zwei Nächte in einer Eishöhle am Mount Tessel, nachdem sein Bruder "
          "Aldo Renner vom Nordgrat gestürzt war. Er wurde ins Krankenhaus von Varnby geflogen.")
LOOKALIKES = [
    ("o1", "Climber Piet Holm dies in fall on Mount Aster",
     "Piet Holm, a teacher from Ostmark, died after falling from the east face of Mount Aster. "
     "Rescue crews from Ostmark recovered his body from the scree below the face."),
    ("o2", "Second climber killed this month, on Mount Aster",
     "A teacher from Ostmark, Piet Holm, was killed when he fell from the east face of Mount Aster. "
     "His body was found by Ostmark rescue crews."),
]


def groups(extra: list[tuple[str, str, str]], **cfg_changes) -> list[list[int]]:
    arts = [art(*x) for x in FALL] + [art(*x) for x in extra]
    emb = HashingEmbedder(None)
    linker = EventLinker.for_embedder(emb)
    feats = linker.features(arts, emb.embed_articles(arts), True)
    return cluster_batch(feats, replace(linker.cfg, **cfg_changes))


@pytest.mark.parametrize("facet", FACETS, ids=[f[0] for f in FACETS])
def test_a_follow_up_report_of_another_facet_joins_its_event(facet):
    assert groups([facet]) == [[0, 1, 2, 3, 4, 5]]


def test_the_translated_facet_report_is_what_the_refit_gains():
    """Its links to the event (best three 0.49 here) lie between the new and the old
    ``facet_top_min``: apart at 0.30 / 0.60, joined at 0.20 / 0.45."""
    assert groups([FACETS[3]], facet_avg_min=0.30, facet_top_min=0.60) == [[0, 1, 2, 3, 4], [5]]
    assert groups([FACETS[3]]) == [[0, 1, 2, 3, 4, 5]]


@pytest.mark.xfail(reason="hashing embedder: German and English share only the names", strict=True)
def test_a_facet_report_in_german_joins_its_event():
    assert groups([GERMAN]) == [[0, 1, 2, 3, 4, 5]]


@pytest.mark.parametrize("other", LOOKALIKES, ids=[o[0] for o in LOOKALIKES])
def test_a_single_report_of_a_look_alike_happening_stays_apart(other):
    assert groups([other]) == [[0, 1, 2, 3, 4], [5]]


def test_two_reports_of_a_look_alike_happening_stay_an_event_of_their_own():
    assert groups(LOOKALIKES) == [[0, 1, 2, 3, 4], [5, 6]]
