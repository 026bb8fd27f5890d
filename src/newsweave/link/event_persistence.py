"""The only part of event linking that touches the Repository: it writes the linker's decisions
(events, stories, memberships, inferred dates, the cluster log, id counters, the ANN index file)
and restores a linker's state from the store after a restart."""
from __future__ import annotations

import logging
from typing import Any, Callable, Sequence

import numpy as np

from ..model import Article
from ..store.base import EventRecord, StoryRecord
from .ann import AnnIndex, index_path
from .event_decisions import EventSummary, LinkDecisions, StorySummary
from .event_ids import IdAllocator
from .event_linker import COMPONENT, VERSION, EventLinker

log = logging.getLogger(__name__)

Embed = Callable[[Sequence[Article]], np.ndarray]


def counter_key(kind: str) -> str:
    """The store state key of the id counter of ``kind`` (event, story)."""
    return f"events.next_{kind}"


class EventPersistence:
    """Writes :class:`LinkDecisions` to ``repo`` and restores linker state from it.

    It remembers what the store holds (memberships written, size of the saved index) so that only
    changes are written."""

    def __init__(self, repo: Any, identity: str | None = None) -> None:
        self.repo = repo
        self.identity = identity  # the embedder's vector space: a saved index of another is stale
        self._written: dict[int, tuple[str | None, str | None]] = {}  # row id → (event, story)
        self._saved_n = 0  # vectors in the saved index file

    # -- restore ----------------------------------------------------------------------------
    def restore_counters(self, linker: EventLinker) -> None:
        linker.state.ids = IdAllocator({k: self.repo.get_state(counter_key(k), 1)
                                        for k in linker.state.ids.counters})

    def restore(self, linker: EventLinker, embed: Embed) -> None:
        """Rebuild ``linker``'s state from the stored articles that have an event; the saved ANN
        index is reused (a missing or unreadable file is rebuilt from the vectors)."""
        self.restore_counters(linker)
        arts = [a for a in self.repo.iter_articles() if a.event]
        if not arts:
            return
        vectors = embed(arts)
        index = self._load_index(linker.dim)
        linker.restore(arts, vectors, index)
        self._written.update({a.db_id: (a.event, a.story) for a in arts})

    def _load_index(self, dim: int) -> AnnIndex | None:
        path = index_path(self.repo)
        if path is None or not path.exists():
            return None
        try:
            index = AnnIndex.load(path, dim=dim, identity=self.identity)
        except (RuntimeError, OSError, ValueError) as exc:
            log.warning("event index %s unusable (%s): rebuilding it from the vectors", path, exc)
            return None
        self._saved_n = len(index)
        return index

    def stored_articles(self) -> tuple[list[Article], set[str], set[str]]:
        """All stored articles with their current ids, and the ids of the stored events and
        stories (what :func:`~newsweave.link.event_recluster.recluster` starts from)."""
        return (list(self.repo.iter_articles()), {e.id for e in self.repo.list_events()},
                {s.id for s in self.repo.list_stories()})

    def forget_written(self, articles: Sequence[Article]) -> None:
        """After a recluster: what the store holds is the articles' old ids, the index is stale."""
        self._written = {a.db_id: (a.event, a.story) for a in articles}
        self._saved_n = 0

    # -- write ------------------------------------------------------------------------------
    def apply(self, decisions: LinkDecisions, articles: Sequence[Article], ann: AnnIndex) -> None:
        """Write ``decisions`` (``articles``: the articles of its assignments, in order, with their
        inferred dates already set) and save the index ``ann`` when it grew by 10%."""
        repo = self.repo
        for eid in decisions.removed_events:
            repo.delete_event(eid)
        for a, asg in zip(articles, decisions.assignments):
            if asg.date is not None and a.db_id is not None:
                repo.save_layers(a, COMPONENT, VERSION, ["date"])
        for st in decisions.stories:
            repo.put_story(story_record(st))
        for ev in decisions.events:
            repo.put_event(event_record(ev))
        for sid in decisions.removed_stories:
            if hasattr(repo, "delete_story"):
                repo.delete_story(sid)
        for m in decisions.memberships:
            if self._written.get(m.db_id) != (m.event, m.story):
                repo.set_membership(m.db_id, m.event, m.story)
                self._written[m.db_id] = (m.event, m.story)
        for entry in decisions.log:
            repo.log_cluster_change(entry.action, entry.subject, entry.detail)
        for kind, n in decisions.counters.items():
            repo.set_state(counter_key(kind), n)
        n = len(ann)
        if n and (self._saved_n == 0 or n - self._saved_n >= max(64, self._saved_n // 10)):
            self.save_index(ann)

    def save_index(self, ann: AnnIndex) -> None:
        """Write the ANN index next to the database (a restart adds whatever the saved file lacks
        from the vector cache); stores without a file (memory, servers) rebuild it instead."""
        path = index_path(self.repo)
        if path is None or not len(ann):
            return
        ann.save(path, identity=self.identity)
        self._saved_n = len(ann)


def event_record(ev: EventSummary) -> EventRecord:
    return EventRecord(id=ev.id, story=ev.story, title=ev.title,
                       date=ev.date.to_json() if ev.date is not None else None, size=ev.size,
                       meta={"central_article": ev.central_article, "langs": ev.langs,
                             "component": COMPONENT, "version": VERSION})


def story_record(st: StorySummary) -> StoryRecord:
    return StoryRecord(id=st.id, title=st.title,
                       meta={"event_ids": st.event_ids, "size": st.size, "keywords": st.keywords,
                             "dates": st.dates})
