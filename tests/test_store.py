"""The SQLite repository: idempotent storage, layers with provenance, migrations, crash safety."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from newsweave.model import Article, DateInfo, Mention, Quote, Timex
from newsweave.store import ArticleFilter, EntityRecord, EventRecord, SQLiteRepository, StoryRecord
from newsweave.store.sqlite import MIGRATIONS, split_sql
from store_support import BATCH, kill_writer_mid_batches


def make(i: int, text: str | None = None, **kw) -> Article:
    return Article(id=f"a{i}", text=text or f"Article number {i} about the harbour strike.", **kw)


def test_same_content_is_stored_once(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    a = make(1, raw=b"raw bytes")
    row1, created1 = repo.add_article(a)
    row2, created2 = repo.add_article(make(99, text=a.text))
    assert created1 and not created2 and row1 == row2
    assert repo.count_articles() == 1
    back = repo.get_article(row1)
    assert back.raw == b"raw bytes" and back.id == "a1"


def test_layers_roundtrip_with_provenance(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    a = make(1, date=DateInfo("2024-09", source="text", evidence="date 2024-09"))
    repo.add_article(a)
    a.boilerplate = [(0, 7)]
    a.entities = [Mention(8, 14, "number", "MISC", entity="E9", name="Number", attrs={"roles": ["x"]})]
    a.timexes = [Timex(0, 3, "Art", "DATE", "2024-09-04", confidence=0.5)]
    a.quotes = [Quote(1, 5, "Ann", "said", content=(2, 4))]
    a.event, a.story = "E1", "S1"
    repo.save_layers(a, "test.component", "0.1", ["boilerplate", "entities", "timexes", "quotes", "event"])
    back = repo.get_article("a1")
    assert back.boilerplate == [(0, 7)]
    assert back.entities[0].attrs == {"roles": ["x"]} and back.entities[0].entity == "E9"
    assert back.timexes[0].value == "2024-09-04" and back.quotes[0].content == (2, 4)
    assert back.date.granularity == "month" and back.date.source == "text"
    assert back.event == "E1"
    prov = {p["kind"]: p for p in repo.layer_provenance(back.db_id)}
    assert prov["entities"]["component"] == "test.component" and prov["entities"]["version"] == "0.1"
    assert [x.id for x in repo.iter_articles(ArticleFilter(entity="E9"))] == ["a1"]
    assert [x.id for x in repo.iter_articles(ArticleFilter(event="E1"))] == ["a1"]


def test_filters_and_search(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    repo.add_article(make(1, "Les dockers de Marseille en grève.", lang="fr", date=DateInfo("2024-03-02")))
    repo.add_article(make(2, "Dockers in Hamburg walk out.", lang="en", date=DateInfo("2024-05")))
    assert repo.count_articles(ArticleFilter(lang="fr")) == 1
    assert repo.count_articles(ArticleFilter(date_from="2024-04")) == 1
    assert repo.count_articles(ArticleFilter(date_to="2024-03")) == 1
    hits = repo.search("greve")  # diacritics folded
    assert len(hits) == 1
    assert repo.search('"; DROP TABLE articles; --') == []  # hostile query is only words
    assert repo.count_articles() == 2


def test_events_stories_entities_state(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    repo.put_story(StoryRecord("S1", "Port strikes"))
    repo.put_event(EventRecord("E1", story="S1", title="Strike", date={"value": "2024-03"}, size=2))
    assert repo.get_event("E1").date == {"value": "2024-03"}
    assert [e.id for e in repo.list_events(story="S1")] == ["E1"]
    repo.log_cluster_change("merge", "E1", {"from": "E2"})
    assert repo.cluster_log("E1")[0]["detail"] == {"from": "E2"}
    repo.put_entity(EntityRecord("P1", "Olena Kovalenko", "PER", variants=["Олена Коваленко"]))
    assert [e.id for e in repo.find_entities("олена коваленко")] == ["P1"]
    assert [e.id for e in repo.find_entities("Kovalenko")] == ["P1"]
    repo.set_state("k", {"n": 1})
    assert repo.get_state("k") == {"n": 1} and repo.get_state("missing", 5) == 5


def test_migrations_are_versioned_and_reopen_is_noop(tmp_path):
    path = tmp_path / "x.db"
    repo = SQLiteRepository(path)
    assert repo.schema_version == len(MIGRATIONS)
    repo.add_article(make(1))
    repo.close()
    again = SQLiteRepository(path)
    assert again.schema_version == len(MIGRATIONS) and again.count_articles() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_enforced(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    with pytest.raises(sqlite3.IntegrityError):
        repo.conn.execute("INSERT INTO layers (article_id, kind, data, component, version, created_at)"
                          " VALUES (999, 'x', '[]', 'c', '1', 0)")


def test_failed_transaction_leaves_nothing(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    repo.add_article(make(0))
    with pytest.raises(RuntimeError):
        with repo.transaction():
            repo.add_article(make(1))
            raise RuntimeError("boom")
    assert repo.count_articles() == 1


def test_killed_writer_leaves_consistent_db_and_rerun_completes(tmp_path):
    """A process killed mid-ingest: committed batches stay, nothing half-written, rerun finishes."""
    path = tmp_path / "kill.db"
    kill_writer_mid_batches(f"from newsweave.store import SQLiteRepository\n"
                            f"repo = SQLiteRepository({str(path)!r})")
    repo = SQLiteRepository(path)
    assert repo.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = repo.count_articles()
    assert n % BATCH == 0 and n >= 3 * BATCH  # only whole batches
    # rerun completes the work idempotently
    for k in range(2000):
        repo.add_article(Article(id=f"k{k}", text=f"text {k} " * 50))
    assert repo.count_articles() == 2000


def test_renaming_a_story_keeps_its_events(tmp_path):
    repo = SQLiteRepository(tmp_path / "x.db")
    repo.put_story(StoryRecord("S1", "Port strikes"))
    repo.put_event(EventRecord("E1", story="S1", title="Strike"))
    repo.put_story(StoryRecord("S1", "Port strikes in Europe"))
    assert repo.get_event("E1").story == "S1"
    assert repo.get_story("S1").title == "Port strikes in Europe"


def test_released_schema_is_unchanged():
    """Migrations 1 and 2 build exactly the schema released before the SQL core was shared, so
    files written by any release keep opening (change the schema by appending a migration)."""
    conn = sqlite3.connect(":memory:")
    for script in MIGRATIONS[:2]:
        for stmt in split_sql(script):
            conn.execute(stmt)
    ddl = sorted(" ".join((sql or "").split()) for (sql,) in conn.execute("SELECT sql FROM sqlite_master"))
    assert hashlib.sha256("\n".join(ddl).encode()).hexdigest() == \
        "3d4161967a89086022e7bed3f4936fb0635a4158a400a929e6943ec5a0ca1956"


def test_file_written_at_version_2_opens_and_reads(tmp_path):
    """A store filled by plain SQL at schema version 2 (as an older release left it) reads back."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        for stmt in split_sql(script):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO articles (id, ext_id, content_hash, text, title, lang, date_value, date_json,"
                 " meta, event_id, ingested_at) VALUES (7, 'old1', 'h', 'Grève au port.', 'T', 'fr',"
                 " '2024-03', '{\"value\": \"2024-03\"}', '{\"k\": 1}', 'E1', 0)")
    conn.execute("INSERT INTO layers VALUES (7, 'entities', '[{\"start\": 0, \"end\": 5, \"text\": \"Grève\","
                 " \"type\": \"MISC\", \"entity\": \"X\"}]', 'old.component', '0.9', 0)")
    conn.execute("INSERT INTO state VALUES ('k', '[1, 2]')")
    conn.commit()
    conn.close()
    repo = SQLiteRepository(path)
    a = repo.get_article("old1")
    assert repo.schema_version == len(MIGRATIONS) and a.db_id == 7 and a.meta == {"k": 1}
    assert a.date.value == "2024-03" and a.event == "E1" and a.entities[0].entity == "X"
    assert [h[0] for h in repo.search("greve")] == [7] and repo.get_state("k") == [1, 2]
    repo.add_line_counts("port.example", ["f1"])  # migration 3 ran on the old file
    assert repo.line_counts("port.example", ["f1"]) == {"f1": 1}
