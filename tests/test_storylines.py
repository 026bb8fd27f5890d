"""Storylines: related events grouped across months, titles and order, story merges logged."""
from __future__ import annotations

import numpy as np

from newsweave.enrich.embed import HashingEmbedder
from newsweave.link.events import EventClusterer
from newsweave.model import Article, DateInfo
from newsweave.store.sqlite import SQLiteRepository
from test_events import CONCERT, TableEmbedder, art, store

VISIT_1 = [
    ("q1", "Minister Arvo Talmet visits Quessant",
     "Foreign minister Arvo Talmet arrived in Quessant for talks with president Mira Hollis on the "
     "fishing treaty and the future of the Quessant port."),
    ("q2", "Talmet and Hollis discuss fishing treaty in Quessant",
     "President Mira Hollis received minister Arvo Talmet in Quessant; the fishing treaty and the "
     "Quessant port were on the agenda of the two-hour meeting."),
]
VISIT_2 = [
    ("q3", "Arvo Talmet returns to Quessant",
     "Minister Arvo Talmet was back in Quessant to sign the fishing treaty with president Mira "
     "Hollis, months after his first visit to the Quessant port."),
    ("q4", "Fishing treaty signed in Quessant",
     "Mira Hollis and Arvo Talmet signed the fishing treaty in Quessant; the port of Quessant "
     "will open to the fleet next season, the minister said."),
]


def test_related_events_months_apart_form_one_story_in_date_order():
    repo = SQLiteRepository(":memory:")
    c = EventClusterer(repo, embedder=HashingEmbedder(repo))
    # the later visit arrives first: order of arrival must not matter for the story order
    second = store(repo, [art(*x, "2031-09-14") for x in VISIT_2])
    c.assign(second)
    first = store(repo, [art(*x, "2031-02-03") for x in VISIT_1])
    other = store(repo, [art(*x, "2031-02-03") for x in CONCERT])
    c.assign(first + other)
    assert first[0].event == first[1].event and second[0].event == second[1].event
    assert first[0].event != second[0].event
    assert first[0].story == second[0].story != other[0].story
    st = repo.get_story(first[0].story)
    assert st.meta["event_ids"] == [first[0].event, second[0].event]
    assert st.meta["dates"] == ["2031-02-03", "2031-09-14"]
    titles = {t for _, t, _ in VISIT_1 + VISIT_2}
    assert st.title in titles
    assert {"talmet", "quessant"} & set(st.meta["keywords"])
    # every event record carries its story, title and date
    for e in repo.list_events(story=st.id):
        assert e.title in titles and e.date["value"] in ("2031-02-03", "2031-09-14")
        assert e.size == 2


def test_story_merge_when_a_later_event_bridges_two_storylines():
    u = np.zeros(384, np.float32)
    u[0] = 1.0
    v = np.zeros(384, np.float32)
    v[0], v[1] = 0.76, np.sqrt(1 - 0.76 ** 2)
    b = (u + v) / np.linalg.norm(u + v)
    emb = TableEmbedder({"alpha": u, "beta": v, "bridge": b})
    emb.story_cos_range = (0.78, 0.90)
    repo = SQLiteRepository(":memory:")
    c = EventClusterer(repo, embedder=emb)
    x = store(repo, [Article(id="x", text="alpha words", lang="fr", date=DateInfo("2031-01-01"))])
    c.assign(x)
    y = store(repo, [Article(id="y", text="beta words", lang="de", date=DateInfo("2031-06-01"))])
    c.assign(y)
    assert x[0].story != y[0].story  # cosine 0.76: too loose even for a story
    z = store(repo, [Article(id="z", text="bridge words", lang="es", date=DateInfo("2031-09-01"))])
    c.assign(z)
    assert len({x[0].event, y[0].event, z[0].event}) == 3  # months apart: three events
    stories = {a.story for a in repo.iter_articles()}
    assert len(stories) == 1
    keep = stories.pop()
    log = repo.cluster_log(keep)
    merged = [r for r in log if r["action"] == "story_merge"]
    assert merged and merged[0]["detail"]["absorbed"] in {x[0].story, y[0].story} - {keep}
    assert len(repo.list_stories()) == 1
    assert repo.get_story(keep).meta["event_ids"] == [x[0].event, y[0].event, z[0].event]
