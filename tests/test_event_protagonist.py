"""Whom a report is about (link/event_protagonist.py): the person it keeps naming, and two reports
about different people. Names invented."""
from __future__ import annotations

import itertools

import numpy as np

from newsweave.link.event_protagonist import clash, clash_matrix, protagonist


def test_the_protagonist_is_named_three_times_and_more_than_anyone():
    assert protagonist({"per:brnd": 4, "per:kl": 2}) == "per:brnd"
    assert protagonist({"per:brnd": 2, "per:kl": 1}) is None      # not named enough
    assert protagonist({"per:brnd": 3, "per:kl": 3}) is None      # two people, as often
    assert protagonist({"~per:lns": 5, "per:kl": 2}) is None      # only ever one word: a team?


def test_reports_about_two_people_clash_unless_one_names_the_other_often():
    a = {"per:brnd": 6, "per:kl": 2}   # about Brandt, names Kale in passing
    b = {"per:kl": 5}                   # about Kale
    assert clash("per:brnd", a, "per:kl", b)
    c = {"per:kl": 4, "per:brnd": 3}    # about Kale, but much about Brandt too: maybe one happening
    assert not clash("per:brnd", a, "per:kl", c)
    assert not clash("per:brnd", a, "per:brnd", {"per:brnd": 3})
    assert not clash(None, a, "per:kl", b)


def test_the_batch_matrix_is_the_pairwise_clash():
    people = [{"per:brnd": 6, "per:kl": 2}, {"per:kl": 5}, {"per:kl": 4, "per:brnd": 3},
              {"per:brnd": 3}, {"per:x": 1}]
    prot = [protagonist(p) for p in people]
    C = clash_matrix(prot, people)
    want = np.zeros((5, 5), bool)
    for i, j in itertools.product(range(5), range(5)):
        want[i, j] = clash(prot[i], people[i], prot[j], people[j])
    assert C is not None and (C == want).all() and C[0, 1] and not C[0, 3]
    assert clash_matrix([None, "per:kl"], [{}, {"per:kl": 3}]) is None
