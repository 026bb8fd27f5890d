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


# ----------------------------------------------------------------------------- construction
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from newsweave.components import Components  # noqa: E402
from newsweave.enrich.embed import HashingModel, vector_key, vector_space  # noqa: E402
from newsweave.pipeline import PipelineConfig  # noqa: E402
from newsweave.stages import PipelineError  # noqa: E402


def _hashing() -> Components:
    return Components(embedder=HashingModel())


def test_a_stage_whose_requirement_no_earlier_stage_assigns_is_refused():
    repo = SQLiteRepository(":memory:")
    with pytest.raises(PipelineError, match=r"'resolve'.*requires entities"):
        Pipeline(repo, PipelineConfig(stages=("clean", "resolve")), _hashing())
    Pipeline(repo, PipelineConfig(stages=("clean", "entities", "resolve")), _hashing())  # in order: fine


class _NeedsSentences:
    name, version = "test.ner.needs-sentences", "0"
    requires, assigns = ("text", "sentences"), ("entities",)

    def recognize(self, article):
        return []


def test_a_component_declares_its_own_requirements():
    with pytest.raises(PipelineError, match="sentences"):
        Pipeline(SQLiteRepository(":memory:"), None,
                 Components(embedder=HashingModel(), recognizer=_NeedsSentences()))


def test_unknown_stage_is_refused():
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline(SQLiteRepository(":memory:"), PipelineConfig(stages=("clean", "sentiment")), _hashing())


# ----------------------------------------------------------------------------- error layers
class _FailsOnChess:
    """An entity recognizer that breaks on one kind of article (here: a word of its text)."""

    name, version = "test.ner.flaky", "7"
    requires, assigns = ("text", "lang"), ("entities",)

    def recognize(self, article):
        if "chess" in article.text.lower():
            raise RuntimeError("tokenizer exploded")
        from newsweave.enrich.entities import extract_mentions
        return extract_mentions(article)


def test_a_component_failing_on_one_article_leaves_an_error_layer_and_the_batch_goes_on(tmp_path):
    repo = SQLiteRepository(tmp_path / "e.db")
    batch = _batch()
    for i, a in enumerate(batch):
        a.origin = f"feed.jsonl:{i + 1}"
    res = Pipeline(repo, None, Components(embedder=HashingModel(), recognizer=_FailsOnChess())).run(batch)
    assert res.created == 3 and all(a.event for a in res.articles)  # every later stage still ran
    by_id = {a.id: a for a in res.articles}
    assert [e.type for e in by_id["p3"].errors] == ["RuntimeError"]
    assert not by_id["p1"].errors and not by_id["p2"].errors
    assert by_id["p1"].entities and not by_id["p3"].entities
    [failure] = res.errors
    assert failure.origin == "feed.jsonl:3" and failure.error.component == "test.ner.flaky"
    assert failure.error.stage == "entities" and "tokenizer exploded" in failure.describe()
    assert "feed.jsonl:3" in failure.describe()
    stored = repo.get_article(by_id["p3"].db_id)
    assert [(e.component, e.version, e.message) for e in stored.errors] == \
        [("test.ner.flaky", "7", "tokenizer exploded")]
    assert repo.get_article(by_id["p1"].db_id).errors == []
    from newsweave.pipeline import article_record
    assert article_record(stored)["errors"][0]["type"] == "RuntimeError"


def test_an_error_layer_is_shown_by_the_cli_and_the_web_page(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from newsweave.api import create_app
    from newsweave.cli import app as cli
    db = tmp_path / "shown.db"
    repo = SQLiteRepository(db)
    res = Pipeline(repo, None, Components(embedder=HashingModel(), recognizer=_FailsOnChess())).run(_batch())
    row = next(a.db_id for a in res.articles if a.id == "p3")
    repo.close()
    shown = CliRunner().invoke(cli, ["show", str(row), "--db", str(db)])
    assert shown.exit_code == 0
    assert "analysis failed" in shown.output and "test.ner.flaky" in shown.output
    assert "tokenizer exploded" in shown.output
    with TestClient(create_app(db)) as c:
        page = c.get(f"/articles/{row}", headers={"accept": "text/html"}).text
        assert 'id="analysis-errors"' in page and "tokenizer exploded" in page
        ok_row = next(a.db_id for a in res.articles if a.id == "p1")
        assert 'id="analysis-errors"' not in c.get(f"/articles/{ok_row}", headers={"accept": "text/html"}).text


def test_a_failing_batch_component_marks_every_article_and_later_stages_run(tmp_path):
    class Broken:
        name, version = "test.resolver.broken", "1"

        def resolve(self, articles):
            raise ValueError("registry unavailable")

    repo = SQLiteRepository(tmp_path / "b.db")
    res = Pipeline(repo, None, Components(embedder=HashingModel(), resolver=Broken())).run(_batch())
    assert len(res.errors) == 3 and all(a.event for a in res.articles)
    assert {e.error.stage for e in res.errors} == {"resolve"}


# ----------------------------------------------------------------------------- provenance, embedder
def _layers(repo, row):
    return {p["kind"]: (p["component"], p["version"]) for p in repo.layer_provenance(row)}


def test_each_layer_records_the_components_that_made_it(tmp_path):
    from newsweave import __version__
    repo = SQLiteRepository(tmp_path / "v.db")
    res = Pipeline(repo, None, _hashing()).run(_batch())
    prov = _layers(repo, res.articles[0].db_id)
    assert prov["timexes"][0] == "newsweave.timex.rules,newsweave.timex.pubdate"
    assert prov["boilerplate"][0] == "newsweave.clean" and prov["duplicate_of"][0] == "newsweave.dedup"
    assert prov["entities"][0] == "newsweave.ner.multilingual,newsweave.entities.resolver"
    assert prov["quotes"][0] == "newsweave.quotes.rules"
    assert prov["event"] == ("newsweave.events.stream", f"{__version__}+hash-ngrams-v1@1")
    assert prov["errors"][0] == "newsweave.pipeline"


def test_a_pipeline_built_with_another_embedder_links_events_with_it(tmp_path):
    repo = SQLiteRepository(tmp_path / "h.db")
    model = HashingModel(dim=64)
    assert model.name != HashingModel().name  # another width is another vector space
    pipe = Pipeline(repo, None, Components(embedder=model))
    res = pipe.run(_batch())
    assert pipe.embedder.dim == 64 and pipe.embedder.name == model.name
    assert pipe.components.linker.engine.ann.dim == 64
    keys = [vector_key(vector_space(model), pipe.embedder.text_for(a)) for a in res.articles]
    blobs = repo.get_vectors(keys)
    assert len(blobs) == 3 and {len(np.frombuffer(b, np.float32)) for b in blobs.values()} == {64}
    assert all(a.event for a in res.articles)
    assert model.name in _layers(repo, res.articles[0].db_id)["event"][1]


def test_claims_use_the_pipelines_embedder(tmp_path):
    from newsweave.compare.claims import embed_claims, extract_claims
    from newsweave.compare.report import build_report
    repo = SQLiteRepository(tmp_path / "c.db")
    pipe = Pipeline(repo, None, Components(embedder=HashingModel(dim=64)))
    res = pipe.run(_batch())
    before = pipe.embedder.n_embedded
    rep = build_report(repo, res.articles[0].event, embedder=pipe.embedder)
    assert rep.stats["articles"] >= 1 and pipe.embedder.n_embedded > before  # its claims, its vectors
    assert embed_claims(extract_claims(res.articles), embedder=pipe.embedder).shape[1] == 64


def test_semantic_search_uses_the_pipelines_embedder(tmp_path):
    from newsweave.queries.semantic import SemanticIndex
    repo = SQLiteRepository(tmp_path / "s.db")
    pipe = Pipeline(repo, None, Components(embedder=HashingModel(dim=64)))
    pipe.run(_batch())
    hits, n = SemanticIndex(embedder=pipe.embedder).search(repo, "bridge closed by floods", 3)
    assert n == 3 and hits


def test_any_embedder_can_be_wrapped_by_the_vector_cache(tmp_path):
    from newsweave import components
    from newsweave.enrich.embed import CachedEmbedder, E5Model

    class Counting:
        name, version, dim = "test.counting", "1", 8

        def __init__(self):
            self.calls = 0

        def embed(self, texts):
            self.calls += len(texts)
            return np.eye(8, dtype=np.float32)[[len(t) % 8 for t in texts]]

    for model in (E5Model(), HashingModel(dim=16), Counting()):
        assert isinstance(model, components.Embedder)
    repo = SQLiteRepository(tmp_path / "c.db")
    model = Counting()
    first = CachedEmbedder(model, [repo])
    v = first.embed(["one", "three", "one"])
    assert v.shape == (3, 8) and model.calls == 2 and first.n_embedded == 2
    again = CachedEmbedder(model, [repo]).embed(["three"])  # a new process: read from the store
    assert model.calls == 2 and np.array_equal(again[0], v[1])
