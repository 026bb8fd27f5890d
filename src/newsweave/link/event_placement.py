"""Placing articles in events: a batch is grouped on its own (average linkage over pairwise
scores, :mod:`.event_batch`), then each group or single article joins the best existing event
among those of its nearest neighbours (:mod:`.ann`) when the average pairwise score against that
event's members reaches ``threshold`` — the criterion of the batch clustering, so streaming and
batch decisions agree — else it opens a new event. An
article that also matches a second event strongly bridges them: the events merge. Every decision
goes to the cluster log of the :class:`~newsweave.link.event_state.LinkState`.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from ..model import Article
from .event_batch import cluster_batch
from .event_config import EventConfig
from .event_facets import facet_match, internal_mean
from .event_features import ArticleFeatures
from .event_ids import id_number
from .event_scoring import Profile, score
from .event_state import LinkState
from .story_threads import thread_link
from .storylines import StoryLinker

Candidate = tuple[str, float, dict]  # (event id, average-linkage score, parts of the score)


def order_key(f: ArticleFeatures) -> tuple:
    """Date order (undated and "written after" articles last), then label."""
    d = f.date
    if d is None or d.granularity == "after":
        return (1, 0, f.key)
    return (0, d.lo, f.key)


class EventPlacer:
    """Event decisions on a :class:`LinkState` (stories follow through ``stories``)."""

    def __init__(self, state: LinkState, cfg: EventConfig, stories: StoryLinker) -> None:
        self.state = state
        self.cfg = cfg
        self.stories = stories

    def _neighbour_events(self, feats: list[ArticleFeatures], exclude: set[int]) -> list[str]:
        """Events of the nearest neighbours of ``feats`` (not of the labels in ``exclude``), in
        order of discovery; during a batch chunk only the events that existed before it."""
        evs: list[str] = []
        for f in feats:
            labels, cos = self.state.ann.query(f.vec, self.cfg.k)
            for lab, c in zip(labels.tolist(), cos.tolist()):
                if lab in exclude or c < self.cfg.min_cos:
                    continue
                e = self.state.label_event.get(lab)
                if e and e not in evs and (self.state.frozen is None or e in self.state.frozen):
                    evs.append(e)
        return evs

    def _ranked(self, group: list[ArticleFeatures], prof: Profile,
                centroids: Callable[[str], Profile]) -> list[Candidate]:
        """Neighbouring events of ``group`` ranked by average linkage; the parts of the score of
        ``prof`` against each event's centroid go with them (for the log)."""
        out = []
        for e in self._neighbour_events(group, {f.key for f in group}):
            _, parts = score(prof, centroids(e), self.cfg)
            link = self._linkage(group, e)
            out.append((e, link, {**parts, "centroid_score": parts["score"], "score": round(link, 4)}))
        out.sort(key=lambda x: -x[1])
        return out

    def _candidates(self, f: ArticleFeatures) -> list[Candidate]:
        return self._ranked([f], Profile.of(f), lambda e: self._event_profile_without(e, f))

    def _linkage(self, group: list[ArticleFeatures], eid: str) -> float:
        """Average pairwise score between the articles of ``group`` and (a sample of at most
        ``link_sample``) members of event ``eid``: the criterion of the within-batch average-linkage
        clustering, so streaming decisions match batch ones (centroid cosines grow with cluster
        size and would let large events swallow look-alikes). A small group with a facet link to
        a larger event (:func:`.event_facets.facet_match`) counts as reaching ``threshold``; the
        batch step ranks facet targets by their strongest links, this one by average linkage,
        and streaming sees at most ``link_sample`` members of the event."""
        keys = {f.key for f in group}
        mem = [m for m in self.state.events[eid].members if m not in keys]
        if not mem:
            return -1.0
        n = self.cfg.link_sample
        if len(mem) > n:
            step = len(mem) / n
            mem = [mem[int(i * step)] for i in range(n)]
        sub = np.array([[score(Profile.of(f), Profile.of(self.state.feats[m]), self.cfg)[0]
                         for m in mem] for f in group[: self.cfg.link_sample]])
        avg = float(sub.mean())
        if (len(group) <= self.cfg.facet_group_max < self.state.events[eid].size
                and facet_match(sub, self.cfg, internal_mean(np.array(
                    [[score(Profile.of(f), Profile.of(g), self.cfg)[0] for g in group] for f in group])))):
            return max(avg, self.cfg.threshold)  # a facet link joins as the batch step would
        return avg

    def _event_profile_without(self, eid: str, f: ArticleFeatures) -> Profile:
        ev = self.state.events[eid]
        if f.key not in ev.members or ev.size == 1:
            return ev.profile()
        tmp = ev.copy()
        tmp.add(f, -1)
        return tmp.profile()

    def place_batch(self, arts: list[Article], feats: list[ArticleFeatures]) -> None:
        """Group the batch (date-ordered chunks), then attach each group to an event."""
        order = sorted(range(len(arts)), key=lambda i: order_key(feats[i]))
        step = max(2, self.cfg.batch_chunk)
        for c0 in range(0, len(order), step):
            idx = order[c0:c0 + step]
            for i in idx:
                self.state.register(feats[i])
            if len(idx) == 1:
                self._place(arts[idx[0]], feats[idx[0]])
                continue
            groups = cluster_batch([feats[i] for i in idx], self.cfg)
            groups = [[idx[j] for j in g] for g in groups]
            groups.sort(key=lambda g: min(order_key(feats[i]) for i in g))
            # groups of one chunk were kept apart by the batch clustering: each attaches only to
            # events that existed before the chunk
            self.state.frozen = set(self.state.events)
            try:
                for g in groups:
                    if len(g) == 1:
                        self._place(arts[g[0]], feats[g[0]])
                    else:
                        self._place_group([arts[i] for i in g], [feats[i] for i in g])
            finally:
                self.state.frozen = None
        if self.cfg.refine and len(arts) > 1:
            self.refine([feats[i] for i in order])

    def _place_group(self, arts: list[Article], feats: list[ArticleFeatures]) -> None:
        """A group formed within the batch joins the best existing event or opens one."""
        tmp = self.state.new_cluster("batch")
        for f in feats:
            tmp.add(f)
        cands = self._ranked(feats, tmp.profile(), lambda e: self.state.events[e].profile())
        if cands and cands[0][1] >= self.cfg.threshold:
            eid, s, parts = cands[0]
            for f in feats:
                self._join(eid, f, {"score": round(s, 4), "parts": parts, "group": len(feats),
                                    "reason": "batch group joined the event"})
            self._merge_bridged(cands, feats[0])
            return
        eid = self.state.ids.next("event")
        self.state.events[eid] = self.state.new_cluster(eid)
        best = {"best": cands[0][0], "score": round(cands[0][1], 4), "parts": cands[0][2]} if cands else {}
        self.state.record("open", eid, article=feats[0].ext_id, db_id=feats[0].db_id, group=len(feats),
                          reason="batch group matched no event above threshold",
                          threshold=self.cfg.threshold, **best)
        for f in feats:
            self.state.events[eid].add(f)
            self.state.label_event[f.key] = eid
            if f is not feats[0]:
                self.state.record("assign", eid, article=f.ext_id, db_id=f.db_id,
                                  reason=f"grouped with {feats[0].ext_id} in the same batch")
        self.state.touched_events.add(eid)

    def _place(self, a: Article, f: ArticleFeatures) -> None:
        # an exact duplicate goes where its original is
        if a.duplicate_of and a.duplicate_of in self.state.ext_label:
            orig = self.state.ext_label[a.duplicate_of]
            if orig in self.state.label_event:
                eid = self.state.label_event[orig]
                self._join(eid, f, {"reason": f"duplicate of {a.duplicate_of}"})
                return
        cands = self._candidates(f)
        if cands and cands[0][1] >= self.cfg.threshold:
            eid, s, parts = cands[0]
            self._join(eid, f, {"score": round(s, 4), "parts": parts,
                                "runner_up": [c[0] for c in cands[1:3]]})
            self._merge_bridged(cands, f)
            return
        eid = self.state.ids.next("event")
        self.state.events[eid] = self.state.new_cluster(eid)
        self.state.seed_neighbours[eid] = [c[0] for c in cands]
        best = {"best": cands[0][0], "score": round(cands[0][1], 4), "parts": cands[0][2]} if cands else {}
        self.state.record("open", eid, article=f.ext_id, db_id=f.db_id,
                          reason="no event scored above threshold", threshold=self.cfg.threshold, **best)
        self.state.events[eid].add(f)
        self.state.label_event[f.key] = eid
        self.state.touched_events.add(eid)

    def _merge_bridged(self, cands: list[Candidate], f: ArticleFeatures) -> None:
        """A second (or third) event the article ``f``, just placed, also matches strongly: the
        article bridges them, and they merge when their profiles score ``threshold``."""
        for e2, s2, _ in cands[1:3]:
            if s2 < self.cfg.threshold + self.cfg.merge_margin or e2 not in self.state.events:
                continue
            cur = self.state.label_event[f.key]
            if e2 == cur:
                continue
            ee, pe = score(self.state.events[cur].profile(), self.state.events[e2].profile(), self.cfg)
            if ee >= self.cfg.threshold:
                self._merge(cur, e2, bridge=f.ext_id, score_=ee, parts=pe)

    def _join(self, eid: str, f: ArticleFeatures, detail: dict) -> None:
        ev = self.state.events[eid]
        ev.add(f)
        self.state.label_event[f.key] = eid
        self.state.touched_events.add(eid)
        if ev.story and ev.story in self.state.stories:
            self.state.stories[ev.story].add(f)
            self.state.touched_stories.add(ev.story)
        self.state.record("assign", eid, article=f.ext_id, db_id=f.db_id, **detail)

    def _merge(self, keep: str, gone: str, bridge: str | None, score_: float, parts: dict,
               action: str = "merge") -> str:
        """Merge two events; the larger (then older) id survives."""
        a, b = self.state.events[keep], self.state.events[gone]
        if (b.size, -id_number(gone)) > (a.size, -id_number(keep)):
            keep, gone, a, b = gone, keep, b, a
        for lab in b.members:
            self.state.label_event[lab] = keep
        if a.story is None and b.story is not None:
            self.stories.move_members(a.members, None, b.story)
            a.story = b.story
        elif b.story != a.story:
            self.stories.move_members(b.members, b.story, a.story)
        if b.story and b.story in self.state.stories:
            self.state.stories[b.story].events.discard(gone)
            self.state.touched_stories.add(b.story)
        if a.story:
            self.state.stories[a.story].events.add(keep)
        a.absorb(b)
        del self.state.events[gone]
        self.state.touched_events.add(keep)
        self.state.touched_events.discard(gone)
        self.state.record(action, keep, absorbed=gone, bridge=bridge, score=round(score_, 4), parts=parts)
        self.state.record(action, gone, into=keep, bridge=bridge)
        self.state.removed_events.append(gone)
        return keep

    def refine(self, feats: list[ArticleFeatures]) -> None:
        """One reassignment pass: an article of this batch moves to a clearly better event
        (order effects of single-pass clustering)."""
        for f in feats:
            cur = self.state.label_event[f.key]
            cands = self._candidates(f)
            if not cands:
                continue
            best, s, parts = cands[0]
            if best == cur or s < self.cfg.threshold:
                continue
            cur_s = next((c[1] for c in cands if c[0] == cur), None)
            if cur_s is None:
                cur_s, _ = score(Profile.of(f), self._event_profile_without(cur, f), self.cfg)
            if s <= cur_s + 0.05:
                continue
            ev = self.state.events[cur]
            ev.add(f, -1)
            self.stories.move_members([f.key], ev.story, None)
            self.state.record("move", cur, article=f.ext_id, db_id=f.db_id, to=best)
            if ev.size == 0:
                del self.state.events[cur]
                self.state.touched_events.discard(cur)
                self.state.record("close", cur, reason=f"last article moved to {best}")
                self.state.removed_events.append(cur)
                if ev.story in self.state.stories:
                    self.state.stories[ev.story].events.discard(cur)
                    self.state.touched_stories.add(ev.story)
            else:
                self.state.touched_events.add(cur)
            self._join(best, f, {"score": round(s, 4), "parts": parts, "reason": "refine",
                                 "from": cur})

    def merge_same_happenings(self, gap_days: int = 1) -> None:
        """Two events of one story dated to the same day (day-level dates at most ``gap_days``
        apart) that share their central participants (:func:`.story_threads.thread_link`; no
        evidence, no merge) and whose profiles score the event ``threshold``
        are one happening that the single pass split (coverage in two scripts arriving apart):
        they merge, logged as ``merge_same_day``. Look-alike events of one thread (two rounds of
        talks) fall on different days and stay apart."""
        if not self.cfg.story_threads:
            return
        stories = sorted({self.state.events[e].story for e in self.state.touched_events
                          if e in self.state.events and self.state.events[e].story})
        for sid in stories:
            st = self.state.stories.get(sid)
            if st is None:
                continue
            merged = True
            while merged:
                merged = False
                evs = sorted(e for e in st.events if e in self.state.events)
                for i, e1 in enumerate(evs):
                    d1 = self.state.events[e1].date_span()
                    if d1 is None or d1.granularity != "day":
                        continue
                    for e2 in evs[i + 1:]:
                        d2 = self.state.events[e2].date_span()
                        if d2 is None or d2.granularity != "day" or d1.gap(d2) > gap_days:
                            continue
                        if not thread_link(self.state.events[e1], self.state.events[e2],
                                           self.state.participant_weight).ok:
                            continue  # the same people on the same day, not only the same topic
                        s_, p_ = score(self.state.events[e1].profile(), self.state.events[e2].profile(), self.cfg)
                        if s_ >= self.cfg.threshold:
                            self._merge(e1, e2, bridge=None, score_=s_, parts=p_, action="merge_same_day")
                            merged = True
                            break
                    if merged:
                        break

    def consolidate(self) -> None:
        """Events touched by this batch merge with a neighbouring event when the two profiles
        score ``event_merge_threshold`` (single-pass order effects: two events opened before the
        articles that link them arrived)."""
        if self.cfg.event_merge_threshold is None:
            return
        todo = sorted(e for e in self.state.touched_events if e in self.state.events)
        seen = 0
        while todo and seen < 10_000:
            seen += 1
            eid = todo.pop(0)
            ev = self.state.events.get(eid)
            if ev is None:
                continue
            prof = ev.profile()
            labels, cos = self.state.ann.query(prof.vec, self.cfg.k)
            best, best_s, best_p = None, -1.0, {}
            for lab, c in zip(labels.tolist(), cos.tolist()):
                other = self.state.label_event.get(lab)
                if not other or other == eid or other not in self.state.events or c < self.cfg.min_cos:
                    continue
                s_, p_ = score(prof, self.state.events[other].profile(), self.cfg)
                if s_ > best_s:
                    best, best_s, best_p = other, s_, p_
            if best is None or best_s < self.cfg.event_merge_threshold:
                continue
            keep = self._merge(eid, best, bridge=None, score_=best_s, parts=best_p)
            if keep not in todo:
                todo.append(keep)

