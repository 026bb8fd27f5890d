"""Timeline points that gather one happening told in several languages (invented articles)."""
from __future__ import annotations

from newsweave.compare.timeline import build_timeline
from newsweave.model import Article, DateInfo


def art(id_: str, date: str, text: str, lang: str, event: str | None = None) -> Article:
    return Article(id=id_, text=text, date=DateInfo(date), lang=lang, source=f"outlet-{id_}",
                   event=event)


FLOOD = [
    art("f1", "2024-10-09", "Le barrage a cédé le 8 octobre 2024 près de la ville de Varenne.", "fr"),
    art("f2", "2024-10-09", "La digue s'est rompue le 8 octobre 2024, selon la préfecture.", "fr"),
    art("f3", "2024-10-10", "The dam burst on 8 October 2024 near the town of Varenne.", "en"),
    art("f4", "2024-10-10", "Der Damm brach am 8. Oktober 2024 bei der Stadt Varenne.", "de"),
]


def point(points, date):
    return next(p for p in points if p.date == date)


def test_one_point_per_day_gathers_every_language():
    p = point(build_timeline(FLOOD, kinds=("happened",)), "2024-10-08")
    assert p.languages == ["de", "en", "fr"]
    assert set(p.article_ids) == {"f1", "f2", "f3", "f4"}


def test_capped_citations_still_show_every_language():
    p = point(build_timeline(FLOOD, kinds=("happened",), max_citations=3), "2024-10-08")
    langs = {a.lang for a in FLOOD if a.id in p.article_ids}
    assert langs == {"fr", "en", "de"}


def test_description_comes_from_the_readers_language():
    for lang, word in (("en", "dam burst"), ("de", "Damm"), ("fr", "le 8 octobre")):
        p = point(build_timeline(FLOOD, kinds=("happened",), lang=lang), "2024-10-08")
        assert word in p.description, (lang, p.description)


def test_description_falls_back_when_no_source_in_the_language():
    p = point(build_timeline(FLOOD, kinds=("happened",), lang="pl"), "2024-10-08")
    assert "Varenne" in p.description or "préfecture" in p.description


def test_distinct_events_anchor_a_day_more_than_one_event():
    # two days, each stated by two articles; one day's articles belong to two different events
    arts = [
        art("a", "2024-05-03", "Les élus ont voté le 2 mai 2024 une loi sur l'eau.", "fr", event="E1"),
        art("b", "2024-05-03", "Les élus ont adopté le 2 mai 2024 le texte sur l'eau.", "fr", event="E1"),
        art("c", "2024-05-03", "Un incendie a éclaté le 1er mai 2024 dans le port.", "fr", event="E2"),
        art("d", "2024-05-03", "Le 1er mai 2024, les dockers ont défilé dans le port.", "fr", event="E3"),
    ]
    pts = build_timeline(arts, kinds=("happened",))
    assert point(pts, "2024-05-01").n_events == 2 and point(pts, "2024-05-02").n_events == 1
    top = build_timeline(arts, kinds=("happened",), max_points=1)
    assert [p.date for p in top] == ["2024-05-01"]


def test_json_carries_languages_and_events():
    j = point(build_timeline(FLOOD, kinds=("happened",)), "2024-10-08").to_json()
    assert j["languages"] == ["de", "en", "fr"] and j["n_events"] == 0
