"""Which claims need a sentence vector: the claims that can be aligned with another article's.

The alignment joins claims of two different articles of one event (``same_event``), so the
claims of an article that no other article of the report shares an event with can never leave
their singleton cluster, whatever their vectors: embedding them (the neural model, ~20 ms of
CPU a claim on two cores, most of what preparing a report cost) changes no agreement, no
single-source claim and no conflict. Only the summary read them, to rank claims by their
similarity to all others; it now ranks the claims of the aligned events only (see
:mod:`.summary`). Where no claim can be aligned (one article, or a story whose every event has
one article), every claim needs its vector, since the summary then has only these to rank.

:func:`vector_mask` decides it for the claims of one report; :func:`needs_vectors` decides it
for one stored article from the sizes of its event and story, as the ingest-side preparation
(:mod:`.claim_prep`) sees them, so that it embeds exactly what a later report of that story
will ask for.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .claim_records import Claim


def vector_mask(claims: Sequence[Claim]) -> np.ndarray:
    """(n,) booleans: the claim's article shares an event with another article of ``claims``
    (an article without an event shares one with every article, as in ``same_event``); all
    True when none does."""
    events: dict[str, str | None] = {}
    for c in claims:
        events.setdefault(c.article, c.event)
    per_event: dict[str | None, int] = {}
    for ev in events.values():
        per_event[ev] = per_event.get(ev, 0) + 1
    unevented = per_event.get(None, 0)
    n_articles = len(events)

    def aligned(ev: str | None) -> bool:
        if ev is None:
            return n_articles > 1
        return per_event[ev] + unevented > 1

    ok = {a: aligned(ev) for a, ev in events.items()}
    mask = np.array([ok[c.article] for c in claims], dtype=bool)
    if not mask.any():
        mask[:] = True
    return mask


def needs_vectors(event_size: int | None, story_has_shared_event: bool) -> bool:
    """Whether the claims of a stored article need vectors for the report of its story:
    its event holds another article (``event_size`` ≥ 2; None: no event), or no event of its
    story does (:func:`vector_mask` then asks for every claim)."""
    return event_size is None or event_size >= 2 or not story_has_shared_event
