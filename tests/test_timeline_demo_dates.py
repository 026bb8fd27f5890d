"""The demo corpus through the real pipeline: dates of its undated articles.

The expected months come from the demo's answer key (``demo_corpus/README.md``, table "Events and
storylines"): each undated article reports one event, and its publication month is that event's
month (or the next one for an event at a month's end, e.g. a match on 31 May reported on 1 June).
"""
from __future__ import annotations

from newsweave.demo import DEMO_DIR
from newsweave.ingest import read_paths
from newsweave.pipeline import analyze_corpus
from newsweave.store import SQLiteRepository

# article id -> months its publication date may fall in (answer key: event of the article)
EXPECTED = {
    "005_de_rheinische-rundschau": {"2025-05"},        # E1, 16 May
    "013_es_mundo-hoy": {"2025-06"},                   # E2, 2 June
    "020_de_rheinische-rundschau": {"2025-04"},        # E3, 25 April
    "021_es_eldiariodelsur": {"2025-04"},              # E3
    "027_uk_kyiv-visnyk": {"2025-08"},                 # E4, 6 August
    "036_es_mundo-hoy": {"2025-03"},                   # E6, 6 March
    "043_de_rheinische-rundschau": {"2025-03", "2025-04"},  # E7 follow-up (toll on 1 April)
    "046_de_rheinische-rundschau": {"2025-05", "2025-06"},  # E8, 31 May
    "eds-psg-disturbios": {"2025-05", "2025-06"},      # E9, night of 31 May - 1 June
}


def test_undated_demo_articles_get_their_month_and_never_a_wrong_one(tmp_path):
    arts = list(read_paths([str(DEMO_DIR / "articles")], lambda o, r: None))
    undated = {a.id for a in arts if a.date is None}
    assert undated == set(EXPECTED)
    repo = SQLiteRepository(tmp_path / "demo.db")
    analyze_corpus(repo, arts)
    got = {a.id: a.date for a in repo.iter_articles() if a.id in undated}
    wrong = {i: d.value for i, d in got.items() if d is not None and d.value[:7] not in EXPECTED[i]}
    assert wrong == {}
    recovered = [i for i, d in got.items() if d is not None]
    assert len(recovered) >= 7, sorted(set(EXPECTED) - set(recovered))
    for i in recovered:
        d = got[i]
        assert d.source == "inferred" and d.evidence and 0 < d.confidence <= 1
