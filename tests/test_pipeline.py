"""The pipeline as a whole: each text is embedded once even though embedding runs ahead on a
second thread, and a re-run of the same batch does no work twice."""
from __future__ import annotations

from newsweave.model import Article, DateInfo
from newsweave.pipeline import Pipeline
from newsweave.store import SQLiteRepository

DOCS = [
    ("p1", "Floods close the main bridge in Wrocław\n\nHeavy rain closed the main bridge in Wrocław "
           "on Tuesday, city officials said, and schools stayed shut.", "2024-09-17"),
    ("p2", "Powódź zamknęła główny most we Wrocławiu\n\nUlewne deszcze zamknęły we wtorek główny most "
           "we Wrocławiu, poinformowali urzędnicy miejscy.", "2024-09-17"),
    ("p3", "Chess olympiad opens in Budapest\n\nThe chess olympiad opened in Budapest on Wednesday with "
           "teams from almost two hundred countries.", "2024-09-11"),
]


def _batch() -> list[Article]:
    return [Article(id=i, text=t, date=DateInfo(d)) for i, t, d in DOCS]


def test_texts_are_embedded_once_and_rerun_is_idempotent(tmp_path):
    repo = SQLiteRepository(tmp_path / "p.db")
    pipe = Pipeline(repo)
    res = pipe.run(_batch())
    assert res.created == 3 and all(a.event for a in res.articles)
    embedder = pipe.embedder
    assert embedder.n_embedded == 3  # the clusterer read the vectors embedded ahead
    assert "embed-wait" in res.timings
    again = Pipeline(repo).run(_batch())
    assert again.created == 0 and again.reused == 3
    assert [a.event for a in again.articles] == [a.event for a in res.articles]
    assert repo.count_articles() == 3
