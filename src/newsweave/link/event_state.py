"""The in-memory state of event linking: article features, events, stories, the ANN index over
article vectors, document frequencies and id counters, plus what changed since the last batch.

It belongs to one :class:`~newsweave.link.event_linker.EventLinker` (no process-global state);
:mod:`.event_persistence` rebuilds it from the store after a restart.
"""
from __future__ import annotations

from typing import Any

from .ann import AnnIndex
from .event_clusters import Cluster
from .event_decisions import LogEntry
from .event_features import PARTICIPANT_DF_PREFIX, ArticleFeatures, TermStats
from .event_ids import IdAllocator
from .story_threads import participant_weight

FIRST_UNSTORED_LABEL = 1 << 40  # labels of articles without a row id (a row id is its own label)


class LinkState:
    """Everything the linker knows, and the changes of the batch in progress."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.stats = TermStats()
        self.feats: dict[int, ArticleFeatures] = {}    # label → features
        self.label_event: dict[int, str] = {}          # label → event id
        self.events: dict[str, Cluster] = {}
        self.stories: dict[str, Cluster] = {}
        self.ext_label: dict[str, int] = {}            # article id → label
        self.db_label: dict[int, int] = {}             # row id → label
        self.ann = AnnIndex(dim=dim)
        self.ids = IdAllocator()
        self.next_label = FIRST_UNSTORED_LABEL
        # changes of the batch in progress
        self.touched_events: set[str] = set()
        self.touched_stories: set[str] = set()
        self.frozen: set[str] | None = None            # events a batch group may join
        self.seed_neighbours: dict[str, list[str]] = {}  # new event → events near its article
        self.log: list[LogEntry] = []
        self.removed_events: list[str] = []
        self.removed_stories: list[str] = []

    def record(self, action: str, subject: str, **detail: Any) -> None:
        """Add a line to the cluster log of this batch."""
        self.log.append(LogEntry(action, subject, detail))

    def new_label(self) -> int:
        n = self.next_label
        self.next_label += 1
        return n

    def new_cluster(self, cid: str, **fields: Any) -> Cluster:
        return Cluster(cid, dim=self.dim, **fields)

    def register(self, f: ArticleFeatures, add_to_index: bool = True) -> None:
        """Make an article known (features, labels) and, unless its vector is there, indexed."""
        self.feats[f.key] = f
        self.ext_label[f.ext_id] = f.key
        if f.db_id is not None:
            self.db_label[f.db_id] = f.key
        if add_to_index:  # the features keep the index's copy of the vector (stored once)
            f.vec = self.ann.add([f.key], f.vec[None, :])[0]

    def participant_weight(self, participant: str) -> float:
        """How much a participant counts in a story thread: less when a large share of the
        articles seen name it (:func:`.story_threads.participant_weight`)."""
        return participant_weight(self.stats.df.get(PARTICIPANT_DF_PREFIX + participant, 0), self.stats.n)

    def label_of(self, db_id: int | None, ext_id: str) -> int | None:
        """The label of an article by row id (stored) or id (not stored)."""
        return self.db_label.get(db_id) if db_id is not None else self.ext_label.get(ext_id)

    def story_of(self, eid: str | None) -> str | None:
        ev = self.events.get(eid) if eid else None
        return ev.story if ev else None
