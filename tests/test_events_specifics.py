"""Look-alike events told apart by the specifics of their leads (years, figures): feature
extraction in several languages and scripts, the pair adjustment, batch/streaming agreement, and
end to end on small made-up corpora. The deterministic HashingEmbedder stands in for the model."""
from __future__ import annotations

import numpy as np
import pytest

from newsweave.enrich.embed import LEAD_CHARS, HashingEmbedder, embedding_text
from newsweave.link.event_batch import pairwise_scores
from newsweave.link.event_features import figure_key, lead_specifics
from newsweave.link.event_config import PAIR_LOGIT, EventConfig
from newsweave.link.event_scoring import Profile, score, specifics_adjustment
from newsweave.link.events import EventClusterer
from newsweave.model import Article, DateInfo, Mention
from newsweave.store.sqlite import SQLiteRepository


def art(aid: str, title: str, body: str, lang: str = "en", date: str | None = None) -> Article:
    return Article(id=aid, title=title, text=f"{title}\n{body}", lang=lang,
                   date=DateInfo(date, source="metadata") if date else None)


@pytest.fixture
def repo():
    r = SQLiteRepository(":memory:")
    yield r
    r.close()


# ----------------------------------------------------------------------------- extraction
def test_lead_specifics_years_and_figures_in_several_languages():
    en = art("en", "Quake of magnitude 6.1 hits Varnholm",
             "Varnholm, March 3, 2019 - At least 41 people died when the quake struck at dawn.")
    fr = art("fr", "Séisme de magnitude 6,1 à Varnholm",
             "Varnholm, 3 mars 2019 - Au moins 41 personnes sont mortes dans le séisme.", "fr")
    ru = art("ru", "Землетрясение магнитудой 6,1 в Варнхольме",
             "Варнхольм, 3 марта 2019 года. Погибли не менее 41 человека.", "ru")
    ys = [lead_specifics(a)[0] for a in (en, fr, ru)]
    assert ys == [frozenset({"2019"})] * 3
    figs = [lead_specifics(a)[1] for a in (en, fr, ru)]
    # "6.1" and "6,1" are one figure; the day (3) and the toll (41) too; years are not figures
    for f in figs:
        assert len(f) == 3
    assert figs[0].keys.tolist() == figs[1].keys.tolist() == figs[2].keys.tolist()


def test_a_figure_reads_the_same_whatever_thousands_separator_a_language_writes():
    # one toll written the way English, Spanish, French and Russian papers write it
    bodies = [("en", "At least 1,640 people died and 3,200 were hurt."),
              ("es", "Al menos 1.640 personas murieron y 3.200 resultaron heridas."),
              ("fr", "Au moins 1 640 personnes sont mortes et 3\u00a0200 blessées."),
              ("ru", "Погибли не менее 1640 человек, 3200 ранены.")]
    figs = [lead_specifics(art(lang, "Quake toll", body, lang))[1] for lang, body in bodies]
    assert all(len(f) == 2 for f in figs)
    assert all(f.keys.tolist() == figs[0].keys.tolist() for f in figs)
    assert [figure_key(x) for x in ("7,7", "7.7", "2,5", "0,125", "12 000", "1.234.567")] == \
        ["7.7", "7.7", "2.5", "0.125", "12000", "1234567"]


def test_years_far_down_the_article_are_not_lead_years():
    a = art("x", "Port strike ends", "Dockers went back to work. " * 20 + "The last strike was in 1998.")
    years, _ = lead_specifics(a)
    assert years == frozenset()


def test_specifics_adjustment_signs():
    cfg = EventConfig()
    mk = lambda t, b: Profile.of(_feats([art("a", t, b)])[0])  # noqa: E731
    same = specifics_adjustment(mk("Quake 2019", "41 dead, magnitude 6.1"),
                                mk("Quake 2019", "41 dead, magnitude 6.1"), cfg)
    other = specifics_adjustment(mk("Quake 2019", "41 dead, magnitude 6.1"),
                                 mk("Quake 2014", "7 dead, magnitude 5.2"), cfg)
    none = specifics_adjustment(mk("Quake", "many dead"), mk("Quake", "no figures here"), cfg)
    assert same > 0 > other
    assert none == 0.0


def _feats(arts, embedder=None):
    c = EventClusterer(None, embedder=embedder or HashingEmbedder(None))
    c._features(arts, update_stats=True)
    return c._features(arts, update_stats=False)


def test_batch_and_streaming_scores_agree_with_specifics():
    arts = [art("a", "Quake of magnitude 6.1 hits Varnholm in 2019", "At least 41 people died."),
            art("b", "Varnholm quake 2019: 41 dead", "The magnitude 6.1 quake killed 41."),
            art("c", "Quake of magnitude 5.2 hits Varnholm in 2014", "At least 7 people died."),
            art("d", "Erdbeben der Stärke 6,1 in Varnholm 2019", "Mindestens 41 Tote.", "de")]
    c = EventClusterer(None, embedder=HashingEmbedder(None))
    feats = _feats(arts)
    S = pairwise_scores(feats, c.cfg)
    for i in range(len(arts)):
        for j in range(len(arts)):
            if i != j:
                s, parts = score(Profile.of(feats[i]), Profile.of(feats[j]), c.cfg)
                assert S[i, j] == pytest.approx(s, abs=1e-6), (i, j, parts)


# ----------------------------------------------------------------------------- end to end
QUAKE_2019 = [
    ("q1", "Magnitude 6.1 quake hits Varnholm in 2019",
     "A magnitude 6.1 earthquake struck Varnholm in March 2019, killing 41 people and leaving "
     "hundreds homeless, the governor of Varnholm said."),
    ("q2", "Varnholm earthquake of 2019 kills 41",
     "The 2019 earthquake in Varnholm, of magnitude 6.1, killed 41 people, the governor said; "
     "hundreds of homes in Varnholm were destroyed."),
    ("q3", "Varnholm: 41 dead after 6.1 quake (2019)",
     "Rescuers in Varnholm counted 41 dead after the magnitude 6.1 earthquake of 2019, the "
     "governor of Varnholm said, and hundreds homeless."),
]
QUAKE_2014 = [
    ("p1", "Magnitude 5.2 quake hits Varnholm in 2014",
     "A magnitude 5.2 earthquake struck Varnholm in March 2014, killing 7 people and leaving "
     "hundreds homeless, the governor of Varnholm said."),
    ("p2", "Varnholm earthquake of 2014 kills 7",
     "The 2014 earthquake in Varnholm, of magnitude 5.2, killed 7 people, the governor said; "
     "hundreds of homes in Varnholm were destroyed."),
]


def _run(repo, cfg=None):
    arts = [art(*x) for x in QUAKE_2019 + QUAKE_2014]
    for a in arts:
        repo.add_article(a)
    EventClusterer(repo, embedder=HashingEmbedder(repo), config=cfg).assign(arts)
    return {a.id: a for a in arts}


def test_lookalike_undated_events_are_told_apart_by_year_and_figures(repo):
    got = _run(repo)
    assert got["q1"].event == got["q2"].event == got["q3"].event
    assert got["p1"].event == got["p2"].event
    assert got["q1"].event != got["p1"].event, "2019 (6.1, 41 dead) and 2014 (5.2, 7 dead) quakes"
    assert got["q1"].story == got["p1"].story, "two quakes of one place: one storyline"


def test_without_specifics_the_lookalikes_merge(repo):
    # the same corpus with the specifics switched off: the texts alone do not separate them
    got = _run(repo, EventConfig(year_share=0.0, year_conflict=0.0, fig_w=0.0, pair_logit=None))
    assert got["q1"].event == got["p1"].event
    no_specifics = {**PAIR_LOGIT, "year_share": 0.0, "year_conflict": 0.0, "fig": 0.0, "fig_has": 0.0}
    got = _run(SQLiteRepository(":memory:"), EventConfig(pair_logit=no_specifics))
    assert got["q1"].event == got["p1"].event, "the same with the logistic pair model"


def test_lookalikes_apart_across_languages_when_streamed(repo):
    """German and French reports of the 2019 quake arrive later, one at a time: they join the
    2019 event, not the 2014 one (figures and years are script- and language-independent)."""
    got = _run(repo)
    c = EventClusterer(repo, embedder=HashingEmbedder(repo))
    late = [art("d1", "Varnholm: Erdbeben der Stärke 6,1 im Jahr 2019",
                "Ein Erdbeben der Stärke 6,1 erschütterte Varnholm im März 2019; 41 Menschen starben, "
                "sagte der Gouverneur von Varnholm.", "de"),
            art("f1", "Varnholm : séisme de magnitude 5,2 en 2014",
                "Un séisme de magnitude 5,2 a frappé Varnholm en mars 2014, faisant 7 morts, a "
                "déclaré le gouverneur de Varnholm.", "fr")]
    for a in late:
        repo.add_article(a)
        c.assign([a])
    assert late[0].event != late[1].event
    assert late[0].event != got["p1"].event
    assert late[1].event != got["q1"].event


# ----------------------------------------------------------------------------- embedding
def test_embedding_lead_is_short_and_batch_order_does_not_change_vectors():
    assert LEAD_CHARS <= 400
    a = art("x", "Council votes budget", "The council voted the new budget. " * 40)
    assert len(embedding_text(a)) < LEAD_CHARS + 60
    e = HashingEmbedder(None, batch_size=2)
    texts = ["short one", "a much longer text about the council budget vote " * 3, "mid length text"]
    together = e.embed(texts)
    alone = np.stack([HashingEmbedder(None).embed([t])[0] for t in texts])
    assert np.allclose(together, alone)
    # duplicates are embedded once
    e2 = HashingEmbedder(None)
    e2.embed(["same", "same", "same", "other"])
    assert e2.n_embedded == 2


# ----------------------------------------------------------------------------- entity idf
def _with_entities(aid: str, ids: list[str], lang: str = "en") -> Article:
    a = art(aid, f"Report {aid}", "Some text about the match of the league.", lang)
    a.entities = [Mention(0, 1, e, "PER", entity=e) for e in ids]
    return a


def test_rare_shared_participant_counts_more_than_a_common_one():
    """Article–article entity overlap is idf-weighted: sharing the rare challenger says more than
    sharing the league every article names; centroids keep the plain type-weighted counts."""
    from newsweave.link.event_features import sparse_cos
    arts = [_with_entities(f"n{i}", ["league", f"other{i}"]) for i in range(8)]
    arts += [_with_entities("x", ["league", "challenger", "champion"], "de"),
             _with_entities("y", ["league", "challenger", "champion"], "pl"),
             _with_entities("z", ["league", "rookie", "coach"], "fr")]
    feats = _feats(arts)
    fx, fy, fz = feats[-3:]
    assert fx.ent_idf is not None
    same = sparse_cos(fx.ent_idf, fy.ent_idf)
    common_only = sparse_cos(fx.ent_idf, fz.ent_idf)
    assert same > 0.95 and common_only < 0.1
    assert sparse_cos(fx.entities, fz.entities) > 0.3  # plain counts: the league weighs as much
    # switched off: no idf vectors
    c = EventClusterer(None, embedder=HashingEmbedder(None), config={"ent_idf_power": 0.0})
    assert all(f.ent_idf is None for f in c._features(arts, update_stats=True))


def test_names_listed_once_do_not_swamp_the_participants_two_reports_share():
    """Two reports of one round of talks in two scripts: one keeps naming the two negotiators and
    the city, and lists six delegation members once each that no other article names. The shared
    participants carry the overlap (mention counts; the idf of a name only one article holds is
    capped at that of a name two hold), while a report of other talks, sharing only the city,
    stays far."""
    from newsweave.link.event_features import ENTITY_MIN_DF, TermStats, sparse_cos
    filler = [_with_entities(f"n{i}", [f"town{i}", f"mayor{i}", "capital"]) for i in range(20)]
    listing = _with_entities("ru", ["negotiator_a"] * 3 + ["negotiator_b"] * 3 + ["city"] * 2
                             + [f"delegate{k}" for k in range(6)], "ru")
    plain = _with_entities("en", ["negotiator_a", "negotiator_a", "negotiator_b", "city"], "en")
    other = _with_entities("fr", ["envoy_c", "envoy_c", "minister_d", "city"], "fr")
    feats = _feats(filler + [listing, plain, other])
    fr, fe, fo = feats[-3:]
    shared, apart = sparse_cos(fr.ent_idf, fe.ent_idf), sparse_cos(fe.ent_idf, fo.ent_idf)
    assert shared > 0.5 and apart < 0.2
    # the cap: a name one article holds weighs as one two articles hold, no more
    st = TermStats()
    for terms in (["a", "b"], ["b"], ["c"]):
        st.add(terms)
    assert st.idf("a", ENTITY_MIN_DF) == st.idf("b", ENTITY_MIN_DF) == st.idf("b") < st.idf("a")


# ----------------------------------------------------------------------------- orphan stories
def test_one_article_story_joins_a_neighbouring_story(repo):
    """An article about the flood's aftermath three months later (too late for the flood event)
    that did not reach ``story_threshold`` against the flood's story is adopted by that story at
    the looser orphan threshold."""
    flood = [art("f1", "Flood forces evacuation in Brennick",
                 "Heavy rain made the Lorra river burst its banks in Brennick. About 1,200 residents "
                 "left their homes and mayor Odile Vance opened a shelter in Brennick.", "en",
                 "2031-03-01"),
             art("f2", "Brennick evacuated as the Lorra overflows",
                 "Some 1,200 people were evacuated from Brennick after the Lorra river overflowed, "
                 "mayor Odile Vance said; the shelter in Brennick stays open.", "en", "2031-03-02")]
    later = [art("f3", "Brennick counts the cost of the Lorra flood",
                 "Insurers in Brennick estimate the damage of the Lorra flood; mayor Odile Vance "
                 "asked for state aid to rebuild the Brennick quays.", "en", "2031-06-10")]
    for a in flood + later:
        repo.add_article(a)
    strict = EventClusterer(repo, embedder=HashingEmbedder(repo),
                            config={"story_threshold": 1.01, "story_merge_threshold": 1.01,
                                    "orphan_story_threshold": 1.01})
    strict.assign(flood)
    strict.assign(later)
    assert later[0].story != flood[0].story
    repo2 = SQLiteRepository(":memory:")
    for a in flood + later:
        a.event = a.story = None
        repo2.add_article(a)
    loose = EventClusterer(repo2, embedder=HashingEmbedder(repo2),
                           config={"story_threshold": 1.01, "story_merge_threshold": 1.01,
                                   "orphan_story_threshold": 0.2})
    loose.assign(flood)
    loose.assign(later)
    assert later[0].event != flood[0].event
    assert later[0].story == flood[0].story
    assert any(r["action"] == "story_merge" for r in repo2.cluster_log(flood[0].story))
    repo2.close()
