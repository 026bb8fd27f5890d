"""Re-clustering from scratch (after a model or parameter change) with stable ids.

Everything is clustered again by a fresh linker (date order, temporary ids); new events and stories
then keep the old ids of those whose membership mostly persists (greedy maximal-overlap matching),
the others get new ids; splits, merges and opens are logged and dates re-inferred.

Deterministic and idempotent: the same store and model give the same events, stories and ids, and a
second recluster changes nothing (tests/test_recluster.py). Every pass reads an article as the
streaming run first read it: an inferred date is no date of its own, a stated month refined into an
inferred day is read as the stated month (kept in the date's evidence, see
:func:`~newsweave.link.event_features.stated_date`), and relative dates re-anchored on the inferred
day are read again against the stated one. (Before, a recluster saw such articles as undated or
pinned to the guess, and moved them between events: issue 15.)

It equals the streaming run over the same input, with these documented differences:

* one pass over all articles in date order (chunks of ``batch_chunk``), where streaming saw the
  batches as they arrived: a streaming run fed one article at a time can open two events that a
  single pass groups (and the reverse);
* document frequencies (IDF) over the whole corpus at once, not as they grew batch by batch;
* ``refine`` is off and no post-batch ``consolidate`` runs;
* ids: clusters keep the old id of the cluster they mostly overlap, new ones take the next free id.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

import numpy as np

from ..model import Article
from .event_decisions import LinkDecisions
from .event_ids import id_number
from .event_linker import EventLinker


def recluster(linker: EventLinker, articles: Sequence[Article], vectors: np.ndarray,
              old_event_ids: set[str], old_story_ids: set[str]) -> LinkDecisions:
    """Rebuild ``linker``'s state from all stored ``articles`` (``vectors``: their embeddings;
    ``article.event`` / ``article.story``: the current ids) and return the decisions."""
    old_event = {a.db_id: a.event for a in articles}
    old_story = {a.db_id: a.story for a in articles}
    tmp = EventLinker(replace(linker.cfg, refine=False), linker.dim)
    feats = tmp.features(articles, vectors, update_stats=True)
    tmp.placer.place_batch(list(articles), feats)
    tmp.state.touched_events = set(tmp.state.events)
    tmp.stories.update_stories()
    tmp.placer.merge_same_happenings()  # as the streaming pass does after its stories
    # map temporary ids to old ones
    by_db = {f.db_id: f for f in feats}
    t = tmp.state
    new_members = {eid: [t.feats[lab].db_id for lab in ev.members] for eid, ev in t.events.items()}
    ev_map = match_ids(new_members, old_event, old_event_ids)
    new_story_members = {sid: [t.feats[lab].db_id for lab in st.members] for sid, st in t.stories.items()}
    st_map = match_ids(new_story_members, old_story, old_story_ids)
    # install the new state under stable ids
    linker.reset(ids=linker.state.ids)
    s = linker.state
    s.stats = t.stats
    for f in feats:
        s.register(f)
    for tid, ev in t.events.items():
        eid = ev_map.get(tid) or s.ids.next("event")
        ev_map[tid] = eid
        c = s.new_cluster(eid)
        for lab in ev.members:
            c.add(s.feats[lab])
            s.label_event[lab] = eid
        s.events[eid] = c
    for tsid, st in t.stories.items():
        sid = st_map.get(tsid) or s.ids.next("story")
        st_map[tsid] = sid
        c = s.new_cluster(sid, events={ev_map[e] for e in st.events if e in ev_map})
        s.stories[sid] = c
        for e in c.events:
            s.events[e].story = sid
        linker.stories.rebuild(c)
    _log_changes(linker, feats, old_event, old_event_ids, old_story_ids)
    s.touched_events = set(s.events)
    s.touched_stories = set(s.stories)
    # re-infer dates of undated articles against the new events
    assignments = linker.date_assignments(articles, [by_db[a.db_id] for a in articles])
    return linker.finish_batch(assignments)


def _log_changes(linker: EventLinker, feats: list, old_event: dict, old_event_ids: set[str],
                 old_story_ids: set[str]) -> None:
    """Log splits, merges and opens of events and the stories that are gone."""
    s = linker.state
    new_of_old: dict[str, Counter] = {}
    for f in feats:
        o = old_event.get(f.db_id)
        if o:
            new_of_old.setdefault(o, Counter())[s.label_event[f.key]] += 1
    for o, cnt in new_of_old.items():
        if len(cnt) > 1:
            s.record("split", o, into=dict(cnt), reason="recluster")
        (top, _), = cnt.most_common(1)
        if top != o:
            s.record("merge", o, into=top, reason="recluster")
    for eid, c in s.events.items():
        olds = Counter(old_event.get(s.feats[lab].db_id) for lab in c.members)
        if eid not in old_event_ids:
            s.record("open", eid, reason="recluster", from_events={k: v for k, v in olds.items() if k})
    s.removed_events.extend(o for o in old_event_ids - set(s.events))
    for o in old_story_ids - set(s.stories):
        s.removed_stories.append(o)
        s.record("story_close", o, reason="recluster")


def match_ids(new_members: dict[str, list[int | None]], old_of: dict[int | None, str | None],
              old_ids: set[str]) -> dict[str, str]:
    """Greedy max-overlap matching of new clusters to old ids: a pair matches when the overlap
    is more than half of the new cluster or more than half of the old one."""
    old_size = Counter(v for v in old_of.values() if v)
    pairs = []
    for nid, mem in new_members.items():
        cnt = Counter(old_of.get(m) for m in mem)
        for oid, k in cnt.items():
            if oid and oid in old_ids:
                pairs.append((k, -id_number(oid), nid, oid, len(mem)))
    pairs.sort(reverse=True)
    out: dict[str, str] = {}
    used: set[str] = set()
    for k, _, nid, oid, n in pairs:
        if nid in out or oid in used:
            continue
        if 2 * k > n or 2 * k > old_size[oid]:
            out[nid] = oid
            used.add(oid)
    return out
