"""Story timelines from small hand-written articles."""
from __future__ import annotations

from newsweave.compare.timeline import TimelinePoint, build_timeline
from newsweave.model import Article, DateInfo


def art(id_: str, date: str | None, text: str, lang: str = "fr", source: str | None = None) -> Article:
    return Article(id=id_, text=text, date=DateInfo(date) if date else None, lang=lang,
                   source=source or id_)


ARTS = [
    art("a1", "2025-06-05", "Le ministre est arrivé hier à Pyongyang. Il était déjà venu le 21 mars.",
        source="Le Quotidien"),
    art("a2", "2025-06-06", "Le ministre est arrivé mercredi à Pyongyang, selon l'agence.",
        source="Agence X"),
    art("a3", "2025-06-04", "Visit of the minister: he arrived today in Pyongyang.", lang="en",
        source="Wire Y"),
    art("a4", "2025-06-10", "Une semaine après la visite du 4 juin, les discussions continuent.",
        source="Le Soir"),
]


def test_points_are_in_date_order_and_kinds_are_separate():
    pts = build_timeline(ARTS)
    keys = [(p.date, p.kind) for p in pts]
    assert keys == sorted(keys, key=lambda k: (k[0], 0 if k[1] == "published" else 1))
    kinds = {p.kind for p in pts}
    assert kinds == {"happened", "published"}
    pub = {p.date for p in pts if p.kind == "published"}
    assert pub == {"2025-06-04", "2025-06-05", "2025-06-06", "2025-06-10"}


def test_happened_point_cites_every_article_stating_it():
    pts = build_timeline(ARTS, kinds=("happened",))
    by_date = {p.date: p for p in pts}
    p = by_date["2025-06-04"]
    assert isinstance(p, TimelinePoint)
    assert p.granularity == "day" and p.kind == "happened"
    assert set(p.article_ids) == {"a1", "a2", "a3", "a4"}
    assert p.n_articles == 4 and p.n_sources == 4
    for c in p.citations:
        a = next(a for a in ARTS if a.id == c.article_id)
        sentence = a.text[c.start:c.end]
        assert a.text[c.timex[0]:c.timex[1]] in sentence
        assert "." not in sentence[:-1]  # one sentence
    assert "Pyongyang" in p.description or "4 juin" in p.description


def test_ranking_prefers_widely_reported_days():
    pts = build_timeline(ARTS, max_points=1, kinds=("happened",))
    assert [p.date for p in pts] == ["2025-06-04"]
    pts2 = build_timeline(ARTS, max_points=2, kinds=("happened",))
    assert [p.date for p in pts2] == ["2025-03-21", "2025-06-04"]  # chosen by rank, shown by date


def test_max_points_keeps_published_only_on_selected_dates():
    pts = build_timeline(ARTS, max_points=1)
    assert {(p.date, p.kind) for p in pts} == {("2025-06-04", "happened"), ("2025-06-04", "published")}


def test_uncertain_dates_are_dropped():
    # month-only article date: the weekday cannot be resolved to a day
    a = art("m1", "2024-09", "Une délégation s'est rendue vendredi à Pyongyang.")
    pts = build_timeline([a], kinds=("happened",))
    assert pts == []
    pts = build_timeline([a], kinds=("happened",), min_confidence=0.0)
    assert [p.date for p in pts] == ["2024-09"]
    assert pts[0].granularity == "month"


def test_duplicates_are_not_counted():
    dup = art("a5", "2025-06-05", "Le ministre est arrivé hier à Pyongyang.")
    dup.duplicate_of = "a1"
    pts = build_timeline(ARTS + [dup], kinds=("happened",))
    p = {p.date: p for p in pts}["2025-06-04"]
    assert "a5" not in p.article_ids


def test_to_json_roundtrip_fields():
    p = build_timeline(ARTS, max_points=1, kinds=("happened",))[0]
    j = p.to_json()
    assert j["date"] == "2025-06-04" and j["kind"] == "happened"
    assert j["citations"] and {"article", "start", "end"} <= set(j["citations"][0])


def test_a_day_recalled_days_later_outranks_a_day_told_only_when_it_happened():
    # two days stated by two articles each: the flood day is told again a week later, the market
    # day only by two reports of that day (a bigger burst of coverage, no later recall)
    arts = [
        art("f1", "2025-04-02", "La crue a envahi le centre le 2 avril.", source="A"),
        art("f2", "2025-04-09", "Une semaine après la crue du 2 avril, les commerces rouvrent.", source="B"),
        art("m1", "2025-04-05", "Le 5 avril, le marché a été déplacé.", source="C"),
        art("m2", "2025-04-05", "Le marché a quitté la place le 5 avril.", source="D"),
    ]
    counts = {p.date: p.n_articles for p in build_timeline(arts, kinds=("happened",))}
    assert counts["2025-04-02"] == counts["2025-04-05"] == 2
    top = build_timeline(arts, max_points=1, kinds=("happened",))
    assert [p.date for p in top] == ["2025-04-02"]
