"""``recluster`` is deterministic and idempotent: twice gives the same events and stories (same ids)
as once, and it equals the streaming result over the same input up to the documented differences
(see :mod:`newsweave.link.event_recluster`). Invented articles, hashing embedder."""
from __future__ import annotations

from newsweave.components import Components
from newsweave.enrich.embed import CachedEmbedder, HashingModel
from newsweave.link.events import EventClusterer
from newsweave.model import Article, DateInfo
from newsweave.pipeline import analyze_corpus
from newsweave.store import open_store

# four happenings, each told by several invented outlets; some articles carry no date
_HAPPENINGS = [
    ("2024-05-06", "Ferry Marisol ran aground near Tallow Point; {n} passengers were taken off by "
                   "lifeboats, the coastguard of Brenmouth said."),
    ("2024-05-07", "The council of Brenmouth voted to close the old Quarry Road bridge after "
                   "engineers found {n} cracked girders, the mayor Ilsa Varga said."),
    ("2024-06-20", "Striker Tomas Quell scored {n} goals as Brenmouth Rovers beat Kelby Athletic "
                   "in the cup final at Harrow Park."),
    ("2024-06-21", "A wildfire burned {n} hectares of pine forest in the Aldervale hills; firefighters "
                   "from Kelby and Brenmouth fought it overnight."),
]
_OUTLETS = ["coastline.example", "brenmouth-post.example", "kelby-herald.example"]


def _corpus() -> list[Article]:
    out = []
    for h, (date, body) in enumerate(_HAPPENINGS):
        for k, outlet in enumerate(_OUTLETS):
            lead = ["Reports:", "Update:", "Latest:"][k]
            text = (f"{lead} " + body.format(n=12 + h) + " Officials gave further details later in "
                    f"the day. Story number {h}.{k} by {outlet}.")
            dated = k != 2 or h % 2 == 0  # a few undated articles get their date inferred
            out.append(Article(id=f"h{h}-{k}", text=text, title=None, lang="en", source=outlet,
                               date=DateInfo(date) if dated else None))
    return out


def _snapshot(repo) -> tuple:
    arts = {a.id: (a.event, a.story) for a in repo.iter_articles()}
    events = sorted((e.id, e.story, e.size, e.title) for e in repo.list_events())
    stories = sorted((s.id, tuple(sorted(s.meta.get("event_ids", [])))) for s in repo.list_stories())
    dates = {a.id: (a.date.value, a.date.source) if a.date else None for a in repo.iter_articles()}
    return arts, events, stories, dates


def _groups(arts: dict[str, tuple]) -> set[frozenset]:
    by: dict = {}
    for aid, (ev, _) in arts.items():
        by.setdefault(ev, set()).add(aid)
    return {frozenset(v) for v in by.values()}


def _clusterer(repo) -> EventClusterer:
    return EventClusterer(repo, embedder=CachedEmbedder(HashingModel(), [repo]))


def test_recluster_twice_equals_once(tmp_path):
    repo = open_store(tmp_path / "r.db")
    analyze_corpus(repo, _corpus(), components=Components(embedder=HashingModel()))
    streamed = _snapshot(repo)
    _clusterer(repo).recluster()
    once = _snapshot(repo)
    _clusterer(repo).recluster()  # a second run, as a second `newsweave recluster` would
    twice = _snapshot(repo)
    assert twice == once
    c = _clusterer(repo)  # and twice in one process
    c.recluster()
    c.recluster()
    assert _snapshot(repo) == once
    # the same happenings as the streaming run, under the same ids
    assert _groups(once[0]) == _groups(streamed[0])
    assert once[0] == streamed[0]
    assert len(_groups(once[0])) == len(_HAPPENINGS)


def test_recluster_does_not_merge_distinct_events(tmp_path):
    """Each happening stays its own event after any number of reclusters."""
    repo = open_store(tmp_path / "r.db")
    analyze_corpus(repo, _corpus(), components=Components(embedder=HashingModel()))
    want = {frozenset(f"h{h}-{k}" for k in range(len(_OUTLETS))) for h in range(len(_HAPPENINGS))}
    assert _groups(_snapshot(repo)[0]) == want
    for _ in range(3):
        _clusterer(repo).recluster()
        assert _groups(_snapshot(repo)[0]) == want


def test_recluster_keeps_stated_dates(tmp_path):
    repo = open_store(tmp_path / "r.db")
    analyze_corpus(repo, _corpus(), components=Components(embedder=HashingModel()))
    before = _snapshot(repo)[3]
    _clusterer(repo).recluster()
    _clusterer(repo).recluster()
    after = _snapshot(repo)[3]
    for aid, d in before.items():
        if d and d[1] != "inferred":
            assert after[aid] == d  # a stated date is never replaced
    assert after == _snapshot(repo)[3]


def _month_corpus() -> list[Article]:
    """The corpus above where one outlet per happening states only the month, and its lead names
    the weekday ("on Monday"): the linker refines the month into an inferred day."""
    arts = _corpus()
    for a in arts:
        if a.id.endswith("-1"):
            a.date = DateInfo(a.date.value[:7], "metadata")
            a.text = a.text.replace("Update:", "Update: on Monday,", 1)
    return arts


def test_a_stated_month_survives_inference_and_recluster(tmp_path, monkeypatch):
    """The cause of the non-idempotent recluster: the linker refined a stated month into an
    inferred day, and the next pass (recluster, restart) saw an undated article (and relative
    dates re-anchored on the guess). The stated month is kept and every pass sees the same
    features as the streaming one."""
    from newsweave.link import event_linker as EL
    from newsweave.link.event_features import stated_date
    seen: list[dict] = []
    orig = EL.EventLinker.features

    def spy(self, articles, vectors, update_stats):
        out = orig(self, articles, vectors, update_stats)
        seen.append({f.ext_id: (f.date, f.dated) for f in out})
        return out

    monkeypatch.setattr(EL.EventLinker, "features", spy)
    repo = open_store(tmp_path / "r.db")
    analyze_corpus(repo, _month_corpus(), components=Components(embedder=HashingModel()))
    streamed = _snapshot(repo)
    refined = {a.id: a.date for a in repo.iter_articles() if a.id.endswith("-1")}
    assert all(d.source == "inferred" and len(d.value) == 10 for d in refined.values()), refined
    assert all(stated_date(d).value == d.value[:7] for d in refined.values())
    _clusterer(repo).recluster()
    once = _snapshot(repo)
    _clusterer(repo).recluster()
    assert _snapshot(repo) == once
    assert once[0] == streamed[0] and once[3] == streamed[3]
    assert len(seen) == 3 and seen[1] == seen[0] and seen[2] == seen[0]  # stream, recluster ×2
    for aid in refined:
        assert seen[1][aid][1] is True  # still dated by its stated month


def test_stated_date_round_trip():
    from newsweave.link.event_features import stated_date, with_stated
    month = DateInfo("2025-04", "metadata")
    day = with_stated(DateInfo("2025-04-25", "inferred", 0.8, "from event e1"), month)
    assert day.evidence.endswith("; stated 2025-04 (metadata)")
    assert stated_date(day) == month and stated_date(month) is month
    assert with_stated(day, month) == day  # marked once
    assert stated_date(DateInfo("2025-04-25", "inferred", 0.5, "from text: x")) is None
    assert stated_date(None) is None
