"""Storylines: events linked into stories by looser similarity than events themselves.

A story groups events that share actors, places and subject across weeks or months (two visits
of the same envoy, a referendum and its aftermath). The machinery lives in
:class:`newsweave.link.events.EventClusterer` (stories are clusters of events sharing its scoring
function with ``story=True``):

* a new event joins the best-scoring story among those of its nearest neighbours when the
  event–story score (centroid embedding cosine on a looser calibration, same-language words,
  names, entity ids) clears ``story_threshold``; no time limit applies, only a mild penalty beyond
  a year; otherwise it opens a story;
* after each batch, stories that grew merge with a neighbouring story whose profile scores
  ``story_merge_threshold`` (early stories are small and noisy; grown centroids are stable), and
  the merge is logged (``story_merge``); a one-article story (an orphan) merges on the looser
  ``orphan_story_threshold`` — broad stories (a pandemic, Brexit) otherwise leave a tail of
  single-article stories;
* :meth:`~newsweave.link.events.EventClusterer.recluster` rebuilds stories from scratch, keeping
  ids by maximal overlap.

Story title: the title of the most central article of its most central event; ``meta`` holds the
events in date order (:func:`story_order`), their dates and characteristic title keywords.
"""
from __future__ import annotations


def story_order(events: list) -> list:
    """Events sorted by their date (undated last), then id."""
    def key(ev):
        d = ev.date_span()
        return (d is None, d.lo if d else 0, ev.id)
    return sorted(events, key=key)
