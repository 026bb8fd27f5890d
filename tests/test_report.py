"""Reports for an event and a story from a store, rendered as Markdown, JSON and HTML."""
from __future__ import annotations

import json

import pytest

from newsweave.compare.report import build_report, render_html, render_json, render_markdown
from newsweave.enrich.quotes import QuoteExtractor
from newsweave.model import Article, DateInfo, Mention, Timex
from newsweave.store import SQLiteRepository
from newsweave.store.base import EventRecord, StoryRecord

HOSTILE = "<script>alert('x')</script>"

TEXTS = [
    ("n1", "Daily Harbor", "en", "Pier opens in Tarnby",
     "The secretary of the Harbour Council Ivo Marn opened the new pier in Tarnby on 3 March. "
     "About 300 people attended the ceremony. “This pier will serve fishermen for fifty years,” Ivo Marn said. "
     "The puppet council was criticised by the opposition. " + HOSTILE),
    ("n2", "State Radio", "en", "Harbour chief opens pier",
     "Harbour Council chairman Ivo Marn opened the new pier in Tarnby on 3 March. "
     "About 300 people attended the ceremony, according to the port authority. "
     "Critics called the project a „waste“ of money."),
    ("n3", "Le Petit Courrier", "fr", "Une jetée inaugurée",
     "Le secrétaire du Harbour Council Ivo Marn a inauguré la nouvelle jetée de Tarnby le 3 mars. "
     "Environ 900 personnes ont assisté à la cérémonie, selon l'AFP."),
]


def _store(tmp_path):
    repo = SQLiteRepository(str(tmp_path / "r.db"))
    repo.put_story(StoryRecord("s1", "Harbour works"))
    repo.put_event(EventRecord("e1", story="s1", title="Pier opens", size=3))
    repo.put_event(EventRecord("e2", story="s1", title="Empty follow-up", size=0))
    for ext, src, lang, title, text in TEXTS:
        a = Article(id=ext, text=text, title=title, lang=lang, source=src, date=DateInfo("2025-03-04"))
        for s, t, e in [("Ivo Marn", "PER", "P1"), ("Harbour Council", "ORG", "O1"), ("Tarnby", "LOC", "L1")]:
            pos = 0
            while (i := text.find(s, pos)) >= 0:
                a.entities.append(Mention(i, i + len(s), s, t, entity=e, name=s))
                pos = i + len(s)
        for s, v in [("3 March", "2025-03-03"), ("3 mars", "2025-03-03")]:
            if s in text:
                i = text.index(s)
                a.timexes.append(Timex(i, i + len(s), s, "DATE", v))
        a.quotes, a.attributions = QuoteExtractor().extract(a)  # the layer the pipeline stores
        a.event, a.story = "e1", "s1"
        repo.add_article(a)
        repo.save_layers(a, "test", "1", ["entities", "timexes", "quotes", "attributions", "event"])
    return repo


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from newsweave.enrich.embed import Embedder
    tmp = tmp_path_factory.mktemp("rep")
    repo = _store(tmp)
    yaml_path = tmp / "sources.yaml"
    yaml_path.write_text("outlets:\n  Daily Harbor: {country: GB, state_affiliated: false}\n"
                         "  State Radio: {country: XX, state_affiliated: true}\n"
                         "  Wire One: {country: US, state_affiliated: false}\n", encoding="utf-8")
    rep = build_report(repo, "e1", sources_yaml=yaml_path, embedder=Embedder(repo))
    yield rep, repo
    repo.close()


def test_report_sections(report):
    rep, _ = report
    assert rep.target["kind"] == "event" and rep.stats["articles"] == 3
    # the pier opening is carried by all three outlets
    assert rep.agreements and rep.agreements[0]["n_sources"] == 3
    assert rep.summary and all(s.sources for s in rep.summary)
    kinds = {c.kind for c in rep.conflicts}
    assert {"number", "role"} <= kinds
    num = next(c for c in rep.conflicts if c.kind == "number")
    assert sorted(float(sd.value) for sd in num.sides) == [300.0, 900.0]
    assert any(g["entity"] == "P1" for g in rep.quotes)
    assert any(a["source"] == "AFP" and a["kind"] == "agency" for a in rep.attributions)
    assert any(h["text"] == "puppet" for h in rep.framing["loaded_terms"])
    assert any(h["text"] == "waste" for h in rep.framing["scare_quotes"])
    assert rep.coverage["blind_spots"]["country"] == ["US"]
    assert any(e["name"] == "Ivo Marn" for e in rep.entities)
    assert any(p.get("date") == "2025-03-03" or "2025-03-03" in json.dumps(p) for p in rep.timeline)


def test_story_report_collects_events(report):
    _, repo = report
    from newsweave.enrich.embed import Embedder
    rep = build_report(repo, "s1", embedder=Embedder(repo))
    assert rep.target["kind"] == "story"
    assert {e["id"] for e in rep.events} == {"e1", "e2"}
    assert rep.stats["articles"] == 3
    with pytest.raises(KeyError):
        build_report(repo, "nope")


def test_markdown(report):
    rep, _ = report
    md = render_markdown(rep)
    for head in ("## What happened", "## Timeline", "## Who is involved", "## Who says what",
                 "## Where sources agree", "## Only one source says", "## Conflicts", "## Framing",
                 "## Coverage"):
        assert head in md
    assert "[Le Petit Courrier]" in md and "[State Radio]" in md
    assert "<script>" not in md


def test_json_is_serialisable(report):
    rep, _ = report
    d = render_json(rep)
    s = json.dumps(d, ensure_ascii=False)
    assert json.loads(s)["target"]["id"] == "e1"
    assert {"a", "b", "kind", "confidence"} <= set(d["conflicts"][0])
    assert d["conflicts"][0]["a"]["source"] != d["conflicts"][0]["b"]["source"]


def test_html_escapes_hostile_text(report):
    rep, _ = report
    h = render_html(rep)
    assert h.startswith("<!DOCTYPE html>") and h.rstrip().endswith("</html>")
    assert "<script>" not in h
    assert "&lt;script&gt;" in h
    assert h.count("<h2>") >= 9


# ---------------------------------------------------------------- speed: claims once per article
def test_claims_are_extracted_once_per_article_and_survive_a_new_process(tmp_path):
    """A second report reads every article's claims from the cache; a cleared memory (a new
    process) reads them back from the store, equal to a fresh extraction; an article whose
    layer changed gets new claims."""
    from newsweave.compare.claim_cache import CLAIMS
    from newsweave.compare.claims import ClaimExtractor
    from newsweave.enrich.embed import HashingEmbedder
    from newsweave.store.base import ArticleFilter

    repo = _store(tmp_path)
    arts = list(repo.iter_articles(ArticleFilter(event="e1")))
    fresh = {a.id: [c.to_json() for c in ClaimExtractor().extract(a)] for a in arts}
    CLAIMS.clear()
    build_report(repo, "e1", embedder=HashingEmbedder(repo))
    misses = CLAIMS.misses
    build_report(repo, "e1", embedder=HashingEmbedder(repo))
    assert CLAIMS.misses == misses  # nothing extracted again
    CLAIMS.clear()
    steps = []
    rep = build_report(repo, "e1", embedder=HashingEmbedder(repo),
                       progress=lambda step, done, total: steps.append((step, done, total)))
    assert CLAIMS.misses == misses  # read back from the store
    assert [s for s, _, _ in steps] == ["claims", "alignment", "conflicts", "framing", "done"]
    assert steps[-1][1] == steps[-1][2]
    assert rep.stats["claims"] == sum(len(v) for v in fresh.values())
    from newsweave.compare.claims import extract_claims
    again = {}
    for c in extract_claims(arts):
        again.setdefault(c.article, []).append(c.to_json())
    assert again == fresh
    a = arts[0]
    a.timexes = []  # re-analysed: another time layer
    extract_claims([a])
    assert CLAIMS.misses == misses + 1
    repo.close()


@pytest.mark.parametrize("sources,expected", [
    (["Harbour Post"] * 3, "3 articles from 1 outlet"),
    (["Harbour Post", "Valley Herald", None], "3 articles from 3 outlets"),
    (["Valley Herald"], "1 article from 1 outlet"),
])
def test_report_header_counts_outlets_and_agrees_in_number(sources, expected):
    """The header counts distinct outlets (an article with no source is its own), in the
    singular where there is one."""
    from newsweave.compare.report import analyze_articles
    from newsweave.enrich.embed import HashingEmbedder
    arts = [Article(id=f"h{i}", text=f"The pier of the old harbour reopened on Monday after repairs number {i}.",
                    date=DateInfo("2024-05-06"), source=s, lang="en") for i, s in enumerate(sources)]
    rep = analyze_articles(arts, embedder=HashingEmbedder())
    assert expected in render_markdown(rep) and expected in render_html(rep)
