"""The event linker as a component: decisions in memory without a store, persistence applied
apart, state restored from the store, vector size taken from the injected embedder."""
from __future__ import annotations

import numpy as np
import pytest

from newsweave import components
from newsweave.enrich.embed import HashingEmbedder, HashingModel
from newsweave.link.event_linker import EventLinker
from newsweave.link.event_persistence import EventPersistence
from newsweave.link.events import EventClusterer
from newsweave.store.sqlite import SQLiteRepository
from test_events import CONCERT, FLOOD, art, store


def test_partial_fit_decides_in_memory_without_a_store():
    emb = HashingEmbedder(None)
    linker = EventLinker.for_embedder(emb)
    assert isinstance(linker, components.EventLinker)
    assert linker.dim == emb.dim and linker.ann.dim == emb.dim
    arts = [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10"), art(*CONCERT[0], "2031-03-10")]
    dec = linker.partial_fit(arts, emb.embed_articles(arts))
    assert [a.article for a in dec] == ["fl1", "fl2", "co1"]
    assert dec.assignments[0].event == dec.assignments[1].event != dec.assignments[2].event
    assert all(a.event is None for a in arts), "the articles are not touched; decisions say it all"
    opened = {e.subject for e in dec.log if e.action == "open"}
    assert opened == {dec.assignments[0].event, dec.assignments[2].event}
    assert {e.id for e in dec.events} == opened and len(dec.stories) == 2
    assert dec.memberships == []  # no stored article: nothing to write
    assert dec.counters == {"event": 3, "story": 3}
    # an empty batch decides nothing
    assert len(linker.partial_fit([], np.zeros((0, emb.dim), np.float32))) == 0


def test_decisions_persisted_apart_and_state_restored(tmp_path):
    repo = SQLiteRepository(tmp_path / "nw.db")
    emb = HashingEmbedder(repo)
    linker = EventLinker.for_embedder(emb)
    arts = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10")])
    dec = linker.partial_fit(arts, emb.embed_articles(arts))
    assert repo.list_events() == [], "partial_fit wrote nothing"
    persistence = EventPersistence(repo)
    persistence.apply(dec, arts, linker.ann)
    eid = dec.assignments[0].event
    assert repo.get_event(eid).size == 2
    assert repo.get_article(arts[0].db_id).event == eid
    assert [r["action"] for r in repo.cluster_log(eid)][:1] == ["open"]
    assert repo.get_state("events.next_event") == 2
    # a fresh linker restored from the store knows the event and continues the counters
    again = EventLinker.for_embedder(emb)
    EventPersistence(repo).restore(again, emb.embed_articles)
    assert again.event_of(arts[1]) == eid and again.is_placed(arts[0])
    late = store(repo, [art(*CONCERT[0], "2031-03-10")])
    dec2 = again.partial_fit(late, emb.embed_articles(late))
    assert dec2.assignments[0].event == "E000002"
    repo.close()


def SmallHashingEmbedder(repo):
    """The hashing stand-in with 64-dimensional vectors."""
    return HashingEmbedder(repo, dim=64)


def test_vector_size_comes_from_the_injected_embedder():
    repo = SQLiteRepository(":memory:")
    emb = SmallHashingEmbedder(repo)
    c = EventClusterer(repo, embedder=emb)
    assert c.embedder is emb and c.ann.dim == 64
    arts = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10"),
                        art(*CONCERT[0], "2031-03-10")])
    c.assign(arts)
    assert arts[0].event == arts[1].event != arts[2].event
    assert len(c.ann) == 3
    repo.close()


class _ReversedHashingModel(HashingModel):
    """A new version of the hashing model: same name, same width, other vectors."""

    version = "2"

    def _encode(self, texts):
        return super()._encode(texts)[:, ::-1].copy()


def test_a_new_model_version_neither_reads_old_vectors_nor_reuses_the_saved_index(tmp_path):
    repo = SQLiteRepository(tmp_path / "nw.db")
    old = HashingEmbedder(repo)
    arts = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10"),
                        art(*CONCERT[0], "2031-03-10")])
    first = EventClusterer(repo, old)
    first.assign(arts)
    first.save_index()
    eid = first.event_of(arts[0])
    new = HashingEmbedder(repo)
    new.model = _ReversedHashingModel(new.dim)
    assert new.name == old.name and new.dim == old.dim and new.space != old.space
    again = EventClusterer(repo, new)
    again._ensure_loaded()
    assert new.n_embedded == 3, "vectors cached under version 1 are not version 2's"
    assert again.event_of(arts[0]) == eid, "memberships survive the model change"
    # the index holds version 2's vectors: each stored article is its own nearest neighbour
    for a, v in zip(arts, new.embed_articles(arts)):
        labels, cos = again.ann.query(v, 1)
        assert cos[0] == pytest.approx(1.0, abs=1e-5)
    # the index saved under the new identity is reused by the next restart of the same model
    again.save_index()
    third = EventClusterer(repo, new)
    third._ensure_loaded()
    assert third.persistence._saved_n == 3
    repo.close()


def test_saved_index_refused_under_another_lead_length(tmp_path):
    repo = SQLiteRepository(tmp_path / "nw.db")
    arts = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*CONCERT[0], "2031-03-10")])
    first = EventClusterer(repo, HashingEmbedder(repo, lead_chars=300))
    first.assign(arts)
    first.save_index()
    short = EventClusterer(repo, HashingEmbedder(repo, lead_chars=60))
    short._ensure_loaded()
    assert short.persistence._saved_n == 0, "an index of 300-character leads is stale at 60"
    for a, v in zip(arts, short.embedder.embed_articles(arts)):
        assert short.ann.query(v, 1)[1][0] == pytest.approx(1.0, abs=1e-5)
    repo.close()
