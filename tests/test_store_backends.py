"""The repository contract, run against every backend (SQLite file, PostgreSQL schema); then each
backend checked against the ``Repository`` protocol, and the answers of both compared call by call.

PostgreSQL comes from ``$NEWSWEAVE_TEST_PG`` or ``scripts/pg_test_server.sh`` (see
test_store_postgres.py); each test gets a fresh schema.
"""
from __future__ import annotations

import dataclasses
import inspect
import re
from contextlib import contextmanager
from typing import Callable

import pytest

from newsweave.model import Article, DateInfo, Mention, Quote, Timex
from newsweave.store import (ArticleFilter, EntityRecord, EventRecord, Repository, SQLiteRepository,
                             StoryRecord, open_store)
from newsweave.store.postgres import PostgresRepository
from test_store_postgres import pg_server_url, pg_url  # noqa: F401  (fixtures)

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def open_repo(request, tmp_path) -> Callable[[], object]:
    """A factory opening the same store again on each call (all closed at teardown)."""
    opened: list = []
    if request.param == "sqlite":
        path = tmp_path / "x.db"

        def factory():
            opened.append(SQLiteRepository(path))
            return opened[-1]
    else:
        url = request.getfixturevalue("pg_url")

        def factory():
            opened.append(PostgresRepository(url))
            return opened[-1]
    yield factory
    for r in opened:
        r.close()


@pytest.fixture
def repo(open_repo):
    return open_repo()


def make(i: int, text: str | None = None, **kw) -> Article:
    return Article(id=f"a{i}", text=text or f"Article number {i} about the harbour strike.", **kw)


def test_same_content_is_stored_once(repo):
    a = make(1, raw=b"raw \x00 bytes", agencies=["AFP"], meta={"k": [1, "é"]})
    row1, created1 = repo.add_article(a)
    row2, created2 = repo.add_article(make(99, text=a.text))
    assert created1 and not created2 and row1 == row2 and a.db_id == row1
    assert repo.count_articles() == 1 and repo.find_by_hash(a.content_hash) == row1
    assert repo.find_by_hash("0" * 64) is None
    back = repo.get_article(row1)
    assert back.raw == b"raw \x00 bytes" and back.id == "a1" and back.agencies == ["AFP"]
    assert back.meta == {"k": [1, "é"]}
    assert repo.get_article(str(row1)).id == "a1" and repo.get_article("a1").db_id == row1
    assert repo.get_article("nope") is None


def test_layers_roundtrip_with_provenance(repo):
    a = make(1, date=DateInfo("2024-09", source="text", evidence="date 2024-09"))
    repo.add_article(a)
    a.boilerplate = [(0, 7)]
    a.lang_segments = [(0, 10, "en")]
    a.lang = "en"
    a.entities = [Mention(8, 14, "number", "MISC", entity="E9", name="Number", attrs={"roles": ["x"]})]
    a.timexes = [Timex(0, 3, "Art", "DATE", "2024-09-04", confidence=0.5)]
    a.quotes = [Quote(1, 5, "Ann", "said", content=(2, 4))]
    a.event, a.story = "E1", "S1"
    repo.save_layers(a, "test.component", "0.1",
                     ["boilerplate", "lang_segments", "lang", "entities", "timexes", "quotes", "event"])
    back = repo.get_article("a1")
    assert back.boilerplate == [(0, 7)] and back.lang_segments == [(0, 10, "en")] and back.lang == "en"
    assert back.entities[0].attrs == {"roles": ["x"]} and back.entities[0].entity == "E9"
    assert back.timexes[0].value == "2024-09-04" and back.quotes[0].content == (2, 4)
    assert back.date.granularity == "month" and back.date.source == "text"
    assert back.event == "E1" and back.story == "S1"
    prov = {p["kind"]: p for p in repo.layer_provenance(back.db_id)}
    assert prov["entities"]["component"] == "test.component" and prov["entities"]["version"] == "0.1"
    assert sorted(prov) == ["boilerplate", "entities", "event", "lang", "lang_segments", "quotes", "timexes"]
    assert [x.id for x in repo.iter_articles(ArticleFilter(entity="E9"))] == ["a1"]
    assert [x.id for x in repo.iter_articles(ArticleFilter(event="E1"))] == ["a1"]
    assert [x.id for x in repo.iter_articles(ArticleFilter(story="S1", lang="en"))] == ["a1"]
    # re-saving replaces layers and the mention index; without layers only columns come back
    a.entities = []
    repo.save_layers(a, "test.component", "0.2", ["entities"])
    assert repo.count_articles(ArticleFilter(entity="E9")) == 0 and repo.entity_article_ids("E9") == []
    bare = next(repo.iter_articles(with_layers=False))
    assert bare.boilerplate == [] and bare.event == "E1" and bare.lang == "en"
    with pytest.raises(ValueError):
        repo.save_layers(make(2), "c", "1", ["lang"])  # not stored yet


def test_title_layer_updates_title_and_search(repo):
    a = make(1, title="Dockres strike")
    repo.add_article(a)
    assert [h[0] for h in repo.search("dockres")] == [a.db_id]
    a.title = "Dockers' grève"
    a.meta["title_replaced"] = "Dockres strike"
    repo.save_layers(a, "newsweave.clean", "1", ["title"])
    back = repo.get_article(a.db_id)
    assert back.title == "Dockers' grève" and back.text == a.text
    assert [h[0] for h in repo.search("greve")] == [a.db_id] and repo.search("dockres") == []
    assert {p["kind"] for p in repo.layer_provenance(a.db_id)} == {"title"}


def test_date_layer_and_duplicates(repo):
    orig, dup = make(1), make(2, "A different text, almost the same story.")
    repo.add_article(orig)
    repo.add_article(dup)
    dup.date = DateInfo("2024-06-01", source="inferred", confidence=0.4, evidence="x")
    dup.duplicate_of = orig.id
    dup.meta["duplicate_of_db_id"] = orig.db_id
    dup.meta["duplicate_similarity"] = 0.93
    repo.save_layers(dup, "dedup", "1", ["date", "duplicate_of"])
    back = repo.get_article(dup.db_id)
    assert back.duplicate_of == "a1" and back.meta["duplicate_of_db_id"] == orig.db_id
    assert back.meta["duplicate_similarity"] == 0.93
    assert back.date.source == "inferred" and back.date.confidence == 0.4
    assert repo.count_articles(ArticleFilter(include_duplicates=False)) == 1
    assert repo.count_articles(ArticleFilter(date_from="2024-06-01", date_to="2024-06")) == 1


def test_filters_and_search(repo):
    repo.add_article(make(1, "Les dockers de Marseille en grève.", lang="fr", date=DateInfo("2024-03-02"),
                          source="a.fr"))
    repo.add_article(make(2, "Dockers in Hamburg walk out.", lang="en", date=DateInfo("2024-05"),
                          source="b.com"))
    repo.add_article(make(3, "Undated dockers.", lang="en"))
    assert repo.count_articles(ArticleFilter(lang="fr")) == 1
    assert repo.count_articles(ArticleFilter(source="b.com")) == 1
    assert repo.count_articles(ArticleFilter(date_from="2024-04")) == 1
    assert repo.count_articles(ArticleFilter(date_to="2024-03")) == 1
    assert repo.count_articles(ArticleFilter(date_from="2024", date_to="2024")) == 2
    assert repo.count_articles(ArticleFilter(date_to="2024-05-31")) == 2  # "2024-05" ≤ its prefix
    assert repo.count_articles(ArticleFilter(date_from="2024-03-03")) == 1
    hits = repo.search("greve")  # diacritics folded
    assert len(hits) == 1 and "\u0001grève\u0002" in hits[0][2]
    assert [h[0] for h in repo.search("DOCKERS", limit=2)] and len(repo.search("dockers", limit=2)) == 2
    assert len(repo.search("dockers")) == 3
    assert repo.search('"; DROP TABLE articles; --') == []  # hostile query is only words
    assert repo.search("") == []
    assert repo.count_articles() == 3
    assert [a.id for a in repo.iter_articles(limit=2)] == ["a1", "a2"]
    assert [a.id for a in repo.iter_articles(limit=2, offset=1)] == ["a2", "a3"]
    assert [a.id for a in repo.iter_articles(limit=-1)] == ["a1", "a2", "a3"]
    assert repo.article_counts(["lang"]) == [("en", 2), ("fr", 1)]
    assert repo.article_counts(["month"]) == [(None, 1), ("2024-03", 1), ("2024-05", 1)]
    assert repo.article_counts(["lang", "day"], ArticleFilter(lang="en")) == [("en", None, 1), ("en", "2024-05", 1)]


def test_search_terms_alternatives_prefixes_and_groups(repo):
    repo.add_article(make(1, "Floods closed the harbour bridge in Gdansk.", lang="en"))
    repo.add_article(make(2, "Powodz zamknela most w Gdansku.", lang="pl"))
    repo.add_article(make(3, "The chess olympiad opens in Budapest.", lang="en"))
    def ids(groups):
        return sorted(h[0] for h in repo.search_terms(groups, limit=10))
    either = [[("gdansk", False), ("gdansku", False)]]  # one group, two alternatives
    assert len(ids(either)) == 2
    assert len(ids([[("gdans", True)]])) == 2  # a prefix
    assert len(ids([[("gdans", False)]])) == 0  # the same word, not a prefix
    assert len(ids(either + [[("bridge", False)]])) == 1  # every group must match
    assert len(ids([[("harbour bridge", False)]])) == 1  # a phrase
    assert ids([[('"; DROP TABLE articles; --', False)]]) == []  # input is only words
    assert repo.count_articles() == 3


def test_events_stories_entities_state(repo):
    repo.put_story(StoryRecord("S1", "Port strikes", {"n": 1}))
    repo.put_story(StoryRecord("S0", "Other"))
    repo.put_event(EventRecord("E1", story="S1", title="Strike", date={"value": "2024-03"}, size=2,
                               meta={"m": "é"}))
    repo.put_event(EventRecord("E2", story=None, title="Solo"))
    assert repo.get_event("E1").date == {"value": "2024-03"} and repo.get_event("E1").meta == {"m": "é"}
    assert repo.get_event("nope") is None and repo.get_story("nope") is None
    assert [e.id for e in repo.list_events(story="S1")] == ["E1"]
    assert [e.id for e in repo.list_events()] == ["E1", "E2"]
    assert [s.id for s in repo.list_stories()] == ["S0", "S1"] and repo.get_story("S1").meta == {"n": 1}
    repo.put_event(EventRecord("E1", story="S1", title="Strike, updated", size=3))
    assert repo.get_event("E1").title == "Strike, updated" and repo.get_event("E1").date is None
    a = make(1)
    repo.add_article(a)
    repo.set_membership(a.db_id, "E1", "S1")
    assert [x.id for x in repo.iter_articles(ArticleFilter(event="E1", story="S1"))] == ["a1"]
    repo.delete_story("S1")
    assert repo.get_story("S1") is None and repo.get_event("E1").story is None  # ON DELETE SET NULL
    repo.delete_event("E2")
    assert [e.id for e in repo.list_events()] == ["E1"]
    repo.log_cluster_change("merge", "E1", {"from": "E2"})
    repo.log_cluster_change("split", "E3", {})
    log = repo.cluster_log("E1")
    assert len(log) == 1 and log[0]["detail"] == {"from": "E2"} and log[0]["action"] == "merge"
    assert {"id", "at", "action", "subject", "detail"} <= set(log[0])
    assert [e["subject"] for e in repo.cluster_log()] == ["E1", "E3"]
    repo.put_entity(EntityRecord("P1", "Olena Kovalenko", "PER", variants=["Олена Коваленко"],
                                 roles=["minister"], meta={"wikidata": None}))
    repo.put_entity(EntityRecord("O1", "100% Media_Group", "ORG"))
    assert [e.id for e in repo.find_entities("олена коваленко")] == ["P1"]
    assert [e.id for e in repo.find_entities("  OLENA   kovalenko ")] == ["P1"]
    assert [e.id for e in repo.find_entities("Kovalenko")] == ["P1"]
    assert [e.id for e in repo.find_entities("media")] == ["O1"]
    assert repo.find_entities("%") != [] and repo.find_entities("zzz") == []
    assert repo.find_entities("\\") == []
    assert repo.get_entity("P1").roles == ["minister"] and repo.get_entity("P1").meta == {"wikidata": None}
    repo.put_entity(EntityRecord("P1", "Olena Kovalenko", "PER", variants=[]))  # variants replaced
    assert repo.find_entities("Коваленко") == []
    a.entities = [Mention(0, 7, "Article", "PER", entity="P1")]
    repo.save_layers(a, "c", "1", ["entities"])
    assert repo.entity_article_ids("P1") == [a.db_id]
    assert [e.id for e in repo.list_entities()] == ["O1", "P1"]
    repo.clear_entities()
    assert repo.list_entities() == [] and repo.find_entities("Olena") == []
    repo.set_state("k", {"n": 1})
    repo.set_state("k", {"n": 2, "s": "é"})
    assert repo.get_state("k") == {"n": 2, "s": "é"} and repo.get_state("missing", 5) == 5


def test_vectors(repo):
    assert repo.get_vectors([]) == {} and repo.get_vectors(["x"]) == {}
    repo.put_vectors({f"k{i}": bytes([i % 256]) * 8 for i in range(1200)})
    repo.put_vectors({"k1": b"\x00new"})
    got = repo.get_vectors([f"k{i}" for i in range(1200)] + ["missing"])
    assert len(got) == 1200 and got["k1"] == b"\x00new" and got["k2"] == b"\x02" * 8


def test_line_counts(repo):
    """Per-source line fingerprints: one article counts a fingerprint once; sources are apart."""
    assert repo.line_counts("site.example", []) == {} and repo.line_counts("site.example", ["f1"]) == {}
    repo.add_line_counts("site.example", ["f1", "f2", "f1"])
    repo.add_line_counts("site.example", ["f1"])
    repo.add_line_counts("other.example", ["f2"])
    assert repo.line_counts("site.example", ["f1", "f2", "f3"]) == {"f1": 2, "f2": 1}
    assert repo.line_counts("other.example", ["f1", "f2"]) == {"f2": 1}
    many = [f"g{i}" for i in range(1200)]
    repo.add_line_counts("site.example", many)
    assert len(repo.line_counts("site.example", many)) == 1200


def test_migrations_reopen_is_noop(open_repo):
    first = open_repo()
    version = first.schema_version
    assert version >= 2
    first.add_article(make(1))
    first.close()
    again = open_repo()
    assert again.schema_version == version and again.count_articles() == 1


def test_failed_transaction_leaves_nothing(repo):
    repo.add_article(make(0))
    with pytest.raises(RuntimeError):
        with repo.transaction():
            repo.add_article(make(1))
            repo.put_story(StoryRecord("S9"))
            repo.set_state("k", 1)
            raise RuntimeError("boom")
    assert repo.count_articles() == 1 and repo.get_story("S9") is None and repo.get_state("k") is None
    with repo.transaction():
        repo.add_article(make(2))
    assert repo.count_articles() == 2


def test_backends_agree(tmp_path, pg_url):
    """The same calls give the same answers from both stores (row ids, articles, counts, search)."""
    stores = [SQLiteRepository(tmp_path / "same.db"), PostgresRepository(pg_url)]
    try:
        answers = []
        for s in stores:
            arts = [make(i, f"Text {i}: dockers strike in port {i % 3}, Zoë said.", lang=("fr", "en")[i % 2],
                         date=DateInfo(f"2024-0{1 + i % 3}-1{i}") if i % 4 else None, source=f"s{i % 2}")
                    for i in range(8)]
            with s.transaction():
                ids = [s.add_article(a)[0] for a in arts]
            for a in arts[::2]:
                a.entities = [Mention(0, 4, "Text", "MISC", entity="X")]
                a.event = "E"
                s.save_layers(a, "c", "1", ["entities", "event"])
            found = [(h[0], h[2]) for h in s.search("zoe port 1")]
            answers.append((ids,
                            [(a.db_id, a.id, a.text, a.lang, a.date and a.date.value, a.entities, a.event)
                             for a in s.iter_articles()],
                            s.count_articles(ArticleFilter(entity="X", lang="fr")),
                            s.article_counts(["source", "month"]),
                            sorted(found)))
        assert answers[0] == answers[1]
    finally:
        for s in stores:
            s.close()


def test_data_version_moves_on_every_write(open_repo):
    repo, other = open_repo(), open_repo()
    repo.add_article(make(1))
    v1 = repo.data_version()
    # unchanged while nobody writes (a few tries: a shared server may run background work)
    assert any(repo.data_version() == repo.data_version() for _ in range(5))
    other.add_article(make(2))  # another connection
    v2 = repo.data_version()
    assert v2 != v1
    repo.set_state("k", 1)  # this connection
    v3 = repo.data_version()
    assert v3 != v2
    with repo.transaction():
        repo.put_story(StoryRecord("S1"))
        assert repo.data_version() != v3  # own uncommitted write


# ----------------------------------------------------------------------------- the protocol
def _protocol_members() -> dict[str, object]:
    """Every name callers may use on a store, as declared by ``Repository``."""
    names = {n: v for n, v in vars(Repository).items() if not n.startswith("_")}
    names.update({n: None for n in Repository.__annotations__})
    return names


def _params(fn) -> list[str]:
    return [p.name for p in inspect.signature(fn).parameters.values()]


@pytest.mark.parametrize("cls", [SQLiteRepository, PostgresRepository])
def test_backend_declares_exactly_the_protocol(cls):
    """Each backend implements every Repository member with the same parameters, and offers
    callers nothing the protocol does not declare (so the protocol cannot drift again)."""
    members = _protocol_members()
    assert {"transaction", "delete_story", "entity_article_ids", "find_by_hash"} <= set(members)
    assert "with_layers" in _params(Repository.iter_articles)
    for name, declared in members.items():
        if declared is None:  # a data attribute, set by the constructor
            assert name in inspect.getsource(cls.__init__), name
            continue
        impl = inspect.getattr_static(cls, name, None)
        assert impl is not None, f"{cls.__name__} lacks {name}"
        if isinstance(declared, property):
            assert isinstance(impl, property), name
        else:
            assert _params(impl) == _params(declared), name
    public = {n for c in cls.__mro__ if c is not object for n in vars(c)
              if not n.startswith("_") and n.lower() != n.upper() and not n.isupper()}
    assert public - set(members) == set(), f"{cls.__name__} has undeclared public members"


def test_open_store_gives_a_repository(tmp_path):
    repo = open_store(tmp_path / "o.db")
    try:
        assert isinstance(repo, SQLiteRepository)
        assert all(hasattr(repo, n) for n in _protocol_members())
    finally:
        repo.close()


# ----------------------------------------------------------------------------- same answers
_CLOCK_KEYS = {"at", "created_at"}  # wall-clock times differ from run to run


def _normal(value):
    """A backend-neutral form of an answer: records as dicts, no clock times, no DB error class."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _normal(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if k not in _CLOCK_KEYS}
    if isinstance(value, (list, tuple)):
        return type(value)(_normal(v) for v in value)
    return value


def _search_answer(hits: list, limit: int) -> tuple:
    """What both stores must agree on in a search answer. Their ranking functions differ (bm25 vs
    ts_rank), so the order of hits, and which ones a limit cuts off, may differ; the number of
    hits, the matching rows (when none were cut off) and the highlighted words may not (a phrase is
    marked whole by SQLite and word by word by PostgreSQL: compared as words)."""
    complete = limit < 0 or len(hits) < limit
    marked = sorted((h[0], sorted(w.casefold() for span in re.findall("\u0001(.*?)\u0002", h[2])
                                  for w in span.split()))
                    for h in hits)
    return len(hits), marked if complete else None


class _Recorder:
    """Wraps a store and records every answer it gives (data_version is opaque: only compared by
    the contract tests themselves)."""

    def __init__(self, repo, log: list, created: list) -> None:
        self._repo, self._log, self._created = repo, log, created

    def __getattr__(self, name):
        attr = getattr(self._repo, name)
        if not callable(attr):
            self._log.append((name, _normal(attr)))
            return attr

        def call(*args, **kw):
            try:
                out = attr(*args, **kw)
            except Exception as e:
                self._log.append((name, "raises", type(e).__name__ if type(e).__module__ == "builtins"
                                  else "DatabaseError"))
                raise
            if name == "iter_articles":
                out = list(out)
                self._log.append((name, _normal(out)))
                return iter(out)
            if name == "transaction":
                return self._forgetting_rollbacks(out)
            if name == "add_article":
                # PostgreSQL never reuses the id of a rolled-back insert, SQLite does: compare
                # which stored row came back (its rank among the rows created), not its number
                if out[0] not in self._created:
                    self._created.append(out[0])
                self._log.append((name, self._created.index(out[0]), out[1]))
            elif name in ("search", "search_terms"):
                self._log.append((name, _search_answer(out, kw.get("limit", args[1] if len(args) > 1 else 20))))
            elif name != "data_version":
                self._log.append((name, _normal(out)))
            return out
        return call

    @contextmanager
    def _forgetting_rollbacks(self, tx):
        """A transaction whose rows, if it rolls back, no longer count as created."""
        before = len(self._created)
        try:
            with tx:
                yield self
        except BaseException:
            del self._created[before:]
            raise


_CONTRACT = [f for n, f in sorted(globals().items()) if n.startswith("test_") and callable(f)
             and _params(f) in (["repo"], ["open_repo"])]


def _run_recorded(test, opener) -> list:
    log: list = []
    opened: list = []
    created: list = []

    def factory():
        opened.append(opener())
        return _Recorder(opened[-1], log, created)
    try:
        test(factory() if _params(test) == ["repo"] else factory)
    finally:
        for r in opened:
            r.close()
    return log


@pytest.mark.parametrize("test", _CONTRACT, ids=lambda f: f.__name__)
def test_contract_answers_are_equal(test, tmp_path, pg_url):
    """Each contract test, run on SQLite and on PostgreSQL: every answer the stores give is equal."""
    sqlite_log = _run_recorded(test, lambda: SQLiteRepository(tmp_path / "c.db"))
    pg_log = _run_recorded(test, lambda: PostgresRepository(pg_url))
    assert len(sqlite_log) > 3
    assert pg_log == sqlite_log
