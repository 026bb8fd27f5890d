"""Storylines: events linked into stories by looser similarity than events themselves.

A story groups events that share actors, places and subject across weeks or months (two visits
of the same envoy, a referendum and its aftermath). :class:`StoryLinker` works on the state of an
:class:`~newsweave.link.event_linker.EventLinker` (stories are clusters of events scored by
:func:`~newsweave.link.event_scoring.score` with ``story=True``):

* a story follows one thread (:mod:`.story_threads`): an event may join a story only when it
  shares its central participants with one of the story's events (or when no participant is
  known on either side), and two stories merge only under the same test; the link's reason
  (shared names, days apart) is logged with the ``story_assign`` entry for the story page;
  events of the same day whose subject scores ``story_merge_threshold`` are one moment of a
  story without the participant test (a disaster and its consequences, a final and its riots);
* a new event joins the best-scoring story among those of its nearest neighbours when the
  event–story score (centroid embedding cosine on a looser calibration, same-language words,
  names, entity ids) clears ``story_threshold``; no time limit applies, only a mild penalty beyond
  a year; otherwise it opens a story;
* after each batch, stories that grew merge with a neighbouring story whose profile scores
  ``story_merge_threshold`` (early stories are small and noisy; grown centroids are stable), and
  the merge is logged (``story_merge``); a one-article story (an orphan) merges on the looser
  ``orphan_story_threshold`` — broad stories (a pandemic, Brexit) otherwise leave a tail of
  single-article stories;
* :func:`~newsweave.link.event_recluster.recluster` rebuilds stories from scratch, keeping
  ids by maximal overlap.

Story title: the title of the most central article of its most central event; ``meta`` holds the
events in date order (:func:`story_order`), their dates and characteristic title keywords.
"""
from __future__ import annotations

from .event_clusters import Cluster
from .event_config import EventConfig
from .event_ids import id_number
from .event_scoring import score
from .event_state import LinkState
from .story_threads import ThreadLink, best_thread, same_moment


def story_order(events: list) -> list:
    """Events sorted by their date (undated last), then id."""
    def key(ev):
        d = ev.date_span()
        return (d is None, d.lo if d else 0, ev.id)
    return sorted(events, key=key)


class StoryLinker:
    """Stories of the events of a :class:`LinkState`: placing new events, merging stories."""

    def __init__(self, state: LinkState, cfg: EventConfig) -> None:
        self.state = state
        self.cfg = cfg

    def update_stories(self) -> None:
        """Events without a story (new this batch) join the best story or open one. Stories of
        existing events are revisited only by a recluster."""
        for eid in sorted(self.state.touched_events):
            ev = self.state.events.get(eid)
            if ev is None or (ev.story and ev.story in self.state.stories):
                continue
            self._restory(eid, ev)
        self.consolidate()

    def consolidate(self) -> None:
        """Stories that grew this batch merge with a neighbouring story when their profiles score
        ``story_merge_threshold``: small early stories are noisy, centroids of grown ones are
        stable, so storylines that started apart come together as coverage accumulates."""
        todo = sorted(s for s in self.state.touched_stories if s in self.state.stories and self.state.stories[s].events)
        rounds = 0
        while todo and rounds < 1000:
            rounds += 1
            sid = todo.pop(0)
            st = self.state.stories.get(sid)
            if st is None or not st.events:
                continue
            prof = st.profile()
            labels, cos = self.state.ann.query(prof.vec, self.cfg.k * 2)
            best, best_s, best_p = None, -1.0, {}
            for lab, c in zip(labels.tolist(), cos.tolist()):
                e = self.state.label_event.get(lab)
                other = self.state.events[e].story if e in self.state.events else None
                if not other or other == sid or other not in self.state.stories:
                    continue
                if c < self.cfg.s_emb_lo:
                    continue
                s_, p_ = score(prof, self.state.stories[other].profile(), self.cfg, story=True)
                if not self._may_join(self._stories_thread(st, self.state.stories[other]), s_,
                                      lambda: self._stories_moment(st, self.state.stories[other])):
                    continue
                if s_ > best_s:
                    best, best_s, best_p = other, s_, p_
            # a one-article story (an orphan: its article matched no story well enough when it
            # arrived) joins a neighbouring story on a looser criterion than two grown stories
            thr = (self.cfg.story_merge_threshold if len(st.members) > 1
                   else min(self.cfg.story_merge_threshold, self.cfg.orphan_story_threshold))
            if best is None or best_s < thr:
                continue
            keep, gone = (sid, best) if (len(st.members), -id_number(sid)) >= (
                len(self.state.stories[best].members), -id_number(best)) else (best, sid)
            a, b = self.state.stories[keep], self.state.stories[gone]
            for e in b.events:
                if e in self.state.events:
                    self.state.events[e].story = keep
                    self.state.touched_events.add(e)
            a.absorb(b)
            b.events = set()
            self.state.touched_stories.update((keep, gone))
            self.state.record("story_merge", keep, absorbed=gone, score=round(best_s, 4), parts=best_p)
            self.state.record("story_merge", gone, into=keep)
            if keep not in todo:
                todo.append(keep)

    def _thread(self, ev: Cluster, st: Cluster) -> ThreadLink:
        """How event ``ev`` continues the thread of story ``st`` (its best-linked event)."""
        if not self.cfg.story_threads:
            return ThreadLink(None)
        return best_thread(ev, [self.state.events[e] for e in sorted(st.events) if e in self.state.events],
                           self.state.participant_weight)

    def _may_join(self, thread: ThreadLink, s: float, moment) -> ThreadLink | None:
        """The link that lets two parts of a storyline come together: the thread test's, unless it
        refused and the score reaches ``story_merge_threshold`` for events of the same moment
        (``moment``: a callable giving that link); None when they may not."""
        if thread.ok is not False:
            return thread
        if s >= self.cfg.story_merge_threshold:
            link = moment()
            if link.ok:
                return link
        return None

    def _moment(self, ev: Cluster, st: Cluster) -> ThreadLink:
        """How event ``ev`` is one moment with an event of story ``st`` (see ``same_moment``)."""
        return same_moment(ev, [self.state.events[e] for e in sorted(st.events) if e in self.state.events])

    def _stories_moment(self, a: Cluster, b: Cluster) -> ThreadLink:
        """The first same-moment link between an event of story ``a`` and one of story ``b``."""
        for e in sorted(a.events):
            if e in self.state.events:
                link = self._moment(self.state.events[e], b)
                if link.ok:
                    return link
        return ThreadLink(False)

    def _stories_thread(self, a: Cluster, b: Cluster) -> ThreadLink:
        """The best thread link between an event of story ``a`` and one of story ``b``."""
        links = [self._thread(self.state.events[e], b) for e in sorted(a.events) if e in self.state.events]
        good = [t for t in links if t.ok]
        if good:
            return good[0]
        return ThreadLink(None) if all(t.ok is None for t in links) else ThreadLink(False)

    def _candidates(self, ev: Cluster) -> list[str]:
        """Stories of the events near ``ev`` (its article's neighbours for a one-article event)."""
        out: list[str] = []
        seeds = self.state.seed_neighbours.pop(ev.id, None)
        if seeds is not None and ev.size == 1 and len(seeds) >= 3:
            # a one-article event: the events near its article are the neighbourhood already
            for e in seeds:
                s = self.state.events[e].story if e in self.state.events else None
                if s and s not in out and s in self.state.stories:
                    out.append(s)
            return out
        prof = ev.profile()
        labels, cos = self.state.ann.query(prof.vec, self.cfg.k * 2)
        for lab, c in zip(labels.tolist(), cos.tolist()):
            e = self.state.label_event.get(lab)
            if e and e != ev.id and e in self.state.events:
                s = self.state.events[e].story
                if s and s not in out and s in self.state.stories:
                    out.append(s)
        return out

    def _restory(self, eid: str, ev: Cluster) -> None:
        """Put an event without a story into the best-scoring nearby story, or a new one."""
        prof = ev.profile()
        best, best_s, best_p, best_t = None, -1.0, {}, ThreadLink(None)
        for sid in self._candidates(ev):
            st = self.state.stories[sid]
            if not st.events:
                continue
            s, p = score(prof, st.profile(), self.cfg, story=True)
            thread = self._may_join(self._thread(ev, st), s, lambda: self._moment(ev, st))
            if thread is None:
                continue
            if s > best_s:
                best, best_s, best_p, best_t = sid, s, p, thread
        if best is not None and best_s >= self.cfg.story_threshold:
            sid = best
            self.state.record("story_assign", sid, event=eid, score=round(best_s, 4), parts=best_p,
                              thread=best_t.as_dict() if best_t.ok else None)
        else:
            sid = self.state.ids.next("story")
            self.state.stories[sid] = self.state.new_cluster(sid)
            self.state.record("story_open", sid, event=eid, reason="no story scored above threshold",
                      threshold=self.cfg.story_threshold, best=best,
                      score=round(best_s, 4) if best else None)
        st = self.state.stories[sid]
        st.events.add(eid)
        for lab in ev.members:
            st.add(self.state.feats[lab])
        ev.story = sid
        self.state.touched_stories.add(sid)

    def rebuild(self, st: Cluster) -> None:
        """Recompute a story's sums from the members of its events."""
        members = [lab for e in st.events if e in self.state.events for lab in self.state.events[e].members]
        fresh = self.state.new_cluster(st.id, events=set(st.events))
        for lab in members:
            fresh.add(self.state.feats[lab])
        st.members, st.vec_sum, st.terms, st.entities, st.dates = (
            fresh.members, fresh.vec_sum, fresh.terms, fresh.entities, fresh.dates)
        st.names, st.people, st.people_names = fresh.names, fresh.people, fresh.people_names
        st._profile = None

    def move_members(self, labels: list[int], src: str | None, dst: str | None) -> None:
        """Articles whose event changed story: out of story ``src``, into story ``dst``."""
        for sid, sign in ((src, -1), (dst, 1)):
            if sid and sid in self.state.stories:
                st = self.state.stories[sid]
                for lab in list(labels):
                    if sign > 0 or lab in st.members:
                        st.add(self.state.feats[lab], sign)
                self.state.touched_stories.add(sid)

