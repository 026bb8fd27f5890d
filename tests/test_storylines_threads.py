"""Story threads: events continue one storyline only through shared central participants, and
each link says why (invented names)."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from newsweave.link.event_clusters import Cluster
from newsweave.link.event_dates import DateSpan
from newsweave.link.story_threads import best_thread, central, participant_weight, thread_link

ROOT = Path(__file__).resolve().parents[1]


def event(eid: str, n: int, people: dict[str, int], day: int | None = None) -> Cluster:
    c = Cluster(eid, members=list(range(n)), people=Counter(people),
                people_names={p: p.title() for p in people})
    if day is not None:
        c.dates = [DateSpan(day, day, "day")]
    return c


def test_central_participants_are_those_half_the_articles_name():
    ev = event("E1", 4, {"talmet": 4, "hollis": 2, "president-of-elsewhere": 1})
    assert central(ev) == {"talmet", "hollis"}


def test_events_sharing_their_central_participants_continue_one_thread_with_a_reason():
    round1 = event("E1", 6, {"talmet": 6, "hollis": 5, "vance-king": 2}, day=739000)
    round2 = event("E2", 4, {"talmet": 4, "hollis": 3}, day=739012)
    link = thread_link(round2, round1)
    assert link.ok is True
    assert link.shared == ("Hollis", "Talmet") and link.days == 12
    assert link.reason() == "same thread: shared participants Hollis, Talmet; 12 days apart"


def test_a_shared_head_of_state_alone_does_not_chain_two_threads():
    # both name the same president, but the negotiators of one are not the envoys of the other
    talks = event("E1", 6, {"negotiator-a": 6, "negotiator-b": 6, "president-x": 4})
    envoy = event("E2", 6, {"envoy-c": 6, "aide-d": 5, "president-x": 6, "tycoon-e": 4})
    assert thread_link(envoy, talks).ok is False
    assert best_thread(envoy, [talks]).ok is False


def test_participants_most_articles_name_weigh_little_in_a_thread():
    # the talks and the envoy's visit share only the president whom most articles name: counted
    # flat, one of two central names is shared (a thread); weighed by idf it is not
    talks = event("E1", 6, {"negotiator-a": 6, "president-x": 5})
    visit = event("E2", 6, {"envoy-c": 6, "president-x": 6})
    assert thread_link(visit, talks).ok is True
    idf = {"negotiator-a": 3.4, "envoy-c": 3.1, "president-x": 1.2}.__getitem__
    assert thread_link(visit, talks, idf).ok is False
    assert best_thread(visit, [talks], idf).ok is False
    # a rarely named participant shared with a common one still carries the thread
    round2 = event("E3", 4, {"negotiator-a": 4, "president-x": 2})
    assert thread_link(round2, talks, idf).ok is True


def test_the_linker_discounts_only_participants_a_large_share_of_articles_name():
    from newsweave.link.event_features import PARTICIPANT_DF_PREFIX
    from newsweave.link.event_state import LinkState
    state = LinkState(4)
    for i in range(40):
        named = ["president-x"] * (i < 30) + ["envoy-c"] * (i < 6)
        state.stats.add([PARTICIPANT_DF_PREFIX + p for p in named])
    assert state.participant_weight("president-x") < 0.8
    assert state.participant_weight("envoy-c") == state.participant_weight("never-seen") == 1.0
    # too few articles to tell common from rare: everyone weighs 1
    assert participant_weight(9, 10) == 1.0 and participant_weight(30, 40) < participant_weight(20, 40) < 1.0


def test_no_named_participant_abstains_and_any_positive_link_wins():
    bare = event("E1", 3, {})
    a = event("E2", 2, {"talmet": 2})
    b = event("E3", 2, {"other": 2})
    assert thread_link(bare, a).ok is None
    assert best_thread(bare, [a, b]).ok is None
    assert best_thread(a, [b, event("E4", 1, {"talmet": 1})]).other == "E4"


def test_story_threads_can_be_switched_off():
    from newsweave.link.event_config import EventConfig
    from newsweave.link.event_state import LinkState
    from newsweave.link.storylines import StoryLinker
    talks = event("E1", 2, {"negotiator-a": 2})
    envoy = event("E2", 2, {"envoy-c": 2})
    story = Cluster("S1", events={"E1"})
    state = LinkState(4)
    state.events = {"E1": talks, "E2": envoy}
    assert StoryLinker(state, EventConfig())._thread(envoy, story).ok is False
    assert StoryLinker(state, EventConfig(story_threads=False))._thread(envoy, story).ok is None


def test_best_thread_equals_the_best_of_every_pairwise_link():
    """best_thread skips weighing pairs that share no central participant; its answer must be
    the one the full pairwise links give (generated events, weighted and not)."""
    import random

    rng = random.Random(5)
    names = ["talmet", "hollis", "vance", "orrin", "kestra", "bly"]
    events = [event(f"E{i}", rng.randint(1, 5),
                    {p: rng.randint(1, 5) for p in rng.sample(names, rng.randint(0, 3))},
                    day=739000 + rng.randint(0, 90) if rng.random() < 0.7 else None)
              for i in range(40)]
    for weight in (None, lambda p: 0.5 if p == "talmet" else 1.0):
        for ev in events:
            links = [thread_link(ev, e, weight) for e in events if e.id != ev.id]
            good = [t for t in links if t.ok]
            got = best_thread(ev, events, weight)
            if good:
                assert got == min(good, key=lambda t: (-len(t.shared), t.days if t.days is not None
                                                       else 10**9, t.other))
            else:
                assert got.ok == (None if all(t.ok is None for t in links) else False)
