"""The event linker: which articles report the same happening, and which events form a story.

An estimator in the spirit of ``partial_fit`` (:class:`newsweave.components.EventLinker`): its state
(features, events, stories, ANN index, document frequencies, id counters) lives in memory, and each
call takes a batch of analysed articles with their embeddings and returns what it decided
(:class:`~newsweave.link.event_decisions.LinkDecisions`) without any I/O;
:mod:`.event_persistence` writes the decisions and restores the state after a restart.

Per batch (articles arrive in any order, a batch at a time):

1. features per article (:mod:`.event_features`): the lead embedding, TF-IDF of the body,
   "specifics" (capitalised words and figures, per script), resolved entity ids, lead years and
   figures, and a happening date (:mod:`.event_dates`);
2. the batch is grouped on its own and each group attaches to an event or opens one
   (:mod:`.event_placement`, scores of :mod:`.event_scoring`);
3. new events join the best nearby story or open one; stories that grew merge with a close
   neighbour story (:mod:`.storylines`);
4. undated or month-only articles get a date inferred from their event (:mod:`.date_inference`);
5. the changes are summed up: event and story summaries, memberships, removed ids, id counters
   (:mod:`.event_ids`) and every open / assign / merge / move / story change / date inference.

Ids are never renumbered; :func:`~newsweave.link.event_recluster.recluster` rebuilds everything and
maps new clusters to old ids by maximal overlap.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from ..model import Article
from .ann import AnnIndex
from .date_inference import inferred_date
from .event_dates import happening_weekdays
from .event_config import EventConfig, resolve_config
from .event_decisions import Assignment, LinkDecisions, Membership
from .event_features import ArticleFeatures, article_features, stated_date, with_stated
from .event_ids import IdAllocator
from .event_placement import EventPlacer
from .event_state import LinkState
from .event_summary import event_summary, story_summary
from .storylines import StoryLinker

COMPONENT = "link.events"  # provenance of the layers (dates) and records the linker makes
VERSION = "events-1"


class EventLinker:
    """Streaming event and story linking over vectors of ``dim`` floats; no I/O."""

    name = COMPONENT
    version = VERSION
    requires = ("text", "title", "lang", "date", "boilerplate", "timexes", "entities", "duplicate_of")
    assigns = ("event", "story", "date")

    def __init__(self, config: EventConfig, dim: int) -> None:
        """``config`` must be resolved (:func:`~newsweave.link.event_config.resolve_config`)."""
        self.cfg = config
        self.dim = dim
        self.reset()

    @classmethod
    def for_embedder(cls, embedder: Any, config: EventConfig | dict | None = None) -> "EventLinker":
        """A linker for the vectors of ``embedder`` (its ``dim`` and cosine calibration)."""
        return cls(resolve_config(config, embedder), embedder.dim)

    def reset(self, ids: IdAllocator | None = None) -> None:
        """Forget everything (keeping the id counters ``ids`` when given)."""
        self.state = LinkState(self.dim)
        if ids is not None:
            self.state.ids = ids
        self.stories = StoryLinker(self.state, self.cfg)
        self.placer = EventPlacer(self.state, self.cfg, self.stories)

    @property
    def ann(self) -> AnnIndex:
        return self.state.ann

    # -- reading the state --------------------------------------------------------------
    def is_placed(self, article: Article) -> bool:
        """A stored article that is already in an event."""
        s = self.state
        return (article.db_id is not None and article.db_id in s.db_label
                and s.db_label[article.db_id] in s.label_event)

    def event_of(self, article: Article) -> str | None:
        lab = self.state.label_of(article.db_id, article.id)
        return self.state.label_event.get(lab) if lab is not None else None

    def current(self, article: Article) -> Assignment:
        """The current event and story of an article (None when it was never placed)."""
        lab = self.state.db_label.get(article.db_id) if article.db_id is not None else None
        eid = self.state.label_event.get(lab) if lab is not None else None
        return Assignment(article.id, article.db_id, eid, self.state.story_of(eid))

    # -- a batch --------------------------------------------------------------------------
    def features(self, articles: Sequence[Article], vectors: np.ndarray,
                 update_stats: bool) -> list[ArticleFeatures]:
        return article_features(articles, vectors, self.state.stats,
                                ent_idf_power=self.cfg.ent_idf_power, update_stats=update_stats,
                                new_label=self.state.new_label)

    def partial_fit(self, articles: Sequence[Article], vectors: np.ndarray) -> LinkDecisions:
        """Place each article (``vectors``: their embeddings, row by row) in an event and a story.
        Articles already placed keep their ids; the decisions list one assignment per article."""
        fresh_rows = [i for i, a in enumerate(articles) if not self.is_placed(a)]
        if not fresh_rows:
            return LinkDecisions(assignments=[self.current(a) for a in articles])
        fresh = [articles[i] for i in fresh_rows]
        feats = self.features(fresh, np.asarray(vectors)[fresh_rows], update_stats=True)
        self.placer.place_batch(fresh, feats)
        self.placer.consolidate()
        self.stories.update_stories()
        self.placer.merge_same_happenings()
        placed = dict(zip(fresh_rows, self.date_assignments(fresh, feats)))
        return self.finish_batch([placed[i] if i in placed else self.current(a)
                                  for i, a in enumerate(articles)])

    def date_assignments(self, articles: Sequence[Article],
                         feats: list[ArticleFeatures]) -> list[Assignment]:
        """Assignments of placed articles, with the dates inferred from their events (logged)."""
        s = self.state
        out = []
        for a, f in zip(articles, feats):
            eid = s.label_event[f.key]
            # decide from the date the article states (a month refined earlier stays that month)
            stated = stated_date(a.date)
            refined = stated is not None and stated is not a.date
            new = inferred_date(stated if refined else a.date, f.date, s.events.get(eid),
                                happening_weekdays(a))
            if new is not None and new.source == "inferred":
                new = with_stated(new, stated)
            if refined and new is None:
                new = stated  # the event no longer supports the refinement: the stated date again
                s.record("date_restored", eid or "", article=a.id, db_id=a.db_id, date=new.value)
            elif new is not None and new == a.date:
                new = None  # the same inference again: nothing changes
            elif new is not None:
                s.record("date_inferred", eid or "", article=a.id, db_id=a.db_id,
                         date=new.value, confidence=round(new.confidence, 3), evidence=new.evidence)
            out.append(Assignment(a.id, a.db_id, eid, s.events[eid].story, new))
        return out

    def finish_batch(self, assignments: list[Assignment]) -> LinkDecisions:
        """Sum up the changes of the batch (and start a new one): summaries of the touched events
        and stories, stories left without events closed, memberships of the touched events."""
        s = self.state
        stories, empty = [], []
        for sid in sorted(s.touched_stories):
            st = s.stories.get(sid)
            if st is None:
                continue
            if not st.events:
                empty.append(sid)
                continue
            stories.append(story_summary(st, s.events, s.feats, s.stats))
        events = [event_summary(s.events[eid], s.feats)
                  for eid in sorted(s.touched_events) if eid in s.events]
        for sid in empty:
            del s.stories[sid]
            s.record("story_close", sid, reason="no events left")
            s.removed_stories.append(sid)
        dirty = {lab for eid in s.touched_events if eid in s.events for lab in s.events[eid].members}
        memberships = []
        for lab in sorted(dirty):
            eid = s.label_event[lab]
            db_id = s.feats[lab].db_id
            if db_id is not None:
                memberships.append(Membership(db_id, eid, s.story_of(eid)))
        out = LinkDecisions(assignments=assignments, events=events, stories=stories,
                            removed_events=s.removed_events, removed_stories=s.removed_stories,
                            memberships=memberships, counters=s.ids.take_moved(), log=s.log)
        s.touched_events, s.touched_stories = set(), set()
        s.seed_neighbours.clear()
        s.log, s.removed_events, s.removed_stories = [], [], []
        return out

    # -- restart ----------------------------------------------------------------------------
    def restore(self, articles: Sequence[Article], vectors: np.ndarray,
                index: AnnIndex | None = None) -> None:
        """Rebuild the state from stored articles that carry their event (and story) ids;
        ``index``: a saved ANN index (vectors it lacks are added)."""
        s = self.state
        feats = self.features(articles, vectors, update_stats=True)
        have: set[int] = set()
        if index is not None:
            have = set(index.labels().tolist())
            s.ann = index
        for a, f in zip(articles, feats):
            s.register(f, add_to_index=f.key not in have)
            ev = s.events.get(a.event)
            if ev is None:
                ev = s.events[a.event] = s.new_cluster(a.event)
            ev.add(f)
            ev.story = a.story
            s.label_event[f.key] = a.event
            if a.story:
                st = s.stories.setdefault(a.story, s.new_cluster(a.story))
                st.add(f)
                st.events.add(a.event)
