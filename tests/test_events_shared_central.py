"""shared_central (link/event_protagonist.py): the scalar and the batch (matrix) forms agree, a
person named in passing or by every report counts little. Invented people only."""
import numpy as np

from newsweave.link.event_protagonist import shared_central, shared_central_matrix

FIRING = {"per:brn": 6, "per:chks": 3, "per:stfnsk": 1}       # the coach fired, his successor
HIRING = {"per:chks": 5, "per:brn": 4}                          # the successor hired, the coach
OTHER = {"per:dlmbrt": 5, "per:brn": 1}                         # another player, coach in passing


def test_shared_central_scalar_and_matrix_agree():
    people = [FIRING, HIRING, OTHER]
    rarity = [{k: 1.0 for k in p} for p in people]
    M = shared_central_matrix(people, rarity)
    for i in range(3):
        for j in range(3):
            if i != j:
                assert np.isclose(M[i, j], shared_central(people[i], people[j], rarity[i], rarity[j]))
    assert M[0, 1] > 0.5 > M[0, 2]


def test_a_person_every_report_names_counts_little():
    common = {k: 0.1 for k in FIRING}
    assert shared_central(FIRING, HIRING, common, {k: 0.1 for k in HIRING}) < 0.1
