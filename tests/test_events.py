"""Event clustering: assignment, new events for look-alikes at other dates, stable ids, merges,
date inference, persistence. Small made-up corpora; the cheap deterministic HashingEmbedder (or a
table of vectors) stands in for the neural model, except in test_events_crosslingual.py."""
from __future__ import annotations

import numpy as np
import pytest

from newsweave.enrich.embed import Embedder, HashingEmbedder, embedding_text
from newsweave.link.event_dates import happening_date, parse_span
from newsweave.link.event_features import term_counts
from newsweave.link.events import EventClusterer, EventConfig
from newsweave.model import Article, DateInfo, Timex
from newsweave.store.sqlite import SQLiteRepository

FLOOD = [
    ("fl1", "Flood forces evacuation in Brennick",
     "Heavy rain made the Lorra river burst its banks in Brennick on Monday. About 1,200 residents "
     "left their homes and the mayor, Odile Vance, opened the sports hall of Brennick as a shelter."),
    ("fl2", "Brennick evacuated as the Lorra overflows",
     "Some 1,200 people were evacuated from Brennick after the Lorra river overflowed. Mayor Odile "
     "Vance said the sports hall would shelter families while the water level of the Lorra stays high."),
    ("fl3", "Lorra flood: Brennick shelter fills up",
     "The shelter opened by mayor Odile Vance in Brennick is full, with 1,200 residents displaced by "
     "the Lorra river flood. Rescue teams from Brennick used boats to reach flooded streets."),
]
CONCERT = [
    ("co1", "Valdemar orchestra starts its spring tour",
     "The Valdemar Philharmonic opened its spring tour with a concert of 14 pieces conducted by "
     "Ines Marlow. The tour of the Valdemar Philharmonic will visit 9 cities."),
    ("co2", "Ines Marlow leads Valdemar Philharmonic on tour",
     "Conductor Ines Marlow and the Valdemar Philharmonic began a tour of 9 cities with 14 pieces "
     "on the programme, the orchestra of Valdemar announced."),
]


def art(aid: str, title: str, body: str, date: str | None = None, lang: str = "en",
        source: str = "metadata") -> Article:
    return Article(id=aid, title=title, text=f"{title}\n{body}", lang=lang,
                   date=DateInfo(date, source=source) if date else None)


def store(repo, arts):
    for a in arts:
        repo.add_article(a)
    return arts


@pytest.fixture
def repo():
    r = SQLiteRepository(":memory:")
    yield r
    r.close()


def clusterer(repo, **cfg) -> EventClusterer:
    return EventClusterer(repo, embedder=HashingEmbedder(repo), config=EventConfig(**cfg) if cfg else None)


# ----------------------------------------------------------------------------- embedder
def test_embedder_caches_vectors_in_the_store(repo):
    emb = HashingEmbedder(repo)
    v1 = emb.embed(["one text about a flood", "another text"])
    v2 = emb.embed(["one text about a flood"])
    assert emb.n_embedded == 2  # the repeated text came from the cache
    assert np.allclose(v1[0], v2[0])
    assert abs(float(np.linalg.norm(v1[0])) - 1.0) < 1e-5
    # a new embedder on the same store does not embed again
    emb2 = HashingEmbedder(repo)
    emb2.embed(["another text"])
    assert emb2.n_embedded == 0


def test_embedding_text_is_title_plus_lead_without_boilerplate():
    body = "Menu Home Sport Weather\n" + "The council voted the new budget. " * 40
    a = Article(id="x", title="Council votes budget", text="Council votes budget\n" + body)
    a.boilerplate = [(len("Council votes budget\n"), len("Council votes budget\n") + 24)]
    t = embedding_text(a)
    assert t.startswith("Council votes budget. The council voted")
    assert "Menu Home" not in t
    assert t.count("Council votes budget") == 1
    assert len(t) < 700


# ----------------------------------------------------------------------------- features
def test_happening_date_prefers_a_lead_date_just_before_the_article_date():
    a = art("d1", "Storm hits Kelso", "A storm hit Kelso on Friday, damaging 30 roofs.", "2031-04-05")
    a.timexes = [Timex(start=a.text.index("Friday"), end=a.text.index("Friday") + 6, text="Friday",
                       type="DATE", value="2031-04-03", anchor="2031-04-05")]
    d = happening_date(a)
    assert d.iso() == "2031-04-03" and d.granularity == "day"
    # a date far in the past mentioned in the lead is background, not the happening
    a.timexes[0].value = "2029-01-10"
    assert happening_date(a).iso() == "2031-04-05"


def test_specifics_are_capitalised_words_and_figures():
    a = art("s1", "Talks in Quessant", "The minister Arvo Talmet met 12 delegates. Talks went on.")
    terms, names = term_counts(a)
    assert "L:talmet" in names and "L:arvo" in names and "#:12" in names
    assert "talks" in terms and "L:talks" not in names  # sentence-initial capital is no name
    assert "delegates" in terms and "L:delegates" not in names
    cyr = art("s2", "Переговори", "Міністр Арво Талмет прибув до Кессана.", lang="uk")
    assert any(k.startswith("C:") for k in term_counts(cyr)[1])


# ----------------------------------------------------------------------------- assignment
def test_new_article_joins_the_right_existing_event(repo):
    c = clusterer(repo)
    first = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10"),
                         art(*CONCERT[0], "2031-03-10"), art(*CONCERT[1], "2031-03-11")])
    c.assign(first)
    flood_ev, concert_ev = first[0].event, first[2].event
    assert first[1].event == flood_ev and first[3].event == concert_ev and flood_ev != concert_ev
    late = store(repo, [art(*FLOOD[2], "2031-03-11")])
    c.assign(late)
    assert late[0].event == flood_ev
    assert repo.get_article(late[0].db_id).event == flood_ev  # membership persisted
    log = [r for r in repo.cluster_log(flood_ev) if r["action"] == "assign"]
    assert any(r["detail"]["article"] == "fl3" and r["detail"]["score"] >= c.cfg.threshold for r in log)
    ev = repo.get_event(flood_ev)
    assert ev.size == 3 and "Brennick" in ev.title or "Lorra" in ev.title


def test_lookalike_happening_at_another_date_opens_a_new_event_in_the_same_story(repo):
    c = clusterer(repo)
    visit = ("Minister Arvo Talmet visits Quessant",
             "Foreign minister Arvo Talmet arrived in Quessant for talks with president Mira Hollis "
             "on the fishing treaty and the Quessant port. Talmet and Hollis met for two hours.")
    a1 = store(repo, [art("v1", *visit, "2031-02-03"), art("v1b", visit[0] + " again",
                                                            visit[1], "2031-02-04")])
    c.assign(a1)
    a2 = store(repo, [art("v2", "Arvo Talmet back in Quessant",
                          "Minister Arvo Talmet returned to Quessant and met president Mira Hollis "
                          "about the fishing treaty and the Quessant port.", "2031-09-14")])
    c.assign(a2)
    assert a1[0].event == a1[1].event
    assert a2[0].event != a1[0].event, "months apart: a second visit, not the same event"
    assert a2[0].story == a1[0].story, "the two visits belong to one storyline"
    opened = repo.cluster_log(a2[0].event)[0]
    assert opened["action"] == "open" and opened["detail"]["article"] == "v2"
    st = repo.get_story(a1[0].story)
    assert st.meta["event_ids"] == [a1[0].event, a2[0].event]  # date order
    assert st.title


def test_unrelated_event_gets_its_own_story(repo):
    c = clusterer(repo)
    arts = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10"),
                        art(*CONCERT[0], "2031-03-10")])
    c.assign(arts)
    assert arts[0].story != arts[2].story


def test_ids_stable_across_batches_restart_and_recluster(tmp_path):
    path = tmp_path / "nw.db"
    repo = SQLiteRepository(path)
    c = clusterer(repo)
    batches = [[art(*FLOOD[0], "2031-03-10"), art(*CONCERT[0], "2031-03-10")],
               [art(*FLOOD[1], "2031-03-10")],
               [art(*CONCERT[1], "2031-03-11"), art(*FLOOD[2], "2031-03-11")]]
    seen = {}
    for b in batches:
        store(repo, b)
        c.assign(b)
        for a in b:
            seen[a.id] = (a.event, a.story)
    before = {a.id: (a.event, a.story) for a in repo.iter_articles()}
    assert before == seen  # earlier articles kept their ids as later batches arrived
    assert (path.parent / "nw.db.events.ann").exists()
    repo.close()
    # restart: a new clusterer on the same file continues with the same ids
    repo = SQLiteRepository(path)
    c2 = clusterer(repo)
    extra = store(repo, [art("fl4", "More rain expected in Brennick",
                             "Forecasters expect more rain on the Lorra river near Brennick, where "
                             "1,200 residents are in the shelter opened by mayor Odile Vance.",
                             "2031-03-12")])
    c2.assign(extra)
    assert extra[0].event == before["fl1"][0]
    assert len(c2.ann) == 6
    c2.recluster()
    after = {a.id: (a.event, a.story) for a in repo.iter_articles()}
    for aid, ids in before.items():
        assert after[aid] == ids
    repo.close()


def test_recluster_splits_a_wrong_merge_and_keeps_the_majority_id(repo):
    c = clusterer(repo)
    arts = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10"),
                        art(*FLOOD[2], "2031-03-10"), art(*CONCERT[0], "2031-03-10")])
    c.assign(arts)
    flood = arts[0].event
    # simulate an earlier, wrong decision: the concert article was put in the flood event
    repo.set_membership(arts[3].db_id, flood, arts[0].story)
    c2 = clusterer(repo)
    c2.recluster()
    now = {a.id: a.event for a in repo.iter_articles()}
    assert now["fl1"] == now["fl2"] == now["fl3"] == flood
    assert now["co1"] != flood
    actions = [r["action"] for r in repo.cluster_log(flood)]
    assert "split" in actions


class TableEmbedder(Embedder):
    """Vectors chosen by the test, keyed by the article's first word (no model)."""

    model_name = "table"
    cos_range = (0.0, 1.0)

    def __init__(self, table):
        super().__init__(None)
        self.table = table

    def embed_articles(self, articles):
        return np.stack([self.table[a.text.split()[0]] for a in articles]).astype(np.float32)


def test_bridging_article_merges_two_events_and_the_merge_is_logged(repo):
    u = np.zeros(384, np.float32)
    u[0] = 1.0
    v = np.zeros(384, np.float32)
    v[0], v[1] = 0.45, np.sqrt(1 - 0.45 ** 2)
    b = (u + v) / np.linalg.norm(u + v)
    emb = TableEmbedder({"alpha": u, "beta": v, "bridge": b})
    c = EventClusterer(repo, embedder=emb, config=EventConfig(threshold=0.5))
    # different languages and no capitalised words: only the embedding decides
    x = store(repo, [Article(id="x", text="alpha some words here", lang="fr")])
    c.assign(x)
    y = store(repo, [Article(id="y", text="beta other words there", lang="de")])
    c.assign(y)
    assert x[0].event != y[0].event  # cosine 0.45 < threshold
    z = store(repo, [Article(id="z", text="bridge third words", lang="es")])
    c.assign(z)
    ids = {a.event for a in repo.iter_articles()}
    assert len(ids) == 1, "the bridge joined one event and merged the other into it"
    survivor = ids.pop()
    gone = ({x[0].event, y[0].event} - {survivor}).pop()
    merge = [r for r in repo.cluster_log(survivor) if r["action"] == "merge"]
    assert merge and merge[0]["detail"]["absorbed"] == gone and merge[0]["detail"]["bridge"] == "z"
    assert repo.get_event(gone) is None
    assert [r["detail"]["into"] for r in repo.cluster_log(gone) if r["action"] == "merge"] == [survivor]


# ----------------------------------------------------------------------------- dates
def test_undated_article_joining_a_dated_event_gets_an_inferred_date(repo):
    c = clusterer(repo)
    dated = store(repo, [art(*FLOOD[0], "2031-03-10"), art(*FLOOD[1], "2031-03-10")])
    c.assign(dated)
    undated = store(repo, [art(*FLOOD[2])])
    c.assign(undated)
    a = undated[0]
    assert a.event == dated[0].event
    assert a.date is not None and a.date.value == "2031-03-10"
    assert a.date.source == "inferred" and 0 < a.date.confidence < 1
    assert a.event in a.date.evidence and a.date.evidence.startswith("from event")
    stored = repo.get_article(a.db_id)
    assert stored.date.value == "2031-03-10" and stored.date.source == "inferred"
    assert any(r["action"] == "date_inferred" for r in repo.cluster_log(a.event))


def test_month_only_date_is_refined_to_the_event_day(repo):
    c = clusterer(repo)
    dated = store(repo, [art(*CONCERT[0], "2031-05-17"), art(*CONCERT[1], "2031-05-17")])
    c.assign(dated)
    month = store(repo, [art("co3", "Valdemar Philharmonic tour begins",
                             "The Valdemar Philharmonic and conductor Ines Marlow began their tour of "
                             "9 cities with 14 pieces.", "2031-05")])
    c.assign(month)
    a = month[0]
    assert a.event == dated[0].event
    assert a.date.value == "2031-05-17" and a.date.source == "inferred"
    assert "2031-05-17" in a.date.evidence


def test_month_only_date_outside_the_event_is_not_changed(repo):
    c = clusterer(repo)
    dated = store(repo, [art(*CONCERT[0], "2031-05-17"), art(*CONCERT[1], "2031-05-17")])
    c.assign(dated)
    other = store(repo, [art("co4", CONCERT[0][1], CONCERT[0][2] + " Tickets are sold out.", "2031-11")])
    c.assign(other)
    assert other[0].date.value == "2031-11" and other[0].date.source == "metadata"
    assert other[0].event != dated[0].event


def test_undated_article_mentioning_later_dates_stays_out_of_an_old_event(repo):
    c = clusterer(repo)
    old = store(repo, [art("v1", "Minister Arvo Talmet visits Quessant",
                           "Minister Arvo Talmet met president Mira Hollis in Quessant about the "
                           "fishing treaty and the port.", "2031-02-03")])
    c.assign(old)
    text = ("Minister Arvo Talmet met president Mira Hollis in Quessant about the fishing treaty and "
            "the port, after the harbour reopened in August 2031.")
    new = art("v9", "Arvo Talmet meets Mira Hollis in Quessant", text)
    i = new.text.index("August 2031")
    new.timexes = [Timex(start=i, end=i + 11, text="August 2031", type="DATE", value="2031-08")]
    store(repo, [new])
    c.assign([new])
    assert new.event != old[0].event


def test_entity_ids_support_but_never_veto_across_languages():
    from newsweave.link.event_features import SVec
    from newsweave.link.event_scoring import Profile, score
    cfg = EventClusterer(None, embedder=HashingEmbedder(None)).cfg
    v = np.zeros(384, np.float32)
    v[0] = 1.0
    terms = SVec.from_items([("pont", 1.0)])
    ents_a = SVec.from_items([("LOC-Tervola", 1.0)])
    ents_b = SVec.from_items([("PER-Someone-Else", 1.0)])

    def prof(lang, ents):
        return Profile(v, {lang: (terms.to_dict(), 1.0)}, ents.to_dict(), 1.0, None)

    cross_plain, _ = score(prof("fr", SVec.from_items([])), prof("uk", SVec.from_items([])), cfg)
    cross_disjoint, parts = score(prof("fr", ents_a), prof("uk", ents_b), cfg)
    assert parts["cross_lingual"] and parts["ent"] == 0.0
    assert cross_disjoint == pytest.approx(cross_plain)  # no veto across languages
    cross_shared, _ = score(prof("fr", ents_a), prof("uk", ents_a), cfg)
    assert cross_shared >= cross_plain  # support is kept
    same_plain, _ = score(prof("fr", SVec.from_items([])), prof("fr", SVec.from_items([])), cfg)
    same_disjoint, _ = score(prof("fr", ents_a), prof("fr", ents_b), cfg)
    assert same_disjoint < same_plain  # in one language, different actors count against
