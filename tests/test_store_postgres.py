"""The PostgreSQL repository against a real server.

The server is ``$NEWSWEAVE_TEST_PG`` (``make test`` exports it); when unset, the fixture starts the
throwaway one of ``scripts/pg_test_server.sh`` (as root it installs PostgreSQL if needed). Each
test gets a fresh schema (``search_path`` in the URL), dropped at teardown.
"""
from __future__ import annotations

import json
import os
import secrets
import subprocess
import threading
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg
import pytest
from typer.testing import CliRunner

from newsweave.model import Article, Mention
from newsweave.store import ArticleFilter, EventRecord, StoryRecord, open_store
from newsweave.store.postgres import MIGRATIONS, PostgresRepository, fold_for_search, mask_url
from store_support import BATCH, kill_writer_mid_batches

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg_test_server.sh"


# ----------------------------------------------------------------------------- fixtures (pg_*)
@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """URL of the test server: $NEWSWEAVE_TEST_PG, else the one scripts/pg_test_server.sh starts."""
    url = os.environ.get("NEWSWEAVE_TEST_PG")
    if not url:
        res = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=900)
        if res.returncode != 0:
            pytest.fail(f"{SCRIPT.name} failed ({res.returncode}):\n{res.stderr[-3000:]}")
        url = res.stdout.strip().splitlines()[-1]
        os.environ["NEWSWEAVE_TEST_PG"] = url  # subprocesses and later sessions reuse it
    return url


def pg_with_schema(url: str, schema: str) -> str:
    """``url`` whose connections use ``schema`` (libpq ``options=-c search_path=...``)."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    opt = f"-c search_path={schema}"
    found = False
    for i, (k, v) in enumerate(pairs):
        if k == "options":
            pairs[i] = (k, f"{v} {opt}")
            found = True
    if not found:
        pairs.append(("options", opt))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(pairs, quote_via=quote), parts.fragment))


@pytest.fixture
def pg_url(pg_server_url):
    """A URL on a fresh, empty schema of the test server; the schema is dropped afterwards."""
    schema = "nwtest_" + secrets.token_hex(6)
    with psycopg.connect(pg_server_url, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    yield pg_with_schema(pg_server_url, schema)
    with psycopg.connect(pg_server_url, autocommit=True) as c:
        c.execute("SET lock_timeout = '20s'")
        c.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_repo(pg_url):
    repo = PostgresRepository(pg_url)
    yield repo
    repo.close()


def make(i: int, text: str | None = None, **kw) -> Article:
    return Article(id=f"a{i}", text=text or f"Article number {i} about the harbour strike.", **kw)


# ----------------------------------------------------------------------------- store
def test_open_store_dispatches_and_masks_password(pg_url):
    repo = open_store(pg_url)
    try:
        assert isinstance(repo, PostgresRepository)
        password = urlsplit(pg_url).password
        assert password and password not in repo.path and ":***@" in repo.path
    finally:
        repo.close()
    assert mask_url("postgresql://u:secret@h:5/db?password=also&sslmode=require") == \
        "postgresql://u:***@h:5/db?password=%2A%2A%2A&sslmode=require"
    assert mask_url("postgresql://h/db") == "postgresql://h/db"


def test_migrations_are_versioned_and_reopen_is_noop(pg_url):
    repo = PostgresRepository(pg_url)
    assert repo.schema_version == len(MIGRATIONS)
    repo.add_article(make(1))
    repo.close()
    again = PostgresRepository(pg_url)
    try:
        assert again.schema_version == len(MIGRATIONS) and again.count_articles() == 1
        rows = again.conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert [r["version"] for r in rows] == list(range(1, len(MIGRATIONS) + 1))
    finally:
        again.close()


def test_concurrent_openers_migrate_once(pg_url):
    """Several processes opening a new store at once: one migrates, the others wait for it."""
    errors: list[BaseException] = []
    repos: list[PostgresRepository] = []

    def open_one() -> None:
        try:
            repos.append(PostgresRepository(pg_url))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and len(repos) == 4
    assert {r.schema_version for r in repos} == {len(MIGRATIONS)}
    for r in repos:
        r.close()


def test_foreign_keys_enforced(pg_repo):
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        pg_repo.conn.execute("INSERT INTO layers (article_id, kind, data, component, version, created_at)"
                             " VALUES (999, 'x', '[]', 'c', '1', 0)")


def test_search_folds_accents_highlights_original_and_ignores_syntax(pg_repo):
    pg_repo.add_article(make(1, "Les dockers de Marseille en GRÈVE. <b>Café</b> fermé à Saint-Étienne.",
                             title="Grève"))
    pg_repo.add_article(make(2, "Dockers in Hamburg walk out; the cafe\u0301 stays open.", title="Hamburg"))
    hits = pg_repo.search("greve")
    assert [h[0] for h in hits] == [1]
    snippet = hits[0][2]
    assert "\u0001GRÈVE\u0002" in snippet and "<b>Café</b>" in snippet  # original text, markers
    both = pg_repo.search("CAFÉ")
    assert sorted(h[0] for h in both) == [1, 2]
    assert all(h[1] < 0 for h in both)  # lower is better, as with SQLite's bm25
    nfd = [h for h in both if h[0] == 2][0][2]
    assert "\u0001cafe\u0301\u0002" in nfd  # the combining accent stays inside the highlight
    assert [h[0] for h in pg_repo.search("saint-etienne")] == [1]
    for hostile in ('"; DROP TABLE articles; --', "zz & | ! :* ( )", "'", "\\", "%_", "<zz>", "\x00"):
        assert pg_repo.search(hostile) == []
    assert pg_repo.search("   ") == [] and pg_repo.search('"') == []
    assert pg_repo.count_articles() == 2
    assert fold_for_search("Ǆemal İstanbul ﬁn") == "dzemal istanbul fin"


def test_nul_characters_keep_offsets(pg_repo):
    a = make(1, "before\x00after", title="t\x00")
    row, created = pg_repo.add_article(a)
    back = pg_repo.get_article(row)
    assert created and back.text == "before\ufffdafter" and len(back.text) == len(a.text)
    assert pg_repo.add_article(make(2, "before\x00after")) == (row, False)  # identity: the original text
    assert pg_repo.get_article("\x00") is None


def test_get_article_odd_keys(pg_repo):
    pg_repo.add_article(make(1))
    pg_repo.add_article(Article(id="12345678901234567890123", text="numeric-looking external id"))
    assert pg_repo.get_article("12345678901234567890123").text == "numeric-looking external id"
    assert pg_repo.get_article("²") is None
    assert pg_repo.get_article(10 ** 30) is None


def test_failed_statement_inside_transaction_keeps_it_usable(pg_repo):
    """As in SQLite, a failed write inside transaction() does not poison the rest of the batch."""
    pg_repo.put_story(StoryRecord("S1", "Port strikes"))
    with pg_repo.transaction():
        pg_repo.add_article(make(1))
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            pg_repo.put_event(EventRecord("E1", story="missing-story"))
        pg_repo.add_article(make(2))
    assert pg_repo.count_articles() == 2 and pg_repo.get_event("E1") is None


def test_put_story_keeps_its_events(pg_repo):
    pg_repo.put_story(StoryRecord("S1", "old"))
    pg_repo.put_event(EventRecord("E1", story="S1"))
    pg_repo.put_story(StoryRecord("S1", "new", {"k": 1}))
    assert pg_repo.get_event("E1").story == "S1" and pg_repo.get_story("S1").meta == {"k": 1}


def test_threads_share_one_repository(pg_repo):
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            for i in range(25):
                a = make(t * 100 + i)
                pg_repo.add_article(a)
                a.entities = [Mention(0, 7, "Article", "MISC", entity=f"T{t}")]
                pg_repo.save_layers(a, "test", "1", ["entities"])
                with pg_repo.transaction():
                    pg_repo.set_state(f"t{t}", i)
                assert pg_repo.get_article(a.db_id).entities[0].entity == f"T{t}"
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert pg_repo.count_articles() == 150
    assert all(pg_repo.count_articles(ArticleFilter(entity=f"T{t}")) == 25 for t in range(6))
    assert [pg_repo.get_state(f"t{t}") for t in range(6)] == [24] * 6


def test_second_connection_sees_committed_batches_only(pg_url, pg_repo):
    other = PostgresRepository(pg_url)
    try:
        with pg_repo.transaction():
            pg_repo.add_article(make(1))
            assert other.count_articles() == 0  # not committed yet
        assert other.count_articles() == 1
        assert other.add_article(make(7, text=make(1).text)) == (1, False)
    finally:
        other.close()


# ----------------------------------------------------------------------------- CLI
def test_cli_ingest_and_articles_on_postgres(pg_url, tmp_path):
    from newsweave.cli import app
    runner = CliRunner()
    docs = [
        {"id": "p1", "text": "Les dockers de Marseille sont en grève depuis lundi, a annoncé le syndicat.",
         "date": "2024-03-04", "lang": "fr", "source": "exemple.fr", "title": "Grève à Marseille"},
        {"id": "p2", "text": "Dockers in Hamburg walked out on Tuesday, the union said.",
         "date": "2024-03-05", "source": "example.com"},
        {"id": "p3", "text": "Les dockers de Marseille sont en grève depuis lundi, a annoncé le syndicat."},
    ]
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(src), "--db", pg_url, "--stages", "clean,dedup"])
    assert res.exit_code == 0, res.output
    assert "2 new" in res.stderr and urlsplit(pg_url).password not in res.stderr
    again = runner.invoke(app, ["ingest", str(src), "--db", pg_url, "--stages", "clean,dedup"])
    assert again.exit_code == 0 and "0 new" in again.stderr, again.output
    res = runner.invoke(app, ["articles", "--db", pg_url, "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [(r["id"], r["date"]["value"]) for r in rows] == [("p1", "2024-03-04"), ("p2", "2024-03-05")]
    assert rows[0]["lang"] == "fr" and rows[1]["lang"] == "en"  # the clean stage's layer was stored
    res = runner.invoke(app, ["articles", "--db", pg_url, "--json", "--lang", "fr", "--to", "2024-03"])
    assert [r["id"] for r in json.loads(res.stdout)] == ["p1"]
    repo = PostgresRepository(pg_url)
    try:
        prov = {p["kind"]: p["component"] for p in repo.layer_provenance(rows[0]["row"])}
        assert prov["lang"] == "newsweave.clean" and prov["duplicate_of"] == "newsweave.dedup"
        assert [h[0] for h in repo.search("greve marseille")] == [rows[0]["row"]]
    finally:
        repo.close()


def test_lost_connection_is_replaced(pg_server_url, pg_repo):
    pg_repo.add_article(make(1))
    pid = pg_repo.conn.info.backend_pid
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert pg_repo.count_articles() == 1  # a read is retried on a new connection
    assert pg_repo.conn.info.backend_pid != pid
    pg_repo.add_article(make(2))
    assert pg_repo.count_articles() == 2


def test_killed_writer_leaves_whole_batches_and_rerun_completes(pg_url):
    """A process killed mid-ingest: committed batches stay, nothing half-written, rerun finishes."""
    kill_writer_mid_batches(f"from newsweave.store.postgres import PostgresRepository\n"
                            f"repo = PostgresRepository({pg_url!r})")
    repo = PostgresRepository(pg_url)
    try:
        n = repo.count_articles()
        assert n % BATCH == 0 and n >= 3 * BATCH  # only whole batches
        for k in range(n + 100):
            repo.add_article(Article(id=f"k{k}", text=f"text {k} " * 50))
        assert repo.count_articles() == n + 100
    finally:
        repo.close()


def _fresh_schema(server: str) -> tuple[str, str]:
    schema = "nwtest_" + secrets.token_hex(6)
    with psycopg.connect(server, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    return schema, pg_with_schema(server, schema)


def test_two_processes_at_once_equal_sequential_ingest_on_postgres(pg_server_url):
    """The writer lock is a server-side advisory lock: two processes linking into one
    PostgreSQL database at once give the events of one-after-the-other ingest."""
    from test_intake_concurrency import concurrent_equals_sequential

    made = [_fresh_schema(pg_server_url) for _ in range(2)]
    try:
        concurrent_equals_sequential(made[0][1], made[1][1])
    finally:
        with psycopg.connect(pg_server_url, autocommit=True) as c:
            c.execute("SET lock_timeout = '20s'")
            for schema, _url in made:
                c.execute(f'DROP SCHEMA "{schema}" CASCADE')
